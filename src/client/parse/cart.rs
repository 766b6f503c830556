//! The site's 予約カート page (`tiles.WYoyCart`; modelled from the product's
//! screen names — no live capture exists). Columns by `layouts::cart`.

use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::layouts::cart::{self as layout, TABLE};
use super::table::{Columns, Located, cells, list_table, read_rows};
use crate::client::error::Result;
use crate::client::text::{split_title_line, squeeze, text_keep_ideographic};
use crate::model::CartItem;

const LABEL: &str = TABLE.label;

static TILCOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"tilcod=(\d+)").expect("valid regex"));

pub fn parse_cart(doc: &Html) -> Result<Vec<CartItem>> {
    let Some(table) = list_table(doc, LABEL, layout::SUMMARIES)? else {
        return Ok(Vec::new());
    };
    let cols = Columns::locate(table, &TABLE)?;
    read_rows(table, &cols, LABEL, parse_row)
}

fn parse_row(row: ElementRef<'_>, cols: &Located) -> std::result::Result<CartItem, String> {
    let cells = cells(row);
    let column = |fact| cols.at(fact).and_then(|i| cells.get(i).copied());
    let title_cell = column(&layout::TITLE).ok_or("no title cell")?;
    // The row's checkbox carries the code; else any detail link of the row.
    let id = row
        .select(sel!("input[name=yoycartchk]"))
        .find_map(|c| c.value().attr("value"))
        .map(str::to_string)
        .filter(|id| !id.is_empty())
        .or_else(|| {
            row.select(sel!("a[href]")).find_map(|a| {
                TILCOD
                    .captures(a.value().attr("href")?)
                    .map(|c| c[1].to_string())
            })
        })
        .ok_or("no title code")?;
    let line = split_title_line(&text_keep_ideographic(title_cell));
    if line.title.is_empty() {
        return Err(format!("title {id} has no text"));
    }
    Ok(CartItem {
        id,
        title: line.title,
        author: line.author,
        publisher: line.publisher,
        material_type: column(&layout::KIND).map(squeeze).filter(|t| !t.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::error::ClientError;
    use crate::client::parse::testing::{drop_column, notes};

    // No live capture of the cart exists: the simulator's templates model it.
    const BODY: &str = include_str!("../../sim/templates/cart_body.html");
    const TABLE_HTML: &str = include_str!("../../sim/templates/cart_table.html");
    const ROW: &str = include_str!("../../sim/templates/cart_row.html");
    const SUMMARY: &str = "table[summary=\"予約カート一覧表\"]";

    fn page(rows: &[(&str, &str, &str)], count: usize) -> String {
        let rows: String = rows
            .iter()
            .enumerate()
            .map(|(i, (tilcod, line, kind))| {
                ROW.replace("{{N}}", &(i + 1).to_string())
                    .replace("{{TILCOD}}", tilcod)
                    .replace("{{TITLE_LINE}}", line)
                    .replace("{{KIND}}", kind)
            })
            .collect();
        let table = if rows.is_empty() {
            String::new()
        } else {
            TABLE_HTML.replace("{{ROWS}}", &rows)
        };
        let body = BODY
            .replace("{{MESSAGES}}", "")
            .replace("{{HASH}}", "")
            .replace("{{COUNT}}", &count.to_string())
            .replace("{{TABLE}}", &table);
        format!("<html><body>{body}</body></html>")
    }

    fn two() -> String {
        page(
            &[
                (
                    "1000000961766",
                    "愛の哲学　柴門 ふみ／著　KADOKAWA",
                    "一般図書",
                ),
                (
                    "1000002099999",
                    "ぐりとぐら　なかがわ りえこ／さく　福音館書店",
                    "児童図書",
                ),
            ],
            2,
        )
    }

    #[test]
    fn reads_the_modelled_page() {
        let items = parse_cart(&Html::parse_document(&two())).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, "1000000961766");
        assert_eq!(items[0].title, "愛の哲学");
        assert_eq!(items[0].author.as_deref(), Some("柴門 ふみ"));
        assert_eq!(items[1].material_type.as_deref(), Some("児童図書"));
    }

    #[test]
    fn a_cart_without_an_optional_column_reads_it_as_null_and_says_so() {
        notes();
        let items = parse_cart(&drop_column(&two(), SUMMARY, "書誌種別")).unwrap();
        assert_eq!(items.len(), 2);
        assert!(items.iter().all(|i| i.material_type.is_none()));
        assert_eq!(items[1].title, "ぐりとぐら");
        assert!(notes().iter().any(|n| n.contains("書誌種別")));
    }

    #[test]
    fn a_cart_without_its_title_column_is_a_layout_error() {
        let err = parse_cart(&drop_column(&two(), SUMMARY, "資料名")).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
    }

    #[test]
    fn no_table_is_an_empty_cart_only_when_the_page_says_zero() {
        assert!(
            parse_cart(&Html::parse_document(&page(&[], 0)))
                .unwrap()
                .is_empty()
        );
        let unrecognised = two().replace("予約カート一覧表", "カート資料一覧");
        let err = parse_cart(&Html::parse_document(&unrecognised)).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
    }
}
