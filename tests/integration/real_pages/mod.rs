//! The real-page corpus: every page under `tests/fixtures/real/<library>/`
//! must give the facts its sibling `<page>.expect.json` lists, read by the
//! parser the client runs on that screen (the screen is the file name before
//! `-N`). Adding a page captured on a new site is dropping the page and its
//! expectations in; see `tests/fixtures/real/README.md`.
//!
//! An expectation file is `{"today": "YYYY-MM-DD"?, "facts": {…}}` or
//! `{"error": "words of the error"}`. Facts are matched as a subset: every
//! key given must be there with that value (`null` included), arrays must
//! have exactly the elements given, keys not given are not checked.

use crate::common;

mod account;
mod catalog;
mod lists;

use std::path::Path;

use jiff::civil::Date;
use serde_json::Value;

/// "Today" for pages whose expectations do not say (the Nishinomiya captures' week).
const DEFAULT_TODAY: Date = jiff::civil::date(2026, 7, 14);

/// A draft says what the parser reads today, not what the page shows: it
/// fails until somebody has checked it and removed this line.
const DRAFT: &str = "check every value against the page, then delete this line";

/// What a reader makes of a page: the facts as JSON, or the error's text.
pub type Reading = Result<Value, String>;

fn read(screen: &str, body: &str, today: Date) -> Reading {
    lists::read(screen, body, today)
        .or_else(|| catalog::read(screen, body, today))
        .or_else(|| account::read(screen, body, today))
        .unwrap_or_else(|| Err(format!("no reader for screen {screen:?}")))
}

fn screen_of(page: &Path) -> String {
    let stem = page
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.split('.').next())
        .unwrap_or_default();
    match stem.rsplit_once('-') {
        Some((screen, n)) if n.chars().all(|c| c.is_ascii_digit()) => screen.to_string(),
        _ => stem.to_string(),
    }
}

fn expect_path(page: &Path) -> std::path::PathBuf {
    let name = page
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name.split('.').next().unwrap_or(name);
    page.with_file_name(format!("{stem}.expect.json"))
}

/// Where `actual` differs from what `expected` asks, as JSON paths.
fn mismatches(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, value) in want {
                match got.get(key) {
                    Some(g) => mismatches(&format!("{path}.{key}"), value, g, out),
                    None => out.push(format!("{path}.{key}: missing, expected {value}")),
                }
            }
        }
        (Value::Array(want), Value::Array(got)) => {
            if want.len() != got.len() {
                out.push(format!(
                    "{path}: {} elements, expected {}",
                    got.len(),
                    want.len()
                ));
            }
            for (i, (w, g)) in want.iter().zip(got).enumerate() {
                mismatches(&format!("{path}[{i}]"), w, g, out);
            }
        }
        (w, g) if w == g => {}
        (w, g) => out.push(format!("{path}: {g}, expected {w}")),
    }
}

fn check(page: &Path) -> Result<(), String> {
    let body = std::fs::read_to_string(page).map_err(|e| e.to_string())?;
    let expect_file = expect_path(page);
    let screen = screen_of(page);
    let text = match std::fs::read_to_string(&expect_file) {
        Ok(text) => text,
        Err(_) if std::env::var_os("UPDATE_GENERATED").is_some() => {
            // A first draft for a new page: to be checked against the page by hand.
            let reading = read(&screen, &body, DEFAULT_TODAY);
            let draft = match reading {
                Ok(facts) => {
                    serde_json::json!({ "draft": DRAFT, "today": DEFAULT_TODAY, "facts": facts })
                }
                Err(error) => serde_json::json!({ "draft": DRAFT, "error": error }),
            };
            let pretty = serde_json::to_string_pretty(&draft).map_err(|e| e.to_string())?;
            std::fs::write(&expect_file, pretty + "\n").map_err(|e| e.to_string())?;
            return Err(format!("wrote a draft {}: check it", expect_file.display()));
        }
        Err(_) => {
            return Err(format!(
                "no {} (UPDATE_GENERATED=1 writes a draft to check by hand)",
                expect_file.display()
            ));
        }
    };
    let expect: Value =
        serde_json::from_str(&text).map_err(|e| format!("bad expectations: {e}"))?;
    let today = match expect.get("today").and_then(Value::as_str) {
        Some(d) => d.parse().map_err(|e| format!("today {d:?}: {e}"))?,
        None => DEFAULT_TODAY,
    };
    let reading = read(&screen, &body, today);
    match (expect.get("facts"), expect.get("error"), reading) {
        (Some(facts), None, Ok(actual)) => {
            let mut out = Vec::new();
            mismatches("facts", facts, &actual, &mut out);
            if out.is_empty() {
                Ok(())
            } else {
                Err(out.join("\n    "))
            }
        }
        (Some(_), None, Err(e)) => Err(format!("not read: {e}")),
        (None, Some(Value::String(words)), Err(e)) if e.contains(words.as_str()) => Ok(()),
        (None, Some(words), Err(e)) => Err(format!("error {e:?}, expected one saying {words}")),
        (None, Some(words), Ok(_)) => Err(format!("read, expected an error saying {words}")),
        _ => Err("expectations need exactly one of \"facts\" and \"error\"".to_string()),
    }
}

#[test]
fn every_real_page_gives_its_facts() {
    let pages = common::real_pages();
    assert!(pages.len() >= 25, "the corpus is missing pages");
    let failures: Vec<String> = pages
        .iter()
        .filter_map(|page| {
            check(page)
                .err()
                .map(|e| format!("{}:\n    {e}", page.display()))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_expectation_has_its_page() {
    let root = common::fixture_path("real");
    for lib in std::fs::read_dir(root).unwrap().flatten() {
        for file in std::fs::read_dir(lib.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = file.file_name().to_string_lossy().to_string();
            if let Some(stem) = name.strip_suffix(".expect.json") {
                let has_page = ["html", "js"]
                    .iter()
                    .any(|x| lib.path().join(format!("{stem}.{x}")).exists());
                assert!(has_page, "{name} has no page beside it");
            }
        }
    }
}
