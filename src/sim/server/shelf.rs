//! マイ本棚 (docs/protocol.md#shelves): the shelf list shows and every edit acts on the
//! session's *current* shelf (set by the switch action, not by the posted
//! `otherbook`); create (`OPACSDI017`), update (`OPACSDI011`, applied only
//! by the display POST that follows the completion page), delete a title
//! (`OPACSDI033`), delete the shelf (`OPACSDI010`), and the one-stage add
//! from the title detail with its duplicate refusal.

use super::{SimResponse, SimState, field, html};
use crate::sim::html_catalog::{self, SCREEN_DETAIL_WRITE};
use crate::sim::html_shelf as view;
use crate::sim::shelf::{MEMO_MAX, NAME_MAX, Shelf, ShelfItem};
use crate::sim::state::Account;

pub const CREATE_CODE: &str = "OPACSDI017";
pub const UPDATE_CODE: &str = "OPACSDI011";
pub const REMOVE_CODE: &str = "OPACSDI033";
pub const DELETE_CODE: &str = "OPACSDI010";

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

fn all<'a>(form: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    form.iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
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
    fn current_shelf(&mut self, id: &str, card: &str) -> Option<u32> {
        let account = self.library.account(card)?;
        let exists = |n: u32| account.shelves.iter().any(|s| s.number == n);
        let wanted = self
            .sessions
            .get(id)
            .and_then(|s| s.shelf.current)
            .filter(|n| exists(*n));
        let current = wanted
            .or_else(|| account.shelves.iter().find(|s| s.initial).map(|s| s.number))
            .or_else(|| account.shelves.first().map(|s| s.number));
        if let Some(s) = self.shelf_session(id) {
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

    fn list_response(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        messages: &[&str],
        trailer: Option<&str>,
    ) -> SimResponse {
        self.shelf_response(id, card, view::list_page, (hash, messages, trailer))
    }

    fn edit_response(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        messages: &[&str],
        trailer: Option<&str>,
    ) -> SimResponse {
        self.shelf_response(id, card, view::edit_page, (hash, messages, trailer))
    }

    /// The current shelf in `page` (the list or its edit screen), or the
    /// new-shelf screen when the account has no shelf.
    fn shelf_response(
        &mut self,
        id: &str,
        card: &str,
        page: fn(&Account, u32, &str, &[&str], Option<&str>) -> String,
        (hash, messages, trailer): (&str, &[&str], Option<&str>),
    ) -> SimResponse {
        let current = self.current_shelf(id, card);
        let Some(account) = self.library.account(card) else {
            return SimResponse::html(html::login_page(&self.library, &[]));
        };
        SimResponse::html(match current {
            Some(n) => page(account, n, hash, messages, trailer),
            None => view::new_page(Some(account), hash, messages, trailer),
        })
    }

    /// Stage 1 of a shelf write: remembers the echo and renders the question.
    fn ask(
        &mut self,
        id: &str,
        code: &'static str,
        question: &str,
        action: &str,
        echo: Vec<(String, String)>,
    ) -> String {
        let code = self.pend(id, code, "OPACSDI999", &echo);
        let action = if self.faults.wrong_confirmation_action {
            "/licsxp-opac/WOpacUsrRsvCancelAction.do"
        } else {
            action
        };
        view::confirm_html(&html::Confirm {
            code,
            message: question,
            action: Some(action),
            echo: &echo,
        })
    }

    pub(super) fn shelf_screen(
        &mut self,
        id: &str,
        card: &str,
        op: ShelfOp,
        token_ok: bool,
        query: &[(String, String)],
        form: &[(String, String)],
    ) -> SimResponse {
        let hash = self.hash_of(id);
        // A completion page re-posts the echo it carries, token included.
        let redirected = matches!(op, ShelfOp::Display | ShelfOp::List)
            && self
                .sessions
                .get(id)
                .and_then(|s| s.shelf.redirect_hash.clone())
                .is_some_and(|h| field(form, "hash") == Some(h.as_str()));
        if !token_ok && !redirected {
            let account = self.library.account(card);
            return SimResponse::html(html::search_page(account, &hash));
        }
        if redirected && let Some(s) = self.shelf_session(id) {
            s.redirect_hash = None;
        }
        let confirming = field(form, "okCodes").is_some();
        match op {
            ShelfOp::List => self.list_response(id, card, &hash, &[], None),
            ShelfOp::Switch => {
                let wanted = field(form, "otherbook").and_then(|v| v.trim().parse::<u32>().ok());
                let exists = wanted.is_some_and(|n| {
                    self.library
                        .account(card)
                        .is_some_and(|a| a.shelves.iter().any(|s| s.number == n))
                });
                if !exists {
                    return self.list_response(id, card, &hash, &[NO_LIST], None);
                }
                if let Some(s) = self.shelf_session(id) {
                    s.current = wanted;
                }
                self.list_response(id, card, &hash, &[], None)
            }
            ShelfOp::ToInput => {
                let account = self.library.account(card);
                SimResponse::html(view::new_page(account, &hash, &[], None))
            }
            ShelfOp::Create if confirming => self.create(id, card, &hash, form),
            ShelfOp::Create => {
                let name = field(form, "listname").unwrap_or_default().to_string();
                let memo = field(form, "commnt").unwrap_or_default().to_string();
                let account = self.library.account(card);
                if let Err(refusal) = check_texts(Some(&name), &[&memo], &[]) {
                    return SimResponse::html(view::new_page_with(
                        account,
                        &hash,
                        &[refusal],
                        None,
                        (&name, &memo),
                    ));
                }
                let mut echo = query.to_vec();
                echo.extend(form.iter().cloned());
                let question = self.ask(
                    id,
                    CREATE_CODE,
                    "リストを登録します。よろしいですか？",
                    "/licsxp-opac/WOpacSdiBookListExecAction.do",
                    echo,
                );
                let account = self.library.account(card);
                SimResponse::html(view::new_page_with(
                    account,
                    &hash,
                    &[],
                    Some(&question),
                    (&name, &memo),
                ))
            }
            ShelfOp::ToEdit => self.edit_response(id, card, &hash, &[], None),
            ShelfOp::Update if confirming => self.update_confirmed(id, card, &hash, form),
            ShelfOp::Update => {
                if self.current_shelf(id, card).is_none() {
                    return self.list_response(id, card, &hash, &[NO_LIST], None);
                }
                let mut memos = all(form, "bookcmnt");
                memos.extend(all(form, "commnt"));
                let check = check_texts(field(form, "listname"), &memos, &all(form, "sortno"));
                if let Err(refusal) = check {
                    return self.edit_response(id, card, &hash, &[refusal], None);
                }
                let mut echo = query.to_vec();
                echo.extend(form.iter().cloned());
                let question = self.ask(
                    id,
                    UPDATE_CODE,
                    "入力された内容で更新します。よろしいですか？",
                    "/licsxp-opac/WOpacSdiBookListUpdateAction.do",
                    echo,
                );
                self.edit_response(id, card, &hash, &[], Some(&question))
            }
            ShelfOp::Display => self.display(id, card, &hash, form, redirected),
            ShelfOp::RemoveTitle if confirming => self.remove_title(id, card, &hash, form),
            ShelfOp::RemoveTitle => {
                let tilcod = field(form, "tilcod").unwrap_or_default().to_string();
                let current = self.current_shelf(id, card);
                let on_shelf = current
                    .and_then(|n| self.shelf_of(card, n).map(|s| s.item(&tilcod).is_some()))
                    .unwrap_or(false);
                if !on_shelf {
                    return self.edit_response(id, card, &hash, &[NO_TITLE], None);
                }
                let mut echo = query.to_vec();
                echo.extend(form.iter().cloned());
                let question = self.ask(
                    id,
                    REMOVE_CODE,
                    "本棚からこのタイトルを削除します。よろしいですか？",
                    "/licsxp-opac/WOpacSdiBookDelAction.do",
                    echo,
                );
                self.edit_response(id, card, &hash, &[], Some(&question))
            }
            ShelfOp::Delete if confirming => self.delete(id, card, &hash, form),
            ShelfOp::Delete => {
                if self.current_shelf(id, card).is_none() {
                    return self.list_response(id, card, &hash, &[NO_LIST], None);
                }
                let mut echo = query.to_vec();
                echo.extend(form.iter().cloned());
                let question = self.ask(
                    id,
                    DELETE_CODE,
                    "このリストを削除します。よろしいですか？",
                    "/licsxp-opac/WOpacSdiBookListDelAction.do",
                    echo,
                );
                self.list_response(id, card, &hash, &[], Some(&question))
            }
            ShelfOp::AddFromDetail => self.add_from_detail(card, &hash, form),
        }
    }

    /// Stage 2 of a creation: the new shelf becomes the current one.
    fn create(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let Some(echo) = self.confirmed(id, CREATE_CODE, form) else {
            return self.list_response(id, card, hash, &[], None);
        };
        let name = field(&echo, "listname").unwrap_or_default().to_string();
        let memo = field(&echo, "commnt").unwrap_or_default().to_string();
        if let Err(refusal) = check_texts(Some(&name), &[&memo], &[]) {
            return self.list_response(id, card, hash, &[refusal], None);
        }
        let Some(account) = self.library.account_mut(card) else {
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
        if let Some(s) = self.shelf_session(id) {
            s.current = Some(number);
        }
        let mut response = self.list_response(id, card, hash, &[ADDED], None);
        response.drop_connection = self.faults.drop_after_write;
        response
    }

    /// Stage 2 of an update: nothing changes yet. The completion page's
    /// script re-posts this request to the display action, which applies it.
    fn update_confirmed(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let Some(echo) = self.confirmed(id, UPDATE_CODE, form) else {
            return self.edit_response(id, card, hash, &[], None);
        };
        let Some(shelf) = self.current_shelf(id, card) else {
            return self.list_response(id, card, hash, &[NO_LIST], None);
        };
        if let Some(s) = self.shelf_session(id) {
            s.staged = Some(Staged { shelf, echo });
            s.redirect_hash = field(form, "hash").map(str::to_string);
        }
        let done = view::done_html(UPDATED, "/licsxp-opac/WOpacSdiBookListDispAction.do", form);
        self.edit_response(id, card, hash, &[], Some(&done))
    }

    /// The display POST: applies a staged update (when it carries the
    /// confirmation), then shows the list.
    fn display(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        form: &[(String, String)],
        redirected: bool,
    ) -> SimResponse {
        let staged = self.shelf_session(id).and_then(|s| s.staged.take());
        let applies = redirected && field(form, "okCodes") == Some(UPDATE_CODE);
        let Some(staged) = staged.filter(|_| applies) else {
            return self.list_response(id, card, hash, &[], None);
        };
        let echo = staged.echo;
        let Some(shelf) = self.shelf_of(card, staged.shelf) else {
            return self.list_response(id, card, hash, &[NO_LIST], None);
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
        if initial && let Some(account) = self.library.account_mut(card) {
            for s in &mut account.shelves {
                s.initial = s.number == number;
            }
        }
        self.changed();
        let mut response = self.list_response(id, card, hash, &[], None);
        response.drop_connection = self.faults.drop_after_write;
        response
    }

    /// Stage 2 of a title removal: acts on the current shelf.
    fn remove_title(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let Some(echo) = self.confirmed(id, REMOVE_CODE, form) else {
            return self.edit_response(id, card, hash, &[], None);
        };
        let tilcod = field(&echo, "tilcod").unwrap_or_default().to_string();
        let current = self.current_shelf(id, card);
        let removed = current
            .and_then(|n| self.shelf_of(card, n))
            .map(|shelf| {
                let before = shelf.items.len();
                shelf.items.retain(|i| i.bib.tilcod != tilcod);
                shelf.items.len() != before
            })
            .unwrap_or(false);
        if !removed {
            return self.edit_response(id, card, hash, &[NO_TITLE], None);
        }
        self.changed();
        let mut response = self.edit_response(id, card, hash, &[], None);
        response.drop_connection = self.faults.drop_after_write;
        response
    }

    /// Stage 2 of a shelf delete: the current shelf goes, titles and all;
    /// the first remaining shelf is shown (or the creation form).
    fn delete(
        &mut self,
        id: &str,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        if self.confirmed(id, DELETE_CODE, form).is_none() {
            return self.list_response(id, card, hash, &[], None);
        }
        let Some(current) = self.current_shelf(id, card) else {
            return self.list_response(id, card, hash, &[NO_LIST], None);
        };
        if let Some(account) = self.library.account_mut(card) {
            account.shelves.retain(|s| s.number != current);
        }
        self.changed();
        if let Some(s) = self.shelf_session(id) {
            s.current = None;
            s.redirect_hash = field(form, "hash").map(str::to_string);
        }
        let done = view::done_html(
            DELETED,
            "/licsxp-opac/WOpacSdiBookMyListDispAction.do",
            form,
        );
        let mut response = self.list_response(id, card, hash, &[], Some(&done));
        response.drop_connection = self.faults.drop_after_write;
        response
    }

    /// 追加 on the title detail (one stage): the shelf is the posted
    /// `booklist`; a title already there is refused.
    fn add_from_detail(
        &mut self,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let tilcod = field(form, "tilcod").unwrap_or_default().to_string();
        let memo = field(form, "commnt").unwrap_or_default().to_string();
        let write_entry = field(form, "gamenid") == Some(SCREEN_DETAIL_WRITE);
        let number = field(form, "booklist").and_then(|b| b.parse::<u32>().ok());
        let today = self.library.today;
        let lib = &self.library;
        let account = lib.account(card);
        let Some(title) = lib.title(&tilcod).cloned() else {
            return SimResponse::html(html::error_page(
                account,
                hash,
                "該当する書誌がありません。",
            ));
        };
        let page = |lib: &crate::sim::state::Library, messages: &[&str], trailer: &str| {
            SimResponse::html(html_catalog::detail_page_with(
                lib,
                lib.account(card),
                hash,
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
            let echo: String = html::group_by_name(form)
                .iter()
                .map(|(n, v)| {
                    format!(
                        "<input type=\"hidden\" name=\"{}\" value=\"{}\"/>\n",
                        html::entity_encode(n),
                        html::entity_encode(v)
                    )
                })
                .collect();
            let trailer =
                format!("<form name=\"prevRequestForm\" method=\"post\">\n{echo}</form>\n");
            return page(lib, &[DUPLICATE], &trailer);
        }
        let Some(shelf) = self.shelf_of(card, number) else {
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
        let mut response = page(&self.library, &[ADDED], "");
        response.drop_connection = self.faults.drop_after_write;
        response
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
