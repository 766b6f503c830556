//! Locating columns by what they mean, never by position: header text in
//! any of the wordings `layouts` lists, then the header's `abbr`, then a
//! header starting with a wording, then what the first row's cells hold.

use scraper::{ElementRef, Html};

use super::layouts::{self, Fact, Need};
use super::notes;
use crate::client::error::{ClientError, Result};
use crate::client::text::squeeze;

struct Header {
    /// Column index counting colspans.
    col: usize,
    /// As the page shows it (for messages).
    text: String,
    /// Normalised: the whole text, and the part before an `<hr>`.
    whole: String,
    first: String,
    abbr: String,
}

/// The header cells of a table.
pub struct Columns {
    headers: Vec<Header>,
}

impl Columns {
    pub fn from_table(table: ElementRef<'_>) -> Columns {
        let mut headers = Vec::new();
        let mut col = 0usize;
        for th in table
            .select(sel!("thead th"))
            .filter(|th| owned_by(table, *th))
        {
            let (first, _) = split_at_hr(th);
            headers.push(Header {
                col,
                text: squeeze(th),
                whole: layouts::normalise(&th.text().collect::<String>()),
                first: layouts::normalise(&first),
                abbr: layouts::normalise(th.value().attr("abbr").unwrap_or_default()),
            });
            col += colspan(th);
        }
        Columns { headers }
    }

    /// Whether a header names `fact` (by wording or `abbr`; cell contents
    /// are not consulted), without noting anything: for telling which table
    /// of a page is the one wanted.
    pub fn names(&self, fact: &Fact) -> bool {
        self.by_wording(fact, &[]).is_some() || self.by_abbr(fact, &[]).is_some()
    }

    pub fn texts(&self) -> Vec<&str> {
        self.headers.iter().map(|h| h.text.as_str()).collect()
    }

    fn by_wording(&self, fact: &Fact, taken: &[usize]) -> Option<usize> {
        fact.wordings.iter().find_map(|w| {
            let w = layouts::normalise(w);
            self.headers
                .iter()
                .find(|h| !taken.contains(&h.col) && (h.whole == w || h.first == w))
                .map(|h| h.col)
        })
    }

    /// A header that starts with a wording (`返却期限日` for 返却期限): other
    /// versions add a word; tried only after exact wordings and `abbr`s.
    fn by_prefix(&self, fact: &Fact, taken: &[usize]) -> Option<usize> {
        fact.wordings.iter().find_map(|w| {
            let w = layouts::normalise(w);
            self.headers
                .iter()
                .find(|h| {
                    !taken.contains(&h.col)
                        && w.chars().count() >= 2
                        && (h.whole.starts_with(&w) || h.first.starts_with(&w))
                })
                .map(|h| h.col)
        })
    }

    fn by_abbr(&self, fact: &Fact, taken: &[usize]) -> Option<usize> {
        fact.abbrs.iter().find_map(|a| {
            let a = layouts::normalise(a);
            self.headers
                .iter()
                .find(|h| !taken.contains(&h.col) && !h.abbr.is_empty() && h.abbr == a)
                .map(|h| h.col)
        })
    }

    /// Every column of `spec` located in `table`: by wording first (so a
    /// header's own text wins over another's `abbr`), then by `abbr`, then by
    /// a header starting with a wording, then by what the first row's cells
    /// hold. A missing required column is a
    /// layout error naming the headers the page has; a missing optional one
    /// is a note.
    pub fn locate(table: ElementRef<'_>, spec: &layouts::Table) -> Result<Located> {
        let cols = Columns::from_table(table);
        let mut found: Vec<Option<usize>> = vec![None; spec.columns.len()];
        let mut taken: Vec<usize> = Vec::new();
        let first_row = body_rows(table).into_iter().next().map(cells);
        for pass in 0..4 {
            for (i, fact) in spec.columns.iter().enumerate() {
                if found[i].is_some() {
                    continue;
                }
                let at = match pass {
                    0 => cols.by_wording(fact, &taken),
                    1 => cols.by_abbr(fact, &taken),
                    2 => cols.by_prefix(fact, &taken),
                    _ => fact.holds.zip(first_row.as_ref()).and_then(|(holds, row)| {
                        row.iter()
                            .enumerate()
                            .find(|(p, c)| !taken.contains(p) && holds(**c))
                            .map(|(p, _)| p)
                    }),
                };
                if let Some(at) = at {
                    found[i] = Some(at);
                    taken.push(at);
                }
            }
        }
        for (fact, at) in spec.columns.iter().zip(&found) {
            if at.is_some() {
                continue;
            }
            match fact.need {
                Need::Required => {
                    return Err(ClientError::layout(
                        spec.label,
                        format!(
                            "no {} column (headers: {})",
                            fact.label(),
                            cols.texts().join(" | ")
                        ),
                    ));
                }
                Need::Optional => notes::missing(spec.label, fact.label(), fact.name),
            }
        }
        Ok(Located {
            facts: spec.columns.iter().map(|f| f.name).zip(found).collect(),
        })
    }
}

/// Where each fact of a table is (`None`: the page has no such column).
pub struct Located {
    facts: Vec<(&'static str, Option<usize>)>,
}

impl Located {
    pub fn at(&self, fact: &Fact) -> Option<usize> {
        self.facts
            .iter()
            .find(|(name, _)| *name == fact.name)
            .and_then(|(_, at)| *at)
    }

    /// The fact found in column `col`, if any.
    pub fn fact_at(&self, col: usize) -> Option<&'static str> {
        self.facts
            .iter()
            .find(|(_, at)| *at == Some(col))
            .map(|(name, _)| *name)
    }
}

/// The header cells of a table with their column index (colspans counted).
pub fn header_cells(table: ElementRef<'_>) -> Vec<(usize, ElementRef<'_>)> {
    let mut col = 0usize;
    table
        .select(sel!("thead th"))
        .filter(|th| owned_by(table, *th))
        .map(|th| {
            let at = col;
            col += colspan(th);
            (at, th)
        })
        .collect()
}

/// The table whose `summary` is one of `summaries` (the landmark a screen's
/// data table carries), compared as [`layouts::normalise`] leaves both.
pub fn by_summary<'a>(doc: &'a Html, summaries: &[&str]) -> Option<ElementRef<'a>> {
    let wanted: Vec<String> = summaries.iter().map(|s| layouts::normalise(s)).collect();
    doc.select(sel!("table[summary]")).find(|t| {
        t.value()
            .attr("summary")
            .is_some_and(|s| wanted.contains(&layouts::normalise(s)))
    })
}

/// A list screen's data table by its `summary`; `None` when the page leaves
/// the table out because it says it has nothing (`0 件`). Without either, the
/// page is not that screen (a list that is not recognised must never read
/// as empty).
pub fn list_table<'a>(
    doc: &'a Html,
    screen: &str,
    summaries: &[&str],
) -> Result<Option<ElementRef<'a>>> {
    if let Some(table) = by_summary(doc, summaries) {
        return Ok(Some(table));
    }
    static COUNT: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(\d+)\s*件").expect("valid regex"));
    let counted = doc
        .select(sel!("ul.read li"))
        .map(squeeze)
        .find_map(|t| COUNT.captures(&t).map(|c| c[1].to_string()));
    match counted.as_deref() {
        Some("0") => Ok(None),
        _ => Err(ClientError::layout(
            screen,
            format!("no table summarised {}", summaries.join(" / ")),
        )),
    }
}

/// The innermost table that shows every required fact of `spec`, by its
/// header or by what its first row holds (for screens whose tables carry no
/// telling `summary`). Innermost, because a layout table around it would
/// show the same cells.
pub fn by_header<'a>(doc: &'a Html, spec: &layouts::Table) -> Option<ElementRef<'a>> {
    let fits = |t: ElementRef<'_>| {
        let cols = Columns::from_table(t);
        let first = body_rows(t)
            .into_iter()
            .next()
            .map(cells)
            .unwrap_or_default();
        spec.columns
            .iter()
            .filter(|f| f.need == Need::Required)
            .all(|f| cols.names(f) || f.holds.is_some_and(|holds| first.iter().any(|c| holds(*c))))
    };
    innermost(doc.select(sel!("table")).filter(|t| fits(*t)).collect())
}

/// The first of `tables` that holds none of the others: a layout table
/// around the data shows the same cells, and must not be taken for it.
pub fn innermost(tables: Vec<ElementRef<'_>>) -> Option<ElementRef<'_>> {
    tables.iter().copied().find(|t| {
        !tables
            .iter()
            .any(|inner| inner.id() != t.id() && inner.ancestors().any(|a| a.id() == t.id()))
    })
}

/// Every row of `table` itself (header rows included), none of a nested table's.
pub fn own_rows(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    table
        .select(sel!("tr"))
        .filter(|tr| owned_by(table, *tr))
        .collect()
}

/// The `th`/`td` cells of a row in order (hidden inputs between cells are skipped).
pub fn cells(row: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    row.children()
        .filter_map(ElementRef::wrap)
        .filter(|e| matches!(e.value().name(), "th" | "td"))
        .collect()
}

/// The rows of the table body; the header row is never among them.
pub fn body_rows(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    table
        .select(sel!("tbody > tr"))
        .filter(|tr| owned_by(table, *tr) && cells(*tr).iter().any(|c| c.value().name() == "td"))
        .collect()
}

/// Every body row read by `row`; the first row it cannot read fails the
/// page (named `label`), saying which row.
pub fn read_rows<T>(
    table: ElementRef<'_>,
    cols: &Located,
    label: &str,
    row: impl Fn(ElementRef<'_>, &Located) -> std::result::Result<T, String>,
) -> Result<Vec<T>> {
    body_rows(table)
        .into_iter()
        .enumerate()
        .map(|(n, r)| {
            row(r, cols)
                .map_err(|detail| ClientError::layout(label, format!("row {}: {detail}", n + 1)))
        })
        .collect()
}

/// A cell's text split at its `<hr>`: (before, after).
pub fn split_at_hr(cell: ElementRef<'_>) -> (String, String) {
    let mut before = String::new();
    let mut after = String::new();
    let mut seen_hr = false;
    for node in cell.descendants() {
        if let Some(el) = node.value().as_element() {
            if el.name() == "hr" {
                seen_hr = true;
            }
            continue;
        }
        if let Some(text) = node.value().as_text() {
            if seen_hr {
                after.push_str(text);
            } else {
                before.push_str(text);
            }
        }
    }
    (
        crate::client::text::squeeze_str(&before),
        crate::client::text::squeeze_str(&after),
    )
}

/// Whether `el` belongs to `table` itself, not to a table nested in it (a
/// layout table around the data would otherwise show the data's headers).
fn owned_by(table: ElementRef<'_>, el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "table")
        .is_some_and(|t| t.id() == table.id())
}

/// How many columns a header cell spans (at least one).
fn colspan(th: ElementRef<'_>) -> usize {
    th.value()
        .attr("colspan")
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1)
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::{Columns, body_rows};
    use crate::client::parse::layouts::loans::{DUE, LOANED, STATUS, TABLE, TITLE};

    const LOANS: &str = r#"<table summary="outer"><tr><td>
        <table summary="貸出状況一覧表"><thead><th>資料名</th><th>貸出日</th><th>返却期限日</th></thead>
        <tbody><tr><td><a href="X.do?para=1">本</a></td><td>2026/07/01</td><td>2026/07/15</td></tr></tbody>
        </table></td></tr></table>"#;

    fn inner(doc: &Html) -> scraper::ElementRef<'_> {
        doc.select(sel!("table[summary=\"貸出状況一覧表\"]"))
            .next()
            .expect("inner table")
    }

    #[test]
    fn a_header_that_starts_with_a_wording_is_that_column() {
        let doc = Html::parse_document(LOANS);
        let cols = Columns::locate(inner(&doc), &TABLE).expect("located");
        assert_eq!(cols.at(&DUE), Some(2));
        assert_eq!(cols.at(&LOANED), Some(1));
        assert_eq!(cols.at(&STATUS), None);
    }

    #[test]
    fn a_layout_table_around_the_data_has_none_of_its_headers_or_rows() {
        let doc = Html::parse_document(LOANS);
        let outer = doc
            .select(sel!("table[summary=outer]"))
            .next()
            .expect("outer table");
        assert!(Columns::from_table(outer).texts().is_empty());
        // Only its own (layout) row, not the data row inside it.
        assert_eq!(body_rows(outer).len(), 1);
        assert_eq!(body_rows(inner(&doc)).len(), 1);
    }

    #[test]
    fn the_title_column_is_found_by_its_detail_link_past_a_taken_cell() {
        // The first cell holding a detail link is already the 資料名 column
        // (by wording); the content pass must not give up on it.
        let page = r#"<table summary="貸出状況一覧表"><thead><th>番号</th><th>返却期日</th></thead>
            <tbody><tr><td><a href="X.do?para=1">1</a></td><td>2026/07/15</td></tr></tbody></table>"#;
        let doc = Html::parse_document(page);
        let cols = Columns::locate(inner(&doc), &TABLE).expect("located");
        assert_eq!(cols.at(&TITLE), Some(0));
        assert_eq!(cols.at(&DUE), Some(1));
    }

    #[test]
    fn a_list_without_its_table_is_empty_only_when_the_page_says_0_ken() {
        let empty =
            Html::parse_document(r#"<ul class="read"><li>貸出中の資料は 0 件です。</li></ul>"#);
        assert!(matches!(
            super::list_table(&empty, "loan list", &["貸出状況一覧表"]),
            Ok(None)
        ));
        let other = Html::parse_document(r#"<ul class="read"><li>3 件</li></ul><table></table>"#);
        let err = super::list_table(&other, "loan list", &["貸出状況一覧表"]).map(|t| t.is_some());
        assert!(
            matches!(&err, Err(crate::client::ClientError::Layout { detail, .. }) if detail.contains("貸出状況一覧表")),
            "{err:?}"
        );
    }
}
