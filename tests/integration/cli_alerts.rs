//! 新着資料 (`new`) and 新着図書お知らせ (`alert …`) end to end against the
//! simulator: every subcommand, the refusals, exactly-once writes, and
//! `alert check` against titles added to the simulator's new arrivals.

use crate::common;

use common::Env;
use predicates::prelude::*;
use serde_json::Value;
use toshokan::sim::Faults;
use toshokan::sim::sdi::{self, SimAlert};
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};
use toshokan::sim::state::Bib;

const MENU: &str = "GET /licsxp-opac/WOpacMsgNewMenuDispAction.do?moveToGamenId=msgnewmenu";
const LIST: &str = "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=newpcfsdi";
const INPUT: &str = "POST /licsxp-opac/WOpacSdiTmeMenuToInputAction.do";
const ADD: &str = "POST /licsxp-opac/WOpacSdiInputExecAction.do";
const EDIT: &str = "POST /licsxp-opac/WOpacSdiInputUpdateAction.do";
const DELETE: &str = "POST /licsxp-opac/WOpacSdiTmeDelAction.do?delflg=1";
const DELETE_CONFIRM: &str = "POST /licsxp-opac/WOpacSdiTmeDelAction.do";

/// The demo patron's conditions as the simulator holds them.
fn held(env: &Env) -> Vec<SimAlert> {
    let lib = env.sim.library();
    lib.sdi.alerts_of(&lib.accounts[0].card).to_vec()
}

/// Nothing was written, by the simulator's log (`env.writes()`), and
/// nothing went out past the list and the form: no stage 1 or 2.
fn assert_no_write(env: &Env, context: &str) {
    let requests = env.requests();
    assert!(env.writes().is_empty(), "{context}: {requests:?}");
    assert!(
        requests.iter().all(|r| r == LIST || r == INPUT),
        "{context}: more than the list and the form: {requests:?}"
    );
}

/// Puts a title on a genre's list of the simulator, arriving today.
fn arrive(env: &Env, genre: &str, tilcod: &str, title: &str, author: &str, subject: &str) {
    env.sim.with(|s| {
        let bib = Bib {
            tilcod: tilcod.into(),
            title: title.into(),
            author: Some(author.into()),
            role: Some("著".into()),
            publisher: Some("静岡新聞社".into()),
            material_type: "一般図書".into(),
        };
        let today = s.library.today;
        let t = sdi::new_title(&s.library, bib, "913.6", "1", subject, 7);
        sdi::add_arrival(&mut s.library, genre, t, "", today);
    });
}

// ------------------------------------------------------------------- new

#[test]
fn genres_are_listed_without_login() {
    let env = Env::new();
    let (code, json) = env.run(["--json", "new", "--list-genres"]).code_and_json();
    assert_eq!(code, Some(0));
    let genres = json.as_array().unwrap();
    assert_eq!(genres.len(), env.sim.library().sdi.genres.len());
    assert!(
        genres
            .iter()
            .any(|g| g["code"] == "22" && g["name"] == "日本の小説")
    );
    assert_eq!(env.requests(), [MENU], "one public page, no login");
}

#[test]
fn one_genre_by_code_or_name() {
    let env = Env::new();
    let expected = env.sim.library().sdi.arrivals_in("22").len();
    assert!(expected > 0);
    for genre in ["22", "日本の小説"] {
        env.clear_log();
        let (code, json) = env.run(["--json", "new", "--genre", genre]).code_and_json();
        assert_eq!(code, Some(0));
        let rows = json.as_array().unwrap();
        assert_eq!(rows.len(), expected);
        for r in rows {
            assert_eq!(r["genre"], "22");
            assert_eq!(r["genre_name"], "日本の小説");
            assert_eq!(r["id"].as_str().unwrap().len(), 13);
            assert!(r.get("available").is_some());
        }
        assert_eq!(
            env.requests(),
            [
                MENU,
                "GET /licsxp-opac/WOpacMsgNewMenuToMsgNewListAction.do?newMenuCode=22"
            ]
        );
    }
}

/// The README's example (issue 14 item 11): a part of the name several
/// genres share reads each of them.
#[test]
fn a_genre_word_several_names_share_reads_them_all() {
    let env = Env::new();
    let lib = env.sim.library();
    let expected = lib.sdi.arrivals_in("22").len() + lib.sdi.arrivals_in("23").len();
    let (code, json) = env
        .run(["--json", "new", "--genre", "小説"])
        .code_and_json();
    assert_eq!(code, Some(0), "{json}");
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), expected);
    let mut names: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["genre_name"].as_str())
        .collect();
    names.dedup();
    assert_eq!(names, ["日本の小説", "外国の小説"]);
    // A name that starts with the word is one genre.
    let (code, json) = env
        .run(["--json", "new", "--genre", "日本"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(
        json.as_array().unwrap().len(),
        lib.sdi.arrivals_in("22").len()
    );
}

#[test]
fn every_genre_without_a_progress_bar_off_a_terminal() {
    let env = Env::new();
    let lib = env.sim.library();
    let out = env.run(["--json", "new"]);
    let (code, json, stderr) = (out.code, out.json(), out.stderr);
    assert_eq!(code, Some(0));
    assert_eq!(json.as_array().unwrap().len(), lib.sdi.arrivals.len());
    assert_eq!(env.requests().len(), 1 + lib.sdi.genres.len());
    assert!(stderr.is_empty(), "no progress bar on a pipe: {stderr}");
    // People get a table.
    let newest = lib
        .title(&lib.sdi.arrivals[0].tilcod)
        .unwrap()
        .bib
        .title
        .clone();
    env.cmd()
        .args(["new", "--genre", &lib.sdi.arrivals[0].genre])
        .assert()
        .success()
        .stdout(predicate::str::contains(newest));
}

#[test]
fn an_unknown_genre_lists_the_codes() {
    let env = Env::new();
    let out = env.run(["--json", "new", "--genre", "99"]);
    let (code, stderr) = (out.code, out.stderr);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("unknown genre"), "{stderr}");
    assert!(stderr.contains("22 日本の小説"), "{stderr}");
    assert_eq!(env.requests(), [MENU], "no list was asked for");
}

// ------------------------------------------------------------ alert reads

#[test]
fn list_and_show_the_registered_conditions() {
    let env = Env::new();
    env.login();
    let (code, json) = env.run(["--json", "alert", "list"]).code_and_json();
    assert_eq!(code, Some(0));
    let alerts = json.as_array().unwrap();
    let names: Vec<&str> = alerts.iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["静岡の新刊", "宮部みゆき", "こどもの恐竜の本"]);
    assert_eq!(alerts[0]["keyword"], "静岡");
    assert_eq!(alerts[0]["title"], Value::Null);
    assert_eq!(alerts[2]["material_type"], "児童");

    let (code, json) = env
        .run(["--json", "alert", "show", "宮部みゆき"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json["author"], "宮部みゆき");
    assert_eq!(json["id"], held(&env)[1].code.as_str());
    // Width and spaces do not matter when naming one.
    let (code, json) = env
        .run(["--json", "alert", "show", "こどもの 恐竜の本"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json["title"], "恐竜");

    // The shared rule for names: the start of a name, else a part of one
    // (issue 14 item 11); two names with the word are ambiguous.
    let (code, json) = env.run(["--json", "alert", "show", "宮部"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json["name"], "宮部みゆき");
    let (code, json) = env.run(["--json", "alert", "show", "恐竜"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json["name"], "こどもの恐竜の本");
    let out = env.run(["--lang", "en", "alert", "show", "の"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("ambiguous"), "{}", out.stderr);

    let out = env.run(["--json", "alert", "show", "ない条件"]);
    let (code, stderr) = (out.code, out.stderr);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("静岡の新刊"), "names are listed: {stderr}");
    // People get a table.
    env.cmd()
        .args(["alert"])
        .assert()
        .success()
        .stdout(predicate::str::contains("keyword=静岡"));
}

#[test]
fn alerts_need_a_session() {
    let env = Env::new();
    env.cmd()
        .args(["--no-input", "alert", "list"])
        .assert()
        .code(3);
}

// ----------------------------------------------------------- alert writes

#[test]
fn add_is_two_stage_and_verified_on_the_list() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, json) = env
        .run([
            "--json",
            "alert",
            "add",
            "富士山の本",
            "--title",
            "富士山",
            "--type",
            "children",
        ])
        .code_and_json();
    assert_eq!(code, Some(0), "{json}");
    let r = &json[0];
    assert_eq!(r["outcome"], "done");
    assert_eq!(r["action"], "add");
    assert_eq!(r["name"], "富士山の本");
    let now = held(&env);
    assert_eq!(now.len(), 4);
    let added = &now[3];
    assert_eq!(r["id"], added.code.as_str());
    assert_eq!((added.title.as_str(), added.kind.as_str()), ("富士山", "2"));
    assert_eq!(env.requests(), [LIST, INPUT, ADD, ADD, LIST]);
    let log = env.sim.requests();
    assert!(log[2].form.contains(&("sdititle".into(), "富士山".into())));
    assert!(
        log[2]
            .form
            .contains(&("serchname".into(), "富士山の本".into()))
    );
    assert_eq!(
        log[3].form.last(),
        Some(&("okCodes".to_string(), "OPACSDI201".to_string()))
    );
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let env = Env::new();
    env.login();
    env.clear_log();
    // No condition field: not even the list is read.
    let out = env.run(["--json", "alert", "add", "空の条件"]);
    let (code, stderr) = (out.code, out.stderr);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("--title"), "{stderr}");
    let (code, _) = env
        .run(["--json", "alert", "add", "空の条件", "--title", "  "])
        .code_and_json();
    assert_eq!(code, Some(2));
    assert!(env.requests().is_empty(), "{:?}", env.requests());
    // A name in use.
    let out = env.run(["--json", "alert", "add", "宮部みゆき", "--author", "宮部"]);
    let (code, stderr) = (out.code, out.stderr);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("alert edit"), "{stderr}");
    // Unknown names.
    for args in [
        &["alert", "edit", "ない条件", "--title", "x"][..],
        &["alert", "delete", "静岡の新刊", "ない条件", "--yes"][..],
        &["alert", "check", "ない条件"][..],
    ] {
        let (code, _) = env.run(["--json"].iter().chain(args)).code_and_json();
        assert_eq!(code, Some(2), "{args:?}");
    }
    // An unknown kind, a name too long.
    let (code, _) = env
        .run([
            "--json", "alert", "add", "x", "--title", "y", "--type", "comics",
        ])
        .code_and_json();
    assert_eq!(code, Some(2));
    let long = "長".repeat(51);
    let (code, _) = env
        .run(["--json", "alert", "add", &long, "--title", "y"])
        .code_and_json();
    assert_eq!(code, Some(2));
    assert_no_write(&env, "nothing written");
    assert_eq!(held(&env).len(), 3);
}

#[test]
fn dry_run_sends_no_write() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, json) = env
        .run([
            "--json",
            "alert",
            "add",
            "試し",
            "--keyword",
            "猫",
            "--dry-run",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json[0]["outcome"], "skipped");
    let (code, json) = env
        .run(["--json", "alert", "delete", "静岡の新刊", "--dry-run"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json[0]["outcome"], "skipped");
    assert_no_write(&env, "");
    assert_eq!(held(&env).len(), 3);
}

#[test]
fn the_library_refuses_without_mail_and_over_the_limit() {
    let env = Env::new();
    // The family card has no e-mail address: the site says so at stage 1.
    env.login_as("family", FAMILY_CARD, FAMILY_PASSWORD);
    let (code, json) = env
        .run([
            "--json",
            "--profile",
            "family",
            "alert",
            "add",
            "猫",
            "--title",
            "猫",
        ])
        .code_and_json();
    assert_eq!(code, Some(4));
    assert_eq!(json[0]["outcome"], "refused");
    assert!(
        json[0]["message"]
            .as_str()
            .unwrap()
            .contains("メールアドレス")
    );

    env.login();
    env.sim.with(|s| {
        let card = s.library.accounts[0].card.clone();
        for n in 0..7 {
            let alert = SimAlert {
                name: format!("条件{n}"),
                keyword: format!("語{n}"),
                kind: "0".into(),
                ..SimAlert::default()
            };
            sdi::register(&mut s.library, &card, alert);
        }
    });
    env.clear_log();
    let (code, json) = env
        .run(["--json", "alert", "add", "十一件目", "--title", "海"])
        .code_and_json();
    assert_eq!(code, Some(4));
    assert!(
        json[0]["message"].as_str().unwrap().contains("10件まで"),
        "{json}"
    );
    assert_eq!(env.requests(), [LIST, INPUT, ADD, LIST], "stage 1 only");
    assert_eq!(held(&env).len(), 10);
}

#[test]
fn edit_changes_only_the_asked_fields() {
    let env = Env::new();
    env.login();
    let before = held(&env)[1].clone();
    env.clear_log();
    let (code, json) = env
        .run([
            "--json",
            "alert",
            "edit",
            "宮部みゆき",
            "--rename",
            "宮部さん",
            "--keyword",
            "ミステリ",
        ])
        .code_and_json();
    assert_eq!(code, Some(0), "{json}");
    assert_eq!(json[0]["outcome"], "done");
    assert_eq!(json[0]["name"], "宮部さん");
    let after = held(&env)[1].clone();
    assert_eq!(after.code, before.code);
    assert_eq!(after.name, "宮部さん");
    assert_eq!(after.author, before.author, "untouched");
    assert_eq!(after.keyword, "ミステリ");
    assert_eq!(after.registered_on, before.registered_on);
    assert_eq!(env.requests(), [LIST, INPUT, EDIT, EDIT, LIST]);
    let log = env.sim.requests();
    assert!(
        log[2]
            .form
            .contains(&("sdicod".into(), before.code.clone()))
    );
    assert_eq!(
        log[3].form.last(),
        Some(&("okCodes".to_string(), "OPACSDI202".to_string()))
    );

    // Nothing to change: skipped, nothing sent.
    env.clear_log();
    let (code, json) = env
        .run([
            "--json",
            "alert",
            "edit",
            "宮部さん",
            "--keyword",
            "ミステリ",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json[0]["outcome"], "skipped");
    assert_no_write(&env, "");
    // Clearing the last field leaves no condition; a taken name is refused.
    let (code, _) = env
        .run(["--json", "alert", "edit", "静岡の新刊", "--keyword", ""])
        .code_and_json();
    assert_eq!(code, Some(2));
    let (code, _) = env
        .run([
            "--json",
            "alert",
            "edit",
            "静岡の新刊",
            "--rename",
            "宮部さん",
        ])
        .code_and_json();
    assert_eq!(code, Some(2));
    assert_no_write(&env, "");
    // Clearing a kind with `all`.
    let (code, _) = env
        .run([
            "--json",
            "alert",
            "edit",
            "こどもの恐竜の本",
            "--type",
            "all",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(held(&env)[2].kind, "0");
}

#[test]
fn delete_each_once_and_verified() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, json) = env
        .run([
            "--json",
            "alert",
            "delete",
            "静岡の新刊",
            "こどもの恐竜の本",
            "--yes",
        ])
        .code_and_json();
    assert_eq!(code, Some(0), "{json}");
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(
        rows.iter()
            .all(|r| r["outcome"] == "done" && r["action"] == "delete")
    );
    let names: Vec<String> = held(&env).iter().map(|a| a.name.clone()).collect();
    assert_eq!(names, ["宮部みゆき"]);
    assert_eq!(
        env.requests(),
        [
            LIST,
            DELETE,
            DELETE_CONFIRM,
            LIST,
            DELETE,
            DELETE_CONFIRM,
            LIST
        ]
    );
    let log = env.sim.requests();
    assert_eq!(
        log[2].form.last(),
        Some(&("okCodes".to_string(), "OPACSDI203".to_string()))
    );
}

#[test]
fn a_lost_answer_is_unknown_and_never_resent() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, json) = env
        .run(["--json", "alert", "add", "猫の本", "--title", "猫"])
        .code_and_json();
    assert_eq!(code, Some(8));
    assert_eq!(json[0]["outcome"], "unknown");
    assert_eq!(held(&env).len(), 4, "applied once");
    assert_eq!(env.writes(), [ADD], "written once");
    assert_eq!(
        env.requests().iter().filter(|r| *r == ADD).count(),
        2,
        "stage 1 and stage 2, each once: {:?}",
        env.requests()
    );
}

#[test]
fn another_question_is_not_confirmed() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        wrong_confirmation_code: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, json) = env
        .run([
            "--json",
            "alert",
            "delete",
            "静岡の新刊",
            "宮部みゆき",
            "--yes",
        ])
        .code_and_json();
    assert_eq!(code, Some(6));
    assert_eq!(json[0]["outcome"], "failed");
    assert_eq!(json[1]["outcome"], "skipped", "the batch stops");
    assert_eq!(held(&env).len(), 3);
    assert_eq!(env.requests(), [LIST, DELETE], "no confirmation sent");
}

// ------------------------------------------------------------ alert check

#[test]
fn check_finds_a_matching_new_title_and_ignores_others() {
    let env = Env::new();
    env.login();
    let (code, _) = env
        .run([
            "--json",
            "alert",
            "add",
            "試験の本",
            "--title",
            "toshokan試験",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    let (code, _) = env
        .run(["--json", "alert", "add", "件名で", "--subject", "試験件名"])
        .code_and_json();
    assert_eq!(code, Some(0));
    // Full-width letters on the site; a title that matches nothing; one by 件名 only.
    arrive(
        &env,
        "22",
        "1009900000011",
        "ＴＯＳＨＯＫＡＮ試験の本",
        "静岡 太郎",
        "",
    );
    arrive(
        &env,
        "22",
        "1009900000022",
        "まったく別の話",
        "静岡 太郎",
        "",
    );
    arrive(
        &env,
        "03",
        "1009900000033",
        "書名には出ない",
        "静岡 太郎",
        "試験件名",
    );

    let (code, json) = env.run(["--json", "alert", "check"]).code_and_json();
    assert_eq!(code, Some(0));
    let matches = json.as_array().unwrap();
    let of =
        |alert: &str| -> Vec<&Value> { matches.iter().filter(|m| m["alert"] == alert).collect() };
    let by_title = of("試験の本");
    assert_eq!(by_title.len(), 1, "{json}");
    assert_eq!(by_title[0]["id"], "1009900000011");
    assert_eq!(by_title[0]["title"], "ＴＯＳＨＯＫＡＮ試験の本");
    assert_eq!(by_title[0]["matched_on"], serde_json::json!(["title"]));
    assert_eq!(by_title[0]["condition"]["title"], "toshokan試験");
    assert_eq!(by_title[0]["genre"], "22");
    let by_subject = of("件名で");
    assert_eq!(by_subject.len(), 1, "{json}");
    assert_eq!(by_subject[0]["id"], "1009900000033");
    // The other title is only found by the demo's keyword 静岡 (in its publisher).
    let other: Vec<&Value> = matches
        .iter()
        .filter(|m| m["id"] == "1009900000022")
        .collect();
    assert_eq!(other.len(), 1, "{json}");
    assert_eq!(other[0]["alert"], "静岡の新刊");
    assert_eq!(other[0]["matched_on"], serde_json::json!(["keyword"]));

    // Only the named condition; the table names the condition that matched.
    let (code, json) = env
        .run(["--json", "alert", "check", "試験の本"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .all(|m| m["alert"] == "試験の本")
    );
    env.cmd()
        .args(["alert", "check", "試験の本"])
        .assert()
        .success()
        .stdout(predicate::str::contains("title=toshokan試験"))
        .stdout(predicate::str::contains("1009900000011"));
}

#[test]
fn check_with_nothing_new_is_still_success() {
    let env = Env::new();
    env.login();
    let (code, _) = env
        .run([
            "--json",
            "alert",
            "add",
            "ない本",
            "--title",
            "存在しない書名",
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    let (code, json) = env
        .run(["--json", "alert", "check", "ない本"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json, serde_json::json!([]));
    // No conditions at all: no list of arrivals is read.
    let env = Env::with_seed(toshokan::cli::Seed::Empty);
    env.login();
    env.clear_log();
    let (code, json) = env.run(["--json", "alert", "check"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(json, serde_json::json!([]));
    assert_eq!(env.requests(), [LIST]);
}
