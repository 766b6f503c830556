//! 読書履歴 rows: a table for people, a JSON array for programs.

use super::columns::{AUTHOR, Column, ID, LOAN_LIBRARY, TITLE};
use super::{Output, grouped, or_dash};
use crate::error::CliError;
use crate::model::HistoryEntry;

pub fn print(out: &Output, entries: &[HistoryEntry]) -> Result<(), CliError> {
    let lang = out.lang;
    let headers = [
        Column::fixed("貸出日", "Loaned"),
        TITLE,
        AUTHOR,
        LOAN_LIBRARY,
        ID,
    ];
    grouped(
        out,
        &[(None, entries)],
        &headers,
        |e: &HistoryEntry| {
            vec![
                e.loaned_on.to_string(),
                e.title.clone(),
                or_dash(e.author.as_deref()),
                or_dash(e.library.as_deref()),
                e.id.clone(),
            ]
        },
        lang.t("該当する履歴はありません。", "No matching history."),
    )
}
