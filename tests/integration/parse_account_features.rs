//! Reading history and calendar parsers on the simulator's pages (the real
//! pages' facts are in `tests/fixtures/real/*/{history,calendar}-N.expect.json`,
//! read by `real_pages`); the modelled settings screens through the
//! same parsers the client uses.

use crate::common::fixture;
use jiff::civil::Date;
use scraper::Html;
use toshokan::cli::Seed;
use toshokan::client::page::screen;
use toshokan::client::parse::{self, calendar, history, settings};
use toshokan::sim::html_account::{self as pages, ReadView, Screen};
use toshokan::sim::seed;

fn today() -> Date {
    "2026-11-28".parse().unwrap()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

#[test]
fn sim_reading_history_round_trips_and_pages_like_the_real_one() {
    let lib = seed::library(Seed::Big, today());
    let account = &lib.accounts[0];
    let rows = &account.patron.history;
    assert!(rows.len() >= 600, "the big seed has hundreds of rows");
    let view = ReadView::default();
    let body = pages::read_list_page(account, HASH, &view, 0, &[]);
    assert!(body.contains("\r\n"));
    let tokens = parse::classify_page(&body, &[screen::HISTORY]).unwrap();
    assert_eq!(tokens.hash, HASH);
    let page = history::parse_history(&Html::parse_document(&body)).unwrap();
    assert_eq!(page.total, Some(rows.len() as u32));
    assert_eq!(page.rows_per_page, Some(10));
    assert_eq!(page.entries.len(), 10);
    for (got, want) in page.entries.iter().zip(rows) {
        assert_eq!(got.id, want.bib.tilcod);
        assert_eq!(got.title, want.bib.title);
        assert_eq!(got.author, want.bib.author);
        assert_eq!(got.publisher, want.bib.publisher);
        assert_eq!(got.loaned_on, want.loaned_on);
        assert_eq!(got.library.as_deref(), Some(want.library.as_str()));
        assert_eq!(got.record.as_deref(), Some(want.mngcod.as_str()));
    }
    assert_eq!(page.next.as_ref().map(|n| n.start), Some(10));
    assert_eq!(page.last_start, Some(((rows.len() - 1) / 10 * 10) as u32));
    // Same form controls, in the same order, as the real list.
    let sim_form = parse::page_form(&body, "LBForm").unwrap();
    let real_form =
        parse::page_form(&fixture("real/nishinomiya/history-2.html"), "LBForm").unwrap();
    let names = |f: &toshokan::client::form::Form| {
        f.pairs().iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
    };
    assert_eq!(names(&sim_form), names(&real_form));
    // 100 rows a page, a later page.
    let view = ReadView {
        rows: Some(100),
        sort: None,
    };
    let body = pages::read_list_page(account, HASH, &view, 600, &[]);
    let page = history::parse_history(&Html::parse_document(&body)).unwrap();
    assert_eq!(page.rows_per_page, Some(100));
    assert_eq!(page.entries.len(), rows.len() - 600);
    assert_eq!(page.entries[0].id, rows[600].bib.tilcod);
    assert!(page.next.is_none());
}

#[test]
fn sim_history_off_is_no_table_and_recording_false() {
    let lib = seed::library(Seed::Demo, today());
    let family = &lib.accounts[1];
    assert!(!family.patron.history_enabled);
    let body = pages::read_list_page(family, HASH, &ReadView::default(), 0, &[]);
    let page = history::parse_history(&Html::parse_document(&body)).unwrap();
    assert!(!page.recording);
    assert!(page.entries.is_empty());
}

#[test]
fn sim_calendar_round_trips() {
    let lib = seed::library(Seed::Demo, today());
    let body = pages::calendar_page(&lib, "", Some("008"));
    parse::classify_page(&body, &[screen::CALENDAR]).unwrap();
    let cal = calendar::parse_calendar(&Html::parse_document(&body)).unwrap();
    assert_eq!(cal.library_code.as_deref(), Some("008"));
    assert_eq!(cal.library.as_deref(), Some("駿河図書館"));
    assert_eq!(cal.months, [(2026, 11), (2026, 12), (2027, 1)]);
    assert_eq!(cal.closed, pages::closed_days("008", today(), 3));
    assert!(cal.closed.contains(&date("2026-12-31")), "year-end closure");
    assert_eq!(
        cal.libraries.len(),
        12,
        "pickup branches, not the mobile library"
    );
}

#[test]
fn sim_user_info_and_settings_screens() {
    let lib = seed::library(Seed::Demo, today());
    let a = &lib.accounts[0];
    let body = pages::user_info_page(&lib, a, HASH, &[]);
    parse::classify_page(&body, &[screen::USER_INFO]).unwrap();
    let info = settings::parse_user_info(&Html::parse_document(&body)).unwrap();
    assert_eq!(info.card.as_deref(), Some(a.card.as_str()));
    assert_eq!(info.expires_on, Some(a.expires_on));
    assert_eq!(info.email, a.email);
    assert_eq!(info.home_phone, a.home_phone);
    assert_eq!(info.pickup_library.as_deref(), Some("中央図書館"));
    assert_eq!(info.contact.as_deref(), Some("メール"));
    assert_eq!(info.history_recording, Some(true));
    // The family member has no e-mail and no history.
    let info = settings::parse_user_info(&Html::parse_document(&pages::user_info_page(
        &lib,
        &lib.accounts[1],
        HASH,
        &[],
    )))
    .unwrap();
    assert_eq!(info.email, None);
    assert_eq!(info.mobile_phone, None);
    assert_eq!(info.history_recording, Some(false));
    // Settings forms carry the fields the client fills.
    for (screen, gamenid, fields) in [
        (
            Screen::Mail,
            screen::CHANGE_MAIL,
            &["mailaddr", "mailaddr2"][..],
        ),
        (Screen::Contact, screen::CONTACT, &["watspt", "renraku"][..]),
        (
            Screen::Password,
            screen::CHANGE_PASSWORD,
            &["oldpwd", "newpwd", "newpwd2"][..],
        ),
        (
            Screen::History,
            screen::HISTORY_SETTING,
            &["agreeflg", "rireki"][..],
        ),
    ] {
        let body = pages::settings_page(&lib, a, HASH, screen, &[], None);
        let tokens = parse::classify_page(&body, &[gamenid]).unwrap();
        assert_eq!(tokens.hash, HASH);
        let form = parse::page_form(&body, "LBForm").unwrap();
        for f in fields {
            assert!(form.get(f).is_some(), "{gamenid} has {f}");
        }
    }
    let body = pages::settings_page(&lib, a, HASH, Screen::History, &[], None);
    let doc = Html::parse_document(&body);
    assert!(settings::terms_text(&doc).unwrap().contains("記録しない"));
    assert_eq!(settings::select_options(&doc, "rireki").len(), 2);
    let body = pages::settings_page(&lib, a, HASH, Screen::Contact, &[], None);
    let doc = Html::parse_document(&body);
    let contacts = settings::select_options(&doc, "renraku");
    assert!(contacts.iter().any(|(_, n)| n == "電話連絡（携帯）"));
}

#[test]
fn sim_empty_history_is_recording_with_no_rows() {
    let lib = seed::library(Seed::Empty, today());
    let account = &lib.accounts[0];
    let body = pages::read_list_page(account, HASH, &ReadView::default(), 0, &[]);
    let page = history::parse_history(&Html::parse_document(&body)).unwrap();
    assert!(page.recording);
    assert_eq!(page.total, Some(0));
    assert!(page.entries.is_empty());
    assert!(page.next.is_none());
}
