//! The library calendar (`図書館カレンダー`, `tiles.WMsgCalender`, docs/protocol.md#calendar).
//!
//! The grid is drawn by script; the closed days are the `holiday="…"`
//! values inside `showCalender` (`YYYY-MM-DD 00:00:00.0`). The `syuku="…"`
//! values are stale national holidays and mark nothing. A closed day needs
//! its date; the branch select, the branch shown and the months are read
//! where the page has them.

use jiff::civil::Date;
use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use super::layouts::{self, calendar as layout};
use super::notes;
use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::text::squeeze;
use crate::model::LibraryCalendar;

const NAME: &str = "calendar";

/// `holiday="YYYY-MM-DD …"` for each variable `layouts::calendar::CLOSED_VARS` names.
static CLOSED: LazyLock<Regex> = LazyLock::new(|| {
    let vars: Vec<String> = layout::CLOSED_VARS
        .iter()
        .map(|v| regex::escape(v))
        .collect();
    Regex::new(&format!(
        r#"(?:var\s+)?\b(?:{})\s*=\s*["'](\d{{4}})-(\d{{2}})-(\d{{2}})"#,
        vars.join("|")
    ))
    .expect("valid regex")
});

pub fn parse_calendar(doc: &Html) -> Result<LibraryCalendar> {
    let is_calendar = doc.select(sel!("h1")).any(|h| {
        let text = layouts::compact(&squeeze(h));
        layout::HEADINGS
            .iter()
            .any(|w| text.contains(&layouts::compact(w)))
    });
    if !is_calendar {
        return Err(ClientError::layout(
            NAME,
            format!("no {} heading", layout::HEADINGS.join("/")),
        ));
    }
    let mut closed = Vec::new();
    let mut drawn = false;
    for script in doc.select(sel!("script")) {
        let code: String = script.text().collect();
        drawn |= code.contains(layout::DRAWS);
        for c in CLOSED.captures_iter(&code) {
            let date =
                (|| Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?).ok())();
            match date {
                Some(d) if !closed.contains(&d) => closed.push(d),
                Some(_) => {}
                None => {
                    return Err(ClientError::layout(
                        NAME,
                        format!("closed-day value {:?} is not a date", &c[0]),
                    ));
                }
            }
        }
    }
    // No closed day and no script drawing the grid: the days are somewhere
    // this parser does not look, and "none" would be a guess.
    if closed.is_empty() && !drawn {
        return Err(ClientError::layout(
            NAME,
            format!("no {} function and no closed days", layout::DRAWS),
        ));
    }
    let select = doc.select(sel!("select[name=loccod]")).next();
    if select.is_none() {
        notes::missing_field(NAME, layout::LIBRARIES.label(), layout::LIBRARIES.name);
    }
    let libraries: Vec<(String, String)> = select
        .iter()
        .flat_map(|s| s.select(sel!("option")))
        .filter_map(|o| Some((o.value().attr("value")?.trim().to_string(), squeeze(o))))
        .collect();
    let selected = select
        .and_then(|s| s.select(sel!("option[selected]")).last())
        .and_then(|o| Some((o.value().attr("value")?.trim().to_string(), squeeze(o))));
    let form = Form::from_page(doc, "LBForm");
    let months: Vec<(i16, i8)> = (1..=3)
        .filter_map(|i| {
            let form = form.as_ref()?;
            let y = form.get(&format!("year{i}"))?.trim().parse().ok()?;
            let m = form.get(&format!("month{i}"))?.trim().parse().ok()?;
            Some((y, m))
        })
        .collect();
    if months.is_empty() {
        notes::missing_field(NAME, "year1/month1 fields", "months");
    }
    let (library_code, library) = match selected {
        Some((code, name)) => (Some(code), Some(name)),
        None => {
            // The heading above the grid names the branch (中央図書館カレンダー).
            let heading = doc
                .select(sel!("table[summary]"))
                .filter(|t| {
                    let summary = t.value().attr("summary").unwrap_or_default();
                    layout::LIBRARIES.wordings.contains(&summary.trim())
                })
                .find_map(|t| t.select(sel!("h2:not(.skip)")).next())
                .map(|h| squeeze(h).trim_end_matches("カレンダー").to_string())
                .filter(|n| !n.is_empty());
            if heading.is_none() {
                notes::missing_field(NAME, "branch shown", "library");
            }
            (None, heading)
        }
    };
    Ok(LibraryCalendar {
        library_code,
        library,
        months,
        closed,
        libraries,
    })
}
