//! Client errors in the user's words, with the documented exit codes.

use crate::client::ClientError;
use crate::client::http::bounded;
use crate::client::scrub::scrub_all;
use crate::config::{ConfigError, Kept, Paths, SHIZUOKA_BASE_URL, fsutil};
use crate::error::{Cause, CliError, Exit};
use crate::i18n::Lang;
use crate::model::Verdict;

/// Values this process sent (passwords, a birth date, a phone number, a
/// card): a site may echo them under any field name or as text, so no
/// report saved later may hold them.
static SENT: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Keeps `values` out of every report saved from now on.
pub fn keep_out_of_reports(values: &[String]) {
    if let Ok(mut sent) = SENT.lock() {
        for value in values {
            if !value.is_empty() && !sent.contains(value) {
                sent.push(value.clone());
            }
        }
    }
}

/// A client error converts with `?`; [`word`] says it at the edge.
impl From<ClientError> for CliError {
    fn from(err: ClientError) -> CliError {
        CliError {
            exit: exit_of(&err),
            message: err.to_string(),
            hint: None,
            cause: Some(Cause::Client(err)),
        }
    }
}

/// A config error converts with `?`; [`word`] says it at the edge.
impl From<ConfigError> for CliError {
    fn from(err: ConfigError) -> CliError {
        CliError {
            exit: config_exit(&err),
            message: err.to_string(),
            hint: None,
            cause: Some(Cause::Config(err)),
        }
    }
}

/// Words an error for the person, at the edge: a lower layer's error in
/// their language, with a page that was not recognised saved (scrubbed)
/// as a report under `paths`. An error already worded stays as it is.
pub fn word(err: CliError, lang: Lang, paths: Option<&Paths>) -> CliError {
    match err.cause {
        Some(Cause::Client(e)) => client_error(e, lang, paths),
        Some(Cause::Config(e)) => config_error(e, lang),
        None => err,
    }
}

/// What a config error means for the exit status: the person's input or
/// file to fix, or (a file that cannot be written) this machine.
fn config_exit(err: &ConfigError) -> Exit {
    match err {
        ConfigError::Io { .. } | ConfigError::NoConfigDir(_) | ConfigError::Encode { .. } => {
            Exit::Internal
        }
        ConfigError::Unreadable { .. }
        | ConfigError::BadCard
        | ConfigError::NotUrl { .. }
        | ConfigError::NotHttp { .. }
        | ConfigError::BadProfileName(_)
        | ConfigError::NoCard
        | ConfigError::SecretLink(_)
        | ConfigError::NotAFile(_)
        | ConfigError::Swapped(_)
        | ConfigError::OpenToOthers { .. } => Exit::Usage,
    }
}

/// A config error in the person's words.
pub fn config_error(err: ConfigError, lang: Lang) -> CliError {
    let exit = config_exit(&err);
    let said = |ja: String, en: String| CliError::new(exit, if lang == Lang::Ja { ja } else { en });
    let example = lang.t("例:", "for example");
    match &err {
        ConfigError::Io { path, why } => said(
            format!("{} を読み書きできません: {why}", path.display()),
            err.to_string(),
        ),
        ConfigError::NoConfigDir(why) => said(
            format!("設定ディレクトリが決まりません（ホームディレクトリが不明）: {why}"),
            err.to_string(),
        )
        .with_hint(lang.t(
            "--config-dir か TOSHOKAN_CONFIG_DIR を指定してください",
            "set --config-dir or TOSHOKAN_CONFIG_DIR",
        )),
        ConfigError::Unreadable { path, why, kept } => said(
            format!("{} を読めません: {why}", path.display()),
            err.to_string(),
        )
        .with_hint(match kept {
            Kept::Config => lang.t(
                "ファイルを直すか削除してください（プロファイル＝カード番号とベースURLが入っています）",
                "fix or remove the file; it holds profiles (card numbers, base URLs)",
            ),
            Kept::SeenRecord => lang.t(
                "削除すると最初からやり直します（今の該当資料はもう一度報告されます）",
                "delete the file to start afresh (every current match is then reported once more)",
            ),
        }),
        ConfigError::Encode { what, why } => {
            said(format!("{what} を書き出せません: {why}"), err.to_string())
        }
        ConfigError::BadCard => said("利用カード番号の形式が違います".into(), err.to_string()).with_hint(
            lang.t(
                "カード番号は英数字1〜16文字です（カードに印刷されたとおり）",
                "a card number is 1–16 ASCII letters or digits, as printed on the card",
            ),
        ),
        ConfigError::NotUrl { raw, why } => {
            said(format!("ベースURL {raw:?} はURLではありません: {why}"), err.to_string())
                .with_hint(format!("{example} {SHIZUOKA_BASE_URL}"))
        }
        ConfigError::NotHttp { raw } => {
            said(format!("ベースURL {raw:?} は http(s) ではありません"), err.to_string())
                .with_hint(format!("{example} {SHIZUOKA_BASE_URL}"))
        }
        ConfigError::BadProfileName(name) => {
            said(format!("プロファイル名 {name:?} は使えません"), err.to_string()).with_hint(
                lang.t(
                    "英数字と '-'、'_'、'.' を使ってください",
                    "use letters, digits, '-', '_' or '.'",
                ),
            )
        }
        ConfigError::NoCard => said(
            "プロファイルに利用カード番号がありません".into(),
            err.to_string(),
        ),
        ConfigError::SecretLink(path) => said(
            format!(
                "{} はシンボリックリンクです。秘密は通常のファイルからだけ読みます",
                path.display()
            ),
            err.to_string(),
        )
        .with_hint(format!(
            "{} {}",
            lang.t("リンクをファイルそのものに置き換えてください:", "replace the link by the file itself:"),
            path.display()
        )),
        ConfigError::NotAFile(path) => {
            said(format!("{} は通常のファイルではありません", path.display()), err.to_string())
        }
        ConfigError::Swapped(path) => {
            said(format!("{} は読んでいる間に変わりました", path.display()), err.to_string())
        }
        ConfigError::OpenToOthers { path, mode } => said(
            format!(
                "{} は他の利用者も読み書きできます (mode {mode:04o})。使いません",
                path.display()
            ),
            err.to_string(),
        )
        .with_hint(format!("chmod 600 {}", path.display())),
    }
}

/// What a client error means for the exit status, decided where it is met.
fn exit_of(err: &ClientError) -> Exit {
    match err {
        ClientError::Network(_)
        | ClientError::Timeout(_)
        | ClientError::Http(_)
        | ClientError::Site(_)
        | ClientError::TooLarge(_)
        | ClientError::Forbidden
        | ClientError::Maintenance => Exit::Unavailable,
        ClientError::NotFound {
            site_answered: false,
            ..
        } => Exit::Usage,
        // The site answered earlier in this run: the page moved, the URL did not.
        ClientError::NotFound { .. } | ClientError::Layout { .. } => Exit::Layout,
        ClientError::SessionGone
        | ClientError::NotLoggedIn
        | ClientError::BadCredentials
        | ClientError::PasswordKind(_) => Exit::Auth,
    }
}

pub fn client_error(err: ClientError, lang: Lang, paths: Option<&Paths>) -> CliError {
    let exit = exit_of(&err);
    let message = err.to_string();
    let worded = match err {
        ClientError::Network(_) => CliError::new(exit, message).with_hint(lang.t(
            "ネットワークと --base-url を確認してください",
            "check the network connection and --base-url",
        )),
        ClientError::Timeout(_) => CliError::new(exit, message).with_hint(lang.t(
            "しばらくしてから再実行するか --timeout を延ばしてください",
            "try again later or raise --timeout",
        )),
        ClientError::Http(_) | ClientError::Site(_) => CliError::new(exit, message)
            .with_hint(lang.t("しばらくしてから再実行してください", "try again later")),
        ClientError::NotFound { url, base, site_answered: false } => CliError::new(exit, format!(
            "{} {base} (HTTP 404: {url})",
            lang.t("LiCS-XP のサイトが応答しません:", "no LiCS-XP site answers at")
        ))
        .with_hint(format!(
            "{} {base} {}",
            lang.t("ベースURLを確認してください:", "check the base URL"),
            lang.t(
                "(--base-url、TOSHOKAN_BASE_URL、または正しい --base-url で login し直す)",
                "(--base-url, TOSHOKAN_BASE_URL, or log in again with the right --base-url)",
            )
        )),
        // The site answered earlier in this run: the page moved, the URL did not.
        ClientError::NotFound { base, .. } => CliError::new(exit, message).with_hint(format!(
            "{} {base}",
            lang.t(
                "サイトはこの実行中に応答していたので、このページが移動したようです。報告してください。ベースURL:",
                "the site answered earlier in this run, so this page seems to have moved; please report it. Base URL:",
            )
        )),
        ClientError::TooLarge(_) => CliError::new(exit, message).with_hint(lang.t(
            "図書館のページはこれほど大きくありません。--base-url を確認するか、しばらくしてから再実行してください",
            "no library page is this large: check --base-url, or try again later",
        )),
        ClientError::Forbidden => CliError::new(exit, message).with_hint(lang.t(
            "サイトがこのクライアントを拒否しました。時間をおいて再実行してください",
            "the site turned the client away; wait a while before trying again",
        )),
        ClientError::Maintenance => CliError::new(exit, message).with_hint(lang.t(
            "メンテナンス終了後に再実行してください",
            "try again after the maintenance window",
        )),
        ClientError::SessionGone | ClientError::NotLoggedIn => CliError::new(exit, lang.t(
            "ログインしていないか、セッションが切れています",
            "not logged in, or the session has expired",
        ))
        .with_hint(lang.t(
            "`toshokan login` を実行するか、TOSHOKAN_PASSWORD を設定するか `login --save-password` で保存してください",
            "run `toshokan login`, or set TOSHOKAN_PASSWORD, or save it with `login --save-password`",
        )),
        ClientError::BadCredentials => CliError::new(exit, lang.t(
            "利用カード番号またはパスワードが違います",
            "the card number or password was not accepted",
        ))
        .with_hint(lang.t(
            "入力を確認してください。何度も失敗するとカードがロックされることがあります",
            "check both; repeated failures may lock the card",
        )),
        ClientError::PasswordKind(kind) => CliError::new(exit, message).with_hint(match kind {
            "仮パスワード" => lang.t(
                "仮パスワードはウェブサイトでパスワードを変更してから使ってください",
                "change the temporary password on the library's website first",
            ),
            _ => lang.t(
                "予約パスワードでは利用状況を見られません。窓口でパスワードを申請してください",
                "a reservation-only password cannot open loans; apply for a full password at a counter",
            ),
        }),
        ClientError::Layout { screen, detail, page } => {
            let mut hint = lang
                .t(
                    "サイトの画面が想定と違います。推測はしません",
                    "the site's page differs from what toshokan knows; nothing was guessed",
                )
                .to_string();
            if let (Some(page), Some(paths)) = (page, paths)
                && let Some(file) = save_report(paths, &screen, &page)
            {
                hint = format!(
                    "{hint}; {} {}",
                    lang.t("個人情報を除いたページを保存しました:", "the page (personal data removed) is saved at"),
                    file.display()
                );
            }
            CliError::new(exit, format!("page layout not recognised ({screen}): {detail}")).with_hint(hint)
        }
    };
    CliError { exit, ..worded }
}

/// Saves a scrubbed copy of a page the client could not read.
fn save_report(paths: &Paths, screen: &str, page: &str) -> Option<std::path::PathBuf> {
    let stamp = jiff::Timestamp::now().as_second();
    let safe: String = screen
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let file = paths.reports_dir().join(format!("{stamp}-{safe}.html"));
    let mut cards: Vec<String> = crate::config::Config::load(paths)
        .map(|c| c.profiles.into_values().filter_map(|p| p.card).collect())
        .unwrap_or_default();
    cards.extend(std::env::var(super::context::CARD_ENV).ok());
    let sent = SENT.lock().map(|sent| sent.clone()).unwrap_or_default();
    let text = scrub_all(page, &cards, &sent);
    fsutil::write_atomic(&file, bounded(&text).as_bytes(), 0o600).ok()?;
    Some(file)
}

/// A parser's note in the user's language. The screen and the site's own
/// wording stay as they are; free-form notes are English (they are for
/// reports).
pub fn note_text(note: &crate::client::parse::notes::Note, lang: Lang) -> String {
    use crate::client::parse::notes::Lack;
    match (&note.what, lang) {
        (Lack::Column { label, fact }, Lang::Ja) => {
            format!("{}: 「{label}」列がありません（{fact} は空）", note.screen)
        }
        (Lack::Field { label, fact }, Lang::Ja) => {
            format!("{}: 「{label}」がありません（{fact} は空）", note.screen)
        }
        _ => note.to_string(),
    }
}

/// A failed read of a title's page, before anything is sent: a usage error
/// when the site does not know the only title asked for; otherwise that
/// title's verdict, which stops the batch when the page was not recognised.
pub fn title_read_failure<S>(
    lang: Lang,
    id: &str,
    err: ClientError,
    alone: bool,
) -> Result<Verdict<S>, CliError> {
    match err {
        ClientError::Site(message) if alone => Err(CliError::usage(format!("{id}: {message}"))
            .with_hint(lang.t(
                "`toshokan search` で ID を確かめてください",
                "check the ID with `toshokan search`",
            ))),
        e @ ClientError::Layout { .. } => Ok(Verdict::unexpected(e.to_string())),
        e => Ok(Verdict::not_sent(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::http::MAX_BODY;

    /// `?` keeps a client error's exit code and its cause; the words come
    /// at the edge, in the person's language.
    #[test]
    fn a_client_error_met_with_a_question_mark_is_worded_at_the_edge() {
        let err: CliError = ClientError::Maintenance.into();
        assert_eq!(err.exit, Exit::Unavailable);
        assert!(err.hint.is_none() && err.cause.is_some());
        let worded = word(err, Lang::Ja, None);
        assert_eq!(worded.exit, Exit::Unavailable);
        assert!(worded.cause.is_none());
        assert!(
            worded
                .hint
                .as_deref()
                .is_some_and(|h| h.contains("メンテナンス")),
            "{worded:?}"
        );
        let said = CliError::usage("already worded").with_hint("kept");
        let kept = word(said, Lang::Ja, None);
        assert_eq!(
            (kept.message.as_str(), kept.hint.as_deref()),
            ("already worded", Some("kept"))
        );
    }

    /// A page the client did not recognise, from a site that echoes the
    /// passwords in hidden inputs beside the patron's details: the report
    /// keeps neither.
    #[test]
    fn a_report_keeps_no_password_and_no_personal_value() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = Paths::resolve(Some(dir.path())).expect("paths");
        let page = r#"<html><body><form name="prevRequestForm" method="post">
<input type="hidden" name="oldpwd" value="demo1234"/>
<input type="hidden" name="newpwd" value="newpass12"/>
<input type="hidden" name="newpwd2" value="newpass12"/>
</form>
<table summary="利用者情報"><tr><th>氏名</th><td>静岡&#12288;花子</td></tr>
<tr><th>生年月日</th><td>1985/04/12</td></tr></table>
<p>静岡　花子 様 (19850412)</p></body></html>"#;
        let err = ClientError::Layout {
            screen: "password change".into(),
            detail: "unknown confirmation".into(),
            page: Some(std::sync::Arc::new(page.to_string())),
        };
        let cli = client_error(err, Lang::En, Some(&paths));
        assert_eq!(cli.exit, Exit::Layout);
        let reports: Vec<_> = std::fs::read_dir(paths.reports_dir())
            .expect("a report")
            .flatten()
            .map(|e| std::fs::read_to_string(e.path()).expect("readable"))
            .collect();
        assert_eq!(reports.len(), 1);
        for secret in ["demo1234", "newpass12", "花子", "1985/04/12", "19850412"] {
            assert!(!reports[0].contains(secret), "{secret}: {}", reports[0]);
        }
    }

    /// A site that echoes the password in a field not named like one, or
    /// shows it as text: the report still keeps out the values the command
    /// sent.
    #[test]
    fn a_report_keeps_no_value_the_command_sent() {
        use clap::Parser;
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().to_str().expect("utf-8 temp dir");
        let cli = crate::cli::Cli::parse_from(["toshokan", "--config-dir", config, "doctor"]);
        let ctx = super::super::context::Context::new(&cli.global).expect("context");
        ctx.keep_out_of_saved_pages(&["Zq7-sent-pw".to_string(), "Wk4-new-pw".to_string()]);
        let page = r#"<html><body><form name="f" method="post">
<input type="hidden" name="x1" value="Zq7-sent-pw"/>
</form><p>Your new password is Wk4-new-pw.</p></body></html>"#;
        let err = ClientError::layout("password change", "unknown confirmation").with_page(page);
        let cli = client_error(err, Lang::En, Some(&ctx.paths));
        assert_eq!(cli.exit, Exit::Layout);
        let reports: Vec<_> = std::fs::read_dir(ctx.paths.reports_dir())
            .expect("a report")
            .flatten()
            .map(|e| std::fs::read_to_string(e.path()).expect("readable"))
            .collect();
        assert_eq!(reports.len(), 1);
        for secret in ["Zq7-sent-pw", "Wk4-new-pw"] {
            assert!(!reports[0].contains(secret), "{secret}: {}", reports[0]);
        }
    }

    #[test]
    fn a_saved_report_is_capped() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            dir: dir.path().to_path_buf(),
        };
        let page = format!("<html><body>{}</body></html>", "a".repeat(MAX_BODY + 1024));
        let err = ClientError::layout("loans", "no table").with_page(&page);
        let err = client_error(err, Lang::En, Some(&paths));
        assert_eq!(err.exit, Exit::Layout);
        let reports: Vec<_> = std::fs::read_dir(paths.reports_dir())
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .collect();
        assert_eq!(reports.len(), 1);
        assert!(reports[0] <= MAX_BODY as u64, "{reports:?}");
    }
}
