//! `new`: the site's 新着資料 lists (docs/protocol.md#new-arrivals). Public pages, so an
//! anonymous client (no login, no session cache, no profile lock). The
//! genre menu is read first: `--genre` is checked against it before any
//! list is asked for; without `--genre` every genre is read, with a
//! progress bar on stderr when it is a terminal.

use std::io::IsTerminal;

use super::choice::{best, coded, none_fits, normalize};
use super::context::Context;
use crate::cli::NewArgs;
use crate::client::Client;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{Genre, NewArrival};

/// The genres `--genre` names: a code, else names by the shared rule
/// ([`best`]: exact, normalised, start, part). A word several names share
/// at the step that decides reads them all (`小説`: 日本の小説 and
/// 外国の小説) — this only narrows what is read.
pub(super) fn resolve_genre(
    input: &str,
    genres: &[Genre],
    lang: Lang,
) -> Result<Vec<Genre>, CliError> {
    let wanted = normalize(input);
    if let Some(g) = genres
        .iter()
        .find(|g| g.code == input.trim() || normalize(&g.code) == wanted)
    {
        return Ok(vec![g.clone()]);
    }
    let found = best(input, genres, |g| &g.name);
    if found.is_empty() {
        return Err(none_fits(
            format!(
                "--genre: {} {input:?}",
                lang.t("このジャンルはありません", "unknown genre")
            ),
            lang.t("サイトのジャンル", "the site's genres"),
            coded(genres.iter().map(|g| (g.code.as_str(), g.name.as_str()))),
        ));
    }
    Ok(found.into_iter().cloned().collect())
}

fn progress(ctx: &Context, len: usize, what: &str) -> indicatif::ProgressBar {
    if len < 2 || ctx.out.quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(len as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar.set_message(what.to_string());
    bar
}

/// The lists of `genres`, in menu order (a progress bar on a terminal).
pub(super) async fn fetch(
    ctx: &Context,
    client: &mut Client,
    genres: &[Genre],
) -> Result<Vec<NewArrival>, CliError> {
    let bar = progress(ctx, genres.len(), ctx.lang().t("ジャンル", "genres"));
    let mut all = Vec::new();
    for genre in genres {
        bar.set_message(crate::output::terminal_safe(&genre.name).into_owned());
        match client.new_arrivals(genre).await {
            Ok(rows) => all.extend(rows),
            Err(e) => {
                bar.finish_and_clear();
                return Err(e.into());
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(all)
}

/// The progress bar for other per-item reads (title details).
pub(super) fn item_progress(ctx: &Context, len: usize, what: &str) -> indicatif::ProgressBar {
    progress(ctx, len, what)
}

pub async fn run(ctx: &mut Context, args: &NewArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let mut client = ctx.public_client()?;
    let genres = client.new_arrival_genres().await?;
    if args.list_genres {
        crate::output::arrivals::genres(&ctx.out, &genres)?;
        return Ok(Exit::Success);
    }
    let chosen: Vec<Genre> = if args.genre.is_empty() {
        genres.clone()
    } else {
        let mut chosen: Vec<Genre> = Vec::new();
        for input in &args.genre {
            for g in resolve_genre(input, &genres, lang)? {
                if !chosen.contains(&g) {
                    chosen.push(g);
                }
            }
        }
        chosen
    };
    let arrivals = fetch(ctx, &mut client, &chosen).await?;
    crate::output::arrivals::arrivals(&ctx.out, &arrivals)?;
    if !ctx.out.json && !arrivals.is_empty() {
        let line = match lang {
            Lang::Ja => format!("{} 件（{} ジャンル）", arrivals.len(), chosen.len()),
            Lang::En => format!("{} titles in {} genre(s)", arrivals.len(), chosen.len()),
        };
        ctx.out.note(&line);
    }
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn genres() -> Vec<Genre> {
        [
            ("01", "総記・情報科学"),
            ("22", "日本の小説"),
            ("23", "外国の小説"),
            ("27", "絵本・紙芝居"),
        ]
        .iter()
        .map(|(c, n)| Genre {
            code: c.to_string(),
            name: n.to_string(),
        })
        .collect()
    }

    #[test]
    fn genres_by_code_name_or_part() {
        let g = genres();
        let pick = |s: &str| {
            resolve_genre(s, &g, Lang::En)
                .map(|found| found.into_iter().map(|g| g.code).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        assert_eq!(pick("22"), ["22"]);
        assert_eq!(pick("２２"), ["22"]);
        assert_eq!(pick("日本の小説"), ["22"]);
        assert_eq!(pick("絵本"), ["27"]);
        assert_eq!(pick("日本"), ["22"]);
        // The README's example: every genre with 小説 in its name.
        assert_eq!(pick("小説"), ["22", "23"]);
        assert!(pick("99").is_empty());
        let err = resolve_genre("99", &g, Lang::En).unwrap_err();
        assert_eq!(err.exit, Exit::Usage);
        assert!(err.hint.unwrap().contains("22 日本の小説"));
    }
}
