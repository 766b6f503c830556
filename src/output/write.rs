//! The one wording of write results: the outcome words, the cases every
//! write shares (worded here once), and the table or JSON of per-item
//! results. Each feature words only what it did and its own cases.

use serde::Serialize;

use super::{Cell, Col, Output, Tone};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Outcome, Reason, Written};

pub fn outcome_text(lang: Lang, outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Done => lang.t("完了", "done"),
        Outcome::Skipped => lang.t("未実行", "skipped"),
        Outcome::Refused => lang.t("不可", "refused"),
        Outcome::Failed => lang.t("失敗", "failed"),
        Outcome::Unknown => lang.t("不明", "unknown"),
    }
}

/// The colour of an outcome: refused and failed red; unknown yellow, as
/// something to check by hand rather than a failure to send again.
pub fn outcome_tone(outcome: Outcome) -> Option<Tone> {
    match outcome {
        Outcome::Refused | Outcome::Failed => Some(Tone::Bad),
        Outcome::Unknown => Some(Tone::Warn),
        Outcome::Done | Outcome::Skipped => None,
    }
}

/// An outcome as a table cell: its word in its colour.
pub fn outcome_cell(lang: Lang, outcome: Outcome) -> Cell {
    Cell::new(outcome_text(lang, outcome), outcome_tone(outcome))
}

/// A line of a prompt's plan: the id and what it names.
pub fn plan_line(id: &str, name: &str) -> String {
    format!("{id}  {name}")
}

/// What a feature says in its own words; [`message`] says the rest.
pub trait Worded: Written {
    type Own;
    fn reason(&self) -> &Reason<Self::Own>;
    /// What was done, as a past participle ("renewed", "cancelled").
    fn done_text(&self, lang: Lang) -> String;
    /// What a dry run would have done.
    fn would_text(&self, lang: Lang) -> String {
        format!(
            "{} ({})",
            self.done_text(lang),
            lang.t("--dry-run のため未送信", "dry run: nothing sent")
        )
    }
    fn own_text(&self, lang: Lang, own: &Self::Own) -> String;
    /// The command that shows how things stand on the site.
    const CHECK: &'static str;
}

/// The message of one write result.
pub fn message<W: Worded>(lang: Lang, r: &W) -> String {
    let check = format!(
        "{} `{}`",
        lang.t("確認してください:", "check with"),
        W::CHECK
    );
    match r.reason() {
        Reason::Applied => r.done_text(lang),
        Reason::WouldApply => r.would_text(lang),
        Reason::Unchanged => lang.t("変更はありません", "nothing to change").into(),
        Reason::Declined => lang.t("取りやめたため未送信", "not sent: declined").into(),
        Reason::Own(own) => r.own_text(lang, own),
        Reason::SiteMessage(m) => {
            let said = format!("{}: {m}", lang.t("図書館の応答", "the library says"));
            // A message next to an unverified change: the person must look.
            match r.outcome() {
                Outcome::Unknown => format!("{said}; {check}"),
                _ => said,
            }
        }
        Reason::UnexpectedConfirmation(d) => format!(
            "{} ({d})",
            lang.t(
                "想定外の確認画面のため確定していません",
                "unexpected confirmation page; nothing was confirmed"
            )
        ),
        Reason::NotSent(d) => format!(
            "{} ({d})",
            lang.t("確定前に失敗しました", "failed before confirming")
        ),
        Reason::NotAttempted => lang
            .t(
                "前の項目で中断したため未実行",
                "not attempted: the batch stopped earlier",
            )
            .into(),
        Reason::ConnectionLost(d) => format!(
            "{} ({d}); {check}",
            lang.t(
                "送信しましたが結果を確認できません",
                "sent, but the result is unknown"
            )
        ),
        Reason::NotVerified => format!(
            "{}; {check}",
            lang.t(
                "送信しましたが変化を確認できません",
                "sent, but the site shows no change"
            )
        ),
    }
}

/// Per-item results of a write: a JSON array of `json(item)`, or a table of
/// `row(item)` under `headers`, or a note when there is nothing to report.
pub fn results<'a, R, J: Serialize>(
    out: &Output,
    results: &'a [R],
    json: impl Fn(&'a R) -> J,
    headers: &[Col<'_>],
    row: impl Fn(&R) -> Vec<Cell>,
) -> Result<(), CliError> {
    if out.json {
        let rows: Vec<J> = results.iter().map(json).collect();
        return out.json(&rows);
    }
    if results.is_empty() {
        out.note(out.lang.t("対象はありません。", "Nothing to do."));
        return Ok(());
    }
    let mut table = out.new_table(headers);
    for r in results {
        table.add_row(row(r));
    }
    out.table(&table)
}
