use super::{Output, date};
use crate::error::CliError;
use crate::model::Reservation;

pub fn print(out: &Output, groups: &[(Option<&str>, &[Reservation])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        "ID",
        lang.t("書名", "Title"),
        lang.t("予約状態", "Status"),
        lang.t("順位", "Queue"),
        lang.t("受取館", "Pickup"),
        lang.t("取置期限", "Hold until"),
        lang.t("連絡方法", "Contact"),
    ];
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let row = |r: &Reservation| {
        vec![
            r.id.clone(),
            r.title.clone(),
            r.status.clone(),
            r.queue_position
                .map_or_else(|| "-".into(), |q| q.to_string()),
            dash(&r.pickup_library),
            date(r.hold_until),
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
