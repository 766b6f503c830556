use super::{Cell, Col, Output, Tone, date};
use crate::error::CliError;
use crate::model::Reservation;

pub fn print(out: &Output, groups: &[(Option<&str>, &[Reservation])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::fixed(lang.t("予約状態", "Status")),
        Col::fixed(lang.t("順位", "Queue")),
        Col::yielding(lang.t("受取館", "Pickup")),
        Col::fixed(lang.t("取置期限", "Hold until")),
        Col::yielding(lang.t("連絡方法", "Contact")),
    ];
    let dash = |v: &Option<String>| Cell::from(v.clone().unwrap_or_else(|| "-".into()));
    let row = |r: &Reservation| {
        // Ready for pickup: its status and the date it is held until.
        let tone = r.state.is_ready().then_some(Tone::Good);
        vec![
            Cell::from(r.id.as_str()),
            Cell::from(r.title.as_str()),
            Cell::new(r.status.as_str(), tone),
            Cell::from(
                r.queue_position
                    .map_or_else(|| "-".into(), |q| q.to_string()),
            ),
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
