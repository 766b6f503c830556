//! `login --save-password` end to end: the explicit file store (cron), the
//! keyring being unavailable, migration of an unrecorded password file, and
//! that profiles whose password is not in the keyring never talk to D-Bus.
//! (The real Secret Service round trip is `keyring_secret_service.rs` beside it.)

#![cfg(unix)]

use crate::common;

use std::os::unix::net::UnixListener;
use std::path::PathBuf;

use common::{Env, LOGIN, PASSWORD, stdout_json};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn config_text(env: &Env) -> String {
    std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap_or_default()
}

fn password_file(env: &Env) -> PathBuf {
    env.config_dir().join("secrets").join("default.password")
}

/// A session bus socket that accepts connections and never answers: any
/// keyring call would be seen here (and would hang until the timeout).
struct FakeBus {
    _dir: tempfile::TempDir,
    listener: UnixListener,
    address: String,
}

impl FakeBus {
    fn new() -> FakeBus {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bus");
        let listener = UnixListener::bind(&path).unwrap();
        listener.set_nonblocking(true).unwrap();
        FakeBus {
            address: format!("unix:path={}", path.display()),
            _dir: dir,
            listener,
        }
    }

    fn contacted(&self) -> bool {
        self.listener.accept().is_ok()
    }
}

fn login_saving(env: &Env, extra: &[&str]) -> std::process::Output {
    env.cmd()
        .args(LOGIN)
        .arg("--save-password")
        .args(extra)
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap()
}

#[test]
fn file_store_is_private_recorded_and_renews_sessions_without_the_keyring() {
    let env = Env::new();
    let bus = FakeBus::new();
    let out = login_saving(&env, &["--password-store", "file"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let file = password_file(&env);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), PASSWORD);
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let config = config_text(&env);
    assert!(config.contains("password_store = \"file\""), "{config}");
    assert!(!config.contains(PASSWORD));
    assert!(stderr(&out).contains("password saved in a file"));

    // Cron: the session has expired, no terminal, no TOSHOKAN_PASSWORD.
    env.sim.expire_sessions();
    let out = env
        .cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .args(["--no-input", "loans", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 8);
    assert!(!bus.contacted(), "a file profile never talks to D-Bus");

    // Saving again without --password-store keeps the recorded store.
    let out = env
        .cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .args(["login", "--password-stdin", "--save-password"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(file.exists());
    assert!(!bus.contacted());

    // logout --forget removes the file and the record.
    let out = env
        .cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .args(["--json", "logout", "--forget"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out)["password_forgotten"], true);
    assert!(!file.exists());
    assert!(!config_text(&env).contains("password_store"));
    assert!(!bus.contacted());
    env.cmd().args(["--no-input", "loans"]).assert().code(3);
}

#[test]
fn the_environment_can_choose_the_file_store() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("TOSHOKAN_PASSWORD_STORE", "file")
        .args(LOGIN)
        .arg("--save-password")
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(password_file(&env).exists());
    // An unknown store is a usage error before anything is sent.
    env.clear_log();
    env.cmd()
        .args(["login", "--save-password", "--password-store", "vault"])
        .assert()
        .code(2);
    assert!(env.requests().is_empty());
}

// The keyring here is the Secret Service on a session bus that does not exist.
#[cfg(not(target_os = "macos"))]
#[test]
fn unavailable_keyring_keeps_the_session_writes_no_password_and_names_the_fallback() {
    let env = Env::new();
    // The default store is the keyring; this machine's "session bus" is absent.
    let out = login_saving(&env, &["-v"]);
    assert_eq!(out.status.code(), Some(7), "partial: logged in, not saved");
    let err = stderr(&out);
    let error_lines: Vec<&str> = err.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(error_lines.len(), 1, "{err}");
    assert!(error_lines[0].contains("password was not saved"), "{err}");
    assert!(error_lines[0].contains("keyring"), "{err}");
    assert!(
        err.lines()
            .any(|l| l.starts_with("hint:") && l.contains("--password-store file")),
        "{err}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("******7890"),
        "the login's summary: {stdout}"
    );
    for text in [&err, &stdout.to_string()] {
        assert!(!text.contains(PASSWORD), "{text}");
    }
    // Nothing about the password on disk: no file, no record.
    assert!(!env.config_dir().join("secrets").exists());
    assert!(!config_text(&env).contains("password_store"));
    // The session is kept: the next run uses it.
    env.clear_log();
    env.cmd().args(["--no-input", "loans"]).assert().success();
    assert_eq!(env.requests().len(), 1);

    // With --json the error is one object on stderr, kind "partial".
    let out = login_saving(&env, &["--json"]);
    assert_eq!(out.status.code(), Some(7));
    let line = stderr(&out)
        .lines()
        .find(|l| l.starts_with('{'))
        .map(str::to_string)
        .unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(value["error"]["kind"], "partial");
    assert!(
        value["error"]["hint"]
            .as_str()
            .unwrap_or_default()
            .contains("--password-store file")
    );
    assert_eq!(stdout_json(&out)["card"], "******7890");
}

// The keyring here is the Secret Service on a session bus that does not exist.
#[cfg(not(target_os = "macos"))]
#[test]
fn an_unreachable_keyring_at_relogin_is_exit_3_with_the_reason() {
    let env = Env::new();
    env.login();
    // Recorded as in the keyring (saved on a desktop), now run from cron.
    let config = config_text(&env).replace(
        "[profiles.default]\n",
        "[profiles.default]\npassword_store = \"keyring\"\n",
    );
    std::fs::write(env.config_dir().join("config.toml"), &config).unwrap();
    // A live session does not touch the keyring at all.
    let bus = FakeBus::new();
    env.cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .args(["--no-input", "loans"])
        .assert()
        .success();
    assert!(!bus.contacted(), "no keyring call while the session lives");
    // An expired one asks the keyring, which is not there.
    env.sim.expire_sessions();
    let out = env
        .cmd()
        .args(["-q", "--no-input", "loans"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("saved password cannot be read") && err.contains("--password-store file"),
        "{err}"
    );
}

#[test]
fn an_unrecorded_password_file_still_logs_in_again_as_file() {
    // Saved by an earlier version: the 0600 file, nothing in config.toml.
    let env = Env::new();
    env.login();
    assert!(!config_text(&env).contains("password_store"));
    let file = password_file(&env);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, format!("{PASSWORD}\n")).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    env.sim.expire_sessions();
    let bus = FakeBus::new();
    let out = env
        .cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .args(["--no-input", "reservations"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!bus.contacted());
    // logout --forget removes it.
    env.cmd().args(["logout", "--forget"]).assert().success();
    assert!(!file.exists());
}

#[test]
fn a_password_change_rewrites_the_saved_password_where_it_is() {
    let env = Env::new();
    let out = login_saving(&env, &["--password-store", "file"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bus = FakeBus::new();
    let out = env
        .cmd()
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .args([
            "--no-input",
            "settings",
            "password",
            "change",
            "--password-stdin",
        ])
        .write_stdin(format!("{PASSWORD}\nnewpass12\nnewpass12\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("saved password was updated"));
    assert!(!stderr(&out).contains("newpass12"));
    assert_eq!(
        std::fs::read_to_string(password_file(&env)).unwrap(),
        "newpass12"
    );
    assert!(config_text(&env).contains("password_store = \"file\""));
    assert!(!bus.contacted());
    // And the next unattended login uses it.
    env.sim.expire_sessions();
    env.cmd().args(["--no-input", "loans"]).assert().success();
}

#[test]
fn logging_in_with_another_card_drops_the_old_cards_saved_password() {
    let env = Env::new();
    let out = login_saving(&env, &["--password-store", "file"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = env
        .cmd()
        .args(["login", "--card", "1234567891", "--password-stdin"])
        .write_stdin("family1234\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("previous card"), "{}", stderr(&out));
    assert!(!password_file(&env).exists());
    assert!(!config_text(&env).contains("password_store"));
}
