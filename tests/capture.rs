//! `capture`: pages of a command kept, scrubbed of personal data.

mod common;

use common::{CARD, bare_cmd};
use regex::Regex;
use toshokan::client::scrub::scrub;

fn hex40() -> Regex {
    Regex::new(r"\b[0-9a-f]{40}\b").unwrap()
}

#[test]
fn demo_capture_writes_scrubbed_pages() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("captured");
    bare_cmd(home.path())
        .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
        .args(["--demo", "capture"])
        .arg(&dir)
        .args(["loans", "--json"])
        .assert()
        .success();
    let pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(pages.len() >= 3, "{pages:?}");
    let mut saw_loans = false;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        assert!(!text.contains(CARD), "card number in {}", page.display());
        assert!(!hex40().is_match(&text), "page token in {}", page.display());
        assert!(!text.contains(common::PASSWORD));
        saw_loans |= text.contains("貸出状況一覧表");
    }
    assert!(saw_loans, "the loan list was captured");
}

#[test]
fn scrubbing_the_real_pages_leaves_no_card_token_mail_or_phone() {
    let usrcod = Regex::new(r"usrcod\s*=\s*'\d+'").unwrap();
    for path in common::real_pages() {
        if path.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let page = std::fs::read_to_string(&path).unwrap();
        let clean = scrub(&page, Some("9999999"));
        assert!(
            !usrcod.is_match(&clean),
            "usrcod left in {}",
            path.display()
        );
        assert!(!hex40().is_match(&clean), "hash left in {}", path.display());
        assert!(
            !clean.contains("9999999"),
            "card left in {}",
            path.display()
        );
        // What a parser needs survives: the pages still say what they are.
        if page.contains("貸出状況一覧表") {
            assert!(clean.contains("貸出状況一覧表"));
        }
    }
}
