//! The login page and the body `login()` would submit from it.
#![no_main]
use toshokan::client::parse;

toshokan_fuzz::fuzz_body!(
    |body| parse::login_page(body).map(|page| page.filled("0123456789", "secret"))
);
