//! The binary through a loopback proxy (`common::proxy`) that stages what
//! the simulator's own faults cannot: another session acting between
//! stage 1 and stage 2, and a write the site applied but answered with the
//! login form, its session dead, and no password to log in again.

use crate::common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use common::{Env, PASSWORD, RunCommand, proxy};
use toshokan::sim::Library;
use toshokan::sim::state::RsvStatus;

/// `env`'s simulator behind a proxy running `hook`; logs the demo card in
/// through it (no password saved) and returns the proxy's base URL.
fn behind_proxy(
    env: &Env,
    hook: impl Fn(&proxy::Request, proxy::Forward<'_>) -> Vec<u8> + Send + Sync + 'static,
) -> String {
    let url = proxy::start(&env.base_url, hook);
    env.cmd()
        .env("TOSHOKAN_BASE_URL", &url)
        .args(common::LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .assert()
        .success();
    url
}

/// The renewal's stage 2 (the confirmation: `okCodes` posted to the list action).
fn is_renewal_confirmation(request: &proxy::Request) -> bool {
    request.path().ends_with("/WOpacUsrLendListExtendAction.do")
        && request.field("okCodes").is_some()
}

#[test]
fn a_refusal_on_the_answer_wins_over_a_due_date_another_session_moved() {
    let env = Env::new();
    let lib = env.sim.library();
    let account = &lib.accounts[0];
    let loan = account
        .loans
        .iter()
        .find(|l| account.can_renew(l, lib.today))
        .expect("the demo card has a renewable loan")
        .clone();
    let sim = env.sim.clone();
    let url = behind_proxy(&env, move |request, forward| {
        if is_renewal_confirmation(request) {
            // Another session on the card renews the loan first: the site
            // declines this confirmation, and its list shows the new date.
            let para = request.field("para").unwrap_or_default();
            sim.with(|s| {
                let today = s.library.today;
                let account = &mut s.library.accounts[0];
                if let Some(l) = account.loans.iter_mut().find(|l| l.mngcod == para) {
                    l.due_on = today.checked_add(jiff::ToSpan::days(14)).unwrap();
                    l.renewals += 1;
                }
            });
        }
        forward(request)
    });
    let run = env
        .cmd()
        .env("TOSHOKAN_BASE_URL", &url)
        .args(["--no-input", "--json", "renew", &loan.bib.tilcod])
        .run();
    let (code, results) = run.code_and_results();
    assert_eq!(results.len(), 1, "{}", run.stderr);
    assert_eq!(results[0]["outcome"], "refused", "{results:?}");
    assert!(
        results[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("この資料は延長できません")),
        "{results:?}"
    );
    assert_eq!(
        results[0]["new_due"],
        serde_json::Value::Null,
        "{results:?}"
    );
    assert_eq!(code, Some(4), "{}", run.stderr);
    // The one renewal is the other session's.
    assert!(env.writes().is_empty(), "{:?}", env.writes());
}

fn words(s: &str) -> Vec<String> {
    s.split(' ').map(str::to_string).collect()
}

fn waiting(lib: &Library, nth: usize) -> String {
    lib.accounts[0]
        .reservations
        .iter()
        .filter(|r| r.status == RsvStatus::Waiting)
        .nth(nth)
        .expect("the demo has waiting reservations")
        .yoycod
        .clone()
}

/// Every kind of write, as its command line on the demo library.
fn writes(lib: &Library) -> Vec<Vec<String>> {
    let account = &lib.accounts[0];
    let renewable = account
        .loans
        .iter()
        .find(|l| account.can_renew(l, lib.today))
        .expect("the demo has a renewable loan");
    let taken: Vec<&str> = account
        .reservations
        .iter()
        .map(|r| r.bib.tilcod.as_str())
        .collect();
    let unreserved = lib
        .catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| !taken.contains(&t.as_str()))
        .nth(50)
        .expect("the catalogue is big enough");
    vec![
        vec!["renew".into(), renewable.bib.tilcod.clone()],
        [words("reservations cancel"), vec![waiting(lib, 0)]].concat(),
        [
            words("reservations change"),
            vec![waiting(lib, 1)],
            words("--pickup 北部"),
        ]
        .concat(),
        vec!["reserve".into(), unreserved],
        words("cart add 1001000101619"),
        [words("cart remove"), vec![account.cart[0].clone()]].concat(),
        words("cart checkout"),
        words("shelf create 新しい棚"),
        words("shelf rename 2 絵本"),
        words("shelf add 2 1001000101619"),
        words("shelf remove 1 1001000101619"),
        words("shelf delete 3"),
        words("alert add 猫の本 --title 猫"),
        words("alert edit 宮部みゆき --title 火車"),
        words("alert delete 宮部みゆき"),
        words("settings pickup 北部"),
    ]
}

/// The site applies the write, then its answer is the login form and the
/// session is gone; with no password source (no TOSHOKAN_PASSWORD, none
/// saved, --no-input) nothing can be read again. What happened cannot be
/// known: every write says `unknown` (exit 8), none claims `failed`.
fn applied_then_login_form(args: &[String]) {
    let env = Env::new();
    let sim = env.sim.clone();
    let fired = Arc::new(AtomicBool::new(false));
    let url = behind_proxy(&env, move |request, forward| {
        let before = sim.requests().len();
        let answer = forward(request);
        let applied = sim
            .requests()
            .get(before..)
            .is_some_and(|new| new.iter().any(|r| r.write));
        if applied && !fired.swap(true, Ordering::SeqCst) {
            sim.expire_sessions();
            return proxy::login_form(&sim);
        }
        answer
    });
    let run = env
        .cmd()
        .env("TOSHOKAN_BASE_URL", &url)
        .args(["--no-input", "--json"])
        .args(args)
        // Cancels and deletions need it unattended; the rest accept it.
        .arg("--yes")
        .run();
    let (code, results) = run.code_and_results();
    let name = args[..2].join(" ");
    assert_eq!(env.writes().len(), 1, "{name}: the site applied it");
    // One result per title (a checkout reserves each title in the cart).
    assert!(!results.is_empty(), "{name}: {}", run.stderr);
    for r in &results {
        assert_eq!(r["outcome"], "unknown", "{name}: {results:?}");
        // It says what is known, and claims nothing about the session.
        let message = r["message"].as_str().unwrap_or_default();
        assert!(
            message.contains("the login form answered") && !message.contains("expired before"),
            "{name}: {message}"
        );
    }
    assert_eq!(code, Some(8), "{name}: {}", run.stderr);
}

#[test]
fn a_write_answered_by_the_login_form_without_a_password_to_re_read_is_unknown() {
    let lib = Env::new().sim.library();
    let writes = writes(&lib);
    std::thread::scope(|s| {
        for args in &writes {
            s.spawn(move || applied_then_login_form(args));
        }
    });
}
