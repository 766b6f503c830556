//! `search`: the detailed search (詳細検索). The catalogue is public, so
//! this runs on a client without credentials (no login, no session cache,
//! no profile lock); pages are still classified as everywhere else.

use std::io::IsTerminal;

use super::choice::{best, normalize};
use super::context::Context;
use crate::cli::{SearchArgs, SortKey};
use crate::client::catalog::{SearchQuery, YearMonth};
use crate::client::parse::search::Choice;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{Hit, Sort, SortField};

/// `YYYY` or `YYYY-MM` (also `YYYY/MM`).
fn year_month(flag: &str, text: &str, lang: Lang) -> Result<YearMonth, CliError> {
    let bad = || {
        CliError::usage(format!(
            "{flag}: {} {text:?}",
            lang.t("年の形式が正しくありません", "not a year")
        ))
        .with_hint(lang.t(
            "YYYY または YYYY-MM で指定してください",
            "use YYYY or YYYY-MM",
        ))
    };
    let (y, m) = match text.trim().split_once(['-', '/']) {
        Some((y, m)) => (y, Some(m)),
        None => (text.trim(), None),
    };
    if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let year: u16 = y.parse().map_err(|_| bad())?;
    let month = match m {
        Some(m) => match m.parse::<u8>() {
            Ok(m @ 1..=12) => Some(m),
            _ => return Err(bad()),
        },
        None => None,
    };
    Ok(YearMonth { year, month })
}

fn isbn(text: &str, lang: Lang) -> Result<String, CliError> {
    // Full-width digits and hyphens are common in Japanese input.
    let compact: Vec<char> = normalize(text)
        .to_ascii_uppercase()
        .chars()
        .filter(|c| !matches!(c, '-' | '‐' | '‑' | '−'))
        .collect();
    let digits = |cs: &[char]| cs.iter().all(char::is_ascii_digit);
    let ok = match compact.len() {
        13 => digits(&compact),
        10 => digits(&compact[..9]) && (compact[9].is_ascii_digit() || compact[9] == 'X'),
        _ => false,
    };
    let compact: String = compact.into_iter().collect();
    if ok {
        Ok(compact)
    } else {
        Err(CliError::usage(format!(
            "--isbn: {} {text:?}",
            lang.t("ISBN の形式が正しくありません", "not an ISBN")
        ))
        .with_hint(lang.t(
            "10 桁または 13 桁で指定してください（ハイフン可）",
            "give 10 or 13 digits (hyphens allowed)",
        )))
    }
}

fn sort_field(key: SortKey) -> SortField {
    match key {
        SortKey::Type => SortField::MaterialType,
        SortKey::Title => SortField::Title,
        SortKey::Author => SortField::Author,
        SortKey::Publisher => SortField::Publisher,
        SortKey::Published => SortField::Published,
        SortKey::Class => SortField::Classification,
    }
}

/// What the command line asks, checked before anything is sent.
fn query_from(args: &SearchArgs, lang: Lang) -> Result<SearchQuery, CliError> {
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let words = args.words.join(" ");
    let query = SearchQuery {
        words: text(&Some(words)),
        title: text(&args.fields.title),
        author: text(&args.fields.author),
        publisher: text(&args.fields.publisher),
        subject: text(&args.fields.subject),
        isbn: args.isbn.as_deref().map(|i| isbn(i, lang)).transpose()?,
        kinds: Vec::new(),
        year_from: args
            .year_from
            .as_deref()
            .map(|y| year_month("--year-from", y, lang))
            .transpose()?,
        year_to: args
            .year_to
            .as_deref()
            .map(|y| year_month("--year-to", y, lang))
            .transpose()?,
        available: args.available,
        sort: args.sort.map(|key| Sort {
            field: sort_field(key),
            descending: args.desc,
        }),
    };
    if let (Some(from), Some(to)) = (query.year_from, query.year_to)
        && (from.year, from.month.unwrap_or(1)) > (to.year, to.month.unwrap_or(12))
    {
        return Err(CliError::usage(lang.t(
            "--year-from が --year-to より後になっています",
            "--year-from is after --year-to",
        )));
    }
    if query.keyword_count() == 0
        && query.isbn.is_none()
        && query.year_from.is_none()
        && query.year_to.is_none()
    {
        return Err(CliError::usage(lang.t("検索条件がありません", "nothing to search for"))
            .with_hint(lang.t(
                "語を指定するか --title/--author/--publisher/--subject/--isbn/--year-from/--year-to のどれかを使ってください",
                "give WORDS or one of --title/--author/--publisher/--subject/--isbn/--year-from/--year-to",
            )));
    }
    Ok(query)
}

/// English names for the kinds LiCS-XP forms offer, matched against the
/// site's own labels (NFKC, case-insensitive, contained).
const KIND_NAMES: [(&str, &str); 15] = [
    ("general", "一般"),
    ("adult", "一般"),
    ("children", "児童"),
    ("child", "児童"),
    ("kids", "児童"),
    ("magazine", "雑誌"),
    ("newspaper", "新聞"),
    ("cd", "cd"),
    ("dvd", "dvd"),
    ("video", "ビデオ"),
    ("daisy", "デイジー"),
    ("av", "その他視聴覚"),
    ("audiovisual", "その他視聴覚"),
    ("picture-book", "大型絵本"),
    ("big-book", "大型絵本"),
];

fn kind_choices(choices: &[Choice]) -> String {
    choices
        .iter()
        .map(|c| c.label.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A kind from its code, an English name, or the site's label by the shared
/// rule ([`best`]: exact, normalised, start, part).
pub(super) fn resolve_kind(
    input: &str,
    choices: &[Choice],
    lang: Lang,
) -> Result<String, CliError> {
    if let Some(c) = choices.iter().find(|c| c.code == input.trim()) {
        return Ok(c.code.clone());
    }
    let wanted = normalize(input);
    let typed = KIND_NAMES
        .iter()
        .find(|(name, _)| *name == wanted)
        .map_or(input, |(_, label)| *label);
    let partial = best(typed, choices, |c| &c.label);
    let english: Vec<&str> = KIND_NAMES.iter().map(|(n, _)| *n).collect();
    match partial.as_slice() {
        [one] => Ok(one.code.clone()),
        [] => Err(CliError::usage(format!(
            "--type: {} {input:?}",
            lang.t("この資料種別はありません", "unknown material kind")
        ))
        .with_hint(format!(
            "{}: {} ({})",
            lang.t("サイトの資料種別", "the site's kinds"),
            kind_choices(choices),
            english.join(", ")
        ))),
        many => Err(super::choice::ambiguous(
            lang,
            format!(
                "--type: {} {input:?}",
                lang.t("資料種別が曖昧です", "ambiguous material kind")
            ),
            many.iter().map(|c| c.label.clone()),
        )),
    }
}

fn progress(ctx: &Context, pages: u32) -> indicatif::ProgressBar {
    if ctx.out.quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(u64::from(pages)),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar.set_message(ctx.lang().t("ページ", "pages").to_string());
    bar
}

pub async fn run(ctx: &mut Context, args: &SearchArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let mut query = query_from(args, lang)?;
    let mut client = ctx.public_client()?;
    let form = client.search_form().await?;
    query.kinds = args
        .kinds
        .iter()
        .filter(|k| !k.trim().is_empty())
        .map(|k| resolve_kind(k, form.kinds(), lang))
        .collect::<Result<Vec<_>, _>>()?;
    if query.isbn.is_some() && !form.has_isbn() {
        return Err(CliError::usage(lang.t(
            "このサイトの検索画面には ISBN の項目がありません",
            "this site's search form has no ISBN field",
        )));
    }
    if query.keyword_count() > form.keyword_rows() {
        return Err(CliError::usage(format!(
            "{} {}",
            lang.t(
                "WORDS/--title/--author/--publisher/--subject の指定が多すぎます。最大",
                "too many of WORDS/--title/--author/--publisher/--subject; the site's form takes at most",
            ),
            form.keyword_rows()
        )));
    }
    let (first, cursor) = client.search(&form, &query).await?;
    let total = first.total;
    let pages = first.pages;
    let mut shown_page = first.page;
    let mut hits: Vec<Hit> = first.hits;
    if let Some(cursor) = cursor {
        if args.all && pages > 1 {
            let bar = progress(ctx, pages);
            bar.inc(1);
            for n in 2..=pages {
                let page = client.search_page(&cursor, n).await;
                let page = match page {
                    Ok(p) => p,
                    Err(e) => {
                        bar.finish_and_clear();
                        return Err(e.into());
                    }
                };
                hits.extend(page.hits);
                bar.inc(1);
            }
            bar.finish_and_clear();
        } else if let Some(n) = args.page.filter(|n| *n > 1) {
            if n > pages {
                return Err(CliError::usage(format!(
                    "--page {n}: {} {total} {} {pages} {}",
                    lang.t("該当", "there are only"),
                    lang.t("件で全", "hits on"),
                    lang.t("ページです", "pages"),
                )));
            }
            let page = client.search_page(&cursor, n).await?;
            hits = page.hits;
            shown_page = page.page;
        }
    }
    crate::output::catalog::hits(&ctx.out, &hits)?;
    // No hits is said once, by the empty list's own line.
    if !ctx.out.json && !hits.is_empty() {
        let line = match (lang, args.all) {
            (Lang::Ja, true) => format!("{total} 件（全 {pages} ページ）"),
            (Lang::En, true) => format!("{total} hits, {pages} pages"),
            (Lang::Ja, false) => format!("{total} 件中 {shown_page}/{pages} ページ"),
            (Lang::En, false) => format!("{total} hits, page {shown_page} of {pages}"),
        };
        ctx.out.note(&line);
    }
    Ok(Exit::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> Vec<Choice> {
        [
            ("1", "一般"),
            ("2", "児童"),
            ("3", "雑誌・新聞"),
            ("4", "ＣＤ"),
            ("5", "ビデオ・ＤＶＤ"),
            ("6", "デイジー"),
            ("7", "その他視聴覚"),
            ("8", "大型絵本"),
        ]
        .iter()
        .map(|(code, label)| Choice {
            code: code.to_string(),
            label: label.to_string(),
            checked: false,
        })
        .collect()
    }

    #[test]
    fn kinds_by_name_label_or_part() {
        let c = choices();
        let kind = |s: &str| resolve_kind(s, &c, Lang::En).ok();
        assert_eq!(kind("general").as_deref(), Some("1"));
        assert_eq!(kind("children").as_deref(), Some("2"));
        assert_eq!(kind("magazine").as_deref(), Some("3"));
        assert_eq!(kind("CD").as_deref(), Some("4"));
        assert_eq!(kind("dvd").as_deref(), Some("5"));
        assert_eq!(kind("児童").as_deref(), Some("2"));
        assert_eq!(kind("雑誌").as_deref(), Some("3"));
        assert_eq!(kind("ＤＶＤ").as_deref(), Some("5"));
        assert_eq!(kind("picture-book").as_deref(), Some("8"));
        assert!(kind("comics").is_none());
    }

    #[test]
    fn years_and_isbns() {
        let y = year_month("--year-from", "2015-03", Lang::En).unwrap();
        assert_eq!((y.year, y.month), (2015, Some(3)));
        assert!(year_month("--year-from", "15", Lang::En).is_err());
        assert!(year_month("--year-from", "2015-13", Lang::En).is_err());
        assert_eq!(isbn("4-04-067384-4", Lang::En).unwrap(), "4040673844");
        assert_eq!(
            isbn("978-4-04-067384-4", Lang::En).unwrap(),
            "9784040673844"
        );
        assert!(isbn("12345", Lang::En).is_err());
        assert_eq!(
            isbn("４－０４－０６７３８４－４", Lang::En).unwrap(),
            "4040673844"
        );
        assert!(isbn("1234567８", Lang::En).is_err());
        assert_eq!(isbn("4-04-067384-x", Lang::En).unwrap(), "404067384X");
    }
}
