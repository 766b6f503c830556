//! `--demo`, `toshokan sim` as a server, and the simulator's own rules.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};

use common::{CARD, LOGIN, PASSWORD, bare_cmd, sim_client, sim_server, stdout_json};
use predicates::prelude::*;

#[test]
fn demo_prints_tables_and_json_offline() {
    let home = tempfile::tempdir().unwrap();
    let demo = |args: &[&str]| {
        let mut cmd = bare_cmd(home.path());
        cmd.env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .arg("--demo")
            .args(args);
        cmd
    };
    demo(&["status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("******7890"));
    demo(&["loans"])
        .assert()
        .success()
        .stdout(predicate::str::contains("銀河鉄道の夜"));
    demo(&["reservations"])
        .assert()
        .success()
        .stdout(predicate::str::contains("他館確保"));
    let loans = stdout_json(&demo(&["loans", "--json"]).output().unwrap());
    assert_eq!(loans.as_array().unwrap().len(), 8);
    let status = stdout_json(&demo(&["status", "--json"]).output().unwrap());
    assert_eq!(status["profile"], "default");
    let rsv = stdout_json(&demo(&["reservations", "--all", "--json"]).output().unwrap());
    assert_eq!(rsv.as_array().unwrap().len(), 9);
    // The demo library is kept under the config dir, and can be reset.
    let state = home.path().join("cfg").join("demo").join("library.json");
    assert!(state.exists());
    demo(&["sim", "--reset"]).assert().success();
    assert!(state.exists());
    // The demo never touches the user's profiles or sessions.
    assert!(!home.path().join("cfg").join("config.toml").exists());
    assert!(!home.path().join("cfg").join("sessions").exists());
}

/// Issue 14 item 11: a far-future today on a kept demo library jumps over
/// the years instead of living each day (minutes, ~0.8 MB a year).
#[test]
fn a_far_future_today_on_a_kept_demo_library_is_quick_and_small() {
    let home = tempfile::tempdir().unwrap();
    let demo = |today: &str, args: &[&str]| {
        let mut cmd = bare_cmd(home.path());
        cmd.env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .env("TOSHOKAN_TODAY", today)
            .arg("--demo")
            .args(args)
            .timeout(std::time::Duration::from_secs(60));
        cmd
    };
    demo(common::TODAY, &["status"]).assert().success();
    let state = home.path().join("cfg").join("demo").join("library.json");
    let before = std::fs::metadata(&state).unwrap().len();
    for args in [&["status"][..], &["loans", "--json"], &["reservations"]] {
        demo("9999-12-31", args).assert().success();
    }
    let after = std::fs::metadata(&state).unwrap().len();
    assert!(after < before + before / 2, "{before} → {after} bytes");
}

#[test]
fn demo_via_environment_variable() {
    let home = tempfile::tempdir().unwrap();
    bare_cmd(home.path())
        .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
        .env("TOSHOKAN_DEMO", "1")
        .args(["loans", "--json"])
        .assert()
        .success();
}

/// A script author can rehearse exit 8 against `toshokan sim --fault`.
#[test]
fn sim_faults_from_the_command_line_reach_the_client() {
    let home = tempfile::tempdir().unwrap();
    let (mut server, url) = sim_server(home.path(), &["--fault", "drop-after-write"]);
    let client = |args: &[&str]| sim_client(home.path(), &url, args);
    client(&LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let out = client(&["--json", "renew", "--all"]).output().unwrap();
    server.kill().unwrap();
    let _ = server.wait();
    assert_eq!(out.status.code(), Some(8));
    let results = stdout_json(&out);
    let outcomes: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["outcome"].as_str())
        .collect();
    // Every write's answer is lost. The session outlives a dropped
    // connection (fresh page tokens from the menu), so each later write is
    // still sent, once, and is unknown too, never failed for want of a login.
    assert!(outcomes.contains(&"unknown"), "{results}");
    assert!(
        outcomes.iter().all(|o| matches!(*o, "unknown" | "refused")),
        "{results}"
    );
}

#[test]
fn sim_server_prints_url_logs_requests_and_serves_another_process() {
    let home = tempfile::tempdir().unwrap();
    let (mut server, url) = sim_server(home.path(), &[]);

    let client = |args: &[&str]| sim_client(home.path(), &url, args);
    client(&LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let loans = stdout_json(&client(&["loans", "--json"]).output().unwrap());
    assert_eq!(loans.as_array().unwrap().len(), 8);

    server.kill().unwrap();
    let _ = server.wait();
    let mut stderr = String::new();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        stderr.contains(CARD) && stderr.contains(PASSWORD),
        "demo credentials printed: {stderr}"
    );
    let requests: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("GET ") || l.starts_with("POST "))
        .collect();
    assert_eq!(
        requests,
        [
            "GET /licsxp-opac/OpacInitLoginAction.do?subSystemFlag=0 200",
            "POST /licsxp-opac/j_security_check?subSystemFlag=0 302",
            "GET /licsxp-opac/OpacLoginAction.do 302",
            "GET /licsxp-opac/WOpacMnuTopInitAction.do?WebLinkFlag=1 200",
            // `login` prints what `status` prints: the two lists.
            "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend 200",
            "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv 200",
            // `loans`
            "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend 200",
        ]
    );
}

/// A raw HTTP/1.1 request with the given User-Agent; returns the status line.
fn raw_get(base: &url::Url, user_agent: &str) -> String {
    let host = format!("{}:{}", base.host_str().unwrap(), base.port().unwrap());
    let mut stream = std::net::TcpStream::connect(&host).unwrap();
    write!(
        stream,
        "GET {}OpacInitLoginAction.do HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {user_agent}\r\nConnection: close\r\n\r\n",
        base.path()
    )
    .unwrap();
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).unwrap();
    line.trim().to_string()
}

#[test]
fn non_browser_user_agents_get_403() {
    let env = common::Env::new();
    let base = url::Url::parse(&env.base_url).unwrap();
    assert!(raw_get(&base, "curl/8.5.0").contains(" 403"));
    assert!(raw_get(&base, "Mozilla/5.0 (X11; Linux x86_64)").contains(" 200"));
}

#[test]
fn client_sends_a_browser_user_agent_and_reports_403_as_unavailable() {
    let env = common::Env::new();
    let base = url::Url::parse(&env.base_url).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut opts = toshokan::client::TransportOptions {
        base,
        pacer: toshokan::client::Pacer::new(std::time::Duration::ZERO),
        timeout: std::time::Duration::from_secs(5),
        observer: None,
        on_write: None,
        user_agent: "python-requests/2.31".into(),
    };
    let password = secrecy::SecretString::from(PASSWORD.to_string());
    let mut bot = toshokan::client::Client::new(opts.clone(), None).unwrap();
    let err = runtime.block_on(bot.login(CARD, &password)).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Forbidden),
        "{err:?}"
    );
    opts.user_agent = toshokan::client::http::USER_AGENT.into();
    let mut browser = toshokan::client::Client::new(opts, None).unwrap();
    let summary = runtime.block_on(browser.login(CARD, &password)).unwrap();
    assert_eq!(summary.loans, Some(8));
}

#[test]
fn demo_reserve_works_offline_and_is_kept() {
    let home = tempfile::tempdir().unwrap();
    let demo = |args: &[&str]| {
        let mut cmd = bare_cmd(home.path());
        cmd.env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .args(["--demo", "--no-input"])
            .args(args);
        cmd
    };
    let tilcod =
        toshokan::sim::seed::library(toshokan::cli::Seed::Demo, common::TODAY.parse().unwrap())
            .catalog[60]
            .bib
            .tilcod
            .clone();
    demo(&["reserve", &tilcod])
        .assert()
        .success()
        .stdout(predicate::str::contains("reserved"));
    let rsv = stdout_json(&demo(&["reservations", "--json"]).output().unwrap());
    assert!(
        rsv.as_array()
            .unwrap()
            .iter()
            .any(|r| r["tilcod"] == tilcod.as_str()),
        "kept between runs"
    );
}

/// A real loan list of another LiCS-XP library (Yamato, 2016: no 状態区分
/// column, other wordings), replayed by `toshokan sim --replay`, reads with
/// every fact its SOURCE.md lists; `renew --all --dry-run` would renew
/// exactly the rows with a renew button.
#[test]
fn a_replayed_yamato_loan_list_reads_through_every_command() {
    let home = tempfile::tempdir().unwrap();
    let page = format!(
        "loans={}",
        common::fixture_path("real/yamato/loans-1.html").display()
    );
    let (mut server, url) = sim_server(
        home.path(),
        &[
            "--seed",
            "empty",
            "--today",
            "2016-10-09",
            "--replay",
            &page,
        ],
    );
    let client = |args: &[&str]| {
        let mut cmd = sim_client(home.path(), &url, args);
        cmd.env("TOSHOKAN_TODAY", "2016-10-09");
        cmd
    };
    client(&LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let loans = stdout_json(&client(&["loans", "--json"]).output().unwrap());
    let status = client(&["status", "--json"]).output().unwrap();
    let dry_run = client(&["renew", "--all", "--dry-run", "--json"])
        .output()
        .unwrap();
    let verbose = client(&["-v", "loans"]).output().unwrap();
    let verbose_ja = client(&["--lang", "ja", "-v", "loans"]).output().unwrap();
    server.kill().unwrap();
    let _ = server.wait();

    let loans = loans.as_array().unwrap();
    let ids: Vec<&str> = loans.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "1000000633342",
            "1001000365891",
            "1000000497221",
            "1001000406566",
            "1001000499201",
            "1000000497223",
            "1000000345575"
        ]
    );
    let renewable: Vec<bool> = loans.iter().map(|l| l["renewable"] == true).collect();
    assert_eq!(renewable, [true, true, true, false, false, false, false]);
    assert!(loans.iter().all(|l| l["status"].is_null()));
    assert!(
        loans[3..]
            .iter()
            .all(|l| l["renew_blocker"] == "already_renewed")
    );
    assert!(
        loans[0]["title"]
            .as_str()
            .unwrap()
            .starts_with("うさこちゃんのにゅういん")
    );
    assert_eq!(loans[0]["loaned_on"], "2016-10-02");
    assert_eq!(loans[0]["due_on"], "2016-10-16");
    assert_eq!(loans[4]["due_on"], "2016-10-23");

    assert_eq!(status.status.code(), Some(0));
    let status = stdout_json(&status);
    assert_eq!(status["loans"], 7);
    assert_eq!(status["reservations"], 13);
    assert_eq!(status["shelves"], 0);
    assert_eq!(status["cart"], 0);
    assert_eq!(status["overdue"], 0);
    assert_eq!(status["expires_on"], "2021-05-07");

    let results = stdout_json(&dry_run);
    let would_renew: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "skipped" && r["message"].as_str().unwrap().contains("would"))
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(would_renew, ids[..3]);

    // The missing column is worth a note under -v, never an error.
    assert_eq!(verbose.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&verbose.stderr);
    assert!(
        stderr.contains("note: loan list: no 状態区分 column; status left empty"),
        "{stderr}"
    );
    let stderr = String::from_utf8_lossy(&verbose_ja.stderr);
    assert!(
        stderr.contains("注記: loan list: 「状態区分」列がありません（status は空）"),
        "{stderr}"
    );
}

/// README.md#the-simulator: the simulator's log marks each request that changed the
/// library, so writes can be counted from the log; reads never are.
#[test]
fn the_request_log_marks_writes() {
    let env = common::Env::new();
    env.login();
    env.clear_log();
    let out = env
        .cmd()
        .args(["--json", "--no-input", "renew", "--all"])
        .output()
        .unwrap();
    let done = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "done")
        .count();
    assert!(done >= 1, "{}", String::from_utf8_lossy(&out.stdout));
    let log = env.sim.requests();
    let writes: Vec<_> = log.iter().filter(|r| r.write).collect();
    assert_eq!(writes.len(), done, "one write per renewal: {log:#?}");
    for w in &writes {
        // The confirming request (stage 2 with okCodes), never stage 1.
        assert_eq!(w.method, "POST");
        assert_eq!(w.path, "/licsxp-opac/WOpacUsrLendListExtendAction.do");
        assert!(
            w.form
                .iter()
                .any(|(k, v)| k == "okCodes" && v == "OPACUSR005")
        );
    }
    assert!(
        log.iter()
            .filter(|r| r.path.contains("mngFlg1_handan=1") || r.method == "GET")
            .all(|r| !r.write),
        "stage 1 and reads are not writes"
    );
    // A read command changes nothing.
    env.clear_log();
    env.cmd().args(["loans"]).assert().success();
    assert!(!env.requests().is_empty());
    assert!(env.writes().is_empty());
}

#[test]
fn sim_server_log_ends_write_lines_with_write() {
    let home = tempfile::tempdir().unwrap();
    let (server, url) = sim_server(home.path(), &[]);
    let client = |args: &[&str]| sim_client(home.path(), &url, args);
    client(&LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let out = client(&["--json", "--no-input", "renew", "--all"])
        .output()
        .unwrap();
    let stderr = common::stop_sim(server);
    let done = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["outcome"] == "done")
        .count();
    let writes = common::logged_writes(&stderr);
    assert!(done >= 1);
    assert_eq!(writes.len(), done, "{stderr}");
    assert!(
        writes
            .iter()
            .all(|l| *l == "POST /licsxp-opac/WOpacUsrLendListExtendAction.do 200 WRITE"),
        "{stderr}"
    );
    assert!(stderr.contains("GET /licsxp-opac/WOpacMnuTopInitAction.do?WebLinkFlag=1 200\n"));
}

/// A page saved by `doctor --bundle` or `capture` has its token scrubbed;
/// replayed, the session still goes on to the next screen.
#[test]
fn a_scrubbed_page_replays_without_breaking_the_session() {
    let home = tempfile::tempdir().unwrap();
    let raw = common::fixture("real/yamato/loans-1.html");
    let scrubbed = home.path().join("loans.html");
    std::fs::write(&scrubbed, toshokan::client::scrub::scrub(&raw, None)).unwrap();
    let replay = format!("loans={}", scrubbed.display());
    let (server, url) = sim_server(
        home.path(),
        &[
            "--seed",
            "empty",
            "--today",
            "2016-10-09",
            "--replay",
            &replay,
        ],
    );
    let client = |args: &[&str]| {
        let mut cmd = sim_client(home.path(), &url, args);
        cmd.env("TOSHOKAN_TODAY", "2016-10-09");
        cmd
    };
    client(&LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let status = client(&["status", "--json"]).output().unwrap();
    let reservations = client(&["reservations", "--json"]).output().unwrap();
    common::stop_sim(server);
    assert_eq!(status.status.code(), Some(0), "{status:?}");
    assert_eq!(stdout_json(&status)["loans"], 7);
    assert_eq!(reservations.status.code(), Some(0), "{reservations:?}");
}
