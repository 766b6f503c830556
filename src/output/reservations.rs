use super::{Output, Tagged, date};
use crate::error::CliError;
use crate::model::Reservation;

pub fn print(out: &Output, groups: &[(Option<&str>, &[Reservation])]) -> Result<(), CliError> {
    let tagged = groups.iter().any(|(p, _)| p.is_some());
    if out.json {
        if tagged {
            let all: Vec<Tagged<'_, Reservation>> = groups
                .iter()
                .flat_map(|(p, items)| {
                    items.iter().map(move |r| Tagged {
                        profile: p.unwrap_or_default(),
                        item: r,
                    })
                })
                .collect();
            return out.json(&all);
        }
        let all: Vec<&Reservation> = groups.iter().flat_map(|(_, r)| r.iter()).collect();
        return out.json(&all);
    }
    let lang = out.lang;
    let mut headers = Vec::new();
    if tagged {
        headers.push(lang.t("プロファイル", "Profile"));
    }
    headers.extend([
        "ID",
        lang.t("書名", "Title"),
        lang.t("予約状態", "Status"),
        lang.t("順位", "Queue"),
        lang.t("受取館", "Pickup"),
        lang.t("取置期限", "Hold until"),
        lang.t("連絡方法", "Contact"),
    ]);
    let mut table = out.new_table(headers);
    let mut count = 0;
    for (profile, items) in groups {
        for r in *items {
            count += 1;
            let mut row = Vec::new();
            if tagged {
                row.push(profile.unwrap_or_default().to_string());
            }
            row.extend([
                r.id.clone(),
                r.title.clone(),
                r.status.clone(),
                r.queue_position
                    .map_or_else(|| "-".into(), |q| q.to_string()),
                r.pickup_library.clone().unwrap_or_else(|| "-".into()),
                date(r.hold_until),
                r.contact.clone().unwrap_or_else(|| "-".into()),
            ]);
            table.add_row(row);
        }
    }
    if count == 0 {
        out.note(lang.t("該当する予約はありません。", "No reservations to show."));
        return Ok(());
    }
    out.table(&table)
}
