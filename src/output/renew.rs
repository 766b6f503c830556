use serde::Serialize;

use super::{Output, date, loans::blocker_text};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Outcome, RenewReason, RenewResult};

pub fn outcome_text(lang: Lang, outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Done => lang.t("完了", "done"),
        Outcome::Skipped => lang.t("未実行", "skipped"),
        Outcome::Refused => lang.t("不可", "refused"),
        Outcome::Failed => lang.t("失敗", "failed"),
        Outcome::Unknown => lang.t("不明", "unknown"),
    }
}

pub fn message(lang: Lang, r: &RenewResult) -> String {
    match &r.reason {
        RenewReason::Renewed => lang.t("延長しました", "renewed").into(),
        RenewReason::WouldRenew => lang
            .t(
                "延長できます（--dry-run のため未送信）",
                "would renew (dry run: nothing sent)",
            )
            .into(),
        RenewReason::Blocked(b) => format!(
            "{}: {}",
            lang.t("延長できません", "not renewable"),
            blocker_text(lang, Some(*b))
        ),
        RenewReason::SiteMessage(m) => format!(
            "{}: {m} ({})",
            lang.t("図書館の応答", "the library says"),
            lang.t(
                "`toshokan loans` で確認してください",
                "check with `toshokan loans`"
            )
        ),
        RenewReason::UnexpectedConfirmation(d) => format!(
            "{} ({d})",
            lang.t(
                "想定外の確認画面のため確定していません",
                "unexpected confirmation page; nothing was confirmed"
            )
        ),
        RenewReason::NotSent(d) => format!(
            "{} ({d})",
            lang.t(
                "確定前に失敗しました。延長されていません",
                "failed before confirming; not renewed"
            )
        ),
        RenewReason::NotAttempted => lang
            .t(
                "前の資料で中断したため未実行",
                "not attempted: the batch stopped earlier",
            )
            .into(),
        RenewReason::ConnectionLost(d) => format!(
            "{} ({d})",
            lang.t(
                "延長を送信しましたが結果を確認できません。`toshokan loans` で確認してください",
                "renewal sent but its result is unknown; check with `toshokan loans`"
            )
        ),
        RenewReason::NotVerified => lang
            .t(
                "延長を送信しましたが一覧に変化がありません。`toshokan loans` で確認してください",
                "renewal sent but the list shows no change; check with `toshokan loans`",
            )
            .into(),
        RenewReason::UnexpectedDue => lang
            .t(
                "延長しました（返却期日が想定と異なります）",
                "renewed (with an unexpected due date)",
            )
            .into(),
    }
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
