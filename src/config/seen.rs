//! What `alert check --unseen` has already reported, per profile
//! (`CONFIG/alerts-seen/PROFILE.json`, mode 0600), so a daily cron job
//! mails only new matches. A match is a condition (its id) and a title;
//! titles stay on the new-arrival lists about four weeks, so entries older
//! than [`KEEP_DAYS`] are dropped and the file stays small.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{ConfigError, Kept};
use super::{Paths, fsutil};

const VERSION: u32 = 1;
/// Well past the four weeks a title stays listed.
const KEEP_DAYS: i64 = 90;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Seen {
    version: u32,
    /// `CONDITION_ID/TITLE_ID` → the day it was first reported.
    reported: BTreeMap<String, Date>,
}

impl Default for Seen {
    fn default() -> Self {
        Seen {
            version: VERSION,
            reported: BTreeMap::new(),
        }
    }
}

fn key(alert_id: &str, title_id: &str) -> String {
    format!("{alert_id}/{title_id}")
}

impl Seen {
    pub fn is_new(&self, alert_id: &str, title_id: &str) -> bool {
        !self.reported.contains_key(&key(alert_id, title_id))
    }

    /// Records a match as reported on `today` and forgets old ones.
    pub fn mark(&mut self, alert_id: &str, title_id: &str, today: Date) {
        self.reported
            .entry(key(alert_id, title_id))
            .or_insert(today);
    }

    pub fn forget_before(&mut self, today: Date) {
        self.reported
            .retain(|_, day| crate::clock::days_between(*day, today) <= KEEP_DAYS);
    }
}

pub fn file(paths: &Paths, profile: &str) -> std::path::PathBuf {
    paths
        .dir
        .join("alerts-seen")
        .join(format!("{profile}.json"))
}

/// The profile's record; none yet is an empty one. A record that cannot be
/// read is an error rather than a silent restart, which would mail every
/// match again.
pub fn load(paths: &Paths, profile: &str) -> Result<Seen, ConfigError> {
    let path = file(paths, profile);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Seen::default()),
        Err(e) => return Err(unreadable(&path, &e.to_string())),
    };
    match serde_json::from_str::<Seen>(&text) {
        Ok(seen) if seen.version == VERSION => Ok(seen),
        Ok(_) => Err(unreadable(&path, "unknown version")),
        Err(e) => Err(unreadable(&path, &e.to_string())),
    }
}

fn unreadable(path: &std::path::Path, why: &str) -> ConfigError {
    ConfigError::Unreadable {
        path: path.to_path_buf(),
        why: why.to_string(),
        kept: Kept::SeenRecord,
    }
}

pub fn save(paths: &Paths, profile: &str, seen: &Seen) -> Result<(), ConfigError> {
    let json =
        serde_json::to_vec_pretty(seen).map_err(|e| ConfigError::encode("the alert record", e))?;
    fsutil::write_atomic(&file(paths, profile), &json, 0o600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_is_new_once_and_old_records_are_forgotten() {
        let day = |s: &str| s.parse::<Date>().expect("date");
        let mut seen = Seen::default();
        assert!(seen.is_new("A1", "100"));
        seen.mark("A1", "100", day("2026-12-01"));
        assert!(!seen.is_new("A1", "100"));
        assert!(
            seen.is_new("A2", "100"),
            "another condition's match is news"
        );
        seen.mark("A1", "100", day("2026-12-05"));
        seen.forget_before(day("2027-03-01"));
        assert!(!seen.is_new("A1", "100"), "90 days are kept");
        seen.forget_before(day("2027-03-02"));
        assert!(seen.is_new("A1", "100"), "the first report day counts");
    }
}
