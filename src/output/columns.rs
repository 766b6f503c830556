//! The columns of tables: each header in both languages with its [`Fit`],
//! and the columns several tables share, worded once here so that the
//! same thing is headed alike in every command. A column only one table
//! has is written where that table is.

use super::table::{Col, Fit};
use crate::i18n::Lang;

/// A column as a table is declared: its header in Japanese and English
/// and how it fits; the table gets it in the user's language.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    ja: &'static str,
    en: &'static str,
    fit: Fit,
}

impl Column {
    pub const fn fixed(ja: &'static str, en: &'static str) -> Column {
        Column {
            ja,
            en,
            fit: Fit::Fixed,
        }
    }

    pub const fn yielding(ja: &'static str, en: &'static str) -> Column {
        Column {
            ja,
            en,
            fit: Fit::Yielding,
        }
    }

    /// The header in `lang`.
    pub fn header(self, lang: Lang) -> &'static str {
        lang.t(self.ja, self.en)
    }

    pub fn col(self, lang: Lang) -> Col<'static> {
        Col {
            header: self.header(lang),
            fit: self.fit,
        }
    }
}

/// The profile a row is of (`--all-profiles`).
pub const PROFILE: Column = Column::fixed("プロファイル", "Profile");
/// A title code, a reservation code, a condition's id.
pub const ID: Column = Column::fixed("ID", "ID");
pub const TITLE: Column = Column::yielding("書名", "Title");
pub const AUTHOR: Column = Column::yielding("著者", "Author");
pub const PUBLISHER: Column = Column::yielding("出版者", "Publisher");
pub const PUBLISHED: Column = Column::fixed("出版", "Published");
pub const TYPE: Column = Column::fixed("種別", "Type");
/// ○, × or - (see `catalog::flag`).
pub const AVAIL: Column = Column::fixed("貸出", "Avail");
pub const GENRE: Column = Column::yielding("ジャンル", "Genre");
/// A branch's or a genre's code.
pub const CODE: Column = Column::fixed("コード", "Code");
/// A branch.
pub const LIBRARY: Column = Column::yielding("図書館", "Library");
/// The branch a title was lent from.
pub const LOAN_LIBRARY: Column = Column::yielding("貸出館", "Library");
/// A condition's name.
pub const NAME: Column = Column::yielding("名称", "Name");
pub const MEMO: Column = Column::yielding("メモ", "Memo");
/// A write's outcome word.
pub const OUTCOME: Column = Column::fixed("結果", "Outcome");
/// What a write's result says.
pub const MESSAGE: Column = Column::yielding("内容", "Message");
/// The value column of a table of labelled values.
pub const VALUE: Column = Column::yielding("内容", "Value");
/// The label column of a table of one thing's fields (a title, a condition).
pub const FIELD: Column = Column::fixed("項目", "Field");
/// The label column of a table of the account's items.
pub const ITEM: Column = Column::fixed("項目", "Item");
