use super::columns::{Column, ID, TITLE};
use super::{Cell, Output, Tone, date, value_or_dash};
use crate::error::CliError;
use crate::model::Reservation;

pub fn print(out: &Output, groups: &[(Option<&str>, &[Reservation])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        ID,
        TITLE,
        Column::fixed("予約状態", "Status"),
        Column::fixed("順位", "Queue"),
        Column::yielding("受取館", "Pickup"),
        Column::fixed("取置期限", "Hold until"),
        Column::yielding("連絡方法", "Contact"),
    ];
    let dash = |v: &Option<String>| Cell::from(v.clone().unwrap_or_else(|| "-".into()));
    let row = |r: &Reservation| {
        // Ready for pickup: its status and the date it is held until.
        let tone = r.state.is_ready().then_some(Tone::Good);
        vec![
            Cell::from(r.id.as_str()),
            Cell::from(r.title.as_str()),
            Cell::new(r.status.as_str(), tone),
            Cell::from(value_or_dash(r.queue_position)),
            dash(&r.pickup_library),
            Cell::new(date(r.hold_until), tone),
            dash(&r.contact),
        ]
    };
    super::grouped(
        out,
        groups,
        &headers,
        row,
        lang.t("該当する予約はありません。", "No reservations to show."),
    )
}
