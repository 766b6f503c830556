//! 利用者情報設定: what the user-information screen shows, and the outcome
//! of a settings write (docs/contract.md#write-results).

use jiff::civil::Date;
use serde::Serialize;

use super::{Outcome, Reason, Verdict};

/// The 利用者情報 table. Values are the site's wording; nothing is normalised.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UserInfo {
    /// Masked: only the last four characters are shown.
    pub card: Option<String>,
    pub name: Option<String>,
    pub expires_on: Option<Date>,
    pub expires_in_days: Option<i64>,
    pub address: Option<String>,
    pub home_phone: Option<String>,
    pub mobile_phone: Option<String>,
    pub email: Option<String>,
    /// The default pickup library (受取館).
    pub pickup_library: Option<String>,
    /// The default contact method (連絡方法), as the site words it.
    pub contact: Option<String>,
    /// 読書履歴: whether loans are recorded.
    pub history_recording: Option<bool>,
    /// The facts (`layouts::user_info` names) whose row the page has, even
    /// when it says 未登録: a `None` above is then "nothing registered", not
    /// "not shown", and a settings write is verified only on a row that is
    /// there. Not part of the JSON.
    #[serde(skip)]
    pub shown: Vec<&'static str>,
}

impl UserInfo {
    /// Whether the page has the row of the fact named `name`.
    pub fn shows(&self, name: &str) -> bool {
        self.shown.contains(&name)
    }
}

/// Which setting a write changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SettingAction {
    EmailSet,
    EmailDelete,
    Pickup,
    Contact,
    PasswordChange,
    PasswordRegister,
    HistoryEnable,
    HistoryDisable,
}

impl SettingAction {
    /// The stable `id` of a result.
    pub fn id(self) -> &'static str {
        match self {
            SettingAction::EmailSet | SettingAction::EmailDelete => "email",
            SettingAction::Pickup => "pickup",
            SettingAction::Contact => "contact",
            SettingAction::PasswordChange | SettingAction::PasswordRegister => "password",
            SettingAction::HistoryEnable | SettingAction::HistoryDisable => "history",
        }
    }

    /// The site's name of the setting.
    pub fn title(self) -> &'static str {
        match self {
            SettingAction::EmailSet | SettingAction::EmailDelete => "メールアドレス",
            SettingAction::Pickup => "受取館",
            SettingAction::Contact => "連絡方法",
            SettingAction::PasswordChange => "パスワード変更",
            SettingAction::PasswordRegister => "パスワード登録",
            SettingAction::HistoryEnable | SettingAction::HistoryDisable => "読書履歴",
        }
    }
}

/// A settings write's own cases; the shared ones are in [`Reason`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingCase {
    /// Mail contact without a registered address.
    NoMailAddress,
    /// The address is in use: the default contact method is mail.
    MailInUse,
}

/// Why a settings write ended as it did.
pub type SettingReason = Reason<SettingCase>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingResult {
    pub action: SettingAction,
    pub outcome: Outcome,
    pub reason: SettingReason,
    /// Before and after, as the site words them (never a password).
    pub old: Option<String>,
    pub new: Option<String>,
}

super::written!(SettingResult);

impl SettingResult {
    pub fn new(action: SettingAction, verdict: Verdict<SettingCase>) -> Self {
        SettingResult {
            action,
            outcome: verdict.outcome,
            reason: verdict.reason,
            old: None,
            new: None,
        }
    }

    pub fn values(mut self, old: Option<String>, new: Option<String>) -> Self {
        self.old = old;
        self.new = new;
        self
    }
}
