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
    pub text: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.screen, self.text)
    }
}

thread_local! {
    static NOTES: RefCell<Vec<Note>> = const { RefCell::new(Vec::new()) };
}

/// Records a note once (the same page read twice says it once).
pub fn note(screen: &str, text: impl Into<String>) {
    let note = Note {
        screen: screen.to_string(),
        text: text.into(),
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
    note(screen, format!("no {label} column; {fact} left empty"));
}

/// A missing optional field or page part (found by a label, an id, a
/// script value): its fact is left empty.
pub fn missing_field(screen: &str, label: &str, fact: &str) {
    note(screen, format!("no {label}; {fact} left empty"));
}

/// Every note recorded on this thread since the last `take`.
pub fn take() -> Vec<Note> {
    NOTES.with(|n| std::mem::take(&mut *n.borrow_mut()))
}
