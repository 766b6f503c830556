//! What can go wrong with the files toshokan keeps. Said in English here;
//! `commands::errors` words them for the person, with the exit code.

use std::path::PathBuf;

/// A file toshokan keeps and reads back, named so that the hint can say
/// what deleting it costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// config.toml: the profiles.
    Config,
    /// `alerts-seen/PROFILE.json`: the matches `alert check --unseen` reported.
    SeenRecord,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum ConfigError {
    /// A file or directory could not be read, written or locked.
    #[error("{}: {why}", path.display())]
    Io { path: PathBuf, why: String },
    #[error("no config directory: could not determine home directory path: {0}")]
    NoConfigDir(String),
    #[error("cannot read {}: {why}", path.display())]
    Unreadable {
        path: PathBuf,
        why: String,
        kept: Kept,
    },
    /// A value could not be written out (a bug, not the user's doing).
    #[error("cannot write {what}: {why}")]
    Encode { what: &'static str, why: String },
    #[error("malformed card number")]
    BadCard,
    #[error("base URL {raw:?} is not a URL: {why}")]
    NotUrl { raw: String, why: String },
    #[error("base URL {raw:?} is not http(s)")]
    NotHttp { raw: String },
    #[error("invalid profile name {0:?}")]
    BadProfileName(String),
    #[error("the profile has no card number")]
    NoCard,
    /// A secret is read only from a regular file the owner alone may use.
    #[error("{} is a symbolic link; a secret is read only from a regular file", .0.display())]
    SecretLink(PathBuf),
    #[error("{} is not a regular file", .0.display())]
    NotAFile(PathBuf),
    #[error("{} changed while it was being read", .0.display())]
    Swapped(PathBuf),
    #[error("{} may be read or written by others (mode {mode:04o}); it is not used", path.display())]
    OpenToOthers { path: PathBuf, mode: u32 },
}

impl ConfigError {
    pub(crate) fn io(path: &std::path::Path, e: std::io::Error) -> ConfigError {
        ConfigError::Io {
            path: path.to_path_buf(),
            why: e.to_string(),
        }
    }

    pub(crate) fn encode(what: &'static str, e: impl std::fmt::Display) -> ConfigError {
        ConfigError::Encode {
            what,
            why: e.to_string(),
        }
    }
}
