//! `capture`: pages of a command kept, scrubbed of personal data.

use crate::common;

use common::{CARD, Env, bare_cmd};
use regex::Regex;
use toshokan::client::scrub::scrub;

fn hex40() -> Regex {
    Regex::new(r"\b[0-9a-f]{40}\b").unwrap()
}

#[test]
fn demo_capture_writes_scrubbed_pages() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("captured");
    bare_cmd(home.path())
        .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
        .args(["--demo", "capture"])
        .arg(&dir)
        .args(["loans", "--json"])
        .assert()
        .success();
    let pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(pages.len() >= 3, "{pages:?}");
    let mut saw_loans = false;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        assert!(!text.contains(CARD), "card number in {}", page.display());
        assert!(!hex40().is_match(&text), "page token in {}", page.display());
        assert!(!text.contains(common::PASSWORD));
        saw_loans |= text.contains("貸出状況一覧表");
    }
    assert!(saw_loans, "the loan list was captured");
}

/// `capture … settings show`: the user information page (name with U+3000,
/// address over two lines, birth date, phones, mail) leaves nothing personal
/// in any captured file, nor a token the site handed out.
#[test]
fn capture_of_the_user_information_leaves_nothing_personal() {
    let env = Env::new();
    env.login();
    let dir = env.dir.path().join("captured");
    env.cmd()
        .arg("capture")
        .arg(&dir)
        .args(["settings", "show"])
        .assert()
        .success();
    let mut secrets: Vec<String> = [
        CARD,
        common::PASSWORD,
        "花子",
        "追手町",
        "420-0853",
        "hanako@example.jp",
        "054-000-0000",
        "090-0000-0000",
        "1985/04/12",
        "19850412",
    ]
    .map(String::from)
    .to_vec();
    let tokens = common::hash_tokens(&env.sim);
    assert!(!tokens.is_empty(), "the command carried hash tokens");
    secrets.extend(tokens);
    let mut saw_info = false;
    for page in std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()) {
        let text = std::fs::read_to_string(&page).unwrap();
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{secret} in {}",
                page.display()
            );
        }
        if text.contains("summary=\"利用者情報\"") {
            saw_info = true;
            // The page still says what it is: labels stay, values go.
            assert!(text.contains("<th>住所</th><td>[PERSONAL]</td>"), "{text}");
            assert!(text.contains("<th>生年月日</th><td>[PERSONAL]</td>"));
        }
    }
    assert!(saw_info, "the user information page was captured");
}

#[test]
fn scrubbing_the_real_pages_leaves_no_card_token_mail_or_phone() {
    let usrcod = Regex::new(r"usrcod\s*=\s*'\d+'").unwrap();
    for path in common::real_pages() {
        if path.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let page = std::fs::read_to_string(&path).unwrap();
        let clean = scrub(&page, Some("9999999"));
        assert!(
            !usrcod.is_match(&clean),
            "usrcod left in {}",
            path.display()
        );
        assert!(!hex40().is_match(&clean), "hash left in {}", path.display());
        assert!(
            !clean.contains("9999999"),
            "card left in {}",
            path.display()
        );
        // What a parser needs survives: the pages still say what they are.
        if page.contains("貸出状況一覧表") {
            assert!(clean.contains("貸出状況一覧表"));
        }
    }
}

/// A saved file's text as a person would read it: entities decoded
/// (`&#33457;`, `&amp;`, `&nbsp;`), `<br>` and every space gone, so that a
/// value split over lines or spelled in entities is still found.
fn readable(text: &str) -> String {
    let entity =
        Regex::new(r"(?i)&#x([0-9a-f]+);|&#([0-9]+);|&(amp|lt|gt|quot|apos|nbsp);").unwrap();
    let decoded = entity.replace_all(text, |c: &regex::Captures<'_>| {
        let code = match (c.get(1), c.get(2), c.get(3)) {
            (Some(hex), _, _) => u32::from_str_radix(hex.as_str(), 16).ok(),
            (_, Some(dec), _) => dec.as_str().parse().ok(),
            (_, _, Some(name)) => Some(match name.as_str().to_ascii_lowercase().as_str() {
                "amp" => '&' as u32,
                "lt" => '<' as u32,
                "gt" => '>' as u32,
                "quot" => '"' as u32,
                "apos" => '\'' as u32,
                _ => ' ' as u32,
            }),
            _ => None,
        };
        code.and_then(char::from_u32)
            .map_or_else(|| c[0].to_string(), String::from)
    });
    let br = Regex::new(r"(?i)<br\s*/?>").unwrap();
    br.replace_all(&decoded, "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The demo patron's secrets in every spelling a page might use: the
/// passwords the run used, name, address, phones, birthday, e-mail
/// addresses, the full card number.
const PATRON_SECRETS: &[&str] = &[
    CARD,
    common::PASSWORD,
    "newpass12",
    "regpass34",
    "静岡花子",
    "追手町5-1",
    "420-0853",
    "054-000-0000",
    "0540000000",
    "090-0000-0000",
    "09000000000",
    "1985/04/12",
    "1985-04-12",
    "19850412",
    "1985年4月12日",
    "1985年04月12日",
    "hanako@example.jp",
    "new@example.jp",
];

/// Fails naming every secret found in any file under `dir`.
fn assert_no_secret_under(dir: &std::path::Path, extra: &[String]) {
    let mut found = Vec::new();
    let secrets: Vec<String> = PATRON_SECRETS
        .iter()
        .map(|s| s.to_string())
        .chain(extra.iter().cloned())
        .collect();
    let files = crate::common::files_under(dir);
    assert!(!files.is_empty(), "nothing saved under {}", dir.display());
    for file in files {
        let raw = std::fs::read_to_string(&file).unwrap_or_default();
        let text = readable(&raw);
        for secret in &secrets {
            let secret: String = secret.chars().filter(|c| !c.is_whitespace()).collect();
            if raw.contains(&secret) || text.contains(&secret) {
                found.push(format!("{secret} in {}", file.display()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Every read and every write, the settings and password ones included,
/// each under `capture`: no saved page holds a password, the card number,
/// a page token or the patron's name, address, phones, birthday or mail.
#[test]
fn captures_of_every_command_hold_no_secret() {
    let env = Env::new();
    env.login();
    let lib = env.sim.library();
    let account = &lib.accounts[0];
    let waiting = account
        .reservations
        .iter()
        .find(|r| r.status == toshokan::sim::state::RsvStatus::Waiting)
        .unwrap()
        .yoycod
        .clone();
    let cancelled = account
        .reservations
        .iter()
        .find(|r| r.status == toshokan::sim::state::RsvStatus::Cancelled)
        .unwrap()
        .yoycod
        .clone();
    let taken = |t: &str| {
        account.reservations.iter().any(|r| r.bib.tilcod == t)
            || account.cart.iter().any(|c| c == t)
            || account
                .shelves
                .iter()
                .any(|s| s.items.iter().any(|i| i.bib.tilcod == t))
    };
    let free: Vec<String> = lib
        .catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| !taken(t))
        .skip(60)
        .take(3)
        .collect();
    let in_cart = account.cart[0].clone();
    let on_shelf = account.shelves[0].items[0].bib.tilcod.clone();
    let to_move = account.shelves[0].items[1].bib.tilcod.clone();
    let shown = lib.catalog[0].bib.tilcod.clone();
    let captures = env.dir.path().join("captures");
    let commands: Vec<Vec<&str>> = vec![
        vec!["status"],
        vec!["loans"],
        vec!["reservations", "--all"],
        vec!["cart", "list"],
        vec!["history"],
        vec!["settings", "show"],
        vec!["settings", "address"],
        vec!["search", "夏目漱石"],
        vec!["show", &shown],
        vec!["libraries"],
        vec!["calendar", "--library", "駿河"],
        vec!["new", "--list-genres"],
        vec!["new", "--genre", "22"],
        vec!["shelf", "list"],
        vec!["shelf", "show", "1"],
        vec!["alert", "list"],
        vec!["alert", "show", "宮部みゆき"],
        vec!["alert", "check"],
        vec!["doctor"],
        vec!["renew", "--all", "--yes"],
        vec!["reserve", &free[0], "--yes"],
        vec![
            "reservations",
            "change",
            &waiting,
            "--pickup",
            "北部",
            "--yes",
        ],
        vec!["reservations", "cancel", &waiting, "--yes"],
        vec!["reservations", "hide", &cancelled, "--yes"],
        vec!["cart", "add", &free[1], "--yes"],
        vec!["cart", "remove", &in_cart, "--yes"],
        vec!["cart", "checkout", "--yes"],
        vec!["shelf", "create", "新しい棚", "--yes"],
        vec!["shelf", "rename", "2", "絵本", "--yes"],
        vec!["shelf", "memo", "1", "次に読む", "--yes"],
        vec!["shelf", "add", "2", &free[2], "--yes"],
        vec!["shelf", "remove", "1", &on_shelf, "--yes"],
        vec!["shelf", "move", "1", &to_move, "--to", "2", "--yes"],
        vec!["shelf", "delete", "3", "--yes"],
        vec!["alert", "add", "猫の本", "--title", "猫", "--yes"],
        vec!["alert", "edit", "宮部みゆき", "--title", "火車", "--yes"],
        vec!["alert", "delete", "宮部みゆき", "--yes"],
        vec!["settings", "email", "set", "new@example.jp", "--yes"],
        vec!["settings", "pickup", "北部", "--yes"],
        vec!["settings", "contact", "none", "--yes"],
        vec!["history", "disable", "--yes"],
        vec!["history", "enable", "--accept-terms", "--yes"],
    ];
    let mut failed = Vec::new();
    let mut run = |n: usize, args: &[&str], stdin: Option<String>| {
        let dir = captures.join(format!("{n:02}-{}", args.join("_")));
        let mut cmd = env.cmd();
        cmd.args(["--no-input", "capture"]).arg(&dir).args(args);
        if let Some(stdin) = stdin {
            cmd.write_stdin(stdin);
        }
        let out = cmd.output().unwrap();
        // `settings address` explains (exit 2); `renew --all` meets loans
        // the library will not renew (exit 7). Anything else must work.
        let expected = match args {
            ["settings", "address"] => 2,
            ["renew", ..] => 7,
            _ => 0,
        };
        if out.status.code() != Some(expected) {
            failed.push(format!(
                "{args:?}: {:?} {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    };
    for (n, args) in commands.iter().enumerate() {
        run(n, args, None);
    }
    // `doctor --bundle` keeps the pages it read the same way.
    let out = env
        .cmd()
        .args(["--no-input", "doctor", "--bundle"])
        .arg(captures.join("bundle"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n = commands.len();
    run(
        n,
        &[
            "settings",
            "password",
            "change",
            "--password-stdin",
            "--yes",
        ],
        Some(format!("{}\nnewpass12\nnewpass12\n", common::PASSWORD)),
    );
    run(
        n + 1,
        &[
            "password",
            "register",
            "--card",
            CARD,
            "--birth",
            "1985-04-12",
            "--phone",
            "0540000000",
            "--accept-terms",
            "--password-stdin",
            "--yes",
        ],
        Some("regpass34\nregpass34\n".to_string()),
    );
    run(
        n + 2,
        &["login", "--card", CARD, "--password-stdin"],
        Some("regpass34\n".to_string()),
    );
    run(n + 3, &["logout"], None);
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert_eq!(
        env.sim.with(|s| s.library.accounts[0].password.clone()),
        "regpass34",
        "the password writes were made"
    );
    assert_no_secret_under(&captures, &common::hash_tokens(&env.sim));
}
