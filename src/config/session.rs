//! The per-profile session cache: cookies and page tokens, reused across runs.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Paths, fsutil};
use crate::client::SessionState;
use crate::error::CliError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedSession {
    pub base_url: String,
    pub saved_at: Timestamp,
    pub state: SessionState,
}

/// The cached session for this profile and site, if one is usable.
pub fn load(paths: &Paths, profile: &str, base_url: &str) -> Option<SessionState> {
    let text = std::fs::read_to_string(paths.session_file(profile)).ok()?;
    let cached: CachedSession = serde_json::from_str(&text).ok()?;
    (cached.base_url == base_url).then_some(cached.state)
}

pub fn save(
    paths: &Paths,
    profile: &str,
    base_url: &str,
    state: SessionState,
) -> Result<(), CliError> {
    let cached = CachedSession {
        base_url: base_url.to_string(),
        saved_at: Timestamp::now(),
        state,
    };
    let json = serde_json::to_vec_pretty(&cached)
        .map_err(|e| CliError::new(crate::error::Exit::Internal, e.to_string()))?;
    fsutil::write_atomic(&paths.session_file(profile), &json, 0o600)
}

pub fn remove(paths: &Paths, profile: &str) -> Result<bool, CliError> {
    fsutil::remove_if_exists(&paths.session_file(profile))
}
