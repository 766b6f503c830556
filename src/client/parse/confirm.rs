//! The generic two-stage confirmation page (`createConfirmDialog` +
//! `prevRequestForm` + `okCodes`), docs/protocol.md#two-stage-writes.

use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use crate::client::error::{ClientError, Result};
use crate::client::form::Form;

/// What a stage-1 response asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    /// Name of the field that carries the confirmed codes (`okCodes`).
    pub ok_field: String,
    /// Every code the dialog pushes on OK.
    pub codes: Vec<String>,
    /// The action the script assigns to `prevRequestForm`, if any.
    pub action: Option<String>,
    /// The echo of the stage-1 request, in the page's order.
    pub echo: Form,
}

static OK_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"var\s+OK_CODES_NAME\s*=\s*["']([^"']+)["']"#).expect("valid regex")
});
static OK_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"okArray\[\s*okArray\.length\s*\]\s*=\s*["']([A-Za-z0-9_]+)["']"#)
        .expect("valid regex")
});
static ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"document\.prevRequestForm\.action\s*=\s*["']([^"']+)["']"#).expect("valid regex")
});
static ONLOAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"window\.onload\s*=\s*createConfirmDialog").expect("valid regex"));

/// The confirmation on a page, or `None` when the page asks nothing (a page
/// with `prevRequestForm` alone is not a question: the hook must be there).
pub fn parse_confirmation(doc: &Html) -> Result<Option<Confirmation>> {
    let script = doc
        .select(sel!("script"))
        .map(|s| s.text().collect::<String>())
        .find(|code| code.contains("createConfirmDialog") && ONLOAD.is_match(code));
    let Some(script) = script else {
        return Ok(None);
    };
    let echo = Form::from_page(doc, "prevRequestForm").ok_or_else(|| {
        ClientError::layout(
            "confirmation",
            "a confirmation dialog without prevRequestForm",
        )
    })?;
    let ok_field = OK_FIELD
        .captures(&script)
        .map(|c| c[1].to_string())
        .ok_or_else(|| {
            ClientError::layout("confirmation", "no OK_CODES_NAME in the dialog script")
        })?;
    Ok(Some(Confirmation {
        ok_field,
        codes: OK_CODE
            .captures_iter(&script)
            .map(|c| c[1].to_string())
            .collect(),
        action: ACTION.captures(&script).map(|c| c[1].to_string()),
        echo,
    }))
}

/// Same controls regardless of order (the server regroups same-name parameters).
pub fn same_multiset(a: &[(String, String)], b: &[(String, String)]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a == b
}
