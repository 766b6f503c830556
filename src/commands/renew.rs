//! `renew`: pick loans from a fresh list, renew each by the two-stage flow
//! (exactly once), report per item. Exit 0 / 4 / 6 / 7 / 8.

use super::batch::{self, Batch, Fresh, Go};
use super::context::{Account, Context};
use crate::cli::RenewArgs;
use crate::client::LoanPage;
use crate::error::{CliError, Exit};
use crate::model::{
    LOAN_DAYS, Loan, Outcome, Reason, RenewCase, RenewResult, Verdict, Written, renewal_due,
};

/// A loan due later than this many days, renewed now, spends its only
/// renewal for less than this many days: worth a warning.
const SPENDS_RENEWAL_DAYS: i64 = 7;

pub async fn run(ctx: &mut Context, args: &RenewArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    if args.ids.is_empty() && !args.all && args.due_within.is_none() {
        return Err(CliError::usage(lang.t(
            "延長する資料が指定されていません",
            "nothing selected to renew",
        ))
        .with_hint("toshokan renew ID… | --all | --due-within DAYS"));
    }
    if !args.ids.is_empty() && ctx.all_profiles {
        return Err(CliError::usage(lang.t(
            "ID 指定の延長は1つのプロファイルで行います",
            "loan ids belong to one profile: renew them without --all-profiles",
        ))
        .with_hint("toshokan --profile NAME renew ID…"));
    }
    let tagged = ctx.all_profiles;
    let mut results: Vec<(String, RenewResult)> = Vec::new();
    // Outcomes that decide the exit status: a declined batch's are not.
    let mut counted: Vec<Outcome> = Vec::new();
    let mut stopped = false;
    let mut errors: Vec<CliError> = Vec::new();
    for name in ctx.profiles()? {
        // One card's trouble must not hide what was already done for another.
        match renew_profile(ctx, &name, args).await {
            Ok(outcome) => {
                stopped |= outcome.stopped;
                if !outcome.results.iter().any(Written::declined) {
                    counted.extend(outcome.results.iter().map(|r| r.outcome));
                }
                results.extend(outcome.results.into_iter().map(|r| (name.clone(), r)));
            }
            Err(e) if tagged => {
                let e = ctx.word(e);
                errors.push(CliError {
                    message: format!("{name}: {}", e.message),
                    ..e
                })
            }
            Err(e) => return Err(e),
        }
        if stopped {
            break;
        }
    }
    crate::output::renew::print(&ctx.out, &results, tagged)?;
    for e in &errors {
        ctx.out.error(e);
    }
    let exit = Exit::of_batch(counted.into_iter(), stopped);
    Ok(match errors.first() {
        None => exit,
        Some(_) if exit == Exit::Unknown => Exit::Unknown,
        Some(_) if results.iter().any(|(_, r)| r.outcome == Outcome::Done) => Exit::Partial,
        Some(e) => e.exit,
    })
}

async fn renew_profile(
    ctx: &mut Context,
    name: &str,
    args: &RenewArgs,
) -> Result<Batch<RenewResult>, CliError> {
    let lang = ctx.lang();
    let mut account = ctx.open(name)?;
    let page = account.client.loan_page(ctx.today).await?;
    let targets = select(&page, args, lang)?;
    Ok(renew_all(ctx, &mut account, page, &targets, args).await)
}

/// The loans the options pick, in list order. Unknown ids are a usage
/// error before anything is sent.
fn select(
    page: &LoanPage,
    args: &RenewArgs,
    lang: crate::i18n::Lang,
) -> Result<Vec<Loan>, CliError> {
    if !args.ids.is_empty() {
        return super::choice::pick(
            &args.ids,
            |id| page.loan(id),
            lang,
            ("貸出中にない資料", "no such loan"),
            (
                "`toshokan loans` の ID を指定してください",
                "use an ID printed by `toshokan loans`",
            ),
        );
    }
    Ok(page
        .listing
        .items
        .iter()
        .filter(|l| args.due_within.is_none_or(|d| l.days_left <= i64::from(d)))
        .cloned()
        .collect())
}

async fn renew_all(
    ctx: &Context,
    account: &mut Account,
    page: LoanPage,
    targets: &[Loan],
    args: &RenewArgs,
) -> Batch<RenewResult> {
    let today = ctx.today;
    let out = &ctx.out;
    let mut eligible: Vec<&Loan> = Vec::new();
    let mut small: Vec<RenewResult> = Vec::new();
    for loan in targets.iter().filter(|l| l.renewable) {
        // One attempt per id, whatever the list repeats: never a second send.
        if eligible.iter().any(|e| e.id == loan.id) || small.iter().any(|s| s.id == loan.id) {
            continue;
        }
        let gain = loan.gain(today).unwrap_or(LOAN_DAYS);
        match args.min_gain {
            Some(min) if gain < i64::from(min) => {
                let verdict = Verdict::skipped(Reason::Own(RenewCase::SmallGain { gain, min }));
                small.push(RenewResult::for_loan(loan, verdict, renewal_due(today)));
            }
            _ => {
                if loan.days_left > SPENDS_RENEWAL_DAYS && gain < SPENDS_RENEWAL_DAYS {
                    out.warn(&crate::output::renew::small_gain(out.lang, loan, gain));
                }
                eligible.push(loan);
            }
        }
    }
    let go = if eligible.is_empty() {
        Go::Send
    } else {
        let plan = crate::output::renew::plan(out.lang, &eligible, today);
        Go::ask_about(
            ctx,
            args.write,
            &plan,
            &question(ctx.lang(), eligible.len()),
        )
    };
    let mut fresh = Fresh::new(page);
    let client = &mut account.client;
    let mut batch = batch::run(
        go,
        &eligible,
        // Held back by a dry run or a "no": the due date a renewal today
        // would give. Not attempted after a stop: nothing to say.
        |loan, verdict| {
            let planned = matches!(verdict.reason, Reason::WouldApply | Reason::Declined);
            let new_due = planned.then(|| renewal_due(today)).flatten();
            RenewResult::for_loan(loan, verdict, new_due)
        },
        async |loan| {
            let page = match fresh.take(async || client.loan_page(today).await).await {
                Ok(p) => p,
                Err(e) => {
                    return RenewResult::for_loan(loan, Verdict::not_sent(e.to_string()), None);
                }
            };
            let (result, next) = client.renew(&page, &loan.id, today).await;
            fresh.keep(next);
            result
        },
    )
    .await;
    batch.results.extend(small);
    batch.results.extend(
        targets
            .iter()
            .filter(|l| !l.renewable)
            .map(RenewResult::blocked),
    );
    // Report in the list's order, whatever order the work was done in.
    batch
        .results
        .sort_by_key(|r| targets.iter().position(|l| l.id == r.id));
    batch
}

fn question(lang: crate::i18n::Lang, count: usize) -> String {
    match lang {
        crate::i18n::Lang::Ja => format!("{count}点を延長しますか？"),
        crate::i18n::Lang::En => format!("Renew {count} loan(s)?"),
    }
}
