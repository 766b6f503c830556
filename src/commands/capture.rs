//! `capture DIR COMMAND…`: runs the command and keeps every page it
//! received, scrubbed, so a patron can report where their library's site
//! differs. The command runs as a child process of this one, with
//! `TOSHOKAN_CAPTURE_DIR` telling its transport observer where to write.
//! Files are numbered on from the highest number already in DIR and never
//! replace a file; an existing DIR keeps its mode, a new one is 0700.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cli::CaptureArgs;
use crate::client::RequestRecord;
use crate::client::http::bounded;
use crate::client::scrub::{personal_values, scrub_all};
use crate::config::fsutil;
use crate::error::{CliError, Exit};

pub const CAPTURE_ENV: &str = "TOSHOKAN_CAPTURE_DIR";

/// Where captured pages go, and what must not be in them.
pub struct Capture {
    dir: PathBuf,
    cards: Vec<String>,
    count: AtomicUsize,
    /// `doctor --bundle`: pages kept (file name, page) until `write_held`,
    /// which scrubs them once every personal value is known.
    held: Option<Mutex<Vec<(String, String)>>>,
    /// Personal values the pages seen so far showed in their labelled
    /// cells (`scrub::personal_values`): a name or address shown on the
    /// user information screen is scrubbed from every later page too.
    learnt: Mutex<Vec<String>>,
}

impl Capture {
    pub fn new(dir: PathBuf, cards: Vec<String>) -> Capture {
        Capture {
            count: AtomicUsize::new(highest_number(&dir)),
            dir,
            cards,
            held: None,
            learnt: Mutex::new(Vec::new()),
        }
    }

    /// A capture that keeps the pages in memory until `write_held`.
    pub fn held(dir: PathBuf, cards: Vec<String>) -> Capture {
        Capture {
            held: Some(Mutex::new(Vec::new())),
            ..Capture::new(dir, cards)
        }
    }

    /// Remembers the personal values a page shows.
    fn learn(&self, page: &str) {
        let found = personal_values(page);
        if found.is_empty() {
            return;
        }
        if let Ok(mut learnt) = self.learnt.lock() {
            for value in found {
                if !learnt.contains(&value) {
                    learnt.push(value);
                }
            }
        }
    }

    /// Values the command itself sends (passwords, a birth date, a phone
    /// number): kept out of every page saved from now on, wherever a page
    /// puts them. Call before the request that sends them.
    pub fn keep_out(&self, values: &[String]) {
        if let Ok(mut learnt) = self.learnt.lock() {
            for value in values {
                if !value.is_empty() && !learnt.contains(value) {
                    learnt.push(value.clone());
                }
            }
        }
    }

    /// A page without every known card number, tokens, mail addresses,
    /// phone numbers, long digit runs, personal cells, the `personal`
    /// values given and those learnt from the pages seen.
    fn scrubbed(&self, page: &str, personal: &[String]) -> String {
        let mut values: Vec<String> = personal.to_vec();
        if let Ok(learnt) = self.learnt.lock() {
            values.extend(learnt.iter().cloned());
        }
        scrub_all(page, &self.cards, &values)
    }

    /// Saves one page, scrubbed (or keeps it for `write_held`). Best
    /// effort: a page that cannot be written must not break the command.
    pub fn save(&self, record: &RequestRecord<'_>, page: &str) {
        if page.is_empty() {
            return;
        }
        self.learn(page);
        let action: String = record
            .path
            .rsplit('/')
            .next()
            .unwrap_or("page")
            .chars()
            .take_while(|c| *c != '?')
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let name = |n: usize| format!("{n:03}-{}-{action}.html", record.method);
        if let Some(held) = &self.held {
            let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
            if let Ok(mut held) = held.lock() {
                held.push((name(n), page.to_string()));
            }
            return;
        }
        let text = self.scrubbed(page, &[]);
        // Never over an earlier capture: a number another run took since
        // this one started is skipped.
        loop {
            let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
            match fsutil::write_new(&self.dir.join(name(n)), bounded(&text).as_bytes(), 0o600) {
                Ok(false) => continue,
                Ok(true) | Err(_) => break,
            }
        }
    }

    /// Writes the kept pages, scrubbed, also of `personal` values (mode
    /// 0600); returns how many.
    pub fn write_held(&self, personal: &[String]) -> Result<usize, CliError> {
        let pages = match &self.held {
            Some(held) => held
                .lock()
                .map(|mut h| std::mem::take(&mut *h))
                .unwrap_or_default(),
            None => Vec::new(),
        };
        for (name, page) in &pages {
            let text = self.scrubbed(page, personal);
            fsutil::write_atomic(&self.dir.join(name), bounded(&text).as_bytes(), 0o600)?;
        }
        Ok(pages.len())
    }
}

/// The highest number a file in `dir` starts with (`012-GET-….html`), so
/// that a second capture into the same directory goes on after the first.
fn highest_number(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name();
            let digits: String = name
                .to_string_lossy()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            // A name no capture wrote (a run of digits too long) is ignored.
            (digits.len() <= 9).then(|| digits.parse::<usize>().ok())?
        })
        .max()
        .unwrap_or(0)
}

/// The arguments of this process without `capture DIR`: the command to run.
fn child_args(dir: &Path) -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "capture") {
        args.remove(at);
        if at < args.len() && Path::new(&args[at]) == dir {
            args.remove(at);
        }
    }
    args
}

pub fn run(args: &CaptureArgs) -> Result<Exit, CliError> {
    fsutil::ensure_dir(&args.dir)?;
    let dir = std::fs::canonicalize(&args.dir)
        .map_err(|e| CliError::usage(format!("{}: {e}", args.dir.display())))?;
    let exe = std::env::current_exe().map_err(|e| CliError::new(Exit::Internal, e.to_string()))?;
    // Ctrl-C must not end this process before the command it runs has said
    // what it was doing (exit 8 after a write was sent).
    super::interrupt::outlive_child();
    let status = std::process::Command::new(exe)
        .args(child_args(&args.dir))
        .env(CAPTURE_ENV, &dir)
        .status()
        .map_err(|e| CliError::new(Exit::Internal, format!("cannot run the command: {e}")))?;
    eprintln!("captured pages: {}", dir.display());
    Ok(match status.code() {
        None => return Ok(killed_by(&status)),
        Some(0) => Exit::Success,
        Some(2) => Exit::Usage,
        Some(3) => Exit::Auth,
        Some(4) => Exit::Refused,
        Some(5) => Exit::Unavailable,
        Some(6) => Exit::Layout,
        Some(7) => Exit::Partial,
        Some(8) => Exit::Unknown,
        _ => Exit::Internal,
    })
}

/// A command ended by a signal ends this run with the code a shell gives
/// it, 128 + the signal (130 for SIGINT); no `Exit` stands for those.
#[cfg(unix)]
fn killed_by(status: &std::process::ExitStatus) -> Exit {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        #[allow(
            clippy::exit,
            reason = "the command's own end is passed on; it is none of the documented codes"
        )]
        Some(signal) => std::process::exit(128 + signal),
        None => Exit::Internal,
    }
}

#[cfg(not(unix))]
fn killed_by(_: &std::process::ExitStatus) -> Exit {
    Exit::Internal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::http::MAX_BODY;

    #[test]
    fn a_captured_page_is_capped() {
        let dir = tempfile::tempdir().unwrap();
        let capture = Capture::new(dir.path().to_path_buf(), Vec::new());
        let record = RequestRecord {
            method: "GET",
            path: "/licsxp-opac/WOpacMnuTopInitAction.do".into(),
            status: Some(200),
            elapsed: std::time::Duration::ZERO,
            page: None,
        };
        let page = format!("<html><body>{}</body></html>", "a".repeat(MAX_BODY + 1024));
        capture.save(&record, &page);
        let sizes: Vec<u64> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .collect();
        assert_eq!(sizes.len(), 1);
        assert!(sizes[0] <= MAX_BODY as u64, "{sizes:?}");
    }
}
