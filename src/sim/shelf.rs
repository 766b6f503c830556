//! The simulated マイ本棚: shelves with their numbers, names, memos and
//! titles (memo, order number, registration date), and the demo seed.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize};

use super::catalog::Title;
use super::state::Bib;

/// Longest shelf name the site takes (`maxlength="50"`).
pub const NAME_MAX: usize = 50;
/// Longest memo (`maxlength="1000"`).
pub const MEMO_MAX: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shelf {
    /// The site's number (`otherbook`), assigned at creation, never reused
    /// while the shelf exists.
    pub number: u32,
    pub name: String,
    #[serde(default)]
    pub memo: String,
    /// 最初に表示されるリストにする (`disp_chk`).
    #[serde(default)]
    pub initial: bool,
    /// Titles in the order the site shows them (re-sorted by `order` on save).
    #[serde(default)]
    pub items: Vec<ShelfItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShelfItem {
    pub bib: Bib,
    pub memo: String,
    /// `sortno`: may repeat or be 0; only a save sorts by it.
    pub order: i64,
    pub added_on: Date,
}

impl Shelf {
    pub fn item(&self, tilcod: &str) -> Option<&ShelfItem> {
        self.items.iter().find(|i| i.bib.tilcod == tilcod)
    }

    /// The order number a newly added title gets (after the last one).
    pub fn next_order(&self) -> i64 {
        self.items.iter().map(|i| i.order).max().unwrap_or(0) + 1
    }

    /// What a save does: order number ascending, ties by registration date.
    pub fn resort(&mut self) {
        self.items.sort_by_key(|i| (i.order, i.added_on));
    }
}

/// A shelf as older state files stored it (its name only) or in full.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Full(Shelf),
    Name(String),
}

/// Reads `shelves`, numbering bare names (state files from before shelves
/// had contents) in their order.
pub fn deserialize_shelves<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Shelf>, D::Error> {
    let stored = Vec::<Stored>::deserialize(d)?;
    let mut next = 1;
    Ok(stored
        .into_iter()
        .map(|s| {
            let shelf = match s {
                Stored::Full(shelf) => shelf,
                Stored::Name(name) => Shelf {
                    number: next,
                    name,
                    memo: String::new(),
                    initial: false,
                    items: Vec::new(),
                },
            };
            next = next.max(shelf.number + 1);
            shelf
        })
        .collect())
}

/// The demo patron's three shelves, with titles from the catalogue.
pub fn demo_shelves(catalog: &[Title], today: Date) -> Vec<Shelf> {
    let day = |n: i64| today.checked_sub(n.days()).unwrap_or(today);
    let pick = |skip: usize, wanted: &dyn Fn(&Title) -> bool, n: usize| -> Vec<Bib> {
        catalog
            .iter()
            .skip(skip)
            .filter(|t| wanted(t))
            .take(n)
            .map(|t| t.bib.clone())
            .collect()
    };
    let item = |bib: Bib, memo: &str, order: i64, added: i64| ShelfItem {
        bib,
        memo: memo.to_string(),
        order,
        added_on: day(added),
    };
    let reading = pick(40, &|_| true, 4);
    let children = pick(60, &|t| t.bib.material_type.contains("児童"), 3);
    let shizuoka = pick(0, &|t| t.bib.title.contains("静岡"), 3);
    let memos = ["次に借りる", "", "友だちのおすすめ", ""];
    vec![
        Shelf {
            number: 1,
            name: "読みたい本".into(),
            memo: "気になった本を集めておく".into(),
            initial: true,
            items: reading
                .into_iter()
                .enumerate()
                .map(|(i, b)| {
                    item(
                        b,
                        memos[i % memos.len()],
                        1000 * (i as i64 + 1),
                        40 - i as i64,
                    )
                })
                .collect(),
        },
        Shelf {
            number: 2,
            name: "子ども向け".into(),
            memo: String::new(),
            initial: false,
            items: children
                .into_iter()
                .enumerate()
                .map(|(i, b)| item(b, "", i as i64 + 1, 20 - i as i64))
                .collect(),
        },
        Shelf {
            number: 3,
            name: "静岡の本".into(),
            memo: "郷土の本".into(),
            initial: false,
            items: shizuoka
                .into_iter()
                .enumerate()
                .map(|(i, b)| item(b, "", i as i64 + 1, 10 - i as i64))
                .collect(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_state_files_with_bare_names_still_load() {
        #[derive(Deserialize)]
        struct Holder {
            #[serde(deserialize_with = "deserialize_shelves")]
            shelves: Vec<Shelf>,
        }
        let h: Holder = serde_json::from_str(r#"{"shelves":["読みたい本","子ども向け"]}"#).unwrap();
        assert_eq!(
            h.shelves
                .iter()
                .map(|s| (s.number, s.name.as_str()))
                .collect::<Vec<_>>(),
            [(1, "読みたい本"), (2, "子ども向け")]
        );
    }

    #[test]
    fn demo_shelves_have_titles_from_the_catalogue() {
        let today: Date = "2026-11-28".parse().unwrap();
        let lib = crate::sim::seed::library(crate::cli::Seed::Demo, today);
        let shelves = &lib.accounts[0].shelves;
        assert_eq!(shelves.len(), 3);
        for shelf in shelves {
            assert!(shelf.items.len() >= 2, "{}", shelf.name);
            for item in &shelf.items {
                assert!(lib.title(&item.bib.tilcod).is_some());
            }
        }
    }
}
