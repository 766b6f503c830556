//! 利用者情報設定 and the screens behind it (modelled: the product's screen
//! names are known, their markup is the simulator's LBForm rendering; see
//! the README's verification table).

use jiff::civil::Date;
use scraper::{ElementRef, Html};

use super::layouts::{self, user_info as layout};
use super::notes;
use crate::client::error::{ClientError, Result};
use crate::client::text::squeeze;
use crate::model::UserInfo;

const NAME: &str = "user information";

/// Values the site prints for "nothing registered".
fn value(text: String) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || layout::NONE.contains(&t) {
        None
    } else {
        Some(t.to_string())
    }
}

fn slash_or_kanji_date(s: &str) -> Option<Date> {
    let digits: Vec<i32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match digits.as_slice() {
        [y, m, d] if *y >= 1900 => Date::new(
            i16::try_from(*y).ok()?,
            i8::try_from(*m).ok()?,
            i8::try_from(*d).ok()?,
        )
        .ok(),
        _ => None,
    }
}

/// `(label, value)` of each row with a `th` and a `td`.
fn labelled_rows(table: ElementRef<'_>) -> Vec<(String, String)> {
    table
        .select(sel!("tr"))
        .filter_map(|row| {
            let th = row.select(sel!("th")).next()?;
            let td = row.select(sel!("td")).next()?;
            Some((squeeze(th), squeeze(td)))
        })
        .collect()
}

/// The 利用者情報 table: label cells (`th`) and values (`td`), each field
/// found by its label in any wording `layouts::user_info` knows. Every field
/// is optional, but a table with none of them is not the screen.
pub fn parse_user_info(doc: &Html) -> Result<UserInfo> {
    let table = super::table::by_summary(doc, layout::SUMMARY).ok_or_else(|| {
        ClientError::layout(
            NAME,
            format!("no table summary=\"{}\"", layout::SUMMARY.join("/")),
        )
    })?;
    let mut info = UserInfo::default();
    let mut seen: Vec<&'static str> = Vec::new();
    for (label, text) in labelled_rows(table) {
        let Some(fact) = layouts::label_of(&layout::LABELS, &label) else {
            continue;
        };
        if !seen.contains(&fact.name) {
            seen.push(fact.name);
        }
        match fact.name {
            n if n == layout::CARD.name => info.card = value(text),
            n if n == layout::NAME.name => info.name = value(text),
            n if n == layout::EXPIRES.name => info.expires_on = slash_or_kanji_date(&text),
            n if n == layout::ADDRESS.name => info.address = value(text),
            n if n == layout::MOBILE.name => info.mobile_phone = value(text),
            n if n == layout::HOME.name => info.home_phone = value(text),
            n if n == layout::EMAIL.name => info.email = value(text),
            n if n == layout::PICKUP.name => info.pickup_library = value(text),
            n if n == layout::CONTACT.name => info.contact = value(text),
            n if n == layout::HISTORY.name => {
                info.history_recording = if layout::RECORDING_OFF.iter().any(|w| text.contains(w)) {
                    Some(false)
                } else if layout::RECORDING_ON.iter().any(|w| text.contains(w)) {
                    Some(true)
                } else {
                    None
                };
            }
            _ => {}
        }
    }
    if seen.is_empty() {
        return Err(ClientError::layout(
            NAME,
            "the 利用者情報 table has no known rows",
        ));
    }
    for fact in &layout::LABELS {
        if !seen.contains(&fact.name) {
            notes::missing_field(NAME, fact.label(), fact.name);
        }
    }
    info.shown = seen;
    Ok(info)
}

/// The options of a named select: (value, label).
pub fn select_options(doc: &Html, name: &str) -> Vec<(String, String)> {
    let Ok(select) = scraper::Selector::parse(&format!("select[name=\"{name}\"] option")) else {
        return Vec::new();
    };
    doc.select(&select)
        .filter(|o| o.value().attr("disabled").is_none())
        .filter_map(|o| Some((o.value().attr("value")?.trim().to_string(), squeeze(o))))
        .collect()
}

/// The terms text of a consent screen (`div.kiyaku`), whitespace squeezed.
pub fn terms_text(doc: &Html) -> Option<String> {
    let text: Vec<String> = doc
        .select(sel!("div.kiyaku p, div.kiyaku li"))
        .map(squeeze)
        .filter(|t| !t.is_empty())
        .collect();
    (!text.is_empty()).then(|| text.join("\n"))
}
