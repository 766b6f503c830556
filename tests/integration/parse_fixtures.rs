//! Behaviour on the real LiCS-XP pages that is not "this page gives these
//! facts" (those are in `tests/fixtures/real/*/*.expect.json`, read by
//! `real_pages`): how forms are re-posted (duplicates kept, the login
//! fields filled), what a page is classified as, the codes writes post
//! (never printed, so not in the JSON), another day's overdue arithmetic,
//! the echo compared as a multiset.

use crate::common::{self, fixture};

use jiff::civil::Date;
use toshokan::client::ClientError;
use toshokan::client::parse;
use toshokan::model::{RenewBlocker, ReservationState};

fn date(s: &str) -> Date {
    s.parse().expect("test date")
}

const TODAY: &str = "2026-07-14";

#[test]
fn fixtures_are_crlf_like_the_live_site() {
    for page in common::real_pages() {
        let body = std::fs::read_to_string(&page).unwrap();
        assert!(
            body.contains("\r\n"),
            "{} should have CRLF line ends",
            page.display()
        );
    }
}

#[test]
fn login_fills_the_card_with_the_page_prefix_and_the_password() {
    let login = parse::login_page(&fixture("real/nishinomiya/login-1.html")).unwrap();
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

/// The renewal codes of loans-1 (`extend("…")`), in row order.
const RENEW_CODES: [Option<&str>; 12] = [
    Some("222057515"),
    Some("426047783"),
    Some("323176487"),
    Some("221291099"),
    Some("222093130"),
    Some("426110003"),
    None,
    None,
    Some("125411678"),
    None,
    None,
    None,
];

#[test]
fn list_pages_carry_the_codes_writes_post() {
    let loans = parse::loans_page(&fixture("real/nishinomiya/loans-1.html"), date(TODAY)).unwrap();
    let codes: Vec<Option<&str>> = loans
        .items
        .iter()
        .map(|l| l.renew_code.as_deref())
        .collect();
    assert_eq!(codes, RENEW_CODES);
    let reservations = parse::reservations_page(
        &fixture("real/nishinomiya/reservations-1.html"),
        date(TODAY),
    )
    .unwrap();
    for r in &reservations.items {
        // A cancel button carries the reservation's own code, and only a waiting row has one.
        let waiting = r.state == ReservationState::Waiting;
        assert_eq!(r.cancel_code.as_deref(), waiting.then_some(r.id.as_str()));
        assert_eq!(r.hide_code, None);
        assert_eq!(r.pickup_options.len(), if waiting { 12 } else { 0 });
    }
    // The list pages ask nothing.
    for page in ["loans-1.html", "reservations-1.html"] {
        let body = fixture(&format!("real/nishinomiya/{page}"));
        assert!(parse::confirmation_page(&body).unwrap().is_none(), "{page}");
    }
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
