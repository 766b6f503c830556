//! 新着図書お知らせ conditions (SDI), modelled: the site's registration
//! screens were never captured (docs/protocol.md#alerts), so the screens, actions
//! and confirmation codes below are the simulator's, built on LiCS-XP's
//! conventions (an `LBForm` with `hash`/`gamenid`, a list found by its
//! header texts, two-stage writes). On any other question the client
//! confirms nothing.
//!
//! | step | request | screen / code |
//! |---|---|---|
//! | list | `POST WOpacMnuTopToPwdLibraryAction.do?gamen=newpcfsdi` | `tiles.WSdiTmeMenu` |
//! | form | `POST WOpacSdiTmeMenuToInputAction.do` (`sdicod` empty or the row's) | `tiles.WSdiInput` |
//! | add | `WOpacSdiInputExecAction.do` → same, `okCodes` | `OPACSDI201` |
//! | edit | `WOpacSdiInputUpdateAction.do` → same, `okCodes` | `OPACSDI202` |
//! | delete | `WOpacSdiTmeDelAction.do?delflg=1` → `WOpacSdiTmeDelAction.do` | `OPACSDI203` |
//!
//! Every outcome is read from a fresh list afterwards.

use scraper::Html;

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::Kind;
use super::parse::alert::{self as parse, AlertFormPage};
use super::parse::layouts;
use super::parse::search::Choice;
use super::write::{Step, settle};
use super::{Client, MyPage, inspect_page, page};
use crate::client::page::screen;
use crate::model::alert::fold;
use crate::model::{Alert, AlertAction, AlertField, AlertResult, Condition, Reason, Verdict};

/// The entry from a logged-in page (the direct link
/// `WOpacMnuTopInitAction.do?…moveToGamenId=newpcfsdi` resets the session).
pub const LIST_ACTION: &str = "WOpacMnuTopToPwdLibraryAction.do?gamen=newpcfsdi";
/// `sdiNew()` / `sdiSyusei(code)`: the registration form, empty or filled.
pub const TO_INPUT: &str = "WOpacSdiTmeMenuToInputAction.do";
/// `sdiEntry()`; its confirmation posts back to the same action.
const ADD: Step = Step::same_action("WOpacSdiInputExecAction.do", "OPACSDI201");
/// `sdiUpdate()`.
const EDIT: Step = Step::same_action("WOpacSdiInputUpdateAction.do", "OPACSDI202");
/// `sdiDel(code)`.
const DELETE: Step = Step {
    action: "WOpacSdiTmeDelAction.do?delflg=1",
    code: "OPACSDI203",
    confirm: Some("WOpacSdiTmeDelAction.do"),
};

/// The condition list with the form its actions re-post.
#[derive(Debug, Clone)]
pub struct AlertPage {
    pub alerts: Vec<Alert>,
    form: Form,
}

impl AlertPage {
    fn from_doc(doc: &Html) -> Result<AlertPage> {
        let label = layouts::alerts::TABLE.label;
        let form = Form::lbform(doc, label)?.with_single("sdicod", label)?;
        Ok(AlertPage {
            alerts: parse::parse_alert_list(doc)?,
            form,
        })
    }

    /// The condition with this name: exactly, else the one whose name reads
    /// the same NFKC-folded (width, case, spaces). `None` also when ambiguous.
    pub fn named(&self, name: &str) -> Option<&Alert> {
        if let Some(a) = self.alerts.iter().find(|a| a.name == name) {
            return Some(a);
        }
        let wanted = fold(name);
        let mut same = self.alerts.iter().filter(|a| fold(&a.name) == wanted);
        match (same.next(), same.next()) {
            (Some(a), None) => Some(a),
            _ => None,
        }
    }

    pub fn by_id(&self, id: &str) -> Option<&Alert> {
        self.alerts.iter().find(|a| a.id == id)
    }
}

/// The registration/edit form as served, right after it was read.
#[derive(Debug, Clone)]
pub struct AlertForm {
    page: AlertFormPage,
}

impl AlertForm {
    /// 資料種別 as the form offers it.
    pub fn kinds(&self) -> &[Choice] {
        &self.page.kinds
    }

    /// The longest name the form takes (`maxlength`), when it says.
    pub fn name_max(&self) -> Option<usize> {
        self.page.name_max
    }

    /// Whether the form has a control for this field.
    pub fn has(&self, field: AlertField) -> bool {
        match field {
            AlertField::MaterialType => self.page.kind_field.is_some(),
            f => self.page.field(f).is_some(),
        }
    }

    /// The condition the form edits (`None` for a new one).
    pub fn code(&self) -> Option<&str> {
        self.page.code.as_deref().filter(|c| !c.is_empty())
    }

    /// What the list shows for a kind code: its label, or nothing for the
    /// "every kind" choice.
    pub fn kind_shown(&self, code: &str) -> Option<String> {
        self.page
            .kinds
            .iter()
            .find(|k| k.code == code)
            .and_then(|k| shown_kind(&k.label))
    }
}

/// A kind label as the list shows it; the "every kind" choice shows nothing.
fn shown_kind(label: &str) -> Option<String> {
    let folded = fold(label);
    if folded.is_empty() || ["すべて", "全て", "指定なし", "全種別"].contains(&folded.as_str())
    {
        None
    } else {
        Some(label.to_string())
    }
}

/// What to write. `None` leaves a field as the form shows it; `Some("")`
/// clears it. `kind_code` is a code of the form's own 資料種別 options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AlertEdit {
    pub name: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub subject: Option<String>,
    pub keyword: Option<String>,
    pub kind_code: Option<String>,
}

impl AlertEdit {
    fn text(&self, field: AlertField) -> Option<&str> {
        match field {
            AlertField::Title => self.title.as_deref(),
            AlertField::Author => self.author.as_deref(),
            AlertField::Publisher => self.publisher.as_deref(),
            AlertField::Subject => self.subject.as_deref(),
            AlertField::Keyword => self.keyword.as_deref(),
            AlertField::MaterialType => None,
        }
    }

    /// The condition an alert will have after this edit (`base` for an
    /// existing one, the empty condition for a new one).
    pub fn apply(&self, base: &Condition, form: &AlertForm) -> Condition {
        let pick = |new: &Option<String>, old: &Option<String>| match new {
            Some(v) => Some(v.trim().to_string()).filter(|v| !v.is_empty()),
            None => old.clone(),
        };
        Condition {
            title: pick(&self.title, &base.title),
            author: pick(&self.author, &base.author),
            publisher: pick(&self.publisher, &base.publisher),
            subject: pick(&self.subject, &base.subject),
            keyword: pick(&self.keyword, &base.keyword),
            material_type: match &self.kind_code {
                Some(code) => form.kind_shown(code),
                None => base.material_type.clone(),
            },
        }
    }

    /// The form with the asked fields overwritten in place; nothing else
    /// changes. An asked field the form lacks is an error (nothing invented).
    fn body(&self, form: &AlertForm) -> std::result::Result<Form, String> {
        let page = &form.page;
        let mut body = page.form.clone();
        let mut set = |control: &str, value: &str| {
            if body.set(control, value.trim()) {
                Ok(())
            } else {
                Err(format!("the form has no {control}"))
            }
        };
        if let Some(name) = &self.name {
            set(&page.name_field, name)?;
        }
        for field in [
            AlertField::Title,
            AlertField::Author,
            AlertField::Publisher,
            AlertField::Subject,
            AlertField::Keyword,
        ] {
            if let Some(value) = self.text(field) {
                let control = page
                    .field(field)
                    .ok_or_else(|| format!("the form has no {field:?} field"))?;
                set(control, value)?;
            }
        }
        if let Some(code) = &self.kind_code {
            let control = page
                .kind_field
                .as_deref()
                .ok_or("the form has no 資料種別 select")?;
            if !page.kinds.iter().any(|k| &k.code == code) {
                return Err(format!("資料種別 has no option {code}"));
            }
            set(control, code)?;
        }
        Ok(body)
    }
}

/// Two conditions read the same (NFKC-folded: the site may re-space or
/// re-width what it stores).
pub fn same_condition(a: &Condition, b: &Condition) -> bool {
    let f = |s: &Option<String>| s.as_deref().map(fold).filter(|s| !s.is_empty());
    f(&a.title) == f(&b.title)
        && f(&a.author) == f(&b.author)
        && f(&a.publisher) == f(&b.publisher)
        && f(&a.subject) == f(&b.subject)
        && f(&a.keyword) == f(&b.keyword)
        && f(&a.material_type) == f(&b.material_type)
}

/// How to see a write on the fresh list: the code of the applied
/// condition, or `None`.
type Applied<'a> = Box<dyn Fn(&AlertPage) -> Option<String> + Send + 'a>;

struct Spec<'a> {
    action: AlertAction,
    id: &'a str,
    name: &'a str,
    step: Step,
    screens: &'a [&'a str],
    applied: Applied<'a>,
}

impl Client {
    /// The condition list (a read).
    pub async fn alert_page(&mut self) -> Result<AlertPage> {
        self.my_page(MyPage::Alerts, AlertPage::from_doc).await
    }

    /// The registration form (`alert` = `None`) or the edit form of a
    /// condition, read from the list's form (a read). The edit form must be
    /// of that condition.
    pub async fn alert_form(
        &mut self,
        page: &AlertPage,
        alert: Option<&Alert>,
    ) -> Result<AlertForm> {
        let mut body = page.form.clone();
        body.set("sdicod", alert.map_or("", |a| a.id.as_str()));
        let referer = self.last_url.clone();
        let response = self
            .transport
            .post(TO_INPUT, &body, referer.as_ref(), Kind::Read)
            .await?;
        let (tokens, form) = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, &[screen::ALERT_INPUT])?;
            Ok((tokens, parse::parse_alert_form(doc)?))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(response.url.clone());
        let form = AlertForm { page: form };
        let expected = alert.map(|a| a.id.as_str());
        if form.code() != expected {
            return Err(ClientError::layout(
                "alert form",
                format!(
                    "the form is for condition {:?}, not {:?}",
                    form.code(),
                    expected
                ),
            )
            .with_page(&response.body));
        }
        Ok(form)
    }

    /// Registers a condition from a freshly read registration form.
    pub async fn add_alert(
        &mut self,
        form: &AlertForm,
        edit: &AlertEdit,
        before: &AlertPage,
    ) -> (AlertResult, Option<AlertPage>) {
        let name = edit.name.clone().unwrap_or_default();
        let expected = edit.apply(&Condition::default(), form);
        let known: Vec<String> = before.alerts.iter().map(|a| a.id.clone()).collect();
        let wanted = name.trim().to_string();
        let applied: Applied<'_> = Box::new(move |page: &AlertPage| {
            page.alerts
                .iter()
                .find(|a| {
                    !known.contains(&a.id)
                        && fold(&a.name) == fold(&wanted)
                        && same_condition(&a.condition, &expected)
                })
                .map(|a| a.id.clone())
        });
        let spec = Spec {
            action: AlertAction::Add,
            id: "",
            name: &name,
            step: ADD,
            screens: &[screen::ALERT_INPUT, screen::ALERT_LIST],
            applied,
        };
        match edit.body(form) {
            Ok(body) => self.alert_write(spec, body).await,
            Err(d) => (unexpected(&spec, d), None),
        }
    }

    /// Changes a condition from its freshly read edit form.
    pub async fn edit_alert(
        &mut self,
        form: &AlertForm,
        alert: &Alert,
        edit: &AlertEdit,
    ) -> (AlertResult, Option<AlertPage>) {
        let name = edit.name.clone().unwrap_or_else(|| alert.name.clone());
        let expected = edit.apply(&alert.condition, form);
        let id = alert.id.clone();
        let wanted = name.trim().to_string();
        let applied: Applied<'_> = Box::new(move |page: &AlertPage| {
            page.by_id(&id)
                .filter(|a| fold(&a.name) == fold(&wanted))
                .filter(|a| same_condition(&a.condition, &expected))
                .map(|a| a.id.clone())
        });
        let spec = Spec {
            action: AlertAction::Edit,
            id: &alert.id,
            name: &name,
            step: EDIT,
            screens: &[screen::ALERT_INPUT, screen::ALERT_LIST],
            applied,
        };
        match edit.body(form) {
            Ok(body) => self.alert_write(spec, body).await,
            Err(d) => (unexpected(&spec, d), None),
        }
    }

    /// Deletes a condition from the list (`sdiDel(code)`).
    pub async fn delete_alert(
        &mut self,
        page: &AlertPage,
        alert: &Alert,
    ) -> (AlertResult, Option<AlertPage>) {
        let id = alert.id.clone();
        let applied: Applied<'_> =
            Box::new(move |page: &AlertPage| page.by_id(&id).is_none().then(|| id.clone()));
        let spec = Spec {
            action: AlertAction::Delete,
            id: &alert.id,
            name: &alert.name,
            step: DELETE,
            screens: &[screen::ALERT_LIST],
            applied,
        };
        let mut body = page.form.clone();
        if !body.set("sdicod", alert.id.as_str()) {
            return (
                unexpected(&spec, "the list form has no sdicod".into()),
                None,
            );
        }
        self.alert_write(spec, body).await
    }

    /// Runs a two-stage write and reads the list again to decide.
    async fn alert_write(
        &mut self,
        spec: Spec<'_>,
        body: Form,
    ) -> (AlertResult, Option<AlertPage>) {
        let sent = match self.confirm(spec.step, body, spec.screens).await {
            Ok(sent) => sent,
            Err(verdict) => {
                return (
                    AlertResult::new(spec.action, spec.id, spec.name, verdict),
                    None,
                );
            }
        };
        let fresh = self.alert_page().await;
        // A new condition's code is known once the list shows it.
        let shown = fresh.as_ref().ok().and_then(|p| (spec.applied)(p));
        let (verdict, fresh) = settle(
            sent,
            fresh,
            "the alert list",
            |_| shown.is_some(),
            |_, all| Reason::SiteMessage(all.join(" / ")),
        );
        let id = shown.unwrap_or_else(|| spec.id.to_string());
        (
            AlertResult::new(spec.action, &id, spec.name, verdict),
            fresh,
        )
    }
}

fn unexpected(spec: &Spec<'_>, detail: String) -> AlertResult {
    AlertResult::new(spec.action, spec.id, spec.name, Verdict::unexpected(detail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_choice_shows_nothing() {
        assert_eq!(shown_kind("すべて"), None);
        assert_eq!(shown_kind(""), None);
        assert_eq!(shown_kind("児童").as_deref(), Some("児童"));
    }

    #[test]
    fn conditions_compare_folded() {
        let a = Condition {
            title: Some("ＳＦ 傑作".into()),
            ..Condition::default()
        };
        let b = Condition {
            title: Some("sf傑作".into()),
            author: Some(" ".into()),
            ..Condition::default()
        };
        assert!(same_condition(&a, &b));
    }
}
