//! Reservation writes end to end: cancel, hide, change against the simulator.

use crate::common;

use common::{Env, stdout_json};
use predicates::prelude::*;
use toshokan::sim::Faults;
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};
use toshokan::sim::state::RsvStatus;

const LIST: &str = "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv";
const CANCEL: &str = "POST /licsxp-opac/WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1";

/// Reservation ids of the demo account by state.
fn ids(env: &Env, status: RsvStatus) -> Vec<String> {
    env.sim.library().accounts[0]
        .reservations
        .iter()
        .filter(|r| r.status == status)
        .map(|r| r.yoycod.clone())
        .collect()
}

fn status_of(env: &Env, id: &str) -> Option<RsvStatus> {
    env.sim.library().accounts[0]
        .reservations
        .iter()
        .find(|r| r.yoycod == id)
        .map(|r| r.status)
}

#[test]
fn cancel_is_two_stage_to_the_stage_one_url_and_verified() {
    let env = Env::new();
    env.login();
    let id = ids(&env, RsvStatus::Waiting)[0].clone();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "reservations", "cancel", &id, "--yes"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "done");
    assert_eq!(results[0]["action"], "cancel");
    assert_eq!(status_of(&env, &id), Some(RsvStatus::Cancelled));
    assert_eq!(
        env.requests(),
        [LIST, CANCEL, CANCEL, LIST],
        "stage 2 goes to the stage-1 URL, query included"
    );
    let log = env.sim.requests();
    assert!(log[1].form.contains(&("yoycod".to_string(), id.clone())));
    assert_eq!(
        log[2].form.last(),
        Some(&("okCodes".to_string(), "OPACUSR001".to_string()))
    );
    // Still listed as 取消 until hidden.
    let all = stdout_json(
        &env.cmd()
            .args(["reservations", "--all", "--json"])
            .output()
            .unwrap(),
    );
    let row = all
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(row["state"], "cancelled");
    assert_eq!(row["hideable"], true);
}

#[test]
fn states_that_forbid_changes_are_refused_with_advice() {
    let env = Env::new();
    env.login();
    let secured = ids(&env, RsvStatus::SecuredElsewhere)[0].clone();
    let ready = ids(&env, RsvStatus::Available)[0].clone();
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "reservations",
            "cancel",
            &secured,
            &ready,
            "--yes",
        ])
        .code_and_results();
    assert_eq!(code, Some(4));
    for r in &results {
        assert_eq!(r["outcome"], "refused");
        assert!(
            r["message"].as_str().unwrap().contains("call or visit"),
            "{r}"
        );
    }
    let (code, _) = env
        .run([
            "--json",
            "reservations",
            "change",
            &secured,
            "--pickup",
            "駿河",
        ])
        .code_and_results();
    assert_eq!(code, Some(4));
    assert!(
        env.requests().iter().all(|r| r == LIST),
        "nothing sent: {:?}",
        env.requests()
    );
}

#[test]
fn hide_removes_cancelled_rows_only() {
    let env = Env::new();
    env.login();
    let waiting = ids(&env, RsvStatus::Waiting)[0].clone();
    let (code, results) = env
        .run(["--json", "reservations", "hide", &waiting, "--yes"])
        .code_and_results();
    assert_eq!(code, Some(4));
    assert_eq!(results[0]["outcome"], "refused");
    let cancelled = ids(&env, RsvStatus::Cancelled);
    assert_eq!(cancelled.len(), 1);
    env.clear_log();
    let (code, results) = env
        .run(["--json", "reservations", "hide", "--cancelled", "--yes"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["outcome"], "done");
    assert!(ids(&env, RsvStatus::Cancelled).is_empty());
    let log = env.sim.requests();
    assert_eq!(
        log[2].path, "/licsxp-opac/WOpacUsrRsvHiddenAction.do",
        "stage 2 to the script's action"
    );
    assert_eq!(
        log[2].form.last(),
        Some(&("okCodes".to_string(), "OPACUSR423".to_string()))
    );
    // Nothing cancelled left: nothing to do.
    let (code, results) = env
        .run(["--json", "reservations", "hide", "--cancelled", "--yes"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert!(results.is_empty());
}

#[test]
fn change_pickup_and_contact() {
    let env = Env::new();
    env.login();
    let id = ids(&env, RsvStatus::Waiting)[0].clone();
    let (code, results) = env
        .run([
            "--json",
            "reservations",
            "change",
            &id,
            "--pickup",
            "駿河",
            "--contact",
            "none",
        ])
        .code_and_results();
    assert_eq!(code, Some(0), "{results:?}");
    assert_eq!(results[0]["outcome"], "done");
    let lib = env.sim.library();
    let row = lib.accounts[0]
        .reservations
        .iter()
        .find(|r| r.yoycod == id)
        .unwrap();
    assert_eq!(lib.branch_name(&row.pickup_code), Some("駿河図書館"));
    assert_eq!(lib.contact_name(&row.contact_code), Some("連絡不要"));
    // Asking for what is already set sends nothing.
    env.clear_log();
    let (code, results) = env
        .run(["--json", "reservations", "change", &id, "--contact", "none"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
    assert_eq!(env.requests(), [LIST]);
}

#[test]
fn the_phone_of_an_existing_reservation_cannot_be_switched() {
    let env = Env::new();
    env.login();
    // The demo's second reservation is contacted by phone (home).
    let id = ids(&env, RsvStatus::Waiting)[1].clone();
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "reservations",
            "change",
            &id,
            "--contact",
            "phone",
            "--phone",
            "mobile",
        ])
        .code_and_results();
    assert_eq!(code, Some(4));
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("cannot be changed online")
    );
    assert_eq!(env.requests(), [LIST]);
    env.cmd()
        .args([
            "--no-input",
            "reservations",
            "change",
            &id,
            "--contact",
            "phone",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--phone"));
}

#[test]
fn mail_needs_a_registered_address() {
    let env = Env::new();
    env.login_as("default", FAMILY_CARD, FAMILY_PASSWORD);
    let id = env.sim.library().accounts[1].reservations[0].yoycod.clone();
    let (code, results) = env
        .run([
            "--json",
            "reservations",
            "change",
            &id,
            "--contact",
            "email",
        ])
        .code_and_results();
    assert_eq!(code, Some(4), "{results:?}");
    assert_eq!(results[0]["outcome"], "refused");
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("no e-mail address")
    );
    // A contact the page does not offer is a usage error naming the offers.
    env.cmd()
        .args([
            "--no-input",
            "reservations",
            "change",
            &id,
            "--contact",
            "phone",
            "--phone",
            "mobile",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not offer"));
}

#[test]
fn bad_targets_and_libraries_are_usage_errors() {
    let env = Env::new();
    env.login();
    let id = ids(&env, RsvStatus::Waiting)[0].clone();
    env.clear_log();
    env.cmd()
        .args(["--no-input", "reservations", "cancel", "123", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such reservation"));
    env.cmd()
        .args([
            "--no-input",
            "reservations",
            "change",
            &id,
            "--pickup",
            "図書館",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("ambiguous").and(predicate::str::contains("清水中央図書館")),
        );
    env.cmd()
        .args([
            "--no-input",
            "reservations",
            "change",
            &id,
            "--pickup",
            "浜松",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown library"));
    env.cmd()
        .args(["reservations", "change", &id])
        .assert()
        .code(2);
    assert!(env.requests().iter().all(|r| r == LIST));
}

#[test]
fn dry_run_sends_no_write() {
    let env = Env::new();
    env.login();
    let waiting = ids(&env, RsvStatus::Waiting);
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "reservations",
            "cancel",
            "--dry-run",
            &waiting[0],
            &waiting[1],
        ])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert!(results.iter().all(|r| r["outcome"] == "skipped"));
    assert_eq!(env.requests(), [LIST]);
    assert_eq!(ids(&env, RsvStatus::Waiting).len(), waiting.len());
}

#[test]
fn dropped_connection_after_cancel_is_unknown_and_applied_once() {
    let env = Env::new();
    env.login();
    let id = ids(&env, RsvStatus::Waiting)[0].clone();
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, results) = env
        .run(["--json", "reservations", "cancel", &id, "--yes"])
        .code_and_results();
    assert_eq!(code, Some(8));
    assert_eq!(results[0]["outcome"], "unknown");
    assert_eq!(
        env.requests().iter().filter(|r| *r == CANCEL).count(),
        2,
        "stage 1 and one stage 2, never resent"
    );
    assert_eq!(env.writes(), [CANCEL], "written once");
    assert_eq!(status_of(&env, &id), Some(RsvStatus::Cancelled));
}

#[test]
fn a_different_question_is_never_confirmed() {
    let env = Env::new();
    env.login();
    let waiting = ids(&env, RsvStatus::Waiting);
    env.sim.set_faults(Faults {
        wrong_confirmation_code: true,
        ..Faults::default()
    });
    let (code, results) = env
        .run([
            "--json",
            "reservations",
            "cancel",
            &waiting[0],
            &waiting[1],
            "--yes",
        ])
        .code_and_results();
    assert_eq!(code, Some(6));
    assert_eq!(results[0]["outcome"], "failed");
    assert_eq!(results[1]["outcome"], "skipped");
    assert_eq!(ids(&env, RsvStatus::Waiting).len(), waiting.len());
}
