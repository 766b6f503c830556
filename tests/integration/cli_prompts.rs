//! Asking before writes: what a person at a terminal is shown and what
//! their answer does (on a pty), and what happens when nobody can be asked
//! (`--no-input`, a pipe): destructive writes need an explicit `--yes`.

use crate::common::{Env, run_on_pty};
use serde_json::Value;

/// Every destructive write, with targets that exist in the demo library.
fn destructive_commands(env: &Env) -> Vec<Vec<String>> {
    let rsv = env.run(["--json", "reservations", "--all"]).results();
    let id_in = |state: &str| {
        rsv.iter()
            .find(|r| r["state"] == state)
            .and_then(|r| r["id"].as_str())
            .map(String::from)
            .unwrap_or_else(|| panic!("a {state} reservation in the demo library"))
    };
    let shelf = env.run(["--json", "shelf", "show", "1"]).json();
    let on_shelf = shelf["items"][0]["id"]
        .as_str()
        .expect("an item on shelf 1")
        .to_string();
    let cart = env.run(["--json", "cart", "list"]).results();
    let in_cart = cart[0]["id"]
        .as_str()
        .expect("a title in the cart")
        .to_string();
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        args(&["reservations", "cancel", &id_in("waiting")]),
        args(&["reservations", "hide", &id_in("cancelled")]),
        args(&["shelf", "remove", "1", &on_shelf]),
        args(&["shelf", "delete", "1"]),
        args(&["alert", "delete", "宮部みゆき"]),
        args(&["cart", "remove", &in_cart]),
        args(&["history", "disable"]),
        args(&["settings", "email", "delete"]),
    ]
}

#[test]
fn destructive_writes_without_yes_refuse_when_nobody_can_be_asked() {
    let env = Env::new();
    env.login();
    for args in destructive_commands(&env) {
        env.clear_log();
        // `Env::run` passes --no-input, as a cron job or a pipe would.
        let run = env.run(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {run:?}");
        assert!(run.stderr.contains("--yes"), "{args:?}: {}", run.stderr);
        assert!(env.writes().is_empty(), "{args:?} sent {:?}", env.writes());
        assert!(
            env.requests().is_empty(),
            "{args:?} refuses before reading anything: {:?}",
            env.requests()
        );
        // A dry run needs no --yes: it sends nothing. (Deleting the mail
        // address is refused while mail is the contact method: exit 4.)
        let mut dry = args.clone();
        dry.push("--dry-run".into());
        let run = env.run(&dry);
        assert!(matches!(run.code, Some(0 | 4)), "{dry:?}: {run:?}");
        assert!(env.writes().is_empty());
    }
    // With an explicit --yes each goes ahead (the outcomes are tested elsewhere).
    for mut args in destructive_commands(&env) {
        env.clear_log();
        args.push("--yes".into());
        let run = env.run(&args);
        assert!(matches!(run.code, Some(0 | 4)), "{args:?}: {run:?}");
        assert!(
            run.code == Some(4) || !env.writes().is_empty(),
            "{args:?} sent nothing"
        );
    }
}

#[test]
fn non_destructive_writes_still_run_unattended() {
    let env = Env::new();
    env.login();
    let run = env.run(["--json", "renew", "--due-within", "3"]);
    assert_eq!(run.code, Some(4 + 3), "renewed some, some refused: {run:?}");
    assert!(!env.writes().is_empty());
}

#[test]
fn declining_the_prompt_sends_nothing_and_is_not_a_failure() {
    let env = Env::new();
    env.login();
    env.clear_log();
    // Two renewable loans due soon and a refused one (reserved by others)
    // among the loans due within 3 days; before, a "no" made this exit 4.
    let mut cmd = env.std_cmd();
    cmd.args(["--lang", "en", "renew", "--due-within", "3"]);
    let run = run_on_pty(&cmd, 200, &[("[y/N]", "n")]);
    assert_eq!(run.code, 0, "{}", run.screen);
    // The prompt listed what it would do: title, due → new due, days gained.
    assert!(
        run.screen
            .contains("銀河鉄道の夜  2026-11-30 → 2026-12-12 (+12 days)"),
        "{}",
        run.screen
    );
    assert!(run.screen.contains("not sent: declined"), "{}", run.screen);
    assert!(!run.screen.contains("not attempted"), "{}", run.screen);
    assert!(env.writes().is_empty(), "{:?}", env.writes());
}

#[test]
fn declining_a_cancellation_lists_the_reservations_and_keeps_them() {
    let env = Env::new();
    env.login();
    let rsv = env.run(["--json", "reservations"]).results();
    let waiting: Vec<&Value> = rsv.iter().filter(|r| r["state"] == "waiting").collect();
    let id = waiting[0]["id"].as_str().expect("id");
    let title = waiting[0]["title"].as_str().expect("title");
    env.clear_log();
    let mut cmd = env.std_cmd();
    cmd.args(["--lang", "en", "reservations", "cancel", id]);
    let run = run_on_pty(&cmd, 200, &[("[y/N]", "n")]);
    assert_eq!(run.code, 0, "{}", run.screen);
    assert!(
        run.screen.contains(&format!("{id}  {title}")),
        "{}",
        run.screen
    );
    assert!(run.screen.contains("not sent: declined"), "{}", run.screen);
    assert!(env.writes().is_empty());
}

#[test]
fn answering_yes_sends() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let mut cmd = env.std_cmd();
    cmd.args(["--lang", "en", "renew", "--due-within", "3"]);
    let run = run_on_pty(&cmd, 200, &[("[y/N]", "y")]);
    assert_eq!(run.code, 7, "renewed some, one refused: {}", run.screen);
    assert_eq!(env.writes().len(), 2, "two renewals, each confirmed once");
}

#[test]
fn min_gain_skips_renewals_that_gain_little_and_others_warn() {
    let env = Env::new();
    env.login();
    // Today 2026-11-28: a renewal gives 2026-12-12. お茶の科学 is due
    // 2026-12-09 and would gain 3 days.
    let run = env.run(["--json", "--lang", "en", "renew", "--all", "--dry-run"]);
    assert!(
        run.stderr
            .contains("gains only 3 day(s) and uses its only renewal"),
        "{}",
        run.stderr
    );
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "--lang",
            "en",
            "renew",
            "--all",
            "--min-gain",
            "7",
        ])
        .code_and_results();
    assert_eq!(code, Some(7), "{results:?}");
    let tea = results
        .iter()
        .find(|r| {
            r["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("お茶の科学"))
        })
        .expect("the loan is listed");
    assert_eq!(tea["outcome"], "skipped");
    assert_eq!(tea["days_gained"], 3);
    assert!(
        tea["message"]
            .as_str()
            .is_some_and(|m| m.contains("--min-gain 7"))
    );
    assert_eq!(
        results.iter().filter(|r| r["outcome"] == "done").count(),
        3,
        "the others gain 10 or more days and are renewed"
    );
    // Its renewal was not spent.
    let loans = env.run(["--json", "loans"]).results();
    let tea = loans
        .iter()
        .find(|l| {
            l["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("お茶の科学"))
        })
        .expect("still on loan");
    assert_eq!(tea["renewable"], true);
}

#[test]
fn declining_a_shelf_add_with_a_title_already_there_is_exit_0() {
    let env = Env::new();
    env.login();
    let shelf = env.run(["--json", "shelf", "show", "2"]).json();
    let there = shelf["items"][0]["id"]
        .as_str()
        .expect("an item on shelf 2")
        .to_string();
    env.clear_log();
    let mut cmd = env.std_cmd();
    cmd.args(["--lang", "en", "shelf", "add", "2", "1001000101619", &there]);
    let run = run_on_pty(&cmd, 200, &[("[y/N]", "n")]);
    // Before, the title already on the shelf (refused before the question)
    // made a "no" exit 4.
    assert_eq!(run.code, 0, "{}", run.screen);
    assert!(run.screen.contains("not sent: declined"), "{}", run.screen);
    assert!(env.writes().is_empty());
}
