//! `renew`: pick loans from a fresh list, renew each by the two-stage flow
//! (exactly once), report per item. Exit 0 / 4 / 6 / 7 / 8.

use super::context::{Account, Context};
use crate::cli::RenewArgs;
use crate::client::LoanPage;
use crate::error::{CliError, Exit};
use crate::model::{Loan, Outcome, RenewBlocker, RenewReason, RenewResult};

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
    let tagged = ctx.all_profiles && !ctx.is_demo();
    let mut results: Vec<(String, RenewResult)> = Vec::new();
    let mut stopped = false;
    let mut errors: Vec<CliError> = Vec::new();
    for name in ctx.profiles()? {
        // One card's trouble must not hide what was already done for another.
        match renew_profile(ctx, &name, args).await {
            Ok(outcome) => {
                stopped |= outcome.stopped;
                results.extend(outcome.results.into_iter().map(|r| (name.clone(), r)));
            }
            Err(e) if tagged => errors.push(CliError {
                message: format!("{name}: {}", e.message),
                ..e
            }),
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
    let exit = batch_exit(results.iter().map(|(_, r)| r.outcome), stopped);
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
) -> Result<BatchOutcome, CliError> {
    let lang = ctx.lang();
    let mut account = ctx.open(name)?;
    let page = account
        .client
        .loan_page(ctx.today)
        .await
        .map_err(|e| ctx.client_error(e))?;
    let targets = select(&page, args, lang)?;
    let outcome = renew_all(ctx, &mut account, page, &targets, args).await;
    Ok(outcome)
}

/// The loans the options pick, in list order. Unknown ids are a usage
/// error before anything is sent.
fn select(
    page: &LoanPage,
    args: &RenewArgs,
    lang: crate::i18n::Lang,
) -> Result<Vec<Loan>, CliError> {
    if !args.ids.is_empty() {
        let unknown: Vec<&str> = args
            .ids
            .iter()
            .filter(|id| page.loan(id).is_none())
            .map(String::as_str)
            .collect();
        if !unknown.is_empty() {
            return Err(CliError::usage(format!(
                "{}: {}",
                lang.t("貸出中にない資料", "no such loan"),
                unknown.join(", ")
            ))
            .with_hint(lang.t(
                "`toshokan loans` の ID を指定してください",
                "use an ID printed by `toshokan loans`",
            )));
        }
        let mut picked: Vec<Loan> = Vec::new();
        for id in &args.ids {
            if let Some(loan) = page.loan(id)
                && !picked.iter().any(|l| l.id == loan.id)
            {
                picked.push(loan.clone());
            }
        }
        return Ok(picked);
    }
    Ok(page
        .listing
        .items
        .iter()
        .filter(|l| args.due_within.is_none_or(|d| l.days_left <= i64::from(d)))
        .cloned()
        .collect())
}

struct BatchOutcome {
    results: Vec<RenewResult>,
    /// An unexpected confirmation stopped the batch (exit 6).
    stopped: bool,
}

async fn renew_all(
    ctx: &Context,
    account: &mut Account,
    page: LoanPage,
    targets: &[Loan],
    args: &RenewArgs,
) -> BatchOutcome {
    let mut results = Vec::new();
    let mut eligible: Vec<String> = Vec::new();
    for loan in targets.iter().filter(|l| l.renewable) {
        // One attempt per id, whatever the list repeats: never a second send.
        if !eligible.contains(&loan.id) {
            eligible.push(loan.id.clone());
        }
    }
    for loan in targets.iter().filter(|l| !l.renewable) {
        let blocker = loan.renew_blocker.unwrap_or(RenewBlocker::Unknown);
        results.push(RenewResult::for_loan(
            loan,
            Outcome::Refused,
            RenewReason::Blocked(blocker),
            None,
        ));
    }
    if args.dry_run
        || eligible.is_empty()
        || !ctx.confirm(args.yes, &question(ctx.lang(), eligible.len()))
    {
        let reason = if args.dry_run {
            RenewReason::WouldRenew
        } else {
            RenewReason::NotAttempted
        };
        for loan in targets.iter().filter(|l| l.renewable) {
            results.push(RenewResult::for_loan(
                loan,
                Outcome::Skipped,
                reason.clone(),
                None,
            ));
        }
        results.sort_by_key(|r| targets.iter().position(|l| l.id == r.id));
        return BatchOutcome {
            results,
            stopped: false,
        };
    }
    let mut current = Some(page);
    let mut stopped = false;
    for id in &eligible {
        let before = targets.iter().find(|l| &l.id == id);
        if stopped {
            if let Some(loan) = before {
                results.push(RenewResult::for_loan(
                    loan,
                    Outcome::Skipped,
                    RenewReason::NotAttempted,
                    None,
                ));
            }
            continue;
        }
        // Each renewal starts from the freshest list: the previous stage-2
        // answer when it was the list, else a new read.
        let fresh = match current.take() {
            Some(p) => p,
            None => match account.client.loan_page(ctx.today).await {
                Ok(p) => p,
                Err(e) => {
                    if let Some(loan) = before {
                        results.push(RenewResult::for_loan(
                            loan,
                            Outcome::Failed,
                            RenewReason::NotSent(e.to_string()),
                            None,
                        ));
                    }
                    continue;
                }
            },
        };
        let (result, next) = account.client.renew(&fresh, id, ctx.today).await;
        stopped = matches!(result.reason, RenewReason::UnexpectedConfirmation(_));
        results.push(result);
        current = next;
    }
    // Report in the list's order, whatever order the work was done in.
    results.sort_by_key(|r| targets.iter().position(|l| l.id == r.id));
    BatchOutcome { results, stopped }
}

fn question(lang: crate::i18n::Lang, count: usize) -> String {
    match lang {
        crate::i18n::Lang::Ja => format!("{count}点を延長しますか？"),
        crate::i18n::Lang::En => format!("Renew {count} loan(s)?"),
    }
}

/// The exit status of a batch of writes (SPEC §5).
pub fn batch_exit(outcomes: impl Iterator<Item = Outcome>, stopped_on_layout: bool) -> Exit {
    let (mut done, mut refused, mut failed, mut unknown) = (0, 0, 0, 0);
    for o in outcomes {
        match o {
            // Skipped items (dry run, declined, not attempted) count neither way.
            Outcome::Skipped => {}
            Outcome::Done => done += 1,
            Outcome::Refused => refused += 1,
            Outcome::Failed => failed += 1,
            Outcome::Unknown => unknown += 1,
        }
    }
    if unknown > 0 {
        Exit::Unknown
    } else if stopped_on_layout {
        Exit::Layout
    } else if refused + failed == 0 {
        Exit::Success
    } else if done > 0 {
        Exit::Partial
    } else if failed > 0 {
        Exit::Unavailable
    } else {
        Exit::Refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_exit_codes() {
        use Outcome::*;
        assert_eq!(batch_exit([Done, Done].into_iter(), false), Exit::Success);
        assert_eq!(batch_exit([].into_iter(), false), Exit::Success);
        assert_eq!(
            batch_exit([Done, Refused].into_iter(), false),
            Exit::Partial
        );
        assert_eq!(batch_exit([Refused].into_iter(), false), Exit::Refused);
        assert_eq!(
            batch_exit([Done, Unknown, Refused].into_iter(), false),
            Exit::Unknown
        );
        assert_eq!(
            batch_exit([Failed, Skipped].into_iter(), true),
            Exit::Layout
        );
        assert_eq!(batch_exit([Failed].into_iter(), false), Exit::Unavailable);
        assert_eq!(
            batch_exit([Skipped, Skipped].into_iter(), false),
            Exit::Success
        );
        assert_eq!(
            batch_exit([Skipped, Refused].into_iter(), false),
            Exit::Refused
        );
    }
}
