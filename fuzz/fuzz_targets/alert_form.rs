//! 新着図書お知らせ: the registration/edit form.
#![no_main]
use toshokan::client::parse::alert;

toshokan_fuzz::fuzz_doc!(|doc| alert::parse_alert_form(doc));
