//! Error kinds and the exit codes they map to (SPEC §5).
//!
//! Commands return `Result<Exit, CliError>`; `main` prints the error and
//! exits with its [`Exit`] code. The project has no `anyhow`: the exit code
//! is part of the contract and is chosen from the typed error, which a
//! type-erased error would first have to be downcast back into (README,
//! "Development").

use std::fmt;

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
}

/// A user-facing error: one line of message plus an optional hint.
#[derive(Debug, Clone)]
pub struct CliError {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl CliError {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        CliError {
            exit,
            message: message.into(),
            hint: None,
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

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}
