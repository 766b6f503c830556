//! 新着資料 (research §22): the genre menu (新着資料ジャンル一覧,
//! `tiles.WMsgNewMenu`) and a genre's list (新着資料一覧, `tiles.WMsgNewList`).
//! Both tables are found by their header text: the menu's `summary` is a
//! copy-paste from the ranking screen (`貸出／予約ベスト一覧表`) and the
//! list's is the generic `1行目が見出しで、…`.

use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::search::{author_name, cell_text, lend_flag};
use super::table::{Columns, body_rows, cells};
use crate::client::error::{ClientError, Result};
use crate::client::page::{self, Tokens};
use crate::client::text::squeeze;
use crate::model::catalog::published_from_site;
use crate::model::{Genre, NewArrival};

pub const SCREEN_MENU: &str = "tiles.WMsgNewMenu";
pub const SCREEN_LIST: &str = "tiles.WMsgNewList";
/// The `h1` of each screen (what identifies a page served without tokens).
pub const MENU_HEADING: &str = "新着資料ジャンル一覧";
pub const LIST_HEADING: &str = "新着資料一覧";

const MENU: &str = "new-arrival genres";
const LIST: &str = "new arrivals";

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

/// The first table with a header cell satisfying `wanted`.
fn table_headed<'a>(doc: &'a Html, wanted: impl Fn(&Columns) -> bool) -> Option<ElementRef<'a>> {
    doc.select(sel!("table"))
        .find(|t| wanted(&Columns::from_table(*t)))
}

fn codes_of(a: ElementRef<'_>, re: &Regex) -> Option<String> {
    [a.value().attr("href"), a.value().attr("onclick")]
        .into_iter()
        .flatten()
        .find_map(|s| re.captures(s).map(|c| c[1].to_string()))
}

/// The genres of the menu, in the site's order.
pub fn parse_genres(doc: &Html) -> Result<Vec<Genre>> {
    let table = table_headed(doc, |c| c.find(|h| h == "ジャンル").is_some())
        .ok_or_else(|| ClientError::layout(MENU, "no table headed ジャンル"))?;
    let mut genres: Vec<Genre> = Vec::new();
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
        if !genres.iter().any(|g| g.code == code) {
            genres.push(Genre { code, name });
        }
    }
    if genres.is_empty() {
        return Err(ClientError::layout(MENU, "no genre links (newMenuCode)"));
    }
    Ok(genres)
}

struct ListColumns {
    kind: usize,
    title: usize,
    volume: Option<usize>,
    author: Option<usize>,
    publisher: Option<usize>,
    published: Option<usize>,
    class: Option<usize>,
    lend: Option<usize>,
}

impl ListColumns {
    fn locate(cols: &Columns) -> Result<ListColumns> {
        Ok(ListColumns {
            kind: cols.require(LIST, "書誌種別", |t| t.starts_with("書誌種別"))?,
            title: cols.require(LIST, "書名", |t| t == "書名")?,
            volume: cols.find(|t| t == "巻次"),
            author: cols.find(|t| t.starts_with("著者")),
            publisher: cols.find(|t| matches!(t, "出版者" | "出版社")),
            // Exactly: `出版` alone would also find 出版者.
            published: cols.find(|t| t == "出版年月"),
            class: cols.find(|t| t == "分類"),
            lend: cols.find(|t| t == "貸出"),
        })
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn parse_row(
    row: ElementRef<'_>,
    cols: &ListColumns,
    genre: &Genre,
) -> std::result::Result<NewArrival, String> {
    let cells = cells(row);
    let cell = |i: usize| {
        cells
            .get(i)
            .copied()
            .ok_or_else(|| format!("missing cell {i}"))
    };
    let optional = |i: Option<usize>| i.and_then(|i| cells.get(i).copied()).map(cell_text);
    let link = cell(cols.title)?
        .select(sel!("a"))
        .find(|a| codes_of(*a, &TILCOD).is_some())
        .ok_or("no title link with a tilcod")?;
    let id = codes_of(link, &TILCOD).ok_or("no title code")?;
    let title = cell_text(link);
    if title.is_empty() {
        return Err(format!("title {id} has no text"));
    }
    Ok(NewArrival {
        genre: genre.code.clone(),
        genre_name: genre.name.clone(),
        id,
        title,
        volume: optional(cols.volume).and_then(non_empty),
        author: optional(cols.author).and_then(|a| author_name(&a)),
        publisher: optional(cols.publisher).and_then(non_empty),
        published: optional(cols.published).and_then(|p| published_from_site(&p)),
        material_type: cell_text(cell(cols.kind)?),
        classification: optional(cols.class).and_then(non_empty),
        available: optional(cols.lend).and_then(|l| lend_flag(&l)),
    })
}

/// The rows of a genre's list (all on one page: the site does not page it).
pub fn parse_arrivals(doc: &Html, genre: &Genre) -> Result<Vec<NewArrival>> {
    let table = table_headed(doc, |c| {
        c.find(|t| t == "書名").is_some() && c.find(|t| t == "出版年月").is_some()
    })
    .ok_or_else(|| ClientError::layout(LIST, "no table headed 書名 and 出版年月"))?;
    let cols = ListColumns::locate(&Columns::from_table(table))?;
    body_rows(table)
        .into_iter()
        .enumerate()
        .map(|(n, row)| {
            parse_row(row, &cols, genre)
                .map_err(|detail| ClientError::layout(LIST, format!("row {}: {detail}", n + 1)))
        })
        .collect()
}

/// Classifies and reads a whole genre menu page.
pub fn genres_page(body: &str) -> Result<Vec<Genre>> {
    let doc = Html::parse_document(body);
    classify(&doc, SCREEN_MENU, MENU_HEADING)?;
    parse_genres(&doc)
}

/// Classifies and reads a whole genre list page.
pub fn arrivals_page(body: &str, genre: &Genre) -> Result<Vec<NewArrival>> {
    let doc = Html::parse_document(body);
    classify(&doc, SCREEN_LIST, LIST_HEADING)?;
    parse_arrivals(&doc, genre)
}
