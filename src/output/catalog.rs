//! Search hits, one title with its holdings, and the branch list.

use super::columns::{
    AUTHOR, AVAIL, CODE, Column, FIELD, ID, LIBRARY, PUBLISHED, PUBLISHER, TITLE, TYPE,
};
use super::{Output, or_dash, value_or_dash};
use crate::error::CliError;
use crate::model::{Branch, Hit, TitleDetail};

/// 貸出 as the site marks it: ○ available, × not, - when it shows neither.
pub fn flag(available: Option<bool>) -> &'static str {
    match available {
        Some(true) => "○",
        Some(false) => "×",
        None => "-",
    }
}

/// The columns of a hit; new arrivals show them too.
pub const HIT_COLUMNS: [Column; 7] = [ID, TITLE, AUTHOR, PUBLISHER, PUBLISHED, TYPE, AVAIL];

/// A hit's cells under [`HIT_COLUMNS`].
pub fn hit_cells(h: &Hit) -> Vec<String> {
    vec![
        h.id.clone(),
        h.title.clone(),
        or_dash(h.author.as_deref()),
        or_dash(h.publisher.as_deref()),
        or_dash(h.published.as_deref()),
        or_dash(h.material_type.as_deref()),
        flag(h.available).to_string(),
    ]
}

/// The hits of a search: a JSON array, or a table.
pub fn hits(out: &Output, hits: &[Hit]) -> Result<(), CliError> {
    let empty = out.lang.t("該当する書誌はありません。", "No titles found.");
    super::grouped(out, &[(None, hits)], &HIT_COLUMNS, hit_cells, empty)
}

/// One title: a JSON object, or a field table and a holdings table.
pub fn detail(out: &Output, d: &TitleDetail) -> Result<(), CliError> {
    if out.json {
        return out.json(d);
    }
    let lang = out.lang;
    let subjects = d.subjects.join(" / ");
    let counts = [d.copies, d.in_stock, d.reservations].map(value_or_dash);
    let rows = vec![
        (ID.header(lang), d.id.clone()),
        (TITLE.header(lang), d.title.clone()),
        (AUTHOR.header(lang), or_dash(d.author.as_deref())),
        (PUBLISHER.header(lang), or_dash(d.publisher.as_deref())),
        (PUBLISHED.header(lang), or_dash(d.published.as_deref())),
        ("ISBN", or_dash(d.isbn.as_deref())),
        (
            lang.t("請求記号", "Call number"),
            or_dash(d.call_number.as_deref()),
        ),
        (
            lang.t("分類", "Class"),
            or_dash(d.classification.as_deref()),
        ),
        (lang.t("件名", "Subjects"), or_dash(Some(&subjects))),
        (TYPE.header(lang), or_dash(d.material_type.as_deref())),
        (
            lang.t("所蔵/在庫/予約", "Copies/in/reserved"),
            counts.join(" / "),
        ),
    ];
    out.fields(FIELD, rows)?;
    let copies = match d.holdings.as_deref() {
        None => {
            out.note(lang.t(
                "このページには所蔵資料の表がありません。",
                "The page shows no table of copies.",
            ));
            return Ok(());
        }
        Some([]) => {
            out.note(lang.t("所蔵資料はありません。", "No copies."));
            return Ok(());
        }
        Some(copies) => copies,
    };
    let mut holdings = out.new_table(&[
        Column::yielding("所蔵館", "Library"),
        Column::fixed("資料番号", "Item"),
        Column::fixed("請求記号", "Call number"),
        Column::yielding("配架場所", "Location"),
        Column::fixed("状態", "Status"),
        AVAIL,
    ]);
    for h in copies {
        holdings.add_row(vec![
            h.library.clone(),
            or_dash(h.item_no.as_deref()),
            or_dash(h.call_number.as_deref()),
            or_dash(h.location.as_deref()),
            h.status.clone(),
            flag(h.available).to_string(),
        ]);
    }
    out.table(&holdings)
}

/// Branch codes and names.
pub fn branches(out: &Output, branches: &[Branch]) -> Result<(), CliError> {
    let lang = out.lang;
    super::grouped(
        out,
        &[(None, branches)],
        &[CODE, LIBRARY],
        |b: &Branch| vec![b.code.clone(), b.name.clone()],
        lang.t("図書館の一覧がありません。", "The site lists no libraries."),
    )
}
