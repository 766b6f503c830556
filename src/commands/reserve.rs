//! `reserve`: いますぐ予約 for each title, pickup and contact checked against
//! the page's own options before anything is sent, one confirm each,
//! verified on the reservation list.

use super::batch::{self, Go};
use super::choice;
use super::context::Context;
use super::errors::title_read_failure;
use crate::cli::{ContactMethod, PickupOpts, ReserveArgs};
use crate::client::parse::reserve::ConfirmForm;
use crate::client::reserve::Reservable;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{Outcome, RsvAction, RsvCase, RsvReason, RsvResult, TitleCode, Verdict};

fn row(id: &str, title: &str, verdict: Verdict<RsvCase>) -> RsvResult {
    RsvResult::for_title(RsvAction::Reserve, id, title, verdict)
}

pub async fn run(ctx: &mut Context, args: &ReserveArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let ids = TitleCode::unique(&args.ids);
    let name = ctx.profile_name().to_string();
    let profile = ctx.config.profiles.get(&name).cloned().unwrap_or_default();
    let mut account = ctx.open(&name)?;
    let mut before = account.client.reservation_page(ctx.today).await?;
    let mut choices: Option<(String, String)> = None;
    let mut asked: Option<Go> = None;
    let mut blind = false;
    let today = ctx.today;
    let alone = ids.len() == 1;
    let ctx_ref = &*ctx;
    let client = &mut account.client;
    let batch = batch::try_run(
        Go::Send,
        &ids,
        |id, verdict| row(id, "", verdict),
        async |id| {
            if blind {
                return Ok::<_, CliError>(row(id, "", Verdict::skipped(RsvReason::NotAttempted)));
            }
            if asked == Some(Go::Declined) {
                return Ok(row(id, "", Verdict::skipped(RsvReason::Declined)));
            }
            if before.active_for(id) > 0 {
                let title = before
                    .listing
                    .items
                    .iter()
                    .find(|r| r.tilcod == **id)
                    .map(|r| r.title.clone())
                    .unwrap_or_default();
                let verdict = Verdict::refused(RsvReason::Own(RsvCase::AlreadyReserved));
                return Ok(row(id, &title, verdict));
            }
            let item = match client.reservable(id).await {
                Ok(item) => item,
                Err(e) => return Ok(row(id, "", title_read_failure(lang, id, e, alone)?)),
            };
            // Choices are resolved once, on the first page, and checked on every page.
            let (pickup, contact) = match &choices {
                Some(c) => c.clone(),
                None => {
                    let c = choose(ctx_ref, &args.choice, &profile, &item.confirm)?;
                    choices = Some(c.clone());
                    c
                }
            };
            if let Some(reason) = offered(&item.confirm, &pickup, &contact) {
                return Ok(row(id, &item.title, Verdict::new(Outcome::Failed, reason)));
            }
            // Asked once, on the first title that can be sent, with its page's wording.
            let go = *asked.get_or_insert_with(|| {
                let question = describe(lang, &item, &pickup, &contact, ids.len());
                Go::ask(ctx_ref, args.write, &question)
            });
            if let Some(reason) = go.held_back() {
                return Ok(row(id, &item.title, Verdict::skipped(reason)));
            }
            let (result, fresh) = client
                .reserve(&item, &pickup, &contact, &before, today)
                .await;
            match fresh {
                Some(page) => before = page,
                None => match client.reservation_page(today).await {
                    Ok(page) => before = page,
                    // Without the list the next title's check cannot be made.
                    Err(_) => blind = true,
                },
            }
            Ok(result)
        },
    )
    .await?;
    crate::output::reservation_write::print(&ctx.out, &name, &batch.results)?;
    Ok(batch.exit())
}

fn describe(lang: Lang, item: &Reservable, pickup: &str, contact: &str, count: usize) -> String {
    describe_choice(lang, &item.confirm, pickup, contact, count)
}

pub(super) fn describe_choice(
    lang: Lang,
    page: &ConfirmForm,
    pickup: &str,
    contact: &str,
    count: usize,
) -> String {
    let name = |options: &[(String, String)], code: &str| {
        options
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| code.to_string())
    };
    let (p, c) = (name(&page.pickups, pickup), name(&page.contacts, contact));
    match lang {
        Lang::Ja => {
            format!("{count}点を予約します（受取館: {p}、連絡方法: {c}）。よろしいですか？")
        }
        Lang::En => format!("Reserve {count} title(s) for pickup at {p}, contact by {c}?"),
    }
}

/// Pickup and contact codes: the flags, else the profile's defaults, else
/// what the site preselects, else a question on a terminal.
pub(super) fn choose(
    ctx: &Context,
    asked: &PickupOpts,
    profile: &crate::config::Profile,
    page: &ConfirmForm,
) -> Result<(String, String), CliError> {
    let lang = ctx.lang();
    let pickup = match asked.pickup.as_deref().or(profile.pickup.as_deref()) {
        Some(lib) => choice::library(lib, &page.pickups, lang)?,
        None => match &page.pickup_selected {
            Some(code) => code.clone(),
            None => ask(
                ctx,
                lang.t("受取館", "Pickup library"),
                &page.pickups,
                "--pickup",
            )?,
        },
    };
    let method = asked
        .contact
        .or_else(|| profile.contact.as_deref().and_then(parse_method));
    let contact = match method {
        Some(m) => choice::contact(m, asked.phone, &page.contacts, lang)?,
        None => match &page.contact_selected {
            Some(code) => code.clone(),
            None => ask(
                ctx,
                lang.t("連絡方法", "Contact method"),
                &page.contacts,
                "--contact",
            )?,
        },
    };
    Ok((pickup, contact))
}

fn parse_method(s: &str) -> Option<ContactMethod> {
    <ContactMethod as clap::ValueEnum>::from_str(s, true).ok()
}

fn ask(
    ctx: &Context,
    what: &str,
    options: &[(String, String)],
    flag: &str,
) -> Result<String, CliError> {
    if ctx.no_input || options.is_empty() {
        return Err(CliError::usage(format!(
            "{what}: {}",
            ctx.lang().t("指定がありません", "not given")
        ))
        .with_hint(flag.to_string()));
    }
    let names: Vec<String> = options
        .iter()
        .map(|(_, n)| crate::output::terminal_safe(n).into_owned())
        .collect();
    let at = dialoguer::Select::new()
        .with_prompt(crate::output::terminal_safe(what))
        .items(&names)
        .default(0)
        .interact()
        .map_err(|e| CliError::usage(e.to_string()))?;
    Ok(options[at].0.clone())
}

/// The page must offer both choices; otherwise nothing is sent.
pub(super) fn offered(page: &ConfirmForm, pickup: &str, contact: &str) -> Option<RsvReason> {
    let has = |options: &[(String, String)], code: &str| options.iter().any(|(c, _)| c == code);
    if !has(&page.pickups, pickup) {
        return Some(RsvReason::NotSent(format!(
            "the page does not offer pickup {pickup}"
        )));
    }
    if !has(&page.contacts, contact) {
        return Some(RsvReason::NotSent(format!(
            "the page does not offer contact {contact}"
        )));
    }
    None
}
