//! One module per subcommand: resolve options, call the client, hand the
//! results to `output`. No HTTP here.

mod alert;
mod barcode;
mod batch;
mod calendar;
pub mod capture;
mod cart;
mod choice;
pub mod complete;
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
mod profiles;
mod renew;
mod reservation_write;
mod reservations;
mod reserve;
mod search;
mod settings;
mod shelf;
mod show;
#[cfg(feature = "sim")]
mod sim;
mod status;

use crate::cli::{
    AlertCommand, CartAction, Cli, Command, ReservationsAction, SettingsAction, ShelfCommand,
};
use crate::error::{CliError, Exit};
pub use context::Context;

/// Runs a parsed command line and returns the exit status.
/// The edge: every error leaves here worded in the person's language.
pub async fn run(cli: Cli) -> Result<Exit, CliError> {
    let before_context = |e| errors::word(e, crate::i18n::Lang::resolve(cli.global.lang), None);
    if let Command::Capture(args) = &cli.command {
        return capture::run(args).map_err(before_context);
    }
    let mut ctx = Context::new(&cli.global).map_err(before_context)?;
    // Every profile already, from files alone: neither --all-profiles nor
    // --demo changes what it reads.
    if let Command::Profiles = &cli.command {
        return profiles::run(&ctx).map_err(|e| ctx.word(e));
    }
    let result = dispatch(&mut ctx, &cli).await;
    result.map_err(|e| ctx.word(e))
}

/// Runs the command in `ctx`; its errors are worded by [`run`].
async fn dispatch(ctx: &mut Context, cli: &Cli) -> Result<Exit, CliError> {
    if ctx.all_profiles && !takes_all_profiles(&cli.command) {
        let lang = ctx.lang();
        return Err(CliError::usage(lang.t(
            "このコマンドは一度に一つのプロファイルで実行します（--all-profiles は使えません）",
            "this command takes one profile at a time, not --all-profiles",
        ))
        .with_hint(format!(
            "{}: {}",
            lang.t(
                "--profile 名前 で選んでください。--all-profiles が使えるのは",
                "choose one with --profile NAME; --all-profiles is for",
            ),
            crate::cli::ALL_PROFILES_COMMANDS.join(", ")
        )));
    }
    ctx.on_write = interrupt::hook(&cli.command, ctx.out);
    #[cfg(feature = "sim")]
    if let Command::Sim(args) = &cli.command {
        return sim::run(ctx, args, cli.global.demo).await;
    }
    #[cfg(feature = "sim")]
    if cli.global.demo {
        ctx.demo = Some(demo::Demo::start(ctx).await?);
    }
    let result = match &cli.command {
        Command::Login(args) => login::run(ctx, args).await,
        Command::Logout(args) => logout::run(ctx, args).await,
        Command::Status(args) => status::run(ctx, args).await,
        Command::Doctor(args) => doctor::run(ctx, args).await,
        Command::Loans(args) => loans::run(ctx, args).await,
        Command::Renew(args) => renew::run(ctx, args).await,
        Command::Reserve(args) => reserve::run(ctx, args).await,
        Command::Cart(args) => cart::run(ctx, args).await,
        Command::Reservations(args) => reservations::run(ctx, args).await,
        Command::Search(args) => search::run(ctx, args).await,
        Command::Show(args) => show::run(ctx, args).await,
        Command::Shelf(args) => shelf::run(ctx, args).await,
        Command::Alert(args) => alert::run(ctx, args).await,
        Command::New(args) => new::run(ctx, args).await,
        Command::Libraries(args) => libraries::run(ctx, args).await,
        Command::History(args) => history::run(ctx, args).await,
        Command::Barcode(args) => barcode::run(ctx, args),
        Command::Settings(args) => settings::run(ctx, args).await,
        Command::Password(args) => password::run(ctx, args).await,
        Command::Calendar(args) => calendar::run(ctx, args).await,
        #[cfg(feature = "sim")]
        Command::Sim(_) | Command::Capture(_) | Command::Profiles => {
            unreachable!("handled above")
        }
        #[cfg(not(feature = "sim"))]
        Command::Capture(_) | Command::Profiles => unreachable!("handled above"),
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
        demo.finish(ctx)?;
    }
    result
}

/// Whether `--all-profiles` runs this command for every profile: the reads
/// of one's own account and `renew` (cron's household job). Anything else
/// (a write to one account, login, doctor, the public pages) is refused
/// rather than run for the `default` profile alone.
pub fn takes_all_profiles(command: &Command) -> bool {
    match command {
        Command::Status(_) | Command::Loans(_) | Command::Renew(_) => true,
        Command::Reservations(a) => matches!(a.action, None | Some(ReservationsAction::List(_))),
        Command::Shelf(a) => matches!(a.action, None | Some(ShelfCommand::List(_))),
        Command::Cart(a) => matches!(a.action, None | Some(CartAction::List)),
        Command::Alert(a) => matches!(
            a.action,
            None | Some(AlertCommand::List(_) | AlertCommand::Check(_))
        ),
        Command::Settings(a) => matches!(a.action, None | Some(SettingsAction::Show)),
        _ => false,
    }
}

/// Each profile's rows as output prints them, tagged with the profile's
/// name when several profiles are shown.
pub(crate) fn by_profile<T>(
    groups: &[(String, Vec<T>)],
    tagged: bool,
) -> Vec<(Option<&str>, &[T])> {
    groups
        .iter()
        .map(|(name, rows)| (tagged.then_some(name.as_str()), rows.as_slice()))
        .collect()
}

/// Each profile's rows with its name, as a calendar names them.
pub(crate) fn named<T>(groups: &[(String, Vec<T>)]) -> Vec<(&str, &[T])> {
    groups
        .iter()
        .map(|(name, rows)| (name.as_str(), rows.as_slice()))
        .collect()
}

/// `-v`: what the pages read lacked (optional columns and fields the
/// parsers left empty), one line each on stderr, whether the command
/// succeeded or not.
fn print_notes(lang: crate::i18n::Lang) {
    for note in crate::client::parse::notes::take() {
        crate::output::eprint_safe(&format!(
            "{}: {}",
            lang.t("注記", "note"),
            errors::note_text(&note, lang)
        ));
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    fn parse(line: &str) -> Command {
        let words = std::iter::once("toshokan").chain(line.split(' '));
        Cli::try_parse_from(words)
            .unwrap_or_else(|e| panic!("{line}: {e}"))
            .command
    }

    #[test]
    fn all_profiles_runs_the_commands_its_help_names_and_no_other() {
        let help = crate::cli::ALL_PROFILES_HELP;
        for line in crate::cli::ALL_PROFILES_COMMANDS {
            assert!(takes_all_profiles(&parse(line)), "{line}");
            for word in line.split(' ') {
                assert!(help.contains(word), "the help names {word}");
            }
        }
        for line in [
            "reservations list --ready",
            "shelf list",
            "cart list",
            "alert list",
            "settings show",
            "renew --due-within 3",
        ] {
            assert!(takes_all_profiles(&parse(line)), "{line}");
        }
        for line in [
            "login",
            "logout",
            "doctor",
            "history",
            "history forget",
            "shelf show 1",
            "shelf add 1 1001000100003",
            "cart add 1001000100003",
            "alert show x",
            "alert delete x",
            "reservations cancel 1",
            "reserve 1001000100003",
            "settings pickup 中央",
            "search 静岡",
            "new",
            "calendar",
            "barcode",
        ] {
            assert!(!takes_all_profiles(&parse(line)), "{line}");
        }
    }
}
