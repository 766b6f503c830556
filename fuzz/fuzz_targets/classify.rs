//! Page classification: what the client decides a page is before it parses
//! it (expected screen, session gone, maintenance, site message, layout).
#![no_main]
use toshokan::client::page::{self, screen};
use toshokan::client::parse::arrivals;

toshokan_fuzz::fuzz_doc!(|doc| (
    page::classify(
        doc,
        &[
            screen::LEND_LIST,
            screen::RSV_LIST,
            screen::CART,
            screen::RESERVE_CONFIRM
        ],
    ),
    page::is_logged_in(doc),
    page::is_logged_out(doc),
    // The 新着資料 screens may come without tokens and are told by their h1.
    arrivals::classify(doc, screen::ARRIVALS_LIST, arrivals::LIST_HEADING),
));
