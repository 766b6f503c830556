//! Typed values the client returns and the output layer formats.
//! Field names are the stable JSON contract of docs/contract.md#json-output.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub mod catalog;
pub mod doctor;
pub use catalog::{
    Branch, Field, Hit, Holding, SearchPage, Sort, SortField, TitleCode, TitleDetail,
};
pub mod shelf;
pub use shelf::{
    Shelf, ShelfAction, ShelfCase, ShelfContents, ShelfItem, ShelfReason, ShelfResult,
};
pub mod calendar;
pub use calendar::{ClosedDay, LibraryCalendar};
pub mod history;
pub use history::HistoryEntry;
pub mod profile;
pub use profile::ProfileInfo;
pub mod settings;
pub use settings::{SettingAction, SettingCase, SettingReason, SettingResult, UserInfo};
pub mod write;
pub(crate) use write::written;
pub use write::{Outcome, Reason, Verdict, Written};
pub mod alert;
pub use alert::{
    Alert, AlertAction, AlertField, AlertMatch, AlertReason, AlertResult, Condition, Genre,
    NewArrival,
};

/// The logged-in header (`#stat-login`) plus the card expiry when the page shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccountSummary {
    /// マイ本棚: number of shelves (lists), not items.
    pub shelves: Option<u32>,
    /// 貸出中
    pub loans: Option<u32>,
    /// 予約中 (the site excludes cancelled rows)
    pub reservations: Option<u32>,
    /// カート
    pub cart: Option<u32>,
    /// 有効期限
    pub expires_on: Option<Date>,
}

impl AccountSummary {
    /// This header's counts, each filled from `other` where this page lacked it.
    pub fn or(self, other: &AccountSummary) -> AccountSummary {
        AccountSummary {
            shelves: self.shelves.or(other.shelves),
            loans: self.loans.or(other.loans),
            reservations: self.reservations.or(other.reservations),
            cart: self.cart.or(other.cart),
            expires_on: self.expires_on.or(other.expires_on),
        }
    }
}

/// Why a loan cannot be renewed, as far as the page tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RenewBlocker {
    /// The patron has an overdue loan, which blocks every renewal.
    OverdueOnCard,
    /// This loan itself is past due.
    Overdue,
    /// Someone else has reserved the item.
    Reserved,
    /// Renewals are allowed once per item.
    AlreadyRenewed,
    /// Borrowed through inter-library loan from another city.
    OtherCity,
    /// The page offers no renewal button and gives no reason.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loan {
    /// The title code (tilcod).
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub material_type: Option<String>,
    pub library: Option<String>,
    pub loaned_on: Option<Date>,
    pub due_on: Date,
    pub days_left: i64,
    pub overdue: bool,
    /// The site's 状態区分 text (not every LiCS-XP version has the column).
    pub status: Option<String>,
    pub renewals: Option<u32>,
    pub reservations: Option<u32>,
    pub renewable: bool,
    pub renew_blocker: Option<RenewBlocker>,
    /// The management code from `extend("…")`; needed to renew, never shown.
    #[serde(skip)]
    pub renew_code: Option<String>,
}

/// A renewal lasts 14 days from the day it is made (Shizuoka's rule).
pub const LOAN_DAYS: i64 = 14;

/// The due date a renewal made on `today` gives.
pub fn renewal_due(today: Date) -> Option<Date> {
    today.checked_add(jiff::Span::new().days(LOAN_DAYS)).ok()
}

impl Loan {
    /// Days a renewal made on `today` would add to the due date; a loan
    /// has one renewal, so a small gain spends it for little.
    pub fn gain(&self, today: Date) -> Option<i64> {
        renewal_due(today).map(|new| crate::clock::days_between(self.due_on, new))
    }
}

/// Normalised reservation state; the site's own wording stays in `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReservationState {
    Waiting,
    InTransit,
    SecuredElsewhere,
    Ready,
    Notified,
    Cancelled,
    Other,
}

impl ReservationState {
    pub fn from_site(text: &str) -> Self {
        match text.trim() {
            "予約中" | "検討中" => Self::Waiting,
            "移送中" => Self::InTransit,
            "他館確保" => Self::SecuredElsewhere,
            "提供可能" | "利用可能" => Self::Ready,
            "連絡済み" | "連絡済" => Self::Notified,
            "取消" | "取消済" => Self::Cancelled,
            _ => Self::Other,
        }
    }

    /// Waiting at the counter for the patron: 利用可能 (or 提供可能), and
    /// 連絡済み, which the site shows from the day after it told the patron.
    pub fn is_ready(self) -> bool {
        matches!(self, Self::Ready | Self::Notified)
    }

    /// Shizuoka's rule: pickup, contact and cancellation can be changed online
    /// only before the item is secured, ready or notified.
    pub fn allows_change(self) -> bool {
        matches!(self, Self::Waiting | Self::InTransit | Self::Other)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    /// The site's reservation code (yoycod).
    pub id: String,
    pub tilcod: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub material_type: Option<String>,
    pub pickup_library: Option<String>,
    pub pickup_code: Option<String>,
    /// Contact method as the site words it (e.g. 電話連絡, Ｅｍａｉｌ).
    pub contact: Option<String>,
    pub contact_code: Option<String>,
    pub reserved_on: Option<Date>,
    pub allocated_on: Option<Date>,
    /// 予約期限, when the site sets one.
    pub expires_on: Option<Date>,
    /// 取置期限 (the site prints no year; it is inferred).
    pub hold_until: Option<Date>,
    pub queue_position: Option<u32>,
    pub status: String,
    pub state: ReservationState,
    pub cancellable: bool,
    pub changeable: bool,
    pub hideable: bool,
    #[serde(skip)]
    pub cancel_code: Option<String>,
    #[serde(skip)]
    pub hide_code: Option<String>,
    /// The row's pickup choices (code, name) when the page offers a select.
    #[serde(skip)]
    pub pickup_options: Vec<(String, String)>,
    /// The row's contact choices (code, name) when the page offers a select.
    #[serde(skip)]
    pub contact_options: Vec<(String, String)>,
}

/// A list page together with the header it came with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing<T> {
    pub summary: AccountSummary,
    pub items: Vec<T>,
}

/// Something in the account that needs the patron's attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    CardExpired,
    CardExpiring,
    Overdue,
    /// A reservation waiting at the counter is held for at most
    /// [`HOLD_WARNING_DAYS`] more days.
    HoldExpiring,
}

/// What `login` and `status` report about an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountStatus {
    pub profile: String,
    /// Masked: only the last four characters are shown.
    pub card: Option<String>,
    pub expires_on: Option<Date>,
    pub expires_in_days: Option<i64>,
    pub loans: Option<u32>,
    pub overdue: Option<u32>,
    pub reservations: Option<u32>,
    pub ready: Option<u32>,
    /// The earliest 取置期限 of the reservations waiting at the counter.
    pub hold_until: Option<Date>,
    pub cart: Option<u32>,
    pub shelves: Option<u32>,
    pub warnings: Vec<Warning>,
}

/// Cards expiring within this many days are flagged.
pub const EXPIRY_WARNING_DAYS: i64 = 30;
/// Holds at the counter ending within this many days are flagged.
pub const HOLD_WARNING_DAYS: i64 = 2;

impl AccountStatus {
    pub fn new(profile: &str, card: Option<String>, summary: &AccountSummary, today: Date) -> Self {
        let expires_in_days = summary
            .expires_on
            .map(|d| crate::clock::days_between(today, d));
        let mut warnings = Vec::new();
        match expires_in_days {
            Some(d) if d < 0 => warnings.push(Warning::CardExpired),
            Some(d) if d <= EXPIRY_WARNING_DAYS => warnings.push(Warning::CardExpiring),
            _ => {}
        }
        AccountStatus {
            profile: profile.to_string(),
            card,
            expires_on: summary.expires_on,
            expires_in_days,
            loans: summary.loans,
            overdue: None,
            reservations: summary.reservations,
            ready: None,
            hold_until: None,
            cart: summary.cart,
            shelves: summary.shelves,
            warnings,
        }
    }

    /// Adds what only the loan and reservation lists tell (`today`: for
    /// how long the holds last).
    pub fn with_lists(mut self, loans: &[Loan], reservations: &[Reservation], today: Date) -> Self {
        let overdue = loans.iter().filter(|l| l.overdue).count() as u32;
        self.overdue = Some(overdue);
        let ready: Vec<&Reservation> = reservations.iter().filter(|r| r.state.is_ready()).collect();
        self.ready = Some(ready.len() as u32);
        self.hold_until = ready.iter().filter_map(|r| r.hold_until).min();
        if overdue > 0 {
            self.warnings.push(Warning::Overdue);
        }
        if self
            .hold_until
            .is_some_and(|d| crate::clock::days_between(today, d) <= HOLD_WARNING_DAYS)
        {
            self.warnings.push(Warning::HoldExpiring);
        }
        self
    }
}

/// A renewal's own cases; the shared ones are in [`Reason`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenewCase {
    /// The site offers no renewal for this loan.
    Blocked(RenewBlocker),
    /// Renewed, but the site shows a due date other than expected.
    UnexpectedDue,
    /// Not sent: renewing today would gain fewer days than `--min-gain`.
    SmallGain { gain: i64, min: u32 },
}

/// Why a renewal ended as it did.
pub type RenewReason = Reason<RenewCase>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenewResult {
    pub id: String,
    pub title: String,
    pub outcome: Outcome,
    pub reason: RenewReason,
    pub old_due: Option<Date>,
    pub new_due: Option<Date>,
}

impl RenewResult {
    /// A result for `loan` as it stood before the attempt.
    pub fn for_loan(loan: &Loan, verdict: Verdict<RenewCase>, new_due: Option<Date>) -> Self {
        RenewResult {
            id: loan.id.clone(),
            title: loan.title.clone(),
            outcome: verdict.outcome,
            reason: verdict.reason,
            old_due: Some(loan.due_on),
            new_due,
        }
    }

    /// The refusal of a loan the site offers no renewal for.
    pub fn blocked(loan: &Loan) -> Self {
        let blocker = loan.renew_blocker.unwrap_or(RenewBlocker::Unknown);
        let verdict = Verdict::refused(Reason::Own(RenewCase::Blocked(blocker)));
        RenewResult::for_loan(loan, verdict, None)
    }
}

/// Which reservation write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RsvAction {
    Reserve,
    Cancel,
    Hide,
    Change,
    CartAdd,
    CartRemove,
}

/// A reservation write's own cases (reserve, cancel, hide, change, cart);
/// the shared ones are in [`Reason`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RsvCase {
    /// The state forbids the change online (他館確保, 利用可能, 連絡済み, …).
    StateForbids(String),
    /// Only cancelled reservations can be hidden.
    NotCancelled,
    /// The phone of an existing reservation cannot be changed online.
    PhoneLocked,
    /// The title is already in the cart (adding) or not in it (removing).
    AlreadyInCart,
    NotInCart,
    /// The title is already reserved (non-cancelled row on the list, or the site says so).
    AlreadyReserved,
    /// Over the reservation limit (the site's message).
    OverLimit(String),
    /// Mail contact without a registered address.
    NoMailAddress,
}

/// Why a reservation write ended as it did.
pub type RsvReason = Reason<RsvCase>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RsvResult {
    pub action: RsvAction,
    /// The reservation code (cancel/hide/change) or the title code (reserve).
    pub id: String,
    pub tilcod: String,
    pub title: String,
    pub outcome: Outcome,
    pub reason: RsvReason,
    /// The new reservation's code, when a reserve is verified.
    pub reservation_id: Option<String>,
}

written!(RenewResult, RsvResult);

impl RsvResult {
    /// A result about a title (reserve, cart) rather than a reservation row.
    pub fn for_title(
        action: RsvAction,
        tilcod: &str,
        title: &str,
        verdict: Verdict<RsvCase>,
    ) -> Self {
        RsvResult {
            action,
            id: tilcod.to_string(),
            tilcod: tilcod.to_string(),
            title: title.to_string(),
            outcome: verdict.outcome,
            reason: verdict.reason,
            reservation_id: None,
        }
    }

    pub fn for_row(action: RsvAction, r: &Reservation, verdict: Verdict<RsvCase>) -> Self {
        RsvResult {
            action,
            id: r.id.clone(),
            tilcod: r.tilcod.clone(),
            title: r.title.clone(),
            outcome: verdict.outcome,
            reason: verdict.reason,
            reservation_id: None,
        }
    }
}

/// A title waiting in the site's 予約カート (not a reservation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CartItem {
    /// The title code (tilcod).
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// 書誌種別 (null when the cart page has no such column).
    pub material_type: Option<String>,
}
