//! The library calendar (closed days from the page script).
#![no_main]
use toshokan::client::parse::calendar;

toshokan_fuzz::fuzz_doc!(|doc| calendar::parse_calendar(doc));
