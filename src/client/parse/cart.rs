//! The site's 予約カート page (`tiles.WYoyCart`; modelled from the product's
//! screen names — no live capture exists).

use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use super::table::{Columns, body_rows, cells};
use crate::client::error::{ClientError, Result};
use crate::client::text::{split_title_line, squeeze, text_keep_ideographic};
use crate::model::CartItem;

static TILCOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"tilcod=(\d+)").expect("valid regex"));

pub fn parse_cart(doc: &Html) -> Result<Vec<CartItem>> {
    let Some(table) = doc
        .select(sel!("table[summary=\"予約カート一覧表\"]"))
        .next()
    else {
        // An empty cart shows no table.
        return Ok(Vec::new());
    };
    let cols = Columns::from_table(table);
    let title_at = cols
        .find(|t| t.starts_with("資料名"))
        .ok_or_else(|| ClientError::layout("cart", "no 資料名 column"))?;
    let kind_at = cols.find(|t| t.starts_with("書誌種別"));
    let mut items = Vec::new();
    for row in body_rows(table) {
        let cells = cells(row);
        let title_cell = cells
            .get(title_at)
            .ok_or_else(|| ClientError::layout("cart", "short row"))?;
        let tilcod = row
            .select(sel!("input[name=yoycartchk]"))
            .next()
            .and_then(|c| c.value().attr("value"))
            .map(str::to_string)
            .or_else(|| {
                let href = title_cell
                    .select(sel!("a[href]"))
                    .next()?
                    .value()
                    .attr("href")?;
                TILCOD.captures(href).map(|c| c[1].to_string())
            })
            .ok_or_else(|| ClientError::layout("cart", "a row without a title code"))?;
        let line = split_title_line(&text_keep_ideographic(*title_cell));
        items.push(CartItem {
            id: tilcod,
            title: line.title,
            author: line.author,
            publisher: line.publisher,
            material_type: kind_at
                .and_then(|i| cells.get(i))
                .map(|c| squeeze(*c))
                .unwrap_or_default(),
        });
    }
    Ok(items)
}
