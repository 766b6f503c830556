//! マイ本棚 parsers on the real pages (tests/fixtures/, CRLF as served) and
//! on the simulator's pages of the same screens.

use jiff::civil::Date;
use toshokan::cli::Seed;
use toshokan::client::parse::shelf::{self, ShelfScreen};
use toshokan::client::parse::{self, confirmation_page, page_form};
use toshokan::model::{Shelf, ShelfContents};
use toshokan::sim::{html_shelves, seed};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

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
fn shelf_fixtures_are_crlf_like_the_live_site() {
    for name in [
        "real/nishinomiya/shelves-1.html",
        "real/nishinomiya/shelves-2.html",
        "real/nishinomiya/shelves-3.html",
        "real/nishinomiya/shelves-4.html",
        "real/nishinomiya/shelf-delete-confirm-1.html",
    ] {
        assert!(fixture(name).contains("\r\n"), "{name} should have CRLF");
    }
}

#[test]
fn the_shelf_list_lives_in_an_html_comment() {
    let page = fixture("real/nishinomiya/shelves-1.html");
    // The DOM has no select[name=otherbook]; only the raw markup does.
    let doc = scraper::Html::parse_document(&page);
    let select = scraper::Selector::parse("select[name=otherbook]").unwrap();
    assert_eq!(doc.select(&select).count(), 0);
    let listed = shelf::commented_shelves(&page).expect("the commented select");
    assert_eq!(
        listed,
        [
            (1, "借りるか悩み中".to_string()),
            (2, "高須にあるやつ".to_string()),
            (3, "借りたことあるやつ".to_string()),
            (4, "今度借りる".to_string()),
            (5, "シリーズ本の借りた続き".to_string()),
        ]
    );
}

#[test]
fn mybooklist_five_shelves_current_one_with_six_items() {
    let (shelves, current) = list(&fixture("real/nishinomiya/shelves-1.html"));
    assert_eq!(
        ids_and_names(&shelves),
        [
            (1, "借りるか悩み中"),
            (2, "高須にあるやつ"),
            (3, "借りたことあるやつ"),
            (4, "今度借りる"),
            (5, "シリーズ本の借りた続き"),
        ]
    );
    assert!(shelves[0].current);
    assert!(
        shelves[1..]
            .iter()
            .all(|s| !s.current && s.item_count.is_none())
    );
    assert_eq!(shelves[0].item_count, Some(6));
    assert_eq!(current.id, 1);
    assert_eq!(current.name, "借りるか悩み中");
    assert_eq!(
        current.memo, None,
        "the memo cell holds only the .skip label"
    );
    let expected = [
        (
            "1001000581719",
            "子どもとお母さんの＊あそびうたえほん",
            Some("小林衛己子"),
            Some("のら書店"),
            "見て考えたい",
        ),
        (
            "1000001137726",
            "おひるねしましょ",
            Some("フィリス・ゲイシャイトー"),
            Some("岩崎書店"),
            "メモ（にんい）",
        ),
        (
            "1000000900088",
            "おふろでじゃぶじゃぶ",
            Some("フィリス・ゲイシャイトー"),
            Some("岩崎書店"),
            "メモ（にんい）",
        ),
        (
            "3000000005274",
            "ミッフィー親子で楽しむてあそびうた",
            Some("中川\u{3000}ひろたか"),
            Some("Ｋｉｎｇ\u{3000}Ｒｅｃｏｒｄ"),
            "メモ（にんい）",
        ),
        (
            "3000000003537",
            "ミッフィー\u{3000}ようちえんほいくえんのあそびうた",
            Some("サカモト児童合唱団"),
            Some("Ｋｉｎｇ\u{3000}Ｒｅｃｏｒｄ"),
            "メモ（にんい）",
        ),
        (
            "3001002415245",
            "ミッフィーこどもヒットソング",
            Some("たいらいさお"),
            Some("キングレコード"),
            "メモ（にんい）",
        ),
    ];
    assert_eq!(current.items.len(), 6);
    for (n, (item, (tilcod, title, author, publisher, memo))) in
        current.items.iter().zip(expected).enumerate()
    {
        assert_eq!(item.id, tilcod);
        assert_eq!(item.title, title, "row {}", n + 1);
        assert_eq!(item.author.as_deref(), author, "row {}", n + 1);
        assert_eq!(item.publisher.as_deref(), publisher, "row {}", n + 1);
        assert_eq!(item.memo.as_deref(), Some(memo));
        assert_eq!(item.added_on, Some(date("2021-09-02")));
        assert_eq!(item.position, n as u32 + 1);
    }
}

#[test]
fn mybooklist_form_has_the_six_controls() {
    let form = page_form(&fixture("real/nishinomiya/shelves-1.html"), "LBForm").unwrap();
    let names: Vec<&str> = form.pairs().iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "hash",
            "returnid",
            "gamenid",
            "tilcod",
            "btnflg",
            "otherbook"
        ]
    );
    assert_eq!(form.get("otherbook"), Some("1"));
    assert_eq!(form.get("gamenid"), Some(shelf::LIST_SCREEN));
}

#[test]
fn zero_shelves_is_the_creation_form() {
    let page = fixture("real/nishinomiya/shelves-2.html");
    assert_eq!(parse::shelf_page(&page).unwrap(), ShelfScreen::Empty);
    assert_eq!(shelf::commented_shelves(&page), Some(Vec::new()));
    let form = page_form(&page, "LBForm").unwrap();
    let names: Vec<&str> = form.pairs().iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "hash", "returnid", "gamenid", "btnflg", "listname", "commnt"
        ]
    );
    assert_eq!(form.get("gamenid"), Some(shelf::NEW_SCREEN));
}

#[test]
fn deleting_a_shelf_three_become_two() {
    let (before, current) = list(&fixture("real/nishinomiya/shelves-3.html"));
    assert_eq!(ids_and_names(&before), [(1, "a"), (2, "b"), (3, "c")]);
    assert_eq!((current.id, current.name.as_str()), (1, "a"));
    assert!(current.items.is_empty(), "no リスト詳細 table: empty shelf");
    assert_eq!(current.memo, None);
    let (after, current) = list(&fixture("real/nishinomiya/shelves-4.html"));
    assert_eq!(ids_and_names(&after), [(2, "b"), (3, "c")]);
    assert_eq!(current.id, 2, "the first remaining shelf becomes current");
    assert!(after[0].current);
}

#[test]
fn delete_confirmation_asks_opacsdi010_with_seven_controls() {
    let page = fixture("real/nishinomiya/shelf-delete-confirm-1.html");
    // Still the list page underneath.
    let (shelves, current) = list(&page);
    assert_eq!(shelves.len(), 3);
    assert_eq!(current.id, 1);
    let confirmation = confirmation_page(&page).unwrap().expect("a question");
    assert_eq!(confirmation.codes, ["OPACSDI010"]);
    assert_eq!(confirmation.ok_field, "okCodes");
    assert_eq!(
        confirmation.action.as_deref(),
        Some("/licsxp-opac/WOpacSdiBookListDelAction.do")
    );
    let echo: Vec<(&str, &str)> = confirmation
        .echo
        .pairs()
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        echo,
        [
            ("delflg", "1"),
            ("hash", "masked-hash-token-2026-08-15"),
            ("returnid", ""),
            ("gamenid", "tiles.WSdiBookList"),
            ("tilcod", ""),
            ("btnflg", "0"),
            ("otherbook", "1"),
        ]
    );
    // A question is not a completion redirect.
    let doc = scraper::Html::parse_document(&page);
    assert_eq!(shelf::parse_completion(&doc).unwrap(), None);
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
        let page = html_shelves::list_page(account, want.number, HASH, &[], None);
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
        &html_shelves::list_page(account, 1, HASH, &[], None),
        "LBForm",
    )
    .unwrap();
    let real = page_form(&fixture("real/nishinomiya/shelves-1.html"), "LBForm").unwrap();
    assert_eq!(names(&sim), names(&real));
    let sim = page_form(&html_shelves::new_page(None, HASH, &[], None), "LBForm").unwrap();
    let real = page_form(&fixture("real/nishinomiya/shelves-2.html"), "LBForm").unwrap();
    assert_eq!(names(&sim), names(&real));
}

#[test]
fn sim_zero_shelf_page_is_the_creation_form() {
    let lib = seed::library(Seed::Demo, today());
    let family = &lib.accounts[1];
    assert!(family.shelves.is_empty());
    let page = html_shelves::new_page(Some(family), HASH, &[], None);
    assert_eq!(parse::shelf_page(&page).unwrap(), ShelfScreen::Empty);
}

#[test]
fn sim_edit_screen_rows_are_tied_by_element_ids() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let shelf_data = &account.shelves[0];
    let page = html_shelves::edit_page(account, shelf_data.number, HASH, &[], None);
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
    assert_eq!(form.get("gamenid"), Some(shelf::EDIT_SCREEN));
}
