//! Removes personal data from a page before it is saved for a report:
//! the card number (also inside `var usrcod = '…'`), `hash` tokens, e-mail
//! addresses, phone numbers, long digit runs, the value of every password
//! control (`type="password"`, or a name that says so: `oldpwd`, `newpwd2`
//! echoed as hidden inputs by a confirmation page), the whole content of
//! cells labelled as a name, address, birth date, phone or mail address,
//! and known personal values wherever and however a page writes them.

use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use super::parse::layouts;
use super::text::squeeze_str;

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
/// A `th` and the `td` after it (利用者情報 and forms like it): the label,
/// which may wrap its text in inline markup (`<label>`, `<span>`), and the
/// cell's whole content, whatever markup it holds (`〒…<br>…`, `<span>`).
/// Whether the label names a personal fact is decided on its text
/// ([`personal_label`]), so one pattern serves every wording.
static LABELLED_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?is)(<th\b[^>]*>)((?:[^<]|</?(?:span|label|b|strong|em|font|small|nobr|a|br)\b[^>]*>)*?)(</th>(?:\s|<!--.*?-->)*<td\b[^>]*>)(.*?)(</td>)",
    )
    .expect("valid regex")
});
/// A tag, or a run of text between tags.
static TAG_OR_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)(<[^>]*>)|([^<]+)").expect("valid regex"));
static VALUE_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(\bvalue\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s>]+)"#).expect("valid regex")
});
/// An `<input>` tag whole: quoted attribute values may hold `>`.
static INPUT_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<input\b(?:[^>"']|"[^"]*"|'[^']*')*>"#).expect("valid regex")
});
static NAME_OR_TYPE_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(name|type)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).expect("valid regex")
});
/// A date as pages and people write it: `1985/04/12`, `1985-4-12`,
/// `1985年4月12日`, `19850412`.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})(?:[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?|(\d{2})(\d{2}))$")
        .expect("valid regex")
});
static FORM_CONTROL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)<(?:input|select|textarea)\b").expect("valid regex"));

/// What replaces a personal value in a saved page.
pub const PERSONAL: &str = "[PERSONAL]";
/// What replaces the value of a password control.
pub const PASSWORD: &str = "[PASSWORD]";

/// How labels of personal facts begin (after [`layouts::compact`], lower
/// case): 氏名, 住所, 生年月日, 電話番号（自宅）, メールアドレス（確認）…
/// A prefix, not the whole label, because sites add their own brackets and
/// qualifiers; 本棚の名前 (a shelf's name) does not begin with one.
const PERSONAL_LABELS: &[&str] = &[
    "氏名",
    "名前",
    "利用者名",
    "フリガナ",
    "ふりがな",
    "カナ",
    "住所",
    "現住所",
    "生年月日",
    "電話",
    "自宅電話",
    "携帯",
    "連絡先電話",
    "メール",
    "eメール",
    "e-mail",
    "email",
];

/// Whether a `th`'s content (markup and all) names a personal fact.
fn personal_label(th_content: &str) -> bool {
    let text = Html::parse_fragment(th_content)
        .root_element()
        .text()
        .collect::<String>();
    let label = layouts::compact(&text).to_lowercase();
    PERSONAL_LABELS.iter().any(|p| label.starts_with(p))
}

/// A personal cell's content, blanked. A cell holding form controls keeps
/// them (what a layout report is for) with their values and texts blanked;
/// any other cell is blanked whole.
fn blank_cell(content: &str) -> String {
    if !FORM_CONTROL.is_match(content) {
        return PERSONAL.to_string();
    }
    TAG_OR_TEXT
        .replace_all(content, |c: &regex::Captures<'_>| {
            match (c.get(1), c.get(2)) {
                (Some(tag), _) => VALUE_ATTR
                    .replace_all(tag.as_str(), format!("${{1}}\"{PERSONAL}\""))
                    .into_owned(),
                (None, Some(text)) if text.as_str().trim().is_empty() => text.as_str().to_string(),
                _ => PERSONAL.to_string(),
            }
        })
        .into_owned()
}

/// Whether an `<input>` tag is a password control: its type says so, or
/// its name does (`*pwd*`, `*pass*`, any case), as the hidden inputs a
/// confirmation page echoes the passwords in (`oldpwd`, `newpwd2`).
fn password_control(tag: &str) -> bool {
    NAME_OR_TYPE_ATTR.captures_iter(tag).any(|c| {
        let value = c
            .get(2)
            .or_else(|| c.get(3))
            .or_else(|| c.get(4))
            .map_or(String::new(), |v| v.as_str().to_ascii_lowercase());
        if c[1].eq_ignore_ascii_case("type") {
            value == "password"
        } else {
            value.contains("pwd") || value.contains("pass")
        }
    })
}

/// Blanks the value of every password control, wherever the page puts it.
fn blank_password_controls(page: &str) -> String {
    INPUT_TAG
        .replace_all(page, |c: &regex::Captures<'_>| {
            let tag = &c[0];
            if password_control(tag) {
                VALUE_ATTR
                    .replace_all(tag, format!("${{1}}\"{PASSWORD}\""))
                    .into_owned()
            } else {
                tag.to_string()
            }
        })
        .into_owned()
}

/// Blanks the content of every cell labelled as a personal fact.
fn blank_personal_cells(page: &str) -> String {
    LABELLED_CELL
        .replace_all(page, |c: &regex::Captures<'_>| {
            if personal_label(&c[2]) {
                format!("{}{}{}{}{}", &c[1], &c[2], &c[3], blank_cell(&c[4]), &c[5])
            } else {
                c[0].to_string()
            }
        })
        .into_owned()
}

/// The values of a page's personal cells as text (`<br>` and other markup
/// as spaces, entities decoded, the values of form controls included), so
/// that they can be scrubbed from other pages too. Values meaning "nothing
/// registered" and single characters are left out: they would blank
/// ordinary words everywhere.
pub fn personal_values(page: &str) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    for c in LABELLED_CELL.captures_iter(page) {
        if !personal_label(&c[2]) {
            continue;
        }
        let cell = Html::parse_fragment(&c[4]);
        let text = squeeze_str(&cell.root_element().text().collect::<Vec<_>>().join(" "));
        let controls = cell
            .root_element()
            .select(sel!("input[value]"))
            .filter(|i| {
                !i.value()
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
            })
            .filter_map(|i| i.value().attr("value").map(squeeze_str));
        for value in std::iter::once(text).chain(controls) {
            let meaningful = value.chars().filter(|c| !c.is_whitespace()).count() >= 2
                && !layouts::user_info::NONE.contains(&value.as_str());
            if meaningful && !values.contains(&value) {
                values.push(value);
            }
        }
    }
    values
}

/// What may stand between two characters of a value as another page writes
/// it: whitespace (U+3000 included), `&nbsp;` and its numeric forms, `<br>`.
const GAP: &str = r"(?i:\s|&nbsp;|&#160;|&#xa0;|&#12288;|&#x3000;|<br\s*/?>)*";

/// A pattern for `value` wherever a page writes it: its characters in
/// order, each escaped (HTML-escaped forms and numeric references too), any
/// [`GAP`] between them.
/// `静岡 花子` (as parsed, U+3000 turned into a space) thus matches
/// `静岡　花子`, `静岡&nbsp;花子` and `静岡花子`; `〒420-0853 静岡市…`
/// matches `〒420-0853<br>静岡市…`. `None` under two characters.
fn value_pattern(value: &str) -> Option<Regex> {
    let chars: Vec<String> = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '&' => "(?:&|&amp;)".to_string(),
            '<' => "(?:<|&lt;)".to_string(),
            '>' => "(?:>|&gt;)".to_string(),
            '"' => "(?:\"|&quot;)".to_string(),
            '\'' => "(?:'|&#0*39;|&#x0*27;|&apos;)".to_string(),
            // Pages (and the simulator) may write any other character as a
            // numeric reference.
            c if !c.is_ascii() => format!(
                "(?:{}|&#0*{};|&#[xX]0*{:x};)",
                regex::escape(c.encode_utf8(&mut [0; 4])),
                c as u32,
                c as u32
            ),
            c => regex::escape(c.encode_utf8(&mut [0; 4])),
        })
        .collect();
    if chars.len() < 2 {
        return None;
    }
    Regex::new(&chars.join(GAP)).ok()
}

/// The ways a page may spell `value` besides as given: a date in every
/// usual form (`1985/04/12`, `1985-04-12`, `19850412`, `1985年4月12日`),
/// a phone number as digits only (`0540000000` for `054-000-0000`).
fn spellings(value: &str) -> Vec<String> {
    let mut out = vec![value.to_string()];
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(c) = DATE.captures(&compact) {
        let y = &c[1];
        let month = c.get(2).or_else(|| c.get(4)).map(|m| m.as_str());
        let day = c.get(3).or_else(|| c.get(5)).map(|m| m.as_str());
        if let (Some(Ok(m)), Some(Ok(d))) =
            (month.map(str::parse::<u32>), day.map(str::parse::<u32>))
        {
            out.extend([
                format!("{y}/{m:02}/{d:02}"),
                format!("{y}-{m:02}-{d:02}"),
                format!("{y}{m:02}{d:02}"),
                format!("{y}/{m}/{d}"),
                format!("{y}-{m}-{d}"),
                format!("{y}年{m}月{d}日"),
                format!("{y}年{m:02}月{d:02}日"),
            ]);
        }
    }
    let phone_like = compact
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '(' | ')' | '‐' | '－' | '+'));
    let digits: String = compact.chars().filter(char::is_ascii_digit).collect();
    if phone_like && digits.len() >= 7 {
        out.push(digits);
    }
    out.dedup();
    out
}

/// `page` without the personal `values`, however spaced, broken or
/// spelled ([`spellings`]).
pub fn scrub_values(page: &str, values: &[String]) -> String {
    let mut out = page.to_string();
    let spelled = values.iter().flat_map(|v| spellings(v));
    for pattern in spelled.filter_map(|v| value_pattern(&v)) {
        out = pattern.replace_all(&out, PERSONAL).into_owned();
    }
    out
}

/// Everything [`scrub`] removes, every card of `cards`, the `personal`
/// values given and those the page's own personal cells show.
pub fn scrub_all(page: &str, cards: &[String], personal: &[String]) -> String {
    let mut values = personal_values(page);
    values.extend(personal.iter().cloned());
    let mut out = scrub(page, None);
    for card in cards {
        out = scrub(&out, Some(card));
    }
    scrub_values(&out, &values)
}

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
    out = blank_password_controls(&out);
    blank_personal_cells(&out)
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

    #[test]
    fn blanks_personal_cells_with_markup_inside() {
        let page = "<tr><th>氏名</th><td><span>静岡\u{3000}花子</span></td></tr>\
            <tr><th><span>住所</span></th><td>〒420-0853<br>静岡市葵区追手町5-1</td></tr>\
            <tr><th>電話番号（自宅電話）</th><td>054&nbsp;000&nbsp;0000</td></tr>\
            <tr><th>生年月日</th><!-- 西暦 --><td><b>1985/04/12</b></td></tr>\
            <tr><th>連絡方法</th><td><span>電話連絡</span></td></tr>";
        let s = scrub(page, None);
        for gone in ["花子", "420-0853", "追手町", "054", "1985"] {
            assert!(!s.contains(gone), "{gone}: {s}");
        }
        assert!(s.contains("<th>氏名</th><td>[PERSONAL]</td>"), "{s}");
        assert!(s.contains("<span>電話連絡</span>"), "{s}");
    }

    #[test]
    fn a_personal_form_cell_keeps_its_controls_without_their_values() {
        let page = r#"<tr><th><label for="m">メールアドレス</label></th>
<td><input type="text" id="m" name="mailaddr" value="hanako at example" size="50"></td></tr>
<tr><th scope="row"><label for="list-name">本棚の名前</label></th><td><input name="listname" value="次に読む"></td></tr>"#;
        let s = scrub(page, None);
        assert!(s.contains(r#"name="mailaddr" value="[PERSONAL]""#), "{s}");
        assert!(!s.contains("hanako"), "{s}");
        // A shelf's name is not personal.
        assert!(s.contains("次に読む"), "{s}");
    }

    #[test]
    fn personal_values_are_found_however_a_page_spaces_them() {
        let values = vec![
            "静岡 花子".to_string(),
            "〒420-0853 静岡市葵区追手町5-1".to_string(),
        ];
        let page = "<p>静岡　花子 様</p><p>静岡花子</p><p>静岡&nbsp;花子</p>\
            <div>〒420-0853<br>\n静岡市葵区追手町5-1</div><div>〒420-0853<BR/>静岡市葵区追手町5-1</div>";
        let s = scrub_values(page, &values);
        assert!(!s.contains("花子"), "{s}");
        assert!(!s.contains("追手町") && !s.contains("420-0853"), "{s}");
        assert!(s.contains("様"), "{s}");
    }

    #[test]
    fn a_page_teaches_its_own_personal_values() {
        let info = "<tr><th>氏名</th><td><span>静岡\u{3000}花子</span></td></tr>\
            <tr><th>住所</th><td>〒420-0853<br>静岡市葵区追手町5-1</td></tr>\
            <tr><th>電話番号（携帯）</th><td>未登録</td></tr>";
        let values = personal_values(info);
        assert_eq!(
            values,
            ["静岡 花子", "〒420-0853 静岡市葵区追手町5-1"],
            "未登録 is no personal value"
        );
        let other = "<h2>静岡　花子さんの本棚</h2><p>未登録</p>";
        let s = scrub_all(other, &[], &values);
        assert!(!s.contains("花子") && s.contains("未登録"), "{s}");
    }

    #[test]
    fn password_controls_lose_their_values_wherever_they_are() {
        let page = r#"<form name="prevRequestForm" method="post">
<input type="hidden" name="oldpwd" value="demo1234"/>
<input type="hidden" name="newpwd" value="newpass12"/>
<input type="hidden" name="NewPwd2" value='newpass12'/>
<input name=j_password value=secret99 onkeypress="if (a > b) {x();}">
<input type="PASSWORD" id="p" value="typed77" name="pin">
<input type="hidden" name="gamenid" value="tiles.WUsrChPass">
<input type="hidden" name="listname" value="次に読む">
</form>"#;
        let s = scrub(page, None);
        for gone in ["demo1234", "newpass12", "secret99", "typed77"] {
            assert!(!s.contains(gone), "{gone}: {s}");
        }
        assert!(s.contains(r#"name="oldpwd" value="[PASSWORD]""#), "{s}");
        assert!(
            s.contains("tiles.WUsrChPass") && s.contains("次に読む"),
            "{s}"
        );
    }

    #[test]
    fn dates_and_phones_are_found_in_every_spelling() {
        let values = vec!["1985/04/12".to_string(), "054-000-0000".to_string()];
        let page = "<li>例：19850412</li><p>1985-04-12</p><p>1985年4月12日</p>\
            <input type=\"hidden\" name=\"telno\" value=\"0540000000\">";
        let s = scrub_values(page, &values);
        for gone in ["19850412", "1985-04-12", "1985年4月12日", "0540000000"] {
            assert!(!s.contains(gone), "{gone}: {s}");
        }
        assert!(s.contains("例："), "{s}");
    }

    #[test]
    fn values_written_as_numeric_references_are_found() {
        let values = vec!["静岡 花子".to_string()];
        let page =
            "<input type=\"hidden\" name=\"x\" value=\"&#38745;&#23713;&#x3000;&#x82b1;&#23376;\">";
        let s = scrub_values(page, &values);
        assert!(!s.contains("&#x82b1;") && !s.contains("&#23376;"), "{s}");
    }
}
