use serde::Serialize;

use super::write::{Worded, message, outcome_text};
use super::{Output, date, loans::blocker_text};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Outcome, RenewCase, RenewReason, RenewResult};

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
        }
    }
    const CHECK: &'static str = "toshokan loans";
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    outcome: Outcome,
    message: String,
    old_due: Option<jiff::civil::Date>,
    new_due: Option<jiff::civil::Date>,
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
        headers.push(lang.t("プロファイル", "Profile"));
    }
    headers.extend([
        "ID",
        lang.t("書名", "Title"),
        lang.t("結果", "Outcome"),
        lang.t("旧期日", "Old due"),
        lang.t("新期日", "New due"),
        lang.t("内容", "Message"),
    ]);
    let mut table = out.new_table(headers);
    for (profile, r) in results {
        let mut row = Vec::new();
        if show_profile {
            row.push(profile.clone());
        }
        row.extend([
            r.id.clone(),
            r.title.clone(),
            outcome_text(lang, r.outcome).to_string(),
            date(r.old_due),
            date(r.new_due),
            message(lang, r),
        ]);
        table.add_row(row);
    }
    out.table(&table)
}
