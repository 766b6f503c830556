//! The EXAMPLES of every command's `--help` and man page: present (1–3 a
//! command) and working as written against the demo library.

use std::path::Path;

use clap::CommandFactory;
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

fn examples_of(cmd: &clap::Command) -> Vec<Example<'static>> {
    let text: &'static str = cmd
        .get_after_long_help()
        .map(|h| Box::leak(h.to_string().into_boxed_str()) as &str)
        .unwrap_or_default();
    examples::parse(text)
}

#[test]
fn every_command_has_examples_in_its_help_and_man_page() {
    let commands = all();
    assert!(commands.len() > 50, "{}", commands.len());
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for (name, mut cmd) in commands {
        let examples = examples_of(&cmd);
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
    let examples: Vec<(String, Example<'static>)> = all()
        .into_iter()
        .flat_map(|(name, cmd)| {
            examples_of(&cmd)
                .into_iter()
                .map(move |e| (name.clone(), e))
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
