//! パスワード登録/再登録 (modelled on the product's `AplPwdAgr` → `AplPwdChk`
//! → `AplPwdApl` screens; see the README's verification table): no login.
//! The terms are shown first; agreeing opens the identity check (card
//! number, birth date, a registered phone number); a match opens the new
//! password form, which is a two-stage write. The outcome is decided by
//! logging in with the new password.

use jiff::civil::Date;
use secrecy::{ExposeSecret, SecretString};

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::{Kind, Response};
use super::page;
use super::parse::settings;
use super::settings::password_verified;
use super::write::Step;
use super::{Client, inspect_page};
use crate::client::page::screen;
use crate::model::{Outcome, SettingAction, SettingResult, Verdict};

/// 申請メニュー (`toAplmenu()` in every page's script); a session entry.
pub const APPLY_MENU: &str = "WOpacMnuTopInitAction.do?WebLinkFlag=1&moveToGamenId=aplmenu";
pub const TERMS: &str = "WOpacAplPwdAgrDispAction.do";
pub const AGREE: &str = "WOpacAplPwdAgrAction.do";
pub const CHECK: &str = "WOpacAplPwdChkAction.do";
const APPLY: Step = Step::same_action("WOpacAplPwdAplAction.do", "OPACAPL001");

/// A registration screen as served.
#[derive(Debug, Clone)]
pub struct RegisterPage {
    form: Form,
    /// The terms (on the first screen).
    pub terms: Option<String>,
}

/// What the identity check answered.
#[derive(Debug, Clone)]
pub enum Identity {
    /// The new-password form.
    Matched(RegisterPage),
    /// The site's message (which item did not match).
    Refused(String),
}

impl Client {
    /// The registration terms (two reads from a fresh session).
    pub async fn register_terms(&mut self) -> Result<RegisterPage> {
        let menu = self.transport.get(APPLY_MENU).await?;
        let (_, tokens) = self.read_register(&menu, &[screen::APPLY_MENU])?;
        let referer = self.last_url.clone();
        let shown = self
            .transport
            .post(TERMS, &tokens, referer.as_ref(), Kind::Read)
            .await?;
        self.read_register(&shown, &[screen::REGISTER_TERMS])
            .map(|(page, _)| page)
    }

    /// Agrees to the terms (the caller has the patron's consent) and sends
    /// the identity check. Neither changes anything, but the check is not
    /// repeated automatically (failed checks may count against the card).
    pub async fn register_identity(
        &mut self,
        terms: &RegisterPage,
        card: &str,
        birth: Date,
        phone: &str,
    ) -> Result<Identity> {
        let mut agree = terms.form.clone();
        if !agree.set("agreeflg", "1") {
            return Err(ClientError::layout(
                screen::REGISTER_TERMS,
                "no agreeflg field",
            ));
        }
        let referer = self.last_url.clone();
        let answer = self
            .transport
            .post(AGREE, &agree, referer.as_ref(), Kind::Read)
            .await?;
        let (check, _) = self.read_register(&answer, &[screen::REGISTER_CHECK])?;
        let mut body = check.form.clone();
        let birth = birth.strftime("%Y%m%d").to_string();
        if !(body.set("usrcod", card) && body.set("birthday", &birth) && body.set("telno", phone)) {
            return Err(ClientError::layout(
                screen::REGISTER_CHECK,
                "the identity form lacks usrcod, birthday or telno",
            ));
        }
        let referer = self.last_url.clone();
        let answer = self
            .transport
            .post(CHECK, &body, referer.as_ref(), Kind::Write)
            .await?;
        let (tokens, messages, page) = inspect_page(&answer.body, |doc| {
            let tokens = page::classify(doc, &[screen::REGISTER_CHECK, screen::REGISTER_APPLY])?;
            let form = Form::lbform(doc, "password registration")?;
            Ok((
                tokens,
                page::site_messages(doc),
                RegisterPage { form, terms: None },
            ))
        })?;
        let on_apply = tokens.gamenid == screen::REGISTER_APPLY;
        self.tokens = Some(tokens);
        self.last_url = Some(answer.url);
        match (on_apply, messages.into_iter().next()) {
            (true, _) => Ok(Identity::Matched(page)),
            (false, Some(message)) => Ok(Identity::Refused(message)),
            (false, None) => Err(ClientError::layout(
                screen::REGISTER_CHECK,
                "the identity check came back without a message",
            )),
        }
    }

    /// Sends the new password (two stages) and verifies it by logging in.
    pub async fn register_password(
        &mut self,
        page: &RegisterPage,
        card: &str,
        new: &SecretString,
    ) -> SettingResult {
        let action = SettingAction::PasswordRegister;
        let mut body = page.form.clone();
        if !(body.set("newpwd", new.expose_secret()) && body.set("newpwd2", new.expose_secret())) {
            let verdict = Verdict::unexpected("the form has no newpwd field");
            return SettingResult::new(action, verdict);
        }
        let answer = self.two_stage(APPLY, body, &[screen::REGISTER_APPLY]).await;
        let confirmed = answer.is_ok();
        let result = password_verified(self, action, answer, card, new).await;
        if confirmed || result.outcome == Outcome::Done {
            // Leave no session behind: registration is not a login.
            let _ = self.logout().await;
        }
        result
    }

    /// Classifies a registration screen and takes its tokens; returns the
    /// page and a tokens-only form for the next navigation.
    fn read_register(
        &mut self,
        response: &Response,
        expected: &[&str],
    ) -> Result<(RegisterPage, Form)> {
        let (page, tokens) = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, expected)?;
            let form = Form::lbform(doc, "password registration")?;
            Ok((
                RegisterPage {
                    form,
                    terms: settings::terms_text(doc),
                },
                tokens,
            ))
        })?;
        let nav = tokens.as_form();
        self.tokens = Some(tokens);
        self.last_url = Some(response.url.clone());
        Ok((page, nav))
    }
}
