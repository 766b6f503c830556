//! The README's cron lines, run as written (twice, the same day): cron
//! mails what a run prints, so a run must print only its own news.

use std::path::Path;

use crate::common::{Env, LOGIN, PASSWORD, TODAY};
use toshokan::sim::Faults;
use toshokan::sim::sdi;
use toshokan::sim::state::Bib;

/// The command of the README's cron line that starts with `schedule`.
fn readme_cron_line(schedule: &str) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let line = readme
        .lines()
        .find(|l| l.starts_with(schedule))
        .unwrap_or_else(|| panic!("the README has a cron line {schedule:?}"));
    line[schedule.len()..].trim().to_string()
}

/// A home as cron sees it: the binary where the README puts it, a
/// logged-in demo card at the default config dir, nothing else.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new(env: &Env) -> Home {
        let dir = tempfile::tempdir().expect("temp dir");
        let bin = dir.path().join(".cargo/bin");
        std::fs::create_dir_all(&bin).expect("bin dir");
        std::os::unix::fs::symlink(
            assert_cmd::cargo::cargo_bin("toshokan"),
            bin.join("toshokan"),
        )
        .expect("symlink");
        let home = Home { dir };
        let login = home
            .sh("toshokan --base-url \"$URL\" \"$@\"", &env.base_url, &LOGIN)
            .stdin(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child
                    .stdin
                    .take()
                    .expect("stdin")
                    .write_all(format!("{PASSWORD}\n").as_bytes())?;
                child.wait_with_output()
            })
            .expect("login runs");
        assert!(login.status.success(), "{login:?}");
        home
    }

    fn sh(&self, script: &str, url: &str, args: &[&str]) -> std::process::Command {
        let home = self.dir.path();
        let mut cmd = std::process::Command::new("sh");
        cmd.arg("-c")
            .arg(script)
            .arg("sh")
            .args(args)
            .env_clear()
            .env(
                "PATH",
                format!("{}:/usr/bin:/bin", home.join(".cargo/bin").display()),
            )
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("LANG", "C")
            .env("TOSHOKAN_TODAY", TODAY)
            .env("URL", url)
            .env("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        cmd
    }

    /// Runs a cron line; returns what cron would mail (all it printed).
    fn cron(&self, line: &str) -> String {
        let out = self.sh(line, "", &[]).output().expect("sh runs");
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("toshokan-renew.log")).unwrap_or_default()
    }
}

#[test]
fn the_renewal_job_mails_only_this_runs_lines() {
    let env = Env::new();
    let home = Home::new(&env);
    let line = readme_cron_line("10 7 * * *");
    // Run 1 renews two loans; one due soon is reserved by others.
    let mail = home.cron(&line);
    assert!(mail.contains("renewed"), "{mail}");
    assert!(mail.contains("reserved by others"), "{mail}");
    // Run 2, the same day: nothing left to renew, the refusal again — and
    // not run 1's renewals, which the old `|| tail -n 20 log` mailed again.
    let mail = home.cron(&line);
    assert!(mail.contains("reserved by others"), "{mail}");
    assert!(
        !mail.contains("renewed"),
        "run 1's lines mailed again:\n{mail}"
    );
    // The log keeps both runs, each under its date line.
    let log = home.log();
    assert_eq!(log.matches("reserved by others").count(), 2, "{log}");
    assert_eq!(log.matches("renewed").count(), 2, "{log}");
    // During maintenance the run says so (exit 5), and only that.
    env.sim.set_faults(Faults {
        maintenance: true,
        ..Faults::default()
    });
    let mail = home.cron(&line);
    assert!(!mail.contains("reserved by others"), "{mail}");
    assert!(!mail.trim().is_empty(), "a failed run is mailed");
}

#[test]
fn the_alert_job_reports_each_new_title_once() {
    let env = Env::new();
    let home = Home::new(&env);
    let line = readme_cron_line("0 8 * * *");
    assert!(line.contains("--unseen"), "{line}");
    // The demo's conditions match titles already on the lists.
    let first = home.cron(&line);
    assert!(
        !first.trim().is_empty(),
        "the first run reports the matches"
    );
    // The same day again: nothing new, nothing printed, nothing mailed.
    assert_eq!(home.cron(&line), "");
    // A new title for a condition (静岡 in its publisher): only it is mailed.
    env.sim.with(|s| {
        let bib = Bib {
            tilcod: "1009900000044".into(),
            title: "新しく届いた本".into(),
            author: Some("静岡 太郎".into()),
            role: Some("著".into()),
            publisher: Some("静岡新聞社".into()),
            material_type: "一般図書".into(),
        };
        let today = s.library.today;
        let t = sdi::new_title(&s.library, bib, "913.6", "1", "", 7);
        sdi::add_arrival(&mut s.library, "22", t, "", today);
    });
    let third = home.cron(&line);
    assert!(third.contains("1009900000044"), "{third}");
    let reported_before: Vec<&str> = first
        .lines()
        .filter_map(|l| {
            l.split_whitespace()
                .find(|w| w.len() == 13 && w.starts_with("100"))
        })
        .collect();
    assert!(!reported_before.is_empty(), "{first}");
    for id in reported_before {
        assert!(!third.contains(id), "{id} was reported again:\n{third}");
    }
}
