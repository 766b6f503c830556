//! The public catalogue's routes: the detailed-search form, its result
//! list (sorting, the stock filter, paging) and the title detail through
//! both entries. The search itself is `sim::search`; pages come from
//! `html_catalog`.

use super::super::html_catalog::{self as view, Dialog};
use super::super::search::{NO_HITS, SearchSession, apply_sort, apply_stock, execute, sort_titles};
use super::super::state::{Account, Library};
use super::field;
use super::{SimRequest, SimResponse, SimState};

/// The catalogue actions the simulator answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `WOpacTifSchCmpdDispAction.do`: the empty form.
    Form,
    /// `WOpacTifSchCmpdExecAction.do?tifschcmpd=1`: run a search.
    Exec,
    /// `WOpacTifTilListDispAction.do`: sort (with `notPageSort=1`) or page.
    List,
    /// `WOpacWebTifTilListStockStateSearchAction.do`: the stock filter.
    Stock,
    /// `WOpacTifTilListToTifTilDetailAction.do`: read-only detail.
    Detail,
    /// `WOpacMsgNewListToTifTilDetailAction.do`: the detail reservations start from.
    DetailForWrite,
}

impl Action {
    /// The catalogue action a request names; searching and the stock
    /// filter are forms (POST), the rest are also links.
    pub fn route(method: &str, action: &str) -> Option<Action> {
        Some(match (method, action) {
            (_, "WOpacTifSchCmpdDispAction.do") => Action::Form,
            ("POST", "WOpacTifSchCmpdExecAction.do") => Action::Exec,
            (_, "WOpacTifTilListDispAction.do") => Action::List,
            ("POST", "WOpacWebTifTilListStockStateSearchAction.do") => Action::Stock,
            (_, "WOpacTifTilListToTifTilDetailAction.do") => Action::Detail,
            (_, "WOpacMsgNewListToTifTilDetailAction.do") => Action::DetailForWrite,
            _ => return None,
        })
    }
}

/// What a request carries.
pub struct Request<'a> {
    pub query: &'a [(String, String)],
    pub form: &'a [(String, String)],
}

fn zero_page(
    lib: &Library,
    account: Option<&Account>,
    hash: &str,
    req: &Request<'_>,
    message: &str,
) -> String {
    let echo = super::echo_of(req.query, req.form);
    let posted = if req.form.is_empty() {
        None
    } else {
        Some(req.form)
    };
    view::form_page(
        lib,
        account,
        hash,
        posted,
        Some(&Dialog {
            message,
            echo: &echo,
        }),
    )
}

/// Answers one catalogue request. `search` is the session's result list.
pub fn respond(
    action: Action,
    lib: &Library,
    account: Option<&Account>,
    session_hash: &str,
    req: &Request<'_>,
    search: &mut Option<SearchSession>,
) -> String {
    // Logged-out catalogue pages carry an empty hash, as on the real site.
    let hash = if account.is_some() { session_hash } else { "" };
    let param = |name: &str| field(req.query, name).or_else(|| field(req.form, name));
    match action {
        Action::Form => view::form_page(lib, account, hash, None, None),
        Action::Exec => match execute(lib, req.form) {
            Ok(found) => {
                let page = view::list_page(lib, account, hash, &found, 0);
                *search = Some(found);
                page
            }
            Err(message) => zero_page(lib, account, hash, req, message),
        },
        Action::List => {
            let Some(s) = search.as_mut() else {
                // No result list in this session: back to the form.
                return view::form_page(lib, account, hash, None, None);
            };
            let key = param("sortKey").unwrap_or_default();
            if param("notPageSort") == Some("1") && !key.is_empty() {
                apply_sort(lib, s, key);
            } else if !key.is_empty() && key != s.sort_key {
                s.sort_key = key.to_string();
                s.is_asc = "1".into();
                let mut shown = std::mem::take(&mut s.shown);
                sort_titles(lib, &mut shown, key, true);
                s.shown = shown;
            }
            let per = s.per_page.max(1);
            let last_start = s.shown.len().saturating_sub(1) / per * per;
            let start = param("startIndex")
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0)
                .min(last_start);
            view::list_page(lib, account, hash, s, start)
        }
        Action::Stock => {
            let Some(s) = search.as_mut() else {
                return view::form_page(lib, account, hash, None, None);
            };
            let stock = param("stockState").unwrap_or("1");
            apply_stock(lib, s, stock);
            view::list_page(lib, account, hash, s, 0)
        }
        Action::Detail | Action::DetailForWrite => {
            let tilcod = param("tilcod").unwrap_or_default();
            match lib.title(tilcod) {
                Some(t) => view::detail_page(
                    lib,
                    account,
                    session_hash,
                    t,
                    action == Action::DetailForWrite,
                ),
                None => zero_page(lib, account, hash, req, NO_HITS),
            }
        }
    }
}

impl SimState {
    /// The public catalogue: 詳細検索, its result list (kept per session,
    /// as the site does) and the title detail through both entries.
    pub(super) fn catalog(
        &mut self,
        id: &str,
        action: &str,
        req: &SimRequest<'_>,
        query: &[(String, String)],
    ) -> SimResponse {
        let Some(action) = Action::route(req.method, action) else {
            return SimResponse::plain(404, "Not Found");
        };
        let Some(session) = self.sessions.get(id) else {
            return SimResponse::plain(500, "session vanished");
        };
        let hash = session.hash.clone();
        let account = session
            .card
            .as_deref()
            .and_then(|c| self.library.account(c));
        let mut search = self.searches.remove(id);
        let request = Request {
            query,
            form: &req.form,
        };
        let body = respond(action, &self.library, account, &hash, &request, &mut search);
        if let Some(search) = search {
            self.searches.insert(id.to_string(), search);
        }
        SimResponse::html(body)
    }
}
