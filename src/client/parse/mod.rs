//! Pure page parsers: `&Html` in, typed values out. Each is tested on the
//! real pages of `tests/fixtures/real/` and on the simulator's pages.

pub mod alert;
pub mod arrivals;
pub mod calendar;
pub mod cart;
pub mod confirm;
pub mod detail;
pub mod header;
pub mod history;
pub mod layouts;
pub mod loans;
pub mod login;
pub mod notes;
pub mod reservations;
pub mod reserve;
pub mod search;
pub mod settings;
pub mod shelf;
mod table;
#[cfg(test)]
mod testing;

use jiff::civil::Date;
use scraper::Html;

use super::error::Result;
use super::page::{self, Tokens, screen};
use crate::model::{Listing, Loan, Reservation};

pub fn loan_listing(doc: &Html, today: Date) -> Result<Listing<Loan>> {
    Ok(Listing {
        summary: header::parse_summary(doc),
        items: loans::parse_loans(doc, today)?,
    })
}

pub fn reservation_listing(doc: &Html, today: Date) -> Result<Listing<Reservation>> {
    Ok(Listing {
        summary: header::parse_summary(doc),
        items: reservations::parse_reservations(doc, today)?,
    })
}

/// Classifies and parses a whole loan-list page (tests, fuzzing, benches).
pub fn loans_page(body: &str, today: Date) -> Result<Listing<Loan>> {
    let doc = Html::parse_document(body);
    page::classify(&doc, &[screen::LEND_LIST])?;
    loan_listing(&doc, today)
}

/// Classifies and parses a whole reservation-list page.
pub fn reservations_page(body: &str, today: Date) -> Result<Listing<Reservation>> {
    let doc = Html::parse_document(body);
    page::classify(&doc, &[screen::RSV_LIST])?;
    reservation_listing(&doc, today)
}

pub fn login_page(body: &str) -> Result<login::LoginPage> {
    login::parse_login_page(&Html::parse_document(body))
}

/// What a page is, as the client decides before parsing.
pub fn classify_page(body: &str, expected: &[&str]) -> Result<Tokens> {
    page::classify(&Html::parse_document(body), expected)
}

/// The successful controls of a named form on a page.
pub fn page_form(body: &str, name: &str) -> Option<super::form::Form> {
    super::form::Form::from_page(&Html::parse_document(body), name)
}

/// Classifies and parses a マイ本棚 page (the list or the zero-shelf creation form).
pub fn shelf_page(body: &str) -> Result<shelf::ShelfScreen> {
    let doc = Html::parse_document(body);
    page::classify(&doc, &[screen::SHELF_LIST, screen::SHELF_NEW])?;
    shelf::parse_shelf_page(&doc)
}

/// The confirmation a stage-1 response asks, if any.
pub fn confirmation_page(body: &str) -> Result<Option<confirm::Confirmation>> {
    confirm::parse_confirmation(&Html::parse_document(body))
}
