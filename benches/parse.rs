//! Parse time of the real fixture pages, at their condensed size and padded
//! back to the original page size with inert script (the condensed copies
//! dropped mostly script blocks). Run: `cargo bench --bench parse`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use toshokan::client::parse;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

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
    let lend = fixture("usrlend.condensed.html");
    let rsv = fixture("usrrsv.condensed.html");
    let search = fixture("tif_search_result.condensed.html");
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
    println!("{:<44} {:>10} {:>12}", "page", "bytes", "median");
    for (name, page, f) in &cases {
        let time = median(51, || f(page));
        println!(
            "{name:<44} {:>10} {:>10.3}ms",
            page.len(),
            time.as_secs_f64() * 1000.0
        );
    }
}
