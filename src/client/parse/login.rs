//! The login form (`ログイン認証`). Every control it needs is required: the
//! form is posted back with the credentials, so nothing is guessed.

use regex::Regex;
use scraper::Html;
use std::sync::LazyLock;

use crate::client::error::{ClientError, Result};
use crate::client::form::Form;

/// The prefix Nishinomiya's script puts before the card number; the fallback
/// when a site's script cannot be read.
pub const DEFAULT_PREFIX: &str = "0000000000000000";

#[derive(Debug, Clone)]
pub struct LoginPage {
    pub form: Form,
    /// What the page's own `login()` prepends to `username` for `j_username`.
    pub prefix: String,
}

static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"j_username\.value\s*=\s*["']([^"']*)["']\s*\+\s*document\.LBForm\.username\.value"#,
    )
    .expect("valid regex")
});

pub fn parse_login_page(doc: &Html) -> Result<LoginPage> {
    let form = Form::from_page(doc, "LBForm")
        .ok_or_else(|| ClientError::layout("login", "no LBForm on the login page"))?;
    for field in ["username", "j_username", "j_password"] {
        if form.count(field) == 0 {
            return Err(ClientError::layout(
                "login",
                format!("the login form has no {field}"),
            ));
        }
    }
    let prefix = doc
        .select(sel!("script"))
        .find_map(|s| {
            let code: String = s.text().collect();
            PREFIX.captures(&code).map(|c| c[1].to_string())
        })
        .unwrap_or_else(|| {
            super::notes::note(
                "login",
                "no j_username prefix in the page's login(): the card number is sent after 16 zeros",
            );
            DEFAULT_PREFIX.to_string()
        });
    Ok(LoginPage { form, prefix })
}

impl LoginPage {
    /// The body `login()` submits: every control in order, three filled in.
    pub fn filled(&self, card: &str, password: &str) -> Form {
        let mut form = self.form.clone();
        form.set("username", card);
        form.set("j_username", format!("{}{card}", self.prefix));
        form.set("j_password", password);
        form
    }
}
