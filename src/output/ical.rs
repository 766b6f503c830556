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

/// A calendar of one kind of deadline (loans due, holds to collect): an
/// event an item, on its day, with a reminder the day before. An item's
/// UID is its profile and id, never its date: re-importing after the date
/// moved (a renewal) moves the event instead of leaving the old one behind.
/// With `tagged` (several profiles) each summary names its profile; UIDs
/// always do, so two profiles' calendars never collide.
struct Deadlines<'a> {
    cal: Calendar,
    tagged: bool,
    host: &'a str,
    /// The UID's first word: `loan`, `hold`.
    kind: &'static str,
    /// What the summary calls the day, and the reminder the day before.
    due: &'a str,
    tomorrow: &'a str,
}

impl Deadlines<'_> {
    /// `detail` (a place) follows the title in the event's description.
    fn push(&mut self, profile: &str, id: &str, title: &str, day: NaiveDate, detail: Option<&str>) {
        // RFC 5545 text holds no control characters, and the file may
        // well be shown on a terminal.
        let title = super::terminal_safe(title);
        let mut summary = format!("{}: {title}", self.due);
        if self.tagged {
            summary = format!("[{profile}] {summary}");
        }
        let uid = format!(
            "{}-{}-{}@{}",
            self.kind,
            token(profile),
            token(id),
            token(self.host)
        );
        let reminder = format!("{}: {title}", self.tomorrow);
        let description = match detail.map(super::terminal_safe) {
            Some(detail) => format!("{title}\n{detail}"),
            None => title.to_string(),
        };
        self.cal
            .push(reminded(&uid, day, &summary, &description, &reminder));
    }
}

/// One event per loan, on its due date, with a reminder the day before.
pub fn due_dates(groups: &[(&str, &[Loan])], tagged: bool, host: &str, lang: Lang) -> String {
    let mut feed = Deadlines {
        cal: calendar(lang.t("図書館の返却期限", "Library due dates")),
        tagged,
        host,
        kind: "loan",
        due: lang.t("返却期限", "Due"),
        tomorrow: lang.t("明日が返却期限", "Due tomorrow"),
    };
    for (profile, loans) in groups {
        for loan in *loans {
            if let Some(day) = naive(loan.due_on) {
                feed.push(profile, &loan.id, &loan.title, day, None);
            }
        }
    }
    feed.cal.to_string()
}

/// One event per reservation waiting at the counter (利用可能, 連絡済み),
/// on the last day it is held, with a reminder the day before; its
/// description names the pickup library.
pub fn hold_dates(
    groups: &[(&str, &[Reservation])],
    tagged: bool,
    host: &str,
    lang: Lang,
) -> String {
    let mut feed = Deadlines {
        cal: calendar(lang.t("図書館の取置期限", "Library pickup deadlines")),
        tagged,
        host,
        kind: "hold",
        due: lang.t("取置期限", "Pick up by"),
        tomorrow: lang.t("明日が取置期限", "Pick up by tomorrow"),
    };
    for (profile, reservations) in groups {
        for r in reservations.iter().filter(|r| r.state.is_ready()) {
            if let Some(day) = r.hold_until.and_then(naive) {
                let place = r.pickup_library.as_deref();
                feed.push(profile, &r.id, &r.title, day, place);
            }
        }
    }
    feed.cal.to_string()
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
    super::write_stdout(text)
}
