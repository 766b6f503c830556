//! The catalogue beyond "this page gives these facts" (those are in
//! `tests/fixtures/real/*/search*.expect.json`, `detail-*.expect.json`, read
//! by `real_pages`): what the client sends from the real search form,
//! pages of other screens refused, and the simulator's pages of the same
//! screens through the same parsers.

use crate::common::fixture;
use toshokan::cli::Seed;
use toshokan::client::catalog::{SearchForm, SearchQuery, search_body};
use toshokan::client::parse::detail;
use toshokan::client::parse::search::{self, Answer, ResultPage};
use toshokan::sim::search::{self as catalog_search, SearchSession};
use toshokan::sim::{html_catalog, seed};

fn names(form: &toshokan::client::form::Form) -> Vec<String> {
    form.pairs().iter().map(|(n, _)| n.clone()).collect()
}

fn list(body: &str) -> ResultPage {
    match search::answer_page(body).unwrap() {
        Answer::List(page) => page,
        Answer::NoHits => panic!("expected a result list"),
    }
}

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

fn today() -> jiff::civil::Date {
    "2026-11-28".parse().unwrap()
}

fn url() -> url::Url {
    "http://127.0.0.1/licsxp-opac/WOpacTifSchCmpdDispAction.do"
        .parse()
        .unwrap()
}

// ---------------------------------------------------------------- real pages

#[test]
fn catalogue_fixtures_are_crlf() {
    for name in [
        "real/nishinomiya/search-form-1.html",
        "real/nishinomiya/search-1.html",
        "real/nishinomiya/search-2.html",
        "real/nishinomiya/search-3.html",
        "real/nishinomiya/detail-1.html",
    ] {
        assert!(fixture(name).contains("\r\n"), "{name}");
    }
}

/// The zero-hit answer is the search form with its dialog (its facts are in
/// `search-3.expect.json`); other pages are not answers at all.
#[test]
fn other_screens_are_not_search_answers() {
    // A plain form page is not a zero-hit answer.
    let err = search::answer_page(&fixture("real/nishinomiya/search-form-1.html")).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Layout { .. }),
        "{err:?}"
    );
    // Nor is a loan list.
    let err = search::answer_page(&fixture("real/nishinomiya/loans-1.html")).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Layout { .. }),
        "{err:?}"
    );
}

/// docs/protocol.md#detailed-search spells out what a browser sends for one title keyword;
/// the client sends the same (with 20 rows a page instead of 10).
#[test]
fn search_body_is_what_the_browser_sends() {
    let form =
        SearchForm::from_page(&fixture("real/nishinomiya/search-form-1.html"), url()).unwrap();
    let q = SearchQuery {
        title: Some("ドラゴンボール".into()),
        ..SearchQuery::default()
    };
    let body = search_body(&form, &q).unwrap();
    let mut expected: Vec<(String, String)> = [
        ("chu_search_ini", "1"),
        ("hash", ""),
        ("jin", "0"),
        ("returnid", ""),
        ("gamenid", "tiles.WTifSchCmpd"),
        ("chkflg", "check"),
        ("loccodschkflg", "check"),
        ("langcodschkflg", "nocheck"),
        ("targetsChkflg", "nocheck"),
        ("targetsAvChkflg", "nocheck"),
        ("tifKanrabtn", "1"),
        ("tilkbncodschkflg", ""),
        ("temprange1", "0"),
        ("temprange2", "0"),
        ("temprange4", "0"),
        ("temprange5", "0"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect();
    for k in 1..=6 {
        expected.push(("mngshus".into(), k.to_string()));
    }
    for (n, v) in [
        ("condition1", "0"),
        ("condition1Text", "ドラゴンボール"),
        ("range1", "0"),
        ("mixing1", "0"),
        ("condition2", "1"),
        ("condition2Text", ""),
        ("range2", "0"),
        ("mixing2", "0"),
        ("condition4", "2"),
        ("condition4Text", ""),
        ("range4", "0"),
        ("mixing4", "0"),
        ("condition5", "3"),
        ("condition5Text", ""),
        ("range5", "0"),
        ("mixing5", "0"),
        ("condition3", "5"),
        ("condition3Text", ""),
        ("dispmaxnum", "20"),
        ("disporder", "0"),
        ("inputseioncheck", "input_seion_checked"),
        ("input_seion", "input_seion_checked"),
        ("jyanruLabel", ""),
        ("yearselect", "0"),
        ("yearstart", ""),
        ("monthstart", ""),
        ("yearend", ""),
        ("monthend", ""),
    ] {
        expected.push((n.into(), v.into()));
    }
    for code in [
        "001", "002", "003", "004", "101", "102", "103", "104", "105", "106", "107", "109",
    ] {
        expected.push(("loccods".into(), code.into()));
    }
    assert_eq!(body.pairs(), expected.as_slice());
}

#[test]
fn search_body_sets_rows_kinds_isbn_and_years_as_the_scripts_do() {
    let form =
        SearchForm::from_page(&fixture("real/nishinomiya/search-form-1.html"), url()).unwrap();
    let q = SearchQuery {
        words: Some("夏目漱石".into()),
        author: Some("漱".into()),
        isbn: Some("978-4-04-067384-4".into()),
        kinds: vec!["2".into(), "8".into()],
        year_from: Some(toshokan::client::catalog::YearMonth {
            year: 2000,
            month: None,
        }),
        year_to: Some(toshokan::client::catalog::YearMonth {
            year: 2010,
            month: Some(6),
        }),
        ..SearchQuery::default()
    };
    let body = search_body(&form, &q).unwrap();
    assert_eq!(body.get("condition1"), Some("7"));
    assert_eq!(body.get("condition1Text"), Some("夏目漱石"));
    assert_eq!(body.count("range1"), 0, "全項目 disables its range");
    assert_eq!(body.get("condition2"), Some("1"));
    assert_eq!(body.get("condition2Text"), Some("漱"));
    assert_eq!(
        body.count("range2"),
        0,
        "a one-character word disables its range"
    );
    assert_eq!(body.get("range4"), Some("0"));
    assert_eq!(body.get("condition3"), Some("6"));
    assert_eq!(body.get("condition3Text"), Some("9784040673844"));
    assert_eq!(body.count("range3"), 0);
    let kinds: Vec<&str> = body
        .pairs()
        .iter()
        .filter(|(n, _)| n == "mngshus")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(kinds, ["2", "8"]);
    assert_eq!(body.get("chkflg"), Some("check"));
    // The kinds stay where the form has them: before the keyword rows.
    let at = |name: &str| body.pairs().iter().position(|(n, _)| n == name).unwrap();
    assert!(at("temprange5") < at("mngshus") && at("mngshus") < at("condition1"));
    assert_eq!(body.get("yearstart"), Some("2000"));
    assert_eq!(body.get("monthstart"), Some(""));
    assert_eq!(body.get("yearend"), Some("2010"));
    assert_eq!(body.get("monthend"), Some("6"));
}

/// The controls of the real detail page's `LBForm`, in page order (listed in
/// `detail-1.expect.json`): what the simulator's detail pages must have.
fn real_detail_controls() -> Vec<String> {
    let form =
        toshokan::client::parse::page_form(&fixture("real/nishinomiya/detail-1.html"), "LBForm")
            .unwrap();
    names(&form)
}

/// The answer to an unknown title code (the zero-hit form, `search-3`) is
/// read as "no such title" there; a page of another screen is not a title.
#[test]
fn a_loan_list_is_not_a_title() {
    let err = detail::detail_page(&fixture("real/nishinomiya/loans-1.html")).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Layout { .. }),
        "{err:?}"
    );
}

// ------------------------------------------------------------ simulator pages

fn library() -> toshokan::sim::Library {
    seed::library(Seed::Demo, today())
}

#[test]
fn sim_form_has_the_real_controls_and_lists_the_branches() {
    let lib = library();
    let page = html_catalog::form_page(&lib, None, "", None, None);
    assert!(page.contains("\r\n"));
    let real = toshokan::client::parse::page_form(
        &fixture("real/nishinomiya/search-form-1.html"),
        "LBForm",
    )
    .unwrap();
    let sim = toshokan::client::parse::page_form(&page, "LBForm").unwrap();
    assert_eq!(names(&sim), names(&real), "same controls in the same order");
    let form = search::form_page(&page).unwrap();
    let branches: Vec<(String, String)> = lib
        .branches
        .iter()
        .map(|b| (b.code.clone(), b.name.clone()))
        .collect();
    let listed: Vec<(String, String)> = form
        .libraries
        .iter()
        .map(|c| (c.code.clone(), c.label.clone()))
        .collect();
    assert_eq!(listed, branches);
    assert_eq!(form.kinds.len(), 8);
    assert_eq!(form.slots.len(), 5);
}

fn sim_search(
    lib: &toshokan::sim::Library,
    q: &SearchQuery,
) -> Result<SearchSession, &'static str> {
    let page = html_catalog::form_page(lib, None, "", None, None);
    let form = SearchForm::from_page(&page, url()).unwrap();
    let body = search_body(&form, q).unwrap();
    catalog_search::execute(lib, body.pairs())
}

#[test]
fn sim_result_list_round_trips_through_the_parser() {
    let lib = library();
    let q = SearchQuery {
        words: Some("静岡".into()),
        ..SearchQuery::default()
    };
    let session = sim_search(&lib, &q).unwrap();
    assert!(session.shown.len() > 20, "several pages");
    assert_eq!(session.per_page, 20);
    let page = html_catalog::list_page(&lib, None, "", &session, 20);
    let parsed = list(&page);
    assert_eq!(parsed.total as usize, session.shown.len());
    assert_eq!((parsed.first, parsed.per_page), (21, 20));
    let real = list(&fixture("real/nishinomiya/search-1.html"));
    assert_eq!(
        names(&parsed.form),
        names(&real.form),
        "same LBForm controls"
    );
    assert_eq!(parsed.sort_links.len(), real.sort_links.len());
    for (sim, real) in parsed.sort_links.iter().zip(&real.sort_links) {
        assert_eq!((sim.column, &sim.header), (real.column, &real.header));
    }
    for (hit, code) in parsed.hits.iter().zip(&session.shown[20..]) {
        let t = lib.title(code).unwrap();
        assert_eq!(hit.id, t.bib.tilcod);
        assert_eq!(hit.title, t.bib.title);
        assert_eq!(hit.author, t.bib.author);
        assert_eq!(hit.publisher, t.bib.publisher);
        assert_eq!(hit.material_type.as_ref(), Some(&t.bib.material_type));
        assert_eq!(hit.classification.as_deref(), Some(t.ndc.as_str()));
        assert_eq!(hit.available, Some(catalog_search::lendable(t)));
        assert_eq!(
            hit.published,
            toshokan::model::catalog::published_from_site(&t.published)
        );
    }
}

#[test]
fn sim_zero_hits_is_the_form_with_the_dialog() {
    let lib = library();
    let q = SearchQuery {
        words: Some("ぬゅぬゅぬゅぬゅ".into()),
        ..SearchQuery::default()
    };
    assert_eq!(sim_search(&lib, &q).unwrap_err(), catalog_search::NO_HITS);
    let page = html_catalog::form_page(
        &lib,
        None,
        "",
        Some(&[("condition1Text".into(), "ぬゅぬゅぬゅぬゅ".into())]),
        Some(&html_catalog::Dialog {
            message: catalog_search::NO_HITS,
            echo: &[("tifschcmpd".into(), "1".into())],
        }),
    );
    assert_eq!(search::answer_page(&page).unwrap(), Answer::NoHits);
    let echo = toshokan::client::parse::page_form(&page, "prevRequestForm").unwrap();
    assert_eq!(echo.get("tifschcmpd"), Some("1"));
}

#[test]
fn sim_detail_pages_for_both_entries() {
    let lib = library();
    let t = lib.catalog.iter().find(|t| t.holdings.len() > 1).unwrap();
    for write in [false, true] {
        let page = html_catalog::detail_page(&lib, None, HASH, t, write);
        let d = detail::detail_page(&page).unwrap().expect("a title");
        assert_eq!(d.id, t.bib.tilcod);
        assert_eq!(d.title, t.bib.title);
        assert_eq!(d.author, t.bib.author);
        assert_eq!(d.publisher, t.bib.publisher);
        assert_eq!(d.isbn, t.isbn);
        assert_eq!(d.classification.as_deref(), Some(t.ndc.as_str()));
        assert_eq!(d.subjects, t.subject.iter().cloned().collect::<Vec<_>>());
        assert_eq!(d.copies, Some(t.holdings.len() as u32));
        assert_eq!(d.in_stock, Some(t.available() as u32));
        assert_eq!(d.reservations, Some(t.reservations));
        let copies = d.holdings.expect("a holdings table");
        assert_eq!(copies.len(), t.holdings.len());
        for (got, want) in copies.iter().zip(&t.holdings) {
            assert_eq!(
                Some(got.library.as_str()),
                lib.branch_name(&want.library_code)
            );
            assert_eq!(got.item_no.as_deref(), Some(want.item_no.as_str()));
            assert_eq!(got.call_number.as_deref(), Some(want.call_no.as_str()));
            assert_eq!(got.status, want.status);
        }
        let form = toshokan::client::parse::page_form(&page, "LBForm").unwrap();
        assert_eq!(names(&form), real_detail_controls());
        if write {
            assert_eq!(form.get("gamenid"), Some("tiles.WTifTilDetail2"));
            assert_eq!(form.get("hash"), Some(HASH));
        } else {
            assert_eq!(form.get("gamenid"), Some("tiles.WTifTilDetail"));
            assert_eq!(form.get("hash"), Some(""));
        }
        assert!(page.contains(&format!(
            "imasuguyoyklogin('WYoyConfirm','{}')",
            t.bib.tilcod
        )));
    }
    // Logged in, the button reserves directly and the shelves are listed.
    let account = &lib.accounts[0];
    let page = html_catalog::detail_page(&lib, Some(account), HASH, t, true);
    assert!(page.contains(&format!("javascript:imasuguyoyk('{}');", t.bib.tilcod)));
    let form = toshokan::client::parse::page_form(&page, "LBForm").unwrap();
    assert_eq!(form.get("islogin"), Some("1"));
    assert_eq!(names(&form), real_detail_controls());
}
