//! The library calendar (`図書館カレンダー`, `tiles.WMsgCalender`, research §23).
//!
//! The grid is drawn by script; the closed days are the `holiday="…"`
//! values inside `showCalender` (`YYYY-MM-DD 00:00:00.0`). The `syuku="…"`
//! values are stale national holidays and mark nothing.

use jiff::civil::Date;
use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::text::squeeze;
use crate::model::LibraryCalendar;

pub const SCREEN: &str = "tiles.WMsgCalender";

static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:var\s+)?\bholiday\s*=\s*["'](\d{4})-(\d{2})-(\d{2})"#).expect("valid regex")
});

pub fn parse_calendar(doc: &Html) -> Result<LibraryCalendar> {
    let is_calendar = doc
        .select(sel!("h1"))
        .any(|h| squeeze(h).contains("図書館カレンダー"));
    let select = doc.select(sel!("select[name=loccod]")).next();
    if !is_calendar || select.is_none() {
        return Err(ClientError::layout(
            "calendar",
            "no 図書館カレンダー heading with a library select",
        ));
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
    let months = (1..=3)
        .filter_map(|i| {
            let form = form.as_ref()?;
            let y = form.get(&format!("year{i}"))?.trim().parse().ok()?;
            let m = form.get(&format!("month{i}"))?.trim().parse().ok()?;
            Some((y, m))
        })
        .collect();
    let mut closed = Vec::new();
    for script in doc.select(sel!("script")) {
        let code: String = script.text().collect();
        for c in HOLIDAY.captures_iter(&code) {
            let date =
                (|| Date::new(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?).ok())();
            match date {
                Some(d) if !closed.contains(&d) => closed.push(d),
                Some(_) => {}
                None => {
                    return Err(ClientError::layout(
                        "calendar",
                        format!("holiday value {:?} is not a date", &c[0]),
                    ));
                }
            }
        }
    }
    let (library_code, library) = match selected {
        Some((code, name)) => (Some(code), name),
        None => (
            None,
            doc.select(sel!("table[summary=\"図書館選択\"] h2:not(.skip)"))
                .next()
                .map(|h| squeeze(h).trim_end_matches("カレンダー").to_string())
                .unwrap_or_default(),
        ),
    };
    Ok(LibraryCalendar {
        library_code,
        library,
        months,
        closed,
        libraries,
    })
}
