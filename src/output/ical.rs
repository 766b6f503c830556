//! iCalendar (RFC 5545) for due dates and closed days, built with the
//! `icalendar` crate (escaping and line folding on UTF-8 boundaries are
//! its job). All-day events; UIDs are stable so a re-import updates
//! instead of duplicating.

use chrono::{NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property, Trigger};
use jiff::civil::Date;

use crate::i18n::Lang;
use crate::model::{LibraryCalendar, Loan, Reservation};

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

/// An all-day event with a reminder the day before (`-P1D`). The alarm's
/// UID is derived from the event's, so the same data gives the same file.
fn reminded(uid: &str, day: NaiveDate, summary: &str, description: &str, reminder: &str) -> Event {
    let stamp = Utc::now();
    let mut trigger = Property::new("TRIGGER", "-P1D");
    trigger.add_parameter("RELATED", "START");
    // The crate would say the day as `-PT86400S`; the property replaces it.
    let alarm = Alarm::display(reminder, Trigger::before_start(chrono::Duration::days(1)))
        .append_property(trigger)
        .uid(&format!("{uid}-alarm"))
        .timestamp(stamp)
        .done();
    let mut event = Event::new();
    all_day(&mut event, day)
        .uid(uid)
        .timestamp(stamp)
        .summary(summary)
        .description(description)
        .alarm(alarm);
    event.done()
}

/// One event per loan, on its due date, with a reminder the day before.
/// A loan's UID is its profile and title code, never its date: re-importing
/// after a renewal moves the event instead of leaving the old one behind.
/// With `tagged` (several profiles) each summary names its profile; UIDs
/// always do, so two profiles' calendars never collide.
pub fn due_dates(groups: &[(&str, &[Loan])], tagged: bool, host: &str, lang: Lang) -> String {
    let mut cal = calendar(lang.t("図書館の返却期限", "Library due dates"));
    for (profile, loans) in groups {
        for loan in *loans {
            let Some(day) = naive(loan.due_on) else {
                continue;
            };
            // RFC 5545 text holds no control characters, and the file may
            // well be shown on a terminal.
            let title = super::terminal_safe(&loan.title);
            let summary = tag(
                tagged,
                profile,
                format!("{}: {title}", lang.t("返却期限", "Due")),
            );
            let uid = format!(
                "loan-{}-{}@{}",
                token(profile),
                token(&loan.id),
                token(host)
            );
            let reminder = format!("{}: {title}", lang.t("明日が返却期限", "Due tomorrow"));
            cal.push(reminded(&uid, day, &summary, &title, &reminder));
        }
    }
    cal.to_string()
}

/// One event per reservation waiting at the counter (利用可能, 連絡済み),
/// on the last day it is held, with a reminder the day before.
pub fn hold_dates(
    groups: &[(&str, &[Reservation])],
    tagged: bool,
    host: &str,
    lang: Lang,
) -> String {
    let mut cal = calendar(lang.t("図書館の取置期限", "Library pickup deadlines"));
    for (profile, reservations) in groups {
        for r in reservations.iter().filter(|r| r.state.is_ready()) {
            let Some(day) = r.hold_until.and_then(naive) else {
                continue;
            };
            let title = super::terminal_safe(&r.title);
            let summary = tag(
                tagged,
                profile,
                format!("{}: {title}", lang.t("取置期限", "Pick up by")),
            );
            let uid = format!("hold-{}-{}@{}", token(profile), token(&r.id), token(host));
            let reminder = format!(
                "{}: {title}",
                lang.t("明日が取置期限", "Pick up by tomorrow")
            );
            let place = r.pickup_library.as_deref().map(super::terminal_safe);
            let description = match place {
                Some(place) => format!("{title}\n{place}"),
                None => title.to_string(),
            };
            cal.push(reminded(&uid, day, &summary, &description, &reminder));
        }
    }
    cal.to_string()
}

fn tag(tagged: bool, profile: &str, summary: String) -> String {
    if tagged {
        format!("[{profile}] {summary}")
    } else {
        summary
    }
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
