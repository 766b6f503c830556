//! The simulator's マイ本棚 protocol driven request by request (no client):
//! an update takes effect only with the display POST, edits act on the
//! session's current shelf whatever `otherbook` says, duplicates are refused.

use toshokan::cli::Seed;
use toshokan::client::form::Form;
use toshokan::client::parse::shelf::{self, ShelfScreen};
use toshokan::client::parse::{self, confirmation_page, page_form};
use toshokan::sim::seed::{self, DEMO_CARD, DEMO_PASSWORD};
use toshokan::sim::{Library, SimRequest, SimState};

const UA: &str = "Mozilla/5.0 (test)";

/// One browser session against the simulator, synchronously.
struct Browser {
    sim: SimState,
    cookie: Option<String>,
    /// The latest page's LBForm.
    form: Form,
}

impl Browser {
    fn new() -> Browser {
        let today = "2026-11-28".parse().unwrap();
        let mut b = Browser {
            sim: SimState::new(seed::library(Seed::Demo, today)),
            cookie: None,
            form: Form::default(),
        };
        b.get("OpacInitLoginAction.do?subSystemFlag=0");
        let user = format!("{}{DEMO_CARD}", b.sim.library.login_prefix);
        b.post(
            "j_security_check?subSystemFlag=0",
            &Form::new(vec![
                ("j_username".into(), user),
                ("j_password".into(), DEMO_PASSWORD.into()),
            ]),
        );
        b.get("WOpacMnuTopInitAction.do?WebLinkFlag=1");
        b
    }

    fn send(&mut self, method: &str, action: &str, form: Vec<(String, String)>) -> String {
        let (path, query) = match action.split_once('?') {
            Some((p, q)) => (format!("/licsxp-opac/{p}"), Some(q.to_string())),
            None => (format!("/licsxp-opac/{action}"), None),
        };
        let cookie = self.cookie.clone();
        let response = self.sim.respond(&SimRequest {
            method,
            path: &path,
            query: query.as_deref(),
            user_agent: Some(UA),
            cookie: cookie.as_deref(),
            form,
        });
        for (name, value) in &response.headers {
            if name == "set-cookie" {
                self.cookie = value.split(';').next().map(str::to_string);
            }
        }
        if let Some(form) = page_form(&response.body, "LBForm") {
            self.form = form;
        }
        response.body
    }

    fn get(&mut self, action: &str) -> String {
        self.send("GET", action, Vec::new())
    }

    fn post(&mut self, action: &str, form: &Form) -> String {
        self.send("POST", action, form.pairs().to_vec())
    }

    /// Posts the latest page's form with some controls overwritten.
    fn post_page(&mut self, action: &str, changes: &[(&str, &str)]) -> String {
        let mut form = self.form.clone();
        for (name, value) in changes {
            assert!(form.set(name, *value), "the page has no {name}");
        }
        self.post(action, &form)
    }

    fn shelf(&self, number: u32) -> toshokan::sim::shelf::Shelf {
        library(&self.sim).accounts[0]
            .shelves
            .iter()
            .find(|s| s.number == number)
            .unwrap()
            .clone()
    }
}

fn library(sim: &SimState) -> &Library {
    &sim.library
}

fn shown(body: &str) -> u32 {
    match parse::shelf_page(body).unwrap() {
        ShelfScreen::List { current, .. } => current.id,
        ShelfScreen::Empty => 0,
    }
}

/// Stage 1 then stage 2 of a question on `body`; returns the stage-2 answer.
fn confirm(b: &mut Browser, body: &str, code: &str) -> String {
    let question = confirmation_page(body).unwrap().expect("a question");
    assert_eq!(question.codes, [code]);
    let mut echo = question.echo.clone();
    echo.push("okCodes", code);
    let action = question.action.unwrap();
    b.post(action.trim_start_matches("/licsxp-opac/"), &echo)
}

#[test]
fn an_update_applies_only_with_the_display_post() {
    let mut b = Browser::new();
    let list = b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
    assert_eq!(shown(&list), 1);
    b.post_page("WOpacSdiBookListToSdiMainteAction.do", &[]);
    let stage1 = b.post_page("WOpacSdiBookListUpdateAction.do?", &[("listname", "改名")]);
    let stage2 = confirm(&mut b, &stage1, "OPACSDI011");
    assert_eq!(b.shelf(1).name, "読みたい本", "confirmed, not yet applied");
    // Without the display POST the list shows no change either.
    let again = b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
    match parse::shelf_page(&again).unwrap() {
        ShelfScreen::List { current, .. } => assert_eq!(current.name, "読みたい本"),
        ShelfScreen::Empty => panic!("shelves vanished"),
    }
    assert_eq!(b.shelf(1).name, "読みたい本");
    // The completion page's display POST (taken from stage 2) applies it.
    let doc = scraper::Html::parse_document(&stage2);
    let done = shelf::parse_completion(&doc)
        .unwrap()
        .expect("a completion step");
    assert_eq!(done.action, "/licsxp-opac/WOpacSdiBookListDispAction.do");
    assert!(
        done.form
            .pairs()
            .contains(&("okCodes".to_string(), "OPACSDI011".to_string()))
    );
    assert_eq!(
        done.form
            .pairs()
            .last()
            .map(|(n, v)| (n.as_str(), v.as_str())),
        Some((
            "jp.co.necsoft.licsxp.base.util.validation.MessageUtil.CONFIRM_DIALOG_SEND_REDIRECT",
            "true"
        ))
    );
    b.post("WOpacSdiBookListDispAction.do", &done.form);
    assert_eq!(b.shelf(1).name, "改名");
}

#[test]
fn edits_act_on_the_current_shelf_not_the_posted_number() {
    let mut b = Browser::new();
    b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
    // Switch to 3, then post a delete claiming shelf 1.
    let switched = b.post_page(
        "WOpacSdiBookListToOtherBookDispAction.do?flg=1",
        &[("otherbook", "3")],
    );
    assert_eq!(shown(&switched), 3);
    let stage1 = b.post_page(
        "WOpacSdiBookListDelAction.do?delflg=1",
        &[("otherbook", "1")],
    );
    confirm(&mut b, &stage1, "OPACSDI010");
    let numbers: Vec<u32> = library(&b.sim).accounts[0]
        .shelves
        .iter()
        .map(|s| s.number)
        .collect();
    assert_eq!(numbers, [1, 2], "shelf 3, the current one, went");
}

#[test]
fn item_fields_pair_by_position_and_only_hidden_ones_count() {
    let mut b = Browser::new();
    b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
    let edit = b.post_page("WOpacSdiBookListToSdiMainteAction.do", &[]);
    let rows = shelf::parse_edit_rows(&scraper::Html::parse_document(&edit)).unwrap();
    let first = rows[0].tilcod.clone();
    // Only the visible memo changed: the server keeps the old one.
    let mut form = b.form.clone();
    assert!(form.set_by_id(&format!("eachcmnt{first}"), "見える方だけ"));
    let stage1 = b.post("WOpacSdiBookListUpdateAction.do?", &form);
    let stage2 = confirm(&mut b, &stage1, "OPACSDI011");
    let done = shelf::parse_completion(&scraper::Html::parse_document(&stage2))
        .unwrap()
        .unwrap();
    b.post("WOpacSdiBookListDispAction.do", &done.form);
    let memo = &b.shelf(1).items[0].memo;
    assert_ne!(memo, "見える方だけ");
    // Orders re-sort on save: the last title gets order 0 and comes first.
    b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
    let edit = b.post_page("WOpacSdiBookListToSdiMainteAction.do", &[]);
    let rows = shelf::parse_edit_rows(&scraper::Html::parse_document(&edit)).unwrap();
    let last = rows.last().unwrap().tilcod.clone();
    let mut form = b.form.clone();
    assert!(form.set_by_id(&format!("sortno{last}"), "0"));
    let stage1 = b.post("WOpacSdiBookListUpdateAction.do?", &form);
    let stage2 = confirm(&mut b, &stage1, "OPACSDI011");
    let done = shelf::parse_completion(&scraper::Html::parse_document(&stage2))
        .unwrap()
        .unwrap();
    b.post("WOpacSdiBookListDispAction.do", &done.form);
    assert_eq!(b.shelf(1).items[0].bib.tilcod, last);
}

#[test]
fn adding_a_title_already_on_the_shelf_is_refused() {
    let mut b = Browser::new();
    let tilcod = b.shelf(1).items[0].bib.tilcod.clone();
    let before = b.shelf(1).items.len();
    b.get(&format!(
        "WOpacMsgNewListToTifTilDetailAction.do?urlNotFlag=1&tilcod={tilcod}"
    ));
    let answer = b.post_page(
        "WOpacTifDetailAddBookListAction.do",
        &[("booklist", "1"), ("btnflg", "1"), ("commnt", "")],
    );
    assert!(answer.contains("このリストには、既に同一の書誌が登録されています。"));
    // The refusal page carries a prevRequestForm but asks nothing.
    assert!(page_form(&answer, "prevRequestForm").is_some());
    assert_eq!(confirmation_page(&answer).unwrap(), None);
    assert_eq!(b.shelf(1).items.len(), before);
    // The same title goes onto another shelf.
    b.get(&format!(
        "WOpacMsgNewListToTifTilDetailAction.do?urlNotFlag=1&tilcod={tilcod}"
    ));
    let answer = b.post_page(
        "WOpacTifDetailAddBookListAction.do",
        &[("booklist", "3"), ("btnflg", "1"), ("commnt", "メモ")],
    );
    assert!(answer.contains("マイ本棚への登録が完了しました。"));
    let added = b.shelf(3).items.last().unwrap().clone();
    assert_eq!(added.bib.tilcod, tilcod);
    assert_eq!(added.memo, "メモ");
}

#[test]
fn deleting_the_last_shelf_leaves_the_creation_form() {
    let mut b = Browser::new();
    for _ in 0..3 {
        let list = b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
        assert_ne!(shown(&list), 0);
        let stage1 = b.post_page("WOpacSdiBookListDelAction.do?delflg=1", &[]);
        let stage2 = confirm(&mut b, &stage1, "OPACSDI010");
        let done = shelf::parse_completion(&scraper::Html::parse_document(&stage2))
            .unwrap()
            .expect("the completion step");
        assert_eq!(done.action, "/licsxp-opac/WOpacSdiBookMyListDispAction.do");
        b.post("WOpacSdiBookMyListDispAction.do", &done.form);
    }
    let list = b.post_page("WOpacMnuTopToPwdLibraryAction.do?gamen=mybooklist", &[]);
    assert_eq!(parse::shelf_page(&list).unwrap(), ShelfScreen::Empty);
    assert!(list.contains("<span class=\"value\" style=\"color: #f00000;\">0</span>"));
    // The page is the creation form itself.
    let stage1 = b.post_page(
        "WOpacSdiBookListExecAction.do",
        &[("listname", "また作る"), ("commnt", "")],
    );
    confirm(&mut b, &stage1, "OPACSDI017");
    assert_eq!(library(&b.sim).accounts[0].shelves[0].name, "また作る");
}
