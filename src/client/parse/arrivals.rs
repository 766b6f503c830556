//! 新着資料 (docs/protocol.md#new-arrivals): the genre menu (新着資料ジャンル一覧,
//! `tiles.WMsgNewMenu`) and a genre's list (新着資料一覧, `tiles.WMsgNewList`).
//! Both tables are found by their header text (`layouts::genres`,
//! `layouts::arrivals`): the menu's `summary` is a copy-paste from the
//! ranking screen (`貸出／予約ベスト一覧表`) and the list's is the generic
//! `1行目が見出しで、…`.

use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::layouts::{arrivals as layout, genres};
use super::search::{author_name, cell_text, lend_flag};
use super::table::{Columns, Located, by_header, cells, read_rows};
use crate::client::error::{ClientError, Result};
use crate::client::page::screen;
use crate::client::page::{self, Tokens};
use crate::client::text::squeeze;
use crate::model::catalog::published_from_site;
use crate::model::{Genre, NewArrival};

/// The `h1` of each screen (what identifies a page served without tokens).
pub const MENU_HEADING: &str = "新着資料ジャンル一覧";
pub const LIST_HEADING: &str = "新着資料一覧";

const MENU: &str = genres::TABLE.label;
const LIST: &str = layout::TABLE.label;

static GENRE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:[?&]newMenuCode=|infoNext\(\s*['"])([0-9A-Za-z]+)"#).expect("valid regex")
});
static TILCOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:[?&]tilcod=|infoNext\(\s*['"])(\d{5,})"#).expect("valid regex")
});

/// The expected screen by its `gamenid`, or — for a page that carries no
/// page tokens — by its `h1`. Anything else is classified as usual
/// (session, maintenance, site message, layout).
pub fn classify(doc: &Html, gamenid: &str, heading: &str) -> Result<()> {
    if page::has_login_form(doc) {
        return Err(ClientError::SessionGone);
    }
    match Tokens::from_page(doc) {
        Some(t) if t.gamenid == gamenid => return Ok(()),
        None if doc.select(sel!("h1")).any(|h| squeeze(h) == heading) => return Ok(()),
        _ => {}
    }
    page::classify(doc, &[gamenid]).map(|_| ())
}

fn codes_of(a: ElementRef<'_>, re: &Regex) -> Option<String> {
    [a.value().attr("href"), a.value().attr("onclick")]
        .into_iter()
        .flatten()
        .find_map(|s| re.captures(s).map(|c| c[1].to_string()))
}

/// The genres of the menu, in the site's order.
pub fn parse_genres(doc: &Html) -> Result<Vec<Genre>> {
    let table = by_header(doc, &genres::TABLE).ok_or_else(|| {
        ClientError::layout(MENU, format!("no table headed {}", genres::GENRE.label()))
    })?;
    let mut found: Vec<Genre> = Vec::new();
    for a in table.select(sel!("tbody a")) {
        let Some(code) = codes_of(a, &GENRE_CODE) else {
            continue;
        };
        let name = squeeze(a);
        if name.is_empty() {
            return Err(ClientError::layout(
                MENU,
                format!("genre {code} has no name"),
            ));
        }
        if !found.iter().any(|g| g.code == code) {
            found.push(Genre { code, name });
        }
    }
    if found.is_empty() {
        return Err(ClientError::layout(MENU, "no genre links (newMenuCode)"));
    }
    Ok(found)
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn parse_row(
    row: ElementRef<'_>,
    cols: &Located,
    genre: &Genre,
) -> std::result::Result<NewArrival, String> {
    let cells = cells(row);
    let column = |fact| cols.at(fact).and_then(|i| cells.get(i).copied());
    let text = |fact| column(fact).map(cell_text);
    let title_cell = column(&layout::TITLE).ok_or("no title cell")?;
    let link = title_cell
        .select(sel!("a"))
        .find(|a| codes_of(*a, &TILCOD).is_some());
    // The code from the title link, else from any link of the row.
    let id = link
        .and_then(|a| codes_of(a, &TILCOD))
        .or_else(|| row.select(sel!("a")).find_map(|a| codes_of(a, &TILCOD)))
        .ok_or("no title code")?;
    let title = cell_text(link.unwrap_or(title_cell));
    if title.is_empty() {
        return Err(format!("title {id} has no text"));
    }
    Ok(NewArrival {
        genre: genre.code.clone(),
        genre_name: genre.name.clone(),
        id,
        title,
        volume: text(&layout::VOLUME).and_then(non_empty),
        author: text(&layout::AUTHOR).and_then(|a| author_name(&a)),
        publisher: text(&layout::PUBLISHER).and_then(non_empty),
        published: text(&layout::PUBLISHED).and_then(|p| published_from_site(&p)),
        material_type: text(&layout::KIND).and_then(non_empty),
        classification: text(&layout::CLASS).and_then(non_empty),
        available: text(&layout::LEND).and_then(|l| lend_flag(&l)),
    })
}

/// The rows of a genre's list (all on one page: the site does not page it).
pub fn parse_arrivals(doc: &Html, genre: &Genre) -> Result<Vec<NewArrival>> {
    let table = by_header(doc, &layout::TABLE).ok_or_else(|| {
        ClientError::layout(LIST, format!("no table headed {}", layout::TITLE.label()))
    })?;
    let cols = Columns::locate(table, &layout::TABLE)?;
    read_rows(table, &cols, LIST, |row, cols| parse_row(row, cols, genre))
}

/// Classifies and reads a whole genre menu page.
pub fn genres_page(body: &str) -> Result<Vec<Genre>> {
    let doc = Html::parse_document(body);
    classify(&doc, screen::ARRIVALS_MENU, MENU_HEADING)?;
    parse_genres(&doc)
}

/// Classifies and reads a whole genre list page.
pub fn arrivals_page(body: &str, genre: &Genre) -> Result<Vec<NewArrival>> {
    let doc = Html::parse_document(body);
    classify(&doc, screen::ARRIVALS_LIST, LIST_HEADING)?;
    parse_arrivals(&doc, genre)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::parse::testing::{drop_column, notes, rename_header};

    const MENU_PAGE: &str =
        include_str!("../../../tests/fixtures/real/nishinomiya/arrivals-menu-1.html");
    const LIST_PAGE: &str =
        include_str!("../../../tests/fixtures/real/nishinomiya/arrivals-1.html");
    const TABLE: &str = "table.list";

    fn genre() -> Genre {
        Genre {
            code: "22".into(),
            name: "日本の小説".into(),
        }
    }

    #[test]
    fn a_list_without_an_optional_column_reads_it_as_null_and_says_so() {
        notes();
        let rows = parse_arrivals(&drop_column(LIST_PAGE, TABLE, "書誌種別"), &genre()).unwrap();
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.material_type.is_none()));
        assert_eq!(rows[1].volume.as_deref(), Some("2"));
        assert_eq!(rows[0].available, Some(false));
        assert!(notes().iter().any(|n| n.contains("書誌種別")));
    }

    #[test]
    fn a_list_without_its_title_column_is_a_layout_error() {
        let err = parse_arrivals(&drop_column(LIST_PAGE, TABLE, "書名"), &genre()).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
    }

    #[test]
    fn a_list_under_other_wordings_is_read_by_wording_and_content() {
        notes();
        let mut body = LIST_PAGE.to_string();
        for (from, to) in [("書名", "標題"), ("著者", "著者名"), ("出版者", "出版社")]
        {
            body = rename_header(&body, TABLE, from, to).root_element().html();
        }
        let rows = parse_arrivals(&Html::parse_document(&body), &genre()).unwrap();
        assert_eq!(rows[0].title, "御成敗式目の殺人");
        assert_eq!(rows[0].author.as_deref(), Some("羽生 飛鳥"));
        assert_eq!(rows[0].publisher.as_deref(), Some("中央公論新社"));
        assert!(notes().is_empty());
    }

    #[test]
    fn a_menu_headed_otherwise_is_a_layout_error() {
        // Its summary is the ranking screen's, copied: only the header tells.
        assert!(MENU_PAGE.contains("summary=\"貸出／予約ベスト一覧表\""));
        assert_eq!(
            parse_genres(&Html::parse_document(MENU_PAGE))
                .unwrap()
                .len(),
            3
        );
        let doc = rename_header(MENU_PAGE, TABLE, "ジャンル", "一覧");
        let err = parse_genres(&doc).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
        assert!(err.to_string().contains("ジャンル"), "{err}");
    }
}
