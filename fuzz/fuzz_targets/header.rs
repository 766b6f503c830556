//! The logged-in header: counts, card expiry and the password kind.
#![no_main]
use toshokan::client::parse::header;

toshokan_fuzz::fuzz_doc!(|doc| (header::parse_summary(doc), header::password_kind(doc)));
