//! The マイ本棚 screens, from templates cut out of the real pages
//! (`shelves-*`, `shelf-delete-confirm-1` in `tests/fixtures/real/nishinomiya/`): the
//! shelf list (one shelf at a time, the shelf select commented out, the
//! `本棚属性` table, `リスト詳細` rows), the creation form (which is also
//! the zero-shelf page), and the edit screen modelled from docs/protocol.md#shelf-edit.

use super::html::{self, Confirm, PORTAL, esc, fill, page, slash_date};
use super::shelf::{Shelf, ShelfItem};
use super::state::Account;

const SCRIPT: &str = include_str!("templates/shelf_script.html");
const LIST_BODY: &str = include_str!("templates/shelf_list_body.html");
const ITEMS_HEAD: &str = include_str!("templates/shelf_items_head.html");
const ITEM_ROW: &str = include_str!("templates/shelf_item_row.html");
const NEW_BODY: &str = include_str!("templates/shelf_new_body.html");
const EDIT_BODY: &str = include_str!("templates/shelf_edit_body.html");
const EDIT_ROW: &str = include_str!("templates/shelf_edit_row.html");
const DONE: &str = include_str!("templates/shelf_done.html");

const ITEMS_FOOT: &str = "</tbody>\n</table>\n";
const PANKS: &str = "マイ本棚";
const PANKS_NEW: &str = "<a href='#' onclick =\"javascript:forwardTo('WOpacSdiBookMyListDispAction.do')\" > マイ本棚</a> > マイ本棚の新規作成";
const PANKS_EDIT: &str = "<a href='#' onclick =\"javascript:forwardTo('WOpacSdiBookMyListDispAction.do')\" > マイ本棚</a> > マイ本棚の編集";

fn messages_block(messages: &[&str]) -> String {
    if messages.is_empty() {
        // The real list page has no div#messages at all.
        return String::new();
    }
    format!(
        "<center>\n<div id=\"messages\" style=\"display:none\">\n<ul>\n{}</ul>\n</div></center>\n",
        html::message_items(messages)
    )
}

/// The options of the commented-out `select#otherbook`, laid out as the
/// real page does; the zero-shelf page has only the placeholder `0`.
fn select_options(shelves: &[Shelf], current: Option<u32>) -> String {
    if shelves.is_empty() {
        return "\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\t<option value='0' selected>\n\t\t\t\t\t\t\t------------------\n\t\t\t\t\t\t</option>\n\t\t\t\t\t\n\t\t\t\t\n".into();
    }
    shelves
        .iter()
        .map(|s| {
            let sel = if Some(s.number) == current {
                " selected"
            } else {
                ""
            };
            format!(
                "\t\t\t\t\t\n\t\t\t\t\t\t\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t<option value='{}'{sel}>\n\t\t\t\t\t\t\t\t\t{}\n\t\t\t\t\t\t\t\t</option>\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\n",
                s.number,
                esc(&s.name)
            )
        })
        .collect()
}

fn title_line(bib: &super::state::Bib) -> String {
    esc(&bib.title_line())
}

/// A stage-1 question (the generic confirmation block).
pub fn confirm_html(c: &Confirm<'_>) -> String {
    html::confirm_block(c)
}

/// The completion step: `message`, then `echo` re-posted to `action` with
/// the redirect flag.
pub fn done_html(message: &str, action: &str, echo: &[(String, String)]) -> String {
    let echo = html::hidden_inputs(echo, "\t\t\t\t");
    fill(
        DONE,
        &[("MESSAGE", message), ("ACTION", action), ("ECHO", &echo)],
    )
}

/// The two screens of one shelf.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShelfView {
    /// マイ本棚 (`tiles.WSdiBookList`).
    List,
    /// マイ本棚の編集 (`tiles.WSdiBookListMainte`).
    Edit,
}

/// Shelf `current` of `account` in `view`, with an optional trailer (a
/// question or a completion step); the creation form when there is no such shelf.
pub fn shelf_page(
    view: ShelfView,
    account: &Account,
    current: u32,
    hash: &str,
    messages: &[&str],
    trailer: Option<&str>,
) -> String {
    let Some(shelf) = account.shelves.iter().find(|s| s.number == current) else {
        return new_page(Some(account), hash, messages, trailer);
    };
    let mut body = messages_block(messages);
    let (title, panks) = match view {
        ShelfView::List => {
            body.push_str(SCRIPT);
            body.push_str(&list_body(account, shelf, hash));
            ("マイ本棚", PANKS)
        }
        ShelfView::Edit => {
            body.push_str(&edit_body(shelf, hash));
            ("マイ本棚の編集", PANKS_EDIT)
        }
    };
    body.extend(trailer);
    page(title, Some(account), hash, panks, &body)
}

/// The リスト詳細 table with a row per title; none at all for an empty shelf.
fn items_table(shelf: &Shelf, row: impl Fn(usize, &ShelfItem) -> String) -> String {
    if shelf.items.is_empty() {
        return String::new();
    }
    let mut t = ITEMS_HEAD.to_string();
    for (i, item) in shelf.items.iter().enumerate() {
        t.push_str(&row(i + 1, item));
    }
    t.push_str(ITEMS_FOOT);
    t
}

fn list_body(account: &Account, shelf: &Shelf, hash: &str) -> String {
    let sidebar: String = account
        .shelves
        .iter()
        .map(|s| {
            let cur = if s.number == shelf.number {
                " class=\"cur\" title=\"現在表示中の本棚\""
            } else {
                ""
            };
            format!(
                "<li onclick=\"javascript:selectbtn(this)\" value=\"{}\"><a href=\"#\"{cur} style=\"word-break:break-all\">{}</a></li>\n",
                s.number,
                esc(&s.name)
            )
        })
        .collect();
    let items = items_table(shelf, |n, item| {
        let mtype = if item.bib.material_type.contains("児童") {
            "2"
        } else {
            "1"
        };
        fill(
            ITEM_ROW,
            &[
                ("N", &n.to_string()),
                ("ISBN", "null"),
                ("MTYPE", mtype),
                ("TILCOD", &item.bib.tilcod),
                ("TITLE_LINE", &title_line(&item.bib)),
                ("MEMO", &esc(&item.memo)),
                ("ADDED", &slash_date(item.added_on)),
            ],
        )
    });
    fill(
        LIST_BODY,
        &[
            ("HASH", hash),
            ("CURRENT", &shelf.number.to_string()),
            ("SIDEBAR", &sidebar),
            ("NAME", &esc(&shelf.name)),
            ("MEMO", &esc(&shelf.memo)),
            ("ITEMS", &items),
            (
                "SELECT_OPTIONS",
                &select_options(&account.shelves, Some(shelf.number)),
            ),
            ("PORTAL", PORTAL),
        ],
    )
}

/// マイ本棚の新規作成 (`tiles.WSdiBookListNew`): the creation form, which is
/// also what the マイ本棚 entry shows when there is no shelf.
pub fn new_page(
    account: Option<&Account>,
    hash: &str,
    messages: &[&str],
    trailer: Option<&str>,
) -> String {
    new_page_with(account, hash, messages, trailer, ("", ""))
}

/// The creation form with what was typed (a refused stage 1 keeps it).
pub fn new_page_with(
    account: Option<&Account>,
    hash: &str,
    messages: &[&str],
    trailer: Option<&str>,
    typed: (&str, &str),
) -> String {
    let shelves = account.map(|a| a.shelves.as_slice()).unwrap_or_default();
    let mut body = messages_block(messages);
    body.push_str(&fill(
        NEW_BODY,
        &[
            ("HASH", hash),
            ("SELECT_OPTIONS", &select_options(shelves, None)),
            ("LISTNAME", &esc(typed.0)),
            ("COMMNT", &esc(typed.1)),
            ("PORTAL", PORTAL),
        ],
    ));
    body.extend(trailer);
    page("マイブックリスト", account, hash, PANKS_NEW, &body)
}

fn edit_body(shelf: &Shelf, hash: &str) -> String {
    let items = items_table(shelf, |n, item| {
        fill(
            EDIT_ROW,
            &[
                ("N", &n.to_string()),
                ("TILCOD", &item.bib.tilcod),
                ("TITLE_LINE", &title_line(&item.bib)),
                ("MEMO", &esc(&item.memo)),
                ("ORDER", &item.order.to_string()),
                ("ADDED", &slash_date(item.added_on)),
            ],
        )
    });
    fill(
        EDIT_BODY,
        &[
            ("HASH", hash),
            ("CURRENT", &shelf.number.to_string()),
            ("NAME", &esc(&shelf.name)),
            ("MEMO", &esc(&shelf.memo)),
            ("DISP_CHECKED", if shelf.initial { " checked" } else { "" }),
            ("ITEMS", &items),
            ("PORTAL", PORTAL),
        ],
    )
}
