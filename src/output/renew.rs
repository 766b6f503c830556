use serde::Serialize;

use super::write::{Worded, message, outcome_cell};
use super::{Cell, Col, Output, date, loans::blocker_text};
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
        lang.t(
            "延長できます（--dry-run のため未送信）",
            "would renew (dry run: nothing sent)",
        )
        .into()
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
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    outcome: Outcome,
    message: String,
    old_due: Option<Date>,
    new_due: Option<Date>,
    days_gained: Option<i64>,
    profile: &'a str,
}

pub fn print(
    out: &Output,
    results: &[(String, RenewResult)],
    show_profile: bool,
) -> Result<(), CliError> {
    let lang = out.lang;
    if out.json {
        let rows: Vec<Row<'_>> = results
            .iter()
            .map(|(profile, r)| Row {
                id: &r.id,
                title: &r.title,
                outcome: r.outcome,
                message: message(lang, r),
                old_due: r.old_due,
                new_due: r.new_due,
                days_gained: gained(r),
                profile,
            })
            .collect();
        return out.json(&rows);
    }
    if results.is_empty() {
        out.note(lang.t("延長の対象はありません。", "Nothing to renew."));
        return Ok(());
    }
    let mut headers = Vec::new();
    if show_profile {
        headers.push(Col::fixed(lang.t("プロファイル", "Profile")));
    }
    headers.extend([
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::fixed(lang.t("結果", "Outcome")),
        Col::fixed(lang.t("旧期日", "Old due")),
        Col::fixed(lang.t("新期日", "New due")),
        Col::fixed(lang.t("延長日数", "Gain")),
        Col::yielding(lang.t("内容", "Message")),
    ]);
    let mut table = out.new_table(&headers);
    for (profile, r) in results {
        let mut row = Vec::new();
        if show_profile {
            row.push(Cell::from(profile.as_str()));
        }
        row.extend([
            Cell::from(r.id.as_str()),
            Cell::from(r.title.as_str()),
            outcome_cell(lang, r.outcome),
            Cell::from(date(r.old_due)),
            Cell::from(date(r.new_due)),
            Cell::from(gain_text(gained(r))),
            Cell::from(message(lang, r)),
        ]);
        table.add_row(row);
    }
    out.table(&table)
}
