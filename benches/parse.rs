//! Parse time of the real fixture pages, at their condensed size and padded
//! back to the original page size with inert script (the condensed copies
//! dropped mostly script blocks). Run: `cargo bench --bench parse`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use toshokan::client::parse;
use toshokan::model::Genre;

#[path = "../tests/integration/common/fixtures.rs"]
mod fixtures;

use fixtures::fixture;

/// The page grown to `size` bytes by a script block before `</head>`.
fn padded(page: &str, size: usize) -> String {
    let missing = size.saturating_sub(page.len());
    let line = "// dropped page script: function f(){ document.LBForm.action=\"X.do\"; }\r\n";
    let filler: String = line.repeat(missing / line.len() + 1);
    let script = format!("<script language=\"javascript\">\r\n{filler}</script>\r\n");
    match page.find("</head>") {
        Some(at) => format!("{}{script}{}", &page[..at], &page[at..]),
        None => format!("{script}{page}"),
    }
}

/// A page, its name and the parser to time on it.
type Case = (&'static str, String, Box<dyn Fn(&str)>);

/// Median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let today: jiff::civil::Date = "2026-07-14".parse().expect("date");
    let lend = fixture("real/nishinomiya/loans-1.html");
    let rsv = fixture("real/nishinomiya/reservations-1.html");
    let search = fixture("real/nishinomiya/search-1.html");
    let cases: Vec<Case> = vec![
        (
            "loan list, condensed",
            lend.clone(),
            Box::new(move |p| drop(black_box(parse::loans_page(p, today)))),
        ),
        (
            "loan list, original size 247,646 B",
            padded(&lend, 247_646),
            Box::new(move |p| drop(black_box(parse::loans_page(p, today)))),
        ),
        (
            "reservation list, condensed",
            rsv.clone(),
            Box::new(move |p| drop(black_box(parse::reservations_page(p, today)))),
        ),
        (
            "reservation list, original size 199,179 B",
            padded(&rsv, 199_179),
            Box::new(move |p| drop(black_box(parse::reservations_page(p, today)))),
        ),
        (
            "search result, condensed",
            search.clone(),
            Box::new(|p| drop(black_box(parse::search::answer_page(p)))),
        ),
        (
            "search result, padded to 2 MB",
            padded(&search, 2_000_000),
            Box::new(|p| drop(black_box(parse::search::answer_page(p)))),
        ),
    ];
    let cases = cases.into_iter().chain(every_other_page(today));
    println!("{:<44} {:>10} {:>12}", "page", "bytes", "median");
    for (name, page, f) in cases {
        let time = median(51, || f(&page));
        println!(
            "{name:<44} {:>10} {:>10.3}ms",
            page.len(),
            time.as_secs_f64() * 1000.0
        );
    }
}

/// Every other real page, as served (condensed where the fixture is), with
/// the parser the client runs on it. Parsers that take a document include
/// building it, as the client does.
fn every_other_page(today: jiff::civil::Date) -> Vec<Case> {
    fn doc(p: &str) -> scraper::Html {
        scraper::Html::parse_document(p)
    }
    let genre = Genre {
        code: "22".into(),
        name: "日本の小説".into(),
    };
    let page = |name: &'static str, file: &str, f: Box<dyn Fn(&str)>| (name, fixture(file), f);
    vec![
        page(
            "login form",
            "real/nishinomiya/login-1.html",
            Box::new(|p| drop(black_box(parse::login_page(p)))),
        ),
        page(
            "menu after login (header counts, expiry)",
            "real/nishinomiya/portal-1.html",
            Box::new(|p| {
                let d = doc(p);
                black_box((
                    parse::header::parse_summary(&d),
                    parse::header::parse_expiry(&d),
                ));
            }),
        ),
        page(
            "loan list, Yamato 2016 (as served, another layout)",
            "real/yamato/loans-1.html",
            Box::new(move |p| drop(black_box(parse::loans_page(p, today)))),
        ),
        page(
            "loan list after a renewal",
            "real/nishinomiya/loans-2.html",
            Box::new(move |p| drop(black_box(parse::loans_page(p, today)))),
        ),
        page(
            "renewal confirmation",
            "real/nishinomiya/renew-confirm-1.html",
            Box::new(|p| drop(black_box(parse::confirmation_page(p)))),
        ),
        page(
            "reservation confirmation form",
            "real/nishinomiya/reserve-confirm-1.html",
            Box::new(|p| {
                drop(black_box(parse::reserve::parse_confirm_form(
                    &doc(p),
                    "tiles.WYoyConfirm",
                )))
            }),
        ),
        page(
            "search form",
            "real/nishinomiya/search-form-1.html",
            Box::new(|p| drop(black_box(parse::search::form_page(p)))),
        ),
        page(
            "search result, page 2",
            "real/nishinomiya/search-2.html",
            Box::new(|p| drop(black_box(parse::search::answer_page(p)))),
        ),
        page(
            "search, zero hits",
            "real/nishinomiya/search-3.html",
            Box::new(|p| drop(black_box(parse::search::answer_page(p)))),
        ),
        page(
            "title detail",
            "real/nishinomiya/detail-1.html",
            Box::new(|p| drop(black_box(parse::detail::detail_page(p)))),
        ),
        page(
            "shelf (マイ本棚)",
            "real/nishinomiya/shelves-1.html",
            Box::new(|p| drop(black_box(parse::shelf_page(p)))),
        ),
        page(
            "shelf delete confirmation",
            "real/nishinomiya/shelf-delete-confirm-1.html",
            Box::new(|p| drop(black_box(parse::confirmation_page(p)))),
        ),
        page(
            "reading history",
            "real/nishinomiya/history-2.html",
            Box::new(|p| drop(black_box(parse::history::parse_history(&doc(p))))),
        ),
        page(
            "closed-day calendar",
            "real/nishinomiya/calendar-1.html",
            Box::new(|p| drop(black_box(parse::calendar::parse_calendar(&doc(p))))),
        ),
        page(
            "new arrivals, genres",
            "real/nishinomiya/arrivals-menu-1.html",
            Box::new(|p| drop(black_box(parse::arrivals::genres_page(p)))),
        ),
        page(
            "new arrivals, list",
            "real/nishinomiya/arrivals-1.html",
            Box::new(move |p| drop(black_box(parse::arrivals::arrivals_page(p, &genre)))),
        ),
    ]
}
