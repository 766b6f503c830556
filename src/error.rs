//! Error kinds and the exit codes they map to (README.md#exit-codes).
//!
//! Commands return `Result<Exit, CliError>`; `main` prints the error and
//! exits with its [`Exit`] code. The project has no `anyhow`: the exit code
//! is part of the contract and is chosen from the typed error, which a
//! type-erased error would first have to be downcast back into (README,
//! "Development").

use std::fmt;

use crate::model::Outcome;

/// The documented exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    Internal = 1,
    Usage = 2,
    Auth = 3,
    Refused = 4,
    Unavailable = 5,
    Layout = 6,
    Partial = 7,
    Unknown = 8,
}

impl Exit {
    /// Every code, in order: the one definition the README's table, the man
    /// pages' EXIT STATUS and the help's summary are checked against.
    pub const ALL: [Exit; 9] = [
        Exit::Success,
        Exit::Internal,
        Exit::Usage,
        Exit::Auth,
        Exit::Refused,
        Exit::Unavailable,
        Exit::Layout,
        Exit::Partial,
        Exit::Unknown,
    ];

    /// What the code means (Markdown), as the README's table and the man
    /// pages state it.
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Success => "success (also: nothing to do)",
            Exit::Internal => "unexpected internal error",
            Exit::Usage => {
                "usage or bad input (unknown id or profile, malformed card number or title code, bad URL or date, a base URL where no LiCS-XP site answers (HTTP 404), ambiguous library; a `--base-url` other than a logged-in profile's site, plain http to another machine)"
            }
            Exit::Auth => {
                "authentication: no usable session or credentials, wrong password, password kind not allowed"
            }
            Exit::Refused => {
                "the library refused (not renewable, reservation limit, already reserved, status forbids change)"
            }
            Exit::Unavailable => {
                "site unavailable: network, timeout, HTTP error other than 404, maintenance (also while logging in), 403, an answer over 16 MiB"
            }
            Exit::Layout => {
                "site layout not recognised — the page is saved, scrubbed, under `CONFIG/reports/`; please report it; also an HTTP 404 from a site that answered earlier in the run (nothing to save; the URL is in the message)"
            }
            Exit::Partial => {
                "partial: some items of a batch succeeded, others were refused or failed; also a login or password change that worked but whose password could not be saved, and a `logout --forget` that could not delete it"
            }
            Exit::Unknown => {
                "unknown outcome: a write was sent and its result could not be verified (also: interrupted after a write was sent) — check by hand"
            }
        }
    }

    /// The few words `--help` gives the code.
    pub fn label(self) -> &'static str {
        match self {
            Exit::Success => "ok",
            Exit::Internal => "internal error",
            Exit::Usage => "usage or bad input",
            Exit::Auth => "authentication",
            Exit::Refused => "refused by the library",
            Exit::Unavailable => "site unavailable",
            Exit::Layout => "page layout not recognised",
            Exit::Partial => "partial success",
            Exit::Unknown => "unknown outcome (check by hand)",
        }
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    /// Stable identifier used in `{"error":{"kind":…}}`.
    pub fn kind(self) -> &'static str {
        match self {
            Exit::Success => "success",
            Exit::Internal => "internal",
            Exit::Usage => "usage",
            Exit::Auth => "auth",
            Exit::Refused => "refused",
            Exit::Unavailable => "unavailable",
            Exit::Layout => "layout",
            Exit::Partial => "partial",
            Exit::Unknown => "unknown",
        }
    }

    /// The exit status of a batch of writes (docs/contract.md#batch-exit-status).
    pub fn of_batch(outcomes: impl Iterator<Item = Outcome>, stopped_on_layout: bool) -> Exit {
        let (mut done, mut refused, mut failed, mut unknown) = (0, 0, 0, 0);
        for o in outcomes {
            match o {
                // Skipped items (dry run, declined, not attempted) count neither way.
                Outcome::Skipped => {}
                Outcome::Done => done += 1,
                Outcome::Refused => refused += 1,
                Outcome::Failed => failed += 1,
                Outcome::Unknown => unknown += 1,
            }
        }
        if unknown > 0 {
            Exit::Unknown
        } else if stopped_on_layout {
            Exit::Layout
        } else if refused + failed == 0 {
            Exit::Success
        } else if done > 0 {
            Exit::Partial
        } else if failed > 0 {
            Exit::Unavailable
        } else {
            Exit::Refused
        }
    }
}

/// A user-facing error: one line of message plus an optional hint.
///
/// A lower layer's error converts with `?` (`From`): its exit code is
/// decided at once, its words (in the person's language, with a report of
/// a page not recognised) at the edge, `commands::run`, which alone knows
/// the language and the config dir (`commands::errors::word`).
#[derive(Debug, Clone)]
pub struct CliError {
    pub exit: Exit,
    /// Until worded at the edge, a lower layer's error is said in English.
    pub message: String,
    pub hint: Option<String>,
    /// The lower layer's error this one stands for, while not yet worded.
    pub cause: Option<Cause>,
}

/// Lower layers' errors a [`CliError`] can carry to the edge.
#[derive(Debug, Clone)]
pub enum Cause {
    Client(crate::client::ClientError),
    Config(crate::config::ConfigError),
}

impl CliError {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        CliError {
            exit,
            message: message.into(),
            hint: None,
            cause: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(Exit::Auth, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl CliError {
    /// A command line clap refused, as one of ours: clap's first paragraph
    /// (`error: …` and what it lists under it: the missing arguments, the
    /// possible values) is the message, on one line; what follows (a tip,
    /// the usage line, where help is) is the hint, on one line. Errors that
    /// print help instead (a missing subcommand) point at `--help`.
    pub fn from_clap(e: &clap::Error) -> Self {
        let text = e.render().to_string();
        let mut paragraphs = text
            .split("\n\n")
            .map(|p| {
                p.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|p| !p.is_empty());
        let first = paragraphs.next().unwrap_or_default();
        let Some(message) = first.strip_prefix("error:") else {
            return CliError::usage("a subcommand or argument is missing")
                .with_hint("see `toshokan --help`, or the command's own `--help`");
        };
        let hint: Vec<String> = paragraphs.collect();
        let err = CliError::usage(message.trim());
        if hint.is_empty() {
            err.with_hint("see `toshokan --help`")
        } else {
            err.with_hint(hint.join("; "))
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_summary_names_every_code_as_defined() {
        let summary = crate::cli::AFTER_HELP
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for exit in Exit::ALL {
            let entry = format!("{} {}", exit.code(), exit.label());
            assert!(summary.contains(&entry), "--help lacks {entry:?}");
        }
        assert_eq!(
            Exit::ALL.map(Exit::code),
            [0, 1, 2, 3, 4, 5, 6, 7, 8],
            "ALL lists every code once, in order"
        );
    }

    #[test]
    fn clap_errors_become_one_line_usage_errors() {
        use clap::Parser;
        let parse = |line: &str| {
            let words = std::iter::once("toshokan").chain(line.split(' '));
            crate::cli::Cli::try_parse_from(words).expect_err(line)
        };
        for line in [
            "--json loans --bogus",
            "--json --lang xx status",
            "--json shelf add",
            "--json frob",
        ] {
            let err = CliError::from_clap(&parse(line));
            assert_eq!(err.exit, Exit::Usage, "{line}");
            assert!(!err.message.contains('\n'), "{line}: {:?}", err.message);
            assert!(
                !err.message.starts_with("error"),
                "{line}: {:?}",
                err.message
            );
            let hint = err.hint.expect("a hint");
            assert!(!hint.contains('\n'), "{line}: {hint:?}");
        }
        let missing = CliError::from_clap(&parse("--json shelf add"));
        assert!(
            missing.message.contains("<SHELF ID>"),
            "{:?}",
            missing.message
        );
        let json = |line: &str| {
            let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
            crate::cli::wants_json(&args)
        };
        assert!(json("loans --json --bogus"));
        assert!(!json("search -- --json"), "after -- it is a search word");
    }

    #[test]
    fn batch_exit_codes() {
        use Outcome::*;
        assert_eq!(
            Exit::of_batch([Done, Done].into_iter(), false),
            Exit::Success
        );
        assert_eq!(Exit::of_batch([].into_iter(), false), Exit::Success);
        assert_eq!(
            Exit::of_batch([Done, Refused].into_iter(), false),
            Exit::Partial
        );
        assert_eq!(Exit::of_batch([Refused].into_iter(), false), Exit::Refused);
        assert_eq!(
            Exit::of_batch([Done, Unknown, Refused].into_iter(), false),
            Exit::Unknown
        );
        assert_eq!(
            Exit::of_batch([Failed, Skipped].into_iter(), true),
            Exit::Layout
        );
        assert_eq!(
            Exit::of_batch([Failed].into_iter(), false),
            Exit::Unavailable
        );
        assert_eq!(
            Exit::of_batch([Skipped, Skipped].into_iter(), false),
            Exit::Success
        );
        assert_eq!(
            Exit::of_batch([Skipped, Refused].into_iter(), false),
            Exit::Refused
        );
    }
}
