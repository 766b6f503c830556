//! Cancel, hide and change on the reservation list: stage 1 asks (the list
//! again with the dialog and the echo), stage 2 with the right `okCodes`
//! answering a pending stage 1 applies, under Shizuoka's rules.

use super::{SimResponse, SimState, Visit, all, echo_of, field, html, text};
use crate::sim::state::{RsvStatus, contact};

/// The reservation-list writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RsvOp {
    Cancel,
    Hide,
    Change,
}

impl RsvOp {
    pub(super) fn from_action(action: &str) -> Option<RsvOp> {
        match action {
            "WOpacUsrRsvCancelAction.do" => Some(RsvOp::Cancel),
            "WOpacUsrRsvHiddenAction.do" => Some(RsvOp::Hide),
            "WOpacUsrRsvSyuseiAction.do" => Some(RsvOp::Change),
            _ => None,
        }
    }

    fn code(self) -> &'static str {
        match self {
            RsvOp::Cancel => "OPACUSR001",
            RsvOp::Hide => "OPACUSR423",
            // Modelled: the real code of 予約修正 was never captured.
            RsvOp::Change => "OPACUSR003",
        }
    }

    fn question(self) -> &'static str {
        match self {
            RsvOp::Cancel => "予約の取消を行います。よろしいですか？",
            RsvOp::Hide => "取消済の予約を非表示にします。よろしいですか？",
            RsvOp::Change => "予約内容を修正します。よろしいですか？",
        }
    }

    /// Cancel assigns no action: the browser re-posts to the stage-1 URL.
    fn confirm_action(self) -> Option<&'static str> {
        match self {
            RsvOp::Cancel => None,
            RsvOp::Hide => Some("/licsxp-opac/WOpacUsrRsvHiddenAction.do"),
            RsvOp::Change => Some("/licsxp-opac/WOpacUsrRsvSyuseiAction.do"),
        }
    }
}

/// The rows a change post marks (`dropChangeFlg` set): (code, pickup, contact).
fn marked_changes(form: &[(String, String)]) -> Vec<(String, String, String)> {
    let [codes, pickups, contacts] = ["yoykcode", "watspt", "renrakukata"].map(|n| all(form, n));
    all(form, "dropChangeFlg")
        .iter()
        .enumerate()
        .filter(|(_, flag)| !flag.is_empty())
        .filter_map(|(i, _)| {
            Some((
                codes.get(i)?.to_string(),
                pickups.get(i)?.to_string(),
                contacts.get(i)?.to_string(),
            ))
        })
        .collect()
}

impl SimState {
    pub(super) fn reservation_write(&mut self, v: &Visit<'_>, op: RsvOp) -> SimResponse {
        let list = |s: &SimState, messages: &[&str], confirm| {
            s.account_screen(v, html::rsv_page, messages, confirm)
        };
        if field(v.form, "okCodes").is_some() {
            let Some(echo) = self.confirmed(v.id, op.code(), v.form) else {
                return list(self, &[], None);
            };
            return match self.apply_reservation_write(&v.card, op, &echo) {
                Ok(message) | Err(message) => list(self, &[message], None),
            };
        }
        if let Err(refusal) = self.check_reservation_write(&v.card, op, v.form) {
            return list(self, &[refusal], None);
        }
        let echo = echo_of(v.query, v.form);
        let code = self.pend(v.id, op.code(), "OPACUSR999", &echo);
        // A confirmation that would go to another action (here: a renewal).
        let action = if self.faults.wrong_confirmation_action {
            Some("/licsxp-opac/WOpacUsrLendListExtendAction.do")
        } else {
            op.confirm_action()
        };
        let confirm = html::Confirm {
            code,
            message: op.question(),
            action,
            echo: &echo,
        };
        list(self, &[], Some(&confirm))
    }

    /// Shizuoka's rules, checked at stage 1 and again at stage 2.
    fn check_reservation_write(
        &self,
        card: &str,
        op: RsvOp,
        form: &[(String, String)],
    ) -> Result<(), &'static str> {
        let lib = &self.library;
        let account = lib.account(card).ok_or("利用者情報がありません。")?;
        let target = field(form, "yoycod").unwrap_or_default();
        let row = |code: &str| account.reservations.iter().find(|r| r.yoycod == code);
        match op {
            RsvOp::Cancel => match row(target) {
                Some(r) if r.status.editable() => Ok(()),
                Some(_) => Err("この予約は取消できません。図書館へお問い合わせください。"),
                None => Err("対象の予約が見つかりません。"),
            },
            RsvOp::Hide => match row(target) {
                Some(r) if r.status == RsvStatus::Cancelled => Ok(()),
                _ => Err("対象の予約が見つかりません。"),
            },
            RsvOp::Change => {
                let marked = marked_changes(form);
                if marked.is_empty() {
                    return Err("変更された予約がありません。");
                }
                for (code, pickup, contact_code) in marked {
                    let r = row(&code).ok_or("対象の予約が見つかりません。")?;
                    if !r.status.editable() {
                        return Err("この予約は変更できません。図書館へお問い合わせください。");
                    }
                    account.check_choice(lib, &pickup, &contact_code)?;
                    if contact::is_phone(&r.contact_code)
                        && contact::is_phone(&contact_code)
                        && contact_code != r.contact_code
                    {
                        return Err(
                            "予約後の連絡先電話番号はインターネットから変更できません。図書館へお問い合わせください。",
                        );
                    }
                }
                Ok(())
            }
        }
    }

    fn apply_reservation_write(
        &mut self,
        card: &str,
        op: RsvOp,
        echo: &[(String, String)],
    ) -> Result<&'static str, &'static str> {
        self.check_reservation_write(card, op, echo)?;
        let target = text(echo, "yoycod");
        let marked = marked_changes(echo);
        let account = self
            .library
            .account_mut(card)
            .ok_or("利用者情報がありません。")?;
        let message = match op {
            RsvOp::Cancel => {
                let r = account
                    .reservations
                    .iter_mut()
                    .find(|r| r.yoycod == target)
                    .ok_or("対象の予約が見つかりません。")?;
                r.status = RsvStatus::Cancelled;
                r.queue = None;
                "予約の取消が完了しました。"
            }
            RsvOp::Hide => {
                account.reservations.retain(|r| r.yoycod != target);
                "取消済の予約を非表示にしました。"
            }
            RsvOp::Change => {
                for (code, pickup, contact_code) in marked {
                    if let Some(r) = account.reservations.iter_mut().find(|r| r.yoycod == code) {
                        r.pickup_code = pickup;
                        r.contact_code = contact_code;
                    }
                }
                "予約内容を修正しました。"
            }
        };
        self.changed();
        Ok(message)
    }
}
