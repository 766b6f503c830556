//! Files on disk: the config (profiles), the per-profile session cache and
//! saved passwords, snapshots of read screens. Everything secret or personal
//! is written atomically with mode 0600.

mod error;
pub mod fsutil;
pub mod history;
pub mod secrets;
pub mod seen;
pub mod session;
pub mod snapshot;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

pub use error::{ConfigError, Kept};
pub use secrets::{Keyring, PasswordStore, Secrets};

pub const DEFAULT_PROFILE: &str = "default";
pub const SHIZUOKA_BASE_URL: &str = "https://www.toshokan.city.shizuoka.jp/licsxp-opac/";

/// One card.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Card number (利用カード番号); never a password.
    pub card: Option<String>,
    /// The LiCS-XP base URL this card belongs to.
    pub base_url: Option<String>,
    /// Default pickup library (code or name) for reservations.
    pub pickup: Option<String>,
    /// Default contact method for reservations.
    pub contact: Option<String>,
    /// Where `login --save-password` put the password (`keyring` or
    /// `file`); never the password itself.
    pub password_store: Option<PasswordStore>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Where everything lives.
#[derive(Debug, Clone)]
pub struct Paths {
    pub dir: PathBuf,
}

impl Paths {
    /// `--config-dir` / `TOSHOKAN_CONFIG_DIR`, else the platform config dir.
    pub fn resolve(explicit: Option<&Path>) -> Result<Paths, ConfigError> {
        if let Some(dir) = explicit {
            return Ok(Paths {
                dir: dir.to_path_buf(),
            });
        }
        use etcetera::app_strategy::AppStrategy;
        let strategy = app_strategy().map_err(|e| ConfigError::NoConfigDir(e.to_string()))?;
        Ok(Paths {
            dir: strategy.config_dir(),
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.dir.join("config.toml")
    }

    pub fn session_file(&self, profile: &str) -> PathBuf {
        self.dir.join("sessions").join(format!("{profile}.json"))
    }

    pub fn password_file(&self, profile: &str) -> PathBuf {
        self.dir.join("secrets").join(format!("{profile}.password"))
    }

    /// The lock of a profile: one toshokan at a time per profile.
    pub fn profile_lock(&self, profile: &str) -> PathBuf {
        self.dir.join("locks").join(format!("{profile}.lock"))
    }

    /// The lock of config.toml's read-modify-write ([`Config::update`]); a
    /// name no profile can take (profile names never start with a dot).
    pub fn config_lock(&self) -> PathBuf {
        self.dir.join("locks").join(".config.lock")
    }

    /// The lock of a card on a site, shared by every profile of every
    /// config dir of this user: two profiles (or two config dirs) on one card
    /// take turns, so that a renewal one has sent is on the list the other
    /// reads. It lives under the user's cache dir (`~/.cache/toshokan/locks/cards/`
    /// on Linux and macOS), which every toshokan of the user finds whatever
    /// its `--config-dir`, a cron job's included (cron sets no
    /// XDG_RUNTIME_DIR); under the config dir only when there is no home
    /// directory. The name is a hash of the site and the card: a file name
    /// never shows a card number.
    pub fn card_lock(&self, base: &Url, card: &str) -> PathBuf {
        use etcetera::app_strategy::AppStrategy;
        let root = app_strategy().map_or_else(|_| self.dir.clone(), |s| s.cache_dir());
        root.join("locks")
            .join("cards")
            .join(format!("{}.lock", card_key(base, card)))
    }

    pub fn demo_state_file(&self) -> PathBuf {
        self.dir.join("demo").join("library.json")
    }

    pub fn reports_dir(&self) -> PathBuf {
        self.dir.join("reports")
    }
}

/// The XDG layout (`~/.config/toshokan`, `~/.cache/toshokan`) everywhere but
/// Windows: the directories confy chose for toshokan before the project
/// dropped confy.
fn app_strategy() -> Result<impl etcetera::app_strategy::AppStrategy, etcetera::HomeDirError> {
    etcetera::app_strategy::choose_app_strategy(etcetera::app_strategy::AppStrategyArgs {
        top_level_domain: "rs".to_string(),
        author: String::new(),
        app_name: "toshokan".to_string(),
    })
}

/// Names a card on a site: SHA-256 of the normalised base URL and the card
/// (letters upper-cased), 128 bits in hex. Not a secret from whoever can
/// list the user's cache dir (the card is in config.toml anyway), only kept
/// out of file names, listings and backups.
pub fn card_key(base: &Url, card: &str) -> String {
    let mut input = validate_base_url(base.as_str())
        .map_or_else(|_| base.to_string(), |u| u.to_string())
        .into_bytes();
    input.push(0);
    input.extend(card.trim().to_ascii_uppercase().bytes());
    let digest = ring::digest::digest(&ring::digest::SHA256, &input);
    digest.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Config {
    pub fn load(paths: &Paths) -> Result<Config, ConfigError> {
        let file = paths.config_file();
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(unreadable(&file, e.to_string())),
        };
        toml::from_str(&text).map_err(|e| {
            // One line: toml's own Display draws the offending line with a caret.
            let line = e
                .span()
                .and_then(|span| text.get(..span.start))
                .map(|before| before.matches('\n').count() + 1);
            let message = e.message().trim();
            unreadable(
                &file,
                match line {
                    Some(line) => format!("line {line}: {message}"),
                    None => message.to_string(),
                },
            )
        })
    }

    /// Applies `change` to config.toml as it is on disk now and writes the
    /// result, under the config-wide lock: commands running at once (logins
    /// on other profiles, a `logout --forget`) each change only what they
    /// change, and none writes back a copy read before another's write.
    /// Returns the config as written. Taken only briefly, after any profile
    /// lock, and with no other lock taken inside it.
    pub fn update(paths: &Paths, change: impl FnOnce(&mut Config)) -> Result<Config, ConfigError> {
        let _lock = fsutil::lock(&paths.config_lock())?;
        let mut config = Config::load(paths)?;
        change(&mut config);
        config.store(paths)?;
        Ok(config)
    }

    /// Written as pretty TOML through a 0600 temp file renamed into place
    /// (`fsutil::write_atomic`), never in place; only through [`Config::update`].
    fn store(&self, paths: &Paths) -> Result<(), ConfigError> {
        fsutil::ensure_dir(&paths.dir)?;
        let text = toml::to_string_pretty(self).map_err(|e| ConfigError::encode("config", e))?;
        fsutil::write_atomic(&paths.config_file(), text.as_bytes(), 0o600)
    }
}

fn unreadable(file: &Path, why: String) -> ConfigError {
    ConfigError::Unreadable {
        path: file.to_path_buf(),
        why,
        kept: Kept::Config,
    }
}

/// Checks a card number the way the login form does (ASCII alphanumerics, ≤16).
pub fn validate_card(card: &str) -> Result<String, ConfigError> {
    let card = card.trim();
    if card.is_empty() || card.len() > 16 || !card.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(ConfigError::BadCard);
    }
    Ok(card.to_string())
}

/// Accepts http(s) URLs only and makes the path end in `/` so actions join under it.
pub fn validate_base_url(raw: &str) -> Result<Url, ConfigError> {
    let mut url = Url::parse(raw.trim()).map_err(|e| ConfigError::NotUrl {
        raw: raw.to_string(),
        why: e.to_string(),
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError::NotHttp {
            raw: raw.to_string(),
        });
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

/// Profile names become file names.
pub fn validate_profile_name(name: &str) -> Result<(), ConfigError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(ConfigError::BadProfileName(name.to_string()))
    }
}

/// `1234567890` → `******7890`: human output never shows a full card number.
pub fn mask_card(card: &str) -> String {
    let n = card.chars().count();
    if n <= 4 {
        return "*".repeat(n);
    }
    let tail: String = card.chars().skip(n - 4).collect();
    format!("{}{tail}", "*".repeat(n - 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_rules() {
        assert_eq!(
            validate_base_url("https://example.jp/licsxp-opac")
                .unwrap()
                .as_str(),
            "https://example.jp/licsxp-opac/"
        );
        assert!(validate_base_url("ftp://example.jp/").is_err());
        assert!(validate_base_url("example.jp").is_err());
    }

    #[test]
    fn config_round_trips_through_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            dir: dir.path().join("new").join("toshokan"),
        };
        assert_eq!(Config::load(&paths).unwrap(), Config::default());
        let mut config = Config::default();
        config.profiles.insert(
            "default".into(),
            Profile {
                card: Some("1234567890".into()),
                base_url: Some(SHIZUOKA_BASE_URL.into()),
                ..Profile::default()
            },
        );
        let written = Config::update(&paths, |c| *c = config.clone()).unwrap();
        assert_eq!(written, config);
        assert_eq!(Config::load(&paths).unwrap(), config);
        let text = std::fs::read_to_string(paths.config_file()).unwrap();
        assert!(text.contains("[profiles.default]"), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&paths.config_file()), 0o600);
            assert_eq!(mode(&paths.dir), 0o700);
            assert_eq!(mode(paths.dir.parent().unwrap()), 0o700);
        }
    }

    #[test]
    fn a_malformed_config_is_a_one_line_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            dir: dir.path().to_path_buf(),
        };
        std::fs::write(paths.config_file(), "[profiles.default]\ncard = 12\n").unwrap();
        let err = Config::load(&paths).unwrap_err();
        assert!(
            matches!(
                err,
                ConfigError::Unreadable {
                    kept: Kept::Config,
                    ..
                }
            ),
            "{err}"
        );
        let message = err.to_string();
        assert!(message.contains("line 2"), "{message}");
        assert!(!message.contains('\n'), "{message}");
    }

    #[test]
    fn card_rules_and_mask() {
        assert!(validate_card("12345ab").is_ok());
        assert!(validate_card("1234-5").is_err());
        assert!(validate_card("12345678901234567").is_err());
        assert_eq!(mask_card("1234567890"), "******7890");
    }
}
