//! The catalogue screens: the detailed-search form, its answers (a result
//! list, or the form again saying nothing matched), a title's detail, the
//! 新着資料 menu and lists, and the reservation confirmation.
//!
//! What `search --json`, `show --json`, `new --json` and
//! `new --list-genres --json` print is here as `hits`, `detail`, `arrivals`
//! and `genres`; the rest is what the client goes on with (counts, paging,
//! sort links, choices, the controls a form re-posts in page order).

use jiff::civil::Date;
use serde_json::{Value, json};
use toshokan::client::form::Form;
use toshokan::client::parse::search::{self, Answer};
use toshokan::client::parse::{arrivals, detail, page_form, reserve};
use toshokan::model::Genre;

use super::Reading;

pub fn read(screen: &str, body: &str, _today: Date) -> Option<Reading> {
    let reading = match screen {
        "search" => search_answer(body),
        "search-form" => search_form(body),
        "detail" => title_detail(body),
        "arrivals-menu" => arrivals::genres_page(body).map(|genres| json!({ "genres": genres })),
        "arrivals" => new_arrivals(body),
        "reserve-confirm" => confirmation(body),
        _ => return None,
    };
    Some(reading.map_err(|e| e.to_string()))
}

/// A form's successful controls as a browser sends them: `[name, value]`
/// in page order, duplicates kept.
fn controls(form: &Form) -> Value {
    json!(form.pairs())
}

/// The page's `LBForm` (what the client re-posts from it), null without one.
fn lbform(body: &str) -> Value {
    page_form(body, "LBForm").map_or(Value::Null, |f| controls(&f))
}

type Result<T> = std::result::Result<T, toshokan::client::ClientError>;

fn search_answer(body: &str) -> Result<Value> {
    Ok(match search::answer_page(body)? {
        Answer::List(page) => {
            json!({
                "no_hits": false,
                "total": page.total,
                "first": page.first,
                "last": page.last,
                "per_page": page.per_page,
                "sort_key": page.sort_key,
                "ascending": page.ascending,
                "sort_links": page.sort_links,
                "stock_options": page.stock_options,
                "form": controls(&page.form),
                "hits": page.hits,
            })
        }
        Answer::NoHits => {
            let doc = scraper::Html::parse_document(body);
            json!({
                "no_hits": true,
                "dialog": search::dialog_messages(&doc),
                "hits": [],
                // The same page answers a title code the site does not know.
                "as_detail": detail::detail_page(body)?,
            })
        }
    })
}

fn search_form(body: &str) -> Result<Value> {
    let choices = search::form_page(body)?;
    let mut facts = serde_json::to_value(&choices).unwrap_or_default();
    if let Value::Object(map) = &mut facts {
        map.insert("form".into(), lbform(body));
    }
    Ok(facts)
}

fn title_detail(body: &str) -> Result<Value> {
    let title = detail::detail_page(body)?;
    Ok(json!({ "detail": title, "form": lbform(body) }))
}

/// The list page does not say which genre it lists (the command knows it
/// from the menu), so the rows are read for an unnamed genre and the genre
/// fields left out.
fn new_arrivals(body: &str) -> Result<Value> {
    let genre = Genre {
        code: String::new(),
        name: String::new(),
    };
    let rows = arrivals::arrivals_page(body, &genre)?;
    let mut rows = serde_json::to_value(rows).unwrap_or_default();
    if let Value::Array(rows) = &mut rows {
        for row in rows.iter_mut().filter_map(Value::as_object_mut) {
            row.remove("genre");
            row.remove("genre_name");
        }
    }
    Ok(json!({ "arrivals": rows }))
}

fn confirmation(body: &str) -> Result<Value> {
    let doc = scraper::Html::parse_document(body);
    let c = reserve::parse_confirm_form(&doc, "tiles.WYoyConfirm")?;
    Ok(json!({
        "form": controls(&c.form),
        "pickups": c.pickups,
        "pickup_selected": c.pickup_selected,
        "contacts": c.contacts,
        "contact_selected": c.contact_selected,
    }))
}
