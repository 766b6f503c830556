//! The shelf edit screen: one row per title with its element ids.
#![no_main]
use toshokan::client::parse::shelf;

toshokan_fuzz::fuzz_doc!(|doc| shelf::parse_edit_rows(doc));
