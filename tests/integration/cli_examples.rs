//! The EXAMPLES of every command's `--help` and man page: present (1–3 a
//! command) and working as written against the demo library.

use std::path::Path;

use clap::{CommandFactory, Parser};
use toshokan::cli::Cli;
use toshokan::cli::examples::{self, Example};

/// The demo's today for the examples (its ids and dates are that day's).
const TODAY: &str = "2026-12-03";

/// Every command with its full name (`shelf add`), the root included.
fn commands(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, clap::Command)>) {
    let name = format!("{prefix}{}", cmd.get_name());
    out.push((name.clone(), cmd.clone()));
    for sub in cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        commands(sub, &format!("{name} "), out);
    }
}

fn all() -> Vec<(String, clap::Command)> {
    let mut root = Cli::command();
    root.build();
    let mut out = Vec::new();
    commands(&root, "", &mut out);
    out
}

/// A command's `after_long_help`, where its examples are.
fn long_help_of(cmd: &clap::Command) -> String {
    cmd.get_after_long_help()
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn every_command_has_examples_in_its_help_and_man_page() {
    let commands = all();
    assert!(commands.len() > 50, "{}", commands.len());
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for (name, mut cmd) in commands {
        let text = long_help_of(&cmd);
        let examples = examples::parse(&text);
        assert!(
            (1..=3).contains(&examples.len()),
            "{name}: {} examples",
            examples.len()
        );
        for example in &examples {
            assert!(
                !example.what.is_empty(),
                "{name}: {} says what it does",
                example.line
            );
            assert!(
                example.line.contains("toshokan "),
                "{name}: {}",
                example.line
            );
        }
        let help = cmd.render_long_help().to_string();
        assert!(help.contains("Examples:\n"), "{name}:\n{help}");
        // The short help stays short.
        assert!(
            !cmd.render_help().to_string().contains("Examples:"),
            "{name}"
        );
        let page = std::fs::read_to_string(man.join(format!("{}.1", name.replace(' ', "-"))))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let section = page
            .split(".SH EXAMPLES\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{name}: no EXAMPLES section"));
        assert!(!page.contains(".SH EXTRA"), "{name}");
        let section = section.split("\n.SH ").next().unwrap_or_default();
        assert_eq!(
            section.matches(".TP\n").count(),
            examples.len(),
            "{name}:\n{section}"
        );
    }
}

/// Runs one example as a shell runs it, with `toshokan` on PATH, against
/// a fresh demo library and config dir of its own.
fn run_example(example: &Example<'_>) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("toshokan");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::process::Command::new("sh")
        .args(["-c", example.line])
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("xdg"))
        .env("LANG", "C")
        .env("TOSHOKAN_DEMO", "1")
        .env("TOSHOKAN_TODAY", TODAY)
        .env("TOSHOKAN_CONFIG_DIR", dir.path().join("config"))
        .env("DBUS_SESSION_BUS_ADDRESS", crate::common::NO_BUS)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn every_example_works_as_written_on_the_demo_library() {
    let texts: Vec<(String, String)> = all()
        .into_iter()
        .map(|(name, cmd)| (name, long_help_of(&cmd)))
        .collect();
    let examples: Vec<(&str, Example<'_>)> = texts
        .iter()
        .flat_map(|(name, text)| {
            examples::parse(text)
                .into_iter()
                .map(move |e| (name.as_str(), e))
        })
        .collect();
    // Two at a time: each starts its own demo library.
    let failures: Vec<String> = std::thread::scope(|s| {
        let (a, b) = examples.split_at(examples.len() / 2);
        let workers: Vec<_> = [a, b]
            .into_iter()
            .map(|part| {
                s.spawn(move || {
                    let mut failed = Vec::new();
                    for (name, example) in part {
                        let out = run_example(example);
                        let want = examples::expected_exit(example);
                        if out.status.code() != Some(want) {
                            failed.push(format!(
                                "{name}: `{}` exited {:?}, not {want}\n{}",
                                example.line,
                                out.status.code(),
                                String::from_utf8_lossy(&out.stderr)
                            ));
                        }
                    }
                    failed
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `--all` means every item a command acts on only for `renew`; `search`'s
/// every page and `reservations`' cancelled rows have names that say so,
/// and `--phone` is only ever "which registered phone". The old spellings
/// still work (scripts) but are no longer shown.
#[test]
fn renamed_flags_say_what_they_do_and_the_old_spellings_still_work() {
    let env = crate::common::Env::new();
    env.login();
    for (new, old) in [
        (
            &["reservations", "--include-cancelled"][..],
            &["reservations", "--all"][..],
        ),
        (
            &["search", "静岡", "--all-pages"],
            &["search", "静岡", "--all"],
        ),
    ] {
        let a = env.run(new.iter().chain(&["--json"]));
        let b = env.run(old.iter().chain(&["--json"]));
        assert_eq!(a.code, Some(0), "{new:?}: {}", a.stderr);
        assert_eq!((a.code, a.json()), (b.code, b.json()), "{old:?}");
    }
    let out = env.run(["--json", "reservations"]);
    let all = env.run(["--json", "reservations", "--include-cancelled"]);
    assert!(all.results().len() > out.results().len());
    let mut root = Cli::command();
    root.build();
    let help = |path: &[&str]| {
        let mut cmd = root.clone();
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap().clone();
        }
        cmd.render_long_help().to_string()
    };
    let search = help(&["search"]);
    assert!(
        search.contains("--all-pages") && !search.contains("--all "),
        "{search}"
    );
    let rsv = help(&["reservations"]);
    assert!(
        rsv.contains("--include-cancelled") && !rsv.contains("--all "),
        "{rsv}"
    );
    assert!(help(&["renew"]).contains("--all "));
    let register = help(&["password", "register"]);
    assert!(register.contains("--phone-number <N>"), "{register}");
    assert!(!register.contains("--phone <"), "{register}");
    for path in [
        &["reserve"][..],
        &["cart", "checkout"],
        &["reservations", "change"],
        &["settings", "contact"],
    ] {
        assert!(help(path).contains("--phone <WHICH>"), "{path:?}");
    }
    // `password register --phone N` still parses as the phone number.
    let parsed = toshokan::cli::Cli::try_parse_from([
        "toshokan",
        "password",
        "register",
        "--phone",
        "054-000-0000",
    ]);
    match parsed.map(|c| c.command) {
        Ok(toshokan::cli::Command::Password(p)) => match p.action {
            toshokan::cli::PasswordAction::Register(r) => {
                assert_eq!(r.phone.as_deref(), Some("054-000-0000"));
            }
        },
        other => panic!("{other:?}"),
    }
}
