//! Saved passwords (`login --save-password`), so that an expired session can
//! be renewed without a person. Saving is opt-in, and where the password
//! lives is explicit and recorded per profile (`password_store` in
//! `config.toml`):
//!
//! - `keyring` (the default for `--save-password`): the OS keyring — Secret
//!   Service on Linux and the BSDs (over D-Bus, pure-Rust zbus), Keychain on
//!   macOS, Credential Manager on Windows — under service [`KEYRING_SERVICE`]
//!   and user `PROFILE:CARD` ([`keyring_user`]).
//! - `file`: `CONFIG/secrets/PROFILE.password`, mode 0600: the explicit
//!   fallback for headless machines (cron) that have no unlocked keyring.
//!
//! Later runs read only the recorded store, so a cron job on a `file`
//! profile never talks to D-Bus. A password file from before the store was
//! recorded counts as `file`. Every keyring call runs on its own thread and
//! is given up after a timeout: a locked keyring may wait for an unlock
//! prompt nobody answers, and a session bus without a keyring daemon may
//! try to start one.

use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::ConfigError;
use super::{Paths, Profile, fsutil};

/// The keyring service name of every entry toshokan writes.
pub const KEYRING_SERVICE: &str = "toshokan";

/// How long one keyring call may take. An unlock prompt needs a person's
/// time; a missing bus or keyring daemon fails at once, well within it.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(30);

/// Where a profile's saved password lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PasswordStore {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// `CONFIG/secrets/PROFILE.password`, mode 0600.
    File,
}

impl PasswordStore {
    pub fn name(self) -> &'static str {
        match self {
            PasswordStore::Keyring => "keyring",
            PasswordStore::File => "file",
        }
    }
}

/// The keyring user name of a profile's entry: `PROFILE:CARD`. The card
/// binds the password to the card it was saved with; the profile keeps
/// two households' entries for one card apart.
pub fn keyring_user(profile: &str, card: &str) -> String {
    format!("{profile}:{card}")
}

/// Why the keyring could not be used (never contains the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyringError {
    pub reason: String,
}

impl std::fmt::Display for KeyringError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl KeyringError {
    fn new(reason: impl Into<String>) -> Self {
        KeyringError {
            reason: reason.into(),
        }
    }
}

impl From<keyring_core::Error> for KeyringError {
    fn from(e: keyring_core::Error) -> Self {
        use keyring_core::Error;
        // Spelled out rather than `{e}` where the variant carries data.
        let reason = match &e {
            Error::Ambiguous(items) => format!("{} keyring entries match", items.len()),
            Error::BadEncoding(_) => "the keyring entry is not UTF-8 text".to_string(),
            Error::BadDataFormat(..) => "the keyring entry is malformed".to_string(),
            _ => e.to_string(),
        };
        KeyringError::new(reason)
    }
}

/// Opens a credential store (the OS's, or a test double).
pub type OpenStore = Arc<dyn Fn() -> keyring_core::Result<Arc<CredentialStore>> + Send + Sync>;

/// The OS keyring, opened only when a call needs it, every call bounded by
/// a timeout.
#[derive(Clone)]
pub struct Keyring {
    open: OpenStore,
    timeout: Duration,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Keyring {
    /// The platform's keyring. Nothing is opened until a call is made.
    pub fn system() -> Keyring {
        Keyring {
            open: Arc::new(platform_store),
            timeout: KEYRING_TIMEOUT,
        }
    }

    /// A keyring over another store, e.g. `keyring_core::mock::Store` in tests.
    pub fn with_store(open: OpenStore, timeout: Duration) -> Keyring {
        Keyring { open, timeout }
    }

    /// The password of `user`, `None` when there is no entry.
    pub fn get(&self, user: &str) -> Result<Option<SecretString>, KeyringError> {
        self.call(user, |entry| match entry.get_password() {
            Ok(p) => Ok(Some(SecretString::from(p))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        })
    }

    pub fn set(&self, user: &str, password: &SecretString) -> Result<(), KeyringError> {
        let password = password.clone();
        self.call(user, move |entry| {
            entry.set_password(password.expose_secret())
        })
    }

    /// Deletes the entry of `user`; `false` when there was none.
    pub fn delete(&self, user: &str) -> Result<bool, KeyringError> {
        self.call(user, |entry| match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(e),
        })
    }

    /// Runs one call on a thread of its own and gives up after the timeout
    /// (the thread is left to finish or to die with the process).
    fn call<T, F>(&self, user: &str, op: F) -> Result<T, KeyringError>
    where
        T: Send + 'static,
        F: FnOnce(&Entry) -> keyring_core::Result<T> + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let open = Arc::clone(&self.open);
        let user = user.to_string();
        std::thread::Builder::new()
            .name("toshokan-keyring".to_string())
            .spawn(move || {
                let result = open()
                    .and_then(|store| Entry::new_in_store(&store, KEYRING_SERVICE, &user))
                    .and_then(|entry| op(&entry));
                let _ = tx.send(result);
            })
            .map_err(|e| KeyringError::new(format!("cannot start a keyring call: {e}")))?;
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result.map_err(KeyringError::from),
            Err(RecvTimeoutError::Timeout) => Err(KeyringError::new(format!(
                "no answer within {} s (a locked keyring waiting for an unlock prompt?)",
                self.timeout.as_secs_f32()
            ))),
            Err(RecvTimeoutError::Disconnected) => {
                Err(KeyringError::new("the keyring call failed unexpectedly"))
            }
        }
    }
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = apple_native_keyring_store::keychain::Store::new()?;
    Ok(store)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    let store: Arc<CredentialStore> = windows_native_keyring_store::Store::new()?;
    Ok(store)
}

#[cfg(not(any(
    all(
        unix,
        not(any(target_os = "macos", target_os = "ios", target_os = "android"))
    ),
    target_os = "macos",
    target_os = "windows"
)))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no OS keyring on this platform".to_string(),
    ))
}

/// What can go wrong with a saved password.
#[derive(Debug)]
pub enum SecretError {
    /// The OS keyring could not be used (absent, locked, no answer).
    Keyring(KeyringError),
    /// The password file could not be read or written.
    File(ConfigError),
}

impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretError::Keyring(e) => write!(f, "the OS keyring could not be used: {e}"),
            SecretError::File(e) => write!(f, "{e}"),
        }
    }
}

impl From<KeyringError> for SecretError {
    fn from(e: KeyringError) -> Self {
        SecretError::Keyring(e)
    }
}

impl From<ConfigError> for SecretError {
    fn from(e: ConfigError) -> Self {
        SecretError::File(e)
    }
}

/// What saving left behind.
#[derive(Debug, Default)]
pub struct Saved {
    /// A copy in the previously recorded keyring that could not be removed.
    pub stale_keyring: Option<KeyringError>,
}

/// A profile's saved password: the config dir and the keyring.
#[derive(Debug, Clone)]
pub struct Secrets {
    pub paths: Paths,
    pub keyring: Keyring,
}

impl Secrets {
    pub fn new(paths: Paths, keyring: Keyring) -> Secrets {
        Secrets { paths, keyring }
    }

    /// The store that holds the profile's saved password, if any: the one
    /// recorded in the profile, else `file` when a password file exists
    /// (saved before the store was recorded). Looks at no keyring.
    pub fn store_of(&self, name: &str, profile: Option<&Profile>) -> Option<PasswordStore> {
        profile.and_then(|p| p.password_store).or_else(|| {
            self.paths
                .password_file(name)
                .is_file()
                .then_some(PasswordStore::File)
        })
    }

    /// The saved password, read from the store that holds it and no other.
    pub fn load(
        &self,
        name: &str,
        profile: Option<&Profile>,
    ) -> Result<Option<SecretString>, SecretError> {
        match self.store_of(name, profile) {
            None => Ok(None),
            Some(PasswordStore::File) => read_file(&self.paths, name),
            Some(PasswordStore::Keyring) => match profile.and_then(|p| p.card.as_deref()) {
                Some(card) => Ok(self.keyring.get(&keyring_user(name, card))?),
                None => Ok(None),
            },
        }
    }

    /// Saves the password of the profile's card in `store` and records the
    /// store in `profile` (the caller writes the config). A copy in the
    /// other store is removed. On failure nothing is recorded and nothing
    /// else is touched.
    pub fn save(
        &self,
        name: &str,
        profile: &mut Profile,
        store: PasswordStore,
        password: &SecretString,
    ) -> Result<Saved, SecretError> {
        let card = profile
            .card
            .clone()
            .ok_or(SecretError::File(ConfigError::NoCard))?;
        let previous = self.store_of(name, Some(profile));
        let mut saved = Saved::default();
        match store {
            PasswordStore::Keyring => {
                self.keyring.set(&keyring_user(name, &card), password)?;
                fsutil::remove_if_exists(&self.paths.password_file(name))?;
            }
            PasswordStore::File => {
                fsutil::write_atomic(
                    &self.paths.password_file(name),
                    password.expose_secret().as_bytes(),
                    0o600,
                )?;
                if previous == Some(PasswordStore::Keyring)
                    && let Err(e) = self.keyring.delete(&keyring_user(name, &card))
                {
                    saved.stale_keyring = Some(e);
                }
            }
        }
        profile.password_store = Some(store);
        Ok(saved)
    }

    /// Removes the saved password from the store that holds it, and any
    /// password file too, then clears the record in `profile`. `Ok(false)`
    /// when nothing was saved. When the keyring cannot be reached the record
    /// is kept, so that a later `logout --forget` can try again.
    pub fn forget(&self, name: &str, profile: Option<&mut Profile>) -> Result<bool, SecretError> {
        let store = self.store_of(name, profile.as_deref());
        let card = profile.as_deref().and_then(|p| p.card.clone());
        let keyring = match (store, &card) {
            (Some(PasswordStore::Keyring), Some(card)) => {
                self.keyring.delete(&keyring_user(name, card))
            }
            _ => Ok(false),
        };
        let file = fsutil::remove_if_exists(&self.paths.password_file(name))?;
        let removed = keyring? | file;
        if let Some(profile) = profile {
            profile.password_store = None;
        }
        Ok(removed)
    }
}

/// The password file's line; never through a symlink, never from a file
/// others may read ([`fsutil::read_private`]).
fn read_file(paths: &Paths, name: &str) -> Result<Option<SecretString>, SecretError> {
    let Some(text) = fsutil::read_private(&paths.password_file(name))? else {
        return Ok(None);
    };
    let text = secrecy::SecretString::from(text);
    let line = text.expose_secret().trim_end_matches(['\r', '\n']);
    Ok((!line.is_empty()).then(|| SecretString::from(line.to_string())))
}
