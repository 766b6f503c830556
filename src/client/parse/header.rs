//! The logged-in header: `#stat-login` counts and the card expiry. Every
//! fact is optional (sites show different counts, few show the expiry);
//! what a logged-in header lacks is noted.

use jiff::civil::Date;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::layouts::{self, Fact, header as layout};
use super::notes;
use crate::client::text::{parse_count, squeeze, squeeze_str};
use crate::model::AccountSummary;

const LABEL: &str = "header";

/// Which password the session was opened with (the argument of `toUsrLend(…)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordKind {
    Full,
    Temporary,
    ReservationOnly,
}

/// A count link's own wording: its text without the number and the
/// screen-reader (`.skip`) parts.
fn link_wording(link: ElementRef<'_>) -> String {
    let mut out = String::new();
    for node in link.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let inside_value_or_skip = node
            .ancestors()
            .take_while(|a| a.id() != link.id())
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().classes().any(|c| c == "skip" || c == "value"));
        if !inside_value_or_skip {
            out.push_str(text);
        }
    }
    squeeze_str(&out)
}

fn count(links: &[ElementRef<'_>], fact: &Fact, id: &str) -> Option<u32> {
    let link = links
        .iter()
        .find(|a| a.value().attr("id") == Some(id))
        .or_else(|| {
            links.iter().find(|a| {
                layouts::label_of(std::slice::from_ref(fact), &link_wording(**a)).is_some()
            })
        })?;
    link.select(sel!(".value"))
        .next()
        .and_then(|v| parse_count(&squeeze(v)))
}

pub fn parse_summary(doc: &Html) -> AccountSummary {
    let header = doc.select(sel!("#stat-login")).next();
    let links: Vec<ElementRef<'_>> = header.iter().flat_map(|h| h.select(sel!("a"))).collect();
    let [shelves, loans, reservations, cart] =
        layout::COUNTS.map(|(fact, id)| count(&links, &fact, id));
    let summary = AccountSummary {
        shelves,
        loans,
        reservations,
        cart,
        expires_on: parse_expiry(doc),
    };
    if header.is_some() {
        let found = [shelves, loans, reservations, cart];
        for ((fact, _), value) in layout::COUNTS.iter().zip(found) {
            if value.is_none() {
                notes::missing_field(LABEL, fact.label(), fact.name);
            }
        }
        if summary.expires_on.is_none() {
            notes::missing_field(LABEL, layout::EXPIRES.label(), layout::EXPIRES.name);
        }
    }
    summary
}

/// 有効期限 (in any of its wordings) followed by a date, within a few characters.
static EXPIRY: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<String> = layout::EXPIRES
        .wordings
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    Regex::new(&format!(
        r"(?:{})[^0-9]{{0,12}}(\d{{4}})\s*[/年.\-]\s*(\d{{1,2}})\s*[/月.\-]\s*(\d{{1,2}})",
        words.join("|")
    ))
    .expect("valid regex")
});

/// 有効期限 from the header text; sites word and place it differently
/// (`span.expire` reading 利用者有効期限：YYYY/MM/DD on some), so search the
/// header's text rather than one element.
pub fn parse_expiry(doc: &Html) -> Option<Date> {
    let text = doc
        .select(sel!("#head, #stat-login, .expire"))
        .map(squeeze)
        .collect::<Vec<_>>()
        .join(" ");
    let caps = EXPIRY.captures(&text)?;
    Date::new(
        caps[1].parse().ok()?,
        caps[2].parse().ok()?,
        caps[3].parse().ok()?,
    )
    .ok()
}

static LOGIN_KIND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"toUsrLend\((\d+)\)").expect("valid regex"));

pub fn password_kind(doc: &Html) -> Option<PasswordKind> {
    // The loan count's link carries it; any header link calling toUsrLend will do.
    let caps = doc
        .select(sel!("#stat-login a[onclick]"))
        .filter_map(|a| LOGIN_KIND.captures(a.value().attr("onclick")?))
        .next()?;
    Some(match &caps[1] {
        "1" => PasswordKind::Full,
        "2" => PasswordKind::Temporary,
        _ => PasswordKind::ReservationOnly,
    })
}
