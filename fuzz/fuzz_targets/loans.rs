//! 貸出状況一覧 (loan list): the rows and the header counts, without the
//! classification gate so every input reaches the row parser.
#![no_main]
use toshokan::client::parse;

toshokan_fuzz::fuzz_doc!(|doc| parse::loan_listing(doc, toshokan_fuzz::today()));
