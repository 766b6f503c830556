//! 詳細検索 answers: the result list, or the zero-hit form with its dialog.
#![no_main]
use toshokan::client::parse::search;

toshokan_fuzz::fuzz_body!(|body| search::answer_page(body));
