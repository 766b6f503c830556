use serde::Serialize;

use super::Output;
use super::renew::outcome_text;
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Outcome, RsvAction, RsvReason, RsvResult};

fn done_text(lang: Lang, action: RsvAction) -> &'static str {
    match action {
        RsvAction::Reserve => lang.t("予約しました", "reserved"),
        RsvAction::Cancel => lang.t("取り消しました", "cancelled"),
        RsvAction::Hide => lang.t("非表示にしました", "hidden"),
        RsvAction::Change => lang.t("変更しました", "changed"),
        RsvAction::CartAdd => lang.t(
            "カートに入れました（予約ではありません）",
            "added to the cart (not a reservation)",
        ),
        RsvAction::CartRemove => lang.t("カートから外しました", "removed from the cart"),
    }
}

pub fn message(lang: Lang, r: &RsvResult) -> String {
    let call = lang.t(
        "変更・取消は図書館へ電話するか窓口でお申し出ください",
        "call or visit the library to change or cancel it",
    );

    match &r.reason {
        RsvReason::Applied => done_text(lang, r.action).into(),
        RsvReason::WouldApply => format!(
            "{} ({})",
            done_text(lang, r.action),
            lang.t("--dry-run のため未送信", "dry run: nothing sent")
        ),
        RsvReason::StateForbids(status) => format!(
            "{} {status}: {call}",
            lang.t("予約状態が", "the reservation is")
        ),
        RsvReason::NotCancelled => lang
            .t(
                "取消済みの予約だけ非表示にできます",
                "only cancelled reservations can be hidden",
            )
            .into(),
        RsvReason::PhoneLocked => format!(
            "{}; {call}",
            lang.t(
                "予約後の連絡先電話番号はインターネットから変更できません",
                "the phone of an existing reservation cannot be changed online"
            )
        ),
        RsvReason::Unchanged => lang.t("変更はありません", "nothing to change").into(),
        RsvReason::AlreadyInCart => lang
            .t("すでにカートにあります", "already in the cart")
            .into(),
        RsvReason::NotInCart => lang.t("カートにありません", "not in the cart").into(),
        RsvReason::AlreadyReserved => lang.t("予約済みです", "already reserved").into(),
        RsvReason::OverLimit(m) => format!(
            "{}: {m}",
            lang.t("予約の上限です", "over the reservation limit")
        ),
        RsvReason::NoMailAddress => lang
            .t(
                "メールアドレスが登録されていません。別の連絡方法を選んでください",
                "no e-mail address is registered; choose another contact method",
            )
            .into(),
        RsvReason::SiteMessage(m) => super::trouble_text(
            lang,
            super::Trouble::SiteMessage(m),
            "toshokan reservations",
        ),
        RsvReason::UnexpectedConfirmation(d) => super::trouble_text(
            lang,
            super::Trouble::UnexpectedConfirmation(d),
            "toshokan reservations",
        ),
        RsvReason::NotSent(d) => {
            super::trouble_text(lang, super::Trouble::NotSent(d), "toshokan reservations")
        }
        RsvReason::NotAttempted => {
            super::trouble_text(lang, super::Trouble::NotAttempted, "toshokan reservations")
        }
        RsvReason::ConnectionLost(d) => super::trouble_text(
            lang,
            super::Trouble::ConnectionLost(d),
            "toshokan reservations",
        ),
        RsvReason::NotVerified => {
            super::trouble_text(lang, super::Trouble::NotVerified, "toshokan reservations")
        }
    }
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    tilcod: &'a str,
    title: &'a str,
    action: RsvAction,
    outcome: Outcome,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    reservation_id: Option<&'a str>,
    profile: &'a str,
}

pub fn print(out: &Output, profile: &str, results: &[RsvResult]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        "ID",
        lang.t("書名", "Title"),
        lang.t("結果", "Outcome"),
        lang.t("内容", "Message"),
    ];
    let row = |r: &RsvResult| {
        vec![
            r.id.clone(),
            r.title.clone(),
            outcome_text(lang, r.outcome).to_string(),
            message(lang, r),
        ]
    };
    super::write_results(
        out,
        results,
        |r| Row {
            id: &r.id,
            tilcod: &r.tilcod,
            title: &r.title,
            action: r.action,
            outcome: r.outcome,
            message: message(lang, r),
            reservation_id: r.reservation_id.as_deref(),
            profile,
        },
        &headers,
        row,
    )
}
