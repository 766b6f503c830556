//! 利用者情報設定 and the screens behind it (modelled: the product's screen
//! names are known, their markup is the simulator's LBForm rendering; see
//! the README's verification table).

use jiff::civil::Date;
use scraper::Html;

use crate::client::error::{ClientError, Result};
use crate::client::text::squeeze;
use crate::model::UserInfo;

/// Screen ids (`gamenid`).
pub mod screen {
    /// 利用者情報 (help page `WPwdUsrInfo`).
    pub const USER_INFO: &str = "tiles.WPwdUsrInfo";
    pub const CHANGE_MAIL: &str = "tiles.WUsrChMail";
    pub const CHANGE_PASSWORD: &str = "tiles.WUsrChPass";
    /// 受取館・連絡方法 (help page `WYoyRakChg`).
    pub const CONTACT: &str = "tiles.WYoyRakChg";
    pub const HISTORY_SETTING: &str = "tiles.WUsrRtnLendHistory";
    pub const BARCODE: &str = "tiles.WUserInfoBarcodeDsp";
    /// パスワード登録: terms, identity check, new password, done.
    pub const APPLY_MENU: &str = "tiles.WAplMenu";
    pub const REGISTER_TERMS: &str = "tiles.WAplPwdAgr";
    pub const REGISTER_CHECK: &str = "tiles.WAplPwdChk";
    pub const REGISTER_APPLY: &str = "tiles.WAplPwdApl";
}

/// Values the site prints for "nothing registered".
fn value(text: String) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || matches!(t, "未登録" | "なし" | "-" | "ー" | "－") {
        None
    } else {
        Some(t.to_string())
    }
}

fn slash_or_kanji_date(s: &str) -> Option<Date> {
    let digits: Vec<i32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match digits.as_slice() {
        [y, m, d] if *y >= 1900 => Date::new(
            i16::try_from(*y).ok()?,
            i8::try_from(*m).ok()?,
            i8::try_from(*d).ok()?,
        )
        .ok(),
        _ => None,
    }
}

/// The 利用者情報 table (`summary="利用者情報"`): label cells (`th`) and values (`td`).
pub fn parse_user_info(doc: &Html) -> Result<UserInfo> {
    let table = doc
        .select(sel!("table[summary=\"利用者情報\"]"))
        .next()
        .ok_or_else(|| {
            ClientError::layout("user information", "no table summary=\"利用者情報\"")
        })?;
    let mut info = UserInfo::default();
    let mut seen = 0;
    for row in table.select(sel!("tr")) {
        let (Some(th), Some(td)) = (row.select(sel!("th")).next(), row.select(sel!("td")).next())
        else {
            continue;
        };
        let label = squeeze(th);
        let text = squeeze(td);
        seen += 1;
        if label.contains("利用者番号") || label.contains("カード番号") {
            info.card = value(text);
        } else if label.contains("氏名") {
            info.name = value(text);
        } else if label.contains("有効期限") {
            info.expires_on = slash_or_kanji_date(&text);
        } else if label.contains("住所") {
            info.address = value(text);
        } else if label.contains("電話") && label.contains("携帯") {
            info.mobile_phone = value(text);
        } else if label.contains("電話") {
            info.home_phone = value(text);
        } else if label.contains("メール") {
            info.email = value(text);
        } else if label.contains("受取館") {
            info.pickup_library = value(text);
        } else if label.contains("連絡方法") {
            info.contact = value(text);
        } else if label.contains("読書履歴") {
            info.history_recording = if text.contains("しない") || text.contains("停止") {
                Some(false)
            } else if text.contains("する") {
                Some(true)
            } else {
                None
            };
        } else {
            seen -= 1;
        }
    }
    if seen == 0 {
        return Err(ClientError::layout(
            "user information",
            "the 利用者情報 table has no known rows",
        ));
    }
    Ok(info)
}

/// The options of a named select: (value, label).
pub fn select_options(doc: &Html, name: &str) -> Vec<(String, String)> {
    let Ok(select) = scraper::Selector::parse(&format!("select[name=\"{name}\"] option")) else {
        return Vec::new();
    };
    doc.select(&select)
        .filter(|o| o.value().attr("disabled").is_none())
        .filter_map(|o| Some((o.value().attr("value")?.trim().to_string(), squeeze(o))))
        .collect()
}

/// The terms text of a consent screen (`div.kiyaku`), whitespace squeezed.
pub fn terms_text(doc: &Html) -> Option<String> {
    let text: Vec<String> = doc
        .select(sel!("div.kiyaku p, div.kiyaku li"))
        .map(squeeze)
        .filter(|t| !t.is_empty())
        .collect();
    (!text.is_empty()).then(|| text.join("\n"))
}
