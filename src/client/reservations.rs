//! Reservation writes on the list page: cancel (`OPACUSR001`, stage 2 to
//! the stage-1 URL with its query), hide a cancelled row (`OPACUSR423`),
//! and change pickup/contact (`予約修正`, modelled). Every outcome is read
//! from a fresh list afterwards (docs/protocol.md#reservation-writes: the stage-2 page can be stale).

use jiff::civil::Date;
use scraper::Html;

use super::error::{ClientError, Result};
use super::form::Form;
use super::page::screen;
use super::write::{Sent, settle};
use super::{Client, MyPage, parse};
use crate::model::{
    Listing, Outcome, Reservation, ReservationState, RsvAction, RsvCase, RsvReason, RsvResult,
    Verdict,
};

pub const CANCEL_ACTION: &str = "WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1";
pub const CANCEL_CODE: &str = "OPACUSR001";
pub const HIDE_ACTION: &str = "WOpacUsrRsvHiddenAction.do?mngFlg2_handan=1";
pub const HIDE_CODE: &str = "OPACUSR423";
pub const HIDE_CONFIRM_ACTION: &str = "WOpacUsrRsvHiddenAction.do";
/// 予約修正 (`yoykSyusei()`); its confirmation code was never captured, so
/// the client expects the simulator's and stops on anything else.
pub const CHANGE_ACTION: &str = "WOpacUsrRsvSyuseiAction.do?mngFlg2_handan=1&kbnchgflag=1";
pub const CHANGE_CODE: &str = "OPACUSR003";
pub const CHANGE_CONFIRM_ACTION: &str = "WOpacUsrRsvSyuseiAction.do";

/// A reservation list together with the form its writes re-post.
#[derive(Debug, Clone)]
pub struct RsvPage {
    pub listing: Listing<Reservation>,
    form: Form,
}

impl RsvPage {
    fn from_doc(doc: &Html, today: Date) -> Result<RsvPage> {
        let form = Form::from_page(doc, "LBForm")
            .ok_or_else(|| ClientError::layout("reservation list", "no LBForm"))?;
        if form.count("yoycod") != 1 {
            return Err(ClientError::layout(
                "reservation list",
                "the form has no single yoycod field",
            ));
        }
        Ok(RsvPage {
            listing: parse::reservation_listing(doc, today)?,
            form,
        })
    }

    pub fn row(&self, id: &str) -> Option<&Reservation> {
        self.listing.items.iter().find(|r| r.id == id)
    }

    /// Non-cancelled reservations of a title.
    pub fn active_for(&self, tilcod: &str) -> usize {
        self.listing
            .items
            .iter()
            .filter(|r| r.tilcod == tilcod && r.state != ReservationState::Cancelled)
            .count()
    }
}

/// What the caller wants changed on a row (codes from the row's own options).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    pub pickup_code: Option<String>,
    pub contact_code: Option<String>,
}

type Verify = fn(&Reservation, &RsvPage, &Change) -> bool;

/// One two-stage reservation write: where stage 1 goes, the code it must
/// ask, where stage 2 goes (`None`: the stage-1 URL), and how to see it applied.
struct Spec<'a> {
    stage1: &'a str,
    code: &'a str,
    stage2: Option<&'a str>,
    applied: Verify,
}

impl Client {
    /// The reservation list with its form (a read).
    pub async fn reservation_page(&mut self, today: Date) -> Result<RsvPage> {
        self.my_page(MyPage::Reservations, |doc| RsvPage::from_doc(doc, today))
            .await
    }

    pub async fn cancel_reservation(
        &mut self,
        page: &RsvPage,
        row: &Reservation,
        today: Date,
    ) -> (RsvResult, Option<RsvPage>) {
        let action = RsvAction::Cancel;
        let Some(code) = row.cancel_code.clone() else {
            return (refused_by_state(action, row), None);
        };
        let mut body = page.form.clone();
        body.set("yoycod", code);
        let spec = Spec {
            stage1: CANCEL_ACTION,
            code: CANCEL_CODE,
            stage2: None,
            applied: cancelled,
        };
        self.rsv_write(action, row, body, spec, &Change::default(), today)
            .await
    }

    pub async fn hide_reservation(
        &mut self,
        page: &RsvPage,
        row: &Reservation,
        today: Date,
    ) -> (RsvResult, Option<RsvPage>) {
        let action = RsvAction::Hide;
        let Some(code) = row.hide_code.clone() else {
            return (
                RsvResult::for_row(
                    action,
                    row,
                    Verdict::refused(RsvReason::Own(RsvCase::NotCancelled)),
                ),
                None,
            );
        };
        let mut body = page.form.clone();
        body.set("yoycod", code);
        let spec = Spec {
            stage1: HIDE_ACTION,
            code: HIDE_CODE,
            stage2: Some(HIDE_CONFIRM_ACTION),
            applied: hidden,
        };
        self.rsv_write(action, row, body, spec, &Change::default(), today)
            .await
    }

    /// Changes pickup and/or contact the way `dropChange()` + `yoykSyusei()` do.
    pub async fn change_reservation(
        &mut self,
        page: &RsvPage,
        row: &Reservation,
        change: &Change,
        today: Date,
    ) -> (RsvResult, Option<RsvPage>) {
        let action = RsvAction::Change;
        if !row.changeable {
            return (refused_by_state(action, row), None);
        }
        let id = &row.id;
        let pickup = change
            .pickup_code
            .clone()
            .or_else(|| row.pickup_code.clone())
            .unwrap_or_default();
        let contact = change
            .contact_code
            .clone()
            .or_else(|| row.contact_code.clone())
            .unwrap_or_default();
        let flag = match (change.pickup_code.is_some(), change.contact_code.is_some()) {
            (true, true) => "all",
            (true, false) => "watspt",
            _ => "yoyrak",
        };
        let mut body = page.form.clone();
        let set = [
            (format!("selwat{id}"), pickup.clone()),
            (format!("selren{id}"), contact.clone()),
            (format!("yoycod{id}"), id.clone()),
            (format!("watspt{id}"), pickup),
            (format!("renrakukata{id}"), contact),
            (format!("changeFlg{id}"), flag.to_string()),
        ];
        for (element, value) in set {
            if !body.set_by_id(&element, value) {
                let reason =
                    RsvReason::UnexpectedConfirmation(format!("the list form has no #{element}"));
                return (
                    RsvResult::for_row(action, row, Verdict::new(Outcome::Failed, reason)),
                    None,
                );
            }
        }
        let spec = Spec {
            stage1: CHANGE_ACTION,
            code: CHANGE_CODE,
            stage2: Some(CHANGE_CONFIRM_ACTION),
            applied: changed,
        };
        self.rsv_write(action, row, body, spec, change, today).await
    }

    /// Runs a two-stage write on the list and reads the list again to decide.
    async fn rsv_write(
        &mut self,
        action: RsvAction,
        row: &Reservation,
        body: Form,
        spec: Spec<'_>,
        change: &Change,
        today: Date,
    ) -> (RsvResult, Option<RsvPage>) {
        let answer = self
            .two_stage(
                spec.stage1,
                body,
                spec.code,
                spec.stage2,
                &[screen::RSV_LIST],
            )
            .await;
        let sent = match answer {
            Ok(response) => {
                // The stage-2 page is not trusted for the outcome (it can be
                // stale), but its token is the one the next request must carry.
                self.adopt_tokens(&response);
                Sent::Yes(Vec::new())
            }
            Err(e) => match e.sent() {
                Ok(sent) => sent,
                Err(verdict) => return (RsvResult::for_row(action, row, verdict), None),
            },
        };
        let fresh = self.reservation_page(today).await;
        let (verdict, fresh) = settle(
            sent,
            fresh,
            "the reservation list",
            |p| (spec.applied)(row, p, change),
            |first, _| classify_message(first),
        );
        (RsvResult::for_row(action, row, verdict), fresh)
    }
}

fn refused_by_state(action: RsvAction, row: &Reservation) -> RsvResult {
    RsvResult::for_row(
        action,
        row,
        Verdict::new(
            Outcome::Refused,
            RsvReason::Own(RsvCase::StateForbids(row.status.clone())),
        ),
    )
}

/// Known refusal messages (docs/protocol.md#site-messages); anything else is passed through.
pub fn classify_message(message: &str) -> RsvReason {
    if message.contains("予約制限を") && message.contains("越えています") {
        RsvReason::Own(RsvCase::OverLimit(message.to_string()))
    } else if message.contains("予約済の書誌があります") {
        RsvReason::Own(RsvCase::AlreadyReserved)
    } else if message.contains("メールアドレスが設定されていません") {
        RsvReason::Own(RsvCase::NoMailAddress)
    } else if message.contains("電話番号") && message.contains("変更できません") {
        RsvReason::Own(RsvCase::PhoneLocked)
    } else {
        RsvReason::SiteMessage(message.to_string())
    }
}

/// Cancelled: the row is now 取消 (with a hide button), or gone entirely.
fn cancelled(before: &Reservation, after: &RsvPage, _: &Change) -> bool {
    match after.row(&before.id) {
        Some(now) => now.state == ReservationState::Cancelled && !now.cancellable,
        None => after.active_for(&before.tilcod) == 0,
    }
}

fn hidden(before: &Reservation, after: &RsvPage, _: &Change) -> bool {
    after.row(&before.id).is_none()
}

fn changed(before: &Reservation, after: &RsvPage, change: &Change) -> bool {
    after.row(&before.id).is_some_and(|now| {
        change
            .pickup_code
            .as_ref()
            .is_none_or(|p| now.pickup_code.as_ref() == Some(p))
            && change
                .contact_code
                .as_ref()
                .is_none_or(|c| now.contact_code.as_ref() == Some(c))
    })
}
