//! Reserving (いますぐ予約) and the site's cart, end to end against the simulator.

use crate::common;

use common::{Env, stdout_json};
use predicates::prelude::*;
use toshokan::sim::Faults;
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};
use toshokan::sim::state::RsvStatus;

const LIST: &str = "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrrsv";
/// The confirming requests (before the query): a reservation's, a checkout's.
const RESERVE: &str = "POST /licsxp-opac/WOpacTifDirectYoyExecAction.do";
const CHECKOUT: &str = "POST /licsxp-opac/WOpacYoyCartYoyExecAction.do";

/// The confirming requests sent (a reservation's or a checkout's).
fn confirmations(env: &Env) -> Vec<String> {
    env.requests()
        .into_iter()
        .filter(|r| [RESERVE, CHECKOUT].contains(&r.split('?').next().unwrap_or_default()))
        .collect()
}

/// Nothing was written, by the simulator's log (`env.writes()`), and no
/// confirmation went out.
fn assert_no_write(env: &Env, context: &str) {
    assert!(env.writes().is_empty(), "{context}: {:?}", env.requests());
    assert!(
        confirmations(env).is_empty(),
        "{context}: {:?}",
        env.requests()
    );
}

/// A catalogue title nobody on the demo card has reserved.
fn free_title(env: &Env, skip: usize) -> String {
    let lib = env.sim.library();
    let taken: Vec<&str> = lib
        .accounts
        .iter()
        .flat_map(|a| a.reservations.iter().map(|r| r.bib.tilcod.as_str()))
        .collect();
    lib.catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| !taken.contains(&t.as_str()))
        .nth(skip + 40)
        .unwrap()
}

fn active(env: &Env, account: usize, tilcod: &str) -> usize {
    env.sim.library().accounts[account]
        .reservations
        .iter()
        .filter(|r| r.bib.tilcod == tilcod && r.status != RsvStatus::Cancelled)
        .count()
}

#[test]
fn reserve_follows_the_direct_flow_and_verifies_on_the_list() {
    let env = Env::new();
    env.login();
    let id = free_title(&env, 0);
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "reserve",
            &id,
            "--pickup",
            "蒲原",
            "--contact",
            "none",
        ])
        .code_and_results();
    assert_eq!(code, Some(0), "{results:?}");
    assert_eq!(results[0]["outcome"], "done");
    assert!(results[0]["reservation_id"].is_string());
    assert!(!results[0]["title"].as_str().unwrap().is_empty());
    assert_eq!(active(&env, 0, &id), 1);
    let log = env.requests();
    assert_eq!(
        log,
        [
            LIST.to_string(),
            format!(
                "GET /licsxp-opac/WOpacMsgNewListToTifTilDetailAction.do?urlNotFlag=1&tilcod={id}"
            ),
            format!("POST /licsxp-opac/WOpacTifDirectYoyDispAction.do?tilcod={id}"),
            format!("POST /licsxp-opac/WOpacTifDirectYoyExecAction.do?tilcod={id}"),
            LIST.to_string(),
        ]
    );
    let exec = &env.sim.requests()[3];
    let names: Vec<&str> = exec.form.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "gamenFlag",
            "hash",
            "returnid",
            "gamenid",
            "tilcod",
            "loginshuflag",
            "contactdirectweb",
            "receivenameFocus",
            "watsptcodFocus",
            "contactFocus",
            "returnValue",
            "bmtime_hide",
            "receivename",
            "contact"
        ],
        "the 14 controls of the confirmation, in order"
    );
    let lib = env.sim.library();
    let row = lib.accounts[0]
        .reservations
        .iter()
        .find(|r| r.bib.tilcod == id)
        .unwrap();
    assert_eq!(lib.branch_name(&row.pickup_code), Some("蒲原図書館"));
    assert_eq!(lib.contact_name(&row.contact_code), Some("連絡不要"));
}

#[test]
fn defaults_come_from_the_site_then_the_profile() {
    let env = Env::new();
    env.login();
    let id = free_title(&env, 1);
    let (code, _) = env.run(["--json", "reserve", &id]).code_and_results();
    assert_eq!(code, Some(0));
    let lib = env.sim.library();
    let row = lib.accounts[0]
        .reservations
        .iter()
        .find(|r| r.bib.tilcod == id)
        .unwrap();
    assert_eq!(
        Some(row.pickup_code.as_str()),
        lib.accounts[0].default_pickup.as_deref(),
        "the site's preselection"
    );
    // Without any default and without a terminal, a missing choice is an error.
    env.sim
        .with(|s| s.library.accounts[0].default_pickup = None);
    let other = free_title(&env, 2);
    env.clear_log();
    env.cmd()
        .args(["--no-input", "reserve", &other])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--pickup"));
    assert_no_write(&env, "");
}

#[test]
fn choices_are_checked_against_the_page_before_sending() {
    let env = Env::new();
    env.login_as("default", FAMILY_CARD, FAMILY_PASSWORD);
    let id = free_title(&env, 3);
    env.clear_log();
    env.cmd()
        .args([
            "--no-input",
            "reserve",
            &id,
            "--contact",
            "phone",
            "--phone",
            "mobile",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not offer"));
    env.cmd()
        .args(["--no-input", "reserve", &id, "--pickup", "図書館"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ambiguous"));
    assert_no_write(&env, "nothing confirmed");
}

/// Issue 14 item 11: a branch whose name starts with the word wins over one
/// that merely contains it (中央図書館, not 清水中央図書館).
#[test]
fn a_pickup_name_that_starts_with_the_word_wins() {
    let env = Env::new();
    env.login_as("default", FAMILY_CARD, FAMILY_PASSWORD);
    let id = free_title(&env, 5);
    let (code, results) = env
        .run([
            "--json",
            "reserve",
            &id,
            "--pickup",
            "中央",
            "--contact",
            "none",
        ])
        .code_and_results();
    assert_eq!(code, Some(0), "{results:?}");
    assert_eq!(results[0]["outcome"], "done");
    let lib = env.sim.library();
    let row = lib.accounts[1]
        .reservations
        .iter()
        .find(|r| r.bib.tilcod == id)
        .unwrap();
    assert_eq!(lib.branch_name(&row.pickup_code), Some("中央図書館"));
}

#[test]
fn the_sites_refusals_become_outcomes() {
    let env = Env::new();
    env.login_as("default", FAMILY_CARD, FAMILY_PASSWORD);
    let id = free_title(&env, 4);
    // No e-mail address is registered on this card.
    let (code, results) = env
        .run(["--json", "reserve", &id, "--contact", "email"])
        .code_and_results();
    assert_eq!(code, Some(4));
    assert_eq!(results[0]["outcome"], "refused");
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("no e-mail address")
    );
    assert_eq!(active(&env, 1, &id), 0);
    // Over the limit of 20.
    env.sim.with(|s| {
        let template = s.library.accounts[1].reservations[0].clone();
        for n in 0..19 {
            let mut r = template.clone();
            r.yoycod = format!("19000000{n:02}");
            r.bib.tilcod = format!("19999999999{n:02}");
            s.library.accounts[1].reservations.push(r);
        }
    });
    let (code, results) = env.run(["--json", "reserve", &id]).code_and_results();
    assert_eq!(code, Some(4));
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("over the reservation limit"),
        "{results:?}"
    );
}

#[test]
fn already_reserved_titles_are_not_sent() {
    let env = Env::new();
    env.login();
    let reserved = env.sim.library().accounts[0].reservations[0]
        .bib
        .tilcod
        .clone();
    env.clear_log();
    let (code, results) = env.run(["--json", "reserve", &reserved]).code_and_results();
    assert_eq!(code, Some(4));
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("already reserved")
    );
    assert_eq!(env.requests(), [LIST]);
}

#[test]
fn bad_title_codes_are_usage_errors() {
    let env = Env::new();
    env.login();
    env.cmd()
        .args(["--no-input", "reserve", "12345"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("malformed"));
    env.cmd()
        .args(["--no-input", "reserve", "9999999999999"])
        .assert()
        .code(2);
}

#[test]
fn dry_run_sends_no_write() {
    let env = Env::new();
    env.login();
    let id = free_title(&env, 5);
    env.clear_log();
    let (code, results) = env
        .run(["--json", "reserve", "--dry-run", &id])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
    assert_no_write(&env, "");
    assert_eq!(active(&env, 0, &id), 0);
}

#[test]
fn a_dropped_confirmation_is_unknown_and_reserves_once() {
    let env = Env::new();
    env.login();
    let id = free_title(&env, 6);
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    let (code, results) = env.run(["--json", "reserve", &id]).code_and_results();
    assert_eq!(code, Some(8));
    assert_eq!(results[0]["outcome"], "unknown");
    assert_eq!(env.writes().len(), 1, "written once");
    assert_eq!(confirmations(&env).len(), 1, "never resent");
    assert_eq!(active(&env, 0, &id), 1, "exactly one reservation");
}

#[test]
fn the_cart_is_not_a_reservation() {
    let env = Env::new();
    env.login();
    let listed = stdout_json(&env.cmd().args(["cart", "--json"]).output().unwrap());
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let id = free_title(&env, 7);
    let (code, results) = env.run(["--json", "cart", "add", &id]).code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "done");
    assert!(env.sim.library().accounts[0].cart.contains(&id));
    assert_eq!(active(&env, 0, &id), 0, "adding is not reserving");
    let (code, results) = env.run(["--json", "cart", "add", &id]).code_and_results();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
    let (code, _) = env
        .run(["--json", "cart", "remove", &id, "--yes"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert!(!env.sim.library().accounts[0].cart.contains(&id));
    env.cmd()
        .args(["--no-input", "cart", "remove", &id, "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not in the cart"));
}

#[test]
fn checkout_reserves_each_title_with_one_choice() {
    let env = Env::new();
    env.login();
    let cart = env.sim.library().accounts[0].cart.clone();
    // One of them is already reserved: that title is refused, the other reserved.
    let reserved = env.sim.library().accounts[0].reservations[0]
        .bib
        .tilcod
        .clone();
    env.sim
        .with(|s| s.library.accounts[0].cart.push(reserved.clone()));
    let (code, results) = env
        .run([
            "--json",
            "cart",
            "checkout",
            "--pickup",
            "南部",
            "--contact",
            "none",
        ])
        .code_and_results();
    assert_eq!(code, Some(7), "{results:?}");
    for id in &cart {
        let r = results.iter().find(|r| r["id"] == id.as_str()).unwrap();
        assert_eq!(r["outcome"], "done");
        assert_eq!(active(&env, 0, id), 1);
    }
    let refused = results
        .iter()
        .find(|r| r["id"] == reserved.as_str())
        .unwrap();
    assert_eq!(refused["outcome"], "refused");
    assert_eq!(
        env.sim.library().accounts[0].cart,
        std::slice::from_ref(&reserved),
        "reserved titles leave the cart"
    );
    env.sim.with(|s| s.library.accounts[0].cart.clear());
    env.cmd()
        .args(["--no-input", "cart", "checkout"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty"));
}

#[test]
fn checkout_dry_run_sends_no_write() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "cart", "checkout", "--dry-run"])
        .code_and_results();
    assert_eq!(code, Some(0));
    assert!(results.iter().all(|r| r["outcome"] == "skipped"));
    assert_no_write(&env, "");
}
