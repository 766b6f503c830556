//! Loan renewal (貸出延長), research §8: a fresh loan list, stage 1 with the
//! list's form (`para` = the row's management code), the `OPACUSR005`
//! confirmation, stage 2, and the outcome read from the resulting list.

use jiff::ToSpan;
use jiff::civil::Date;
use scraper::Html;

use super::error::{ClientError, Result};
use super::form::Form;
use super::page::{self, screen};
use super::write::{EXPIRED, WriteError};
use super::{Client, inspect_page, parse};
use crate::model::{Listing, Loan, Outcome, RenewReason, RenewResult};

pub const RENEW_ACTION: &str = "WOpacUsrLendListExtendAction.do?mngFlg1_handan=1";
pub const RENEW_CODE: &str = "OPACUSR005";
/// Where the confirmation script sends stage 2 (no query).
pub const RENEW_CONFIRM_ACTION: &str = "WOpacUsrLendListExtendAction.do";
/// Loans last 14 days from the day the renewal is made.
pub const LOAN_DAYS: i64 = 14;

/// A loan list together with the form a renewal must re-post.
#[derive(Debug, Clone)]
pub struct LoanPage {
    pub listing: Listing<Loan>,
    form: Form,
}

impl LoanPage {
    fn from_doc(doc: &Html, today: Date) -> Result<LoanPage> {
        let form = Form::from_page(doc, "LBForm")
            .ok_or_else(|| ClientError::layout("loan list", "no LBForm"))?;
        Ok(LoanPage {
            listing: parse::loan_listing(doc, today)?,
            form,
        })
    }

    pub fn loan(&self, id: &str) -> Option<&Loan> {
        self.listing.items.iter().find(|l| l.id == id)
    }

    /// The loan with this id when exactly one row has it (research §8: a
    /// target must be unique on the freshest list).
    pub fn unique_loan(&self, id: &str) -> Option<&Loan> {
        let mut rows = self.listing.items.iter().filter(|l| l.id == id);
        match (rows.next(), rows.next()) {
            (Some(loan), None) => Some(loan),
            _ => None,
        }
    }
}

impl Client {
    /// The loan list with its form (a read).
    pub async fn loan_page(&mut self, today: Date) -> Result<LoanPage> {
        self.my_page(super::MyPage::Loans, |doc| LoanPage::from_doc(doc, today))
            .await
    }

    /// Renews one loan of `page`, which must be the freshest list. Returns
    /// the result and, when the stage-2 answer was the loan list, that list
    /// as the next fresh page (so k renewals cost 1 + 2k requests).
    pub async fn renew(
        &mut self,
        page: &LoanPage,
        id: &str,
        today: Date,
    ) -> (RenewResult, Option<LoanPage>) {
        let Some(loan) = page.unique_loan(id) else {
            let missing = RenewResult {
                id: id.to_string(),
                title: String::new(),
                outcome: Outcome::Failed,
                reason: RenewReason::NotSent("the loan is not on the list exactly once".into()),
                old_due: None,
                new_due: None,
            };
            return (missing, None);
        };
        let (Some(code), true) = (loan.renew_code.as_deref(), loan.renewable) else {
            let blocker = loan
                .renew_blocker
                .unwrap_or(crate::model::RenewBlocker::Unknown);
            return (
                RenewResult::for_loan(loan, Outcome::Refused, RenewReason::Blocked(blocker), None),
                None,
            );
        };
        let mut body = page.form.clone();
        if !body.set("para", code) {
            let reason =
                RenewReason::UnexpectedConfirmation("the loan list form has no para field".into());
            return (
                RenewResult::for_loan(loan, Outcome::Failed, reason, None),
                None,
            );
        }
        // The page script disables the shelf memo on load; the browser's
        // stage-1 body (HAR) has 17 fields without it.
        body.remove("commnt");
        let answer = self
            .two_stage(
                RENEW_ACTION,
                body,
                RENEW_CODE,
                Some(RENEW_CONFIRM_ACTION),
                &[screen::LEND_LIST],
            )
            .await;
        let response = match answer {
            Ok(r) => r,
            Err(WriteError::NotSent(e)) => {
                return (
                    RenewResult::for_loan(
                        loan,
                        Outcome::Failed,
                        RenewReason::NotSent(e.to_string()),
                        None,
                    ),
                    None,
                );
            }
            Err(WriteError::Unconfirmed(messages)) => {
                // Nothing was confirmed; see whether stage 1 alone changed anything.
                return match self.loan_page(today).await {
                    Ok(fresh) => {
                        let mut outcome = verify(loan, &fresh, today, &[], false);
                        if outcome.outcome != Outcome::Done {
                            // A message instead of a question is the library declining.
                            (outcome.outcome, outcome.reason) = match messages.first() {
                                Some(m) => (Outcome::Refused, RenewReason::SiteMessage(m.clone())),
                                None => (
                                    Outcome::Failed,
                                    RenewReason::UnexpectedConfirmation(
                                        "the site asked no confirmation".into(),
                                    ),
                                ),
                            };
                        }
                        (outcome, Some(fresh))
                    }
                    Err(e) => {
                        let reason = RenewReason::ConnectionLost(format!(
                            "no confirmation asked; re-reading failed: {e}"
                        ));
                        (
                            RenewResult::for_loan(loan, Outcome::Unknown, reason, None),
                            None,
                        )
                    }
                };
            }
            Err(WriteError::Unexpected(detail)) => {
                let reason = RenewReason::UnexpectedConfirmation(detail);
                return (
                    RenewResult::for_loan(loan, Outcome::Failed, reason, None),
                    None,
                );
            }
            Err(WriteError::Expired) => {
                // Nothing arrived in a session; the list shows it, when it can be read.
                return match self.loan_page(today).await {
                    Ok(fresh) => (verify(loan, &fresh, today, &[], true), Some(fresh)),
                    Err(e) => {
                        let reason = RenewReason::NotSent(format!(
                            "{EXPIRED}; re-reading the list failed: {e}"
                        ));
                        (
                            RenewResult::for_loan(loan, Outcome::Failed, reason, None),
                            None,
                        )
                    }
                };
            }
            Err(WriteError::Lost(e)) => {
                let reason = RenewReason::ConnectionLost(e.to_string());
                return (
                    RenewResult::for_loan(loan, Outcome::Unknown, reason, None),
                    None,
                );
            }
        };
        self.last_url = Some(response.url.clone());
        let after = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, &[screen::LEND_LIST])?;
            Ok((
                tokens,
                LoanPage::from_doc(doc, today)?,
                page::site_messages(doc),
            ))
        });
        match after {
            Ok((tokens, fresh, messages)) => {
                self.tokens = Some(tokens);
                (verify(loan, &fresh, today, &messages, false), Some(fresh))
            }
            Err(stage2_error) => {
                // Stage 2 landed elsewhere: read the list again to see what happened.
                let session_was_gone = matches!(stage2_error, ClientError::SessionGone);
                match self.loan_page(today).await {
                    Ok(fresh) => (
                        verify(loan, &fresh, today, &[], session_was_gone),
                        Some(fresh),
                    ),
                    Err(e) => {
                        let reason = RenewReason::ConnectionLost(format!(
                            "{stage2_error}; re-reading failed: {e}"
                        ));
                        (
                            RenewResult::for_loan(loan, Outcome::Unknown, reason, None),
                            None,
                        )
                    }
                }
            }
        }
    }
}

/// Decides a renewal from the list after stage 2: the due date moved later
/// (normally to today + 14) → done. Unchanged: a site message is a refusal;
/// a bounced session means it was not applied; otherwise unknown.
fn verify(
    before: &Loan,
    after: &LoanPage,
    today: Date,
    messages: &[String],
    session_was_gone: bool,
) -> RenewResult {
    let Some(now) = after.unique_loan(&before.id) else {
        return RenewResult::for_loan(before, Outcome::Unknown, RenewReason::NotVerified, None);
    };
    if now.due_on > before.due_on && !now.renewable {
        // Normally today + 14; a later date (a closed day) is still a renewal.
        let expected = today.checked_add(LOAN_DAYS.days()).ok();
        let reason = if Some(now.due_on) == expected {
            RenewReason::Renewed
        } else {
            RenewReason::UnexpectedDue
        };
        return RenewResult::for_loan(before, Outcome::Done, reason, Some(now.due_on));
    }
    if session_was_gone && now.due_on == before.due_on {
        let reason = RenewReason::NotSent(EXPIRED.into());
        return RenewResult::for_loan(before, Outcome::Failed, reason, None);
    }
    // The site has no renewal messages of its own (research §8): judge by the
    // due date only, and pass any message on for the person who checks.
    let reason = match messages.first() {
        Some(m) => RenewReason::SiteMessage(m.clone()),
        None => RenewReason::NotVerified,
    };
    RenewResult::for_loan(before, Outcome::Unknown, reason, None)
}
