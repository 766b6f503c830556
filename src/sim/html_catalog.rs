//! The catalogue screens, from templates cut out of the real pages
//! (`search-form-1`, `search-3`, `search-1/2`, `detail-1` in
//! `tests/fixtures/real/nishinomiya/`): the detailed-search form (also as
//! the zero-hit answer with its dialog), the result list and the title
//! detail for both entries (read-only `tiles.WTifTilDetail` with an empty
//! hash, and `tiles.WTifTilDetail2` with the session hash for reserving).

use super::catalog::{Holding, Title};
use super::form::{field, text};
use super::html::{PORTAL, esc, fill, hidden_inputs, page, row_parity};
use super::search::{self as routes, SearchSession};
use super::state::{Account, Library};

const FORM: &str = include_str!("templates/tif_form.html");
const DIALOG: &str = include_str!("templates/tif_dialog.html");
const LIST_SCRIPT: &str = include_str!("templates/tif_list_script.html");
const LIST_HEAD: &str = include_str!("templates/tif_list_head.html");
const LIST_ROW: &str = include_str!("templates/tif_list_row.html");
const LIST_FOOT: &str = include_str!("templates/tif_list_foot.html");
const DETAIL_SCRIPT: &str = include_str!("templates/detail_script.html");
const DETAIL_BODY: &str = include_str!("templates/detail_body.html");
const DETAIL_HOLDING: &str = include_str!("templates/detail_holding.html");

pub const SCREEN_FORM: &str = "tiles.WTifSchCmpd";
pub const SCREEN_LIST: &str = "tiles.WTifTilList";
pub const SCREEN_DETAIL: &str = "tiles.WTifTilDetail";
pub const SCREEN_DETAIL_WRITE: &str = "tiles.WTifTilDetail2";

const MESSAGES_BLOCK: &str =
    "<center>\n<div id=\"messages\" style=\"display:none\">\n<ul>\n</ul>\n</div></center>\n";

/// Items of the keyword rows, as the real page lists them.
pub const ITEMS: [(&str, &str); 13] = [
    ("0", "書名"),
    ("10", "&nbsp;&nbsp;&nbsp;本書名"),
    ("11", "&nbsp;&nbsp;&nbsp;副書名"),
    ("12", "&nbsp;&nbsp;&nbsp;叢書名"),
    ("13", "&nbsp;&nbsp;&nbsp;多巻書名"),
    ("1", "著者名"),
    ("14", "&nbsp;&nbsp;&nbsp;内容著者"),
    ("15", "&nbsp;&nbsp;&nbsp;多巻著者"),
    ("2", "出版者"),
    ("3", "件名"),
    ("16", "&nbsp;&nbsp;&nbsp;個人件名"),
    ("4", "内容注記"),
    ("7", "全項目"),
];
/// Items of the code row (`condition3`).
pub const CODE_ITEMS: [(&str, &str); 3] = [
    ("5", "分類"),
    ("6", "ＩＳＢＮ／ＩＳＳＮ"),
    ("9", "タイトルコード"),
];
const RANGES: [(&str, &str); 4] = [
    ("0", "この言葉を含む"),
    ("1", "この言葉で始まる"),
    ("2", "この言葉と一致する"),
    ("3", "この言葉で終わる"),
];
const MIXINGS: [(&str, &str); 3] = [
    ("0", "かつ（AND条件）"),
    ("1", "または（OR条件）"),
    ("2", "除く（NOT条件）"),
];
/// 資料種別: (code, element id, label, checked by default).
pub const KINDS: [(&str, &str, &str, bool); 8] = [
    ("1", "ClassifiGeneralInput", "一般", true),
    ("2", "ClassifiChildInput", "児童", true),
    ("3", "ClassifiMagazineInput", "雑誌・新聞", true),
    ("4", "ClassifiMediaInput", "ＣＤ", true),
    ("5", "ClassifiOtherInput", "ビデオ・ＤＶＤ", true),
    ("6", "ClassifiGeneralInput6", "デイジー", true),
    ("7", "ClassifiGeneralInput7", "その他視聴覚", false),
    ("8", "ClassifiGeneralInput8", "大型絵本", false),
];
const DISPMAX: [(&str, &str); 4] = [
    ("10", "10件"),
    ("20", "20件"),
    ("50", "50件"),
    ("100", "100件"),
];
const DISPORDER: [(&str, &str); 12] = [
    ("0", "書名順(あ→ん)"),
    ("1", "書名逆順(ん→あ)"),
    ("2", "著者名順(あ→ん)"),
    ("3", "著者名逆順(ん→あ)"),
    ("4", "出版者名順(あ→ん)"),
    ("5", "出版者名逆順(ん→あ)"),
    ("6", "出版年順"),
    ("7", "出版年逆順"),
    ("8", "分類順"),
    ("9", "分類逆順"),
    ("10", "シリーズ順(あ→ん)"),
    ("11", "シリーズ逆順(ん→あ)"),
];
const YEARSELECT: [(&str, &str); 2] = [("0", "出版年月"), ("1", "発行年月")];
pub const STOCK: [(&str, &str); 3] = [
    ("1", "全て表示"),
    ("2", "貸出可のみ"),
    ("3", "館内閲覧のみ"),
];
/// The sortable headers: (sort key, placeholder, header text).
pub const SORT_HEADERS: [(&str, &str, &str); 6] = [
    ("SLSTITL.TILSHU", "TILSHU", "書誌種別"),
    ("SLSTITL.TITLE_RD,SLSTITL.VOLUME_NUM_ST", "TITLE", "書名"),
    ("SLSTITL.AUTHER_RD", "AUTHOR", "著者"),
    ("SLSTITL.PUBLISH_ST", "PUBLISHER", "出版者"),
    ("SLSTITL.PUBYMD_ST", "PUBYMD", "出版年月"),
    ("SLSTITL.NDC1,SLSTITL.NDC2,SLSTITL.NDC3", "NDC", "分類"),
];
pub const TITLE_KEY: &str = "SLSTITL.TITLE_RD,SLSTITL.VOLUME_NUM_ST";

/// `<option>`s in the real page's layout.
fn options(list: &[(&str, &str)], selected: &str) -> String {
    list.iter()
        .map(|(code, label)| {
            let sel = if *code == selected { " selected" } else { "" };
            format!("\t\t\t\t<option value='{code}'{sel}>\n\t\t\t\t\t{label}\n\t\t\t\t</option>\n")
        })
        .collect()
}

fn has(pairs: &[(String, String)], name: &str, value: &str) -> bool {
    pairs.iter().any(|(k, v)| k == name && v == value)
}

/// The zero-hit (or other) dialog of a form answer and the echo of the request.
pub struct Dialog<'a> {
    pub message: &'a str,
    pub echo: &'a [(String, String)],
}

fn dialog_block(d: &Dialog<'_>) -> String {
    let echo = hidden_inputs(d.echo, "\t\t\t\t");
    fill(DIALOG, &[("MESSAGE", d.message), ("ECHO", &echo)])
}

/// 詳細検索. With `posted`, the form comes back filled with the request
/// (as the site answers a search that listed nothing), with `dialog` saying why.
pub fn form_page(
    lib: &Library,
    account: Option<&Account>,
    hash: &str,
    posted: Option<&[(String, String)]>,
    dialog: Option<&Dialog<'_>>,
) -> String {
    let value = |name: &str, default: &str| -> String {
        posted
            .map(|p| text(p, name))
            .unwrap_or_else(|| default.to_string())
    };
    let kinds: String = KINDS
        .iter()
        .map(|(code, id, label, default)| {
            let on = posted.map_or(*default, |p| has(p, "mngshus", code));
            let checked = if on { "\t\t\t\t\t\t\tchecked\n" } else { "" };
            format!(
                "\t\t\t<input type=\"checkbox\" id=\"{id}\" name=\"mngshus\" value=\"{code}\" class=\"w-auto\"\nonClick=\"funSelOne(this)\"\n{checked}\t\t\t\t><label for=\"{id}\">{label}</label>\n"
            )
        })
        .collect();
    let libraries: String = lib
        .branches
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let on = posted.map_or(b.pickup, |p| has(p, "loccods", &b.code));
            let checked = if on { "\t\t\t\tchecked\n" } else { "" };
            format!(
                "\t<label for=\"loccods{i}\" class=\"w-fixed\">\n\t<input type=\"checkbox\" id=\"loccods{i}\" name=\"loccods\" value=\"{}\"  class=\"forminputac\"\n{checked}\t\t>{}\n\t\t</label>\n",
                esc(&b.code),
                esc(&b.name)
            )
        })
        .collect();
    let flag = |name: &str| match posted {
        Some(_) if name.starts_with("targets") => "novalue".to_string(),
        Some(p) => field(p, name).unwrap_or("nocheck").to_string(),
        None => String::new(),
    };
    let mut vars: Vec<(String, String)> = vec![
        ("MESSAGES".into(), String::new()),
        ("HASH".into(), esc(hash)),
        ("PORTAL".into(), PORTAL.into()),
        ("KINDS".into(), kinds),
        ("LIBRARIES".into(), libraries),
        (
            "DISPMAX_OPTIONS".into(),
            options(&DISPMAX, &value("dispmaxnum", "10")),
        ),
        (
            "DISPORDER_OPTIONS".into(),
            options(&DISPORDER, &value("disporder", "0")),
        ),
        (
            "YEARSELECT_OPTIONS".into(),
            options(&YEARSELECT, &value("yearselect", "0")),
        ),
    ];
    for name in [
        "chkflg",
        "loccodschkflg",
        "langcodschkflg",
        "targetsChkflg",
        "targetsAvChkflg",
        "tilkbncodschkflg",
    ] {
        vars.push((name.to_uppercase(), esc(&flag(name))));
    }
    for name in ["yearstart", "monthstart", "yearend", "monthend"] {
        vars.push((name.to_uppercase(), esc(&value(name, ""))));
    }
    for (n, default) in [("1", "0"), ("2", "1"), ("4", "2"), ("5", "3")] {
        let temprange = posted
            .and_then(|p| field(p, &format!("temprange{n}")))
            .unwrap_or("0")
            .to_string();
        vars.push((format!("TEMPRANGE{n}"), esc(&temprange)));
        vars.push((
            format!("COND{n}_OPTIONS"),
            options(&ITEMS, &value(&format!("condition{n}"), default)),
        ));
        vars.push((
            format!("COND{n}_TEXT"),
            esc(&value(&format!("condition{n}Text"), "")),
        ));
        let range = posted
            .and_then(|p| field(p, &format!("range{n}")))
            .unwrap_or("0");
        vars.push((format!("RANGE{n}_OPTIONS"), options(&RANGES, range)));
        vars.push((
            format!("MIXING{n}_OPTIONS"),
            options(&MIXINGS, &value(&format!("mixing{n}"), "0")),
        ));
    }
    let code = value("condition3", "5");
    vars.push(("COND3_OPTIONS".into(), options(&CODE_ITEMS, &code)));
    vars.push(("COND3_TEXT".into(), esc(&value("condition3Text", ""))));
    let range3 = match posted.and_then(|p| field(p, "range3")) {
        Some(r) if code != "5" => r.to_string(),
        _ if posted.is_some() && code == "5" => "1".to_string(),
        _ => "0".to_string(),
    };
    vars.push(("RANGE3_OPTIONS".into(), options(&RANGES, &range3)));
    let refs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut body = fill(FORM, &refs);
    if let Some(d) = dialog {
        body.push_str(&dialog_block(d));
    }
    let panks = if posted.is_some() {
        "<a href='#' onclick =\"javascript:forwardTo('WOpacTifSchCmpdDispAction.do')\" > 詳細検索</a> >  検索結果書誌一覧"
    } else {
        "詳細検索"
    };
    page("詳細検索", account, hash, panks, &body)
}

fn sort_label(key: &str, s: &SearchSession) -> Option<&'static str> {
    let effective = if s.sort_key.is_empty() {
        TITLE_KEY
    } else {
        s.sort_key.as_str()
    };
    if key != effective {
        return None;
    }
    Some(if s.sort_key.is_empty() || s.is_asc == "1" {
        "▲"
    } else {
        "▼"
    })
}

fn paging(s: &SearchSession, start: usize, link_hash: &str) -> String {
    let per = s.per_page.max(1);
    let total = s.shown.len();
    if total <= per {
        return String::new();
    }
    let pages = total.div_ceil(per);
    let current = start / per;
    let key = esc(&s.sort_key);
    let link = |index: usize, text: &str| {
        format!(
            "<a href=\"WOpacTifTilListDispAction.do?sortKey={key}&startIndex={}&hash={link_hash}\">{text}</a>",
            index * per
        )
    };
    let mut out = String::new();
    if current > 0 {
        out.push_str(&format!("\t\t{}\n", link(0, "最初へ&nbsp;")));
        out.push_str(&format!("\t\t{}\n", link(current - 1, "前へ&nbsp;")));
    }
    let first = current.saturating_sub(4);
    let last = (first + 10).min(pages);
    for p in first..last {
        if p == current {
            out.push_str(&format!(
                "\t\t\t<span class=\"cur\">{}&nbsp;</span>\n",
                p + 1
            ));
        } else {
            out.push_str(&format!(
                "\t\t\t\t{}\n",
                link(p, &format!("{}&nbsp;", p + 1))
            ));
        }
    }
    if current + 1 < pages {
        out.push_str(&format!("\t\t{}\n", link(current + 1, "次へ")));
        out.push_str(&format!("\t\t{}\n", link(pages - 1, "最後へ&nbsp;")));
    }
    out
}

fn imasugu(account: Option<&Account>, tilcod: &str) -> String {
    match account {
        Some(_) => format!("imasuguyoyk('{tilcod}')"),
        None => format!("imasuguyoyklogin('WYoyConfirm','{tilcod}')"),
    }
}

fn author_line(t: &Title) -> String {
    t.bib.author_role().unwrap_or_default()
}

/// 検索結果書誌一覧: the session's list from row `start` (0-based).
pub fn list_page(
    lib: &Library,
    account: Option<&Account>,
    hash: &str,
    s: &SearchSession,
    start: usize,
) -> String {
    let per = s.per_page.max(1);
    let rows: Vec<&Title> = s
        .shown
        .iter()
        .skip(start)
        .take(per)
        .filter_map(|t| lib.title(t))
        .collect();
    let query: String = s
        .query
        .iter()
        .map(|(label, text)| format!("{label}：<span class=\"force\">{}　　</span>", esc(text)))
        .collect::<Vec<_>>()
        .join("　");
    let (first, last) = if rows.is_empty() {
        (0, 0)
    } else {
        (start + 1, start + rows.len())
    };
    let mut vars: Vec<(String, String)> = vec![
        ("HASH".into(), esc(hash)),
        ("LINK_HASH".into(), esc(hash)),
        ("SORT_KEY".into(), esc(&s.sort_key)),
        ("IS_ASC".into(), esc(&s.is_asc)),
        ("OLD_SORT_KEY".into(), esc(&s.sort_key)),
        ("ROWS_PER_PAGE".into(), per.to_string()),
        ("QUERY".into(), query),
        ("TOTAL".into(), s.shown.len().to_string()),
        ("FIRST".into(), first.to_string()),
        ("LAST".into(), last.to_string()),
        ("STOCK_OPTIONS".into(), options(&STOCK, &s.stock)),
        (
            "DISPMAX_OPTIONS".into(),
            options(&DISPMAX, &per.to_string()),
        ),
        ("SORT_START".into(), start.to_string()),
    ];
    for (key, ph, text) in SORT_HEADERS {
        let arrow = sort_label(key, s).unwrap_or_default();
        vars.push((format!("H_{ph}"), format!("{text}{arrow}")));
    }
    let refs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut body = String::from(MESSAGES_BLOCK);
    body.push_str(LIST_SCRIPT);
    body.push_str(&fill(LIST_HEAD, &refs));
    let mut isyoy = String::new();
    for (i, t) in rows.iter().enumerate() {
        let n = start + i + 1;
        let mut row_vars: Vec<(String, String)> = vec![
            ("ODDEVEN".into(), row_parity(n).into()),
            ("N".into(), n.to_string()),
            ("I".into(), i.to_string()),
            ("KIND".into(), esc(&t.bib.material_type)),
            ("TILCOD".into(), esc(&t.bib.tilcod)),
            ("TITLE".into(), format!("{}　", esc(&t.bib.title))),
            ("AUTHOR".into(), esc(&author_line(t))),
            (
                "PUBLISHER".into(),
                esc(t.bib.publisher.as_deref().unwrap_or_default()),
            ),
            ("PUBYMD".into(), esc(&t.published)),
            ("NDC".into(), esc(&t.ndc)),
            (
                "LEND".into(),
                if routes::lendable(t) { "○" } else { "×" }.into(),
            ),
            ("IMASUGU".into(), imasugu(account, &t.bib.tilcod)),
        ];
        for (key, ph, _) in SORT_HEADERS {
            let here = sort_label(key, s).is_some();
            row_vars.push((
                format!("S_{ph}"),
                if here {
                    " class=\"sorthere\"".into()
                } else {
                    String::new()
                },
            ));
        }
        let refs: Vec<(&str, &str)> = row_vars
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        body.push_str(&fill(LIST_ROW, &refs));
        isyoy.push_str(&format!(
            "$.post(\"getIsYoy.do\",{{ tilcod:\"{t}\" }}, function(data, status) {{if (data) {{if (data.isYoy == \"1\") {{$(\"#yoycartButton{i}\").css(\"display\",\"inline\");$(\"#yoyButton{i}\").css(\"display\",\"inline\");}} else {{$(\"#yoycartButton{i}\").css(\"display\",\"none\");$(\"#yoyButton{i}\").css(\"display\",\"none\");}}}}}},\"json\");",
            t = t.bib.tilcod
        ));
    }
    body.push_str(&fill(
        LIST_FOOT,
        &[
            ("PAGING", &paging(s, start, &esc(hash))),
            ("ISYOY", &isyoy),
            ("PORTAL", PORTAL),
        ],
    ));
    let panks = "<a href='#' onclick =\"javascript:forwardTo('WOpacTifSchCmpdDispAction.do')\" > 詳細検索</a> >  検索結果書誌一覧";
    page("検索結果書誌一覧", account, hash, panks, &body)
}

const ROW_PLAIN: &str = "\t\t\t\t\t\t\t\t\t<tr>\n\t\t\t\t\t\t\t\t\t\t\t\t<th style=\"color:rgb(6,123,0)\">{{LABEL}}</th>\n\t\t\t\t\t\t\t\t\t <td>{{VALUE}}</td>\n\t\t\t\t\t\t\t</tr>\n";
const ROW_LINK: &str = "\t\t\t\t\t\t\t\t\t<tr>\n\t\t\t\t\t\t\t\t\t\t\t\t<th style=\"color:rgb(6,123,0)\">{{LABEL}}</th>\n\t\t\t\t\t\t\t\t\t\t\t<td>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<a href=\"javascript:void(0)\" onclick =\"javascript:toTilVol({{KIND}},'{{VALUE}}');\">{{VALUE}}</a>\n\t\t        \t \t\t\t\t\t\t</td>\n\t\t\t\t\t\t\t</tr>\n";
const ROW_TITLE: &str = "\t\t\t\t\t\t\t\t\t<tr>\n\t\t\t\t\t\t\t\t\t\t\t\t<th style=\"color:rgb(6,123,0)\">書名</th>\n\t\t\t\t\t\t\t\t\t\t\t<td>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<h3 style=\"background:url('lbcommon/webopac/img/i_book.png') no-repeat left top;padding-left:35px;line-height:1.2em;\">\n\t\t\t\t\t\t\t\t\t\t\t\t\t{{VALUE}}\n\t\t\t\t\t\t        \t \t\t</h3>\n\t\t\t\t\t\t        \t \t\t</td>\n\t\t\t\t\t\t\t</tr>\n";

fn row(template: &str, label: &str, value: &str, kind: &str) -> String {
    fill(
        template,
        &[("LABEL", label), ("VALUE", &esc(value)), ("KIND", kind)],
    )
}

/// `2015/03` → `2015.3`, `1998/00` → `1998` (the detail page's 出版年月).
fn dotted(published: &str) -> String {
    match published.split_once('/') {
        Some((y, m)) => match m.parse::<u8>() {
            Ok(0) | Err(_) => y.to_string(),
            Ok(m) => format!("{y}.{m}"),
        },
        None => published.to_string(),
    }
}

fn holding_row(lib: &Library, t: &Title, n: usize, h: &Holding) -> String {
    fill(
        DETAIL_HOLDING,
        &[
            ("N", &n.to_string()),
            (
                "LIBRARY",
                &esc(lib.branch_name(&h.library_code).unwrap_or(&h.library_code)),
            ),
            ("ITEM_NO", &esc(&h.item_no)),
            ("ITEM_KIND", &esc(routes::item_kind(t))),
            ("CALL_NO", &esc(&h.call_no)),
            ("LOCATION", &esc(&h.location)),
            ("LOAN_CLASS", routes::loan_class(h)),
            ("STATUS", &esc(&h.status)),
            (
                "LEND",
                if routes::holding_lendable(h) {
                    "○"
                } else {
                    "×"
                },
            ),
        ],
    )
}

/// 検索結果書誌詳細. `write_entry` renders `tiles.WTifTilDetail2` (the
/// entry reservations start from) with the session hash; otherwise the
/// read-only `tiles.WTifTilDetail` with an empty hash.
pub fn detail_page(
    lib: &Library,
    account: Option<&Account>,
    session_hash: &str,
    t: &Title,
    write_entry: bool,
) -> String {
    detail_page_with(lib, account, session_hash, t, write_entry, &[], "")
}

/// The detail page answering a write from it (マイ本棚への追加): the site's
/// messages in `div#messages`, and `trailer` (e.g. a `prevRequestForm`) at the end.
pub fn detail_page_with(
    lib: &Library,
    account: Option<&Account>,
    session_hash: &str,
    t: &Title,
    write_entry: bool,
    messages: &[&str],
    trailer: &str,
) -> String {
    let hash = if write_entry { session_hash } else { "" };
    let author = author_line(t);
    let publisher = t.bib.publisher.clone().unwrap_or_default();
    let published = dotted(&t.published);
    let mut summary = row(ROW_TITLE, "書名", &format!("{}　", t.bib.title), "");
    if !author.is_empty() {
        summary.push_str(&row(ROW_LINK, "著者名", &author, "2"));
    }
    if !publisher.is_empty() {
        summary.push_str(&row(ROW_LINK, "出版者", &publisher, "3"));
    }
    summary.push_str(&row(ROW_PLAIN, "出版年月", &published, ""));
    let mut detail = row(ROW_PLAIN, "タイトルコード", &t.bib.tilcod, "");
    detail.push_str(&row(ROW_PLAIN, "書誌種別", &t.bib.material_type, ""));
    detail.push_str(&row(ROW_PLAIN, "書名", &format!("{}　", t.bib.title), ""));
    if !author.is_empty() {
        detail.push_str(&row(ROW_LINK, "著者名", &author, "2"));
    }
    if !publisher.is_empty() {
        detail.push_str(&row(ROW_LINK, "出版者", &publisher, "3"));
    }
    detail.push_str(&row(ROW_PLAIN, "出版年月", &published, ""));
    if let Some(isbn) = &t.isbn {
        detail.push_str(&row(ROW_PLAIN, "ISBN", isbn, ""));
    }
    if let Some(subject) = &t.subject {
        detail.push_str(&row(ROW_LINK, "件名1", subject, "5"));
    }
    detail.push_str(&row(ROW_LINK, "分類記号", &t.ndc, "4"));
    detail.push_str(&row(ROW_PLAIN, "言語区分", "日本語", ""));
    let holdings: String = t
        .holdings
        .iter()
        .enumerate()
        .map(|(i, h)| holding_row(lib, t, i + 1, h))
        .collect();
    let mut shelves = String::from("\t\t\t\t\t\t\t\t<option value='0'>追加先の本棚選択</option>\n");
    if let Some(a) = account {
        for shelf in &a.shelves {
            shelves.push_str(&format!(
                "\t\t\t\t\t\t\t\t<option value='{}'>{}</option>\n",
                shelf.number,
                esc(&shelf.name)
            ));
        }
        shelves.push_str("\t\t\t\t\t\t\t\t<option value='999 '>新規登録</option>\n");
    }
    let login_note = |what: &str| match account {
        Some(_) => String::new(),
        None => format!(
            "<a href=\"#\" onclick=\"javascript:login()\"><strong>ログイン</strong></a>{what}"
        ),
    };
    let cover = match account {
        Some(_) => String::new(),
        None => format!(
            "<div class=\"small\">{}</div>",
            login_note("すると表紙画像を<br>ご覧になれます")
        ),
    };
    let shelf_note = match account {
        Some(_) => String::new(),
        None => format!(
            "<span>{}</span>",
            login_note("するとマイ本棚を利用できます")
        ),
    };
    let isbn_digits: String = t
        .isbn
        .as_deref()
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let in_stock = t.available();
    let vars: Vec<(&str, String)> = vec![
        ("ISLOGIN", if account.is_some() { "1" } else { "0" }.into()),
        ("HASH", esc(hash)),
        ("AMAZON_ISBN", isbn_digits),
        ("TILCOD", esc(&t.bib.tilcod)),
        (
            "GAMENID",
            if write_entry {
                SCREEN_DETAIL_WRITE
            } else {
                SCREEN_DETAIL
            }
            .into(),
        ),
        ("KIND", esc(&t.bib.material_type)),
        ("COVER_NOTE", cover),
        ("RESERVATIONS", t.reservations.to_string()),
        ("COPIES", t.holdings.len().to_string()),
        ("IN_STOCK", in_stock.to_string()),
        ("SUMMARY_ROWS", summary),
        ("IMASUGU", imasugu(account, &t.bib.tilcod)),
        ("SHELF_NOTE", shelf_note),
        ("SHELF_OPTIONS", shelves),
        ("HOLDINGS", holdings),
        ("RELATED", String::new()),
        ("DETAIL_ROWS", detail),
        ("PORTAL", PORTAL.into()),
    ];
    let refs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut body = MESSAGES_BLOCK.replace(
        "<ul>\n</ul>",
        &format!("<ul>\n{}</ul>", super::html::message_items(messages)),
    );
    body.push_str(DETAIL_SCRIPT);
    body.push_str(&fill(DETAIL_BODY, &refs));
    body.push_str(trailer);
    let panks = "<a href='#' onclick =\"javascript:forwardTo('WOpacTifSchCmpdDispAction.do')\" > 詳細検索</a> > <a href='#' onclick =\"javascript:forwardTo('WOpacTifTilListDispAction.do')\" > 検索結果書誌一覧</a> >  検索結果書誌詳細";
    page("検索結果書誌詳細", account, hash, panks, &body)
}
