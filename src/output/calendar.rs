//! Closed days (休館日) of a branch.

use super::columns::{Column, LIBRARY};
use super::{Output, grouped, or_dash};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{ClosedDay, LibraryCalendar};

fn weekday_text(lang: Lang, w: &str) -> &'static str {
    let (ja, en) = match w {
        "mon" => ("月", "Mon"),
        "tue" => ("火", "Tue"),
        "wed" => ("水", "Wed"),
        "thu" => ("木", "Thu"),
        "fri" => ("金", "Fri"),
        "sat" => ("土", "Sat"),
        _ => ("日", "Sun"),
    };
    lang.t(ja, en)
}

pub fn print(out: &Output, calendar: &LibraryCalendar) -> Result<(), CliError> {
    let lang = out.lang;
    let days = calendar.closed_days();
    if !out.json {
        let months: Vec<String> = calendar
            .months
            .iter()
            .map(|(y, m)| format!("{y}-{m:02}"))
            .collect();
        out.note(&format!(
            "{} {} ({})",
            or_dash(calendar.library.as_deref()),
            lang.t("の休館日", "closed days"),
            months.join(", ")
        ));
    }
    grouped(
        out,
        &[(None, days.as_slice())],
        &[
            Column::fixed("日付", "Date"),
            Column::fixed("曜日", "Day"),
            LIBRARY,
        ],
        |d: &ClosedDay| {
            vec![
                d.date.to_string(),
                weekday_text(lang, d.weekday).to_string(),
                or_dash(d.library.as_deref()),
            ]
        },
        lang.t("休館日はありません。", "No closed days listed."),
    )
}
