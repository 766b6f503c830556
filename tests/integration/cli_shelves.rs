//! マイ本棚 end to end: every `shelf` subcommand against the simulator,
//! refusals, the current-shelf trap, the display POST, dry runs and a
//! dropped connection.

use crate::common;

use common::{Env, stdout_json};
use predicates::prelude::*;
use serde_json::Value;
use toshokan::cli::Seed;
use toshokan::sim::Faults;
use toshokan::sim::seed::{FAMILY_CARD, FAMILY_PASSWORD};
use toshokan::sim::shelf::Shelf;

const LIST: &str = "POST /licsxp-opac/WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist";
const SWITCH: &str = "POST /licsxp-opac/WOpacSdiBookListToOtherBookDispAction.do?flg=1";
const TO_INPUT: &str = "POST /licsxp-opac/WOpacSdiBookListToInputAction.do";
const CREATE: &str = "POST /licsxp-opac/WOpacSdiBookListExecAction.do";
const TO_EDIT: &str = "POST /licsxp-opac/WOpacSdiBookListToSdiMainteAction.do";
const UPDATE_1: &str = "POST /licsxp-opac/WOpacSdiBookListUpdateAction.do?";
const UPDATE_2: &str = "POST /licsxp-opac/WOpacSdiBookListUpdateAction.do";
const DISPLAY: &str = "POST /licsxp-opac/WOpacSdiBookListDispAction.do";
const REMOVE_1: &str = "POST /licsxp-opac/WOpacSdiBookDelAction.do?flg=1";
const REMOVE_2: &str = "POST /licsxp-opac/WOpacSdiBookDelAction.do";
const DELETE_1: &str = "POST /licsxp-opac/WOpacSdiBookListDelAction.do?delflg=1";
const DELETE_2: &str = "POST /licsxp-opac/WOpacSdiBookListDelAction.do";
const DELETE_DISPLAY: &str = "POST /licsxp-opac/WOpacSdiBookMyListDispAction.do";
const ADD: &str = "POST /licsxp-opac/WOpacTifDetailAddBookListAction.do";
const DUPLICATE: &str = "このリストには、既に同一の書誌が登録されています。";

/// Nothing was written, by the simulator's log (`env.writes()`), and no
/// step of a write went out either: no stage 1 or 2, display POST or
/// one-post add (the request paths, queries aside).
fn assert_no_write(env: &Env, context: &str) {
    let requests = env.requests();
    assert!(env.writes().is_empty(), "{context}: {requests:?}");
    let steps = [
        CREATE,
        UPDATE_2,
        REMOVE_2,
        DELETE_2,
        DISPLAY,
        DELETE_DISPLAY,
        ADD,
    ];
    let sent: Vec<&String> = requests
        .iter()
        .filter(|r| steps.contains(&r.split('?').next().unwrap_or_default()))
        .collect();
    assert!(sent.is_empty(), "{context}: write steps sent: {sent:?}");
}

fn shelves(env: &Env) -> Vec<Shelf> {
    env.sim.library().accounts[0].shelves.clone()
}

fn shelf(env: &Env, number: u32) -> Shelf {
    shelves(env)
        .into_iter()
        .find(|s| s.number == number)
        .unwrap_or_else(|| panic!("no shelf {number}"))
}

fn tilcods(s: &Shelf) -> Vec<String> {
    s.items.iter().map(|i| i.bib.tilcod.clone()).collect()
}

/// A title in the catalogue that is on none of the demo shelves.
fn free_title(env: &Env, skip: usize) -> String {
    let lib = env.sim.library();
    let taken: Vec<String> = lib.accounts[0]
        .shelves
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.bib.tilcod.clone()))
        .collect();
    lib.catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| !taken.contains(t))
        .nth(skip)
        .unwrap()
}

#[test]
fn list_shows_every_shelf_with_memo_and_count() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, list) = env.run(["--json", "shelf", "list"]).code_and_json();
    assert_eq!(code, Some(0));
    let list = list.as_array().unwrap().clone();
    let want = shelves(&env);
    assert_eq!(list.len(), want.len());
    for (got, want) in list.iter().zip(&want) {
        assert_eq!(got["id"], want.number.to_string());
        assert_eq!(got["name"], want.name.as_str());
        assert_eq!(got["item_count"], want.items.len());
        let memo = (!want.memo.is_empty()).then_some(want.memo.as_str());
        assert_eq!(got["memo"].as_str(), memo);
    }
    assert_eq!(list[0]["current"], true);
    // One list read, a switch per other shelf, a switch back.
    assert_eq!(env.requests(), [LIST, SWITCH, SWITCH, SWITCH]);
    assert_no_write(&env, "");
    // The same for people.
    env.cmd()
        .args(["shelf"])
        .assert()
        .success()
        .stdout(predicate::str::contains("読みたい本").and(predicate::str::contains("静岡の本")));
}

#[test]
fn show_lists_titles_in_the_site_order() {
    let env = Env::new();
    env.login();
    let (code, shown) = env.run(["--json", "shelf", "show", "静岡"]).code_and_json();
    assert_eq!(code, Some(0));
    let want = shelf(&env, 3);
    assert_eq!(shown["id"], "3");
    assert_eq!(shown["name"], "静岡の本");
    assert_eq!(shown["memo"], "郷土の本");
    let items = shown["items"].as_array().unwrap();
    assert_eq!(items.len(), want.items.len());
    for (n, (got, item)) in items.iter().zip(&want.items).enumerate() {
        assert_eq!(got["id"], item.bib.tilcod.as_str());
        assert_eq!(got["title"], item.bib.title.as_str());
        assert_eq!(got["added_on"], item.added_on.to_string());
        assert_eq!(got["position"], n + 1);
    }
    // Without SHELF: the shelf the session shows (now 3).
    let (_, shown) = env.run(["--json", "shelf", "show"]).code_and_json();
    assert_eq!(shown["id"], "3");
    env.cmd()
        .args(["--lang", "ja", "shelf", "show", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("登録日").and(predicate::str::contains("読みたい本")));
}

#[test]
fn create_is_two_stage_and_numbered_by_the_site() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "create", "旅行の本", "--memo", "夏休み"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["outcome"], "done");
    assert_eq!(results[0]["action"], "create");
    assert_eq!(results[0]["shelf"], "4");
    assert_eq!(env.requests(), [LIST, LIST, TO_INPUT, CREATE, CREATE, LIST]);
    let log = env.sim.requests();
    assert!(
        log[3]
            .form
            .contains(&("listname".into(), "旅行の本".into()))
    );
    assert!(log[3].form.contains(&("commnt".into(), "夏休み".into())));
    assert_eq!(
        log[4].form.last(),
        Some(&("okCodes".to_string(), "OPACSDI017".to_string()))
    );
    let made = shelf(&env, 4);
    assert_eq!(
        (made.name.as_str(), made.memo.as_str()),
        ("旅行の本", "夏休み")
    );
}

#[test]
fn with_no_shelves_the_list_page_is_the_creation_form() {
    let env = Env::new();
    env.login_as("default", FAMILY_CARD, FAMILY_PASSWORD);
    let (code, list) = env.run(["--json", "shelf", "list"]).code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(list, Value::Array(Vec::new()));
    env.cmd()
        .args(["shelf", "show"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no shelves"));
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "create", "はじめての本棚"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    // No detour through the creation action: the page is the form.
    assert_eq!(env.requests(), [LIST, LIST, CREATE, CREATE, LIST]);
    let family = env.sim.library().accounts[1].shelves.clone();
    assert_eq!(family.len(), 1);
    assert_eq!(family[0].name, "はじめての本棚");
}

#[test]
fn rename_sends_the_display_post_and_only_then_changes() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "rename", "2", "絵本"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["outcome"], "done");
    assert_eq!(
        env.requests(),
        [
            LIST, LIST, SWITCH, TO_EDIT, UPDATE_1, UPDATE_2, DISPLAY, LIST
        ]
    );
    let log = env.sim.requests();
    // Stage 1 is the whole edit form with the new name in place.
    assert!(log[4].form.contains(&("listname".into(), "絵本".into())));
    assert!(log[4].form.contains(&("otherbook".into(), "2".into())));
    assert_eq!(
        log[5].form.last(),
        Some(&("okCodes".to_string(), "OPACSDI011".to_string()))
    );
    // The display POST replays the confirmed request and the redirect flag.
    let display = &log[6].form;
    assert!(display.contains(&("okCodes".into(), "OPACSDI011".into())));
    assert!(display.contains(&("listname".into(), "絵本".into())));
    assert_eq!(
        display.last().map(|(n, v)| (n.as_str(), v.as_str())),
        Some((
            "jp.co.necsoft.licsxp.base.util.validation.MessageUtil.CONFIRM_DIALOG_SEND_REDIRECT",
            "true"
        ))
    );
    assert_eq!(shelf(&env, 2).name, "絵本");
    assert_eq!(shelf(&env, 1).name, "読みたい本");
}

#[test]
fn edits_go_to_the_target_even_when_the_session_shows_another_shelf() {
    let env = Env::new();
    env.login();
    // The cached session now shows shelf 3; the site edits the current shelf.
    env.run(["--json", "shelf", "show", "3"]).code_and_json();
    let before_3 = shelf(&env, 3);
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "rename", "1", "あとで読む"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(shelf(&env, 1).name, "あとで読む");
    assert_eq!(shelf(&env, 3), before_3, "the shown shelf is untouched");
    let log = env.sim.requests();
    let switch = log
        .iter()
        .position(|r| r.path.contains("OtherBookDisp"))
        .unwrap();
    let edit = log
        .iter()
        .position(|r| r.path.contains("SdiMainte"))
        .unwrap();
    assert!(switch < edit, "switched before opening the edit screen");
    assert!(log[switch].form.contains(&("otherbook".into(), "1".into())));

    // Removing a title and deleting a shelf work the same way.
    env.run(["--json", "shelf", "show", "3"]).code_and_json();
    let target = shelf(&env, 2).items[0].bib.tilcod.clone();
    let (code, _) = env
        .run(["--json", "shelf", "remove", "子ども", &target, "--yes"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert!(!tilcods(&shelf(&env, 2)).contains(&target));
    assert_eq!(shelf(&env, 3), before_3);
    env.run(["--json", "shelf", "show", "3"]).code_and_json();
    let (code, _) = env
        .run(["--json", "shelf", "delete", "1", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(0));
    let numbers: Vec<u32> = shelves(&env).iter().map(|s| s.number).collect();
    assert_eq!(numbers, [2, 3]);
    assert_eq!(shelf(&env, 3), before_3);
}

#[test]
fn shelf_and_title_memos_change_hidden_and_visible_fields() {
    let env = Env::new();
    env.login();
    let (code, _) = env
        .run(["--json", "shelf", "memo", "1", "冬に読む"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(shelf(&env, 1).memo, "冬に読む");
    let target = shelf(&env, 1).items[1].bib.tilcod.clone();
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "shelf",
            "memo",
            "1",
            "図書館で読む",
            "--item",
            &target,
        ])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["id"], target.as_str());
    let stage1 = env
        .sim
        .requests()
        .into_iter()
        .find(|r| r.path.ends_with("UpdateAction.do"))
        .unwrap();
    let memos = |name: &str| {
        stage1
            .form
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(memos("bookcmnt")[1], "図書館で読む");
    assert_eq!(memos("eachcmnt")[1], "図書館で読む");
    assert_eq!(shelf(&env, 1).items[1].memo, "図書館で読む");
    // Asking for what is already there sends nothing.
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "shelf",
            "memo",
            "1",
            "図書館で読む",
            "--item",
            &target,
        ])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
    assert_no_write(&env, "");
}

/// A memo cell is an optional fact (the page reads without it), but the
/// memo edits are verified on it: on a page without the cell they are
/// refused before anything is sent (exit 6), not sent to end `unknown`.
#[test]
fn memo_edits_are_refused_when_the_page_shows_no_memo() {
    let shelf_memo = r#"(?s)<tr><td class="memo"[^>]*>.*?</td></tr>"#;
    // The list's title rows only (the edit screen's memo fields stay).
    let title_memo = r#"(?s)<div class="memo" style="word-break:break-all">.*?</div>"#;
    let target = {
        let env = Env::new();
        shelf(&env, 1).items[1].bib.tilcod.clone()
    };
    let cases: [(&str, Vec<&str>, &str); 4] = [
        (shelf_memo, vec!["memo", "1", "冬に読む"], "td.memo"),
        // Clearing it would otherwise be "unchanged" (nothing shown).
        (shelf_memo, vec!["memo", "1", ""], "td.memo"),
        (
            title_memo,
            vec!["memo", "1", "図書館で読む", "--item", &target],
            "div.memo",
        ),
        (
            shelf_memo,
            vec!["create", "秋の本", "--memo", "あとで"],
            "td.memo",
        ),
    ];
    for (strip, args, cell) in cases {
        let env = Env::new();
        env.login();
        let before = env.sim.library();
        env.sim.set_faults(Faults {
            strip: vec![strip.to_string()],
            ..Faults::default()
        });
        env.clear_log();
        let out = env
            .cmd()
            .args(["--no-input", "shelf"])
            .args(&args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(6), "{args:?}: {err}");
        assert!(
            err.contains("does not show") && err.contains(cell) && err.contains("nothing was sent"),
            "{args:?}: {err}"
        );
        assert_no_write(&env, &format!("{args:?}"));
        assert!(
            !env.requests().iter().any(|r| r == TO_EDIT || r == TO_INPUT),
            "{args:?}: refused before the edit screen"
        );
        assert_eq!(env.sim.library(), before, "{args:?}");
    }

    // Renaming and moving do not need the memo cells.
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        strip: vec![shelf_memo.to_string(), title_memo.to_string()],
        ..Faults::default()
    });
    let (code, results) = env
        .run(["--json", "shelf", "rename", "1", "冬の本"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["outcome"], "done");
}

#[test]
fn add_from_the_detail_page_with_a_memo() {
    let env = Env::new();
    env.login();
    let (a, b) = (free_title(&env, 0), free_title(&env, 1));
    env.clear_log();
    let (code, results) = env
        .run([
            "--json",
            "shelf",
            "add",
            "静岡の本",
            &a,
            &b,
            "--memo",
            "借りる",
        ])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert!(
        results
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "done")
    );
    let added = shelf(&env, 3);
    let n = added.items.len();
    assert_eq!(tilcods(&added)[n - 2..], [a.clone(), b.clone()]);
    assert!(added.items[n - 2..].iter().all(|i| i.memo == "借りる"));
    let adds: Vec<_> = env
        .sim
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("AddBookListAction.do"))
        .collect();
    assert_eq!(adds.len(), 2, "one POST per title");
    let form = &adds[0].form;
    assert!(form.contains(&("booklist".into(), "3".into())));
    assert!(form.contains(&("btnflg".into(), "1".into())));
    assert!(form.contains(&("commnt".into(), "借りる".into())));
    assert!(form.contains(&("gamenid".into(), "tiles.WTifTilDetail2".into())));
    // Without --memo the placeholder is not sent.
    let c = free_title(&env, 2);
    env.run(["--json", "shelf", "add", "1", &c]).code_and_json();
    let item = shelf(&env, 1).items.last().unwrap().clone();
    assert_eq!(
        (item.bib.tilcod.as_str(), item.memo.as_str()),
        (c.as_str(), "")
    );
}

#[test]
fn adding_a_title_already_on_the_shelf_is_refused_with_the_sites_message() {
    let env = Env::new();
    env.login();
    let there = shelf(&env, 1).items[0].bib.tilcod.clone();
    let new = free_title(&env, 0);
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "add", "1", &there])
        .code_and_json();
    assert_eq!(code, Some(4));
    assert_eq!(results[0]["outcome"], "refused");
    assert!(results[0]["message"].as_str().unwrap().contains(DUPLICATE));
    assert_no_write(&env, "nothing sent");
    // With a new title in the same batch: partial.
    let (code, results) = env
        .run(["--json", "shelf", "add", "1", &there, &new])
        .code_and_json();
    assert_eq!(code, Some(7));
    assert_eq!(results[1]["outcome"], "done");
}

#[test]
fn add_with_new_creates_the_shelf_first() {
    let env = Env::new();
    env.login();
    let a = free_title(&env, 3);
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "add", "--new", "図鑑", &a])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["action"], "create");
    assert_eq!(results[1]["action"], "add");
    assert_eq!(results[1]["shelf"], "4");
    let made = shelf(&env, 4);
    assert_eq!(made.name, "図鑑");
    assert_eq!(tilcods(&made), [a]);
    let requests = env.requests();
    let created = requests.iter().rposition(|r| r == CREATE).unwrap();
    let added = requests.iter().position(|r| r == ADD).unwrap();
    assert!(created < added);
}

#[test]
fn remove_from_the_edit_screen_with_the_hidden_tilcod() {
    let env = Env::new();
    env.login();
    let before = shelf(&env, 1);
    let target = before.items[2].bib.tilcod.clone();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "remove", "読みたい本", &target, "--yes"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["outcome"], "done");
    assert_eq!(
        env.requests(),
        [LIST, LIST, SWITCH, TO_EDIT, REMOVE_1, REMOVE_2, LIST]
    );
    let log = env.sim.requests();
    assert_eq!(
        log[4].form.iter().find(|(n, _)| n == "tilcod"),
        Some(&("tilcod".to_string(), target.clone()))
    );
    assert_eq!(
        log[5].form.last(),
        Some(&("okCodes".to_string(), "OPACSDI033".to_string()))
    );
    let after = shelf(&env, 1);
    assert_eq!(after.items.len(), before.items.len() - 1);
    assert!(!tilcods(&after).contains(&target));
    // A title not on the shelf is a usage error before anything is sent.
    env.clear_log();
    env.cmd()
        .args(["--no-input", "shelf", "remove", "1", &target, "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not on shelf"));
    assert_no_write(&env, "");
}

#[test]
fn move_rewrites_the_order_one_to_n() {
    let env = Env::new();
    env.login();
    let before = tilcods(&shelf(&env, 1));
    let last = before.last().unwrap().clone();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "move", "1", &last, "--to", "2"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(results[0]["position"], 2);
    let mut want = before.clone();
    want.pop();
    want.insert(1, last.clone());
    assert_eq!(tilcods(&shelf(&env, 1)), want);
    let stage1 = env
        .sim
        .requests()
        .into_iter()
        .find(|r| r.path.ends_with("UpdateAction.do"))
        .unwrap();
    let values = |name: &str| {
        stage1
            .form
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    // Rows are in the old order; both hidden and visible orders are set.
    assert_eq!(values("sortno"), ["1", "3", "4", "2"]);
    assert_eq!(values("eachsortno"), values("sortno"));
    // Out of range, or already there.
    env.cmd()
        .args(["--no-input", "shelf", "move", "1", &last, "--to", "9"])
        .assert()
        .code(2);
    let (code, results) = env
        .run(["--json", "shelf", "move", "1", &last, "--to", "2"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert_eq!(results[0]["outcome"], "skipped");
}

#[test]
fn delete_shelves_down_to_none() {
    let env = Env::new();
    env.login();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "delete", "子ども向け", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(0), "{results}");
    assert_eq!(
        env.requests(),
        [
            LIST,
            SWITCH,
            LIST,
            SWITCH,
            DELETE_1,
            DELETE_2,
            DELETE_DISPLAY,
            LIST
        ]
    );
    let log = env.sim.requests();
    let stage2 = &log[5].form;
    assert_eq!(stage2[0], ("delflg".to_string(), "1".to_string()));
    assert_eq!(
        stage2.last(),
        Some(&("okCodes".to_string(), "OPACSDI010".to_string()))
    );
    assert_eq!(shelves(&env).len(), 2);
    // The last one too: then there are none.
    env.run(["--json", "shelf", "delete", "1", "--yes"])
        .code_and_json();
    let (code, _) = env
        .run(["--json", "shelf", "delete", "3", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(0));
    assert!(shelves(&env).is_empty());
    let (_, list) = env.run(["--json", "shelf", "list"]).code_and_json();
    assert_eq!(list, Value::Array(Vec::new()));
    env.cmd()
        .args(["shelf"])
        .assert()
        .success()
        .stderr(predicate::str::contains("No shelves"));
}

#[test]
fn bad_shelves_names_and_ids_are_usage_errors() {
    let env = Env::new();
    env.login();
    env.clear_log();
    env.cmd()
        .args(["--no-input", "shelf", "show", "9"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no such shelf").and(predicate::str::contains("1 読みたい本")),
        );
    env.cmd()
        .args(["--no-input", "shelf", "delete", "本", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ambiguous").and(predicate::str::contains("3 静岡の本")));
    let long = "あ".repeat(51);
    env.cmd()
        .args(["--no-input", "shelf", "create", &long])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("longer than the site allows"));
    env.cmd()
        .args(["--no-input", "shelf", "rename", "1", &long])
        .assert()
        .code(2);
    env.cmd()
        .args(["--no-input", "shelf", "create", "静岡の本"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists"));
    env.cmd()
        .args(["--no-input", "shelf", "add", "1", "12345"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("malformed"));
    env.cmd()
        .args(["--no-input", "shelf", "add", "1"])
        .assert()
        .code(2);
    assert_no_write(&env, "");
    // Exactly 50 is fine.
    let (code, _) = env
        .run(["--json", "shelf", "create", &"あ".repeat(50)])
        .code_and_json();
    assert_eq!(code, Some(0));
}

#[test]
fn dry_run_sends_no_write() {
    let env = Env::new();
    env.login();
    let before = shelves(&env);
    let item = before[0].items[0].bib.tilcod.clone();
    let free = free_title(&env, 0);
    env.clear_log();
    for args in [
        vec!["create", "x", "--dry-run"],
        vec!["rename", "1", "y", "--dry-run"],
        vec!["memo", "1", "z", "--dry-run"],
        vec!["memo", "1", "z", "--item", &item, "--dry-run"],
        vec!["add", "2", &free, "--dry-run"],
        vec!["add", "--new", "n", &free, "--dry-run"],
        vec!["remove", "1", &item, "--dry-run"],
        vec!["move", "1", &item, "--to", "3", "--dry-run"],
        vec!["delete", "1", "--dry-run"],
    ] {
        let (code, results) = env
            .run(["--json", "shelf"].iter().chain(&args))
            .code_and_json();
        assert_eq!(code, Some(0), "{args:?}: {results}");
        for r in results.as_array().unwrap() {
            assert_eq!(r["outcome"], "skipped", "{args:?}");
            assert!(r["message"].as_str().unwrap().contains("dry run"));
        }
    }
    assert_no_write(&env, "");
    assert_eq!(shelves(&env), before);
}

#[test]
fn dropped_connection_after_a_write_is_unknown_and_applied_once() {
    let env = Env::new();
    env.login();
    env.sim.set_faults(Faults {
        drop_after_write: true,
        ..Faults::default()
    });
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "rename", "1", "落ちた"])
        .code_and_json();
    assert_eq!(code, Some(8), "{results}");
    assert_eq!(results[0]["outcome"], "unknown");
    assert_eq!(shelf(&env, 1).name, "落ちた");
    let requests = env.requests();
    assert_eq!(requests.iter().filter(|r| *r == DISPLAY).count(), 1);
    assert_eq!(requests.iter().filter(|r| *r == UPDATE_2).count(), 1);
    // The lost answer carried the next page token: log in again.
    env.login();

    let free = free_title(&env, 0);
    let before = shelf(&env, 2).items.len();
    env.clear_log();
    let (code, results) = env
        .run(["--json", "shelf", "add", "2", &free])
        .code_and_json();
    assert_eq!(code, Some(8), "{results}");
    assert_eq!(results[0]["outcome"], "unknown");
    assert_eq!(env.requests().iter().filter(|r| *r == ADD).count(), 1);
    assert_eq!(shelf(&env, 2).items.len(), before + 1);
    env.login();

    env.clear_log();
    let (code, _) = env
        .run(["--json", "shelf", "delete", "3", "--yes"])
        .code_and_json();
    assert_eq!(code, Some(8));
    assert_eq!(env.requests().iter().filter(|r| *r == DELETE_2).count(), 1);
    assert_eq!(shelves(&env).len(), 2);
}

#[test]
fn a_different_question_is_never_confirmed() {
    let env = Env::new();
    env.login();
    let before = shelves(&env);
    env.sim.set_faults(Faults {
        wrong_confirmation_code: true,
        ..Faults::default()
    });
    for args in [
        vec!["rename", "1", "x"],
        vec!["delete", "2", "--yes"],
        vec!["create", "y"],
    ] {
        env.clear_log();
        let (code, results) = env
            .run(["--json", "shelf"].iter().chain(&args))
            .code_and_json();
        assert_eq!(code, Some(6), "{args:?}: {results}");
        assert_eq!(results[0]["outcome"], "failed");
        assert!(
            !env.requests()
                .iter()
                .any(|r| r == UPDATE_2 || r == DELETE_2),
            "no stage 2"
        );
    }
    assert_eq!(shelves(&env), before);
}

#[test]
fn the_demo_keeps_shelves_between_runs() {
    let env = Env::with_seed(Seed::Demo);
    let dir = env.dir.path().join("demo");
    let demo = |args: &[&str]| {
        common::bare_cmd(env.dir.path())
            .env("TOSHOKAN_CONFIG_DIR", &dir)
            .args(["--demo", "--no-input", "--json", "shelf"])
            .args(args)
            .output()
            .unwrap()
    };
    assert!(demo(&["create", "デモの棚"]).status.success());
    let list = stdout_json(&demo(&["list"]));
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "デモの棚")
    );
}
