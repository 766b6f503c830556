//! 新着図書お知らせ: the list of conditions.
#![no_main]
use toshokan::client::parse::alert;

toshokan_fuzz::fuzz_doc!(|doc| alert::parse_alert_list(doc));
