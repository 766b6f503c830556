//! The form model: a page form's successful controls in document order,
//! duplicates kept, exactly as a browser would submit them.
//!
//! LiCS-XP forms have no `action` attribute (page scripts set it), so a form
//! here is only its controls; the action comes from the operation.

use scraper::{ElementRef, Html};

use super::error::{ClientError, Result};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Form {
    pub controls: Vec<(String, String)>,
    /// The `id` of each control (same length as `controls`): rows of a
    /// list repeat names, and page scripts address them by id.
    ids: Vec<Option<String>>,
    /// Controls the markup disables: (how many successful controls precede
    /// it, name, id). A page script may enable one before submitting.
    disabled: Vec<(usize, String, Option<String>)>,
}

impl Form {
    /// The successful controls of `<form name="…">`, or `None` when the page has no such form.
    pub fn from_page(doc: &Html, name: &str) -> Option<Form> {
        let form = doc
            .select(sel!("form[name]"))
            .find(|f| f.value().attr("name") == Some(name))?;
        Some(Form::from_element(form))
    }

    /// `LBForm`, the form every OPAC screen posts from: a page without it
    /// (named `page` in the error) is not the screen its layout expects.
    pub fn lbform(doc: &Html, page: &str) -> Result<Form> {
        Form::from_page(doc, "LBForm").ok_or_else(|| ClientError::layout(page, "no LBForm"))
    }

    /// The form, if it has exactly one `name` control: the one a write on
    /// this page sets. Two would leave the site to pick which counts.
    pub fn with_single(self, name: &str, page: &str) -> Result<Form> {
        if self.count(name) == 1 {
            Ok(self)
        } else {
            Err(ClientError::layout(
                page,
                format!("the form has no single {name} field"),
            ))
        }
    }

    /// The successful controls of a given form element.
    pub fn from_element(form: ElementRef<'_>) -> Form {
        let mut disabled = Vec::new();
        let (controls, ids) = successful_controls(form, &mut disabled)
            .into_iter()
            .map(|(n, v, id)| ((n, v), id))
            .unzip();
        Form {
            controls,
            ids,
            disabled,
        }
    }

    pub fn new(controls: Vec<(String, String)>) -> Self {
        let ids = vec![None; controls.len()];
        Form {
            controls,
            ids,
            disabled: Vec::new(),
        }
    }

    /// Sets a control the page script enables before submitting
    /// (`document.LBForm.commnt.disabled = false; …value = …`): overwritten
    /// in place when the markup has it enabled; when the markup disables
    /// it, it joins the form at its place in the document. False when the
    /// page has no such control at all (nothing is invented).
    pub fn enable(&mut self, name: &str, value: impl Into<String>) -> bool {
        let value = value.into();
        if self.set(name, value.clone()) {
            return true;
        }
        let Some(at) = self.disabled.iter().position(|(_, n, _)| n == name) else {
            return false;
        };
        let (before, name, id) = self.disabled.remove(at);
        let at = before.min(self.controls.len());
        self.controls.insert(at, (name, value));
        self.ids.insert(at, id);
        for slot in &mut self.disabled {
            if slot.0 >= at {
                slot.0 += 1;
            }
        }
        true
    }

    /// Overwrites the control with this element id in place (what
    /// `document.getElementById(id).value = …` does). False when absent.
    pub fn set_by_id(&mut self, id: &str, value: impl Into<String>) -> bool {
        match self.ids.iter().position(|i| i.as_deref() == Some(id)) {
            Some(at) => {
                self.controls[at].1 = value.into();
                true
            }
            None => false,
        }
    }

    /// The first value of a control.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.controls
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn count(&self, name: &str) -> usize {
        self.controls.iter().filter(|(n, _)| n == name).count()
    }

    /// Overwrites the first control of that name in place, as page scripts
    /// do (`document.LBForm.para.value = …`). Returns false when the form has
    /// no such control: the caller must not invent one.
    pub fn set(&mut self, name: &str, value: impl Into<String>) -> bool {
        match self.controls.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => {
                slot.1 = value.into();
                true
            }
            None => false,
        }
    }

    /// Drops every control of that name (what a page script does when it
    /// disables a field).
    pub fn remove(&mut self, name: &str) {
        let keep: Vec<bool> = self.controls.iter().map(|(n, _)| n != name).collect();
        let mut flags = keep.iter();
        self.controls.retain(|_| *flags.next().unwrap_or(&true));
        let mut flags = keep.iter();
        self.ids.retain(|_| *flags.next().unwrap_or(&true));
        for slot in &mut self.disabled {
            slot.0 -= keep[..slot.0.min(keep.len())]
                .iter()
                .filter(|k| !**k)
                .count();
        }
    }

    /// Appends a control at the end (what `createConfirmDialog` does with `okCodes`).
    pub fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.controls.push((name.into(), value.into()));
        self.ids.push(None);
    }

    /// Only the named controls, in form order (e.g. `hash` + `gamenid`).
    pub fn only(&self, names: &[&str]) -> Form {
        Form::new(
            self.controls
                .iter()
                .filter(|(n, _)| names.contains(&n.as_str()))
                .cloned()
                .collect(),
        )
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.controls
    }
}

/// Walks the form's descendants in tree order and keeps what a browser submits.
fn successful_controls(
    form: ElementRef<'_>,
    disabled: &mut Vec<(usize, String, Option<String>)>,
) -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    for node in form.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let v = el.value();
        let Some(name) = v.attr("name") else { continue };
        if name.is_empty() {
            continue;
        }
        let id = v.attr("id").map(str::to_string);
        if v.attr("disabled").is_some() {
            let kind = v.attr("type").unwrap_or("text").to_ascii_lowercase();
            let fillable = match v.name() {
                "input" => !matches!(
                    kind.as_str(),
                    "button" | "submit" | "reset" | "image" | "file" | "checkbox" | "radio"
                ),
                "select" | "textarea" => true,
                _ => false,
            };
            if fillable {
                disabled.push((out.len(), name.to_string(), id));
            }
            continue;
        }
        match v.name() {
            "input" => {
                let kind = v.attr("type").unwrap_or("text").to_ascii_lowercase();
                match kind.as_str() {
                    "button" | "submit" | "reset" | "image" | "file" => {}
                    "checkbox" | "radio" => {
                        if v.attr("checked").is_some() {
                            out.push((
                                name.to_string(),
                                v.attr("value").unwrap_or("on").to_string(),
                                id,
                            ));
                        }
                    }
                    _ => out.push((
                        name.to_string(),
                        v.attr("value").unwrap_or("").to_string(),
                        id,
                    )),
                }
            }
            "select" => {
                let multiple = v.attr("multiple").is_some();
                let options: Vec<ElementRef<'_>> = el
                    .select(sel!("option"))
                    .filter(|o| o.value().attr("disabled").is_none())
                    .collect();
                let selected: Vec<&ElementRef<'_>> = options
                    .iter()
                    .filter(|o| o.value().attr("selected").is_some())
                    .collect();
                let chosen: Vec<&ElementRef<'_>> = if multiple {
                    selected
                } else if let Some(last) = selected.last() {
                    // A single select shows its last `selected` option.
                    vec![*last]
                } else {
                    options.first().into_iter().collect()
                };
                for option in chosen {
                    out.push((name.to_string(), option_value(*option), id.clone()));
                }
            }
            "textarea" => out.push((name.to_string(), el.text().collect(), id)),
            _ => {}
        }
    }
    out
}

fn option_value(option: ElementRef<'_>) -> String {
    match option.value().attr("value") {
        Some(v) => v.to_string(),
        None => super::text::squeeze(option),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<form name="LBForm" method="post">
        <input type="hidden" name="hash" value="h1">
        <input type="hidden" name="btnflg" value='0'></input>
        <input type="text" name="q">
        <input type="hidden" name="btnflg" value='0'></input>
        <input type="checkbox" name="c1" value="x">
        <input type="checkbox" name="c2" value="y" checked>
        <input type="hidden" name="off" value="1" disabled>
        <input type="button" name="b" value="延長">
        <input type="button" name="b2" value="追加" disabled>
        <select name="s"><option value="1">a</option><option value="2" selected>b</option></select>
        <select name="t"><option>first </option><option>second</option></select>
        <textarea name="memo">メモ</textarea>
        <input type="hidden" id="noname" value="z">
    </form>"#;

    #[test]
    fn keeps_successful_controls_in_order_with_duplicates() {
        let doc = Html::parse_document(PAGE);
        let form = Form::from_page(&doc, "LBForm").unwrap();
        let names: Vec<&str> = form.controls.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["hash", "btnflg", "q", "btnflg", "c2", "s", "t", "memo"]
        );
        assert_eq!(form.get("s"), Some("2"));
        assert_eq!(form.get("t"), Some("first"));
        assert_eq!(form.count("btnflg"), 2);
    }

    #[test]
    fn enable_puts_a_disabled_control_back_in_place() {
        let doc = Html::parse_document(PAGE);
        let mut form = Form::from_page(&doc, "LBForm").unwrap();
        // `off` sits after c2 in the markup, disabled.
        assert!(form.enable("off", "9"));
        let names: Vec<&str> = form.controls.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "hash", "btnflg", "q", "btnflg", "c2", "off", "s", "t", "memo"
            ]
        );
        assert_eq!(form.get("off"), Some("9"));
        // Enabled controls are overwritten in place; unknown ones are not invented.
        assert!(form.enable("q", "x"));
        assert_eq!(form.controls[2], ("q".into(), "x".into()));
        assert!(!form.enable("nope", "x"));
        // A disabled button is not a control that submits, even when enabled.
        assert!(!form.enable("b2", "x"));
    }

    #[test]
    fn set_overwrites_in_place_and_never_invents() {
        let doc = Html::parse_document(PAGE);
        let mut form = Form::from_page(&doc, "LBForm").unwrap();
        assert!(form.set("q", "x"));
        assert_eq!(form.controls[2], ("q".into(), "x".into()));
        assert!(!form.set("nope", "x"));
        assert_eq!(form.count("nope"), 0);
    }
}
