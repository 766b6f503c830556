//! The shelf list the site leaves in an HTML comment (raw text, not a document).
#![no_main]
use toshokan::client::parse::shelf;

toshokan_fuzz::fuzz_body!(|body| shelf::commented_shelves(body));
