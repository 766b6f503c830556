//! The form model on any page: each form's successful controls, the edits
//! page scripts make (the ones `tests/integration/fuzz_smoke.rs` makes, then edits on
//! the page's own names and ids so they hit real controls) and the
//! urlencoded body the client posts. Each edit's promise is asserted, so a
//! broken invariant is a finding like a panic.
#![no_main]
use scraper::{ElementRef, Html, Selector};
use toshokan::client::form::Form;

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

fn exercise(doc: &Html) {
    // What the client does with LBForm on its write screens.
    if let Some(mut form) = Form::from_page(doc, "LBForm") {
        form.set("para", "1");
        form.set_by_id("selwat1", "2");
        form.remove("commnt");
        form.push("okCodes", "X");
        encodes(&form);
    }
    for element in doc.select(&selector("form")) {
        edit(element);
    }
}

fn edit(element: ElementRef<'_>) {
    let mut form = Form::from_element(element);
    // Remove before enabling: `enable` places a disabled control by how
    // many controls preceded it, which `remove` has to keep in step.
    if let Some(first) = form.controls.first().map(|(name, _)| name.clone()) {
        form.remove(&first);
        assert_eq!(form.count(&first), 0, "remove left {first:?}");
    }
    for el in element.select(&selector("[name][disabled]")) {
        let name = el.value().attr("name").unwrap_or_default();
        if form.enable(name, "enabled") {
            assert_eq!(form.get(name), Some("enabled"), "enable {name:?}");
        }
    }
    for el in element.select(&selector("[id]")) {
        let id = el.value().attr("id").unwrap_or_default();
        if form.set_by_id(id, "by-id") {
            assert!(form.pairs().iter().any(|(_, v)| v == "by-id"));
        }
    }
    let names: Vec<String> = form.controls.iter().map(|(n, _)| n.clone()).collect();
    for name in &names {
        assert!(form.set(name, "set"), "set {name:?} on a present control");
    }
    let before = form.count("okCodes");
    form.push("okCodes", "X");
    assert_eq!(form.count("okCodes"), before + 1);
    let kept: Vec<&str> = names.iter().map(String::as_str).step_by(2).collect();
    assert!(
        form.only(&kept)
            .pairs()
            .iter()
            .all(|(n, _)| kept.contains(&n.as_str()))
    );
    encodes(&form);
}

/// The body `client::http` posts decodes back to the same pairs, in order.
fn encodes(form: &Form) {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.pairs())
        .finish();
    let back: Vec<(String, String)> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    assert_eq!(back, form.pairs());
}

toshokan_fuzz::fuzz_doc!(|doc| exercise(doc));
