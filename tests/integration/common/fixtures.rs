//! The files under `tests/fixtures/`: a page by name, and the real-page
//! corpus. Only std: `benches/parse.rs` includes this file too (`#[path]`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `tests/fixtures/<name>`, e.g. `real/nishinomiya/loans-1.html`.
pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The text of `tests/fixtures/<name>`; a missing file panics naming it.
pub fn fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every real page of the corpus (`tests/fixtures/real/<library>/*.html|js`), sorted.
pub fn real_pages() -> Vec<PathBuf> {
    let root = fixture_path("real");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .filter(|lib| lib.path().is_dir())
        .flat_map(|lib| {
            std::fs::read_dir(lib.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "js"))
        .collect();
    pages.sort();
    pages
}
