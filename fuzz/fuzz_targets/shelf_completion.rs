//! The completion page a shelf write ends on.
#![no_main]
use toshokan::client::parse::shelf;

toshokan_fuzz::fuzz_doc!(|doc| shelf::parse_completion(doc));
