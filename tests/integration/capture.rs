//! `capture`: pages of a command kept, scrubbed of personal data.

use crate::common;

use common::{CARD, Env, bare_cmd};
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

/// `capture … settings show`: the user information page (name with U+3000,
/// address over two lines, birth date, phones, mail) leaves nothing personal
/// in any captured file, nor a token the site handed out.
#[test]
fn capture_of_the_user_information_leaves_nothing_personal() {
    let env = Env::new();
    env.login();
    let dir = env.dir.path().join("captured");
    env.cmd()
        .arg("capture")
        .arg(&dir)
        .args(["settings", "show"])
        .assert()
        .success();
    let mut secrets: Vec<String> = [
        CARD,
        common::PASSWORD,
        "花子",
        "追手町",
        "420-0853",
        "hanako@example.jp",
        "054-000-0000",
        "090-0000-0000",
        "1985/04/12",
        "19850412",
    ]
    .map(String::from)
    .to_vec();
    let tokens = common::hash_tokens(&env.sim);
    assert!(!tokens.is_empty(), "the command carried hash tokens");
    secrets.extend(tokens);
    let mut saw_info = false;
    for page in std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()) {
        let text = std::fs::read_to_string(&page).unwrap();
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{secret} in {}",
                page.display()
            );
        }
        if text.contains("summary=\"利用者情報\"") {
            saw_info = true;
            // The page still says what it is: labels stay, values go.
            assert!(text.contains("<th>住所</th><td>[PERSONAL]</td>"), "{text}");
            assert!(text.contains("<th>生年月日</th><td>[PERSONAL]</td>"));
        }
    }
    assert!(saw_info, "the user information page was captured");
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
