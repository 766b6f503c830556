//! What the simulator knows about a patron beyond loans and reservations:
//! the identity data the password registration checks, the address the
//! user-information screen shows, and the reading history with its setting.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::state::Bib;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Patron {
    #[serde(default)]
    pub birth_date: Option<Date>,
    #[serde(default)]
    pub address: Option<String>,
    /// 読書履歴を記録する.
    #[serde(default)]
    pub history_enabled: bool,
    /// Newest first, as the site lists by default.
    #[serde(default)]
    pub history: Vec<SimRead>,
}

/// One row of the reading history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimRead {
    pub bib: Bib,
    /// The record code the row's delete button carries.
    pub mngcod: String,
    pub loaned_on: Date,
    /// `hh:mm:ss` of the loan.
    pub time: String,
    pub library: String,
    /// 貸出区分
    pub kind: String,
}

impl SimRead {
    pub fn new(bib: Bib, mngcod: &str, loaned_on: Date, library: &str) -> SimRead {
        SimRead {
            bib,
            mngcod: mngcod.to_string(),
            loaned_on,
            time: "12:00:00".into(),
            library: library.to_string(),
            kind: "通常貸出".into(),
        }
    }

    /// `YYYY/MM/DD hh:mm:ss`, the second argument of `kashistDelete`.
    pub fn stamp(&self) -> String {
        format!("{} {}", self.loaned_on.strftime("%Y/%m/%d"), self.time)
    }
}

/// `rows` history rows over the past, newest first, a few a day, titles
/// taken round-robin from `books`.
pub fn history_rows(books: &[Bib], libraries: &[&str], today: Date, rows: usize) -> Vec<SimRead> {
    if books.is_empty() || libraries.is_empty() {
        return Vec::new();
    }
    (0..rows)
        .map(|i| {
            let days = 20 + (i / 3) as i64 * 4 + (i % 3) as i64;
            let day = today.checked_sub(days.days()).unwrap_or(today);
            let mut row = SimRead::new(
                books[(i * 7) % books.len()].clone(),
                &format!("{}", 300_000_000 + i * 7_919),
                day,
                libraries[(i / 5) % libraries.len()],
            );
            row.time = format!(
                "{:02}:{:02}:{:02}",
                10 + i % 8,
                (i * 13) % 60,
                (i * 29) % 60
            );
            row
        })
        .collect()
}
