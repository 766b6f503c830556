//! Several toshokan processes on one profile at once (a cron job and a
//! person): they take turns on the profile lock, never interleave a write
//! flow, never tear the config or the session cache, and renew each loan once.

use crate::common;

use std::process::Stdio;

use common::Env;
use toshokan::sim::Faults;

#[test]
fn concurrent_processes_take_turns_on_a_profile() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let spawn = |args: &[&str]| {
        env.std_cmd()
            .args(["--no-input"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let children = vec![
        spawn(&["renew", "--all", "--json"]),
        spawn(&["loans", "--json"]),
        spawn(&["renew", "--all", "--json"]),
        spawn(&["status", "--json"]),
        spawn(&["reservations", "--json"]),
    ];
    for child in children {
        let out = child.wait_with_output().unwrap();
        let code = out.status.code();
        assert!(
            matches!(code, Some(0 | 4 | 7)),
            "exit {code:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let _: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("whole JSON on stdout");
    }
    // Each renewable loan was renewed exactly once across both renew runs:
    // four writes in the simulator's log, each a stage 2.
    let log = env.requests();
    let writes = env.writes();
    assert_eq!(writes.len(), 4, "{log:?}");
    assert!(
        writes
            .iter()
            .all(|w| w == "POST /licsxp-opac/WOpacUsrLendListExtendAction.do"),
        "{writes:?}"
    );
    assert!(
        env.sim.library().accounts[0]
            .loans
            .iter()
            .all(|l| l.renewals <= 1)
    );
    // A stage 1 is always followed directly by its stage 2: no other process cut in.
    for (i, r) in log.iter().enumerate() {
        if r.ends_with("?mngFlg1_handan=1") {
            assert_eq!(
                log.get(i + 1).map(String::as_str),
                Some("POST /licsxp-opac/WOpacUsrLendListExtendAction.do"),
                "{log:?}"
            );
        }
    }
    // Files are whole.
    let session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.session_file("default")).unwrap())
            .unwrap();
    assert!(session["state"]["tokens"]["hash"].is_string());
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(config.contains("[profiles.default]"), "{config}");
}

/// `toshokan ARGS` started now, `stdin` written to it, its output collected later.
fn start(env: &Env, args: &[&str], stdin: &str) -> std::process::Child {
    spawn(env.std_cmd(), args, stdin)
}

/// `start` with a command of the test's own (another config dir).
fn spawn(mut cmd: std::process::Command, args: &[&str], stdin: &str) -> std::process::Child {
    let mut child = cmd
        .arg("--no-input")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(mut pipe) = child.stdin.take() {
        std::io::Write::write_all(&mut pipe, stdin.as_bytes()).unwrap();
    }
    child
}

fn finish(child: std::process::Child) -> common::Run {
    common::Run::from(child.wait_with_output().unwrap())
}

#[test]
fn concurrent_config_writers_each_keep_their_change() {
    let env = Env::new();
    let password = format!("{}\n", common::PASSWORD);
    // Two profiles that exist before: one whose saved password a `logout
    // --forget` removes, one that a second login saves a password for.
    for (profile, save) in [("e", true), ("f", false)] {
        let mut args = vec!["--profile", profile];
        args.extend(common::LOGIN);
        if save {
            args.extend(["--save-password", "--password-store", "file"]);
        }
        let run = finish(start(&env, &args, &password));
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let login = |profile: &'static str, extra: &[&'static str]| {
        let mut args = vec!["--profile", profile];
        args.extend(common::LOGIN);
        args.extend(extra);
        start(&env, &args, &password)
    };
    let children = vec![
        login("a", &[]),
        login("b", &[]),
        login("c", &[]),
        login("d", &[]),
        login("f", &["--save-password", "--password-store", "file"]),
        start(&env, &["--profile", "e", "logout", "--forget"], ""),
    ];
    for child in children {
        let run = finish(child);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let text = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    let config: toml::Table = toml::from_str(&text).unwrap();
    let profiles = config["profiles"].as_table().unwrap();
    let names: Vec<&str> = profiles.keys().map(String::as_str).collect();
    assert_eq!(names, ["a", "b", "c", "d", "e", "f"], "{text}");
    for profile in profiles.values() {
        assert_eq!(profile["card"].as_str(), Some(common::CARD), "{text}");
    }
    assert!(profiles["e"].get("password_store").is_none(), "{text}");
    assert_eq!(
        profiles["f"]["password_store"].as_str(),
        Some("file"),
        "{text}"
    );
}

/// The title code of a loan the demo card can renew.
fn renewable_loan(env: &Env) -> String {
    let lib = env.sim.library();
    let account = &lib.accounts[0];
    account
        .loans
        .iter()
        .find(|l| account.can_renew(l, lib.today))
        .expect("the demo card has a renewable loan")
        .bib
        .tilcod
        .clone()
}

#[test]
fn one_card_in_two_profiles_and_two_config_dirs_renews_a_loan_once() {
    let env = Env::new();
    env.login_as("a", common::CARD, common::PASSWORD);
    env.login_as("b", common::CARD, common::PASSWORD);
    // Another config dir of the same user (same home) with the same card.
    let other = env.dir.path().join("other-config");
    let password = format!("{}\n", common::PASSWORD);
    let mut cmd = env.std_cmd();
    cmd.env("TOSHOKAN_CONFIG_DIR", &other);
    let run = finish(spawn(cmd, &common::LOGIN, &password));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let id = renewable_loan(&env);
    env.clear_log();
    // A slow site: without one lock per card, every process has read the
    // list (still renewable) before any of them renews.
    env.sim.set_faults(Faults {
        latency_ms: 150,
        ..Faults::default()
    });
    let renew = |profile: &str, config: Option<&std::path::Path>| {
        let mut cmd = env.std_cmd();
        if let Some(dir) = config {
            cmd.env("TOSHOKAN_CONFIG_DIR", dir);
        }
        cmd.args(["--no-input", "--json", "--profile", profile, "renew", &id])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let children = vec![
        renew("a", None),
        renew("b", None),
        renew("default", Some(&other)),
    ];
    let mut outcomes: Vec<(Option<i32>, String)> = children
        .into_iter()
        .map(|child| {
            let run = finish(child);
            let results = run.results();
            assert_eq!(results.len(), 1, "{}", run.stderr);
            let outcome = results[0]["outcome"].as_str().unwrap_or("?").to_string();
            (run.code, outcome)
        })
        .collect();
    outcomes.sort();
    assert_eq!(
        outcomes,
        [
            (Some(0), "done".to_string()),
            (Some(4), "refused".to_string()),
            (Some(4), "refused".to_string()),
        ],
        "{:?}",
        env.requests()
    );
    // The others read the list after the renewal and sent nothing.
    let log = env.requests();
    let asked = log
        .iter()
        .filter(|r| r.ends_with("?mngFlg1_handan=1"))
        .count();
    assert_eq!(asked, 1, "{log:?}");
    assert_eq!(env.writes().len(), 1, "{log:?}");
    // No lock file names the card.
    let locks = env
        .dir
        .path()
        .join(".cache")
        .join("toshokan")
        .join("locks")
        .join("cards");
    let names: Vec<String> = std::fs::read_dir(&locks)
        .expect("the card locks live in the user's cache dir")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names.iter().all(|n| !n.contains(common::CARD)), "{names:?}");
}
