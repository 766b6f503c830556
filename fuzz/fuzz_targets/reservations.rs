//! 予約状況一覧 (reservation list): the rows and the header counts, without
//! the classification gate so every input reaches the row parser.
#![no_main]
use toshokan::client::parse;

toshokan_fuzz::fuzz_doc!(|doc| parse::reservation_listing(doc, toshokan_fuzz::today()));
