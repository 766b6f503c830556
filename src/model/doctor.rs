//! What `doctor` found: one check per local fact and per screen read.

use serde::Serialize;

/// How one check went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckResult {
    /// Read and recognised (a local fact as expected).
    Ok,
    /// Read, but the page lacked optional parts (the parser left notes),
    /// or a local fact deserves a look.
    Warn,
    /// Not recognised (a layout error), or a local fact that stops use.
    Fail,
    /// Not tried: not logged in, nothing to open, or an earlier failure.
    Skipped,
}

/// One row of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// Stable identifier (`loans`, `config_file`).
    pub name: &'static str,
    /// The site's screen as the site names it (`貸出状況一覧`); `null` for
    /// the local checks (files, password store, base URL, card).
    pub screen: Option<&'static str>,
    pub result: CheckResult,
    /// What was read, or why it failed, was skipped or warns.
    pub detail: String,
}

/// The whole report (`doctor --json`, `summary.json` in a bundle).
#[derive(Debug, Clone, Serialize)]
pub struct DoctorReport {
    /// True when nothing failed and the site could be walked (exit 0).
    pub ok: bool,
    pub checks: Vec<Check>,
    /// The bundle directory, when `--bundle` wrote one.
    pub bundle: Option<String>,
}
