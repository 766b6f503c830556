//! `shelf …` output: the shelves, one shelf's titles, per-item write results.

use serde::Serialize;

use super::write::{Worded, message, outcome_cell};
use super::{Cell, Col, Output, date};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{
    Outcome, Shelf, ShelfAction, ShelfCase, ShelfContents, ShelfReason, ShelfResult,
};

/// `shelf list`: a JSON array, or a table (one or more profiles).
pub fn print_shelves(out: &Output, groups: &[(Option<&str>, &[Shelf])]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::fixed("No."),
        Col::yielding(lang.t("本棚名", "Name")),
        Col::fixed(lang.t("件数", "Titles")),
        Col::yielding(lang.t("メモ", "Memo")),
    ];
    let row = |s: &Shelf| {
        vec![
            if s.current {
                format!("{}*", s.id)
            } else {
                s.id.to_string()
            },
            s.name.clone(),
            s.item_count.map_or_else(|| "-".into(), |n| n.to_string()),
            s.memo.clone().unwrap_or_default(),
        ]
    };
    super::grouped(
        out,
        groups,
        &headers,
        row,
        lang.t(
            "本棚はありません。`toshokan shelf create 名前` で作成できます。",
            "No shelves. Create one with `toshokan shelf create NAME`.",
        ),
    )
}

/// `shelf show`: one JSON object, or the shelf's name and memo followed by
/// its titles.
pub fn print_contents(out: &Output, shelf: &ShelfContents) -> Result<(), CliError> {
    let lang = out.lang;
    if out.json {
        return out.json(shelf);
    }
    let mut head = out.new_table(&[
        Col::fixed("No."),
        Col::yielding(lang.t("本棚名", "Name")),
        Col::fixed(lang.t("件数", "Titles")),
        Col::yielding(lang.t("メモ", "Memo")),
    ]);
    head.add_row(vec![
        shelf.id.to_string(),
        shelf.name.clone(),
        shelf.item_count.to_string(),
        shelf.memo.clone().unwrap_or_default(),
    ]);
    out.table(&head)?;
    if shelf.items.is_empty() {
        out.note(lang.t("この本棚は空です。", "The shelf is empty."));
        return Ok(());
    }
    let mut table = out.new_table(&[
        Col::fixed("#"),
        Col::fixed("ID"),
        Col::yielding(lang.t("書名", "Title")),
        Col::yielding(lang.t("著者", "Author")),
        Col::yielding(lang.t("メモ", "Memo")),
        Col::fixed(lang.t("登録日", "Added")),
    ]);
    for item in &shelf.items {
        table.add_row(vec![
            item.position.to_string(),
            item.id.clone(),
            item.title.clone(),
            item.author.clone().unwrap_or_default(),
            item.memo.clone().unwrap_or_default(),
            date(item.added_on),
        ]);
    }
    out.table(&table)
}

fn done_text(lang: Lang, r: &ShelfResult) -> String {
    match r.action {
        ShelfAction::Create => match r.shelf {
            Some(n) => format!("{} (No. {n})", lang.t("作成しました", "created")),
            None => lang.t("作成しました", "created").into(),
        },
        ShelfAction::Rename => lang.t("名前を変更しました", "renamed").into(),
        ShelfAction::Memo => lang.t("メモを変更しました", "memo changed").into(),
        ShelfAction::Add => lang.t("本棚に追加しました", "added to the shelf").into(),
        ShelfAction::Remove => lang
            .t("本棚から外しました", "removed from the shelf")
            .into(),
        ShelfAction::Move => match r.position {
            Some(n) => format!("{} {n}", lang.t("移動しました: 位置", "moved to place")),
            None => lang.t("移動しました", "moved").into(),
        },
        ShelfAction::Delete => lang.t("本棚を削除しました", "shelf deleted").into(),
    }
}

impl Worded for ShelfResult {
    type Own = ShelfCase;
    fn reason(&self) -> &ShelfReason {
        &self.reason
    }
    fn done_text(&self, lang: Lang) -> String {
        done_text(lang, self)
    }
    fn own_text(&self, lang: Lang, own: &ShelfCase) -> String {
        match own {
            ShelfCase::AlreadyOnShelf(m) => format!(
                "{}: {m}",
                lang.t("すでにこの本棚にあります", "already on this shelf")
            ),
            ShelfCase::NotOnShelf => lang.t("この本棚にありません", "not on this shelf").into(),
        }
    }
    const CHECK: &'static str = "toshokan shelf show";
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    action: ShelfAction,
    outcome: Outcome,
    message: String,
    #[serde(serialize_with = "crate::model::shelf::opt_number_as_string")]
    shelf: Option<u32>,
    shelf_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<u32>,
    profile: &'a str,
}

/// Write results: a JSON array of per-item results, or a table.
pub fn print_results(out: &Output, profile: &str, results: &[ShelfResult]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Col::fixed(lang.t("本棚", "Shelf")),
        Col::fixed("ID"),
        Col::yielding(lang.t("書名・本棚名", "Title / name")),
        Col::fixed(lang.t("結果", "Outcome")),
        Col::yielding(lang.t("内容", "Message")),
    ];
    let row = |r: &ShelfResult| {
        vec![
            Cell::from(r.shelf.map_or_else(|| "-".into(), |n| n.to_string())),
            Cell::from(r.id.as_str()),
            Cell::from(r.title.as_str()),
            outcome_cell(lang, r.outcome),
            Cell::from(message(lang, r)),
        ]
    };
    super::write::results(
        out,
        results,
        |r| Row {
            id: &r.id,
            title: &r.title,
            action: r.action,
            outcome: r.outcome,
            message: message(lang, r),
            shelf: r.shelf,
            shelf_name: &r.shelf_name,
            position: r.position,
            profile,
        },
        &headers,
        row,
    )
}
