//! Request handling: sessions, tokens, routing to screens, faults, the log.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use super::form::{all, field, text};
use super::html;

mod account;
mod alert;
mod cart;
use cart::CartStep;
mod catalog;
mod reservation;
mod reserve;
mod shelf;
use super::state::Library;

/// Everything a test may switch on to see how the client copes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Faults {
    /// Added to every response.
    pub latency_ms: u64,
    /// Every page is the maintenance notice.
    pub maintenance: bool,
    /// Every request answers HTTP 500.
    pub http_500: bool,
    /// List pages come with renamed landmarks.
    pub changed_layout: bool,
    /// The loan list heads an optional column (延長回数) in words no
    /// LiCS-XP site is known to use: the page reads without that fact.
    pub unknown_column: bool,
    /// The page asking for a confirmation comes in a shape the client does not know.
    pub changed_confirmation: bool,
    /// A session dies after this many requests (then the login form, HTTP 200).
    pub expire_after_requests: Option<u32>,
    /// A write is applied, then the connection is dropped before the answer.
    pub drop_after_write: bool,
    /// Stage 1 of a write asks another code than the right one.
    pub wrong_confirmation_code: bool,
    /// Stage 1's script sends the confirmation to another action.
    pub wrong_confirmation_action: bool,
    /// What happens to the request that would change something (stage 2
    /// of a confirmation, or a write the site takes in one post).
    pub on_confirm: Option<ConfirmFault>,
    /// Regular expressions whose matches every page loses: a site whose
    /// pages lack a fact (a 利用者情報 row, a memo cell). Tests only.
    pub strip: Vec<String>,
}

/// Faults that strike only the request that would change something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmFault {
    /// HTTP 500; nothing is applied.
    Http500,
    /// The maintenance notice; nothing is applied.
    Maintenance,
    /// The session has just expired: the login form, nothing applied.
    SessionExpired,
    /// Applied, but the answer comes this many milliseconds late (past a client timeout).
    SlowAnswer(u64),
}

/// The request that would change something: a confirmation (okCodes), or
/// one of the writes the site takes in a single post (a reservation's
/// confirm, a cart checkout, adding to or removing from the cart, adding a
/// title to a shelf from its detail page).
fn is_write(action: &str, form: &[(String, String)]) -> bool {
    form.iter().any(|(k, _)| k == "okCodes")
        || matches!(
            action,
            "WOpacTifDirectYoyExecAction.do"
                | "WOpacYoyCartYoyExecAction.do"
                | "WOpacTifTilDetailYoyCart2DispAction.do"
                | "WOpacYoyCartDelAction.do"
                | "WOpacTifDetailAddBookListAction.do"
        )
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    pub method: String,
    /// Path with query.
    pub path: String,
    pub status: u16,
    /// The form body in order, for assertions on what was posted.
    pub form: Vec<(String, String)>,
    /// This request changed the library (what `toshokan sim` marks ` WRITE`).
    pub write: bool,
}

#[derive(Debug, Clone)]
struct SimSession {
    card: Option<String>,
    hash: String,
    requests: u32,
    /// The stage-1 request awaiting confirmation: (code, echoed parameters).
    pending: Option<(String, Vec<(String, String)>)>,
    /// マイ本棚: the current shelf and an update awaiting its display POST.
    shelf: shelf::ShelfSession,
    /// Reading-history view and password-registration progress.
    account: account::AccountSession,
}

pub const PREFIX: &str = "/licsxp-opac/";
pub const RENEW_CODE: &str = "OPACUSR005";
const BAD_LOGIN: &str = "利用カード番号またはパスワードが正しくありません。";
const NO_LOAN: &str = "対象の資料が見つかりません。";

pub struct SimState {
    pub library: Library,
    pub faults: Faults,
    pub log: Vec<LoggedRequest>,
    /// Print one line per request to stderr (`toshokan sim`).
    pub log_stderr: bool,
    sessions: HashMap<String, SimSession>,
    /// Each session's detailed-search result list (server state on the site).
    searches: HashMap<String, super::search::SearchSession>,
    /// Pages captured on a real site, served for an account screen instead of
    /// the simulator's own (keyed by `gamen`, e.g. `usrlend`): reads only.
    pub replays: HashMap<String, String>,
    counter: u64,
    seed: std::collections::hash_map::RandomState,
    /// The library changed since it was last saved.
    pub dirty: bool,
    /// Changes to the library so far (`changed`); a request that moves it is a write.
    changes: u64,
}

pub struct SimResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Drop the connection instead of answering (the write is already applied).
    pub drop_connection: bool,
    /// Answer only after this long (the write is already applied).
    pub delay_ms: u64,
}

impl SimResponse {
    fn html(body: String) -> Self {
        SimResponse {
            status: 200,
            headers: vec![("content-type".into(), "text/html;charset=UTF-8".into())],
            body,
            drop_connection: false,
            delay_ms: 0,
        }
    }

    fn redirect(location: &str) -> Self {
        SimResponse {
            status: 302,
            headers: vec![("location".into(), location.into())],
            body: String::new(),
            drop_connection: false,
            delay_ms: 0,
        }
    }

    fn plain(status: u16, text: &str) -> Self {
        SimResponse {
            status,
            headers: vec![("content-type".into(), "text/plain;charset=UTF-8".into())],
            body: text.into(),
            drop_connection: false,
            delay_ms: 0,
        }
    }
}

/// An account's screen that answers a write: the site's messages, then the
/// stage-1 question if any (`html::lend_page`, `html::rsv_page`, …).
pub(super) type AccountScreen =
    fn(&Library, &super::state::Account, &str, &[&str], Option<&html::Confirm<'_>>) -> String;

/// A request to an account screen that passed the guard (`signed_in`):
/// the session, its signed-in card, the page's fresh token and what was sent.
struct Visit<'a> {
    id: &'a str,
    card: String,
    hash: String,
    query: &'a [(String, String)],
    form: &'a [(String, String)],
}

/// The account screens, each answered only behind the one guard (`signed_in`).
#[derive(Debug, Clone, Copy)]
enum Guarded<'a> {
    /// `WOpacMnuTopToPwdLibraryAction.do`: the menu's way to the lists.
    MyPage,
    /// The patron's own screens (see server/account.rs), by action.
    Account(&'a str),
    /// 新着図書お知らせ conditions (see server/alert.rs).
    Alert(alert::SdiAction),
    Shelf(shelf::ShelfOp),
    Reservation(reservation::RsvOp),
    Cart(CartStep),
    /// Direct reservation: its confirmation page, then its one confirm POST.
    ReservePage,
    ReserveExec,
    Renew,
}

impl Guarded<'_> {
    fn route<'a>(method: &str, action: &'a str) -> Option<Guarded<'a>> {
        if account::is_own(action) {
            return Some(Guarded::Account(action));
        }
        if method != "POST" {
            return None;
        }
        Some(match action {
            "WOpacMnuTopToPwdLibraryAction.do" => Guarded::MyPage,
            "WOpacTifDirectYoyDispAction.do" => Guarded::ReservePage,
            "WOpacTifDirectYoyExecAction.do" => Guarded::ReserveExec,
            "WOpacUsrLendListExtendAction.do" => Guarded::Renew,
            a => alert::SdiAction::from_action(a)
                .map(Guarded::Alert)
                .or_else(|| shelf::ShelfOp::from_action(a).map(Guarded::Shelf))
                .or_else(|| reservation::RsvOp::from_action(a).map(Guarded::Reservation))
                .or_else(|| CartStep::from_action(a).map(Guarded::Cart))?,
        })
    }
}

/// What the handler passes in.
pub struct SimRequest<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub form: Vec<(String, String)>,
}

impl SimState {
    pub fn new(library: Library) -> SimState {
        SimState {
            library,
            faults: Faults::default(),
            log: Vec::new(),
            log_stderr: false,
            sessions: HashMap::new(),
            searches: HashMap::new(),
            replays: HashMap::new(),
            counter: 0,
            seed: std::collections::hash_map::RandomState::new(),
            dirty: false,
            changes: 0,
        }
    }

    /// Every change to the library goes through here: it is saved, and the
    /// request that made it is logged as a write.
    fn changed(&mut self) {
        self.changes += 1;
        self.dirty = true;
    }

    /// Ends every session, as a server restart or timeout would.
    pub fn expire_sessions(&mut self) {
        for s in self.sessions.values_mut() {
            s.card = None;
        }
    }

    fn token(&mut self, len: usize) -> String {
        let mut out = String::new();
        while out.len() < len {
            self.counter += 1;
            let mut h = self.seed.build_hasher();
            h.write_u64(self.counter);
            out.push_str(&format!("{:016x}", h.finish()));
        }
        out.truncate(len);
        out
    }

    pub fn respond(&mut self, req: &SimRequest<'_>) -> SimResponse {
        let before = self.changes;
        let mut response = self.route(req);
        let write = self.changes != before;
        // Whatever the write, it is applied before its answer is lost.
        if write && self.faults.drop_after_write {
            response.drop_connection = true;
        }
        let path = match req.query {
            Some(q) => format!("{}?{q}", req.path),
            None => req.path.to_string(),
        };
        if self.log_stderr {
            let mark = if write { " WRITE" } else { "" };
            eprintln!("{} {} {}{mark}", req.method, path, response.status);
        }
        self.log.push(LoggedRequest {
            method: req.method.to_string(),
            path,
            status: response.status,
            form: req.form.clone(),
            write,
        });
        if response.status == 200 && response.body.contains("<html") {
            if self.faults.changed_layout {
                response.body = html::change_layout(&response.body);
            }
            if self.faults.unknown_column {
                response.body = html::unknown_column(&response.body);
            }
            if self.faults.changed_confirmation {
                response.body = html::change_confirmation(&response.body);
            }
            for pattern in &self.faults.strip {
                // A pattern that does not compile strips nothing; the test
                // that set it then sees the fact still there.
                if let Ok(re) = regex::Regex::new(pattern) {
                    response.body = re.replace_all(&response.body, "").into_owned();
                }
            }
        }
        response
    }

    fn route(&mut self, req: &SimRequest<'_>) -> SimResponse {
        if !req.user_agent.is_some_and(|ua| ua.starts_with("Mozilla/")) {
            return SimResponse::plain(403, "Forbidden");
        }
        if req.path == "/" {
            return SimResponse::html(html::portal_page());
        }
        let Some(action) = req.path.strip_prefix(PREFIX) else {
            return SimResponse::plain(404, "Not Found");
        };
        if self.faults.http_500 {
            return SimResponse::plain(500, "Internal Server Error");
        }
        if self.faults.maintenance {
            return SimResponse::html(html::maintenance_page());
        }
        let confirm_fault = self
            .faults
            .on_confirm
            .filter(|_| is_write(action, &req.form));
        match confirm_fault {
            Some(ConfirmFault::Http500) => return SimResponse::plain(500, "Internal Server Error"),
            Some(ConfirmFault::Maintenance) => return SimResponse::html(html::maintenance_page()),
            Some(ConfirmFault::SessionExpired) => self.expire_sessions(),
            _ => {}
        }
        let (id, set_cookie) = self.session_for(req.cookie);
        let mut response = self.screen(&id, action, req);
        if let Some(ConfirmFault::SlowAnswer(ms)) = confirm_fault {
            response.delay_ms = ms;
        }
        if let Some(cookie) = set_cookie {
            response.headers.push(("set-cookie".into(), cookie));
        }
        response
    }

    fn session_for(&mut self, cookie: Option<&str>) -> (String, Option<String>) {
        let existing = cookie.and_then(|c| {
            c.split(';')
                .filter_map(|kv| kv.trim().split_once('='))
                .find(|(k, _)| *k == "JSESSIONID")
                .map(|(_, v)| v.to_string())
        });
        if let Some(id) = existing.filter(|id| self.sessions.contains_key(id)) {
            let expire_after = self.faults.expire_after_requests;
            if let Some(s) = self.sessions.get_mut(&id) {
                s.requests += 1;
                if expire_after.is_some_and(|n| s.requests > n) {
                    s.card = None;
                }
            }
            return (id, None);
        }
        let id = self.token(32).to_ascii_uppercase();
        let hash = self.token(40);
        self.sessions.insert(
            id.clone(),
            SimSession {
                card: None,
                hash,
                requests: 1,
                pending: None,
                shelf: shelf::ShelfSession::default(),
                account: Default::default(),
            },
        );
        let cookie = format!("JSESSIONID={id}; Path=/licsxp-opac; HttpOnly");
        (id, Some(cookie))
    }

    /// The session's current page token (empty once the session is gone).
    pub(super) fn hash_of(&self, id: &str) -> String {
        self.sessions
            .get(id)
            .map(|s| s.hash.clone())
            .unwrap_or_default()
    }

    /// Stage 1 of a two-stage write: the session remembers the code it
    /// asks (`wrong` instead under the fault `wrong_confirmation_code`) with
    /// the echo of the request. Returns the code asked.
    pub(super) fn pend(
        &mut self,
        id: &str,
        code: &'static str,
        wrong: &'static str,
        echo: &[(String, String)],
    ) -> &'static str {
        let code = if self.faults.wrong_confirmation_code {
            wrong
        } else {
            code
        };
        if let Some(s) = self.sessions.get_mut(id) {
            s.pending = Some((code.to_string(), echo.to_vec()));
        }
        code
    }

    /// Stage 2: the echo of the pending stage 1 when it asked `code` and
    /// this post answers it (`okCodes`); the question is used up either way.
    pub(super) fn confirmed(
        &mut self,
        id: &str,
        code: &str,
        form: &[(String, String)],
    ) -> Option<Vec<(String, String)>> {
        let pending = self.sessions.get_mut(id).and_then(|s| s.pending.take());
        let ok = field(form, "okCodes");
        pending
            .filter(|(asked, _)| asked == code && ok == Some(code))
            .map(|(_, echo)| echo)
    }

    /// The guard in front of every account screen: a session logged in to
    /// an account, then the page's current token. Without an account the
    /// login form answers; a stale or missing token bounces to the entry
    /// screen, as on the real site.
    fn signed_in(&self, session: &SimSession, token_ok: bool) -> Result<String, SimResponse> {
        let lib = &self.library;
        let Some(account) = session.card.as_deref().and_then(|c| lib.account(c)) else {
            return Err(SimResponse::html(html::login_page(lib, &[])));
        };
        if !token_ok {
            return Err(SimResponse::html(html::search_page(
                Some(account),
                &session.hash,
            )));
        }
        Ok(account.card.clone())
    }

    fn screen(&mut self, id: &str, action: &str, req: &SimRequest<'_>) -> SimResponse {
        let Some(mut session) = self.sessions.get(id).cloned() else {
            return SimResponse::plain(500, "session vanished");
        };
        // Every page carries a new token and only the latest is accepted, except
        // that a confirmation (stage 2) carries the token its stage 1 was sent with.
        let posted = field(&req.form, "hash");
        let confirming = field(&req.form, "okCodes").is_some();
        let token_ok = posted == Some(session.hash.as_str())
            || (confirming
                && session
                    .pending
                    .as_ref()
                    .is_some_and(|(_, echo)| field(echo, "hash") == posted));
        let query_token_ok = req.query.is_some_and(|q| {
            url::form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "hash" && v == session.hash)
        });
        if session.card.is_some() {
            let fresh = self.token(40);
            session.hash = fresh.clone();
            if let Some(s) = self.sessions.get_mut(id) {
                s.hash = fresh;
            }
        }
        let query: Vec<(String, String)> = req
            .query
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        if let Some(screen) = Guarded::route(req.method, action) {
            // Shelf screens check the token themselves: a completion page
            // re-posts its echo with the token it was sent with. Links such
            // as the reading history's paging carry the token in the query.
            let token_checked = match screen {
                Guarded::Shelf(_) => true,
                Guarded::Account(_) => token_ok || query_token_ok,
                _ => token_ok,
            };
            return match self.signed_in(&session, token_checked) {
                Ok(card) => {
                    let hash = session.hash.clone();
                    let (query, form) = (query.as_slice(), req.form.as_slice());
                    let visit = Visit {
                        id,
                        card,
                        hash,
                        query,
                        form,
                    };
                    self.guarded(&visit, screen, req.method, token_ok)
                }
                Err(bounce) => bounce,
            };
        }
        let lib = &self.library;
        let account = session.card.as_deref().and_then(|c| lib.account(c));
        match (req.method, action) {
            ("GET", "OpacInitLoginAction.do" | "WOpacInitLoginActiontemp.do") => {
                SimResponse::html(html::login_page(lib, &[]))
            }
            ("POST", "j_security_check") => self.login(id, &req.form),
            (_, "OpacLoginAction.do") => SimResponse::redirect("/"),
            ("GET", "WOpacMnuTopInitAction.do") => {
                if let Some(target) = field(&query, "moveToGamenId") {
                    // Direct links reset the session, as on the real site.
                    if let Some(s) = self.sessions.get_mut(id) {
                        s.card = None;
                    }
                    if let Some(response) = self.account_entry(id, target, &query) {
                        return response;
                    }
                    return match target {
                        "usrlend" | "usrrsv" | "mybooklist" | "usrread" | "newpcfsdi"
                        | "pcfsdi" => SimResponse::html(html::login_page(&self.library, &[])),
                        "msgnewmenu" => SimResponse::html(super::html_sdi::genre_menu_page(
                            &self.library,
                            None,
                            &session.hash,
                        )),
                        _ => SimResponse::html(html::menu_page(None, &session.hash)),
                    };
                }
                SimResponse::html(html::menu_page(account, &session.hash))
            }
            ("GET", "WOpacEsSchCmpdDispAction.do") => {
                SimResponse::html(html::search_page(account, &session.hash))
            }
            ("POST", "WOpacPwdLogoutAction.do") => {
                if let Some(s) = self.sessions.get_mut(id) {
                    s.card = None;
                }
                SimResponse::html(html::menu_page(None, &session.hash))
            }
            // 新着資料: public, no token needed.
            (_, a @ ("WOpacMsgNewMenuDispAction.do" | "WOpacMsgNewMenuToMsgNewListAction.do")) => {
                let card = session.card.clone();
                self.new_arrival_page(card.as_deref(), &session.hash, a, &query, &req.form)
            }
            // The public catalogue (see server/catalog.rs).
            (method, a) if catalog::Action::route(method, a).is_some() => {
                self.catalog(id, a, req, &query)
            }
            (_, a) if account::is_public(a) => {
                self.public_route(id, a, &query, &req.form, token_ok || query_token_ok)
            }
            _ => SimResponse::plain(404, "Not Found"),
        }
    }

    /// An account screen once past the guard.
    fn guarded(
        &mut self,
        v: &Visit<'_>,
        screen: Guarded<'_>,
        method: &str,
        token_ok: bool,
    ) -> SimResponse {
        match screen {
            Guarded::MyPage => self.my_page(v),
            Guarded::Account(action) => self.account_route(v, action, method),
            Guarded::Alert(action) => self.sdi_screen(v, action),
            Guarded::Shelf(op) => self.shelf_screen(v, op, token_ok),
            Guarded::Reservation(op) => self.reservation_write(v, op),
            Guarded::Cart(step) => match step {
                CartStep::Show => self.cart_page(v, &[]),
                CartStep::Add => self.cart_add(v),
                CartStep::Remove => self.cart_remove(v),
                CartStep::Confirm => self.cart_confirm(v),
                CartStep::Checkout => self.cart_exec(v),
            },
            Guarded::ReservePage => self.reserve_confirm_page(v, &text(v.query, "tilcod"), &[]),
            Guarded::ReserveExec => {
                // Only the confirmation page of the title in the query posts this.
                let tilcod = text(v.query, "tilcod");
                if field(v.form, "gamenid") != Some("tiles.WYoyConfirm")
                    || field(v.form, "tilcod") != Some(tilcod.as_str())
                {
                    SimResponse::html(html::search_page(self.library.account(&v.card), &v.hash))
                } else {
                    self.reserve_exec(v)
                }
            }
            Guarded::Renew if field(v.query, "mngFlg1_handan") == Some("1") => self.renew_stage1(v),
            Guarded::Renew => self.renew_stage2(v),
        }
    }

    /// マイページ's links to the account's lists (`gamen`), or the captured
    /// page replayed in its place.
    fn my_page(&mut self, v: &Visit<'_>) -> SimResponse {
        let gamen = field(v.query, "gamen");
        if let Some(page) = gamen.and_then(|g| self.replays.get(g)) {
            return SimResponse::html(replay_page(page, &v.hash));
        }
        match gamen {
            Some("usrlend") => self.account_screen(v, html::lend_page, &[], None),
            Some("usrrsv") => self.account_screen(v, html::rsv_page, &[], None),
            Some("usrread") => self.read_list_page(v, 0, &[]),
            Some("mybooklist") => self.shelf_screen(v, shelf::ShelfOp::List, true),
            Some("newpcfsdi") => self.account_screen(v, alert::CONDITIONS, &[], None),
            _ => SimResponse::html(html::error_page(
                self.library.account(&v.card),
                &v.hash,
                "画面の遷移に失敗しました。",
            )),
        }
    }

    /// A page for the account behind `card`, or the login form when the
    /// card has no account (the session is gone).
    pub(super) fn for_account(
        &self,
        card: &str,
        render: impl FnOnce(&Library, &super::state::Account) -> String,
    ) -> SimResponse {
        match self.library.account(card) {
            Some(account) => SimResponse::html(render(&self.library, account)),
            None => SimResponse::html(html::login_page(&self.library, &[])),
        }
    }

    /// `screen` (a list that may carry a stage-1 question) for the visiting
    /// account, as `for_account`.
    fn account_screen(
        &self,
        v: &Visit<'_>,
        screen: AccountScreen,
        messages: &[&str],
        confirm: Option<&html::Confirm<'_>>,
    ) -> SimResponse {
        self.for_account(&v.card, |lib, account| {
            screen(lib, account, &v.hash, messages, confirm)
        })
    }

    /// Stage 1 of a renewal: nothing changes; the list comes back with the
    /// `OPACUSR005` dialog and the echo of the request.
    fn renew_stage1(&mut self, v: &Visit<'_>) -> SimResponse {
        let para = text(v.form, "para");
        let known = self
            .library
            .account(&v.card)
            .is_some_and(|a| a.loans.iter().any(|l| l.mngcod == para));
        if !known {
            return self.account_screen(v, html::lend_page, &[NO_LOAN], None);
        }
        let echo = echo_of(v.query, v.form);
        let code = self.pend(v.id, RENEW_CODE, "OPACUSR999", &echo);
        let confirm = html::Confirm {
            code,
            message: "貸出延長を行います。よろしいですか？",
            action: Some(if self.faults.wrong_confirmation_action {
                "/licsxp-opac/WOpacUsrRsvCancelAction.do"
            } else {
                "/licsxp-opac/WOpacUsrLendListExtendAction.do"
            }),
            echo: &echo,
        };
        self.account_screen(v, html::lend_page, &[], Some(&confirm))
    }

    /// Stage 2: only `okCodes=OPACUSR005` answering a pending stage 1 renews,
    /// under Shizuoka's rules (once per item, not while anything is overdue,
    /// not when reserved or borrowed from another city); due = today + 14.
    fn renew_stage2(&mut self, v: &Visit<'_>) -> SimResponse {
        let Some(echo) = self.confirmed(v.id, RENEW_CODE, v.form) else {
            return self.account_screen(v, html::lend_page, &[], None);
        };
        let para = text(&echo, "para");
        let today = self.library.today;
        let Some(account) = self.library.account_mut(&v.card) else {
            return SimResponse::html(html::login_page(&self.library, &[]));
        };
        let Some(index) = account.loans.iter().position(|l| l.mngcod == para) else {
            return self.account_screen(v, html::lend_page, &[NO_LOAN], None);
        };
        if !account.can_renew(&account.loans[index], today) {
            return self.account_screen(v, html::lend_page, &["この資料は延長できません。"], None);
        }
        let loan = &mut account.loans[index];
        loan.due_on = today
            .checked_add(jiff::ToSpan::days(14))
            .unwrap_or(loan.due_on);
        loan.renewals += 1;
        self.changed();
        self.account_screen(v, html::lend_page, &[], None)
    }

    /// Container-managed login: `j_username` must be the page's prefix plus the card.
    fn login(&mut self, id: &str, form: &[(String, String)]) -> SimResponse {
        let user = field(form, "j_username").unwrap_or_default();
        let password = field(form, "j_password").unwrap_or_default();
        let card = user.strip_prefix(self.library.login_prefix.as_str());
        let ok = card
            .and_then(|c| self.library.account(c))
            .filter(|a| a.password == password)
            .map(|a| a.card.clone());
        match ok {
            Some(card) => {
                let hash = self.token(40);
                if let Some(s) = self.sessions.get_mut(id) {
                    s.card = Some(card);
                    s.hash = hash;
                }
                SimResponse::redirect(&format!("{PREFIX}OpacLoginAction.do"))
            }
            None => SimResponse::html(html::login_page(&self.library, &[BAD_LOGIN])),
        }
    }
}

/// A captured page with its own `hash` swapped for the session's, so that
/// the next request carries a token this simulator accepts. Only the token's
/// places are rewritten (the form's `hash` input, `hash=` in links): a saved
/// page may hold a scrubbed placeholder there, or a token short enough to
/// occur elsewhere in the page.
/// What a stage-1 page echoes back: the request's query, then its form.
pub(super) fn echo_of(
    query: &[(String, String)],
    form: &[(String, String)],
) -> Vec<(String, String)> {
    let mut echo = query.to_vec();
    echo.extend(form.iter().cloned());
    echo
}

fn replay_page(page: &str, hash: &str) -> String {
    static INPUT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(name\s*=\s*["']hash["']\s+value\s*=\s*)(["'])[^"']*["']"#)
            .expect("valid regex")
    });
    static QUERY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"([?&](?:amp;)?hash=)[^&"'\s]*"#).expect("valid regex")
    });
    let page = INPUT.replace_all(page, |c: &regex::Captures<'_>| {
        format!("{}{q}{hash}{q}", &c[1], q = &c[2])
    });
    QUERY
        .replace_all(&page, |c: &regex::Captures<'_>| format!("{}{hash}", &c[1]))
        .into_owned()
}

#[cfg(test)]
mod replay_tests {
    #[test]
    fn a_replayed_page_carries_the_session_token_even_when_scrubbed() {
        let page = r#"<input type="hidden" name="hash" value="[HASH]"><a href="X.do?startIndex=10&amp;hash=[HASH]">n</a> 1 hash"#;
        let out = super::replay_page(page, "abc123");
        assert_eq!(
            out,
            r#"<input type="hidden" name="hash" value="abc123"><a href="X.do?startIndex=10&amp;hash=abc123">n</a> 1 hash"#
        );
        let short = r#"<input name="hash" value="1"> 1 10"#;
        assert_eq!(
            super::replay_page(short, "t"),
            r#"<input name="hash" value="t"> 1 10"#
        );
    }
}
