//! The simulated 新着資料 and 新着図書お知らせ (SDI): the genres of the
//! new-arrival menu, the titles that arrived in the last weeks (new titles
//! join the catalogue as simulated days pass: 整理中 on the day they
//! arrive, then on the shelf or lent), and each patron's alert conditions
//! with the rules the simulator enforces for them.
//!
//! The genre codes and names, the condition screens and their rules are
//! the simulator's own (Shizuoka's were never captured); the client reads
//! codes and choices from the pages.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::catalog::{Holding, Title};
use super::state::{Bib, Library};
use crate::cli::Seed;

/// How long a title stays on the new-arrival lists.
pub const WINDOW_DAYS: i64 = 28;
/// Titles arriving per simulated day.
pub const PER_DAY: u32 = 3;
/// Conditions a patron can register.
pub const ALERT_LIMIT: usize = 10;
/// `maxlength` of the name and of each condition field.
pub const NAME_MAX: usize = 50;
pub const FIELD_MAX: usize = 100;
/// 資料種別 of the registration form (`0`: every kind).
pub const KINDS: [(&str, &str); 6] = [
    ("0", "すべて"),
    ("1", "一般"),
    ("2", "児童"),
    ("3", "雑誌・新聞"),
    ("4", "ＣＤ"),
    ("5", "ビデオ・ＤＶＤ"),
];
/// Where new copies stand until they are catalogued.
pub const PROCESSING: &str = "整理中";

/// (code, name, 書誌種別, search-form kind, NDC, title forms)
type GenreSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// The simulator's genres; 01, 22 and 27 as on the real menu page.
const GENRES: [GenreSpec; 18] = [
    (
        "01",
        "総記・情報科学",
        "一般図書",
        "1",
        "007",
        &["はじめての{}データ", "{}と情報の時代"],
    ),
    (
        "02",
        "哲学・宗教・心理",
        "一般図書",
        "1",
        "159",
        &["{}に学ぶ生き方", "こころと{}"],
    ),
    (
        "03",
        "歴史・地理・旅行",
        "一般図書",
        "1",
        "291.54",
        &["{}を歩く", "{}の歴史散歩"],
    ),
    (
        "04",
        "社会・政治・経済",
        "一般図書",
        "1",
        "302",
        &["{}から考える地域の未来", "{}の経済学"],
    ),
    (
        "05",
        "教育・福祉",
        "一般図書",
        "1",
        "370",
        &["{}と子育て", "{}の学校"],
    ),
    (
        "06",
        "自然科学・医学",
        "一般図書",
        "1",
        "404",
        &["{}の科学", "{}のふしぎ"],
    ),
    (
        "07",
        "技術・工学・家庭",
        "一般図書",
        "1",
        "596",
        &["{}のおうちごはん", "{}の手しごと"],
    ),
    (
        "08",
        "産業・ビジネス",
        "一般図書",
        "1",
        "611",
        &["{}とものづくり", "{}の仕事"],
    ),
    (
        "09",
        "芸術・スポーツ・趣味",
        "一般図書",
        "1",
        "709",
        &["{}を描く", "{}と走る"],
    ),
    (
        "10",
        "言語",
        "一般図書",
        "1",
        "810",
        &["{}のことば", "{}の方言"],
    ),
    (
        "21",
        "エッセイ・詩歌",
        "一般図書",
        "1",
        "914.6",
        &["{}日記", "{}のうた"],
    ),
    (
        "22",
        "日本の小説",
        "一般図書",
        "1",
        "913.6",
        &["{}の殺人", "{}に降る雨"],
    ),
    (
        "23",
        "外国の小説",
        "一般図書",
        "1",
        "933.7",
        &["{}からの手紙", "{}の夜"],
    ),
    (
        "24",
        "郷土資料（静岡）",
        "一般図書",
        "1",
        "291.54",
        &["しずおか{}紀行", "{}と静岡"],
    ),
    (
        "25",
        "児童書",
        "児童図書",
        "2",
        "913.6",
        &["{}のぼうけん", "{}たんていだん"],
    ),
    (
        "26",
        "ヤングアダルト",
        "一般図書",
        "1",
        "913.6",
        &["{}の放課後", "{}の夏"],
    ),
    (
        "27",
        "絵本・紙芝居",
        "児童図書",
        "2",
        "E",
        &["{}のおさんぽ", "{}がやってきた"],
    ),
    (
        "28",
        "コミック",
        "コミック",
        "1",
        "726.1",
        &["{}ものがたり", "{}の日々"],
    ),
];
const WORDS: [&str; 16] = [
    "静岡",
    "富士山",
    "茶畑",
    "駿河湾",
    "家康",
    "港町",
    "海辺",
    "星空",
    "猫",
    "恐竜",
    "鉄道",
    "宇宙",
    "森",
    "桜",
    "夏祭り",
    "みかん",
];
const AUTHORS: [&str; 10] = [
    "宮部 みゆき",
    "東野 圭吾",
    "恩田 陸",
    "静岡 太郎",
    "なかがわ りえこ",
    "原 ゆたか",
    "小川 洋子",
    "山田 花子",
    "鈴木 一郎",
    "佐藤 さくら",
];
const PUBLISHERS: [&str; 8] = [
    "静岡新聞社",
    "講談社",
    "新潮社",
    "ポプラ社",
    "福音館書店",
    "早川書房",
    "文藝春秋",
    "中央公論新社",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimGenre {
    pub code: String,
    pub name: String,
}

/// A title on a genre's new-arrival list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arrival {
    pub genre: String,
    pub tilcod: String,
    pub arrived_on: Date,
    /// 巻次 as the list shows it.
    #[serde(default)]
    pub volume: String,
}

/// A registered condition (新着図書お知らせ). Empty strings are unused fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimAlert {
    /// `sdicod`
    pub code: String,
    pub name: String,
    pub title: String,
    pub author: String,
    pub publisher: String,
    pub subject: String,
    pub keyword: String,
    /// A code of [`KINDS`] (`0`: every kind).
    pub kind: String,
    pub registered_on: Option<Date>,
}

impl SimAlert {
    pub fn kind_label(&self) -> &'static str {
        match self.kind.as_str() {
            "" | "0" => "",
            code => KINDS
                .iter()
                .find(|(c, _)| *c == code)
                .map_or("", |(_, l)| l),
        }
    }

    fn has_condition(&self) -> bool {
        [
            &self.title,
            &self.author,
            &self.publisher,
            &self.subject,
            &self.keyword,
        ]
        .iter()
        .any(|v| !v.trim().is_empty())
    }
}

/// New arrivals and alert conditions of the whole library.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sdi {
    #[serde(default)]
    pub genres: Vec<SimGenre>,
    /// Newest first.
    #[serde(default)]
    pub arrivals: Vec<Arrival>,
    /// Titles generated so far (numbers the next one).
    #[serde(default)]
    pub serial: u32,
    /// Each card's conditions, in registration order.
    #[serde(default)]
    pub alerts: BTreeMap<String, Vec<SimAlert>>,
    #[serde(default)]
    pub next_code: u32,
}

impl Sdi {
    pub fn genre(&self, code: &str) -> Option<&SimGenre> {
        self.genres.iter().find(|g| g.code == code)
    }

    /// The genre's list, newest first.
    pub fn arrivals_in(&self, genre: &str) -> Vec<&Arrival> {
        self.arrivals.iter().filter(|a| a.genre == genre).collect()
    }

    pub fn alerts_of(&self, card: &str) -> &[SimAlert] {
        self.alerts.get(card).map_or(&[], Vec::as_slice)
    }
}

fn genres() -> Vec<SimGenre> {
    GENRES
        .iter()
        .map(|(code, name, ..)| SimGenre {
            code: code.to_string(),
            name: name.to_string(),
        })
        .collect()
}

/// Puts a title on a genre's list as arriving on `day` (tests add their own).
pub fn add_arrival(lib: &mut Library, genre: &str, title: Title, volume: &str, day: Date) {
    let tilcod = title.bib.tilcod.clone();
    if lib.title(&tilcod).is_none() {
        lib.catalog.push(title);
    }
    lib.sdi.arrivals.insert(
        0,
        Arrival {
            genre: genre.to_string(),
            tilcod,
            arrived_on: day,
            volume: volume.to_string(),
        },
    );
}

/// A new title as it arrives: every copy 整理中 at a branch.
pub fn new_title(
    lib: &Library,
    bib: Bib,
    ndc: &str,
    kind_code: &str,
    subject: &str,
    n: u32,
) -> Title {
    let branches: Vec<&str> = lib
        .branches
        .iter()
        .filter(|b| b.pickup)
        .map(|b| b.code.as_str())
        .collect();
    let copies = 1 + (n % 2) as usize;
    let initial = bib
        .author
        .as_deref()
        .and_then(|a| a.chars().next())
        .unwrap_or('ア');
    let holdings = (0..copies)
        .map(|c| Holding {
            library_code: branches
                .get((n as usize + c * 5) % branches.len().max(1))
                .copied()
                .unwrap_or("001")
                .to_string(),
            item_no: format!("13{:010}", n as usize * 10 + c),
            call_no: format!("{ndc}/{initial}"),
            location: "新着図書".to_string(),
            status: PROCESSING.to_string(),
        })
        .collect();
    let published = lib
        .today
        .checked_sub(i64::from(n % 3 * 31).days())
        .unwrap_or(lib.today);
    Title {
        // 979: never one of the generated catalogue's (978) numbers.
        isbn: Some(format!(
            "979-4-{:04}-{:04}-{}",
            (n * 53) % 10000,
            (n * 29) % 10000,
            n % 10
        )),
        subject: Some(subject.to_string()).filter(|s| !s.is_empty()),
        published: published.strftime("%Y/%m").to_string(),
        ndc: ndc.to_string(),
        kind_code: kind_code.to_string(),
        holdings,
        reservations: 0,
        bib,
    }
}

/// The `n`th generated new title and its genre.
fn generated(lib: &Library, n: u32) -> (String, Title, String) {
    let i = n as usize;
    let (code, _, material_type, kind_code, ndc, forms) = GENRES[(i * 7) % GENRES.len()];
    let word = WORDS[i % WORDS.len()];
    let form = forms[(i / GENRES.len()) % forms.len()];
    let role = match material_type {
        "児童図書" => "さく",
        "コミック" => "作",
        _ => "著",
    };
    let bib = Bib {
        tilcod: format!("10020{:08}", 500_011 + i * 131),
        title: form.replace("{}", word),
        author: Some(AUTHORS[(i * 3) % AUTHORS.len()].to_string()),
        role: Some(role.to_string()),
        publisher: Some(PUBLISHERS[(i * 5) % PUBLISHERS.len()].to_string()),
        material_type: material_type.to_string(),
    };
    let volume = if material_type == "コミック" {
        (1 + i % 5).to_string()
    } else {
        String::new()
    };
    (
        code.to_string(),
        new_title(lib, bib, ndc, kind_code, word, n),
        volume,
    )
}

/// One simulated day: yesterday's arrivals are catalogued (on the shelf,
/// or already lent), new titles arrive, old ones leave the lists.
pub fn arrive(lib: &mut Library, day: Date) {
    if lib.sdi.genres.is_empty() {
        lib.sdi.genres = genres();
    }
    let settled: Vec<String> = lib
        .sdi
        .arrivals
        .iter()
        .filter(|a| a.arrived_on < day)
        .map(|a| a.tilcod.clone())
        .collect();
    for title in lib
        .catalog
        .iter_mut()
        .filter(|t| settled.contains(&t.bib.tilcod))
    {
        let lent = title.bib.tilcod.ends_with(['1', '4', '7']);
        for h in title.holdings.iter_mut().filter(|h| h.status == PROCESSING) {
            h.status = if lent { "貸出中" } else { "在庫" }.to_string();
        }
    }
    for _ in 0..PER_DAY {
        let n = lib.sdi.serial;
        lib.sdi.serial += 1;
        let (genre, title, volume) = generated(lib, n);
        add_arrival(lib, &genre, title, &volume, day);
    }
    let oldest = day.checked_sub(WINDOW_DAYS.days()).unwrap_or(day);
    lib.sdi.arrivals.retain(|a| a.arrived_on > oldest);
}

/// Genres and two weeks of arrivals up to the library's today.
fn recent_arrivals(lib: &mut Library) {
    let today = lib.today;
    lib.sdi.genres = genres();
    for back in (0..14).rev() {
        let day = today.checked_sub((back as i64).days()).unwrap_or(today);
        arrive(lib, day);
    }
}

/// What a library saved before it had new arrivals lacks (its alert
/// conditions are left as they are).
pub fn backfill(lib: &mut Library) {
    if lib.sdi.genres.is_empty() {
        recent_arrivals(lib);
    }
}

/// Genres, two weeks of arrivals and, except for the empty seed, the demo
/// patron's conditions.
pub fn seed(lib: &mut Library, seed: Seed) {
    let today = lib.today;
    recent_arrivals(lib);
    if seed == Seed::Empty {
        return;
    }
    let Some(card) = lib.accounts.first().map(|a| a.card.clone()) else {
        return;
    };
    let demo = [
        ("静岡の新刊", "", "", "", "", "静岡", "0", 40),
        ("宮部みゆき", "", "宮部みゆき", "", "", "", "0", 25),
        ("こどもの恐竜の本", "恐竜", "", "", "", "", "2", 10),
    ];
    for (name, title, author, publisher, subject, keyword, kind, ago) in demo {
        let alert = SimAlert {
            code: String::new(),
            name: name.into(),
            title: title.into(),
            author: author.into(),
            publisher: publisher.into(),
            subject: subject.into(),
            keyword: keyword.into(),
            kind: kind.into(),
            registered_on: today.checked_sub((ago as i64).days()).ok(),
        };
        register(lib, &card, alert);
    }
}

/// Adds a condition with the next code (no checks: see [`check`]).
pub fn register(lib: &mut Library, card: &str, mut alert: SimAlert) -> String {
    lib.sdi.next_code += 1;
    alert.code = format!("{:04}", lib.sdi.next_code);
    let code = alert.code.clone();
    lib.sdi
        .alerts
        .entry(card.to_string())
        .or_default()
        .push(alert);
    code
}

/// What a registration or an edit (`editing`: the code) may not do.
pub fn check(
    lib: &Library,
    card: &str,
    alert: &SimAlert,
    editing: Option<&str>,
) -> Result<(), &'static str> {
    let account = lib.account(card).ok_or("利用者情報がありません。")?;
    let mine = lib.sdi.alerts_of(card);
    if let Some(code) = editing
        && !mine.iter().any(|a| a.code == code)
    {
        return Err("対象の条件が見つかりません。");
    }
    if account.email.is_none() {
        return Err(
            "メールアドレスが登録されていません。利用者情報設定でメールアドレスを登録してください。",
        );
    }
    let name = alert.name.trim();
    if name.is_empty() {
        return Err("検索条件の名称を入力してください。");
    }
    if name.chars().count() > NAME_MAX {
        return Err("検索条件の名称は50文字以内で入力してください。");
    }
    if !alert.has_condition() {
        return Err("書名・著者名・出版者・件名・キーワードのいずれかを入力してください。");
    }
    let fields = [
        &alert.title,
        &alert.author,
        &alert.publisher,
        &alert.subject,
        &alert.keyword,
    ];
    if fields.iter().any(|v| v.trim().chars().count() > FIELD_MAX) {
        return Err("条件は100文字以内で入力してください。");
    }
    if !KINDS.iter().any(|(c, _)| *c == alert.kind) {
        return Err("資料種別の指定が正しくありません。");
    }
    if mine
        .iter()
        .any(|a| a.name.trim() == name && Some(a.code.as_str()) != editing)
    {
        return Err("同じ名称の条件が既に登録されています。");
    }
    if editing.is_none() && mine.len() >= ALERT_LIMIT {
        return Err("登録できる条件は10件までです。");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_arrive_get_catalogued_and_leave_the_lists() {
        let start: Date = "2026-11-28".parse().unwrap();
        let mut lib = crate::sim::seed::library(Seed::Demo, start);
        assert_eq!(lib.sdi.genres.len(), GENRES.len());
        assert_eq!(lib.sdi.arrivals.len(), 14 * PER_DAY as usize);
        let today: Vec<&Arrival> = lib
            .sdi
            .arrivals
            .iter()
            .filter(|a| a.arrived_on == start)
            .collect();
        assert_eq!(today.len(), PER_DAY as usize);
        let newest = today[0].tilcod.clone();
        let status = |lib: &Library, t: &str| lib.title(t).unwrap().holdings[0].status.clone();
        assert_eq!(status(&lib, &newest), PROCESSING);
        let before = lib.catalog.len();
        lib.advance_to(start.checked_add(1.days()).unwrap());
        assert_eq!(lib.catalog.len(), before + PER_DAY as usize);
        assert_ne!(status(&lib, &newest), PROCESSING);
        lib.advance_to(start.checked_add(60.days()).unwrap());
        assert!(lib.sdi.arrivals.iter().all(|a| {
            a.arrived_on
                > start
                    .checked_add(60.days())
                    .unwrap()
                    .checked_sub(WINDOW_DAYS.days())
                    .unwrap()
        }));
        assert!(lib.title(&newest).is_some(), "titles stay in the catalogue");
    }

    #[test]
    fn an_older_library_gets_arrivals_when_it_is_loaded() {
        let today: Date = "2026-11-28".parse().unwrap();
        let mut lib = crate::sim::seed::library(Seed::Demo, today);
        lib.sdi = Sdi::default();
        lib.advance_to(today);
        assert_eq!(lib.sdi.genres.len(), GENRES.len());
        assert_eq!(lib.sdi.arrivals.len(), 14 * PER_DAY as usize);
        assert!(lib.sdi.alerts.is_empty(), "no conditions invented");
    }

    #[test]
    fn conditions_follow_the_rules() {
        let today: Date = "2026-11-28".parse().unwrap();
        let lib = crate::sim::seed::library(Seed::Demo, today);
        let card = lib.accounts[0].card.clone();
        assert_eq!(lib.sdi.alerts_of(&card).len(), 3);
        let ok = SimAlert {
            name: "新しい条件".into(),
            title: "富士山".into(),
            kind: "0".into(),
            ..SimAlert::default()
        };
        assert_eq!(check(&lib, &card, &ok, None), Ok(()));
        let dup = SimAlert {
            name: "静岡の新刊".into(),
            ..ok.clone()
        };
        assert!(check(&lib, &card, &dup, None).is_err());
        let empty = SimAlert {
            title: String::new(),
            ..ok.clone()
        };
        assert!(check(&lib, &card, &empty, None).is_err());
        let family = lib.accounts[1].card.clone();
        assert!(
            check(&lib, &family, &ok, None)
                .unwrap_err()
                .contains("メールアドレス")
        );
    }
}
