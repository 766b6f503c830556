//! マイ本棚: the shelf list with its titles, or the zero-shelf creation form.
#![no_main]
use toshokan::client::parse::shelf;

toshokan_fuzz::fuzz_doc!(|doc| shelf::parse_shelf_page(doc));
