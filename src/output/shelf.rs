//! `shelf …` output: the shelves, one shelf's titles, per-item write results.

use serde::Serialize;

use super::columns::{AUTHOR, Column, ID, MEMO, TITLE};
use super::write::{Reported, Worded};
use super::{Cell, Output, date, value_or_dash};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::{
    Outcome, Shelf, ShelfAction, ShelfCase, ShelfContents, ShelfReason, ShelfResult,
};

/// A shelf's number, name, count and memo: `shelf list` a row a shelf,
/// `shelf show` one row above the titles.
const SHELF_COLUMNS: [Column; 4] = [
    Column::fixed("No.", "No."),
    Column::yielding("本棚名", "Name"),
    Column::fixed("件数", "Titles"),
    MEMO,
];

/// `shelf list`: a JSON array, or a table (one or more profiles).
pub fn print_shelves(out: &Output, groups: &[(Option<&str>, &[Shelf])]) -> Result<(), CliError> {
    let lang = out.lang;
    let row = |s: &Shelf| {
        vec![
            if s.current {
                format!("{}*", s.id)
            } else {
                s.id.to_string()
            },
            s.name.clone(),
            value_or_dash(s.item_count),
            s.memo.clone().unwrap_or_default(),
        ]
    };
    super::grouped(
        out,
        groups,
        &SHELF_COLUMNS,
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
    let mut head = out.new_table(&SHELF_COLUMNS);
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
        Column::fixed("#", "#"),
        ID,
        TITLE,
        AUTHOR,
        MEMO,
        Column::fixed("登録日", "Added"),
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
pub struct Row<'a> {
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

impl Reported for ShelfResult {
    const ITEM: &'static [Column] = &[
        Column::fixed("本棚", "Shelf"),
        ID,
        Column::yielding("書名・本棚名", "Title / name"),
    ];
    fn item_cells(&self, _: Lang) -> Vec<Cell> {
        vec![
            value_or_dash(self.shelf).into(),
            self.id.as_str().into(),
            self.title.as_str().into(),
        ]
    }
    type Json<'a> = Row<'a>;
    fn json<'a>(&'a self, message: String, profile: &'a str) -> Row<'a> {
        Row {
            id: &self.id,
            title: &self.title,
            action: self.action,
            outcome: self.outcome,
            message,
            shelf: self.shelf,
            shelf_name: &self.shelf_name,
            position: self.position,
            profile,
        }
    }
}

/// Write results: a JSON array of per-item results, or a table.
pub fn print_results(out: &Output, profile: &str, results: &[ShelfResult]) -> Result<(), CliError> {
    super::write::print(out, profile, results)
}
