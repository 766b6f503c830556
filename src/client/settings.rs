//! 利用者情報設定 (modelled; see the README's verification table): the user
//! information screen, and the settings screens behind it — e-mail address
//! (`UsrChMail`), default pickup library and contact method (`YoyRakChg`),
//! password (`UsrChPass`, whose display action `WOpacUsrChPassDispAction.do`
//! is the one live lead) and the reading-history setting
//! (`UsrRtnLendHistory`).
//!
//! Every change is a two-stage LiCS-XP write (stage 1 asks, stage 2 with
//! `okCodes` confirms) sent at most once; the outcome is read from the user
//! information screen afterwards (a password change: from a login with the
//! new password). The confirmation codes were never captured: they are the
//! simulator's, and on any other code nothing is confirmed (exit 6).

use secrecy::{ExposeSecret, SecretString};

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::Kind;
use super::http::Response;
use super::page;
use super::parse::layouts::{Fact, user_info as info_layout};
use super::parse::settings;
use super::write::{Sent, Step, WriteError, decide, settle, site_message, unread};
use super::{Client, MyPage, inspect_page};
use crate::client::page::screen;
use crate::model::{SettingAction, SettingResult, UserInfo, Verdict};

/// `toPwdLibrary()`: the user information screen.
pub const USER_INFO_ACTION: &str = "WOpacPwdLibraryDispAction.do";

/// One settings screen: where it is shown, where stage 1 goes and what it asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsScreen {
    Mail,
    Contact,
    Password,
    History,
}

impl SettingsScreen {
    pub fn display_action(self) -> &'static str {
        match self {
            SettingsScreen::Mail => "WOpacUsrChMailDispAction.do",
            SettingsScreen::Contact => "WOpacYoyRakChgDispAction.do",
            SettingsScreen::Password => "WOpacUsrChPassDispAction.do",
            SettingsScreen::History => "WOpacUsrRtnLendHistoryDispAction.do",
        }
    }

    pub fn screen(self) -> &'static str {
        match self {
            SettingsScreen::Mail => screen::CHANGE_MAIL,
            SettingsScreen::Contact => screen::CONTACT,
            SettingsScreen::Password => screen::CHANGE_PASSWORD,
            SettingsScreen::History => screen::HISTORY_SETTING,
        }
    }
}

/// The writes (the script assigns the stage-1 path to stage 2), with the
/// simulator's confirmation codes.
const MAIL_SET: Step = Step::same_action("WOpacUsrChMailExecAction.do", "OPACUSR211");
const MAIL_DELETE: Step = Step::same_action("WOpacUsrChMailDelAction.do", "OPACUSR212");
const CONTACT_SET: Step = Step::same_action("WOpacYoyRakChgExecAction.do", "OPACUSR221");
const PASSWORD_SET: Step = Step::same_action("WOpacUsrChPassExecAction.do", "OPACUSR201");
const HISTORY_ON: Step = Step::same_action("WOpacUsrRtnLendHistoryExecAction.do", "OPACUSR231");
const HISTORY_OFF: Step = Step::same_action("WOpacUsrRtnLendHistoryExecAction.do", "OPACUSR232");

/// A settings screen as served: its form, its selects and any terms text.
#[derive(Debug, Clone)]
pub struct SettingsPage {
    pub which: SettingsScreen,
    form: Form,
    /// `(select name, options)` in page order.
    selects: Vec<(String, Vec<(String, String)>)>,
    /// The terms a consent screen shows (読書履歴の利用規約).
    pub terms: Option<String>,
}

impl SettingsPage {
    pub fn options(&self, name: &str) -> &[(String, String)] {
        self.selects
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&[], |(_, o)| o.as_slice())
    }

    /// The value the form would send now (the preselected option).
    pub fn current(&self, name: &str) -> Option<&str> {
        self.form.get(name)
    }

    pub fn label(&self, select: &str, code: &str) -> Option<&str> {
        self.options(select)
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, l)| l.as_str())
    }
}

/// One settings write and how the user information screen shows it applied.
struct Spec<'a> {
    action: SettingAction,
    step: Step,
    applied: &'a dyn Fn(&UserInfo) -> bool,
    old: Option<String>,
    new: Option<String>,
}

/// The row of the user information screen that shows a write applied
/// (`None`: verified otherwise, a password by logging in with it).
fn verifying_fact(action: SettingAction) -> Option<&'static Fact> {
    match action {
        SettingAction::EmailSet | SettingAction::EmailDelete => Some(&info_layout::EMAIL),
        SettingAction::Pickup => Some(&info_layout::PICKUP),
        SettingAction::Contact => Some(&info_layout::CONTACT),
        SettingAction::HistoryEnable | SettingAction::HistoryDisable => Some(&info_layout::HISTORY),
        SettingAction::PasswordChange | SettingAction::PasswordRegister => None,
    }
}

/// Refuses, before anything is sent, a write the user information screen
/// (`before`, as read) could not show applied: every row of that screen is
/// optional, and a write sent without the row that verifies it could only
/// end `unknown`. A layout problem (exit 6), since it is the site's page
/// that lacks the fact.
pub fn verifiable(before: &UserInfo, action: SettingAction) -> Result<()> {
    let Some(fact) = verifying_fact(action) else {
        return Ok(());
    };
    let unverifiable = |why: String| {
        ClientError::layout(
            "user information",
            format!("{why}, so a change of it could not be verified; nothing was sent"),
        )
    };
    if !before.shows(fact.name) {
        return Err(unverifiable(format!(
            "the site's 利用者情報 page does not show {} ({})",
            fact.label(),
            fact.name
        )));
    }
    if fact.name == info_layout::HISTORY.name && before.history_recording.is_none() {
        return Err(unverifiable(format!(
            "the site's 利用者情報 page shows {} in words toshokan does not read as on or off",
            fact.label()
        )));
    }
    Ok(())
}

impl Client {
    /// The user information screen (a read).
    pub async fn user_info(&mut self) -> Result<UserInfo> {
        self.my_page(MyPage::UserInfo, settings::parse_user_info)
            .await
    }

    /// Opens a settings screen from the user information screen (two reads).
    pub async fn settings_page(
        &mut self,
        which: SettingsScreen,
    ) -> Result<(UserInfo, SettingsPage)> {
        let info = self.user_info().await?;
        let tokens = self.tokens.clone().ok_or(ClientError::NotLoggedIn)?;
        let referer = self.last_url.clone();
        let response = self
            .transport
            .post(
                which.display_action(),
                &tokens.as_form(),
                referer.as_ref(),
                Kind::Read,
            )
            .await?;
        let (page, tokens) = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, &[which.screen()])?;
            let form = Form::lbform(doc, which.screen())?;
            let selects = ["watspt", "renraku", "rireki"]
                .iter()
                .map(|n| (n.to_string(), settings::select_options(doc, n)))
                .filter(|(_, o)| !o.is_empty())
                .collect();
            let page = SettingsPage {
                which,
                form,
                selects,
                terms: settings::terms_text(doc),
            };
            Ok((page, tokens))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(response.url);
        Ok((info, page))
    }

    /// Registers or replaces the e-mail address (`None`: delete it). An
    /// error: refused before sending (see [`verifiable`]).
    pub async fn set_email(
        &mut self,
        page: &SettingsPage,
        before: &UserInfo,
        address: Option<&str>,
    ) -> Result<(SettingResult, Option<UserInfo>)> {
        let (action, step) = match address {
            Some(_) => (SettingAction::EmailSet, MAIL_SET),
            None => (SettingAction::EmailDelete, MAIL_DELETE),
        };
        verifiable(before, action)?;
        let mut body = page.form.clone();
        if let Some(address) = address
            && !(body.set("mailaddr", address) && body.set("mailaddr2", address))
        {
            return Ok(missing_field(action, "mailaddr"));
        }
        let wanted = address.map(str::to_string);
        let applied = move |info: &UserInfo| info.email == wanted;
        let spec = Spec {
            action,
            step,
            applied: &applied,
            old: before.email.clone(),
            new: address.map(str::to_string),
        };
        Ok(self.setting_write(page.which, body, spec).await)
    }

    /// Sets the default pickup library and/or contact method (codes from
    /// the page's selects). An error: refused before sending (see
    /// [`verifiable`]).
    pub async fn set_pickup_contact(
        &mut self,
        page: &SettingsPage,
        before: &UserInfo,
        pickup: Option<&str>,
        contact: Option<&str>,
    ) -> Result<(SettingResult, Option<UserInfo>)> {
        let action = if pickup.is_some() {
            SettingAction::Pickup
        } else {
            SettingAction::Contact
        };
        if pickup.is_some() {
            verifiable(before, SettingAction::Pickup)?;
        }
        if contact.is_some() {
            verifiable(before, SettingAction::Contact)?;
        }
        let mut body = page.form.clone();
        let mut want_pickup = None;
        let mut want_contact = None;
        if let Some(code) = pickup {
            if !body.set("watspt", code) {
                return Ok(missing_field(action, "watspt"));
            }
            want_pickup = page.label("watspt", code).map(str::to_string);
        }
        if let Some(code) = contact {
            if !body.set("renraku", code) {
                return Ok(missing_field(action, "renraku"));
            }
            want_contact = page.label("renraku", code).map(str::to_string);
        }
        let (old, new) = match action {
            SettingAction::Pickup => (before.pickup_library.clone(), want_pickup.clone()),
            _ => (before.contact.clone(), want_contact.clone()),
        };
        let applied = move |info: &UserInfo| {
            want_pickup
                .as_ref()
                .is_none_or(|p| info.pickup_library.as_ref() == Some(p))
                && want_contact
                    .as_ref()
                    .is_none_or(|c| info.contact.as_ref() == Some(c))
        };
        let spec = Spec {
            action,
            step: CONTACT_SET,
            applied: &applied,
            old,
            new,
        };
        Ok(self.setting_write(page.which, body, spec).await)
    }

    /// Turns reading-history recording on (the caller has the patron's
    /// consent to the terms) or off. An error: refused before sending (see
    /// [`verifiable`]).
    pub async fn set_history(
        &mut self,
        page: &SettingsPage,
        before: &UserInfo,
        enable: bool,
    ) -> Result<(SettingResult, Option<UserInfo>)> {
        let (action, step) = if enable {
            (SettingAction::HistoryEnable, HISTORY_ON)
        } else {
            (SettingAction::HistoryDisable, HISTORY_OFF)
        };
        verifiable(before, action)?;
        let mut body = page.form.clone();
        let choice = if enable { "1" } else { "0" };
        if !body.set("rireki", choice) {
            return Ok(missing_field(action, "rireki"));
        }
        // The consent checkbox's script copies its state into agreeflg.
        if enable && !body.set("agreeflg", "1") {
            return Ok(missing_field(action, "agreeflg"));
        }
        let word = |on: Option<bool>| on.map(|on| if on { "on" } else { "off" }.to_string());
        let applied = move |info: &UserInfo| info.history_recording == Some(enable);
        let spec = Spec {
            action,
            step,
            applied: &applied,
            old: word(before.history_recording),
            new: word(Some(enable)),
        };
        Ok(self.setting_write(page.which, body, spec).await)
    }

    /// Changes the password; verified by logging in with the new one (which
    /// also leaves this client with a fresh session for the cache).
    pub async fn change_password(
        &mut self,
        page: &SettingsPage,
        card: &str,
        old: &SecretString,
        new: &SecretString,
    ) -> SettingResult {
        let action = SettingAction::PasswordChange;
        let mut body = page.form.clone();
        if !(body.set("oldpwd", old.expose_secret())
            && body.set("newpwd", new.expose_secret())
            && body.set("newpwd2", new.expose_secret()))
        {
            return missing_field(action, "newpwd").0;
        }
        let answer = self
            .two_stage(PASSWORD_SET, body, &[page.which.screen()])
            .await;
        password_verified(self, action, answer, card, new).await
    }

    /// Runs a two-stage settings write and reads the user information again.
    async fn setting_write(
        &mut self,
        which: SettingsScreen,
        body: Form,
        spec: Spec<'_>,
    ) -> (SettingResult, Option<UserInfo>) {
        let values = |verdict| {
            SettingResult::new(spec.action, verdict).values(spec.old.clone(), spec.new.clone())
        };
        let sent = match self.confirm(spec.step, body, &[which.screen()]).await {
            Ok(sent) => sent,
            Err(verdict) => return (values(verdict), None),
        };
        let after = self.user_info().await;
        let (verdict, after) = settle(
            sent,
            after,
            "the settings",
            |info| (spec.applied)(info),
            site_message,
        );
        (values(verdict), after)
    }
}

/// A password write is verified by logging in with the new password (the
/// pages never show one), which also leaves the client a fresh session: the
/// login is the re-read. A login the site refuses shows the new password is
/// not in effect; one that could not be made shows nothing.
pub(super) async fn password_verified(
    client: &mut Client,
    action: SettingAction,
    answer: std::result::Result<Response, WriteError>,
    card: &str,
    new: &SecretString,
) -> SettingResult {
    let sent = match answer {
        Ok(_) => Sent::Yes(Vec::new()),
        Err(e) => match e.sent() {
            // Without a confirmation nothing changed: there is nothing to log in with.
            Ok(refused @ Sent::Refused(_)) => {
                return SettingResult::new(action, decide(false, &refused, site_message));
            }
            Ok(sent) => sent,
            Err(verdict) => return SettingResult::new(action, verdict),
        },
    };
    let verdict = match client.login(card, new).await {
        Ok(_) => decide(true, &sent, site_message),
        Err(ClientError::BadCredentials) => decide(false, &sent, site_message),
        Err(e) => unread(&sent, "a login with the new password", &e),
    };
    SettingResult::new(action, verdict)
}

fn missing_field(action: SettingAction, name: &str) -> (SettingResult, Option<UserInfo>) {
    let verdict = Verdict::unexpected(format!("the form has no {name} field"));
    (SettingResult::new(action, verdict), None)
}
