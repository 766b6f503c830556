//! The simulator's pages for the patron's own screens: the reading history
//! (cut from the real list, quirks kept: no `</tr>`, `<th>` straight in
//! `<thead>`, quote characters in cell ids), the public calendar (the real
//! `showCalender` script with its `holiday="…"` values), and the modelled
//! screens — 利用者情報設定 and its settings, the barcode screen, password
//! registration — in the LBForm style of the real pages.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::html as H;
use super::patron::SimRead;
use super::state::{Account, Library};

const READ_SCRIPT: &str = include_str!("templates/usrread_script.html");
const READ_INTRO: &str = include_str!("templates/usrread_intro.html");
const READ_TABLE_HEAD: &str = include_str!("templates/usrread_table_head.html");
const READ_ROW: &str = include_str!("templates/usrread_row.html");
const READ_TABLE_FOOT: &str = include_str!("templates/usrread_table_foot.html");
const USER_INFO: &str = include_str!("templates/usrinfo_body.html");
const CHANGE_MAIL: &str = include_str!("templates/chmail_body.html");
const CONTACT: &str = include_str!("templates/yoyrakchg_body.html");
const CHANGE_PASSWORD: &str = include_str!("templates/chpass_body.html");
const HISTORY_SETTING: &str = include_str!("templates/rtnlendhistory_body.html");
const BARCODE: &str = include_str!("templates/barcode_body.html");
const APPLY_MENU: &str = include_str!("templates/aplmenu_body.html");
const REGISTER_TERMS: &str = include_str!("templates/aplpwdagr_body.html");
const REGISTER_CHECK: &str = include_str!("templates/aplpwdchk_body.html");
const REGISTER_APPLY: &str = include_str!("templates/aplpwdapl_body.html");
const CALENDAR_SCRIPT: &str = include_str!("templates/calendar_script.html");
const CALENDAR_HOLIDAY: &str = include_str!("templates/calendar_holiday.html");
const CALENDAR_BODY: &str = include_str!("templates/calendar_body.html");

const ROWS_CHOICES: [u32; 4] = [10, 20, 50, 100];

/// How a session looks at its reading history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadView {
    /// 表示件数 (10 until changed).
    pub rows: Option<u32>,
    /// Sort key (`KASYMD`, `TITLE_RD`, `AUTHER_RD`) and ascending flag.
    pub sort: Option<(String, bool)>,
}

/// The settings screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Mail,
    Contact,
    Password,
    History,
}

/// The logged-out registration screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Public {
    ApplyMenu,
    Terms,
    Check,
    Apply,
}

impl Public {
    fn template(self) -> (&'static str, &'static str) {
        match self {
            Public::ApplyMenu => ("各種申請", APPLY_MENU),
            Public::Terms => ("パスワード登録・再登録", REGISTER_TERMS),
            Public::Check => ("パスワード登録・再登録", REGISTER_CHECK),
            Public::Apply => ("パスワード登録・再登録", REGISTER_APPLY),
        }
    }
}

fn error_page(account: Option<&Account>, hash: &str, message: &str) -> String {
    H::error_page(account, hash, message)
}

/// 読書履歴一覧 from `start` (`gamen=usrread` and the list's own action).
pub fn read_list_page(
    account: &Account,
    hash: &str,
    view: &ReadView,
    start: usize,
    messages: &[&str],
) -> String {
    let per_page = view.rows.unwrap_or(10) as usize;
    let (key, asc) = view.sort.clone().unwrap_or(("KASYMD".into(), false));
    let mut rows: Vec<&SimRead> = account.patron.history.iter().collect();
    match key.as_str() {
        "TITLE_RD" => rows.sort_by(|a, b| a.bib.title.cmp(&b.bib.title)),
        "AUTHER_RD" => rows.sort_by(|a, b| a.bib.author.cmp(&b.bib.author)),
        _ => rows.sort_by_key(|r| std::cmp::Reverse(r.stamp())),
    }
    if asc && key == "KASYMD" || !asc && key != "KASYMD" {
        rows.reverse();
    }
    let total = rows.len();
    let sort_code = match (key.as_str(), asc) {
        ("KASYMD", true) => 0,
        ("KASYMD", false) => 1,
        ("TITLE_RD", true) => 2,
        ("TITLE_RD", false) => 3,
        ("AUTHER_RD", true) => 4,
        _ => 5,
    };
    let sort_labels = [
        "貸出日(古い順)",
        "貸出日(新しい順)",
        "書名順(あ→ん)",
        "書名順(ん→あ)",
        "著者名順(あ→ん)",
        "著者名順(ん→あ)",
    ];
    let sort_options: String = sort_labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            if i == sort_code {
                format!("<option value='{i}'\nselected>\n{label}\n</option>\n")
            } else {
                format!("<option value='{i}'>\n{label}\n</option>\n")
            }
        })
        .collect();
    let rows_options: String = ROWS_CHOICES
        .iter()
        .map(|n| {
            let sel = if *n as usize == per_page {
                " selected"
            } else {
                ""
            };
            format!("<option value='{n}'{sel}>\n{n}件\n</option>\n")
        })
        .collect();
    let items = H::message_items(messages);
    let mut body = H::fill(READ_SCRIPT, &[("MESSAGES", &items), ("HASH", hash)]);
    let mut intro = H::fill(
        READ_INTRO,
        &[
            ("HASH", hash),
            ("PORTAL", H::PORTAL),
            ("ROWS_PER_PAGE", &per_page.to_string()),
            ("TOTAL", &total.to_string()),
        ],
    );
    if !account.patron.history_enabled {
        intro = intro.replace(
            "<li>貸出処理をした履歴の一覧です。</li>",
            "<li>読書履歴を記録しない設定になっています。「利用者情報設定」の「読書履歴の設定」で記録を始めることができます。</li>",
        );
        body.push_str(&intro);
        body.push_str("</form>\n</body>\n");
        return H::page("読書履歴一覧", Some(account), hash, "読書履歴一覧", &body);
    }
    body.push_str(&intro);
    if total > 0 {
        body.push_str(&H::fill(
            READ_TABLE_HEAD,
            &[
                ("SORT_OPTIONS", &sort_options),
                ("ROWS_OPTIONS", &rows_options),
            ],
        ));
        for (i, r) in rows.iter().skip(start).take(per_page).enumerate() {
            body.push_str(&H::fill(
                READ_ROW,
                &[
                    ("PARITY", H::row_parity(i + 1)),
                    ("I", &i.to_string()),
                    ("N", &(start + i + 1).to_string()),
                    ("TILCOD", &r.bib.tilcod),
                    ("TITLE_LINE", &H::esc(&r.bib.title_line())),
                    ("DATE", &H::slash_date(r.loaned_on)),
                    ("LIBRARY", &H::esc(&r.library)),
                    ("KIND", &H::esc(&r.kind)),
                    ("MNGCOD", &r.mngcod),
                    ("STAMP", &r.stamp()),
                ],
            ));
        }
        let paging = paging(total, per_page, start, &key, asc, hash);
        body.push_str(&H::fill(
            READ_TABLE_FOOT,
            &[("PORTAL", H::PORTAL), ("PAGING", &paging)],
        ));
    } else {
        body.push_str("</form>\n</body>\n");
    }
    H::page("読書履歴一覧", Some(account), hash, "読書履歴一覧", &body)
}

// ----- user information and settings ------------------------------------

/// 利用者情報設定: the registered data and the links to each setting.
pub fn user_info_page(lib: &Library, a: &Account, hash: &str, messages: &[&str]) -> String {
    let or_none = |v: &Option<String>| H::esc(v.as_deref().unwrap_or("未登録"));
    let pickup = a
        .default_pickup
        .as_deref()
        .and_then(|c| lib.branch_name(c))
        .unwrap_or("未登録");
    let contact_name = a
        .default_contact
        .as_deref()
        .and_then(|c| lib.contact_name(c))
        .unwrap_or("未登録");
    let body = H::fill(
        USER_INFO,
        &[
            ("MESSAGES", &H::message_items(messages)),
            ("HASH", hash),
            ("PORTAL", H::PORTAL),
            ("CARD", &H::esc(&a.card)),
            ("NAME", &H::esc(&a.name)),
            ("EXPIRES", &H::slash_date(a.expires_on)),
            // Lines of the address as the page breaks them.
            (
                "ADDRESS",
                &or_none(&a.patron.address).replace('\n', "<br>\n"),
            ),
            (
                "BIRTH",
                &a.patron
                    .birth_date
                    .map_or_else(|| "未登録".to_string(), H::slash_date),
            ),
            ("HOME_PHONE", &or_none(&a.home_phone)),
            ("MOBILE_PHONE", &or_none(&a.mobile_phone)),
            ("EMAIL", &or_none(&a.email)),
            ("PICKUP", &H::esc(pickup)),
            ("CONTACT", &H::esc(contact_name)),
            (
                "HISTORY",
                if a.patron.history_enabled {
                    "記録する"
                } else {
                    "記録しない"
                },
            ),
        ],
    );
    H::page("利用者情報設定", Some(a), hash, "利用者情報設定", &body)
}

/// A settings screen, with a stage-1 confirmation when `confirm` is given.
pub fn settings_page(
    lib: &Library,
    a: &Account,
    hash: &str,
    screen: Screen,
    messages: &[&str],
    confirm: Option<&H::Confirm<'_>>,
) -> String {
    let items = H::message_items(messages);
    let common = [
        ("MESSAGES", items.as_str()),
        ("HASH", hash),
        ("PORTAL", H::PORTAL),
    ];
    let (title, mut body) = match screen {
        Screen::Mail => {
            let email = H::esc(a.email.as_deref().unwrap_or(""));
            let mut vars = common.to_vec();
            vars.push(("EMAIL", &email));
            ("メールアドレス変更", H::fill(CHANGE_MAIL, &vars))
        }
        Screen::Contact => {
            let (pickups, contacts) = H::choice_options(lib, a);
            let mut vars = common.to_vec();
            vars.push(("PICKUP_OPTIONS", &pickups));
            vars.push(("CONTACT_OPTIONS", &contacts));
            ("受取館・連絡方法の変更", H::fill(CONTACT, &vars))
        }
        Screen::Password => ("パスワード変更", H::fill(CHANGE_PASSWORD, &common)),
        Screen::History => {
            let on = a.patron.history_enabled;
            let options = H::options(
                [("1", "記録する"), ("0", "記録しない")]
                    .iter()
                    .map(|(c, n)| (c.to_string(), n.to_string())),
                if on { "1" } else { "0" },
            );
            let state = if on {
                "記録する"
            } else {
                "記録しない"
            };
            let mut vars = common.to_vec();
            vars.push(("OPTIONS", &options));
            vars.push(("STATE", state));
            ("読書履歴の設定", H::fill(HISTORY_SETTING, &vars))
        }
    };
    if let Some(c) = confirm {
        body.push_str(&H::confirm_block(c));
    }
    H::page(title, Some(a), hash, title, &body)
}

/// 利用者番号バーコード表示: the card as NW-7 (start/stop A) with the number.
pub fn barcode_page(a: &Account, hash: &str) -> String {
    let code = format!("A{}A", a.card);
    let svg = barcoders::sym::codabar::Codabar::new(&code)
        .ok()
        .and_then(|c| {
            barcoders::generators::svg::SVG::new(80)
                .xdim(2)
                .generate(c.encode())
                .ok()
        })
        .unwrap_or_default();
    let body = H::fill(
        BARCODE,
        &[
            ("HASH", hash),
            ("PORTAL", H::PORTAL),
            ("SVG", &svg),
            ("CODE", &H::esc(&code)),
        ],
    );
    H::page(
        "利用者番号バーコード表示",
        Some(a),
        hash,
        "利用者番号バーコード表示",
        &body,
    )
}

/// 図書館カレンダー of one branch (`loccod`, else the first): the real
/// page's script with this branch's closed days as `holiday="…"` values.
pub fn calendar_page(lib: &Library, hash: &str, loccod: Option<&str>) -> String {
    let branches: Vec<_> = lib.branches.iter().filter(|b| b.pickup).collect();
    let Some(first) = branches.first() else {
        return error_page(None, hash, "図書館が登録されていません。");
    };
    let shown = loccod
        .and_then(|c| branches.iter().find(|b| b.code == c))
        .unwrap_or(first);
    let from = lib.today.first_of_month();
    let months: Vec<Date> = (0..3)
        .filter_map(|i: i64| from.checked_add(i.months()).ok())
        .collect();
    let holidays: String = closed_days(&shown.code, from, 3)
        .iter()
        .map(|d| {
            H::fill(
                CALENDAR_HOLIDAY,
                &[("DATE", &d.strftime("%Y-%m-%d").to_string())],
            )
        })
        .collect();
    let options: String = branches
        .iter()
        .map(|b| {
            let sel = if b.code == shown.code {
                " selected"
            } else {
                ""
            };
            format!(
                "<option value=\"{}\"{sel}>\n{}\n</option>\n",
                b.code,
                H::esc(&b.name)
            )
        })
        .collect();
    let month = |i: usize| {
        months
            .get(i)
            .map(|d| (d.year().to_string(), d.month().to_string()))
    };
    let (y1, m1) = month(0).unwrap_or_default();
    let (y2, m2) = month(1).unwrap_or_default();
    let (y3, m3) = month(2).unwrap_or_default();
    let mut body = H::fill(CALENDAR_SCRIPT, &[("HOLIDAYS", &holidays)]);
    body.push_str(&H::fill(
        CALENDAR_BODY,
        &[
            ("HASH", hash),
            ("PORTAL", H::PORTAL),
            ("YEAR1", &y1),
            ("YEAR2", &y2),
            ("YEAR3", &y3),
            ("MONTH1", &m1),
            ("MONTH2", &m2),
            ("MONTH3", &m3),
            ("LIBRARY", &H::esc(&shown.name)),
            ("OPTIONS", &options),
        ],
    ));
    H::page("図書館カレンダー", None, hash, "図書館カレンダー", &body)
}

/// Closed days of a branch in the simulator: Mondays, one 館内整理日 a
/// month (the last Thursday; the second Wednesday at odd-numbered
/// branches), and the year-end closure (12/29–1/3).
pub fn closed_days(code: &str, from: Date, months: usize) -> Vec<Date> {
    let odd = code
        .chars()
        .last()
        .and_then(|c| c.to_digit(10))
        .is_some_and(|d| d % 2 == 1);
    let mut out = Vec::new();
    let mut month = from.first_of_month();
    for _ in 0..months {
        let last = month.last_of_month();
        let mut day = month;
        while day <= last {
            let tidy = if odd {
                day.weekday() == Weekday::Wednesday && (8..=14).contains(&day.day())
            } else {
                day.weekday() == Weekday::Thursday && day.day() + 7 > last.day()
            };
            let year_end =
                (day.month() == 12 && day.day() >= 29) || (day.month() == 1 && day.day() <= 3);
            if day.weekday() == Weekday::Monday || tidy || year_end {
                out.push(day);
            }
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        match month.checked_add(1.month()) {
            Ok(next) => month = next,
            Err(_) => break,
        }
    }
    out
}

/// A page from a body template with the common placeholders (the
/// registration screens).
pub fn public_page(
    account: Option<&Account>,
    hash: &str,
    screen: Public,
    messages: &[&str],
    extra: &[String],
) -> String {
    let (title, template) = screen.template();
    let mut body = H::fill(
        template,
        &[
            ("MESSAGES", &H::message_items(messages)),
            ("HASH", hash),
            ("PORTAL", H::PORTAL),
        ],
    );
    for e in extra {
        body.push_str(e);
    }
    H::page(title, account, hash, title, &body)
}

/// The paging block: page numbers around the current one, 前へ/次へ, 最初へ/最後へ.
fn paging(total: usize, per_page: usize, start: usize, key: &str, asc: bool, hash: &str) -> String {
    let per_page = per_page.max(1);
    let pages = total.div_ceil(per_page).max(1);
    let current = (start / per_page).min(pages - 1);
    let href = |page: usize| {
        format!(
            "WOpacUsrReadListAction.do?sortKey={key}&isAsc={asc}&startIndex={}&hash={hash}",
            page * per_page
        )
    };
    let link = |page: usize, label: &str| format!("<a\nhref=\"{}\">{label}</a>\n", href(page));
    let mut out = String::new();
    if current > 0 {
        out.push_str(&link(0, "最初へ&nbsp;"));
        out.push_str(&link(current - 1, "前へ"));
    }
    let first = (current / 10) * 10;
    for page in first..(first + 10).min(pages) {
        if page == current {
            out.push_str(&format!("<span class=\"cur\">{}&nbsp;</span>\n", page + 1));
        } else {
            out.push_str(&link(page, &format!("{}&nbsp;", page + 1)));
        }
    }
    if current + 1 < pages {
        out.push_str(&link(current + 1, "次へ"));
        out.push_str(&link(pages - 1, "最後へ&nbsp;"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_days_are_mondays_tidy_days_and_year_end() {
        let from = Date::new(2026, 12, 1).unwrap();
        let days = closed_days("001", from, 2);
        assert!(days.iter().all(|d| d.year() == 2026 || d.month() == 1));
        assert!(days.contains(&Date::new(2026, 12, 7).unwrap())); // Monday
        assert!(days.contains(&Date::new(2026, 12, 31).unwrap())); // year end, also last Thursday
        assert!(days.contains(&Date::new(2027, 1, 2).unwrap())); // year end (Saturday)
        assert!(!days.contains(&Date::new(2026, 12, 8).unwrap()));
    }

    #[test]
    fn paging_links_move_forward() {
        let p = paging(597, 10, 0, "KASYMD", false, "h");
        assert!(p.contains("startIndex=10&hash=h\">次へ"));
        assert!(p.contains("startIndex=590&hash=h\">最後へ"));
        assert!(!p.contains("前へ"));
        let p = paging(597, 100, 500, "KASYMD", false, "h");
        assert!(!p.contains("次へ"));
        assert!(p.contains("前へ"));
    }
}
