//! 利用者情報設定: the user information and the outcome of settings writes.

use serde::Serialize;

use super::columns::{Column, ITEM};
use super::write::{Reported, Worded, would};
use super::{Cell, Output, expiry, or_dash};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Outcome, SettingAction, SettingCase, SettingReason, SettingResult, UserInfo};

pub fn info(out: &Output, info: &UserInfo) -> Result<(), CliError> {
    if out.json {
        return out.json(info);
    }
    let lang = out.lang;
    let history = match info.history_recording {
        Some(true) => lang.t("記録する", "recorded"),
        Some(false) => lang.t("記録しない", "not recorded"),
        None => "-",
    };
    let rows = vec![
        (lang.t("利用カード", "Card"), or_dash(info.card.as_deref())),
        (lang.t("氏名", "Name"), or_dash(info.name.as_deref())),
        (
            lang.t("有効期限", "Expires"),
            expiry(lang, info.expires_on, info.expires_in_days),
        ),
        (lang.t("住所", "Address"), or_dash(info.address.as_deref())),
        (
            lang.t("電話（自宅）", "Phone (home)"),
            or_dash(info.home_phone.as_deref()),
        ),
        (
            lang.t("電話（携帯）", "Phone (mobile)"),
            or_dash(info.mobile_phone.as_deref()),
        ),
        (
            lang.t("メールアドレス", "E-mail"),
            or_dash(info.email.as_deref()),
        ),
        (
            lang.t("受取館", "Pickup library"),
            or_dash(info.pickup_library.as_deref()),
        ),
        (
            lang.t("連絡方法", "Contact"),
            or_dash(info.contact.as_deref()),
        ),
        (lang.t("読書履歴", "Reading history"), history.to_string()),
    ];
    out.fields(ITEM, rows)
}

/// The setting's name in the user's language, for tables. JSON keeps the
/// stable `id`/`action` and, in `title`, the site's own name
/// (`SettingAction::title`): a script must not see a field change with the
/// locale, and `message` already speaks the user's language.
fn setting_name(lang: Lang, action: SettingAction) -> &'static str {
    match action {
        SettingAction::EmailSet | SettingAction::EmailDelete => {
            lang.t(action.title(), "E-mail address")
        }
        SettingAction::Pickup => lang.t(action.title(), "Pickup library"),
        SettingAction::Contact => lang.t(action.title(), "Contact method"),
        SettingAction::PasswordChange => lang.t(action.title(), "Password change"),
        SettingAction::PasswordRegister => lang.t(action.title(), "Password registration"),
        SettingAction::HistoryEnable | SettingAction::HistoryDisable => {
            lang.t(action.title(), "Reading history")
        }
    }
}

fn done_text(lang: Lang, action: SettingAction) -> &'static str {
    match action {
        SettingAction::EmailSet => lang.t("メールアドレスを登録しました", "e-mail address set"),
        SettingAction::EmailDelete => {
            lang.t("メールアドレスを削除しました", "e-mail address deleted")
        }
        SettingAction::Pickup => lang.t("受取館を変更しました", "pickup library changed"),
        SettingAction::Contact => lang.t(
            "連絡方法を変更しました（今後の予約に適用されます）",
            "contact method changed (for reservations made from now on)",
        ),
        SettingAction::PasswordChange => lang.t(
            "パスワードを変更しました（新しいパスワードでログインを確認済み）",
            "password changed (a login with the new one succeeded)",
        ),
        SettingAction::PasswordRegister => lang.t(
            "パスワードを登録しました（新しいパスワードでログインを確認済み）",
            "password registered (a login with it succeeded)",
        ),
        SettingAction::HistoryEnable => lang.t(
            "読書履歴の記録を始めました（これからの貸出が記録されます）",
            "reading history is now recorded (loans from now on)",
        ),
        SettingAction::HistoryDisable => lang.t(
            "読書履歴の記録を止めました",
            "reading history is no longer recorded",
        ),
    }
}

impl Worded for SettingResult {
    type Own = SettingCase;
    fn reason(&self) -> &SettingReason {
        &self.reason
    }
    fn done_text(&self, lang: Lang) -> String {
        done_text(lang, self.action).into()
    }
    fn would_text(&self, lang: Lang) -> String {
        would(lang, "変更できます", "would change it")
    }
    fn own_text(&self, lang: Lang, own: &SettingCase) -> String {
        match own {
            SettingCase::NoMailAddress => lang
                .t(
                    "メールアドレスが登録されていません。先に `toshokan settings email set ADDR` で登録してください",
                    "no e-mail address is registered; set one first with `toshokan settings email set ADDR`",
                )
                .into(),
            SettingCase::MailInUse => lang
                .t(
                    "連絡方法がメールのため削除できません。先に `toshokan settings contact` で変更してください",
                    "the default contact method is mail; change it first with `toshokan settings contact`",
                )
                .into(),
        }
    }
    const CHECK: &'static str = "toshokan settings show";
}

#[derive(Serialize)]
pub struct Row<'a> {
    id: &'static str,
    title: &'static str,
    action: SettingAction,
    outcome: Outcome,
    message: String,
    old: Option<&'a str>,
    new: Option<&'a str>,
    profile: &'a str,
}

impl Reported for SettingResult {
    const ITEM: &'static [Column] = &[Column::fixed("設定", "Setting")];
    fn item_cells(&self, lang: Lang) -> Vec<Cell> {
        vec![setting_name(lang, self.action).into()]
    }
    const DETAILS: &'static [Column] = &[Column::yielding("変更", "Change")];
    fn detail_cells(&self, _: Lang) -> Vec<Cell> {
        let change = match (&self.old, &self.new) {
            (None, None) => String::new(),
            (old, new) => format!("{} → {}", or_dash(old.as_deref()), or_dash(new.as_deref())),
        };
        vec![change.into()]
    }
    type Json<'a> = Row<'a>;
    fn json<'a>(&'a self, message: String, profile: &'a str) -> Row<'a> {
        Row {
            id: self.action.id(),
            title: self.action.title(),
            action: self.action,
            outcome: self.outcome,
            message,
            old: self.old.as_deref(),
            new: self.new.as_deref(),
            profile,
        }
    }
}

pub fn results(out: &Output, profile: &str, results: &[SettingResult]) -> Result<(), CliError> {
    super::write::print(out, profile, results)
}
