//! The per-profile reading-history archive (`CONFIG/history/PROFILE.json`,
//! mode 0600): every row ever read, newest first, so `history --search`
//! works offline, a refresh only reads pages with new rows, and the loans
//! stay listed after the site deleted its history (turning recording off
//! does that). Reads only add and update rows; only `history forget`
//! deletes the file.

use std::collections::HashSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::ConfigError;
use super::{Paths, fsutil};
use crate::model::HistoryEntry;

const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryCache {
    pub version: u32,
    pub base_url: String,
    /// The card the history belongs to; never mixed with another card's.
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

    /// Adds the rows a read brought (newest first) and updates the known
    /// ones with what the site shows now; rows the site no longer lists
    /// stay. Returns how many rows were new.
    pub fn merge(&mut self, fetched: Vec<HistoryEntry>) -> usize {
        let mut read = HashSet::new();
        let mut entries: Vec<HistoryEntry> = fetched
            .into_iter()
            .filter(|e| read.insert(e.key()))
            .collect();
        let known: HashSet<String> = self.entries.iter().map(HistoryEntry::key).collect();
        let new = read.iter().filter(|k| !known.contains(*k)).count();
        entries.extend(
            std::mem::take(&mut self.entries)
                .into_iter()
                .filter(|e| !read.contains(&e.key())),
        );
        // Rows the site dropped keep their place among the others by date
        // (a stable sort: the site's order within a day stays).
        entries.sort_by_key(|e| std::cmp::Reverse(e.loaned_on));
        self.entries = entries;
        new
    }
}

/// What is on disk for a profile.
#[derive(Debug)]
pub enum Archive {
    /// No archive yet.
    None,
    /// This card's archive on this site.
    Found(HistoryCache),
    /// Another card's, or another site's: never merged, never replaced.
    Foreign { card: String, base_url: String },
    /// A file that cannot be read as an archive (damaged, or a newer
    /// version): never replaced either.
    Unreadable(String),
}

pub fn file(paths: &Paths, profile: &str) -> std::path::PathBuf {
    paths.dir.join("history").join(format!("{profile}.json"))
}

/// The profile's archive, checked against the site and card it is for.
pub fn load(paths: &Paths, profile: &str, base_url: &str, card: &str) -> Archive {
    let text = match std::fs::read_to_string(file(paths, profile)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Archive::None,
        Err(e) => return Archive::Unreadable(e.to_string()),
    };
    let cache: HistoryCache = match serde_json::from_str(&text) {
        Ok(cache) => cache,
        Err(e) => return Archive::Unreadable(e.to_string()),
    };
    if cache.version != VERSION {
        return Archive::Unreadable(format!("version {}", cache.version));
    }
    // A trailing slash is not another site.
    let same_site = cache.base_url.trim_end_matches('/') == base_url.trim_end_matches('/');
    if cache.card != card || !same_site {
        return Archive::Foreign {
            card: cache.card,
            base_url: cache.base_url,
        };
    }
    Archive::Found(cache)
}

pub fn save(paths: &Paths, profile: &str, cache: &HistoryCache) -> Result<(), ConfigError> {
    let json = serde_json::to_vec_pretty(cache)
        .map_err(|e| ConfigError::encode("the reading history", e))?;
    fsutil::write_atomic(&file(paths, profile), &json, 0o600)
}

/// Deletes the profile's archive; false when there was none.
pub fn forget(paths: &Paths, profile: &str) -> Result<bool, ConfigError> {
    fsutil::remove_if_exists(&file(paths, profile))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(record: &str, day: &str, title: &str) -> HistoryEntry {
        HistoryEntry {
            id: "1000000000001".into(),
            title: title.into(),
            author: None,
            publisher: None,
            loaned_on: day.parse().unwrap(),
            library: None,
            loan_type: None,
            record: Some(record.into()),
            loaned_at: None,
        }
    }

    #[test]
    fn merging_adds_and_updates_and_never_drops() {
        let mut cache = HistoryCache::new("https://example.jp/", "1");
        let n = cache.merge(vec![
            row("3", "2026-03-01", "c"),
            row("2", "2026-02-01", "b"),
            row("1", "2026-01-01", "a"),
        ]);
        assert_eq!(n, 3);
        // The site deleted everything, then recorded one new loan.
        let n = cache.merge(vec![row("4", "2026-04-01", "d")]);
        assert_eq!(n, 1);
        let titles: Vec<&str> = cache.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["d", "c", "b", "a"]);
        // An empty read changes nothing.
        assert_eq!(cache.merge(Vec::new()), 0);
        assert_eq!(cache.entries.len(), 4);
        // A known row read again is updated in place, not added.
        let mut b = row("2", "2026-02-01", "b");
        b.library = Some("中央図書館".into());
        assert_eq!(cache.merge(vec![b]), 0);
        assert_eq!(cache.entries.len(), 4);
        assert_eq!(cache.entries[2].library.as_deref(), Some("中央図書館"));
        // A row twice in one read counts once.
        assert_eq!(
            cache.merge(vec![
                row("5", "2026-05-01", "e"),
                row("5", "2026-05-01", "e")
            ]),
            1
        );
        assert_eq!(cache.entries.len(), 5);
    }
}
