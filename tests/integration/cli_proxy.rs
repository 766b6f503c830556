//! The binary through a loopback proxy (`common::proxy`) that stages what
//! the simulator's own faults cannot: another session acting between
//! stage 1 and stage 2, and a write the site applied but answered with the
//! login form, its session dead, and no password to log in again.

use crate::common;

use common::{Env, PASSWORD, RunCommand, proxy};

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
