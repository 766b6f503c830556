//! 新着資料 (new arrivals) and 新着図書お知らせ (alert conditions): the
//! genre lists, the conditions registered on the site, the per-item results
//! of alert writes, and the local evaluation of a condition against an
//! arrival (`alert check`). Field names are the JSON contract of `new` and
//! `alert …`.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use std::convert::Infallible;

use super::{Outcome, Reason, Verdict};

/// A 新着資料 genre as the site's menu lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Genre {
    /// `newMenuCode` (the site's own code, e.g. `22`).
    pub code: String,
    pub name: String,
}

/// One row of a 新着資料一覧.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewArrival {
    /// The genre code the list was read from.
    pub genre: String,
    pub genre_name: String,
    /// The title code (tilcod).
    pub id: String,
    pub title: String,
    /// 巻次
    pub volume: Option<String>,
    /// The name before the role (`羽生 飛鳥／著` → `羽生 飛鳥`).
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// 出版年月 as `YYYY-MM`, or `YYYY` when the site gives no month.
    pub published: Option<String>,
    /// 書誌種別 as the site words it (null when the list has no such column).
    pub material_type: Option<String>,
    /// 分類 as the site prints it.
    pub classification: Option<String>,
    /// 貸出: ○ true, × false, null when the site shows neither.
    pub available: Option<bool>,
}

/// The fields a condition can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertField {
    Title,
    Author,
    Publisher,
    Subject,
    Keyword,
    MaterialType,
}

/// What a registered condition asks for; `None` fields are not used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Condition {
    /// 書名
    pub title: Option<String>,
    /// 著者名
    pub author: Option<String>,
    /// 出版者
    pub publisher: Option<String>,
    /// 件名
    pub subject: Option<String>,
    /// キーワード (any of 書名, 巻次, 著者, 出版者, 分類 on the list)
    pub keyword: Option<String>,
    /// 資料種別 as the site labels it (null: every kind).
    pub material_type: Option<String>,
}

impl Condition {
    /// The text fields that are set, in the site's order.
    pub fn fields(&self) -> Vec<(AlertField, &str)> {
        [
            (AlertField::Title, &self.title),
            (AlertField::Author, &self.author),
            (AlertField::Publisher, &self.publisher),
            (AlertField::Subject, &self.subject),
            (AlertField::Keyword, &self.keyword),
            (AlertField::MaterialType, &self.material_type),
        ]
        .into_iter()
        .filter_map(|(f, v)| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(|v| (f, v))
        })
        .collect()
    }

    /// A condition needs at least one of 書名, 著者名, 出版者, 件名, キーワード
    /// (a kind alone would match every new title of that kind).
    pub fn has_text(&self) -> bool {
        self.fields()
            .iter()
            .any(|(f, _)| *f != AlertField::MaterialType)
    }

    pub fn needs_subjects(&self) -> bool {
        self.fields().iter().any(|(f, _)| *f == AlertField::Subject)
    }

    /// Whether `arrival` satisfies every field that is set; `subjects` are the
    /// title's 件名 (read from its detail page) and are only consulted when
    /// the condition has a 件名. Returns the fields that matched, or `None`.
    ///
    /// Matching is NFKC-normalised, case-, width- and space-insensitive; a
    /// field with several words (separated by spaces) needs all of them.
    pub fn matches(&self, arrival: &NewArrival, subjects: &[String]) -> Option<Vec<AlertField>> {
        let fields = self.fields();
        if !self.has_text() {
            return None;
        }
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        let title = format!("{} {}", arrival.title, opt(&arrival.volume));
        let mut matched = Vec::new();
        for (field, wanted) in fields {
            let ok = match field {
                AlertField::Title => all_words_in(wanted, &[&title]),
                AlertField::Author => all_words_in(wanted, &[&opt(&arrival.author)]),
                AlertField::Publisher => all_words_in(wanted, &[&opt(&arrival.publisher)]),
                AlertField::Subject => {
                    let subjects: Vec<&str> = subjects.iter().map(String::as_str).collect();
                    all_words_in(wanted, &subjects)
                }
                AlertField::Keyword => all_words_in(
                    wanted,
                    &[
                        &title,
                        &opt(&arrival.author),
                        &opt(&arrival.publisher),
                        &opt(&arrival.classification),
                    ],
                ),
                AlertField::MaterialType => arrival
                    .material_type
                    .as_deref()
                    .is_some_and(|ty| kind_matches(wanted, ty)),
            };
            if !ok {
                return None;
            }
            matched.push(field);
        }
        Some(matched)
    }
}

/// NFKC, lower case, no whitespace: for matching only.
pub fn fold(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a condition value (NFKC turns U+3000 into a space).
fn words(s: &str) -> Vec<String> {
    s.nfkc()
        .collect::<String>()
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every word appears in one of `haystacks` (each word may be in another).
fn all_words_in(wanted: &str, haystacks: &[&str]) -> bool {
    let folded: Vec<String> = haystacks.iter().map(|h| fold(h)).collect();
    let words = words(wanted);
    !words.is_empty() && words.iter().all(|w| folded.iter().any(|h| h.contains(w)))
}

/// A kind label (`一般`, `児童`, `雑誌・新聞`) against a list's 書誌種別
/// (`一般図書`, `児童図書`, `雑誌`): a part of the label in the type, or
/// the type in the label.
fn kind_matches(label: &str, material_type: &str) -> bool {
    let ty = fold(material_type);
    if ty.is_empty() {
        return false;
    }
    let label = fold(label);
    label.contains(&ty)
        || label
            .split(['・', '/', '／'])
            .filter(|p| !p.is_empty())
            .any(|p| ty.contains(p))
}

/// A condition registered on the site (新着図書お知らせ).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    /// The site's code for the condition.
    pub id: String,
    /// 検索条件の名称: what `alert show|edit|delete` take.
    pub name: String,
    #[serde(flatten)]
    pub condition: Condition,
    /// 登録日
    pub registered_on: Option<Date>,
}

/// One arrival a condition matched (`alert check`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AlertMatch {
    /// The condition's name and code.
    pub alert: String,
    pub alert_id: String,
    pub condition: Condition,
    /// The fields of the condition, all of which matched.
    pub matched_on: Vec<AlertField>,
    #[serde(flatten)]
    pub arrival: NewArrival,
}

/// Which alert write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertAction {
    Add,
    Edit,
    Delete,
}

/// Why an alert write ended as it did: alert writes have only the shared cases.
pub type AlertReason = Reason<Infallible>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertResult {
    pub action: AlertAction,
    /// The site's code (empty while a new condition's code is not known).
    pub id: String,
    /// The condition's name (the new name after a rename).
    pub name: String,
    pub outcome: Outcome,
    pub reason: AlertReason,
}

super::written!(AlertResult);

impl AlertResult {
    pub fn new(action: AlertAction, id: &str, name: &str, verdict: Verdict<Infallible>) -> Self {
        AlertResult {
            action,
            id: id.to_string(),
            name: name.to_string(),
            outcome: verdict.outcome,
            reason: verdict.reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arrival(title: &str, author: &str, kind: &str) -> NewArrival {
        NewArrival {
            genre: "22".into(),
            genre_name: "日本の小説".into(),
            id: "1000002034242".into(),
            title: title.into(),
            volume: None,
            author: Some(author.into()),
            publisher: Some("中央公論新社".into()),
            published: Some("2026-06".into()),
            material_type: Some(kind.into()),
            classification: Some("Fﾊﾆ".into()),
            available: Some(false),
        }
    }

    #[test]
    fn words_are_folded_for_width_case_and_spaces() {
        let a = arrival("ＳＦ傑作選　ショートショート", "羽生 飛鳥", "一般図書");
        let by = |c: Condition| c.matches(&a, &[]);
        let title = |t: &str| Condition {
            title: Some(t.into()),
            ..Condition::default()
        };
        assert_eq!(by(title("sf")), Some(vec![AlertField::Title]));
        assert_eq!(by(title("ｓｆ　傑作")), Some(vec![AlertField::Title]));
        assert_eq!(by(title("SF 殺人")), None, "every word must appear");
        let author = Condition {
            author: Some("羽生飛鳥".into()),
            ..Condition::default()
        };
        assert_eq!(by(author), Some(vec![AlertField::Author]));
        // Keyword looks at the classification too (half-width kana folded).
        let keyword = Condition {
            keyword: Some("ﾊﾆ".into()),
            ..Condition::default()
        };
        assert!(by(keyword).is_some());
    }

    #[test]
    fn every_set_field_must_match() {
        let a = arrival("御成敗式目の殺人", "羽生 飛鳥", "一般図書");
        let c = Condition {
            title: Some("殺人".into()),
            material_type: Some("児童".into()),
            ..Condition::default()
        };
        assert_eq!(c.matches(&a, &[]), None);
        let c = Condition {
            material_type: Some("一般".into()),
            ..c
        };
        assert_eq!(
            c.matches(&a, &[]),
            Some(vec![AlertField::Title, AlertField::MaterialType])
        );
        // A kind alone is not a condition.
        let kind_only = Condition {
            material_type: Some("一般".into()),
            ..Condition::default()
        };
        assert!(!kind_only.has_text());
        assert_eq!(kind_only.matches(&a, &[]), None);
    }

    #[test]
    fn subjects_come_from_the_caller() {
        let a = arrival("富士山のふもとで", "静岡 太郎", "一般図書");
        let c = Condition {
            subject: Some("富士山".into()),
            ..Condition::default()
        };
        assert!(c.needs_subjects());
        assert_eq!(c.matches(&a, &[]), None);
        assert_eq!(
            c.matches(&a, &["富士山".to_string()]),
            Some(vec![AlertField::Subject])
        );
    }

    #[test]
    fn kinds_by_label_part() {
        assert!(kind_matches("一般", "一般図書"));
        assert!(kind_matches("児童", "児童図書"));
        assert!(kind_matches("雑誌・新聞", "雑誌"));
        assert!(kind_matches("ＣＤ", "CD"));
        assert!(!kind_matches("児童", "一般図書"));
        assert!(!kind_matches("児童", ""));
    }
}
