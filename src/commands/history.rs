//! `history`: the reading history (読書履歴), cached per profile and
//! refreshed incrementally (the site lists newest first; a refresh stops at
//! the first row already cached), searched locally; `history enable|disable`
//! the recording setting, enabling only with consent to the terms.

use std::collections::HashSet;
use std::io::IsTerminal;

use jiff::civil::Date;

use super::batch::Go;
use super::choice::normalize;
use super::context::{CARD_ENV, Context};
use crate::cli::{HistoryAction, HistoryArgs, WriteOpts};
use crate::client::settings::SettingsScreen;
use crate::config::history::{self as cache, HistoryCache};
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{HistoryEntry, SettingAction, SettingReason, SettingResult, Verdict};

pub async fn run(ctx: &mut Context, args: &HistoryArgs) -> Result<Exit, CliError> {
    if ctx.all_profiles && !ctx.is_demo() {
        return Err(
            CliError::usage("history takes one profile at a time").with_hint("use --profile NAME")
        );
    }
    match &args.action {
        Some(HistoryAction::Enable(a)) => setting(ctx, true, a.accept_terms, a.write).await,
        Some(HistoryAction::Disable(a)) => setting(ctx, false, false, a.write).await,
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
        cache::load(&ctx.paths, &name, &base, &card).ok_or_else(|| {
            CliError::usage(lang.t(
                "この端末にはまだ読書履歴がありません",
                "no reading history cached for this profile yet",
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
    ctx.config
        .profiles
        .get(name)
        .and_then(|p| p.card.clone())
        .or_else(|| {
            std::env::var(CARD_ENV)
                .ok()
                .filter(|c| !c.trim().is_empty())
        })
        .ok_or_else(|| super::context::not_logged_in(ctx.lang()))
}

/// Reads what is new on the site (everything with `full`) and updates the cache.
async fn refresh(ctx: &mut Context, name: &str, full: bool) -> Result<HistoryCache, CliError> {
    let lang = ctx.lang();
    let mut account = ctx.open(name)?;
    let card = account
        .card
        .clone()
        .ok_or_else(|| super::context::not_logged_in(lang))?;
    let (base, card) = cache_key(ctx, &account.base_url, &card);
    let mut store = if full {
        None
    } else {
        cache::load(&ctx.paths, name, &base, &card)
    }
    .unwrap_or_else(|| HistoryCache::new(&base, &card));
    let known: HashSet<String> = store.entries.iter().map(HistoryEntry::key).collect();
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
    let fetched = fetched.map_err(|e| ctx.client_error(e))?;
    if !fetched.recording {
        ctx.out.note(lang.t(
            "読書履歴を記録しない設定です（`toshokan history enable` で記録を始められます）",
            "reading history is not recorded for this card (`toshokan history enable` starts it)",
        ));
        return Ok(store);
    }
    let new = fetched.entries.len();
    if fetched.reached_known || !fetched.complete {
        store.merge_new(fetched.entries);
    } else {
        // The whole list was read: it is what the site has now.
        store.entries = fetched.entries;
    }
    store.total = fetched.total;
    store.updated_at = jiff::Timestamp::now();
    cache::save(&ctx.paths, name, &store)?;
    ctx.out.note(&match lang {
        Lang::Ja => format!(
            "新しい履歴 {new} 件（保存済み {} 件、サイトの件数 {}、{} ページ読み込み）",
            store.entries.len(),
            fetched.total.map_or("-".into(), |t| t.to_string()),
            fetched.pages
        ),
        Lang::En => format!(
            "{new} new row(s); {} cached; the site counts {}; {} page(s) read",
            store.entries.len(),
            fetched.total.map_or("-".into(), |t| t.to_string()),
            fetched.pages
        ),
    });
    Ok(store)
}

/// `history enable|disable`: the recording setting (modelled screen).
async fn setting(
    ctx: &mut Context,
    enable: bool,
    accept_terms: bool,
    opts: WriteOpts,
) -> Result<Exit, CliError> {
    let lang = ctx.lang();
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
        .await
        .map_err(|e| ctx.client_error(e))?;
    // Without a readable 読書履歴 row neither "unchanged" nor the outcome
    // could be known: refused before anything is sent.
    crate::client::settings::verifiable(&info, action).map_err(|e| ctx.client_error(e))?;
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
                    "記録を止めると、サイト上の読書履歴が削除されることがあります（この端末の保存分は残ります）。",
                    "Stopping may delete the history on the site (the copy cached here is kept)."
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
            account
                .client
                .set_history(&page, &info, enable)
                .await
                .map_err(|e| ctx.client_error(e))?
                .0
        }
    };
    super::settings::finish(ctx, &name, result)
}
