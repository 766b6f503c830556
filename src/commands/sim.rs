//! `toshokan sim`: serve the simulator, print its base URL and the demo credentials.

use std::collections::HashMap;

use super::context::Context;
use crate::cli::{SimArgs, SimFault};
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::sim::{self, ConfirmFault, Faults, Sim, seed};

pub async fn run(ctx: &Context, args: &SimArgs, demo: bool) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let today = match &args.today {
        Some(t) => crate::clock::parse_iso_date(t).ok_or_else(|| {
            CliError::usage(format!("--today {t} is not a date")).with_hint("use YYYY-MM-DD")
        })?,
        None => ctx.today,
    };
    if demo {
        // `toshokan --demo sim --reset` starts the demo library afresh.
        if !args.reset {
            return Err(CliError::usage(lang.t(
                "--demo と sim を併用できるのは --reset のときだけです",
                "with --demo, sim only takes --reset",
            ))
            .with_hint("toshokan --demo sim --reset"));
        }
        let library = seed::library(args.seed, today);
        sim::save_library(&ctx.paths.demo_state_file(), &library)
            .map_err(|e| CliError::new(Exit::Internal, e))?;
        ctx.out.note(lang.t(
            "デモの図書館を初期状態に戻しました",
            "The demo library is reset",
        ));
        return Ok(Exit::Success);
    }
    let mut library = match &args.state {
        Some(path) if path.exists() && !args.reset => sim::load_library(path).map_err(|e| {
            CliError::usage(format!("cannot read {}: {e}", path.display()))
                .with_hint("use --reset to start afresh")
        })?,
        _ => seed::library(args.seed, today),
    };
    // A kept library lives on: the days since it was saved pass first.
    if args.state.is_some() && !args.reset {
        library.advance_to(today);
    }
    library.today = today;
    let accounts: Vec<(String, String)> = library
        .accounts
        .iter()
        .map(|a| (a.card.clone(), a.password.clone()))
        .collect();
    let replays = replays(&args.replay, lang)?;
    let mut sim = Sim::new(library);
    if let Some(path) = &args.state {
        sim::save_library(path, &sim.library()).map_err(|e| CliError::new(Exit::Internal, e))?;
        sim = sim.persist_to(path.clone());
    }
    sim.log_to_stderr(true);
    sim.with(|s| {
        s.faults.latency_ms = args.latency_ms;
        for fault in &args.fault {
            apply(&mut s.faults, *fault);
        }
        s.replays = replays;
    });
    let running = sim
        .start(&args.listen)
        .await
        .map_err(|e| CliError::usage(format!("cannot listen on {}: {e}", args.listen)))?;
    println!("{}", running.base_url);
    for (card, password) in &accounts {
        eprintln!(
            "{}: {card}  {}: {password}",
            lang.t("カード", "card"),
            lang.t("パスワード", "password")
        );
    }
    eprintln!(
        "{}",
        lang.t(
            "例: toshokan --base-url <上のURL> login --card <カード>  (Ctrl-C で終了)",
            "try: toshokan --base-url <the URL above> login --card <card>  (Ctrl-C stops)"
        )
    );
    tokio::select! {
        _ = running.wait() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    Ok(Exit::Success)
}

/// The account screens `--replay` can answer, by the site's `gamen` name.
const REPLAY_SCREENS: [(&str, &str); 5] = [
    ("loans", "usrlend"),
    ("reservations", "usrrsv"),
    ("shelves", "mybooklist"),
    ("history", "usrread"),
    ("alerts", "newpcfsdi"),
];

/// `SCREEN=FILE` arguments read into pages keyed by `gamen`.
fn replays(args: &[String], lang: Lang) -> Result<HashMap<String, String>, CliError> {
    let names = || {
        REPLAY_SCREENS
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut pages = HashMap::new();
    for arg in args {
        let (screen, file) = arg.split_once('=').ok_or_else(|| {
            CliError::usage(format!(
                "--replay {arg}: {}",
                lang.t("SCREEN=FILE の形で指定してください", "expected SCREEN=FILE")
            ))
            .with_hint(format!("--replay loans=page.html ({})", names()))
        })?;
        let gamen = REPLAY_SCREENS
            .iter()
            .find(|(name, _)| *name == screen)
            .map(|(_, gamen)| *gamen)
            .ok_or_else(|| {
                CliError::usage(format!(
                    "--replay: {} {screen:?}",
                    lang.t("再生できない画面", "cannot replay screen")
                ))
                .with_hint(names())
            })?;
        let page =
            std::fs::read(file).map_err(|e| CliError::usage(format!("--replay {file}: {e}")))?;
        // Pages are served as UTF-8, as LiCS-XP sends them.
        let page = String::from_utf8(page).map_err(|_| {
            CliError::usage(format!(
                "--replay {file}: {}",
                lang.t("UTF-8 ではありません", "not UTF-8")
            ))
        })?;
        pages.insert(gamen.to_string(), page);
    }
    Ok(pages)
}

/// Sets one `--fault` on the simulator's faults.
fn apply(faults: &mut Faults, fault: SimFault) {
    match fault {
        SimFault::DropAfterWrite => faults.drop_after_write = true,
        SimFault::SlowWrite => faults.on_confirm = Some(ConfirmFault::SlowAnswer(40_000)),
        SimFault::WriteHttp500 => faults.on_confirm = Some(ConfirmFault::Http500),
        SimFault::WriteMaintenance => faults.on_confirm = Some(ConfirmFault::Maintenance),
        SimFault::WriteSessionExpired => faults.on_confirm = Some(ConfirmFault::SessionExpired),
        SimFault::WrongCode => faults.wrong_confirmation_code = true,
        SimFault::WrongAction => faults.wrong_confirmation_action = true,
        SimFault::ChangedLayout => faults.changed_layout = true,
        SimFault::UnknownColumn => faults.unknown_column = true,
        SimFault::ChangedConfirmation => faults.changed_confirmation = true,
        SimFault::Maintenance => faults.maintenance = true,
        SimFault::Http500 => faults.http_500 = true,
    }
}
