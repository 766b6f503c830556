use std::process::ExitCode;

use clap::Parser;

use toshokan::cli::Cli;
use toshokan::error::Exit;
use toshokan::i18n::Lang;
use toshokan::output::Output;

fn main() -> ExitCode {
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
