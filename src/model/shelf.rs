//! マイ本棚 values: shelves, their titles, and the per-item results of shelf
//! writes. Field names are the JSON contract of `shelf …`.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Outcome, Reason, Verdict};

/// One shelf (リスト) as `shelf list` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shelf {
    /// The site's shelf number (`otherbook`); what SHELF arguments take.
    /// A string in JSON, like every other id; read back from either (a
    /// snapshot written before ids were strings).
    #[serde(
        serialize_with = "number_as_string",
        deserialize_with = "number_or_string"
    )]
    pub id: u32,
    pub name: String,
    /// 本棚・メモ (null when empty).
    pub memo: Option<String>,
    /// Titles on the shelf (null when not read: the site shows one shelf at a time).
    pub item_count: Option<usize>,
    /// The shelf the session shows (and edits) now.
    pub current: bool,
}

/// One title on a shelf (リスト詳細), in the site's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShelfItem {
    /// The title code (tilcod).
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// The item's memo (null when empty).
    pub memo: Option<String>,
    /// 登録日
    pub added_on: Option<Date>,
    /// 1-based place in the site's order.
    pub position: u32,
    /// The title's row has its memo cell (`div.memo`), even empty: a memo
    /// edit of the title can be verified. Not part of the JSON.
    #[serde(skip)]
    pub memo_shown: bool,
}

/// The shelf a page shows, with its titles (`shelf show`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShelfContents {
    #[serde(serialize_with = "number_as_string")]
    pub id: u32,
    pub name: String,
    pub memo: Option<String>,
    pub item_count: usize,
    pub items: Vec<ShelfItem>,
    /// The page has the shelf's memo cell (本棚属性 `td.memo`), even empty:
    /// a `None` memo is then "no memo", not "not shown", and a memo edit
    /// can be verified. Not part of the JSON.
    #[serde(skip)]
    pub memo_shown: bool,
}

/// A shelf number read back from a snapshot: a number, or the string the
/// JSON of other commands gives ids as.
fn number_or_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Number(u32),
        Text(String),
    }
    match Id::deserialize(d)? {
        Id::Number(n) => Ok(n),
        Id::Text(s) => s.trim().parse().map_err(serde::de::Error::custom),
    }
}

impl ShelfContents {
    pub fn item(&self, tilcod: &str) -> Option<&ShelfItem> {
        self.items.iter().find(|i| i.id == tilcod)
    }
}

/// Shelf numbers are ids: in JSON a string, as every id is, so that a
/// script handles ids of any kind alike (docs/json.md).
pub fn number_as_string<S: serde::Serializer>(n: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(n)
}

/// An optional shelf number as an id (see [`number_as_string`]).
pub fn opt_number_as_string<S: serde::Serializer>(
    n: &Option<u32>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => s.collect_str(n),
        None => s.serialize_none(),
    }
}

/// Which shelf write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShelfAction {
    Create,
    Rename,
    Memo,
    Add,
    Remove,
    Move,
    Delete,
}

/// A shelf write's own cases; the shared ones are in [`Reason`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShelfCase {
    /// The title is already on the shelf (the site's message).
    AlreadyOnShelf(String),
    /// The title is not on the shelf.
    NotOnShelf,
}

/// Why a shelf write ended as it did.
pub type ShelfReason = Reason<ShelfCase>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShelfResult {
    pub action: ShelfAction,
    /// The title code (add, remove, move, item memo) or the shelf number (others).
    pub id: String,
    /// The title, or the shelf's name for shelf-level writes.
    pub title: String,
    /// The shelf written to (None when a new shelf's number is not known).
    pub shelf: Option<u32>,
    pub shelf_name: String,
    pub outcome: Outcome,
    pub reason: ShelfReason,
    /// The title's place after a move.
    pub position: Option<u32>,
}

super::written!(ShelfResult);

impl ShelfResult {
    /// A result about the shelf itself (create, rename, memo, delete).
    pub fn for_shelf(
        action: ShelfAction,
        shelf: Option<u32>,
        name: &str,
        verdict: Verdict<ShelfCase>,
    ) -> Self {
        ShelfResult {
            action,
            id: shelf.map(|n| n.to_string()).unwrap_or_default(),
            title: name.to_string(),
            shelf,
            shelf_name: name.to_string(),
            outcome: verdict.outcome,
            reason: verdict.reason,
            position: None,
        }
    }

    /// A result about one title on a shelf.
    pub fn for_item(
        action: ShelfAction,
        shelf: (u32, &str),
        tilcod: &str,
        title: &str,
        verdict: Verdict<ShelfCase>,
    ) -> Self {
        ShelfResult {
            action,
            id: tilcod.to_string(),
            title: title.to_string(),
            shelf: Some(shelf.0),
            shelf_name: shelf.1.to_string(),
            outcome: verdict.outcome,
            reason: verdict.reason,
            position: None,
        }
    }
}
