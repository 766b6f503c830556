//! Removes personal data from a page before it is saved for a report:
//! the card number (also inside `var usrcod = '…'`), `hash` tokens, e-mail
//! addresses, phone numbers, long digit runs, and the values of cells
//! labelled as a name, address or birth date.

use regex::Regex;
use std::sync::LazyLock;

static USRCOD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(usrcod\s*=\s*['"])[^'"]*(['"])"#).expect("valid regex"));
static HASH_INPUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(name=["']?hash["']?\s+value=["'])[^"']*(["'])"#).expect("valid regex")
});
static HASH_PARAM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([?&]hash=)[0-9A-Za-z]+").expect("valid regex"));
static HEX40: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[0-9a-f]{40}\b").expect("valid regex"));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}").expect("valid regex")
});
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b0\d{1,4}-\d{1,4}-\d{3,4}\b").expect("valid regex"));
static LONG_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{14,}").expect("valid regex"));
/// A `th` naming a personal fact and the `td` after it (利用者情報).
static PERSONAL_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(<th\b[^>]*>\s*(?:氏名|名前|住所|生年月日|フリガナ|ふりがな|カナ)[^<]*</th>\s*<td\b[^>]*>)[^<]*(</td>)",
    )
    .expect("valid regex")
});

pub fn scrub(page: &str, card: Option<&str>) -> String {
    let mut out = page.to_string();
    if let Some(card) = card.filter(|c| c.len() >= 4) {
        out = out.replace(card, "[CARD]");
    }
    out = USRCOD.replace_all(&out, "${1}[CARD]${2}").into_owned();
    out = HASH_INPUT.replace_all(&out, "${1}[HASH]${2}").into_owned();
    out = HASH_PARAM.replace_all(&out, "${1}[HASH]").into_owned();
    out = HEX40.replace_all(&out, "[HASH]").into_owned();
    out = EMAIL.replace_all(&out, "[EMAIL]").into_owned();
    out = PHONE.replace_all(&out, "[PHONE]").into_owned();
    out = LONG_DIGITS.replace_all(&out, "[DIGITS]").into_owned();
    out = PERSONAL_CELL
        .replace_all(&out, "${1}[PERSONAL]${2}")
        .into_owned();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_card_hash_mail_phone() {
        let page = r#"var usrcod = '1234567'; <input type="hidden" name="hash" value="1249c619e529de0b66c5fb9d64dfb98392615089"> a@b.jp 054-209-8800 card 1234567"#;
        let s = scrub(page, Some("1234567"));
        assert!(!s.contains("1234567"));
        assert!(!s.contains("1249c619"));
        assert!(!s.contains("a@b.jp"));
        assert!(!s.contains("054-209-8800"));
    }

    #[test]
    fn scrubs_labelled_name_and_address_cells() {
        let page = "<tr><th>氏名</th><td>静岡 花子</td></tr>\n<tr><th scope=\"row\">住所</th>\n<td class=\"x\">静岡市葵区追手町5-1</td></tr><tr><th>受取館</th><td>中央図書館</td></tr>";
        let s = scrub(page, None);
        assert!(!s.contains("花子"), "{s}");
        assert!(!s.contains("追手町"), "{s}");
        assert!(s.contains("<th>氏名</th><td>[PERSONAL]</td>"), "{s}");
        assert!(s.contains("中央図書館"));
    }
}
