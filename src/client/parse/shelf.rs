//! マイ本棚 pages (docs/protocol.md#shelves): the shelf list (`tiles.WSdiBookList`,
//! one shelf at a time), the zero-shelf page that is the creation form
//! (`tiles.WSdiBookListNew`), the edit screen (`tiles.WSdiBookListMainte`)
//! and the completion page whose script re-posts to a display action.

use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html};

use super::confirm::parse_confirmation;
use super::layouts::shelves as layout;
use super::notes;
use super::table::{by_summary, innermost, own_rows};
use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::page::screen;
use crate::client::text::{parse_slash_date, split_title_line, text_keep_ideographic};
use crate::model::{Shelf, ShelfContents, ShelfItem};

/// What the マイ本棚 entry shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShelfScreen {
    /// Every shelf (number and name; memo and count only for the current
    /// one) and the current shelf with its titles.
    List {
        shelves: Vec<Shelf>,
        current: ShelfContents,
    },
    /// No shelf at all: the page is the creation form.
    Empty,
}

/// `<select name="otherbook">` — inside an HTML comment on the real page,
/// so only a search of the raw markup finds it.
static OTHERBOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<select\b[^>]*\bname\s*=\s*["']?otherbook\b[^>]*>(.*?)</select>"#)
        .expect("valid regex")
});
static OPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<option\b[^>]*?\bvalue\s*=\s*["']?(\d+)\s*["']?[^>]*>(.*?)</option>"#)
        .expect("valid regex")
});
static TO_DETAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"toDetail\(\s*'?(\d+)'?\s*\)").expect("valid regex"));
/// A title's date after its label (`登録日:<br>2021/09/02`), in any wording
/// `layouts::shelves::ADDED` knows.
static ADDED: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = layout::ADDED
        .wordings
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    Regex::new(&format!(
        r"(?:{})\s*[:：]?\s*(\d{{4}}\s*/\s*\d{{1,2}}\s*/\s*\d{{1,2}})",
        words.join("|")
    ))
    .expect("valid regex")
});
static REDIRECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"\.name\s*=\s*["']([A-Za-z0-9_.]*CONFIRM_DIALOG_SEND_REDIRECT)["']\s*;\s*[A-Za-z0-9_.]*\.value\s*=\s*["']([^"']*)["']"#,
    )
    .expect("valid regex")
});

/// Decodes the entities of a bit of markup and trims it.
fn markup_text(markup: &str) -> String {
    let fragment = Html::parse_fragment(markup);
    fragment
        .root_element()
        .text()
        .collect::<String>()
        .trim()
        .to_string()
}

/// Every shelf `(number, name)` in the site's order, from the commented-out
/// `select#otherbook` (the placeholder option `0` of the zero-shelf page is
/// not a shelf).
pub fn commented_shelves(raw: &str) -> Option<Vec<(u32, String)>> {
    let select = OTHERBOOK.captures(raw)?;
    Some(
        OPTION
            .captures_iter(&select[1])
            .filter_map(|c| Some((c[1].parse::<u32>().ok()?, markup_text(&c[2]))))
            .filter(|(n, _)| *n != 0)
            .collect(),
    )
}

/// The sidebar list (`#shelflist li[value]`), which the DOM does see.
fn sidebar_shelves(doc: &Html) -> Vec<(u32, String)> {
    doc.select(sel!("#shelflist li[value]"))
        .filter_map(|li| {
            let n = li.value().attr("value")?.trim().parse::<u32>().ok()?;
            Some((n, li.text().collect::<String>().trim().to_string()))
        })
        .collect()
}

/// Text of an element without its `.skip` (screen-reader) parts, trimmed.
fn text_without_skip(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let skipped = node
            .ancestors()
            .take_while(|a| a.id() != el.id())
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().classes().any(|c| c == "skip"));
        if !skipped {
            out.push_str(text);
        }
    }
    out.trim().to_string()
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

const LABEL: &str = "shelf";

/// The title code of a row's detail link (`toDetail(…)`).
fn detail_link(row: ElementRef<'_>) -> Option<(ElementRef<'_>, String)> {
    row.select(sel!("a.title[onclick], a[onclick]"))
        .find_map(|a| {
            let code = TO_DETAIL.captures(a.value().attr("onclick")?)?[1].to_string();
            Some((a, code))
        })
}

/// The table of the current shelf's titles: by its `summary`, else the
/// innermost table whose rows hold detail links (never the attributes
/// table). Innermost, because a layout table around it holds the same
/// links, and a row of its would be taken for a title.
fn items_table(doc: &Html) -> Option<ElementRef<'_>> {
    by_summary(doc, layout::ITEMS).or_else(|| {
        let attrs = by_summary(doc, layout::ATTRIBUTES).map(|t| t.id());
        let holding: Vec<ElementRef<'_>> = doc
            .select(sel!("form[name=LBForm] table"))
            .filter(|t| Some(t.id()) != attrs)
            .filter(|t| {
                own_rows(*t)
                    .into_iter()
                    .any(|tr| tr.select(sel!("td")).next().is_some() && detail_link(tr).is_some())
            })
            .collect();
        innermost(holding)
    })
}

/// The titles of the current shelf (no table when the shelf is empty). A
/// title needs its code and text; its memo and date may be missing.
pub fn parse_items(doc: &Html) -> Result<Vec<ShelfItem>> {
    let Some(table) = items_table(doc) else {
        return Ok(Vec::new());
    };
    let mut items = Vec::new();
    let mut no_memo = false;
    let mut no_date = false;
    for row in own_rows(table) {
        if row.select(sel!("td")).next().is_none() {
            continue;
        }
        let row_error = |detail: &str| {
            ClientError::layout(LABEL, format!("title row {}: {detail}", items.len() + 1))
        };
        let (link, tilcod) =
            detail_link(row).ok_or_else(|| row_error("no detail link (toDetail(…))"))?;
        // `<tilcod>　<title　author／role　publisher>　`
        let text = text_keep_ideographic(link);
        let line = text
            .trim()
            .strip_prefix(tilcod.as_str())
            .unwrap_or(&text)
            .trim();
        let line = split_title_line(line);
        if line.title.is_empty() {
            return Err(row_error(&format!("title {tilcod} has no text")));
        }
        let memo_cell = row.select(sel!("div.memo, .memo")).next();
        no_memo |= memo_cell.is_none();
        let memo = memo_cell.map(text_without_skip).and_then(non_empty);
        let row_text: String = row.text().collect();
        let added_on = ADDED.captures(&row_text).and_then(|c| {
            let compact: String = c[1].chars().filter(|c| !c.is_whitespace()).collect();
            parse_slash_date(&compact)
        });
        no_date |= added_on.is_none();
        items.push(ShelfItem {
            id: tilcod,
            title: line.title,
            author: line.author,
            publisher: line.publisher,
            memo,
            added_on,
            position: items.len() as u32 + 1,
            memo_shown: memo_cell.is_some(),
        });
    }
    if no_memo {
        notes::missing_field(LABEL, "title memo (div.memo)", layout::MEMO.name);
    }
    if no_date {
        notes::missing_field(LABEL, layout::ADDED.label(), layout::ADDED.name);
    }
    Ok(items)
}

/// Parses the マイ本棚 entry page: the shelf list or the zero-shelf
/// creation form. The header's マイ本棚 count must agree with the shelves
/// found (a list-completeness check).
pub fn parse_shelf_page(doc: &Html) -> Result<ShelfScreen> {
    let form =
        Form::from_page(doc, "LBForm").ok_or_else(|| ClientError::layout(LABEL, "no LBForm"))?;
    let header = super::header::parse_summary(doc).shelves;
    if form.get("gamenid") == Some(screen::SHELF_NEW) {
        if form.count("listname") != 1 || form.count("commnt") != 1 {
            return Err(ClientError::layout(
                LABEL,
                "the creation form has no listname/commnt",
            ));
        }
        if header.is_some_and(|n| n != 0) {
            return Err(ClientError::layout(
                LABEL,
                "the creation form came back although the header counts shelves",
            ));
        }
        return Ok(ShelfScreen::Empty);
    }
    let raw = doc.html();
    let sidebar = sidebar_shelves(doc);
    let listed = match commented_shelves(&raw) {
        Some(listed) if !sidebar.is_empty() && listed != sidebar => {
            return Err(ClientError::layout(
                LABEL,
                "the shelf select and the sidebar disagree",
            ));
        }
        Some(listed) => listed,
        None => sidebar,
    };
    if listed.is_empty() {
        return Err(ClientError::layout(LABEL, "no shelves listed"));
    }
    if header.is_some_and(|n| n as usize != listed.len()) {
        return Err(ClientError::layout(
            LABEL,
            format!(
                "the header counts {} shelves, the page lists {}",
                header.unwrap_or_default(),
                listed.len()
            ),
        ));
    }
    let current_id = form
        .get("otherbook")
        .and_then(|v| v.trim().parse::<u32>().ok())
        .ok_or_else(|| ClientError::layout(LABEL, "no current shelf (otherbook)"))?;
    if !listed.iter().any(|(n, _)| *n == current_id) {
        return Err(ClientError::layout(
            LABEL,
            "the current shelf is not in the list",
        ));
    }
    let listed_name = listed
        .iter()
        .find(|(n, _)| *n == current_id)
        .map(|(_, name)| name.clone())
        .unwrap_or_default();
    // The table is the page's landmark: every shelf write reads this page
    // first, so a page without it is not recognised (nothing is sent).
    let attrs = by_summary(doc, layout::ATTRIBUTES).ok_or_else(|| {
        ClientError::layout(
            LABEL,
            format!("no table summary=\"{}\"", layout::ATTRIBUTES.join("/")),
        )
    })?;
    // The heading shows the name as entered; the list is the fallback.
    let heading = attrs
        .select(sel!("em.huge"))
        .next()
        .map(|e| e.text().collect::<String>().trim().to_string())
        .filter(|n| !n.is_empty());
    if heading.is_none() {
        notes::note(
            LABEL,
            "no shelf name heading (本棚属性 em.huge): the listed name is shown",
        );
    }
    let name = heading.unwrap_or(listed_name);
    if name.is_empty() {
        return Err(ClientError::layout(LABEL, "the current shelf has no name"));
    }
    let memo_cell = attrs.select(sel!("td.memo")).next();
    if memo_cell.is_none() {
        notes::missing_field(LABEL, "shelf memo (本棚属性 td.memo)", layout::MEMO.name);
    }
    let memo_shown = memo_cell.is_some();
    let memo = memo_cell.map(text_without_skip).and_then(non_empty);
    let items = parse_items(doc)?;
    let shelves = listed
        .into_iter()
        .map(|(id, listed_name)| {
            let current = id == current_id;
            Shelf {
                id,
                name: if current { name.clone() } else { listed_name },
                memo: if current { memo.clone() } else { None },
                item_count: current.then_some(items.len()),
                current,
            }
        })
        .collect();
    Ok(ShelfScreen::List {
        shelves,
        current: ShelfContents {
            id: current_id,
            name,
            memo,
            item_count: items.len(),
            items,
            memo_shown,
        },
    })
}

/// One title row of the edit screen, tied to its title by the element ids
/// (`sortno<tilcod>`; no per-item id is posted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditRow {
    pub tilcod: String,
    /// Hidden `bookcmnt` (what the server reads).
    pub memo: String,
    /// Hidden `sortno`.
    pub order: String,
}

/// The edit screen's rows in document order. Every row must carry all
/// four fields (`bookcmnt`, `eachcmnt`, `sortno`, `eachsortno`) by id.
pub fn parse_edit_rows(doc: &Html) -> Result<Vec<EditRow>> {
    let form = Form::from_page(doc, "LBForm")
        .ok_or_else(|| ClientError::layout("shelf edit", "no LBForm"))?;
    for name in ["listname", "commnt", "otherbook"] {
        if form.count(name) != 1 {
            return Err(ClientError::layout(
                "shelf edit",
                format!("the edit form has no single {name}"),
            ));
        }
    }
    let lbform = doc
        .select(sel!("form[name=\"LBForm\"]"))
        .next()
        .ok_or_else(|| ClientError::layout("shelf edit", "no LBForm"))?;
    let value_of = |id: &str| -> Option<String> {
        lbform
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().attr("id") == Some(id))
            .map(|e| match e.value().name() {
                "textarea" => e.text().collect(),
                _ => e.value().attr("value").unwrap_or_default().to_string(),
            })
    };
    let mut rows = Vec::new();
    for hidden in lbform.select(sel!("input[name=\"sortno\"]")) {
        let tilcod = hidden
            .value()
            .attr("id")
            .and_then(|id| id.strip_prefix("sortno"))
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()))
            .ok_or_else(|| ClientError::layout("shelf edit", "a sortno without its title id"))?
            .to_string();
        let memo = value_of(&format!("bookcmnt{tilcod}"));
        let shown = value_of(&format!("eachcmnt{tilcod}"));
        let shown_order = value_of(&format!("eachsortno{tilcod}"));
        let (Some(memo), Some(_), Some(_)) = (memo, shown, shown_order) else {
            return Err(ClientError::layout(
                "shelf edit",
                format!("the row of {tilcod} lacks a memo or order field"),
            ));
        };
        rows.push(EditRow {
            tilcod,
            memo,
            order: hidden.value().attr("value").unwrap_or_default().to_string(),
        });
    }
    if form.count("sortno") != rows.len() || form.count("bookcmnt") != rows.len() {
        return Err(ClientError::layout(
            "shelf edit",
            "the item fields do not pair up",
        ));
    }
    Ok(rows)
}

/// A completion page whose script re-posts `prevRequestForm` to a display
/// action (after a shelf update or delete).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The action the script assigns.
    pub action: String,
    /// What the script submits: the echo plus the hidden fields it appends.
    pub form: Form,
}

/// The completion redirect on a page, if any: a `createConfirmDialog` hook
/// that asks nothing (pushes no code) and sends `prevRequestForm` on.
pub fn parse_completion(doc: &Html) -> Result<Option<Completion>> {
    let Some(confirmation) = parse_confirmation(doc)? else {
        return Ok(None);
    };
    if !confirmation.codes.is_empty() {
        return Ok(None);
    }
    let Some(action) = confirmation.action else {
        return Err(ClientError::layout(
            "completion",
            "a completion script without an action",
        ));
    };
    let script: String = doc
        .select(sel!("script"))
        .map(|s| s.text().collect::<String>())
        .filter(|code| code.contains("createConfirmDialog"))
        .collect();
    let mut form = confirmation.echo;
    for c in REDIRECT.captures_iter(&script) {
        form.push(&c[1], &c[2]);
    }
    Ok(Some(Completion { action, form }))
}
