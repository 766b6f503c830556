//! The reading history (`読書履歴一覧`, `tiles.WUsrReadList`, docs/protocol.md#reading-history).
//!
//! The real markup leaves `</tr>` and `</td>` out and puts `<th>` straight
//! into `<thead>`; the HTML parser closes each cell at the next `th`/`td`,
//! so cells are read "from one `th`/`td` to the next" of their row.
//! Columns are found by meaning (`layouts::history`): an entry needs its
//! title with the title code and its loan date; the rest may be missing.

use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::layouts::history::{self as layout, TABLE};
use super::notes;
use super::table::{Columns, Located, read_rows};
use crate::client::error::{ClientError, Result};
use crate::client::text::{parse_slash_date, split_title_line, squeeze, text_keep_ideographic};
use crate::model::HistoryEntry;

const NAME: &str = TABLE.label;

static TILCOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?&](?:tilcod|para)=(\d+)").expect("valid regex"));
static TO_DETAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"toDetail\(\s*["']?(\d+)["']?\s*\)"#).expect("valid regex"));
static DELETE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"kashistDelete\(\s*'([^']*)'\s*,\s*'([^']*)'"#).expect("valid regex")
});
static START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?&]startIndex=(\d+)").expect("valid regex"));

/// One page of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryPage {
    /// 今までにあなたが借りた資料は N 件です。
    pub total: Option<u32>,
    /// The selected 表示件数 (10/20/50/100).
    pub rows_per_page: Option<u32>,
    pub entries: Vec<HistoryEntry>,
    /// The 次へ link, as the page gives it (relative, with the page's `hash`).
    pub next: Option<Link>,
    /// `startIndex` of the 最後へ link.
    pub last_start: Option<u32>,
    /// False when the page says recording is off (no table at all).
    pub recording: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    pub start: u32,
}

/// Parses a reading-history page; a page without the table is a layout
/// error unless it says there is nothing to show.
pub fn parse_history(doc: &Html) -> Result<HistoryPage> {
    let total = doc
        .select(sel!("ul.read span.large"))
        .next()
        .and_then(|s| squeeze(s).parse().ok());
    let rows_per_page = doc
        .select(sel!("select[name=dispmaxnum] option[selected]"))
        .next_back()
        .and_then(|o| o.value().attr("value"))
        .and_then(|v| v.trim().parse().ok());
    let Some(table) = super::table::by_summary(doc, &[layout::SUMMARY]) else {
        let text = doc
            .select(sel!("ul.read, #messages"))
            .map(squeeze)
            .collect::<Vec<_>>()
            .join(" ");
        let off = text.contains("読書履歴") && layout::OFF_WORDS.iter().any(|w| text.contains(w));
        if off || total == Some(0) {
            return Ok(HistoryPage {
                total: Some(total.unwrap_or(0)),
                rows_per_page,
                entries: Vec::new(),
                next: None,
                last_start: None,
                recording: !off,
            });
        }
        return Err(ClientError::layout(
            NAME,
            format!("no table summary=\"{}\"", layout::SUMMARY),
        ));
    };
    let cols = Columns::locate(table, &TABLE)?;
    let entries = read_rows(table, &cols, NAME, parse_row)?;
    if total.is_none() {
        notes::missing_field(NAME, "count line (…件です)", "total");
    }
    if entries.iter().any(|e| e.record.is_none()) {
        // Rows still tell apart by title code, date and title.
        notes::missing_field(NAME, "delete button (kashistDelete)", "record");
    }
    let link_to = |labels: &[&str]| {
        doc.select(sel!("a[href*=WOpacUsrReadListAction]"))
            .find(|a| {
                let text = squeeze(*a);
                labels.iter().any(|l| text.starts_with(l))
            })
            .and_then(|a| {
                let href = a.value().attr("href")?.trim().to_string();
                let start = START.captures(&href)?[1].parse().ok()?;
                Some(Link { href, start })
            })
    };
    Ok(HistoryPage {
        total,
        rows_per_page,
        entries,
        next: link_to(layout::NEXT),
        last_start: link_to(layout::LAST).map(|l| l.start),
        recording: true,
    })
}

fn parse_row(row: ElementRef<'_>, cols: &Located) -> std::result::Result<HistoryEntry, String> {
    let cells = row_cells(row);
    let column = |fact| cols.at(fact).and_then(|i| cells.get(i).copied());
    let text = |fact| column(fact).map(squeeze).filter(|t| !t.is_empty());
    let title_cell = column(&layout::TITLE).ok_or("no title cell")?;
    // The title code is in the detail link, wherever the row has it.
    let link = title_cell
        .select(sel!("a"))
        .chain(row.select(sel!("a")))
        .find(|a| detail_code(*a).is_some());
    let id = link
        .and_then(detail_code)
        .ok_or("no title code in a detail link")?;
    let line = text_keep_ideographic(title_cell.select(sel!("a")).next().unwrap_or(title_cell));
    let parts = split_title_line(&line);
    if parts.title.is_empty() {
        return Err(format!("title {id} has no text"));
    }
    let date_text = text(&layout::LOANED).unwrap_or_default();
    let loaned_on =
        parse_slash_date(&date_text).ok_or_else(|| format!("loan date {date_text:?}"))?;
    let (record, loaned_at) = row
        .select(sel!("[onclick*=kashistDelete]"))
        .find_map(|b| DELETE.captures(b.value().attr("onclick")?))
        .map(|c| {
            (
                Some(c[1].to_string()).filter(|r| !r.is_empty()),
                Some(c[2].to_string()).filter(|s| !s.is_empty()),
            )
        })
        .unwrap_or((None, None));
    Ok(HistoryEntry {
        id,
        title: parts.title,
        author: parts.author,
        publisher: parts.publisher,
        loaned_on,
        library: text(&layout::LIBRARY),
        loan_type: text(&layout::KIND),
        record,
        loaned_at,
    })
}

/// The title code a link leads to (`tilcod=`/`para=`, or `toDetail("…")`).
fn detail_code(a: ElementRef<'_>) -> Option<String> {
    let href = a.value().attr("href").unwrap_or_default();
    let onclick = a.value().attr("onclick").unwrap_or_default();
    TILCOD
        .captures(href)
        .or_else(|| TO_DETAIL.captures(onclick))
        .map(|c| c[1].to_string())
}

/// The `th`/`td` cells of a row, wherever the parser hung them inside it.
fn row_cells(row: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    row.descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| matches!(e.value().name(), "th" | "td"))
        .filter(|e| {
            // Only cells of this row, not of a table nested in a cell.
            e.ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().name() == "tr")
                .is_some_and(|tr| tr.id() == row.id())
        })
        .collect()
}
