//! 新着図書お知らせ: the registered conditions, the per-item results of
//! alert writes, and what `alert check` found.

use serde::Serialize;

use super::arrivals::{flag, title_cell};
use super::write::{Worded, message, outcome_cell};
use super::{Cell, Col, Output};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{Alert, AlertAction, AlertField, AlertMatch, AlertReason, AlertResult, Outcome};

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

/// `書名=富士山 資料種別=児童`: the fields a condition sets.
pub fn condition_text(lang: Lang, alert: &crate::model::Condition) -> String {
    alert
        .fields()
        .iter()
        .map(|(f, v)| format!("{}={v}", field_label(lang, *f)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Conditions of one or more profiles.
pub fn list(out: &Output, groups: &[(Option<&str>, &[Alert])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::yielding(lang.t("名称", "Name")),
        Col::yielding(lang.t("条件", "Condition")),
        Col::fixed(lang.t("登録日", "Registered")),
    ];
    let row = |a: &Alert| {
        vec![
            a.name.clone(),
            condition_text(lang, &a.condition),
            super::date(a.registered_on),
        ]
    };
    super::grouped(
        out,
        groups,
        &headers,
        row,
        lang.t(
            "登録されている条件はありません。",
            "No alert conditions registered.",
        ),
    )
}

/// One condition: a JSON object, or a field table.
pub fn show(out: &Output, a: &Alert) -> Result<(), CliError> {
    if out.json {
        return out.json(a);
    }
    let lang = out.lang;
    let c = &a.condition;
    let mut table = out.new_table(&[
        Col::fixed(lang.t("項目", "Field")),
        Col::yielding(lang.t("内容", "Value")),
    ]);
    let rows: [(&str, String); 9] = [
        (lang.t("名称", "Name"), a.name.clone()),
        ("ID", a.id.clone()),
        (lang.t("書名", "Title"), super::or_dash(c.title.as_deref())),
        (
            lang.t("著者名", "Author"),
            super::or_dash(c.author.as_deref()),
        ),
        (
            lang.t("出版者", "Publisher"),
            super::or_dash(c.publisher.as_deref()),
        ),
        (
            lang.t("件名", "Subject"),
            super::or_dash(c.subject.as_deref()),
        ),
        (
            lang.t("キーワード", "Keyword"),
            super::or_dash(c.keyword.as_deref()),
        ),
        (
            lang.t("資料種別", "Type"),
            c.material_type
                .clone()
                .unwrap_or_else(|| lang.t("すべて", "any").to_string()),
        ),
        (lang.t("登録日", "Registered"), super::date(a.registered_on)),
    ];
    for (label, value) in rows {
        table.add_row(vec![label.to_string(), value]);
    }
    out.table(&table)
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
struct Row<'a> {
    id: &'a str,
    /// The condition's name (docs/contract.md#write-results calls the item's label `title`).
    title: &'a str,
    name: &'a str,
    action: AlertAction,
    outcome: Outcome,
    message: String,
    profile: &'a str,
}

/// Per-item results of alert writes.
pub fn results(out: &Output, profile: &str, results: &[AlertResult]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::fixed("ID"),
        Col::yielding(lang.t("名称", "Name")),
        Col::fixed(lang.t("結果", "Outcome")),
        Col::yielding(lang.t("内容", "Message")),
    ];
    let row = |r: &AlertResult| {
        vec![
            Cell::from(super::or_dash(Some(&r.id))),
            Cell::from(r.name.as_str()),
            outcome_cell(lang, r.outcome),
            Cell::from(message(lang, r)),
        ]
    };
    super::write::results(
        out,
        results,
        |r| Row {
            id: &r.id,
            title: &r.name,
            name: &r.name,
            action: r.action,
            outcome: r.outcome,
            message: message(lang, r),
            profile,
        },
        &headers,
        row,
    )
}

/// What `alert check` found, for one or more profiles.
pub fn matches(out: &Output, groups: &[(Option<&str>, &[AlertMatch])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::yielding(lang.t("条件", "Alert")),
        Col::yielding(lang.t("一致", "Matched")),
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::yielding(lang.t("著者", "Author")),
        Col::yielding(lang.t("ジャンル", "Genre")),
        Col::fixed(lang.t("貸出", "Avail")),
    ];
    let row = |m: &AlertMatch| {
        let matched = m
            .condition
            .fields()
            .iter()
            .filter(|(f, _)| m.matched_on.contains(f))
            .map(|(f, v)| format!("{}={v}", field_label(lang, *f)))
            .collect::<Vec<_>>()
            .join(" ");
        vec![
            m.alert.clone(),
            matched,
            m.arrival.id.clone(),
            title_cell(&m.arrival),
            super::or_dash(m.arrival.author.as_deref()),
            m.arrival.genre_name.clone(),
            flag(m.arrival.available).to_string(),
        ]
    };
    super::grouped(
        out,
        groups,
        &headers,
        row,
        lang.t(
            "条件に合う新着資料はありません。",
            "No new arrivals match the conditions.",
        ),
    )
}
