//! Snapshots and `--max-age`: every read keeps its screen's snapshot
//! (`CONFIG/snapshots/PROFILE/SCREEN.json`, 0600 in 0700 directories); a
//! young enough one answers with no request at all, printing what a read
//! prints; an old one, one from the future, another site's or `--max-age 0`
//! reads the site; a write drops them before it is sent, whatever its
//! outcome; `logout` deletes them; no bundle or capture holds them. "Now"
//! is fixed with `TOSHOKAN_NOW`, on the day `TOSHOKAN_TODAY` fixes.

#![cfg(unix)]

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{Env, Run, RunCommand};
use serde_json::Value;
use toshokan::sim::{ConfirmFault, Faults};

/// 10:00 in Japan on `common::TODAY`.
const T0: &str = "2026-11-28T01:00:00Z";
const T0_10M: &str = "2026-11-28T01:10:00Z";
const T0_20M: &str = "2026-11-28T01:20:00Z";
const T0_2H: &str = "2026-11-28T03:00:00Z";
const BEFORE_T0: &str = "2026-11-28T00:50:00Z";

/// Each screen that keeps a snapshot: its file and the command that reads it.
const SCREENS: [(&str, &[&str]); 6] = [
    ("loans", &["loans"]),
    ("reservations", &["reservations"]),
    ("status", &["status"]),
    ("shelves", &["shelf", "list"]),
    ("alerts", &["alert", "list"]),
    ("libraries", &["libraries"]),
];

/// `toshokan --no-input ARGS` at `now`.
fn run_at(env: &Env, now: &str, args: &[&str]) -> Run {
    env.cmd()
        .env("TOSHOKAN_NOW", now)
        .arg("--no-input")
        .args(args)
        .run()
}

fn ok(run: Run) -> Run {
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    run
}

fn with(args: &[&str], extra: &[&str]) -> Vec<String> {
    args.iter().chain(extra).map(|s| s.to_string()).collect()
}

fn run_with(env: &Env, now: &str, args: &[&str], extra: &[&str]) -> Run {
    let all = with(args, extra);
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    ok(run_at(env, now, &all))
}

fn snapshot_file(env: &Env, profile: &str, screen: &str) -> PathBuf {
    env.config_dir()
        .join("snapshots")
        .join(profile)
        .join(format!("{screen}.json"))
}

fn snapshot(env: &Env, profile: &str, screen: &str) -> Value {
    let path = snapshot_file(env, profile, screen);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn loans_json(env: &Env, now: &str, extra: &[&str]) -> Value {
    run_with(env, now, &["loans", "--json"], extra).json()
}

#[test]
fn every_read_keeps_a_private_snapshot_that_max_age_answers_from_with_no_request() {
    let env = Env::new();
    env.login();
    for (screen, args) in SCREENS {
        let json = run_with(&env, T0, args, &["--json"]).stdout;
        let table = run_with(&env, T0, args, &[]).stdout;
        let kept = snapshot(&env, "default", screen);
        assert_eq!(kept["taken_at"], T0, "{screen}");
        assert_eq!(kept["site"], env.base_url.as_str(), "{screen}");
        assert!(!kept["value"].is_null(), "{screen}");
        assert_eq!(mode(&snapshot_file(&env, "default", screen)), 0o600);

        env.clear_log();
        let again = run_with(&env, T0_10M, args, &["--json", "--max-age", "1h"]);
        assert_eq!(again.stdout, json, "{screen}");
        assert_eq!(
            run_with(&env, T0_10M, args, &["--max-age", "1h"]).stdout,
            table,
            "{screen}"
        );
        assert_eq!(env.requests(), Vec::<String>::new(), "{screen}: no request");
    }
    let dir = env.config_dir().join("snapshots");
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("default")), 0o700);
    // The value is the screen's own (all rows: the filters apply to it).
    let status = snapshot(&env, "default", "status")["value"].clone();
    assert_eq!(status["profile"], "default");
    let loans = snapshot(&env, "default", "loans")["value"].clone();
    assert_eq!(loans, loans_json(&env, T0_10M, &[]));
}

#[test]
fn filters_and_ical_apply_to_a_snapshot_as_to_a_read() {
    let env = Env::new();
    env.login();
    ok(run_at(&env, T0, &["loans"]));
    ok(run_at(&env, T0, &["reservations"]));
    let cases: [&[&str]; 7] = [
        &["loans", "--overdue"],
        &["loans", "--renewable", "--json"],
        &["loans", "--due-within", "3", "--json"],
        &["loans", "--ical"],
        &["reservations", "--all", "--json"],
        &["reservations", "--ready", "--json"],
        &["reservations", "list", "--ical"],
    ];
    // An iCalendar's DTSTAMP is when it was written.
    let stamped = |text: String| -> String {
        text.lines()
            .filter(|l| !l.starts_with("DTSTAMP:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for args in cases {
        let read = stamped(run_with(&env, T0, args, &[]).stdout);
        env.clear_log();
        let kept = stamped(run_with(&env, T0_10M, args, &["--max-age", "30m"]).stdout);
        assert_eq!(kept, read, "{args:?}");
        assert_eq!(env.requests(), Vec::<String>::new(), "{args:?}");
    }
}

#[test]
fn an_old_snapshot_one_from_the_future_another_day_or_max_age_0_reads_the_site() {
    let env = Env::new();
    env.login();
    ok(run_at(&env, T0, &["loans"]));
    ok(run_at(&env, T0, &["shelf", "list"]));
    for (now, age) in [(T0_10M, "0"), (T0_2H, "1h"), (BEFORE_T0, "1h")] {
        // Each read keeps a new snapshot; put T0's back.
        ok(run_at(&env, T0, &["loans"]));
        env.clear_log();
        ok(run_at(&env, now, &["loans", "--max-age", age]));
        assert!(!env.requests().is_empty(), "{now} --max-age {age}: read");
        assert_eq!(snapshot(&env, "default", "loans")["taken_at"], now);
    }
    // Days left count from the day of the read: tomorrow reads again, while
    // a shelf list, which counts no days, is still good.
    ok(run_at(&env, T0, &["loans"]));
    env.clear_log();
    let tomorrow = |args: &[&str]| {
        ok(env
            .cmd()
            .env("TOSHOKAN_NOW", T0_10M)
            .env("TOSHOKAN_TODAY", "2026-11-29")
            .arg("--no-input")
            .args(args)
            .run())
    };
    tomorrow(&["shelf", "list", "--max-age", "1d"]);
    assert_eq!(env.requests(), Vec::<String>::new());
    tomorrow(&["loans", "--max-age", "1d"]);
    assert!(!env.requests().is_empty());
}

#[test]
fn a_snapshot_of_another_site_is_not_used() {
    let env = Env::new();
    env.login();
    ok(run_at(&env, T0, &["loans"]));
    let path = snapshot_file(&env, "default", "loans");
    let mut kept = snapshot(&env, "default", "loans");
    kept["site"] = "https://opac.example.jp/licsxp-opac/".into();
    std::fs::write(&path, kept.to_string()).unwrap();
    env.clear_log();
    ok(run_at(&env, T0_10M, &["loans", "--max-age", "1h"]));
    assert!(!env.requests().is_empty());
    assert_eq!(
        snapshot(&env, "default", "loans")["site"],
        env.base_url.as_str()
    );
}

/// A snapshot names the card it was read for: when the profile's card is
/// another (a login whose clean-up did not run, a hand-edited config), the
/// snapshot is not shown for it.
#[test]
fn a_snapshot_of_another_card_is_not_used() {
    let env = Env::new();
    env.login();
    ok(run_at(&env, T0, &["loans"]));
    let kept = snapshot(&env, "default", "loans");
    let card = kept["card"].as_str().expect("the card's key");
    assert!(
        !card.contains(toshokan::sim::seed::DEMO_CARD),
        "a hash, not the number"
    );
    let config = env.config_dir().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let other = text.replace(
        toshokan::sim::seed::DEMO_CARD,
        toshokan::sim::seed::FAMILY_CARD,
    );
    assert_ne!(text, other);
    std::fs::write(&config, other).unwrap();
    env.clear_log();
    // Not the first card's loans: the snapshot is passed over, and this
    // card has neither a session nor a password here.
    let run = run_at(&env, T0_10M, &["loans", "--max-age", "1h"]);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

/// The id of a loan the site will renew.
fn renewable(env: &Env) -> String {
    common::renewable_id(&loans_json(env, T0, &[]))
}

#[test]
fn a_write_drops_the_snapshots_whatever_its_outcome() {
    let env = Env::new();
    env.login();
    let id = renewable(&env);
    ok(run_at(&env, T0, &["status"]));
    ok(run_at(&env, T0, &["libraries"]));
    let due_before = |loans: &Value| {
        loans
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == id.as_str())
            .unwrap()["due_on"]
            .clone()
    };
    let before = due_before(&loans_json(&env, T0, &[]));

    // A renewal whose answer is lost (nothing applied, outcome unknown).
    env.sim.set_faults(Faults {
        on_confirm: Some(ConfirmFault::Http500),
        ..Faults::default()
    });
    let lost = run_at(&env, T0, &["renew", &id, "--yes"]);
    assert_eq!(lost.code, Some(8), "{}", lost.stderr);
    env.sim.set_faults(Faults::default());
    for screen in ["loans", "reservations", "status"] {
        assert!(!snapshot_file(&env, "default", screen).exists(), "{screen}");
    }
    assert!(
        snapshot_file(&env, "default", "libraries").exists(),
        "no write of the patron's changes the branch list"
    );

    // A renewal that is done: `loans --max-age` shows the new due date.
    ok(run_at(&env, T0, &["status"]));
    assert_eq!(due_before(&loans_json(&env, T0, &[])), before);
    let renewed = run_at(&env, T0, &["renew", &id, "--yes", "--json"]);
    assert_eq!(
        renewed.code,
        Some(0),
        "{}{}",
        renewed.stdout,
        renewed.stderr
    );
    env.clear_log();
    let after = loans_json(&env, T0_10M, &["--max-age", "1h"]);
    assert!(!env.requests().is_empty(), "read again");
    assert_ne!(due_before(&after), before);
    let status = run_with(&env, T0_10M, &["status", "--json", "--max-age", "1h"], &[]);
    assert!(!env.requests().is_empty());
    drop(status);

    // A shelf write: the new shelf is on the list `--max-age` prints.
    ok(run_at(&env, T0, &["shelf", "list"]));
    ok(run_at(&env, T0, &["shelf", "create", "旅行の本", "--yes"]));
    env.clear_log();
    let shelves = run_with(
        &env,
        T0_10M,
        &["shelf", "list", "--json", "--max-age", "1h"],
        &[],
    );
    assert!(!env.requests().is_empty());
    assert!(shelves.stdout.contains("旅行の本"), "{}", shelves.stdout);
    // A dry run sends nothing and keeps them.
    ok(run_at(&env, T0, &["loans"]));
    env.clear_log();
    run_at(&env, T0, &["renew", "--all", "--dry-run"]);
    assert_eq!(env.writes(), Vec::<String>::new());
    assert!(snapshot_file(&env, "default", "loans").exists());
}

#[test]
fn logout_deletes_the_snapshots_and_a_login_with_another_card_too() {
    let env = Env::new();
    env.login();
    for (_, args) in SCREENS {
        ok(run_at(&env, T0, args));
    }
    let dir = env.config_dir().join("snapshots").join("default");
    assert_eq!(common::files_under(&dir).len(), SCREENS.len());
    ok(run_at(&env, T0, &["logout"]));
    assert!(!dir.exists());

    env.login();
    ok(run_at(&env, T0, &["loans"]));
    ok(run_at(&env, T0, &["logout", "--forget"]));
    assert!(!dir.exists());

    env.login();
    ok(run_at(&env, T0, &["loans"]));
    env.login_as(
        "default",
        toshokan::sim::seed::FAMILY_CARD,
        toshokan::sim::seed::FAMILY_PASSWORD,
    );
    assert!(!dir.exists(), "another card's loans are not this one's");
}

#[test]
fn all_profiles_answers_each_profile_from_its_snapshot_or_the_site() {
    let env = Env::new();
    env.login_as("hanako", common::CARD, common::PASSWORD);
    env.login_as(
        "taro",
        toshokan::sim::seed::FAMILY_CARD,
        toshokan::sim::seed::FAMILY_PASSWORD,
    );
    let read = |now| run_with(&env, now, &["--all-profiles", "loans", "--json"], &[]).json();
    let everyone = read(T0);
    env.clear_log();
    ok(run_at(&env, T0, &["--profile", "taro", "loans"]));
    let one_read = env.requests();
    assert!(!one_read.is_empty());

    // hanako's snapshot is too old, taro's young enough: only hanako is read.
    let hanako = snapshot_file(&env, "hanako", "loans");
    let mut old = snapshot(&env, "hanako", "loans");
    old["taken_at"] = "2026-11-27T23:00:00Z".into();
    std::fs::write(&hanako, old.to_string()).unwrap();
    env.clear_log();
    let mixed = run_with(
        &env,
        T0_10M,
        &["--all-profiles", "loans", "--json", "--max-age", "1h"],
        &[],
    )
    .json();
    assert_eq!(mixed, everyone);
    assert_eq!(env.requests(), one_read, "hanako's read only");
    assert_eq!(snapshot(&env, "hanako", "loans")["taken_at"], T0_10M);

    env.clear_log();
    let status_read = run_with(&env, T0_10M, &["--all-profiles", "status", "--json"], &[]);
    let all_kept = run_with(
        &env,
        T0_20M,
        &["--all-profiles", "status", "--json", "--max-age", "1h"],
        &[],
    );
    assert_eq!(all_kept.stdout, status_read.stdout);
    let after_status_read = env.requests().len();
    ok(run_at(
        &env,
        T0_20M,
        &["--all-profiles", "loans", "--max-age", "1h"],
    ));
    assert_eq!(env.requests().len(), after_status_read, "none for either");
}

#[test]
fn a_bad_duration_is_a_usage_error_with_the_forms_it_takes() {
    let env = Env::new();
    for bad in ["1x", "-1h", "soon", "2mo"] {
        let out = env.run(["status".to_string(), format!("--max-age={bad}")]);
        assert_eq!(out.code, Some(2), "{bad}: {}", out.stderr);
        assert!(out.stderr.contains("1h30m"), "{bad}: {}", out.stderr);
    }
    assert!(env.requests().is_empty());
}

#[test]
fn the_demo_keeps_no_snapshot_and_always_reads() {
    let env = Env::new();
    for _ in 0..2 {
        let out = env.cmd().args(["--demo", "loans", "--max-age", "1h"]).run();
        assert_eq!(out.code, Some(0), "{}", out.stderr);
    }
    assert!(!env.config_dir().join("snapshots").exists());
}

#[test]
fn bundles_captures_and_reports_hold_no_snapshot() {
    let env = Env::new();
    env.login();
    for (_, args) in SCREENS {
        ok(run_at(&env, T0, args));
    }
    let kept: Vec<String> = SCREENS
        .iter()
        .map(|(screen, _)| {
            let path = snapshot_file(&env, "default", screen);
            assert!(path.is_file(), "{}", path.display());
            format!("snapshots/default/{screen}.json")
        })
        .collect();
    let bundle = env.dir.path().join("bundle");
    let doctor = env
        .cmd()
        .env("TOSHOKAN_NOW", T0)
        .args(["doctor", "--bundle"])
        .arg(&bundle)
        .run();
    assert_eq!(doctor.code, Some(0), "{}", doctor.stderr);
    let captured = env.dir.path().join("captured");
    let capture = env
        .cmd()
        .env("TOSHOKAN_NOW", T0)
        .arg("capture")
        .arg(&captured)
        .args(["loans", "--max-age", "0"])
        .run();
    assert_eq!(capture.code, Some(0), "{}", capture.stderr);
    let mut files = common::files_under(&bundle);
    files.extend(common::files_under(&captured));
    files.extend(common::files_under(&env.config_dir().join("reports")));
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            !text.contains("\"taken_at\"") && !kept.iter().any(|k| text.contains(k.as_str())),
            "{} holds a snapshot",
            file.display()
        );
    }
}
