//! Several toshokan processes on one profile at once (a cron job and a
//! person): they take turns on the profile lock, never interleave a write
//! flow, never tear the config or the session cache, and renew each loan once.

use crate::common;

use std::process::Stdio;

use common::Env;

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
    let mut child = env
        .std_cmd()
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
