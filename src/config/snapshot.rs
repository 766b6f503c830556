//! Snapshots: the last answer of each read screen, per profile, so that
//! `--max-age` can answer without a request
//! (`CONFIG/snapshots/PROFILE/SCREEN.json`, directories 0700, files 0600,
//! written atomically). A snapshot is
//! `{"taken_at", "site", "today", "value"}`: when it was read (RFC 3339,
//! UTC), the site it was read from (the profile's base URL), the day its
//! day counts (days left, overdue) count from, and the value the command
//! prints for that profile.
//!
//! They hold personal data (titles borrowed and reserved), so they are
//! private files, `logout` deletes them, and a write on the profile deletes
//! them before it is sent ([`invalidate`]). A snapshot that cannot be read
//! is no snapshot: the command reads the site as if there were none.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;

use super::ConfigError;
use super::{Paths, fsutil};
use crate::clock::MaxAge;

/// The screens a snapshot is kept of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Loans,
    Reservations,
    Status,
    /// `shelf list`
    Shelves,
    /// `alert list`
    Alerts,
    /// The branch list of `libraries`.
    Libraries,
}

impl Screen {
    pub const ALL: [Screen; 6] = [
        Screen::Loans,
        Screen::Reservations,
        Screen::Status,
        Screen::Shelves,
        Screen::Alerts,
        Screen::Libraries,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Screen::Loans => "loans",
            Screen::Reservations => "reservations",
            Screen::Status => "status",
            Screen::Shelves => "shelves",
            Screen::Alerts => "alerts",
            Screen::Libraries => "libraries",
        }
    }

    /// What the patron's own writes can change: everything but the
    /// library's branch list.
    fn changed_by_writes(self) -> bool {
        self != Screen::Libraries
    }

    /// Days left, overdue, renewal blockers and warnings count from the day
    /// they were read: such a snapshot is good only on that day.
    fn counts_days(self) -> bool {
        matches!(self, Screen::Loans | Screen::Status)
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Snapshot<T> {
    pub taken_at: Timestamp,
    pub site: String,
    /// Which card it was read for: `config::card_key` (a hash, never the
    /// number), so that another card on the profile never sees it.
    pub card: String,
    pub today: Date,
    pub value: T,
}

/// `CONFIG/snapshots/PROFILE/`.
pub fn dir(paths: &Paths, profile: &str) -> PathBuf {
    paths.dir.join("snapshots").join(profile)
}

pub fn file(paths: &Paths, profile: &str, screen: Screen) -> PathBuf {
    dir(paths, profile).join(format!("{}.json", screen.name()))
}

/// Where one profile's snapshots go, for one site and one day: what a read
/// of that profile keeps.
#[derive(Debug, Clone)]
pub struct Keeper {
    pub paths: Paths,
    pub profile: String,
    pub site: Url,
    /// `config::card_key` of the profile's card on `site`.
    pub card: String,
    pub today: Date,
    pub now: Timestamp,
}

impl Keeper {
    /// Keeps `value` as the profile's snapshot of `screen`. Best effort: a
    /// snapshot that cannot be written only costs a read next time.
    pub fn keep<T: Serialize>(&self, screen: Screen, value: &T) {
        let _ = self.try_keep(screen, value);
    }

    fn try_keep<T: Serialize>(&self, screen: Screen, value: &T) -> Result<(), ConfigError> {
        let snapshot = Snapshot {
            // Whole seconds: an age is never counted finer.
            taken_at: self.now.round(jiff::Unit::Second).unwrap_or(self.now),
            site: self.site.to_string(),
            card: self.card.clone(),
            today: self.today,
            value,
        };
        let json = serde_json::to_vec_pretty(&snapshot)
            .map_err(|e| ConfigError::encode("a snapshot", e))?;
        fsutil::write_atomic(&file(&self.paths, &self.profile, screen), &json, 0o600)
    }

    /// The profile's snapshot of `screen` if it was taken for this site
    /// and card, is younger than `max_age` (and not from the future) and,
    /// for a screen that counts days, was taken for today.
    pub fn fresh<T: DeserializeOwned>(
        &self,
        screen: Screen,
        max_age: MaxAge,
    ) -> Option<Snapshot<T>> {
        let path = file(&self.paths, &self.profile, screen);
        let text = std::fs::read_to_string(path).ok()?;
        let snapshot: Snapshot<T> = serde_json::from_str(&text).ok()?;
        let same_site = super::validate_base_url(&snapshot.site).is_ok_and(|s| s == self.site);
        let same_card = snapshot.card == self.card;
        let same_day = !screen.counts_days() || snapshot.today == self.today;
        (same_site && same_card && same_day && max_age.admits(snapshot.taken_at, self.now))
            .then_some(snapshot)
    }
}

/// Deletes what the patron's writes can change: a write on the profile
/// calls it before each request that may change something leaves, so no
/// later `--max-age` shows what was there before, whatever the write's
/// outcome. Best effort: a file that cannot be removed here cannot be
/// written either.
pub fn invalidate(paths: &Paths, profile: &str) {
    for screen in Screen::ALL.into_iter().filter(|s| s.changed_by_writes()) {
        let _ = fsutil::remove_if_exists(&file(paths, profile, screen));
    }
}

/// Deletes every snapshot of the profile, and its directory (`logout`; a
/// login with another card or to another site): they hold personal data.
pub fn forget(paths: &Paths, profile: &str) -> Result<(), ConfigError> {
    for screen in Screen::ALL {
        fsutil::remove_if_exists(&file(paths, profile, screen))?;
    }
    // Left behind only when something else is in it.
    let _ = std::fs::remove_dir(dir(paths, profile));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keeper(dir: &std::path::Path, now: &str) -> Keeper {
        Keeper {
            paths: Paths {
                dir: dir.join("config"),
            },
            profile: "default".into(),
            site: Url::parse("https://opac.example.jp/licsxp-opac/").unwrap(),
            card: "card-a".into(),
            today: "2026-07-14".parse().unwrap(),
            now: now.parse().unwrap(),
        }
    }

    #[test]
    fn a_snapshot_is_private_and_fresh_only_for_its_site_day_and_age() {
        let home = tempfile::tempdir().unwrap();
        let k = keeper(home.path(), "2026-07-14T01:00:00.6Z");
        k.keep(Screen::Loans, &vec!["a".to_string()]);
        let path = file(&k.paths, "default", Screen::Loans);
        let text = std::fs::read_to_string(&path).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["taken_at"], "2026-07-14T01:00:01Z");
        assert_eq!(json["site"], "https://opac.example.jp/licsxp-opac/");
        assert_eq!(json["value"], serde_json::json!(["a"]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode =
                |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(&dir(&k.paths, "default")), 0o700);
            assert_eq!(mode(&k.paths.dir.join("snapshots")), 0o700);
        }
        let hour: MaxAge = "1h".parse().unwrap();
        let later = |now: &str| Keeper {
            now: now.parse().unwrap(),
            ..k.clone()
        };
        let fresh = |k: &Keeper, screen| {
            k.fresh::<Vec<String>>(screen, hour)
                .map(|s| s.value.join(","))
        };
        assert_eq!(
            fresh(&later("2026-07-14T01:30:00Z"), Screen::Loans),
            Some("a".into())
        );
        assert_eq!(fresh(&later("2026-07-14T02:00:01Z"), Screen::Loans), None);
        assert_eq!(fresh(&later("2026-07-14T00:59:00Z"), Screen::Loans), None);
        let elsewhere = Keeper {
            site: Url::parse("https://other.example.jp/licsxp-opac/").unwrap(),
            ..later("2026-07-14T01:30:00Z")
        };
        assert_eq!(fresh(&elsewhere, Screen::Loans), None);
        let other_card = Keeper {
            card: "card-b".into(),
            ..later("2026-07-14T01:30:00Z")
        };
        assert_eq!(fresh(&other_card, Screen::Loans), None, "another card's");
        let tomorrow = Keeper {
            today: "2026-07-15".parse().unwrap(),
            ..later("2026-07-14T01:30:00Z")
        };
        assert_eq!(fresh(&tomorrow, Screen::Loans), None, "days left moved on");
        tomorrow.keep(Screen::Shelves, &vec!["s".to_string()]);
        assert_eq!(
            fresh(&later("2026-07-14T01:30:00Z"), Screen::Shelves),
            Some("s".into()),
            "a shelf list counts no days"
        );
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(fresh(&later("2026-07-14T01:30:00Z"), Screen::Loans), None);
    }

    #[test]
    fn writes_drop_what_they_change_and_forget_drops_everything() {
        let home = tempfile::tempdir().unwrap();
        let k = keeper(home.path(), "2026-07-14T01:00:00Z");
        for screen in Screen::ALL {
            k.keep(screen, &Vec::<String>::new());
        }
        invalidate(&k.paths, "default");
        let left: Vec<Screen> = Screen::ALL
            .into_iter()
            .filter(|s| file(&k.paths, "default", *s).exists())
            .collect();
        assert_eq!(left, vec![Screen::Libraries]);
        forget(&k.paths, "default").unwrap();
        assert!(!dir(&k.paths, "default").exists());
        forget(&k.paths, "default").unwrap();
    }
}
