//! Ctrl-C (SIGINT) once a write has been sent. Until the first request
//! that may change something leaves, an interrupt keeps its default effect:
//! the process ends as killed by the signal (130 in a shell), and nothing
//! was changed. From then on what was sent may or may not have been
//! applied, and the results are not printed yet: an interrupt says so, with
//! the command that shows how things stand (the one each feature's
//! `unknown` outcome names, `output::write::Worded::CHECK`), and exits 8
//! like any unknown outcome (docs/contract.md#write-results).

use std::sync::{Arc, Once, mpsc};

use crate::cli::Command;
use crate::client::http::WriteHook;
use crate::error::{CliError, Exit};
use crate::model::{AlertResult, RenewResult, RsvResult, SettingResult, ShelfResult};
use crate::output::Output;
use crate::output::write::Worded;

/// The hook the transports call before every write, for a command that
/// can send one; `None` for a command that only reads.
pub fn hook(command: &Command, out: Output) -> Option<WriteHook> {
    let check = check_of(command)?;
    let armed = Arc::new(Once::new());
    Some(Arc::new(move || {
        armed.call_once(|| arm(out, interrupted(out, check)));
    }))
}

/// Where a command's writes can be checked: what its `unknown` results say.
fn check_of(command: &Command) -> Option<&'static str> {
    Some(match command {
        Command::Renew(_) => RenewResult::CHECK,
        Command::Reserve(_) | Command::Reservations(_) | Command::Cart(_) => RsvResult::CHECK,
        Command::Shelf(_) => ShelfResult::CHECK,
        Command::Alert(_) => AlertResult::CHECK,
        Command::Settings(_) | Command::History(_) | Command::Password(_) => SettingResult::CHECK,
        Command::Login(_)
        | Command::Logout(_)
        | Command::Status(_)
        | Command::Profiles
        | Command::Doctor(_)
        | Command::Loans(_)
        | Command::Search(_)
        | Command::Show(_)
        | Command::New(_)
        | Command::Libraries(_)
        | Command::Capture(_)
        | Command::Barcode(_)
        | Command::Calendar(_)
        | Command::Sim(_) => return None,
    })
}

fn interrupted(out: Output, check: &str) -> CliError {
    let lang = out.lang;
    CliError::new(
        Exit::Unknown,
        lang.t(
            "中断しました: 変更を送信した後のため、反映されたかどうかは不明です",
            "interrupted after a change was sent: it may or may not have been applied",
        ),
    )
    .with_hint(lang.t(
        &format!("再実行する前に `{check}` で確認してください"),
        &format!("check with `{check}` before trying again"),
    ))
}

/// Installs the handler and returns once it is in place (a signal right
/// after this must not find the default one).
fn arm(out: Output, err: CliError) {
    watch(move || {
        out.error(&err);
        #[allow(
            clippy::exit,
            reason = "the signal ends the run from outside the command; the code is still the error's"
        )]
        std::process::exit(i32::from(err.exit.code()));
    });
}

/// `capture`: SIGINT no longer ends this process. The command it runs is in
/// the same process group and gets the terminal's SIGINT itself (its
/// handler is reset to the default when it starts); this process waits for
/// what that command says and passes its exit code on.
pub fn outlive_child() {
    watch(|| {});
}

/// Runs `on_signal` at every SIGINT from now on, and returns once the
/// handler is in place. It runs on a thread of its own: the command's
/// thread may be blocked when the signal comes (a password prompt for a
/// re-login before the re-read, `capture` waiting for its command).
fn watch(on_signal: impl Fn() + Send + 'static) {
    if ignored_from_start() {
        return;
    }
    let (ready, installed) = mpsc::channel();
    let watcher = std::thread::Builder::new()
        .name("interrupt".into())
        .spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                let Ok(mut signal) = interrupt_signal() else {
                    return;
                };
                let _ = ready.send(());
                while signal.recv().await.is_some() {
                    on_signal();
                }
            });
        });
    // Without a handler (no thread, no signal) SIGINT keeps its default.
    if watcher.is_ok() {
        let _ = installed.recv();
    }
}

/// Whether SIGINT was ignored when the process started (a background job
/// of a script, `nohup`): such a process must keep ignoring it, and a
/// handler would replace the ignoring. Linux says so in /proc; elsewhere
/// it is taken as not ignored.
fn ignored_from_start() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let mask = status.lines().find_map(|l| l.strip_prefix("SigIgn:"))?;
            u64::from_str_radix(mask.trim(), 16).ok()
        })
        // SIGINT is signal 2: bit 1.
        .is_some_and(|mask| mask & (1 << 1) != 0)
}

#[cfg(unix)]
fn interrupt_signal() -> std::io::Result<tokio::signal::unix::Signal> {
    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
}

#[cfg(windows)]
fn interrupt_signal() -> std::io::Result<tokio::signal::windows::CtrlC> {
    tokio::signal::windows::ctrl_c()
}
