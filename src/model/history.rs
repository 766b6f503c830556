//! 読書履歴: what the patron borrowed, as the site's reading-history list
//! shows it (only loans made after recording was enabled).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// The title code (tilcod) from the row's detail link.
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// 貸出日
    pub loaned_on: Date,
    /// 貸出館 (null when the page has no such column)
    pub library: Option<String>,
    /// 貸出区分 (通常貸出, …; null when the page has no such column)
    pub loan_type: Option<String>,
    /// The site's record code (the first argument of the row's delete
    /// button): tells two loans of one title apart.
    pub record: Option<String>,
    /// The loan's time as the record carries it (`YYYY/MM/DD hh:mm:ss`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loaned_at: Option<String>,
}

impl HistoryEntry {
    /// What identifies a row across pages and runs.
    pub fn key(&self) -> String {
        match &self.record {
            Some(record) => format!("{record}@{}", self.loaned_at.as_deref().unwrap_or("")),
            None => format!("{}@{}@{}", self.id, self.loaned_on, self.title),
        }
    }
}
