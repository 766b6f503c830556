//! The title detail (検索結果書誌詳細, `tiles.WTifTilDetail` /
//! `tiles.WTifTilDetail2`), research §13.3.

use scraper::{ElementRef, Html};

use super::search::{author_name, cell_text, lend_flag};
use super::table::{Columns, body_rows, cells};
use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::page;
use crate::client::text::parse_count;
use crate::model::catalog::published_from_site;
use crate::model::{Field, Holding, TitleDetail};

/// The read-only entry's screen and the write entry's (non-empty hash).
pub const SCREEN: &str = "tiles.WTifTilDetail";
pub const SCREEN_WRITE: &str = "tiles.WTifTilDetail2";

const DETAIL_SCREEN: &str = "title detail";

/// Every `th`/`td` pair of the 詳細情報 tables, exact repeats dropped.
fn fields(doc: &Html) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    for table in doc.select(sel!("table[summary=\"詳細情報\"]")) {
        for row in table.select(sel!("tr")) {
            let row_cells = cells(row);
            let (Some(th), Some(td)) = (
                row_cells.iter().find(|c| c.value().name() == "th"),
                row_cells.iter().find(|c| c.value().name() == "td"),
            ) else {
                continue;
            };
            let field = Field {
                label: cell_text(*th),
                value: cell_text(*td),
            };
            if !field.label.is_empty() && !out.contains(&field) {
                out.push(field);
            }
        }
    }
    out
}

/// 蔵書情報: each `th` label followed by its value cell.
fn counts(doc: &Html) -> Vec<(String, Option<u32>)> {
    let Some(table) = doc.select(sel!("table[summary=\"蔵書情報\"]")).next() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for th in table.select(sel!("th")) {
        let value = th
            .next_siblings()
            .filter_map(ElementRef::wrap)
            .next()
            .filter(|e| e.value().name() == "td")
            .map(|td| parse_count(&cell_text(td)));
        if let Some(value) = value {
            out.push((cell_text(th), value));
        }
    }
    out
}

fn holdings(doc: &Html) -> Result<Option<Vec<Holding>>> {
    let Some(table) = doc.select(sel!("table[summary]")).find(|t| {
        t.value()
            .attr("summary")
            .is_some_and(|s| s.starts_with("資料情報"))
    }) else {
        return Ok(None);
    };
    let cols = Columns::from_table(table);
    let library = cols.require(DETAIL_SCREEN, "所蔵館", |t| t == "所蔵館")?;
    let status = cols.require(DETAIL_SCREEN, "状態", |t| t == "状態")?;
    let item_no = cols.find(|t| t == "資料番号");
    let kind = cols.find(|t| t == "資料種別");
    let call = cols.find(|t| t == "請求記号");
    let location = cols.find(|t| t == "配架場所");
    let loan_class = cols.find(|t| t == "帯出区分");
    let lend = cols.find(|t| t == "貸出");
    let mut out = Vec::new();
    for (n, row) in body_rows(table).into_iter().enumerate() {
        let row_cells = cells(row);
        let text = |i: Option<usize>| {
            i.and_then(|i| row_cells.get(i).copied())
                .map(cell_text)
                .filter(|t| !t.is_empty())
        };
        let (Some(library), Some(status)) = (text(Some(library)), text(Some(status))) else {
            return Err(ClientError::layout(
                DETAIL_SCREEN,
                format!("holding {}: no library or status", n + 1),
            ));
        };
        out.push(Holding {
            library,
            item_no: text(item_no),
            material_type: text(kind),
            call_number: text(call),
            location: text(location),
            loan_class: text(loan_class),
            status,
            available: text(lend).and_then(|l| lend_flag(&l)),
        });
    }
    Ok(Some(out))
}

pub fn parse_detail(doc: &Html) -> Result<TitleDetail> {
    let fields = fields(doc);
    if fields.is_empty() {
        return Err(ClientError::layout(
            DETAIL_SCREEN,
            "no table summarised 詳細情報",
        ));
    }
    let value = |label: &str| {
        fields
            .iter()
            .find(|f| f.label == label)
            .map(|f| f.value.clone())
            .filter(|v| !v.is_empty())
    };
    let title =
        value("書名").ok_or_else(|| ClientError::layout(DETAIL_SCREEN, "no 書名 in 詳細情報"))?;
    let id = value("タイトルコード")
        .or_else(|| {
            Form::from_page(doc, "LBForm")
                .and_then(|f| f.get("tilcod").map(str::to_string))
                .filter(|t| !t.is_empty())
        })
        .ok_or_else(|| ClientError::layout(DETAIL_SCREEN, "no title code"))?;
    let counts = counts(doc);
    let count = |label: &str| {
        counts
            .iter()
            .find(|(l, _)| l == label)
            .and_then(|(_, v)| *v)
    };
    let copies = count("所蔵数");
    let holdings = match holdings(doc)? {
        Some(h) => h,
        None if copies == Some(0) => Vec::new(),
        None => {
            return Err(ClientError::layout(
                DETAIL_SCREEN,
                "no holdings table (資料情報)",
            ));
        }
    };
    Ok(TitleDetail {
        call_number: value("請求記号")
            .or_else(|| holdings.iter().find_map(|h| h.call_number.clone())),
        id,
        title,
        author: value("著者名")
            .or_else(|| value("著者"))
            .and_then(|a| author_name(&a)),
        publisher: value("出版者").or_else(|| value("出版社")),
        published: value("出版年月")
            .or_else(|| value("出版年"))
            .and_then(|p| published_from_site(&p)),
        isbn: value("ISBN").or_else(|| value("ＩＳＢＮ")),
        classification: value("分類記号").or_else(|| value("分類")),
        subjects: fields
            .iter()
            .filter(|f| f.label.starts_with("件名") && !f.value.is_empty())
            .map(|f| f.value.clone())
            .collect(),
        material_type: value("書誌種別"),
        copies,
        in_stock: count("在庫数"),
        reservations: count("予約数"),
        holdings,
        fields,
    })
}

/// Classifies and reads a detail answer. `None` when the site answers with
/// the search form saying 該当する書誌がありません。 (an unknown title code).
pub fn read_answer(doc: &Html) -> Result<Option<TitleDetail>> {
    let tokens = page::classify(doc, &[SCREEN, SCREEN_WRITE, super::search::SCREEN_FORM])?;
    if tokens.gamenid != super::search::SCREEN_FORM {
        return parse_detail(doc).map(Some);
    }
    match super::search::read_answer(doc) {
        Ok(super::search::Answer::NoHits) => Ok(None),
        Ok(super::search::Answer::List(_)) => Err(ClientError::layout(
            DETAIL_SCREEN,
            "a result list instead of the detail",
        )),
        Err(e) => Err(e),
    }
}

/// A whole detail page (tests, tools).
pub fn detail_page(body: &str) -> Result<Option<TitleDetail>> {
    read_answer(&Html::parse_document(body))
}
