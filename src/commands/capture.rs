//! `capture DIR COMMAND…`: runs the command and keeps every page it
//! received, scrubbed, so a patron can report where their library's site
//! differs. The command runs as a child process of this one, with
//! `TOSHOKAN_CAPTURE_DIR` telling its transport observer where to write.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::cli::CaptureArgs;
use crate::client::RequestRecord;
use crate::client::scrub::scrub;
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
}

/// What replaces a personal value (name, address) in a saved page.
const PERSONAL: &str = "[PERSONAL]";

impl Capture {
    pub fn new(dir: PathBuf, cards: Vec<String>) -> Capture {
        Capture {
            dir,
            cards,
            count: AtomicUsize::new(0),
            held: None,
        }
    }

    /// A capture that keeps the pages in memory until `write_held`.
    pub fn held(dir: PathBuf, cards: Vec<String>) -> Capture {
        Capture {
            held: Some(Mutex::new(Vec::new())),
            ..Capture::new(dir, cards)
        }
    }

    /// A page without every known card number, tokens, mail addresses,
    /// phone numbers, long digit runs and the `personal` values given.
    fn scrubbed(&self, page: &str, personal: &[String]) -> String {
        let mut text = scrub(page, None);
        for card in &self.cards {
            text = scrub(&text, Some(card));
        }
        for value in personal {
            let value = value.trim();
            if value.chars().count() >= 2 {
                text = text.replace(value, PERSONAL);
                let compact: String = value.split_whitespace().collect();
                if compact.chars().count() >= 2 {
                    text = text.replace(&compact, PERSONAL);
                }
            }
        }
        text
    }

    /// Saves one page, scrubbed (or keeps it for `write_held`). Best
    /// effort: a page that cannot be written must not break the command.
    pub fn save(&self, record: &RequestRecord<'_>, page: &str) {
        if page.is_empty() {
            return;
        }
        let n = self.count.fetch_add(1, Ordering::SeqCst) + 1;
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
        let name = format!("{n:03}-{}-{action}.html", record.method);
        if let Some(held) = &self.held {
            if let Ok(mut held) = held.lock() {
                held.push((name, page.to_string()));
            }
            return;
        }
        let text = self.scrubbed(page, &[]);
        let _ = fsutil::write_atomic(&self.dir.join(name), text.as_bytes(), 0o600);
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
            fsutil::write_atomic(&self.dir.join(name), text.as_bytes(), 0o600)?;
        }
        Ok(pages.len())
    }
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
    let status = std::process::Command::new(exe)
        .args(child_args(&args.dir))
        .env(CAPTURE_ENV, &dir)
        .status()
        .map_err(|e| CliError::new(Exit::Internal, format!("cannot run the command: {e}")))?;
    eprintln!("captured pages: {}", dir.display());
    Ok(match status.code() {
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
