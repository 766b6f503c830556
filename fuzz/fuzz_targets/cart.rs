//! 予約カート (reservation cart) rows.
#![no_main]
use toshokan::client::parse::cart;

toshokan_fuzz::fuzz_doc!(|doc| cart::parse_cart(doc));
