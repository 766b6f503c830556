//! 新着資料: the genre menu and the new arrivals.

use super::Output;
use super::catalog::{HIT_COLUMNS, hit_cells};
use super::columns::{CODE, GENRE};
use crate::error::CliError;
use crate::model::{Genre, Hit, NewArrival};

/// Genre codes and names.
pub fn genres(out: &Output, genres: &[Genre]) -> Result<(), CliError> {
    let lang = out.lang;
    super::grouped(
        out,
        &[(None, genres)],
        &[CODE, GENRE],
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

/// An arrival as the search hit it is, its volume in its title: so that
/// both tables show a title alike.
fn as_hit(a: &NewArrival) -> Hit {
    Hit {
        id: a.id.clone(),
        title: title_cell(a),
        author: a.author.clone(),
        publisher: a.publisher.clone(),
        material_type: a.material_type.clone(),
        published: a.published.clone(),
        classification: a.classification.clone(),
        available: a.available,
    }
}

/// New arrivals of one or more genres: a JSON array or one table of the
/// genre and the columns of a search hit.
pub fn arrivals(out: &Output, arrivals: &[NewArrival]) -> Result<(), CliError> {
    let headers: Vec<_> = std::iter::once(GENRE).chain(HIT_COLUMNS).collect();
    let row = |a: &NewArrival| {
        let mut cells = vec![a.genre_name.clone()];
        cells.extend(hit_cells(&as_hit(a)));
        cells
    };
    let empty = out.lang.t("新着資料はありません。", "No new arrivals.");
    super::grouped(out, &[(None, arrivals)], &headers, row, empty)
}
