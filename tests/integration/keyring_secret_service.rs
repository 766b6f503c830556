//! The real OS keyring, end to end: the built binary against a running
//! Secret Service (gnome-keyring on a throwaway session bus).
//!
//! Ignored by a plain `cargo test`: it needs a session bus with an unlocked
//! Secret Service, and must never write into a developer's own keyring.
//! `.ci/secret-service` (which `.ci/run` calls) installs `dbus`,
//! `gnome-keyring` and `libsecret-tools` when missing and runs it as
//!
//! ```sh
//! dbus-run-session -- sh -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
//!   TOSHOKAN_TEST_SECRET_SERVICE=1 cargo test --test integration keyring_secret_service -- --ignored'
//! ```
//!
//! Run with `--ignored` but without `TOSHOKAN_TEST_SECRET_SERVICE=1` (or
//! without a session bus) it fails instead of passing without a keyring.

use crate::common;

use common::{CARD, Env, LOGIN, PASSWORD, stdout_json};
use toshokan::config::Keyring;
use toshokan::config::secrets::{KEYRING_SERVICE, keyring_user};

const GATE: &str = "TOSHOKAN_TEST_SECRET_SERVICE";

fn bus_address() -> String {
    assert_eq!(
        std::env::var(GATE).as_deref(),
        Ok("1"),
        "this test writes into the session's Secret Service: run it in a throwaway \
         `dbus-run-session` with an unlocked gnome-keyring and {GATE}=1 (see .ci/run)"
    );
    std::env::var("DBUS_SESSION_BUS_ADDRESS").unwrap_or_else(|_| {
        panic!("{GATE}=1 but no DBUS_SESSION_BUS_ADDRESS: start it under dbus-run-session")
    })
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What `secret-tool` (libsecret, not our code) finds, when it is installed.
fn secret_tool_lookup(user: &str) -> Option<Option<String>> {
    let out = std::process::Command::new("secret-tool")
        .args(["lookup", "service", KEYRING_SERVICE, "username", user])
        .output()
        .ok()?;
    Some(
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned()),
    )
}

#[test]
#[ignore = "needs a Secret Service on a throwaway session bus; .ci/run runs it (TOSHOKAN_TEST_SECRET_SERVICE=1)"]
fn saved_password_round_trip_through_the_secret_service() {
    let bus = bus_address();
    let env = Env::new();
    let profile = format!("e2e-{}", std::process::id());
    let user = keyring_user(&profile, CARD);
    let keyring = Keyring::system();
    let cmd = || {
        let mut cmd = env.cmd();
        cmd.env("DBUS_SESSION_BUS_ADDRESS", &bus)
            .args(["--profile", &profile]);
        cmd
    };

    // login --save-password: the keyring is the default store.
    let out = cmd()
        .args(LOGIN)
        .arg("--save-password")
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("saved in the OS keyring"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains(PASSWORD));
    let held = keyring.get(&user).expect("keyring reachable");
    assert_eq!(
        held.as_ref().map(secrecy::ExposeSecret::expose_secret),
        Some(PASSWORD),
        "service toshokan, user PROFILE:CARD"
    );
    if let Some(found) = secret_tool_lookup(&user) {
        assert_eq!(found.as_deref(), Some(PASSWORD), "as libsecret sees it");
    }
    // Nothing on disk but the record.
    assert!(!env.config_dir().join("secrets").exists());
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(config.contains("password_store = \"keyring\""), "{config}");
    assert!(!config.contains(PASSWORD));

    // The session expires; an unattended run logs in again from the keyring.
    env.sim.expire_sessions();
    env.clear_log();
    let out = cmd()
        .args(["--no-input", "loans", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 8);
    assert!(
        env.requests()
            .iter()
            .any(|r| r.starts_with("POST /licsxp-opac/j_security_check")),
        "logged in again"
    );

    // logout --forget removes the entry and the record.
    let out = cmd().args(["logout", "--forget"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("saved password removed"),
        "{}",
        stderr(&out)
    );
    assert!(keyring.get(&user).expect("keyring reachable").is_none());
    if let Some(found) = secret_tool_lookup(&user) {
        assert_eq!(found, None);
    }
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(!config.contains("password_store"), "{config}");
    cmd().args(["--no-input", "loans"]).assert().code(3);
}
