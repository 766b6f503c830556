//! The patron's own screens beyond loans and reservations: the reading
//! history (the real list's markup, 10/20/50/100 rows a page, `startIndex`
//! paging), and the modelled screens — 利用者情報設定 with its e-mail,
//! pickup/contact, password and reading-history settings, the barcode
//! screen, password registration — plus the public calendar.
//!
//! Every change is two-stage like the real writes (stage 1 echoes the
//! request in `prevRequestForm` with a `createConfirmDialog` asking a code;
//! only a stage 2 with that code applies). The codes are the simulator's:
//!
//! | screen | stage 1 / stage 2 action | code |
//! |---|---|---|
//! | e-mail change | `WOpacUsrChMailExecAction.do` | `OPACUSR211` |
//! | e-mail delete | `WOpacUsrChMailDelAction.do` | `OPACUSR212` |
//! | pickup/contact | `WOpacYoyRakChgExecAction.do` | `OPACUSR221` |
//! | password change | `WOpacUsrChPassExecAction.do` | `OPACUSR201` |
//! | history on / off | `WOpacUsrRtnLendHistoryExecAction.do` | `OPACUSR231` / `OPACUSR232` |
//! | password registration | `WOpacAplPwdAplAction.do` | `OPACAPL001` |

use super::{SimResponse, SimState, Visit, echo_of, field, html, text};
use crate::sim::html_account::{self as pages, Public, ReadView, Screen};
use crate::sim::state::{RsvStatus, contact};

const ROWS_CHOICES: [u32; 4] = [10, 20, 50, 100];

/// What these screens keep per session.
#[derive(Debug, Clone, Default)]
pub(super) struct AccountSession {
    /// 表示件数 and order of the reading history; they stick for the session.
    read: ReadView,
    /// The card whose identity check passed (password registration).
    verified: Option<String>,
}

/// The public actions this module answers (besides the entries in
/// `account_entry`): the calendar and password registration.
pub(super) fn is_public(action: &str) -> bool {
    matches!(
        action,
        "WOpacAplPwdAgrDispAction.do"
            | "WOpacAplPwdAgrAction.do"
            | "WOpacAplPwdChkAction.do"
            | "WOpacAplPwdAplAction.do"
            | "WOpacMsgCldToMsgCldDispAction.do"
    )
}

/// The patron's own screens this module answers, behind the guard.
pub(super) fn is_own(action: &str) -> bool {
    matches!(
        action,
        "WOpacUsrReadListAction.do"
            | "WOpacPwdLibraryDispAction.do"
            | "WOpacUsrChMailDispAction.do"
            | "WOpacUsrChMailExecAction.do"
            | "WOpacUsrChMailDelAction.do"
            | "WOpacYoyRakChgDispAction.do"
            | "WOpacYoyRakChgExecAction.do"
            | "WOpacUsrChPassDispAction.do"
            | "WOpacUsrChPassExecAction.do"
            | "WOpacUsrRtnLendHistoryDispAction.do"
            | "WOpacUsrRtnLendHistoryExecAction.do"
            | "WOpacUserInfoBarcodeDspAction.do"
    )
}

/// The two-stage settings writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    MailSet,
    MailDelete,
    Contact,
    Password,
    HistoryOn,
    HistoryOff,
    Register,
}

impl Op {
    fn code(self) -> &'static str {
        match self {
            Op::MailSet => "OPACUSR211",
            Op::MailDelete => "OPACUSR212",
            Op::Contact => "OPACUSR221",
            Op::Password => "OPACUSR201",
            Op::HistoryOn => "OPACUSR231",
            Op::HistoryOff => "OPACUSR232",
            Op::Register => "OPACAPL001",
        }
    }

    fn question(self) -> &'static str {
        match self {
            Op::MailSet => "メールアドレスを変更します。よろしいですか？",
            Op::MailDelete => "メールアドレスを削除します。よろしいですか？",
            Op::Contact => "受取館・連絡方法を変更します。よろしいですか？",
            Op::Password => "パスワードを変更します。よろしいですか？",
            Op::HistoryOn => "読書履歴を記録します。よろしいですか？",
            Op::HistoryOff => {
                "読書履歴の記録を中止します。これまでの読書履歴は削除されます。よろしいですか？"
            }
            Op::Register => "パスワードを登録します。よろしいですか？",
        }
    }

    fn action(self) -> &'static str {
        match self {
            Op::MailSet => "WOpacUsrChMailExecAction.do",
            Op::MailDelete => "WOpacUsrChMailDelAction.do",
            Op::Contact => "WOpacYoyRakChgExecAction.do",
            Op::Password => "WOpacUsrChPassExecAction.do",
            Op::HistoryOn | Op::HistoryOff => "WOpacUsrRtnLendHistoryExecAction.do",
            Op::Register => "WOpacAplPwdAplAction.do",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Op::MailSet => "メールアドレスを変更しました。",
            Op::MailDelete => "メールアドレスを削除しました。",
            Op::Contact => "受取館・連絡方法を変更しました。",
            Op::Password => "パスワードを変更しました。",
            Op::HistoryOn | Op::HistoryOff => "読書履歴の設定を変更しました。",
            Op::Register => "パスワードの登録が完了しました。ログインしてご利用ください。",
        }
    }
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// The password rule of the simulated site.
fn password_problem(new: &str, again: &str) -> Option<&'static str> {
    if new != again {
        Some("新しいパスワードが一致しません。")
    } else if !(4..=16).contains(&new.len()) || !new.chars().all(|c| c.is_ascii_alphanumeric()) {
        Some("パスワードは英数字4～16文字で入力してください。")
    } else {
        None
    }
}

impl SimState {
    fn account_session(&mut self, id: &str) -> Option<&mut AccountSession> {
        self.sessions.get_mut(id).map(|s| &mut s.account)
    }

    /// Public entries through `WOpacMnuTopInitAction.do?moveToGamenId=…`.
    pub(super) fn account_entry(
        &mut self,
        id: &str,
        target: &str,
        query: &[(String, String)],
    ) -> Option<SimResponse> {
        let hash = self.hash_of(id);
        match target {
            "msgcld" => {
                let loccod = field(query, "loccod").map(str::to_string);
                Some(self.calendar_page(&hash, loccod.as_deref()))
            }
            "aplmenu" => {
                if let Some(s) = self.account_session(id) {
                    s.verified = None;
                }
                Some(SimResponse::html(pages::public_page(
                    None,
                    &hash,
                    Public::ApplyMenu,
                    &[],
                    &[],
                )))
            }
            _ => None,
        }
    }

    /// Routes this module's public actions (`is_public`). `token_ok` says
    /// whether the request carried the session's current page token.
    pub(super) fn public_route(
        &mut self,
        id: &str,
        action: &str,
        query: &[(String, String)],
        form: &[(String, String)],
        token_ok: bool,
    ) -> SimResponse {
        let hash = self.hash_of(id);
        if action == "WOpacMsgCldToMsgCldDispAction.do" {
            return self.calendar_page(&hash, field(form, "loccod"));
        }
        if !token_ok {
            return SimResponse::html(html::search_page(None, &hash));
        }
        self.register_route(id, action, query, form, &hash)
    }

    /// Routes the patron's own screens (`is_own`).
    pub(super) fn account_route(
        &mut self,
        v: &Visit<'_>,
        action: &str,
        method: &str,
    ) -> SimResponse {
        match action {
            "WOpacUsrReadListAction.do" => self.read_list_action(v, method),
            "WOpacPwdLibraryDispAction.do" => self.user_info_page(v, &[]),
            "WOpacUsrChMailDispAction.do" => self.settings_screen(v, Op::MailSet, &[], None),
            "WOpacYoyRakChgDispAction.do" => self.settings_screen(v, Op::Contact, &[], None),
            "WOpacUsrChPassDispAction.do" => self.settings_screen(v, Op::Password, &[], None),
            "WOpacUsrRtnLendHistoryDispAction.do" => {
                self.settings_screen(v, Op::HistoryOn, &[], None)
            }
            "WOpacUserInfoBarcodeDspAction.do" => self.barcode_page(v),
            "WOpacUsrChMailExecAction.do" => self.setting_write(v, Op::MailSet),
            "WOpacUsrChMailDelAction.do" => self.setting_write(v, Op::MailDelete),
            "WOpacYoyRakChgExecAction.do" => self.setting_write(v, Op::Contact),
            "WOpacUsrChPassExecAction.do" => self.setting_write(v, Op::Password),
            "WOpacUsrRtnLendHistoryExecAction.do" => {
                // Which way is read from the form (stage 1) or its echo (stage 2).
                let source = if field(v.form, "okCodes").is_some() {
                    self.sessions
                        .get(v.id)
                        .and_then(|s| s.pending.clone())
                        .map(|(_, echo)| echo)
                        .unwrap_or_default()
                } else {
                    v.form.to_vec()
                };
                let op = if field(&source, "rireki") == Some("0") {
                    Op::HistoryOff
                } else {
                    Op::HistoryOn
                };
                self.setting_write(v, op)
            }
            _ => SimResponse::plain(404, "Not Found"),
        }
    }

    // ----- reading history -------------------------------------------------

    fn read_list_action(&mut self, v: &Visit<'_>, method: &str) -> SimResponse {
        if let (Some(key), Some(asc)) = (field(v.query, "sortKey"), field(v.query, "isAsc"))
            && let Some(s) = self.account_session(v.id)
        {
            s.read.sort = Some((key.to_string(), asc == "true"));
        }
        if method == "GET" {
            let start = field(v.query, "startIndex")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            return self.read_list_page(v, start, &[]);
        }
        if field(v.form, "deleteParam") == Some("1") {
            // The per-row delete (the client never presses it).
            let mngcod = text(v.form, "mngcod");
            let removed = self.library.account_mut(&v.card).is_some_and(|a| {
                let before = a.patron.history.len();
                a.patron.history.retain(|r| r.mngcod != mngcod);
                a.patron.history.len() != before
            });
            if removed {
                self.changed();
            }
            let message = if removed {
                "読書履歴から削除しました。"
            } else {
                "対象の履歴が見つかりません。"
            };
            return self.read_list_page(v, 0, &[message]);
        }
        if let Some(rows) = field(v.form, "rowsPerPage").and_then(|r| r.parse::<u32>().ok())
            && ROWS_CHOICES.contains(&rows)
            && let Some(s) = self.account_session(v.id)
        {
            s.read.rows = Some(rows);
        }
        self.read_list_page(v, 0, &[])
    }

    /// 読書履歴一覧 from `start` (`gamen=usrread` and the list's own action).
    pub(super) fn read_list_page(
        &self,
        v: &Visit<'_>,
        start: usize,
        messages: &[&str],
    ) -> SimResponse {
        let view = self
            .sessions
            .get(v.id)
            .map(|s| s.account.read.clone())
            .unwrap_or_default();
        self.for_account(&v.card, |_, account| {
            pages::read_list_page(account, &v.hash, &view, start, messages)
        })
    }

    fn user_info_page(&self, v: &Visit<'_>, messages: &[&str]) -> SimResponse {
        self.for_account(&v.card, |lib, a| {
            pages::user_info_page(lib, a, &v.hash, messages)
        })
    }

    fn settings_screen(
        &self,
        v: &Visit<'_>,
        op: Op,
        messages: &[&str],
        confirm: Option<&html::Confirm<'_>>,
    ) -> SimResponse {
        let screen = match op {
            Op::MailSet | Op::MailDelete => Screen::Mail,
            Op::Contact => Screen::Contact,
            Op::Password | Op::Register => Screen::Password,
            Op::HistoryOn | Op::HistoryOff => Screen::History,
        };
        self.for_account(&v.card, |lib, a| {
            pages::settings_page(lib, a, &v.hash, screen, messages, confirm)
        })
    }

    fn barcode_page(&self, v: &Visit<'_>) -> SimResponse {
        self.for_account(&v.card, |_, a| pages::barcode_page(a, &v.hash))
    }

    /// Shizuoka's rules for each settings change, checked at stage 1 and again at stage 2.
    fn check_setting(
        &self,
        card: &str,
        op: Op,
        form: &[(String, String)],
    ) -> Result<(), &'static str> {
        let lib = &self.library;
        let a = lib.account(card).ok_or("利用者情報がありません。")?;
        match op {
            Op::MailSet => {
                let address = field(form, "mailaddr").unwrap_or_default().trim();
                let ok = address.is_ascii()
                    && address
                        .split_once('@')
                        .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
                    && !address.contains(char::is_whitespace);
                if !ok {
                    return Err("メールアドレスの形式が正しくありません。");
                }
                if field(form, "mailaddr2").map(str::trim) != Some(address) {
                    return Err("確認用のメールアドレスが一致しません。");
                }
                Ok(())
            }
            Op::MailDelete => {
                if a.email.is_none() {
                    return Err("メールアドレスが登録されていません。");
                }
                let mail_in_use = a.default_contact.as_deref() == Some(contact::MAIL)
                    || a.reservations.iter().any(|r| {
                        r.status != RsvStatus::Cancelled && r.contact_code == contact::MAIL
                    });
                if mail_in_use {
                    return Err(
                        "連絡方法にメールを指定しているため、メールアドレスを削除できません。",
                    );
                }
                Ok(())
            }
            Op::Contact => a.check_choice(
                lib,
                field(form, "watspt").unwrap_or_default(),
                field(form, "renraku").unwrap_or_default(),
            ),
            Op::Password => {
                let new = field(form, "newpwd").unwrap_or_default();
                if field(form, "oldpwd") != Some(a.password.as_str()) {
                    return Err("現在のパスワードが正しくありません。");
                }
                if let Some(problem) =
                    password_problem(new, field(form, "newpwd2").unwrap_or_default())
                {
                    return Err(problem);
                }
                if new == a.password {
                    return Err("現在と同じパスワードは登録できません。");
                }
                Ok(())
            }
            Op::HistoryOn => {
                if a.patron.history_enabled {
                    return Err("設定は変更されていません。");
                }
                if field(form, "agreeflg") != Some("1") {
                    return Err("読書履歴の利用規約に同意してください。");
                }
                Ok(())
            }
            Op::HistoryOff => {
                if !a.patron.history_enabled {
                    return Err("設定は変更されていません。");
                }
                Ok(())
            }
            Op::Register => password_problem(
                field(form, "newpwd").unwrap_or_default(),
                field(form, "newpwd2").unwrap_or_default(),
            )
            .map_or(Ok(()), Err),
        }
    }

    fn apply_setting(
        &mut self,
        card: &str,
        op: Op,
        echo: &[(String, String)],
    ) -> Result<(), &'static str> {
        self.check_setting(card, op, echo)?;
        let a = self
            .library
            .account_mut(card)
            .ok_or("利用者情報がありません。")?;
        let value = |name: &str| field(echo, name).unwrap_or_default().trim().to_string();
        match op {
            Op::MailSet => a.email = Some(value("mailaddr")),
            Op::MailDelete => a.email = None,
            Op::Contact => {
                a.default_pickup = Some(value("watspt"));
                a.default_contact = Some(value("renraku"));
            }
            Op::Password | Op::Register => {
                a.password = value("newpwd");
                a.login_kind = 1;
            }
            Op::HistoryOn => a.patron.history_enabled = true,
            Op::HistoryOff => {
                // As the terms say: stopping deletes what was recorded.
                a.patron.history_enabled = false;
                a.patron.history.clear();
            }
        }
        self.changed();
        Ok(())
    }

    /// Stage 1 (echo + question) or stage 2 (`okCodes` answering a pending stage 1).
    fn setting_write(&mut self, v: &Visit<'_>, op: Op) -> SimResponse {
        if field(v.form, "okCodes").is_some() {
            let Some(echo) = self.confirmed(v.id, op.code(), v.form) else {
                return self.settings_screen(v, op, &[], None);
            };
            return match self.apply_setting(&v.card, op, &echo) {
                Ok(()) => self.user_info_page(v, &[op.done()]),
                Err(refusal) => self.settings_screen(v, op, &[refusal], None),
            };
        }
        if let Err(refusal) = self.check_setting(&v.card, op, v.form) {
            return self.settings_screen(v, op, &[refusal], None);
        }
        let echo = self.pend_setting(v.id, op, v.query, v.form);
        let confirm = self.confirm_for(op, &echo);
        self.settings_screen(v, op, &[], Some(&confirm.as_confirm(&echo)))
    }

    /// Records the stage-1 request as pending and returns its echo.
    fn pend_setting(
        &mut self,
        id: &str,
        op: Op,
        query: &[(String, String)],
        form: &[(String, String)],
    ) -> Vec<(String, String)> {
        let echo = echo_of(query, form);
        self.pend(id, op.code(), "OPACUSR999", &echo);
        echo
    }

    fn confirm_for(&self, op: Op, _echo: &[(String, String)]) -> ConfirmSpec {
        ConfirmSpec {
            code: if self.faults.wrong_confirmation_code {
                "OPACUSR999"
            } else {
                op.code()
            },
            message: op.question(),
            action: if self.faults.wrong_confirmation_action {
                "/licsxp-opac/WOpacUsrRsvCancelAction.do".to_string()
            } else {
                format!("/licsxp-opac/{}", op.action())
            },
        }
    }

    // ----- password registration --------------------------------------------

    fn register_route(
        &mut self,
        id: &str,
        action: &str,
        query: &[(String, String)],
        form: &[(String, String)],
        hash: &str,
    ) -> SimResponse {
        let screen = |which: Public, messages: &[&str], confirm: Option<&html::Confirm<'_>>| {
            let extra: Vec<String> = confirm.map(html::confirm_block).into_iter().collect();
            SimResponse::html(pages::public_page(None, hash, which, messages, &extra))
        };
        match action {
            "WOpacAplPwdAgrDispAction.do" => screen(Public::Terms, &[], None),
            "WOpacAplPwdAgrAction.do" => {
                if field(form, "agreeflg") == Some("1") {
                    screen(Public::Check, &[], None)
                } else {
                    screen(Public::Terms, &["利用規約に同意してください。"], None)
                }
            }
            "WOpacAplPwdChkAction.do" => match self.identity(form) {
                Ok(card) => {
                    if let Some(s) = self.account_session(id) {
                        s.verified = Some(card);
                    }
                    screen(Public::Apply, &[], None)
                }
                Err(message) => screen(Public::Check, &[message], None),
            },
            _ => {
                let verified = self
                    .sessions
                    .get(id)
                    .and_then(|s| s.account.verified.clone());
                let Some(card) = verified else {
                    return screen(Public::Check, &["本人確認が済んでいません。"], None);
                };
                if field(form, "okCodes").is_some() {
                    let Some(echo) = self.confirmed(id, Op::Register.code(), form) else {
                        return screen(Public::Apply, &[], None);
                    };
                    return match self.apply_setting(&card, Op::Register, &echo) {
                        Ok(()) => {
                            if let Some(s) = self.account_session(id) {
                                s.verified = None;
                            }
                            screen(Public::ApplyMenu, &[Op::Register.done()], None)
                        }
                        Err(refusal) => screen(Public::Apply, &[refusal], None),
                    };
                }
                if let Err(refusal) = self.check_setting(&card, Op::Register, form) {
                    return screen(Public::Apply, &[refusal], None);
                }
                let echo = self.pend_setting(id, Op::Register, query, form);
                let spec = self.confirm_for(Op::Register, &echo);
                screen(Public::Apply, &[], Some(&spec.as_confirm(&echo)))
            }
        }
    }

    /// The identity check: card, birth date (西暦8桁) and a registered phone.
    fn identity(&self, form: &[(String, String)]) -> Result<String, &'static str> {
        let card = field(form, "usrcod").unwrap_or_default().trim();
        let birth = field(form, "birthday").unwrap_or_default().trim();
        let phone = digits(field(form, "telno").unwrap_or_default());
        if card.is_empty() || birth.is_empty() || phone.is_empty() {
            return Err("利用カード番号、生年月日、電話番号を入力してください。");
        }
        if birth.len() != 8 || !birth.chars().all(|c| c.is_ascii_digit()) {
            return Err("生年月日は西暦8桁で入力してください。");
        }
        let a = self
            .library
            .account(card)
            .ok_or("利用カード番号が登録されていません。")?;
        let registered = a
            .patron
            .birth_date
            .map(|d| d.strftime("%Y%m%d").to_string());
        if registered.as_deref() != Some(birth) {
            return Err("生年月日が登録内容と一致しません。");
        }
        let phones: Vec<String> = [&a.home_phone, &a.mobile_phone]
            .into_iter()
            .flatten()
            .map(|p| digits(p))
            .collect();
        if !phones.contains(&phone) {
            return Err("電話番号が登録内容と一致しません。");
        }
        Ok(a.card.clone())
    }

    // ----- calendar ------------------------------------------------------------
    fn calendar_page(&self, hash: &str, loccod: Option<&str>) -> SimResponse {
        SimResponse::html(pages::calendar_page(&self.library, hash, loccod))
    }
}

/// A confirmation whose action string is owned.
struct ConfirmSpec {
    code: &'static str,
    message: &'static str,
    action: String,
}

impl ConfirmSpec {
    fn as_confirm<'a>(&'a self, echo: &'a [(String, String)]) -> html::Confirm<'a> {
        html::Confirm {
            code: self.code,
            message: self.message,
            action: Some(&self.action),
            echo,
        }
    }
}
