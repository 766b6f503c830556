//! The reading history (`読書履歴一覧`, `tiles.WUsrReadList`, research §21).
//!
//! The real markup leaves `</tr>` and `</td>` out and puts `<th>` straight
//! into `<thead>`; the HTML parser closes each cell at the next `th`/`td`,
//! so cells are read "from one `th`/`td` to the next" of their row.

use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::table::Columns;
use crate::client::error::{ClientError, Result};
use crate::client::text::{parse_slash_date, split_title_line, squeeze, text_keep_ideographic};
use crate::model::HistoryEntry;

pub const SCREEN: &str = "tiles.WUsrReadList";
const NAME: &str = "reading history";

static TILCOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?&](?:tilcod|para)=(\d+)").expect("valid regex"));
static TO_DETAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"toDetail\(\s*["'](\d+)["']\s*\)"#).expect("valid regex"));
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
    let Some(table) = doc.select(sel!("table[summary=\"読書履歴一覧表\"]")).next() else {
        let text = doc
            .select(sel!("ul.read, #messages"))
            .map(squeeze)
            .collect::<Vec<_>>()
            .join(" ");
        let off = text.contains("読書履歴")
            && (text.contains("利用しない") || text.contains("記録しない"));
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
            "no table summary=\"読書履歴一覧表\"",
        ));
    };
    let cols = Columns::from_table(table);
    let title_col = cols.require(NAME, "書誌情報", |t| t.contains("書誌情報"))?;
    let date_col = cols.require(NAME, "貸出日", |t| t == "貸出日")?;
    let library_col = cols.require(NAME, "貸出館", |t| t == "貸出館")?;
    let kind_col = cols.find(|t| t == "貸出区分");
    let mut entries = Vec::new();
    for (n, row) in table.select(sel!("tr.ItemNo")).enumerate() {
        let cells = row_cells(row);
        let row_error =
            |detail: &str| ClientError::layout(NAME, format!("row {}: {detail}", n + 1));
        let cell = |i: usize| cells.get(i).copied();
        let title_cell = cell(title_col).ok_or_else(|| row_error("no 書誌情報 cell"))?;
        let link = title_cell.select(sel!("a")).next();
        let id = link
            .and_then(|a| {
                let href = a.value().attr("href").unwrap_or_default();
                let onclick = a.value().attr("onclick").unwrap_or_default();
                TILCOD
                    .captures(href)
                    .or_else(|| TO_DETAIL.captures(onclick))
                    .map(|c| c[1].to_string())
            })
            .ok_or_else(|| row_error("no title code in the detail link"))?;
        let line = text_keep_ideographic(link.unwrap_or(title_cell));
        let parts = split_title_line(&line);
        let loaned_on = cell(date_col)
            .map(squeeze)
            .and_then(|d| parse_slash_date(&d))
            .ok_or_else(|| row_error("no 貸出日"))?;
        let (record, loaned_at) = row
            .select(sel!("input[onclick*=kashistDelete]"))
            .next()
            .and_then(|b| DELETE.captures(b.value().attr("onclick").unwrap_or_default()))
            .map(|c| {
                (
                    Some(c[1].to_string()),
                    Some(c[2].to_string()).filter(|s| !s.is_empty()),
                )
            })
            .unwrap_or((None, None));
        entries.push(HistoryEntry {
            id,
            title: parts.title,
            author: parts.author,
            publisher: parts.publisher,
            loaned_on,
            library: cell(library_col).map(squeeze).unwrap_or_default(),
            loan_type: kind_col.and_then(cell).map(squeeze).unwrap_or_default(),
            record: record.filter(|r| !r.is_empty()),
            loaned_at,
        });
    }
    let link_to = |label: &str| {
        doc.select(sel!("a[href*=WOpacUsrReadListAction]"))
            .find(|a| squeeze(*a).starts_with(label))
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
        next: link_to("次へ"),
        last_start: link_to("最後へ").map(|l| l.start),
        recording: true,
    })
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
