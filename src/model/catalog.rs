//! Catalogue values: search hits, one title with its holdings, branches.
//! Field names are the JSON contract of `search`, `show` and `libraries`.

use serde::{Deserialize, Serialize};

/// One row of the detailed-search result list (検索結果書誌一覧).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    /// The title code (tilcod).
    pub id: String,
    pub title: String,
    /// The name before the role (`鳥山明／著` → `鳥山明`).
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// 書誌種別 as the site words it (null when the list has no such column).
    pub material_type: Option<String>,
    /// 出版年月 as `YYYY-MM`, or `YYYY` when the site gives no month.
    pub published: Option<String>,
    /// 分類 as the site prints it.
    pub classification: Option<String>,
    /// 貸出: ○ true, × false, null when the site shows neither.
    pub available: Option<bool>,
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchPage {
    /// 該当件数
    pub total: u32,
    /// 1-based page number (0 pages when nothing was found).
    pub page: u32,
    pub pages: u32,
    pub per_page: u32,
    pub hits: Vec<Hit>,
}

/// The sortable columns of the result list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortField {
    MaterialType,
    Title,
    Author,
    Publisher,
    Published,
    Classification,
}

impl SortField {
    /// The column's header text on Nishinomiya's result list (without ▲/▼),
    /// for messages.
    pub fn header(self) -> &'static str {
        match self {
            SortField::MaterialType => "書誌種別",
            SortField::Title => "書名",
            SortField::Author => "著者",
            SortField::Publisher => "出版者",
            SortField::Published => "出版年月",
            SortField::Classification => "分類",
        }
    }

    /// The fact of its column as the result parser names it (`layouts::search`).
    pub fn column(self) -> &'static str {
        match self {
            SortField::MaterialType => "material_type",
            SortField::Title => "title",
            SortField::Author => "author",
            SortField::Publisher => "publisher",
            SortField::Published => "published",
            SortField::Classification => "classification",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub field: SortField,
    pub descending: bool,
}

/// One label/value row of the detail page's 詳細情報 tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub label: String,
    pub value: String,
}

/// One copy (資料情報): where it is and whether it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holding {
    /// 所蔵館
    pub library: String,
    /// 資料番号
    pub item_no: Option<String>,
    /// 資料種別
    pub material_type: Option<String>,
    /// 請求記号
    pub call_number: Option<String>,
    /// 配架場所
    pub location: Option<String>,
    /// 帯出区分 (帯出可, 禁帯出, …)
    pub loan_class: Option<String>,
    /// 状態 as the site words it (在庫, 貸出中, …)
    pub status: String,
    /// 貸出 ○/× when the page has that column.
    pub available: Option<bool>,
}

/// One title (検索結果書誌詳細).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TitleDetail {
    /// The title code (tilcod).
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// `YYYY-MM` or `YYYY`.
    pub published: Option<String>,
    pub isbn: Option<String>,
    /// 請求記号 of the title, else of its first copy.
    pub call_number: Option<String>,
    /// 分類記号
    pub classification: Option<String>,
    /// 件名1, 件名2, …
    pub subjects: Vec<String>,
    pub material_type: Option<String>,
    /// 所蔵数
    pub copies: Option<u32>,
    /// 在庫数
    pub in_stock: Option<u32>,
    /// 予約数
    pub reservations: Option<u32>,
    /// 資料情報: null when the page has no such table (and does not say it
    /// holds no copies).
    pub holdings: Option<Vec<Holding>>,
    /// Every label/value pair of the 詳細情報 tables, in page order.
    pub fields: Vec<Field>,
}

/// A branch as the search form lists it (検索対象図書館).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    pub code: String,
    pub name: String,
}

/// `2016/02` → `2016-02`, `1998/00` → `1998`, `2015.3` → `2015-03`;
/// `None` for an empty cell or anything else.
pub fn published_from_site(text: &str) -> Option<String> {
    let t = text.trim();
    let (y, m) = match t.split_once(['/', '.', '-']) {
        Some((y, m)) => (y.trim(), Some(m.trim())),
        None => (t, None),
    };
    if y.len() != 4 || !y.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match m.map(|m| m.parse::<u8>()) {
        None | Some(Ok(0)) => Some(y.to_string()),
        Some(Ok(m @ 1..=12)) => Some(format!("{y}-{m:02}")),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_dates() {
        assert_eq!(published_from_site("2016/02").as_deref(), Some("2016-02"));
        assert_eq!(published_from_site(" 1998/00 ").as_deref(), Some("1998"));
        assert_eq!(published_from_site("2015.3").as_deref(), Some("2015-03"));
        assert_eq!(published_from_site("2015").as_deref(), Some("2015"));
        assert_eq!(published_from_site(""), None);
        assert_eq!(published_from_site("2015/13"), None);
        assert_eq!(published_from_site("平成27"), None);
    }
}

/// A title code (tilcod): the 13 digits the site numbers a title by. It is
/// also the value parser of every argument that takes one, so a malformed
/// code is a usage error before anything is read or sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct TitleCode(String);

impl TitleCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The codes once each, in the order given.
    pub fn unique(ids: &[TitleCode]) -> Vec<String> {
        let mut unique: Vec<String> = Vec::new();
        for id in ids {
            if !unique.iter().any(|u| u == id.as_str()) {
                unique.push(id.to_string());
            }
        }
        unique
    }
}

impl std::str::FromStr for TitleCode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.len() == 13 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(TitleCode(s.to_string()))
        } else {
            Err("malformed title code: 13 digits, as `toshokan search` prints them".into())
        }
    }
}

impl std::ops::Deref for TitleCode {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for TitleCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod title_code_tests {
    use super::TitleCode;

    #[test]
    fn thirteen_digits_and_nothing_else() {
        assert_eq!(
            "1000000961766".parse::<TitleCode>().map(|t| t.to_string()),
            Ok("1000000961766".to_string())
        );
        assert!(" 1000000961766 ".parse::<TitleCode>().is_ok());
        for bad in [
            "100000096176",
            "10000009617660",
            "100000096176x",
            "１０００００００９６１７６６",
            "",
        ] {
            assert!(bad.parse::<TitleCode>().is_err(), "{bad}");
        }
    }
}
