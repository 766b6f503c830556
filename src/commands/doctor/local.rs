//! `doctor`'s local checks: the files under the config dir and their modes
//! (0600 files, 0700 directories), the card, the base URL, the session
//! cache and the password store. Nothing here talks to the site, and no
//! password is ever shown: the store is only asked whether it answers.

use std::path::Path;

use super::super::context::{CARD_ENV, Context, PASSWORD_ENV};
use crate::config::{self, PasswordStore, fsutil, session};
use crate::i18n::Lang;
use crate::model::doctor::{Check, CheckResult};
use secrecy::SecretString;

/// The local checks, and why the walk must not start (if it must not).
pub struct Local {
    pub checks: Vec<Check>,
    pub block: Option<String>,
}

fn check(name: &'static str, result: CheckResult, detail: String) -> Check {
    Check {
        name,
        screen: None,
        result,
        detail,
    }
}

/// A file's or directory's permission bits (unix).
#[cfg(unix)]
fn mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .ok()
        .map(|m| m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn mode(_path: &Path) -> Option<u32> {
    None
}

/// A path as the report shows it: the home directory as `~`, so that a
/// bundle does not carry the user's login name.
fn shown(path: &Path) -> String {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    match home.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) if !rest.as_os_str().is_empty() => format!("~/{}", rest.display()),
        _ => path.display().to_string(),
    }
}

/// `None` when the mode is as private as `expected` (or unknown); else the
/// warning, with the command that fixes it.
fn loose(lang: Lang, path: &Path, expected: u32) -> Option<String> {
    let mode = mode(path)?;
    (mode & 0o077 != 0).then(|| {
        let path = shown(path);
        match lang {
            Lang::Ja => format!(
                "{path} のモードが {mode:04o} です（想定は {expected:04o}: chmod {expected:o} {path}）"
            ),
            Lang::En => format!(
                "{path} is mode {mode:04o}, expected {expected:04o} (chmod {expected:o} {path})"
            ),
        }
    })
}

/// `path (0600)`, or the warning when it (or, with `own_dir`, the
/// directory holding it) is open to others.
fn file_fact(lang: Lang, path: &Path, expected: u32, own_dir: bool) -> (CheckResult, String) {
    let dir_warning = path
        .parent()
        .filter(|d| own_dir && d.is_dir())
        .and_then(|d| loose(lang, d, 0o700));
    match loose(lang, path, expected).or(dir_warning) {
        Some(warning) => (CheckResult::Warn, warning),
        None => {
            let mode_text = mode(path).map_or_else(String::new, |m| format!(" ({m:04o})"));
            (CheckResult::Ok, format!("{}{mode_text}", shown(path)))
        }
    }
}

pub fn checks(ctx: &Context, name: &str) -> Local {
    let lang = ctx.lang();
    let paths = &ctx.paths;
    let mut checks = Vec::new();
    let mut block = None;

    // The config dir itself.
    let dir = &paths.dir;
    checks.push(if dir.is_dir() {
        match loose(lang, dir, 0o700) {
            Some(w) => check("config_dir", CheckResult::Warn, w),
            None => {
                let (result, detail) = file_fact(lang, dir, 0o700, false);
                check("config_dir", result, detail)
            }
        }
    } else {
        check(
            "config_dir",
            CheckResult::Ok,
            format!(
                "{} ({})",
                shown(dir),
                lang.t("まだ作成されていません", "not created yet")
            ),
        )
    });

    // config.toml: profiles (card numbers, sites), never a password.
    let file = paths.config_file();
    checks.push(if file.is_file() {
        let (result, fact) = file_fact(lang, &file, 0o600, false);
        let n = ctx.config.profiles.len();
        check(
            "config_file",
            result,
            format!("{fact}; {n} {}", lang.t("件のプロファイル", "profile(s)")),
        )
    } else {
        check(
            "config_file",
            CheckResult::Ok,
            format!(
                "{} ({})",
                shown(&file),
                lang.t(
                    "なし: まだログインしていません",
                    "none: no profile saved yet"
                )
            ),
        )
    });

    if ctx.is_demo() {
        demo_checks(lang, &mut checks);
        return Local { checks, block };
    }

    let profile = ctx.config.profiles.get(name);
    // The card, masked as everywhere else.
    let card = ctx.known_card(name);
    checks.push(match (&card, profile.and_then(|p| p.card.as_ref())) {
        (Some(card), Some(_)) => check(
            "card",
            CheckResult::Ok,
            format!(
                "{} {name}: {}",
                lang.t("プロファイル", "profile"),
                config::mask_card(card)
            ),
        ),
        (Some(card), None) => check(
            "card",
            CheckResult::Ok,
            format!("{CARD_ENV}: {}", config::mask_card(card)),
        ),
        (None, _) => check(
            "card",
            CheckResult::Warn,
            format!(
                "{} {name} {}",
                lang.t("プロファイル", "profile"),
                lang.t(
                    "にカード番号がありません: `toshokan login` を実行してください",
                    "has no card number: run `toshokan login`"
                )
            ),
        ),
    });

    // The site: https, or plain http to this machine only (`base_url_for`
    // refuses the rest).
    let base = ctx.base_url_for(profile);
    checks.push(match &base {
        Ok(url) if url.scheme() == "http" => check(
            "base_url",
            CheckResult::Ok,
            format!("{url} ({})", lang.t("このマシン内", "loopback")),
        ),
        Ok(url) => check("base_url", CheckResult::Ok, url.to_string()),
        Err(e) => {
            block = Some(e.message.clone());
            check("base_url", CheckResult::Fail, e.message.clone())
        }
    });

    // The session cache.
    let session_file = paths.session_file(name);
    checks.push(match session::read(paths, name) {
        Some(cached) => {
            let (result, fact) = file_fact(lang, &session_file, 0o600, true);
            let this_site = base.as_ref().is_ok_and(|b| b.as_str() == cached.base_url);
            let this_card = card.as_deref() == Some(cached.card.as_str());
            if this_site && this_card {
                check(
                    "session",
                    result,
                    format!(
                        "{fact}; {} {}",
                        lang.t("保存日時", "saved"),
                        cached.saved_at.strftime("%Y-%m-%d %H:%M UTC")
                    ),
                )
            } else {
                check(
                    "session",
                    CheckResult::Warn,
                    format!(
                        "{fact}; {}",
                        lang.t(
                            "別のサイトまたはカードのセッションなので使われません",
                            "it belongs to another site or card and is not used"
                        )
                    ),
                )
            }
        }
        None if session_file.exists() => check(
            "session",
            CheckResult::Warn,
            format!(
                "{}: {}",
                shown(&session_file),
                lang.t(
                    "読めません（次のログインで作り直されます）",
                    "unreadable (the next login rewrites it)"
                )
            ),
        ),
        None => check(
            "session",
            CheckResult::Ok,
            lang.t(
                "保存されたセッションはありません（ログインが必要です）",
                "none cached (a login is needed)",
            )
            .to_string(),
        ),
    });

    checks.push(password_check(ctx, name, lang));

    // The reading-history cache, when there is one.
    let history = paths.dir.join("history").join(format!("{name}.json"));
    if history.is_file() {
        let (result, fact) = file_fact(lang, &history, 0o600, true);
        checks.push(check("history_cache", result, fact));
    }
    Local { checks, block }
}

/// The saved password's store: which one, and whether it answers. The
/// password itself is dropped unread.
fn password_check(ctx: &Context, name: &str, lang: Lang) -> Check {
    let profile = ctx.config.profiles.get(name);
    let secrets = ctx.secrets();
    let env = std::env::var_os(PASSWORD_ENV).is_some_and(|p| !p.is_empty());
    let env_note = if env {
        format!(
            "; {PASSWORD_ENV} {}",
            lang.t("も設定されています", "is set too")
        )
    } else {
        String::new()
    };
    match secrets.store_of(name, profile) {
        None if env => check(
            "password_store",
            CheckResult::Ok,
            format!(
                "{} {PASSWORD_ENV}",
                lang.t("保存なし; 使用:", "none saved; using")
            ),
        ),
        None => check(
            "password_store",
            CheckResult::Ok,
            lang.t(
                "保存なし（セッションが切れたらパスワードの入力か TOSHOKAN_PASSWORD が必要です）",
                "none saved (when the session ends, a prompt or TOSHOKAN_PASSWORD is needed)",
            )
            .to_string(),
        ),
        Some(PasswordStore::File) => {
            let file = ctx.paths.password_file(name);
            let what = lang.t("ファイル", "file");
            // Read as every run reads it: what that refuses, doctor fails.
            match fsutil::read_private(&file) {
                Ok(Some(text)) => {
                    drop(SecretString::from(text));
                    let (result, fact) = file_fact(lang, &file, 0o600, true);
                    check("password_store", result, format!("{what}: {fact}{env_note}"))
                }
                Ok(None) => check(
                    "password_store",
                    CheckResult::Warn,
                    format!(
                        "{what}: {} {}",
                        shown(&file),
                        lang.t(
                            "がありません。`toshokan login --save-password --password-store file` で保存し直してください",
                            "is missing; save it again with `toshokan login --save-password --password-store file`"
                        )
                    ),
                ),
                Err(e) => {
                    let e = crate::commands::errors::config_error(e, lang);
                    let path = file.display().to_string();
                    let said = |text: &str| text.replace(&path, &shown(&file));
                    let detail = match &e.hint {
                        Some(hint) => format!("{what}: {} ({})", said(&e.message), said(hint)),
                        None => format!("{what}: {}", said(&e.message)),
                    };
                    check("password_store", CheckResult::Fail, detail)
                }
            }
        }
        Some(PasswordStore::Keyring) => match secrets.load(name, profile) {
            Ok(Some(_)) => check(
                "password_store",
                CheckResult::Ok,
                format!(
                    "{}{env_note}",
                    lang.t(
                        "OS の鍵束: 応答あり、パスワードあり",
                        "OS keyring: reachable, password present"
                    )
                ),
            ),
            Ok(None) => check(
                "password_store",
                CheckResult::Warn,
                lang.t(
                    "OS の鍵束: 応答はありますが、このカードのパスワードがありません。`toshokan login --save-password` で保存し直してください",
                    "OS keyring: reachable, but it holds no password for this card; save it again with `toshokan login --save-password`",
                )
                .to_string(),
            ),
            Err(e) => check(
                "password_store",
                CheckResult::Warn,
                format!(
                    "{} ({e}); {}",
                    lang.t("OS の鍵束を使えません", "OS keyring unreachable"),
                    lang.t(
                        "cron では `toshokan login --save-password --password-store file` を使ってください",
                        "for cron, use `toshokan login --save-password --password-store file`"
                    )
                ),
            ),
        },
    }
}

/// Under `--demo`: the embedded simulator and its built-in account.
fn demo_checks(lang: Lang, checks: &mut Vec<Check>) {
    #[cfg(feature = "sim")]
    let card = config::mask_card(crate::sim::seed::DEMO_CARD);
    #[cfg(not(feature = "sim"))]
    let card = String::from("-");
    checks.push(check(
        "card",
        CheckResult::Ok,
        format!("{}: {card}", lang.t("デモ", "demo")),
    ));
    checks.push(check(
        "base_url",
        CheckResult::Ok,
        lang.t(
            "内蔵シミュレータ（このマシン内）",
            "the embedded simulator (loopback)",
        )
        .to_string(),
    ));
    checks.push(check(
        "session",
        CheckResult::Ok,
        lang.t(
            "デモはセッションを保存しません",
            "the demo keeps no session",
        )
        .to_string(),
    ));
    checks.push(check(
        "password_store",
        CheckResult::Ok,
        lang.t(
            "デモのパスワードは組み込みです",
            "the demo's password is built in",
        )
        .to_string(),
    ));
}
