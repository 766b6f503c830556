//! Direct reservation (docs/protocol.md#direct-reservation): the confirmation page reached from the
//! detail page's いますぐ予約, and the one confirm POST. The page is the same
//! for success and refusal; only the message differs.

use super::{SimResponse, SimState, html};
use crate::sim::state::{RsvStatus, SimReservation};

const CONFIRM_BODY: &str = include_str!("../templates/yoy_confirm_body.html");
/// Reservations per card, purchase requests included (the library's guide).
pub const LIMIT: usize = 20;

pub const DONE: &str = "予約登録しました。確認したい場合は予約状況一覧で確認して下さい。";
pub const DUPLICATE: &str = "予約済の書誌があります。予約できません。";

impl SimState {
    /// `tiles.WYoyConfirm` for one title: pickup and contact selects with
    /// the patron's defaults selected.
    pub(super) fn reserve_confirm_page(
        &self,
        card: &str,
        hash: &str,
        tilcod: &str,
        messages: &[&str],
    ) -> SimResponse {
        let lib = &self.library;
        let (Some(account), Some(title)) = (lib.account(card), lib.title(tilcod)) else {
            let account = lib.account(card);
            return SimResponse::html(html::error_page(
                account,
                hash,
                "該当する書誌がありません。",
            ));
        };
        let (pickup_options, contact_options) = html::choice_options(lib, account);
        let items = html::message_items(messages);
        let body = html::fill(
            CONFIRM_BODY,
            &[
                ("MESSAGES", &items),
                ("HASH", hash),
                ("TILCOD", tilcod),
                ("TITLE_LINE", &html::esc(&title.bib.title_line())),
                ("PICKUP_OPTIONS", &pickup_options),
                ("CONTACT_OPTIONS", &contact_options),
            ],
        );
        SimResponse::html(html::page(
            "予約確認",
            Some(account),
            hash,
            "予約確認",
            &body,
        ))
    }

    /// The confirm POST: Shizuoka's checks, then the reservation.
    pub(super) fn reserve_exec(
        &mut self,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let field = |name: &str| {
            form.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let (tilcod, pickup, contact_code) =
            (field("tilcod"), field("receivename"), field("contact"));
        let outcome = self.try_reserve(card, &tilcod, &pickup, &contact_code);
        let message = match outcome {
            Ok(()) => DONE,
            Err(m) => m,
        };
        let mut response = self.reserve_confirm_page(card, hash, &tilcod, &[message]);
        response.drop_connection = outcome.is_ok() && self.faults.drop_after_write;
        response
    }

    pub(super) fn try_reserve(
        &mut self,
        card: &str,
        tilcod: &str,
        pickup: &str,
        contact_code: &str,
    ) -> Result<(), &'static str> {
        let today = self.library.today;
        let lib = &self.library;
        let account = lib.account(card).ok_or("利用者情報がありません。")?;
        let title = lib
            .title(tilcod)
            .ok_or("該当する書誌がありません。")?
            .clone();
        account.check_choice(lib, pickup, contact_code)?;
        if account
            .reservations
            .iter()
            .any(|r| r.bib.tilcod == tilcod && r.status != RsvStatus::Cancelled)
        {
            return Err(DUPLICATE);
        }
        if account.active_reservations() >= LIMIT {
            return Err("図書・雑誌は予約制限を1冊越えています。");
        }
        let yoycod = self.next_reservation_code();
        let queue = title.reservations + 1;
        if let Some(t) = self
            .library
            .catalog
            .iter_mut()
            .find(|t| t.bib.tilcod == tilcod)
        {
            t.reservations += 1;
        }
        if let Some(account) = self.library.account_mut(card) {
            account.reservations.push(SimReservation {
                yoycod,
                bib: title.bib,
                pickup_code: pickup.to_string(),
                contact_code: contact_code.to_string(),
                reserved_on: today,
                allocated_on: None,
                expires_on: None,
                hold_until: None,
                queue: Some(queue),
                status: RsvStatus::Waiting,
            });
        }
        self.changed();
        Ok(())
    }

    /// A reservation code no account uses yet.
    fn next_reservation_code(&self) -> String {
        let highest = self
            .library
            .accounts
            .iter()
            .flat_map(|a| a.reservations.iter())
            .filter_map(|r| r.yoycod.parse::<u64>().ok())
            .max()
            .unwrap_or(1_013_500_000);
        (highest + 1).to_string()
    }
}
