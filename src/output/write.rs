//! The one wording of write results: the outcome words, the cases every
//! write shares (worded here once), and the table or JSON of per-item
//! results. Each feature words only what it did and its own cases.

use serde::Serialize;

use super::columns::{Column, MESSAGE, OUTCOME};
use super::{Cell, Output, Tone};
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

/// What a dry run would do, for a feature that words it in its own way
/// rather than as its done text (see [`Worded::would_text`]).
pub fn would(lang: Lang, ja: &str, en: &str) -> String {
    match lang {
        Lang::Ja => format!("{ja}（--dry-run のため未送信）"),
        Lang::En => format!("{en} (dry run: nothing sent)"),
    }
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

/// A write result as a table row and a JSON object. [`print`] lays out
/// both, so that every write's table reads alike: what names the item, the
/// outcome, the feature's details, the message.
pub trait Reported: Worded {
    /// The columns that name the item, first in the table.
    const ITEM: &'static [Column];
    fn item_cells(&self, lang: Lang) -> Vec<Cell>;
    /// Columns between the outcome and the message.
    const DETAILS: &'static [Column] = &[];
    fn detail_cells(&self, _lang: Lang) -> Vec<Cell> {
        Vec::new()
    }
    /// The JSON object, its fields in the order docs/json.md#write-results
    /// gives for this feature (one struct a feature: the orders differ).
    type Json<'a>: Serialize
    where
        Self: 'a;
    fn json<'a>(&'a self, message: String, profile: &'a str) -> Self::Json<'a>;
}

/// Per-item results of writes to one profile: a JSON array, or a table, or
/// a note when there is nothing to report.
pub fn print<R: Reported>(out: &Output, profile: &str, results: &[R]) -> Result<(), CliError> {
    let rows: Vec<(&str, &R)> = results.iter().map(|r| (profile, r)).collect();
    let empty = out.lang.t("対象はありません。", "Nothing to do.");
    print_tagged(out, &rows, false, empty)
}

/// Results each with its profile, named in a first column when `tagged`;
/// `empty` is said when there are none.
pub fn print_tagged<R: Reported>(
    out: &Output,
    rows: &[(&str, &R)],
    tagged: bool,
    empty: &str,
) -> Result<(), CliError> {
    let lang = out.lang;
    if out.json {
        let objects: Vec<R::Json<'_>> = rows
            .iter()
            .map(|&(profile, r)| r.json(message(lang, r), profile))
            .collect();
        return out.json(&objects);
    }
    if rows.is_empty() {
        out.note(empty);
        return Ok(());
    }
    let headers = [R::ITEM, &[OUTCOME], R::DETAILS, &[MESSAGE]].concat();
    let cells = rows.iter().map(|&(profile, r)| {
        let mut cells = r.item_cells(lang);
        cells.push(outcome_cell(lang, r.outcome()));
        cells.extend(r.detail_cells(lang));
        cells.push(Cell::from(message(lang, r)));
        (profile, cells)
    });
    out.table(&super::profile_table(out, tagged, &headers, cells))
}
