//! The reservation confirmation page (`tiles.WYoyConfirm`, research §10).

use scraper::{ElementRef, Html};

use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::text::squeeze;

/// The confirmation form: its controls and the choices it offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmForm {
    pub form: Form,
    /// 受取館 options (code, name) in page order.
    pub pickups: Vec<(String, String)>,
    /// The option the page preselects (the patron's default), if any.
    pub pickup_selected: Option<String>,
    /// 連絡方法 options.
    pub contacts: Vec<(String, String)>,
    pub contact_selected: Option<String>,
}

fn options(form: ElementRef<'_>, name: &str) -> (Vec<(String, String)>, Option<String>) {
    let Ok(sel) = scraper::Selector::parse(&format!("select[name={name}] option")) else {
        return (Vec::new(), None);
    };
    let mut selected = None;
    let all = form
        .select(&sel)
        .map(|o| {
            let code = o.value().attr("value").unwrap_or_default().to_string();
            if o.value().attr("selected").is_some() {
                selected = Some(code.clone());
            }
            (code, squeeze(o))
        })
        .collect();
    (all, selected)
}

/// The form is identified by its controls, not its name or action: the
/// hidden `gamenid=tiles.WYoyConfirm` and both selects.
pub fn parse_confirm_form(doc: &Html, screen: &str) -> Result<ConfirmForm> {
    let gamenid = format!("input[name=gamenid][value=\"{screen}\"]");
    for element in doc.select(sel!("form")) {
        let has = |css: &str| {
            scraper::Selector::parse(css).is_ok_and(|s| element.select(&s).next().is_some())
        };
        if !(has(&gamenid) && has("select[name=receivename]") && has("select[name=contact]")) {
            continue;
        }
        let form = Form::from_element(element);
        let (pickups, pickup_selected) = options(element, "receivename");
        let (contacts, contact_selected) = options(element, "contact");
        return Ok(ConfirmForm {
            form,
            pickups,
            pickup_selected,
            contacts,
            contact_selected,
        });
    }
    Err(ClientError::layout(
        "reservation confirmation",
        format!("no form with {screen}, receivename and contact"),
    ))
}
