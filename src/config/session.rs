//! The per-profile session cache: cookies and page tokens, reused across runs.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::ConfigError;
use super::{Paths, fsutil};
use crate::client::SessionState;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedSession {
    pub base_url: String,
    /// The card the session belongs to; a cache for another card is ignored.
    pub card: String,
    pub saved_at: Timestamp,
    pub state: SessionState,
}

/// The cached session for this profile, site and card, if one is usable.
pub fn load(paths: &Paths, profile: &str, base_url: &str, card: &str) -> Option<SessionState> {
    let cached = read(paths, profile)?;
    (cached.base_url == base_url && cached.card == card).then_some(cached.state)
}

/// The cached session as stored, whatever site or card it is for.
pub fn read(paths: &Paths, profile: &str) -> Option<CachedSession> {
    let text = std::fs::read_to_string(paths.session_file(profile)).ok()?;
    serde_json::from_str(&text).ok()
}

pub fn save(
    paths: &Paths,
    profile: &str,
    base_url: &str,
    card: &str,
    state: SessionState,
) -> Result<(), ConfigError> {
    let cached = CachedSession {
        base_url: base_url.to_string(),
        card: card.to_string(),
        saved_at: Timestamp::now(),
        state,
    };
    let json =
        serde_json::to_vec_pretty(&cached).map_err(|e| ConfigError::encode("the session", e))?;
    fsutil::write_atomic(&paths.session_file(profile), &json, 0o600)
}

pub fn remove(paths: &Paths, profile: &str) -> Result<bool, ConfigError> {
    fsutil::remove_if_exists(&paths.session_file(profile))
}
