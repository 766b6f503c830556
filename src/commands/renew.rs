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
    let profiles = if args.ids.is_empty() {
        ctx.profiles()?
    } else {
        vec![ctx.profile_name().to_string()]
    };
    let tagged = ctx.all_profiles && !ctx.is_demo();
    let mut results: Vec<(String, RenewResult)> = Vec::new();
    let mut stopped = false;
    for name in profiles {
        let mut account = ctx.open(&name)?;
        let page = account
            .client
            .loan_page(ctx.today)
            .await
            .map_err(|e| ctx.client_error(e))?;
        let targets = select(&page, args, lang)?;
        let outcome = renew_all(ctx, &mut account, page, &targets, args).await;
        account.save_session(&ctx.paths)?;
        stopped |= outcome.stopped;
        results.extend(outcome.results.into_iter().map(|r| (name.clone(), r)));
        if stopped {
            break;
        }
    }
    crate::output::renew::print(&ctx.out, &results, tagged)?;
    Ok(batch_exit(results.iter().map(|(_, r)| r.outcome), stopped))
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
    let eligible: Vec<String> = targets
        .iter()
        .filter(|l| l.renewable)
        .map(|l| l.id.clone())
        .collect();
    for loan in targets.iter().filter(|l| !l.renewable) {
        let blocker = loan.renew_blocker.unwrap_or(RenewBlocker::Unknown);
        results.push(RenewResult::for_loan(
            loan,
            Outcome::Refused,
            RenewReason::Blocked(blocker),
            None,
        ));
    }
    if args.dry_run || eligible.is_empty() || !confirmed(ctx, args, eligible.len()) {
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

/// Asks on a terminal unless `--yes` or `--no-input`.
fn confirmed(ctx: &Context, args: &RenewArgs, count: usize) -> bool {
    if args.yes || ctx.no_input {
        return true;
    }
    let lang = ctx.lang();
    let prompt = match lang {
        crate::i18n::Lang::Ja => format!("{count}点を延長しますか？"),
        crate::i18n::Lang::En => format!("Renew {count} loan(s)?"),
    };
    dialoguer::Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .interact()
        .unwrap_or(false)
}

/// The exit status of a batch of writes (SPEC §5).
pub fn batch_exit(outcomes: impl Iterator<Item = Outcome>, stopped_on_layout: bool) -> Exit {
    let (mut done, mut refused, mut failed, mut unknown) = (0, 0, 0, 0);
    for o in outcomes {
        match o {
            Outcome::Done | Outcome::Skipped => done += 1,
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
    }
}
