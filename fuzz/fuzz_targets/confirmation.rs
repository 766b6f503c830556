//! The confirmation a stage-1 response asks (codes, message, okArray).
#![no_main]
use toshokan::client::parse;

toshokan_fuzz::fuzz_body!(|body| parse::confirmation_page(body));
