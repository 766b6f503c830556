//! Notes on what a page lacked: optional columns and fields a parser did not
//! find. They never fail a command; `-v` prints them and `doctor` turns a
//! screen with notes into `warn`.
//!
//! Parsers stay `&Html → Result<T>` by writing notes to a per-thread list
//! (the client runs on one thread), which the command layer takes after the
//! pages it cares about.

use std::cell::RefCell;

/// One thing a screen did not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub screen: String,
    pub what: Lack,
}

/// What was missing: a column or a field of a known fact (worded by the
/// command layer in the user's language), or something said in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lack {
    /// A table column; `label` is the site's wording, `fact` the JSON field left empty.
    Column {
        label: String,
        fact: String,
    },
    /// A labelled field or a part of the page.
    Field {
        label: String,
        fact: String,
    },
    Other(String),
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.what {
            Lack::Column { label, fact } => {
                write!(f, "{}: no {label} column; {fact} left empty", self.screen)
            }
            Lack::Field { label, fact } => {
                write!(f, "{}: no {label}; {fact} left empty", self.screen)
            }
            Lack::Other(text) => write!(f, "{}: {text}", self.screen),
        }
    }
}

thread_local! {
    static NOTES: RefCell<Vec<Note>> = const { RefCell::new(Vec::new()) };
}

/// Records a note in words.
pub fn note(screen: &str, text: impl Into<String>) {
    record(screen, Lack::Other(text.into()));
}

/// Records a note once (the same page read twice says it once).
fn record(screen: &str, what: Lack) {
    let note = Note {
        screen: screen.to_string(),
        what,
    };
    NOTES.with(|n| {
        let mut notes = n.borrow_mut();
        if !notes.contains(&note) {
            notes.push(note);
        }
    });
}

/// A missing optional column (or field): its fact is left empty.
pub fn missing(screen: &str, label: &str, fact: &str) {
    record(
        screen,
        Lack::Column {
            label: label.to_string(),
            fact: fact.to_string(),
        },
    );
}

/// A missing optional field or page part (found by a label, an id, a
/// script value): its fact is left empty.
pub fn missing_field(screen: &str, label: &str, fact: &str) {
    record(
        screen,
        Lack::Field {
            label: label.to_string(),
            fact: fact.to_string(),
        },
    );
}

/// Every note recorded on this thread since the last `take`.
pub fn take() -> Vec<Note> {
    NOTES.with(|n| std::mem::take(&mut *n.borrow_mut()))
}
