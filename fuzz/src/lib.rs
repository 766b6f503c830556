//! What every fuzz target shares: the step from libFuzzer's bytes to the
//! `&str` (or parsed document) a parser takes, written once so that each
//! target in `fuzz_targets/` is only the call it fuzzes.

use std::borrow::Cow;

pub use libfuzzer_sys;
pub use scraper::Html;

/// The client reads bodies as text (reqwest decodes the charset and
/// replaces what does not decode), so parsers never see invalid UTF-8;
/// lossy decoding is the same contract at the byte level.
pub fn body(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// A fixed "today" (the one `tests/integration/fuzz_smoke.rs` uses), so a crash found
/// on one day replays on any other.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 7, 14)
}

/// `fuzz_body!(|body| parser(body))`: a target over the page text.
/// The parser's result is dropped: an `Err` is a fine answer to garbage;
/// only a panic (or a sanitizer report) is a finding.
#[macro_export]
macro_rules! fuzz_body {
    (|$body:ident| $parse:expr) => {
        $crate::libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            let text = $crate::body(data);
            let $body: &str = &text;
            let _ = $parse;
        });
    };
}

/// `fuzz_doc!(|doc| parser(doc))`: a target over the parsed document, for
/// the parsers that take `&Html` as the client hands them.
#[macro_export]
macro_rules! fuzz_doc {
    (|$doc:ident| $parse:expr) => {
        $crate::fuzz_body!(|body| {
            let $doc: &$crate::Html = &$crate::Html::parse_document(body);
            $parse
        });
    };
}
