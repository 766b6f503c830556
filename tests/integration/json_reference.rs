//! `docs/json.md` against real output: every command runs with `--json`
//! on the simulator (demo seed; writes with `--yes`), and each field it
//! prints must be in the doc's table for that command with the right type,
//! and each field the doc lists must be printed by some run. A field added
//! to a model without a line in the doc fails here.
//!
//! The doc's format, which this module parses: a heading `### `CMD``
//! (several backticked command keys when they share one shape), a line
//! `Shape: object` or `Shape: array of objects` (with `; one object for
//! `KEY`` for a command of the heading that prints one element), then a table
//! `| field | type | meaning |`. Nested objects are `a.b`, array elements
//! `a[]` (of objects: `a[].b`). Types: `string`, `integer`, `boolean`,
//! `date` (`YYYY-MM-DD`), `timestamp` (RFC 3339), `enum` (the meaning lists
//! every value as `` `value` ``), `object`, `array`; a trailing `?` means
//! null (or, for a field only some results have, absent).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::common::{self, Env, RunCommand};

const DOC: &str = include_str!("../../docs/json.md");

#[derive(Debug)]
struct Field {
    ty: String,
    nullable: bool,
    meaning: String,
}

#[derive(Debug, Default)]
struct Section {
    keys: Vec<String>,
    array: bool,
    single: Vec<String>,
    fields: BTreeMap<String, Field>,
}

fn backticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn sections() -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for line in DOC.lines() {
        if let Some(head) = line.strip_prefix("### ") {
            let keys = backticked(head);
            if !keys.is_empty() {
                out.push(Section {
                    keys,
                    ..Section::default()
                });
            }
            continue;
        }
        if line.starts_with("## ") {
            // A section ends at the next chapter.
            if out.last().is_some_and(|s| !s.fields.is_empty()) {
                out.push(Section::default());
            }
            continue;
        }
        let Some(section) = out.last_mut().filter(|s| !s.keys.is_empty()) else {
            continue;
        };
        if let Some(shape) = line.strip_prefix("Shape: ") {
            section.array = shape.starts_with("array");
            // `…; one object for `KEY``: a command printing one element.
            section.single = backticked(shape);
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 5 || !cells[1].starts_with('`') {
            continue;
        }
        let path = cells[1].trim_matches('`').to_string();
        let (ty, nullable) = match cells[2].strip_suffix('?') {
            Some(t) => (t.to_string(), true),
            None => (cells[2].to_string(), false),
        };
        let meaning = cells[3..cells.len() - 1].join("|");
        let old = section.fields.insert(
            path.clone(),
            Field {
                ty,
                nullable,
                meaning,
            },
        );
        assert!(
            old.is_none(),
            "{path} is listed twice in {:?}",
            section.keys
        );
    }
    out.retain(|s| !s.keys.is_empty());
    out
}

/// Every path of `value` (`a`, `a.b`, `a[]`, `a[].b`) with the values seen there.
fn flatten<'v>(prefix: &str, value: &'v Value, into: &mut Vec<(String, &'v Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                into.push((path.clone(), v));
                flatten(&path, v, into);
            }
        }
        Value::Array(items) => {
            let path = format!("{prefix}[]");
            for item in items {
                // An array of objects is described by its elements' fields.
                if !item.is_object() {
                    into.push((path.clone(), item));
                }
                flatten(&path, item, into);
            }
        }
        _ => {}
    }
}

fn type_fits(field: &Field, value: &Value) -> bool {
    match value {
        Value::Null => field.nullable,
        Value::Bool(_) => field.ty == "boolean",
        Value::Number(n) => field.ty == "integer" && (n.is_i64() || n.is_u64()),
        Value::String(s) => match field.ty.as_str() {
            "string" => true,
            "date" => jiff::civil::Date::strptime("%Y-%m-%d", s).is_ok(),
            "timestamp" => s.parse::<jiff::Timestamp>().is_ok(),
            "enum" => field.meaning.contains(&format!("`{s}`")),
            _ => false,
        },
        Value::Array(_) => field.ty == "array",
        Value::Object(_) => field.ty == "object",
    }
}

/// What the runs printed, per command key.
struct Seen {
    outputs: BTreeMap<String, Vec<Value>>,
}

impl Seen {
    fn add(&mut self, key: &str, run: &common::Run) {
        assert!(
            run.code.is_some_and(|c| c == 0 || c == 4 || c == 7),
            "{key}: exit {:?}\nstdout: {}\nstderr: {}",
            run.code,
            run.stdout,
            run.stderr
        );
        let value = run.json();
        assert!(!value.is_null(), "{key} printed nothing: {}", run.stderr);
        self.outputs.entry(key.to_string()).or_default().push(value);
    }
}

fn json_run(env: &Env, seen: &mut Seen, key: &str, args: &[&str]) {
    let run = env.run(["--json"].iter().chain(args));
    seen.add(key, &run);
}

fn check(sections: &[Section], seen: &Seen) -> Vec<String> {
    let mut problems = Vec::new();
    let mut covered = BTreeSet::new();
    for section in sections {
        let mut observed: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
        for key in &section.keys {
            covered.insert(key.clone());
            let Some(outputs) = seen.outputs.get(key) else {
                problems.push(format!("`{key}`: documented, but the test does not run it"));
                continue;
            };
            for output in outputs {
                let array = section.array && !section.single.contains(key);
                let objects: Vec<&Value> = match (array, output) {
                    (true, Value::Array(items)) => items.iter().collect(),
                    (false, Value::Object(_)) => vec![output],
                    _ => {
                        problems.push(format!("`{key}`: the shape is not as documented: {output}"));
                        continue;
                    }
                };
                for object in objects {
                    let mut paths = Vec::new();
                    flatten("", object, &mut paths);
                    for (path, value) in paths {
                        observed.entry(path).or_default().push(value);
                    }
                }
            }
        }
        let name = section.keys.join(", ");
        for (path, values) in &observed {
            match section.fields.get(path) {
                None => problems.push(format!(
                    "`{name}`: `{path}` is printed but not documented (e.g. {})",
                    values[0]
                )),
                Some(field) => {
                    for value in values {
                        if !type_fits(field, value) {
                            problems.push(format!(
                                "`{name}`: `{path}` is documented as {}{} but is {value}",
                                field.ty,
                                if field.nullable { "?" } else { "" }
                            ));
                            break;
                        }
                    }
                }
            }
        }
        for path in section.fields.keys() {
            if !observed.contains_key(path) {
                problems.push(format!(
                    "`{name}`: `{path}` is documented but no run printed it"
                ));
            }
        }
    }
    for key in seen.outputs.keys() {
        if !covered.contains(key) {
            problems.push(format!(
                "`{key}`: run, but docs/json.md has no section for it"
            ));
        }
    }
    problems
}

fn login_json(env: &Env, seen: &mut Seen) {
    let run = env
        .cmd()
        .args(["--no-input", "--json"])
        .args(common::LOGIN)
        .write_stdin(format!("{}\n", common::PASSWORD))
        .run();
    seen.add("login", &run);
}

#[test]
fn docs_json_md_describes_every_field_of_every_command() {
    let env = Env::new();
    let mut seen = Seen {
        outputs: BTreeMap::new(),
    };
    login_json(&env, &mut seen);
    let lib = env.sim.library();
    let account = &lib.accounts[0];
    let title = lib.catalog[0].bib.tilcod.clone();
    let free: Vec<String> = lib
        .catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| {
            !account.reservations.iter().any(|r| &r.bib.tilcod == t)
                && !account.cart.iter().any(|c| c == t)
                && !account
                    .shelves
                    .iter()
                    .any(|s| s.items.iter().any(|i| &i.bib.tilcod == t))
        })
        .skip(60)
        .take(3)
        .collect();
    let waiting: Vec<String> = account
        .reservations
        .iter()
        .filter(|r| r.status == toshokan::sim::state::RsvStatus::Waiting)
        .map(|r| r.yoycod.clone())
        .take(2)
        .collect();
    let cancelled = account
        .reservations
        .iter()
        .find(|r| r.status == toshokan::sim::state::RsvStatus::Cancelled)
        .expect("the demo has one")
        .yoycod
        .clone();
    let in_cart = account.cart[0].clone();
    let on_shelf = account.shelves[0].items[0].bib.tilcod.clone();
    drop(lib);

    let reads: Vec<(&str, Vec<&str>)> = vec![
        ("status", vec!["status"]),
        ("profiles", vec!["profiles"]),
        ("doctor", vec!["doctor"]),
        ("loans", vec!["loans"]),
        ("reservations", vec!["reservations", "--all"]),
        ("cart list", vec!["cart", "list"]),
        ("search", vec!["search", "夏目漱石"]),
        ("show", vec!["show", &title]),
        ("libraries", vec!["libraries"]),
        ("calendar", vec!["calendar", "--library", "駿河"]),
        ("new", vec!["new", "--genre", "22"]),
        ("new --list-genres", vec!["new", "--list-genres"]),
        ("shelf list", vec!["shelf", "list"]),
        ("shelf show", vec!["shelf", "show", "1"]),
        ("alert list", vec!["alert", "list"]),
        ("alert show", vec!["alert", "show", "宮部みゆき"]),
        ("alert check", vec!["alert", "check"]),
        ("history", vec!["history"]),
        ("settings show", vec!["settings", "show"]),
        ("barcode", vec!["barcode"]),
    ];
    for (key, args) in &reads {
        json_run(&env, &mut seen, key, args);
    }
    let writes: Vec<(&str, Vec<&str>)> = vec![
        ("renew", vec!["renew", "--all"]),
        ("reserve", vec!["reserve", &free[0]]),
        (
            "reservations change",
            vec!["reservations", "change", &waiting[0], "--pickup", "北部"],
        ),
        (
            "reservations cancel",
            vec!["reservations", "cancel", &waiting[1]],
        ),
        (
            "reservations hide",
            vec!["reservations", "hide", &cancelled],
        ),
        ("cart add", vec!["cart", "add", &free[1]]),
        ("cart remove", vec!["cart", "remove", &in_cart]),
        ("cart checkout", vec!["cart", "checkout"]),
        ("shelf create", vec!["shelf", "create", "新しい棚"]),
        ("shelf rename", vec!["shelf", "rename", "2", "絵本"]),
        ("shelf memo", vec!["shelf", "memo", "1", "次に読む"]),
        ("shelf add", vec!["shelf", "add", "2", &free[2]]),
        (
            "shelf move",
            vec!["shelf", "move", "1", &on_shelf, "--to", "2"],
        ),
        ("shelf remove", vec!["shelf", "remove", "1", &on_shelf]),
        ("shelf delete", vec!["shelf", "delete", "3"]),
        ("alert add", vec!["alert", "add", "猫の本", "--title", "猫"]),
        (
            "alert edit",
            vec!["alert", "edit", "宮部みゆき", "--title", "火車"],
        ),
        ("alert delete", vec!["alert", "delete", "猫の本"]),
        (
            "settings email",
            vec!["settings", "email", "set", "new@example.jp"],
        ),
        ("settings pickup", vec!["settings", "pickup", "北部"]),
        ("settings contact", vec!["settings", "contact", "none"]),
        ("history disable", vec!["history", "disable"]),
        (
            "history enable",
            vec!["history", "enable", "--accept-terms"],
        ),
        ("history forget", vec!["history", "forget"]),
    ];
    for (key, args) in &writes {
        let args: Vec<&str> = args.iter().copied().chain(["--yes"]).collect();
        json_run(&env, &mut seen, key, &args);
    }
    let run = env
        .cmd()
        .args(["--no-input", "--json", "settings", "password", "change"])
        .args(["--password-stdin", "--dry-run"])
        .write_stdin(format!("{}\nnewpass12\nnewpass12\n", common::PASSWORD))
        .run();
    seen.add("settings password change", &run);
    json_run(&env, &mut seen, "logout", &["logout"]);

    // The error object (on stderr), clap's and ours.
    for args in [vec!["frob"], vec!["show", "0000000000000"]] {
        let run = env.run(["--json"].iter().chain(&args));
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        let value: Value = serde_json::from_str(&run.stderr)
            .unwrap_or_else(|e| panic!("{args:?}: stderr is not JSON ({e}): {}", run.stderr));
        seen.outputs.entry("error".into()).or_default().push(value);
    }

    let problems = check(&sections(), &seen);
    assert!(
        problems.is_empty(),
        "docs/json.md and the output differ:\n{}",
        problems.join("\n")
    );
}

/// `--all-profiles` always prints an array of objects tagged `profile`
/// (docs/json.md#all-profiles): one profile as much as several, `status`
/// and `settings` included; the other fields are the command's own.
#[test]
fn all_profiles_is_an_array_tagged_with_profile_as_documented() {
    let env = Env::new();
    env.login();
    let sections = sections();
    let fields_of = |key: &str| -> BTreeSet<String> {
        let section = sections
            .iter()
            .find(|s| s.keys.iter().any(|k| k == key))
            .unwrap_or_else(|| panic!("docs/json.md has no section `{key}`"));
        section
            .fields
            .keys()
            .filter(|p| !p.contains('.') && !p.contains('['))
            .cloned()
            .collect()
    };
    let commands: Vec<(&str, Vec<&str>)> = vec![
        ("status", vec!["status"]),
        ("loans", vec!["loans"]),
        ("reservations", vec!["reservations"]),
        ("renew", vec!["renew", "--all", "--dry-run"]),
        ("shelf list", vec!["shelf"]),
        ("cart list", vec!["cart"]),
        ("alert list", vec!["alert"]),
        ("alert check", vec!["alert", "check"]),
        ("settings show", vec!["settings"]),
    ];
    for profiles in [1, 2] {
        if profiles == 2 {
            env.login_as("taro", "1234567891", "family1234");
        }
        for (key, args) in &commands {
            let run = env.run(["--json", "--all-profiles"].iter().chain(args));
            // `renew`: some loans of the demo cannot be renewed (exit 4).
            assert!(
                matches!(run.code, Some(0 | 4)),
                "{key}: {:?} {}",
                run.code,
                run.stderr
            );
            let Value::Array(items) = run.json() else {
                panic!(
                    "{key} with {profiles} profile(s): not an array: {}",
                    run.stdout
                );
            };
            assert!(!items.is_empty(), "{key}: nothing to check");
            let documented = fields_of(key);
            for item in &items {
                let object = item.as_object().expect("objects");
                assert!(
                    object.get("profile").is_some_and(Value::is_string),
                    "{key} with {profiles} profile(s): untagged {item}"
                );
                for field in object.keys() {
                    assert!(
                        field == "profile" || documented.contains(field),
                        "{key}: `{field}` is not in its section"
                    );
                }
            }
        }
    }
}
