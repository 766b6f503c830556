//! 新着資料 (docs/protocol.md#new-arrivals): the genre menu and each genre's list. Public
//! pages: no login, no page token; plain GETs of the links the menu itself
//! carries (`WOpacMsgNewMenuToMsgNewListAction.do?newMenuCode=NN`). Every
//! page is still classified before it is read.

use super::error::{ClientError, Result};
use super::page::screen;
use super::parse::arrivals::{self, LIST_HEADING, MENU_HEADING};
use super::{Client, inspect_page};
use crate::model::{Genre, NewArrival};

/// The genre menu (`toMsgNewMenu()` in every page's script).
pub const MENU_ACTION: &str = "WOpacMsgNewMenuDispAction.do?moveToGamenId=msgnewmenu";
/// A genre's list; an empty code answers an error page.
pub const LIST_ACTION: &str = "WOpacMsgNewMenuToMsgNewListAction.do?newMenuCode=";

impl Client {
    /// The genres the site's 新着資料 menu lists.
    pub async fn new_arrival_genres(&mut self) -> Result<Vec<Genre>> {
        let response = self.transport.get(MENU_ACTION).await?;
        inspect_page(&response.body, |doc| {
            arrivals::classify(doc, screen::ARRIVALS_MENU, MENU_HEADING)?;
            arrivals::parse_genres(doc)
        })
    }

    /// One genre's new arrivals (one page: the site does not page them).
    pub async fn new_arrivals(&mut self, genre: &Genre) -> Result<Vec<NewArrival>> {
        if genre.code.is_empty() {
            return Err(ClientError::layout(
                "new arrivals",
                "a genre without a code",
            ));
        }
        let code: String = url::form_urlencoded::byte_serialize(genre.code.as_bytes()).collect();
        let response = self.transport.get(&format!("{LIST_ACTION}{code}")).await?;
        inspect_page(&response.body, |doc| {
            arrivals::classify(doc, screen::ARRIVALS_LIST, LIST_HEADING)?;
            arrivals::parse_arrivals(doc, genre)
        })
    }
}
