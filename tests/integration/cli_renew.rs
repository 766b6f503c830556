//! Renewal end to end: the binary against the simulator's two-stage flow.

use crate::common;

use common::{CARD, Env, PASSWORD, stdout_json};
use predicates::prelude::*;
use serde_json::Value;
use toshokan::sim::Faults;
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};

const STAGE1: &str = "POST /licsxp-opac/WOpacUsrLendListExtendAction.do?mngFlg1_handan=1";
const STAGE2: &str = "POST /licsxp-opac/WOpacUsrLendListExtendAction.do";
const LIST: &str = "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend";

fn loans(env: &Env) -> Vec<Value> {
    stdout_json(&env.cmd().args(["loans", "--json"]).output().unwrap())
        .as_array()
        .unwrap()
        .clone()
}

fn first_renewable(env: &Env) -> String {
    common::renewable_id(&Value::Array(loans(env)))
}

#[test]
fn renew_one_costs_one_list_and_two_posts() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    env.clear_log();
    let (code, results) = env.run(["renew", "--json", &id]).code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results.len(), 1);
    let r = &results[0];
    assert_eq!(r["id"], id.as_str());
    assert_eq!(r["outcome"], "done");
    assert_eq!(r["old_due"], "2026-11-30");
    assert_eq!(r["new_due"], "2026-12-12", "renewal day + 14");
    assert_eq!(r["profile"], "default");
    assert_eq!(env.requests(), [LIST, STAGE1, STAGE2]);
    let lib = env.sim.library();
    let loan = lib.accounts[0]
        .loans
        .iter()
        .find(|l| l.bib.tilcod == id)
        .unwrap();
    assert_eq!(loan.due_on.to_string(), "2026-12-12");
    assert_eq!(loan.renewals, 1);
}

#[test]
fn stage_one_reposts_the_list_form_like_the_browser() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    env.clear_log();
    env.run(["renew", "--json", &id]).code_and_results();
    let log = env.sim.requests();
    let stage1 = log
        .iter()
        .find(|r| r.path.ends_with("?mngFlg1_handan=1"))
        .unwrap();
    let names: Vec<&str> = stage1.form.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "schkflg",
            "allschkflg",
            "hash",
            "islogin",
            "btnflg",
            "checkflag",
            "booklistvalue",
            "commntvalue",
            "btnflg",
            "checkflag",
            "returnid",
            "gamenid",
            "para",
            "mngFlg1",
            "sortkeyvalue",
            "sortDefKey",
            "booklist"
        ],
        "the 17 fields of the browser's stage-1 body, in order"
    );
    let mngcod = env.sim.library().accounts[0]
        .loans
        .iter()
        .find(|l| l.bib.tilcod == id)
        .unwrap()
        .mngcod
        .clone();
    assert!(stage1.form.contains(&("para".into(), mngcod)));
    let stage2 = log
        .iter()
        .find(|r| r.path == "/licsxp-opac/WOpacUsrLendListExtendAction.do")
        .unwrap();
    assert_eq!(
        stage2.form.first(),
        Some(&("mngFlg1_handan".to_string(), "1".to_string())),
        "echo: query first"
    );
    assert_eq!(
        stage2.form.last(),
        Some(&("okCodes".to_string(), "OPACUSR005".to_string()))
    );
    assert_eq!(stage2.form.len(), 19);
}

#[test]
fn renew_all_renews_exactly_the_eligible_loans() {
    let env = Env::new();
    env.login();
    let before = loans(&env);
    let eligible: Vec<&str> = before
        .iter()
        .filter(|l| l["renewable"] == true)
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(eligible.len(), 4);
    env.clear_log();
    let (code, results) = env.run(["renew", "--json", "--all"]).code_and_results();
    assert_eq!(code, Some(7), "some were refused");
    assert_eq!(results.len(), 8);
    for r in &results {
        let id = r["id"].as_str().unwrap();
        if eligible.contains(&id) {
            assert_eq!(r["outcome"], "done", "{r}");
            assert_eq!(r["new_due"], "2026-12-12");
        } else {
            assert_eq!(r["outcome"], "refused", "{r}");
            assert!(
                r["message"].as_str().unwrap().contains("not renewable"),
                "{r}"
            );
        }
    }
    let order: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let listed: Vec<&str> = before.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(order, listed, "reported in the list's order");
    let log = env.requests();
    assert_eq!(
        log.len(),
        1 + 2 * eligible.len(),
        "1 list + 2 per renewal: {log:?}"
    );
    assert_eq!(log.iter().filter(|r| *r == STAGE2).count(), 4);
    assert_eq!(env.writes(), [STAGE2; 4], "one write per renewal");
}

#[test]
fn due_within_picks_loans_by_today() {
    let env = Env::new();
    env.login();
    let (code, results) = env
        .run(["renew", "--json", "--due-within", "2"])
        .code_and_results();
    let picked: Vec<(&str, &str)> = results
        .iter()
        .map(|r| {
            (
                r["old_due"].as_str().unwrap(),
                r["outcome"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        picked,
        [
            ("2026-11-29", "refused"),
            ("2026-11-30", "done"),
            ("2026-11-30", "done")
        ]
    );
    assert_eq!(code, Some(7));
    // A day later, from the renewed loans' point of view nothing is due soon.
    let (code, results) = env
        .run(["renew", "--json", "--due-within", "0"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert!(results.is_empty());
}

#[test]
fn dry_run_sends_no_write() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, results) = env
        .run(["renew", "--json", "--all", "--dry-run"])
        .code_and_results();
    assert_eq!(
        code,
        Some(4),
        "skipped items count neither way; the refusals remain"
    );
    assert_eq!(
        results.iter().filter(|r| r["outcome"] == "skipped").count(),
        4
    );
    // A dry run says what it would gain: today (2026-11-28) + 14.
    for r in &results {
        if r["outcome"] == "skipped" {
            assert_eq!(r["new_due"], "2026-12-12", "{r}");
            assert!(r["days_gained"].as_i64().is_some_and(|d| d > 0), "{r}");
        } else {
            assert!(r["new_due"].is_null() && r["days_gained"].is_null(), "{r}");
        }
    }
    assert_eq!(env.requests(), [LIST], "only the list was read");
    assert!(
        env.sim.library().accounts[0]
            .loans
            .iter()
            .all(|l| l.due_on.to_string() != "2026-12-12")
    );
}

#[test]
fn dropped_connection_after_stage_two_is_unknown_and_applied_once() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, results) = env.run(["renew", "--json", &id]).code_and_results();
    assert_eq!(code, Some(8));
    assert_eq!(results[0]["outcome"], "unknown");
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("toshokan loans")
    );
    assert_eq!(
        env.requests().iter().filter(|r| *r == STAGE2).count(),
        1,
        "never resent"
    );
    assert_eq!(env.writes(), [STAGE2], "written once");
    let lib = env.sim.library();
    let renewed: Vec<_> = lib.accounts[0]
        .loans
        .iter()
        .filter(|l| l.renewals > 0)
        .collect();
    assert_eq!(
        renewed.len(),
        2,
        "the seeded already-renewed loan and exactly one new renewal"
    );
    assert_eq!(
        lib.accounts[0]
            .loans
            .iter()
            .find(|l| l.bib.tilcod == id)
            .unwrap()
            .renewals,
        1
    );
}

#[test]
fn renewing_again_is_refused() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    assert_eq!(
        env.run(["renew", "--json", &id]).code_and_results().0,
        Some(0)
    );
    env.clear_log();
    let out = env
        .cmd()
        .args(["--no-input", "renew", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stdout).contains("already renewed"));
    assert_eq!(env.requests(), [LIST], "nothing sent for a refused loan");
}

#[test]
fn an_overdue_loan_blocks_every_renewal() {
    let env = Env::new();
    env.login_as("default", FAMILY_CARD, FAMILY_PASSWORD);
    env.clear_log();
    let (code, results) = env.run(["renew", "--json", "--all"]).code_and_results();
    assert_eq!(code, Some(4));
    assert_eq!(results.len(), 3);
    assert!(results.iter().all(|r| r["outcome"] == "refused"));
    let messages: Vec<&str> = results
        .iter()
        .map(|r| r["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("overdue loan on card")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.ends_with("overdue")),
        "{messages:?}"
    );
    assert_eq!(env.requests(), [LIST]);
}

#[test]
fn a_different_confirmation_code_stops_before_confirming() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        wrong_confirmation_code: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, results) = env.run(["renew", "--json", "--all"]).code_and_results();
    assert_eq!(code, Some(6));
    assert_eq!(
        env.requests().iter().filter(|r| *r == STAGE1).count(),
        1,
        "stopped after the first question"
    );
    assert!(
        env.requests().iter().all(|r| r != STAGE2),
        "nothing confirmed"
    );
    let failed: Vec<&Value> = results
        .iter()
        .filter(|r| r["outcome"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1);
    assert!(
        failed[0]["message"]
            .as_str()
            .unwrap()
            .contains("OPACUSR999")
    );
    let not_attempted: Vec<&Value> = results
        .iter()
        .filter(|r| r["outcome"] == "skipped")
        .collect();
    assert_eq!(not_attempted.len(), 3);
    // Not attempted is no plan: no new due date, no gain.
    assert!(
        not_attempted
            .iter()
            .all(|r| r["new_due"].is_null() && r["days_gained"].is_null()),
        "{not_attempted:?}"
    );
    assert!(
        env.sim.library().accounts[0]
            .loans
            .iter()
            .all(|l| l.due_on.to_string() != "2026-12-12")
    );
}

#[test]
fn bad_renew_input_is_exit_2_and_sends_nothing() {
    let env = Env::new();
    env.login();
    env.clear_log();
    env.cmd()
        .args(["--no-input", "renew", "9999999999999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such loan"));
    assert_eq!(env.requests(), [LIST]);
    env.cmd()
        .args(["renew", "--due-within", "soon"])
        .assert()
        .code(2);
    env.cmd()
        .args(["renew", "--due-within", "-1"])
        .assert()
        .code(2);
    env.cmd()
        .args(["renew"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--all"));
    env.cmd().args(["renew", "--all", "123"]).assert().code(2);
}

#[test]
fn household_renewals_are_tagged_with_the_profile() {
    let env = Env::new();
    env.login();
    env.login_as("taro", FAMILY_CARD, FAMILY_PASSWORD);
    let out = env
        .cmd()
        .args([
            "--no-input",
            "--all-profiles",
            "renew",
            "--due-within",
            "3",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    let results = stdout_json(&out);
    let profiles: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["profile"].as_str().unwrap())
        .collect();
    assert!(
        profiles.contains(&"default") && profiles.contains(&"taro"),
        "{profiles:?}"
    );
}

#[test]
fn cron_style_run_with_environment_credentials_only() {
    let env = Env::new();
    let out = env
        .cmd()
        .env("TOSHOKAN_CARD", CARD)
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["renew", "--due-within", "2", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 3);
}

#[test]
fn a_confirmation_aimed_elsewhere_is_not_confirmed() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    env.sim.set_faults(Faults {
        wrong_confirmation_action: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, results) = env.run(["renew", "--json", &id]).code_and_results();
    assert_eq!(code, Some(6));
    assert_eq!(results[0]["outcome"], "failed");
    assert_eq!(env.requests(), [LIST, STAGE1]);
}

#[test]
fn dry_run_of_eligible_loans_exits_0() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    let (code, results) = env
        .run(["renew", "--json", "--dry-run", &id])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
}

#[test]
fn a_failing_profile_does_not_hide_another_profiles_renewals() {
    let env = Env::new();
    env.login();
    env.login_as("taro", FAMILY_CARD, FAMILY_PASSWORD);
    // taro's session dies and there is no password to log in again.
    let taro_session = env.session_file("taro");
    std::fs::write(&taro_session, "{}").unwrap();
    let out = env
        .cmd()
        .args([
            "--no-input",
            "--all-profiles",
            "renew",
            "--due-within",
            "2",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "some renewed, one profile failed"
    );
    let results = stdout_json(&out);
    assert!(
        results
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["outcome"] == "done" && r["profile"] == "default")
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("taro"), "{stderr}");
}

#[test]
fn environment_credentials_never_act_on_another_profiles_card() {
    let env = Env::new();
    env.login_as("taro", FAMILY_CARD, FAMILY_PASSWORD);
    env.clear_log();
    env.cmd()
        .env("TOSHOKAN_CARD", CARD)
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "--profile", "taro", "renew", "--all"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("TOSHOKAN_CARD"));
    assert!(env.requests().is_empty());
    // With every profile, the environment password is not tried on taro's card.
    env.sim.expire_sessions();
    env.clear_log();
    env.cmd()
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "--all-profiles", "loans"])
        .assert()
        .code(3);
    assert!(
        !env.requests()
            .iter()
            .any(|r| r.contains("j_security_check")),
        "{:?}",
        env.requests()
    );
}

/// Sends SIGINT to a running binary (the `kill` the shell would run on Ctrl-C).
#[cfg(unix)]
fn interrupt(child: &std::process::Child) {
    kill_int(&child.id().to_string());
}

/// Ctrl-C as a terminal sends it: to the whole process group `child` leads.
fn interrupt_group(child: &std::process::Child) {
    kill_int(&format!("-{}", child.id()));
}

fn kill_int(target: &str) {
    let status = std::process::Command::new("kill")
        .args(["-INT", "--", target])
        .status()
        .unwrap();
    assert!(status.success());
}

/// `capture DIR renew ID` as the leader of its own process group (a
/// terminal's foreground job), output piped.
#[cfg(unix)]
fn spawn_capture_renew(env: &Env, id: &str, extra: &[&str]) -> std::process::Child {
    use std::os::unix::process::CommandExt;
    env.std_cmd()
        .env("TOSHOKAN_PASSWORD", PASSWORD)
        .arg("--no-input")
        .args(extra)
        .arg("capture")
        .arg(env.dir.path().join("captured"))
        .args(["renew", id])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .process_group(0)
        .spawn()
        .unwrap()
}

/// Waits until `ready` holds, for at most 30 s.
fn wait_for(mut ready: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !ready() {
        assert!(std::time::Instant::now() < deadline, "timed out");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn an_interrupt_while_a_renewal_is_unanswered_says_so_and_exits_8() {
    use toshokan::sim::ConfirmFault;
    let env = Env::new();
    env.login();
    let renewable: Vec<String> = loans(&env)
        .iter()
        .filter(|l| l["renewable"] == true)
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    // The site applies the renewal and answers a minute late.
    env.sim
        .with(|s| s.faults.on_confirm = Some(ConfirmFault::SlowAnswer(60_000)));
    env.clear_log();
    for (json, id) in [false, true].into_iter().zip(&renewable) {
        let writes = env.writes().len();
        let mut cmd = env.std_cmd();
        // The interrupted run leaves the session cache behind the site's
        // tokens: the next one logs in again.
        cmd.env("TOSHOKAN_PASSWORD", PASSWORD)
            .args(["--no-input", "--timeout", "120", "renew", id])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        if json {
            cmd.arg("--json");
        }
        let child = cmd.spawn().unwrap();
        wait_for(|| env.writes().len() > writes);
        interrupt(&child);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(8), "{stderr}");
        if json {
            let error: Value = serde_json::from_str(stderr.trim()).unwrap();
            assert_eq!(error["error"]["kind"], "unknown", "{stderr}");
        }
        assert!(
            stderr.contains("may or may not have been applied"),
            "{stderr}"
        );
        assert!(stderr.contains("`toshokan loans`"), "{stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(env.writes().len(), writes + 1);
    }
}

#[cfg(unix)]
#[test]
fn an_interrupt_before_anything_is_sent_ends_the_run_as_usual() {
    use std::os::unix::process::ExitStatusExt;
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    // Every answer takes a while: the interrupt comes while the loan list is read.
    env.sim.with(|s| s.faults.latency_ms = 3_000);
    env.clear_log();
    let child = env
        .std_cmd()
        .args(["--no-input", "renew", &id])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for(|| !env.requests().is_empty());
    interrupt(&child);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.signal(), Some(2), "{out:?}");
    assert!(env.writes().is_empty());
}

/// Ctrl-C at a terminal reaches the whole foreground process group: under
/// `capture` both the capturing process and the command it runs. The
/// command says what it was doing and exits 8; `capture` passes that on.
#[cfg(unix)]
#[test]
fn an_interrupt_under_capture_keeps_the_commands_exit_8() {
    use toshokan::sim::ConfirmFault;
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    env.sim
        .with(|s| s.faults.on_confirm = Some(ConfirmFault::SlowAnswer(60_000)));
    env.clear_log();
    let child = spawn_capture_renew(&env, &id, &["--timeout", "120"]);
    wait_for(|| !env.writes().is_empty());
    interrupt_group(&child);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(8), "{out:?}");
    assert!(
        stderr.contains("may or may not have been applied"),
        "{stderr}"
    );
}

/// Ctrl-C under `capture` before anything is sent: the command ends as
/// killed by the signal, and `capture` ends with the shell's code for it.
#[cfg(unix)]
#[test]
fn an_interrupt_under_capture_before_anything_is_sent_is_130() {
    let env = Env::new();
    env.login();
    let id = first_renewable(&env);
    env.sim.with(|s| s.faults.latency_ms = 3_000);
    env.clear_log();
    let child = spawn_capture_renew(&env, &id, &[]);
    wait_for(|| !env.requests().is_empty());
    interrupt_group(&child);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{out:?}");
    assert!(env.writes().is_empty());
}
