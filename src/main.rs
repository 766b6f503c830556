use std::process::ExitCode;

use clap::Parser;

use toshokan::cli::{self, Cli};
use toshokan::error::{CliError, Exit};
use toshokan::i18n::Lang;
use toshokan::output::Output;

fn main() -> ExitCode {
    // `COMPLETE=bash toshokan`: the shell's completion calls (nothing else runs).
    match toshokan::commands::complete::run_if_asked() {
        Ok(false) => {}
        Ok(true) => return ExitCode::SUCCESS,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(Exit::Usage.code());
        }
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    let out = Output {
        json: cli.global.json,
        lang: Lang::resolve(cli.global.lang),
        quiet: cli.global.quiet,
        color: false,
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(Exit::Internal.code());
        }
    };
    match runtime.block_on(toshokan::commands::run(cli)) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(err) => {
            out.error(&err);
            ExitCode::from(err.exit.code())
        }
    }
}

/// A command line clap refused. `--help` and `--version` (and errors
/// without `--json`) are clap's to print; with `--json` anywhere on the
/// line the error is the same JSON object as every other error
/// (docs/contract.md#json-output), since a script cannot tell clap's
/// errors from ours.
fn usage_error(e: clap::Error) -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if !e.use_stderr() || !cli::wants_json(&args) {
        e.exit();
    }
    let err: CliError = CliError::from_clap(&e);
    let out = Output {
        json: true,
        lang: Lang::resolve(None),
        quiet: false,
        color: false,
    };
    out.error(&err);
    ExitCode::from(err.exit.code())
}
