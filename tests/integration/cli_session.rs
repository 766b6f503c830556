//! Logging in and keeping a session when the site misbehaves: maintenance
//! and HTTP 5xx at every login step (exit 5, no report), a base URL where no
//! LiCS-XP site answers (exit 2, or 6 after the site answered), a stale page
//! token with a live session (one menu request, no password).

use std::sync::{Arc, Mutex};

use crate::common;

use common::scripted::{Reply, Scripted};
use common::{CARD, Env, LOGIN, PASSWORD, RunCommand, TODAY, bare_cmd};
use toshokan::cli::Seed;
use toshokan::sim::{Faults, html, seed};

const MENU_GET: &str = "GET /licsxp-opac/WOpacMnuTopInitAction.do?WebLinkFlag=1";
const LOANS_POST: &str = "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrlend";

/// What `CONFIG/reports/` holds (nothing when it does not exist).
fn reports(config_dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(config_dir.join("reports"))
        .map(|dir| {
            dir.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn maintenance_and_http_5xx_while_logging_in_are_exit_5_without_a_report() {
    for (fault, wording) in [
        (
            Faults {
                maintenance: true,
                ..Faults::default()
            },
            "maintenance",
        ),
        (
            Faults {
                http_500: true,
                ..Faults::default()
            },
            "HTTP 500",
        ),
    ] {
        let env = Env::new();
        env.sim.set_faults(fault);
        // `login`, and a cron job's read that has to log in first.
        let login = env
            .cmd()
            .args(LOGIN)
            .write_stdin(format!("{PASSWORD}\n"))
            .run();
        let read = env
            .cmd()
            .env("TOSHOKAN_CARD", CARD)
            .env("TOSHOKAN_PASSWORD", PASSWORD)
            .args(["--no-input", "loans"])
            .run();
        for run in [login, read] {
            assert_eq!(run.code, Some(5), "{wording}: {}", run.stderr);
            assert!(run.stderr.contains(wording), "{}", run.stderr);
            assert!(!run.stderr.contains("layout"), "{}", run.stderr);
        }
        assert_eq!(reports(&env.config_dir()), Vec::<String>::new());
    }
}

/// A LiCS-XP login on a scripted site: the login form, the redirect after
/// `j_security_check`, the logged-in menu; account pages meet the login
/// form (the session is gone). `trouble` replaces the answer to one step.
fn login_site(trouble: Arc<Mutex<Option<(&'static str, u16)>>>) -> Scripted {
    let lib = seed::library(Seed::Demo, TODAY.parse().expect("date"));
    Scripted::start(move |method, path| {
        let step = match (method, path) {
            ("GET", p) if p.contains("OpacInitLoginAction.do") => "entry",
            ("POST", p) if p.contains("j_security_check") => "post",
            ("GET", p) if p.contains("WOpacMnuTopInitAction.do") => "menu",
            ("GET", "/") => "portal",
            _ => "read",
        };
        if let Some((at, status)) = *trouble.lock().unwrap()
            && at == step
        {
            return match status {
                200 => Reply::page(html::maintenance_page()),
                other => Reply::status(other),
            };
        }
        match step {
            "entry" | "read" => Reply::page(html::login_page(&lib, &[])),
            "portal" => Reply::page("<html><body>図書館のホームページ</body></html>"),
            "post" => Reply::redirect("/"),
            _ => Reply::page(html::menu_page(lib.account(CARD), &"a".repeat(40))),
        }
    })
}

#[test]
fn maintenance_or_5xx_at_any_login_step_or_re_login_is_exit_5_without_a_report() {
    let trouble = Arc::new(Mutex::new(None));
    let site = login_site(Arc::clone(&trouble));
    let base = format!("{}/licsxp-opac/", site.origin);
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("cfg");
    let client = |args: &[&str]| {
        let mut cmd = bare_cmd(home.path());
        cmd.args(["--config-dir"])
            .arg(&config)
            .args(["--base-url", &base])
            .args(args);
        cmd
    };
    for step in ["entry", "post", "menu"] {
        for status in [200, 503] {
            *trouble.lock().unwrap() = Some((step, status));
            let run = client(&LOGIN).write_stdin(format!("{PASSWORD}\n")).run();
            assert_eq!(run.code, Some(5), "{step} {status}: {}", run.stderr);
        }
    }
    // The portal home page the login redirects to is not the OPAC: its
    // news may announce a maintenance to come, and the login still works.
    *trouble.lock().unwrap() = Some(("portal", 200));
    let run = client(&LOGIN).write_stdin(format!("{PASSWORD}\n")).run();
    assert_eq!(run.code, Some(0), "portal notice: {}", run.stderr);
    // A cached session that has died: the read meets the login form, and
    // the automatic re-login meets maintenance at the login entry.
    *trouble.lock().unwrap() = None;
    let run = client(&LOGIN).write_stdin(format!("{PASSWORD}\n")).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for status in [200, 503] {
        *trouble.lock().unwrap() = Some(("entry", status));
        let run = client(&["--no-input", "loans"])
            .env("TOSHOKAN_PASSWORD", PASSWORD)
            .run();
        assert_eq!(run.code, Some(5), "re-login, {status}: {}", run.stderr);
    }
    let reads = site.requests();
    assert!(reads.iter().any(|r| r == LOANS_POST), "{reads:#?}");
    assert_eq!(reports(&config), Vec::<String>::new());
}

#[test]
fn a_base_url_where_no_licsxp_site_answers_is_exit_2_with_the_url() {
    let env = Env::new();
    let wrong = env.base_url.replace("/licsxp-opac/", "/wrong/");
    for args in [
        &LOGIN[..],
        &["--no-input", "search", "--title", "x"],
        &["--no-input", "doctor"],
    ] {
        let run = env
            .cmd()
            .args(["--base-url", &wrong])
            .args(args)
            .write_stdin(format!("{PASSWORD}\n"))
            .run();
        let said = format!("{}{}", run.stdout, run.stderr);
        assert_eq!(run.code, Some(2), "{args:?}: {said}");
        // doctor says it in its table, the others in the error's hint.
        assert!(said.contains(&wrong), "{args:?}: {said}");
        assert!(!said.contains("try again"), "{said}");
    }
    assert_eq!(reports(&env.config_dir()), Vec::<String>::new());
}

#[test]
fn http_404_after_the_site_answered_is_exit_6_with_the_url() {
    let trouble = Arc::new(Mutex::new(Some(("post", 404))));
    let site = login_site(trouble);
    let base = format!("{}/licsxp-opac/", site.origin);
    let home = tempfile::tempdir().unwrap();
    let run = bare_cmd(home.path())
        .args(["--config-dir"])
        .arg(home.path().join("cfg"))
        .args(["--base-url", &base])
        .args(LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .run();
    assert_eq!(run.code, Some(6), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("{base}j_security_check?subSystemFlag=0")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(&base), "{}", run.stderr);
    assert!(!run.stderr.contains("try again"), "{}", run.stderr);
}

/// The id of a loan the demo card may renew.
fn renewable_loan(env: &Env) -> String {
    common::renewable_id(&env.run(["loans", "--json"]).json())
}

#[test]
fn a_stale_token_with_a_live_session_costs_one_menu_request_not_a_password() {
    let env = Env::new();
    env.login();
    let id = renewable_loan(&env);
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    let renew = env.run(["renew", &id]);
    assert_eq!(renew.code, Some(8), "{}", renew.stderr);
    env.sim.set_faults(Faults::default());
    env.clear_log();
    // No password anywhere: --no-input, no TOSHOKAN_PASSWORD, none saved.
    let read = env.run(["loans", "--json"]);
    assert_eq!(read.code, Some(0), "{}", read.stderr);
    assert_eq!(read.json().as_array().unwrap().len(), 8);
    assert_eq!(env.requests(), [LOANS_POST, MENU_GET, LOANS_POST]);
    // The fresh tokens were cached: the next run is one request again.
    env.clear_log();
    assert_eq!(env.run(["loans"]).code, Some(0));
    assert_eq!(env.requests(), [LOANS_POST]);
}

#[test]
fn a_stale_token_with_a_dead_session_is_still_exit_3() {
    let env = Env::new();
    env.login();
    let id = renewable_loan(&env);
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    assert_eq!(env.run(["renew", &id]).code, Some(8));
    env.sim.set_faults(Faults::default());
    env.sim.expire_sessions();
    env.clear_log();
    let read = env.run(["loans"]);
    assert_eq!(read.code, Some(3), "{}", read.stderr);
    assert!(read.stderr.contains("toshokan login"), "{}", read.stderr);
    assert!(read.stderr.contains("TOSHOKAN_PASSWORD"), "{}", read.stderr);
    assert_eq!(env.requests(), [LOANS_POST]);
}
