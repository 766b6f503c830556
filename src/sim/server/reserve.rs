//! Direct reservation (docs/protocol.md#direct-reservation): the confirmation page reached from the
//! detail page's いますぐ予約, and the one confirm POST. The page is the same
//! for success and refusal; only the message differs.

use super::{SimResponse, SimState, Visit, html, text};
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
        v: &Visit<'_>,
        tilcod: &str,
        messages: &[&str],
    ) -> SimResponse {
        let (lib, hash) = (&self.library, v.hash.as_str());
        let (Some(account), Some(title)) = (lib.account(&v.card), lib.title(tilcod)) else {
            let account = lib.account(&v.card);
            return SimResponse::html(html::error_page(
                account,
                hash,
                "該当する書誌がありません。",
            ));
        };
        SimResponse::html(html::reserve_confirm_page(
            lib,
            account,
            hash,
            CONFIRM_BODY,
            &html::message_items(messages),
            &[
                ("TILCOD", tilcod),
                ("TITLE_LINE", &html::esc(&title.bib.title_line())),
            ],
        ))
    }

    /// The confirm POST: Shizuoka's checks, then the reservation.
    pub(super) fn reserve_exec(&mut self, v: &Visit<'_>) -> SimResponse {
        let [tilcod, pickup, contact] =
            ["tilcod", "receivename", "contact"].map(|n| text(v.form, n));
        let message = match self.try_reserve(&v.card, &tilcod, &pickup, &contact) {
            Ok(()) => DONE,
            Err(refusal) => refusal,
        };
        self.reserve_confirm_page(v, &tilcod, &[message])
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
