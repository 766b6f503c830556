//! 新着図書お知らせ (SDI) screens, modelled on LiCS-XP conventions: no page
//! of them was ever captured (docs/protocol.md#alerts). The condition list
//! (`tiles.WSdiTmeMenu`) is read by its header texts, the count line and
//! the `sdiSyusei('…')` / `sdiDel('…')` codes of each row; the registration
//! form (`tiles.WSdiInput`) by its `label` texts, never by control names
//! alone.

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use std::sync::LazyLock;

use super::layouts::{self, Fact, alerts as layout};
use super::notes;
use super::search::{Choice, cell_text, options};
use super::table::{Columns, Located, cells, read_rows};
use crate::client::error::{ClientError, Result};
use crate::client::form::Form;
use crate::client::page;
use crate::client::page::screen;
use crate::client::text::{parse_slash_date, squeeze};
use crate::model::{Alert, AlertField, Condition};

const LIST: &str = layout::TABLE.label;
const INPUT: &str = "alert form";

static ROW_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\bsdi(?:Syusei|Del)\(\s*['"]([0-9A-Za-z]+)['"]"#).expect("valid regex")
});
/// `現在 N 件の条件…` in each wording `layouts::alerts::COUNT_LINE` knows.
static COUNT: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    layout::COUNT_LINE
        .iter()
        .map(|(before, after)| {
            Regex::new(&format!(
                r"{}\s*(\d+)\s*{}",
                regex::escape(before),
                regex::escape(after)
            ))
            .expect("valid regex")
        })
        .collect()
});

/// The condition fields, as list headers and form labels.
pub const FIELDS: [(AlertField, Fact); 6] = [
    (AlertField::Title, layout::TITLE),
    (AlertField::Author, layout::AUTHOR),
    (AlertField::Publisher, layout::PUBLISHER),
    (AlertField::Subject, layout::SUBJECT),
    (AlertField::Keyword, layout::KEYWORD),
    (AlertField::MaterialType, layout::KIND),
];

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn row_code(row: ElementRef<'_>) -> std::result::Result<String, String> {
    let mut codes: Vec<String> = Vec::new();
    for el in row.descendants().filter_map(ElementRef::wrap) {
        for attr in ["onclick", "href"] {
            if let Some(code) = el
                .value()
                .attr(attr)
                .and_then(|s| ROW_CODE.captures(s))
                .map(|c| c[1].to_string())
                && !codes.contains(&code)
            {
                codes.push(code);
            }
        }
    }
    match codes.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err("no sdiSyusei/sdiDel code".into()),
        many => Err(format!("the row's buttons carry different codes {many:?}")),
    }
}

/// The announced number of conditions, when the page says it.
fn announced(doc: &Html) -> Option<usize> {
    doc.select(sel!("ul.read li, p, div.read"))
        .map(squeeze)
        .find_map(|t| {
            COUNT
                .iter()
                .find_map(|re| re.captures(&t).and_then(|c| c[1].parse().ok()))
        })
}

/// The conditions on the list page, in the site's order. The list table is
/// the one with a name column (its `summary` is a generic sentence). The
/// count line (`現在 N 件の条件…`) must agree with the rows: the writes and
/// the limit of 10 rely on the list being whole.
pub fn parse_alert_list(doc: &Html) -> Result<Vec<Alert>> {
    let count = announced(doc)
        .ok_or_else(|| ClientError::layout(LIST, "no count line (現在 N 件の条件)"))?;
    // The name is the table's first fact, so a table without it is refused
    // before any optional column is noted.
    let located = doc.select(sel!("table")).find_map(|t| {
        Columns::locate(t, &layout::TABLE)
            .ok()
            .map(|cols| (t, cols))
    });
    let Some((table, cols)) = located else {
        return if count == 0 {
            Ok(Vec::new())
        } else {
            Err(ClientError::layout(
                LIST,
                format!(
                    "{count} conditions announced but no table headed {}",
                    layout::NAME.label()
                ),
            ))
        };
    };
    let alerts = read_rows(table, &cols, LIST, parse_row)?;
    if alerts.len() != count {
        return Err(ClientError::layout(
            LIST,
            format!("{count} conditions announced, {} rows", alerts.len()),
        ));
    }
    Ok(alerts)
}

fn parse_row(row: ElementRef<'_>, cols: &Located) -> std::result::Result<Alert, String> {
    let cells = cells(row);
    let text = |fact: &Fact| {
        cols.at(fact)
            .and_then(|at| cells.get(at).copied())
            .map(cell_text)
    };
    let name = text(&layout::NAME)
        .filter(|n| !n.is_empty())
        .ok_or("no name")?;
    let id = row_code(row)?;
    let mut condition = Condition::default();
    for (field, fact) in &FIELDS {
        let value = text(fact).and_then(non_empty);
        match field {
            AlertField::Title => condition.title = value,
            AlertField::Author => condition.author = value,
            AlertField::Publisher => condition.publisher = value,
            AlertField::Subject => condition.subject = value,
            AlertField::Keyword => condition.keyword = value,
            AlertField::MaterialType => condition.material_type = value,
        }
    }
    Ok(Alert {
        id,
        name,
        condition,
        registered_on: text(&layout::REGISTERED).and_then(|d| parse_slash_date(&d)),
    })
}

/// The registration/edit form: which control takes which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertFormPage {
    /// The page's `LBForm` as served (current values filled in on edit).
    pub form: Form,
    /// The control for 検索条件の名称 and its `maxlength`.
    pub name_field: String,
    pub name_max: Option<usize>,
    /// The text controls the form has, by field.
    pub fields: Vec<(AlertField, String)>,
    /// The 資料種別 select and its options.
    pub kind_field: Option<String>,
    pub kinds: Vec<Choice>,
    /// The condition the form edits (hidden `sdicod`; empty for a new one,
    /// `None` when the form has no such control).
    pub code: Option<String>,
}

impl AlertFormPage {
    pub fn field(&self, field: AlertField) -> Option<&str> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, n)| n.as_str())
    }
}

/// The control a `<label for>` naming `fact` points at.
fn labelled<'a>(form: ElementRef<'a>, fact: &Fact) -> Option<ElementRef<'a>> {
    let id = form
        .select(sel!("label[for]"))
        .find(|l| layouts::label_of(std::slice::from_ref(fact), &squeeze(*l)).is_some())?
        .value()
        .attr("for")?
        .to_string();
    let sel = Selector::parse(&format!("[id=\"{id}\"]")).ok()?;
    form.select(&sel)
        .find(|e| matches!(e.value().name(), "input" | "select" | "textarea"))
}

pub fn parse_alert_form(doc: &Html) -> Result<AlertFormPage> {
    let element = doc
        .select(sel!("form[name=LBForm]"))
        .next()
        .ok_or_else(|| ClientError::layout(INPUT, "no LBForm"))?;
    let form = Form::from_element(element);
    let control_name = |e: ElementRef<'_>| e.value().attr("name").map(str::to_string);
    let name_input = labelled(element, &layout::NAME).ok_or_else(|| {
        ClientError::layout(INPUT, format!("no field labelled {}", layout::NAME.label()))
    })?;
    let name_field = control_name(name_input)
        .ok_or_else(|| ClientError::layout(INPUT, "the name field has no name"))?;
    let name_max = name_input
        .value()
        .attr("maxlength")
        .and_then(|m| m.trim().parse().ok());
    let mut fields = Vec::new();
    let mut kind_field = None;
    let mut kinds = Vec::new();
    for (field, fact) in FIELDS {
        let Some((control, name)) =
            labelled(element, &fact).and_then(|c| Some((c, control_name(c)?)))
        else {
            notes::missing_field(INPUT, fact.label(), fact.name);
            continue;
        };
        if field == AlertField::MaterialType {
            if control.value().name() != "select" {
                return Err(ClientError::layout(INPUT, "資料種別 is not a select"));
            }
            kinds = options(control);
            kind_field = Some(name);
        } else {
            fields.push((field, name));
        }
    }
    if fields.is_empty() {
        return Err(ClientError::layout(
            INPUT,
            "no condition fields (書名, 著者名, 出版者, 件名, キーワード)",
        ));
    }
    Ok(AlertFormPage {
        code: form.get("sdicod").map(str::to_string),
        form,
        name_field,
        name_max,
        fields,
        kind_field,
        kinds,
    })
}

/// Classifies and reads a whole condition list page.
pub fn alert_list_page(body: &str) -> Result<Vec<Alert>> {
    let doc = Html::parse_document(body);
    page::classify(&doc, &[screen::ALERT_LIST])?;
    parse_alert_list(&doc)
}

/// Classifies and reads a whole registration/edit form page.
pub fn alert_form_page(body: &str) -> Result<AlertFormPage> {
    let doc = Html::parse_document(body);
    page::classify(&doc, &[screen::ALERT_INPUT])?;
    parse_alert_form(&doc)
}
