//! 新着資料 parsers beyond "this page gives these facts" (those are in
//! `tests/fixtures/real/*/arrivals*.expect.json`: genres 01/22/27; three rows
//! with ○ / × / empty lend flags): the two screens told apart, the same
//! parsers on the simulator's pages; the modelled 新着図書お知らせ screens of
//! the simulator through the client's parsers.

use crate::common::fixture;
use jiff::ToSpan;
use toshokan::cli::Seed;
use toshokan::client::ClientError;
use toshokan::client::page::screen;
use toshokan::client::parse::alert;
use toshokan::client::parse::arrivals::{arrivals_page, genres_page};
use toshokan::client::parse::{classify_page, confirmation_page, page_form};
use toshokan::model::{AlertField, Genre};
use toshokan::sim::html::Confirm;
use toshokan::sim::sdi::{KINDS, SimAlert};
use toshokan::sim::{html_sdi, seed};

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

fn today() -> jiff::civil::Date {
    "2026-11-28".parse().unwrap()
}

fn genre(code: &str, name: &str) -> Genre {
    Genre {
        code: code.into(),
        name: name.into(),
    }
}

// ---------------------------------------------------------------- real pages

#[test]
fn new_arrival_fixtures_are_crlf() {
    for name in [
        "real/nishinomiya/arrivals-menu-1.html",
        "real/nishinomiya/arrivals-1.html",
    ] {
        assert!(fixture(name).contains("\r\n"), "{name}");
    }
}

#[test]
fn the_two_screens_are_not_mistaken_for_each_other() {
    let g = genre("22", "日本の小説");
    assert!(matches!(
        arrivals_page(&fixture("real/nishinomiya/arrivals-menu-1.html"), &g),
        Err(ClientError::Layout { .. })
    ));
    assert!(matches!(
        genres_page(&fixture("real/nishinomiya/arrivals-1.html")),
        Err(ClientError::Layout { .. })
    ));
}

// ---------------------------------------------------------- simulator pages

#[test]
fn sim_genre_menu_has_the_real_shape() {
    let lib = seed::library(Seed::Demo, today());
    let body = html_sdi::genre_menu_page(&lib, None, HASH);
    assert!(body.contains("summary=\"貸出／予約ベスト一覧表\""));
    assert!(body.contains("\r\n"));
    assert_eq!(
        classify_page(&body, &[html_sdi::SCREEN_NEW_MENU])
            .unwrap()
            .hash,
        HASH
    );
    let genres = genres_page(&body).unwrap();
    let expected: Vec<Genre> = lib
        .sdi
        .genres
        .iter()
        .map(|g| genre(&g.code, &g.name))
        .collect();
    assert_eq!(genres, expected);
    for (code, name) in [
        ("01", "総記・情報科学"),
        ("22", "日本の小説"),
        ("27", "絵本・紙芝居"),
    ] {
        assert!(
            genres.contains(&genre(code, name)),
            "{code} as on the real menu"
        );
    }
}

#[test]
fn sim_list_round_trips_through_the_parser() {
    let mut lib = seed::library(Seed::Demo, today());
    // A day later yesterday's titles are catalogued (○ or ×), today's are 整理中 (empty).
    lib.advance_to(today().checked_add(1.days()).unwrap());
    let mut flags = std::collections::BTreeSet::new();
    let mut total = 0;
    for g in lib.sdi.genres.clone() {
        let body = html_sdi::genre_list_page(&lib, None, HASH, &g.code).unwrap();
        let genre = genre(&g.code, &g.name);
        let rows = arrivals_page(&body, &genre).unwrap();
        let listed = lib.sdi.arrivals_in(&g.code);
        assert_eq!(rows.len(), listed.len(), "genre {}", g.code);
        for (row, arrival) in rows.iter().zip(&listed) {
            let t = lib.title(&arrival.tilcod).unwrap();
            assert_eq!(row.id, t.bib.tilcod);
            assert_eq!(row.title, t.bib.title);
            assert_eq!(row.material_type.as_ref(), Some(&t.bib.material_type));
            assert_eq!(row.author, t.bib.author);
            assert_eq!(row.publisher, t.bib.publisher);
            assert_eq!(row.classification.as_deref(), Some(t.ndc.as_str()));
            assert_eq!(
                row.volume.as_deref(),
                Some(arrival.volume.as_str()).filter(|v| !v.is_empty())
            );
            flags.insert(format!("{:?}", row.available));
        }
        total += rows.len();
    }
    assert_eq!(total, lib.sdi.arrivals.len());
    assert_eq!(flags.len(), 3, "○, × and empty all occur: {flags:?}");
    // An unknown genre has no page (the server answers its error page).
    assert!(html_sdi::genre_list_page(&lib, None, HASH, "99").is_none());
}

#[test]
fn sim_alert_list_round_trips_through_the_parser() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let body = html_sdi::alert_menu_page(&lib, account, HASH, &[], None);
    assert_eq!(
        classify_page(&body, &[screen::ALERT_LIST]).unwrap().hash,
        HASH
    );
    let listed = alert::alert_list_page(&body).unwrap();
    let held = lib.sdi.alerts_of(&account.card);
    assert_eq!(listed.len(), held.len());
    for (a, h) in listed.iter().zip(held) {
        assert_eq!(a.id, h.code);
        assert_eq!(a.name, h.name);
        let text = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
        assert_eq!(a.condition.title, text(&h.title));
        assert_eq!(a.condition.author, text(&h.author));
        assert_eq!(a.condition.keyword, text(&h.keyword));
        assert_eq!(a.condition.material_type, text(h.kind_label()));
        assert_eq!(a.registered_on, h.registered_on);
    }
    let form = page_form(&body, "LBForm").unwrap();
    let names: Vec<&str> = form.pairs().iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["hash", "returnid", "gamenid", "sdicod"]);
    // The empty account's list has a count of 0 and no rows.
    let empty = seed::library(Seed::Empty, today());
    let body = html_sdi::alert_menu_page(&empty, &empty.accounts[0], HASH, &[], None);
    assert!(alert::alert_list_page(&body).unwrap().is_empty());
}

#[test]
fn sim_alert_form_is_read_by_its_labels() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let values = SimAlert {
        code: "0002".into(),
        name: "宮部みゆき".into(),
        author: "宮部みゆき".into(),
        kind: "2".into(),
        ..SimAlert::default()
    };
    let body = html_sdi::alert_input_page(account, HASH, &values, &[], None);
    assert_eq!(
        classify_page(&body, &[screen::ALERT_INPUT]).unwrap().hash,
        HASH
    );
    let form = alert::alert_form_page(&body).unwrap();
    assert_eq!(form.code.as_deref(), Some("0002"));
    assert_eq!(form.name_field, "serchname");
    assert_eq!(form.name_max, Some(50));
    assert_eq!(form.field(AlertField::Title), Some("sdititle"));
    assert_eq!(form.field(AlertField::Author), Some("sdiauthor"));
    assert_eq!(form.field(AlertField::Publisher), Some("sdipublish"));
    assert_eq!(form.field(AlertField::Subject), Some("sdisubject"));
    assert_eq!(form.field(AlertField::Keyword), Some("pcfsdiserch"));
    assert_eq!(form.kind_field.as_deref(), Some("sdimngshu"));
    assert_eq!(form.kinds.len(), KINDS.len());
    assert_eq!(form.form.get("sdiauthor"), Some("宮部みゆき"));
    assert_eq!(form.form.get("sdimngshu"), Some("2"));
}

#[test]
fn sim_alert_confirmation_has_the_generic_shape() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let echo = vec![
        ("hash".to_string(), HASH.to_string()),
        ("serchname".to_string(), "富士山".to_string()),
    ];
    let confirm = Confirm {
        code: "OPACSDI201",
        message: "この条件で登録します。よろしいですか？",
        action: Some("/licsxp-opac/WOpacSdiInputExecAction.do"),
        echo: &echo,
    };
    let values = SimAlert::default();
    let body = html_sdi::alert_input_page(account, HASH, &values, &[], Some(&confirm));
    let c = confirmation_page(&body).unwrap().unwrap();
    assert_eq!(c.codes, ["OPACSDI201"]);
    assert_eq!(c.ok_field, "okCodes");
    assert_eq!(
        c.action.as_deref(),
        Some("/licsxp-opac/WOpacSdiInputExecAction.do")
    );
    assert_eq!(c.echo.pairs(), echo.as_slice());
}
