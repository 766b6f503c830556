//! マイ本棚 (docs/protocol.md#shelves): the shelf list shows and every edit acts on the
//! session's *current* shelf (set by the switch action, not by the posted
//! `otherbook`); create (`OPACSDI017`), update (`OPACSDI011`, applied only
//! by the display POST that follows the completion page), delete a title
//! (`OPACSDI033`), delete the shelf (`OPACSDI010`), and the one-stage add
//! from the title detail with its duplicate refusal.

use super::{SimResponse, SimState, Visit, all, echo_of, field, html, text};
use crate::sim::html_catalog::{self, SCREEN_DETAIL_WRITE};
use crate::sim::html_shelf as view;
use crate::sim::html_shelf::ShelfView::{self, Edit, List};
use crate::sim::shelf::{MEMO_MAX, NAME_MAX, Shelf, ShelfItem};

pub const CREATE_CODE: &str = "OPACSDI017";
pub const UPDATE_CODE: &str = "OPACSDI011";
pub const REMOVE_CODE: &str = "OPACSDI033";
pub const DELETE_CODE: &str = "OPACSDI010";

/// What stage 1 of a two-stage shelf write asks: its code, the question,
/// and the action its answer goes to.
struct Question {
    code: &'static str,
    text: &'static str,
    action: &'static str,
}

const CREATE: Question = Question {
    code: CREATE_CODE,
    text: "リストを登録します。よろしいですか？",
    action: "/licsxp-opac/WOpacSdiBookListExecAction.do",
};
const UPDATE: Question = Question {
    code: UPDATE_CODE,
    text: "入力された内容で更新します。よろしいですか？",
    action: "/licsxp-opac/WOpacSdiBookListUpdateAction.do",
};
const REMOVE: Question = Question {
    code: REMOVE_CODE,
    text: "本棚からこのタイトルを削除します。よろしいですか？",
    action: "/licsxp-opac/WOpacSdiBookDelAction.do",
};
const DELETE: Question = Question {
    code: DELETE_CODE,
    text: "このリストを削除します。よろしいですか？",
    action: "/licsxp-opac/WOpacSdiBookListDelAction.do",
};

pub const ADDED: &str = "マイ本棚への登録が完了しました。";
pub const DUPLICATE: &str = "このリストには、既に同一の書誌が登録されています。";
const UPDATED: &str = "マイ本棚の更新処理が完了しました。";
const DELETED: &str = "マイ本棚の削除処理が完了しました。";
// Refusals the captures do not show; the wording is the simulator's.
const NO_NAME: &str = "本棚の名前を入力してください。";
const LONG_NAME: &str = "本棚の名前は50文字以内で入力してください。";
const LONG_MEMO: &str = "メモは1000文字以内で入力してください。";
const BAD_ORDER: &str = "並び順は数字で入力してください。";
const NO_SHELF: &str = "追加先の本棚を選択してください。";
const NO_TITLE: &str = "対象の資料が見つかりません。";
const NO_LIST: &str = "指定された本棚が見つかりません。";

/// What one session remembers about マイ本棚.
#[derive(Debug, Clone, Default)]
pub(super) struct ShelfSession {
    /// The shelf the session shows and edits (None: the initial one).
    current: Option<u32>,
    /// An update confirmed at stage 2, applied by the display POST.
    staged: Option<Staged>,
    /// The token a completion page's `prevRequestForm` carries (its echo),
    /// which the display POST it sends may use once.
    redirect_hash: Option<String>,
}

#[derive(Debug, Clone)]
struct Staged {
    shelf: u32,
    echo: Vec<(String, String)>,
}

/// The マイ本棚 actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ShelfOp {
    /// `gamen=mybooklist` and `WOpacSdiBookMyListDispAction.do`.
    List,
    Switch,
    ToInput,
    Create,
    ToEdit,
    Update,
    /// `WOpacSdiBookListDispAction.do`: the display POST after an update.
    Display,
    RemoveTitle,
    Delete,
    AddFromDetail,
}

impl ShelfOp {
    pub(super) fn from_action(action: &str) -> Option<ShelfOp> {
        Some(match action {
            "WOpacSdiBookMyListDispAction.do" => ShelfOp::List,
            "WOpacSdiBookListToOtherBookDispAction.do" => ShelfOp::Switch,
            "WOpacSdiBookListToInputAction.do" => ShelfOp::ToInput,
            "WOpacSdiBookListExecAction.do" => ShelfOp::Create,
            "WOpacSdiBookListToSdiMainteAction.do" => ShelfOp::ToEdit,
            "WOpacSdiBookListUpdateAction.do" => ShelfOp::Update,
            "WOpacSdiBookListDispAction.do" => ShelfOp::Display,
            "WOpacSdiBookDelAction.do" => ShelfOp::RemoveTitle,
            "WOpacSdiBookListDelAction.do" => ShelfOp::Delete,
            "WOpacTifDetailAddBookListAction.do" => ShelfOp::AddFromDetail,
            _ => return None,
        })
    }
}

/// The site's limits on what an edit or a creation posts.
fn check_texts(name: Option<&str>, memos: &[&str], orders: &[&str]) -> Result<(), &'static str> {
    if let Some(name) = name {
        if name.trim().is_empty() {
            return Err(NO_NAME);
        }
        if name.chars().count() > NAME_MAX {
            return Err(LONG_NAME);
        }
    }
    if memos.iter().any(|m| m.chars().count() > MEMO_MAX) {
        return Err(LONG_MEMO);
    }
    if orders.iter().any(|o| o.trim().parse::<i64>().is_err()) {
        return Err(BAD_ORDER);
    }
    Ok(())
}

impl SimState {
    fn shelf_session(&mut self, id: &str) -> Option<&mut ShelfSession> {
        self.sessions.get_mut(id).map(|s| &mut s.shelf)
    }

    /// The session's current shelf: the one switched to, else the initial
    /// one, else the first; remembered once shown.
    fn current_shelf(&mut self, v: &Visit<'_>) -> Option<u32> {
        let account = self.library.account(&v.card)?;
        let exists = |n: u32| account.shelves.iter().any(|s| s.number == n);
        let wanted = self
            .sessions
            .get(v.id)
            .and_then(|s| s.shelf.current)
            .filter(|n| exists(*n));
        let current = wanted
            .or_else(|| account.shelves.iter().find(|s| s.initial).map(|s| s.number))
            .or_else(|| account.shelves.first().map(|s| s.number));
        if let Some(s) = self.shelf_session(v.id) {
            s.current = current;
        }
        current
    }

    fn shelf_of(&mut self, card: &str, number: u32) -> Option<&mut Shelf> {
        self.library
            .account_mut(card)?
            .shelves
            .iter_mut()
            .find(|s| s.number == number)
    }

    /// The current shelf in `screen` (the list or its edit screen), or the
    /// new-shelf screen when the account has no shelf.
    fn shelf_response(
        &mut self,
        v: &Visit<'_>,
        screen: ShelfView,
        messages: &[&str],
        trailer: Option<&str>,
    ) -> SimResponse {
        let current = self.current_shelf(v);
        let hash = v.hash.as_str();
        self.for_account(&v.card, |_, account| match current {
            Some(n) => view::shelf_page(screen, account, n, hash, messages, trailer),
            None => view::new_page(Some(account), hash, messages, trailer),
        })
    }

    /// Stage 1 of a shelf write: remembers the echo and renders the question.
    fn ask(&mut self, v: &Visit<'_>, question: &Question) -> String {
        let echo = echo_of(v.query, v.form);
        let code = self.pend(v.id, question.code, "OPACSDI999", &echo);
        let action = if self.faults.wrong_confirmation_action {
            "/licsxp-opac/WOpacUsrRsvCancelAction.do"
        } else {
            question.action
        };
        view::confirm_html(&html::Confirm {
            code,
            message: question.text,
            action: Some(action),
            echo: &echo,
        })
    }

    pub(super) fn shelf_screen(
        &mut self,
        v: &Visit<'_>,
        op: ShelfOp,
        token_ok: bool,
    ) -> SimResponse {
        // A completion page re-posts the echo it carries, token included.
        let redirected = matches!(op, ShelfOp::Display | ShelfOp::List)
            && self
                .sessions
                .get(v.id)
                .and_then(|s| s.shelf.redirect_hash.clone())
                .is_some_and(|h| field(v.form, "hash") == Some(h.as_str()));
        if !token_ok && !redirected {
            let account = self.library.account(&v.card);
            return SimResponse::html(html::search_page(account, &v.hash));
        }
        if redirected && let Some(s) = self.shelf_session(v.id) {
            s.redirect_hash = None;
        }
        let confirming = field(v.form, "okCodes").is_some();
        match op {
            ShelfOp::List => self.shelf_response(v, List, &[], None),
            ShelfOp::Switch => {
                let wanted = field(v.form, "otherbook").and_then(|n| n.trim().parse::<u32>().ok());
                let exists = wanted.is_some_and(|n| {
                    self.library
                        .account(&v.card)
                        .is_some_and(|a| a.shelves.iter().any(|s| s.number == n))
                });
                if !exists {
                    return self.shelf_response(v, List, &[NO_LIST], None);
                }
                if let Some(s) = self.shelf_session(v.id) {
                    s.current = wanted;
                }
                self.shelf_response(v, List, &[], None)
            }
            ShelfOp::ToInput => {
                let account = self.library.account(&v.card);
                SimResponse::html(view::new_page(account, &v.hash, &[], None))
            }
            ShelfOp::Create if confirming => self.create(v),
            ShelfOp::Create => {
                let name = text(v.form, "listname");
                let memo = text(v.form, "commnt");
                let account = self.library.account(&v.card);
                if let Err(refusal) = check_texts(Some(&name), &[&memo], &[]) {
                    return SimResponse::html(view::new_page_with(
                        account,
                        &v.hash,
                        &[refusal],
                        None,
                        (&name, &memo),
                    ));
                }
                let question = self.ask(v, &CREATE);
                let account = self.library.account(&v.card);
                SimResponse::html(view::new_page_with(
                    account,
                    &v.hash,
                    &[],
                    Some(&question),
                    (&name, &memo),
                ))
            }
            ShelfOp::ToEdit => self.shelf_response(v, Edit, &[], None),
            ShelfOp::Update if confirming => self.update_confirmed(v),
            ShelfOp::Update => {
                if self.current_shelf(v).is_none() {
                    return self.shelf_response(v, List, &[NO_LIST], None);
                }
                let mut memos = all(v.form, "bookcmnt");
                memos.extend(all(v.form, "commnt"));
                let check = check_texts(field(v.form, "listname"), &memos, &all(v.form, "sortno"));
                if let Err(refusal) = check {
                    return self.shelf_response(v, Edit, &[refusal], None);
                }
                let question = self.ask(v, &UPDATE);
                self.shelf_response(v, Edit, &[], Some(&question))
            }
            ShelfOp::Display => self.display(v, redirected),
            ShelfOp::RemoveTitle if confirming => self.remove_title(v),
            ShelfOp::RemoveTitle => {
                let tilcod = text(v.form, "tilcod");
                let current = self.current_shelf(v);
                let on_shelf = current
                    .and_then(|n| self.shelf_of(&v.card, n).map(|s| s.item(&tilcod).is_some()))
                    .unwrap_or(false);
                if !on_shelf {
                    return self.shelf_response(v, Edit, &[NO_TITLE], None);
                }
                let question = self.ask(v, &REMOVE);
                self.shelf_response(v, Edit, &[], Some(&question))
            }
            ShelfOp::Delete if confirming => self.delete(v),
            ShelfOp::Delete => {
                if self.current_shelf(v).is_none() {
                    return self.shelf_response(v, List, &[NO_LIST], None);
                }
                let question = self.ask(v, &DELETE);
                self.shelf_response(v, List, &[], Some(&question))
            }
            ShelfOp::AddFromDetail => self.add_from_detail(v),
        }
    }

    /// Stage 2 of a creation: the new shelf becomes the current one.
    fn create(&mut self, v: &Visit<'_>) -> SimResponse {
        let Some(echo) = self.confirmed(v.id, CREATE_CODE, v.form) else {
            return self.shelf_response(v, List, &[], None);
        };
        let name = text(&echo, "listname");
        let memo = text(&echo, "commnt");
        if let Err(refusal) = check_texts(Some(&name), &[&memo], &[]) {
            return self.shelf_response(v, List, &[refusal], None);
        }
        let Some(account) = self.library.account_mut(&v.card) else {
            return SimResponse::html(html::login_page(&self.library, &[]));
        };
        let number = account.shelves.iter().map(|s| s.number).max().unwrap_or(0) + 1;
        account.shelves.push(Shelf {
            number,
            name,
            memo,
            initial: false,
            items: Vec::new(),
        });
        self.changed();
        if let Some(s) = self.shelf_session(v.id) {
            s.current = Some(number);
        }
        self.shelf_response(v, List, &[ADDED], None)
    }

    /// Stage 2 of an update: nothing changes yet. The completion page's
    /// script re-posts this request to the display action, which applies it.
    fn update_confirmed(&mut self, v: &Visit<'_>) -> SimResponse {
        let Some(echo) = self.confirmed(v.id, UPDATE_CODE, v.form) else {
            return self.shelf_response(v, Edit, &[], None);
        };
        let Some(shelf) = self.current_shelf(v) else {
            return self.shelf_response(v, List, &[NO_LIST], None);
        };
        if let Some(s) = self.shelf_session(v.id) {
            s.staged = Some(Staged { shelf, echo });
        }
        let display = "/licsxp-opac/WOpacSdiBookListDispAction.do";
        self.completion(v, Edit, UPDATED, display)
    }

    /// A completion page on `screen`: `message`, and the script re-posting
    /// this request to `action` with a token the session accepts once.
    fn completion(
        &mut self,
        v: &Visit<'_>,
        screen: ShelfView,
        message: &str,
        action: &str,
    ) -> SimResponse {
        if let Some(s) = self.shelf_session(v.id) {
            s.redirect_hash = field(v.form, "hash").map(str::to_string);
        }
        let done = view::done_html(message, action, v.form);
        self.shelf_response(v, screen, &[], Some(&done))
    }

    /// The display POST: applies a staged update (when it carries the
    /// confirmation), then shows the list.
    fn display(&mut self, v: &Visit<'_>, redirected: bool) -> SimResponse {
        let staged = self.shelf_session(v.id).and_then(|s| s.staged.take());
        let applies = redirected && field(v.form, "okCodes") == Some(UPDATE_CODE);
        let Some(staged) = staged.filter(|_| applies) else {
            return self.shelf_response(v, List, &[], None);
        };
        let echo = staged.echo;
        let Some(shelf) = self.shelf_of(&v.card, staged.shelf) else {
            return self.shelf_response(v, List, &[NO_LIST], None);
        };
        if let Some(name) = field(&echo, "listname") {
            shelf.name = name.to_string();
        }
        if let Some(memo) = field(&echo, "commnt") {
            shelf.memo = memo.to_string();
        }
        let initial = field(&echo, "disp_chk").is_some();
        shelf.initial = initial;
        // No per-title id is posted: the hidden fields pair with the titles
        // by position (the visible eachcmnt/eachsortno are not read).
        let memos = all(&echo, "bookcmnt");
        let orders = all(&echo, "sortno");
        for (i, item) in shelf.items.iter_mut().enumerate() {
            if let Some(memo) = memos.get(i) {
                item.memo = (*memo).to_string();
            }
            if let Some(order) = orders.get(i).and_then(|o| o.trim().parse().ok()) {
                item.order = order;
            }
        }
        shelf.resort();
        let number = shelf.number;
        if initial && let Some(account) = self.library.account_mut(&v.card) {
            for s in &mut account.shelves {
                s.initial = s.number == number;
            }
        }
        self.changed();
        self.shelf_response(v, List, &[], None)
    }

    /// Stage 2 of a title removal: acts on the current shelf.
    fn remove_title(&mut self, v: &Visit<'_>) -> SimResponse {
        let Some(echo) = self.confirmed(v.id, REMOVE_CODE, v.form) else {
            return self.shelf_response(v, Edit, &[], None);
        };
        let tilcod = text(&echo, "tilcod");
        let current = self.current_shelf(v);
        let removed = current
            .and_then(|n| self.shelf_of(&v.card, n))
            .map(|shelf| {
                let before = shelf.items.len();
                shelf.items.retain(|i| i.bib.tilcod != tilcod);
                shelf.items.len() != before
            })
            .unwrap_or(false);
        if !removed {
            return self.shelf_response(v, Edit, &[NO_TITLE], None);
        }
        self.changed();
        self.shelf_response(v, Edit, &[], None)
    }

    /// Stage 2 of a shelf delete: the current shelf goes, titles and all;
    /// the first remaining shelf is shown (or the creation form).
    fn delete(&mut self, v: &Visit<'_>) -> SimResponse {
        if self.confirmed(v.id, DELETE_CODE, v.form).is_none() {
            return self.shelf_response(v, List, &[], None);
        }
        let Some(current) = self.current_shelf(v) else {
            return self.shelf_response(v, List, &[NO_LIST], None);
        };
        if let Some(account) = self.library.account_mut(&v.card) {
            account.shelves.retain(|s| s.number != current);
        }
        self.changed();
        if let Some(s) = self.shelf_session(v.id) {
            s.current = None;
        }
        let list = "/licsxp-opac/WOpacSdiBookMyListDispAction.do";
        self.completion(v, List, DELETED, list)
    }

    /// 追加 on the title detail (one stage): the shelf is the posted
    /// `booklist`; a title already there is refused.
    fn add_from_detail(&mut self, v: &Visit<'_>) -> SimResponse {
        let tilcod = text(v.form, "tilcod");
        let memo = text(v.form, "commnt");
        let write_entry = field(v.form, "gamenid") == Some(SCREEN_DETAIL_WRITE);
        let number = field(v.form, "booklist").and_then(|b| b.parse::<u32>().ok());
        let today = self.library.today;
        let lib = &self.library;
        let account = lib.account(&v.card);
        let Some(title) = lib.title(&tilcod).cloned() else {
            return SimResponse::html(html::error_page(
                account,
                &v.hash,
                "該当する書誌がありません。",
            ));
        };
        let page = |lib: &crate::sim::state::Library, messages: &[&str], trailer: &str| {
            SimResponse::html(html_catalog::detail_page_with(
                lib,
                lib.account(&v.card),
                &v.hash,
                &title,
                write_entry,
                messages,
                trailer,
            ))
        };
        let exists = |n: u32| account.is_some_and(|a| a.shelves.iter().any(|s| s.number == n));
        let Some(number) = number.filter(|n| exists(*n)) else {
            return page(lib, &[NO_SHELF], "");
        };
        if let Err(refusal) = check_texts(None, &[&memo], &[]) {
            return page(lib, &[refusal], "");
        }
        let duplicate = account
            .and_then(|a| a.shelves.iter().find(|s| s.number == number))
            .is_some_and(|s| s.item(&tilcod).is_some());
        if duplicate {
            // The refusal page carries a prevRequestForm without a question.
            let echo = html::hidden_inputs(v.form, "");
            let trailer =
                format!("<form name=\"prevRequestForm\" method=\"post\">\n{echo}</form>\n");
            return page(lib, &[DUPLICATE], &trailer);
        }
        let Some(shelf) = self.shelf_of(&v.card, number) else {
            return page(&self.library, &[NO_SHELF], "");
        };
        let order = shelf.next_order();
        shelf.items.push(ShelfItem {
            bib: title.bib.clone(),
            memo,
            order,
            added_on: today,
        });
        self.changed();
        page(&self.library, &[ADDED], "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_checked_like_the_form() {
        assert_eq!(check_texts(Some(""), &[], &[]), Err(NO_NAME));
        assert_eq!(check_texts(Some(&"あ".repeat(50)), &[], &[]), Ok(()));
        assert_eq!(
            check_texts(Some(&"あ".repeat(51)), &[], &[]),
            Err(LONG_NAME)
        );
        assert_eq!(check_texts(None, &[&"x".repeat(1001)], &[]), Err(LONG_MEMO));
        assert_eq!(check_texts(None, &[], &["1", "x"]), Err(BAD_ORDER));
    }
}
