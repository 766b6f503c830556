//! "Today" in the library's time zone, overridable with `TOSHOKAN_TODAY`
//! so due-day arithmetic is reproducible in tests and across machines;
//! "now" (the age of snapshots), overridable with `TOSHOKAN_NOW`; and
//! `--max-age` durations.

use jiff::civil::Date;
use jiff::tz::{self, TimeZone};
use jiff::{SignedDuration, Span, SpanRelativeTo, Timestamp};

use crate::error::CliError;

pub const TODAY_ENV: &str = "TOSHOKAN_TODAY";
/// An RFC 3339 instant taken as now (tests: the age of snapshots). Not
/// documented for users, like `TOSHOKAN_TODAY`'s use in tests.
pub const NOW_ENV: &str = "TOSHOKAN_NOW";

/// Japan has no daylight saving time, so a fixed +09:00 avoids depending on
/// the tz database being installed.
pub fn japan() -> TimeZone {
    TimeZone::fixed(tz::offset(9))
}

/// Today's date: `TOSHOKAN_TODAY` (YYYY-MM-DD) when set, else the date in
/// Japan of [`now`].
pub fn today() -> Result<Date, CliError> {
    match std::env::var(TODAY_ENV) {
        Ok(value) if !value.trim().is_empty() => parse_iso_date(value.trim()).ok_or_else(|| {
            CliError::usage(format!("{TODAY_ENV}={value} is not a date"))
                .with_hint("use the form YYYY-MM-DD, e.g. 2026-07-14")
        }),
        _ => Ok(now()?.to_zoned_datetime(japan()).date()),
    }
}

/// Now: `TOSHOKAN_NOW` (RFC 3339, e.g. `2026-07-14T09:00:00Z`) when set,
/// else the system clock.
pub fn now() -> Result<Timestamp, CliError> {
    match std::env::var(NOW_ENV) {
        Ok(value) if !value.trim().is_empty() => value.trim().parse().map_err(|_| {
            CliError::usage(format!("{NOW_ENV}={value} is not an instant"))
                .with_hint("use RFC 3339, e.g. 2026-07-14T09:00:00Z")
        }),
        _ => Ok(Timestamp::now()),
    }
}

/// `--max-age`: how old an answer may be. Zero means "always read".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaxAge(pub SignedDuration);

/// Why a `--max-age` value was refused; its text is the hint clap prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadDuration(String);

impl std::fmt::Display for BadDuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} is not a duration: use a number and a unit, e.g. 90s, 30m, 1h, 2d, 1h30m (0: always read the site)",
            self.0
        )
    }
}

impl std::error::Error for BadDuration {}

/// `90s`, `30m`, `1h`, `2d`, `1h30m` (jiff's friendly format, days of 24
/// hours) and `0`. Negative spans ("1h ago") and months or years (whose
/// length depends on the date) are refused.
impl std::str::FromStr for MaxAge {
    type Err = BadDuration;

    fn from_str(s: &str) -> Result<MaxAge, BadDuration> {
        let bad = || BadDuration(s.to_string());
        let text = s.trim();
        if text == "0" {
            return Ok(MaxAge(SignedDuration::ZERO));
        }
        let span: Span = text.parse().map_err(|_| bad())?;
        if span.is_negative() || span.get_years() != 0 || span.get_months() != 0 {
            return Err(bad());
        }
        span.to_duration(SpanRelativeTo::days_are_24_hours())
            .map(MaxAge)
            .map_err(|_| bad())
    }
}

impl MaxAge {
    /// Whether something taken at `taken_at` is young enough at `now`: its
    /// age is at least zero (a time from the future, after the clock was
    /// set back, proves nothing) and below the maximum.
    pub fn admits(self, taken_at: Timestamp, now: Timestamp) -> bool {
        let age = now.duration_since(taken_at);
        !age.is_negative() && age < self.0
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
    fn max_ages_take_the_documented_forms_and_nothing_negative() {
        let secs = |s: &str| s.parse::<MaxAge>().map(|m| m.0.as_secs());
        assert_eq!(secs("90s"), Ok(90));
        assert_eq!(secs("30m"), Ok(1800));
        assert_eq!(secs("1h"), Ok(3600));
        assert_eq!(secs("2d"), Ok(172_800));
        assert_eq!(secs("1h30m"), Ok(5400));
        assert_eq!(secs("0"), Ok(0));
        for bad in ["", "1", "-1h", "1h ago", "1x", "2mo", "1y", "h", "0x"] {
            let err = bad.parse::<MaxAge>().expect_err(bad);
            assert!(err.to_string().contains("1h30m"), "{err}");
        }
    }

    #[test]
    fn an_age_counts_only_from_the_past() {
        let at: Timestamp = "2026-07-14T00:00:00Z".parse().unwrap();
        let hour: MaxAge = "1h".parse().unwrap();
        let later = |s: i64| at.checked_add(SignedDuration::from_secs(s)).unwrap();
        assert!(hour.admits(at, at));
        assert!(hour.admits(at, later(3599)));
        assert!(!hour.admits(at, later(3600)));
        assert!(!hour.admits(at, later(-1)), "taken in the future");
        let zero: MaxAge = "0".parse().unwrap();
        assert!(!zero.admits(at, at));
    }

    #[test]
    fn counts_days_across_months() {
        let a = Date::new(2026, 7, 30).unwrap();
        let b = Date::new(2026, 8, 2).unwrap();
        assert_eq!(days_between(a, b), 3);
        assert_eq!(days_between(b, a), -3);
    }
}
