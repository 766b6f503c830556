//! マイ本棚 (docs/protocol.md#shelves). The site shows one shelf at a time and acts on
//! the session's *current* shelf, whatever number is posted: every edit
//! switches to its target first (`…ToOtherBookDispAction.do?flg=1`) and
//! builds its form from that answer. Writes: create (`OPACSDI017`), update
//! of name, memos and order (`OPACSDI011`, then the display POST the
//! completion page sends, without which nothing changes), remove a title
//! (`OPACSDI033`, from the edit screen), delete the shelf (`OPACSDI010`),
//! and add from the title detail (one stage). Each write is sent once and
//! decided by reading the shelf again.

use scraper::Html;
use url::Url;

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::{Kind, Response};
use super::page::{self, screen};
use super::parse::shelf::{
    EditRow, ShelfScreen, parse_completion, parse_edit_rows, parse_shelf_page,
};
use super::write::{Sent, Step, decide, sent_by, unread};
use super::{Client, MyPage, inspect_page};
use crate::model::{
    Outcome, Shelf, ShelfAction, ShelfCase, ShelfContents, ShelfReason, ShelfResult, Verdict,
};

pub const SWITCH: &str = "WOpacSdiBookListToOtherBookDispAction.do?flg=1";
pub const TO_INPUT: &str = "WOpacSdiBookListToInputAction.do";
const CREATE: Step = Step::same_action("WOpacSdiBookListExecAction.do", "OPACSDI017");
pub const TO_EDIT: &str = "WOpacSdiBookListToSdiMainteAction.do";
/// Stage 1 of an update is the page script's action, trailing `?` included.
const UPDATE: Step = Step {
    action: "WOpacSdiBookListUpdateAction.do?",
    code: "OPACSDI011",
    confirm: Some("WOpacSdiBookListUpdateAction.do"),
};
/// Where the update's completion page sends its `prevRequestForm`.
pub const UPDATE_DISPLAY: &str = "WOpacSdiBookListDispAction.do";
const REMOVE: Step = Step {
    action: "WOpacSdiBookDelAction.do?flg=1",
    code: "OPACSDI033",
    confirm: Some("WOpacSdiBookDelAction.do"),
};
const DELETE: Step = Step {
    action: "WOpacSdiBookListDelAction.do?delflg=1",
    code: "OPACSDI010",
    confirm: Some("WOpacSdiBookListDelAction.do"),
};
/// Where the delete's completion page sends its `prevRequestForm`.
pub const DELETE_DISPLAY: &str = "WOpacSdiBookMyListDispAction.do";
pub const ADD: &str = "WOpacTifDetailAddBookListAction.do";
/// The site's refusal of a title already on the shelf.
pub const DUPLICATE: &str = "このリストには、既に同一の書誌が登録されています。";
const ADDED: &str = "マイ本棚への登録が完了しました";
/// The form's limits (`maxlength`).
pub const NAME_MAX: usize = 50;
pub const MEMO_MAX: usize = 1000;

/// The マイ本棚 page with the form its actions re-post.
#[derive(Debug, Clone)]
pub struct ShelfPage {
    /// Every shelf in the site's order; memo and count only for the current one.
    pub shelves: Vec<Shelf>,
    /// The shelf shown, or `None` on the zero-shelf creation form.
    pub current: Option<ShelfContents>,
    form: Form,
}

impl ShelfPage {
    fn from_doc(doc: &Html) -> Result<ShelfPage> {
        let form = Form::from_page(doc, "LBForm")
            .ok_or_else(|| ClientError::layout("shelf", "no LBForm"))?;
        Ok(match parse_shelf_page(doc)? {
            ShelfScreen::List { shelves, current } => ShelfPage {
                shelves,
                current: Some(current),
                form,
            },
            ShelfScreen::Empty => ShelfPage {
                shelves: Vec::new(),
                current: None,
                form,
            },
        })
    }

    pub fn shelf(&self, id: u32) -> Option<&Shelf> {
        self.shelves.iter().find(|s| s.id == id)
    }

    /// The contents of shelf `id` when this page shows it.
    pub fn showing(&self, id: u32) -> Option<&ShelfContents> {
        self.current.as_ref().filter(|c| c.id == id)
    }
}

/// An edit through the edit screen (`OPACSDI011`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShelfEdit {
    Rename(String),
    /// The shelf's memo.
    Memo(String),
    /// One title's memo (hidden `bookcmnt` and visible `eachcmnt`).
    ItemMemo {
        tilcod: String,
        memo: String,
    },
    /// One title to a 1-based place: orders 1..N in the new order (hidden
    /// `sortno` and visible `eachsortno`), since the site sorts on save.
    Move {
        tilcod: String,
        to: u32,
    },
}

impl ShelfEdit {
    fn action(&self) -> ShelfAction {
        match self {
            ShelfEdit::Rename(_) => ShelfAction::Rename,
            ShelfEdit::Memo(_) | ShelfEdit::ItemMemo { .. } => ShelfAction::Memo,
            ShelfEdit::Move { .. } => ShelfAction::Move,
        }
    }

    fn tilcod(&self) -> Option<&str> {
        match self {
            ShelfEdit::ItemMemo { tilcod, .. } | ShelfEdit::Move { tilcod, .. } => Some(tilcod),
            _ => None,
        }
    }

    /// The site's order of titles after this edit.
    fn order(&self, before: &ShelfContents) -> Vec<String> {
        let mut ids: Vec<String> = before.items.iter().map(|i| i.id.clone()).collect();
        if let ShelfEdit::Move { tilcod, to } = self
            && let Some(at) = ids.iter().position(|i| i == tilcod)
        {
            let id = ids.remove(at);
            let to = (*to as usize).clamp(1, ids.len() + 1) - 1;
            ids.insert(to, id);
        }
        ids
    }

    /// Whether `after` (the shelf read again) shows the edit.
    fn applied(&self, before: &ShelfContents, after: &ShelfContents) -> bool {
        let text = |s: Option<&String>| s.map(|s| s.trim().to_string()).unwrap_or_default();
        match self {
            ShelfEdit::Rename(name) => after.name.trim() == name.trim(),
            ShelfEdit::Memo(memo) => text(after.memo.as_ref()) == memo.trim(),
            ShelfEdit::ItemMemo { tilcod, memo } => after
                .item(tilcod)
                .is_some_and(|i| text(i.memo.as_ref()) == memo.trim()),
            ShelfEdit::Move { .. } => {
                let now: Vec<&str> = after.items.iter().map(|i| i.id.as_str()).collect();
                now == self.order(before)
            }
        }
    }
}

/// Refuses, before anything is sent, a memo edit the shelf page
/// (`contents`, as read) could not show applied: memo cells are optional
/// facts (a page without them still reads), but an edit sent without the
/// cell that verifies it could only end `unknown`. A layout problem (exit
/// 6), since it is the site's page that lacks the fact.
pub fn verifiable(edit: &ShelfEdit, contents: &ShelfContents) -> Result<()> {
    let unverifiable = |what: &str| {
        Err(ClientError::layout(
            "shelf",
            format!(
                "the site's shelf page does not show {what}, so a change of it could not be verified; nothing was sent"
            ),
        ))
    };
    match edit {
        ShelfEdit::Memo(_) if !contents.memo_shown => {
            unverifiable("the shelf's memo (本棚属性 td.memo)")
        }
        ShelfEdit::ItemMemo { tilcod, .. }
            if contents.item(tilcod).is_some_and(|i| !i.memo_shown) =>
        {
            unverifiable(&format!("the memo of title {tilcod} (div.memo)"))
        }
        _ => Ok(()),
    }
}

/// A title's detail page, ready to add it to a shelf.
#[derive(Debug, Clone)]
pub struct Addable {
    pub tilcod: String,
    pub title: String,
    form: Form,
    url: Url,
}

/// The site's answer to a shelf write it declined.
fn refusal(first: &str, _: &[String]) -> ShelfReason {
    if first.contains("既に同一の書誌") {
        ShelfReason::Own(ShelfCase::AlreadyOnShelf(first.to_string()))
    } else {
        ShelfReason::SiteMessage(first.to_string())
    }
}

const SHELF: &str = "the shelf";

impl Client {
    /// マイ本棚 as the session shows it (a read).
    pub async fn shelf_page(&mut self) -> Result<ShelfPage> {
        self.my_page(MyPage::Shelves, ShelfPage::from_doc).await
    }

    /// Posts a page form to a display action and reads the answer (a read).
    async fn shelf_read<T>(
        &mut self,
        action: &str,
        body: &Form,
        screens: &[&str],
        parse: impl FnOnce(&Html) -> Result<T>,
    ) -> Result<T> {
        let referer = self.last_url.clone();
        let response = self
            .transport
            .post(action, body, referer.as_ref(), Kind::Read)
            .await?;
        let (tokens, value) = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, screens)?;
            Ok((tokens, parse(doc)?))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(response.url);
        Ok(value)
    }

    /// Switches the session to shelf `id` (`selectbtn()`: only `otherbook`
    /// changes) and checks the answer shows it.
    pub async fn switch_shelf(&mut self, page: &ShelfPage, id: u32) -> Result<ShelfPage> {
        let mut body = page.form.clone();
        if !body.set("otherbook", id.to_string()) {
            return Err(ClientError::layout("shelf", "the form has no otherbook"));
        }
        let fresh = self
            .shelf_read(SWITCH, &body, &[screen::SHELF_LIST], ShelfPage::from_doc)
            .await?;
        match fresh.current.as_ref().map(|c| c.id) {
            Some(shown) if shown == id => Ok(fresh),
            shown => Err(ClientError::layout(
                "shelf",
                format!("switching to shelf {id} shows {shown:?}"),
            )),
        }
    }

    /// The page showing shelf `id`, switching only when needed (for reading).
    /// A shelf that does not exist leaves the page as the site shows it.
    pub async fn shelf_view(&mut self, id: u32) -> Result<ShelfPage> {
        let page = self.shelf_page().await?;
        if page.showing(id).is_some() || page.shelf(id).is_none() {
            return Ok(page);
        }
        self.switch_shelf(&page, id).await
    }

    /// A fresh list and an explicit switch to `id`, whatever the list shows:
    /// the site edits the session's current shelf, so every edit starts here.
    async fn switched(&mut self, id: u32) -> Result<(ShelfPage, ShelfContents)> {
        let page = self.shelf_page().await?;
        if page.shelf(id).is_none() {
            return Err(ClientError::Site(format!("shelf {id} is not listed")));
        }
        let page = self.switch_shelf(&page, id).await?;
        let contents = page
            .showing(id)
            .cloned()
            .ok_or_else(|| ClientError::layout("shelf", "the switch shows no shelf"))?;
        Ok((page, contents))
    }

    /// The edit screen of the shelf `page` shows, checked to be that shelf
    /// with those titles.
    async fn edit_screen(
        &mut self,
        page: &ShelfPage,
        contents: &ShelfContents,
    ) -> std::result::Result<(Form, Vec<EditRow>), Verdict<ShelfCase>> {
        let read = self
            .shelf_read(TO_EDIT, &page.form, &[screen::SHELF_EDIT], |doc| {
                let rows = parse_edit_rows(doc)?;
                let form = Form::from_page(doc, "LBForm")
                    .ok_or_else(|| ClientError::layout("shelf edit", "no LBForm"))?;
                Ok((form, rows))
            })
            .await;
        let (form, rows) = read.map_err(|e| Verdict::not_sent(e.to_string()))?;
        let unexpected = Verdict::unexpected;
        let shelf = contents.id.to_string();
        if form.get("otherbook") != Some(shelf.as_str()) {
            return Err(unexpected(format!(
                "the edit screen is of shelf {:?}, not {shelf}",
                form.get("otherbook")
            )));
        }
        let mut on_screen: Vec<&str> = rows.iter().map(|r| r.tilcod.as_str()).collect();
        let mut listed: Vec<&str> = contents.items.iter().map(|i| i.id.as_str()).collect();
        on_screen.sort_unstable();
        listed.sort_unstable();
        if on_screen != listed {
            return Err(unexpected(
                "the edit screen lists other titles than the shelf".into(),
            ));
        }
        Ok((form, rows))
    }

    /// Creates a shelf: the creation form (the zero-shelf page is one),
    /// `OPACSDI017`, then the shelf that was not there before. An error: a
    /// memo the shelf page could not show, refused before sending (see
    /// [`verifiable`]).
    pub async fn create_shelf(
        &mut self,
        name: &str,
        memo: &str,
    ) -> Result<(ShelfResult, Option<ShelfPage>)> {
        let result =
            |shelf, verdict| ShelfResult::for_shelf(ShelfAction::Create, shelf, name, verdict);
        let before = match self.shelf_page().await {
            Ok(p) => p,
            Err(e) => {
                return Ok((result(None, Verdict::not_sent(e.to_string())), None));
            }
        };
        // The new shelf's memo is read back from the same page layout. (A
        // zero-shelf page shows no shelf to tell.)
        if !memo.trim().is_empty()
            && let Some(current) = &before.current
        {
            verifiable(&ShelfEdit::Memo(memo.to_string()), current)?;
        }
        let form = match &before.current {
            None => Ok(before.form.clone()),
            Some(_) => {
                self.shelf_read(TO_INPUT, &before.form, &[screen::SHELF_NEW], |doc| {
                    Form::from_page(doc, "LBForm")
                        .ok_or_else(|| ClientError::layout("shelf", "no creation form"))
                })
                .await
            }
        };
        let mut body = match form {
            Ok(f) => f,
            Err(e) => {
                return Ok((result(None, Verdict::not_sent(e.to_string())), None));
            }
        };
        if !(body.set("listname", name) && body.set("commnt", memo)) {
            let reason = ShelfReason::UnexpectedConfirmation(
                "the creation form has no listname/commnt".into(),
            );
            return Ok((result(None, Verdict::new(Outcome::Failed, reason)), None));
        }
        let sent = match self.confirm(CREATE, body, &[screen::SHELF_NEW]).await {
            Ok(sent) => sent,
            Err(verdict) => return Ok((result(None, verdict), None)),
        };
        let fresh = match self.shelf_page().await {
            Ok(p) => p,
            Err(e) => {
                return Ok((result(None, unread(&sent, SHELF, &e)), None));
            }
        };
        // The site numbers the shelf: it is the one that was not there before.
        let created = fresh
            .shelves
            .iter()
            .find(|s| before.shelf(s.id).is_none() && s.name.trim() == name.trim())
            .map(|s| s.id);
        let memo_ok = created
            .and_then(|id| fresh.showing(id))
            .is_none_or(|c| c.memo.as_deref().unwrap_or_default().trim() == memo.trim());
        let verdict = decide(created.is_some() && memo_ok, &sent, refusal);
        Ok((result(created, verdict), Some(fresh)))
    }

    /// Renames, re-memos or reorders through the edit screen: switch, edit
    /// screen, `OPACSDI011`, the completion page's display POST, re-read.
    /// An error: a memo edit the shelf page could not show, refused before
    /// sending (see [`verifiable`]).
    pub async fn edit_shelf(
        &mut self,
        shelf: u32,
        edit: &ShelfEdit,
    ) -> Result<(ShelfResult, Option<ShelfPage>)> {
        let action = edit.action();
        let (page, contents) = match self.switched(shelf).await {
            Ok(p) => p,
            Err(e) => {
                let reason = ShelfReason::NotSent(e.to_string());
                let r = match edit.tilcod() {
                    Some(t) => ShelfResult::for_item(
                        action,
                        (shelf, ""),
                        t,
                        "",
                        Verdict::new(Outcome::Failed, reason),
                    ),
                    None => ShelfResult::for_shelf(
                        action,
                        Some(shelf),
                        "",
                        Verdict::new(Outcome::Failed, reason),
                    ),
                };
                return Ok((r, None));
            }
        };
        let result = |verdict| match (edit, edit.tilcod()) {
            (_, Some(t)) => ShelfResult::for_item(
                action,
                (shelf, &contents.name),
                t,
                contents
                    .item(t)
                    .map(|i| i.title.as_str())
                    .unwrap_or_default(),
                verdict,
            ),
            (ShelfEdit::Rename(name), None) => {
                ShelfResult::for_shelf(action, Some(shelf), name, verdict)
            }
            _ => ShelfResult::for_shelf(action, Some(shelf), &contents.name, verdict),
        };
        if let Some(t) = edit.tilcod()
            && contents.item(t).is_none()
        {
            return Ok((
                result(Verdict::refused(ShelfReason::Own(ShelfCase::NotOnShelf))),
                Some(page),
            ));
        }
        // On the page just switched to, before the edit screen is read.
        verifiable(edit, &contents)?;
        let (mut body, _rows) = match self.edit_screen(&page, &contents).await {
            Ok(parts) => parts,
            Err(verdict) => return Ok((result(verdict), None)),
        };
        // What the page scripts would change, in place; nothing else.
        let set = match edit {
            ShelfEdit::Rename(name) => body.set("listname", name.as_str()),
            ShelfEdit::Memo(memo) => body.set("commnt", memo.as_str()),
            ShelfEdit::ItemMemo { tilcod, memo } => {
                // changcmnt(): both the hidden and the visible field.
                body.set_by_id(&format!("bookcmnt{tilcod}"), memo.as_str())
                    && body.set_by_id(&format!("eachcmnt{tilcod}"), memo.as_str())
            }
            ShelfEdit::Move { .. } => edit.order(&contents).iter().enumerate().all(|(i, t)| {
                let n = (i + 1).to_string();
                body.set_by_id(&format!("sortno{t}"), n.as_str())
                    && body.set_by_id(&format!("eachsortno{t}"), n.as_str())
            }),
        };
        if !set {
            let reason =
                ShelfReason::UnexpectedConfirmation("the edit screen lacks a field to set".into());
            return Ok((result(Verdict::new(Outcome::Failed, reason)), None));
        }
        let sent = match self.two_stage(UPDATE, body, &[screen::SHELF_EDIT]).await {
            Ok(response) => match self.display_after_update(&response).await {
                Ok(sent) => sent,
                Err(verdict) => return Ok((result(verdict), None)),
            },
            Err(e) => match e.sent() {
                Ok(sent) => sent,
                Err(verdict) => return Ok((result(verdict), None)),
            },
        };
        let fresh = match self.shelf_view(shelf).await {
            Ok(p) => p,
            Err(e) => {
                return Ok((result(unread(&sent, SHELF, &e)), None));
            }
        };
        let applied = fresh
            .showing(shelf)
            .is_some_and(|after| edit.applied(&contents, after));
        let verdict = decide(applied, &sent, refusal);
        let mut r = result(verdict);
        if let (ShelfEdit::Move { tilcod, .. }, Some(after)) = (edit, fresh.showing(shelf)) {
            r.position = after.item(tilcod).map(|i| i.position);
        }
        Ok((r, Some(fresh)))
    }

    /// The update's completion page sends `prevRequestForm` (plus what its
    /// script appends) to the display action; the update is applied only
    /// then. Sent once, as the browser does.
    async fn display_after_update(
        &mut self,
        response: &Response,
    ) -> std::result::Result<Sent, Verdict<ShelfCase>> {
        let read = inspect_page(&response.body, |doc| {
            Ok((
                page::classify(doc, &[screen::SHELF_EDIT, screen::SHELF_LIST]).ok(),
                parse_completion(doc)?,
                page::site_messages(doc),
            ))
        });
        let (tokens, completion, messages) = match read {
            Ok(parts) => parts,
            Err(e) => {
                return Err(Verdict::lost(format!("unreadable answer: {e}")));
            }
        };
        if let Some(tokens) = tokens {
            self.tokens = Some(tokens);
            self.last_url = Some(response.url.clone());
        }
        let Some(completion) = completion else {
            // No completion step: the site said something else (or nothing).
            return Ok(if messages.is_empty() {
                Sent::Yes(Vec::new())
            } else {
                Sent::Refused(messages)
            });
        };
        let target = self.transport.url(&completion.action).ok();
        if target.is_none() || target != self.transport.url(UPDATE_DISPLAY).ok() {
            return Err(Verdict::new(
                Outcome::Unknown,
                ShelfReason::UnexpectedConfirmation(format!(
                    "the completion page posts to {:?}, not {UPDATE_DISPLAY}; the update may not apply",
                    completion.action
                )),
            ));
        }
        match self
            .transport
            .post(
                &completion.action,
                &completion.form,
                Some(&response.url),
                Kind::Write,
            )
            .await
        {
            Ok(answer) => {
                self.adopt_tokens(&answer);
                sent_by(&answer)
            }
            Err(e) => Err(Verdict::lost(e.to_string())),
        }
    }

    /// Removes a title: switch, edit screen with the hidden `tilcod` set
    /// (`click_del`), `OPACSDI033`, re-read.
    pub async fn remove_from_shelf(
        &mut self,
        shelf: u32,
        tilcod: &str,
    ) -> (ShelfResult, Option<ShelfPage>) {
        let action = ShelfAction::Remove;
        let (page, contents) = match self.switched(shelf).await {
            Ok(p) => p,
            Err(e) => {
                let reason = ShelfReason::NotSent(e.to_string());
                return (
                    ShelfResult::for_item(
                        action,
                        (shelf, ""),
                        tilcod,
                        "",
                        Verdict::new(Outcome::Failed, reason),
                    ),
                    None,
                );
            }
        };
        let title = contents
            .item(tilcod)
            .map(|i| i.title.clone())
            .unwrap_or_default();
        let result = |verdict| {
            ShelfResult::for_item(action, (shelf, &contents.name), tilcod, &title, verdict)
        };
        if contents.item(tilcod).is_none() {
            return (
                result(Verdict::refused(ShelfReason::Own(ShelfCase::NotOnShelf))),
                Some(page),
            );
        }
        let (mut body, _) = match self.edit_screen(&page, &contents).await {
            Ok(parts) => parts,
            Err(verdict) => return (result(verdict), None),
        };
        if !body.set("tilcod", tilcod) {
            let reason = ShelfReason::UnexpectedConfirmation("the edit form has no tilcod".into());
            return (result(Verdict::new(Outcome::Failed, reason)), None);
        }
        let sent = match self.confirm(REMOVE, body, &[screen::SHELF_EDIT]).await {
            Ok(sent) => sent,
            Err(verdict) => return (result(verdict), None),
        };
        let fresh = match self.shelf_view(shelf).await {
            Ok(p) => p,
            Err(e) => {
                return (result(unread(&sent, SHELF, &e)), None);
            }
        };
        let gone = fresh
            .showing(shelf)
            .is_some_and(|after| after.item(tilcod).is_none());
        let verdict = decide(gone, &sent, refusal);
        (result(verdict), Some(fresh))
    }

    /// Deletes a shelf with its titles: switch, `OPACSDI010`, the display
    /// POST the completion page sends (as the browser does), re-read.
    pub async fn delete_shelf(&mut self, shelf: u32) -> (ShelfResult, Option<ShelfPage>) {
        let action = ShelfAction::Delete;
        let (page, contents) = match self.switched(shelf).await {
            Ok(p) => p,
            Err(e) => {
                let reason = ShelfReason::NotSent(e.to_string());
                return (
                    ShelfResult::for_shelf(
                        action,
                        Some(shelf),
                        "",
                        Verdict::new(Outcome::Failed, reason),
                    ),
                    None,
                );
            }
        };
        let result = |verdict| ShelfResult::for_shelf(action, Some(shelf), &contents.name, verdict);
        let sent = match self
            .two_stage(DELETE, page.form.clone(), &[screen::SHELF_LIST])
            .await
        {
            Ok(response) => {
                self.adopt_tokens(&response);
                let completion = inspect_page(&response.body, parse_completion)
                    .ok()
                    .flatten();
                let display = self.transport.url(DELETE_DISPLAY).ok();
                if let Some(c) = completion
                    && display.is_some()
                    && self.transport.url(&c.action).ok() == display
                {
                    // The deletion is already applied; this only shows the
                    // list. Its loss is judged by the re-read below.
                    if let Ok(answer) = self
                        .transport
                        .post(&c.action, &c.form, Some(&response.url), Kind::Write)
                        .await
                    {
                        self.adopt_tokens(&answer);
                    }
                }
                Sent::Yes(Vec::new())
            }
            Err(e) => match e.sent() {
                Ok(sent) => sent,
                Err(verdict) => return (result(verdict), None),
            },
        };
        let fresh = match self.shelf_page().await {
            Ok(p) => p,
            Err(e) => {
                return (result(unread(&sent, SHELF, &e)), None);
            }
        };
        let verdict = decide(fresh.shelf(shelf).is_none(), &sent, refusal);
        (result(verdict), Some(fresh))
    }

    /// The title's detail page through the write entry (a read).
    pub async fn addable(&mut self, tilcod: &str) -> Result<Addable> {
        let (url, title, form) = self.detail_form(tilcod).await?;
        Ok(Addable {
            tilcod: tilcod.to_string(),
            title,
            form,
            url,
        })
    }

    /// 追加 on the detail page (one stage, docs/protocol.md#shelf-add): `booklist` =
    /// the shelf, `btnflg=1` and `commnt` enabled with the memo (empty, not
    /// the placeholder), as `selectbooklist()` leaves them. Decided on the
    /// shelf read again; a duplicate is refused with the site's message.
    pub async fn add_to_shelf(
        &mut self,
        item: &Addable,
        shelf: (u32, &str),
        memo: &str,
    ) -> (ShelfResult, Option<ShelfPage>) {
        let result = |verdict| {
            ShelfResult::for_item(ShelfAction::Add, shelf, &item.tilcod, &item.title, verdict)
        };
        let mut body = item.form.clone();
        let number = shelf.0.to_string();
        if !(body.set("booklist", number.as_str())
            && body.set("btnflg", "1")
            && body.enable("commnt", memo))
        {
            let reason = ShelfReason::UnexpectedConfirmation(
                "the detail page has no booklist/btnflg/commnt".into(),
            );
            return (result(Verdict::new(Outcome::Failed, reason)), None);
        }
        let answer = match self
            .transport
            .post(ADD, &body, Some(&item.url), Kind::Write)
            .await
        {
            Ok(r) => r,
            Err(e) => {
                return (result(Verdict::lost(e.to_string())), None);
            }
        };
        let messages =
            inspect_page(&answer.body, |doc| Ok(page::site_messages(doc))).unwrap_or_default();
        self.adopt_tokens(&answer);
        let sent = match sent_by(&answer) {
            Ok(Sent::Yes(_)) if messages.iter().any(|m| !m.contains(ADDED)) => {
                Sent::Refused(messages.clone())
            }
            Ok(sent) => sent,
            Err(verdict) => return (result(verdict), None),
        };
        let fresh = match self.shelf_view(shelf.0).await {
            Ok(p) => p,
            Err(e) => {
                return (result(unread(&sent, SHELF, &e)), None);
            }
        };
        let on_shelf = fresh
            .showing(shelf.0)
            .is_some_and(|c| c.item(&item.tilcod).is_some());
        // A duplicate is on the shelf already: the message decides.
        let verdict = decide(on_shelf && matches!(sent, Sent::Yes(_)), &sent, refusal);
        (result(verdict), Some(fresh))
    }
}
