//! Seeds: `demo` (a realistic Shizuoka account), `empty`, `big`.
//! Dates are relative to the simulator's today.

use jiff::ToSpan;
use jiff::civil::Date;

use super::state::{
    Account, Bib, Branch, ContactMethod, Library, RsvStatus, SimLoan, SimReservation,
};
use crate::cli::Seed;

/// The demo account (printed by `toshokan sim`, documented in the README).
pub const DEMO_CARD: &str = "1234567890";
pub const DEMO_PASSWORD: &str = "demo1234";
/// A second card in the demo library: a household member with an overdue loan.
pub const FAMILY_CARD: &str = "1234567891";
pub const FAMILY_PASSWORD: &str = "family1234";

const BRANCHES: [(&str, &str); 12] = [
    ("001", "中央図書館"),
    ("002", "御幸町図書館"),
    ("003", "北部図書館"),
    ("004", "南部図書館"),
    ("005", "東部図書館"),
    ("006", "西奈図書館"),
    ("007", "藁科図書館"),
    ("008", "駿河図書館"),
    ("009", "長田図書館"),
    ("010", "清水中央図書館"),
    ("011", "清水興津図書館"),
    ("012", "蒲原図書館"),
];
pub const MOBILE_LIBRARY: &str = "移動図書館";

/// (title, author, role, publisher, type)
const BOOKS: [(&str, &str, &str, &str, &str); 24] = [
    ("銀河鉄道の夜", "宮沢 賢治", "著", "岩波書店", "一般図書"),
    ("吾輩は猫である", "夏目 漱石", "著", "新潮社", "一般図書"),
    ("こころ", "夏目 漱石", "著", "岩波書店", "一般図書"),
    (
        "ちいさいおうち",
        "バージニア・リー・バートン",
        "文・絵",
        "岩波書店",
        "児童図書",
    ),
    (
        "ぐりとぐら",
        "なかがわ りえこ",
        "さく",
        "福音館書店",
        "児童図書",
    ),
    (
        "富士山の自然と歴史　静岡から見る山",
        "静岡県富士山世界遺産センター",
        "編",
        "静岡新聞社",
        "一般図書",
    ),
    (
        "お茶の科学　「色・香り・味」を生み出す茶葉のひみつ",
        "大森 正司",
        "著",
        "講談社",
        "一般図書",
    ),
    (
        "かいけつゾロリのドラゴンたいじ　かいけつゾロリシリーズ　１",
        "原 ゆたか",
        "さく・え",
        "ポプラ社",
        "児童図書",
    ),
    (
        "ちびまる子ちゃん　１",
        "さくら ももこ",
        "著",
        "集英社",
        "コミック",
    ),
    (
        "駿府城と徳川家康",
        "小和田 哲男",
        "著",
        "静岡新聞社",
        "一般図書",
    ),
    ("羅生門・鼻", "芥川 龍之介", "著", "新潮社", "一般図書"),
    (
        "はらぺこあおむし",
        "エリック・カール",
        "さく",
        "偕成社",
        "児童図書",
    ),
    (
        "清水港ものがたり",
        "清水港郷土史研究会",
        "編",
        "静岡新聞社",
        "一般図書",
    ),
    ("博士の愛した数式", "小川 洋子", "著", "新潮社", "一般図書"),
    ("容疑者Xの献身", "東野 圭吾", "著", "文藝春秋", "一般図書"),
    (
        "ハリー・ポッターと賢者の石",
        "J.K.ローリング",
        "作",
        "静山社",
        "児童図書",
    ),
    ("三体", "劉 慈欣", "著", "早川書房", "一般図書"),
    ("羊と鋼の森", "宮下 奈都", "著", "文藝春秋", "一般図書"),
    ("蜜蜂と遠雷", "恩田 陸", "著", "幻冬舎", "一般図書"),
    (
        "ノルウェイの森　上",
        "村上 春樹",
        "著",
        "講談社",
        "一般図書",
    ),
    (
        "東海道中膝栗毛",
        "十返舎 一九",
        "著",
        "岩波書店",
        "一般図書",
    ),
    (
        "しずおかの野鳥",
        "日本野鳥の会静岡支部",
        "編",
        "静岡新聞社",
        "一般図書",
    ),
    (
        "おしいれのぼうけん",
        "ふるた たるひ",
        "さく",
        "童心社",
        "児童図書",
    ),
    ("坊っちゃん", "夏目 漱石", "著", "新潮社", "一般図書"),
];

fn bib(i: usize) -> Bib {
    let (title, author, role, publisher, kind) = BOOKS[i % BOOKS.len()];
    Bib {
        tilcod: format!("10000{:08}", 2_000_101 + i * 37),
        title: title.to_string(),
        author: Some(author.to_string()),
        role: Some(role.to_string()),
        publisher: Some(publisher.to_string()),
        material_type: kind.to_string(),
    }
}

fn day(today: Date, offset: i64) -> Date {
    today.checked_add(offset.days()).unwrap_or(today)
}

/// A seeded loan: (book, loaned and due in days from today, library,
/// renewals, reservations by others, borrowed from another city).
type LoanRow = (usize, i64, i64, &'static str, u32, u32, bool);

fn loan(today: Date, n: usize, row: LoanRow) -> SimLoan {
    let (book, loaned, due, library, renewals, reserved, other_city) = row;
    SimLoan {
        bib: bib(book),
        mngcod: format!("{}", 222_000_000 + n * 7919),
        library: library.to_string(),
        loaned_on: day(today, loaned),
        due_on: day(today, due),
        renewals,
        reserved_by_others: reserved,
        other_city,
    }
}

/// A seeded reservation: (book, status, reserved, allocated and held
/// until in days from today, place in the queue, pickup, contact).
type RsvRow = (
    usize,
    RsvStatus,
    i64,
    Option<i64>,
    Option<i64>,
    Option<u32>,
    &'static str,
    &'static str,
);

fn reservation(today: Date, n: usize, row: RsvRow) -> SimReservation {
    let (book, status, reserved, allocated, hold, queue, pickup, contact) = row;
    SimReservation {
        yoycod: format!("{}", 1_013_400_000 + n * 13),
        bib: bib(book),
        pickup_code: pickup.to_string(),
        contact_code: contact.to_string(),
        reserved_on: day(today, reserved),
        allocated_on: allocated.map(|o| day(today, o)),
        expires_on: None,
        hold_until: hold.map(|o| day(today, o)),
        queue,
        status,
    }
}

fn base_library(today: Date) -> Library {
    let mut branches: Vec<Branch> = BRANCHES
        .iter()
        .map(|(code, name)| Branch {
            code: code.to_string(),
            name: name.to_string(),
            pickup: true,
        })
        .collect();
    branches.push(Branch {
        code: "090".into(),
        name: MOBILE_LIBRARY.into(),
        pickup: false,
    });
    Library {
        today,
        branches,
        contacts: [
            ("1", "電話連絡（自宅）"),
            ("2", "電話連絡（携帯）"),
            ("4", "メール"),
            ("5", "音声案内"),
            ("9", "連絡不要"),
        ]
        .iter()
        .map(|(code, name)| ContactMethod {
            code: code.to_string(),
            name: name.to_string(),
        })
        .collect(),
        accounts: Vec::new(),
        login_prefix: "0000000000000000".into(),
        catalog: Vec::new(),
        sdi: Default::default(),
    }
}

fn demo_account(today: Date) -> Account {
    let loans: [LoanRow; 8] = [
        (0, -12, 2, "中央図書館", 0, 0, false),
        (1, -12, 2, "中央図書館", 0, 0, false),
        (3, -10, 4, "御幸町図書館", 0, 0, false),
        (4, -13, 1, "御幸町図書館", 0, 2, false),
        (2, -20, 8, "中央図書館", 1, 0, false),
        (5, -5, 9, "清水中央図書館", 0, 0, true),
        (6, -3, 11, "駿河図書館", 0, 0, false),
        (8, -3, 11, MOBILE_LIBRARY, 0, 1, false),
    ];
    let loans = (1..)
        .zip(loans)
        .map(|(n, row)| loan(today, n, row))
        .collect();
    let reservations: [RsvRow; 9] = [
        (
            13,
            RsvStatus::Waiting,
            -40,
            None,
            None,
            Some(12),
            "001",
            "4",
        ),
        (14, RsvStatus::Waiting, -21, None, None, Some(3), "002", "1"),
        (16, RsvStatus::Waiting, -2, None, None, Some(27), "001", "4"),
        (
            17,
            RsvStatus::SecuredElsewhere,
            -30,
            Some(-1),
            None,
            None,
            "001",
            "4",
        ),
        (
            18,
            RsvStatus::InTransit,
            -25,
            Some(-2),
            None,
            None,
            "008",
            "1",
        ),
        (11, RsvStatus::Ready, -18, Some(-1), None, None, "001", "4"),
        (
            15,
            RsvStatus::Available,
            -16,
            Some(-3),
            Some(5),
            None,
            "002",
            "5",
        ),
        (
            19,
            RsvStatus::Notified,
            -15,
            Some(-4),
            Some(6),
            None,
            "001",
            "1",
        ),
        (20, RsvStatus::Cancelled, -9, None, None, None, "001", "9"),
    ];
    let reservations = (1..)
        .zip(reservations)
        .map(|(n, row)| reservation(today, n, row))
        .collect();
    Account {
        card: DEMO_CARD.into(),
        password: DEMO_PASSWORD.into(),
        // Written as people write it: a full-width space between family and
        // given name (what `capture` and `doctor --bundle` must still find).
        name: "静岡\u{3000}花子".into(),
        expires_on: day(today, 25),
        login_kind: 1,
        // Filled from the catalogue in `library`.
        shelves: Vec::new(),
        cart: Vec::new(),
        loans,
        reservations,
        email: Some("hanako@example.jp".into()),
        home_phone: Some("054-000-0000".into()),
        mobile_phone: Some("090-0000-0000".into()),
        default_pickup: Some("001".into()),
        default_contact: Some("4".into()),
        patron: super::patron::Patron {
            birth_date: Date::new(1985, 4, 12).ok(),
            // The postcode on a line of its own (a `<br>` on the page).
            address: Some("〒420-0853\n静岡市葵区追手町5-1".into()),
            history_enabled: true,
            history: Vec::new(),
        },
    }
}

fn family_account(today: Date) -> Account {
    // Everything from the branch nearby, never renewed, nobody waiting.
    let loans = [(21, 7, -18, -4), (22, 11, -6, 8), (23, 22, -6, 8)]
        .into_iter()
        .map(|(n, book, loaned, due)| {
            loan(today, n, (book, loaned, due, "北部図書館", 0, 0, false))
        })
        .collect();
    Account {
        card: FAMILY_CARD.into(),
        password: FAMILY_PASSWORD.into(),
        name: "静岡\u{3000}太郎".into(),
        expires_on: day(today, 400),
        login_kind: 1,
        shelves: Vec::new(),
        email: None,
        home_phone: Some("054-000-0001".into()),
        mobile_phone: None,
        default_pickup: Some("003".into()),
        default_contact: Some("1".into()),
        patron: super::patron::Patron {
            birth_date: Date::new(2014, 9, 3).ok(),
            address: Some("〒420-0853\n静岡市葵区追手町5-1".into()),
            history_enabled: false,
            history: Vec::new(),
        },
        cart: Vec::new(),
        loans,
        reservations: vec![reservation(
            today,
            31,
            (9, RsvStatus::Waiting, -3, None, None, Some(4), "003", "1"),
        )],
    }
}

pub fn library(seed: Seed, today: Date) -> Library {
    let mut lib = accounts(seed, today);
    let codes: Vec<&str> = BRANCHES.iter().map(|(code, _)| *code).collect();
    let books: Vec<Bib> = (0..BOOKS.len()).map(bib).collect();
    let size = if seed == Seed::Big { 800 } else { 300 };
    lib.catalog = super::catalog::generate(size, &books, &codes);
    // Two candidates waiting in the demo patron's cart.
    let candidates: Vec<String> = lib
        .catalog
        .iter()
        .skip(books.len() + 30)
        .take(2)
        .map(|t| t.bib.tilcod.clone())
        .collect();
    if seed != Seed::Empty
        && let Some(account) = lib.accounts.first_mut()
    {
        account.cart = candidates;
        // Reading history (recorded for the demo patron; hundreds in `big`).
        let titles: Vec<Bib> = lib.catalog.iter().map(|t| t.bib.clone()).collect();
        let branches: Vec<&str> = BRANCHES.iter().map(|(_, name)| *name).collect();
        let rows = if seed == Seed::Big { 640 } else { 24 };
        account.patron.history = super::patron::history_rows(&titles, &branches, today, rows);
        account.shelves = super::shelf::demo_shelves(&lib.catalog, today);
    }
    // Genres, recent arrivals and the demo patron's alert conditions.
    super::sdi::seed(&mut lib, seed);
    lib
}

fn accounts(seed: Seed, today: Date) -> Library {
    let mut lib = base_library(today);
    match seed {
        Seed::Empty => {
            lib.accounts.push(Account {
                loans: Vec::new(),
                reservations: Vec::new(),
                shelves: Vec::new(),
                cart: Vec::new(),
                ..demo_account(today)
            });
        }
        Seed::Demo => {
            lib.accounts.push(demo_account(today));
            lib.accounts.push(family_account(today));
        }
        Seed::Big => {
            let mut account = demo_account(today);
            account.loans = (0..40)
                .map(|n| {
                    let offset = n as i64 % 10;
                    let library = BRANCHES[n % BRANCHES.len()].1;
                    let (renewals, reserved) = (u32::from(n % 5 == 0), u32::from(n % 7 == 0));
                    let row = (
                        n,
                        offset - 13,
                        offset + 1,
                        library,
                        renewals,
                        reserved,
                        false,
                    );
                    loan(today, 100 + n, row)
                })
                .collect();
            account.reservations = (0..20)
                .map(|n| {
                    let (reserved, queue) = (-(n as i64), Some(1 + n as u32));
                    let row = (
                        n + 3,
                        RsvStatus::Waiting,
                        reserved,
                        None,
                        None,
                        queue,
                        "001",
                        "4",
                    );
                    reservation(today, 100 + n, row)
                })
                .collect();
            lib.accounts.push(account);
            lib.accounts.push(family_account(today));
        }
    }
    lib
}
