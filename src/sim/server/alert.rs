//! 新着資料 (public, no login) and the 新着図書お知らせ conditions
//! (modelled): the registration form, and register / edit / delete as
//! two-stage writes. Stage 1 checks the rules and asks (the form or the
//! list again with the dialog and the echo); only stage 2 with the right
//! `okCodes` answering a pending stage 1 changes anything.

use super::{AccountScreen, SimResponse, SimState, Visit, echo_of, field, html};
use crate::sim::html_sdi;
use crate::sim::sdi::{self, SimAlert};

/// The condition screens' actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SdiAction {
    /// `sdiNew()` / `sdiSyusei(code)`: the registration or edit form.
    Input,
    Add,
    Edit,
    Delete,
}

impl SdiAction {
    pub(super) fn from_action(action: &str) -> Option<SdiAction> {
        match action {
            "WOpacSdiTmeMenuToInputAction.do" => Some(SdiAction::Input),
            "WOpacSdiInputExecAction.do" => Some(SdiAction::Add),
            "WOpacSdiInputUpdateAction.do" => Some(SdiAction::Edit),
            "WOpacSdiTmeDelAction.do" => Some(SdiAction::Delete),
            _ => None,
        }
    }

    /// What the write says (the simulator's words and codes: no capture of
    /// these screens exists).
    fn wording(self) -> Wording {
        match self {
            SdiAction::Add => Wording {
                code: "OPACSDI201",
                question: "この条件で登録します。よろしいですか？",
                action: "/licsxp-opac/WOpacSdiInputExecAction.do",
                done: "新着図書お知らせの条件を登録しました。",
            },
            SdiAction::Edit => Wording {
                code: "OPACSDI202",
                question: "入力された内容で更新します。よろしいですか？",
                action: "/licsxp-opac/WOpacSdiInputUpdateAction.do",
                done: "新着図書お知らせの条件を更新しました。",
            },
            SdiAction::Delete | SdiAction::Input => Wording {
                code: "OPACSDI203",
                question: "この条件を削除します。よろしいですか？",
                action: "/licsxp-opac/WOpacSdiTmeDelAction.do",
                done: "新着図書お知らせの条件を削除しました。",
            },
        }
    }
}

/// A condition write's code (stage 1 asks, stage 2 answers), question,
/// the action its answer goes to, and the message once applied.
struct Wording {
    code: &'static str,
    question: &'static str,
    action: &'static str,
    done: &'static str,
}

/// The condition list (`gamen=newpcfsdi`).
pub(super) const CONDITIONS: AccountScreen = html_sdi::alert_menu_page;

const NOT_FOUND: &str = "対象の条件が見つかりません。";

impl SimState {
    /// 新着資料ジャンル一覧 or one genre's 新着資料一覧 (GET links, or the
    /// `infoNext` POST carrying `newMenuCode`); an empty or unknown genre
    /// answers the error page.
    pub(super) fn new_arrival_page(
        &self,
        card: Option<&str>,
        hash: &str,
        action: &str,
        query: &[(String, String)],
        form: &[(String, String)],
    ) -> SimResponse {
        let lib = &self.library;
        let account = card.and_then(|c| lib.account(c));
        if action == "WOpacMsgNewMenuDispAction.do" {
            return SimResponse::html(html_sdi::genre_menu_page(lib, account, hash));
        }
        let code = field(query, "newMenuCode")
            .or_else(|| field(form, "newMenuCode"))
            .unwrap_or_default();
        match html_sdi::genre_list_page(lib, account, hash, code) {
            Some(page) => SimResponse::html(page),
            None => SimResponse::html(html::error_page(
                account,
                hash,
                "新着資料のジャンルが選択されていません。",
            )),
        }
    }

    fn sdi_input(
        &self,
        v: &Visit<'_>,
        values: &SimAlert,
        messages: &[&str],
        confirm: Option<&html::Confirm<'_>>,
    ) -> SimResponse {
        self.for_account(&v.card, |_, account| {
            html_sdi::alert_input_page(account, &v.hash, values, messages, confirm)
        })
    }

    fn sdi_alert(&self, card: &str, code: &str) -> Option<SimAlert> {
        self.library
            .sdi
            .alerts_of(card)
            .iter()
            .find(|a| a.code == code)
            .cloned()
    }

    pub(super) fn sdi_screen(&mut self, v: &Visit<'_>, action: SdiAction) -> SimResponse {
        let card = v.card.as_str();
        if action == SdiAction::Input {
            let code = field(v.form, "sdicod").unwrap_or_default();
            if code.is_empty() {
                let empty = SimAlert {
                    kind: "0".into(),
                    ..SimAlert::default()
                };
                return self.sdi_input(v, &empty, &[], None);
            }
            return match self.sdi_alert(card, code) {
                Some(values) => self.sdi_input(v, &values, &[], None),
                None => self.account_screen(v, CONDITIONS, &[NOT_FOUND], None),
            };
        }
        if field(v.form, "okCodes").is_some() {
            return self.sdi_confirm(v, action);
        }
        // Stage 1: the rules, then the question.
        let on_form = action != SdiAction::Delete;
        let values = html_sdi::posted_alert(v.form);
        let checked = match action {
            SdiAction::Delete => match self.sdi_alert(card, &values.code) {
                Some(_) => Ok(()),
                None => Err(NOT_FOUND),
            },
            SdiAction::Edit => sdi::check(&self.library, card, &values, Some(&values.code)),
            _ => sdi::check(&self.library, card, &values, None),
        };
        if let Err(refusal) = checked {
            return if on_form {
                self.sdi_input(v, &values, &[refusal], None)
            } else {
                self.account_screen(v, CONDITIONS, &[refusal], None)
            };
        }
        let words = action.wording();
        let echo = echo_of(v.query, v.form);
        let code = self.pend(v.id, words.code, "OPACSDI999", &echo);
        let confirm = html::Confirm {
            code,
            message: words.question,
            action: Some(if self.faults.wrong_confirmation_action {
                "/licsxp-opac/WOpacUsrRsvCancelAction.do"
            } else {
                words.action
            }),
            echo: &echo,
        };
        if on_form {
            self.sdi_input(v, &values, &[], Some(&confirm))
        } else {
            self.account_screen(v, CONDITIONS, &[], Some(&confirm))
        }
    }

    /// Stage 2: applies the pending stage 1 (its echo), checked again.
    fn sdi_confirm(&mut self, v: &Visit<'_>, action: SdiAction) -> SimResponse {
        let card = v.card.as_str();
        let Some(echo) = self.confirmed(v.id, action.wording().code, v.form) else {
            return self.account_screen(v, CONDITIONS, &[], None);
        };
        let values = html_sdi::posted_alert(&echo);
        let today = self.library.today;
        let applied = match action {
            SdiAction::Add => sdi::check(&self.library, card, &values, None).map(|()| {
                let alert = SimAlert {
                    code: String::new(),
                    registered_on: Some(today),
                    ..values
                };
                sdi::register(&mut self.library, card, alert);
            }),
            SdiAction::Edit => sdi::check(&self.library, card, &values, Some(&values.code))
                .and_then(|()| {
                    let mine = self.library.sdi.alerts.entry(card.to_string()).or_default();
                    let row = mine
                        .iter_mut()
                        .find(|a| a.code == values.code)
                        .ok_or(NOT_FOUND)?;
                    *row = SimAlert {
                        registered_on: row.registered_on,
                        ..values
                    };
                    Ok(())
                }),
            SdiAction::Delete | SdiAction::Input => {
                let mine = self.library.sdi.alerts.entry(card.to_string()).or_default();
                let before = mine.len();
                mine.retain(|a| a.code != values.code);
                if mine.len() < before {
                    Ok(())
                } else {
                    Err(NOT_FOUND)
                }
            }
        };
        match applied {
            Ok(()) => {
                self.changed();
                self.account_screen(v, CONDITIONS, &[action.wording().done], None)
            }
            Err(refusal) => self.account_screen(v, CONDITIONS, &[refusal], None),
        }
    }
}
