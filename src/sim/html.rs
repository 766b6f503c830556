//! The simulator's pages, built from templates cut out of the real pages in
//! `tests/fixtures/real/nishinomiya/` (same form names and control order, table summaries,
//! header texts, onclick patterns and markup quirks), served with CRLF like
//! the real site.

use jiff::civil::Date;

use super::state::{Account, Library, RsvStatus, SimReservation};

const HEAD: &str = include_str!("templates/head.html");
const HEADER_OPEN: &str = include_str!("templates/header_open.html");
const STAT_LOGIN: &str = include_str!("templates/stat_login.html");
const STAT_LOGOUT: &str = include_str!("templates/stat_logout.html");
const NAVI: &str = include_str!("templates/navi.html");
const TAIL: &str = include_str!("templates/tail.html");
const LOGIN: &str = include_str!("templates/login.html");
const MENU_BODY: &str = include_str!("templates/menu_body.html");
const SEARCH_BODY: &str = include_str!("templates/search_body.html");
const ERROR_BODY: &str = include_str!("templates/error_body.html");
const MAINTENANCE: &str = include_str!("templates/maintenance.html");
const PORTAL_PAGE: &str = include_str!("templates/portal.html");
const LEND_INTRO: &str = include_str!("templates/lend_intro.html");
const LEND_TABLE_HEAD: &str = include_str!("templates/lend_table_head.html");
const LEND_ROW: &str = include_str!("templates/lend_row.html");
const LEND_TABLE_FOOT: &str = include_str!("templates/lend_table_foot.html");
const LEND_BOTTOM: &str = include_str!("templates/lend_bottom.html");
const RSV_SCRIPT: &str = include_str!("templates/rsv_script.html");
const RSV_INTRO: &str = include_str!("templates/rsv_intro.html");
const RSV_TABLE_HEAD: &str = include_str!("templates/rsv_table_head.html");
const RSV_ROW_SELECT: &str = include_str!("templates/rsv_row_select.html");
const RSV_ROW_TEXT: &str = include_str!("templates/rsv_row_text.html");
const RSV_BOTTOM: &str = include_str!("templates/rsv_bottom.html");
const CONFIRM: &str = include_str!("templates/confirm.html");

pub const PORTAL: &str = "https://www.toshokan.city.shizuoka.jp/";
const BANNER: &str = "年末年始（12月29日～1月3日）は全館休館します。詳しくは<A Href=\"https://www.toshokan.city.shizuoka.jp/\" Target=\"_blank\" rel=\"noopener noreferrer\">こちら</A>をご覧ください。";

/// Replaces `{{KEY}}` placeholders.
pub(super) fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in vars {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    out
}

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#039;")
}

/// The real site sends CRLF line ends.
fn crlf(page: String) -> String {
    page.replace("\r\n", "\n").replace('\n', "\r\n")
}

pub(super) fn slash_date(d: Date) -> String {
    d.strftime("%Y/%m/%d").to_string()
}

/// The class of list row `n` (counted from 1): the lists stripe their rows.
pub(super) fn row_parity(n: usize) -> &'static str {
    if n % 2 == 1 { "OddNum" } else { "EvenNum" }
}

/// A stage-1 confirmation: the dialog script pushing `code` and the
/// `prevRequestForm` echoing the request (query first, same-name
/// parameters grouped in first-seen order, values entity-encoded).
pub struct Confirm<'a> {
    pub code: &'a str,
    pub message: &'a str,
    /// What the script assigns to `prevRequestForm.action`, if anything.
    pub action: Option<&'a str>,
    pub echo: &'a [(String, String)],
}

fn entity_encode(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            c if c.is_ascii() => c.to_string(),
            c => format!("&#{};", c as u32),
        })
        .collect()
}

/// The server regroups same-name parameters next to each other.
fn group_by_name(pairs: &[(String, String)]) -> Vec<(String, String)> {
    let mut order: Vec<&str> = Vec::new();
    for (name, _) in pairs {
        if !order.contains(&name.as_str()) {
            order.push(name);
        }
    }
    order
        .iter()
        .flat_map(|name| pairs.iter().filter(move |(n, _)| n == name).cloned())
        .collect()
}

/// A request echoed as hidden inputs, one a line after `indent`, the way
/// `prevRequestForm` carries it (grouped by name, entity-encoded).
pub(super) fn hidden_inputs(echo: &[(String, String)], indent: &str) -> String {
    group_by_name(echo)
        .iter()
        .map(|(n, v)| {
            format!(
                "{indent}<input type=\"hidden\" name=\"{}\" value=\"{}\"/>\n",
                entity_encode(n),
                entity_encode(v)
            )
        })
        .collect()
}

pub(super) fn confirm_block(c: &Confirm<'_>) -> String {
    let echo = hidden_inputs(c.echo, "\t\t\t\t");
    let action = c
        .action
        .map(|a| format!("\tdocument.prevRequestForm.action = \"{a}\";\n"))
        .unwrap_or_default();
    fill(
        CONFIRM,
        &[
            ("CODE", c.code),
            ("MESSAGE", c.message),
            ("ACTION_LINE", &action),
            ("ECHO", &echo),
        ],
    )
}

/// The page around a screen body: head scripts, the status header (logged in
/// or not), the breadcrumb, `LBFormMF`, the banner; then the body and tail.
pub(super) fn page(
    title: &str,
    account: Option<&Account>,
    hash: &str,
    panks: &str,
    body: &str,
) -> String {
    let header = match account {
        Some(a) => fill(
            STAT_LOGIN,
            &[
                ("SHELVES", &a.shelves.len().to_string()),
                ("LOANS", &a.loans.len().to_string()),
                ("RESERVATIONS", &a.active_reservations().to_string()),
                ("CART", &a.cart.len().to_string()),
                ("LOGINSHU", &a.login_kind.to_string()),
                (
                    "EXPIRY",
                    &format!(
                        "<span class=\"expire\">利用者有効期限：{}</span>",
                        slash_date(a.expires_on)
                    ),
                ),
            ],
        ),
        None => STAT_LOGOUT.to_string(),
    };
    let usrcod = account.map_or("", |a| a.card.as_str());
    let mut out = fill(HEAD, &[("TITLE", &format!("{title}：蔵書検索システム"))]);
    out.push_str(&fill(HEADER_OPEN, &[("USRCOD", usrcod)]));
    out.push_str(&header);
    out.push_str(&fill(
        NAVI,
        &[
            ("PORTAL", PORTAL),
            ("PANKS", panks),
            ("HASH", hash),
            ("BANNER", BANNER),
        ],
    ));
    out.push_str(body);
    out.push_str(TAIL);
    crlf(out)
}

/// The `div#messages` items the site turns into an alert.
pub(super) fn message_items<S: AsRef<str>>(messages: &[S]) -> String {
    messages
        .iter()
        .map(|m| format!("<li>{}</li>\n", esc(m.as_ref())))
        .collect()
}

/// The 受取館 and 連絡方法 options of a confirmation, the patron's defaults selected.
pub(super) fn choice_options(lib: &Library, account: &Account) -> (String, String) {
    let pickup = account.default_pickup.as_deref().unwrap_or_default();
    let contact = account.default_contact.as_deref().unwrap_or_default();
    choices_selected(lib, account, pickup, contact)
}

/// 予約確認 (a title's, or the cart's): `template` filled with the
/// messages, the token, `vars`, then the 受取館 and 連絡方法 choices with
/// the patron's defaults selected.
pub(super) fn reserve_confirm_page(
    lib: &Library,
    account: &Account,
    hash: &str,
    template: &str,
    messages: &str,
    vars: &[(&str, &str)],
) -> String {
    let (pickups, contacts) = choice_options(lib, account);
    let mut all = vec![("MESSAGES", messages), ("HASH", hash)];
    all.extend_from_slice(vars);
    all.extend([
        ("PICKUP_OPTIONS", pickups.as_str()),
        ("CONTACT_OPTIONS", contacts.as_str()),
    ]);
    let body = fill(template, &all);
    page("予約確認", Some(account), hash, "予約確認", &body)
}

/// The 受取館 and 連絡方法 options open to `account`, `pickup` and `contact` selected.
fn choices_selected(
    lib: &Library,
    account: &Account,
    pickup: &str,
    contact: &str,
) -> (String, String) {
    let pickups = lib
        .branches
        .iter()
        .filter(|b| b.pickup)
        .map(|b| (b.code.clone(), b.name.clone()));
    let contacts = account
        .contact_options(lib)
        .into_iter()
        .map(|c| (c.code.clone(), c.name.clone()));
    (options(pickups, pickup), options(contacts, contact))
}

pub fn login_page(lib: &Library, messages: &[&str]) -> String {
    let items = message_items(messages);
    crlf(fill(
        LOGIN,
        &[
            ("PORTAL", PORTAL),
            ("BANNER", BANNER),
            ("MESSAGES", &items),
            ("PREFIX", &lib.login_prefix),
        ],
    ))
}

pub fn menu_page(account: Option<&Account>, hash: &str) -> String {
    let loginshu = account.map_or("1".to_string(), |a| a.login_kind.to_string());
    let body = fill(
        MENU_BODY,
        &[("HASH", hash), ("PORTAL", PORTAL), ("LOGINSHU", &loginshu)],
    );
    page("マイライブラリ", account, hash, "マイライブラリ", &body)
}

pub fn search_page(account: Option<&Account>, hash: &str) -> String {
    let body = fill(SEARCH_BODY, &[("HASH", hash)]);
    page("かんたん検索", account, hash, "かんたん検索", &body)
}

pub fn error_page(account: Option<&Account>, hash: &str, message: &str) -> String {
    let body = fill(ERROR_BODY, &[("HASH", hash), ("MESSAGE", &esc(message))]);
    page("エラー", account, hash, "エラー", &body)
}

pub fn maintenance_page() -> String {
    crlf(MAINTENANCE.to_string())
}

pub fn portal_page() -> String {
    PORTAL_PAGE.to_string()
}

/// 貸出状況一覧. Rows are sorted by due date as the site does; the table
/// is left out when nothing is on loan.
pub fn lend_page(
    lib: &Library,
    account: &Account,
    hash: &str,
    messages: &[&str],
    confirm: Option<&Confirm<'_>>,
) -> String {
    let mut loans: Vec<_> = account.loans.iter().collect();
    loans.sort_by_key(|l| l.due_on);
    let items = message_items(messages);
    let mut body = fill(
        LEND_INTRO,
        &[
            ("HASH", hash),
            ("PORTAL", PORTAL),
            ("COUNT", &loans.len().to_string()),
            ("MESSAGES", &items),
        ],
    );
    if !loans.is_empty() {
        body.push_str(LEND_TABLE_HEAD);
        for (i, loan) in loans.iter().enumerate() {
            let button = if account.can_renew(loan, lib.today) {
                format!(
                    "<input tabindex=\"24\" type=\"button\" class=\"button exec\" value=\"延長\" onclick='javascript:extend(\"{}\")'>\n",
                    loan.mngcod
                )
            } else {
                String::new()
            };
            let status = if loan.other_city {
                "相互協力貸出"
            } else {
                "貸出中"
            };
            body.push_str(&fill(
                LEND_ROW,
                &[
                    ("N0", &i.to_string()),
                    ("N1", &(i + 1).to_string()),
                    ("TILCOD", &loan.bib.tilcod),
                    ("TITLE_LINE", &esc(&loan.bib.title_line())),
                    ("KIND", &esc(&loan.bib.material_type)),
                    ("LIBRARY", &esc(&loan.library)),
                    ("LOANED", &slash_date(loan.loaned_on)),
                    ("DUE", &slash_date(loan.due_on)),
                    ("STATUS", status),
                    ("RESERVATIONS", &loan.reserved_by_others.to_string()),
                    ("RENEWALS", &loan.renewals.to_string()),
                    ("RENEW_BUTTON", &button),
                ],
            ));
        }
        body.push_str(LEND_TABLE_FOOT);
    }
    let shelves: String = account
        .shelves
        .iter()
        .map(|s| format!("<option value='{}'>{}</option>\n", s.number, esc(&s.name)))
        .collect();
    body.push_str(&fill(
        LEND_BOTTOM,
        &[("PORTAL", PORTAL), ("SHELF_OPTIONS", &shelves)],
    ));
    if let Some(c) = confirm {
        body.push_str(&confirm_block(c));
    }
    page("貸出状況一覧", Some(account), hash, "貸出状況一覧", &body)
}

/// `yy/` + `MM/dd` in two spans, as the reservation list prints dates.
fn short_date(d: Option<Date>) -> String {
    match d {
        Some(d) => format!(
            "<span Class=\"TextNowrap\">{}/</span><span Class=\"TextNowrap\">{}</span>",
            d.strftime("%y"),
            d.strftime("%m/%d")
        ),
        None => "<span Class=\"TextNowrap\">ー</span>".into(),
    }
}

pub(super) fn options(choices: impl Iterator<Item = (String, String)>, selected: &str) -> String {
    choices
        .map(|(code, name)| {
            let sel = if code == selected { " selected" } else { "" };
            format!("<option value='{code}'{sel}>\n{}\n</option>\n", esc(&name))
        })
        .collect()
}

fn rsv_row(lib: &Library, account: &Account, n: usize, r: &SimReservation) -> String {
    let row_button = match r.status {
        RsvStatus::Waiting => format!(
            "<input tabindex=\"26\" type=\"button\" class=\"button remove\" onclick=\"javascript:yoykCancel('{}')\" value=\"取消\">\n",
            r.yoycod
        ),
        RsvStatus::Cancelled => format!(
            "<input tabindex=\"26\" type=\"button\" class=\"button remove\" onclick=\"javascript:yoykHihyoji('{}')\" value=\"非表示\">\n",
            r.yoycod
        ),
        _ => String::new(),
    };
    let allocated = match r.allocated_on {
        Some(_) => short_date(r.allocated_on),
        None => "　\n<span Class=\"TextNowrap\" style=\"margin-left: -15px;\">ー</span>".into(),
    };
    let hold = r
        .hold_until
        .map(|d| {
            format!(
                "<div class=\"small\">\n<span Class=\"TextNowrap\">{}</span>\n</div>\n",
                d.strftime("%m/%d")
            )
        })
        .unwrap_or_default();
    let status = if r.status == RsvStatus::Cancelled {
        "<font color=\"red\">取消</font>".to_string()
    } else {
        r.status.text().to_string()
    };
    let common = [
        ("N", n.to_string()),
        ("CODE", r.yoycod.clone()),
        ("TILCOD", r.bib.tilcod.clone()),
        ("TITLE_LINE", esc(&r.bib.title_line())),
        ("KIND", esc(&r.bib.short_type())),
        ("BASEW", r.pickup_code.clone()),
        ("BASER", r.contact_code.clone()),
        ("RESERVED", short_date(Some(r.reserved_on))),
        ("ALLOCATED", allocated),
        ("EXPIRES", short_date(r.expires_on)),
        ("QUEUE", r.queue.map(|q| q.to_string()).unwrap_or_default()),
        ("STATUS", status),
        ("HOLD", hold),
        ("ROW_BUTTON", row_button),
    ];
    let mut vars: Vec<(&str, String)> = common.to_vec();
    let template = if r.status.editable() {
        let (pickups, contacts) = choices_selected(lib, account, &r.pickup_code, &r.contact_code);
        vars.push(("PICKUP_OPTIONS", pickups));
        vars.push(("CONTACT_OPTIONS", contacts));
        RSV_ROW_SELECT
    } else {
        vars.push((
            "PICKUP_NAME",
            esc(lib.branch_name(&r.pickup_code).unwrap_or_default()),
        ));
        vars.push((
            "CONTACT_NAME",
            esc(lib.contact_name(&r.contact_code).unwrap_or_default()),
        ));
        RSV_ROW_TEXT
    };
    let refs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &refs)
}

/// 予約状況一覧: every reservation incl. cancelled ones until hidden.
pub fn rsv_page(
    lib: &Library,
    account: &Account,
    hash: &str,
    messages: &[&str],
    confirm: Option<&Confirm<'_>>,
) -> String {
    let items = message_items(messages);
    let mut body = fill(RSV_SCRIPT, &[("MESSAGES", &items)]);
    body.push_str(&fill(
        RSV_INTRO,
        &[
            ("HASH", hash),
            ("PORTAL", PORTAL),
            ("COUNT", &account.active_reservations().to_string()),
        ],
    ));
    body.push_str(RSV_TABLE_HEAD);
    for (i, r) in account.reservations.iter().enumerate() {
        body.push_str(&rsv_row(lib, account, i + 1, r));
    }
    body.push_str(&fill(RSV_BOTTOM, &[("PORTAL", PORTAL)]));
    if let Some(c) = confirm {
        body.push_str(&confirm_block(c));
    }
    page("予約状況一覧", Some(account), hash, "予約状況一覧", &body)
}

/// The "changed layout" fault: the same page with renamed landmarks.
pub fn change_layout(page: &str) -> String {
    page.replace("summary=\"貸出状況一覧表\"", "summary=\"貸出資料一覧\"")
        .replace("summary=\"予約状況一覧表\"", "summary=\"予約資料一覧\"")
        .replace("summary=\"書誌一覧\"", "summary=\"資料一覧\"")
        .replace("summary=\"予約カート一覧表\"", "summary=\"カート資料一覧\"")
        .replace("summary=\"詳細情報\"", "summary=\"書誌情報\"")
        .replace("summary=\"本棚属性\"", "summary=\"本棚情報\"")
        .replace("summary=\"利用者情報\"", "summary=\"利用者詳細\"")
        .replace("summary=\"読書履歴一覧表\"", "summary=\"読書記録一覧\"")
        .replace(
            "<th scope=\"col\">資料名</th>",
            "<th scope=\"col\">タイトル</th>",
        )
        .replace("件の条件", "件の登録条件")
}

/// The loan list (as served, CRLF) with its 延長回数 column headed in
/// unknown words (the cells stay): an optional fact the client leaves empty, with a note.
pub fn unknown_column(page: &str) -> String {
    page.replace(
        "<th scope=\"col\" abbr=\"延長回数\">\r\n延長回数\r\n</th>",
        "<th scope=\"col\">（未知の列）\r\n</th>",
    )
}

/// The page that asks for a confirmation in a shape the client has not
/// seen: the dialog script names its field differently, and a reservation's
/// confirmation form renames its pickup select.
pub fn change_confirmation(page: &str) -> String {
    page.replace("var OK_CODES_NAME ", "var OK_CODES_FIELD ")
        .replace("name=\"receivename\"", "name=\"receiveLibrary\"")
}
