//! Parser tests on the real LiCS-XP pages (tests/fixtures/, CRLF as served)
//! asserting the per-row facts listed in the fixtures' CONDENSED.md.

use jiff::civil::Date;
use toshokan::client::ClientError;
use toshokan::client::parse;
use toshokan::model::{RenewBlocker, ReservationState};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn date(s: &str) -> Date {
    s.parse().expect("test date")
}

const TODAY: &str = "2026-07-14";

#[test]
fn fixtures_are_crlf_like_the_live_site() {
    for name in [
        "real/nishinomiya/loans-1.html",
        "real/nishinomiya/reservations-1.html",
        "real/nishinomiya/login-1.html",
    ] {
        let page = fixture(name);
        assert!(page.contains("\r\n"), "{name} should have CRLF line ends");
    }
}

#[test]
fn login_form_controls_and_prefix() {
    let login = parse::login_page(&fixture("real/nishinomiya/login-1.html")).unwrap();
    let names: Vec<&str> = login.form.pairs().iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "hash",
            "gamenid",
            "username",
            "j_username",
            "h_username",
            "j_password"
        ]
    );
    assert_eq!(login.form.get("gamenid"), Some("tiles.WMnuTop"));
    assert_eq!(login.prefix, "0000000000000000");
    let filled = login.filled("12345", "pw");
    assert_eq!(filled.get("j_username"), Some("000000000000000012345"));
    assert_eq!(filled.get("username"), Some("12345"));
    assert_eq!(filled.get("j_password"), Some("pw"));
    assert_eq!(filled.get("h_username"), Some(""));
}

#[test]
fn login_form_is_classified_as_session_gone() {
    let err = parse::classify_page(
        &fixture("real/nishinomiya/login-1.html"),
        &["tiles.WUsrLendList"],
    )
    .unwrap_err();
    assert!(matches!(err, ClientError::SessionGone), "{err:?}");
}

/// (tilcod, title, author, publisher, type, loaned, due, 予約数, 延長回数, extend code)
type LoanRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u32,
    u32,
    Option<&'static str>,
);

const LOANS: [LoanRow; 12] = [
    (
        "1000000817183",
        "かいてんずしのきょうふ　ゆうれいたんていドロヒュー 5",
        Some("やまもと しょうぞう"),
        "フレーベル館",
        "児童図書",
        "2026-07-04",
        "2026-07-18",
        0,
        0,
        Some("222057515"),
    ),
    (
        "1001000252300",
        "ドラゴンボール　巻１　孫悟空と仲間たち",
        Some("鳥山明"),
        "集英社",
        "コミック",
        "2026-07-04",
        "2026-07-18",
        0,
        0,
        Some("426047783"),
    ),
    (
        "1000000114178",
        "恐竜トリケラトプスとギガノトサウルス　南海大決戦の巻　たたかう恐竜たち",
        Some("黒川\u{3000}みつひろ"),
        "小峰書店",
        "児童図書",
        "2026-07-04",
        "2026-07-18",
        0,
        0,
        Some("323176487"),
    ),
    (
        "1001000381992",
        "かいけつゾロリ大けっとう!ゾロリじょう　ポプラ社の新小さな童話 １５０",
        Some("原 ゆたか"),
        "ポプラ社",
        "児童図書",
        "2026-07-04",
        "2026-07-18",
        0,
        0,
        Some("221291099"),
    ),
    (
        "1000000375113",
        "かいけつゾロリきょうふのようかいえんそく　〔ポプラ社の新・小さな童話〕　〔２４７〕 かいけつゾロリシリーズ　４６",
        Some("原\u{3000}ゆたか"),
        "ポプラ社",
        "児童図書",
        "2026-07-04",
        "2026-07-18",
        0,
        0,
        Some("222093130"),
    ),
    (
        "1000001556048",
        "いきもの必殺技図鑑　いきものたちが繰り出すすごい必殺技がズラリ!",
        Some("實吉 達郎"),
        "カンゼン",
        "児童図書",
        "2026-07-04",
        "2026-07-18",
        0,
        0,
        Some("426110003"),
    ),
    (
        "1000001559709",
        "頭をつかう新習慣!ナゾときタイム　2",
        Some("松丸 亮吾"),
        "NHK出版",
        "一般図書",
        "2026-06-20",
        "2026-07-18",
        1,
        1,
        None,
    ),
    (
        "1000001990541",
        "どっちが強い!?W死神!ハゲワシの襲来　角川まんが科学シリーズ A95",
        Some("ウィルソン・リュウ"),
        "KADOKAWA",
        "児童図書",
        "2026-07-04",
        "2026-07-18",
        17,
        0,
        None,
    ),
    (
        "1000001396511",
        "なぞとき対決!名探偵コナン　BIG KOROTAN",
        Some("青山 剛昌"),
        "小学館",
        "児童図書",
        "2026-07-16",
        "2026-07-30",
        0,
        0,
        Some("125411678"),
    ),
    (
        "1000001684487",
        "ボカロソングガイド名曲100選　星海社新書 230",
        Some("柴 那典"),
        "星海社",
        "一般図書",
        "2026-07-16",
        "2026-07-30",
        1,
        0,
        None,
    ),
    (
        "1000001990533",
        "どっちが強い!?一角獣サバイバル　雪山の大ヅノ対決　角川まんが科学シリーズ A40",
        Some("ヴェズィル"),
        "KADOKAWA",
        "児童図書",
        "2026-07-16",
        "2026-07-30",
        22,
        0,
        None,
    ),
    (
        "1000001246421",
        "キャラクターでわかる星と宇宙　楽しくてためになる!",
        Some("藤井 旭"),
        "世界文化社",
        "児童図書",
        "2026-07-16",
        "2026-07-30",
        1,
        0,
        None,
    ),
];

#[test]
fn loan_list_rows_match_condensed_md() {
    let listing =
        parse::loans_page(&fixture("real/nishinomiya/loans-1.html"), date(TODAY)).unwrap();
    let s = &listing.summary;
    assert_eq!(
        (s.shelves, s.loans, s.reservations, s.cart),
        (Some(5), Some(12), Some(19), Some(4))
    );
    assert_eq!(s.expires_on, None, "this site's header shows no expiry");
    assert_eq!(listing.items.len(), 12);
    assert_eq!(listing.items.iter().filter(|l| l.renewable).count(), 7);
    for (loan, row) in listing.items.iter().zip(LOANS.iter()) {
        let (id, title, author, publisher, kind, loaned, due, reservations, renewals, code) = *row;
        assert_eq!(loan.id, id);
        assert_eq!(loan.title, title, "{id}");
        assert_eq!(loan.author.as_deref(), author, "{id}");
        assert_eq!(loan.publisher.as_deref(), Some(publisher), "{id}");
        assert_eq!(loan.material_type.as_deref(), Some(kind));
        assert_eq!(loan.library.as_deref(), Some("高須分室"));
        assert_eq!(loan.status.as_deref(), Some("貸出中"));
        assert_eq!(loan.loaned_on, Some(date(loaned)));
        assert_eq!(loan.due_on, date(due));
        assert_eq!(loan.reservations, Some(reservations));
        assert_eq!(loan.renewals, Some(renewals));
        assert_eq!(loan.renew_code.as_deref(), code, "{id}");
        assert_eq!(loan.renewable, code.is_some());
        assert!(!loan.overdue);
    }
    let days: Vec<i64> = listing.items.iter().map(|l| l.days_left).collect();
    assert_eq!(days[0], 4);
    assert_eq!(days[11], 16);
    // The page's own reasons for a missing button.
    assert_eq!(
        listing.items[6].renew_blocker,
        Some(RenewBlocker::AlreadyRenewed)
    );
    assert_eq!(listing.items[7].renew_blocker, Some(RenewBlocker::Reserved));
    assert_eq!(listing.items[0].renew_blocker, None);
}

#[test]
fn loans_past_due_are_overdue_and_block_the_card() {
    let listing = parse::loans_page(
        &fixture("real/nishinomiya/loans-1.html"),
        date("2026-07-20"),
    )
    .unwrap();
    let first = &listing.items[0];
    assert!(first.overdue);
    assert_eq!(first.days_left, -2);
    // Row 9 (due 07/30) still has a button on this capture; the reason
    // given for button-less rows prefers the row's own facts.
    assert_eq!(listing.items[9].renew_blocker, Some(RenewBlocker::Reserved));
}

#[test]
fn loan_list_after_renewal() {
    let listing = parse::loans_page(
        &fixture("real/nishinomiya/loans-2.html"),
        date("2026-08-05"),
    )
    .unwrap();
    assert_eq!(listing.items.len(), 12);
    assert_eq!(listing.items.iter().filter(|l| l.renewable).count(), 6);
    let ids: Vec<&str> = listing.items.iter().map(|l| l.id.as_str()).collect();
    let expected: Vec<&str> = LOANS[1..]
        .iter()
        .map(|r| r.0)
        .chain(["1000000817183"])
        .collect();
    assert_eq!(ids, expected, "the renewed loan moved to the end");
    let renewed = listing.items.last().unwrap();
    assert_eq!(renewed.due_on, date("2026-08-19"));
    assert_eq!(renewed.loaned_on, Some(date("2026-07-04")));
    assert!(!renewed.renewable);
    assert_eq!(
        renewed.renewals,
        Some(0),
        "as captured: the counter did not change"
    );
}

#[test]
fn loan_list_form_keeps_duplicates_in_order() {
    let form = parse::page_form(&fixture("real/nishinomiya/loans-1.html"), "LBForm").unwrap();
    let hidden: Vec<&str> = form
        .pairs()
        .iter()
        .map(|(n, _)| n.as_str())
        .take(15)
        .collect();
    assert_eq!(
        hidden,
        [
            "schkflg",
            "allschkflg",
            "hash",
            "islogin",
            "btnflg",
            "checkflag",
            "booklistvalue",
            "commntvalue",
            "btnflg",
            "checkflag",
            "returnid",
            "gamenid",
            "para",
            "mngFlg1",
            "sortkeyvalue"
        ]
    );
    assert_eq!(form.count("btnflg"), 2);
    assert_eq!(
        form.get("hash"),
        Some("1249c619e529de0b66c5fb9d64dfb98392615089")
    );
    assert_eq!(form.get("commntvalue"), Some("メモ（任意）"));
    assert_eq!(form.get("sortDefKey"), Some("0"));
    assert_eq!(form.get("booklist"), Some("0"));
    assert_eq!(
        form.count("list_chk"),
        0,
        "unchecked checkboxes are not sent"
    );
    let tokens = parse::classify_page(
        &fixture("real/nishinomiya/loans-1.html"),
        &["tiles.WUsrLendList"],
    )
    .unwrap();
    assert_eq!(tokens.gamenid, "tiles.WUsrLendList");
}

#[test]
fn renewal_confirmation_is_the_loan_list_screen() {
    // Stage 1 of a renewal re-renders the list; its prevRequestForm echoes 18 controls.
    let page = fixture("real/nishinomiya/renew-confirm-1.html");
    let echo = parse::page_form(&page, "prevRequestForm").unwrap();
    assert_eq!(echo.pairs().len(), 18);
    assert_eq!(echo.count("btnflg"), 2);
}

/// (reservation code, tilcod, type, reserved, allocated, queue, status, hold)
type RsvRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<u32>,
    &'static str,
    Option<&'static str>,
);

const RESERVATIONS: [RsvRow; 19] = [
    (
        "1013074729",
        "1000001898886",
        "一般",
        "2026-04-15",
        None,
        Some(13),
        "予約中",
        None,
    ),
    (
        "1013074730",
        "1000001920856",
        "一般",
        "2026-04-15",
        None,
        Some(8),
        "予約中",
        None,
    ),
    (
        "1013074740",
        "1000002002594",
        "児童",
        "2026-04-15",
        None,
        Some(5),
        "予約中",
        None,
    ),
    (
        "1013074741",
        "1000001993049",
        "児童",
        "2026-04-15",
        None,
        Some(5),
        "予約中",
        None,
    ),
    (
        "1013163565",
        "1000002004492",
        "児童",
        "2026-05-17",
        None,
        Some(6),
        "予約中",
        None,
    ),
    (
        "1013244625",
        "1000002002718",
        "児童",
        "2026-06-15",
        None,
        Some(3),
        "予約中",
        None,
    ),
    (
        "1013244626",
        "1000001789097",
        "児童",
        "2026-06-15",
        None,
        Some(3),
        "予約中",
        None,
    ),
    (
        "1013244630",
        "1000001826611",
        "児童",
        "2026-06-15",
        None,
        Some(2),
        "予約中",
        None,
    ),
    (
        "1013281104",
        "1000000411154",
        "児童",
        "2026-06-28",
        None,
        Some(5),
        "予約中",
        None,
    ),
    (
        "1013297586",
        "1000001679046",
        "児童",
        "2026-07-04",
        None,
        Some(20),
        "予約中",
        None,
    ),
    (
        "1013297601",
        "1000001993077",
        "児童",
        "2026-07-04",
        None,
        Some(8),
        "予約中",
        None,
    ),
    (
        "1013297605",
        "1000001849340",
        "児童",
        "2026-07-04",
        None,
        Some(8),
        "予約中",
        None,
    ),
    (
        "1013314518",
        "1000001673038",
        "児童",
        "2026-07-10",
        Some("2026-07-11"),
        None,
        "提供可能",
        Some("2026-07-23"),
    ),
    (
        "1013314519",
        "1000001989698",
        "児童",
        "2026-07-10",
        None,
        None,
        "移送中",
        None,
    ),
    (
        "1013314529",
        "1000001080857",
        "児童",
        "2026-07-10",
        None,
        Some(2),
        "予約中",
        None,
    ),
    (
        "1013322026",
        "1002001310876",
        "一般",
        "2026-07-13",
        None,
        Some(1),
        "予約中",
        None,
    ),
    (
        "1013332257",
        "1000002032708",
        "一般",
        "2026-07-16",
        None,
        Some(1),
        "予約中",
        None,
    ),
    (
        "1013332259",
        "1000002029585",
        "児童",
        "2026-07-16",
        None,
        Some(1),
        "予約中",
        None,
    ),
    (
        "1013332276",
        "1000001824541",
        "児童",
        "2026-07-16",
        Some("2026-07-17"),
        None,
        "提供可能",
        Some("2026-07-29"),
    ),
];

#[test]
fn reservation_list_rows_match_condensed_md() {
    let listing = parse::reservations_page(
        &fixture("real/nishinomiya/reservations-1.html"),
        date(TODAY),
    )
    .unwrap();
    assert_eq!(listing.summary.reservations, Some(19));
    assert_eq!(listing.items.len(), 19);
    assert_eq!(listing.items.iter().filter(|r| r.cancellable).count(), 16);
    for (r, row) in listing.items.iter().zip(RESERVATIONS.iter()) {
        let (code, tilcod, kind, reserved, allocated, queue, status, hold) = *row;
        assert_eq!(r.id, code);
        assert_eq!(r.tilcod, tilcod);
        assert_eq!(r.material_type.as_deref(), Some(kind));
        assert_eq!(r.reserved_on, Some(date(reserved)), "{code}");
        assert_eq!(r.allocated_on, allocated.map(date), "{code}");
        assert_eq!(r.expires_on, None);
        assert_eq!(r.queue_position, queue, "{code}");
        assert_eq!(r.status, status);
        assert_eq!(r.hold_until, hold.map(date), "{code}");
        assert_eq!(r.pickup_library.as_deref(), Some("高須分室"), "{code}");
        assert_eq!(r.pickup_code.as_deref(), Some("106"));
        assert_eq!(r.contact.as_deref(), Some("Ｅｍａｉｌ"), "{code}");
        assert_eq!(r.contact_code.as_deref(), Some("4"));
        let waiting = status == "予約中";
        assert_eq!(r.cancellable, waiting);
        assert_eq!(r.cancel_code.as_deref(), waiting.then_some(code));
        assert_eq!(r.changeable, waiting, "selects only on waiting rows");
        assert!(!r.hideable);
    }
    let first = &listing.items[0];
    assert_eq!(
        first.title,
        "いただきますは、ふたりで。　恋と食のある10の風景　新潮文庫nex し-21-112"
    );
    assert_eq!(first.author.as_deref(), Some("一穂 ミチ"));
    assert_eq!(first.publisher.as_deref(), Some("新潮社"));
    assert_eq!(
        listing.items[16].title, "るるぶこどもと行く沖縄　'27　るるぶ情報版 九州 14",
        "entity decoded"
    );
    let states: Vec<ReservationState> = listing.items.iter().map(|r| r.state).collect();
    assert_eq!(
        states
            .iter()
            .filter(|s| **s == ReservationState::Waiting)
            .count(),
        16
    );
    assert_eq!(states[12], ReservationState::Ready);
    assert_eq!(states[13], ReservationState::InTransit);
}

#[test]
fn reservation_form_keeps_every_row_group() {
    let form =
        parse::page_form(&fixture("real/nishinomiya/reservations-1.html"), "LBForm").unwrap();
    assert_eq!(form.count("yoykcode"), 19);
    assert_eq!(
        form.count("dropwatspt"),
        16,
        "rows without a pickup select send none"
    );
    assert_eq!(form.count("droprenraku"), 19);
    assert_eq!(form.count("yoycod"), 1);
    assert_eq!(form.get("rsvSortDefKey"), Some("0"));
}

#[test]
fn zero_hit_search_page_is_not_a_loan_list() {
    let err =
        parse::loans_page(&fixture("real/nishinomiya/search-3.html"), date(TODAY)).unwrap_err();
    assert!(
        matches!(err, ClientError::Layout { .. } | ClientError::SessionGone),
        "{err:?}"
    );
}

#[test]
fn renewal_confirmation_asks_opacusr005() {
    let page = fixture("real/nishinomiya/renew-confirm-1.html");
    let c = parse::confirmation_page(&page)
        .unwrap()
        .expect("a confirmation");
    assert_eq!(c.ok_field, "okCodes");
    assert_eq!(c.codes, ["OPACUSR005"]);
    assert_eq!(
        c.action.as_deref(),
        Some("/licsxp-opac/WOpacUsrLendListExtendAction.do")
    );
    assert_eq!(c.echo.pairs().len(), 18);
    assert_eq!(
        c.echo.pairs()[0],
        ("mngFlg1_handan".to_string(), "1".to_string())
    );
    assert_eq!(
        c.echo.get("commntvalue"),
        Some("メモ（任意）"),
        "entities decoded"
    );
    // The list pages ask nothing.
    assert!(
        parse::confirmation_page(&fixture("real/nishinomiya/loans-1.html"))
            .unwrap()
            .is_none()
    );
    assert!(
        parse::confirmation_page(&fixture("real/nishinomiya/reservations-1.html"))
            .unwrap()
            .is_none()
    );
}

#[test]
fn the_echo_matches_the_request_as_a_multiset() {
    use toshokan::client::parse::confirm::same_multiset;
    let page = fixture("real/nishinomiya/renew-confirm-1.html");
    let c = parse::confirmation_page(&page).unwrap().unwrap();
    // What the browser sent: the query, then the list form in its own order.
    let mut sent = vec![("mngFlg1_handan".to_string(), "1".to_string())];
    sent.extend(
        parse::page_form(&page, "LBForm")
            .unwrap()
            .pairs()
            .iter()
            .cloned(),
    );
    // The fixture's LBForm has empty checkflag values where the echo has 0 (masked capture).
    for pair in sent.iter_mut().filter(|(n, _)| n == "checkflag") {
        pair.1 = "0".into();
    }
    assert!(same_multiset(c.echo.pairs(), &sent));
    sent.pop();
    assert!(!same_multiset(c.echo.pairs(), &sent));
}

#[test]
fn reservation_confirmation_form_is_found_by_its_controls() {
    use toshokan::client::parse::reserve::parse_confirm_form;
    // A decoy form with the same gamenid but no contact select comes first.
    let page = fixture("real/nishinomiya/reserve-confirm-2.html");
    let doc = scraper::Html::parse_document(&page);
    let c = parse_confirm_form(&doc, "tiles.WYoyConfirm").unwrap();
    let names: Vec<&str> = c.form.pairs().iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "gamenFlag",
            "hash",
            "returnid",
            "gamenid",
            "tilcod",
            "loginshuflag",
            "contactdirectweb",
            "receivenameFocus",
            "watsptcodFocus",
            "contactFocus",
            "returnValue",
            "bmtime_hide",
            "receivename",
            "contact"
        ]
    );
    assert_eq!(c.form.get("tilcod"), Some("1000000000001"));
    assert_eq!(
        c.pickups,
        [
            ("106".to_string(), "高須分室".to_string()),
            ("001".to_string(), "中央図書館".to_string())
        ]
    );
    assert_eq!(c.contacts.len(), 2);
    assert_eq!(c.contact_selected.as_deref(), Some("4"));
    assert_eq!(c.pickup_selected, None);
    // Unknown hidden fields the site issues are carried along in place.
    let doc = scraper::Html::parse_document(&fixture("real/nishinomiya/reserve-confirm-1.html"));
    let c = parse_confirm_form(&doc, "tiles.WYoyConfirm").unwrap();
    assert_eq!(c.form.get("siteIssued"), Some("keep-me"));
    assert_eq!(c.pickups.len(), 12);
}

#[test]
fn cancel_confirmation_fragment_carries_opacusr001() {
    let fragment = fixture("real/nishinomiya/cancel-confirm-1.js");
    let page = format!(
        "<html><body><form name=\"prevRequestForm\" method=\"post\"><input type=\"hidden\" name=\"yoycod\" value=\"1\"></form>\
         <script>var OK_CODES_NAME = \"okCodes\";\nfunction createConfirmDialog() {{ var okArray = new Array(); var rest;\n{fragment}\n}}\nwindow.onload = createConfirmDialog;</script></body></html>"
    );
    let c = parse::confirmation_page(&page).unwrap().unwrap();
    assert_eq!(c.codes, ["OPACUSR001"]);
    assert_eq!(
        c.action, None,
        "cancel assigns no action: stage 2 goes to the stage-1 URL"
    );
}
