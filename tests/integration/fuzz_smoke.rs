//! A bounded arbitrary-input run over every parser and the form model:
//! whatever bytes a site (or an attacker in between) sends, parsing ends in
//! a value or a `ClientError`, never a panic. The long run is `cargo fuzz`
//! (see fuzz/README.md); this one is deterministic and fast enough for CI.

use crate::common;

use scraper::Html;
use toshokan::client::form::Form;
use toshokan::client::page::screen;
use toshokan::client::parse::{self, arrivals};
use toshokan::model::Genre;

/// xorshift64*: deterministic, no extra dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    let mut pages: Vec<Vec<u8>> = common::real_pages()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    pages.sort();
    pages
}

/// Fragments that steer mutations into the parsers' interesting paths.
const TOKENS: [&str; 16] = [
    "<table summary=\"貸出状況一覧表\">",
    "<table summary=\"予約状況一覧表\">",
    "<thead><tr><th>資料名</th><th>返却期日</th></tr></thead>",
    "<tbody><tr><td>",
    "</td></tr>",
    "<form name=\"LBForm\">",
    "<input type=\"hidden\" name=\"gamenid\" value=\"tiles.WUsrLendList\">",
    "extend(\"123\")",
    "yoykCancel('9')",
    "okArray[okArray.length] = \"OPACUSR005\";",
    "window.onload = createConfirmDialog;",
    "<select name=\"receivename\"><option value=\"1\" selected>",
    "26/</span><span>13/45",
    "\u{3000}",
    "<!--",
    "<hr>",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut page = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(page.len() + 1);
        match rng.below(5) {
            0 => page.truncate(at),
            1 => {
                let end = (at + rng.below(512)).min(page.len());
                page.drain(at..end);
            }
            2 => page
                .splice(at..at, TOKENS[rng.below(TOKENS.len())].bytes())
                .for_each(drop),
            3 => {
                for _ in 0..rng.below(64) {
                    page.insert(at.min(page.len()), (rng.next() & 0xff) as u8);
                }
            }
            _ => {
                if !page.is_empty() {
                    let i = rng.below(page.len());
                    page[i] ^= (rng.next() & 0xff) as u8;
                }
            }
        }
    }
    page
}

fn every_parser(bytes: &[u8]) {
    let body = String::from_utf8_lossy(bytes);
    let today: jiff::civil::Date = "2026-07-14".parse().unwrap();
    let genre = Genre {
        code: "22".into(),
        name: "文学".into(),
    };
    let _ = parse::loans_page(&body, today);
    let _ = parse::reservations_page(&body, today);
    let _ = parse::login_page(&body);
    let _ = parse::classify_page(&body, &["tiles.WUsrLendList"]);
    let _ = parse::confirmation_page(&body);
    let _ = parse::search::answer_page(&body);
    let _ = parse::search::form_page(&body);
    let _ = parse::detail::detail_page(&body);
    let doc = Html::parse_document(&body);
    // The `&Html` parsers are also called on pages that would not classify,
    // as `fuzz/fuzz_targets/` does: each must cope with any page.
    let _ = parse::loan_listing(&doc, today);
    let _ = parse::reservation_listing(&doc, today);
    let _ = parse::header::password_kind(&doc);
    let _ = arrivals::classify(&doc, screen::ARRIVALS_LIST, arrivals::LIST_HEADING);
    let _ = arrivals::parse_genres(&doc);
    let _ = arrivals::parse_arrivals(&doc, &genre);
    let _ = parse::alert::parse_alert_list(&doc);
    let _ = parse::alert::parse_alert_form(&doc);
    let _ = parse::settings::select_options(&doc, "watspt");
    let _ = parse::settings::terms_text(&doc);
    let _ = parse::cart::parse_cart(&doc);
    let _ = parse::reserve::parse_confirm_form(&doc, "tiles.WYoyConfirm");
    let _ = parse::history::parse_history(&doc);
    let _ = parse::calendar::parse_calendar(&doc);
    let _ = parse::settings::parse_user_info(&doc);
    let _ = parse::shelf::commented_shelves(&body);
    let _ = parse::shelf::parse_shelf_page(&doc);
    let _ = parse::shelf::parse_edit_rows(&doc);
    let _ = parse::shelf::parse_completion(&doc);
    if let Some(mut form) = Form::from_page(&doc, "LBForm") {
        form.set("para", "1");
        form.set_by_id("selwat1", "2");
        form.remove("commnt");
        form.push("okCodes", "X");
    }
}

#[test]
fn parsers_never_panic_on_mutated_real_pages() {
    let pages = fixtures();
    assert!(pages.len() >= 10, "fixtures found");
    let mut rng = Rng(0x5EED_7051_0CA1_1B5A);
    for round in 0..250 {
        let base = &pages[round % pages.len()];
        every_parser(&mutate(&mut rng, base));
    }
}

#[test]
fn parsers_never_panic_on_random_bytes() {
    let mut rng = Rng(0xBAD5_EED5);
    for _ in 0..200 {
        let len = rng.below(4096);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let b = (rng.next() & 0xff) as u8;
                // Lean towards markup characters.
                if b.is_multiple_of(3) {
                    b"<>/\"'= \n"[(b as usize) % 8]
                } else {
                    b
                }
            })
            .collect();
        every_parser(&bytes);
    }
}
