//! The catalogue parsers on the real pages (tests/fixtures/, facts from
//! CONDENSED.md) and on the simulator's pages of the same screens.

use toshokan::cli::Seed;
use toshokan::client::catalog::{SearchForm, SearchQuery, search_body};
use toshokan::client::parse::detail;
use toshokan::client::parse::search::{self, Answer, ResultPage};
use toshokan::sim::catalog_routes::{self, SearchSession};
use toshokan::sim::{html_catalog, seed};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn names(form: &toshokan::client::form::Form) -> Vec<String> {
    form.pairs().iter().map(|(n, _)| n.clone()).collect()
}

fn list(body: &str) -> ResultPage {
    match search::answer_page(body).unwrap() {
        Answer::List(page) => page,
        Answer::NoHits => panic!("expected a result list"),
    }
}

const HASH: &str = "0123456789abcdef0123456789abcdef01234567";

fn today() -> jiff::civil::Date {
    "2026-11-28".parse().unwrap()
}

fn url() -> url::Url {
    "http://127.0.0.1/licsxp-opac/WOpacTifSchCmpdDispAction.do"
        .parse()
        .unwrap()
}

// ---------------------------------------------------------------- real pages

#[test]
fn catalogue_fixtures_are_crlf() {
    for name in [
        "real/nishinomiya/search-form-1.html",
        "real/nishinomiya/search-1.html",
        "real/nishinomiya/search-2.html",
        "real/nishinomiya/search-3.html",
        "real/nishinomiya/detail-1.html",
    ] {
        assert!(fixture(name).contains("\r\n"), "{name}");
    }
}

#[test]
fn real_result_page_one() {
    let page = list(&fixture("real/nishinomiya/search-1.html"));
    assert_eq!(page.total, 49);
    assert_eq!((page.first, page.last), (1, 20));
    assert_eq!(page.per_page, 20);
    assert_eq!(page.hits.len(), 20);
    let available = page
        .hits
        .iter()
        .filter(|h| h.available == Some(true))
        .count();
    let lent = page
        .hits
        .iter()
        .filter(|h| h.available == Some(false))
        .count();
    assert_eq!((available, lent), (18, 2));
    assert_eq!(page.hits[3].available, Some(false), "row 4 is ×");
    assert_eq!(page.hits[4].available, Some(false), "row 5 is ×");

    let first = &page.hits[0];
    assert_eq!(first.id, "1000001045325");
    assert_eq!(first.material_type, "児童図書");
    assert_eq!(
        first.title,
        "心にひびくマンガの名言　第2期1　困難を乗り越える"
    );
    assert_eq!(first.author, None, "an empty author cell");
    assert_eq!(first.publisher.as_deref(), Some("学研プラス"));
    assert_eq!(first.published.as_deref(), Some("2016-02"));
    assert_eq!(first.classification.as_deref(), Some("15"));
    assert_eq!(page.hits[1].material_type, "視聴覚");
    assert_eq!(
        page.hits[2].published.as_deref(),
        Some("1998"),
        "1998/00 has no month"
    );
    assert_eq!(page.hits[3].id, "3000000014123");
    assert_eq!(page.hits[3].author.as_deref(), Some("高橋 洋樹"));
    assert_eq!(page.hits[3].classification.as_deref(), Some("D2ﾄﾗ"));
    assert_eq!(
        page.hits[4].title,
        "ドラゴンボール超スーパーヒーロー　(集英社みらい文庫 と-5-2)"
    );
    assert_eq!(page.hits[4].author.as_deref(), Some("鳥山 明"));
    for hit in &page.hits[5..] {
        assert_eq!(hit.material_type, "コミック");
        assert_eq!(hit.author.as_deref(), Some("鳥山明"));
        assert_eq!(hit.publisher.as_deref(), Some("集英社"));
        assert_eq!(hit.classification.as_deref(), Some("726ﾄﾘ"));
        assert!(hit.title.starts_with("ドラゴンボール　巻"), "{}", hit.title);
    }
    assert_eq!(page.hits[5].id, "1001000252300");
    assert_eq!(page.hits[5].title, "ドラゴンボール　巻１　孫悟空と仲間たち");
    assert_eq!(page.hits[19].id, "1001000317287");

    // Default order: hidden sortKey/isAsc empty although the header shows 書名▲.
    assert_eq!(page.sort_key, "");
    assert_eq!(page.ascending, None);
    let headers: Vec<&str> = page.sort_links.iter().map(|(h, ..)| h.as_str()).collect();
    assert_eq!(
        headers,
        ["書誌種別", "書名", "著者", "出版者", "出版年月", "分類"]
    );
    let published = page
        .sort_links
        .iter()
        .find(|(h, ..)| h == "出版年月")
        .unwrap();
    assert_eq!(published.1, "SLSTITL.PUBYMD_ST");
    assert_eq!(
        published.2,
        "WOpacTifTilListDispAction.do?sortKey=SLSTITL.PUBYMD_ST&startIndex=0&notPageSort=1&hash="
    );
    let stock: Vec<(&str, &str)> = page
        .stock_options
        .iter()
        .map(|c| (c.code.as_str(), c.label.as_str()))
        .collect();
    assert_eq!(
        stock,
        [
            ("1", "全て表示"),
            ("2", "貸出可のみ"),
            ("3", "館内閲覧のみ")
        ]
    );
    assert_eq!(page.form.get("gamenid"), Some("tiles.WTifTilList"));
    assert_eq!(page.form.get("stockState"), Some("1"));
}

#[test]
fn real_result_page_two_sorted_by_date_descending() {
    let page = list(&fixture("real/nishinomiya/search-2.html"));
    assert_eq!(page.total, 49);
    assert_eq!((page.first, page.last), (21, 40));
    assert_eq!(page.hits.len(), 20);
    assert_eq!(page.sort_key, "SLSTITL.PUBYMD_ST");
    assert_eq!(page.ascending, Some(false));
    let lent: Vec<&str> = page
        .hits
        .iter()
        .filter(|h| h.available == Some(false))
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(lent, ["1001000317306"], "19 ○ / 1 ×, the × is No. 23");
    assert_eq!(
        page.hits[2].title,
        "ドラゴンボール　巻３３　セルゲーム始まる"
    );
    assert_eq!(page.hits[2].published.as_deref(), Some("1992"));
    assert_eq!(page.hits[0].id, "1001000317302");
    assert_eq!(page.hits[0].published.as_deref(), Some("1992-06"));
    assert_eq!(page.hits[19].id, "1001000252312");
    assert_eq!(page.hits[19].published.as_deref(), Some("1988-02"));
    let years: Vec<&str> = page
        .hits
        .iter()
        .filter_map(|h| h.published.as_deref())
        .map(|p| &p[..4])
        .collect();
    assert!(
        years.windows(2).all(|w| w[0] >= w[1]),
        "descending: {years:?}"
    );
    assert!(page.hits.iter().all(|h| h.material_type == "コミック"));
}

#[test]
fn real_zero_hit_page_is_an_empty_answer() {
    let body = fixture("real/nishinomiya/search-3.html");
    assert_eq!(search::answer_page(&body).unwrap(), Answer::NoHits);
    let doc = scraper::Html::parse_document(&body);
    assert_eq!(
        search::dialog_messages(&doc),
        ["該当する書誌がありません。"]
    );
    // A plain form page is not a zero-hit answer.
    let err = search::answer_page(&fixture("real/nishinomiya/search-form-1.html")).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Layout { .. }),
        "{err:?}"
    );
    // Nor is a loan list.
    let err = search::answer_page(&fixture("real/nishinomiya/loans-1.html")).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Layout { .. }),
        "{err:?}"
    );
}

#[test]
fn real_search_form_choices() {
    let form = search::form_page(&fixture("real/nishinomiya/search-form-1.html")).unwrap();
    let kinds: Vec<(&str, &str, bool)> = form
        .kinds
        .iter()
        .map(|c| (c.code.as_str(), c.label.as_str(), c.checked))
        .collect();
    assert_eq!(
        kinds,
        [
            ("1", "一般", true),
            ("2", "児童", true),
            ("3", "雑誌・新聞", true),
            ("4", "ＣＤ", true),
            ("5", "ビデオ・ＤＶＤ", true),
            ("6", "デイジー", true),
            ("7", "その他視聴覚", false),
            ("8", "大型絵本", false),
        ]
    );
    assert_eq!(form.libraries.len(), 13);
    assert_eq!(
        (
            form.libraries[0].code.as_str(),
            form.libraries[0].label.as_str()
        ),
        ("001", "中央図書館")
    );
    assert_eq!(form.libraries[1].label, "北口図書館");
    let last = &form.libraries[12];
    assert_eq!(
        (last.code.as_str(), last.label.as_str(), last.checked),
        ("304", "男女共同", false)
    );
    assert_eq!(form.libraries.iter().filter(|c| c.checked).count(), 12);
    let slots: Vec<&str> = form.slots.iter().map(|s| s.select.as_str()).collect();
    assert_eq!(
        slots,
        [
            "condition1",
            "condition2",
            "condition4",
            "condition5",
            "condition3"
        ]
    );
    assert_eq!(form.slots[0].item("全項目"), Some("7"));
    assert_eq!(
        form.slots[0].item("本書名"),
        Some("10"),
        "&nbsp; indentation is not part of the label"
    );
    assert_eq!(form.slots[4].item("ＩＳＢＮ／ＩＳＳＮ"), Some("6"));
    assert_eq!(form.slots[4].range.as_deref(), Some("range3"));
}

/// CONDENSED.md spells out what a browser sends for one title keyword;
/// the client sends the same (with 20 rows a page instead of 10).
#[test]
fn search_body_is_what_the_browser_sends() {
    let form =
        SearchForm::from_page(&fixture("real/nishinomiya/search-form-1.html"), url()).unwrap();
    let q = SearchQuery {
        title: Some("ドラゴンボール".into()),
        ..SearchQuery::default()
    };
    let body = search_body(&form, &q).unwrap();
    let mut expected: Vec<(String, String)> = [
        ("chu_search_ini", "1"),
        ("hash", ""),
        ("jin", "0"),
        ("returnid", ""),
        ("gamenid", "tiles.WTifSchCmpd"),
        ("chkflg", "check"),
        ("loccodschkflg", "check"),
        ("langcodschkflg", "nocheck"),
        ("targetsChkflg", "nocheck"),
        ("targetsAvChkflg", "nocheck"),
        ("tifKanrabtn", "1"),
        ("tilkbncodschkflg", ""),
        ("temprange1", "0"),
        ("temprange2", "0"),
        ("temprange4", "0"),
        ("temprange5", "0"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect();
    for k in 1..=6 {
        expected.push(("mngshus".into(), k.to_string()));
    }
    for (n, v) in [
        ("condition1", "0"),
        ("condition1Text", "ドラゴンボール"),
        ("range1", "0"),
        ("mixing1", "0"),
        ("condition2", "1"),
        ("condition2Text", ""),
        ("range2", "0"),
        ("mixing2", "0"),
        ("condition4", "2"),
        ("condition4Text", ""),
        ("range4", "0"),
        ("mixing4", "0"),
        ("condition5", "3"),
        ("condition5Text", ""),
        ("range5", "0"),
        ("mixing5", "0"),
        ("condition3", "5"),
        ("condition3Text", ""),
        ("dispmaxnum", "20"),
        ("disporder", "0"),
        ("inputseioncheck", "input_seion_checked"),
        ("input_seion", "input_seion_checked"),
        ("jyanruLabel", ""),
        ("yearselect", "0"),
        ("yearstart", ""),
        ("monthstart", ""),
        ("yearend", ""),
        ("monthend", ""),
    ] {
        expected.push((n.into(), v.into()));
    }
    for code in [
        "001", "002", "003", "004", "101", "102", "103", "104", "105", "106", "107", "109",
    ] {
        expected.push(("loccods".into(), code.into()));
    }
    assert_eq!(body.pairs(), expected.as_slice());
}

#[test]
fn search_body_sets_rows_kinds_isbn_and_years_as_the_scripts_do() {
    let form =
        SearchForm::from_page(&fixture("real/nishinomiya/search-form-1.html"), url()).unwrap();
    let q = SearchQuery {
        words: Some("夏目漱石".into()),
        author: Some("漱".into()),
        isbn: Some("978-4-04-067384-4".into()),
        kinds: vec!["2".into(), "8".into()],
        year_from: Some(toshokan::client::catalog::YearMonth {
            year: 2000,
            month: None,
        }),
        year_to: Some(toshokan::client::catalog::YearMonth {
            year: 2010,
            month: Some(6),
        }),
        ..SearchQuery::default()
    };
    let body = search_body(&form, &q).unwrap();
    assert_eq!(body.get("condition1"), Some("7"));
    assert_eq!(body.get("condition1Text"), Some("夏目漱石"));
    assert_eq!(body.count("range1"), 0, "全項目 disables its range");
    assert_eq!(body.get("condition2"), Some("1"));
    assert_eq!(body.get("condition2Text"), Some("漱"));
    assert_eq!(
        body.count("range2"),
        0,
        "a one-character word disables its range"
    );
    assert_eq!(body.get("range4"), Some("0"));
    assert_eq!(body.get("condition3"), Some("6"));
    assert_eq!(body.get("condition3Text"), Some("9784040673844"));
    assert_eq!(body.count("range3"), 0);
    let kinds: Vec<&str> = body
        .pairs()
        .iter()
        .filter(|(n, _)| n == "mngshus")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(kinds, ["2", "8"]);
    assert_eq!(body.get("chkflg"), Some("check"));
    // The kinds stay where the form has them: before the keyword rows.
    let at = |name: &str| body.pairs().iter().position(|(n, _)| n == name).unwrap();
    assert!(at("temprange5") < at("mngshus") && at("mngshus") < at("condition1"));
    assert_eq!(body.get("yearstart"), Some("2000"));
    assert_eq!(body.get("monthstart"), Some(""));
    assert_eq!(body.get("yearend"), Some("2010"));
    assert_eq!(body.get("monthend"), Some("6"));
}

#[test]
fn real_detail_page() {
    let body = fixture("real/nishinomiya/detail-1.html");
    let d = detail::detail_page(&body).unwrap().expect("a title");
    assert_eq!(d.id, "1000000961766");
    assert_eq!(d.title, "愛の哲学");
    assert_eq!(d.author.as_deref(), Some("柴門 ふみ"));
    assert_eq!(d.publisher.as_deref(), Some("KADOKAWA"));
    assert_eq!(d.published.as_deref(), Some("2015-03"));
    assert_eq!(d.isbn.as_deref(), Some("4-04-067384-4"));
    assert_eq!(d.classification.as_deref(), Some("Sｻｲ"));
    assert_eq!(d.subjects, ["愛"]);
    assert_eq!(d.material_type.as_deref(), Some("一般図書"));
    assert_eq!(
        (d.copies, d.in_stock, d.reservations),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(d.holdings.len(), 1);
    let h = &d.holdings[0];
    assert_eq!(h.library, "北口図書館");
    assert_eq!(h.item_no.as_deref(), Some("412396145"));
    assert_eq!(h.material_type.as_deref(), Some("一般和書"));
    assert_eq!(h.call_number.as_deref(), Some("Sｻｲ/ｻｱE/"));
    assert_eq!(h.location.as_deref(), Some("一般開架"));
    assert_eq!(h.loan_class.as_deref(), Some("帯出可"));
    assert_eq!(h.status, "在庫", "the &nbsp; after 在庫 is dropped");
    assert_eq!(h.available, Some(true));
    assert_eq!(d.call_number.as_deref(), Some("Sｻｲ/ｻｱE/"), "from the copy");
    let field = |label: &str| {
        d.fields
            .iter()
            .find(|f| f.label == label)
            .map(|f| f.value.as_str())
    };
    assert_eq!(field("書名ヨミ"), Some("アイ ノ テツガク"));
    assert_eq!(
        field("著者名"),
        Some("柴門 ふみ／著"),
        "fields keep the site's text"
    );
    assert_eq!(field("ページ数"), Some("164p"));
    assert!(field("内容紹介").is_some_and(|t| t.starts_with("「東京ラブストーリー」")));
    assert_eq!(
        d.fields.iter().filter(|f| f.label == "書名").count(),
        1,
        "the summary's repeats are dropped"
    );
    // The form a reservation re-posts: 29 controls in the real order.
    let form = toshokan::client::parse::page_form(&body, "LBForm").unwrap();
    assert_eq!(names(&form), DETAIL_CONTROLS);
}

const DETAIL_CONTROLS: [&str; 29] = [
    "islogin",
    "gamentilcod",
    "prevORnext",
    "preNextTilcod",
    "hash",
    "syurui",
    "syuruivalue",
    "returnid",
    "diccod",
    "syuruiName",
    "btnflg",
    "execflg",
    "amazonUrl",
    "aWSAccessKeyId",
    "secretAccessKey",
    "associateTag",
    "version",
    "responseGroup",
    "amazonIsbn",
    "storeId",
    "amazonDispFlag",
    "kensakuFlg",
    "kensaku",
    "yoy_directtilcod",
    "tilcod",
    "refCode",
    "gamenid",
    "booklist",
    "commnt",
];

#[test]
fn an_unknown_title_answer_is_none() {
    let body = fixture("real/nishinomiya/search-3.html");
    assert_eq!(detail::detail_page(&body).unwrap(), None);
    let err = detail::detail_page(&fixture("real/nishinomiya/loans-1.html")).unwrap_err();
    assert!(
        matches!(err, toshokan::client::ClientError::Layout { .. }),
        "{err:?}"
    );
}

// ------------------------------------------------------------ simulator pages

fn library() -> toshokan::sim::Library {
    seed::library(Seed::Demo, today())
}

#[test]
fn sim_form_has_the_real_controls_and_lists_the_branches() {
    let lib = library();
    let page = html_catalog::form_page(&lib, None, "", None, None);
    assert!(page.contains("\r\n"));
    let real = toshokan::client::parse::page_form(
        &fixture("real/nishinomiya/search-form-1.html"),
        "LBForm",
    )
    .unwrap();
    let sim = toshokan::client::parse::page_form(&page, "LBForm").unwrap();
    assert_eq!(names(&sim), names(&real), "same controls in the same order");
    let form = search::form_page(&page).unwrap();
    let branches: Vec<(String, String)> = lib
        .branches
        .iter()
        .map(|b| (b.code.clone(), b.name.clone()))
        .collect();
    let listed: Vec<(String, String)> = form
        .libraries
        .iter()
        .map(|c| (c.code.clone(), c.label.clone()))
        .collect();
    assert_eq!(listed, branches);
    assert_eq!(form.kinds.len(), 8);
    assert_eq!(form.slots.len(), 5);
}

fn sim_search(
    lib: &toshokan::sim::Library,
    q: &SearchQuery,
) -> Result<SearchSession, &'static str> {
    let page = html_catalog::form_page(lib, None, "", None, None);
    let form = SearchForm::from_page(&page, url()).unwrap();
    let body = search_body(&form, q).unwrap();
    catalog_routes::execute(lib, body.pairs())
}

#[test]
fn sim_result_list_round_trips_through_the_parser() {
    let lib = library();
    let q = SearchQuery {
        words: Some("静岡".into()),
        ..SearchQuery::default()
    };
    let session = sim_search(&lib, &q).unwrap();
    assert!(session.shown.len() > 20, "several pages");
    assert_eq!(session.per_page, 20);
    let page = html_catalog::list_page(&lib, None, "", &session, 20);
    let parsed = list(&page);
    assert_eq!(parsed.total as usize, session.shown.len());
    assert_eq!((parsed.first, parsed.per_page), (21, 20));
    let real = list(&fixture("real/nishinomiya/search-1.html"));
    assert_eq!(
        names(&parsed.form),
        names(&real.form),
        "same LBForm controls"
    );
    let real_headers: Vec<&str> = real.sort_links.iter().map(|(h, ..)| h.as_str()).collect();
    let sim_headers: Vec<&str> = parsed.sort_links.iter().map(|(h, ..)| h.as_str()).collect();
    assert_eq!(sim_headers, real_headers);
    for (hit, code) in parsed.hits.iter().zip(&session.shown[20..]) {
        let t = lib.title(code).unwrap();
        assert_eq!(hit.id, t.bib.tilcod);
        assert_eq!(hit.title, t.bib.title);
        assert_eq!(hit.author, t.bib.author);
        assert_eq!(hit.publisher, t.bib.publisher);
        assert_eq!(hit.material_type, t.bib.material_type);
        assert_eq!(hit.classification.as_deref(), Some(t.ndc.as_str()));
        assert_eq!(hit.available, Some(catalog_routes::lendable(t)));
        assert_eq!(
            hit.published,
            toshokan::model::catalog::published_from_site(&t.published)
        );
    }
}

#[test]
fn sim_zero_hits_is_the_form_with_the_dialog() {
    let lib = library();
    let q = SearchQuery {
        words: Some("ぬゅぬゅぬゅぬゅ".into()),
        ..SearchQuery::default()
    };
    assert_eq!(sim_search(&lib, &q).unwrap_err(), catalog_routes::NO_HITS);
    let page = html_catalog::form_page(
        &lib,
        None,
        "",
        Some(&[("condition1Text".into(), "ぬゅぬゅぬゅぬゅ".into())]),
        Some(&html_catalog::Dialog {
            message: catalog_routes::NO_HITS,
            echo: &[("tifschcmpd".into(), "1".into())],
        }),
    );
    assert_eq!(search::answer_page(&page).unwrap(), Answer::NoHits);
    let echo = toshokan::client::parse::page_form(&page, "prevRequestForm").unwrap();
    assert_eq!(echo.get("tifschcmpd"), Some("1"));
}

#[test]
fn sim_detail_pages_for_both_entries() {
    let lib = library();
    let t = lib.catalog.iter().find(|t| t.holdings.len() > 1).unwrap();
    for write in [false, true] {
        let page = html_catalog::detail_page(&lib, None, HASH, t, write);
        let d = detail::detail_page(&page).unwrap().expect("a title");
        assert_eq!(d.id, t.bib.tilcod);
        assert_eq!(d.title, t.bib.title);
        assert_eq!(d.author, t.bib.author);
        assert_eq!(d.publisher, t.bib.publisher);
        assert_eq!(d.isbn, t.isbn);
        assert_eq!(d.classification.as_deref(), Some(t.ndc.as_str()));
        assert_eq!(d.subjects, t.subject.iter().cloned().collect::<Vec<_>>());
        assert_eq!(d.copies, Some(t.holdings.len() as u32));
        assert_eq!(d.in_stock, Some(t.available() as u32));
        assert_eq!(d.reservations, Some(t.reservations));
        assert_eq!(d.holdings.len(), t.holdings.len());
        for (got, want) in d.holdings.iter().zip(&t.holdings) {
            assert_eq!(
                Some(got.library.as_str()),
                lib.branch_name(&want.library_code)
            );
            assert_eq!(got.item_no.as_deref(), Some(want.item_no.as_str()));
            assert_eq!(got.call_number.as_deref(), Some(want.call_no.as_str()));
            assert_eq!(got.status, want.status);
        }
        let form = toshokan::client::parse::page_form(&page, "LBForm").unwrap();
        assert_eq!(names(&form), DETAIL_CONTROLS);
        if write {
            assert_eq!(form.get("gamenid"), Some("tiles.WTifTilDetail2"));
            assert_eq!(form.get("hash"), Some(HASH));
        } else {
            assert_eq!(form.get("gamenid"), Some("tiles.WTifTilDetail"));
            assert_eq!(form.get("hash"), Some(""));
        }
        assert!(page.contains(&format!(
            "imasuguyoyklogin('WYoyConfirm','{}')",
            t.bib.tilcod
        )));
    }
    // Logged in, the button reserves directly and the shelves are listed.
    let account = &lib.accounts[0];
    let page = html_catalog::detail_page(&lib, Some(account), HASH, t, true);
    assert!(page.contains(&format!("javascript:imasuguyoyk('{}');", t.bib.tilcod)));
    let form = toshokan::client::parse::page_form(&page, "LBForm").unwrap();
    assert_eq!(form.get("islogin"), Some("1"));
    assert_eq!(names(&form), DETAIL_CONTROLS);
}
