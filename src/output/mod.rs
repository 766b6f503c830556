//! Formatting: tables for people, JSON for programs. Nothing here talks to
//! the site; commands hand over typed values.

pub mod account;
pub mod alert;
pub mod arrivals;
pub mod barcode;
pub mod calendar;
pub mod catalog;
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

    /// A table of these columns (how they fit: the `table` module).
    pub fn new_table(&self, cols: &[Col<'_>]) -> Table {
        Table::new(cols)
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
    headers: &[Col<'_>],
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
    let mut all_headers = Vec::new();
    if tagged {
        all_headers.push(Col::fixed(out.lang.t("プロファイル", "Profile")));
    }
    all_headers.extend_from_slice(headers);
    let mut table = out.new_table(&all_headers);
    for (profile, items) in groups {
        for item in *items {
            let mut cells: Vec<Cell> = Vec::new();
            if tagged {
                cells.push(Cell::from(profile.unwrap_or_default()));
            }
            cells.extend(row(item).into_iter().map(Into::into));
            table.add_row(cells);
        }
    }
    out.table(&table)
}

/// A line on stderr, made [`terminal_safe`]: how every human message,
/// warning and error is printed.
pub fn eprint_safe(line: &str) {
    eprintln!("{}", terminal_safe(line));
}

fn write_stdout(text: &str) -> Result<(), CliError> {
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
    d.map_or_else(|| "-".to_string(), |d| d.to_string())
}

/// A value the page may lack, as tables show it: `-` when absent or empty.
pub fn or_dash(s: Option<&str>) -> String {
    s.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}
