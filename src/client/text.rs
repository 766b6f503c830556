//! Small text helpers shared by the page parsers.

use jiff::civil::Date;
use scraper::ElementRef;

/// Text of an element with every whitespace run (including U+3000 and
/// CRLF) collapsed to one ASCII space, trimmed.
pub fn squeeze(el: ElementRef<'_>) -> String {
    squeeze_str(&el.text().collect::<String>())
}

pub fn squeeze_str(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text of an element with ASCII whitespace runs removed but U+3000 kept,
/// for strings whose fields are separated by full-width spaces.
pub fn text_keep_ideographic(el: ElementRef<'_>) -> String {
    let raw: String = el.text().collect();
    let mut out = String::new();
    for line in raw.split(['\r', '\n']) {
        let line = line.trim_matches(|c: char| c.is_ascii_whitespace());
        if !line.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line);
        }
    }
    out
}

/// A bibliographic line as the list pages print it:
/// `　書名　副書名　著者名／著　出版者`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleLine {
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
}

/// Splits a list page's title line on U+3000 and the ／ that ends an author.
///
/// The author is the part carrying ／ (the role after it is dropped). Some
/// author names themselves contain U+3000 (`黒川　みつひろ／作絵`); when the
/// name part has no space and the part before it is a short run of kanji, that
/// part is taken as the family name. Without ／, a final part after the title
/// is the publisher.
pub fn split_title_line(line: &str) -> TitleLine {
    let parts: Vec<&str> = line
        .split('\u{3000}')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let Some(author_at) = parts.iter().rposition(|p| p.contains('／')) else {
        return match parts.as_slice() {
            [] => TitleLine {
                title: String::new(),
                author: None,
                publisher: None,
            },
            [only] => TitleLine {
                title: (*only).to_string(),
                author: None,
                publisher: None,
            },
            [title @ .., publisher] => TitleLine {
                title: title.join("\u{3000}"),
                author: None,
                publisher: Some((*publisher).to_string()),
            },
        };
    };
    let name = parts[author_at]
        .split('／')
        .next()
        .unwrap_or_default()
        .trim();
    let mut title_end = author_at;
    let mut author = name.to_string();
    if author_at >= 2 && !name.contains(' ') {
        let before = parts[author_at - 1];
        let short_kanji = before.chars().count() <= 3 && before.chars().all(is_kanji);
        if short_kanji {
            author = format!("{before}\u{3000}{name}");
            title_end -= 1;
        }
    }
    let publisher = parts[author_at + 1..].join("\u{3000}");
    TitleLine {
        title: parts[..title_end].join("\u{3000}"),
        author: (!author.is_empty()).then_some(author),
        publisher: (!publisher.is_empty()).then_some(publisher),
    }
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// `yyyy/MM/dd` (loan list, history).
pub fn parse_slash_date(s: &str) -> Option<Date> {
    let mut it = s.trim().split('/');
    let y: i16 = it.next()?.trim().parse().ok()?;
    let m: i8 = it.next()?.trim().parse().ok()?;
    let d: i8 = it.next()?.trim().parse().ok()?;
    if it.next().is_some() || y < 1900 {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// `yy/MM/dd` as the reservation list prints it (split over two spans).
pub fn parse_short_year_date(s: &str) -> Option<Date> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut it = compact.split('/');
    let yy: i16 = it.next()?.parse().ok()?;
    let m: i8 = it.next()?.parse().ok()?;
    let d: i8 = it.next()?.parse().ok()?;
    if it.next().is_some() || !(0..100).contains(&yy) {
        return None;
    }
    Date::new(2000 + yy, m, d).ok()
}

/// `MM/dd` without a year: the first such date on or after `reference`.
pub fn parse_month_day_after(s: &str, reference: Date) -> Option<Date> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (m, d) = compact.split_once('/')?;
    let m: i8 = m.parse().ok()?;
    let d: i8 = d.parse().ok()?;
    let this_year = Date::new(reference.year(), m, d).ok();
    match this_year {
        Some(date) if date >= reference => Some(date),
        _ => Date::new(reference.year() + 1, m, d).ok(),
    }
}

/// A count cell: digits, or nothing.
pub fn parse_count(s: &str) -> Option<u32> {
    let t = s.trim();
    if t.is_empty() { None } else { t.parse().ok() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_title_author_publisher() {
        let t = split_title_line(
            "　いきもの必殺技図鑑　いきものたちが繰り出すすごい必殺技がズラリ!　實吉 達郎／監修　カンゼン",
        );
        assert_eq!(
            t.title,
            "いきもの必殺技図鑑　いきものたちが繰り出すすごい必殺技がズラリ!"
        );
        assert_eq!(t.author.as_deref(), Some("實吉 達郎"));
        assert_eq!(t.publisher.as_deref(), Some("カンゼン"));
    }

    #[test]
    fn keeps_family_name_split_by_ideographic_space() {
        let t = split_title_line(
            "恐竜トリケラトプスとギガノトサウルス　南海大決戦の巻　たたかう恐竜たち　黒川　みつひろ／作絵　小峰書店",
        );
        assert_eq!(
            t.title,
            "恐竜トリケラトプスとギガノトサウルス　南海大決戦の巻　たたかう恐竜たち"
        );
        assert_eq!(t.author.as_deref(), Some("黒川\u{3000}みつひろ"));
        // A volume number before a spaced name is not a family name.
        let t = split_title_line("頭をつかう新習慣!ナゾときタイム　2　松丸 亮吾／著　NHK出版");
        assert_eq!(t.title, "頭をつかう新習慣!ナゾときタイム　2");
        assert_eq!(t.author.as_deref(), Some("松丸 亮吾"));
    }

    #[test]
    fn without_author_last_part_is_publisher() {
        let t = split_title_line(
            "るるぶこどもと行く沖縄　'27　るるぶ情報版 九州 14　JTBパブリッシング",
        );
        assert_eq!(t.title, "るるぶこどもと行く沖縄　'27　るるぶ情報版 九州 14");
        assert_eq!(t.author, None);
        assert_eq!(t.publisher.as_deref(), Some("JTBパブリッシング"));
    }

    #[test]
    fn parses_site_dates() {
        assert_eq!(parse_slash_date("2026/07/18"), Date::new(2026, 7, 18).ok());
        assert_eq!(
            parse_short_year_date("26/ 04/15"),
            Date::new(2026, 4, 15).ok()
        );
        assert_eq!(parse_short_year_date("ー"), None);
        let reference = Date::new(2026, 12, 20).unwrap();
        assert_eq!(
            parse_month_day_after("01/03", reference),
            Date::new(2027, 1, 3).ok()
        );
        assert_eq!(
            parse_month_day_after("12/27", reference),
            Date::new(2026, 12, 27).ok()
        );
    }
}
