//! What every write to the library ends as: an [`Outcome`] and a
//! [`Reason`]. The cases all writes share are written here once; each
//! feature adds only its own cases as `S` (renewal blockers, reservation
//! states, …), so a new write cannot forget one of the shared ones.

use serde::Serialize;

/// The outcome of one write (the `outcome` field of every write's JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The site shows the change.
    Done,
    /// Nothing was sent (dry run, declined, nothing to do, not attempted).
    Skipped,
    /// The library's rules do not allow it; nothing was sent or it was declined.
    Refused,
    /// It did not happen (nothing was confirmed, or the site shows no change).
    Failed,
    /// Sent, but the result could not be verified: check by hand.
    Unknown,
}

/// Why a write ended as it did; the output layer words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason<S> {
    /// A re-read shows the change.
    Applied,
    /// Dry run: what would be sent; nothing was.
    WouldApply,
    /// Nothing to change: already as asked.
    Unchanged,
    /// The person answered no at the prompt; nothing was sent.
    Declined,
    /// A case of this feature only.
    Own(S),
    /// The site answered with this message instead of doing it.
    SiteMessage(String),
    /// The site asked something other than the expected question; nothing was confirmed.
    UnexpectedConfirmation(String),
    /// A request failed before anything was confirmed.
    NotSent(String),
    /// Not attempted because an earlier item stopped the batch.
    NotAttempted,
    /// The confirmation was sent and its answer (or the re-read) was lost.
    ConnectionLost(String),
    /// The confirmation was sent but a re-read shows no change.
    NotVerified,
}

impl<S> Reason<S> {
    /// Whether this ends a batch: a confirmation the client did not expect
    /// means the site's pages changed, and no further write is trusted.
    pub fn stops_batch(&self) -> bool {
        matches!(self, Reason::UnexpectedConfirmation(_))
    }
}

/// An outcome with its reason: what settling a write decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict<S> {
    pub outcome: Outcome,
    pub reason: Reason<S>,
}

impl<S> Verdict<S> {
    pub fn new(outcome: Outcome, reason: Reason<S>) -> Self {
        Verdict { outcome, reason }
    }
    pub fn done() -> Self {
        Verdict::new(Outcome::Done, Reason::Applied)
    }
    /// Sent nothing: the plan as a dry run shows it, declined, or not reached.
    pub fn skipped(reason: Reason<S>) -> Self {
        Verdict::new(Outcome::Skipped, reason)
    }
    pub fn refused(reason: Reason<S>) -> Self {
        Verdict::new(Outcome::Refused, reason)
    }
    /// Nothing was confirmed because of `detail`.
    pub fn not_sent(detail: impl Into<String>) -> Self {
        Verdict::new(Outcome::Failed, Reason::NotSent(detail.into()))
    }
    /// Nothing was confirmed: the site's pages are not what the client expects.
    pub fn unexpected(detail: impl Into<String>) -> Self {
        Verdict::new(
            Outcome::Failed,
            Reason::UnexpectedConfirmation(detail.into()),
        )
    }
    /// Sent, and what became of it cannot be told.
    pub fn lost(detail: impl Into<String>) -> Self {
        Verdict::new(Outcome::Unknown, Reason::ConnectionLost(detail.into()))
    }
}

/// Results of a write that carry a verdict: what batches and exit codes read.
pub trait Written {
    fn outcome(&self) -> Outcome;
    /// Whether this result ends the batch it is part of.
    fn stops_batch(&self) -> bool;
    /// Whether the person said no at the prompt (nothing of the batch was sent).
    fn declined(&self) -> bool;
}

/// Implements [`Written`] for a result struct with `outcome` and `reason` fields.
macro_rules! written {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::model::write::Written for $t {
            fn outcome(&self) -> $crate::model::write::Outcome {
                self.outcome
            }
            fn stops_batch(&self) -> bool {
                self.reason.stops_batch()
            }
            fn declined(&self) -> bool {
                matches!(self.reason, $crate::model::write::Reason::Declined)
            }
        }
    )*};
}
pub(crate) use written;
