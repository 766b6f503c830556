//! End to end against the simulator: reading history (cache, incremental
//! refresh by request count, search, setting), settings, password change
//! and registration, the explanation for address/name/phone, the calendar
//! and the iCalendar outputs.

use crate::common;

use common::{CARD, Env, PASSWORD, RunCommand};
use serde_json::Value;
use toshokan::cli::Seed;
use toshokan::sim::Faults;
use toshokan::sim::patron::SimRead;
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};

const READ_FIRST: &str =
    "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=usrread&initFlag=0";
const READ_ROWS: &str = "POST /licsxp-opac/WOpacUsrReadListAction.do";
const USER_INFO: &str = "POST /licsxp-opac/WOpacPwdLibraryDispAction.do";

/// Puts `n` new loans at the top of the demo patron's reading history.
fn add_history(env: &Env, n: usize) {
    env.sim.with(|s| {
        let account = &mut s.library.accounts[0];
        let today = s.library.today;
        // After the site deleted its history, a title on loan will do.
        let template = account
            .patron
            .history
            .first()
            .map_or_else(|| account.loans[0].bib.clone(), |r| r.bib.clone());
        for i in 0..n {
            let mut bib = template.clone();
            bib.title = format!("新しく借りた本 {i}");
            let row = SimRead::new(bib, &format!("{}", 900_000_000 + i), today, "駿河図書館");
            account.patron.history.insert(0, row);
        }
    });
}

fn history_len(env: &Env) -> usize {
    env.sim.with(|s| s.library.accounts[0].patron.history.len())
}

fn requests_matching(env: &Env, prefix: &str) -> usize {
    env.requests()
        .iter()
        .filter(|r| r.starts_with(prefix))
        .count()
}

#[test]
fn history_is_cached_and_refreshed_incrementally() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(rows.as_array().unwrap().len(), history_len(&env));
    assert_eq!(
        env.requests(),
        [READ_FIRST, READ_ROWS],
        "first page, then 100 rows a page (24 rows fit)"
    );
    let row = &rows[0];
    for field in [
        "id",
        "title",
        "author",
        "publisher",
        "loaned_on",
        "library",
        "loan_type",
        "record",
    ] {
        assert!(row.get(field).is_some(), "history field {field}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file = env.config_dir().join("history").join("default.json");
        let mode = std::fs::metadata(file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Nothing new: the first page already starts with a known row.
    env.clear_log();
    let (code, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(rows.as_array().unwrap().len(), 24);
    assert_eq!(env.requests(), [READ_FIRST]);

    // Three new loans: still one page; they come first.
    add_history(&env, 3);
    env.clear_log();
    let (_, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(env.requests(), [READ_FIRST]);
    assert_eq!(rows.as_array().unwrap().len(), 27);
    assert_eq!(rows[0]["title"], "新しく借りた本 2");

    // Offline: the cache, no request at all; NFKC search and --since.
    env.clear_log();
    let (code, rows) = env
        .run(["--json", "history", "--offline", "--search", "ｼﾝｼﾞﾂ"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert!(rows.as_array().unwrap().is_empty());
    let (_, rows) = env
        .run([
            "--json",
            "history",
            "--offline",
            "--search",
            "新しく借りた本　１",
        ])
        .code_and_json();
    assert_eq!(
        rows.as_array().unwrap().len(),
        1,
        "full-width digit and space match"
    );
    let (_, rows) = env
        .run(["--json", "history", "--offline", "--since", "2026-11-28"])
        .code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    assert!(
        env.requests().is_empty(),
        "offline sends nothing: {:?}",
        env.requests()
    );
    let out = env.run(["history", "--offline", "--since", "2026-13-01"]);
    assert_eq!(out.code, Some(2));
}

#[test]
fn big_history_walks_pages_and_refreshes_only_new_pages() {
    let env = Env::with_seed(Seed::Big);
    env.login();
    let total = history_len(&env);
    assert!(total > 600);
    env.clear_log();
    let (code, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(rows.as_array().unwrap().len(), total);
    let pages = total.div_ceil(100);
    assert_eq!(requests_matching(&env, READ_FIRST), 1);
    assert_eq!(
        requests_matching(&env, READ_ROWS),
        1,
        "one switch to 100 rows"
    );
    let gets: Vec<String> = env
        .requests()
        .into_iter()
        .filter(|r| r.starts_with("GET /licsxp-opac/WOpacUsrReadListAction.do"))
        .collect();
    assert_eq!(gets.len(), pages - 1, "every further page once: {gets:?}");
    assert!(gets[0].contains("startIndex=100"));
    // The delete button is never pressed.
    assert!(
        env.sim
            .requests()
            .iter()
            .all(|r| !r.form.iter().any(|(k, v)| k == "deleteParam" && v == "1"))
    );

    // 150 new rows: the session keeps 100 a page, so page 1 and page 2 only.
    add_history(&env, 150);
    env.clear_log();
    let (_, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), total + 150);
    assert_eq!(env.requests().len(), 2, "{:?}", env.requests());
    assert_eq!(env.requests()[0], READ_FIRST);
    assert!(env.requests()[1].contains("startIndex=100"));

    // --refresh reads everything again.
    env.clear_log();
    let (_, rows) = env.run(["--json", "history", "--refresh"]).code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), total + 150);
    assert_eq!(env.requests().len(), (total + 150).div_ceil(100));
}

#[test]
fn history_setting_needs_consent_and_is_two_stage() {
    let env = Env::new();
    env.login_as("family", FAMILY_CARD, FAMILY_PASSWORD);
    // Recording is off for this card: the list says so.
    let out = env.run(["--profile", "family", "history"]);
    assert_eq!(out.code, Some(0));
    assert!(out.stderr.contains("history enable"), "{}", out.stderr);
    // No consent without a person: refused before anything is sent.
    env.clear_log();
    let out = env.run(["--profile", "family", "history", "enable"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("--accept-terms"));
    assert!(env.requests().is_empty());
    // Dry run: reads only.
    let (code, results) = env
        .run([
            "--json",
            "--profile",
            "family",
            "history",
            "enable",
            "--dry-run",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
    // With consent.
    env.clear_log();
    let out = env
        .cmd()
        .args([
            "--no-input",
            "--json",
            "--profile",
            "family",
            "history",
            "enable",
            "--accept-terms",
        ])
        .run();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stderr.contains("読書履歴サービス利用規約") || out.stderr.contains("記録"),
        "terms shown"
    );
    let results = out.json();
    assert_eq!(results[0]["id"], "history");
    assert_eq!(results[0]["outcome"], "done");
    assert!(
        env.sim
            .with(|s| s.library.accounts[1].patron.history_enabled)
    );
    let log = env.sim.requests();
    let stage2 = log
        .iter()
        .find(|r| r.form.iter().any(|(k, _)| k == "okCodes"))
        .unwrap();
    assert!(stage2.path.ends_with("WOpacUsrRtnLendHistoryExecAction.do"));
    assert!(
        stage2
            .form
            .contains(&("okCodes".into(), "OPACUSR231".into()))
    );
    assert!(stage2.form.contains(&("agreeflg".into(), "1".into())));
    assert_eq!(
        env.requests().last().map(String::as_str),
        Some(USER_INFO),
        "verified on the user info screen"
    );
    // Again: nothing to do.
    let (code, results) = env
        .run([
            "--json",
            "--profile",
            "family",
            "history",
            "enable",
            "--accept-terms",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
    // Disable (demo patron): the site drops its rows, the local cache stays.
    env.login();
    let (_, rows) = env.run(["--json", "history"]).code_and_json();
    let cached = rows.as_array().unwrap().len();
    let (code, results) = env
        .run(["--json", "history", "disable", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "done");
    assert_eq!(history_len(&env), 0);
    let (_, rows) = env.run(["--json", "history", "--offline"]).code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), cached);
}

/// Issue 14 item 1: after the site deletes its history, the local copy may
/// be the only one left; no read drops a row of it, only `history forget`.
#[test]
fn history_is_an_archive_that_reads_never_shrink() {
    let env = Env::new();
    env.login();
    let (_, rows) = env.run(["--json", "history"]).code_and_json();
    let archived = rows.as_array().unwrap().len();
    assert_eq!(archived, history_len(&env));
    // The sequence: disable (the site deletes its rows), enable, read.
    let out = env.run(["history", "disable", "--yes"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(history_len(&env), 0);
    let out = env.run(["history", "enable", "--accept-terms"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let out = env.run(["--lang", "en", "history"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("{archived} kept here")),
        "{}",
        out.stderr
    );
    let (_, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), archived);

    // New loans on the emptied site join the archive, newest first.
    add_history(&env, 2);
    let (_, rows) = env.run(["--json", "history"]).code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), archived + 2);
    assert_eq!(rows[0]["title"], "新しく借りた本 1");
    // --refresh reads the whole list again: it updates, it does not drop.
    let (code, rows) = env.run(["--json", "history", "--refresh"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(rows.as_array().unwrap().len(), archived + 2);
    let (_, rows) = env.run(["--json", "history", "--offline"]).code_and_json();
    assert_eq!(rows.as_array().unwrap().len(), archived + 2);

    // Only `history forget` deletes it: without --yes and nobody to ask,
    // exit 2 and nothing deleted.
    let file = env.config_dir().join("history").join("default.json");
    let out = env.run(["history", "forget"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("--yes"), "{}", out.stderr);
    assert!(file.is_file());
    env.clear_log();
    let out = env.run(["history", "forget", "--yes"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(!file.exists());
    assert!(env.requests().is_empty(), "forget is local only");
    let out = env.run(["history", "--offline"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    // Nothing left to forget is not an error.
    let out = env.run(["history", "forget", "--yes"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}

/// An archive this profile cannot read, or one of another card, is never
/// replaced by a read: the read stops and says how to go on.
#[test]
fn history_archive_of_another_card_or_unreadable_is_kept() {
    let env = Env::new();
    env.login();
    let dir = env.config_dir().join("history");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("default.json");
    std::fs::write(&file, "{ not json").unwrap();
    let out = env.run(["--lang", "en", "history"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("history forget"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{ not json");

    std::fs::remove_file(&file).unwrap();
    let out = env.run(["history"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    // The profile now belongs to another card: its archive stays as it was.
    let before = std::fs::read_to_string(&file).unwrap();
    env.cmd()
        .args(["login", "--card", FAMILY_CARD, "--password-stdin"])
        .write_stdin(format!("{FAMILY_PASSWORD}\n"))
        .assert()
        .success();
    let out = env.run(["--lang", "en", "history"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("another card"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn settings_show_and_writes() {
    let env = Env::new();
    env.login();
    let (code, info) = env.run(["--json", "settings", "show"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(info["card"], "******7890");
    assert_eq!(info["email"], "hanako@example.jp");
    assert_eq!(info["expires_on"], "2026-12-23");
    assert_eq!(info["expires_in_days"], 25);
    assert_eq!(info["contact"], "メール");
    assert_eq!(info["history_recording"], true);
    let human = env.run(["settings"]);
    assert!(!human.stdout.contains(CARD), "card masked");

    // Bad input: nothing sent.
    env.clear_log();
    let out = env.run(["settings", "email", "set", "not-an-address"]);
    assert_eq!(out.code, Some(2));
    assert!(env.requests().is_empty());

    // E-mail change: two stages, verified on the user info screen.
    env.clear_log();
    let (code, results) = env
        .run(["--json", "settings", "email", "set", "hanako@example.com"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["outcome"], "done");
    assert_eq!(results[0]["old"], "hanako@example.jp");
    assert_eq!(results[0]["new"], "hanako@example.com");
    assert_eq!(
        env.sim
            .with(|s| s.library.accounts[0].email.clone())
            .as_deref(),
        Some("hanako@example.com")
    );
    let log = env.sim.requests();
    let posts: Vec<&str> = log.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        posts,
        [
            "/licsxp-opac/WOpacPwdLibraryDispAction.do",
            "/licsxp-opac/WOpacUsrChMailDispAction.do",
            "/licsxp-opac/WOpacUsrChMailExecAction.do",
            "/licsxp-opac/WOpacUsrChMailExecAction.do",
            "/licsxp-opac/WOpacPwdLibraryDispAction.do",
        ]
    );
    assert!(
        log[3]
            .form
            .contains(&("okCodes".into(), "OPACUSR211".into()))
    );

    // Deleting the address while mail is the contact method: refused by the client.
    env.clear_log();
    let (code, results) = env
        .run(["--json", "settings", "email", "delete", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(4));
    assert_eq!(results[0]["outcome"], "refused");
    assert!(!env.requests().iter().any(|r| r.contains("ChMailDel")));

    // Contact: several phones need --phone.
    let out = env.run(["settings", "contact", "phone"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("--phone"));
    let (code, results) = env
        .run([
            "--json", "settings", "contact", "phone", "--phone", "mobile",
        ])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["new"], "電話連絡（携帯）");
    assert_eq!(
        env.sim
            .with(|s| s.library.accounts[0].default_contact.clone())
            .as_deref(),
        Some("2")
    );

    // Pickup by (partial) name, checked against the page's options.
    let (code, results) = env
        .run(["--json", "settings", "pickup", "駿河"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(
        env.sim
            .with(|s| s.library.accounts[0].default_pickup.clone())
            .as_deref(),
        Some("008")
    );
    let out = env.run(["settings", "pickup", "浜松"]);
    assert_eq!(out.code, Some(2));
    let out = env.run(["settings", "pickup", "図書館"]);
    assert_eq!(out.code, Some(2), "ambiguous");
    let (code, results) = env
        .run(["--json", "settings", "pickup", "駿河"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped", "already so");

    // Now the address can go as far as the client knows, but reservations
    // still use mail: the site refuses at stage 1, nothing is confirmed.
    env.clear_log();
    let (code, results) = env
        .run(["--json", "settings", "email", "delete", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(4), "{results}");
    assert!(results[0]["message"].as_str().unwrap().contains("メール"));
    assert!(
        env.sim
            .requests()
            .iter()
            .all(|r| !r.form.iter().any(|(k, _)| k == "okCodes"))
    );
}

#[test]
fn mail_contact_needs_an_address() {
    let env = Env::new();
    env.login_as("family", FAMILY_CARD, FAMILY_PASSWORD);
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "--profile",
            "family",
            "settings",
            "contact",
            "email",
        ])
        .code_and_json();
    assert_eq!(code, Some(4));
    assert_eq!(results[0]["outcome"], "refused");
    assert!(
        results[0]["message"]
            .as_str()
            .unwrap()
            .contains("email set")
    );
    assert!(
        env.sim
            .requests()
            .iter()
            .all(|r| !r.form.iter().any(|(k, _)| k == "okCodes"))
    );
}

#[test]
fn settings_write_faults() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        wrong_confirmation_code: true,
        ..Faults::default()
    });
    let (code, results) = env
        .run(["--json", "settings", "email", "set", "x@example.com"])
        .code_and_json();
    assert_eq!(code, Some(6), "{results}");
    assert_eq!(results[0]["outcome"], "failed");
    assert_eq!(
        env.sim
            .with(|s| s.library.accounts[0].email.clone())
            .as_deref(),
        Some("hanako@example.jp")
    );
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, results) = env
        .run(["--json", "settings", "email", "set", "x@example.com"])
        .code_and_json();
    assert_eq!(code, Some(8), "{results}");
    assert_eq!(results[0]["outcome"], "unknown");
    let confirms = env
        .sim
        .requests()
        .iter()
        .filter(|r| r.form.iter().any(|(k, _)| k == "okCodes"))
        .count();
    assert_eq!(confirms, 1, "never re-sent");
}

#[test]
fn password_change_reads_twice_and_verifies_by_login() {
    let env = Env::new();
    env.login();
    // Mismatched new passwords: nothing sent.
    env.clear_log();
    let out = env
        .cmd()
        .args([
            "--no-input",
            "settings",
            "password",
            "change",
            "--password-stdin",
        ])
        .write_stdin(format!("{PASSWORD}\nnewpass12\nnewpass13\n"))
        .run();
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("differ"));
    assert!(env.requests().is_empty());
    // Wrong current password: the site refuses at stage 1.
    let out = env
        .cmd()
        .args([
            "--no-input",
            "--json",
            "settings",
            "password",
            "change",
            "--password-stdin",
        ])
        .write_stdin("wrongpass\nnewpass12\nnewpass12\n")
        .run();
    assert_eq!(out.code, Some(4));
    assert!(!out.stdout.contains("newpass12"), "never printed");
    // Right one.
    let out = env
        .cmd()
        .args([
            "--no-input",
            "--json",
            "settings",
            "password",
            "change",
            "--password-stdin",
        ])
        .write_stdin(format!("{PASSWORD}\nnewpass12\nnewpass12\n"))
        .run();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let results = out.json();
    assert_eq!(results[0]["outcome"], "done");
    assert!(!out.stdout.contains("newpass12"));
    assert!(!out.stderr.contains("newpass12"));
    assert_eq!(
        env.sim.with(|s| s.library.accounts[0].password.clone()),
        "newpass12"
    );
    // The cached session (from the verifying login) still works.
    let out = env.run(["loans"]);
    assert_eq!(out.code, Some(0));
}

#[test]
fn password_register_checks_identity() {
    let env = Env::new();
    let register = |extra: &[&str], stdin: &str| {
        env.cmd()
            .args([
                "--no-input",
                "--json",
                "password",
                "register",
                "--card",
                CARD,
            ])
            .args(extra)
            .write_stdin(stdin.to_string())
            .run()
    };
    // Bad input before anything is sent.
    env.clear_log();
    let out = register(
        &[
            "--birth",
            "1985-02-30",
            "--phone",
            "054-000-0000",
            "--accept-terms",
            "--password-stdin",
        ],
        "newpw123\nnewpw123\n",
    );
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("not a date"));
    let out = register(
        &[
            "--birth",
            "1985-04-12",
            "--phone",
            "054-000-0000",
            "--accept-terms",
            "--password-stdin",
        ],
        "newpw123\nnewpw124\n",
    );
    assert_eq!(out.code, Some(2));
    let out = register(
        &[
            "--birth",
            "1985-04-12",
            "--phone",
            "054-000-0000",
            "--password-stdin",
        ],
        "newpw123\nnewpw123\n",
    );
    assert_eq!(out.code, Some(2), "no consent under --no-input");
    assert!(env.requests().is_empty(), "{:?}", env.requests());
    // Identity mismatches, each said clearly by the site.
    let out = register(
        &[
            "--birth",
            "1985-04-13",
            "--phone",
            "054-000-0000",
            "--accept-terms",
            "--password-stdin",
        ],
        "newpw123\nnewpw123\n",
    );
    assert_eq!(out.code, Some(4));
    assert!(
        out.json()[0]["message"]
            .as_str()
            .unwrap()
            .contains("生年月日")
    );
    let out = register(
        &[
            "--birth",
            "1985-04-12",
            "--phone",
            "0540000009",
            "--accept-terms",
            "--password-stdin",
        ],
        "newpw123\nnewpw123\n",
    );
    assert_eq!(out.code, Some(4));
    assert!(
        out.json()[0]["message"]
            .as_str()
            .unwrap()
            .contains("電話番号")
    );
    // A match: registered, verified by a login with it.
    let out = register(
        &[
            "--birth",
            "1985-04-12",
            "--phone",
            "０９０-００００-００００",
            "--accept-terms",
            "--password-stdin",
        ],
        "newpw123\nnewpw123\n",
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.json()[0]["outcome"], "done");
    assert!(
        out.stderr.contains("インターネットサービス利用規約") || out.stderr.contains("パスワード"),
        "terms printed"
    );
    assert_eq!(
        env.sim.with(|s| s.library.accounts[0].password.clone()),
        "newpw123"
    );
    let log = env.sim.requests();
    let stage2 = log
        .iter()
        .find(|r| r.form.iter().any(|(k, _)| k == "okCodes"))
        .unwrap();
    assert!(
        stage2
            .form
            .contains(&("okCodes".into(), "OPACAPL001".into()))
    );
    env.login_as("default", CARD, "newpw123");
}

#[test]
fn address_name_phone_explain_the_route() {
    let env = Env::new();
    for what in ["address", "name", "phone"] {
        let out = env.run(["settings", what]);
        assert_eq!(out.code, Some(2));
        let text = &out.stdout;
        assert!(text.contains("counter"), "{text}");
        assert!(text.contains("electronic application"), "{text}");
        assert!(text.contains("mail"), "{text}");
    }
    let (code, value) = env.run(["--json", "settings", "address"]).code_and_json();
    assert_eq!(code, Some(2));
    assert_eq!(value["changeable_online"], false);
    assert!(env.requests().is_empty(), "nothing sent");
}

/// A property: name, value, parameters.
type Prop = (String, String, Vec<(String, String)>);

fn vevents(text: &str) -> Vec<Vec<Prop>> {
    let unfolded = icalendar::parser::unfold(text);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("RFC 5545 calendar");
    assert!(
        cal.components
            .iter()
            .all(|c| c.name == "VCALENDAR" || c.name == "VEVENT")
    );
    let root = cal
        .components
        .iter()
        .find(|c| c.name == "VCALENDAR")
        .map_or(&cal.components, |c| &c.components);
    root.iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            c.properties
                .iter()
                .map(|p| {
                    (
                        p.name.as_str().to_string(),
                        p.val.as_str().to_string(),
                        p.params
                            .iter()
                            .map(|q| {
                                (
                                    q.key.as_str().to_string(),
                                    q.val
                                        .as_ref()
                                        .map(|v| v.as_str().to_string())
                                        .unwrap_or_default(),
                                )
                            })
                            .collect(),
                    )
                })
                .collect()
        })
        .collect()
}

fn prop<'a>(event: &'a [Prop], name: &str) -> &'a Prop {
    event
        .iter()
        .find(|(n, _, _)| n == name)
        .unwrap_or_else(|| panic!("{name} in {event:?}"))
}

#[test]
fn calendar_lists_closed_days_and_writes_ical() {
    let env = Env::new();
    let (code, days) = env
        .run(["--json", "calendar", "--library", "駿河"])
        .code_and_json();
    assert_eq!(code, Some(0));
    let days = days.as_array().unwrap();
    let expected =
        toshokan::sim::html_account::closed_days("008", "2026-11-28".parse().unwrap(), 3);
    assert_eq!(days.len(), expected.len());
    assert_eq!(days[0]["date"], expected[0].to_string());
    assert_eq!(days[0]["library"], "駿河図書館");
    assert_eq!(days[0]["library_code"], "008");
    // The start of a name wins over a part of one: 中央図書館, not 清水中央図書館.
    let (code, days) = env
        .run(["--json", "calendar", "--library", "中央"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(days[0]["library_code"], "001");
    let out = env.run(["calendar", "--library", "図書館"]);
    assert_eq!(out.code, Some(2), "ambiguous: every branch");
    let out = env.run(["calendar", "--library", "浜松"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("蒲原図書館"), "the choices are listed");
    let out = env.run(["calendar", "--library", "駿河", "--ical"]);
    assert_eq!(out.code, Some(0));
    let text = out.stdout;
    assert!(text.contains("\r\n"), "CRLF lines");
    let events = vevents(&text);
    assert_eq!(events.len(), expected.len());
    for (event, day) in events.iter().zip(&expected) {
        let start = prop(event, "DTSTART");
        assert_eq!(start.1, day.strftime("%Y%m%d").to_string());
        assert!(start.2.contains(&("VALUE".into(), "DATE".into())));
        let end = prop(event, "DTEND");
        assert!(end.1 > start.1, "DTEND after DTSTART");
        assert!(prop(event, "UID").1.starts_with("closed-008-"));
        prop(event, "DTSTAMP");
    }
    // No login needed, and calendars never touch a session.
    assert!(
        !env.requests()
            .iter()
            .any(|r| r.contains("j_security_check"))
    );
}

#[test]
fn loans_ical_has_one_event_per_loan_that_a_renewal_moves() {
    let env = Env::new();
    env.login();
    let loans = env.run(["--json", "loans"]).results();
    let out = env.run(["loans", "--ical"]);
    assert_eq!(out.code, Some(0));
    let text = out.stdout;
    let events = vevents(&text);
    assert_eq!(events.len(), loans.len());
    let uid_of = |id: &str| format!("loan-default-{id}@127_0_0_1");
    for loan in &loans {
        let id = loan["id"].as_str().expect("id");
        let event = events
            .iter()
            .find(|e| prop(e, "UID").1 == uid_of(id))
            .unwrap_or_else(|| panic!("an event for {id}: {text}"));
        let due = loan["due_on"].as_str().expect("due").replace('-', "");
        assert_eq!(prop(event, "DTSTART").1, due);
        assert!(
            prop(event, "SUMMARY")
                .1
                .contains(loan["title"].as_str().expect("title"))
        );
    }
    // A reminder the day before each due date.
    assert_eq!(text.matches("BEGIN:VALARM").count(), loans.len(), "{text}");
    assert_eq!(
        text.matches("TRIGGER;RELATED=START:-P1D").count(),
        loans.len(),
        "{text}"
    );
    assert_eq!(text.matches("ACTION:DISPLAY").count(), loans.len());
    // Long Japanese lines are folded on character boundaries (the parser
    // above read them back whole).
    assert!(text.lines().all(|l| l.len() <= 76));

    // Renewed, the loan keeps its UID and its event moves: a calendar that
    // re-imports the file updates the event instead of keeping the old one.
    let renewable = loans
        .iter()
        .find(|l| l["renewable"] == true)
        .and_then(|l| l["id"].as_str())
        .expect("a renewable loan");
    assert_eq!(env.run(["renew", renewable]).code, Some(0));
    let events = vevents(&env.run(["loans", "--ical"]).stdout);
    assert_eq!(events.len(), loans.len());
    let moved = events
        .iter()
        .find(|e| prop(e, "UID").1 == uid_of(renewable))
        .expect("the same UID after the renewal");
    assert_eq!(prop(moved, "DTSTART").1, "20261212", "today + 14");
}

#[test]
fn reservations_ical_has_the_pickup_deadlines_of_ready_items() {
    let env = Env::new();
    env.login();
    let ready: Vec<Value> = env
        .run(["--json", "reservations", "--ready"])
        .results()
        .into_iter()
        .filter(|r| !r["hold_until"].is_null())
        .collect();
    assert!(!ready.is_empty(), "the demo has items held at the counter");
    let out = env.run(["reservations", "--ical"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let events = vevents(&out.stdout);
    assert_eq!(events.len(), ready.len(), "{}", out.stdout);
    for r in &ready {
        let id = r["id"].as_str().expect("id");
        let event = events
            .iter()
            .find(|e| prop(e, "UID").1 == format!("hold-default-{id}@127_0_0_1"))
            .unwrap_or_else(|| panic!("an event for {id}"));
        let until = r["hold_until"].as_str().expect("date").replace('-', "");
        assert_eq!(prop(event, "DTSTART").1, until);
        assert!(prop(event, "SUMMARY").1.starts_with("Pick up by: "));
    }
    assert_eq!(
        out.stdout.matches("TRIGGER;RELATED=START:-P1D").count(),
        ready.len()
    );
}

/// Every 利用者情報 row is optional, but the settings writes are verified on
/// it: on a page without the row a write would go out and could only end
/// `unknown`. Refused before stage 1 instead (exit 6, nothing sent), also
/// as a dry run. With the contact row gone, the mail check before sending
/// is left to the site (a missing row is not "no address").
#[test]
fn settings_writes_are_refused_when_the_user_information_lacks_their_row() {
    let cases: [(&str, &[&str]); 6] = [
        (
            "メールアドレス",
            &["settings", "email", "set", "x@example.com", "--yes"],
        ),
        ("メールアドレス", &["settings", "email", "delete", "--yes"]),
        ("受取館", &["settings", "pickup", "駿河", "--yes"]),
        ("連絡方法", &["settings", "contact", "none", "--yes"]),
        ("読書履歴", &["history", "disable", "--yes"]),
        (
            "読書履歴",
            &["history", "enable", "--accept-terms", "--dry-run"],
        ),
    ];
    for (label, args) in cases {
        let env = Env::new();
        env.login();
        let before = env.sim.library();
        env.sim.set_faults(Faults {
            strip: vec![format!("<tr><th>{label}</th><td>[^<]*</td></tr>")],
            ..Faults::default()
        });
        env.clear_log();
        let out = env.run(args);
        assert_eq!(out.code, Some(6), "{args:?}: {}", out.stderr);
        let err = &out.stderr;
        assert!(
            err.contains("does not show")
                && err.contains(label)
                && err.contains("nothing was sent"),
            "{args:?}: {err}"
        );
        let log = env.sim.requests();
        assert!(
            log.iter()
                .all(|r| !r.path.contains("Exec") && !r.path.contains("Del")),
            "{args:?}: no stage 1: {:?}",
            env.requests()
        );
        assert!(env.writes().is_empty(), "{args:?}");
        assert_eq!(env.sim.library(), before, "{args:?}");
    }

    // The row of another fact missing does not stop a write.
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        strip: vec!["<tr><th>受取館</th><td>[^<]*</td></tr>".into()],
        ..Faults::default()
    });
    let (code, results) = env
        .run(["--json", "settings", "email", "set", "x@example.com"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["outcome"], "done");
}
