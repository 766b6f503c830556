//! Formatting: tables for people, JSON for programs. Nothing here talks to
//! the site; commands hand over typed values.

pub mod account;
pub mod alerts;
pub mod arrivals;
pub mod barcode;
pub mod calendar;
pub mod catalog;
pub mod doctor;
pub mod history;
pub mod ical;
pub mod loans;
pub mod renew;
pub mod reservations;
pub mod rsv;
pub mod settings;
pub mod shelf;
pub mod write;

use std::io::{IsTerminal, Write};

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle};
use serde::Serialize;

use crate::error::{CliError, Exit};
use crate::i18n::Lang;

/// Columns separated by spaces, one rule under the header: quiet enough
/// for a terminal, still aligned by display width (CJK counts double).
const STYLE: TableStyle = TableStyle::new().header_separator(LineStyle::new('─', '─', '─', '─'));

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
        write_stdout(&format!("{text}\n"))
    }

    pub fn table(&self, table: &Table) -> Result<(), CliError> {
        write_stdout(&format!("{table}\n"))
    }

    /// A line for people on stderr (suppressed by `-q` and by `--json`'s
    /// stdout being reserved for data — messages always go to stderr).
    pub fn note(&self, line: &str) {
        if !self.quiet {
            eprintln!("{line}");
        }
    }

    /// What a prompt is about to send, one line an item, before the question.
    pub fn plan(&self, lines: &[String]) {
        for line in lines {
            eprintln!("  {line}");
        }
    }

    /// A warning on stderr, said even under `-q`: something the person
    /// should act on, though the command itself went on.
    pub fn warn(&self, text: &str) {
        eprintln!("{}: {text}", self.lang.t("警告", "warning"));
    }

    pub fn new_table(&self, headers: Vec<&str>) -> Table {
        let mut table = Table::new();
        table.load_style(STYLE);
        table.set_content_arrangement(if std::io::stdout().is_terminal() {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        });
        if !self.color {
            table.force_no_tty();
        }
        table.set_header(headers);
        table
    }

    /// Prints an error: one line plus a hint, or a JSON object with `--json`.
    pub fn error(&self, err: &CliError) {
        if self.json {
            let value = serde_json::json!({
                "error": { "kind": err.exit.kind(), "message": err.message, "hint": err.hint }
            });
            eprintln!("{value}");
            return;
        }
        eprintln!("{}: {}", self.lang.t("エラー", "error"), err.message);
        if let Some(hint) = &err.hint {
            eprintln!("{}: {hint}", self.lang.t("ヒント", "hint"));
        }
    }
}

/// Items of one or more profiles: a JSON array (objects tagged with
/// `profile` when there are several profiles) or one table with a profile
/// column first. `empty` is said on stderr when there is nothing to show.
pub fn grouped<T: Serialize>(
    out: &Output,
    groups: &[(Option<&str>, &[T])],
    headers: &[&str],
    row: impl Fn(&T) -> Vec<String>,
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
        all_headers.push(out.lang.t("プロファイル", "Profile"));
    }
    all_headers.extend_from_slice(headers);
    let mut table = out.new_table(all_headers);
    for (profile, items) in groups {
        for item in *items {
            let mut cells = Vec::new();
            if tagged {
                cells.push(profile.unwrap_or_default().to_string());
            }
            cells.extend(row(item));
            table.add_row(cells);
        }
    }
    out.table(&table)
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
