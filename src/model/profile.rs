//! `profiles`: what the config dir knows about each profile, read from
//! files only (config.toml, sessions/, secrets/): no request, no keyring.

use serde::Serialize;

/// One profile as `profiles` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileInfo {
    pub name: String,
    /// The profile commands use when no other is named (`--profile` /
    /// `TOSHOKAN_PROFILE`, else `default`).
    pub default: bool,
    /// Masked (`******7890`); null when the profile has no card.
    pub card: Option<String>,
    /// The site the profile logged in to; null when it never did.
    pub site: Option<String>,
    /// A cached session for this site and card is on disk and not known to
    /// be dead. Not checked with the site: it may still have expired there.
    pub logged_in: bool,
    /// Seconds since the cached session was last used; null without one.
    pub session_age_secs: Option<i64>,
    /// `keyring`, `file` or `none`.
    pub password_store: &'static str,
}
