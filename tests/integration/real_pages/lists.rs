//! The account lists: loans and reservations, with the header bar they came with.

use jiff::civil::Date;
use serde_json::json;
use toshokan::client::parse;

use super::Reading;

pub fn read(screen: &str, body: &str, today: Date) -> Option<Reading> {
    let reading = match screen {
        "loans" => parse::loans_page(body, today)
            .map(|l| json!({ "summary": l.summary, "loans": l.items })),
        "reservations" => parse::reservations_page(body, today)
            .map(|l| json!({ "summary": l.summary, "reservations": l.items })),
        _ => return None,
    };
    Some(reading.map_err(|e| e.to_string()))
}
