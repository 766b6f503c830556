//! The 新着資料 screens, from templates cut out of the real pages
//! (`arrivals-menu-1.html`, `arrivals-1.html` in `tests/fixtures/real/nishinomiya/`:
//! the menu's copy-pasted `summary`, the list's header texts, ids and
//! `infoNext('…')` links), and the 新着図書お知らせ screens, modelled in
//! the same style (no capture of them exists): the condition list
//! `tiles.WSdiTmeMenu` and the registration form `tiles.WSdiInput`.

use super::catalog::Title;
use super::form::field;
use super::html::{
    Confirm, PORTAL, confirm_block, esc, fill, message_items, options, page, row_parity, slash_date,
};
use super::sdi::{ALERT_LIMIT, KINDS, PROCESSING, SimAlert};
use super::search::lendable;
use super::state::{Account, Library};

const NEW_MENU_BODY: &str = include_str!("templates/new_menu_body.html");
const NEW_MENU_ROW: &str = include_str!("templates/new_menu_row.html");
const NEW_LIST_HEAD: &str = include_str!("templates/new_list_head.html");
const NEW_LIST_ROW: &str = include_str!("templates/new_list_row.html");
const NEW_LIST_FOOT: &str = include_str!("templates/new_list_foot.html");
const SDI_MENU_BODY: &str = include_str!("templates/sdi_menu_body.html");
const SDI_ROW: &str = include_str!("templates/sdi_row.html");
const SDI_INPUT_BODY: &str = include_str!("templates/sdi_input_body.html");

pub const SCREEN_NEW_MENU: &str = "tiles.WMsgNewMenu";
pub const SCREEN_NEW_LIST: &str = "tiles.WMsgNewList";
pub const SCREEN_SDI_MENU: &str = "tiles.WSdiTmeMenu";
pub const SCREEN_SDI_INPUT: &str = "tiles.WSdiInput";

/// 新着資料ジャンル一覧.
pub fn genre_menu_page(lib: &Library, account: Option<&Account>, hash: &str) -> String {
    let rows: String = lib
        .sdi
        .genres
        .iter()
        .map(|g| {
            fill(
                NEW_MENU_ROW,
                &[("CODE", &esc(&g.code)), ("NAME", &esc(&g.name))],
            )
        })
        .collect();
    let body = fill(
        NEW_MENU_BODY,
        &[("HASH", hash), ("PORTAL", PORTAL), ("ROWS", &rows)],
    );
    page(
        "新着資料ジャンル一覧",
        account,
        hash,
        "新着資料ジャンル一覧",
        &body,
    )
}

/// 貸出 on the list: empty while every copy is still 整理中.
fn lend_mark(t: &Title) -> &'static str {
    if t.holdings.iter().all(|h| h.status == PROCESSING) {
        ""
    } else if lendable(t) {
        "        ○\n"
    } else {
        "        ×\n"
    }
}

/// 新着資料一覧 of one genre, newest first; `None` for an unknown genre.
pub fn genre_list_page(
    lib: &Library,
    account: Option<&Account>,
    hash: &str,
    code: &str,
) -> Option<String> {
    lib.sdi.genre(code)?;
    let mut body = fill(
        NEW_LIST_HEAD,
        &[("HASH", hash), ("PORTAL", PORTAL), ("CODE", &esc(code))],
    );
    let titles = lib
        .sdi
        .arrivals_in(code)
        .into_iter()
        .filter_map(|a| lib.title(&a.tilcod).map(|t| (a, t)));
    for (i, (arrival, t)) in titles.enumerate() {
        let n = (i + 1).to_string();
        let author = t.bib.author_role().unwrap_or_default();
        body.push_str(&fill(
            NEW_LIST_ROW,
            &[
                ("ODDEVEN", row_parity(i + 1)),
                ("N", &n),
                ("KIND", &esc(&t.bib.material_type)),
                ("TILCOD", &esc(&t.bib.tilcod)),
                ("TITLE", &esc(&t.bib.title)),
                ("VOLUME", &esc(&arrival.volume)),
                ("AUTHOR", &esc(&author)),
                (
                    "PUBLISHER",
                    &esc(t.bib.publisher.as_deref().unwrap_or_default()),
                ),
                ("PUBYMD", &esc(&t.published)),
                ("NDC", &esc(&t.ndc)),
                ("LEND", lend_mark(t)),
            ],
        ));
    }
    body.push_str(NEW_LIST_FOOT);
    let panks = "<a href='#' onclick =\"javascript:forwardTo('WOpacMsgNewMenuDispAction.do?moveToGamenId=msgnewmenu')\" > 新着資料ジャンル一覧</a> >  新着資料一覧";
    Some(page("新着資料一覧", account, hash, panks, &body))
}

/// 新着図書お知らせ: the patron's conditions.
pub fn alert_menu_page(
    lib: &Library,
    account: &Account,
    hash: &str,
    messages: &[&str],
    confirm: Option<&Confirm<'_>>,
) -> String {
    let alerts = lib.sdi.alerts_of(&account.card);
    let rows: String = alerts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let n = (i + 1).to_string();
            let registered = a.registered_on.map(slash_date).unwrap_or_default();
            fill(
                SDI_ROW,
                &[
                    ("ODDEVEN", row_parity(i + 1)),
                    ("N", &n),
                    ("CODE", &esc(&a.code)),
                    ("NAME", &esc(&a.name)),
                    ("TITLE", &esc(&a.title)),
                    ("AUTHOR", &esc(&a.author)),
                    ("PUBLISHER", &esc(&a.publisher)),
                    ("SUBJECT", &esc(&a.subject)),
                    ("KEYWORD", &esc(&a.keyword)),
                    ("KIND", a.kind_label()),
                    ("REGISTERED", &registered),
                ],
            )
        })
        .collect();
    let mut body = fill(
        SDI_MENU_BODY,
        &[
            ("MESSAGES", &message_items(messages)),
            ("HASH", hash),
            ("PORTAL", PORTAL),
            ("COUNT", &alerts.len().to_string()),
            ("LIMIT", &ALERT_LIMIT.to_string()),
            ("ROWS", &rows),
        ],
    );
    if let Some(c) = confirm {
        body.push_str(&confirm_block(c));
    }
    page(
        "新着図書お知らせ",
        Some(account),
        hash,
        "新着図書お知らせ",
        &body,
    )
}

/// The registration form (`values.code` empty) or the edit form of a
/// condition, showing `values`.
pub fn alert_input_page(
    account: &Account,
    hash: &str,
    values: &SimAlert,
    messages: &[&str],
    confirm: Option<&Confirm<'_>>,
) -> String {
    let editing = !values.code.is_empty();
    let (heading, button, submit) = if editing {
        ("新着図書お知らせ　条件修正", "修正する", "sdiUpdate")
    } else {
        ("新着図書お知らせ　条件登録", "登録する", "sdiEntry")
    };
    let kinds = options(
        KINDS.iter().map(|(c, l)| (c.to_string(), l.to_string())),
        if values.kind.is_empty() {
            "0"
        } else {
            &values.kind
        },
    );
    let mut body = fill(
        SDI_INPUT_BODY,
        &[
            ("MESSAGES", &message_items(messages)),
            ("HASH", hash),
            ("CODE", &esc(&values.code)),
            ("HEADING", heading),
            ("NAME", &esc(&values.name)),
            ("TITLE", &esc(&values.title)),
            ("AUTHOR", &esc(&values.author)),
            ("PUBLISHER", &esc(&values.publisher)),
            ("SUBJECT", &esc(&values.subject)),
            ("KEYWORD", &esc(&values.keyword)),
            ("KIND_OPTIONS", &kinds),
            ("BUTTON", button),
            ("SUBMIT", submit),
        ],
    );
    if let Some(c) = confirm {
        body.push_str(&confirm_block(c));
    }
    page(heading, Some(account), hash, heading, &body)
}

/// The form's fields as posted (names of the registration form).
pub fn posted_alert(form: &[(String, String)]) -> SimAlert {
    let value = |name: &str| field(form, name).unwrap_or_default().trim().to_string();
    SimAlert {
        code: value("sdicod"),
        name: value("serchname"),
        title: value("sdititle"),
        author: value("sdiauthor"),
        publisher: value("sdipublish"),
        subject: value("sdisubject"),
        keyword: value("pcfsdiserch"),
        kind: {
            let k = value("sdimngshu");
            if k.is_empty() { "0".into() } else { k }
        },
        registered_on: None,
    }
}
