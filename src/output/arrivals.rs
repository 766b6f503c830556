//! 新着資料: the genre menu and the new arrivals.

use super::{Col, Output};
use crate::error::CliError;
use crate::model::{Genre, NewArrival};

pub fn flag(available: Option<bool>) -> &'static str {
    match available {
        Some(true) => "○",
        Some(false) => "×",
        None => "-",
    }
}

/// Genre codes and names.
pub fn genres(out: &Output, genres: &[Genre]) -> Result<(), CliError> {
    let lang = out.lang;
    super::grouped(
        out,
        &[(None, genres)],
        &[
            Col::fixed(lang.t("コード", "Code")),
            Col::yielding(lang.t("ジャンル", "Genre")),
        ],
        |g: &Genre| vec![g.code.clone(), g.name.clone()],
        lang.t("ジャンルがありません。", "The site lists no genres."),
    )
}

/// Title with its volume, as one cell.
pub fn title_cell(a: &NewArrival) -> String {
    match a.volume.as_deref().filter(|v| !v.is_empty()) {
        Some(v) => format!("{}　{v}", a.title),
        None => a.title.clone(),
    }
}

/// New arrivals of one or more genres: a JSON array or one table.
pub fn arrivals(out: &Output, arrivals: &[NewArrival]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::yielding(lang.t("ジャンル", "Genre")),
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::yielding(lang.t("著者", "Author")),
        Col::yielding(lang.t("出版者", "Publisher")),
        Col::fixed(lang.t("出版", "Published")),
        Col::fixed(lang.t("種別", "Type")),
        Col::fixed(lang.t("貸出", "Avail")),
    ];
    let row = |a: &NewArrival| {
        vec![
            a.genre_name.clone(),
            a.id.clone(),
            title_cell(a),
            super::or_dash(a.author.as_deref()),
            super::or_dash(a.publisher.as_deref()),
            super::or_dash(a.published.as_deref()),
            super::or_dash(a.material_type.as_deref()),
            flag(a.available).to_string(),
        ]
    };
    super::grouped(
        out,
        &[(None, arrivals)],
        &headers,
        row,
        lang.t("新着資料はありません。", "No new arrivals."),
    )
}
