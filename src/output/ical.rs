//! iCalendar (RFC 5545) for due dates and closed days, built with the
//! `icalendar` crate (escaping and line folding on UTF-8 boundaries are
//! its job). All-day events; UIDs are stable so a re-import updates
//! instead of duplicating.

use chrono::{NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};
use jiff::civil::Date;

use crate::i18n::Lang;
use crate::model::{LibraryCalendar, Loan};

const PRODID: &str = "-//toshokan//toshokan//JA";

fn naive(d: Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
}

/// An all-day event: `DTSTART;VALUE=DATE` and the non-inclusive next day as
/// `DTEND` (RFC 5545 §3.8.2.2: DTEND must be later than DTSTART; the
/// crate's `all_day` sets both to the same day).
fn all_day(event: &mut Event, day: NaiveDate) -> &mut Event {
    event.starts(day);
    if let Some(next) = day.succ_opt() {
        event.ends(next);
    }
    event
}

fn calendar(name: &str) -> Calendar {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", PRODID));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.name(name);
    cal
}

/// A UID-safe token (profile names and codes are already plain; be sure).
fn token(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// One event per due date (and profile), listing the titles due.
/// With `tagged` (several profiles) each summary names its profile; UIDs
/// always do, so two profiles' calendars never collide.
pub fn due_dates(groups: &[(&str, &[Loan])], tagged: bool, host: &str, lang: Lang) -> String {
    let mut cal = calendar(lang.t("図書館の返却期限", "Library due dates"));
    let stamp = Utc::now();
    for (profile, loans) in groups {
        let mut dates: Vec<Date> = loans.iter().map(|l| l.due_on).collect();
        dates.sort();
        dates.dedup();
        for due in dates {
            let Some(day) = naive(due) else { continue };
            // RFC 5545 text holds no control characters, and the file may
            // well be shown on a terminal.
            let titles: Vec<std::borrow::Cow<'_, str>> = loans
                .iter()
                .filter(|l| l.due_on == due)
                .map(|l| super::terminal_safe(&l.title))
                .collect();
            let mut summary = match titles.as_slice() {
                [one] => format!("{}: {one}", lang.t("返却期限", "Due")),
                many => format!(
                    "{}: {}",
                    lang.t("返却期限", "Due"),
                    lang.t(
                        &format!("{}冊", many.len()),
                        &format!("{} items", many.len())
                    )
                ),
            };
            if tagged {
                summary = format!("[{profile}] {summary}");
            }
            let description = titles
                .iter()
                .map(|t| format!("・{t}"))
                .collect::<Vec<_>>()
                .join("\n");
            let uid = format!(
                "due-{}-{}@{}",
                token(profile),
                due.strftime("%Y%m%d"),
                token(host)
            );
            let mut event = Event::new();
            all_day(&mut event, day)
                .uid(&uid)
                .timestamp(stamp)
                .summary(&summary)
                .description(&description);
            cal.push(event.done());
        }
    }
    cal.to_string()
}

/// One event per closed day of a branch.
pub fn closed_days(calendar_page: &LibraryCalendar, host: &str, lang: Lang) -> String {
    let library = super::terminal_safe(calendar_page.library.as_deref().unwrap_or_default());
    let name = format!("{library} {}", lang.t("休館日", "closed days"))
        .trim()
        .to_string();
    let mut cal = calendar(&name);
    let stamp = Utc::now();
    let code = calendar_page
        .library_code
        .clone()
        .unwrap_or_else(|| "library".into());
    for day in &calendar_page.closed {
        let Some(date) = naive(*day) else { continue };
        let uid = format!(
            "closed-{}-{}@{}",
            token(&code),
            day.strftime("%Y%m%d"),
            token(host)
        );
        let mut event = Event::new();
        all_day(&mut event, date)
            .uid(&uid)
            .timestamp(stamp)
            .summary(format!("休館日 {library}").trim())
            .add_property("TRANSP", "TRANSPARENT");
        cal.push(event.done());
    }
    cal.to_string()
}

/// Writes a calendar to stdout; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), crate::error::CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(crate::error::CliError::new(
            crate::error::Exit::Internal,
            format!("cannot write output: {e}"),
        )),
    }
}
