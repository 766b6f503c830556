//! The write kernel. Every LiCS-XP change goes through the two-stage write
//! (docs/protocol.md#two-stage-writes): stage 1 asks, the client checks it asks exactly the
//! expected question, stage 2 confirms; each POST is sent at most once.
//! Then [`settle`] decides what happened from how the write went and a
//! re-read of the page that shows the change, the same way for every
//! feature: a feature supplies only its "applied?" check and its refusals.

use scraper::Html;

use super::error::ClientError;
use super::form::Form;
use super::http::{Kind, Response};
use super::parse::confirm::{parse_confirmation, same_multiset};
use super::{Client, inspect_page, page};
use crate::model::{Outcome, Reason, Verdict};

/// A two-stage write as the site's script runs it: stage 1 posts to
/// `action`, the confirmation must ask `code`, and stage 2 goes to `confirm`
/// (`None`: the browser re-posts to the stage-1 URL, query included).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Step {
    pub action: &'static str,
    pub code: &'static str,
    pub confirm: Option<&'static str>,
}

impl Step {
    /// A step whose confirmation posts back to its own action.
    pub(crate) const fn same_action(action: &'static str, code: &'static str) -> Step {
        Step {
            action,
            code,
            confirm: Some(action),
        }
    }
}

/// How a two-stage write went wrong.
#[derive(Debug, Clone)]
pub enum WriteError {
    /// Nothing was confirmed: the failure came before stage 2 was sent.
    NotSent(ClientError),
    /// Stage 1 asked something other than the expected question; nothing was confirmed.
    Unexpected(String),
    /// Stage 1 came back as the expected screen but asked nothing. Nothing
    /// was confirmed, but the caller must re-read: the site may have acted
    /// on stage 1 alone.
    Unconfirmed(Vec<String>),
    /// Stage 2 was answered by the login form: the session had ended before
    /// it arrived, so the site did not act on it. Callers re-read to show it.
    Expired,
    /// Stage 2 was sent and its answer was lost or unreadable.
    Lost(ClientError),
}

impl Client {
    /// Runs `step` and says how the write went. The stage-2 page is not
    /// trusted for the outcome (it can be stale), only for the token the
    /// next request must carry: the caller re-reads to decide.
    pub(crate) async fn confirm<S>(
        &mut self,
        step: Step,
        body: Form,
        stage1_screens: &[&str],
    ) -> Result<Sent, Verdict<S>> {
        match self.two_stage(step, body, stage1_screens).await {
            Ok(response) => {
                self.adopt_tokens(&response);
                Ok(Sent::Yes(Vec::new()))
            }
            Err(e) => e.sent(),
        }
    }

    /// Posts `body` to the step's action (stage 1), checks the confirmation
    /// asks for its code, echoes exactly what was sent and targets its
    /// `confirm` action, then confirms (stage 2). Returns the raw stage-2
    /// response for the caller to verify.
    pub(crate) async fn two_stage(
        &mut self,
        step: Step,
        body: Form,
        stage1_screens: &[&str],
    ) -> Result<Response, WriteError> {
        let Step {
            action,
            code,
            confirm: stage2,
        } = step;
        let stage1_url = self.transport.url(action).map_err(WriteError::NotSent)?;
        let referer = self.last_url.clone();
        let first = self
            .transport
            .post(action, &body, referer.as_ref(), Kind::Write)
            .await
            .map_err(WriteError::NotSent)?;
        let asked = inspect_page(&first.body, |doc| {
            let tokens = page::classify(doc, stage1_screens)?;
            Ok((tokens, parse_confirmation(doc)?, page::site_messages(doc)))
        });
        let confirmation = match asked {
            Ok((tokens, Some(c), _)) => {
                self.tokens = Some(tokens);
                c
            }
            Ok((tokens, None, messages)) => {
                self.tokens = Some(tokens);
                return Err(WriteError::Unconfirmed(messages));
            }
            Err(ClientError::Layout { detail, .. }) => return Err(WriteError::Unexpected(detail)),
            Err(e) => return Err(WriteError::NotSent(e)),
        };
        if confirmation.codes != [code] {
            return Err(WriteError::Unexpected(format!(
                "the site asked {:?} instead of {code}",
                confirmation.codes
            )));
        }
        if confirmation.ok_field != "okCodes" {
            return Err(WriteError::Unexpected(format!(
                "the confirmation field is {:?}, not okCodes",
                confirmation.ok_field
            )));
        }
        let mut sent: Vec<(String, String)> = stage1_url.query_pairs().into_owned().collect();
        sent.extend(body.pairs().iter().cloned());
        if !same_multiset(confirmation.echo.pairs(), &sent) {
            return Err(WriteError::Unexpected(
                "the confirmation does not echo the request that was sent".into(),
            ));
        }
        // The script assigns an absolute action; without one the browser
        // re-posts to the stage-1 URL, query included.
        let target = confirmation
            .action
            .clone()
            .unwrap_or_else(|| action.to_string());
        // The whole URL must match (scheme, host, port, path, query): the
        // echo carries the page token and must not go anywhere else.
        let resolve = |a: &str| self.transport.url(a).ok();
        let expected = stage2.map_or_else(|| Some(stage1_url.clone()), resolve);
        if confirmation.action.is_some() != stage2.is_some() || resolve(&target) != expected {
            return Err(WriteError::Unexpected(format!(
                "the confirmation would post to {target:?}, not the expected action"
            )));
        }
        let mut second = confirmation.echo.clone();
        second.push(confirmation.ok_field.clone(), code);
        let answer = self
            .transport
            .post(&target, &second, Some(&stage1_url), Kind::Write)
            .await
            .map_err(WriteError::Lost)?;
        match answer_problem(&answer) {
            Some(AnswerProblem::LoginForm) => Err(WriteError::Expired),
            Some(AnswerProblem::Maintenance) => Err(WriteError::Lost(ClientError::Maintenance)),
            None => Ok(answer),
        }
    }
}

/// Why a write whose confirmation met the login form did not happen.
pub(crate) const EXPIRED: &str = "the session had expired before the confirmation";

/// What the answer to a write says before anything else is read from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnswerProblem {
    /// The login form: the container's authentication stopped the request
    /// before the action ran, so nothing changed.
    LoginForm,
    /// The maintenance notice (not an OPAC screen: a screen may carry a
    /// maintenance banner), which says nothing of what became of the request.
    Maintenance,
}

/// The one check every write makes of its answer, two-stage or one post.
pub(crate) fn answer_problem(response: &Response) -> Option<AnswerProblem> {
    let doc = Html::parse_document(&response.body);
    if page::has_login_form(&doc) {
        Some(AnswerProblem::LoginForm)
    } else if page::is_maintenance_notice(&doc) {
        Some(AnswerProblem::Maintenance)
    } else {
        None
    }
}

/// How a write went before a re-read decides it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sent {
    /// Confirmed (or posted). The messages are those of the answer, when
    /// it was read; they are passed on if the re-read shows no change.
    Yes(Vec<String>),
    /// The login form answered the confirmation: it did not arrive in a
    /// session, which the re-read must show.
    Expired,
    /// The site answered with these messages instead of a question (stage
    /// 1), or instead of doing it (a one-post write): a refusal, unless the
    /// re-read shows the change after all.
    Refused(Vec<String>),
}

impl WriteError {
    /// How the write went, or its verdict when no re-read can change it:
    /// nothing was confirmed (a failure before stage 2, an unexpected
    /// question) or the confirmation's answer was lost.
    pub(crate) fn sent<S>(self) -> Result<Sent, Verdict<S>> {
        match self {
            WriteError::NotSent(e) => Err(Verdict::not_sent(e.to_string())),
            WriteError::Unexpected(d) => Err(Verdict::unexpected(d)),
            WriteError::Lost(e) => Err(Verdict::lost(e.to_string())),
            WriteError::Unconfirmed(messages) => Ok(Sent::Refused(messages)),
            WriteError::Expired => Ok(Sent::Expired),
        }
    }
}

/// How a one-post write (no confirmation) went, from its answer.
pub(crate) fn sent_by<S>(answer: &Response) -> Result<Sent, Verdict<S>> {
    match answer_problem(answer) {
        Some(AnswerProblem::LoginForm) => Ok(Sent::Expired),
        Some(AnswerProblem::Maintenance) => {
            Err(Verdict::lost(ClientError::Maintenance.to_string()))
        }
        None => Ok(Sent::Yes(Vec::new())),
    }
}

/// The refusal of a feature without refusals of its own: the site's first message.
pub(crate) fn site_message<S>(first: &str, _: &[String]) -> Reason<S> {
    Reason::SiteMessage(first.to_string())
}

const NO_QUESTION: &str = "the site asked no confirmation";

/// Settles a write: `fresh` is the re-read page that shows the change,
/// `what` names it for messages, `applied` says whether it shows the
/// change, `refusal` words the site's answer to a stage 1 it declined
/// (given the first message and all of them).
/// Returns the verdict and the page, when it was read, for the next write.
pub(crate) fn settle<P, S>(
    sent: Sent,
    fresh: super::error::Result<P>,
    what: &str,
    applied: impl FnOnce(&P) -> bool,
    refusal: impl FnOnce(&str, &[String]) -> Reason<S>,
) -> (Verdict<S>, Option<P>) {
    match fresh {
        Ok(page) => (decide(applied(&page), &sent, refusal), Some(page)),
        Err(e) => (unread(&sent, what, &e), None),
    }
}

/// The verdict once the page has been read again.
pub(crate) fn decide<S>(
    applied: bool,
    sent: &Sent,
    refusal: impl FnOnce(&str, &[String]) -> Reason<S>,
) -> Verdict<S> {
    match sent {
        _ if applied => Verdict::done(),
        Sent::Yes(messages) => match messages.first() {
            Some(m) => Verdict::new(Outcome::Unknown, Reason::SiteMessage(m.clone())),
            None => Verdict::new(Outcome::Unknown, Reason::NotVerified),
        },
        Sent::Expired => Verdict::not_sent(EXPIRED),
        Sent::Refused(messages) => match messages.first() {
            Some(first) => Verdict::refused(refusal(first, messages)),
            None => Verdict::unexpected(NO_QUESTION),
        },
    }
}

/// The verdict when the re-read failed: whatever was sent may or may not
/// have been applied, so nobody can say without looking.
pub(crate) fn unread<S>(sent: &Sent, what: &str, e: &ClientError) -> Verdict<S> {
    let detail = format!("re-reading {what} failed: {e}");
    match sent {
        // Not EXPIRED: without the re-read nobody knows when the session
        // ended; the site may have applied the write and then answered
        // with the login form.
        Sent::Expired => Verdict::lost(format!(
            "the login form answered the confirmation; {detail}"
        )),
        Sent::Refused(_) => Verdict::lost(format!("the site answered with a message; {detail}")),
        Sent::Yes(_) => Verdict::lost(detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type V = Verdict<()>;

    fn refusal(first: &str, _: &[String]) -> Reason<()> {
        Reason::SiteMessage(first.to_string())
    }

    fn said(m: &str) -> Vec<String> {
        vec![m.to_string()]
    }

    #[test]
    fn a_change_the_re_read_shows_is_done_however_it_was_sent() {
        for sent in [
            Sent::Yes(Vec::new()),
            Sent::Yes(said("x")),
            Sent::Expired,
            Sent::Refused(said("x")),
        ] {
            assert_eq!(decide(true, &sent, refusal), V::done(), "{sent:?}");
        }
    }

    #[test]
    fn without_the_change_the_way_it_was_sent_decides() {
        let unchanged = |sent: Sent| decide(false, &sent, refusal);
        assert_eq!(
            unchanged(Sent::Yes(Vec::new())),
            V::new(Outcome::Unknown, Reason::NotVerified)
        );
        assert_eq!(
            unchanged(Sent::Yes(said("延長できません"))),
            V::new(
                Outcome::Unknown,
                Reason::SiteMessage("延長できません".into())
            )
        );
        assert_eq!(unchanged(Sent::Expired), V::not_sent(EXPIRED));
        assert_eq!(
            unchanged(Sent::Refused(said("上限です"))),
            V::refused(Reason::SiteMessage("上限です".into()))
        );
        assert_eq!(
            unchanged(Sent::Refused(Vec::new())),
            V::unexpected(NO_QUESTION)
        );
    }

    #[test]
    fn without_a_re_read_every_write_is_unknown() {
        let e = ClientError::Timeout(30);
        for sent in [
            Sent::Yes(Vec::new()),
            Sent::Expired,
            Sent::Refused(said("x")),
        ] {
            let v: V = unread(&sent, "the list", &e);
            assert_eq!(v.outcome, Outcome::Unknown, "{sent:?}");
            assert!(
                matches!(v.reason, Reason::ConnectionLost(ref d) if d.contains("re-reading the list failed"))
            );
        }
    }

    #[test]
    fn write_errors_settle_without_a_re_read_only_when_nothing_can_change_them() {
        let not_sent: Result<Sent, V> = WriteError::NotSent(ClientError::Timeout(1)).sent();
        assert_eq!(not_sent.map_err(|v| v.outcome), Err(Outcome::Failed));
        let lost: Result<Sent, V> = WriteError::Lost(ClientError::Timeout(1)).sent();
        assert_eq!(lost.map_err(|v| v.outcome), Err(Outcome::Unknown));
        let unexpected: Result<Sent, V> = WriteError::Unexpected("other code".into()).sent();
        assert!(matches!(unexpected, Err(v) if v.reason.stops_batch()));
        let expired: Result<Sent, V> = WriteError::Expired.sent();
        assert_eq!(expired, Ok(Sent::Expired));
        let refused: Result<Sent, V> = WriteError::Unconfirmed(said("x")).sent();
        assert_eq!(refused, Ok(Sent::Refused(said("x"))));
    }

    #[test]
    fn settle_keeps_the_page_it_read() {
        let (v, page) = settle(Sent::Yes(Vec::new()), Ok(7), "n", |n| *n == 7, refusal);
        assert_eq!((v, page), (V::done(), Some(7)));
        let (v, page) = settle::<u8, ()>(
            Sent::Yes(Vec::new()),
            Err(ClientError::SessionGone),
            "n",
            |_| true,
            refusal,
        );
        assert_eq!((v.outcome, page), (Outcome::Unknown, None));
    }
}
