//! 書誌詳細 (title detail): bibliographic items and holdings.
#![no_main]
use toshokan::client::parse::detail;

toshokan_fuzz::fuzz_body!(|body| detail::detail_page(body));
