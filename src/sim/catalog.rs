//! The simulated catalogue: a few hundred titles with holdings across
//! Shizuoka's branches, generated deterministically.

use serde::{Deserialize, Serialize};

use super::state::Bib;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holding {
    /// Branch code (see `Library::branches`).
    pub library_code: String,
    /// 資料番号
    pub item_no: String,
    /// 請求記号
    pub call_no: String,
    /// 配架場所
    pub location: String,
    /// 状態: 在庫, 貸出中, 予約確保, …
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    pub bib: Bib,
    /// 出版年月 as `yyyy/MM` (`yyyy/00` when the month is unknown).
    pub published: String,
    /// NDC classification, e.g. `913.6`.
    pub ndc: String,
    pub isbn: Option<String>,
    /// 件名
    pub subject: Option<String>,
    /// Search-form material kind (`mngshus`): 1 一般, 2 児童, 3 雑誌・新聞, 4 ＣＤ, 5 ビデオ・ＤＶＤ, …
    pub kind_code: String,
    pub holdings: Vec<Holding>,
    /// Reservations waiting for this title (all patrons).
    pub reservations: u32,
}

impl Title {
    pub fn available(&self) -> usize {
        self.holdings.iter().filter(|h| h.status == "在庫").count()
    }
}

const TITLE_WORDS: [&str; 20] = [
    "静岡",
    "富士山",
    "お茶",
    "駿河湾",
    "徳川家康",
    "桜えび",
    "久能山",
    "安倍川",
    "清水港",
    "日本平",
    "海",
    "森",
    "星",
    "猫",
    "旅",
    "料理",
    "歴史",
    "科学",
    "こども",
    "季節",
];
const TITLE_FORMS: [&str; 10] = [
    "{}のひみつ",
    "{}ものがたり",
    "はじめての{}",
    "{}と暮らす",
    "{}の図鑑",
    "{}を歩く",
    "{}入門",
    "{}の100年",
    "{}のふしぎ",
    "わたしの{}",
];
const AUTHORS: [&str; 16] = [
    "夏目 漱石",
    "宮沢 賢治",
    "芥川 龍之介",
    "太宰 治",
    "川端 康成",
    "樋口 一葉",
    "森 鴎外",
    "与謝野 晶子",
    "小川 洋子",
    "東野 圭吾",
    "宮部 みゆき",
    "村上 春樹",
    "恩田 陸",
    "原 ゆたか",
    "さくら ももこ",
    "静岡 太郎",
];
const PUBLISHERS: [&str; 8] = [
    "岩波書店",
    "新潮社",
    "講談社",
    "静岡新聞社",
    "ポプラ社",
    "福音館書店",
    "集英社",
    "文藝春秋",
];
/// (type text, kind code, NDC)
const KINDS: [(&str, &str, &str); 5] = [
    ("一般図書", "1", "291.54"),
    ("児童図書", "2", "913.6"),
    ("一般図書", "1", "913.6"),
    ("雑誌", "3", "051"),
    ("ＣＤ", "4", "767.8"),
];
const LOCATIONS: [&str; 4] = ["一般開架", "児童開架", "郷土資料", "書庫"];

/// `n` generated titles plus the named `extra` bibs (those of seeded loans
/// and reservations), all with holdings.
pub fn generate(n: usize, extra: &[Bib], branch_codes: &[&str]) -> Vec<Title> {
    let mut titles: Vec<Title> = extra
        .iter()
        .enumerate()
        .map(|(i, bib)| title_for(bib.clone(), i, branch_codes))
        .collect();
    for i in 0..n {
        let word = TITLE_WORDS[i % TITLE_WORDS.len()];
        let form = TITLE_FORMS[(i / TITLE_WORDS.len()) % TITLE_FORMS.len()];
        let volume = i / (TITLE_WORDS.len() * TITLE_FORMS.len());
        let mut title = form.replace("{}", word);
        if volume > 0 {
            title = format!("{title}　{}", volume + 1);
        }
        let (kind, _, _) = KINDS[i % KINDS.len()];
        let bib = Bib {
            tilcod: format!("10010{:08}", 100_003 + i * 101),
            title,
            author: Some(AUTHORS[(i * 7) % AUTHORS.len()].to_string()),
            role: Some(
                if kind == "児童図書" {
                    "さく"
                } else {
                    "著"
                }
                .to_string(),
            ),
            publisher: Some(PUBLISHERS[(i * 3) % PUBLISHERS.len()].to_string()),
            material_type: kind.to_string(),
        };
        titles.push(title_for(bib, extra.len() + i, branch_codes));
    }
    titles
}

fn title_for(bib: Bib, i: usize, branch_codes: &[&str]) -> Title {
    let (_, kind_code, ndc) = KINDS
        .iter()
        .find(|(kind, _, _)| *kind == bib.material_type)
        .copied()
        .unwrap_or(KINDS[i % KINDS.len()]);
    let year = 1990 + (i * 13) % 36;
    let month = (i * 5) % 13; // 0 = unknown month
    let copies = 1 + i % 4;
    let holdings = (0..copies)
        .map(|c| Holding {
            library_code: branch_codes[(i + c * 5) % branch_codes.len()].to_string(),
            item_no: format!("11{:010}", i * 10 + c),
            call_no: format!(
                "{ndc}/{}",
                bib.author
                    .as_deref()
                    .and_then(|a| a.chars().next())
                    .unwrap_or('ア')
            ),
            location: LOCATIONS[(i + c) % LOCATIONS.len()].to_string(),
            status: if (i + c).is_multiple_of(3) {
                "貸出中"
            } else {
                "在庫"
            }
            .to_string(),
        })
        .collect();
    Title {
        isbn: (kind_code != "3").then(|| {
            format!(
                "978-4-{:04}-{:04}-{}",
                (i * 37) % 10000,
                (i * 91) % 10000,
                i % 10
            )
        }),
        subject: Some(TITLE_WORDS[i % TITLE_WORDS.len()].to_string()),
        published: format!("{year}/{month:02}"),
        ndc: ndc.to_string(),
        kind_code: kind_code.to_string(),
        holdings,
        reservations: (i % 5) as u32,
        bib,
    }
}
