//! The per-profile reading-history cache (`CONFIG/history/PROFILE.json`,
//! mode 0600): every row fetched so far, newest first, so `history
//! --search` works offline and a refresh only reads pages with new rows.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Paths, fsutil};
use crate::error::{CliError, Exit};
use crate::model::HistoryEntry;

const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryCache {
    pub version: u32,
    pub base_url: String,
    /// The card the history belongs to; a cache for another card is ignored.
    pub card: String,
    pub updated_at: Timestamp,
    /// The site's count at the last refresh.
    pub total: Option<u32>,
    pub entries: Vec<HistoryEntry>,
}

impl HistoryCache {
    pub fn new(base_url: &str, card: &str) -> Self {
        HistoryCache {
            version: VERSION,
            base_url: base_url.to_string(),
            card: card.to_string(),
            updated_at: Timestamp::now(),
            total: None,
            entries: Vec::new(),
        }
    }

    /// Puts newly fetched rows (newest first) in front of the known ones.
    pub fn merge_new(&mut self, new: Vec<HistoryEntry>) {
        let mut entries = new;
        for old in std::mem::take(&mut self.entries) {
            if !entries.iter().any(|e| e.key() == old.key()) {
                entries.push(old);
            }
        }
        self.entries = entries;
    }
}

pub fn file(paths: &Paths, profile: &str) -> std::path::PathBuf {
    paths.dir.join("history").join(format!("{profile}.json"))
}

/// The cache for this profile, site and card, if there is a usable one.
pub fn load(paths: &Paths, profile: &str, base_url: &str, card: &str) -> Option<HistoryCache> {
    let text = std::fs::read_to_string(file(paths, profile)).ok()?;
    let cache: HistoryCache = serde_json::from_str(&text).ok()?;
    (cache.version == VERSION && cache.base_url == base_url && cache.card == card).then_some(cache)
}

pub fn save(paths: &Paths, profile: &str, cache: &HistoryCache) -> Result<(), CliError> {
    let json = serde_json::to_vec_pretty(cache)
        .map_err(|e| CliError::new(Exit::Internal, e.to_string()))?;
    fsutil::write_atomic(&file(paths, profile), &json, 0o600)
}
