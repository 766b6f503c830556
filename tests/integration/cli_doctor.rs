//! `toshokan doctor`: local checks and the read-only walk, end to end
//! against the simulator (in process, and as a `toshokan sim` process).

use crate::common;

use std::path::Path;

use common::{
    CARD, Env, LOGIN, PASSWORD, bare_cmd, logged_writes, sim_client, sim_server, stdout_json,
    stop_sim,
};
use predicates::prelude::*;
use toshokan::sim::seed;

/// The checks of a `doctor --json` report.
fn checks(report: &serde_json::Value) -> &Vec<serde_json::Value> {
    report["checks"].as_array().expect("checks is an array")
}

/// The site checks (`screen` is a string; local checks have `null`).
fn site_checks(report: &serde_json::Value) -> Vec<&serde_json::Value> {
    checks(report)
        .iter()
        .filter(|c| !c["screen"].is_null())
        .collect()
}

fn results_of<'a>(report: &'a serde_json::Value, result: &str) -> Vec<&'a str> {
    checks(report)
        .iter()
        .filter(|c| c["result"] == result)
        .filter_map(|c| c["name"].as_str())
        .collect()
}

fn demo(home: &Path) -> assert_cmd::Command {
    let mut cmd = bare_cmd(home);
    cmd.env("TOSHOKAN_CONFIG_DIR", home.join("cfg"))
        .arg("--demo");
    cmd
}

#[test]
fn demo_doctor_reads_every_screen() {
    let home = tempfile::tempdir().unwrap();
    let out = demo(home.path()).arg("doctor").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<&str> = stdout.lines().skip(2).collect();
    for screen in [
        "loans",
        "reservations",
        "shelves (list)",
        "one shelf",
        "reading history (first page)",
        "calendar",
        "user information",
        "new arrivals (one list)",
        "search form",
        "one search",
        "one title",
    ] {
        assert!(
            rows.iter()
                .any(|r| r.trim_start().starts_with(screen)
                    && r.split_whitespace().any(|w| w == "ok")),
            "{screen} ok: {stdout}"
        );
    }
    assert!(rows.len() >= 10 + 4, "{stdout}");
    for bad in [" warn ", " fail ", " skipped "] {
        assert!(!stdout.contains(bad), "{bad}: {stdout}");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("No problems found"));

    // In Japanese.
    demo(home.path())
        .args(["--lang", "ja", "doctor"])
        .assert()
        .success()
        .stdout(predicate::str::contains("貸出状況").and(predicate::str::contains("正常")));
}

#[test]
fn demo_doctor_json_shape() {
    let home = tempfile::tempdir().unwrap();
    let out = demo(home.path())
        .args(["--json", "doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report = stdout_json(&out);
    assert_eq!(report["ok"], true);
    assert!(report["bundle"].is_null());
    for check in checks(&report) {
        let obj = check.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["detail", "name", "result", "screen"], "{check}");
        assert!(check["name"].is_string() && check["detail"].is_string());
        assert!(check["screen"].is_string() || check["screen"].is_null());
    }
    // Local checks carry no screen.
    let local: Vec<&str> = checks(&report)
        .iter()
        .filter(|c| c["screen"].is_null())
        .filter_map(|c| c["name"].as_str())
        .collect();
    for name in [
        "config_dir",
        "config_file",
        "card",
        "base_url",
        "session",
        "password_store",
    ] {
        assert!(local.contains(&name), "{name} in {local:?}");
    }
    let site = site_checks(&report);
    assert!(site.len() >= 10, "{report}");
    assert!(site.iter().all(|c| c["result"] == "ok"), "{report:#}");
    let loans = site.iter().find(|c| c["name"] == "loans").unwrap();
    assert_eq!(loans["screen"], "貸出状況一覧");
    assert!(
        loans["detail"].as_str().unwrap().starts_with("8 "),
        "{loans}"
    );
}

/// No request of a doctor run changes the library: nothing is logged as a
/// write, nothing confirms (okCodes), no shelf switch, no one-post write.
#[test]
fn doctor_never_writes() {
    let env = Env::new();
    env.login();
    let library = env.sim.library();
    env.clear_log();
    let out = env.cmd().args(["--json", "doctor"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = env.sim.requests();
    assert!(log.len() >= 20, "{log:#?}");
    assert!(env.writes().is_empty(), "{log:#?}");
    assert!(
        log.iter()
            .all(|r| !r.form.iter().any(|(k, _)| k == "okCodes")),
        "no confirmation posted"
    );
    assert!(
        !env.requests()
            .iter()
            .any(|r| r.contains("ToOtherBookDispAction")
                || r.contains("ExecAction") && !r.contains("WOpacTifSchCmpdExecAction")),
        "{:#?}",
        env.requests()
    );
    assert_eq!(
        serde_json::to_value(env.sim.library()).unwrap(),
        serde_json::to_value(library).unwrap(),
        "the library is unchanged"
    );
    // The session the doctor used is still cached and alive.
    env.cmd().args(["loans"]).assert().success();
}

/// The same, counted from `toshokan sim`'s own log; and a changed layout
/// names the failing screens and exits 6, the walk going on past them.
#[test]
fn doctor_against_a_sim_process_with_a_changed_layout() {
    let home = tempfile::tempdir().unwrap();
    let (server, url) = sim_server(home.path(), &["--fault", "changed-layout"]);
    let client = |args: &[&str]| sim_client(home.path(), &url, args);
    client(&LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    let out = client(&["--json", "doctor"]).output().unwrap();
    let human = client(&["doctor"]).output().unwrap();
    let stderr = stop_sim(server);

    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = stdout_json(&out);
    assert_eq!(report["ok"], false);
    let failed = results_of(&report, "fail");
    assert!(failed.contains(&"loans"), "{report:#}");
    for check in checks(&report).iter().filter(|c| c["result"] == "fail") {
        assert!(
            check["detail"].as_str().unwrap().contains("layout"),
            "{check}"
        );
    }
    // A failing screen does not stop the walk: the public screens are read.
    let ok = results_of(&report, "ok");
    assert!(
        ok.contains(&"calendar") && ok.contains(&"menu"),
        "{report:#}"
    );

    assert_eq!(human.status.code(), Some(6));
    let verdict = String::from_utf8_lossy(&human.stderr);
    assert!(
        verdict.contains("Screens not recognised") && verdict.contains("loans"),
        "{verdict}"
    );
    assert!(String::from_utf8_lossy(&human.stdout).contains(" fail "));

    // Two doctor runs, dozens of requests, and not one WRITE.
    let requests = stderr
        .lines()
        .filter(|l| l.starts_with("GET ") || l.starts_with("POST "))
        .count();
    assert!(requests >= 40, "{stderr}");
    assert!(logged_writes(&stderr).is_empty(), "{stderr}");
}

#[test]
fn bundle_holds_scrubbed_pages_and_the_summary() {
    let env = Env::new();
    env.login();
    let dir = env.dir.path().join("bundle");
    let out = env
        .cmd()
        .args(["--json", "doctor", "--bundle"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = stdout_json(&out);
    let bundle = std::fs::canonicalize(&dir).unwrap();
    assert_eq!(report["bundle"], bundle.display().to_string());

    let files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let pages = files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "html"))
        .count();
    assert!(pages >= 20, "{files:?}");
    assert!(dir.join("summary.json").is_file() && dir.join("summary.txt").is_file());
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["ok"], true);
    assert_eq!(summary["checks"], report["checks"]);
    let text = std::fs::read_to_string(dir.join("summary.txt")).unwrap();
    assert!(
        text.contains("loans") && text.contains("No problems found"),
        "{text}"
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        for f in &files {
            assert_eq!(mode(f), 0o600, "{}", f.display());
        }
    }
    // Nothing personal or secret in any file: the simulator's user
    // information page writes the name with U+3000, the address over two
    // lines (`<br>`) and shows the birth date.
    let info_page = env.sim.with(|s| {
        let lib = s.library.clone();
        toshokan::sim::html_account::user_info_page(&lib, &lib.accounts[0], "0", &[])
    });
    assert!(info_page.contains("静岡\u{3000}花子"), "{info_page}");
    assert!(info_page.contains("〒420-0853<br>"), "{info_page}");
    let mut secrets: Vec<String> = [
        CARD,
        PASSWORD,
        seed::FAMILY_CARD,
        seed::FAMILY_PASSWORD,
        "花子",
        "追手町",
        "420-0853",
        "hanako@example.jp",
        "054-000-0000",
        "090-0000-0000",
        "1985/04/12",
        "19850412",
    ]
    .map(String::from)
    .to_vec();
    secrets.extend(common::hash_tokens(&env.sim));
    assert!(secrets.len() > 12, "the walk carried hash tokens");
    let mut seen_user_info = false;
    for f in &files {
        let text = String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned();
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{secret} in {}",
                f.display()
            );
        }
        seen_user_info |= text.contains("利用者情報");
    }
    assert!(seen_user_info, "the user information page is in the bundle");
}

#[test]
fn bundle_refuses_a_non_empty_directory_before_fetching() {
    let env = Env::new();
    env.login();
    let dir = env.dir.path().join("full");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("keep.txt"), "mine").unwrap();
    env.clear_log();
    env.cmd()
        .args(["doctor", "--bundle"])
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not empty"));
    assert!(env.sim.requests().is_empty(), "nothing fetched");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

#[test]
fn not_logged_in_exits_3_and_still_reads_the_public_screens() {
    let env = Env::new();
    let out = env.cmd().args(["--json", "doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = stdout_json(&out);
    assert_eq!(report["ok"], false);
    let menu = checks(&report)
        .iter()
        .find(|c| c["name"] == "menu")
        .unwrap();
    assert_eq!(menu["result"], "fail");
    let skipped = results_of(&report, "skipped");
    for name in ["loans", "reservations", "shelves", "history", "user_info"] {
        assert!(skipped.contains(&name), "{name}: {report:#}");
    }
    let ok = results_of(&report, "ok");
    for name in ["calendar", "search_form", "search", "detail"] {
        assert!(ok.contains(&name), "{name}: {report:#}");
    }
    // Human: the verdict says what to do.
    env.cmd()
        .arg("doctor")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("toshokan login"));
}

#[test]
fn wrong_password_exits_3() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("TOSHOKAN_CARD", CARD)
        .env("TOSHOKAN_PASSWORD", "wrong-password")
        .args(["--json", "doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let report = stdout_json(&out);
    let menu = checks(&report)
        .iter()
        .find(|c| c["name"] == "menu")
        .unwrap();
    assert_eq!(menu["result"], "fail", "{report:#}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("wrong-password"));
}

#[test]
fn unreachable_site_exits_5() {
    let home = tempfile::tempdir().unwrap();
    // A loopback port nobody listens on.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let out = bare_cmd(home.path())
        .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
        .env("TOSHOKAN_CARD", CARD)
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--json", "--timeout", "5", "--base-url"])
        .arg(format!("http://127.0.0.1:{port}/licsxp-opac/"))
        .arg("doctor")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = stdout_json(&out);
    assert_eq!(report["ok"], false);
    let failed = results_of(&report, "fail");
    assert_eq!(failed, ["menu"], "{report:#}");
    // The walk stops: everything after it is skipped.
    assert_eq!(
        site_checks(&report).len() - 1,
        results_of(&report, "skipped").len()
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused_without_contacting_it() {
    let home = tempfile::tempdir().unwrap();
    let out = bare_cmd(home.path())
        .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
        .args([
            "--json",
            "--base-url",
            "http://opac.example.invalid/licsxp-opac/",
            "doctor",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report = stdout_json(&out);
    let base = checks(&report)
        .iter()
        .find(|c| c["name"] == "base_url")
        .unwrap();
    assert_eq!(base["result"], "fail");
    assert!(
        site_checks(&report)
            .iter()
            .all(|c| c["result"] == "skipped"),
        "{report:#}"
    );
}

/// A page without an optional column: `doctor` says `warn` with the note
/// (exit 0), and `-v` prints the note after any command.
#[test]
fn notes_make_warn_rows_and_verbose_prints_them() {
    let env = Env::new();
    env.login();
    env.sim.with(|s| s.faults.unknown_column = true);
    let out = env.cmd().args(["--json", "doctor"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = stdout_json(&out);
    assert_eq!(report["ok"], true);
    let loans = checks(&report)
        .iter()
        .find(|c| c["name"] == "loans")
        .unwrap();
    assert_eq!(loans["result"], "warn", "{report:#}");
    let detail = loans["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("8 ") && detail.contains("延長回数"),
        "{detail}"
    );
    assert_eq!(results_of(&report, "warn"), ["loans"], "{report:#}");

    let out = env.cmd().args(["-v", "loans"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let notes: Vec<&str> = stderr.lines().filter(|l| l.starts_with("note: ")).collect();
    assert_eq!(notes.len(), 1, "{stderr}");
    assert!(
        notes[0].contains("loan list") && notes[0].contains("延長回数"),
        "{stderr}"
    );
    // Not without -v.
    let quiet = env.cmd().args(["loans"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&quiet.stderr).contains("note:"));
    // After a failing command too (an unknown id, found out from the list).
    let out = env
        .cmd()
        .args(["-v", "--lang", "ja", "renew", "9999999999999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("注記: ") && l.contains("延長回数")),
        "{stderr}"
    );
}

/// doctor's password check says what every run would do with the saved
/// password file: one others may read, or a symbolic link, is refused by
/// every run (exit 3 under cron), so doctor fails it and says how to fix it.
#[cfg(unix)]
#[test]
fn a_password_file_every_run_refuses_fails_the_check() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.login_saving_password_to_file();
    let file = env.config_dir().join("secrets").join("default.password");
    let store_check = || {
        let out = env.cmd().args(["--json", "doctor"]).output().unwrap();
        let report = stdout_json(&out);
        let expected = if report["ok"] == true { 0 } else { 2 };
        assert_eq!(out.status.code(), Some(expected), "{report}");
        let check = checks(&report)
            .iter()
            .find(|c| c["name"] == "password_store")
            .cloned()
            .unwrap();
        (
            check["result"].as_str().unwrap().to_string(),
            check["detail"].to_string(),
        )
    };

    let (result, detail) = store_check();
    assert_eq!(result, "ok", "{detail}");

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (result, detail) = store_check();
    assert_eq!(result, "fail", "{detail}");
    assert!(detail.contains("chmod 600"), "{detail}");
    assert!(!detail.contains(PASSWORD), "{detail}");

    let elsewhere = env.dir.path().join("elsewhere.password");
    std::fs::rename(&file, &elsewhere).unwrap();
    std::fs::set_permissions(&elsewhere, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &file).unwrap();
    let (result, detail) = store_check();
    assert_eq!(result, "fail", "{detail}");
    assert!(detail.contains("symbolic link"), "{detail}");
}
