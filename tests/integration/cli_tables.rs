//! Tables as people see them: on an 80-column terminal ids and dates stay
//! whole on one line while titles give way (`…`); a terminal that reports
//! no width, or a pipe, gets whole rows; no line ends with a space. Colour:
//! overdue red, due soon yellow, ready green, refused red — on a terminal
//! by default, never with `--color never`, `NO_COLOR` or a pipe, always
//! with `--color always`, and never in JSON or iCal.

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::common::{Env, run_on_pty};

const RED: &str = "\u{1b}[31m";
const YELLOW: &str = "\u{1b}[33m";
const GREEN: &str = "\u{1b}[32m";
const RESET: &str = "\u{1b}[0m";

/// The screen's lines without the terminal's CR and without our colours.
fn plain_lines(screen: &str) -> Vec<String> {
    let plain = [RED, YELLOW, GREEN, RESET]
        .iter()
        .fold(screen.to_string(), |s, code| s.replace(code, ""));
    plain
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

/// The ids a command's `--json` lists.
fn ids(env: &Env, args: &[&str]) -> Vec<String> {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    env.run(all)
        .results()
        .iter()
        .map(|v| v["id"].as_str().expect("an id").to_string())
        .collect()
}

const COMMANDS: [&[&str]; 3] = [&["loans"], &["search", "静岡"], &["reservations"]];

#[test]
fn at_80_columns_ids_stay_whole_and_lines_fit() {
    let env = Env::new();
    env.login();
    for lang in ["en", "ja"] {
        for args in COMMANDS {
            let ids = ids(&env, args);
            assert!(!ids.is_empty(), "{args:?}");
            let mut cmd = env.std_cmd();
            cmd.args(["--lang", lang]).args(args);
            let run = run_on_pty(&cmd, 80, &[]);
            assert_eq!(run.code, 0, "{}", run.screen);
            let lines = plain_lines(&run.screen);
            for id in &ids {
                assert!(
                    lines.iter().any(|l| l.contains(id.as_str())),
                    "{lang} {args:?}: {id} is not whole on one line:\n{}",
                    run.screen
                );
            }
            for line in &lines {
                assert!(
                    line.width() <= 80,
                    "{lang} {args:?}: {} columns: {line:?}",
                    line.width()
                );
            }
        }
    }
    // The long titles gave way, cut with `…`.
    let mut cmd = env.std_cmd();
    cmd.arg("loans");
    let run = run_on_pty(&cmd, 80, &[]);
    assert!(run.screen.contains('…'), "{}", run.screen);
}

#[test]
fn a_terminal_without_a_width_gets_whole_rows() {
    let env = Env::new();
    env.login();
    let loans = env.run(["--json", "loans"]).results();
    for args in COMMANDS {
        let ids = ids(&env, args);
        let mut cmd = env.std_cmd();
        cmd.args(args);
        let run = run_on_pty(&cmd, 0, &[]);
        assert_eq!(run.code, 0, "{}", run.screen);
        let lines = plain_lines(&run.screen);
        for id in &ids {
            assert!(
                lines.iter().any(|l| l.contains(id.as_str())),
                "{args:?}: {id}:\n{}",
                run.screen
            );
        }
        if args == ["loans"] {
            // A row is one line: id, whole title and due date together.
            for loan in &loans {
                let (id, title, due) = (
                    loan["id"].as_str().unwrap(),
                    loan["title"].as_str().unwrap(),
                    loan["due_on"].as_str().unwrap(),
                );
                assert!(
                    lines
                        .iter()
                        .any(|l| l.contains(id) && l.contains(title) && l.contains(due)),
                    "{id} {title} {due}:\n{}",
                    run.screen
                );
            }
            assert!(!run.screen.contains('…'), "{}", run.screen);
        }
    }
}

#[test]
fn piped_tables_have_no_trailing_spaces() {
    let env = Env::new();
    env.login();
    let commands: [&[&str]; 9] = [
        &["loans"],
        &["reservations", "--all"],
        &["search", "静岡"],
        &["status"],
        &["shelf", "list"],
        &["shelf", "show", "1"],
        &["cart", "list"],
        &["libraries"],
        &["renew", "--all", "--dry-run"],
    ];
    for args in commands {
        for lang in ["en", "ja"] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let out = env.run(&all);
            assert!(!out.stdout.trim().is_empty(), "{args:?}: {}", out.stderr);
            for line in out.stdout.lines() {
                assert!(!line.ends_with(' '), "{lang} {args:?}: {line:?}");
            }
        }
    }
}

/// The line of a table that shows `id`.
fn line_of<'a>(stdout: &'a str, id: &str) -> &'a str {
    stdout
        .lines()
        .find(|l| l.contains(id))
        .unwrap_or_else(|| panic!("no row for {id}:\n{stdout}"))
}

#[test]
fn color_always_marks_overdue_soon_ready_and_refused_even_in_a_pipe() {
    let env = Env::new();
    env.login();
    // Three days on: two loans are overdue, others due within 3 days.
    let later = |args: &[&str]| {
        let out = env
            .cmd()
            .env("TOSHOKAN_TODAY", "2026-12-01")
            .arg("--no-input")
            .args(args)
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let loans: Vec<Value> =
        serde_json::from_str(&later(&["--json", "--color", "always", "loans"])).expect("json");
    let table = later(&["--color", "always", "loans"]);
    let (mut red, mut yellow, mut plain) = (0, 0, 0);
    for loan in &loans {
        let line = line_of(&table, loan["id"].as_str().unwrap());
        let due = loan["due_on"].as_str().unwrap();
        match loan["days_left"].as_i64().unwrap() {
            d if d < 0 => {
                red += 1;
                assert!(line.contains(&format!("{RED}{due}{RESET}")), "{line:?}");
            }
            d if d <= 3 => {
                yellow += 1;
                assert!(line.contains(&format!("{YELLOW}{due}{RESET}")), "{line:?}");
            }
            _ => {
                plain += 1;
                assert!(!line.contains('\u{1b}'), "{line:?}");
            }
        }
    }
    assert!(red > 0 && yellow > 0 && plain > 0, "{table}");

    let rsv = env
        .run(["--json", "--color", "always", "reservations"])
        .results();
    let table = env.run(["--color", "always", "reservations"]).stdout;
    let mut ready = 0;
    for r in &rsv {
        let line = line_of(&table, r["id"].as_str().unwrap());
        let status = r["status"].as_str().unwrap();
        if matches!(r["state"].as_str(), Some("ready" | "notified")) {
            ready += 1;
            assert!(
                line.contains(&format!("{GREEN}{status}{RESET}")),
                "{line:?}"
            );
        } else {
            assert!(!line.contains('\u{1b}'), "{line:?}");
        }
    }
    assert!(ready > 0, "{table}");

    // Renewing what is due within 3 days: one is reserved by someone else.
    let out = env.run([
        "--color",
        "always",
        "--lang",
        "en",
        "renew",
        "--due-within",
        "3",
    ]);
    assert_eq!(out.code, Some(7), "{}", out.stderr);
    let refused = out
        .stdout
        .lines()
        .filter(|l| l.contains(&format!("{RED}refused{RESET}")))
        .count();
    assert_eq!(refused, 1, "{}", out.stdout);
    for line in out.stdout.lines().filter(|l| l.contains("renewed")) {
        assert!(!line.contains('\u{1b}'), "done is not coloured: {line:?}");
    }

    // Never in JSON or iCal.
    for args in [
        &["--json", "loans"][..],
        &["--json", "reservations"],
        &["loans", "--ical"],
        &["reservations", "--ical"],
    ] {
        let text = later(&[&["--color", "always"][..], args].concat());
        assert!(!text.is_empty(), "{args:?}");
        assert!(!text.contains('\u{1b}'), "{args:?}: {text}");
    }
}

#[test]
fn colour_on_a_terminal_by_default_never_when_told_not_to() {
    let env = Env::new();
    env.login();
    let on_pty = |flags: &[&str], no_color: Option<&str>| {
        let mut cmd = env.std_cmd();
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        cmd.args(flags).arg("reservations");
        let run = run_on_pty(&cmd, 120, &[]);
        assert_eq!(run.code, 0, "{}", run.screen);
        run.screen
    };
    assert!(on_pty(&[], None).contains(GREEN), "auto on a terminal");
    // no-color.org: an empty NO_COLOR does not count.
    assert!(on_pty(&[], Some("")).contains(GREEN), "NO_COLOR empty");
    assert!(!on_pty(&[], Some("1")).contains('\u{1b}'), "NO_COLOR=1");
    assert!(
        !on_pty(&["--color", "never"], None).contains('\u{1b}'),
        "--color never"
    );
    // An explicit --color always wins over NO_COLOR.
    assert!(on_pty(&["--color", "always"], Some("1")).contains(GREEN));
    // A pipe: no colour unless asked for.
    let out = env.run(["reservations"]);
    assert!(!out.stdout.contains('\u{1b}'), "{}", out.stdout);
}
