//! `doctor [--bundle DIR]`: local checks, then a read-only walk of every
//! screen the client reads, one row each (`ok`, `warn` when the parser left
//! notes, `fail` when the page was not recognised, `skipped`). `--bundle`
//! keeps every page fetched, scrubbed, with the summary, for a report.
//!
//! Never a write: only the client's reads are called here (no confirmation,
//! no one-post write, no shelf switch: "one shelf" is the shelf the マイ本棚
//! page itself shows). A failing screen does not stop the walk; a site that
//! cannot be reached does, and login trouble skips the account screens.

mod local;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::capture::Capture;
use super::context::Context;
use crate::cli::DoctorArgs;
use crate::client::catalog::SearchQuery;
use crate::client::parse::notes::{self, Note};
use crate::client::settings::SettingsScreen;
use crate::client::{Client, ClientError};
use crate::config::fsutil;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::doctor::{Check, CheckResult, DoctorReport};

/// The label of each check's screen, as the site names it.
mod label {
    pub const MENU: &str = "メニュー";
    pub const LOANS: &str = "貸出状況一覧";
    pub const RESERVATIONS: &str = "予約状況一覧";
    pub const CART: &str = "予約カート";
    pub const SHELVES: &str = "マイ本棚";
    pub const SHELF: &str = "マイ本棚（リスト詳細）";
    pub const ALERTS: &str = "新着図書お知らせ";
    pub const HISTORY: &str = "読書履歴";
    pub const USER_INFO: &str = "利用者情報設定";
    pub const EMAIL: &str = "メールアドレス変更";
    pub const CONTACT: &str = "受取館・連絡方法の変更";
    pub const PASSWORD: &str = "パスワード変更";
    pub const HISTORY_SETTING: &str = "読書履歴の設定";
    pub const CALENDAR: &str = "図書館カレンダー";
    pub const NEW_MENU: &str = "新着資料";
    pub const NEW_LIST: &str = "新着資料一覧";
    pub const SEARCH_FORM: &str = "詳細検索";
    pub const SEARCH: &str = "検索結果一覧";
    pub const DETAIL: &str = "書誌詳細";
    pub const REGISTER: &str = "パスワード登録";
}

/// Every screen the walk reads, in order: (name, screen, needs a login).
const SITE_CHECKS: [(&str, &str, bool); 20] = [
    ("menu", label::MENU, true),
    ("loans", label::LOANS, true),
    ("reservations", label::RESERVATIONS, true),
    ("cart", label::CART, true),
    ("shelves", label::SHELVES, true),
    ("shelf", label::SHELF, true),
    ("alerts", label::ALERTS, true),
    ("history", label::HISTORY, true),
    ("user_info", label::USER_INFO, true),
    ("settings_email", label::EMAIL, true),
    ("settings_contact", label::CONTACT, true),
    ("settings_password", label::PASSWORD, true),
    ("settings_history", label::HISTORY_SETTING, true),
    ("calendar", label::CALENDAR, false),
    ("new_menu", label::NEW_MENU, false),
    ("new_list", label::NEW_LIST, false),
    ("search_form", label::SEARCH_FORM, false),
    ("search", label::SEARCH, false),
    ("detail", label::DETAIL, false),
    ("register_terms", label::REGISTER, false),
];

const SETTINGS: [(&str, &str, SettingsScreen); 4] = [
    ("settings_email", label::EMAIL, SettingsScreen::Mail),
    ("settings_contact", label::CONTACT, SettingsScreen::Contact),
    (
        "settings_password",
        label::PASSWORD,
        SettingsScreen::Password,
    ),
    (
        "settings_history",
        label::HISTORY_SETTING,
        SettingsScreen::History,
    ),
];

/// What kind of trouble an error is, for the walk.
enum Trouble {
    /// No session and no way to log in, or the password was refused.
    Login,
    /// The site cannot be read at all now (network, timeout, 403, 5xx, maintenance).
    Unreachable,
    /// This screen was not recognised (exit 6, as any command reading it).
    Screen,
    /// The site answered this screen with its own error message or an HTTP
    /// error (exit 5, as any command reading it).
    Refused,
    /// HTTP 404 from a transport that has seen no LiCS-XP page: no site at
    /// the base URL (exit 2), unless an earlier screen of the walk was read.
    WrongUrl,
}

fn trouble(e: &ClientError) -> Trouble {
    match e {
        ClientError::NotLoggedIn
        | ClientError::SessionGone
        | ClientError::BadCredentials
        | ClientError::PasswordKind(_) => Trouble::Login,
        ClientError::Network(_)
        | ClientError::Timeout(_)
        | ClientError::Forbidden
        | ClientError::Maintenance => Trouble::Unreachable,
        ClientError::Http(code) if *code >= 500 => Trouble::Unreachable,
        ClientError::Http(_) | ClientError::Site(_) | ClientError::TooLarge(_) => Trouble::Refused,
        ClientError::NotFound {
            site_answered: false,
            ..
        } => Trouble::WrongUrl,
        ClientError::Layout { .. } | ClientError::NotFound { .. } => Trouble::Screen,
    }
}

/// The rows so far and what stops the rest.
struct Walk {
    lang: Lang,
    checks: Vec<Check>,
    /// Notes already shown on an earlier row (a page read twice says them once).
    reported: Vec<Note>,
    /// Why the account screens are skipped (login trouble).
    no_login: Option<String>,
    /// Why every remaining screen is skipped (the site cannot be reached,
    /// or a local check forbids contacting it).
    stopped: Option<String>,
    login_failed: bool,
    unreachable: bool,
    /// A screen was not recognised.
    layout_error: bool,
    /// A screen answered with the site's error (not a layout problem).
    site_error: bool,
    /// No LiCS-XP site answers at the base URL.
    wrong_url: bool,
    /// What stopped the account screens when it was neither login nor the
    /// site (a profile in use, a setting refused): that error's exit.
    blocked: Option<Exit>,
    /// A page was not recognised: its new page token was not taken, so the
    /// session needs fresh tokens before the next account screen.
    stale: bool,
}

impl Walk {
    fn new(lang: Lang) -> Walk {
        Walk {
            lang,
            checks: Vec::new(),
            reported: Vec::new(),
            no_login: None,
            stopped: None,
            login_failed: false,
            unreachable: false,
            layout_error: false,
            site_error: false,
            wrong_url: false,
            blocked: None,
            stale: false,
        }
    }

    fn push(
        &mut self,
        name: &'static str,
        screen: &'static str,
        result: CheckResult,
        detail: String,
    ) {
        self.checks.push(Check {
            name,
            screen: Some(screen),
            result,
            detail,
        });
    }

    /// Whether `name` is to be read; when not, its row says why.
    fn go(&mut self, name: &'static str, screen: &'static str, login: bool) -> bool {
        let reason = self
            .stopped
            .clone()
            .or_else(|| self.no_login.clone().filter(|_| login));
        match reason {
            Some(reason) => {
                self.push(name, screen, CheckResult::Skipped, reason);
                false
            }
            None => true,
        }
    }

    fn skip(&mut self, name: &'static str, screen: &'static str, reason: &str) {
        self.push(name, screen, CheckResult::Skipped, reason.to_string());
    }

    /// The notes parsers left since the last row, less those already shown.
    fn fresh_notes(&mut self) -> Vec<String> {
        let mut fresh = Vec::new();
        for note in notes::take() {
            if !self.reported.contains(&note) {
                fresh.push(super::errors::note_text(&note, self.lang));
                self.reported.push(note);
            }
        }
        fresh
    }

    /// Records one read: `ok` with what was read, `warn` when the parser
    /// left notes, `fail` with the reason.
    fn record<T>(
        &mut self,
        name: &'static str,
        screen: &'static str,
        result: Result<T, ClientError>,
        read: impl FnOnce(&T, Lang) -> String,
    ) -> Option<T> {
        let notes = self.fresh_notes();
        let lang = self.lang;
        match result {
            Ok(value) => {
                let what = read(&value, lang);
                if notes.is_empty() {
                    self.push(name, screen, CheckResult::Ok, what);
                } else {
                    let detail = format!("{what}; {}", notes.join("; "));
                    self.push(name, screen, CheckResult::Warn, detail);
                }
                Some(value)
            }
            Err(e) => {
                // Each public screen has a transport of its own: a screen
                // already read proves the site answers at this URL.
                let read_before = self.checks.iter().any(|c| {
                    c.screen.is_some() && matches!(c.result, CheckResult::Ok | CheckResult::Warn)
                });
                let e = match e {
                    ClientError::NotFound { url, base, .. } if read_before => {
                        ClientError::NotFound {
                            url,
                            base,
                            site_answered: true,
                        }
                    }
                    e => e,
                };
                let kind = trouble(&e);
                let err = super::errors::client_error(e, lang, None);
                let mut detail = err.message.clone();
                match kind {
                    Trouble::Login => {
                        if let Some(hint) = &err.hint {
                            detail = format!("{detail} ({hint})");
                        }
                        self.login_failed = true;
                        self.no_login =
                            Some(lang.t("ログインしていません", "not logged in").to_string());
                    }
                    Trouble::Unreachable => {
                        self.unreachable = true;
                        self.stopped = Some(
                            lang.t(
                                "サイトに接続できません（上の失敗を参照）",
                                "the site could not be reached (see the failure above)",
                            )
                            .to_string(),
                        );
                    }
                    Trouble::WrongUrl => {
                        if let Some(hint) = &err.hint {
                            detail = format!("{detail} ({hint})");
                        }
                        self.wrong_url = true;
                        self.stopped = Some(
                            lang.t(
                                "ベースURLに LiCS-XP のサイトがありません（上の失敗を参照）",
                                "no LiCS-XP site at the base URL (see the failure above)",
                            )
                            .to_string(),
                        );
                    }
                    Trouble::Screen => {
                        self.stale = true;
                        self.layout_error = true;
                    }
                    Trouble::Refused => {
                        self.stale = true;
                        self.site_error = true;
                    }
                }
                if !notes.is_empty() {
                    detail = format!("{detail}; {}", notes.join("; "));
                }
                self.push(name, screen, CheckResult::Fail, detail);
                None
            }
        }
    }

    fn report(&self, bundle: Option<&Path>) -> (DoctorReport, Exit) {
        let failed = |local: bool| {
            self.checks
                .iter()
                .any(|c| c.result == CheckResult::Fail && c.screen.is_none() == local)
        };
        let exit = if self.wrong_url {
            Exit::Usage
        } else if self.unreachable {
            Exit::Unavailable
        } else if self.login_failed {
            Exit::Auth
        } else if let Some(exit) = self.blocked {
            exit
        } else if self.layout_error {
            Exit::Layout
        } else if self.site_error {
            Exit::Unavailable
        } else if failed(false) {
            Exit::Layout
        } else if failed(true) {
            Exit::Usage
        } else {
            Exit::Success
        };
        let report = DoctorReport {
            ok: exit == Exit::Success,
            checks: self.checks.clone(),
            bundle: bundle.map(|p| p.display().to_string()),
        };
        (report, exit)
    }
}

pub async fn run(ctx: &mut Context, args: &DoctorArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    // A bundle goes into a new or empty directory; refused before anything is fetched.
    let bundle = match &args.bundle {
        Some(dir) => Some(bundle_dir(dir, lang)?),
        None => None,
    };
    let capture = bundle
        .as_ref()
        .map(|dir| Arc::new(Capture::held(dir.clone(), ctx.known_cards())));
    if let Some(capture) = &capture {
        ctx.keep_pages(Arc::clone(capture));
    }
    let name = ctx.profile_name().to_string();
    let mut walk = Walk::new(lang);
    let local = local::checks(ctx, &name);
    walk.checks.extend(local.checks);
    walk.stopped = local.block.map(|reason| {
        format!(
            "{}: {reason}",
            lang.t("サイトには接続しません", "the site is not contacted")
        )
    });
    // Notes from before the walk belong to no screen.
    let _ = notes::take();
    let mut found = Found::default();
    account_walk(ctx, &name, &mut walk, &mut found).await?;
    public_walk(ctx, &mut walk, &mut found).await;

    let (report, exit) = walk.report(bundle.as_deref());
    if let (Some(dir), Some(capture)) = (&bundle, &capture) {
        write_bundle(ctx, dir, capture, &report, exit, &found.personal)?;
    }
    crate::output::doctor::print(&ctx.out, &report)?;
    ctx.out
        .note(&crate::output::doctor::verdict(lang, &report, exit));
    if let Some(dir) = &bundle {
        ctx.out.note(&format!(
            "{}: {} ({})",
            lang.t("報告用の一式", "bundle"),
            dir.display(),
            lang.t(
                "カード番号・トークン・氏名・住所・メール・電話番号は除いてありますが、送る前に中身を確かめてください",
                "card numbers, tokens, name, address, mail and phone are scrubbed; look through it before sending"
            )
        ));
    }
    Ok(exit)
}

/// What the account screens lend the public ones, and what the bundle must scrub.
#[derive(Default)]
struct Found {
    /// (title code, title) of the first loan.
    loan: Option<(String, String)>,
    /// The patron's name, address and the like, as the user info screen shows them.
    personal: Vec<String>,
}

async fn account_walk(
    ctx: &mut Context,
    name: &str,
    walk: &mut Walk,
    found: &mut Found,
) -> Result<(), CliError> {
    let lang = walk.lang;
    if walk.stopped.is_some() {
        for (check, screen, _) in SITE_CHECKS.iter().filter(|c| c.2) {
            walk.go(check, screen, true);
        }
        return Ok(());
    }
    let mut account = match ctx.open(name).map_err(|e| ctx.word(e)) {
        Ok(account) => account,
        Err(e) if e.exit == Exit::Auth => {
            let mut detail = e.message.clone();
            if let Some(hint) = &e.hint {
                detail = format!("{detail} ({hint})");
            }
            walk.login_failed = true;
            walk.no_login = Some(lang.t("ログインしていません", "not logged in").to_string());
            walk.push("menu", label::MENU, CheckResult::Fail, detail);
            for (check, screen, _) in SITE_CHECKS.iter().filter(|c| c.2).skip(1) {
                walk.go(check, screen, true);
            }
            return Ok(());
        }
        // A profile in use by another run, a setting refused: the account
        // screens cannot be read, the public ones still can, and the report
        // is still written.
        Err(e) => {
            walk.blocked = Some(e.exit);
            walk.no_login = Some(e.message.clone());
            walk.push("menu", label::MENU, CheckResult::Fail, e.message);
            for (check, screen, _) in SITE_CHECKS.iter().filter(|c| c.2).skip(1) {
                walk.go(check, screen, true);
            }
            return Ok(());
        }
    };
    let today = ctx.today;
    let client = &mut account.client;

    let menu = client.menu().await;
    let logged_in_now = client.logged_in_this_run();
    walk.record("menu", label::MENU, menu, |s, lang| {
        let how = if logged_in_now {
            lang.t("今回ログイン", "logged in now")
        } else {
            lang.t("保存したセッション", "cached session")
        };
        let mut parts = vec![how.to_string()];
        if let Some(n) = s.loans {
            parts.push(format!("{} {n}", lang.t("貸出", "loans")));
        }
        if let Some(n) = s.reservations {
            parts.push(format!("{} {n}", lang.t("予約", "reservations")));
        }
        if let Some(d) = s.expires_on {
            parts.push(format!("{} {d}", lang.t("有効期限", "card expires")));
        }
        parts.join(", ")
    });
    if walk.stopped.is_none() && walk.no_login.is_none() && !client.has_session() {
        walk.no_login = Some(
            lang.t(
                "メニューを読めずセッションがありません",
                "no session: the menu could not be read",
            )
            .to_string(),
        );
    }

    if ready(client, walk, "loans", label::LOANS).await {
        let loans = client.loans(today).await;
        if let Some(listing) = walk.record("loans", label::LOANS, loans, |l, lang| {
            let overdue = l.items.iter().filter(|l| l.overdue).count();
            format!(
                "{} {}{}",
                l.items.len(),
                lang.t("件の貸出", "loan(s)"),
                if overdue > 0 {
                    format!(" ({overdue} {})", lang.t("件延滞", "overdue"))
                } else {
                    String::new()
                }
            )
        }) {
            found.loan = listing
                .items
                .first()
                .map(|l| (l.id.clone(), l.title.clone()));
        }
    }
    if ready(client, walk, "reservations", label::RESERVATIONS).await {
        let rsv = client.reservations(today).await;
        walk.record("reservations", label::RESERVATIONS, rsv, |r, lang| {
            format!("{} {}", r.items.len(), lang.t("件の予約", "reservation(s)"))
        });
    }
    if ready(client, walk, "cart", label::CART).await {
        let cart = client.cart_page().await;
        walk.record("cart", label::CART, cart, |c, lang| {
            format!("{} {}", c.items.len(), lang.t("タイトル", "title(s)"))
        });
    }
    if ready(client, walk, "shelves", label::SHELVES).await {
        let page = client.shelf_page().await;
        let page = walk.record("shelves", label::SHELVES, page, |p, lang| {
            format!("{} {}", p.shelves.len(), lang.t("個の本棚", "shelf(s)"))
        });
        // One shelf: the one the page shows (no switch is sent).
        match page.as_ref().and_then(|p| p.current.as_ref()) {
            Some(shelf) => walk.push(
                "shelf",
                label::SHELF,
                CheckResult::Ok,
                match lang {
                    Lang::Ja => format!(
                        "{}番「{}」: {} タイトル（本棚の画面が表示している本棚）",
                        shelf.id,
                        shelf.name,
                        shelf.items.len()
                    ),
                    Lang::En => format!(
                        "shelf {} 「{}」: {} title(s) (the one the shelf page shows)",
                        shelf.id,
                        shelf.name,
                        shelf.items.len()
                    ),
                },
            ),
            None if page.is_some() => walk.skip(
                "shelf",
                label::SHELF,
                lang.t("本棚がありません", "no shelf to open"),
            ),
            None => walk.skip(
                "shelf",
                label::SHELF,
                lang.t(
                    "本棚の一覧を読めませんでした",
                    "the shelf list could not be read",
                ),
            ),
        }
    } else {
        walk.go("shelf", label::SHELF, true);
    }
    if ready(client, walk, "alerts", label::ALERTS).await {
        let alerts = client.alert_page().await;
        walk.record("alerts", label::ALERTS, alerts, |a, lang| {
            format!("{} {}", a.alerts.len(), lang.t("件の条件", "condition(s)"))
        });
    }
    if ready(client, walk, "history", label::HISTORY).await {
        let history = client.history_first_page().await;
        walk.record("history", label::HISTORY, history, |h, lang| {
            if !h.recording {
                return lang
                    .t("記録していません（設定で停止中）", "recording is off")
                    .to_string();
            }
            match h.total {
                Some(total) => format!(
                    "{} / {total} {}",
                    h.entries.len(),
                    lang.t("件（最初のページ）", "rows (first page)")
                ),
                None => format!(
                    "{} {}",
                    h.entries.len(),
                    lang.t("件（最初のページ）", "rows (first page)")
                ),
            }
        });
    }
    let mut info_read = false;
    if ready(client, walk, "user_info", label::USER_INFO).await {
        let info = client.user_info().await;
        if let Some(info) = walk.record("user_info", label::USER_INFO, info, |i, lang| {
            let mut parts = Vec::new();
            if let Some(d) = i.expires_on {
                parts.push(format!("{} {d}", lang.t("有効期限", "card expires")));
            }
            if let Some(p) = &i.pickup_library {
                parts.push(format!("{} {p}", lang.t("受取館", "pickup")));
            }
            if let Some(on) = i.history_recording {
                parts.push(format!(
                    "{} {}",
                    lang.t("読書履歴", "history"),
                    if on { "on" } else { "off" }
                ));
            }
            if parts.is_empty() {
                parts.push(lang.t("読めました", "read").to_string());
            }
            parts.join(", ")
        }) {
            info_read = true;
            found.personal.extend(
                [
                    info.name,
                    info.address,
                    info.home_phone,
                    info.mobile_phone,
                    info.email,
                ]
                .into_iter()
                .flatten(),
            );
        }
    }
    for (check, screen, which) in SETTINGS {
        // Each settings screen is opened from the user information screen.
        if !info_read && walk.stopped.is_none() && walk.no_login.is_none() {
            walk.skip(
                check,
                screen,
                lang.t(
                    "利用者情報の画面から開くため、省略しました",
                    "opened from the user information screen, which could not be read",
                ),
            );
            continue;
        }
        if ready(client, walk, check, screen).await {
            let page = client.settings_page(which).await;
            walk.record(check, screen, page, |(_, page), lang| {
                let choices: usize = ["watspt", "renraku", "rireki"]
                    .iter()
                    .map(|n| page.options(n).len())
                    .sum();
                if choices > 0 {
                    format!(
                        "{} ({choices} {})",
                        lang.t("フォーム", "form"),
                        lang.t("個の選択肢", "choices")
                    )
                } else {
                    lang.t("フォーム", "form").to_string()
                }
            });
        }
    }
    Ok(())
}

/// Whether an account screen is to be read (its row says why not), after
/// taking fresh page tokens when the last page was not recognised: the site
/// accepts only the newest token, which that page carried.
async fn ready(
    client: &mut Client,
    walk: &mut Walk,
    name: &'static str,
    screen: &'static str,
) -> bool {
    if walk.stale && walk.stopped.is_none() && walk.no_login.is_none() {
        walk.stale = false;
        // A read; its outcome shows on the next screen if it matters.
        let _ = client.menu().await;
        // The header was reported on the menu row already.
        let _ = walk.fresh_notes();
    }
    walk.go(name, screen, true)
}

/// The public screens, on an anonymous client of the same site (their
/// direct links reset a session, so never on the account's).
async fn public_walk(ctx: &mut Context, walk: &mut Walk, found: &mut Found) {
    let lang = walk.lang;
    let public: Vec<(&'static str, &'static str)> = SITE_CHECKS
        .iter()
        .filter(|c| !c.2)
        .map(|c| (c.0, c.1))
        .collect();
    let mut client: Client =
        match (walk.stopped.is_none()).then(|| ctx.public_client().map_err(|e| ctx.word(e))) {
            Some(Ok(client)) => client,
            Some(Err(e)) => {
                // No client for the public screens: say so on the first of them.
                let mut rest = public.into_iter();
                if let Some((check, screen)) = rest.next() {
                    walk.push(check, screen, CheckResult::Fail, e.message.clone());
                }
                walk.blocked.get_or_insert(e.exit);
                walk.stopped = Some(e.message);
                for (check, screen) in rest {
                    walk.go(check, screen, false);
                }
                return;
            }
            None => {
                for (check, screen) in public {
                    walk.go(check, screen, false);
                }
                return;
            }
        };

    if walk.go("calendar", label::CALENDAR, false) {
        let calendar = client.calendar(None).await;
        walk.record("calendar", label::CALENDAR, calendar, |c, lang| {
            format!(
                "{}: {} {}",
                c.library.as_deref().unwrap_or("-"),
                c.closed.len(),
                lang.t("日の休館日", "closed day(s)")
            )
        });
    }
    let mut arrival: Option<(String, String)> = None;
    let mut genres = None;
    if walk.go("new_menu", label::NEW_MENU, false) {
        let menu = client.new_arrival_genres().await;
        genres = walk.record("new_menu", label::NEW_MENU, menu, |g, lang| {
            format!("{} {}", g.len(), lang.t("ジャンル", "genre(s)"))
        });
    }
    match genres.as_ref().and_then(|g| g.first()) {
        Some(genre) if walk.go("new_list", label::NEW_LIST, false) => {
            let list = client.new_arrivals(genre).await;
            if let Some(list) = walk.record("new_list", label::NEW_LIST, list, |l, lang| {
                format!(
                    "{}: {} {}",
                    genre.name,
                    l.len(),
                    lang.t("タイトル", "title(s)")
                )
            }) {
                arrival = list.first().map(|a| (a.id.clone(), a.title.clone()));
            }
        }
        Some(_) => {}
        None if genres.is_some() => walk.skip(
            "new_list",
            label::NEW_LIST,
            lang.t("ジャンルがありません", "no genre listed"),
        ),
        None => {
            if walk.go("new_list", label::NEW_LIST, false) {
                walk.skip(
                    "new_list",
                    label::NEW_LIST,
                    lang.t(
                        "ジャンル一覧を読めませんでした",
                        "the genre menu could not be read",
                    ),
                );
            }
        }
    }
    let mut form = None;
    if walk.go("search_form", label::SEARCH_FORM, false) {
        let read = client.search_form().await;
        form = walk.record("search_form", label::SEARCH_FORM, read, |f, lang| {
            format!(
                "{} {}, {} {}",
                f.choices.libraries.len(),
                lang.t("館", "libraries"),
                f.choices.kinds.len(),
                lang.t("資料種別", "material kinds")
            )
        });
    }
    // The words: a title the site surely has (a new arrival, else a loan).
    let words = arrival
        .as_ref()
        .or(found.loan.as_ref())
        .map(|(_, title)| search_words(title))
        .unwrap_or_else(|| "図書館".to_string());
    let mut hit: Option<String> = None;
    match &form {
        Some(form) if walk.go("search", label::SEARCH, false) => {
            let query = SearchQuery {
                words: Some(words.clone()),
                ..SearchQuery::default()
            };
            let result = client.search(form, &query).await;
            if let Some((page, _)) = walk.record("search", label::SEARCH, result, |(p, _), lang| {
                format!("「{words}」: {} {}", p.total, lang.t("件", "hit(s)"))
            }) {
                hit = page.hits.first().map(|h| h.id.clone());
            }
        }
        Some(_) => {}
        None => {
            if walk.go("search", label::SEARCH, false) {
                walk.skip(
                    "search",
                    label::SEARCH,
                    lang.t(
                        "検索画面を読めませんでした",
                        "the search form could not be read",
                    ),
                );
            }
        }
    }
    // The title: the first hit, else the first loan, else a new arrival.
    let title = hit
        .or_else(|| found.loan.as_ref().map(|(id, _)| id.clone()))
        .or_else(|| arrival.as_ref().map(|(id, _)| id.clone()));
    if walk.go("detail", label::DETAIL, false) {
        match title {
            Some(id) => {
                let detail = client.title(&id).await.and_then(|d| {
                    d.ok_or_else(|| {
                        ClientError::Site(format!("the site says it has no title {id}"))
                    })
                });
                walk.record("detail", label::DETAIL, detail, |d, lang| {
                    format!(
                        "{} 「{}」: {} {}",
                        d.id,
                        d.title,
                        d.holdings
                            .as_ref()
                            .map_or_else(|| "-".to_string(), |h| h.len().to_string()),
                        lang.t("件の所蔵", "holding(s)")
                    )
                });
            }
            None => walk.skip(
                "detail",
                label::DETAIL,
                lang.t("開くタイトルがありません", "nothing to open"),
            ),
        }
    }
    if walk.go("register_terms", label::REGISTER, false) {
        let terms = client.register_terms().await;
        walk.record(
            "register_terms",
            label::REGISTER,
            terms,
            |t, lang| match &t.terms {
                Some(text) => format!(
                    "{} ({} {})",
                    lang.t("規約", "terms"),
                    text.chars().count(),
                    lang.t("文字", "characters")
                ),
                None => lang.t("規約の画面", "terms page").to_string(),
            },
        );
    }
}

/// A few words of a title to search for: up to the first separator, at
/// most 20 characters.
fn search_words(title: &str) -> String {
    let separators = [
        ' ', '　', ':', '：', '(', '（', '・', '/', '／', '「', '」', '、', '。', '-', '―', '〜',
        '~', '[', '［', '<', '＜',
    ];
    let head: String = title
        .split(|c| separators.contains(&c))
        .find(|w| w.chars().count() >= 2)
        .unwrap_or(title)
        .chars()
        .take(20)
        .collect();
    if head.trim().is_empty() {
        "図書館".to_string()
    } else {
        head
    }
}

/// The bundle's directory: new, or empty; anything else is refused (exit 2).
fn bundle_dir(dir: &Path, lang: Lang) -> Result<PathBuf, CliError> {
    if dir.exists() {
        let refuse = |why: &str| {
            CliError::usage(format!("--bundle {}: {why}", dir.display())).with_hint(lang.t(
                "新しいディレクトリか空のディレクトリを指定してください",
                "give a new or empty directory",
            ))
        };
        if !dir.is_dir() {
            return Err(refuse(
                lang.t("ディレクトリではありません", "not a directory"),
            ));
        }
        let mut entries = std::fs::read_dir(dir)
            .map_err(|e| CliError::usage(format!("--bundle {}: {e}", dir.display())))?;
        if entries.next().is_some() {
            return Err(refuse(lang.t("空ではありません", "not empty")));
        }
    }
    fsutil::ensure_dir(dir)?;
    std::fs::canonicalize(dir)
        .map_err(|e| CliError::usage(format!("--bundle {}: {e}", dir.display())))
}

/// Writes the pages (scrubbed now that every personal value is known) and
/// the summary, all 0600 in a 0700 directory.
fn write_bundle(
    ctx: &Context,
    dir: &Path,
    capture: &Capture,
    report: &DoctorReport,
    exit: Exit,
    personal: &[String],
) -> Result<(), CliError> {
    let pages = capture.write_held(personal)?;
    let json = serde_json::to_string_pretty(report)
        .map_err(|e| CliError::new(Exit::Internal, e.to_string()))?;
    fsutil::write_atomic(
        &dir.join("summary.json"),
        format!("{json}\n").as_bytes(),
        0o600,
    )?;
    let lang = ctx.lang();
    let facts = vec![
        (
            lang.t("バージョン", "version").to_string(),
            env!("CARGO_PKG_VERSION").to_string(),
        ),
        (lang.t("日付", "date").to_string(), ctx.today.to_string()),
        (
            lang.t("OS", "os").to_string(),
            format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        ),
        (
            lang.t("プロファイル", "profile").to_string(),
            ctx.profile_name().to_string(),
        ),
        (lang.t("ページ", "pages").to_string(), pages.to_string()),
    ];
    let text = crate::output::doctor::summary_text(&ctx.out, report, &facts, exit);
    fsutil::write_atomic(&dir.join("summary.txt"), text.as_bytes(), 0o600)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::search_words;

    #[test]
    fn search_words_take_the_head_of_a_title() {
        assert_eq!(search_words("銀河鉄道の夜"), "銀河鉄道の夜");
        assert_eq!(search_words("吾輩は猫である 上巻"), "吾輩は猫である");
        assert_eq!(search_words("A：副題"), "副題");
        assert_eq!(search_words(""), "図書館");
    }
}
