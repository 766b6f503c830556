//! Loan renewal (貸出延長), docs/protocol.md#renewal: a fresh loan list, stage 1 with the
//! list's form (`para` = the row's management code), the `OPACUSR005`
//! confirmation, stage 2, and the outcome read from the resulting list.

use jiff::civil::Date;
use scraper::Html;

use super::error::{ClientError, Result};
use super::form::Form;
use super::page::{self, screen};
use super::parse::layouts;
use super::write::{Sent, Step, settle, site_message};
use super::{Client, inspect_page, parse};
use crate::model::{
    Listing, Loan, Outcome, RenewCase, RenewReason, RenewResult, Verdict, renewal_due,
};

/// The confirmation script sends stage 2 to the action without its query.
const RENEW: Step = Step {
    action: "WOpacUsrLendListExtendAction.do?mngFlg1_handan=1",
    code: "OPACUSR005",
    confirm: Some("WOpacUsrLendListExtendAction.do"),
};

/// A loan list together with the form a renewal must re-post.
#[derive(Debug, Clone)]
pub struct LoanPage {
    pub listing: Listing<Loan>,
    form: Form,
}

impl LoanPage {
    fn from_doc(doc: &Html, today: Date) -> Result<LoanPage> {
        let form = Form::lbform(doc, layouts::loans::TABLE.label)?;
        Ok(LoanPage {
            listing: parse::loan_listing(doc, today)?,
            form,
        })
    }

    pub fn loan(&self, id: &str) -> Option<&Loan> {
        self.listing.items.iter().find(|l| l.id == id)
    }

    /// The loan with this id when exactly one row has it (docs/protocol.md#renewal: a
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
            let verdict = Verdict::not_sent("the loan is not on the list exactly once");
            let missing = RenewResult {
                id: id.to_string(),
                title: String::new(),
                outcome: verdict.outcome,
                reason: verdict.reason,
                old_due: None,
                new_due: None,
            };
            return (missing, None);
        };
        let (Some(code), true) = (loan.renew_code.as_deref(), loan.renewable) else {
            return (RenewResult::blocked(loan), None);
        };
        let mut body = page.form.clone();
        if !body.set("para", code) {
            let verdict = Verdict::unexpected("the loan list form has no para field");
            return (RenewResult::for_loan(loan, verdict, None), None);
        }
        // The page script disables the shelf memo on load; the browser's
        // stage-1 body (HAR) has 17 fields without it.
        body.remove("commnt");
        let answer = self.two_stage(RENEW, body, &[screen::LEND_LIST]).await;
        let sent = match answer {
            Ok(response) => {
                self.last_url = Some(response.url.clone());
                // The answer is normally the loan list: read it as the fresh
                // page, with any message it carries.
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
                        let verdict = settle_answer(loan, messages, fresh);
                        return finish(loan, verdict, today);
                    }
                    // Landed elsewhere: the list read again decides.
                    Err(ClientError::SessionGone) => Sent::Expired,
                    Err(_) => Sent::Yes(Vec::new()),
                }
            }
            Err(e) => match e.sent() {
                Ok(sent) => sent,
                Err(verdict) => return (RenewResult::for_loan(loan, verdict, None), None),
            },
        };
        let fresh = self.loan_page(today).await;
        let verdict = settle(sent, fresh, LOANS, |p| renewed(loan, p), site_message);
        finish(loan, verdict, today)
    }
}

const LOANS: &str = "the loan list";

/// Settles a renewal from the list that answered its confirmation. A
/// refusal there wins over a due date that moved: the date may have moved
/// by another session's renewal of the same loan, and this one was declined.
fn settle_answer(
    loan: &Loan,
    messages: Vec<String>,
    fresh: LoanPage,
) -> (Verdict<RenewCase>, Option<LoanPage>) {
    let refused = messages.iter().any(|m| refuses_renewal(m));
    let sent = if refused {
        Sent::Refused(messages)
    } else {
        Sent::Yes(messages)
    };
    settle(
        sent,
        Ok(fresh),
        LOANS,
        |p| !refused && renewed(loan, p),
        site_message,
    )
}

fn refuses_renewal(message: &str) -> bool {
    let message = parse::layouts::normalise(message);
    parse::layouts::loans::RENEW_REFUSALS
        .iter()
        .any(|w| message.contains(&parse::layouts::normalise(w)))
}

/// Renewed: the loan's due date moved later and it is no longer renewable.
fn renewed(before: &Loan, after: &LoanPage) -> bool {
    after
        .unique_loan(&before.id)
        .is_some_and(|now| now.due_on > before.due_on && !now.renewable)
}

/// The result with the new due date, which is normally today + 14; a later
/// date (the library closed that day) is still a renewal, said as such.
fn finish(
    loan: &Loan,
    (mut verdict, page): (Verdict<RenewCase>, Option<LoanPage>),
    today: Date,
) -> (RenewResult, Option<LoanPage>) {
    let new_due = match (&verdict.outcome, &page) {
        (Outcome::Done, Some(p)) => p.unique_loan(&loan.id).map(|now| now.due_on),
        _ => None,
    };
    let expected = renewal_due(today);
    if new_due.is_some() && new_due != expected {
        verdict.reason = RenewReason::Own(RenewCase::UnexpectedDue);
    }
    (RenewResult::for_loan(loan, verdict, new_due), page)
}

#[cfg(test)]
mod tests {
    use super::refuses_renewal;

    #[test]
    fn a_refusal_is_recognised_in_the_sites_sentence() {
        assert!(refuses_renewal("この資料は延長できません。"));
        assert!(refuses_renewal("この資料は 延長できません"));
        assert!(!refuses_renewal("延長しました"));
        assert!(!refuses_renewal("対象の資料が見つかりません。"));
    }
}
