//! Reading history and calendar parsers on the real pages (Nishinomiya,
//! CRLF as served) and on the simulator's pages of the same screens; the
//! modelled settings screens through the same parsers the client uses.

use jiff::civil::Date;
use scraper::Html;
use toshokan::cli::Seed;
use toshokan::client::parse::{self, calendar, history, settings};
use toshokan::sim::html_account::{self as pages, ReadView, Screen};
use toshokan::sim::seed;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn today() -> Date {
    "2026-11-28".parse().unwrap()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

#[test]
fn real_reading_history_page() {
    let body = fixture("real/nishinomiya/history-2.html");
    assert!(body.contains("\r\n"));
    let tokens = parse::classify_page(&body, &[history::SCREEN]).unwrap();
    assert_eq!(tokens.hash, "e641f39aae26eb7e55d4e20f548261a4a5072b8b");
    let page = history::parse_history(&Html::parse_document(&body)).unwrap();
    assert_eq!(page.total, Some(597));
    assert_eq!(page.rows_per_page, Some(10));
    assert!(page.recording);
    assert_eq!(page.entries.len(), 10);
    let expected = [
        (
            "1000001824541",
            "ナゾロリ　まじめにふまじめ×ミステリー",
            "原 ゆたか",
            "ポプラ社",
            "2026-07-18",
            "421836438",
            "2026/07/18 12:53:20",
        ),
        (
            "1000001673038",
            "クリシュナのつるぎ　インドのむかしばなし",
            "秋野 癸巨矢",
            "BL出版",
            "2026-07-18",
            "323448522",
            "2026/07/18 12:53:20",
        ),
        (
            "1000001990533",
            "どっちが強い!?一角獣サバイバル　雪山の大ヅノ対決　角川まんが科学シリーズ A40",
            "ヴェズィル",
            "KADOKAWA",
            "2026-07-16",
            "221393770",
            "2026/07/16 16:23:04",
        ),
        (
            "1000001246421",
            "キャラクターでわかる星と宇宙　楽しくてためになる!",
            "藤井 旭",
            "世界文化社",
            "2026-07-16",
            "323364950",
            "2026/07/16 16:23:03",
        ),
        (
            "1000001396511",
            "なぞとき対決!名探偵コナン　BIG KOROTAN",
            "青山 剛昌",
            "小学館",
            "2026-07-16",
            "125411678",
            "2026/07/16 16:23:03",
        ),
        (
            "1000001684487",
            "ボカロソングガイド名曲100選　星海社新書 230",
            "柴 那典",
            "星海社",
            "2026-07-16",
            "412799736",
            "2026/07/16 16:23:02",
        ),
        (
            "1001000381992",
            "かいけつゾロリ大けっとう!ゾロリじょう　ポプラ社の新小さな童話 １５０",
            "原 ゆたか",
            "ポプラ社",
            "2026-07-04",
            "221291099",
            "2026/07/04 12:46:03",
        ),
        (
            "1000000375113",
            "かいけつゾロリきょうふのようかいえんそく　〔ポプラ社の新・小さな童話〕　〔２４７〕 かいけつゾロリシリーズ　４６",
            "原　ゆたか",
            "ポプラ社",
            "2026-07-04",
            "222093130",
            "2026/07/04 12:46:01",
        ),
        (
            "1000000817183",
            "かいてんずしのきょうふ　ゆうれいたんていドロヒュー 5",
            "やまもと しょうぞう",
            "フレーベル館",
            "2026-07-04",
            "222057515",
            "2026/07/04 12:46:00",
        ),
        (
            "1000001556048",
            "いきもの必殺技図鑑　いきものたちが繰り出すすごい必殺技がズラリ!",
            "實吉 達郎",
            "カンゼン",
            "2026-07-04",
            "426110003",
            "2026/07/04 12:45:59",
        ),
    ];
    for (got, (id, title, author, publisher, loaned, record, at)) in
        page.entries.iter().zip(expected)
    {
        assert_eq!(got.id, id);
        assert_eq!(got.title, title, "{id}");
        assert!(!got.title.starts_with('\u{3000}'));
        assert_eq!(got.author.as_deref(), Some(author), "{id}");
        assert_eq!(got.publisher.as_deref(), Some(publisher), "{id}");
        assert_eq!(got.loaned_on, date(loaned));
        assert_eq!(got.library.as_deref(), Some("高須分室"));
        assert_eq!(got.loan_type.as_deref(), Some("通常貸出"));
        assert_eq!(got.record.as_deref(), Some(record));
        assert_eq!(got.loaned_at.as_deref(), Some(at));
    }
    let next = page.next.unwrap();
    assert_eq!(next.start, 10);
    assert_eq!(
        next.href,
        "WOpacUsrReadListAction.do?sortKey=KASYMD&isAsc=false&startIndex=10&hash=e641f39aae26eb7e55d4e20f548261a4a5072b8b"
    );
    assert_eq!(page.last_start, Some(590));
    // The list form is what the page-size switch re-posts.
    let form = parse::page_form(&body, "LBForm").unwrap();
    assert_eq!(form.get("rowsPerPage"), Some("10"));
    assert_eq!(form.get("dispmaxnum"), Some("10"));
}

#[test]
fn synthetic_reading_history_page_with_sloppier_markup() {
    let body = fixture("real/nishinomiya/history-1.html");
    let page = history::parse_history(&Html::parse_document(&body)).unwrap();
    assert_eq!(page.entries.len(), 2);
    assert_eq!(page.entries[0].id, "1000000000001");
    assert_eq!(
        page.entries[1].id, "1000000000002",
        "para= works like tilcod="
    );
    assert_eq!(page.entries[0].loaned_on, date("2026-07-18"));
    assert_eq!(page.entries[1].library.as_deref(), Some("北口図書館"));
    assert_eq!(page.next.map(|n| n.start), Some(20));
    assert_eq!(page.last_start, Some(100));
}

#[test]
fn real_calendar_page() {
    let body = fixture("real/nishinomiya/calendar-1.html");
    parse::classify_page(&body, &[calendar::SCREEN]).unwrap();
    let cal = calendar::parse_calendar(&Html::parse_document(&body)).unwrap();
    let expected = [
        "2026-07-02",
        "2026-07-06",
        "2026-07-13",
        "2026-07-21",
        "2026-07-27",
        "2026-08-03",
        "2026-08-06",
        "2026-08-10",
        "2026-08-17",
        "2026-08-24",
        "2026-08-31",
        "2026-09-03",
        "2026-09-07",
        "2026-09-14",
        "2026-09-21",
        "2026-09-28",
    ];
    let got: Vec<String> = cal.closed.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        got, expected,
        "the holiday values, not the stale syuku ones"
    );
    assert_eq!(cal.library_code.as_deref(), Some("001"));
    assert_eq!(cal.library.as_deref(), Some("中央図書館"));
    assert_eq!(cal.months, [(2026, 7), (2026, 8), (2026, 9)]);
    assert_eq!(cal.libraries.len(), 12);
    assert_eq!(
        cal.libraries[9],
        ("106".to_string(), "高須分室".to_string())
    );
    let days = cal.closed_days();
    assert_eq!(days[0].weekday, "thu");
    assert_eq!(days[1].weekday, "mon");
}

#[test]
fn sim_reading_history_round_trips_and_pages_like_the_real_one() {
    let lib = seed::library(Seed::Big, today());
    let account = &lib.accounts[0];
    let rows = &account.patron.history;
    assert!(rows.len() >= 600, "the big seed has hundreds of rows");
    let view = ReadView::default();
    let body = pages::read_list_page(account, HASH, &view, 0, &[]);
    assert!(body.contains("\r\n"));
    let tokens = parse::classify_page(&body, &[history::SCREEN]).unwrap();
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
    parse::classify_page(&body, &[calendar::SCREEN]).unwrap();
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
    parse::classify_page(&body, &[settings::screen::USER_INFO]).unwrap();
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
            settings::screen::CHANGE_MAIL,
            &["mailaddr", "mailaddr2"][..],
        ),
        (
            Screen::Contact,
            settings::screen::CONTACT,
            &["watspt", "renraku"][..],
        ),
        (
            Screen::Password,
            settings::screen::CHANGE_PASSWORD,
            &["oldpwd", "newpwd", "newpwd2"][..],
        ),
        (
            Screen::History,
            settings::screen::HISTORY_SETTING,
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
