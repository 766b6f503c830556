//! The library calendar (図書館カレンダー, docs/protocol.md#calendar): a public page, no
//! login. The direct link resets a session, so it is only used on a client
//! without one (the catalogue client).

use super::error::Result;
use super::page;
use super::parse::calendar::parse_calendar;
use super::{Client, inspect_page};
use crate::client::page::screen;
use crate::model::LibraryCalendar;

/// The calendar entry (`moveToGamenId=msgcld`), optionally with `&loccod=`.
pub const CALENDAR_ENTRY: &str = "WOpacMnuTopInitAction.do?WebLinkFlag=1&moveToGamenId=msgcld";

impl Client {
    /// The calendar page of the site's default branch, or of `loccod` (a
    /// code read from the page's own select, never hard-coded).
    pub async fn calendar(&mut self, loccod: Option<&str>) -> Result<LibraryCalendar> {
        let action = match loccod {
            Some(code) => {
                let code: String = url::form_urlencoded::byte_serialize(code.as_bytes()).collect();
                format!("{CALENDAR_ENTRY}&loccod={code}")
            }
            None => CALENDAR_ENTRY.to_string(),
        };
        let response = self.transport.get(&action).await?;
        inspect_page(&response.body, |doc| {
            page::classify(doc, &[screen::CALENDAR])?;
            parse_calendar(doc)
        })
    }
}
