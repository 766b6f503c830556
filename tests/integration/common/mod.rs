//! Hermetic test environment: a simulator on loopback, a temp config dir,
//! a fixed today, a cleared environment (jj's approach).
#![allow(dead_code)]

mod fixtures;
pub mod loopback;
pub mod proxy;
mod pty;
pub mod scripted;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

pub use fixtures::{fixture, fixture_path, real_pages};
pub use pty::run_on_pty;

use assert_cmd::Command;
use serde_json::Value;
use toshokan::cli::Seed;
use toshokan::sim::{Sim, seed};

pub const TODAY: &str = "2026-11-28";
pub const CARD: &str = seed::DEMO_CARD;
pub const PASSWORD: &str = seed::DEMO_PASSWORD;
/// `login` with the demo card, the password read from stdin (`PASSWORD\n`).
pub const LOGIN: [&str; 4] = ["login", "--card", CARD, "--password-stdin"];

pub struct Env {
    pub dir: tempfile::TempDir,
    pub sim: Sim,
    pub base_url: String,
}

impl Env {
    pub fn new() -> Env {
        Env::with_seed(Seed::Demo)
    }

    pub fn with_seed(seed: Seed) -> Env {
        let today: jiff::civil::Date = TODAY.parse().expect("date");
        let background = Sim::new(seed::library(seed, today))
            .spawn_background()
            .expect("simulator starts");
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
            sim: background.sim,
            base_url: background.base_url.to_string(),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The binary with a clean environment pointed at this simulator.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// `cmd()` as a `std::process::Command` (to spawn several at once).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = bare_std_cmd(self.dir.path());
        cmd.env("TOSHOKAN_CONFIG_DIR", self.config_dir())
            .env("TOSHOKAN_BASE_URL", &self.base_url);
        cmd
    }

    /// Runs `toshokan --no-input ARGS` against this simulator (put
    /// `--json` in ARGS for machine output). The one way tests run the
    /// binary and look at what it printed; `cmd()` is for what this does
    /// not cover (stdin, extra environment, `assert()`).
    pub fn run<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>) -> Run {
        self.cmd().arg("--no-input").args(args).run()
    }

    pub fn login(&self) {
        self.login_as("default", CARD, PASSWORD);
    }

    /// Logs the demo card in with its password saved in the file store
    /// (`CONFIG/secrets/default.password`, what a cron job uses).
    pub fn login_saving_password_to_file(&self) {
        let out = self
            .cmd()
            .args(LOGIN)
            .args(["--save-password", "--password-store", "file"])
            .write_stdin(format!("{PASSWORD}\n"))
            .run();
        assert_eq!(out.code, Some(0), "{}", out.stderr);
    }

    /// Logs a profile in with the given card.
    pub fn login_as(&self, profile: &str, card: &str, password: &str) {
        self.cmd()
            .args([
                "--profile",
                profile,
                "login",
                "--card",
                card,
                "--password-stdin",
            ])
            .write_stdin(format!("{password}\n"))
            .assert()
            .success();
    }

    pub fn session_file(&self, profile: &str) -> PathBuf {
        self.config_dir()
            .join("sessions")
            .join(format!("{profile}.json"))
    }

    /// Requests the simulator saw, as "METHOD path".
    pub fn requests(&self) -> Vec<String> {
        self.sim
            .requests()
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    }

    /// The requests the simulator logged as writes (each changed the
    /// library; `LoggedRequest.write`), as "METHOD path". The one way tests
    /// count writes: from what the simulator did, not from URLs.
    pub fn writes(&self) -> Vec<String> {
        self.sim
            .requests()
            .iter()
            .filter(|r| r.write)
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    }

    pub fn clear_log(&self) {
        self.sim.with(|s| s.log.clear());
    }
}

/// What one run of the binary gave.
#[derive(Debug)]
pub struct Run {
    /// The exit code (`None`: killed by a signal).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// `.run()` on a command prepared from `Env::cmd()` or `bare_cmd` (stdin,
/// extra environment): what `Env::run` does, for the cases it does not cover.
pub trait RunCommand {
    fn run(&mut self) -> Run;
}

impl RunCommand for Command {
    fn run(&mut self) -> Run {
        Run::from(self.output().expect("the binary runs"))
    }
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    /// stdout as JSON; `null` when the command printed nothing (an error
    /// before any result). Anything else that is not JSON fails the test.
    pub fn json(&self) -> Value {
        if self.stdout.is_empty() {
            return Value::Null;
        }
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }

    /// stdout as the JSON array a write prints (one result per item);
    /// none when the command printed nothing.
    pub fn results(&self) -> Vec<Value> {
        match self.json() {
            Value::Null => Vec::new(),
            Value::Array(items) => items,
            other => panic!("stdout is not a JSON array: {other}"),
        }
    }

    /// The exit code and `json()`, for `let (code, value) = …`.
    pub fn code_and_json(&self) -> (Option<i32>, Value) {
        (self.code, self.json())
    }

    /// The exit code and `results()`, for `let (code, results) = …`.
    pub fn code_and_results(&self) -> (Option<i32>, Vec<Value>) {
        (self.code, self.results())
    }
}

/// `toshokan sim` on a free loopback port with `extra` arguments; returns
/// the process and the base URL it printed.
pub fn sim_server(home: &std::path::Path, extra: &[&str]) -> (std::process::Child, String) {
    let bin = assert_cmd::cargo::cargo_bin("toshokan");
    let mut server = std::process::Command::new(bin)
        .args(["sim", "--listen", "127.0.0.1:0"])
        .args(extra)
        .env_clear()
        .env("LANG", "C")
        .env("TOSHOKAN_TODAY", TODAY)
        .env("TOSHOKAN_CONFIG_DIR", home.join("srv"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(server.stdout.take().unwrap());
    let mut url = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut url).unwrap();
    let url = url.trim().to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with("/licsxp-opac/"),
        "{url}"
    );
    (server, url)
}

/// The lines of a `toshokan sim` request log (its stderr) that it marked
/// as writes (` WRITE` at the end): `Env::writes` for a simulator process.
pub fn logged_writes(log: &str) -> Vec<&str> {
    log.lines().filter(|l| l.ends_with(" WRITE")).collect()
}

/// The binary as a client of `toshokan sim` at `url`, config under `home`.
pub fn sim_client(home: &std::path::Path, url: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = bare_cmd(home);
    let cfg = home.join("client");
    cmd.args(["--base-url", url, "--config-dir"])
        .arg(cfg)
        .args(args);
    cmd
}

/// Stops a `toshokan sim` process and returns what it wrote to stderr
/// (its request log).
pub fn stop_sim(mut server: std::process::Child) -> String {
    use std::io::Read;
    let _ = server.kill();
    let _ = server.wait();
    let mut stderr = String::new();
    if let Some(mut pipe) = server.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    stderr
}

/// The binary with nothing inherited but PATH, English, a fixed today.
pub fn bare_cmd(home: &Path) -> Command {
    Command::from_std(bare_std_cmd(home))
}

/// `bare_cmd` as a `std::process::Command`, for a test that spawns
/// several processes at once.
pub fn bare_std_cmd(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("toshokan"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("LANG", "C")
        .env("TOSHOKAN_TODAY", TODAY)
        // No test reaches a real session bus (a developer's keyring): the
        // keyring tests that want one set their own address.
        .env("DBUS_SESSION_BUS_ADDRESS", NO_BUS);
    cmd
}

/// A D-Bus address where nothing listens.
pub const NO_BUS: &str = "unix:path=/nonexistent/toshokan-test/bus";

pub fn stdout_json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Every `hash` token the simulator handed out that came back in a request
/// (form field or query): what a saved page must not hold.
pub fn hash_tokens(sim: &Sim) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    for request in sim.requests() {
        let from_query = request
            .path
            .split(['?', '&'])
            .filter_map(|p| p.strip_prefix("hash="))
            .map(str::to_string);
        let from_form = request
            .form
            .iter()
            .filter(|(k, _)| k == "hash")
            .map(|(_, v)| v.clone());
        for token in from_query.chain(from_form) {
            if !token.is_empty() && !tokens.contains(&token) {
                tokens.push(token);
            }
        }
    }
    tokens
}

/// Every file under `dir`, recursively (none when `dir` is missing).
/// The id of the first loan the site would renew, from `loans --json`.
pub fn renewable_id(loans: &Value) -> String {
    loans
        .as_array()
        .and_then(|loans| loans.iter().find(|l| l["renewable"] == true))
        .and_then(|l| l["id"].as_str())
        .expect("a renewable loan")
        .to_string()
}

pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}
