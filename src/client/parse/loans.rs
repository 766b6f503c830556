//! The loan list (`貸出状況一覧`, `tiles.WUsrLendList`).

use jiff::civil::Date;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::layouts::loans::{self as layout, TABLE};
use super::table::{Columns, Located, cells, list_table, read_rows};
use crate::client::error::Result;
use crate::client::text::{
    parse_count, parse_slash_date, split_title_line, squeeze, text_keep_ideographic,
};
use crate::clock::days_between;
use crate::model::{Loan, RenewBlocker};

const LABEL: &str = TABLE.label;

static EXTEND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*(?:javascript:)?\s*extend\("(\d+)"\)\s*;?\s*$"#).expect("valid regex")
});
static PARA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?&]para=(\d+)").expect("valid regex"));

/// Every loan on the page, in the site's order.
pub fn parse_loans(doc: &Html, today: Date) -> Result<Vec<Loan>> {
    let Some(table) = list_table(doc, LABEL, layout::SUMMARIES)? else {
        return Ok(Vec::new());
    };
    let cols = Columns::locate(table, &TABLE)?;
    let mut loans = read_rows(table, &cols, LABEL, |row, cols| parse_row(row, cols, today))?;
    let any_overdue = loans.iter().any(|l| l.overdue);
    for loan in &mut loans {
        loan.renew_blocker = blocker(loan, any_overdue);
    }
    Ok(loans)
}

fn parse_row(
    row: ElementRef<'_>,
    cols: &Located,
    today: Date,
) -> std::result::Result<Loan, String> {
    let cells = cells(row);
    let column = |fact| cols.at(fact).and_then(|i| cells.get(i).copied());
    let text = |fact| column(fact).map(squeeze).filter(|t| !t.is_empty());
    let title_cell = column(&layout::TITLE).ok_or("no title cell")?;
    // The id is the row checkbox's value, else the detail link's `para=`, wherever the row has it.
    let id = row
        .select(sel!("input[name=list_chk]"))
        .next()
        .and_then(|c| c.value().attr("value"))
        .map(str::to_string)
        .filter(|id| !id.is_empty())
        .or_else(|| {
            row.select(sel!("a[href]")).find_map(|a| {
                PARA.captures(a.value().attr("href")?)
                    .map(|c| c[1].to_string())
            })
        })
        .ok_or("no title code")?;
    let line = title_cell
        .select(sel!("strong, a"))
        .next()
        .map(text_keep_ideographic)
        .unwrap_or_else(|| text_keep_ideographic(title_cell));
    let title = split_title_line(&line);
    if title.title.is_empty() {
        return Err(format!("title {id} has no text"));
    }
    let due_text = text(&layout::DUE).unwrap_or_default();
    let due_on = parse_slash_date(&due_text).ok_or_else(|| format!("due date {due_text:?}"))?;
    let count = |fact| text(fact).and_then(|t| parse_count(&t));
    let renew_code = row.select(sel!("input[onclick]")).find_map(|b| {
        EXTEND
            .captures(b.value().attr("onclick")?)
            .map(|c| c[1].to_string())
    });
    let days_left = days_between(today, due_on);
    Ok(Loan {
        id,
        title: title.title,
        author: title.author,
        publisher: title.publisher,
        material_type: text(&layout::KIND),
        library: text(&layout::LIBRARY),
        loaned_on: text(&layout::LOANED).and_then(|d| parse_slash_date(&d)),
        due_on,
        days_left,
        overdue: days_left < 0,
        status: text(&layout::STATUS),
        renewals: count(&layout::RENEWALS),
        reservations: count(&layout::RESERVATIONS),
        renewable: renew_code.is_some(),
        renew_blocker: None,
        renew_code,
    })
}

/// The most specific reason the page gives for a missing renewal button.
fn blocker(loan: &Loan, any_overdue: bool) -> Option<RenewBlocker> {
    if loan.renewable {
        return None;
    }
    Some(if loan.renewals.unwrap_or(0) > 0 {
        RenewBlocker::AlreadyRenewed
    } else if loan.reservations.unwrap_or(0) > 0 {
        RenewBlocker::Reserved
    } else if loan.overdue {
        RenewBlocker::Overdue
    } else if [&loan.status, &loan.library]
        .into_iter()
        .flatten()
        .any(|t| t.contains("相互"))
    {
        RenewBlocker::OtherCity
    } else if any_overdue {
        RenewBlocker::OverdueOnCard
    } else {
        RenewBlocker::Unknown
    })
}
