//! Saved passwords (`login --save-password`): an explicit, opt-in file with
//! mode 0600 per profile, so headless cron jobs can log in again by themselves.

use secrecy::{ExposeSecret, SecretString};

use super::{Paths, fsutil};
use crate::error::CliError;

pub fn load(paths: &Paths, profile: &str) -> Option<SecretString> {
    let text = std::fs::read_to_string(paths.password_file(profile)).ok()?;
    let line = text.trim_end_matches(['\r', '\n']);
    (!line.is_empty()).then(|| SecretString::from(line.to_string()))
}

pub fn save(paths: &Paths, profile: &str, password: &SecretString) -> Result<(), CliError> {
    fsutil::write_atomic(
        &paths.password_file(profile),
        password.expose_secret().as_bytes(),
        0o600,
    )
}

pub fn remove(paths: &Paths, profile: &str) -> Result<bool, CliError> {
    fsutil::remove_if_exists(&paths.password_file(profile))
}
