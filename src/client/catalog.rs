//! The public catalogue (docs/protocol.md#catalogue): the detailed search with its
//! result pages, server-side sorting and stock filter, the title detail, and
//! the branch list of the search form. None of it needs a login; every page
//! is still classified before it is read (maintenance, bounce, layout).

use scraper::{ElementRef, Html, Node, Selector, StrTendril};
use unicode_normalization::UnicodeNormalization;
use url::Url;

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::Kind;
use super::parse::detail;
use super::parse::layouts::search_form;
use super::parse::search::{self, Answer, Choice, ResultPage, SearchFormPage, Slot};
use super::{Client, inspect_page, page};
use crate::client::page::screen;
use crate::model::{Branch, SearchPage, Sort, TitleDetail};

/// The detailed-search form (GET, also what `searchdetail()` posts to).
pub const FORM_ACTION: &str = "WOpacTifSchCmpdDispAction.do";
/// `kensaku()`'s target.
pub const EXEC_ACTION: &str = "WOpacTifSchCmpdExecAction.do?tifschcmpd=1";
/// Sort links and paging of the result list.
pub const LIST_ACTION: &str = "WOpacTifTilListDispAction.do";
/// `onStockStateChange()`'s target.
pub const STOCK_ACTION: &str = "WOpacWebTifTilListStockStateSearchAction.do";
/// The read-only detail entry (empty hash, `tiles.WTifTilDetail`).
pub const DETAIL_ACTION: &str = "WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod=";

const LABEL: &str = "search";

/// A year, optionally with a month, for 出版年月 bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearMonth {
    pub year: u16,
    pub month: Option<u8>,
}

/// What to look for. `kinds` are codes of the form's own `mngshus`
/// checkboxes (empty: leave the form's default kinds checked).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Free words, matched against every field (全項目).
    pub words: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub subject: Option<String>,
    pub isbn: Option<String>,
    pub kinds: Vec<String>,
    pub year_from: Option<YearMonth>,
    pub year_to: Option<YearMonth>,
    /// Only titles that can be borrowed now (stock filter 貸出可のみ).
    pub available: bool,
    pub sort: Option<Sort>,
}

impl SearchQuery {
    /// The keyword rows this query fills, as (item wordings, fallback code, text).
    fn keyword_conditions(&self) -> Vec<(&'static [&'static str], &'static str, &str)> {
        [
            (search_form::ALL_FIELDS, "7", &self.words),
            (search_form::TITLE, "0", &self.title),
            (search_form::AUTHOR, "1", &self.author),
            (search_form::PUBLISHER, "2", &self.publisher),
            (search_form::SUBJECT, "3", &self.subject),
        ]
        .into_iter()
        .filter_map(|(label, code, text)| {
            text.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| (label, code, t))
        })
        .collect()
    }

    /// How many keyword rows the query needs.
    pub fn keyword_count(&self) -> usize {
        self.keyword_conditions().len()
    }
}

/// The detailed-search form as served: its page (re-read to build the
/// POST, as a browser submits the form it shows) and the choices it offers.
#[derive(Debug, Clone)]
pub struct SearchForm {
    body: String,
    url: Url,
    pub choices: SearchFormPage,
}

fn nfkc(s: &str) -> String {
    s.nfkc().collect::<String>().to_uppercase()
}

impl SearchForm {
    /// 資料種別 as the site lists them.
    pub fn kinds(&self) -> &[Choice] {
        &self.choices.kinds
    }

    /// 検索対象図書館: branch codes and names as the site lists them.
    pub fn libraries(&self) -> Vec<Branch> {
        self.choices
            .libraries
            .iter()
            .map(|c| Branch {
                code: c.code.clone(),
                name: c.label.clone(),
            })
            .collect()
    }

    fn keyword_slots(&self) -> Vec<&Slot> {
        self.choices
            .slots
            .iter()
            .filter(|s| s.is_keyword_row())
            .collect()
    }

    /// How many keyword rows the form has (four on LiCS-XP).
    pub fn keyword_rows(&self) -> usize {
        self.keyword_slots().len()
    }

    /// The code row and the item code whose label reads ISBN.
    fn isbn_slot(&self) -> Option<(&Slot, &str)> {
        self.choices.slots.iter().find_map(|s| {
            s.item(search_form::ISBN)
                .or_else(|| {
                    s.items
                        .iter()
                        .find(|c| nfkc(&c.label).contains("ISBN"))
                        .map(|c| c.code.as_str())
                })
                .map(|code| (s, code))
        })
    }

    pub fn has_isbn(&self) -> bool {
        self.isbn_slot().is_some()
    }

    /// A form read from a page body (tests and tools); `url` is where it came from.
    pub fn from_page(body: &str, url: Url) -> Result<SearchForm> {
        let doc = Html::parse_document(body);
        page::classify(&doc, &[screen::SEARCH_FORM])?;
        Ok(SearchForm {
            choices: search::parse_search_form(&doc)?,
            body: body.to_string(),
            url,
        })
    }
}

/// Where a search stands on the server, to fetch its other pages.
#[derive(Debug, Clone)]
pub struct SearchCursor {
    sort_key: String,
    hash: String,
    pub per_page: u32,
    pub total: u32,
}

impl SearchCursor {
    pub fn pages(&self) -> u32 {
        self.total.div_ceil(self.per_page.max(1))
    }
}

/// Adds or removes a boolean attribute on the matching elements, as the
/// page scripts do (`….checked = …`, `….disabled = true`).
fn set_flag(
    doc: &mut Html,
    css: &str,
    pick: impl Fn(ElementRef<'_>) -> bool,
    attr: &str,
    on: bool,
) {
    let Ok(selector) = Selector::parse(css) else {
        return;
    };
    let ids: Vec<_> = doc
        .select(&selector)
        .filter(|e| pick(*e))
        .map(|e| e.id())
        .collect();
    for id in ids {
        let Some(mut node) = doc.tree.get_mut(id) else {
            continue;
        };
        let Node::Element(el) = node.value() else {
            continue;
        };
        el.attrs.retain(|(q, _)| &*q.local != attr);
        if on && let Some((q, _)) = el.attrs.first() {
            let mut q = q.clone();
            q.local = attr.into();
            // scraper keeps attributes sorted (it looks them up by binary search).
            if let Err(at) = el.attrs.binary_search_by(|(k, _)| k.cmp(&q)) {
                el.attrs.insert(at, (q, StrTendril::new()));
            }
        }
    }
}

/// The body `kensaku()` submits for this query: the form's successful
/// controls in document order, with the rows, kinds and flags set the way
/// the page's script sets them (ranges it disables are not sent).
pub fn search_body(form: &SearchForm, q: &SearchQuery) -> Result<Form> {
    let mut doc = Html::parse_document(&form.body);
    // Keyword rows: (select, item code, text field, text).
    let mut fills: Vec<(&str, String, &str, String)> = Vec::new();
    let slots = form.keyword_slots();
    let wanted = q.keyword_conditions();
    if wanted.len() > slots.len() {
        return Err(ClientError::layout(
            LABEL,
            format!(
                "{} keyword conditions but the form has {} rows",
                wanted.len(),
                slots.len()
            ),
        ));
    }
    for ((wordings, fallback, text), slot) in wanted.iter().zip(&slots) {
        let code = slot
            .item(wordings)
            .or_else(|| {
                slot.items
                    .iter()
                    .find(|c| c.code == *fallback)
                    .map(|c| c.code.as_str())
            })
            .ok_or_else(|| {
                let label = wordings.first().copied().unwrap_or_default();
                ClientError::layout(LABEL, format!("no {label} item in {}", slot.select))
            })?;
        fills.push((&slot.select, code.to_string(), &slot.text, text.to_string()));
    }
    if let Some(isbn) = q.isbn.as_deref() {
        let (slot, code) = form
            .isbn_slot()
            .ok_or_else(|| ClientError::layout(LABEL, "no ISBN item in the form"))?;
        let digits: String = isbn.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
        fills.push((&slot.select, code.to_string(), &slot.text, digits));
    }
    // What the onload/onkeyup scripts disable: a keyword row's range for
    // 内容注記/全項目 or a one-character word; the code row's range for
    // 分類/ISBN/タイトルコード.
    for slot in &form.choices.slots {
        let Some(range) = &slot.range else { continue };
        let filled = fills.iter().find(|(s, ..)| *s == slot.select);
        let code = filled.map(|f| f.1.clone()).unwrap_or_else(|| {
            slot.items
                .iter()
                .rev()
                .find(|c| c.checked)
                .or(slot.items.first())
                .map(|c| c.code.clone())
                .unwrap_or_default()
        });
        let text_len = filled.map_or(0, |f| f.3.encode_utf16().count());
        let keyword_row = slot.is_keyword_row();
        let disabled = if keyword_row {
            matches!(code.as_str(), "4" | "7") || text_len == 1
        } else {
            matches!(code.as_str(), "5" | "6" | "9" | "17" | "18" | "19" | "20")
        };
        if disabled {
            set_flag(
                &mut doc,
                "select",
                |e| e.value().attr("name") == Some(range),
                "disabled",
                true,
            );
        }
    }
    if !q.kinds.is_empty() {
        set_flag(
            &mut doc,
            "input[type=checkbox]",
            |e| e.value().attr("name") == Some("mngshus"),
            "checked",
            false,
        );
        set_flag(
            &mut doc,
            "input[type=checkbox]",
            |e| {
                e.value().attr("name") == Some("mngshus")
                    && e.value()
                        .attr("value")
                        .is_some_and(|v| q.kinds.iter().any(|k| k == v))
            },
            "checked",
            true,
        );
    }
    let mut body = Form::from_page(&doc, "LBForm")
        .ok_or_else(|| ClientError::layout(LABEL, "no LBForm on the search form"))?;
    for (select, code, text_field, text) in &fills {
        if !body.set(select, code.as_str()) || !body.set(text_field, text.as_str()) {
            return Err(ClientError::layout(
                LABEL,
                format!("the form has no {select}/{text_field}"),
            ));
        }
    }
    // kensaku(): a flag per checkbox group, then the 館内/全館 radio value.
    for (flag, group) in [
        ("chkflg", "mngshus"),
        ("loccodschkflg", "loccods"),
        ("langcodschkflg", "langcods"),
        ("targetsChkflg", "targets"),
        ("targetsAvChkflg", "targetsAv"),
    ] {
        let value = if body.count(group) > 0 {
            "check"
        } else {
            "nocheck"
        };
        body.set(flag, value);
    }
    let kanra = body.get("tifKanradiobtn").unwrap_or("1").to_string();
    body.set("tifKanrabtn", kanra);
    let offers_20 = doc
        .select(sel!("select"))
        .find(|s| s.value().attr("name") == Some("dispmaxnum"))
        .is_some_and(|s| {
            s.select(sel!("option"))
                .any(|o| o.value().attr("value") == Some("20"))
        });
    if offers_20 {
        body.set("dispmaxnum", "20");
    }
    for (field, value) in [
        ("yearstart", q.year_from.map(|y| y.year.to_string())),
        (
            "monthstart",
            q.year_from.and_then(|y| y.month).map(|m| m.to_string()),
        ),
        ("yearend", q.year_to.map(|y| y.year.to_string())),
        (
            "monthend",
            q.year_to.and_then(|y| y.month).map(|m| m.to_string()),
        ),
    ] {
        if let Some(value) = value
            && !body.set(field, value)
        {
            return Err(ClientError::layout(
                LABEL,
                format!("the form has no {field}"),
            ));
        }
    }
    Ok(body)
}

fn to_page(r: &ResultPage) -> SearchPage {
    let per_page = r.per_page.max(1);
    SearchPage {
        total: r.total,
        page: if r.total == 0 {
            0
        } else {
            r.first.saturating_sub(1) / per_page + 1
        },
        pages: r.total.div_ceil(per_page),
        per_page,
        hits: r.hits.clone(),
    }
}

fn empty_page() -> SearchPage {
    SearchPage {
        total: 0,
        page: 0,
        pages: 0,
        per_page: 0,
        hits: Vec::new(),
    }
}

/// Query-value encoding; commas stay as the site's own links write them
/// (`sortKey=SLSTITL.NDC1,SLSTITL.NDC2,SLSTITL.NDC3`).
fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace("%2C", ",")
}

impl Client {
    /// The detailed-search form (docs/protocol.md#detailed-search): its choices and the page
    /// the search POST is built from.
    pub async fn search_form(&mut self) -> Result<SearchForm> {
        let response = self.transport.get(FORM_ACTION).await?;
        let choices = inspect_page(&response.body, |doc| {
            page::classify(doc, &[screen::SEARCH_FORM])?;
            search::parse_search_form(doc)
        })?;
        Ok(SearchForm {
            body: response.body,
            url: response.url,
            choices,
        })
    }

    /// Runs a search: the form POST, then the stock filter and the sort
    /// the query asks for, each read back from the page before going on.
    /// Returns the first page and, when something matched, a cursor for
    /// the other pages.
    pub async fn search(
        &mut self,
        form: &SearchForm,
        q: &SearchQuery,
    ) -> Result<(SearchPage, Option<SearchCursor>)> {
        let body = search_body(form, q)?;
        let response = self
            .transport
            .post(EXEC_ACTION, &body, Some(&form.url), Kind::Read)
            .await?;
        let Answer::List(mut current) = inspect_page(&response.body, search::read_answer)? else {
            return Ok((empty_page(), None));
        };
        let url = response.url;

        if q.available {
            let value = current
                .stock_options
                .iter()
                .find(|c| c.label.contains("貸出可"))
                .map(|c| c.code.clone())
                .ok_or_else(|| ClientError::layout(LABEL, "no 貸出可のみ stock filter"))?;
            let mut filter = current.form.clone();
            if !filter.set("stockState", value) {
                return Err(ClientError::layout(
                    LABEL,
                    "no stockState in the result form",
                ));
            }
            let response = self
                .transport
                .post(STOCK_ACTION, &filter, Some(&url), Kind::Read)
                .await?;
            match inspect_page(&response.body, search::read_answer)? {
                Answer::List(page) => current = page,
                Answer::NoHits => return Ok((empty_page(), None)),
            }
        }

        if current.total == 0 {
            return Ok((empty_page(), None));
        }
        if let Some(sort) = q.sort {
            let header = sort.field.header();
            // The direction is server state: the same key again flips it.
            for attempt in 0..3 {
                let link = current
                    .sort_links
                    .iter()
                    .find(|l| l.column == Some(sort.field.column()))
                    .cloned()
                    .ok_or_else(|| {
                        ClientError::layout(LABEL, format!("no sortable {header} column"))
                    })?;
                let (code, href) = (link.key, link.href);
                if current.sort_key == code && current.ascending == Some(!sort.descending) {
                    break;
                }
                if attempt == 2 {
                    return Err(ClientError::layout(
                        LABEL,
                        format!("the site did not sort by {header} as asked"),
                    ));
                }
                let response = self.transport.get(&href).await?;
                match inspect_page(&response.body, search::read_answer)? {
                    Answer::List(page) => current = page,
                    Answer::NoHits => {
                        return Err(ClientError::layout(
                            LABEL,
                            "sorting lost the results (the search form came back)",
                        ));
                    }
                }
            }
        }
        let cursor = SearchCursor {
            sort_key: current.sort_key.clone(),
            hash: current.form.get("hash").unwrap_or_default().to_string(),
            per_page: current.per_page.max(1),
            total: current.total,
        };
        Ok((to_page(&current), Some(cursor)))
    }

    /// Page `n` (1-based) of a search, in the order it was left in.
    pub async fn search_page(&mut self, cursor: &SearchCursor, n: u32) -> Result<SearchPage> {
        let start = n.saturating_sub(1) * cursor.per_page;
        let action = format!(
            "{LIST_ACTION}?sortKey={}&startIndex={start}&hash={}",
            encode(&cursor.sort_key),
            encode(&cursor.hash)
        );
        let response = self.transport.get(&action).await?;
        let current = match inspect_page(&response.body, search::read_answer)? {
            Answer::List(page) => page,
            Answer::NoHits => {
                return Err(ClientError::layout(
                    LABEL,
                    "the site no longer holds these results",
                ));
            }
        };
        if current.total > 0 && current.first != start + 1 {
            return Err(ClientError::layout(
                LABEL,
                format!(
                    "asked for rows from {}, the site showed rows from {}",
                    start + 1,
                    current.first
                ),
            )
            .with_page(&response.body));
        }
        Ok(to_page(&current))
    }

    /// One title by its code through the read-only entry (docs/protocol.md#title-detail);
    /// `None` when the site says it has no such title.
    pub async fn title(&mut self, tilcod: &str) -> Result<Option<TitleDetail>> {
        let response = self
            .transport
            .get(&format!("{DETAIL_ACTION}{}", encode(tilcod)))
            .await?;
        let detail = inspect_page(&response.body, detail::read_answer)?;
        if let Some(d) = &detail
            && d.id != tilcod
        {
            return Err(ClientError::layout(
                "title detail",
                format!("asked for {tilcod}, the page shows {}", d.id),
            )
            .with_page(&response.body));
        }
        Ok(detail)
    }
}
