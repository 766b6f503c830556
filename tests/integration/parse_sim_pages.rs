//! The same parsers on the simulator's pages of the same screens: what the
//! simulator holds must come back out of its HTML unchanged.

use crate::common::fixture;
use jiff::civil::Date;
use toshokan::cli::Seed;
use toshokan::client::parse;
use toshokan::model::ReservationState;
use toshokan::sim::{html, seed};

fn today() -> Date {
    "2026-11-28".parse().unwrap()
}

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

#[test]
fn sim_loan_page_round_trips_through_the_parser() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let page = html::lend_page(&lib, account, HASH, &[], None);
    assert!(page.contains("\r\n"), "served with CRLF like the real site");
    let listing = parse::loans_page(&page, today()).unwrap();
    assert_eq!(listing.summary.loans, Some(account.loans.len() as u32));
    assert_eq!(listing.summary.shelves, Some(account.shelves.len() as u32));
    assert_eq!(listing.summary.cart, Some(account.cart.len() as u32));
    assert_eq!(listing.summary.expires_on, Some(account.expires_on));
    assert_eq!(listing.items.len(), account.loans.len());
    let mut expected: Vec<_> = account.loans.iter().collect();
    expected.sort_by_key(|l| l.due_on);
    for (got, want) in listing.items.iter().zip(expected) {
        assert_eq!(got.id, want.bib.tilcod);
        assert_eq!(got.title, want.bib.title);
        assert_eq!(got.author, want.bib.author);
        assert_eq!(got.publisher, want.bib.publisher);
        assert_eq!(
            got.material_type.as_deref(),
            Some(want.bib.material_type.as_str())
        );
        assert_eq!(got.library.as_deref(), Some(want.library.as_str()));
        assert_eq!(got.loaned_on, Some(want.loaned_on));
        assert_eq!(got.due_on, want.due_on);
        assert_eq!(got.renewals, Some(want.renewals));
        assert_eq!(got.reservations, Some(want.reserved_by_others));
        assert_eq!(got.renewable, account.can_renew(want, lib.today));
        assert_eq!(got.renew_code.is_some(), got.renewable);
        if got.renewable {
            assert_eq!(got.renew_code.as_deref(), Some(want.mngcod.as_str()));
        }
    }
}

#[test]
fn sim_loan_page_has_the_real_form_shape() {
    let lib = seed::library(Seed::Demo, today());
    let sim_form = parse::page_form(
        &html::lend_page(&lib, &lib.accounts[0], HASH, &[], None),
        "LBForm",
    )
    .unwrap();
    let real_form = parse::page_form(&fixture("real/nishinomiya/loans-1.html"), "LBForm").unwrap();
    let names = |f: &toshokan::client::form::Form| {
        f.pairs().iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        names(&sim_form),
        names(&real_form),
        "same controls in the same order"
    );
    assert_eq!(sim_form.get("hash"), Some(HASH));
}

#[test]
fn sim_overdue_card_shows_no_renew_buttons() {
    let lib = seed::library(Seed::Demo, today());
    let family = &lib.accounts[1];
    let listing =
        parse::loans_page(&html::lend_page(&lib, family, HASH, &[], None), today()).unwrap();
    assert!(listing.items.iter().any(|l| l.overdue));
    assert!(listing.items.iter().all(|l| !l.renewable));
    assert!(
        listing
            .items
            .iter()
            .filter(|l| !l.overdue)
            .all(|l| l.renew_blocker == Some(toshokan::model::RenewBlocker::OverdueOnCard))
    );
}

#[test]
fn sim_reservation_page_round_trips_through_the_parser() {
    let lib = seed::library(Seed::Demo, today());
    let account = &lib.accounts[0];
    let page = html::rsv_page(&lib, account, HASH, &[], None);
    let listing = parse::reservations_page(&page, today()).unwrap();
    assert_eq!(
        listing.summary.reservations,
        Some(account.active_reservations() as u32)
    );
    assert_eq!(listing.items.len(), account.reservations.len());
    for (got, want) in listing.items.iter().zip(&account.reservations) {
        assert_eq!(got.id, want.yoycod);
        assert_eq!(got.tilcod, want.bib.tilcod);
        assert_eq!(got.title, want.bib.title);
        assert_eq!(got.status, want.status.text());
        assert_eq!(got.reserved_on, Some(want.reserved_on));
        assert_eq!(got.allocated_on, want.allocated_on);
        assert_eq!(got.hold_until, want.hold_until);
        assert_eq!(got.queue_position, want.queue);
        assert_eq!(got.pickup_code.as_deref(), Some(want.pickup_code.as_str()));
        assert_eq!(
            got.pickup_library.as_deref(),
            lib.branch_name(&want.pickup_code)
        );
        assert_eq!(got.contact.as_deref(), lib.contact_name(&want.contact_code));
        assert_eq!(
            got.contact_code.as_deref(),
            Some(want.contact_code.as_str())
        );
        assert_eq!(got.cancellable, want.status.editable());
        assert_eq!(got.changeable, want.status.editable());
        assert_eq!(got.hideable, got.state == ReservationState::Cancelled);
    }
    let states: Vec<ReservationState> = listing.items.iter().map(|r| r.state).collect();
    for state in [
        ReservationState::Waiting,
        ReservationState::SecuredElsewhere,
        ReservationState::InTransit,
        ReservationState::Ready,
        ReservationState::Notified,
        ReservationState::Cancelled,
    ] {
        assert!(
            states.contains(&state),
            "demo seed has a {state:?} reservation"
        );
    }
}

#[test]
fn sim_login_page_matches_the_real_login_form() {
    let lib = seed::library(Seed::Demo, today());
    let sim = parse::login_page(&html::login_page(&lib, &[])).unwrap();
    let real = parse::login_page(&fixture("real/nishinomiya/login-1.html")).unwrap();
    assert_eq!(sim.form, real.form);
    assert_eq!(sim.prefix, lib.login_prefix);
}

#[test]
fn sim_empty_account_has_no_rows() {
    let lib = seed::library(Seed::Empty, today());
    let account = &lib.accounts[0];
    assert!(
        parse::loans_page(&html::lend_page(&lib, account, HASH, &[], None), today())
            .unwrap()
            .items
            .is_empty()
    );
    assert!(
        parse::reservations_page(&html::rsv_page(&lib, account, HASH, &[], None), today())
            .unwrap()
            .items
            .is_empty()
    );
}

#[test]
fn sim_renewal_confirmation_has_the_real_shape() {
    let lib = seed::library(Seed::Demo, today());
    let echo = vec![
        ("mngFlg1_handan".to_string(), "1".to_string()),
        ("btnflg".to_string(), "0".to_string()),
        ("commntvalue".to_string(), "メモ（任意）".to_string()),
        ("btnflg".to_string(), "0".to_string()),
    ];
    let confirm = html::Confirm {
        code: "OPACUSR005",
        message: "貸出延長を行います。よろしいですか？",
        action: Some("/licsxp-opac/WOpacUsrLendListExtendAction.do"),
        echo: &echo,
    };
    let page = html::lend_page(&lib, &lib.accounts[0], HASH, &[], Some(&confirm));
    let c = parse::confirmation_page(&page).unwrap().unwrap();
    assert_eq!(c.codes, ["OPACUSR005"]);
    assert_eq!(c.ok_field, "okCodes");
    assert_eq!(c.action.as_deref(), confirm.action);
    let names: Vec<&str> = c.echo.pairs().iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["mngFlg1_handan", "btnflg", "btnflg", "commntvalue"],
        "regrouped by name"
    );
    assert_eq!(c.echo.get("commntvalue"), Some("メモ（任意）"));
    // It is still the loan list.
    assert_eq!(
        parse::loans_page(&page, today()).unwrap().items.len(),
        lib.accounts[0].loans.len()
    );
}
