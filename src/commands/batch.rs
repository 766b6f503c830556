//! The one way a command runs writes: plan, ask once (or dry run), send
//! each in order, stop the rest when one meets a page the client does not
//! expect, and derive the exit status. Writes themselves are settled in the
//! client (`client::write`); this is only their order and their stopping.

use super::context::Context;
use crate::cli::WriteOpts;
use crate::client::ClientError;
use crate::error::{CliError, Exit};
use crate::model::{Reason, Verdict, Written};

/// Whether the planned writes are sent, asked once per command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Go {
    Send,
    /// `--dry-run`: report the plan, send nothing.
    DryRun,
    /// Answered no at the prompt.
    Declined,
}

impl Go {
    /// Asks `question` unless `--dry-run`, `--yes` (or `yes` for another
    /// reason, such as accepted terms) or `--no-input` answers it.
    pub fn ask(ctx: &Context, opts: WriteOpts, question: &str) -> Go {
        Go::ask_about(ctx, opts, &[], question)
    }

    /// [`Go::ask`], listing first what would be sent (one line an item), so
    /// the person answers about the items and not only their number.
    pub fn ask_about(ctx: &Context, opts: WriteOpts, plan: &[String], question: &str) -> Go {
        if opts.dry_run {
            Go::DryRun
        } else if opts.yes || ctx.no_input {
            Go::Send
        } else {
            ctx.out.plan(plan);
            if ctx.confirm(question) {
                Go::Send
            } else {
                Go::Declined
            }
        }
    }

    /// The reason every planned item carries when nothing is sent.
    pub fn held_back<S>(self) -> Option<Reason<S>> {
        match self {
            Go::Send => None,
            Go::DryRun => Some(Reason::WouldApply),
            Go::Declined => Some(Reason::Declined),
        }
    }
}

/// Refuses a destructive write (cancel, hide, delete, remove, `history
/// disable`, e-mail delete) that nobody can be asked about, unless `--yes`
/// says so explicitly: `--no-input` alone — a cron job, a pipe — must not
/// delete anything (gh's rule). Called before anything is read or sent.
pub fn destructive(ctx: &Context, opts: WriteOpts, command: &str) -> Result<(), CliError> {
    if opts.yes || opts.dry_run || !ctx.no_input {
        return Ok(());
    }
    let lang = ctx.lang();
    Err(CliError::usage(format!(
        "{command}: {}",
        lang.t(
            "確認できない状態（--no-input または端末なし）では --yes が必要です",
            "this deletes on the site and nobody can be asked here (--no-input or no terminal): it needs --yes",
        )
    ))
    .with_hint(lang.t(
        "確認して --yes を付けるか、--dry-run で内容を確かめてください",
        "add --yes to confirm it, or --dry-run to see what it would do",
    )))
}

/// The results of a batch, in the order the items were planned.
#[derive(Debug)]
pub struct Batch<R> {
    pub results: Vec<R>,
    /// A write met an unexpected page and the rest were not attempted.
    pub stopped: bool,
}

impl<R: Written> Batch<R> {
    /// A batch of one write.
    pub fn one(result: R) -> Self {
        let stopped = result.stops_batch();
        Batch {
            results: vec![result],
            stopped,
        }
    }

    pub fn exit(&self) -> Exit {
        exit_of(&self.results, self.stopped)
    }
}

/// The exit status of a command's write results: a prompt answered no is 0
/// — nothing was sent, and what was refused before the question is
/// information, not a failure of this run — else [`Exit::of_batch`].
pub fn exit_of<R: Written>(results: &[R], stopped: bool) -> Exit {
    if results.iter().any(Written::declined) {
        return Exit::Success;
    }
    Exit::of_batch(results.iter().map(Written::outcome), stopped)
}

/// Sends `step` for each item of `todo` in order, unless `go` holds them
/// back. After a result that stops the batch, the remaining items are not
/// attempted. `result` makes an item's result without sending anything.
pub async fn run<T, R, S>(
    go: Go,
    todo: &[T],
    result: impl Fn(&T, Verdict<S>) -> R,
    mut step: impl AsyncFnMut(&T) -> R,
) -> Batch<R>
where
    R: Written,
    S: Clone,
{
    let batch = try_run(go, todo, result, async |item| {
        Ok::<R, std::convert::Infallible>(step(item).await)
    })
    .await;
    match batch {
        Ok(batch) => batch,
        Err(never) => match never {},
    }
}

/// [`run`] for steps that can end the whole command with an error (a usage
/// error found on the first page, say); results so far are dropped, so such
/// a step must fail before it sends anything.
pub async fn try_run<T, R, S, E>(
    go: Go,
    todo: &[T],
    result: impl Fn(&T, Verdict<S>) -> R,
    mut step: impl AsyncFnMut(&T) -> Result<R, E>,
) -> Result<Batch<R>, E>
where
    R: Written,
    S: Clone,
{
    if let Some(reason) = go.held_back() {
        let results = todo
            .iter()
            .map(|t| result(t, Verdict::skipped(reason.clone())))
            .collect();
        return Ok(Batch {
            results,
            stopped: false,
        });
    }
    let mut results = Vec::with_capacity(todo.len());
    let mut stopped = false;
    for item in todo {
        if stopped {
            results.push(result(item, Verdict::skipped(Reason::NotAttempted)));
            continue;
        }
        let r = step(item).await?;
        stopped = r.stops_batch();
        results.push(r);
    }
    Ok(Batch { results, stopped })
}

/// The page the next write of a batch starts from: the previous write's
/// answer when that was the page, else a fresh read (so k writes on a list
/// cost 1 + 2k requests, and each starts from the freshest list).
pub struct Fresh<P>(Option<P>);

impl<P> Fresh<P> {
    pub fn new(page: P) -> Self {
        Fresh(Some(page))
    }

    pub async fn take(
        &mut self,
        read: impl AsyncFnOnce() -> Result<P, ClientError>,
    ) -> Result<P, ClientError> {
        match self.0.take() {
            Some(page) => Ok(page),
            None => read().await,
        }
    }

    pub fn keep(&mut self, page: Option<P>) {
        self.0 = page;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;

    #[derive(Debug, PartialEq)]
    struct R {
        id: u8,
        outcome: Outcome,
        reason: Reason<()>,
    }

    crate::model::written!(R);

    fn result(id: &u8, v: Verdict<()>) -> R {
        R {
            id: *id,
            outcome: v.outcome,
            reason: v.reason,
        }
    }

    #[tokio::test]
    async fn a_held_back_batch_sends_nothing() {
        let mut sent = 0;
        for (go, reason) in [
            (Go::DryRun, Reason::WouldApply),
            (Go::Declined, Reason::Declined),
        ] {
            let batch = run(go, &[1, 2], result, async |n| {
                sent += 1;
                result(n, Verdict::done())
            })
            .await;
            let skipped = |n| result(&n, Verdict::skipped(reason.clone()));
            assert_eq!(batch.results, vec![skipped(1), skipped(2)]);
            assert_eq!(batch.exit(), Exit::Success);
        }
        assert_eq!(sent, 0);
    }

    #[tokio::test]
    async fn an_unexpected_page_stops_the_rest() {
        let mut sent = Vec::new();
        let batch = run(Go::Send, &[1, 2, 3], result, async |n| {
            sent.push(*n);
            match n {
                2 => result(n, Verdict::unexpected("other code")),
                _ => result(n, Verdict::done()),
            }
        })
        .await;
        assert_eq!(sent, vec![1, 2]);
        assert!(batch.stopped);
        assert_eq!(batch.results[0].outcome, Outcome::Done);
        assert_eq!(
            batch.results[2],
            result(&3, Verdict::skipped(Reason::NotAttempted))
        );
        assert_eq!(batch.exit(), Exit::Layout);
    }

    #[tokio::test]
    async fn a_step_error_ends_the_command() {
        let batch = try_run(Go::Send, &[1, 2], result, async |n| match n {
            1 => Err("usage"),
            _ => Ok(result(n, Verdict::done())),
        })
        .await;
        assert_eq!(batch.map(|b| b.results.len()), Err("usage"));
    }
}
