//! The simulated library: accounts, loans and reservations, serialisable so
//! `--demo` and `sim --state` keep it between runs.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    pub code: String,
    pub name: String,
    /// Mobile library and similar lend points are not pickup choices.
    pub pickup: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactMethod {
    pub code: String,
    pub name: String,
}

/// A bibliographic line as list pages print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bib {
    pub tilcod: String,
    pub title: String,
    pub author: Option<String>,
    pub role: Option<String>,
    pub publisher: Option<String>,
    /// 一般図書, 児童図書, コミック, …
    pub material_type: String,
}

impl Bib {
    /// `書名　著者／役割　出版者` separated by U+3000.
    pub fn title_line(&self) -> String {
        let mut parts = vec![self.title.clone()];
        parts.extend(self.author_role());
        if let Some(p) = &self.publisher {
            parts.push(p.clone());
        }
        parts.join("\u{3000}")
    }

    /// `著者／役割` (役割 著 when none is given), as lists and the detail print it.
    pub fn author_role(&self) -> Option<String> {
        let author = self.author.as_ref()?;
        Some(format!(
            "{author}／{}",
            self.role.as_deref().unwrap_or("著")
        ))
    }

    /// The reservation list's shorter type words (一般, 児童).
    pub fn short_type(&self) -> String {
        self.material_type.trim_end_matches("図書").to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimLoan {
    pub bib: Bib,
    /// Management code used by `extend("…")`.
    pub mngcod: String,
    pub library: String,
    pub loaned_on: Date,
    pub due_on: Date,
    pub renewals: u32,
    /// Reservations by other patrons waiting for this item.
    pub reserved_by_others: u32,
    /// Borrowed through inter-library loan from another city.
    pub other_city: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RsvStatus {
    Waiting,
    SecuredElsewhere,
    InTransit,
    Ready,
    Available,
    Notified,
    Cancelled,
}

impl RsvStatus {
    /// The site's wording.
    pub fn text(self) -> &'static str {
        match self {
            RsvStatus::Waiting => "予約中",
            RsvStatus::SecuredElsewhere => "他館確保",
            RsvStatus::InTransit => "移送中",
            RsvStatus::Ready => "提供可能",
            RsvStatus::Available => "利用可能",
            RsvStatus::Notified => "連絡済み",
            RsvStatus::Cancelled => "取消",
        }
    }

    /// Pickup and contact can be changed, and the reservation cancelled,
    /// only while it is still waiting.
    pub fn editable(self) -> bool {
        self == RsvStatus::Waiting
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimReservation {
    pub yoycod: String,
    pub bib: Bib,
    pub pickup_code: String,
    pub contact_code: String,
    pub reserved_on: Date,
    pub allocated_on: Option<Date>,
    pub expires_on: Option<Date>,
    pub hold_until: Option<Date>,
    pub queue: Option<u32>,
    pub status: RsvStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub card: String,
    pub password: String,
    pub name: String,
    pub expires_on: Date,
    /// 1 full password, 2 temporary, 3 reservation-only.
    pub login_kind: u8,
    /// マイ本棚 (the header counts shelves, not titles).
    #[serde(deserialize_with = "super::shelf::deserialize_shelves")]
    pub shelves: Vec<super::shelf::Shelf>,
    /// 予約カート: title codes, in the order added.
    pub cart: Vec<String>,
    pub loans: Vec<SimLoan>,
    pub reservations: Vec<SimReservation>,
    /// Registered e-mail address (mail contact needs one).
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub home_phone: Option<String>,
    #[serde(default)]
    pub mobile_phone: Option<String>,
    /// Default pickup branch code (the confirmation page preselects it).
    #[serde(default)]
    pub default_pickup: Option<String>,
    /// Default contact code.
    #[serde(default)]
    pub default_contact: Option<String>,
    /// Identity data, address, reading history and its setting.
    #[serde(default)]
    pub patron: super::patron::Patron,
}

/// Contact codes of the simulator (its own; the client reads them from pages).
pub mod contact {
    pub const PHONE_HOME: &str = "1";
    pub const PHONE_MOBILE: &str = "2";
    pub const MAIL: &str = "4";
    pub const VOICE: &str = "5";
    pub const NONE: &str = "9";

    pub fn is_phone(code: &str) -> bool {
        matches!(code, PHONE_HOME | PHONE_MOBILE | VOICE)
    }
}

impl Account {
    /// Shizuoka's checks on a pickup/contact choice (reserving and changing).
    pub fn check_choice(
        &self,
        lib: &Library,
        pickup: &str,
        contact_code: &str,
    ) -> Result<(), &'static str> {
        if !lib.branches.iter().any(|b| b.pickup && b.code == pickup) {
            return Err("受取館の指定が正しくありません。");
        }
        if !self
            .contact_options(lib)
            .iter()
            .any(|c| c.code == contact_code)
        {
            return Err("連絡方法の指定が正しくありません。");
        }
        if contact_code == contact::MAIL && self.email.is_none() {
            return Err("メールアドレスが設定されていません。別の連絡先を選択してください。");
        }
        Ok(())
    }

    /// The contact methods this patron can choose: phones only when
    /// registered (several phones = several choices), mail always listed
    /// (the site refuses it later when no address is registered).
    pub fn contact_options<'a>(&self, lib: &'a Library) -> Vec<&'a ContactMethod> {
        lib.contacts
            .iter()
            .filter(|c| match c.code.as_str() {
                contact::PHONE_HOME => self.home_phone.is_some(),
                contact::PHONE_MOBILE => self.mobile_phone.is_some(),
                contact::VOICE => self.home_phone.is_some() || self.mobile_phone.is_some(),
                _ => true,
            })
            .collect()
    }

    pub fn has_overdue(&self, today: Date) -> bool {
        self.loans.iter().any(|l| l.due_on < today)
    }

    /// Shizuoka's renewal rule, as the page shows it with the 延長 button.
    pub fn can_renew(&self, loan: &SimLoan, today: Date) -> bool {
        loan.renewals == 0
            && loan.reserved_by_others == 0
            && !loan.other_city
            && !self.has_overdue(today)
    }

    /// 予約中 in the header: cancelled rows are not counted.
    pub fn active_reservations(&self) -> usize {
        self.reservations
            .iter()
            .filter(|r| r.status != RsvStatus::Cancelled)
            .count()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub today: Date,
    pub branches: Vec<Branch>,
    pub contacts: Vec<ContactMethod>,
    pub accounts: Vec<Account>,
    /// What the login page's script puts before the card number.
    pub login_prefix: String,
    #[serde(default)]
    pub catalog: Vec<super::catalog::Title>,
    /// 新着資料 and 新着図書お知らせ (alert conditions).
    #[serde(default)]
    pub sdi: super::sdi::Sdi,
}

impl Library {
    pub fn account(&self, card: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.card == card)
    }

    pub fn account_mut(&mut self, card: &str) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.card == card)
    }

    pub fn title(&self, tilcod: &str) -> Option<&super::catalog::Title> {
        self.catalog.iter().find(|t| t.bib.tilcod == tilcod)
    }

    pub fn branch_name(&self, code: &str) -> Option<&str> {
        self.branches
            .iter()
            .find(|b| b.code == code)
            .map(|b| b.name.as_str())
    }

    pub fn contact_name(&self, code: &str) -> Option<&str> {
        self.contacts
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name.as_str())
    }
}

/// The most simulated days a catch-up lives through: longer than a
/// reservation's whole course and the four weeks on the new-arrival lists,
/// so the library after a longer absence looks as if it had lived every day,
/// at a bounded cost in time and state.
pub const CATCH_UP_DAYS: i64 = 60;

impl Library {
    /// Lets simulated days pass up to `today`: queues move, reserved items
    /// are secured, travel, become ready, get notified, and unclaimed holds
    /// lapse (予約中 → 他館確保/移送中 → 提供可能 → 利用可能 → 連絡済み).
    /// Only the last [`CATCH_UP_DAYS`] are lived through: a library kept
    /// for years, or a `TOSHOKAN_TODAY` far ahead, jumps over the rest
    /// (each lived day adds new arrivals to the catalogue).
    pub fn advance_to(&mut self, today: Date) {
        use jiff::ToSpan;
        // A library saved before it had new arrivals gets its genres and recent titles.
        super::sdi::backfill(self);
        if let Ok(from) = today.checked_sub(CATCH_UP_DAYS.days())
            && self.today < from
        {
            self.today = from;
        }
        while self.today < today {
            let Ok(next) = self.today.tomorrow() else {
                break;
            };
            self.today = next;
            for account in &mut self.accounts {
                for r in &mut account.reservations {
                    step(r, next);
                }
            }
            super::sdi::arrive(self, next);
        }
    }
}

/// One day in the life of a reservation.
fn step(r: &mut SimReservation, day: Date) {
    use jiff::ToSpan;
    match r.status {
        RsvStatus::Waiting => match r.queue {
            Some(q) if q > 1 => r.queue = Some(q - 1),
            _ => {
                r.queue = None;
                r.allocated_on = Some(day);
                // Copies at the pickup branch wait there; others travel.
                r.status = if r.yoycod.ends_with(['0', '2', '4', '6', '8']) {
                    RsvStatus::SecuredElsewhere
                } else {
                    RsvStatus::InTransit
                };
            }
        },
        RsvStatus::SecuredElsewhere => r.status = RsvStatus::InTransit,
        RsvStatus::InTransit => r.status = RsvStatus::Ready,
        RsvStatus::Ready => {
            r.status = RsvStatus::Available;
            r.hold_until = day.checked_add(7.days()).ok();
        }
        RsvStatus::Available if r.contact_code != contact::NONE => r.status = RsvStatus::Notified,
        RsvStatus::Available | RsvStatus::Notified => {
            if r.hold_until.is_some_and(|h| h < day) {
                r.status = RsvStatus::Cancelled;
            }
        }
        RsvStatus::Cancelled => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Seed;

    #[test]
    fn reservations_move_through_their_states_as_days_pass() {
        let start: Date = "2026-11-28".parse().unwrap();
        let mut lib = crate::sim::seed::library(Seed::Demo, start);
        let id = lib.accounts[0].reservations[1].yoycod.clone();
        let queue = lib.accounts[0].reservations[1].queue.unwrap();
        let state = |lib: &Library| {
            lib.accounts[0]
                .reservations
                .iter()
                .find(|r| r.yoycod == id)
                .unwrap()
                .clone()
        };
        lib.advance_to(
            start
                .checked_add(jiff::ToSpan::days(i64::from(queue) - 1))
                .unwrap(),
        );
        assert_eq!(state(&lib).status, RsvStatus::Waiting);
        assert_eq!(state(&lib).queue, Some(1));
        let mut seen = vec![];
        for _ in 0..8 {
            let tomorrow = lib.today.tomorrow().unwrap();
            lib.advance_to(tomorrow);
            seen.push(state(&lib).status);
        }
        assert!(
            seen.contains(&RsvStatus::InTransit) || seen.contains(&RsvStatus::SecuredElsewhere)
        );
        assert!(seen.contains(&RsvStatus::Ready));
        assert!(seen.contains(&RsvStatus::Available));
        assert!(seen.contains(&RsvStatus::Notified));
        assert!(state(&lib).hold_until.is_some());
        // Going back in time does nothing.
        let before = lib.clone();
        lib.advance_to(start);
        assert_eq!(lib, before);
    }

    /// Issue 14 item 11: a far jump costs what [`CATCH_UP_DAYS`] cost, in
    /// time and in state.
    #[test]
    fn a_far_jump_lives_only_the_last_days() {
        let start: Date = "2026-11-28".parse().unwrap();
        let mut lib = crate::sim::seed::library(Seed::Demo, start);
        let size = |lib: &Library| serde_json::to_vec(lib).unwrap().len();
        let (titles, bytes) = (lib.catalog.len(), size(&lib));
        let most = (CATCH_UP_DAYS as usize + 1) * crate::sim::sdi::PER_DAY as usize;
        let later: Date = "2028-11-28".parse().unwrap();
        lib.advance_to(later);
        assert_eq!(lib.today, later);
        assert!(lib.catalog.len() <= titles + most, "{}", lib.catalog.len());
        // Every reservation has run its course: nothing is still on hold.
        assert!(lib.accounts[0].reservations.iter().all(|r| !matches!(
            r.status,
            RsvStatus::Ready | RsvStatus::Available | RsvStatus::Notified
        )
            || r.hold_until.is_some_and(|h| h >= later)));
        let end = Date::MAX;
        let timer = std::time::Instant::now();
        lib.advance_to(end);
        assert_eq!(lib.today, end);
        assert!(lib.catalog.len() <= titles + 2 * most);
        assert!(size(&lib) < bytes * 2, "{} vs {bytes}", size(&lib));
        assert!(timer.elapsed() < std::time::Duration::from_secs(20));
    }
}
