use serde::Serialize;

use super::columns::{Column, ID, TITLE};
use super::write::{Reported, Worded, would};
use super::{Cell, Output, date, loans::blocker_text};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Loan, Outcome, RenewCase, RenewReason, RenewResult, renewal_due};
use jiff::civil::Date;

impl Worded for RenewResult {
    type Own = RenewCase;
    fn reason(&self) -> &RenewReason {
        &self.reason
    }
    fn done_text(&self, lang: Lang) -> String {
        lang.t("延長しました", "renewed").into()
    }
    fn would_text(&self, lang: Lang) -> String {
        would(lang, "延長できます", "would renew")
    }
    fn own_text(&self, lang: Lang, own: &RenewCase) -> String {
        match own {
            RenewCase::Blocked(b) => format!(
                "{}: {}",
                lang.t("延長できません", "not renewable"),
                blocker_text(lang, Some(*b))
            ),
            RenewCase::UnexpectedDue => lang
                .t(
                    "延長しました（返却期日が想定と異なります）",
                    "renewed (with an unexpected due date)",
                )
                .into(),
            RenewCase::SmallGain { gain, min } => match lang {
                Lang::Ja => {
                    format!("未送信: 今の延長では{gain}日しか延びません（--min-gain {min}）")
                }
                Lang::En => {
                    format!("not sent: renewing today gains only {gain} day(s) (--min-gain {min})")
                }
            },
        }
    }
    const CHECK: &'static str = "toshokan loans";
}

/// Days a renewal moved (or would move) the due date.
fn gained(r: &RenewResult) -> Option<i64> {
    Some(crate::clock::days_between(r.old_due?, r.new_due?))
}

fn gain_text(days: Option<i64>) -> String {
    days.map_or_else(|| "-".to_string(), |d| format!("{d:+}"))
}

/// The lines a renewal prompt lists: title, due date → new due date, days gained.
pub fn plan(lang: Lang, loans: &[&Loan], today: Date) -> Vec<String> {
    loans
        .iter()
        .map(|loan| {
            let new_due = renewal_due(today);
            let gain = loan.gain(today);
            match lang {
                Lang::Ja => format!(
                    "{}  {} → {}（{}日）",
                    loan.title,
                    loan.due_on,
                    date(new_due),
                    gain_text(gain)
                ),
                Lang::En => format!(
                    "{}  {} → {} ({} days)",
                    loan.title,
                    loan.due_on,
                    date(new_due),
                    gain_text(gain)
                ),
            }
        })
        .collect()
}

/// The warning for a renewal that spends the loan's only renewal for little.
pub fn small_gain(lang: Lang, loan: &Loan, gain: i64) -> String {
    match lang {
        Lang::Ja => format!(
            "「{}」は返却期日まで{}日あります。今延長すると{}日しか延びず、1回だけの延長を使います（--min-gain 7 で除外できます）",
            loan.title, loan.days_left, gain
        ),
        Lang::En => format!(
            "\"{}\" is due in {} days: renewing it now gains only {} day(s) and uses its only renewal (--min-gain 7 skips such loans)",
            loan.title, loan.days_left, gain
        ),
    }
}

#[derive(Serialize)]
pub struct Row<'a> {
    id: &'a str,
    title: &'a str,
    outcome: Outcome,
    message: String,
    old_due: Option<Date>,
    new_due: Option<Date>,
    days_gained: Option<i64>,
    profile: &'a str,
}

impl Reported for RenewResult {
    const ITEM: &'static [Column] = &[ID, TITLE];
    fn item_cells(&self, _: Lang) -> Vec<Cell> {
        vec![self.id.as_str().into(), self.title.as_str().into()]
    }
    const DETAILS: &'static [Column] = &[
        Column::fixed("旧期日", "Old due"),
        Column::fixed("新期日", "New due"),
        Column::fixed("延長日数", "Gain"),
    ];
    fn detail_cells(&self, _: Lang) -> Vec<Cell> {
        vec![
            date(self.old_due).into(),
            date(self.new_due).into(),
            gain_text(gained(self)).into(),
        ]
    }
    type Json<'a> = Row<'a>;
    fn json<'a>(&'a self, message: String, profile: &'a str) -> Row<'a> {
        Row {
            id: &self.id,
            title: &self.title,
            outcome: self.outcome,
            message,
            old_due: self.old_due,
            new_due: self.new_due,
            days_gained: gained(self),
            profile,
        }
    }
}

/// Renewals of one or more profiles, each with its profile (named in the
/// table when `show_profile`).
pub fn print(
    out: &Output,
    results: &[(String, RenewResult)],
    show_profile: bool,
) -> Result<(), CliError> {
    let rows: Vec<(&str, &RenewResult)> = results.iter().map(|(p, r)| (p.as_str(), r)).collect();
    let empty = out.lang.t("延長の対象はありません。", "Nothing to renew.");
    super::write::print_tagged(out, &rows, show_profile, empty)
}
