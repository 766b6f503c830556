//! Locating columns by header text, never by position.

use scraper::ElementRef;

use crate::client::text::squeeze;

/// Column index (counting colspans) of each header cell, with its text.
pub struct Columns {
    headers: Vec<(usize, String)>,
}

impl Columns {
    pub fn from_table(table: ElementRef<'_>) -> Columns {
        let mut headers = Vec::new();
        let mut col = 0usize;
        for th in table.select(sel!("thead th")) {
            headers.push((col, squeeze(th)));
            col += th
                .value()
                .attr("colspan")
                .and_then(|c| c.parse::<usize>().ok())
                .unwrap_or(1)
                .max(1);
        }
        Columns { headers }
    }

    /// The first column whose header text satisfies `matches`.
    pub fn find(&self, matches: impl Fn(&str) -> bool) -> Option<usize> {
        self.headers
            .iter()
            .find(|(_, text)| matches(text))
            .map(|(i, _)| *i)
    }

    /// The column, or a layout error naming the headers the page has.
    pub fn require(
        &self,
        screen: &str,
        name: &str,
        matches: impl Fn(&str) -> bool,
    ) -> crate::client::error::Result<usize> {
        self.find(matches).ok_or_else(|| {
            crate::client::error::ClientError::layout(
                screen,
                format!("no {name} column (headers: {})", self.texts().join(" | ")),
            )
        })
    }

    pub fn texts(&self) -> Vec<&str> {
        self.headers.iter().map(|(_, t)| t.as_str()).collect()
    }
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
