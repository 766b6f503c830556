//! Reservation writes on the list page: cancel (`OPACUSR001`, stage 2 to
//! the stage-1 URL with its query), hide a cancelled row (`OPACUSR423`),
//! and change pickup/contact (`予約修正`, modelled). Every outcome is read
//! from a fresh list afterwards (docs/protocol.md#reservation-writes: the stage-2 page can be stale).

use jiff::civil::Date;
use scraper::Html;

use super::error::Result;
use super::form::Form;
use super::page::screen;
use super::parse::layouts;
use super::write::{Step, settle};
use super::{Client, MyPage, parse};
use crate::model::{
    Listing, Outcome, Reservation, ReservationState, RsvAction, RsvCase, RsvReason, RsvResult,
    Verdict,
};

const CANCEL: Step = Step {
    action: "WOpacUsrRsvCancelAction.do?mngFlg2_handan=1&kbnchgflag=1",
    code: "OPACUSR001",
    confirm: None,
};
const HIDE: Step = Step {
    action: "WOpacUsrRsvHiddenAction.do?mngFlg2_handan=1",
    code: "OPACUSR423",
    confirm: Some("WOpacUsrRsvHiddenAction.do"),
};
/// 予約修正 (`yoykSyusei()`); its confirmation code was never captured, so
/// the client expects the simulator's and stops on anything else.
const CHANGE: Step = Step {
    action: "WOpacUsrRsvSyuseiAction.do?mngFlg2_handan=1&kbnchgflag=1",
    code: "OPACUSR003",
    confirm: Some("WOpacUsrRsvSyuseiAction.do"),
};

/// A reservation list together with the form its writes re-post.
#[derive(Debug, Clone)]
pub struct RsvPage {
    pub listing: Listing<Reservation>,
    form: Form,
}

impl RsvPage {
    fn from_doc(doc: &Html, today: Date) -> Result<RsvPage> {
        let label = layouts::reservations::TABLE.label;
        let form = Form::lbform(doc, label)?.with_single("yoycod", label)?;
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

/// One reservation write and how to see it applied.
struct Spec {
    step: Step,
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
            step: CANCEL,
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
            step: HIDE,
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
            step: CHANGE,
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
        spec: Spec,
        change: &Change,
        today: Date,
    ) -> (RsvResult, Option<RsvPage>) {
        let sent = match self.confirm(spec.step, body, &[screen::RSV_LIST]).await {
            Ok(sent) => sent,
            Err(verdict) => return (RsvResult::for_row(action, row, verdict), None),
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
