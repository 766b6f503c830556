//! Locating columns by what they mean, never by position: header text in
//! any of the wordings `layouts` lists, then the header's `abbr`, then what
//! the first row's cells hold.

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
        for th in table.select(sel!("thead th")) {
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
    /// what the first row's cells hold. A missing required column is a
    /// layout error naming the headers the page has; a missing optional one
    /// is a note.
    pub fn locate(table: ElementRef<'_>, spec: &layouts::Table) -> Result<Located> {
        let cols = Columns::from_table(table);
        let mut found: Vec<Option<usize>> = vec![None; spec.columns.len()];
        let mut taken: Vec<usize> = Vec::new();
        for pass in 0..3 {
            for (i, fact) in spec.columns.iter().enumerate() {
                if found[i].is_some() {
                    continue;
                }
                let at = match pass {
                    0 => cols.by_wording(fact, &taken),
                    1 => cols.by_abbr(fact, &taken),
                    _ => fact.holds.and_then(|holds| {
                        let row = body_rows(table).into_iter().next()?;
                        let row_cells = cells(row);
                        row_cells
                            .iter()
                            .position(|c| holds(*c))
                            .filter(|p| !taken.contains(p))
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
                        spec.screen,
                        format!(
                            "no {} column (headers: {})",
                            fact.label(),
                            cols.texts().join(" | ")
                        ),
                    ));
                }
                Need::Optional => notes::missing(spec.screen, fact.label(), fact.name),
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
        .map(|th| {
            let at = col;
            col += colspan(th);
            (at, th)
        })
        .collect()
}

/// The table whose `summary` is one of `summaries` (the landmark a screen's
/// data table carries).
pub fn by_summary<'a>(doc: &'a Html, summaries: &[&str]) -> Option<ElementRef<'a>> {
    doc.select(sel!("table[summary]")).find(|t| {
        t.value()
            .attr("summary")
            .is_some_and(|s| summaries.contains(&s.trim()))
    })
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
    let fitting: Vec<ElementRef<'a>> = doc.select(sel!("table")).filter(|t| fits(*t)).collect();
    fitting
        .iter()
        .find(|t| {
            !fitting
                .iter()
                .any(|inner| inner.id() != t.id() && inner.ancestors().any(|a| a.id() == t.id()))
        })
        .copied()
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
        .filter(|tr| cells(*tr).iter().any(|c| c.value().name() == "td"))
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

/// How many columns a header cell spans (at least one).
fn colspan(th: ElementRef<'_>) -> usize {
    th.value()
        .attr("colspan")
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1)
}
