//! 読書履歴 (reading history): rows and paging.
#![no_main]
use toshokan::client::parse::history;

toshokan_fuzz::fuzz_doc!(|doc| history::parse_history(doc));
