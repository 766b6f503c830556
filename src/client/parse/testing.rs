//! Pages with parts taken out, for parser tests: what a site serves that
//! lacks a column, a labelled row or a control (derived from the real pages,
//! so everything else stays as the site sends it).

use scraper::{ElementRef, Html, Node, Selector, StrTendril};

use super::layouts::normalise;
use super::table::{cells, header_cells};

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css:?}: {e:?}"))
}

/// Detaches the nodes with these ids (a macro: the id type belongs to a
/// crate the package does not name).
macro_rules! detach {
    ($doc:expr, $ids:expr) => {
        for id in $ids {
            if let Some(mut node) = $doc.tree.get_mut(id) {
                node.detach();
            }
        }
    };
}

/// The page without the column headed `header` (compared normalised) of the
/// first table matching `table`: its header cell and the cell at the same
/// place in every row. Panics when there is no such column: the test is
/// then about another page.
pub fn drop_column(page: &str, table: &str, header: &str) -> Html {
    let mut doc = Html::parse_document(page);
    let wanted = normalise(header);
    let found = doc.select(&selector(table)).next().and_then(|t| {
        let (at, _) = header_cells(t)
            .into_iter()
            .find(|(_, th)| normalise(&th.text().collect::<String>()) == wanted)?;
        Some((t, at))
    });
    let Some((t, at)) = found else {
        panic!("no column headed {header} in {table}");
    };
    let ids: Vec<_> = t
        .select(&selector("tr"))
        .filter_map(|tr| cells(tr).get(at).map(|c| c.id()))
        .collect();
    detach!(doc, ids);
    doc
}

/// The page with the header cell `from` of the first table matching
/// `table` reading `to` instead (a wording the layouts do not know).
pub fn rename_header(page: &str, table: &str, from: &str, to: &str) -> Html {
    let mut doc = Html::parse_document(page);
    let wanted = normalise(from);
    let texts: Vec<_> = doc
        .select(&selector(table))
        .next()
        .and_then(|t| {
            header_cells(t)
                .into_iter()
                .find(|(_, th)| normalise(&th.text().collect::<String>()) == wanted)
        })
        .map(|(_, th)| {
            th.descendants()
                .filter(|n| n.value().is_text())
                .map(|n| n.id())
                .collect()
        })
        .unwrap_or_default();
    assert!(!texts.is_empty(), "no column headed {from} in {table}");
    for id in texts {
        if let Some(mut node) = doc.tree.get_mut(id)
            && let Node::Text(text) = node.value()
        {
            let renamed = text.text.replace(from, to);
            text.text = StrTendril::from(renamed.as_str());
        }
    }
    doc
}

/// The page without the elements matching `css` that satisfy `pick`.
pub fn drop_where(page: &str, css: &str, pick: impl Fn(ElementRef<'_>) -> bool) -> Html {
    let mut doc = Html::parse_document(page);
    let ids = doc
        .select(&selector(css))
        .filter(|e| pick(*e))
        .map(|e| e.id())
        .collect::<Vec<_>>();
    assert!(!ids.is_empty(), "nothing to drop for {css}");
    detach!(doc, ids);
    doc
}

/// The page without the rows labelled `label` of the tables matching `table`.
pub fn drop_labelled_rows(page: &str, table: &str, label: &str) -> Html {
    let inside = selector(table);
    let doc = Html::parse_document(page);
    let tables: Vec<_> = doc.select(&inside).map(|t| t.id()).collect();
    drop_where(page, "tr", |tr| {
        tr.ancestors().any(|a| tables.contains(&a.id()))
            && tr
                .select(&selector("th"))
                .next()
                .is_some_and(|th| normalise(&th.text().collect::<String>()) == normalise(label))
    })
}

/// Every note recorded so far on this thread, as text (and the list emptied).
pub fn notes() -> Vec<String> {
    super::notes::take()
        .into_iter()
        .map(|n| n.to_string())
        .collect()
}
