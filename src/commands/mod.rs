//! One module per subcommand: resolve options, call the client, hand the
//! results to `output`. No HTTP here.

mod alert;
mod barcode;
mod batch;
mod calendar;
pub mod capture;
mod cart;
mod choice;
pub mod context;
#[cfg(feature = "sim")]
pub mod demo;
mod doctor;
pub mod errors;
mod history;
mod interrupt;
mod libraries;
mod loans;
mod login;
mod logout;
mod new;
mod password;
mod renew;
mod reservations;
mod reserve;
mod rsv_write;
mod search;
mod settings;
mod shelf;
mod show;
#[cfg(feature = "sim")]
mod sim;
mod status;

use crate::cli::{Cli, Command};
use crate::error::{CliError, Exit};
pub use context::Context;

/// Runs a parsed command line and returns the exit status.
pub async fn run(cli: Cli) -> Result<Exit, CliError> {
    if let Command::Capture(args) = &cli.command {
        return capture::run(args);
    }
    let mut ctx = Context::new(&cli.global)?;
    ctx.on_write = interrupt::hook(&cli.command, ctx.out);
    #[cfg(feature = "sim")]
    if let Command::Sim(args) = &cli.command {
        return sim::run(&ctx, args, cli.global.demo).await;
    }
    #[cfg(feature = "sim")]
    if cli.global.demo {
        ctx.demo = Some(demo::Demo::start(&ctx).await?);
    }
    let result = match &cli.command {
        Command::Login(args) => login::run(&mut ctx, args).await,
        Command::Logout(args) => logout::run(&mut ctx, args).await,
        Command::Status => status::run(&mut ctx).await,
        Command::Doctor(args) => doctor::run(&mut ctx, args).await,
        Command::Loans(args) => loans::run(&mut ctx, args).await,
        Command::Renew(args) => renew::run(&mut ctx, args).await,
        Command::Reserve(args) => reserve::run(&mut ctx, args).await,
        Command::Cart(args) => cart::run(&mut ctx, args).await,
        Command::Reservations(args) => reservations::run(&mut ctx, args).await,
        Command::Search(args) => search::run(&mut ctx, args).await,
        Command::Show(args) => show::run(&mut ctx, args).await,
        Command::Shelf(args) => shelf::run(&mut ctx, args).await,
        Command::Alert(args) => alert::run(&mut ctx, args).await,
        Command::New(args) => new::run(&mut ctx, args).await,
        Command::Libraries => libraries::run(&mut ctx).await,
        Command::History(args) => history::run(&mut ctx, args).await,
        Command::Barcode(args) => barcode::run(&mut ctx, args),
        Command::Settings(args) => settings::run(&mut ctx, args).await,
        Command::Password(args) => password::run(&mut ctx, args).await,
        Command::Calendar(args) => calendar::run(&mut ctx, args).await,
        #[cfg(feature = "sim")]
        Command::Sim(_) | Command::Capture(_) => unreachable!("handled above"),
        #[cfg(not(feature = "sim"))]
        Command::Capture(_) => unreachable!("handled above"),
        #[cfg(not(feature = "sim"))]
        Command::Sim(_) => Err(CliError::usage(
            "this build has no simulator (feature `sim`)",
        )),
    };
    if cli.global.verbose {
        print_notes(ctx.lang());
    }
    #[cfg(feature = "sim")]
    if let Some(demo) = ctx.demo.take() {
        demo.finish(&ctx)?;
    }
    result
}

/// `-v`: what the pages read lacked (optional columns and fields the
/// parsers left empty), one line each on stderr, whether the command
/// succeeded or not.
fn print_notes(lang: crate::i18n::Lang) {
    for note in crate::client::parse::notes::take() {
        eprintln!(
            "{}: {}",
            lang.t("注記", "note"),
            errors::note_text(&note, lang)
        );
    }
}
