//! The detailed search (詳細検索, `tiles.WTifSchCmpd`) and its result list
//! (検索結果書誌一覧, `tiles.WTifTilList`), docs/protocol.md#detailed-search.

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde::Serialize;
use std::sync::LazyLock;

use super::layouts::{self, search as layout, search_form};
use super::notes;
use super::table::{Columns, Located, by_summary, cells, header_cells, read_rows};
use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::page;
use crate::client::page::screen;
use crate::client::text::squeeze;
use crate::model::Hit;
use crate::model::catalog::published_from_site;

/// What the form's dialog says when nothing matched.
pub const NO_HITS: &str = "該当する書誌がありません";

const FORM_LABEL: &str = search_form::LABEL;
const LIST_LABEL: &str = layout::TABLE.label;

/// A select option or a checkbox, with the label the page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub code: String,
    pub label: String,
    /// `selected` / `checked` as served.
    pub checked: bool,
}

/// A keyword row of the form: `conditionN` + `conditionNText` (+ `rangeN`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slot {
    pub select: String,
    pub text: String,
    pub range: Option<String>,
    pub items: Vec<Choice>,
}

impl Slot {
    /// The code of the item labelled with one of `wordings` (the lists in
    /// `layouts::search_form`), compared as [`layouts::normalise`] leaves them.
    pub fn item(&self, wordings: &[&str]) -> Option<&str> {
        wordings.iter().find_map(|w| {
            let w = layouts::normalise(w);
            self.items
                .iter()
                .find(|c| layouts::normalise(&c.label) == w)
                .map(|c| c.code.as_str())
        })
    }

    /// A keyword row (its select offers 全項目 or 書名), not the code row.
    pub fn is_keyword_row(&self) -> bool {
        self.item(search_form::ALL_FIELDS).is_some() || self.item(search_form::TITLE).is_some()
    }
}

/// The choices the detailed-search form offers, read from the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchFormPage {
    /// 資料種別 (`mngshus`).
    pub kinds: Vec<Choice>,
    /// 検索対象図書館 (`loccods`).
    pub libraries: Vec<Choice>,
    /// Keyword rows in document order.
    pub slots: Vec<Slot>,
}

static CONDITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^condition(\d+)$").expect("valid regex"));

fn lbform(doc: &Html) -> Option<ElementRef<'_>> {
    doc.select(sel!("form[name=LBForm]")).next()
}

fn label_of(doc: &Html, input: ElementRef<'_>) -> String {
    if let Some(id) = input.value().attr("id")
        && let Ok(sel) = Selector::parse(&format!("label[for=\"{id}\"]"))
        && let Some(label) = doc.select(&sel).next()
    {
        let text = squeeze(label);
        if !text.is_empty() {
            return text;
        }
    }
    input
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "label")
        .map(squeeze)
        .unwrap_or_default()
}

/// The checkboxes named `name` inside the search form, in document order.
pub fn checkboxes(doc: &Html, name: &str) -> Vec<Choice> {
    let Some(form) = lbform(doc) else {
        return Vec::new();
    };
    form.select(sel!("input[type=checkbox]"))
        .filter(|i| i.value().attr("name") == Some(name))
        .map(|i| Choice {
            code: i.value().attr("value").unwrap_or("on").to_string(),
            label: label_of(doc, i),
            checked: i.value().attr("checked").is_some(),
        })
        .collect()
}

/// A select's options; an option without a value submits its text.
pub(crate) fn options(select: ElementRef<'_>) -> Vec<Choice> {
    select
        .select(sel!("option"))
        .map(|o| Choice {
            code: o
                .value()
                .attr("value")
                .map_or_else(|| squeeze(o), str::to_string),
            label: squeeze(o),
            checked: o.value().attr("selected").is_some(),
        })
        .collect()
}

/// The options of the select `name` inside a form element.
fn select_options(form: ElementRef<'_>, name: &str) -> Option<Vec<Choice>> {
    form.select(sel!("select"))
        .find(|s| s.value().attr("name") == Some(name))
        .map(options)
}

pub fn parse_search_form(doc: &Html) -> Result<SearchFormPage> {
    let form = lbform(doc)
        .ok_or_else(|| ClientError::layout(FORM_LABEL, "no LBForm on the search form"))?;
    let has_input = |name: &str| {
        form.select(sel!("input"))
            .any(|i| i.value().attr("name") == Some(name))
    };
    let mut slots = Vec::new();
    for select in form.select(sel!("select")) {
        let Some(name) = select.value().attr("name") else {
            continue;
        };
        let Some(caps) = CONDITION.captures(name) else {
            continue;
        };
        let n = &caps[1];
        let text = format!("condition{n}Text");
        if !has_input(&text) {
            continue;
        }
        let range = format!("range{n}");
        let range = select_options(form, &range).map(|_| range);
        slots.push(Slot {
            select: name.to_string(),
            text,
            range,
            items: options(select),
        });
    }
    if slots.is_empty() {
        return Err(ClientError::layout(
            FORM_LABEL,
            "no keyword rows (conditionN/conditionNText)",
        ));
    }
    let kinds = checkboxes(doc, search_form::KINDS);
    let libraries = checkboxes(doc, search_form::LIBRARIES);
    // Without them the form searches every kind and library; only --type
    // and the branch list (`libraries`) need them.
    for (choices, what) in [(&kinds, "資料種別"), (&libraries, "検索対象図書館")] {
        if choices.is_empty() {
            notes::note(FORM_LABEL, format!("no {what} checkboxes"));
        }
    }
    Ok(SearchFormPage {
        kinds,
        libraries,
        slots,
    })
}

static DIALOG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\b(?:lbAlert1?|alert|lbConfirm1?|confirm)\(\s*"((?:[^"\\]|\\.)+)""#)
        .expect("valid regex")
});

/// The literal messages of the page's `createConfirmDialog` script (the
/// search form uses it to say why nothing was listed).
pub fn dialog_messages(doc: &Html) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for script in doc.select(sel!("script")) {
        let code: String = script.text().collect();
        if !code.contains("function createConfirmDialog") {
            continue;
        }
        for caps in DIALOG.captures_iter(&code) {
            let message = caps[1].trim().to_string();
            if !out.contains(&message) {
                out.push(message);
            }
        }
    }
    out
}

/// A hit list page with what the client needs to go on from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultPage {
    /// 該当件数
    pub total: u32,
    /// Row numbers shown (`1 件目から 20 件目`).
    pub first: u32,
    pub last: u32,
    pub per_page: u32,
    pub hits: Vec<Hit>,
    /// Server sort state: hidden `sortKey` and `isAsc` (`1` asc, `0` desc, empty = default order).
    pub sort_key: String,
    pub ascending: Option<bool>,
    /// The sortable headers.
    pub sort_links: Vec<SortLink>,
    /// `stockState` options (全て表示, 貸出可のみ, 館内閲覧のみ).
    pub stock_options: Vec<Choice>,
    /// The page's `LBForm`, for the stock filter POST.
    pub form: Form,
}

static TOTAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"該当件数は\s*([\d,]+)\s*件").expect("valid regex"));
static RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d+)\s*件目から\s*(\d+)\s*件目").expect("valid regex"));
/// A title code in a link (`tilcod=`, `toDetail("…")`).
static LINK_TILCOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:[?&]tilcod=|toDetail\(\s*["']?)(\d{5,})"#).expect("valid regex")
});
/// A title code in a row's buttons (`inYoyCart(…)`, `imasuguyoyklogin('…','…')`).
static BUTTON_TILCOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?:inYoyCart\(\s*["']?|imasuguyoyk(?:login)?\((?:\s*'[^']*'\s*,)?\s*["']?)(\d{5,})"#,
    )
    .expect("valid regex")
});

fn strip_arrow(text: &str) -> &str {
    text.trim_end_matches(['▲', '▼', '△', '▽']).trim()
}

/// A sortable header of the result list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SortLink {
    /// The fact of its column (`title`, `author`, …; see `layouts::search`),
    /// null for a column the client does not read.
    pub column: Option<&'static str>,
    /// The header as shown, without ▲/▼.
    pub header: String,
    /// The `sortKey` the link sends.
    pub key: String,
    pub href: String,
}

/// Text with whitespace runs collapsed: a run holding U+3000 becomes one
/// U+3000 (the site's field separator), any other run one space; trimmed.
pub fn cell_text(el: ElementRef<'_>) -> String {
    tidy(&el.text().collect::<String>())
}

pub fn tidy(raw: &str) -> String {
    let mut out = String::new();
    let mut run: Option<bool> = None; // Some(ideographic?) while in a whitespace run
    for c in raw.chars() {
        if c.is_whitespace() {
            let ideo = c == '\u{3000}';
            run = Some(run.unwrap_or(false) || ideo);
            continue;
        }
        if let Some(ideo) = run.take()
            && !out.is_empty()
        {
            out.push(if ideo { '\u{3000}' } else { ' ' });
        }
        out.push(c);
    }
    out
}

/// `著者／役割` → the name; None when empty.
pub fn author_name(text: &str) -> Option<String> {
    let name = text.split('／').next().unwrap_or_default().trim();
    (!name.is_empty()).then(|| name.to_string())
}

pub fn lend_flag(text: &str) -> Option<bool> {
    match text.trim() {
        "○" | "◯" | "〇" => Some(true),
        "×" | "✕" | "✖" => Some(false),
        _ => None,
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn link_tilcod(a: ElementRef<'_>) -> Option<String> {
    [a.value().attr("href"), a.value().attr("onclick")]
        .into_iter()
        .flatten()
        .find_map(|s| LINK_TILCOD.captures(s).map(|c| c[1].to_string()))
}

/// The title code of the カート/予約 buttons inside `el`.
pub fn button_tilcod(el: ElementRef<'_>) -> Option<String> {
    el.select(sel!("input[onclick]")).find_map(|b| {
        BUTTON_TILCOD
            .captures(b.value().attr("onclick")?)
            .map(|c| c[1].to_string())
    })
}

/// A row's title code: its detail link, else its カート/予約 buttons.
pub fn row_tilcod(row: ElementRef<'_>) -> Option<String> {
    row.select(sel!("a"))
        .find_map(link_tilcod)
        .or_else(|| button_tilcod(row))
}

fn parse_row(row: ElementRef<'_>, cols: &Located) -> std::result::Result<Hit, String> {
    let cells = cells(row);
    let column = |fact| cols.at(fact).and_then(|i| cells.get(i).copied());
    let text = |fact| column(fact).map(cell_text);
    let title_cell = column(&layout::TITLE).ok_or("no title cell")?;
    let link = title_cell
        .select(sel!("a"))
        .find(|a| link_tilcod(*a).is_some());
    let id = link
        .and_then(link_tilcod)
        .or_else(|| row_tilcod(row))
        .ok_or("no title code")?;
    let title = cell_text(link.unwrap_or(title_cell));
    if title.is_empty() {
        return Err(format!("title {id} has no text"));
    }
    Ok(Hit {
        id,
        title,
        author: text(&layout::AUTHOR).and_then(|a| author_name(&a)),
        publisher: text(&layout::PUBLISHER).and_then(non_empty),
        material_type: text(&layout::KIND).and_then(non_empty),
        published: text(&layout::PUBLISHED).and_then(|p| published_from_site(&p)),
        classification: text(&layout::CLASS).and_then(non_empty),
        available: text(&layout::LEND).and_then(|l| lend_flag(&l)),
    })
}

/// `sortKey` of a link such as `WOpacTifTilListDispAction.do?sortKey=K&startIndex=0…`.
fn query_value(href: &str, name: &str) -> Option<String> {
    let (_, query) = href.split_once('?')?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

fn sort_links(table: ElementRef<'_>, cols: &Located) -> Vec<SortLink> {
    header_cells(table)
        .into_iter()
        .flat_map(|(col, th)| {
            th.select(sel!("a[href]"))
                .filter_map(move |a| {
                    let href = a.value().attr("href")?;
                    Some(SortLink {
                        column: cols.fact_at(col),
                        header: strip_arrow(&squeeze(a)).to_string(),
                        key: query_value(href, "sortKey")?,
                        href: href.to_string(),
                    })
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

pub fn parse_results(doc: &Html) -> Result<ResultPage> {
    let form = Form::from_page(doc, "LBForm")
        .ok_or_else(|| ClientError::layout(LIST_LABEL, "no LBForm"))?;
    let count_line = doc
        .select(sel!("ul.read li"))
        .map(squeeze)
        .find(|t| TOTAL.is_match(t))
        .ok_or_else(|| ClientError::layout(LIST_LABEL, "no 該当件数 line"))?;
    let total: u32 = TOTAL
        .captures(&count_line)
        .and_then(|c| c[1].replace(',', "").parse().ok())
        .ok_or_else(|| ClientError::layout(LIST_LABEL, "unreadable 該当件数"))?;
    let (first, last) = RANGE
        .captures(&count_line)
        .and_then(|c| Some((c[1].parse().ok()?, c[2].parse().ok()?)))
        .unwrap_or((u32::from(total > 0), total));

    let table = by_summary(doc, layout::SUMMARIES).ok_or_else(|| {
        ClientError::layout(
            LIST_LABEL,
            format!("no result table ({})", layout::SUMMARIES.join(" / ")),
        )
    })?;
    let cols = Columns::locate(table, &layout::TABLE)?;
    let hits = read_rows(table, &cols, LIST_LABEL, parse_row)?;
    if total > 0 && hits.is_empty() {
        return Err(ClientError::layout(
            LIST_LABEL,
            format!("{total} hits announced but no rows"),
        ));
    }

    let sort_links = sort_links(table, &cols);
    let per_page = form
        .get("rowsPerPage")
        .and_then(|v| v.trim().parse().ok())
        .or_else(|| form.get("dispmaxnum").and_then(|v| v.trim().parse().ok()))
        .filter(|n: &u32| *n > 0)
        .unwrap_or(hits.len().max(1) as u32);
    let stock_options = lbform(doc)
        .and_then(|f| select_options(f, "stockState"))
        .unwrap_or_default();
    if stock_options.is_empty() {
        notes::note(
            LIST_LABEL,
            "no stockState select; --available cannot filter",
        );
    }
    Ok(ResultPage {
        total,
        first,
        last,
        per_page,
        hits,
        sort_key: form.get("sortKey").unwrap_or_default().to_string(),
        ascending: match form.get("isAsc").map(str::trim) {
            Some("1") => Some(true),
            Some("0") => Some(false),
            _ => None,
        },
        sort_links,
        stock_options,
        form,
    })
}

/// What a search request answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    List(ResultPage),
    /// The form came back saying 該当する書誌がありません。
    NoHits,
}

/// Classifies and reads the answer to a search request: the hit list, or
/// the search form with its zero-hit dialog (docs/protocol.md#detailed-search). The form
/// without that message is a bounce, reported as a site message when it
/// carries one and as a layout error otherwise.
pub fn read_answer(doc: &Html) -> Result<Answer> {
    let tokens = page::classify(doc, &[screen::SEARCH_LIST, screen::SEARCH_FORM])?;
    if tokens.gamenid == screen::SEARCH_LIST {
        return parse_results(doc).map(Answer::List);
    }
    let mut messages = dialog_messages(doc);
    if messages.iter().any(|m| m.contains(NO_HITS)) {
        return Ok(Answer::NoHits);
    }
    messages.extend(page::site_messages(doc));
    match messages.first() {
        Some(_) => Err(ClientError::Site(messages.join(" / "))),
        None => Err(ClientError::layout(
            LIST_LABEL,
            "the search form came back without results or a message",
        )),
    }
}

/// A whole answer page (tests, tools).
pub fn answer_page(body: &str) -> Result<Answer> {
    read_answer(&Html::parse_document(body))
}

/// Classifies and reads a whole search form page.
pub fn form_page(body: &str) -> Result<SearchFormPage> {
    let doc = Html::parse_document(body);
    page::classify(&doc, &[screen::SEARCH_FORM])?;
    parse_search_form(&doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::parse::testing::{drop_column, drop_where, notes, rename_header};

    const RESULTS: &str = include_str!("../../../tests/fixtures/real/nishinomiya/search-1.html");
    const FORM: &str = include_str!("../../../tests/fixtures/real/nishinomiya/search-form-1.html");
    const TABLE: &str = "table[summary=\"書誌一覧\"]";

    #[test]
    fn a_list_without_an_optional_column_reads_it_as_null_and_says_so() {
        notes();
        let page = parse_results(&drop_column(RESULTS, TABLE, "書誌種別")).unwrap();
        assert_eq!(page.hits.len(), 20);
        assert!(page.hits.iter().all(|h| h.material_type.is_none()));
        assert_eq!(page.hits[0].id, "1000001045325");
        assert_eq!(page.hits[0].publisher.as_deref(), Some("学研プラス"));
        assert_eq!(
            page.hits[3].available,
            Some(false),
            "the other columns stay in place"
        );
        assert!(
            notes().iter().any(|n| n.contains("書誌種別")),
            "a note names the missing column"
        );
        let sorts: Vec<Option<&str>> = page.sort_links.iter().map(|l| l.column).collect();
        assert_eq!(
            sorts,
            [
                Some("title"),
                Some("author"),
                Some("publisher"),
                Some("published"),
                Some("classification")
            ]
        );
    }

    #[test]
    fn a_list_without_its_title_column_is_a_layout_error() {
        let err = parse_results(&drop_column(RESULTS, TABLE, "書名")).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
        assert!(err.to_string().contains("書名"), "{err}");
    }

    #[test]
    fn columns_under_unknown_wordings_are_found_by_what_they_hold() {
        notes();
        let mut body = RESULTS.to_string();
        for (from, to) in [("出版年月", "刊行"), ("貸出", "可否"), ("書名", "標題")] {
            body = rename_header(&body, TABLE, from, to).root_element().html();
        }
        assert!(body.contains("可否"));
        let page = parse_results(&Html::parse_document(&body)).unwrap();
        let headers: Vec<&str> = page.sort_links.iter().map(|l| l.header.as_str()).collect();
        assert!(
            headers.contains(&"標題") && headers.contains(&"刊行"),
            "{headers:?}"
        );
        assert_eq!(
            page.hits[0].title,
            "心にひびくマンガの名言　第2期1　困難を乗り越える"
        );
        assert_eq!(page.hits[0].published.as_deref(), Some("2016-02"));
        assert_eq!(page.hits[2].published.as_deref(), Some("1998"));
        assert_eq!(page.hits[3].available, Some(false));
        assert!(notes().is_empty());
    }

    #[test]
    fn a_row_whose_title_link_has_no_code_takes_it_from_its_buttons() {
        let body = RESULTS.replacen(
            "href='WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=1000001045325' onclick ='javascript:toDetail(\"1000001045325\");return false;'",
            "href='#'",
            1,
        );
        assert_ne!(body, RESULTS);
        let page = parse_results(&Html::parse_document(&body)).unwrap();
        assert_eq!(page.hits[0].id, "1000001045325");
        assert_eq!(
            page.hits[0].title,
            "心にひびくマンガの名言　第2期1　困難を乗り越える"
        );
    }

    #[test]
    fn a_form_without_kind_checkboxes_still_reads_and_says_so() {
        notes();
        let doc = drop_where(FORM, "input", |i| i.value().attr("name") == Some("mngshus"));
        let form = parse_search_form(&doc).unwrap();
        assert!(form.kinds.is_empty());
        assert_eq!(form.libraries.len(), 13);
        assert_eq!(form.slots.len(), 5);
        assert!(notes().iter().any(|n| n.contains("資料種別")));
    }

    #[test]
    fn a_form_without_keyword_rows_is_a_layout_error() {
        let doc = drop_where(FORM, "select", |s| {
            s.value()
                .attr("name")
                .is_some_and(|n| n.starts_with("condition"))
        });
        let err = parse_search_form(&doc).unwrap_err();
        assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
    }

    #[test]
    fn keyword_items_are_found_by_any_known_wording() {
        let form = parse_search_form(&Html::parse_document(FORM)).unwrap();
        let row = &form.slots[0];
        assert_eq!(row.item(search_form::ALL_FIELDS), Some("7"));
        assert_eq!(row.item(search_form::AUTHOR), Some("1"));
        assert_eq!(row.item(&["本書名"]), Some("10"), "not 書名 (0)");
        assert!(row.is_keyword_row());
        assert!(!form.slots[4].is_keyword_row(), "the code row");
        assert_eq!(form.slots[4].item(search_form::ISBN), Some("6"));
    }

    #[test]
    fn tidy_keeps_ideographic_separators() {
        assert_eq!(
            tidy("\n  ドラゴンボール　巻１　孫悟空と仲間たち　　 \r\n"),
            "ドラゴンボール　巻１　孫悟空と仲間たち"
        );
        assert_eq!(tidy("在庫\u{a0}"), "在庫");
        assert_eq!(tidy(" a \n b "), "a b");
    }

    #[test]
    fn author_without_role() {
        assert_eq!(author_name("鳥山明／著").as_deref(), Some("鳥山明"));
        assert_eq!(
            author_name("鳥山 明／原作 脚本").as_deref(),
            Some("鳥山 明")
        );
        assert_eq!(author_name(""), None);
    }
}
