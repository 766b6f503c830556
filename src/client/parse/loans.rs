//! The loan list (`貸出状況一覧`, `tiles.WUsrLendList`).

use jiff::civil::Date;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

use super::table::{Columns, body_rows, cells};
use crate::client::error::{ClientError, Result};
use crate::client::text::{
    parse_count, parse_slash_date, split_title_line, squeeze, text_keep_ideographic,
};
use crate::clock::days_between;
use crate::model::{Loan, RenewBlocker};

const SCREEN: &str = "loan list";

static EXTEND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*(?:javascript:)?\s*extend\("(\d+)"\)\s*;?\s*$"#).expect("valid regex")
});
static PARA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?&]para=(\d+)").expect("valid regex"));
static COUNT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d+)\s*件").expect("valid regex"));

struct LoanColumns {
    title: usize,
    kind: usize,
    library: usize,
    loaned: usize,
    due: usize,
    status: usize,
    reservations: Option<usize>,
    renewals: Option<usize>,
    renew: Option<usize>,
}

impl LoanColumns {
    fn locate(table: ElementRef<'_>) -> Result<LoanColumns> {
        let cols = Columns::from_table(table);
        Ok(LoanColumns {
            title: cols.require(SCREEN, "資料名", |t| t.starts_with("資料名"))?,
            kind: cols.require(SCREEN, "書誌種別", |t| t.starts_with("書誌種別"))?,
            library: cols.require(SCREEN, "貸出館", |t| t.starts_with("貸出館"))?,
            loaned: cols.require(SCREEN, "貸出日", |t| t == "貸出日")?,
            due: cols.require(SCREEN, "返却期日", |t| t.starts_with("返却期"))?,
            status: cols.require(SCREEN, "状態", |t| t.contains("状態"))?,
            reservations: cols.find(|t| t == "予約数"),
            renewals: cols.find(|t| t == "延長回数"),
            renew: cols.find(|t| t == "延長"),
        })
    }
}

/// Every loan on the page, in the site's order.
pub fn parse_loans(doc: &Html, today: Date) -> Result<Vec<Loan>> {
    let Some(table) = doc.select(sel!("table[summary=\"貸出状況一覧表\"]")).next() else {
        return no_table(doc);
    };
    let cols = LoanColumns::locate(table)?;
    let mut loans = Vec::new();
    for (n, row) in body_rows(table).into_iter().enumerate() {
        loans.push(
            parse_row(row, &cols, today).map_err(|detail| {
                ClientError::layout(SCREEN, format!("row {}: {detail}", n + 1))
            })?,
        );
    }
    let any_overdue = loans.iter().any(|l| l.overdue);
    for loan in &mut loans {
        loan.renew_blocker = blocker(loan, any_overdue);
    }
    Ok(loans)
}

/// With nothing on loan the site may leave the table out; accept that only
/// when the page itself says 0 件.
fn no_table(doc: &Html) -> Result<Vec<Loan>> {
    let intro = doc
        .select(sel!("ul.read li"))
        .next()
        .map(squeeze)
        .unwrap_or_default();
    match COUNT.captures(&intro) {
        Some(c) if &c[1] == "0" => Ok(Vec::new()),
        _ => Err(ClientError::layout(
            SCREEN,
            "no table summarised 貸出状況一覧表",
        )),
    }
}

fn parse_row(
    row: ElementRef<'_>,
    cols: &LoanColumns,
    today: Date,
) -> std::result::Result<Loan, String> {
    let cells = cells(row);
    let cell = |i: usize| {
        cells
            .get(i)
            .copied()
            .ok_or_else(|| format!("missing cell {i}"))
    };
    let title_cell = cell(cols.title)?;
    let id = row
        .select(sel!("input[name=list_chk]"))
        .next()
        .and_then(|c| c.value().attr("value"))
        .map(str::to_string)
        .or_else(|| {
            let a = title_cell.select(sel!("a[href]")).next()?;
            PARA.captures(a.value().attr("href")?)
                .map(|c| c[1].to_string())
        })
        .filter(|id| !id.is_empty())
        .ok_or("no title code")?;
    let line = title_cell
        .select(sel!("strong, a"))
        .next()
        .map(text_keep_ideographic)
        .unwrap_or_else(|| text_keep_ideographic(title_cell));
    let title = split_title_line(&line);
    let due_text = squeeze(cell(cols.due)?);
    let due_on = parse_slash_date(&due_text).ok_or_else(|| format!("due date {due_text:?}"))?;
    let loaned_on = parse_slash_date(&squeeze(cell(cols.loaned)?));
    let optional_count = |i: Option<usize>| {
        i.and_then(|i| cells.get(i))
            .and_then(|c| parse_count(&squeeze(*c)))
    };
    let renew_code = cols
        .renew
        .and_then(|i| cells.get(i))
        .map_or(row, |c| *c)
        .select(sel!("input[onclick]"))
        .find_map(|b| {
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
        material_type: squeeze(cell(cols.kind)?),
        library: squeeze(cell(cols.library)?),
        loaned_on,
        due_on,
        days_left,
        overdue: days_left < 0,
        status: squeeze(cell(cols.status)?),
        renewals: optional_count(cols.renewals),
        reservations: optional_count(cols.reservations),
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
    } else if loan.status.contains("相互") || loan.library.contains("相互") {
        RenewBlocker::OtherCity
    } else if any_overdue {
        RenewBlocker::OverdueOnCard
    } else {
        RenewBlocker::Unknown
    })
}
