//! 新着資料ジャンル一覧 (new-arrival genre menu).
#![no_main]
use toshokan::client::parse::arrivals;

toshokan_fuzz::fuzz_doc!(|doc| arrivals::parse_genres(doc));
