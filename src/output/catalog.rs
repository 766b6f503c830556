//! Search hits, one title with its holdings, and the branch list.

use super::{Col, Output};
use crate::error::CliError;
use crate::model::{Branch, Hit, TitleDetail};

fn flag(available: Option<bool>) -> &'static str {
    match available {
        Some(true) => "○",
        Some(false) => "×",
        None => "-",
    }
}

/// The hits of a search: a JSON array, or a table.
pub fn hits(out: &Output, hits: &[Hit]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::yielding(lang.t("著者", "Author")),
        Col::yielding(lang.t("出版者", "Publisher")),
        Col::fixed(lang.t("出版", "Published")),
        Col::fixed(lang.t("種別", "Type")),
        Col::fixed(lang.t("貸出", "Avail")),
    ];
    let row = |h: &Hit| {
        vec![
            h.id.clone(),
            h.title.clone(),
            super::or_dash(h.author.as_deref()),
            super::or_dash(h.publisher.as_deref()),
            super::or_dash(h.published.as_deref()),
            super::or_dash(h.material_type.as_deref()),
            flag(h.available).to_string(),
        ]
    };
    super::grouped(
        out,
        &[(None, hits)],
        &headers,
        row,
        lang.t("該当する書誌はありません。", "No titles found."),
    )
}

fn count(n: Option<u32>) -> String {
    n.map_or_else(|| "-".into(), |n| n.to_string())
}

/// One title: a JSON object, or a field table and a holdings table.
pub fn detail(out: &Output, d: &TitleDetail) -> Result<(), CliError> {
    if out.json {
        return out.json(d);
    }
    let lang = out.lang;
    let mut table = out.new_table(&[
        Col::fixed(lang.t("項目", "Field")),
        Col::yielding(lang.t("内容", "Value")),
    ]);
    let subjects = d.subjects.join(" / ");
    let rows: [(&str, String); 11] = [
        ("ID", d.id.clone()),
        (lang.t("書名", "Title"), d.title.clone()),
        (
            lang.t("著者", "Author"),
            super::or_dash(d.author.as_deref()),
        ),
        (
            lang.t("出版者", "Publisher"),
            super::or_dash(d.publisher.as_deref()),
        ),
        (
            lang.t("出版", "Published"),
            super::or_dash(d.published.as_deref()),
        ),
        ("ISBN", super::or_dash(d.isbn.as_deref())),
        (
            lang.t("請求記号", "Call number"),
            super::or_dash(d.call_number.as_deref()),
        ),
        (
            lang.t("分類", "Class"),
            super::or_dash(d.classification.as_deref()),
        ),
        (lang.t("件名", "Subjects"), super::or_dash(Some(&subjects))),
        (
            lang.t("種別", "Type"),
            super::or_dash(d.material_type.as_deref()),
        ),
        (
            lang.t("所蔵/在庫/予約", "Copies/in/reserved"),
            format!(
                "{} / {} / {}",
                count(d.copies),
                count(d.in_stock),
                count(d.reservations)
            ),
        ),
    ];
    for (label, value) in rows {
        table.add_row(vec![label.to_string(), value]);
    }
    out.table(&table)?;
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
        Col::yielding(lang.t("所蔵館", "Library")),
        Col::fixed(lang.t("資料番号", "Item")),
        Col::fixed(lang.t("請求記号", "Call number")),
        Col::yielding(lang.t("配架場所", "Location")),
        Col::fixed(lang.t("状態", "Status")),
        Col::fixed(lang.t("貸出", "Avail")),
    ]);
    for h in copies {
        holdings.add_row(vec![
            h.library.clone(),
            super::or_dash(h.item_no.as_deref()),
            super::or_dash(h.call_number.as_deref()),
            super::or_dash(h.location.as_deref()),
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
        &[
            Col::fixed(lang.t("コード", "Code")),
            Col::yielding(lang.t("図書館", "Library")),
        ],
        |b: &Branch| vec![b.code.clone(), b.name.clone()],
        lang.t("図書館の一覧がありません。", "The site lists no libraries."),
    )
}
