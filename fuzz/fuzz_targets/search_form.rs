//! The 詳細検索 form: its selects, checkboxes and libraries.
#![no_main]
use toshokan::client::parse::search;

toshokan_fuzz::fuzz_body!(|body| search::form_page(body));
