//! The title detail (検索結果書誌詳細, `tiles.WTifTilDetail` /
//! `tiles.WTifTilDetail2`), docs/protocol.md#title-detail.

use scraper::{ElementRef, Html};

use super::layouts::{self, Fact, detail as layout, holdings as holding};
use super::notes;
use super::search::{author_name, button_tilcod, cell_text, lend_flag};
use super::table::{Columns, body_rows, by_header, by_summary, cells};
use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::page;
use crate::client::page::screen;
use crate::client::text::parse_count;
use crate::model::catalog::published_from_site;
use crate::model::{Field, Holding, TitleDetail};

const LABEL: &str = layout::LABEL;

/// Every `th`/`td` pair of the 詳細情報 tables, exact repeats dropped.
fn fields(doc: &Html) -> Vec<Field> {
    let mut out: Vec<Field> = Vec::new();
    let tables = doc.select(sel!("table[summary]")).filter(|t| {
        t.value()
            .attr("summary")
            .is_some_and(|s| layout::SUMMARIES.contains(&s.trim()))
    });
    for table in tables {
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

/// Whether a label (or `abbr`) is one of the fact's wordings; a trailing
/// number (件名1, 件名2) is not part of the label.
fn labels(label: &str, fact: &Fact) -> bool {
    let label = layouts::normalise(label);
    let label = label.trim_end_matches(|c: char| c.is_ascii_digit());
    !label.is_empty()
        && fact
            .wordings
            .iter()
            .chain(fact.abbrs)
            .any(|w| layouts::normalise(w) == label)
}

/// 蔵書情報: each `th` (label, `abbr`) followed by its value cell.
fn counts(doc: &Html) -> Option<Vec<(String, String, Option<u32>)>> {
    let table = by_summary(doc, layout::COUNTS_SUMMARIES)?;
    let mut out = Vec::new();
    for th in table.select(sel!("th")) {
        let value = th
            .next_siblings()
            .filter_map(ElementRef::wrap)
            .next()
            .filter(|e| e.value().name() == "td")
            .map(|td| parse_count(&cell_text(td)));
        if let Some(value) = value {
            let abbr = th.value().attr("abbr").unwrap_or_default().to_string();
            out.push((cell_text(th), abbr, value));
        }
    }
    Some(out)
}

fn holdings_table(doc: &Html) -> Option<ElementRef<'_>> {
    doc.select(sel!("table[summary]"))
        .find(|t| {
            t.value()
                .attr("summary")
                .is_some_and(|s| s.trim().starts_with(holding::SUMMARY_PREFIX))
        })
        .or_else(|| by_header(doc, &holding::TABLE))
}

fn holdings(doc: &Html) -> Result<Option<Vec<Holding>>> {
    let Some(table) = holdings_table(doc) else {
        return Ok(None);
    };
    let cols = Columns::locate(table, &holding::TABLE)?;
    let mut out = Vec::new();
    for (n, row) in body_rows(table).into_iter().enumerate() {
        let row_cells = cells(row);
        let text = |fact| {
            cols.at(fact)
                .and_then(|i| row_cells.get(i).copied())
                .map(cell_text)
                .filter(|t| !t.is_empty())
        };
        let (Some(library), Some(status)) = (text(&holding::LIBRARY), text(&holding::STATUS))
        else {
            return Err(ClientError::layout(
                LABEL,
                format!("holding {}: no library or status", n + 1),
            ));
        };
        out.push(Holding {
            library,
            item_no: text(&holding::ITEM_NO),
            material_type: text(&holding::KIND),
            call_number: text(&holding::CALL),
            location: text(&holding::LOCATION),
            loan_class: text(&holding::LOAN_CLASS),
            status,
            available: text(&holding::LEND).and_then(|l| lend_flag(&l)),
        });
    }
    Ok(Some(out))
}

/// The title code where the page carries it besides the タイトルコード row:
/// the form's `tilcod` / `yoy_directtilcod`, the reserve and cart buttons
/// (not links: the page links other titles too).
fn page_tilcod(doc: &Html) -> Option<String> {
    let form = Form::from_page(doc, "LBForm");
    ["tilcod", "yoy_directtilcod"]
        .into_iter()
        .find_map(|name| {
            form.as_ref()
                .and_then(|f| f.get(name))
                .map(str::trim)
                .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()))
                .map(str::to_string)
        })
        .or_else(|| button_tilcod(doc.root_element()))
}

fn note_missing(fact: &Fact) {
    notes::missing_field(LABEL, fact.label(), fact.name);
}

pub fn parse_detail(doc: &Html) -> Result<TitleDetail> {
    let fields = fields(doc);
    if fields.is_empty() {
        return Err(ClientError::layout(
            LABEL,
            format!("no table summarised {}", layout::SUMMARIES.join(" / ")),
        ));
    }
    let value = |fact: &Fact| {
        fields
            .iter()
            .find(|f| labels(&f.label, fact) && !f.value.is_empty())
            .map(|f| f.value.clone())
    };
    // Optional fields: absent ones are noted (a title without an ISBN, say).
    let optional = |fact: &Fact| {
        let v = value(fact);
        if v.is_none() {
            note_missing(fact);
        }
        v
    };
    let title = value(&layout::TITLE).ok_or_else(|| {
        ClientError::layout(
            LABEL,
            format!("no {} in {}", layout::TITLE.label(), layout::SUMMARIES[0]),
        )
    })?;
    let id = value(&layout::ID)
        .or_else(|| page_tilcod(doc))
        .ok_or_else(|| ClientError::layout(LABEL, "no title code"))?;
    let counts = counts(doc);
    if counts.is_none() {
        notes::note(
            LABEL,
            format!(
                "no {} table; copies, in_stock and reservations left empty",
                layout::COUNTS_SUMMARIES[0]
            ),
        );
    }
    let count = |fact: &Fact| {
        let counts = counts.as_ref()?;
        let found = counts.iter().find(|(label, abbr, _)| {
            labels(label, fact) || (!abbr.is_empty() && labels(abbr, fact))
        });
        if found.is_none() {
            note_missing(fact);
        }
        found.and_then(|(_, _, v)| *v)
    };
    let copies = count(&layout::COPIES);
    let in_stock = count(&layout::IN_STOCK);
    let reservations = count(&layout::RESERVATIONS);
    let holdings = match holdings(doc)? {
        Some(h) => Some(h),
        // The page says there is nothing to list.
        None if copies == Some(0) => Some(Vec::new()),
        None => {
            notes::note(
                LABEL,
                format!("no {} table; holdings left empty", holding::SUMMARY_PREFIX),
            );
            None
        }
    };
    let call_number = value(&layout::CALL).or_else(|| {
        holdings
            .iter()
            .flatten()
            .find_map(|h| h.call_number.clone())
    });
    if call_number.is_none() {
        note_missing(&layout::CALL);
    }
    Ok(TitleDetail {
        call_number,
        id,
        title,
        author: optional(&layout::AUTHOR).and_then(|a| author_name(&a)),
        publisher: optional(&layout::PUBLISHER),
        published: optional(&layout::PUBLISHED).and_then(|p| published_from_site(&p)),
        isbn: optional(&layout::ISBN),
        classification: optional(&layout::CLASS),
        subjects: fields
            .iter()
            .filter(|f| labels(&f.label, &layout::SUBJECTS) && !f.value.is_empty())
            .map(|f| f.value.clone())
            .collect(),
        material_type: optional(&layout::KIND),
        copies,
        in_stock,
        reservations,
        holdings,
        fields,
    })
}

/// Classifies and reads a detail answer. `None` when the site answers with
/// the search form saying 該当する書誌がありません。 (an unknown title code).
pub fn read_answer(doc: &Html) -> Result<Option<TitleDetail>> {
    let tokens = page::classify(
        doc,
        &[screen::DETAIL, screen::DETAIL_WRITE, screen::SEARCH_FORM],
    )?;
    if tokens.gamenid != screen::SEARCH_FORM {
        return parse_detail(doc).map(Some);
    }
    match super::search::read_answer(doc) {
        Ok(super::search::Answer::NoHits) => Ok(None),
        Ok(super::search::Answer::List(_)) => Err(ClientError::layout(
            LABEL,
            "a result list instead of the detail",
        )),
        Err(e) => Err(e),
    }
}

/// A whole detail page (tests, tools).
pub fn detail_page(body: &str) -> Result<Option<TitleDetail>> {
    read_answer(&Html::parse_document(body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::parse::testing::{drop_column, drop_labelled_rows, drop_where, notes};

    const PAGE: &str = include_str!("../../../tests/fixtures/real/nishinomiya/detail-1.html");
    const HOLDINGS: &str = "table[summary=\"資料情報２\"]";
    const FIELDS: &str = "table[summary=\"詳細情報\"]";

    #[test]
    fn a_holdings_table_without_an_optional_column_reads_it_as_null_and_says_so() {
        notes();
        let d = parse_detail(&drop_column(PAGE, HOLDINGS, "資料番号")).unwrap();
        let copies = d.holdings.expect("a holdings table");
        assert_eq!(copies[0].item_no, None);
        assert_eq!(copies[0].library, "北口図書館");
        assert_eq!(copies[0].material_type.as_deref(), Some("一般和書"));
        assert_eq!(copies[0].status, "在庫");
        assert!(notes().iter().any(|n| n.contains("資料番号")));
    }

    #[test]
    fn a_holdings_table_without_status_is_a_layout_error() {
        let err = parse_detail(&drop_column(PAGE, HOLDINGS, "状態")).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
        assert!(err.to_string().contains("状態"), "{err}");
    }

    #[test]
    fn a_missing_optional_field_is_null_and_noted() {
        notes();
        let d = parse_detail(&drop_labelled_rows(PAGE, FIELDS, "書誌種別")).unwrap();
        assert_eq!(d.material_type, None);
        assert_eq!(d.title, "愛の哲学");
        assert_eq!(d.isbn.as_deref(), Some("4-04-067384-4"));
        assert!(notes().iter().any(|n| n.contains("書誌種別")));
    }

    #[test]
    fn a_title_without_its_title_is_a_layout_error() {
        let err = parse_detail(&drop_labelled_rows(PAGE, FIELDS, "書名")).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
    }

    #[test]
    fn the_title_code_comes_from_the_page_without_its_row() {
        let no_row = drop_labelled_rows(PAGE, FIELDS, "タイトルコード");
        let d = parse_detail(&no_row).unwrap();
        assert_eq!(d.id, "1000000961766");
        // Nor in the form: the reserve and cart buttons still carry it.
        let no_form = drop_where(&no_row.root_element().html(), "input", |i| {
            matches!(i.value().attr("name"), Some("tilcod" | "yoy_directtilcod"))
        });
        assert_eq!(parse_detail(&no_form).unwrap().id, "1000000961766");
    }

    #[test]
    fn without_holdings_or_counts_a_title_still_reads() {
        notes();
        let no_holdings = drop_where(PAGE, "table", |t| {
            t.value().attr("summary") == Some("資料情報２")
        });
        let d = parse_detail(&no_holdings).unwrap();
        assert_eq!(d.holdings, None, "unknown, not none");
        assert_eq!(d.copies, Some(1));
        assert!(notes().iter().any(|n| n.contains("資料情報")));

        let bare = drop_where(PAGE, "table", |t| {
            matches!(t.value().attr("summary"), Some("資料情報２" | "蔵書情報"))
        });
        let d = parse_detail(&bare).unwrap();
        assert_eq!((d.copies, d.in_stock, d.reservations), (None, None, None));
        assert_eq!(d.holdings, None);
        assert_eq!(d.call_number, None, "no copy to take it from");
        let said = notes();
        assert!(said.iter().any(|n| n.contains("蔵書情報")), "{said:?}");
    }
}
