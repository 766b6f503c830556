//! The account parsers read meaning, not one layout: a page from the corpus
//! (or, for the modelled screens, the simulator) with an optional column or
//! label taken out still parses, the fact is null and a note says so; with
//! a required one taken out it is a layout error (exit 6) naming the fact.

use crate::common::fixture;
use regex::Regex;
use scraper::Html;
use toshokan::cli::Seed;
use toshokan::client::ClientError;
use toshokan::client::parse::{self, alert, calendar, header, history, notes, settings};
use toshokan::sim::sdi::SimAlert;
use toshokan::sim::{html_account, html_sdi, seed};

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

/// A page of the Nishinomiya captures.
fn real(name: &str) -> String {
    fixture(&format!("real/nishinomiya/{name}"))
}

/// `page` with every match of `pattern` removed; the pattern must match.
fn without(page: &str, pattern: &str) -> String {
    let re = Regex::new(pattern).expect("test pattern");
    assert!(re.is_match(page), "{pattern} is not on the page");
    re.replace_all(page, "").into_owned()
}

/// The notes recorded since the last call, as text.
fn take_notes() -> Vec<String> {
    notes::take().into_iter().map(|n| n.to_string()).collect()
}

fn assert_noted(notes: &[String], words: &str) {
    assert!(
        notes.iter().any(|n| n.contains(words)),
        "no note saying {words:?} in {notes:?}"
    );
}

fn layout_detail(err: ClientError) -> String {
    match err {
        ClientError::Layout { screen, detail, .. } => format!("{screen}: {detail}"),
        other => panic!("expected a layout error, got {other:?}"),
    }
}

fn today() -> jiff::civil::Date {
    "2026-11-28".parse().unwrap()
}

// ---- 読書履歴 (real page) ----

/// A column of history-2: its header cell and every row's cell (ids `<id>'N'`).
fn history_without_column(header: &str, cell_id: &str) -> String {
    let page = real("history-2.html");
    let page = without(
        &page,
        &format!(r#"<th scope="col" class="ItemTh">\s*{header}\s*</th>\s*"#),
    );
    without(
        &page,
        &format!(r#"(?s)<td id="{cell_id}'\d+'"[^>]*>.*?</td>\s*"#),
    )
}

fn history(body: &str) -> Result<history::HistoryPage, ClientError> {
    history::parse_history(&Html::parse_document(body))
}

#[test]
fn history_without_the_library_column_reads_null_and_notes_it() {
    take_notes();
    let page = history(&history_without_column("貸出館", "kasspt")).unwrap();
    assert_eq!(page.entries.len(), 10);
    assert!(page.entries.iter().all(|e| e.library.is_none()));
    assert_eq!(page.entries[0].loan_type.as_deref(), Some("通常貸出"));
    assert_eq!(page.entries[0].id, "1000001824541");
    assert_noted(&take_notes(), "no 貸出館 column; library left empty");
}

#[test]
fn history_without_the_loan_date_is_a_layout_error() {
    let err = history(&history_without_column("貸出日", "kasymd")).unwrap_err();
    assert!(layout_detail(err).contains("no 貸出日 column"));
}

#[test]
fn history_title_column_is_found_by_its_detail_links_under_another_wording() {
    let page = real("history-2.html").replace("\r\n書誌情報\r\n", "\r\n資料の情報\r\n");
    let page = history(&page).unwrap();
    assert_eq!(page.entries.len(), 10);
    assert_eq!(page.entries[9].id, "1000001556048");
}

#[test]
fn history_without_delete_buttons_has_no_record_codes_and_notes_it() {
    take_notes();
    let page = history(&without(
        &real("history-2.html"),
        r#"(?s)<input[^>]*kashistDelete[^>]*>"#,
    ))
    .unwrap();
    assert!(page.entries.iter().all(|e| e.record.is_none()));
    assert_noted(&take_notes(), "kashistDelete");
}

// ---- 新着図書お知らせ (modelled: the simulator's pages) ----

/// The demo account's condition list with one column (header and cells) taken out.
fn alert_list_without_column(header: &str) -> String {
    let lib = seed::library(Seed::Demo, today());
    let body = html_sdi::alert_menu_page(&lib, &lib.accounts[0], HASH, &[], None);
    let at = Html::parse_document(&body)
        .select(&scraper::Selector::parse("thead th").unwrap())
        .position(|th| th.text().collect::<String>().trim() == header)
        .expect("the column");
    // Every row of the list, header included, drops its cell at that place.
    let cell = Regex::new(r"(?s)<t[hd][ >].*?</t[hd]>\n?").unwrap();
    let row = Regex::new(r"(?s)<tr[ >].*?</tr>").unwrap();
    row.replace_all(&body, |c: &regex::Captures<'_>| {
        let mut n = 0;
        cell.replace_all(&c[0], |cc: &regex::Captures<'_>| {
            n += 1;
            if n - 1 == at {
                String::new()
            } else {
                cc[0].to_string()
            }
        })
        .into_owned()
    })
    .into_owned()
}

#[test]
fn alert_list_without_the_registration_date_reads_null_and_notes_it() {
    take_notes();
    let listed = alert::alert_list_page(&alert_list_without_column("登録日")).unwrap();
    assert!(!listed.is_empty());
    assert!(listed.iter().all(|a| a.registered_on.is_none()));
    assert!(
        listed
            .iter()
            .all(|a| !a.name.is_empty() && !a.id.is_empty())
    );
    assert_noted(&take_notes(), "no 登録日 column; registered_on left empty");
}

#[test]
fn alert_list_inside_a_layout_table_reads_from_its_own_table() {
    let lib = seed::library(Seed::Demo, today());
    let body = html_sdi::alert_menu_page(&lib, &lib.accounts[0], HASH, &[], None);
    let table = Regex::new(r#"(?s)<table class="list".*?</table>"#).unwrap();
    let wrapped = table
        .replace(&body, |c: &regex::Captures<'_>| {
            format!("<table><tr><td>{}</td></tr></table>", &c[0])
        })
        .into_owned();
    assert!(wrapped.contains(r#"<table><tr><td><table class="list""#));
    let plain = alert::alert_list_page(&body).unwrap();
    assert_eq!(alert::alert_list_page(&wrapped).unwrap(), plain);
}

#[test]
fn alert_list_without_the_name_column_is_a_layout_error() {
    let err = alert::alert_list_page(&alert_list_without_column("検索条件の名称")).unwrap_err();
    assert!(layout_detail(err).contains("検索条件の名称"));
}

#[test]
fn alert_form_without_a_field_label_lacks_that_field_and_notes_it() {
    let lib = seed::library(Seed::Demo, today());
    let body = html_sdi::alert_input_page(&lib.accounts[0], HASH, &SimAlert::default(), &[], None);
    take_notes();
    let form = alert::alert_form_page(&without(
        &body,
        r#"<tr><th><label for="sdisubject">件名</label></th>"#,
    ))
    .unwrap();
    assert_eq!(form.field(toshokan::model::AlertField::Subject), None);
    assert_eq!(
        form.field(toshokan::model::AlertField::Title),
        Some("sdititle")
    );
    assert_noted(&take_notes(), "no 件名; subject left empty");
    let err = alert::alert_form_page(&without(&body, r#"<label for="serchname">[^<]*</label>"#))
        .unwrap_err();
    assert!(layout_detail(err).contains("検索条件の名称"));
}

// ---- マイ本棚 (real page) ----

#[test]
fn shelf_titles_without_dates_and_memos_read_null_and_notes_say_so() {
    let page = without(&real("shelves-1.html"), r"登録日:<br>\d{4}/\d{2}/\d{2}");
    let page = without(
        &page,
        r#"(?s)<div class="memo" style="word-break:break-all">.*?</div>"#,
    );
    take_notes();
    let parse::shelf::ShelfScreen::List { current, .. } = parse::shelf_page(&page).unwrap() else {
        panic!("the shelf list");
    };
    assert_eq!(current.items.len(), 6);
    assert!(
        current
            .items
            .iter()
            .all(|i| i.added_on.is_none() && i.memo.is_none())
    );
    assert_eq!(current.items[3].id, "3000000005274");
    // The memo edits are verified on these cells: the page says they are gone.
    assert!(current.items.iter().all(|i| !i.memo_shown));
    assert!(
        current.memo_shown,
        "the shelf's own memo cell is still there"
    );
    let notes = take_notes();
    assert_noted(&notes, "no 登録日; added_on left empty");
    assert_noted(&notes, "memo");
}

#[test]
fn shelf_memo_cells_shown_even_empty_and_missing_are_told_apart() {
    let parse::shelf::ShelfScreen::List { current, .. } =
        parse::shelf_page(&real("shelves-1.html")).unwrap()
    else {
        panic!("the shelf list");
    };
    // The real shelf's memo is empty, but its cell is there.
    assert_eq!(current.memo, None);
    assert!(current.memo_shown);
    assert!(current.items.iter().all(|i| i.memo_shown));
    let page = without(
        &real("shelves-1.html"),
        r#"(?s)<tr><td class="memo"[^>]*>.*?</td></tr>"#,
    );
    let parse::shelf::ShelfScreen::List { current, .. } = parse::shelf_page(&page).unwrap() else {
        panic!("the shelf list");
    };
    assert!(!current.memo_shown);
}

#[test]
fn shelf_titles_without_their_summary_inside_a_layout_table_are_read_once() {
    let parse::shelf::ShelfScreen::List {
        current: real_shelf,
        ..
    } = parse::shelf_page(&real("shelves-1.html")).unwrap()
    else {
        panic!("the shelf list");
    };
    let page = real("shelves-1.html").replace(r#" summary="リスト詳細""#, "");
    assert!(!page.contains("リスト詳細\""));
    // A layout table around the titles: its one row holds every detail link.
    let wrap = Regex::new(r#"(?s)(<table class="info booklist".*?</table>)"#).unwrap();
    assert!(wrap.is_match(&page));
    let page = wrap
        .replace(
            &page,
            r#"<table class="layout" width="100%"><tbody><tr><td>$1</td></tr></tbody></table>"#,
        )
        .into_owned();
    let parse::shelf::ShelfScreen::List { current, .. } = parse::shelf_page(&page).unwrap() else {
        panic!("the shelf list");
    };
    let ids = |c: &toshokan::model::ShelfContents| -> Vec<(u32, String)> {
        c.items.iter().map(|i| (i.position, i.id.clone())).collect()
    };
    assert_eq!(current.items.len(), 6, "{:?}", ids(&current));
    assert_eq!(ids(&current), ids(&real_shelf));
    assert_eq!(current.items, real_shelf.items);
}

#[test]
fn shelf_title_without_its_detail_link_is_a_layout_error() {
    let page =
        real("shelves-1.html").replace(r#"onclick ="javascript:toDetail(1000001137726)""#, "");
    let err = parse::shelf_page(&page).unwrap_err();
    assert!(layout_detail(err).contains("title row 2"));
}

#[test]
fn shelf_without_its_name_heading_shows_the_listed_name() {
    let page = without(&real("shelves-1.html"), r#"<em class="huge" >[^<]*</em>"#);
    take_notes();
    let parse::shelf::ShelfScreen::List { current, .. } = parse::shelf_page(&page).unwrap() else {
        panic!("the shelf list");
    };
    assert_eq!(current.name, "借りるか悩み中");
    assert_noted(&take_notes(), "listed name");
}

#[test]
fn shelf_page_without_the_current_shelf_is_a_layout_error() {
    // Every edit acts on the session's current shelf: never guessed.
    let page = without(
        &real("shelves-1.html"),
        r#"<input type="hidden" name="otherbook"[^>]*>(</input>)?"#,
    );
    let err = parse::shelf_page(&page).unwrap_err();
    assert!(layout_detail(err).contains("otherbook"));
}

// ---- header bar (real page) ----

#[test]
fn header_without_the_cart_count_reads_null_and_notes_it() {
    let page = without(
        &real("loans-1.html"),
        r#"(?s)<td class="stat-item">\s*<a id="stat-cart".*?</td>"#,
    );
    take_notes();
    let summary = header::parse_summary(&Html::parse_document(&page));
    assert_eq!(summary.cart, None);
    assert_eq!(
        (summary.shelves, summary.loans, summary.reservations),
        (Some(5), Some(12), Some(19))
    );
    let notes = take_notes();
    assert_noted(&notes, "no カート; cart left empty");
    assert_noted(&notes, "no 有効期限; expires_on left empty");
}

#[test]
fn header_counts_are_found_by_their_words_without_the_ids() {
    let mut page = real("loans-1.html");
    for id in ["stat-shlf", "stat-lent", "stat-resv", "stat-cart"] {
        page = page.replace(&format!("id=\"{id}\""), "");
    }
    let summary = header::parse_summary(&Html::parse_document(&page));
    assert_eq!(
        (
            summary.shelves,
            summary.loans,
            summary.reservations,
            summary.cart
        ),
        (Some(5), Some(12), Some(19), Some(4))
    );
}

#[test]
fn logged_out_header_notes_nothing() {
    take_notes();
    let summary = header::parse_summary(&Html::parse_document(&real("calendar-1.html")));
    assert_eq!(summary.loans, None);
    assert!(take_notes().is_empty());
}

// ---- 図書館カレンダー (real page) ----

#[test]
fn calendar_without_the_branch_select_reads_the_heading_and_notes_it() {
    let page = without(
        &real("calendar-1.html"),
        r#"(?s)<select [^>]*id="LibSetSelect".*?</select>"#,
    );
    take_notes();
    let cal = calendar::parse_calendar(&Html::parse_document(&page)).unwrap();
    assert_eq!(cal.closed.len(), 16);
    assert!(cal.libraries.is_empty());
    assert_eq!(cal.library_code, None);
    assert_eq!(cal.library.as_deref(), Some("中央図書館"));
    assert_noted(&take_notes(), "no 図書館選択; libraries left empty");
}

#[test]
fn calendar_without_its_heading_or_its_script_is_a_layout_error() {
    let page = without(&real("calendar-1.html"), r"<h1>図書館カレンダー</h1>");
    let err = calendar::parse_calendar(&Html::parse_document(&page)).unwrap_err();
    assert!(layout_detail(err).contains("図書館カレンダー"));
    // A script this parser does not know: "no closed days" would be a guess.
    let page = real("calendar-1.html")
        .replace("showCalender", "drawMonths")
        .replace("holiday", "kyukan");
    let err = calendar::parse_calendar(&Html::parse_document(&page)).unwrap_err();
    assert!(layout_detail(err).contains("showCalender"));
}

// ---- 利用者情報 (modelled: the simulator's page) ----

fn user_info_page() -> String {
    let lib = seed::library(Seed::Demo, today());
    html_account::user_info_page(&lib, &lib.accounts[0], HASH, &[])
}

#[test]
fn user_info_without_a_row_reads_null_and_notes_it() {
    let body = without(
        &user_info_page(),
        r"<tr><th>電話番号（携帯）</th><td>[^<]*</td></tr>",
    );
    take_notes();
    let info = settings::parse_user_info(&Html::parse_document(&body)).unwrap();
    assert_eq!(info.mobile_phone, None);
    assert!(
        info.home_phone.is_some(),
        "電話番号（自宅） is still read as the home phone"
    );
    assert!(info.email.is_some());
    assert_noted(&take_notes(), "mobile_phone left empty");
}

#[test]
fn user_info_labels_are_read_in_other_wordings() {
    let body = user_info_page()
        .replace("<th>電話番号（自宅）</th>", "<th>自宅電話番号：</th>")
        .replace("<th>メールアドレス</th>", "<th>Ｅメールアドレス</th>");
    let info = settings::parse_user_info(&Html::parse_document(&body)).unwrap();
    let lib = seed::library(Seed::Demo, today());
    assert_eq!(info.home_phone, lib.accounts[0].home_phone);
    assert_eq!(info.email, lib.accounts[0].email);
}

#[test]
fn another_bracketed_phone_label_is_not_the_mobile() {
    let lib = seed::library(Seed::Demo, today());
    let body = without(
        &user_info_page(),
        r"<tr><th>電話番号（携帯）</th><td>[^<]*</td></tr>",
    )
    .replace("<th>電話番号（自宅）</th>", "<th>電話番号（自宅電話）</th>")
    .replace("<th>メールアドレス</th>", "<th>登録メールアドレス</th>")
    .replace("<th>受取館</th>", "<th>予約受取館</th>");
    let info = settings::parse_user_info(&Html::parse_document(&body)).unwrap();
    assert_eq!(info.home_phone, lib.accounts[0].home_phone);
    assert_eq!(info.mobile_phone, None);
    assert!(!info.shows("mobile_phone") && info.shows("home_phone"));
    assert_eq!(info.email, lib.accounts[0].email);
    assert_eq!(info.pickup_library.as_deref(), Some("中央図書館"));
}

#[test]
fn a_row_saying_nothing_is_registered_is_shown_a_missing_row_is_not() {
    let lib = seed::library(Seed::Demo, today());
    // The family card has no e-mail address: its row says 未登録.
    let family = html_account::user_info_page(&lib, &lib.accounts[1], HASH, &[]);
    let info = settings::parse_user_info(&Html::parse_document(&family)).unwrap();
    assert_eq!(info.email, None);
    assert!(info.shows("email"));
    let body = without(&family, r"<tr><th>メールアドレス</th><td>[^<]*</td></tr>");
    let info = settings::parse_user_info(&Html::parse_document(&body)).unwrap();
    assert!(!info.shows("email"));
}

#[test]
fn a_table_without_any_user_info_label_is_not_the_screen() {
    let body = without(&user_info_page(), r"(?s)<tbody>.*?</tbody>");
    let err = settings::parse_user_info(&Html::parse_document(&body)).unwrap_err();
    assert!(matches!(err, ClientError::Layout { .. }));
}

// ---- landmarks the writes rely on stay required ----

#[test]
fn pages_read_before_a_write_are_refused_without_their_landmarks() {
    // Every shelf write reads the list first; the attributes table marks it.
    let page = real("shelves-1.html").replace("summary=\"本棚属性\"", "summary=\"本棚情報\"");
    assert!(layout_detail(parse::shelf_page(&page).unwrap_err()).contains("本棚属性"));
    // The alert writes and the limit rely on a whole list: the count line says so.
    let lib = seed::library(Seed::Demo, today());
    let body = html_sdi::alert_menu_page(&lib, &lib.accounts[0], HASH, &[], None)
        .replace("件の条件", "件の登録条件");
    assert!(layout_detail(alert::alert_list_page(&body).unwrap_err()).contains("count line"));
    // The settings writes verify their outcome on the user information table.
    let body = user_info_page().replace("summary=\"利用者情報\"", "summary=\"利用者詳細\"");
    let err = settings::parse_user_info(&Html::parse_document(&body)).unwrap_err();
    assert!(layout_detail(err).contains("利用者情報"));
}
