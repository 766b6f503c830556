//! Saved passwords at the library level: store selection, the record in the
//! profile, forgetting, migration from the password file, and the keyring's
//! failure modes — against keyring-core's in-memory mock store, with every
//! opening of the keyring counted.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use keyring_core::{CredentialStore, Entry};
use secrecy::{ExposeSecret, SecretString};
use toshokan::config::secrets::{KEYRING_SERVICE, SecretError, keyring_user};
use toshokan::config::{Keyring, PasswordStore, Paths, Profile, Secrets};

const CARD: &str = "1234567890";
const PASSWORD: &str = "s3cret-pw";

struct Fixture {
    _dir: tempfile::TempDir,
    secrets: Secrets,
    store: Arc<CredentialStore>,
    opened: Arc<AtomicUsize>,
}

impl Fixture {
    /// A temp config dir and a mock keyring that counts how often it is opened.
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            dir: dir.path().join("config"),
        };
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let opened = Arc::new(AtomicUsize::new(0));
        let keyring = {
            let store = Arc::clone(&store);
            let opened = Arc::clone(&opened);
            Keyring::with_store(
                Arc::new(move || {
                    opened.fetch_add(1, Ordering::SeqCst);
                    Ok(Arc::clone(&store))
                }),
                Duration::from_secs(5),
            )
        };
        Fixture {
            _dir: dir,
            secrets: Secrets::new(paths, keyring),
            store,
            opened,
        }
    }

    /// A keyring that cannot be opened (no Secret Service, no bus).
    fn unavailable() -> Fixture {
        let mut f = Fixture::new();
        f.secrets.keyring = Keyring::with_store(
            Arc::new(|| {
                Err(keyring_core::Error::NoStorageAccess(
                    "no session bus".into(),
                ))
            }),
            Duration::from_secs(5),
        );
        f
    }

    fn entry(&self, profile: &str, card: &str) -> Entry {
        Entry::new_in_store(&self.store, KEYRING_SERVICE, &keyring_user(profile, card)).unwrap()
    }

    fn in_keyring(&self, profile: &str, card: &str) -> Option<String> {
        self.entry(profile, card).get_password().ok()
    }

    fn file(&self, profile: &str) -> std::path::PathBuf {
        self.secrets.paths.password_file(profile)
    }

    fn opened(&self) -> usize {
        self.opened.load(Ordering::SeqCst)
    }
}

fn profile() -> Profile {
    Profile {
        card: Some(CARD.to_string()),
        ..Profile::default()
    }
}

fn pw(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

fn loaded(f: &Fixture, name: &str, p: &Profile) -> Option<String> {
    f.secrets
        .load(name, Some(p))
        .unwrap()
        .map(|s| s.expose_secret().to_string())
}

#[test]
fn keyring_save_is_recorded_and_leaves_no_file() {
    let f = Fixture::new();
    let mut p = profile();
    f.secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap();
    assert_eq!(p.password_store, Some(PasswordStore::Keyring));
    assert_eq!(
        f.in_keyring("default", CARD).as_deref(),
        Some(PASSWORD),
        "service toshokan, user PROFILE:CARD"
    );
    assert!(!f.file("default").exists(), "nothing on disk");
    assert_eq!(loaded(&f, "default", &p).as_deref(), Some(PASSWORD));
}

#[test]
fn keyring_entries_are_per_profile_and_card() {
    let f = Fixture::new();
    let mut a = profile();
    let mut b = profile();
    f.secrets
        .save("hanako", &mut a, PasswordStore::Keyring, &pw("a"))
        .unwrap();
    f.secrets
        .save("taro", &mut b, PasswordStore::Keyring, &pw("b"))
        .unwrap();
    assert_eq!(loaded(&f, "hanako", &a).as_deref(), Some("a"));
    assert_eq!(loaded(&f, "taro", &b).as_deref(), Some("b"));
    // The same record with another card finds nothing: a password is bound to its card.
    let other = Profile {
        card: Some("1234567891".into()),
        ..a.clone()
    };
    assert_eq!(loaded(&f, "hanako", &other), None);
}

#[test]
fn file_store_is_0600_and_never_opens_the_keyring() {
    let f = Fixture::new();
    let mut p = profile();
    f.secrets
        .save("default", &mut p, PasswordStore::File, &pw(PASSWORD))
        .unwrap();
    assert_eq!(p.password_store, Some(PasswordStore::File));
    assert_eq!(
        std::fs::read_to_string(f.file("default")).unwrap(),
        PASSWORD
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(f.file("default"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(loaded(&f, "default", &p).as_deref(), Some(PASSWORD));
    assert!(f.secrets.forget("default", Some(&mut p)).unwrap());
    assert_eq!(p.password_store, None);
    assert!(!f.file("default").exists());
    assert_eq!(f.opened(), 0, "a file profile never touches the keyring");
}

#[test]
fn nothing_saved_means_no_store_and_no_keyring_call() {
    let f = Fixture::new();
    let mut p = profile();
    assert_eq!(f.secrets.store_of("default", Some(&p)), None);
    assert_eq!(loaded(&f, "default", &p), None);
    assert!(!f.secrets.forget("default", Some(&mut p)).unwrap());
    assert_eq!(f.opened(), 0);
}

#[test]
fn an_unrecorded_password_file_keeps_working_as_file() {
    // A profile saved before the store was recorded: a 0600 file, no record.
    let f = Fixture::new();
    std::fs::create_dir_all(f.file("default").parent().unwrap()).unwrap();
    std::fs::write(f.file("default"), format!("{PASSWORD}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let private = std::fs::Permissions::from_mode(0o600);
        std::fs::set_permissions(f.file("default"), private).unwrap();
    }
    let mut p = profile();
    assert_eq!(p.password_store, None);
    assert_eq!(
        f.secrets.store_of("default", Some(&p)),
        Some(PasswordStore::File)
    );
    assert_eq!(loaded(&f, "default", &p).as_deref(), Some(PASSWORD));
    // A password change rewrites it where it is, and records `file`.
    f.secrets
        .save("default", &mut p, PasswordStore::File, &pw("new-pw"))
        .unwrap();
    assert_eq!(p.password_store, Some(PasswordStore::File));
    assert_eq!(loaded(&f, "default", &p).as_deref(), Some("new-pw"));
    assert_eq!(f.opened(), 0);
}

#[test]
fn moving_to_the_keyring_removes_the_file_and_back_removes_the_entry() {
    let f = Fixture::new();
    let mut p = profile();
    f.secrets
        .save("default", &mut p, PasswordStore::File, &pw(PASSWORD))
        .unwrap();
    f.secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap();
    assert!(!f.file("default").exists(), "no plaintext copy left behind");
    assert_eq!(f.in_keyring("default", CARD).as_deref(), Some(PASSWORD));
    let saved = f
        .secrets
        .save("default", &mut p, PasswordStore::File, &pw(PASSWORD))
        .unwrap();
    assert!(saved.stale_keyring.is_none());
    assert_eq!(f.in_keyring("default", CARD), None, "keyring copy removed");
    assert!(f.file("default").exists());
    assert_eq!(p.password_store, Some(PasswordStore::File));
}

#[test]
fn forget_removes_the_keyring_entry_and_a_stale_file() {
    let f = Fixture::new();
    let mut p = profile();
    f.secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap();
    // A stale file from an older version, next to the recorded keyring entry.
    std::fs::create_dir_all(f.file("default").parent().unwrap()).unwrap();
    std::fs::write(f.file("default"), "old").unwrap();
    assert!(f.secrets.forget("default", Some(&mut p)).unwrap());
    assert_eq!(f.in_keyring("default", CARD), None);
    assert!(!f.file("default").exists());
    assert_eq!(p.password_store, None);
    assert!(!f.secrets.forget("default", Some(&mut p)).unwrap());
}

#[test]
fn an_unavailable_keyring_saves_nothing_and_records_nothing() {
    let f = Fixture::unavailable();
    let mut p = profile();
    let err = f
        .secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap_err();
    assert!(matches!(err, SecretError::Keyring(_)), "{err}");
    let text = err.to_string();
    assert!(text.contains("no session bus"), "{text}");
    assert!(!text.contains(PASSWORD));
    assert_eq!(p.password_store, None, "nothing recorded");
    assert!(!f.file("default").exists(), "no silent fallback to a file");
    assert!(!f.secrets.paths.dir.join("secrets").exists());
}

#[test]
fn a_keyring_that_fails_on_write_keeps_the_previous_record() {
    let f = Fixture::new();
    let mut p = profile();
    f.secrets
        .save("default", &mut p, PasswordStore::File, &pw(PASSWORD))
        .unwrap();
    // The keyring opens but refuses the write (e.g. locked, prompt dismissed).
    let entry = f.entry("default", CARD);
    let mock: &keyring_core::mock::Cred = entry.as_any().downcast_ref().unwrap();
    mock.set_error(keyring_core::Error::NoStorageAccess("locked".into()));
    let err = f
        .secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap_err();
    assert!(err.to_string().contains("locked"), "{err}");
    assert_eq!(p.password_store, Some(PasswordStore::File));
    assert!(f.file("default").exists(), "the working file is kept");
}

#[test]
fn forget_with_an_unreachable_keyring_keeps_the_record_for_a_retry() {
    let mut f = Fixture::new();
    let mut p = profile();
    f.secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap();
    std::fs::create_dir_all(f.file("default").parent().unwrap()).unwrap();
    std::fs::write(f.file("default"), "stale").unwrap();
    let working = f.secrets.keyring.clone();
    f.secrets.keyring = Fixture::unavailable().secrets.keyring;
    assert!(matches!(
        f.secrets.forget("default", Some(&mut p)),
        Err(SecretError::Keyring(_))
    ));
    assert_eq!(p.password_store, Some(PasswordStore::Keyring));
    assert!(!f.file("default").exists(), "the stale file goes anyway");
    f.secrets.keyring = working;
    assert!(f.secrets.forget("default", Some(&mut p)).unwrap());
    assert_eq!(f.in_keyring("default", CARD), None);
}

#[test]
fn a_hanging_keyring_is_given_up_after_the_timeout() {
    let f = Fixture::new();
    let secrets = Secrets::new(
        f.secrets.paths.clone(),
        Keyring::with_store(
            Arc::new(|| {
                std::thread::sleep(Duration::from_secs(30));
                Err(keyring_core::Error::NoDefaultStore)
            }),
            Duration::from_millis(200),
        ),
    );
    let mut p = profile();
    let start = Instant::now();
    let err = secrets
        .save("default", &mut p, PasswordStore::Keyring, &pw(PASSWORD))
        .unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(5), "did not hang");
    assert!(err.to_string().contains("no answer within"), "{err}");
    assert_eq!(p.password_store, None);
    p.password_store = Some(PasswordStore::Keyring);
    let start = Instant::now();
    assert!(secrets.load("default", Some(&p)).is_err());
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn the_store_is_recorded_in_config_toml_by_name() {
    let p = Profile {
        card: Some(CARD.into()),
        password_store: Some(PasswordStore::Keyring),
        ..Profile::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths {
        dir: dir.path().to_path_buf(),
    };
    toshokan::config::Config::update(&paths, |config| {
        config.profiles.insert("default".into(), p.clone());
    })
    .unwrap();
    let text = std::fs::read_to_string(paths.config_file()).unwrap();
    assert!(text.contains("password_store = \"keyring\""), "{text}");
    let back = toshokan::config::Config::load(&paths).unwrap();
    assert_eq!(back.profiles["default"], p);
    // A config written before the field existed still loads (no record).
    std::fs::write(
        paths.config_file(),
        "[profiles.default]\ncard = \"1234567890\"\n",
    )
    .unwrap();
    let old = toshokan::config::Config::load(&paths).unwrap();
    assert_eq!(old.profiles["default"].password_store, None);
}
