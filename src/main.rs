use std::process::ExitCode;

use clap::Parser;

use toshokan::cli::Cli;
use toshokan::error::Exit;
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
    let cli = Cli::parse();
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
