//! Formatting: tables for people, JSON for programs. Nothing here talks to
//! the site; commands hand over typed values.

pub mod account;
pub mod alert;
pub mod arrivals;
pub mod barcode;
pub mod calendar;
pub mod catalog;
pub mod columns;
pub mod doctor;
pub mod history;
pub mod ical;
pub mod loans;
pub mod profiles;
pub mod renew;
pub mod reservation_write;
pub mod reservations;
pub mod safe;
pub mod settings;
pub mod shelf;
pub mod table;
pub mod write;

use std::io::Write;

use serde::Serialize;

use crate::error::{CliError, Exit};
use crate::i18n::Lang;
pub use columns::Column;
pub use safe::terminal_safe;
pub use table::{Cell, Col, Fit, Table, Tone, terminal_width};

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub lang: Lang,
    pub quiet: bool,
    pub color: bool,
}

/// A value tagged with the profile it came from (`--all-profiles`).
#[derive(Debug, Serialize)]
pub struct Tagged<'a, T: Serialize> {
    pub profile: &'a str,
    #[serde(flatten)]
    pub item: &'a T,
}

impl Output {
    /// Writes JSON to stdout; a closed pipe is not an error.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<(), CliError> {
        let text = serde_json::to_string_pretty(value)
            .map_err(|e| CliError::new(Exit::Internal, e.to_string()))?;
        write_stdout(&format!("{}\n", safe::json_safe(text)))
    }

    /// Prints a table made by [`Output::new_table`], fitted to the
    /// terminal's width (no limit without one), coloured when colour is on.
    /// Cells are made [`terminal_safe`] before our own colours are added.
    pub fn table(&self, table: &Table) -> Result<(), CliError> {
        write_stdout(&format!("{}\n", table.render(terminal_width(), self.color)))
    }

    /// A line for people on stderr (suppressed by `-q` and by `--json`'s
    /// stdout being reserved for data — messages always go to stderr).
    pub fn note(&self, line: &str) {
        if !self.quiet {
            eprint_safe(line);
        }
    }

    /// What a prompt is about to send, one line an item, before the question.
    pub fn plan(&self, lines: &[String]) {
        for line in lines {
            eprint_safe(&format!("  {line}"));
        }
    }

    /// Text on stderr said even under `-q` (terms the person agrees to).
    pub fn say(&self, text: &str) {
        eprint_safe(text);
    }

    /// A warning on stderr, said even under `-q`: something the person
    /// should act on, though the command itself went on.
    pub fn warn(&self, text: &str) {
        eprint_safe(&format!("{}: {text}", self.lang.t("警告", "warning")));
    }

    /// A table of these columns, headed in the user's language (how they
    /// fit: the `table` module).
    pub fn new_table(&self, columns: &[Column]) -> Table {
        let cols: Vec<Col<'_>> = columns.iter().map(|c| c.col(self.lang)).collect();
        Table::new(&cols)
    }

    /// A table of labelled values, one a row (one title, one condition, the
    /// account), under `key` and [`columns::VALUE`].
    pub fn fields(&self, key: Column, rows: Vec<(&str, String)>) -> Result<(), CliError> {
        let mut table = self.new_table(&[key, columns::VALUE]);
        for (label, value) in rows {
            table.add_row([label.to_string(), value]);
        }
        self.table(&table)
    }

    /// Prints an error: one line plus a hint, or a JSON object with `--json`.
    pub fn error(&self, err: &CliError) {
        if self.json {
            let value = serde_json::json!({
                "error": { "kind": err.exit.kind(), "message": err.message, "hint": err.hint }
            });
            eprintln!("{}", safe::json_safe(value.to_string()));
            return;
        }
        eprint_safe(&format!(
            "{}: {}",
            self.lang.t("エラー", "error"),
            err.message
        ));
        if let Some(hint) = &err.hint {
            eprint_safe(&format!("{}: {hint}", self.lang.t("ヒント", "hint")));
        }
    }
}

/// Items of one or more profiles: a JSON array (objects tagged with
/// `profile` when the groups name their profile, as every command does
/// under `--all-profiles`, with one profile too: docs/json.md#--all-profiles)
/// or one table with a profile column first. `empty` is said on stderr
/// when there is nothing to show.
pub fn grouped<T: Serialize, C: Into<Cell>>(
    out: &Output,
    groups: &[(Option<&str>, &[T])],
    headers: &[Column],
    row: impl Fn(&T) -> Vec<C>,
    empty: &str,
) -> Result<(), CliError> {
    let tagged = groups.iter().any(|(p, _)| p.is_some());
    if out.json {
        if tagged {
            let all: Vec<Tagged<'_, T>> = groups
                .iter()
                .flat_map(|(p, items)| {
                    items.iter().map(move |item| Tagged {
                        profile: p.unwrap_or_default(),
                        item,
                    })
                })
                .collect();
            return out.json(&all);
        }
        let all: Vec<&T> = groups.iter().flat_map(|(_, items)| items.iter()).collect();
        return out.json(&all);
    }
    if groups.iter().all(|(_, items)| items.is_empty()) {
        out.note(empty);
        return Ok(());
    }
    let rows = groups.iter().flat_map(|(profile, items)| {
        items.iter().map(|item| {
            let cells: Vec<Cell> = row(item).into_iter().map(Into::into).collect();
            (profile.unwrap_or_default(), cells)
        })
    });
    out.table(&profile_table(out, tagged, headers, rows))
}

/// A table of `(profile, cells)` rows under `headers`, with the profile in
/// a first column when `tagged`.
fn profile_table<'p>(
    out: &Output,
    tagged: bool,
    headers: &[Column],
    rows: impl IntoIterator<Item = (&'p str, Vec<Cell>)>,
) -> Table {
    let tag = tagged.then_some(columns::PROFILE);
    let all_headers: Vec<Column> = tag.into_iter().chain(headers.iter().copied()).collect();
    let mut table = out.new_table(&all_headers);
    for (profile, cells) in rows {
        let tag = tagged.then(|| Cell::from(profile));
        table.add_row(tag.into_iter().chain(cells));
    }
    table
}

/// A line on stderr, made [`terminal_safe`]: how every human message,
/// warning and error is printed.
pub fn eprint_safe(line: &str) {
    eprintln!("{}", terminal_safe(line));
}

/// Writes `text` to stdout; a closed pipe is not an error.
pub(crate) fn write_stdout(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::new(
            Exit::Internal,
            format!("cannot write output: {e}"),
        )),
    }
}

/// `2026-07-18`, or a dash.
pub fn date(d: Option<jiff::civil::Date>) -> String {
    value_or_dash(d)
}

/// A count, a number or a date the page may lack: `-` when absent.
pub fn value_or_dash<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// `あと12日` / `12 days left`.
pub fn days_left(lang: Lang, left: i64) -> String {
    match lang {
        Lang::Ja => format!("あと{left}日"),
        Lang::En => format!("{left} days left"),
    }
}

/// When a card expires: the date with the days left or `expired`, or the
/// date alone (a dash) when the site does not say.
pub fn expiry(lang: Lang, on: Option<jiff::civil::Date>, days: Option<i64>) -> String {
    match (on, days) {
        (Some(d), Some(left)) if left >= 0 => format!("{d} ({})", days_left(lang, left)),
        (Some(d), Some(_)) => format!("{d} ({})", lang.t("期限切れ", "expired")),
        (d, _) => date(d),
    }
}

/// A value the page may lack, as tables show it: `-` when absent or empty.
pub fn or_dash(s: Option<&str>) -> String {
    s.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}
