use serde::Serialize;

use super::write::{Worded, message, outcome_cell};
use super::{Cell, Col, Output};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{CartItem, Outcome, RsvAction, RsvCase, RsvReason, RsvResult};

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

impl Worded for RsvResult {
    type Own = RsvCase;
    fn reason(&self) -> &RsvReason {
        &self.reason
    }
    fn done_text(&self, lang: Lang) -> String {
        done_text(lang, self.action).into()
    }
    fn own_text(&self, lang: Lang, own: &RsvCase) -> String {
        let call = lang.t(
            "変更・取消は図書館へ電話するか窓口でお申し出ください",
            "call or visit the library to change or cancel it",
        );
        match own {
            RsvCase::StateForbids(status) => format!(
                "{} {status}: {call}",
                lang.t("予約状態が", "the reservation is")
            ),
            RsvCase::NotCancelled => lang
                .t(
                    "取消済みの予約だけ非表示にできます",
                    "only cancelled reservations can be hidden",
                )
                .into(),
            RsvCase::PhoneLocked => format!(
                "{}; {call}",
                lang.t(
                    "予約後の連絡先電話番号はインターネットから変更できません",
                    "the phone of an existing reservation cannot be changed online"
                )
            ),
            RsvCase::AlreadyInCart => lang
                .t("すでにカートにあります", "already in the cart")
                .into(),
            RsvCase::NotInCart => lang.t("カートにありません", "not in the cart").into(),
            RsvCase::AlreadyReserved => lang.t("予約済みです", "already reserved").into(),
            RsvCase::OverLimit(m) => format!(
                "{}: {m}",
                lang.t("予約の上限です", "over the reservation limit")
            ),
            RsvCase::NoMailAddress => lang
                .t(
                    "メールアドレスが登録されていません。別の連絡方法を選んでください",
                    "no e-mail address is registered; choose another contact method",
                )
                .into(),
        }
    }
    const CHECK: &'static str = "toshokan reservations";
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
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::fixed(lang.t("結果", "Outcome")),
        Col::yielding(lang.t("内容", "Message")),
    ];
    let row = |r: &RsvResult| {
        vec![
            Cell::from(r.id.as_str()),
            Cell::from(r.title.as_str()),
            outcome_cell(lang, r.outcome),
            Cell::from(message(lang, r)),
        ]
    };
    super::write::results(
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

/// `cart list` of one or more profiles.
pub fn cart(out: &Output, groups: &[(Option<&str>, &[CartItem])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::yielding(lang.t("著者", "Author")),
        Col::fixed(lang.t("書誌種別", "Type")),
    ];
    let row = |i: &CartItem| {
        vec![
            i.id.clone(),
            i.title.clone(),
            super::or_dash(i.author.as_deref()),
            super::or_dash(i.material_type.as_deref()),
        ]
    };
    let empty = lang.t("カートは空です。", "The cart is empty.");
    super::grouped(out, groups, &headers, row, empty)
}
