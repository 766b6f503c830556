//! `reservations change|cancel|hide`: pick rows on a fresh list, check the
//! state allows it, write each once by the two-stage flow, verify on the list.

use super::batch::{self, Batch, Fresh, Go};
use super::choice;
use super::context::{Account, Context};
use crate::cli::{RsvCancelArgs, RsvChangeArgs, RsvHideArgs, WriteOpts};
use crate::client::{Change, RsvPage};
use crate::error::{CliError, Exit};
use crate::model::{
    Reservation, ReservationState, RsvAction, RsvCase, RsvReason, RsvResult, Verdict,
};
use crate::output::write::plan_line;

enum Op {
    Cancel,
    Hide,
    Change(Change),
}

impl Op {
    fn action(&self) -> RsvAction {
        match self {
            Op::Cancel => RsvAction::Cancel,
            Op::Hide => RsvAction::Hide,
            Op::Change(_) => RsvAction::Change,
        }
    }

    /// Why this row cannot take the write, read from the page (buttons, selects).
    fn refusal(&self, row: &Reservation) -> Option<RsvReason> {
        match self {
            Op::Cancel if !row.cancellable => {
                Some(RsvReason::Own(RsvCase::StateForbids(row.status.clone())))
            }
            Op::Hide if !row.hideable => Some(RsvReason::Own(RsvCase::NotCancelled)),
            Op::Change(_) if !row.changeable => {
                Some(RsvReason::Own(RsvCase::StateForbids(row.status.clone())))
            }
            Op::Change(c) if is_phone_switch(row, c) => Some(RsvReason::Own(RsvCase::PhoneLocked)),
            Op::Change(c)
                if c.pickup_code
                    .as_ref()
                    .is_none_or(|p| row.pickup_code.as_ref() == Some(p))
                    && c.contact_code
                        .as_ref()
                        .is_none_or(|p| row.contact_code.as_ref() == Some(p)) =>
            {
                Some(RsvReason::Unchanged)
            }
            _ => None,
        }
    }
}

/// Shizuoka: after reserving, the phone to call cannot be changed online.
fn is_phone_switch(row: &Reservation, change: &Change) -> bool {
    let label = |code: &str| {
        row.contact_options
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    };
    let is_phone = |name: &str| name.contains("電話") || name.contains("音声");
    match (&row.contact_code, &change.contact_code) {
        (Some(old), Some(new)) if old != new => is_phone(&label(old)) && is_phone(&label(new)),
        _ => false,
    }
}

pub async fn cancel(ctx: &mut Context, args: &RsvCancelArgs) -> Result<Exit, CliError> {
    super::batch::destructive(ctx, args.write, "reservations cancel")?;
    run(ctx, &args.ids, false, Op::Cancel, args.write).await
}

pub async fn hide(ctx: &mut Context, args: &RsvHideArgs) -> Result<Exit, CliError> {
    super::batch::destructive(ctx, args.write, "reservations hide")?;
    run(ctx, &args.ids, args.cancelled, Op::Hide, args.write).await
}

pub async fn change(ctx: &mut Context, args: &RsvChangeArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let page = account.client.reservation_page(ctx.today).await?;
    let row = find_rows(&page, std::slice::from_ref(&args.id), lang)?.remove(0);
    // Choices are validated against the row's own options before anything is sent.
    let pickup_code = match &args.pickup {
        Some(lib) if !row.pickup_options.is_empty() => {
            Some(choice::library(lib, &row.pickup_options, lang)?)
        }
        _ => None,
    };
    let contact_code = match args.contact {
        Some(method) if !row.contact_options.is_empty() => Some(choice::contact(
            method,
            args.phone,
            &row.contact_options,
            lang,
        )?),
        _ => None,
    };
    let op = Op::Change(Change {
        pickup_code,
        contact_code,
    });
    let results = write_rows(ctx, &mut account, page, vec![row], op, args.write).await;
    finish(ctx, &name, results)
}

async fn run(
    ctx: &mut Context,
    ids: &[String],
    all_cancelled: bool,
    op: Op,
    opts: WriteOpts,
) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let page = account.client.reservation_page(ctx.today).await?;
    let rows = if all_cancelled {
        page.listing
            .items
            .iter()
            .filter(|r| r.state == ReservationState::Cancelled)
            .cloned()
            .collect()
    } else {
        find_rows(&page, ids, lang)?
    };
    let results = write_rows(ctx, &mut account, page, rows, op, opts).await;
    finish(ctx, &name, results)
}

fn finish(ctx: &Context, profile: &str, batch: Batch<RsvResult>) -> Result<Exit, CliError> {
    crate::output::reservation_write::print(&ctx.out, profile, &batch.results)?;
    Ok(batch.exit())
}

/// Unknown ids are a usage error before anything is sent.
fn find_rows(
    page: &RsvPage,
    ids: &[String],
    lang: crate::i18n::Lang,
) -> Result<Vec<Reservation>, CliError> {
    super::choice::pick(
        ids,
        |id| page.row(id),
        lang,
        ("該当する予約がありません", "no such reservation"),
        (
            "`toshokan reservations --include-cancelled` の ID を指定してください",
            "use an ID printed by `toshokan reservations --include-cancelled`",
        ),
    )
}

/// Refuses what the list already forbids, asks once, sends the rest in
/// order and reports in the order asked.
async fn write_rows(
    ctx: &Context,
    account: &mut Account,
    page: RsvPage,
    rows: Vec<Reservation>,
    op: Op,
    opts: WriteOpts,
) -> Batch<RsvResult> {
    let action = op.action();
    let order: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut results = Vec::new();
    let mut todo = Vec::new();
    for row in rows {
        match op.refusal(&row) {
            Some(RsvReason::Unchanged) => results.push(RsvResult::for_row(
                action,
                &row,
                Verdict::skipped(RsvReason::Unchanged),
            )),
            Some(reason) => {
                results.push(RsvResult::for_row(action, &row, Verdict::refused(reason)))
            }
            None => todo.push(row),
        }
    }
    let question = match (ctx.lang(), action) {
        (crate::i18n::Lang::Ja, RsvAction::Cancel) => {
            format!("{}件の予約を取り消しますか？", todo.len())
        }
        (crate::i18n::Lang::Ja, RsvAction::Hide) => {
            format!("{}件の取消済予約を非表示にしますか？", todo.len())
        }
        (crate::i18n::Lang::Ja, _) => "予約内容を変更しますか？".to_string(),
        (_, RsvAction::Cancel) => format!("Cancel {} reservation(s)?", todo.len()),
        (_, RsvAction::Hide) => format!("Hide {} cancelled reservation(s)?", todo.len()),
        _ => "Change the reservation?".to_string(),
    };
    let go = if todo.is_empty() {
        Go::Send
    } else {
        let plan: Vec<String> = todo.iter().map(|r| plan_line(&r.id, &r.title)).collect();
        Go::ask_about(ctx, opts, &plan, &question)
    };
    let today = ctx.today;
    let mut fresh = Fresh::new(page);
    let client = &mut account.client;
    let mut batch = batch::run(
        go,
        &todo,
        |row, verdict| RsvResult::for_row(action, row, verdict),
        async |row| {
            let page = match fresh
                .take(async || client.reservation_page(today).await)
                .await
            {
                Ok(p) => p,
                Err(e) => return RsvResult::for_row(action, row, Verdict::not_sent(e.to_string())),
            };
            // Re-validate on the freshest list: a row that moved on (e.g.
            // became ready for pickup) is not touched.
            let Some(now) = page.row(&row.id).cloned() else {
                fresh.keep(Some(page));
                let verdict = Verdict::not_sent("the reservation left the list");
                return RsvResult::for_row(action, row, verdict);
            };
            if let Some(reason) = op.refusal(&now) {
                fresh.keep(Some(page));
                return RsvResult::for_row(action, &now, Verdict::refused(reason));
            }
            let (result, next) = match &op {
                Op::Cancel => client.cancel_reservation(&page, &now, today).await,
                Op::Hide => client.hide_reservation(&page, &now, today).await,
                Op::Change(change) => client.change_reservation(&page, &now, change, today).await,
            };
            fresh.keep(next);
            result
        },
    )
    .await;
    results.append(&mut batch.results);
    // Whatever order the work was done in.
    results.sort_by_key(|r| order.iter().position(|id| *id == r.id));
    batch.results = results;
    batch
}
