//! What every command prints on the demo library, as `insta` snapshots
//! (`snapshots/integration__snapshot__*.snap` beside this file): each read
//! command's table and its `--json`, and a dry run of each write. A change
//! to any output shows up as a diff to review; the snapshot is the
//! reviewed output.
//!
//! Deterministic: the simulator seeded like `--demo` on the fixed today,
//! English (`LANG=C`), no colour (`NO_COLOR`), and stdout is a pipe, so
//! tables are never fitted to a terminal (`COLUMNS` is set all the same).
//!
//! Update after an intended change: `cargo insta test --review` (with
//! cargo-insta), or `INSTA_UPDATE=always cargo test --test integration
//! snapshot` and read the diff of the `.snap` files before committing. In
//! CI (`CI=true`) a missing or different snapshot fails.

use crate::common;

use common::{Env, Run, RunCommand};
use toshokan::sim::Library;
use toshokan::sim::state::RsvStatus;

/// The demo library with its card logged in; no request logged yet.
fn demo() -> Env {
    let env = Env::new();
    env.login();
    env.clear_log();
    env
}

/// `toshokan --no-input ARGS` as the snapshot shows it: the exit code, then
/// stdout and stderr.
fn shown(out: &Run) -> String {
    format!(
        "exit: {}\n----- stdout\n{}----- stderr\n{}",
        out.code.map_or("signal".to_string(), |c| c.to_string()),
        out.stdout,
        out.stderr
    )
}

fn run(env: &Env, args: &[&str]) -> Run {
    env.cmd()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .arg("--no-input")
        .args(args)
        .run()
}

/// Snapshots `ARGS` (the table) and `--json ARGS` as `NAME` and `NAME_json`.
fn table_and_json(env: &Env, name: &str, args: &[&str]) {
    let table = run(env, args);
    insta::assert_snapshot!(name, shown(&table), &args.join(" "));
    let json_args: Vec<&str> = ["--json"].iter().chain(args).copied().collect();
    let json = run(env, &json_args);
    insta::assert_snapshot!(format!("{name}_json"), shown(&json), &json_args.join(" "));
}

#[test]
fn account_reads() {
    let env = demo();
    table_and_json(&env, "status", &["status"]);
    table_and_json(&env, "loans", &["loans"]);
    table_and_json(&env, "reservations", &["reservations"]);
    table_and_json(&env, "reservations_all", &["reservations", "--all"]);
    table_and_json(&env, "cart", &["cart", "list"]);
    table_and_json(&env, "history", &["history"]);
    table_and_json(&env, "settings", &["settings", "show"]);
    table_and_json(&env, "settings_address", &["settings", "address"]);
    table_and_json(&env, "barcode", &["barcode"]);
    assert!(env.writes().is_empty(), "{:?}", env.requests());
}

#[test]
fn catalogue_reads() {
    let env = demo();
    let title = env.sim.library().catalog[0].bib.tilcod.clone();
    table_and_json(&env, "search", &["search", "夏目漱石"]);
    table_and_json(&env, "show", &["show", &title]);
    table_and_json(&env, "libraries", &["libraries"]);
    table_and_json(&env, "calendar", &["calendar", "--library", "駿河"]);
    table_and_json(&env, "new_genres", &["new", "--list-genres"]);
    table_and_json(&env, "new_genre", &["new", "--genre", "22"]);
    assert!(env.writes().is_empty(), "{:?}", env.requests());
}

#[test]
fn shelf_and_alert_reads() {
    let env = demo();
    table_and_json(&env, "shelf_list", &["shelf", "list"]);
    table_and_json(&env, "shelf_show", &["shelf", "show", "1"]);
    table_and_json(&env, "alert_list", &["alert", "list"]);
    table_and_json(&env, "alert_show", &["alert", "show", "宮部みゆき"]);
    table_and_json(&env, "alert_check", &["alert", "check"]);
    assert!(env.writes().is_empty(), "{:?}", env.requests());
}

/// A reservation of the demo card in `status`.
fn reservation(lib: &Library, status: RsvStatus) -> String {
    lib.accounts[0]
        .reservations
        .iter()
        .find(|r| r.status == status)
        .expect("the demo has one")
        .yoycod
        .clone()
}

/// A catalogue title the demo card has not reserved, nor on a shelf or in the cart.
fn free_title(lib: &Library) -> String {
    let account = &lib.accounts[0];
    let taken = |t: &str| {
        account.reservations.iter().any(|r| r.bib.tilcod == t)
            || account.cart.iter().any(|c| c == t)
            || account
                .shelves
                .iter()
                .any(|s| s.items.iter().any(|i| i.bib.tilcod == t))
    };
    lib.catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| !taken(t))
        .nth(60)
        .expect("the catalogue is big enough")
}

#[test]
fn dry_runs_of_the_writes() {
    let env = demo();
    let lib = env.sim.library();
    let free = free_title(&lib);
    let waiting = reservation(&lib, RsvStatus::Waiting);
    let cancelled = reservation(&lib, RsvStatus::Cancelled);
    let in_cart = lib.accounts[0].cart[0].clone();
    let on_shelf = lib.accounts[0].shelves[0].items[0].bib.tilcod.clone();
    let writes: Vec<(&str, Vec<&str>)> = vec![
        ("renew", vec!["renew", "--all"]),
        ("reserve", vec!["reserve", &free]),
        (
            "reservations_cancel",
            vec!["reservations", "cancel", &waiting],
        ),
        (
            "reservations_change",
            vec!["reservations", "change", &waiting, "--pickup", "北部"],
        ),
        (
            "reservations_hide",
            vec!["reservations", "hide", &cancelled],
        ),
        ("cart_add", vec!["cart", "add", &free]),
        ("cart_remove", vec!["cart", "remove", &in_cart]),
        ("cart_checkout", vec!["cart", "checkout"]),
        ("shelf_create", vec!["shelf", "create", "新しい棚"]),
        ("shelf_rename", vec!["shelf", "rename", "2", "絵本"]),
        ("shelf_memo", vec!["shelf", "memo", "1", "次に読む"]),
        ("shelf_add", vec!["shelf", "add", "2", &free]),
        ("shelf_remove", vec!["shelf", "remove", "1", &on_shelf]),
        (
            "shelf_move",
            vec!["shelf", "move", "1", &on_shelf, "--to", "2"],
        ),
        ("shelf_delete", vec!["shelf", "delete", "3"]),
        ("alert_add", vec!["alert", "add", "猫の本", "--title", "猫"]),
        (
            "alert_edit",
            vec!["alert", "edit", "宮部みゆき", "--title", "火車"],
        ),
        ("alert_delete", vec!["alert", "delete", "宮部みゆき"]),
        (
            "settings_email",
            vec!["settings", "email", "set", "new@example.jp"],
        ),
        ("settings_pickup", vec!["settings", "pickup", "北部"]),
        ("settings_contact", vec!["settings", "contact", "none"]),
        ("history_disable", vec!["history", "disable"]),
    ];
    for (name, args) in &writes {
        let args: Vec<&str> = args.iter().copied().chain(["--dry-run"]).collect();
        table_and_json(&env, &format!("dry_run_{name}"), &args);
    }
    // The password change reads its passwords from stdin.
    let args = [
        "settings",
        "password",
        "change",
        "--password-stdin",
        "--dry-run",
    ];
    for json in [false, true] {
        let out = env
            .cmd()
            .env("NO_COLOR", "1")
            .args(["--no-input"])
            .args(json.then_some("--json"))
            .args(args)
            .write_stdin(format!("{}\nnewpass12\nnewpass12\n", common::PASSWORD))
            .run();
        let name = if json {
            "dry_run_settings_password_json"
        } else {
            "dry_run_settings_password"
        };
        insta::assert_snapshot!(name, shown(&out), &args.join(" "));
    }
    assert!(env.writes().is_empty(), "{:?}", env.requests());
    assert_eq!(env.sim.library(), lib, "a dry run changes nothing");
}
