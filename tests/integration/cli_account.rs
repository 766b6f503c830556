//! End-to-end: the built binary against the simulator over loopback.

use crate::common;

use common::{CARD, Env, PASSWORD, bare_cmd, stdout_json};
use predicates::prelude::*;
use toshokan::sim::Faults;

#[test]
fn login_status_loans_reservations_json() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["login", "--card", CARD, "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("******7890"),
        "masked card in the summary: {text}"
    );
    assert!(text.contains("2026-12-23"), "expiry in the summary: {text}");
    assert!(!text.contains(CARD));

    let status = stdout_json(&env.cmd().args(["status", "--json"]).output().unwrap());
    assert_eq!(status["card"], "******7890");
    assert_eq!(status["expires_on"], "2026-12-23");
    assert_eq!(status["expires_in_days"], 25);
    assert_eq!(status["loans"], 8);
    assert_eq!(status["overdue"], 0);
    assert_eq!(status["reservations"], 8);
    // 提供可能, 利用可能 and 連絡済み all wait at the counter.
    assert_eq!(status["ready"], 3);
    assert_eq!(status["hold_until"], "2026-12-03");
    assert_eq!(status["cart"], 2);
    assert_eq!(status["shelves"], 3);
    assert_eq!(status["warnings"], serde_json::json!(["card_expiring"]));

    let loans = stdout_json(&env.cmd().args(["loans", "--json"]).output().unwrap());
    let loans = loans.as_array().unwrap();
    assert_eq!(loans.len(), 8);
    for field in [
        "id",
        "title",
        "author",
        "publisher",
        "material_type",
        "library",
        "loaned_on",
        "due_on",
        "days_left",
        "overdue",
        "status",
        "renewals",
        "reservations",
        "renewable",
        "renew_blocker",
    ] {
        assert!(loans[0].get(field).is_some(), "loan field {field}");
    }
    assert!(
        loans[0].get("renew_code").is_none(),
        "internal codes stay internal"
    );
    assert_eq!(loans[0]["due_on"], "2026-11-29");
    assert_eq!(loans[0]["renew_blocker"], "reserved");
    assert!(loans.iter().any(|l| l["renew_blocker"] == "other_city"));
    assert!(
        loans
            .iter()
            .any(|l| l["renew_blocker"] == "already_renewed")
    );

    let rsv = stdout_json(&env.cmd().args(["reservations", "--json"]).output().unwrap());
    let rsv = rsv.as_array().unwrap();
    assert_eq!(rsv.len(), 8, "cancelled rows only with --all");
    for field in [
        "id",
        "tilcod",
        "title",
        "material_type",
        "pickup_library",
        "pickup_code",
        "contact",
        "reserved_on",
        "allocated_on",
        "hold_until",
        "queue_position",
        "status",
        "state",
        "cancellable",
        "changeable",
    ] {
        assert!(rsv[0].get(field).is_some(), "reservation field {field}");
    }
    let states: Vec<&str> = rsv.iter().filter_map(|r| r["state"].as_str()).collect();
    for s in [
        "waiting",
        "secured_elsewhere",
        "in_transit",
        "ready",
        "notified",
    ] {
        assert!(states.contains(&s), "{s}");
    }
    let all = stdout_json(
        &env.cmd()
            .args(["reservations", "list", "--all", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(all.as_array().unwrap().len(), 9);
    let ready = stdout_json(
        &env.cmd()
            .args(["reservations", "--ready", "--json"])
            .output()
            .unwrap(),
    );
    let ready: Vec<&str> = ready
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["state"].as_str())
        .collect();
    assert_eq!(ready, ["ready", "ready", "notified"]);
}

/// Issue 14 item 2: 連絡済み, which the site shows the day after 利用可能,
/// is still waiting at the counter; a hold ending within two days warns.
#[test]
fn notified_reservations_are_ready_and_ending_holds_warn() {
    let env = Env::new();
    env.login();
    // A day passes on the site: the 利用可能 row (voice contact) is told.
    let available = env.sim.with(|s| {
        let available: Vec<String> = s.library.accounts[0]
            .reservations
            .iter()
            .filter(|r| r.status == toshokan::sim::state::RsvStatus::Available)
            .map(|r| r.yoycod.clone())
            .collect();
        let tomorrow = s.library.today.tomorrow().unwrap();
        s.library.advance_to(tomorrow);
        available
    });
    assert!(!available.is_empty());
    let (code, ready) = env
        .run(["--json", "reservations", "--ready"])
        .code_and_json();
    assert_eq!(code, Some(0));
    let ready = ready.as_array().unwrap();
    for id in &available {
        let row = ready.iter().find(|r| r["id"] == id.as_str());
        let row = row.unwrap_or_else(|| panic!("{id} listed as ready: {ready:?}"));
        assert_eq!(row["status"], "連絡済み");
        assert_eq!(row["state"], "notified");
    }
    let (_, status) = env.run(["--json", "status"]).code_and_json();
    assert_eq!(status["ready"], ready.len());
    assert!(
        !status["warnings"]
            .as_array()
            .unwrap()
            .contains(&"hold_expiring".into()),
        "{status}"
    );

    // The hold of one ends the day after tomorrow (today is fixed for the client).
    env.sim.with(|s| {
        let today: jiff::civil::Date = common::TODAY.parse().unwrap();
        let r = s.library.accounts[0]
            .reservations
            .iter_mut()
            .find(|r| r.yoycod == available[0])
            .unwrap();
        r.hold_until = Some(today.checked_add(jiff::ToSpan::days(2)).unwrap());
    });
    let (code, status) = env.run(["--json", "status"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(status["hold_until"], "2026-11-30");
    assert_eq!(
        status["warnings"],
        serde_json::json!(["card_expiring", "hold_expiring"])
    );
    let out = env.run(["--lang", "en", "status"]);
    assert!(
        out.stderr
            .contains("held only until 2026-11-30 (2 day(s) left)"),
        "{}",
        out.stderr
    );
}

#[test]
fn cached_session_costs_one_request_per_list() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let out = env.cmd().args(["loans", "-v"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        env.requests(),
        ["POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend"]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("POST ") || l.starts_with("GET "))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains("gamen=usrlend 200"), "{stderr}");
}

#[test]
fn session_cache_is_private_and_written_only_on_success() {
    let env = Env::new();
    env.cmd()
        .args(["login", "--card", CARD, "--password-stdin"])
        .write_stdin("wrong\n")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not accepted"));
    assert!(!env.session_file("default").exists());
    assert!(!env.config_dir().join("config.toml").exists());
    env.login();
    let file = env.session_file("default");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains(PASSWORD));
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(!config.contains(PASSWORD));
}

#[test]
fn dead_session_logs_in_again_transparently() {
    let env = Env::new();
    env.login_saving_password_to_file();
    env.sim.expire_sessions();
    env.clear_log();
    let out = env
        .cmd()
        .args(["--no-input", "loans", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 8);
    let log = env.requests();
    assert_eq!(
        log.first().map(String::as_str),
        Some("POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend")
    );
    assert!(
        log.iter()
            .any(|r| r.starts_with("POST /licsxp-opac/j_security_check"))
    );
    assert_eq!(
        log.last().map(String::as_str),
        Some("POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend")
    );
    // The renewed session was cached: the next run is one request again.
    env.clear_log();
    env.cmd().args(["--no-input", "loans"]).assert().success();
    assert_eq!(env.requests().len(), 1);
}

#[test]
fn dead_session_with_password_from_environment() {
    let env = Env::new();
    env.login();
    env.sim.expire_sessions();
    env.cmd()
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "reservations"])
        .assert()
        .success();
}

#[test]
fn dead_session_without_credentials_is_exit_3() {
    let env = Env::new();
    env.login();
    env.sim.expire_sessions();
    let before = std::fs::read_to_string(env.session_file("default")).unwrap();
    env.cmd()
        .args(["--no-input", "loans"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("error:").and(predicate::str::contains("hint:")));
    assert_eq!(
        std::fs::read_to_string(env.session_file("default")).unwrap(),
        before,
        "cache untouched"
    );
}

#[test]
fn never_logged_in_is_exit_3_with_a_hint() {
    let env = Env::new();
    env.cmd()
        .args(["--no-input", "loans"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("toshokan login"));
}

#[test]
fn environment_credentials_work_without_any_config() {
    let env = Env::new();
    env.cmd()
        .env("TOSHOKAN_CARD", CARD)
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "loans", "--json"])
        .assert()
        .success();
}

#[test]
fn changed_layout_is_exit_6_and_the_page_is_saved_scrubbed() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        changed_layout: true,
        ..Faults::default()
    });
    env.cmd()
        .args(["loans"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("layout not recognised"));
    let reports: Vec<_> = std::fs::read_dir(env.config_dir().join("reports"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(reports.len(), 1);
    let page = std::fs::read_to_string(reports[0].path()).unwrap();
    assert!(page.contains("貸出状況一覧"));
    assert!(!page.contains(CARD), "card number scrubbed");
    assert!(page.contains("[CARD]"));
}

#[test]
fn maintenance_and_http_errors_are_exit_5() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        maintenance: true,
        ..Faults::default()
    });
    env.cmd()
        .args(["loans"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("maintenance"));
    env.sim.set_faults(Faults {
        http_500: true,
        ..Faults::default()
    });
    env.cmd()
        .args(["loans"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("HTTP 500"));
}

#[test]
fn session_expiring_mid_run_is_renewed_once() {
    let env = Env::new();
    env.cmd()
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["login", "--card", CARD])
        .assert()
        .success();
    // Login took six requests (four, then the two lists its status
    // reads); the session dies after the seventh, i.e. between the two
    // lists `status` reads.
    env.sim.set_faults(Faults {
        expire_after_requests: Some(7),
        ..Faults::default()
    });
    env.clear_log();
    env.cmd()
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "status", "--json"])
        .assert()
        .success();
    let log = env.requests();
    assert_eq!(
        log.iter()
            .filter(|r| r.contains("j_security_check"))
            .count(),
        1,
        "{log:?}"
    );
    assert_eq!(
        log.iter().filter(|r| r.contains("gamen=usrrsv")).count(),
        2,
        "{log:?}"
    );
}

#[test]
fn bad_input_is_exit_2() {
    let env = Env::new();
    env.cmd()
        .args(["login", "--card", "12-34", "--password-stdin"])
        .write_stdin("x\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("malformed card number"));
    env.cmd()
        .args(["--base-url", "ftp://example.jp/", "loans"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not http(s)"));
    env.login();
    env.cmd()
        .args(["--profile", "nobody", "loans"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown profile").and(predicate::str::contains("default")),
        );
}

#[test]
fn json_errors_are_objects_on_stderr() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--no-input", "--json", "loans"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["kind"], "auth");
    assert!(err["error"]["message"].is_string());
}

#[test]
fn household_profiles_are_tagged() {
    let env = Env::new();
    env.login();
    env.login_as(
        "taro",
        toshokan::sim::seed::FAMILY_CARD,
        toshokan::sim::seed::FAMILY_PASSWORD,
    );
    let loans = stdout_json(
        &env.cmd()
            .args(["--all-profiles", "loans", "--overdue", "--json"])
            .output()
            .unwrap(),
    );
    let loans = loans.as_array().unwrap();
    assert_eq!(loans.len(), 1);
    assert_eq!(loans[0]["profile"], "taro");
    assert_eq!(loans[0]["overdue"], true);
    let status = stdout_json(
        &env.cmd()
            .args(["--all-profiles", "status", "--json"])
            .output()
            .unwrap(),
    );
    let status = status.as_array().unwrap();
    assert_eq!(status.len(), 2);
    assert_eq!(status[1]["warnings"], serde_json::json!(["overdue"]));
}

/// Issue 14 item 11: without a `default` profile, every command the help
/// names runs for each profile; the others refuse before sending anything.
#[test]
fn all_profiles_works_for_every_command_it_names() {
    let env = Env::new();
    env.login_as("hanako", CARD, PASSWORD);
    env.login_as(
        "taro",
        toshokan::sim::seed::FAMILY_CARD,
        toshokan::sim::seed::FAMILY_PASSWORD,
    );
    for line in toshokan::cli::ALL_PROFILES_COMMANDS {
        let mut args = vec!["--json", "--all-profiles"];
        args.extend(line.split(' '));
        if line == "renew" {
            args.extend(["--due-within", "3", "--dry-run"]);
        }
        let out = env.run(&args);
        // The family card's overdue loan makes its renewals refused (4).
        let ok = if line == "renew" { &[0, 4][..] } else { &[0] };
        assert!(
            out.code.is_some_and(|c| ok.contains(&c)),
            "{line}: {:?} {}",
            out.code,
            out.stderr
        );
        let value = out.json();
        let profiles: Vec<&str> = match &value {
            serde_json::Value::Array(items) => {
                items.iter().filter_map(|i| i["profile"].as_str()).collect()
            }
            other => panic!("{line}: {other}"),
        };
        // The demo card has something in every list; each row is tagged.
        if line != "cart" {
            assert!(profiles.contains(&"hanako"), "{line}: {value}");
        }
        if ["status", "loans", "settings", "renew"].contains(&line) {
            assert!(profiles.contains(&"taro"), "{line}: {value}");
        }
    }
    // A table says whose rows they are.
    let out = env.run(["--all-profiles", "shelf"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("hanako"), "{}", out.stdout);
    // One account's write, and what is not one account's, refuse.
    env.clear_log();
    for args in [
        &["--all-profiles", "shelf", "add", "1", "1001000100003"][..],
        &["--all-profiles", "history"],
        &["--all-profiles", "search", "静岡"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("--profile"), "{}", out.stderr);
    }
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

#[test]
fn logout_ends_the_session_and_forgets() {
    let env = Env::new();
    env.login_saving_password_to_file();
    let secret = env.config_dir().join("secrets").join("default.password");
    assert!(secret.exists());
    env.clear_log();
    env.cmd().args(["logout", "--forget"]).assert().success();
    assert_eq!(
        env.requests(),
        ["POST /licsxp-opac/WOpacPwdLogoutAction.do"]
    );
    assert!(!env.session_file("default").exists());
    assert!(!secret.exists());
    env.cmd().args(["--no-input", "loans"]).assert().code(3);
}

#[test]
fn loan_filters() {
    let env = Env::new();
    env.login();
    let due = stdout_json(
        &env.cmd()
            .args(["loans", "--due-within", "2", "--json"])
            .output()
            .unwrap(),
    );
    let days: Vec<i64> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["days_left"].as_i64().unwrap())
        .collect();
    assert_eq!(days, [1, 2, 2]);
    let renewable = stdout_json(
        &env.cmd()
            .args(["loans", "--renewable", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(renewable.as_array().unwrap().len(), 4);
    env.cmd()
        .args(["loans", "--due-within", "x"])
        .assert()
        .code(2);
}

#[test]
fn japanese_tables_follow_the_locale() {
    let env = Env::new();
    env.login();
    env.cmd()
        .env("LANG", "ja_JP.UTF-8")
        .args(["loans"])
        .assert()
        .success()
        .stdout(predicate::str::contains("返却期日").and(predicate::str::contains("銀河鉄道の夜")));
    env.cmd()
        .env("LANG", "ja_JP.UTF-8")
        .args(["--lang", "en", "loans"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Due"));
}

#[test]
fn password_never_appears_in_output() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["-v", "login", "--card", CARD, "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(PASSWORD), "{text}");
        assert!(!text.contains(CARD), "{text}");
    }
}

#[test]
fn version_and_help_need_no_config_or_network() {
    let home = tempfile::tempdir().unwrap();
    bare_cmd(home.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("toshokan"));
    bare_cmd(home.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit status"));
    assert_eq!(
        std::fs::read_dir(home.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn stale_page_token_bounces_and_is_recovered_from_the_menu_without_a_login() {
    let env = Env::new();
    env.login();
    let file = env.session_file("default");
    let mut cached: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    cached["state"]["tokens"]["hash"] =
        serde_json::json!("0000000000000000000000000000000000000000");
    std::fs::write(&file, cached.to_string()).unwrap();
    env.clear_log();
    env.cmd()
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "loans", "--json"])
        .assert()
        .success();
    assert_eq!(
        env.requests(),
        [
            "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend",
            "GET /licsxp-opac/WOpacMnuTopInitAction.do?WebLinkFlag=1",
            "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend",
        ],
        "one menu request, no login although a password was at hand"
    );
}
