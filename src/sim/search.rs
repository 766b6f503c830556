//! The simulator's catalogue search: detailed-search execution (every
//! keyword row with its item, match range and AND/OR/NOT, the code row,
//! material kinds, libraries, year range) and the result list kept as
//! session state (sort toggling by re-sent key, the stock filter). The
//! routes that answer with these are in `server/catalog.rs`.

use unicode_normalization::UnicodeNormalization;

use super::catalog::{Holding, Title};
use super::form::{all, field};
use super::html_catalog::{self as view, TITLE_KEY};
use super::state::Library;

pub const NO_HITS: &str = "該当する書誌がありません。";
pub const NO_CONDITIONS: &str = "検索条件を入力して下さい。";
const BAD_YEAR: &str = "出版年月の指定が正しくありません。";

/// One session's result list, which the site keeps server-side.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchSession {
    /// What was asked, for the list header: (item label, text).
    pub query: Vec<(String, String)>,
    /// Matching titles in the requested default order (`disporder`).
    pub matched: Vec<String>,
    /// What the list shows: after the stock filter and the sort.
    pub shown: Vec<String>,
    /// `stockState`: 1 all, 2 lendable only, 3 in-library only.
    pub stock: String,
    /// Hidden `sortKey` (empty: default order) and `isAsc` (`1`, `0` or empty).
    pub sort_key: String,
    pub is_asc: String,
    pub per_page: usize,
}

/// 帯出区分 of a copy: local-history shelves are for use in the library.
pub fn loan_class(h: &Holding) -> &'static str {
    if h.location == "郷土資料" {
        "禁帯出"
    } else {
        "帯出可"
    }
}

pub fn holding_lendable(h: &Holding) -> bool {
    h.status == "在庫" && loan_class(h) == "帯出可"
}

/// 貸出 ○ on the list: a copy can be borrowed now.
pub fn lendable(t: &Title) -> bool {
    t.holdings.iter().any(holding_lendable)
}

/// 資料種別 of a copy as the holdings table words it.
pub fn item_kind(t: &Title) -> &'static str {
    match t.bib.material_type.as_str() {
        "児童図書" => "児童書",
        "雑誌" => "雑誌",
        "ＣＤ" => "ＣＤ",
        "コミック" => "コミック",
        _ => "一般和書",
    }
}

/// NFKC, lower case, no spaces; with 清音化 also without (han)dakuten and
/// with small kana made large, as the form's default option does.
fn norm(s: &str, seion: bool) -> String {
    let base: String = s
        .nfkc()
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace())
        .collect();
    if !seion {
        return base;
    }
    base.nfd()
        .filter(|c| !matches!(c, '\u{3099}' | '\u{309A}'))
        .map(|c| match c {
            'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' | 'っ' | 'ゃ' | 'ゅ' | 'ょ' | 'ゎ' | 'ァ' | 'ィ'
            | 'ゥ' | 'ェ' | 'ォ' | 'ッ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' => {
                char::from_u32(c as u32 + 1).unwrap_or(c)
            }
            c => c,
        })
        .nfc()
        .collect()
}

/// One filled condition row.
struct Row {
    item: String,
    text: String,
    range: String,
    mixing: String,
}

fn row_fields(t: &Title, item: &str) -> Vec<String> {
    let title = t.bib.title.clone();
    let author = t.bib.author.clone().unwrap_or_default();
    let publisher = t.bib.publisher.clone().unwrap_or_default();
    let subject = t.subject.clone().unwrap_or_default();
    let isbn: String = t
        .isbn
        .as_deref()
        .unwrap_or_default()
        .chars()
        .filter(|c| *c != '-')
        .collect();
    match item {
        "0" | "10" | "11" | "12" | "13" => vec![title],
        "1" | "14" | "15" => vec![author],
        "2" => vec![publisher],
        "3" | "16" => vec![subject],
        "7" => vec![title, author, publisher, subject, isbn, t.ndc.clone()],
        "5" => vec![t.ndc.clone()],
        "6" => vec![isbn],
        "9" => vec![t.bib.tilcod.clone()],
        _ => Vec::new(), // 内容注記: the simulated catalogue has none
    }
}

fn row_matches(t: &Title, row: &Row, seion: bool) -> bool {
    let fields: Vec<String> = row_fields(t, &row.item)
        .iter()
        .map(|f| norm(f, seion))
        .filter(|f| !f.is_empty())
        .collect();
    let strip = |s: String| {
        if row.item == "6" {
            s.replace('-', "")
        } else {
            s
        }
    };
    match row.range.as_str() {
        "1" | "2" | "3" => {
            let q = strip(norm(&row.text, seion));
            fields.iter().any(|f| match row.range.as_str() {
                "1" => f.starts_with(&q),
                "2" => *f == q,
                _ => f.ends_with(&q),
            })
        }
        _ => row
            .text
            .split(char::is_whitespace)
            .map(|w| strip(norm(w, seion)))
            .filter(|w| !w.is_empty())
            .all(|w| fields.iter().any(|f| f.contains(&w))),
    }
}

fn parse_year(s: Option<&str>) -> Result<Option<u32>, &'static str> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse::<u32>().map(Some).map_err(|_| BAD_YEAR),
    }
}

fn published(t: &Title) -> (u32, u32) {
    let (y, m) = t.published.split_once('/').unwrap_or((&t.published, "0"));
    (y.parse().unwrap_or(0), m.parse().unwrap_or(0))
}

fn sort_value(t: &Title, key: &str) -> String {
    match key {
        "SLSTITL.TILSHU" => t.bib.material_type.clone(),
        "SLSTITL.AUTHER_RD" => t.bib.author.clone().unwrap_or_default(),
        "SLSTITL.PUBLISH_ST" => t.bib.publisher.clone().unwrap_or_default(),
        "SLSTITL.PUBYMD_ST" => t.published.clone(),
        "SLSTITL.NDC1,SLSTITL.NDC2,SLSTITL.NDC3" => t.ndc.clone(),
        _ => t.bib.title.clone(),
    }
}

pub(super) fn sort_titles(lib: &Library, tilcods: &mut [String], key: &str, ascending: bool) {
    let value = |code: &String| {
        lib.title(code)
            .map(|t| sort_value(t, key))
            .unwrap_or_default()
    };
    tilcods.sort_by(|a, b| {
        let order = value(a).cmp(&value(b)).then_with(|| a.cmp(b));
        if ascending { order } else { order.reverse() }
    });
}

/// The key and direction of a `disporder` choice.
fn disporder(code: &str) -> (&'static str, bool) {
    match code {
        "1" => (TITLE_KEY, false),
        "2" => ("SLSTITL.AUTHER_RD", true),
        "3" => ("SLSTITL.AUTHER_RD", false),
        "4" => ("SLSTITL.PUBLISH_ST", true),
        "5" => ("SLSTITL.PUBLISH_ST", false),
        "6" => ("SLSTITL.PUBYMD_ST", true),
        "7" => ("SLSTITL.PUBYMD_ST", false),
        "8" => ("SLSTITL.NDC1,SLSTITL.NDC2,SLSTITL.NDC3", true),
        "9" => ("SLSTITL.NDC1,SLSTITL.NDC2,SLSTITL.NDC3", false),
        "11" => (TITLE_KEY, false),
        _ => (TITLE_KEY, true),
    }
}

fn item_label(item: &str) -> String {
    view::ITEMS
        .iter()
        .chain(view::CODE_ITEMS.iter())
        .find(|(code, _)| *code == item)
        .map(|(_, label)| label.replace("&nbsp;", ""))
        .unwrap_or_default()
}

/// Runs a detailed search as `WOpacTifSchCmpdExecAction.do` does. The
/// error is the dialog the form comes back with.
pub fn execute(lib: &Library, form: &[(String, String)]) -> Result<SearchSession, &'static str> {
    let seion = field(form, "input_seion") == Some("input_seion_checked");
    let mut rows = Vec::new();
    for n in ["1", "2", "4", "5", "3"] {
        let text = field(form, &format!("condition{n}Text"))
            .unwrap_or_default()
            .trim();
        if text.is_empty() {
            continue;
        }
        let code_row = n == "3";
        let item = field(form, &format!("condition{n}"))
            .unwrap_or(if code_row { "5" } else { "0" })
            .to_string();
        // A disabled range is not sent: what the script set before disabling it.
        let range = field(form, &format!("range{n}")).unwrap_or_else(|| {
            if code_row {
                if item == "5" { "1" } else { "2" }
            } else if matches!(item.as_str(), "4" | "7") {
                "0"
            } else if text.encode_utf16().count() == 1 {
                "2"
            } else {
                "0"
            }
        });
        rows.push(Row {
            range: range.to_string(),
            mixing: field(form, &format!("mixing{n}"))
                .unwrap_or("0")
                .to_string(),
            item,
            text: text.to_string(),
        });
    }
    let year_from = parse_year(field(form, "yearstart"))?;
    let month_from = parse_year(field(form, "monthstart"))?;
    let year_to = parse_year(field(form, "yearend"))?;
    let month_to = parse_year(field(form, "monthend"))?;
    if rows.is_empty() && year_from.is_none() && year_to.is_none() {
        return Err(NO_CONDITIONS);
    }
    let kinds = (field(form, "chkflg") == Some("check")).then(|| all(form, "mngshus"));
    let libraries = (field(form, "loccodschkflg") == Some("check")).then(|| all(form, "loccods"));
    let lower = year_from.map(|y| (y, month_from.unwrap_or(1)));
    let upper = year_to.map(|y| (y, month_to.unwrap_or(12)));
    let in_years = |t: &Title| {
        let (y, m) = published(t);
        let (lo, hi) = if m == 0 {
            // No month: compare the years only.
            (lower.map(|l| (l.0, 0)), upper.map(|u| (u.0, 0)))
        } else {
            (lower, upper)
        };
        lo.is_none_or(|lo| (y, m) >= lo) && hi.is_none_or(|hi| (y, m) <= hi)
    };
    let mut matched: Vec<String> = lib
        .catalog
        .iter()
        .filter(|t| {
            let mut hit: Option<bool> = None;
            let mut op = "0";
            for row in &rows {
                let this = row_matches(t, row, seion);
                hit = Some(match (hit, op) {
                    (None, _) => this,
                    (Some(h), "1") => h || this,
                    (Some(h), "2") => h && !this,
                    (Some(h), _) => h && this,
                });
                op = &row.mixing;
            }
            hit.unwrap_or(true)
        })
        .filter(|t| {
            kinds
                .as_ref()
                .is_none_or(|k| k.contains(&t.kind_code.as_str()))
        })
        .filter(|t| {
            libraries.as_ref().is_none_or(|l| {
                t.holdings
                    .iter()
                    .any(|h| l.contains(&h.library_code.as_str()))
            })
        })
        .filter(|t| in_years(t))
        .map(|t| t.bib.tilcod.clone())
        .collect();
    if matched.is_empty() {
        return Err(NO_HITS);
    }
    let (key, ascending) = disporder(field(form, "disporder").unwrap_or("0"));
    sort_titles(lib, &mut matched, key, ascending);
    let per_page = match field(form, "dispmaxnum") {
        Some("20") => 20,
        Some("50") => 50,
        Some("100") => 100,
        _ => 10,
    };
    let mut query: Vec<(String, String)> = rows
        .iter()
        .map(|r| (item_label(&r.item), r.text.clone()))
        .collect();
    if year_from.is_some() || year_to.is_some() {
        let show = |y: Option<u32>, m: Option<u32>| match (y, m) {
            (Some(y), Some(m)) => format!("{y}/{m:02}"),
            (Some(y), None) => y.to_string(),
            _ => String::new(),
        };
        query.push((
            "出版年月".into(),
            format!(
                "{}～{}",
                show(year_from, month_from),
                show(year_to, month_to)
            ),
        ));
    }
    Ok(SearchSession {
        query,
        shown: matched.clone(),
        matched,
        stock: "1".into(),
        sort_key: String::new(),
        is_asc: String::new(),
        per_page,
    })
}

/// Applies `stockState` (the list keeps its order; the sort state resets
/// to `sortKey=""`, `isAsc="0"` as on the real site).
pub(super) fn apply_stock(lib: &Library, s: &mut SearchSession, stock: &str) {
    let keep = |code: &String| {
        lib.title(code).is_some_and(|t| match stock {
            "2" => lendable(t),
            "3" => t.holdings.iter().any(|h| loan_class(h) == "禁帯出"),
            _ => true,
        })
    };
    let mut shown: Vec<String> = s.matched.iter().filter(|c| keep(c)).cloned().collect();
    if !s.sort_key.is_empty() {
        sort_titles(lib, &mut shown, &s.sort_key, s.is_asc != "0");
    }
    s.shown = shown;
    s.stock = stock.to_string();
    s.sort_key = String::new();
    s.is_asc = "0".into();
}

/// A sort link: the same key again flips the direction; another key sorts ascending.
pub(super) fn apply_sort(lib: &Library, s: &mut SearchSession, key: &str) {
    if key == s.sort_key {
        s.is_asc = if s.is_asc == "1" { "0" } else { "1" }.into();
    } else {
        s.sort_key = key.to_string();
        s.is_asc = "1".into();
    }
    let mut shown = std::mem::take(&mut s.shown);
    sort_titles(lib, &mut shown, key, s.is_asc == "1");
    s.shown = shown;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_ignores_spaces_width_and_dakuten() {
        assert_eq!(norm("夏目 漱石", true), norm("夏目漱石", true));
        assert_eq!(norm("ＡＢＣ", false), "abc");
        assert_eq!(norm("ドラゴン", true), norm("トラコン", true));
        assert_eq!(norm("きょう", true), norm("きよう", true));
    }
}
