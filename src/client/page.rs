//! Page classification before any parsing (docs/protocol.md#page-classification): every response is
//! HTTP 200, so what a page *is* has to be read from the page itself.

use scraper::Html;

use super::error::{ClientError, Result};
use super::form::Form;
use super::text::squeeze_str;

/// The per-page flow tokens every screen-to-screen POST must carry.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Tokens {
    pub hash: String,
    pub gamenid: String,
}

impl Tokens {
    /// `hash`/`gamenid` of the page's `LBForm` (the hash may be empty on some screens).
    pub fn from_page(doc: &Html) -> Option<Tokens> {
        let form = Form::from_page(doc, "LBForm")?;
        let gamenid = form.get("gamenid").filter(|g| !g.is_empty())?.to_string();
        Some(Tokens {
            hash: form.get("hash").unwrap_or_default().to_string(),
            gamenid,
        })
    }

    pub fn as_form(&self) -> Form {
        Form::new(vec![
            ("hash".into(), self.hash.clone()),
            ("gamenid".into(), self.gamenid.clone()),
        ])
    }
}

/// Screen ids (`gamenid`) the client expects.
pub mod screen {
    pub const LEND_LIST: &str = "tiles.WUsrLendList";
    pub const RSV_LIST: &str = "tiles.WUsrRsvList";
    pub const CART: &str = "tiles.WYoyCart";
    pub const CART_CONFIRM: &str = "tiles.WYoyCartConfirm";
    pub const RESERVE_CONFIRM: &str = "tiles.WYoyConfirm";
    pub const SIMPLE_SEARCH: &str = "tiles.WEsSchCmpd";
    /// 詳細検索 and its result list.
    pub const SEARCH_FORM: &str = "tiles.WTifSchCmpd";
    pub const SEARCH_LIST: &str = "tiles.WTifTilList";
    /// 書誌詳細: read-only, and the entry reservations and shelves start from.
    pub const DETAIL: &str = "tiles.WTifTilDetail";
    pub const DETAIL_WRITE: &str = "tiles.WTifTilDetail2";
    /// マイ本棚: the list, a new shelf, a shelf's edit screen.
    pub const SHELF_LIST: &str = "tiles.WSdiBookList";
    pub const SHELF_NEW: &str = "tiles.WSdiBookListNew";
    pub const SHELF_EDIT: &str = "tiles.WSdiBookListMainte";
    /// 新着図書お知らせ: the condition list and its input form.
    pub const ALERT_LIST: &str = "tiles.WSdiTmeMenu";
    pub const ALERT_INPUT: &str = "tiles.WSdiInput";
    /// 新着資料: the genre menu and a genre's list.
    pub const ARRIVALS_MENU: &str = "tiles.WMsgNewMenu";
    pub const ARRIVALS_LIST: &str = "tiles.WMsgNewList";
    /// 読書履歴.
    pub const HISTORY: &str = "tiles.WUsrReadList";
    /// 図書館カレンダー (the site's spelling).
    pub const CALENDAR: &str = "tiles.WMsgCalender";
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

const MAINTENANCE_MARKERS: [&str; 4] = [
    "メンテナンス中",
    "メンテナンスのため",
    "システムメンテナンス",
    "ただいまメンテナンス",
];

/// The maintenance notice, judged by the visible text only (page scripts
/// mention maintenance on ordinary pages).
pub fn is_maintenance(doc: &Html) -> bool {
    let text = visible_text(doc);
    MAINTENANCE_MARKERS.iter().any(|m| text.contains(m))
}

/// The maintenance notice as a page of its own, not a screen that carries
/// a maintenance banner: the wording on a page with neither page tokens
/// nor the login form.
pub fn is_maintenance_notice(doc: &Html) -> bool {
    !has_login_form(doc) && Tokens::from_page(doc).is_none() && is_maintenance(doc)
}

/// Whether a body is the product's own markup: every LiCS-XP screen has the
/// `LBForm` form, and the login form posts to `j_security_check`. A string
/// test, not a parse: the transport only needs it to word a later HTTP 404.
pub fn is_opac_markup(body: &str) -> bool {
    body.contains("LBForm") || body.contains("j_security_check")
}

/// A POST without a valid session or token bounces to the search entry screen.
fn is_bounce(doc: &Html, tokens: Option<&Tokens>) -> bool {
    tokens.is_some_and(|t| t.gamenid == screen::SIMPLE_SEARCH)
        || doc
            .select(sel!("input[name=condition1Text]"))
            .next()
            .is_some()
}

/// A bounce that still shows the logged-in header: the session lives and
/// only the page token was stale (an answer lost with its new token), so
/// the menu can give fresh tokens without a login.
pub fn is_stale_token(doc: &Html) -> bool {
    !has_login_form(doc) && is_logged_in(doc) && is_bounce(doc, Tokens::from_page(doc).as_ref())
}

pub fn has_login_form(doc: &Html) -> bool {
    doc.select(sel!(
        "input[name=j_password], input[name=j_username], form[action*=j_security_check]"
    ))
    .next()
    .is_some()
}

pub fn is_logged_out(doc: &Html) -> bool {
    doc.select(sel!("#stat-logout")).next().is_some()
}

pub fn is_logged_in(doc: &Html) -> bool {
    doc.select(sel!("#stat-login")).next().is_some()
}

/// Visible text only: scripts on every page carry constant strings that
/// would otherwise look like messages.
fn visible_text(doc: &Html) -> String {
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let hidden = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "script" | "style" | "title"))
            });
            if !hidden {
                out.push_str(text);
            }
        }
    }
    out
}

/// The `div#messages li` texts the site turns into an alert.
pub fn site_messages(doc: &Html) -> Vec<String> {
    doc.select(sel!("#messages li"))
        .map(super::text::squeeze)
        .filter(|m| !m.is_empty())
        .collect()
}

/// Decides what the page is. `Ok(tokens)` means it is one of the `expected`
/// screens; everything else is an error saying what it was instead.
pub fn classify(doc: &Html, expected: &[&str]) -> Result<Tokens> {
    let tokens = Tokens::from_page(doc);
    if let Some(t) = &tokens
        && expected.contains(&t.gamenid.as_str())
        && !has_login_form(doc)
    {
        return Ok(t.clone());
    }
    if has_login_form(doc) {
        return Err(ClientError::SessionGone);
    }
    if is_maintenance(doc) {
        return Err(ClientError::Maintenance);
    }
    if is_bounce(doc, tokens.as_ref()) {
        return Err(ClientError::SessionGone);
    }
    let messages = site_messages(doc);
    if !messages.is_empty() {
        return Err(ClientError::Site(messages.join(" / ")));
    }
    let screen = tokens
        .map(|t| t.gamenid)
        .or_else(|| doc.select(sel!("title")).next().map(super::text::squeeze))
        .unwrap_or_else(|| "unknown page".into());
    let detail = format!("expected {}", expected.join(" or "));
    Err(ClientError::layout(squeeze_str(&screen), detail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintenance_in_script_only_is_not_maintenance() {
        let doc = Html::parse_document(
            "<html><head><title>x</title><script>var m='システムメンテナンス';</script></head><body><p>hello</p></body></html>",
        );
        assert!(matches!(
            classify(&doc, &["tiles.X"]),
            Err(ClientError::Layout { .. })
        ));
        let doc =
            Html::parse_document("<html><body><p>ただいまメンテナンス中です</p></body></html>");
        assert!(matches!(
            classify(&doc, &["tiles.X"]),
            Err(ClientError::Maintenance)
        ));
    }

    const ENTRY: &str = r#"<form name="LBForm"><input name="hash" value="h"><input name="gamenid" value="tiles.WEsSchCmpd"><input name="condition1Text"></form>"#;

    #[test]
    fn a_bounce_is_a_stale_token_only_while_the_header_says_logged_in() {
        let page = |header: &str| {
            Html::parse_document(&format!(
                r#"<html><body><table id="{header}"></table>{ENTRY}</body></html>"#
            ))
        };
        assert!(is_stale_token(&page("stat-login")));
        assert!(!is_stale_token(&page("stat-logout")));
        let login = Html::parse_document(
            r#"<html><body><table id="stat-login"></table><form name="LBForm"><input name="gamenid" value="tiles.WMnuTop"><input name="j_password"></form></body></html>"#,
        );
        assert!(!is_stale_token(&login));
    }

    #[test]
    fn a_maintenance_notice_is_a_page_without_tokens() {
        let notice = Html::parse_document(
            "<html><body><p>ただいまシステムメンテナンス中です</p></body></html>",
        );
        assert!(is_maintenance_notice(&notice));
        let banner = Html::parse_document(&format!(
            "<html><body><p>12/1 はシステムメンテナンスのため休止します</p>{ENTRY}</body></html>"
        ));
        assert!(is_maintenance(&banner));
        assert!(!is_maintenance_notice(&banner));
    }
}
