//! The reservation confirmation page (`tiles.WYoyConfirm`, docs/protocol.md#direct-reservation).

use scraper::{ElementRef, Html};

use super::layouts::reserve_confirm as layout;
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
/// hidden `gamenid` of the screen and both selects (`layouts::reserve_confirm`:
/// the confirm POST must carry a pickup and a contact the page offered).
pub fn parse_confirm_form(doc: &Html, screen: &str) -> Result<ConfirmForm> {
    let gamenid = format!("input[name=gamenid][value=\"{screen}\"]");
    let pickup = format!("select[name={}]", layout::PICKUP);
    let contact = format!("select[name={}]", layout::CONTACT);
    for element in doc.select(sel!("form")) {
        let has = |css: &str| {
            scraper::Selector::parse(css).is_ok_and(|s| element.select(&s).next().is_some())
        };
        if !(has(&gamenid) && has(&pickup) && has(&contact)) {
            continue;
        }
        let form = Form::from_element(element);
        let (pickups, pickup_selected) = options(element, layout::PICKUP);
        let (contacts, contact_selected) = options(element, layout::CONTACT);
        return Ok(ConfirmForm {
            form,
            pickups,
            pickup_selected,
            contacts,
            contact_selected,
        });
    }
    Err(ClientError::layout(
        layout::LABEL,
        format!(
            "no form with {screen}, {} and {}",
            layout::PICKUP,
            layout::CONTACT
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::parse::testing::drop_where;

    const PAGE: &str =
        include_str!("../../../tests/fixtures/real/nishinomiya/reserve-confirm-2.html");

    #[test]
    fn both_selects_are_required() {
        let c = parse_confirm_form(&Html::parse_document(PAGE), "tiles.WYoyConfirm").unwrap();
        assert_eq!(c.form.get("tilcod"), Some("1000000000001"));
        for name in [layout::PICKUP, layout::CONTACT] {
            let doc = drop_where(PAGE, "select", |s| s.value().attr("name") == Some(name));
            let err = parse_confirm_form(&doc, "tiles.WYoyConfirm").unwrap_err();
            assert!(matches!(err, ClientError::Layout { .. }), "{err:?}");
        }
    }
}
