//! 新着図書お知らせ: the registered conditions, the per-item results of
//! alert writes, and what `alert check` found.

use serde::Serialize;

use super::arrivals::title_cell;
use super::catalog::flag;
use super::columns::{AUTHOR, AVAIL, Column, FIELD, GENRE, ID, NAME, PUBLISHER, TITLE};
use super::write::{Reported, Worded};
use super::{Cell, Output, date, or_dash};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{
    Alert, AlertAction, AlertField, AlertMatch, AlertReason, AlertResult, Condition, Outcome,
};

const REGISTERED: Column = Column::fixed("登録日", "Registered");

pub fn field_label(lang: Lang, field: AlertField) -> &'static str {
    match field {
        AlertField::Title => lang.t("書名", "title"),
        AlertField::Author => lang.t("著者名", "author"),
        AlertField::Publisher => lang.t("出版者", "publisher"),
        AlertField::Subject => lang.t("件名", "subject"),
        AlertField::Keyword => lang.t("キーワード", "keyword"),
        AlertField::MaterialType => lang.t("資料種別", "type"),
    }
}

/// The fields a condition sets that `only` keeps, as [`condition_text`]
/// words them.
fn fields_text(lang: Lang, condition: &Condition, only: impl Fn(AlertField) -> bool) -> String {
    condition
        .fields()
        .iter()
        .filter(|(f, _)| only(*f))
        .map(|(f, v)| format!("{}={v}", field_label(lang, *f)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `書名=富士山 資料種別=児童`: the fields a condition sets.
pub fn condition_text(lang: Lang, condition: &Condition) -> String {
    fields_text(lang, condition, |_| true)
}

/// Conditions of one or more profiles.
pub fn list(out: &Output, groups: &[(Option<&str>, &[Alert])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [NAME, Column::yielding("条件", "Condition"), REGISTERED];
    let row = |a: &Alert| {
        vec![
            a.name.clone(),
            condition_text(lang, &a.condition),
            date(a.registered_on),
        ]
    };
    let empty = lang.t(
        "登録されている条件はありません。",
        "No alert conditions registered.",
    );
    super::grouped(out, groups, &headers, row, empty)
}

/// One condition: a JSON object, or a field table.
pub fn show(out: &Output, a: &Alert) -> Result<(), CliError> {
    if out.json {
        return out.json(a);
    }
    let lang = out.lang;
    let c = &a.condition;
    let any = || lang.t("すべて", "any").to_string();
    let rows = vec![
        (NAME.header(lang), a.name.clone()),
        (ID.header(lang), a.id.clone()),
        (TITLE.header(lang), or_dash(c.title.as_deref())),
        (lang.t("著者名", "Author"), or_dash(c.author.as_deref())),
        (PUBLISHER.header(lang), or_dash(c.publisher.as_deref())),
        (lang.t("件名", "Subject"), or_dash(c.subject.as_deref())),
        (
            lang.t("キーワード", "Keyword"),
            or_dash(c.keyword.as_deref()),
        ),
        (
            lang.t("資料種別", "Type"),
            c.material_type.clone().unwrap_or_else(any),
        ),
        (REGISTERED.header(lang), date(a.registered_on)),
    ];
    out.fields(FIELD, rows)
}

fn done_text(lang: Lang, action: AlertAction) -> &'static str {
    match action {
        AlertAction::Add => lang.t("登録しました", "registered"),
        AlertAction::Edit => lang.t("変更しました", "changed"),
        AlertAction::Delete => lang.t("削除しました", "deleted"),
    }
}

impl Worded for AlertResult {
    type Own = std::convert::Infallible;
    fn reason(&self) -> &AlertReason {
        &self.reason
    }
    fn done_text(&self, lang: Lang) -> String {
        done_text(lang, self.action).into()
    }
    fn own_text(&self, _: Lang, own: &Self::Own) -> String {
        match *own {}
    }
    const CHECK: &'static str = "toshokan alert list";
}

#[derive(Serialize)]
pub struct Row<'a> {
    id: &'a str,
    /// The condition's name (docs/contract.md#write-results calls the item's label `title`).
    title: &'a str,
    name: &'a str,
    action: AlertAction,
    outcome: Outcome,
    message: String,
    profile: &'a str,
}

impl Reported for AlertResult {
    const ITEM: &'static [Column] = &[ID, NAME];
    fn item_cells(&self, _: Lang) -> Vec<Cell> {
        vec![or_dash(Some(&self.id)).into(), self.name.as_str().into()]
    }
    type Json<'a> = Row<'a>;
    fn json<'a>(&'a self, message: String, profile: &'a str) -> Row<'a> {
        Row {
            id: &self.id,
            title: &self.name,
            name: &self.name,
            action: self.action,
            outcome: self.outcome,
            message,
            profile,
        }
    }
}

/// Per-item results of alert writes.
pub fn results(out: &Output, profile: &str, results: &[AlertResult]) -> Result<(), CliError> {
    super::write::print(out, profile, results)
}

/// What `alert check` found, for one or more profiles.
pub fn matches(out: &Output, groups: &[(Option<&str>, &[AlertMatch])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Column::yielding("条件", "Alert"),
        Column::yielding("一致", "Matched"),
        ID,
        TITLE,
        AUTHOR,
        GENRE,
        AVAIL,
    ];
    let row = |m: &AlertMatch| {
        vec![
            m.alert.clone(),
            fields_text(lang, &m.condition, |f| m.matched_on.contains(&f)),
            m.arrival.id.clone(),
            title_cell(&m.arrival),
            or_dash(m.arrival.author.as_deref()),
            m.arrival.genre_name.clone(),
            flag(m.arrival.available).to_string(),
        ]
    };
    let empty = lang.t(
        "条件に合う新着資料はありません。",
        "No new arrivals match the conditions.",
    );
    super::grouped(out, groups, &headers, row, empty)
}
