//! "Today" in the library's time zone, overridable with `TOSHOKAN_TODAY`
//! so due-day arithmetic is reproducible in tests and across machines.

use jiff::civil::Date;
use jiff::tz::{self, TimeZone};

use crate::error::CliError;

pub const TODAY_ENV: &str = "TOSHOKAN_TODAY";

/// Japan has no daylight saving time, so a fixed +09:00 avoids depending on
/// the tz database being installed.
pub fn japan() -> TimeZone {
    TimeZone::fixed(tz::offset(9))
}

/// Today's date: `TOSHOKAN_TODAY` (YYYY-MM-DD) when set, else the date in Japan.
pub fn today() -> Result<Date, CliError> {
    match std::env::var(TODAY_ENV) {
        Ok(value) if !value.trim().is_empty() => parse_iso_date(value.trim()).ok_or_else(|| {
            CliError::usage(format!("{TODAY_ENV}={value} is not a date"))
                .with_hint("use the form YYYY-MM-DD, e.g. 2026-07-14")
        }),
        _ => Ok(jiff::Timestamp::now().to_zoned_datetime(japan()).date()),
    }
}

/// Parses `YYYY-MM-DD`, the only date form the CLI accepts from people.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: i8 = parts.next()?.parse().ok()?;
    let d: i8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    from.until(to)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(parse_iso_date("2026-07-18"), Date::new(2026, 7, 18).ok());
        assert_eq!(parse_iso_date("2026-02-30"), None);
        assert_eq!(parse_iso_date("2026/07/18"), None);
        assert_eq!(parse_iso_date("2026-07-18-1"), None);
    }

    #[test]
    fn counts_days_across_months() {
        let a = Date::new(2026, 7, 30).unwrap();
        let b = Date::new(2026, 8, 2).unwrap();
        assert_eq!(days_between(a, b), 3);
        assert_eq!(days_between(b, a), -3);
    }
}
