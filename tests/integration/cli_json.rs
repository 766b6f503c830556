//! One JSON shape per command (issue 15 item 5): usage errors as the JSON
//! error object, `logout` and `barcode` in JSON, shelf ids as strings,
//! `login` as `status`, `--all-profiles` always tagged, `settings` results
//! in English, a search with no hits said once. The fields themselves are
//! checked against docs/json.md by `json_reference`.

use serde_json::Value;

use crate::common::{self, Env, RunCommand};

/// The `{"error":{…}}` object on stderr; panics when stderr is anything else.
fn error_object(run: &common::Run) -> Value {
    serde_json::from_str(run.stderr.trim_end())
        .unwrap_or_else(|e| panic!("stderr is not one JSON object ({e}): {}", run.stderr))
}

#[test]
fn usage_errors_under_json_are_the_json_error_object_clap_s_too() {
    let env = Env::new();
    for args in [
        vec!["--json", "loans", "--bogus"],
        vec!["loans", "--due-within", "x", "--json"],
        vec!["--json", "frob"],
        vec!["--json", "shelf", "add"],
        vec!["--lang", "xx", "--json", "status"],
        vec!["--json"],
        // Ours, for comparison: the same object.
        vec!["--json", "--all-profiles", "login"],
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        let value = error_object(&run);
        let error = &value["error"];
        assert_eq!(error["kind"], "usage", "{args:?}: {value}");
        let message = error["message"].as_str().expect("a message");
        assert!(!message.is_empty(), "{args:?}");
        assert!(
            !message.contains('\n') && !message.contains('\u{1b}') && !message.contains("Usage:"),
            "{args:?}: {message:?}"
        );
        assert!(
            !message.starts_with("error"),
            "{args:?}: the kind says it is an error: {message:?}"
        );
        let hint = error["hint"].as_str().expect("a hint");
        assert!(
            !hint.contains('\n') && !hint.is_empty(),
            "{args:?}: {hint:?}"
        );
    }
    // Without --json clap speaks as before; after `--` it is a value.
    let run = env.run(["loans", "--bogus"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.starts_with("error: unexpected argument"),
        "{}",
        run.stderr
    );
    // Help and version stay as they are.
    let help = env.run(["--json", "loans", "--help"]);
    assert_eq!(help.code, Some(0));
    assert!(help.stdout.contains("Usage:"), "{}", help.stdout);
    let version = env.run(["--json", "--version"]);
    assert_eq!(version.code, Some(0));
    assert!(
        version.stdout.starts_with("toshokan "),
        "{}",
        version.stdout
    );
}

#[test]
fn logout_prints_a_json_result_also_in_the_demo() {
    let env = Env::new();
    let demo = env.run(["--demo", "--json", "logout"]);
    assert_eq!(demo.code, Some(0), "{}", demo.stderr);
    let value = demo.json();
    assert_eq!(value["profile"], "default", "{value}");
    assert_eq!(value["logged_out"], false, "{value}");
    assert_eq!(value["password_forgotten"], false, "{value}");

    env.login();
    let value = env.run(["--json", "logout"]).json();
    assert_eq!(value["logged_out"], true, "{value}");
    let again = env.run(["--json", "logout"]).json();
    assert_eq!(again["logged_out"], false, "{again}");
}

#[test]
fn barcode_json_is_the_card_s_code_and_symbology() {
    let env = Env::new();
    env.login();
    let run = env.run(["--json", "barcode"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stdout.contains('█'), "{}", run.stdout);
    let value = run.json();
    assert_eq!(value["code"], format!("A{}A", common::CARD), "{value}");
    assert_eq!(value["number"], common::CARD, "{value}");
    assert_eq!(value["symbology"], "codabar", "{value}");
    assert_eq!(value["start"], "A");
    let code39 = env
        .run(["--json", "barcode", "--symbology", "code39"])
        .json();
    assert_eq!(code39["code"], format!("*{}*", common::CARD), "{code39}");
    assert_eq!(code39["symbology"], "code39");
    assert_eq!(code39["start"], Value::Null);
    // An image format has nowhere to go but a file.
    let png = env.run(["--json", "barcode", "--format", "png"]);
    assert_eq!(png.code, Some(2), "{}", png.stderr);
    assert!(png.stdout.is_empty());
}

#[test]
fn shelf_ids_are_strings_everywhere() {
    let env = Env::new();
    env.login();
    let list = env.run(["--json", "shelf", "list"]).json();
    for shelf in list.as_array().expect("an array") {
        assert!(shelf["id"].is_string(), "{shelf}");
    }
    let shown = env.run(["--json", "shelf", "show", "1"]).json();
    assert_eq!(shown["id"], "1", "{shown}");
    let created = env
        .run(["--json", "shelf", "create", "新しい棚", "--yes"])
        .results();
    assert!(created[0]["id"].is_string(), "{created:?}");
    assert!(created[0]["shelf"].is_string(), "{created:?}");
    // Inputs take the number as before.
    let renamed = env
        .run(["--json", "shelf", "rename", "2", "絵本", "--yes"])
        .results();
    assert_eq!(renamed[0]["shelf"], "2", "{renamed:?}");
    assert_eq!(renamed[0]["outcome"], "done", "{renamed:?}");
}

#[test]
fn login_prints_the_object_status_prints() {
    let env = Env::new();
    let login = env
        .cmd()
        .args(["--no-input", "--json"])
        .args(common::LOGIN)
        .write_stdin(format!("{}\n", common::PASSWORD))
        .run();
    assert_eq!(login.code, Some(0), "{}", login.stderr);
    let login = login.json();
    let status = env.run(["--json", "status"]).json();
    assert!(login["overdue"].is_number(), "{login}");
    assert!(login["ready"].is_number(), "{login}");
    assert_eq!(login, status);
    let demo = env.run(["--demo", "--json", "login"]).json();
    assert!(
        demo["overdue"].is_number() && demo["ready"].is_number(),
        "{demo}"
    );
}

#[test]
fn all_profiles_tags_one_profile_too_status_and_settings_included() {
    let env = Env::new();
    env.login();
    for args in [
        vec!["status"],
        vec!["settings"],
        vec!["loans"],
        vec!["shelf"],
    ] {
        let run = env.run(["--json", "--all-profiles"].iter().chain(&args));
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        let value = run.json();
        let items = value
            .as_array()
            .unwrap_or_else(|| panic!("{args:?}: {value}"));
        assert!(!items.is_empty(), "{args:?}");
        for item in items {
            assert_eq!(item["profile"], "default", "{args:?}: {item}");
        }
        // Without --all-profiles the shape stays.
        let plain = env.run(["--json"].iter().chain(&args)).json();
        assert_eq!(plain.is_array(), args != ["status"] && args != ["settings"]);
    }
    // The demo has one profile, and is tagged alike.
    let demo = env
        .run(["--demo", "--json", "--all-profiles", "loans"])
        .json();
    assert_eq!(demo[0]["profile"], "default", "{demo}");
}

#[test]
fn settings_results_name_the_setting_in_english_under_lang_en() {
    let env = Env::new();
    env.login();
    let run = env.run(["--lang", "en", "settings", "pickup", "北部", "--dry-run"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("Pickup library"), "{}", run.stdout);
    assert!(!run.stdout.contains("受取館"), "{}", run.stdout);
    // JSON keeps its machine keys and the site's name.
    let json = env
        .run([
            "--lang",
            "en",
            "--json",
            "settings",
            "pickup",
            "北部",
            "--dry-run",
        ])
        .results();
    assert_eq!(json[0]["id"], "pickup");
    assert_eq!(json[0]["title"], "受取館");
}

#[test]
fn a_search_without_hits_says_so_once() {
    let env = Env::new();
    let run = env.run(["--lang", "en", "search", "zzzqqqxxx"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.trim_end(), "No titles found.", "{}", run.stderr);
    let json = env.run(["--lang", "en", "--json", "search", "zzzqqqxxx"]);
    assert_eq!(json.json(), Value::Array(Vec::new()));
    assert_eq!(json.stderr, "", "JSON says it with []");
}
