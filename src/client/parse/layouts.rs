//! What each screen must and may carry, and how LiCS-XP versions word it.
//!
//! This is the one place to teach the parsers a new site: a header wording
//! another library uses is one more string in its column's list. A
//! *required* fact is one without which a row is meaningless (a missing one
//! is a layout error, exit 6); an *optional* one the page may lack (it is
//! then `null` in JSON, `-` in tables, and a note under `-v`).
//!
//! Header texts are compared after [`normalise`]: NFKC, bracketed parts such
//! as `［⇔資料番号］` and sort arrows removed, no spaces. Wordings seen so far:
//! Nishinomiya 2026 (`tests/fixtures/real/nishinomiya`), Yamato 2016
//! (`tests/fixtures/real/yamato`), the template comments the product leaves
//! in its pages (e.g. `<!-- 貸出延長 -->`), and the `abbr` attributes of
//! header cells, which keep the product's internal column names.

use regex::Regex;
use scraper::ElementRef;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

use crate::client::text::squeeze;

/// Whether a row can be read without the fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
}

/// A fact a screen shows in a column (or under a label).
#[derive(Debug, Clone, Copy)]
pub struct Fact {
    /// The JSON field it fills (what `-v` notes and `doctor` name).
    pub name: &'static str,
    pub need: Need,
    /// Header (or label) texts, as [`normalise`] leaves them.
    pub wordings: &'static [&'static str],
    /// `abbr` values of the header cell, tried when no wording matched.
    pub abbrs: &'static [&'static str],
    /// What a cell of the column holds, tried on the first row when neither
    /// wording nor `abbr` matched.
    pub holds: Option<fn(ElementRef<'_>) -> bool>,
}

impl Fact {
    const fn required(name: &'static str, wordings: &'static [&'static str]) -> Fact {
        Fact {
            name,
            need: Need::Required,
            wordings,
            abbrs: &[],
            holds: None,
        }
    }
    const fn optional(name: &'static str, wordings: &'static [&'static str]) -> Fact {
        Fact {
            name,
            need: Need::Optional,
            wordings,
            abbrs: &[],
            holds: None,
        }
    }
    const fn abbr(mut self, abbrs: &'static [&'static str]) -> Fact {
        self.abbrs = abbrs;
        self
    }
    const fn holding(mut self, holds: fn(ElementRef<'_>) -> bool) -> Fact {
        self.holds = Some(holds);
        self
    }
    /// The wording people recognise (the first one), for messages.
    pub fn label(&self) -> &'static str {
        self.wordings.first().copied().unwrap_or(self.name)
    }
}

/// A data table: the screen it belongs to and its columns.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The screen's label in errors and notes.
    pub label: &'static str,
    pub columns: &'static [Fact],
}

/// Header text as compared: NFKC, `[…]`/`(…)` parts and sort arrows dropped,
/// whitespace removed.
pub fn normalise(text: &str) -> String {
    let nfkc: String = text.nfkc().collect();
    let mut out = String::new();
    let mut depth = 0usize;
    for c in nfkc.chars() {
        match c {
            '[' | '(' | '【' | '〔' => depth += 1,
            ']' | ')' | '】' | '〕' => depth = depth.saturating_sub(1),
            '▲' | '▼' | '△' | '▽' | '⇔' => {}
            c if c.is_whitespace() => {}
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Label text as compared when brackets matter (`電話番号（自宅）` and
/// `電話番号（携帯）` are two fields): NFKC, no whitespace, no trailing colon.
pub fn compact(text: &str) -> String {
    let nfkc: String = text.nfkc().filter(|c| !c.is_whitespace()).collect();
    nfkc.trim_end_matches(':').to_string()
}

/// Which of `facts` a label (a form table's `th`, a `<label>`, a header
/// link's text) names: a wording as written first, brackets kept, then as
/// [`normalise`] leaves both. A wording whose brackets tell it apart
/// (`電話番号（携帯）`) matches only as written: loosely it would be the bare
/// `電話番号`, and any other bracketed label (`電話番号（自宅電話）`) would be
/// taken for it.
pub fn label_of<'a>(facts: &'a [Fact], text: &str) -> Option<&'a Fact> {
    let exact = compact(text);
    let loose = normalise(text);
    facts
        .iter()
        .find(|f| f.wordings.iter().any(|w| compact(w) == exact))
        .or_else(|| {
            facts.iter().find(|f| {
                !loose.is_empty()
                    && f.wordings
                        .iter()
                        .filter(|w| normalise(w) == compact(w))
                        .any(|w| normalise(w) == loose)
            })
        })
}

/// A cell holding a link to a title's detail page (`para=`, `tilcod=`, `toDetail(…)`).
pub fn holds_detail_link(cell: ElementRef<'_>) -> bool {
    cell.select(sel!("a")).any(|a| {
        [a.value().attr("href"), a.value().attr("onclick")]
            .into_iter()
            .flatten()
            .any(|s| {
                s.contains("para=")
                    || s.contains("tilcod=")
                    || s.contains("hTilcod=")
                    || s.contains("toDetail(")
                    || s.contains("toTilInfoDetail(")
            })
    })
}

/// Wordings of the bibliographic facts many screens show (columns and
/// labels alike): a new wording for one of them is one string here.
pub mod words {
    pub const KIND: &[&str] = &["書誌種別", "資料種別", "種別"];
    pub const AUTHOR: &[&str] = &["著者名", "著者", "著者等", "責任表示"];
    pub const PUBLISHER: &[&str] = &["出版者", "出版社"];
    pub const PUBLISHED: &[&str] = &["出版年月", "出版年", "出版日"];
    pub const CLASS: &[&str] = &["分類", "分類記号", "NDC"];
}

/// The bibliographic facts several screens show alike, as columns or labels.
pub mod bib {
    use super::Fact;

    pub const KIND: Fact = Fact::optional("material_type", super::words::KIND);
    pub const AUTHOR: Fact = Fact::optional("author", super::words::AUTHOR);
    pub const PUBLISHER: Fact = Fact::optional("publisher", super::words::PUBLISHER);
    pub const CLASS: Fact = Fact::optional("classification", super::words::CLASS);
    pub const CALL: Fact = Fact::optional("call_number", &["請求記号"]);
}

/// 貸出状況一覧 (`tiles.WUsrLendList`): a loan needs its title and due date
/// (the id comes from the row's checkbox or detail link, anywhere in the row;
/// renewability from an `extend("…")` button, anywhere in the row).
pub mod loans {
    use super::{Fact, Table};

    pub const SUMMARIES: &[&str] = &["貸出状況一覧表"];
    pub const TITLE: Fact = Fact::required("title", &["資料名", "書名", "タイトル", "書誌情報"])
        .abbr(&["資料名", "書名"])
        .holding(super::holds_detail_link);
    pub const DUE: Fact =
        Fact::required("due_on", &["返却期日", "返却期限", "返却予定日"]).abbr(&["返却期日"]);
    pub const KIND: Fact = Fact::optional("material_type", super::words::KIND).abbr(&["書誌種別"]);
    pub const LIBRARY: Fact =
        Fact::optional("library", &["貸出館", "貸出場所"]).abbr(&["貸出返却窓口"]);
    pub const LOANED: Fact =
        Fact::optional("loaned_on", &["貸出日", "貸出開始日"]).abbr(&["貸出返却日時"]);
    pub const STATUS: Fact = Fact::optional("status", &["状態区分", "状態", "貸出状態"]);
    pub const RESERVATIONS: Fact =
        Fact::optional("reservations", &["予約数", "予約件数"]).abbr(&["予約数"]);
    pub const RENEWALS: Fact = Fact::optional("renewals", &["延長回数"]).abbr(&["延長回数"]);
    /// A message on the list answering a renewal's confirmation that says
    /// the site declined it (contained in the message, normalised). It wins
    /// over a due date that moved: another session may have renewed the
    /// loan meanwhile. No site's own wording was ever recorded
    /// (docs/protocol.md#renewal); this is the simulator's.
    pub const RENEW_REFUSALS: &[&str] = &["延長できません"];
    pub const TABLE: Table = Table {
        label: "loan list",
        columns: &[
            TITLE,
            DUE,
            KIND,
            LIBRARY,
            LOANED,
            STATUS,
            RESERVATIONS,
            RENEWALS,
        ],
    };
}

/// 予約状況一覧 (`tiles.WUsrRsvList`): a reservation needs its code (the row's
/// `yoykcode` input or a cancel/hide button), its title (and title code) and
/// its state.
pub mod reservations {
    use super::{Fact, Table};

    pub const SUMMARIES: &[&str] = &["予約状況一覧表"];
    pub const TITLE: Fact = Fact::required("title", &["資料名", "書名", "タイトル"])
        .abbr(&["資料名"])
        .holding(super::holds_detail_link);
    pub const STATE: Fact = Fact::required("status", &["予約状態", "状態", "予約状況"]);
    pub const KIND: Fact = Fact::optional("material_type", super::words::KIND).abbr(&["書誌種別"]);
    pub const PICKUP: Fact =
        Fact::optional("pickup_library", &["受取館", "受取場所", "受取館連絡方法"]);
    pub const DATES: Fact =
        Fact::optional("reserved_on", &["予約日", "予約日割当日", "予約受付日"]);
    pub const EXPIRES: Fact = Fact::optional("expires_on", &["予約期限", "有効期限"]);
    pub const QUEUE: Fact = Fact::optional("queue_position", &["順位", "予約順位"]);
    pub const HOLD: Fact = Fact::optional("hold_until", &["取置期限", "取置期限日", "取置日"]);
    pub const TABLE: Table = Table {
        label: "reservation list",
        columns: &[TITLE, STATE, KIND, PICKUP, DATES, EXPIRES, QUEUE, HOLD],
    };
}

/// A cell holding a publication date as the lists print it (`2016/02`,
/// `1998/00`, `2015.3`, `2015`).
pub fn holds_year_month(cell: ElementRef<'_>) -> bool {
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\d{4}(?:[/.]\d{1,2})?$").expect("valid regex"));
    DATE.is_match(&squeeze(cell))
}

/// A cell holding a lend flag (`○` / `×`).
pub fn holds_lend_flag(cell: ElementRef<'_>) -> bool {
    matches!(squeeze(cell).as_str(), "○" | "◯" | "〇" | "×" | "✕" | "✖")
}

/// 検索結果書誌一覧 (`tiles.WTifTilList`): a hit needs its title and title
/// code (from the title link, else wherever the row carries it: a
/// `toDetail(…)` link, the カート/予約 buttons). The table is found by its
/// `summary`, a landmark; the commented-out header block the product leaves
/// in the page shows the other wordings it uses (出版社, 出版年).
pub mod search {
    use super::{Fact, Table};

    pub const SUMMARIES: &[&str] = &["書誌一覧"];
    pub const TITLE: Fact =
        Fact::required("title", &["書名", "資料名", "タイトル"]).holding(super::holds_detail_link);
    pub use super::bib::{AUTHOR, CLASS, KIND, PUBLISHER};
    pub const PUBLISHED: Fact =
        Fact::optional("published", super::words::PUBLISHED).holding(super::holds_year_month);
    pub const LEND: Fact =
        Fact::optional("available", &["貸出", "貸出可否"]).holding(super::holds_lend_flag);
    pub const TABLE: Table = Table {
        label: "search results",
        columns: &[TITLE, KIND, AUTHOR, PUBLISHER, PUBLISHED, CLASS, LEND],
    };
}

/// 詳細検索 (`tiles.WTifSchCmpd`): the form needs its keyword rows
/// (`conditionN` + `conditionNText`); the kind and library checkboxes are
/// optional (a form without them searches every kind and library). The item
/// wordings are what the client looks for in a row's select.
pub mod search_form {
    pub const LABEL: &str = "detailed search form";
    /// 資料種別 checkboxes.
    pub const KINDS: &str = "mngshus";
    /// 検索対象図書館 checkboxes.
    pub const LIBRARIES: &str = "loccods";
    pub const ALL_FIELDS: &[&str] = &["全項目", "すべての項目", "キーワード"];
    pub const TITLE: &[&str] = &["書名", "タイトル"];
    pub const AUTHOR: &[&str] = super::words::AUTHOR;
    pub const PUBLISHER: &[&str] = super::words::PUBLISHER;
    pub const SUBJECT: &[&str] = &["件名"];
    pub const ISBN: &[&str] = &["ISBN/ISSN", "ISBN", "ISBN・ISSN"];
}

/// 新着資料ジャンル一覧 (`tiles.WMsgNewMenu`): a genre needs its code
/// (`newMenuCode=` / `infoNext('…')`) and name. The table is found by its
/// header: its `summary` is copied from the ranking screen.
pub mod genres {
    use super::{Fact, Table};

    pub const GENRE: Fact = Fact::required("genre", &["ジャンル", "ジャンル名", "分野"]);
    pub const TABLE: Table = Table {
        label: "new-arrival genres",
        columns: &[GENRE],
    };
}

/// 新着資料一覧 (`tiles.WMsgNewList`): an arrival needs its title and title
/// code, like a search hit. The table is found by its header (its `summary`
/// is the generic `1行目が見出しで、…`).
pub mod arrivals {
    use super::{Fact, Table};

    /// A new-arrival list shows a search result's columns, and 巻次.
    pub use super::search::{AUTHOR, CLASS, KIND, LEND, PUBLISHED, PUBLISHER, TITLE};
    pub const VOLUME: Fact = Fact::optional("volume", &["巻次", "巻号"]);
    pub const TABLE: Table = Table {
        label: "new arrivals",
        columns: &[
            TITLE, KIND, VOLUME, AUTHOR, PUBLISHER, PUBLISHED, CLASS, LEND,
        ],
    };
}

/// 検索結果書誌詳細 (`tiles.WTifTilDetail`): label/value rows of the
/// 詳細情報 tables (found by `summary`), the 蔵書情報 counts and the
/// 資料情報 holdings. A title needs its 書名 and its title code (the
/// タイトルコード row, else the page form's `tilcod`); everything else may be
/// missing. Labels are compared after [`normalise`], and numbered labels
/// (件名1, 件名2, …) without their number.
pub mod detail {
    use super::Fact;

    pub const LABEL: &str = "title detail";
    pub const SUMMARIES: &[&str] = &["詳細情報"];
    pub const COUNTS_SUMMARIES: &[&str] = &["蔵書情報"];
    pub const ID: Fact = Fact::required("id", &["タイトルコード", "書誌番号"]);
    pub const TITLE: Fact = Fact::required("title", &["書名", "タイトル", "本タイトル"]);
    pub use super::bib::{AUTHOR, CALL, CLASS, KIND, PUBLISHER};
    pub const PUBLISHED: Fact = Fact::optional("published", super::words::PUBLISHED);
    pub const ISBN: Fact = Fact::optional("isbn", &["ISBN", "ISBN/ISSN", "ISSN"]);
    pub const SUBJECTS: Fact = Fact::optional("subjects", &["件名"]);
    pub const COPIES: Fact = Fact::optional("copies", &["所蔵数"]).abbr(&["所蔵数"]);
    pub const IN_STOCK: Fact = Fact::optional("in_stock", &["在庫数"]).abbr(&["在庫数"]);
    pub const RESERVATIONS: Fact =
        Fact::optional("reservations", &["予約数", "予約件数"]).abbr(&["予約数"]);
}

/// 資料情報 (holdings) on the title detail: a holding needs its library and
/// status. The table's `summary` starts with 資料情報 (`資料情報２` on
/// Nishinomiya's page).
pub mod holdings {
    use super::{Fact, Table};

    pub const SUMMARY_PREFIX: &str = "資料情報";
    pub const LIBRARY: Fact =
        Fact::required("library", &["所蔵館", "所在館", "所蔵図書館", "館名"]);
    pub const STATUS: Fact = Fact::required("status", &["状態", "貸出状態", "資料状態", "状況"]);
    pub const ITEM_NO: Fact = Fact::optional("item_no", &["資料番号", "登録番号"]);
    pub use super::bib::{CALL, KIND};
    pub const LOCATION: Fact =
        Fact::optional("location", &["配架場所", "所蔵場所", "場所", "配架位置"]);
    pub const LOAN_CLASS: Fact = Fact::optional("loan_class", &["帯出区分", "貸出区分"]);
    pub use super::search::LEND;
    pub const TABLE: Table = Table {
        label: "title detail",
        columns: &[
            LIBRARY, STATUS, ITEM_NO, KIND, CALL, LOCATION, LOAN_CLASS, LEND,
        ],
    };
}

/// 予約確認 (`tiles.WYoyConfirm`, also the cart's checkout): the form a
/// reservation re-posts. Both selects are required: the confirm POST must
/// carry a pickup and a contact the page offered, and the client never
/// invents a control.
pub mod reserve_confirm {
    pub const LABEL: &str = "reservation confirmation";
    /// 受取館
    pub const PICKUP: &str = "receivename";
    /// 連絡方法
    pub const CONTACT: &str = "contact";
}

/// 読書履歴一覧 (`tiles.WUsrReadList`): an entry needs its title (with the
/// title code, from the detail link) and the day it was borrowed. The
/// delete button's record code, the count line and the paging links are
/// read where the page has them.
pub mod history {
    use super::{Fact, Table};

    pub const SUMMARY: &str = "読書履歴一覧表";
    pub const TITLE: Fact = Fact::required("title", &["書誌情報", "資料名", "書名", "タイトル"])
        .abbr(&["書誌情報", "資料名"])
        .holding(super::holds_detail_link);
    pub const LOANED: Fact =
        Fact::required("loaned_on", &["貸出日", "貸出年月日", "貸出日時"]).abbr(&["貸出日"]);
    pub const LIBRARY: Fact =
        Fact::optional("library", &["貸出館", "貸出場所", "貸出館名"]).abbr(&["貸出館"]);
    pub const KIND: Fact =
        Fact::optional("loan_type", &["貸出区分", "貸出種別"]).abbr(&["貸出区分"]);
    pub const TABLE: Table = Table {
        label: "reading history",
        columns: &[TITLE, LOANED, LIBRARY, KIND],
    };
    /// Words of the notice shown instead of the table when recording is off
    /// (both must appear: 読書履歴 and one of the others).
    pub const OFF_WORDS: &[&str] = &["利用しない", "記録しない", "保存しない"];
    /// Paging link texts (the start of the link's text).
    pub const NEXT: &[&str] = &["次へ", "次の"];
    pub const LAST: &[&str] = &["最後へ", "最後"];
}

/// 新着図書お知らせ conditions (modelled): a condition needs its name (and
/// the code its 修正/削除 buttons carry). The same wordings label the
/// registration form's fields.
pub mod alerts {
    use super::{Fact, Table};

    pub const NAME: Fact = Fact::required(
        "name",
        &[
            "検索条件の名称",
            "検索条件名",
            "条件名",
            "条件の名称",
            "名称",
        ],
    );
    pub const TITLE: Fact = Fact::optional("title", &["書名", "タイトル", "資料名"]);
    pub use super::bib::{AUTHOR, KIND, PUBLISHER};
    pub const SUBJECT: Fact = Fact::optional("subject", &["件名"]);
    pub const KEYWORD: Fact = Fact::optional("keyword", &["キーワード", "フリーワード"]);
    pub const REGISTERED: Fact = Fact::optional("registered_on", &["登録日", "登録年月日"]);
    pub const TABLE: Table = Table {
        label: "alert conditions",
        columns: &[
            NAME, TITLE, AUTHOR, PUBLISHER, SUBJECT, KEYWORD, KIND, REGISTERED,
        ],
    };
    /// The count line above the list (`現在 N 件の条件を登録しています`):
    /// the words before and after the number.
    pub const COUNT_LINE: &[(&str, &str)] = &[("現在", "件の条件")];
}

/// 予約カート (modelled, `tiles.WYoyCart`): an entry needs its title and
/// title code (the row's `yoycartchk` checkbox, else its detail link).
pub mod cart {
    use super::{Fact, Table};

    pub const SUMMARIES: &[&str] = &["予約カート一覧表"];
    pub const TITLE: Fact =
        Fact::required("title", &["資料名", "書名", "タイトル"]).holding(super::holds_detail_link);
    pub use super::bib::KIND;
    pub const TABLE: Table = Table {
        label: "cart",
        columns: &[TITLE, KIND],
    };
}

/// The logged-in header bar (`#stat-login`): counts and the card expiry,
/// all optional. A count is the link with that `id`, else the link whose
/// text (without its number and screen-reader parts) is a wording.
pub mod header {
    use super::Fact;

    pub const SHELVES: Fact = Fact::optional("shelves", &["マイ本棚", "本棚"]);
    pub const LOANS: Fact = Fact::optional("loans", &["貸出中", "貸出"]);
    pub const RESERVATIONS: Fact = Fact::optional("reservations", &["予約中", "予約"]);
    pub const CART: Fact = Fact::optional("cart", &["カート", "予約カート"]);
    /// Each count with the `id` of its link.
    pub const COUNTS: [(Fact, &str); 4] = [
        (SHELVES, "stat-shlf"),
        (LOANS, "stat-lent"),
        (RESERVATIONS, "stat-resv"),
        (CART, "stat-cart"),
    ];
    /// 有効期限, found in the header's text followed by a date.
    pub const EXPIRES: Fact = Fact::optional(
        "expires_on",
        &["有効期限", "利用者有効期限", "カード有効期限", "利用期限"],
    );
}

/// マイ本棚 (`tiles.WSdiBookList`): a shelf needs its number and name; the
/// page needs the current shelf (`otherbook`, what every edit acts on); a
/// title on it needs its title and code (`toDetail(…)`).
pub mod shelves {
    use super::Fact;

    /// `summary` of the table with the current shelf's name and memo.
    pub const ATTRIBUTES: &[&str] = &["本棚属性"];
    /// `summary` of the table of the current shelf's titles; a table whose
    /// rows hold detail links is taken when none has these.
    pub const ITEMS: &[&str] = &["リスト詳細", "本棚詳細"];
    pub const MEMO: Fact = Fact::optional("memo", &["メモ", "本棚メモ"]);
    /// The label before a title's date (`登録日:<br>2021/09/02`).
    pub const ADDED: Fact = Fact::optional("added_on", &["登録日", "追加日", "登録年月日"]);
}

/// 図書館カレンダー (`tiles.WMsgCalender`): a closed day needs its date
/// (a `holiday="YYYY-MM-DD …"` value of the script that draws the grid).
pub mod calendar {
    use super::Fact;

    /// `h1` texts that say the page is the calendar (contained).
    pub const HEADINGS: &[&str] = &["図書館カレンダー", "開館カレンダー", "休館日カレンダー"];
    /// Script variables holding a closed day.
    pub const CLOSED_VARS: &[&str] = &["holiday"];
    /// The function that draws the grid (its presence says the script is there).
    pub const DRAWS: &str = "showCalender";
    /// The branch select (`loccod`, what the calendar's own switch posts),
    /// in the table of this `summary`.
    pub const LIBRARIES: Fact = Fact::optional("libraries", &["図書館選択"]);
}

/// 利用者情報 (modelled): every row optional, but a table with none of
/// these labels is not the screen.
pub mod user_info {
    use super::Fact;

    pub const SUMMARY: &[&str] = &["利用者情報"];
    pub const CARD: Fact = Fact::optional(
        "card",
        &[
            "利用者番号",
            "カード番号",
            "利用者カード番号",
            "利用券番号",
            // Nishinomiya's pages (login, registration) call the card this.
            "利用カード番号",
        ],
    );
    pub const NAME: Fact = Fact::optional("name", &["氏名", "利用者名", "名前"]);
    pub const EXPIRES: Fact = Fact::optional(
        "expires_on",
        &["有効期限", "利用者有効期限", "カード有効期限", "利用期限"],
    );
    pub const ADDRESS: Fact = Fact::optional("address", &["住所"]);
    /// The bracketed wordings match only as written (see [`super::label_of`]):
    /// `電話番号（携帯電話）` is listed so that it is not read loosely as the
    /// bare `電話番号`, the home phone.
    pub const MOBILE: Fact = Fact::optional(
        "mobile_phone",
        &[
            "電話番号（携帯）",
            "電話番号（携帯電話）",
            "携帯電話",
            "携帯電話番号",
        ],
    );
    pub const HOME: Fact = Fact::optional(
        "home_phone",
        &["電話番号（自宅）", "電話番号", "自宅電話番号", "電話"],
    );
    /// `登録メールアドレス`: the wording of sites that say what is
    /// registered (the label was read by "contains メール" before wordings).
    pub const EMAIL: Fact = Fact::optional(
        "email",
        &[
            "メールアドレス",
            "Eメールアドレス",
            "E-mail",
            "Email",
            "メール",
            "登録メールアドレス",
        ],
    );
    /// `予約受取館` / `予約連絡方法`: the wording of LiCS sites that name the
    /// reservation defaults so (e.g. Kyoto City's 利用者情報 help page).
    pub const PICKUP: Fact = Fact::optional(
        "pickup_library",
        &["受取館", "受取場所", "受取図書館", "予約受取館"],
    );
    pub const CONTACT: Fact =
        Fact::optional("contact", &["連絡方法", "連絡方法（予約）", "予約連絡方法"]);
    pub const HISTORY: Fact = Fact::optional(
        "history_recording",
        &["読書履歴", "読書履歴の設定", "貸出履歴"],
    );
    pub const LABELS: [Fact; 10] = [
        CARD, NAME, EXPIRES, ADDRESS, MOBILE, HOME, EMAIL, PICKUP, CONTACT, HISTORY,
    ];
    /// Values meaning "nothing registered".
    pub const NONE: &[&str] = &["未登録", "なし", "-", "ー", "－"];
    /// 読書履歴 values: off first (記録しない contains 記録する's する).
    pub const RECORDING_OFF: &[&str] = &["しない", "停止"];
    pub const RECORDING_ON: &[&str] = &["する", "記録中"];
}

#[cfg(test)]
mod tests {
    use super::{label_of, normalise, user_info};

    #[test]
    fn bracketed_labels_are_told_apart() {
        let fact = |label: &str| label_of(&user_info::LABELS, label).map(|f| f.name);
        assert_eq!(fact("電話番号（携帯）"), Some("mobile_phone"));
        assert_eq!(fact("電話番号（携帯電話）"), Some("mobile_phone"));
        assert_eq!(fact("電話番号(携帯)"), Some("mobile_phone"));
        assert_eq!(fact("電話番号（自宅）"), Some("home_phone"));
        // Not the mobile's bracketed wording read loosely: the bare 電話番号.
        assert_eq!(fact("電話番号（自宅電話）"), Some("home_phone"));
        assert_eq!(fact("電話番号"), Some("home_phone"));
        assert_eq!(fact("連絡方法（予約）"), Some("contact"));
        assert_eq!(fact("メールアドレス（ＰＣ）"), Some("email"));
    }

    #[test]
    fn user_info_labels_read_by_contains_before_are_listed() {
        let fact = |label: &str| label_of(&user_info::LABELS, label).map(|f| f.name);
        assert_eq!(fact("登録メールアドレス"), Some("email"));
        assert_eq!(fact("予約受取館"), Some("pickup_library"));
        assert_eq!(fact("予約連絡方法"), Some("contact"));
        assert_eq!(fact("利用カード番号"), Some("card"));
    }

    #[test]
    fn normalise_drops_brackets_arrows_and_spaces() {
        assert_eq!(normalise(" 資料名 ［⇔資料番号］ "), "資料名");
        assert_eq!(normalise("書名▲"), "書名");
        assert_eq!(normalise("受取館 連絡方法"), "受取館連絡方法");
        assert_eq!(normalise("ISBN（ISSN）"), "ISBN");
        assert_eq!(normalise("返却期日"), "返却期日");
    }
}
