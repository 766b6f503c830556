//! The reading history (読書履歴, docs/protocol.md#reading-history): the first page, a switch to
//! 100 rows a page (`rowsPerPage`, which then sticks for the session), and
//! the `startIndex` links walked with a loop guard. A caller that already
//! knows some rows stops at the first one it knows (the list is newest
//! first), so a refresh costs only the pages with new rows.
//!
//! The per-row delete button (`kashistDelete`) is never pressed.

use scraper::Html;

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::Response;
use super::page;
use super::parse::history::{self, HistoryPage};
use super::{Client, Kind, MyPage, inspect_page};
use crate::client::page::screen;
use crate::model::HistoryEntry;

/// `dispmaxnumChange()` posts the list form here with the new page size.
pub const ROWS_ACTION: &str = "WOpacUsrReadListAction.do";
/// The largest page the site offers.
pub const MAX_ROWS: u32 = 100;
/// However the links look, never walk more pages than this.
const PAGE_LIMIT: usize = 2000;

/// What a walk through the list brought back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryFetch {
    /// New rows, newest first (up to the first known row, when one was met).
    pub entries: Vec<HistoryEntry>,
    /// The site's count of every recorded loan.
    pub total: Option<u32>,
    /// False when the site says recording is off.
    pub recording: bool,
    /// A known row was met: everything after it is already known.
    pub reached_known: bool,
    /// The list was read to its last page (no known row met, no guard tripped).
    pub complete: bool,
    /// Pages read (the first page included).
    pub pages: usize,
}

struct Walk<'a> {
    known: &'a dyn Fn(&HistoryEntry) -> bool,
    entries: Vec<HistoryEntry>,
    reached_known: bool,
}

impl Walk<'_> {
    /// Takes a page's rows up to the first known one; true when it stopped there.
    fn take(&mut self, page: &HistoryPage) -> bool {
        for entry in &page.entries {
            if (self.known)(entry) {
                self.reached_known = true;
                return true;
            }
            if !self.entries.iter().any(|e| e.key() == entry.key()) {
                self.entries.push(entry.clone());
            }
        }
        false
    }
}

impl Client {
    /// Reads the reading history newest first, stopping at the first row
    /// `known` accepts. `progress(pages_read, pages_expected)` is called
    /// after every page.
    pub async fn history(
        &mut self,
        known: &dyn Fn(&HistoryEntry) -> bool,
        progress: &mut dyn FnMut(usize, Option<usize>),
    ) -> Result<HistoryFetch> {
        let (first, form) = self
            .my_page(MyPage::History, |doc| {
                Ok((history::parse_history(doc)?, Form::from_page(doc, "LBForm")))
            })
            .await?;
        let mut walk = Walk {
            known,
            entries: Vec::new(),
            reached_known: false,
        };
        let mut pages = 1;
        let total = first.total;
        let rows = first.rows_per_page.unwrap_or(10);
        let switch = first.next.is_some() && rows != MAX_ROWS;
        // Pages this walk reads at most: the first, the switch, the rest at 100 a page.
        let expected = total.map(|t| {
            let per_page = if switch { MAX_ROWS } else { rows };
            let n = (t as usize).div_ceil(per_page.max(1) as usize).max(1);
            if switch { n + 1 } else { n }
        });
        progress(pages, expected);
        let done = |walk: Walk<'_>, pages, recording, complete: bool| HistoryFetch {
            complete: complete && !walk.reached_known,
            entries: walk.entries,
            total,
            recording,
            reached_known: walk.reached_known,
            pages,
        };
        if !first.recording {
            return Ok(done(walk, pages, false, true));
        }
        if walk.take(&first) || first.next.is_none() {
            return Ok(done(walk, pages, true, true));
        }
        // More than one page: ask for the largest page size first.
        let mut current = first;
        if switch {
            let mut body =
                form.ok_or_else(|| ClientError::layout("reading history", "no LBForm"))?;
            let size = MAX_ROWS.to_string();
            if !body.set("rowsPerPage", &size) {
                return Err(ClientError::layout(
                    "reading history",
                    "the list form has no rowsPerPage field",
                ));
            }
            // The page script reads the select, which the browser sends as chosen.
            body.set("dispmaxnum", &size);
            let referer = self.last_url.clone();
            let response = self
                .transport
                .post(ROWS_ACTION, &body, referer.as_ref(), Kind::Read)
                .await?;
            current = self.read_history_answer(&response)?;
            pages += 1;
            progress(pages, expected);
            if walk.take(&current) || current.next.is_none() {
                return Ok(done(walk, pages, true, true));
            }
        }
        let limit = expected.map_or(PAGE_LIMIT, |n| (n + 2).min(PAGE_LIMIT));
        let mut start = 0u32;
        let mut seen = vec![0u32];
        let mut walked = 0usize;
        let mut complete = true;
        while let Some(next) = current.next.clone() {
            // Loop guard: links must move forward to a page not seen yet.
            if next.start <= start || seen.contains(&next.start) || walked >= limit {
                complete = false;
                break;
            }
            seen.push(next.start);
            start = next.start;
            let response = self.transport.get(&next.href).await?;
            current = self.read_history_answer(&response)?;
            pages += 1;
            walked += 1;
            progress(pages, expected);
            if walk.take(&current) {
                break;
            }
        }
        Ok(done(walk, pages, true, complete))
    }

    /// The first page of the list only, as the session shows it (a read:
    /// no page-size switch, no paging).
    pub async fn history_first_page(&mut self) -> Result<HistoryPage> {
        self.my_page(MyPage::History, history::parse_history).await
    }

    fn read_history_answer(&mut self, response: &Response) -> Result<HistoryPage> {
        let (page, tokens) = inspect_page(&response.body, |doc: &Html| {
            let tokens = page::classify(doc, &[screen::HISTORY])?;
            Ok((history::parse_history(doc)?, tokens))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(response.url.clone());
        Ok(page)
    }
}
