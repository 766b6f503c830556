//! The reservation list (`予約状況一覧`, `tiles.WUsrRsvList`).

use jiff::civil::Date;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::layouts::reservations::{self as layout, TABLE};
use super::table::{Columns, Located, cells, list_table, read_rows, split_at_hr};
use crate::client::error::Result;
use crate::client::text::{
    parse_count, parse_month_day_after, parse_short_year_date, split_title_line, squeeze,
    text_keep_ideographic,
};
use crate::model::{Reservation, ReservationState};

const LABEL: &str = TABLE.label;

static CANCEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"yoykCancel\('(\d+)'\)").expect("valid regex"));
static HIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"yoykHihyoji\('(\d+)'\)").expect("valid regex"));
static TILCOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:hTilcod=|toTilInfoDetail\(')(\d+)").expect("valid regex"));

/// Contact words that share the pickup cell.
const CONTACT_WORDS: [&str; 7] = [
    "Ｅｍａｉｌ",
    "Email",
    "メール",
    "電話連絡",
    "音声案内",
    "連絡不要",
    "電話",
];

pub fn parse_reservations(doc: &Html, today: Date) -> Result<Vec<Reservation>> {
    let Some(table) = list_table(doc, LABEL, layout::SUMMARIES)? else {
        return Ok(Vec::new());
    };
    let cols = Columns::locate(table, &TABLE)?;
    read_rows(table, &cols, LABEL, |row, cols| parse_row(row, cols, today))
}

/// The select of that name inside an element (selectors compile once).
fn named<'a>(
    within: ElementRef<'a>,
    tag: &scraper::Selector,
    name: &str,
) -> Option<ElementRef<'a>> {
    within
        .select(tag)
        .find(|e| e.value().attr("name") == Some(name))
}

/// Every option of a named select in the cell: (value, text).
fn all_options(within: ElementRef<'_>, name: &str) -> Vec<(String, String)> {
    named(within, sel!("select[name]"), name)
        .map(|select| {
            select
                .select(sel!("option"))
                .map(|o| {
                    (
                        o.value().attr("value").unwrap_or_default().to_string(),
                        squeeze(o),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn selected_option(within: ElementRef<'_>, name: &str) -> Option<(String, String)> {
    let select = named(within, sel!("select[name]"), name)?;
    let options: Vec<ElementRef<'_>> = select.select(sel!("option")).collect();
    let chosen = options
        .iter()
        .rev()
        .find(|o| o.value().attr("selected").is_some())
        .or(options.first())?;
    Some((
        chosen.value().attr("value").unwrap_or_default().to_string(),
        squeeze(*chosen),
    ))
}

fn hidden_value(row: ElementRef<'_>, name: &str) -> Option<String> {
    named(row, sel!("input[name]"), name)
        .and_then(|i| i.value().attr("value"))
        .map(|v| v.trim_matches('\'').to_string())
        .filter(|v| !v.is_empty())
}

fn parse_row(
    row: ElementRef<'_>,
    cols: &Located,
    today: Date,
) -> std::result::Result<Reservation, String> {
    let cells = cells(row);
    let column = |fact| cols.at(fact).and_then(|i| cells.get(i).copied());
    let onclicks: Vec<&str> = row
        .select(sel!("input[onclick]"))
        .filter_map(|b| b.value().attr("onclick"))
        .collect();
    let cancel_code = onclicks
        .iter()
        .find_map(|o| CANCEL.captures(o).map(|c| c[1].to_string()));
    let hide_code = onclicks
        .iter()
        .find_map(|o| HIDE.captures(o).map(|c| c[1].to_string()));
    let id = row
        .select(sel!("input[name=yoykcode]"))
        .next()
        .and_then(|i| i.value().attr("id"))
        .and_then(|id| id.strip_prefix("yoycod"))
        .map(str::to_string)
        .or_else(|| cancel_code.clone())
        .or_else(|| hide_code.clone())
        .ok_or("no reservation code")?;

    let title_cell = column(&layout::TITLE).ok_or("no title cell")?;
    let link = title_cell.select(sel!("a")).next().ok_or("no title link")?;
    let tilcod = [link.value().attr("href"), link.value().attr("onclick")]
        .into_iter()
        .flatten()
        .find_map(|s| TILCOD.captures(s).map(|c| c[1].to_string()))
        .ok_or("no title code")?;
    let title = split_title_line(&text_keep_ideographic(link));
    if title.title.is_empty() {
        return Err(format!("title {tilcod} has no text"));
    }

    // The pickup/contact selects are found by name wherever the row has them.
    let pickup_cell = column(&layout::PICKUP);
    let (pickup_text, contact_text) = pickup_cell.map(split_at_hr).unwrap_or_default();
    let pickup_select = selected_option(row, "dropwatspt");
    let contact_select = selected_option(row, "droprenraku");
    let changeable_on_page = pickup_select.is_some() || contact_select.is_some();
    let pickup_code = pickup_select
        .as_ref()
        .map(|(code, _)| code.clone())
        .or_else(|| hidden_value(row, "basewatspt"));
    let pickup_library = pickup_select.map(|(_, name)| name).or_else(|| {
        let mut name = pickup_text.clone();
        for word in CONTACT_WORDS {
            name = name.replace(word, "");
        }
        let name = name.trim().to_string();
        (!name.is_empty()).then_some(name)
    });
    let contact_code = contact_select
        .as_ref()
        .map(|(code, _)| code.clone())
        .or_else(|| hidden_value(row, "baserenrakukata"));
    let contact = contact_select
        .map(|(_, text)| text)
        .or_else(|| (!contact_text.is_empty()).then(|| contact_text.clone()));

    let (reserved_text, allocated_text) =
        column(&layout::DATES).map(split_at_hr).unwrap_or_default();
    let reserved_on = parse_short_year_date(&reserved_text);
    let allocated_on = parse_short_year_date(&allocated_text);
    let optional_text = |fact| column(fact).map(squeeze).unwrap_or_default();
    let expires_on = parse_short_year_date(&optional_text(&layout::EXPIRES));
    // 取置期限 has no year. A hold follows the allocation; without an
    // allocation date it is near today (never months back).
    let hold_reference =
        allocated_on.unwrap_or_else(|| today.checked_sub(jiff::ToSpan::days(60)).unwrap_or(today));
    let hold_until = parse_month_day_after(&optional_text(&layout::HOLD), hold_reference);
    let status = optional_text(&layout::STATE);
    if status.is_empty() {
        return Err(format!("reservation {id} has no state"));
    }
    let state = ReservationState::from_site(&status);

    Ok(Reservation {
        id,
        tilcod,
        title: title.title,
        author: title.author,
        publisher: title.publisher,
        material_type: Some(optional_text(&layout::KIND)).filter(|k| !k.is_empty()),
        pickup_library,
        pickup_code,
        contact,
        contact_code,
        reserved_on,
        allocated_on,
        expires_on,
        hold_until,
        queue_position: parse_count(&optional_text(&layout::QUEUE)),
        status,
        state,
        cancellable: cancel_code.is_some(),
        changeable: changeable_on_page && state.allows_change(),
        hideable: hide_code.is_some(),
        cancel_code,
        hide_code,
        pickup_options: all_options(row, "dropwatspt"),
        contact_options: all_options(row, "droprenraku"),
    })
}
