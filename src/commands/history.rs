//! `history`: the reading history (読書履歴), kept per profile as an archive
//! that reads only add to and update (the site lists newest first; a
//! refresh stops at the first row already kept), searched locally;
//! `history enable|disable` the recording setting, enabling only with
//! consent to the terms; `history forget` deletes the archive.

use std::collections::HashSet;
use std::io::IsTerminal;

use jiff::civil::Date;

use super::batch::Go;
use super::choice::normalize;
use super::context::Context;
use crate::cli::{HistoryAction, HistoryArgs, HistoryForgetArgs, WriteOpts};
use crate::client::settings::SettingsScreen;
use crate::config::history::{self as cache, Archive, HistoryCache};
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{HistoryEntry, SettingAction, SettingReason, SettingResult, Verdict};

pub async fn run(ctx: &mut Context, args: &HistoryArgs) -> Result<Exit, CliError> {
    match &args.action {
        Some(HistoryAction::Enable(a)) => setting(ctx, true, a.accept_terms, a.write).await,
        Some(HistoryAction::Disable(write)) => setting(ctx, false, false, *write).await,
        Some(HistoryAction::Forget(a)) => forget(ctx, a),
        None => list(ctx, args).await,
    }
}

fn parse_since(text: &str, lang: Lang) -> Result<Date, CliError> {
    crate::clock::parse_iso_date(text.trim()).ok_or_else(|| {
        CliError::usage(format!(
            "--since {text:?}: {}",
            lang.t("日付ではありません", "not a date")
        ))
        .with_hint("YYYY-MM-DD")
    })
}

/// What the cache is keyed on: the site and the card.
fn cache_key(ctx: &Context, base_url: &str, card: &str) -> (String, String) {
    let base = if ctx.is_demo() { "demo" } else { base_url };
    (base.to_string(), card.to_string())
}

fn progress(ctx: &Context) -> indicatif::ProgressBar {
    if ctx.out.quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar.set_message(ctx.lang().t("ページ", "pages").to_string());
    bar
}

async fn list(ctx: &mut Context, args: &HistoryArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let since = args
        .since
        .as_deref()
        .map(|s| parse_since(s, lang))
        .transpose()?;
    let name = ctx.profile_name().to_string();
    let cached = if args.offline {
        let card = offline_card(ctx, &name)?;
        let base = ctx.base_url_for(ctx.config.profiles.get(&name))?;
        let (base, card) = cache_key(ctx, base.as_str(), &card);
        archive(ctx, &name, &base, &card)?.ok_or_else(|| {
            CliError::usage(lang.t(
                "この端末にはまだ読書履歴がありません",
                "no reading history kept here for this profile yet",
            ))
            .with_hint(lang.t(
                "`toshokan history` をオンラインで一度実行してください",
                "run `toshokan history` online once",
            ))
        })?
    } else {
        refresh(ctx, &name, args.refresh).await?
    };
    let wanted = args
        .search
        .as_deref()
        .map(normalize)
        .filter(|s| !s.is_empty());
    let rows: Vec<HistoryEntry> = cached
        .entries
        .iter()
        .filter(|e| since.is_none_or(|d| e.loaned_on >= d))
        .filter(|e| {
            wanted.as_ref().is_none_or(|w| {
                [Some(&e.title), e.author.as_ref(), e.publisher.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|field| normalize(field).contains(w.as_str()))
            })
        })
        .cloned()
        .collect();
    crate::output::history::print(&ctx.out, &rows)?;
    Ok(Exit::Success)
}

fn offline_card(ctx: &Context, name: &str) -> Result<String, CliError> {
    #[cfg(feature = "sim")]
    if let Some(demo) = &ctx.demo {
        return Ok(demo.credentials().card.clone());
    }
    ctx.known_card(name)
        .ok_or_else(|| super::context::not_logged_in_as(ctx.lang(), &ctx.config, name))
}

/// The profile's archive for this site and card (`None`: there is none
/// yet). Another card's archive, or one that cannot be read, stops the
/// command: a read must never replace it.
fn archive(
    ctx: &Context,
    name: &str,
    base: &str,
    card: &str,
) -> Result<Option<HistoryCache>, CliError> {
    let lang = ctx.lang();
    let path = cache::file(&ctx.paths, name);
    let keep = |what: String| {
        CliError::usage(what).with_hint(format!(
            "{} {} {}",
            lang.t(
                "残すには別の場所へ移してください:",
                "to keep it, move it elsewhere:"
            ),
            path.display(),
            lang.t(
                "／削除するには `toshokan history forget`",
                "; to delete it, `toshokan history forget`"
            )
        ))
    };
    match cache::load(&ctx.paths, name, base, card) {
        Archive::None => Ok(None),
        Archive::Found(found) => Ok(Some(found)),
        Archive::Foreign { card, base_url } => Err(keep(format!(
            "{} ({} {}, {base_url})",
            lang.t(
                "この端末の読書履歴は別のカードまたは別のサイトのものです",
                "the reading history kept here belongs to another card or site",
            ),
            lang.t("カード", "card"),
            crate::config::mask_card(&card),
        ))),
        Archive::Unreadable(why) => Err(keep(format!(
            "{}: {why}",
            lang.t(
                "この端末の読書履歴を読めません",
                "the reading history kept here cannot be read",
            )
        ))),
    }
}

/// Reads what is new on the site (everything with `full`) into the
/// archive. Rows are added and updated, never dropped: after the site
/// deleted its history (turning recording off does), the archive may be
/// the only copy left.
async fn refresh(ctx: &mut Context, name: &str, full: bool) -> Result<HistoryCache, CliError> {
    let lang = ctx.lang();
    let mut account = ctx.open(name)?;
    let card = account
        .card
        .clone()
        .ok_or_else(|| super::context::not_logged_in(lang))?;
    let (base, card) = cache_key(ctx, &account.base_url, &card);
    let mut store =
        archive(ctx, name, &base, &card)?.unwrap_or_else(|| HistoryCache::new(&base, &card));
    let known: HashSet<String> = if full {
        HashSet::new()
    } else {
        store.entries.iter().map(HistoryEntry::key).collect()
    };
    let bar = progress(ctx);
    let mut on_page = |done: usize, expected: Option<usize>| {
        if let Some(n) = expected {
            bar.set_length(n as u64);
        }
        bar.set_position(done as u64);
    };
    let fetched = account
        .client
        .history(&|e: &HistoryEntry| known.contains(&e.key()), &mut on_page)
        .await;
    bar.finish_and_clear();
    let fetched = fetched?;
    if !fetched.recording {
        ctx.out.note(lang.t(
            "読書履歴を記録しない設定です（`toshokan history enable` で記録を始められます）",
            "reading history is not recorded for this card (`toshokan history enable` starts it)",
        ));
        return Ok(store);
    }
    let new = store.merge(fetched.entries);
    store.total = fetched.total;
    store.updated_at = jiff::Timestamp::now();
    cache::save(&ctx.paths, name, &store)?;
    ctx.out.note(&match lang {
        Lang::Ja => format!(
            "新しい履歴 {new} 件（この端末に {} 件、サイトの件数 {}、{} ページ読み込み）",
            store.entries.len(),
            fetched.total.map_or("-".into(), |t| t.to_string()),
            fetched.pages
        ),
        Lang::En => format!(
            "{new} new row(s); {} kept here; the site counts {}; {} page(s) read",
            store.entries.len(),
            fetched.total.map_or("-".into(), |t| t.to_string()),
            fetched.pages
        ),
    });
    Ok(store)
}

/// `history forget`: deletes the profile's archive, whatever it holds (the
/// one way rows leave it). Asks on a terminal; without one it needs
/// `--yes`, and otherwise deletes nothing (exit 2).
fn forget(ctx: &Context, args: &HistoryForgetArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    // Not while another toshokan (a cron job's `history`) may write it.
    let _lock = super::context::lock_profile(&ctx.paths, &name, &ctx.out)?;
    let path = cache::file(&ctx.paths, &name);
    let rows = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str::<HistoryCache>(&text).ok())
        .map(|c| c.entries.len());
    let report = |forgotten: bool| -> Result<Exit, CliError> {
        if ctx.out.json {
            ctx.out.json(&serde_json::json!({
                "profile": name, "forgotten": forgotten, "rows": if forgotten { rows } else { None }
            }))?;
        }
        Ok(Exit::Success)
    };
    if !path.exists() {
        ctx.out.note(&format!(
            "{} ({name})",
            lang.t(
                "この端末に読書履歴はありません",
                "no reading history is kept here"
            )
        ));
        return report(false);
    }
    let what = match (lang, rows) {
        (Lang::Ja, Some(n)) => format!("この端末の読書履歴 {n} 件（{name}）"),
        (Lang::En, Some(n)) => format!("the {n} reading-history row(s) kept here for {name}"),
        (Lang::Ja, None) => format!("この端末の読書履歴（{name}）"),
        (Lang::En, None) => format!("the reading history kept here for {name}"),
    };
    if !args.yes {
        if ctx.no_input {
            return Err(CliError::usage(format!(
                "{}: {what}",
                lang.t(
                    "確認できないため削除しません",
                    "nobody to ask, so nothing deleted"
                )
            ))
            .with_hint(lang.t(
                "削除するには --yes を付けてください: toshokan history forget --yes",
                "to delete it, add --yes: toshokan history forget --yes",
            )));
        }
        let question = match lang {
            Lang::Ja => format!("{what}を削除しますか？ サイトの読書履歴はそのままです"),
            Lang::En => format!("Delete {what}? The site's history is not touched"),
        };
        if !ctx.confirm(&question) {
            ctx.out
                .note(lang.t("削除しませんでした", "nothing deleted"));
            return report(false);
        }
    }
    let forgotten = cache::forget(&ctx.paths, &name)?;
    if forgotten {
        ctx.out.note(&match lang {
            Lang::Ja => format!("{what}を削除しました"),
            Lang::En => format!("deleted {what}"),
        });
    }
    report(forgotten)
}

/// `history enable|disable`: the recording setting (modelled screen).
async fn setting(
    ctx: &mut Context,
    enable: bool,
    accept_terms: bool,
    opts: WriteOpts,
) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    if !enable {
        // The site deletes the recorded history when recording stops.
        super::batch::destructive(ctx, opts, "history disable")?;
    }
    // Consent cannot be given without a person: refuse before sending anything.
    if enable && !accept_terms && ctx.no_input && !opts.dry_run {
        return Err(CliError::usage(lang.t(
            "読書履歴の記録には利用規約への同意が必要です",
            "recording the reading history needs consent to its terms",
        ))
        .with_hint(lang.t(
            "規約を読んで --accept-terms を付けてください",
            "read the terms and add --accept-terms",
        )));
    }
    let action = if enable {
        SettingAction::HistoryEnable
    } else {
        SettingAction::HistoryDisable
    };
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let (info, page) = account
        .client
        .settings_page(SettingsScreen::History)
        .await?;
    // Without a readable 読書履歴 row neither "unchanged" nor the outcome
    // could be known: refused before anything is sent.
    crate::client::settings::verifiable(&info, action)?;
    let word = |on: bool| if on { "on" } else { "off" }.to_string();
    let skipped = |reason| {
        SettingResult::new(action, Verdict::skipped(reason))
            .values(info.history_recording.map(word), Some(word(enable)))
    };
    let result = if info.history_recording == Some(enable) {
        skipped(SettingReason::Unchanged)
    } else {
        if enable {
            if let Some(terms) = &page.terms {
                ctx.out.say(&format!(
                    "{}\n{terms}\n",
                    lang.t("【読書履歴の利用規約】", "[Reading history terms]")
                ));
            }
            eprintln!(
                "{}",
                lang.t(
                    "記録されるのは、記録を始めた後の貸出だけです。",
                    "Only loans made after recording starts are recorded."
                )
            );
        } else {
            eprintln!(
                "{}",
                lang.t(
                    "記録を止めると、サイト上の読書履歴が削除されることがあります（この端末に保存した分は残ります。消すのは `toshokan history forget` だけです）。",
                    "Stopping may delete the history on the site (the rows kept here stay; only `toshokan history forget` deletes them)."
                )
            );
        }
        let agreed = !enable
            || accept_terms
            || opts.dry_run
            || dialoguer::Confirm::new()
                .with_prompt(lang.t("利用規約に同意しますか？", "Do you agree to the terms?"))
                .default(false)
                .interact()
                .unwrap_or(false);
        let question = if enable {
            lang.t(
                "読書履歴の記録を始めますか？",
                "Start recording the reading history?",
            )
        } else {
            lang.t(
                "読書履歴の記録を止めますか？",
                "Stop recording the reading history?",
            )
        };
        let opts = WriteOpts {
            yes: opts.yes || accept_terms,
            ..opts
        };
        if !agreed {
            skipped(SettingReason::Declined)
        } else if let Some(reason) = Go::ask(ctx, opts, question).held_back() {
            skipped(reason)
        } else {
            account.client.set_history(&page, &info, enable).await?.0
        }
    };
    super::settings::finish(ctx, &name, result)
}
