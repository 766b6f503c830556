//! 図書館カレンダー: a branch's closed days (休館日) as the calendar page lists them.

use jiff::civil::Date;
use serde::Serialize;

/// The calendar page of one branch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryCalendar {
    /// The branch shown (the select's selected option), code and name.
    pub library_code: Option<String>,
    /// Null when the page names no branch.
    pub library: Option<String>,
    /// The months the page covers (`year1..3`/`month1..3`), `(year, month)`.
    pub months: Vec<(i16, i8)>,
    /// Closed days in the page's order (its `holiday="…"` values).
    pub closed: Vec<Date>,
    /// Every branch the page offers (code, name).
    pub libraries: Vec<(String, String)>,
}

/// One closed day (a `calendar --json` row).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClosedDay {
    pub date: Date,
    /// `mon` … `sun`.
    pub weekday: &'static str,
    pub library: Option<String>,
    pub library_code: Option<String>,
}

impl LibraryCalendar {
    pub fn closed_days(&self) -> Vec<ClosedDay> {
        self.closed
            .iter()
            .map(|d| ClosedDay {
                date: *d,
                weekday: weekday(*d),
                library: self.library.clone(),
                library_code: self.library_code.clone(),
            })
            .collect()
    }
}

pub fn weekday(d: Date) -> &'static str {
    use jiff::civil::Weekday::*;
    match d.weekday() {
        Monday => "mon",
        Tuesday => "tue",
        Wednesday => "wed",
        Thursday => "thu",
        Friday => "fri",
        Saturday => "sat",
        Sunday => "sun",
    }
}
