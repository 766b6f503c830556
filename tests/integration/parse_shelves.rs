//! マイ本棚 parsers on the simulator's pages (the real pages' facts are in
//! `tests/fixtures/real/*/shelves-N.expect.json` and
//! `shelf-delete-confirm-N.expect.json`, read by `real_pages`), and the
//! shelf controls of the title detail page.

use crate::common::fixture;
use jiff::civil::Date;
use toshokan::cli::Seed;
use toshokan::client::page::screen;
use toshokan::client::parse::shelf::{self, ShelfScreen};
use toshokan::client::parse::{self, page_form};
use toshokan::model::{Shelf, ShelfContents};
use toshokan::sim::html_shelf::{self, ShelfView};
use toshokan::sim::seed;

fn date(s: &str) -> Date {
    s.parse().expect("test date")
}

fn list(body: &str) -> (Vec<Shelf>, ShelfContents) {
    match parse::shelf_page(body).expect("a shelf page") {
        ShelfScreen::List { shelves, current } => (shelves, current),
        ShelfScreen::Empty => panic!("expected the shelf list, got the creation form"),
    }
}

fn ids_and_names(shelves: &[Shelf]) -> Vec<(u32, &str)> {
    shelves.iter().map(|s| (s.id, s.name.as_str())).collect()
}

#[test]
fn detail_page_offers_the_shelf_select_and_memo() {
    let form = page_form(&fixture("real/nishinomiya/detail-1.html"), "LBForm").unwrap();
    assert_eq!(form.pairs().len(), 29, "27 hidden + booklist + commnt");
    assert_eq!(form.get("booklist"), Some("0"));
    assert_eq!(form.get("commnt"), Some("メモ（任意）"));
}

// ---- the simulator's pages through the same parsers ----

fn today() -> Date {
    date("2026-11-28")
}

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

#[test]
fn sim_shelf_page_round_trips_through_the_parser() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    assert_eq!(account.shelves.len(), 3);
    for want in &account.shelves {
        let page = html_shelf::shelf_page(ShelfView::List, account, want.number, HASH, &[], None);
        assert!(page.contains("\r\n"));
        let (shelves, current) = list(&page);
        assert_eq!(
            ids_and_names(&shelves),
            account
                .shelves
                .iter()
                .map(|s| (s.number, s.name.as_str()))
                .collect::<Vec<_>>()
        );
        assert_eq!(current.id, want.number);
        assert_eq!(current.name, want.name);
        assert_eq!(current.memo.as_deref().unwrap_or(""), want.memo);
        assert_eq!(current.items.len(), want.items.len());
        for (got, item) in current.items.iter().zip(&want.items) {
            assert_eq!(got.id, item.bib.tilcod);
            assert_eq!(got.title, item.bib.title);
            assert_eq!(got.author, item.bib.author);
            assert_eq!(got.memo.as_deref().unwrap_or(""), item.memo);
            assert_eq!(got.added_on, Some(item.added_on));
        }
    }
}

#[test]
fn sim_shelf_page_has_the_real_form_shape() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let names = |f: &toshokan::client::form::Form| {
        f.pairs().iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
    };
    let sim = page_form(
        &html_shelf::shelf_page(ShelfView::List, account, 1, HASH, &[], None),
        "LBForm",
    )
    .unwrap();
    let real = page_form(&fixture("real/nishinomiya/shelves-1.html"), "LBForm").unwrap();
    assert_eq!(names(&sim), names(&real));
    let sim = page_form(&html_shelf::new_page(None, HASH, &[], None), "LBForm").unwrap();
    let real = page_form(&fixture("real/nishinomiya/shelves-2.html"), "LBForm").unwrap();
    assert_eq!(names(&sim), names(&real));
}

#[test]
fn sim_zero_shelf_page_is_the_creation_form() {
    let lib = seed::library(Seed::Demo, today());
    let family = &lib.accounts[1];
    assert!(family.shelves.is_empty());
    let page = html_shelf::new_page(Some(family), HASH, &[], None);
    assert_eq!(parse::shelf_page(&page).unwrap(), ShelfScreen::Empty);
}

#[test]
fn sim_edit_screen_rows_are_tied_by_element_ids() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let shelf_data = &account.shelves[0];
    let page = html_shelf::shelf_page(ShelfView::Edit, account, shelf_data.number, HASH, &[], None);
    let doc = scraper::Html::parse_document(&page);
    let rows = shelf::parse_edit_rows(&doc).unwrap();
    assert_eq!(rows.len(), shelf_data.items.len());
    for (row, item) in rows.iter().zip(&shelf_data.items) {
        assert_eq!(row.tilcod, item.bib.tilcod);
        assert_eq!(row.memo, item.memo);
        assert_eq!(row.order, item.order.to_string());
    }
    let form = page_form(&page, "LBForm").unwrap();
    let names: Vec<&str> = form.pairs().iter().map(|(n, _)| n.as_str()).collect();
    let n = shelf_data.items.len();
    let mut expected = vec![
        "hash",
        "returnid",
        "gamenid",
        "tilcod",
        "dispflg",
        "otherbook",
        "listname",
        "commnt",
    ];
    if shelf_data.initial {
        expected.push("disp_chk");
    }
    for _ in 0..n {
        expected.extend(["bookcmnt", "eachcmnt", "sortno", "eachsortno"]);
    }
    assert_eq!(names, expected);
    assert_eq!(form.get("gamenid"), Some(screen::SHELF_EDIT));
}
