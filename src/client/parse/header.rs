//! The logged-in header: `#stat-login` counts and the card expiry.

use jiff::civil::Date;
use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use crate::client::text::{parse_count, squeeze};
use crate::model::AccountSummary;

/// Which password the session was opened with (the argument of `toUsrLend(…)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordKind {
    Full,
    Temporary,
    ReservationOnly,
}

pub fn parse_summary(doc: &Html) -> AccountSummary {
    let links: Vec<scraper::ElementRef<'_>> = doc.select(sel!("#stat-login a[id]")).collect();
    let count = |id: &str| -> Option<u32> {
        let link = links.iter().find(|a| a.value().attr("id") == Some(id))?;
        link.select(sel!("span.value"))
            .next()
            .and_then(|v| parse_count(&squeeze(v)))
    };
    AccountSummary {
        shelves: count("stat-shlf"),
        loans: count("stat-lent"),
        reservations: count("stat-resv"),
        cart: count("stat-cart"),
        expires_on: parse_expiry(doc),
    }
}

static EXPIRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"有効期限[^0-9]{0,12}(\d{4})\s*[/年.\-]\s*(\d{1,2})\s*[/月.\-]\s*(\d{1,2})")
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
    let link = doc.select(sel!("#stat-login a#stat-lent")).next()?;
    let caps = LOGIN_KIND.captures(link.value().attr("onclick")?)?;
    Some(match &caps[1] {
        "1" => PasswordKind::Full,
        "2" => PasswordKind::Temporary,
        _ => PasswordKind::ReservationOnly,
    })
}
