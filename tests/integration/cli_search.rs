//! End-to-end: `search`, `show` and `libraries` against the simulator. The
//! catalogue is public: none of these log in.

use crate::common;

use common::{Env, bare_cmd, stdout_json};
use predicates::prelude::*;
use serde_json::Value;
use toshokan::sim::Faults;
use toshokan::sim::catalog::Title;

/// `search ARGS --json`, which must succeed: the hits.
fn search(env: &Env, args: &[&str]) -> Vec<Value> {
    let out = env.run(["search"].iter().chain(args).chain(&["--json"]));
    assert_eq!(out.code, Some(0), "search {args:?}: {}", out.stderr);
    out.results()
}

fn ids(hits: &[Value]) -> Vec<String> {
    let mut ids: Vec<String> = hits
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

fn expected(env: &Env, keep: impl Fn(&Title) -> bool) -> Vec<String> {
    let mut ids: Vec<String> = env
        .sim
        .library()
        .catalog
        .iter()
        .filter(|t| keep(t))
        .map(|t| t.bib.tilcod.clone())
        .collect();
    ids.sort();
    ids
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn search_by_words_json_fields_and_no_login() {
    let env = Env::new();
    let hits = search(&env, &["夏目漱石", "--all"]);
    let want = expected(&env, |t| {
        t.bib.author.as_deref().map(compact).as_deref() == Some("夏目漱石")
    });
    assert!(want.len() > 20, "the demo catalogue has many");
    assert_eq!(ids(&hits), want, "全項目 ignores the space in 夏目 漱石");
    for field in [
        "id",
        "title",
        "author",
        "publisher",
        "material_type",
        "published",
        "classification",
        "available",
    ] {
        assert!(hits[0].get(field).is_some(), "hit field {field}");
    }
    assert!(hits.iter().all(|h| h["author"] == "夏目 漱石"));
    assert!(hits.iter().all(|h| h["available"].is_boolean()));
    let requests = env.requests();
    assert!(
        requests.iter().all(|r| !r.contains("j_security_check")),
        "no login: {requests:?}"
    );
    assert!(!env.session_file("default").exists());
}

#[test]
fn search_by_each_field() {
    let env = Env::new();
    let lib = env.sim.library();
    let sample = lib
        .catalog
        .iter()
        .find(|t| t.isbn.is_some() && t.subject.is_some())
        .unwrap()
        .clone();

    let hits = search(&env, &["--title", "富士山", "--all"]);
    assert_eq!(
        ids(&hits),
        expected(&env, |t| t.bib.title.contains("富士山"))
    );

    let hits = search(&env, &["--author", "宮沢", "--all"]);
    assert_eq!(
        ids(&hits),
        expected(&env, |t| t
            .bib
            .author
            .as_deref()
            .is_some_and(|a| a.contains("宮沢")))
    );

    let hits = search(&env, &["--publisher", "静岡新聞社", "--all"]);
    assert_eq!(
        ids(&hits),
        expected(&env, |t| t.bib.publisher.as_deref() == Some("静岡新聞社"))
    );

    let subject = sample.subject.clone().unwrap();
    let hits = search(&env, &["--subject", &subject, "--all"]);
    assert_eq!(
        ids(&hits),
        expected(&env, |t| t
            .subject
            .as_deref()
            .is_some_and(|s| s.contains(&subject)))
    );

    let isbn = sample.isbn.clone().unwrap();
    let hits = search(&env, &["--isbn", &isbn]);
    assert_eq!(ids(&hits), std::slice::from_ref(&sample.bib.tilcod));
    let hits = search(&env, &["--isbn", &isbn.replace('-', "")]);
    assert_eq!(
        ids(&hits),
        std::slice::from_ref(&sample.bib.tilcod),
        "with or without hyphens"
    );

    // Several conditions are ANDed.
    let hits = search(&env, &["静岡", "--author", "夏目", "--all"]);
    assert_eq!(
        ids(&hits),
        expected(&env, |t| {
            let all = [
                t.bib.title.as_str(),
                t.bib.author.as_deref().unwrap_or_default(),
                t.bib.publisher.as_deref().unwrap_or_default(),
                t.subject.as_deref().unwrap_or_default(),
            ];
            all.iter().any(|f| f.contains("静岡"))
                && t.bib.author.as_deref().is_some_and(|a| a.contains("夏目"))
        })
    );
}

#[test]
fn search_by_kind_sends_the_forms_own_codes() {
    let env = Env::new();
    let hits = search(&env, &["静岡", "--type", "children", "--all"]);
    assert!(!hits.is_empty());
    assert!(
        hits.iter().all(|h| h["material_type"] == "児童図書"),
        "{hits:?}"
    );
    let posted = env
        .sim
        .requests()
        .into_iter()
        .find(|r| r.path.contains("WOpacTifSchCmpdExecAction.do"))
        .unwrap()
        .form;
    let kinds: Vec<&str> = posted
        .iter()
        .filter(|(n, _)| n == "mngshus")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(kinds, ["2"]);
    assert!(posted.contains(&("chkflg".into(), "check".into())));
    assert!(posted.contains(&("condition1".into(), "7".into())));
    assert!(
        !posted.iter().any(|(n, _)| n == "range1" || n == "range3"),
        "disabled ranges are not sent"
    );

    // Japanese labels and several kinds.
    let hits = search(&env, &["静岡", "--type", "雑誌,ＣＤ", "--all"]);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h["material_type"] == "雑誌" || h["material_type"] == "ＣＤ")
    );

    // An unknown kind is a usage error listing the site's kinds; nothing is searched.
    env.clear_log();
    env.cmd()
        .args(["search", "静岡", "--type", "comics"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("一般").and(predicate::str::contains("大型絵本")));
    assert!(
        env.requests().iter().all(|r| !r.contains("ExecAction")),
        "{:?}",
        env.requests()
    );
}

#[test]
fn search_by_year_range() {
    let env = Env::new();
    let hits = search(
        &env,
        &[
            "静岡",
            "--year-from",
            "2000",
            "--year-to",
            "2005-06",
            "--all",
        ],
    );
    assert!(!hits.is_empty());
    for h in &hits {
        let p = h["published"].as_str().unwrap();
        assert!(("2000"..="2005-06").contains(&p), "{p}");
    }
    let hits_all = search(&env, &["静岡", "--all"]);
    let in_range = hits_all
        .iter()
        .filter(|h| {
            let p = h["published"].as_str().unwrap_or_default();
            ("2000"..="2005-06").contains(&p)
        })
        .count();
    assert_eq!(hits.len(), in_range);
    env.cmd()
        .args(["search", "静岡", "--year-from", "20"])
        .assert()
        .code(2);
    env.cmd()
        .args(["search", "静岡", "--year-from", "2010", "--year-to", "2000"])
        .assert()
        .code(2);
}

#[test]
fn available_uses_the_stock_filter() {
    let env = Env::new();
    let all = search(&env, &["静岡", "--all"]);
    env.clear_log();
    let hits = search(&env, &["静岡", "--available", "--all"]);
    assert!(hits.iter().all(|h| h["available"] == true));
    let lendable = all.iter().filter(|h| h["available"] == true).count();
    assert_eq!(hits.len(), lendable);
    assert!(hits.len() < all.len());
    let stock = env
        .sim
        .requests()
        .into_iter()
        .find(|r| {
            r.path
                .contains("WOpacWebTifTilListStockStateSearchAction.do")
        })
        .expect("the stock filter was posted");
    assert!(stock.form.contains(&("stockState".into(), "2".into())));
    assert!(
        stock
            .form
            .contains(&("gamenid".into(), "tiles.WTifTilList".into()))
    );
}

#[test]
fn sort_with_direction() {
    let env = Env::new();
    let hits = search(&env, &["静岡", "--sort", "published", "--desc", "--all"]);
    let dates: Vec<&str> = hits
        .iter()
        .filter_map(|h| h["published"].as_str())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let sorts = env
        .requests()
        .iter()
        .filter(|r| r.contains("notPageSort=1"))
        .count();
    assert_eq!(
        sorts, 2,
        "ascending first, the same key again for descending"
    );

    env.clear_log();
    let hits = search(&env, &["静岡", "--sort", "author", "--all"]);
    let authors: Vec<&str> = hits.iter().filter_map(|h| h["author"].as_str()).collect();
    assert!(authors.windows(2).all(|w| w[0] <= w[1]), "{authors:?}");
    let sorts = env
        .requests()
        .iter()
        .filter(|r| r.contains("notPageSort=1"))
        .count();
    assert_eq!(sorts, 1);

    // Pages keep the sort: the hidden sortKey goes along, as the paging links have it.
    env.clear_log();
    let hits = search(&env, &["静岡", "--sort", "class", "--all"]);
    let classes: Vec<&str> = hits
        .iter()
        .filter_map(|h| h["classification"].as_str())
        .collect();
    assert!(classes.windows(2).all(|w| w[0] <= w[1]), "{classes:?}");
    assert!(
        env.requests().iter().any(|r| r.ends_with(
            "WOpacTifTilListDispAction.do?sortKey=SLSTITL.NDC1,SLSTITL.NDC2,SLSTITL.NDC3&startIndex=20&hash="
        )),
        "{:?}",
        env.requests()
    );

    let hits = search(&env, &["静岡", "--sort", "title", "--desc"]);
    let titles: Vec<&str> = hits.iter().filter_map(|h| h["title"].as_str()).collect();
    assert!(titles.windows(2).all(|w| w[0] >= w[1]), "{titles:?}");
}

#[test]
fn pages_and_all() {
    let env = Env::new();
    env.clear_log();
    let all = search(&env, &["静岡", "--all"]);
    let total = all.len();
    assert!(total > 40, "at least three pages: {total}");
    let pages = total.div_ceil(20);
    let requests = env.requests();
    assert_eq!(requests.len(), 2 + (pages - 1), "{requests:?}");
    assert!(requests[0].starts_with("GET /licsxp-opac/WOpacTifSchCmpdDispAction.do"));
    assert!(requests[1].starts_with("POST /licsxp-opac/WOpacTifSchCmpdExecAction.do?tifschcmpd=1"));
    assert!(requests[2].contains("startIndex=20"));
    assert_eq!(ids(&all).len(), total);
    let mut unique = ids(&all);
    unique.dedup();
    assert_eq!(unique.len(), total, "no page twice");

    let first = search(&env, &["静岡"]);
    assert_eq!(first.len(), 20);
    assert_eq!(first, all[..20].to_vec());
    let second = search(&env, &["静岡", "--page", "2"]);
    assert_eq!(second, all[20..40].to_vec());

    // A page past the end is a usage error.
    env.cmd()
        .args(["search", "静岡", "--page", "999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("999"));
    // People get the count on stderr, programs only the array.
    env.cmd()
        .args(["search", "静岡"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "{total} hits, page 1 of {pages}"
        )));
    env.cmd()
        .args(["search", "静岡", "--page", "2", "--json"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

#[test]
fn zero_hits_is_an_empty_list() {
    let env = Env::new();
    env.cmd()
        .args(["search", "ぬゅぬゅぬゅぬゅ", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
    env.cmd()
        .args(["search", "ぬゅぬゅぬゅぬゅ"])
        .assert()
        .success()
        // Said once: no "0 hits" line after it.
        .stderr(
            predicate::str::contains("No titles found")
                .and(predicate::str::contains("0 hits").not()),
        );
    env.cmd()
        .args([
            "search",
            "ぬゅぬゅぬゅぬゅ",
            "--available",
            "--sort",
            "title",
            "--page",
            "3",
            "--json",
        ])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn nothing_left_after_the_stock_filter_is_an_empty_list() {
    let env = Env::new();
    let lib = env.sim.library();
    let lent = lib
        .catalog
        .iter()
        .find(|t| t.isbn.is_some() && !toshokan::sim::search::lendable(t))
        .unwrap();
    let isbn = lent.isbn.clone().unwrap();
    let hits = search(&env, &["--isbn", &isbn]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["available"], false);
    env.cmd()
        .args([
            "search",
            "--isbn",
            &isbn,
            "--available",
            "--sort",
            "title",
            "--page",
            "2",
            "--json",
        ])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn usage_errors_before_any_request() {
    let env = Env::new();
    env.clear_log();
    env.cmd().arg("search").assert().code(2);
    env.cmd()
        .args(["search", "--isbn", "12345"])
        .assert()
        .code(2);
    env.cmd().args(["search", "x", "--desc"]).assert().code(2);
    env.cmd()
        .args(["search", "x", "--page", "2", "--all"])
        .assert()
        .code(2);
    env.cmd().args(["show", "12345"]).assert().code(2);
    env.cmd().args(["show", "100000096176x"]).assert().code(2);
    assert!(env.requests().is_empty(), "{:?}", env.requests());
    // Five keyword conditions for four rows: refused after reading the form.
    env.cmd()
        .args([
            "search",
            "a",
            "--title",
            "b",
            "--author",
            "c",
            "--publisher",
            "d",
            "--subject",
            "e",
        ])
        .assert()
        .code(2);
    assert!(env.requests().iter().all(|r| !r.contains("ExecAction")));
}

#[test]
fn show_a_title() {
    let env = Env::new();
    let lib = env.sim.library();
    let t = lib.catalog.iter().find(|t| t.holdings.len() >= 2).unwrap();
    env.clear_log();
    let out = env
        .cmd()
        .args(["show", &t.bib.tilcod, "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = stdout_json(&out);
    assert_eq!(d["id"], t.bib.tilcod.as_str());
    assert_eq!(d["title"], t.bib.title.as_str());
    assert_eq!(d["author"], t.bib.author.as_deref().unwrap());
    assert_eq!(d["publisher"], t.bib.publisher.as_deref().unwrap());
    assert_eq!(d["copies"], t.holdings.len());
    assert_eq!(d["in_stock"], t.available());
    assert_eq!(d["reservations"], t.reservations);
    assert_eq!(d["holdings"].as_array().unwrap().len(), t.holdings.len());
    for field in [
        "published",
        "isbn",
        "call_number",
        "classification",
        "subjects",
        "material_type",
        "fields",
    ] {
        assert!(d.get(field).is_some(), "detail field {field}");
    }
    let h = &d["holdings"][0];
    for field in [
        "library",
        "item_no",
        "material_type",
        "call_number",
        "location",
        "loan_class",
        "status",
        "available",
    ] {
        assert!(h.get(field).is_some(), "holding field {field}");
    }
    assert_eq!(
        h["library"],
        lib.branch_name(&t.holdings[0].library_code).unwrap()
    );
    assert_eq!(
        env.requests(),
        [format!(
            "GET /licsxp-opac/WOpacTifTilListToTifTilDetailAction.do?urlNotFlag=1&tilcod={}",
            t.bib.tilcod
        )]
    );
    // People get two tables.
    env.cmd()
        .args(["show", &t.bib.tilcod])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(t.bib.title.as_str()).and(predicate::str::contains("Library")),
        );
}

#[test]
fn show_an_unknown_title() {
    let env = Env::new();
    env.cmd()
        .args(["show", "1234567890123"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such title"));
    env.cmd()
        .args(["show", "1234567890123", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"kind\":\"usage\""));
}

#[test]
fn libraries_as_the_site_lists_them() {
    let env = Env::new();
    let out = env.cmd().args(["libraries", "--json"]).output().unwrap();
    assert!(out.status.success());
    let list = stdout_json(&out);
    let got: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["code"].as_str().unwrap().to_string(),
                b["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = env
        .sim
        .library()
        .branches
        .iter()
        .map(|b| (b.code.clone(), b.name.clone()))
        .collect();
    assert_eq!(got, want);
    assert!(got.iter().any(|(_, n)| n == "清水中央図書館"));
    env.cmd()
        .arg("libraries")
        .assert()
        .success()
        .stdout(predicate::str::contains("御幸町図書館"));
}

#[test]
fn site_trouble_maps_to_exit_codes() {
    let env = Env::new();
    env.sim.set_faults(Faults {
        maintenance: true,
        ..Faults::default()
    });
    env.cmd().args(["search", "静岡"]).assert().code(5);
    env.cmd().args(["libraries"]).assert().code(5);
    env.sim.set_faults(Faults {
        changed_layout: true,
        ..Faults::default()
    });
    env.cmd().args(["search", "静岡"]).assert().code(6);
    let lib = env.sim.library();
    env.cmd()
        .args(["show", &lib.catalog[0].bib.tilcod])
        .assert()
        .code(6);
    env.sim.set_faults(Faults {
        http_500: true,
        ..Faults::default()
    });
    env.cmd()
        .args(["show", &lib.catalog[0].bib.tilcod])
        .assert()
        .code(5);
}

#[test]
fn demo_search_works_offline() {
    let dir = tempfile::tempdir().unwrap();
    let out = bare_cmd(dir.path())
        .env("TOSHOKAN_CONFIG_DIR", dir.path().join("config"))
        .args(["--demo", "search", "夏目漱石", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hits = stdout_json(&out);
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["author"] == "夏目 漱石"));
    let id = hits[0]["id"].as_str().unwrap().to_string();
    bare_cmd(dir.path())
        .env("TOSHOKAN_CONFIG_DIR", dir.path().join("config"))
        .args(["--demo", "show", &id])
        .assert()
        .success()
        .stdout(predicate::str::contains("夏目 漱石"));
}
