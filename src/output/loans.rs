use super::columns::{Column, ID, LOAN_LIBRARY, TITLE};
use super::{Cell, Output, Tone};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Loan, RenewBlocker};

pub fn blocker_text(lang: Lang, blocker: Option<RenewBlocker>) -> &'static str {
    match blocker {
        None => lang.t("可", "yes"),
        Some(RenewBlocker::AlreadyRenewed) => lang.t("延長済み", "already renewed"),
        Some(RenewBlocker::Reserved) => lang.t("予約あり", "reserved by others"),
        Some(RenewBlocker::Overdue) => lang.t("延滞中", "overdue"),
        Some(RenewBlocker::OverdueOnCard) => lang.t("延滞資料あり", "overdue loan on card"),
        Some(RenewBlocker::OtherCity) => lang.t("他市から借用", "from another city"),
        Some(RenewBlocker::Unknown) => lang.t("不可", "no"),
    }
}

pub fn days_text(lang: Lang, loan: &Loan) -> String {
    match (lang, loan.days_left) {
        (Lang::Ja, d) if d < 0 => format!("{}日超過", -d),
        (Lang::Ja, 0) => "今日".into(),
        (Lang::Ja, d) => format!("あと{d}日"),
        (Lang::En, d) if d < 0 => format!("{} overdue", -d),
        (Lang::En, 0) => "today".into(),
        (Lang::En, d) => format!("{d}"),
    }
}

/// Days left within which a loan is shown as due soon (yellow); overdue
/// is red. Today counts: 0 to 3 days left.
pub const SOON_DAYS: i64 = 3;

/// The colour of a loan's due date and days left.
pub fn due_tone(loan: &Loan) -> Option<Tone> {
    match loan.days_left {
        d if d < 0 => Some(Tone::Bad),
        d if d <= SOON_DAYS => Some(Tone::Warn),
        _ => None,
    }
}

/// Loans of one or more profiles (`profile` is `Some` with `--all-profiles`).
pub fn print(out: &Output, groups: &[(Option<&str>, &[Loan])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        ID,
        TITLE,
        Column::fixed("返却期日", "Due"),
        Column::fixed("残り", "Days left"),
        Column::yielding("延長", "Renew"),
        LOAN_LIBRARY,
    ];
    let row = |loan: &Loan| {
        let tone = due_tone(loan);
        vec![
            Cell::from(loan.id.as_str()),
            Cell::from(loan.title.as_str()),
            Cell::new(loan.due_on.to_string(), tone),
            Cell::new(days_text(lang, loan), tone),
            Cell::from(blocker_text(lang, loan.renew_blocker)),
            Cell::from(super::or_dash(loan.library.as_deref())),
        ]
    };
    super::grouped(
        out,
        groups,
        &headers,
        row,
        lang.t("該当する貸出はありません。", "No loans to show."),
    )
}
