use jiff::civil::Date;

use super::columns::{ITEM, PROFILE};
use super::{Output, days_left, expiry, value_or_dash};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{AccountStatus, Warning};

pub fn warning_text(lang: Lang, status: &AccountStatus, warning: Warning, today: Date) -> String {
    let days = status.expires_in_days.unwrap_or(0);
    let hold = status
        .hold_until
        .map(|d| (d, crate::clock::days_between(today, d)));
    match (lang, warning) {
        (Lang::Ja, Warning::CardExpired) => {
            "利用カードの有効期限が切れています。窓口で更新してください。".into()
        }
        (Lang::En, Warning::CardExpired) => {
            "the library card has expired; renew it at a library counter".into()
        }
        (Lang::Ja, Warning::CardExpiring) => format!("利用カードの有効期限まであと{days}日です。"),
        (Lang::En, Warning::CardExpiring) => format!("the library card expires in {days} days"),
        (Lang::Ja, Warning::Overdue) => format!(
            "返却期限を過ぎた資料が{}点あります（延滞中は延長できません）。",
            status.overdue.unwrap_or(0)
        ),
        (Lang::En, Warning::Overdue) => format!(
            "{} loan(s) overdue (no renewals while anything is overdue)",
            status.overdue.unwrap_or(0)
        ),
        (Lang::Ja, Warning::HoldExpiring) => match hold {
            Some((d, left)) if left < 0 => {
                format!("受取可能な予約の取置期限（{d}）を過ぎています。図書館に確認してください。")
            }
            Some((d, 0)) => format!("受取可能な予約の取置期限は今日（{d}）までです。"),
            Some((d, left)) => format!("受取可能な予約の取置期限は {d} まで（あと{left}日）です。"),
            None => "受取可能な予約の取置期限が近づいています。".into(),
        },
        (Lang::En, Warning::HoldExpiring) => match hold {
            Some((d, left)) if left < 0 => {
                format!("a reservation waiting for pickup was held until {d}; ask the library")
            }
            Some((d, 0)) => {
                format!("a reservation waiting for pickup is held only until today ({d})")
            }
            Some((d, left)) => format!(
                "a reservation waiting for pickup is held only until {d} ({left} day(s) left)"
            ),
            None => "a reservation waiting for pickup is held only a little longer".into(),
        },
    }
}

/// `today`: what the days left of a hold count from. `all_profiles`: JSON
/// is an array (each object names its `profile`), even of one, as every
/// `--all-profiles` result is (docs/json.md#all-profiles); else one object.
pub fn print(
    out: &Output,
    statuses: &[AccountStatus],
    today: Date,
    all_profiles: bool,
) -> Result<(), CliError> {
    if out.json {
        return match statuses {
            [one] if !all_profiles => out.json(one),
            many => out.json(many),
        };
    }
    let lang = out.lang;
    let count = value_or_dash::<u32>;
    for status in statuses {
        let mut rows = vec![
            (PROFILE.header(lang), status.profile.clone()),
            (
                lang.t("利用カード", "Card"),
                status.card.clone().unwrap_or_else(|| "-".into()),
            ),
            (
                lang.t("有効期限", "Expires"),
                expiry(lang, status.expires_on, status.expires_in_days),
            ),
            (lang.t("貸出中", "Loans"), count(status.loans)),
        ];
        if status.overdue.is_some() {
            rows.push((lang.t("延滞", "Overdue"), count(status.overdue)));
        }
        rows.push((lang.t("予約中", "Reservations"), count(status.reservations)));
        if status.ready.is_some() {
            rows.push((lang.t("受取可能", "Ready for pickup"), count(status.ready)));
        }
        if let Some(d) = status.hold_until {
            let left = days_left(lang, crate::clock::days_between(today, d));
            rows.push((lang.t("取置期限", "Held until"), format!("{d} ({left})")));
        }
        rows.push((lang.t("カート", "Cart"), count(status.cart)));
        rows.push((lang.t("マイ本棚", "Shelves"), count(status.shelves)));
        out.fields(ITEM, rows)?;
        for w in &status.warnings {
            out.warn(&warning_text(lang, status, *w, today));
        }
    }
    Ok(())
}
