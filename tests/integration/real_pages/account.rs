//! The account screens beyond the two lists: login, the portal a login
//! lands on, the two-stage confirmations, マイ本棚, the reading history and
//! the calendar. Each reader classifies the page as the client does, then
//! gives what the command prints with `--json` (`shelf list`/`shelf show`,
//! `history`, `calendar`), plus the facts a write depends on: control
//! names and values in order, confirmation codes, the echo.

use jiff::civil::Date;
use scraper::Html;
use serde_json::{Value, json};
use toshokan::client::ClientError;
use toshokan::client::form::Form;
use toshokan::client::page::screen;
use toshokan::client::parse::{self, calendar, confirm, history, shelf};

use super::Reading;

/// Every screen an account page may be taken for (what the portal is not).
const ACCOUNT_SCREENS: [&str; 5] = [
    "tiles.WUsrLendList",
    "tiles.WUsrRsvList",
    screen::SHELF_LIST,
    screen::HISTORY,
    screen::CALENDAR,
];

pub fn read(screen: &str, body: &str, _today: Date) -> Option<Reading> {
    let reading = match screen {
        "login" => login(body),
        "portal" => parse::classify_page(body, &ACCOUNT_SCREENS).map(|t| json!({ "tokens": t })),
        "renew-confirm" => {
            parse::confirmation_page(body).map(|c| json!({ "confirmation": c.map(confirmation) }))
        }
        "cancel-confirm" => cancel_fragment(body),
        "shelves" | "shelf-delete-confirm" => shelves(body),
        "history" => reading_history(body),
        "calendar" => library_calendar(body),
        _ => return None,
    };
    Some(reading.map_err(|e| e.to_string()))
}

fn pairs(form: &Form) -> Value {
    json!(form.pairs())
}

fn confirmation(c: confirm::Confirmation) -> Value {
    json!({
        "ok_field": c.ok_field,
        "codes": c.codes,
        "action": c.action,
        "echo": pairs(&c.echo),
    })
}

/// The login form: what `login()` posts, and the prefix it puts before the card.
fn login(body: &str) -> Result<Value, ClientError> {
    let page = parse::login_page(body)?;
    Ok(json!({ "form": pairs(&page.form), "prefix": page.prefix }))
}

/// The cancel question arrives as a script fragment inside the stage-1
/// page's `createConfirmDialog`; read it in such a page.
fn cancel_fragment(fragment: &str) -> Result<Value, ClientError> {
    let page = format!(
        "<html><body><form name=\"prevRequestForm\" method=\"post\"><input type=\"hidden\" name=\"yoycod\" value=\"1\"></form>\
         <script>var OK_CODES_NAME = \"okCodes\";\nfunction createConfirmDialog() {{ var okArray = new Array(); var rest;\n{fragment}\n}}\nwindow.onload = createConfirmDialog;</script></body></html>"
    );
    let c = parse::confirmation_page(&page)?;
    Ok(json!({ "confirmation": c.map(confirmation) }))
}

/// `shelf list --json` (`shelves`) and `shelf show --json` (`current`), the
/// page's form, the shelves of the commented-out select, and the question
/// or completion redirect the page carries.
fn shelves(body: &str) -> Result<Value, ClientError> {
    let (shelves, current) = match parse::shelf_page(body)? {
        shelf::ShelfScreen::List { shelves, current } => (json!(shelves), json!(current)),
        shelf::ShelfScreen::Empty => (json!([]), Value::Null),
    };
    let doc = Html::parse_document(body);
    Ok(json!({
        "shelves": shelves,
        "current": current,
        "commented_shelves": shelf::commented_shelves(body),
        "form": parse::page_form(body, "LBForm").as_ref().map(pairs),
        "confirmation": parse::confirmation_page(body)?.map(confirmation),
        "completion": shelf::parse_completion(&doc)?.map(|c| json!({
            "action": c.action,
            "form": pairs(&c.form),
        })),
    }))
}

/// `history --json` (`entries`) and what the client's paging reads.
fn reading_history(body: &str) -> Result<Value, ClientError> {
    let tokens = parse::classify_page(body, &[screen::HISTORY])?;
    let page = history::parse_history(&Html::parse_document(body))?;
    let form = parse::page_form(body, "LBForm");
    Ok(json!({
        "tokens": tokens,
        "total": page.total,
        "rows_per_page": page.rows_per_page,
        "recording": page.recording,
        "entries": page.entries,
        "next": page.next.map(|l| json!({ "href": l.href, "start": l.start })),
        "last_start": page.last_start,
        "form": form.as_ref().map(pairs),
    }))
}

/// `calendar --json` (`closed`) and the branch choices `--library` is resolved against.
fn library_calendar(body: &str) -> Result<Value, ClientError> {
    parse::classify_page(body, &[screen::CALENDAR])?;
    let cal = calendar::parse_calendar(&Html::parse_document(body))?;
    Ok(json!({
        "library": cal.library,
        "library_code": cal.library_code,
        "months": cal.months,
        "libraries": cal.libraries,
        "closed": cal.closed_days(),
    }))
}
