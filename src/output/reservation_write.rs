use serde::Serialize;

use super::columns::{AUTHOR, Column, ID, TITLE};
use super::write::{Reported, Worded};
use super::{Cell, Output, or_dash};
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
pub struct Row<'a> {
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

impl Reported for RsvResult {
    const ITEM: &'static [Column] = &[ID, TITLE];
    fn item_cells(&self, _: Lang) -> Vec<Cell> {
        vec![self.id.as_str().into(), self.title.as_str().into()]
    }
    type Json<'a> = Row<'a>;
    fn json<'a>(&'a self, message: String, profile: &'a str) -> Row<'a> {
        Row {
            id: &self.id,
            tilcod: &self.tilcod,
            title: &self.title,
            action: self.action,
            outcome: self.outcome,
            message,
            reservation_id: self.reservation_id.as_deref(),
            profile,
        }
    }
}

pub fn print(out: &Output, profile: &str, results: &[RsvResult]) -> Result<(), CliError> {
    super::write::print(out, profile, results)
}

/// `cart list` of one or more profiles.
pub fn cart(out: &Output, groups: &[(Option<&str>, &[CartItem])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [ID, TITLE, AUTHOR, Column::fixed("書誌種別", "Type")];
    let row = |i: &CartItem| {
        vec![
            i.id.clone(),
            i.title.clone(),
            or_dash(i.author.as_deref()),
            or_dash(i.material_type.as_deref()),
        ]
    };
    let empty = lang.t("カートは空です。", "The cart is empty.");
    super::grouped(out, groups, &headers, row, empty)
}
