//! Pure page parsers: `&Html` in, typed values out. Each is tested on the
//! real pages in `tests/fixtures/` and on the simulator's pages.

pub mod header;
pub mod loans;
pub mod login;
pub mod reservations;
mod table;
