//! `profiles`, "not logged in" when only other profiles exist, the dynamic
//! shell completion (`COMPLETE=bash toshokan`) and `--version`.

use std::path::Path;

use serde_json::{Value, json};
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};

use crate::common::{CARD, Env, PASSWORD, RunCommand, bare_cmd};

#[test]
fn profiles_lists_every_profile_from_files_alone() {
    let env = Env::new();
    env.login_as("kids", FAMILY_CARD, FAMILY_PASSWORD);
    env.login_saving_password_to_file();
    // A profile with a card but no session (logged out).
    let out = env.run(["--profile", "kids", "logout"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    env.clear_log();

    let out = env.run(["profiles", "--json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(env.requests().is_empty(), "{:?}", env.requests());
    let profiles = out.json();
    let site = env.base_url.clone();
    let mut rows = profiles.as_array().expect("an array").clone();
    let age = rows[0]["session_age_secs"].take();
    assert!(age.as_i64().is_some_and(|s| (0..600).contains(&s)), "{age}");
    assert_eq!(
        Value::Array(rows),
        json!([
            {"name": "default", "default": true, "card": "******7890", "site": site,
             "logged_in": true, "session_age_secs": null, "password_store": "file"},
            {"name": "kids", "default": false, "card": "******7891", "site": site,
             "logged_in": false, "session_age_secs": null, "password_store": "none"},
        ])
    );
    assert!(!out.stdout.contains(CARD) && !out.stdout.contains(FAMILY_CARD));

    let table = env.run(["profiles"]);
    assert_eq!(table.code, Some(0), "{}", table.stderr);
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[2].trim_start().starts_with('*') && lines[2].contains("default"),
        "{}",
        table.stdout
    );
    assert!(
        lines[3].contains("kids") && lines[3].contains("******7891"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains(CARD), "{}", table.stdout);
    assert!(
        table.stderr.contains("the site was not asked"),
        "{}",
        table.stderr
    );
    // TOSHOKAN_PROFILE moves the mark.
    let out = env
        .cmd()
        .env("TOSHOKAN_PROFILE", "kids")
        .args(["profiles", "--json"])
        .run();
    let listed = out.json();
    let marked: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["default"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(marked, ["kids"]);
}

#[test]
fn a_session_for_another_card_or_site_is_not_logged_in() {
    let env = Env::new();
    env.login();
    let file = env.session_file("default");
    let mut cached: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    cached["card"] = json!("5555555555");
    std::fs::write(&file, cached.to_string()).unwrap();
    let out = env.run(["profiles", "--json"]);
    assert_eq!(out.json()[0]["logged_in"], false, "{}", out.stdout);
    assert_eq!(out.json()[0]["session_age_secs"], Value::Null);
}

#[test]
fn no_profiles_is_an_empty_list_and_a_hint() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        bare_cmd(home.path())
            .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .args(args)
            .run()
    };
    let out = run(&["profiles", "--json"]);
    assert_eq!(
        (out.code, out.json()),
        (Some(0), json!([])),
        "{}",
        out.stderr
    );
    let out = run(&["profiles"]);
    assert_eq!(out.code, Some(0));
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("toshokan login --card N"),
        "{}",
        out.stderr
    );
    // Nothing is created by looking.
    assert!(!home.path().join("cfg").exists());
}

#[test]
fn not_logged_in_names_the_profiles_there_are() {
    let env = Env::new();
    env.login_as("mama", CARD, PASSWORD);
    env.login_as("kids", FAMILY_CARD, FAMILY_PASSWORD);
    for args in [
        &["loans"][..],
        &["--profile", "default", "status"],
        &["history", "--offline"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, Some(3), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .contains("not logged in (there is no profile `default`); profiles: kids, mama"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("--profile NAME"), "{}", out.stderr);
        assert!(
            out.stderr.contains("toshokan --profile kids"),
            "{}",
            out.stderr
        );
    }
    // With no profile at all it stays the plain message.
    let empty = Env::new();
    let out = empty.run(["loans"]);
    assert_eq!(out.code, Some(3));
    assert!(!out.stderr.contains("profiles:"), "{}", out.stderr);
    assert!(out.stderr.contains("toshokan login"), "{}", out.stderr);
}

/// A config dir with profiles `alice` and `bob`, and snapshots of
/// alice's branch, shelf and alert lists (the format of s20's snapshots).
fn completion_home(root: &Path) -> std::path::PathBuf {
    let dir = root.join("cfg");
    std::fs::create_dir_all(dir.join("snapshots/alice")).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[profiles.alice]\ncard = \"1234567890\"\n\n[profiles.bob]\ncard = \"1234567891\"\nbase_url = \"https://opac.example.jp/licsxp-opac/\"\n",
    )
    .unwrap();
    let snapshot = |screen: &str, value: Value| {
        let body = json!({"taken_at": "2026-12-03T00:00:00Z", "site": "https://opac.example.jp/", "value": value});
        std::fs::write(
            dir.join(format!("snapshots/alice/{screen}.json")),
            body.to_string(),
        )
        .unwrap();
    };
    snapshot(
        "libraries",
        json!([{"code": "01", "name": "中央図書館"}, {"code": "11", "name": "清水中央図書館"}]),
    );
    snapshot(
        "shelves",
        json!([{"id": "1", "name": "旅行の本", "memo": null}, {"id": 2, "name": "図鑑"}]),
    );
    snapshot(
        "alerts",
        json!([{"id": "A1", "name": "宮部みゆき", "title": null}, {"id": "A2", "name": "富士山の本"}]),
    );
    dir
}

/// What bash's completion function gets from `toshokan` for the last
/// word of `line` (the registration script's environment), without the
/// option names clap offers alongside.
fn bash_candidates(root: &Path, env: &[(&str, &str)], line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split(' ').collect();
    let mut cmd = bare_cmd(root);
    cmd.env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(&words);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.run();
    assert_eq!(out.code, Some(0), "{line}: {}", out.stderr);
    assert_eq!(
        out.stderr, "",
        "{line}: the completer says nothing on stderr"
    );
    out.stdout
        .split('\n')
        .filter(|c| !c.is_empty() && !c.starts_with('-'))
        .map(str::to_string)
        .collect()
}

/// The environment, the line typed so far, the candidates it gets.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a [&'a str]);

#[test]
fn the_shell_gets_profiles_branches_shelves_and_alerts_from_files() {
    let home = tempfile::tempdir().unwrap();
    let dir = completion_home(home.path());
    let dir = dir.to_str().unwrap();
    let cfg = [("TOSHOKAN_CONFIG_DIR", dir)];
    let alice = [("TOSHOKAN_CONFIG_DIR", dir), ("TOSHOKAN_PROFILE", "alice")];
    let cases: &[Case<'_>] = &[
        (&cfg, "toshokan --profile ", &["alice", "bob"]),
        (&cfg, "toshokan --profile b", &["bob"]),
        (&cfg, "toshokan loans --profile ", &["alice", "bob"]),
        (
            &alice,
            "toshokan reserve 1001000100003 --pickup ",
            &["中央図書館", "清水中央図書館", "01", "11"],
        ),
        (
            &alice,
            "toshokan cart checkout --pickup 清",
            &["清水中央図書館"],
        ),
        (&alice, "toshokan reservations change 1 --pickup 0", &["01"]),
        (&alice, "toshokan settings pickup 中", &["中央図書館"]),
        (&alice, "toshokan shelf show ", &["旅行の本", "図鑑"]),
        (&alice, "toshokan shelf delete 図", &["図鑑"]),
        (&alice, "toshokan shelf add ", &["旅行の本", "図鑑"]),
        (
            &alice,
            "toshokan alert show ",
            &["宮部みゆき", "富士山の本"],
        ),
        (
            &alice,
            "toshokan alert delete 宮部みゆき 富",
            &["富士山の本"],
        ),
        (
            &alice,
            "toshokan alert check ",
            &["宮部みゆき", "富士山の本"],
        ),
        // The profile on the line, in either spelling, wins over the environment.
        (
            &cfg,
            "toshokan --profile alice shelf show ",
            &["旅行の本", "図鑑"],
        ),
        (
            &cfg,
            "toshokan --profile=alice alert edit ",
            &["宮部みゆき", "富士山の本"],
        ),
        // No snapshot: no candidates, and no error.
        (&cfg, "toshokan shelf show ", &[]),
        (&cfg, "toshokan --profile bob reserve 1 --pickup ", &[]),
        (
            &cfg,
            "toshokan --profile ../cfg/snapshots/alice shelf show ",
            &[],
        ),
    ];
    for (env, line, want) in cases {
        assert_eq!(bash_candidates(home.path(), env, line), *want, "{line}");
    }
    // The config dir named on the line, not in the environment.
    let line = format!("toshokan --config-dir {dir} --profile ");
    assert_eq!(bash_candidates(home.path(), &[], &line), ["alice", "bob"]);
    // Nothing was written: no lock, no snapshot, no config.
    let mut files: Vec<String> = crate::common::files_under(Path::new(dir))
        .iter()
        .map(|f| f.strip_prefix(dir).unwrap().display().to_string())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "config.toml",
            "snapshots/alice/alerts.json",
            "snapshots/alice/libraries.json",
            "snapshots/alice/shelves.json",
        ]
    );
}

#[test]
fn fish_shows_the_masked_card_beside_a_profile_and_a_missing_config_dir_completes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let dir = completion_home(home.path());
    let out = bare_cmd(home.path())
        .env("COMPLETE", "fish")
        .env("TOSHOKAN_CONFIG_DIR", &dir)
        .args(["--", "toshokan", "--profile", ""])
        .run();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "alice\t******7890\nbob\t******7891\n");
    let out = bare_cmd(home.path())
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "2")
        .env("TOSHOKAN_CONFIG_DIR", home.path().join("nowhere"))
        .args(["--", "toshokan", "--profile", ""])
        .run();
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (Some(0), "", "")
    );
}

#[test]
fn complete_prints_the_registration_script_the_repository_ships() {
    let home = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "toshokan.bash"),
        ("zsh", "_toshokan"),
        ("fish", "toshokan.fish"),
    ] {
        // Called as `toshokan` from PATH, as the README says to.
        let bin = assert_cmd::cargo::cargo_bin("toshokan");
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let out = std::process::Command::new("sh")
            .args(["-c", "toshokan"])
            .env_clear()
            .env("PATH", path)
            .env("HOME", home.path())
            .env("COMPLETE", shell)
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let shipped = std::fs::read(root.join("completions").join(file)).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&shipped),
            "{shell}"
        );
    }
}

#[test]
fn version_names_the_commit_and_the_simulator() {
    let home = tempfile::tempdir().unwrap();
    let out = bare_cmd(home.path()).arg("--version").run();
    assert_eq!(out.code, Some(0));
    let root = env!("CARGO_MANIFEST_DIR");
    let commit = std::process::Command::new("git")
        .args(["-C", root, "rev-parse", "--short=9", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map_or_else(
            || "unknown".to_string(),
            |o| String::from_utf8_lossy(&o.stdout).trim().to_string(),
        );
    assert_eq!(
        out.stdout,
        format!(
            "toshokan {} (commit {commit}; simulator built in: --demo, toshokan sim)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    // Every subcommand says the same.
    let out = bare_cmd(home.path()).args(["loans", "--version"]).run();
    assert!(
        out.stdout.contains(&format!("(commit {commit}; ")),
        "{}",
        out.stdout
    );
}
