//! The one LiCS-XP API client. It owns every HTTP detail (session, tokens,
//! forms, page classification) and returns typed `model` values; it never
//! prints.

#[macro_use]
mod macros {
    /// A CSS selector compiled once.
    macro_rules! sel {
        ($s:literal) => {{
            static SELECTOR: std::sync::LazyLock<scraper::Selector> =
                std::sync::LazyLock::new(|| scraper::Selector::parse($s).expect("valid selector"));
            &*SELECTOR
        }};
    }
}

pub mod alert;
pub mod arrivals;
pub mod calendar;
pub mod cart;
pub mod catalog;
pub mod error;
pub mod form;
pub mod history;
pub mod http;
pub mod page;
pub mod parse;
pub mod register;
pub mod renew;
pub mod reservations;
pub mod reserve;
pub mod scrub;
pub mod settings;
pub mod shelf;
pub mod text;
pub mod write;

use jiff::civil::Date;
use scraper::Html;
use secrecy::{ExposeSecret, SecretString};
use url::Url;

pub use error::{ClientError, Result};
pub use http::{Kind, Observer, Pacer, RequestRecord, Transport, TransportOptions};
pub use page::Tokens;
pub use renew::LoanPage;
pub use reservations::{Change, RsvPage};

use crate::model::{AccountSummary, Listing, Loan, Reservation};
use page::screen;
use parse::header::{self, PasswordKind};

/// Where the client gets credentials when it has to (re)log in.
pub trait Credentials {
    fn card(&self) -> Option<String>;
    /// Asked only when a login is actually needed (it may prompt).
    fn password(&mut self) -> Option<SecretString>;
}

/// What survives between runs: the cookie jar and the latest page tokens.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SessionState {
    pub cookies: String,
    pub tokens: Tokens,
}

/// The entry that serves the login form.
const LOGIN_ENTRY: &str = "OpacInitLoginAction.do?subSystemFlag=0";
const LOGIN_POST: &str = "j_security_check?subSystemFlag=0";
/// The menu GET after login (without `moveToGamenId`, which resets a session).
const MENU: &str = "WOpacMnuTopInitAction.do?WebLinkFlag=1";
const MY_PAGE: &str = "WOpacMnuTopToPwdLibraryAction.do?gamen=";
const LOGOUT: &str = "WOpacPwdLogoutAction.do";
/// The site's cart (`yoycart()` in every page's script).
const CART: &str = "WOpacCommonToYoyCartDispAction.do?yoyCmtknjFlg=1";

/// The account pages reached through `WOpacMnuTopToPwdLibraryAction.do`.
#[derive(Debug, Clone, Copy)]
enum MyPage {
    Loans,
    Reservations,
    Cart,
    /// マイ本棚: the shelf list, or the creation form when there is none.
    Shelves,
    /// 読書履歴 (first page, in the session's rows per page).
    History,
    /// 利用者情報設定 (modelled, `toPwdLibrary()`).
    UserInfo,
    /// 新着図書お知らせ conditions (modelled, `gamen=newpcfsdi`).
    Alerts,
}

impl MyPage {
    fn action(self) -> String {
        match self {
            MyPage::Loans => format!("{MY_PAGE}usrlend"),
            MyPage::Reservations => format!("{MY_PAGE}usrrsv"),
            MyPage::Cart => CART.to_string(),
            MyPage::Shelves => format!("{MY_PAGE}mybooklist"),
            MyPage::History => format!("{MY_PAGE}usrread&initFlag=0"),
            MyPage::UserInfo => settings::USER_INFO_ACTION.to_string(),
            MyPage::Alerts => alert::LIST_ACTION.to_string(),
        }
    }
    fn screens(self) -> &'static [&'static str] {
        match self {
            MyPage::Loans => &[screen::LEND_LIST],
            MyPage::Reservations => &[screen::RSV_LIST],
            MyPage::Cart => &[screen::CART],
            MyPage::Shelves => &[screen::SHELF_LIST, screen::SHELF_NEW],
            MyPage::History => &[screen::HISTORY],
            MyPage::UserInfo => &[screen::USER_INFO],
            MyPage::Alerts => &[screen::ALERT_LIST],
        }
    }
}

pub struct Client {
    transport: Transport,
    tokens: Option<Tokens>,
    last_url: Option<Url>,
    credentials: Option<Box<dyn Credentials>>,
    /// Set when this run logged in (the session cache must be rewritten).
    relogged: bool,
}

impl Client {
    pub fn new(opts: TransportOptions, session: Option<SessionState>) -> Result<Client> {
        let (jar, tokens) =
            match session.and_then(|s| http::load_jar(&s.cookies).map(|j| (j, s.tokens))) {
                Some((jar, tokens)) => (std::sync::Arc::new(jar), Some(tokens)),
                None => (http::empty_jar(), None),
            };
        Ok(Client {
            transport: Transport::new(opts, jar)?,
            tokens,
            last_url: None,
            credentials: None,
            relogged: false,
        })
    }

    /// Lets the client log in again by itself when the session turns out dead.
    pub fn with_credentials(mut self, credentials: Box<dyn Credentials>) -> Self {
        self.credentials = Some(credentials);
        self
    }

    pub fn has_session(&self) -> bool {
        self.tokens.is_some()
    }

    pub fn logged_in_this_run(&self) -> bool {
        self.relogged
    }

    pub fn request_count(&self) -> usize {
        self.transport.request_count()
    }

    pub fn base(&self) -> &Url {
        self.transport.base()
    }

    /// The state to cache, when there is a session.
    pub fn session_state(&self) -> Option<SessionState> {
        let tokens = self.tokens.clone()?;
        Some(SessionState {
            cookies: http::save_jar(self.transport.jar())?,
            tokens,
        })
    }

    /// Logs in with a fresh session and returns the account summary.
    pub async fn login(&mut self, card: &str, password: &SecretString) -> Result<AccountSummary> {
        http::clear_jar(self.transport.jar());
        self.tokens = None;
        let page = self.transport.get(LOGIN_ENTRY).await?;
        let login = inspect_page(&page.body, |doc| {
            if !page::has_login_form(doc) {
                // Cron jobs mostly log in again: maintenance must read as
                // "unavailable" here too, not as a page to report.
                if page::is_maintenance(doc) {
                    return Err(ClientError::Maintenance);
                }
                if page::is_logged_in(doc) {
                    return Err(ClientError::layout(
                        "login",
                        "the login entry did not show a login form",
                    ));
                }
            }
            parse::login::parse_login_page(doc)
        })?;
        let referer = page.url.clone();
        let body = login.filled(card, password.expose_secret());
        // The answer is a redirect chain towards the portal; success is
        // judged on the menu. A maintenance notice still under the OPAC
        // instead means the login was not processed (the menu would then say
        // "not logged in"). The portal's own home page is not judged: its
        // news may announce a maintenance that has not begun.
        let answer = self
            .transport
            .post(LOGIN_POST, &body, Some(&referer), Kind::Read)
            .await?;
        let in_opac = answer
            .url
            .as_str()
            .starts_with(self.transport.base().as_str());
        if in_opac && page::is_maintenance_notice(&Html::parse_document(&answer.body)) {
            return Err(ClientError::Maintenance);
        }
        let menu = self.transport.get(MENU).await?;
        let (summary, tokens) = inspect_page(&menu.body, |doc| {
            // The landing screen differs between installations; any page
            // with the logged-in header and page tokens will do.
            let tokens = match (page::is_logged_in(doc), page::Tokens::from_page(doc)) {
                (true, Some(tokens)) if !page::has_login_form(doc) => tokens,
                _ if page::has_login_form(doc) => return Err(ClientError::BadCredentials),
                // Before the logged-out header, which a notice may carry:
                // maintenance is no refused password.
                _ if page::is_maintenance_notice(doc) => return Err(ClientError::Maintenance),
                _ if page::is_logged_out(doc) => return Err(ClientError::BadCredentials),
                _ => {
                    return Err(page::classify(doc, &[])
                        .err()
                        .unwrap_or(ClientError::layout("menu", "no logged-in header")));
                }
            };
            match header::password_kind(doc) {
                Some(PasswordKind::Temporary) => {
                    return Err(ClientError::PasswordKind("仮パスワード"));
                }
                Some(PasswordKind::ReservationOnly) => {
                    return Err(ClientError::PasswordKind("予約パスワード"));
                }
                _ => {}
            }
            Ok((header::parse_summary(doc), tokens))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(menu.url);
        self.relogged = true;
        Ok(summary)
    }

    /// Ends the server session (best effort) and forgets it locally.
    pub async fn logout(&mut self) -> Result<()> {
        let result = match self.tokens.take() {
            Some(tokens) => self
                .transport
                .post(
                    LOGOUT,
                    &tokens.as_form(),
                    self.last_url.as_ref(),
                    Kind::Read,
                )
                .await
                .map(|_| ()),
            None => Ok(()),
        };
        http::clear_jar(self.transport.jar());
        result
    }

    pub async fn loans(&mut self, today: Date) -> Result<Listing<Loan>> {
        self.my_page(MyPage::Loans, |doc| parse::loan_listing(doc, today))
            .await
    }

    pub async fn reservations(&mut self, today: Date) -> Result<Listing<Reservation>> {
        self.my_page(MyPage::Reservations, |doc| {
            parse::reservation_listing(doc, today)
        })
        .await
    }

    /// The menu behind the logged-in header (a read, logging in first when
    /// needed): what the header says about the account. A dead session is
    /// replaced once by a fresh login when credentials exist.
    pub async fn menu(&mut self) -> Result<AccountSummary> {
        self.ensure_session().await?;
        let mut retried = false;
        loop {
            let response = self.transport.get(MENU).await?;
            let outcome = inspect_page(&response.body, read_menu);
            match self.settle_read(outcome, response.url, &mut retried)? {
                Some(summary) => return Ok(summary),
                None => self.relogin().await?,
            }
        }
    }

    /// Logs in when there is no session yet and credentials are at hand.
    async fn ensure_session(&mut self) -> Result<()> {
        if self.tokens.is_none() {
            self.relogin().await?;
        }
        Ok(())
    }

    async fn relogin(&mut self) -> Result<()> {
        let Some(credentials) = self.credentials.as_mut() else {
            return Err(ClientError::NotLoggedIn);
        };
        let Some(card) = credentials.card() else {
            return Err(ClientError::NotLoggedIn);
        };
        let Some(password) = credentials.password() else {
            return Err(ClientError::NotLoggedIn);
        };
        self.login(&card, &password).await.map(|_| ())
    }

    /// Fresh page tokens from the menu, a GET that needs none, for a
    /// session that lives on; `false` when the menu shows it gone.
    async fn refresh_tokens(&mut self) -> Result<bool> {
        let response = self.transport.get(MENU).await?;
        match inspect_page(&response.body, read_menu) {
            Ok((_, tokens)) => {
                self.tokens = Some(tokens);
                self.last_url = Some(response.url);
                Ok(true)
            }
            Err(ClientError::SessionGone) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Opens an account page (a read). A stale page token with a live
    /// session is replaced once from the menu (an answer lost with its new
    /// token, docs/protocol.md#page-tokens); a dead session once by a fresh
    /// login when credentials exist; reads are safe to repeat.
    async fn my_page<T>(&mut self, page: MyPage, parse: impl Fn(&Html) -> Result<T>) -> Result<T> {
        self.ensure_session().await?;
        let mut retried = false;
        let mut refreshed = false;
        loop {
            let tokens = self.tokens.clone().ok_or(ClientError::NotLoggedIn)?;
            let action = page.action();
            let response = self
                .transport
                .post(
                    &action,
                    &tokens.as_form(),
                    self.last_url.as_ref(),
                    Kind::Read,
                )
                .await?;
            let mut stale = false;
            let outcome = inspect_page(&response.body, |doc| {
                let tokens = page::classify(doc, page.screens()).inspect_err(|e| {
                    stale = matches!(e, ClientError::SessionGone) && page::is_stale_token(doc);
                })?;
                Ok((parse(doc)?, tokens))
            });
            if stale && !refreshed {
                refreshed = true;
                if self.refresh_tokens().await? {
                    continue;
                }
            }
            match self.settle_read(outcome, response.url, &mut retried)? {
                Some(value) => return Ok(value),
                None => self.relogin().await?,
            }
        }
    }

    /// What a read's page decided: its value (the page's tokens adopted), or
    /// `None` when the session was gone and one fresh login may be tried.
    fn settle_read<T>(
        &mut self,
        outcome: Result<(T, Tokens)>,
        url: Url,
        retried: &mut bool,
    ) -> Result<Option<T>> {
        match outcome {
            Ok((value, tokens)) => {
                self.tokens = Some(tokens);
                self.last_url = Some(url);
                Ok(Some(value))
            }
            Err(ClientError::SessionGone) => {
                self.tokens = None;
                if *retried || self.credentials.is_none() {
                    return Err(ClientError::SessionGone);
                }
                *retried = true;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

impl Client {
    /// Takes the page tokens of a response whose content is not otherwise
    /// read (the login form has none, so a dead session's tokens stay put).
    pub(crate) fn adopt_tokens(&mut self, response: &http::Response) {
        let doc = Html::parse_document(&response.body);
        if page::has_login_form(&doc) {
            return;
        }
        if let Some(tokens) = Tokens::from_page(&doc) {
            self.tokens = Some(tokens);
            self.last_url = Some(response.url.clone());
        }
    }
}

/// The menu behind the logged-in header: what the header says, and the
/// page tokens.
fn read_menu(doc: &Html) -> Result<(AccountSummary, Tokens)> {
    // Before the logged-out header, which a notice may carry: maintenance
    // is no lost session (as in `login`).
    if page::is_maintenance_notice(doc) {
        return Err(ClientError::Maintenance);
    }
    if page::has_login_form(doc) || (page::is_logged_out(doc) && !page::is_logged_in(doc)) {
        return Err(ClientError::SessionGone);
    }
    match (page::is_logged_in(doc), page::Tokens::from_page(doc)) {
        (true, Some(tokens)) => Ok((header::parse_summary(doc), tokens)),
        _ => Err(page::classify(doc, &[])
            .err()
            .unwrap_or(ClientError::layout("menu", "no logged-in header"))),
    }
}

/// Parses a page once and runs `f` on it; layout errors carry the page.
fn inspect_page<T>(body: &str, f: impl FnOnce(&Html) -> Result<T>) -> Result<T> {
    let doc = Html::parse_document(body);
    f(&doc).map_err(|e| e.with_page(body))
}
