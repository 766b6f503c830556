//! `doctor`: the report as a table (one row per check) or JSON, the closing
//! verdict, and the human summary a bundle carries.

use super::{Cell, Column, Output, Table, Tone};
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::doctor::{Check, CheckResult, DoctorReport};

pub fn result_text(lang: Lang, result: CheckResult) -> &'static str {
    match result {
        CheckResult::Ok => lang.t("正常", "ok"),
        CheckResult::Warn => lang.t("注意", "warn"),
        CheckResult::Fail => lang.t("失敗", "fail"),
        CheckResult::Skipped => lang.t("省略", "skipped"),
    }
}

/// What a check is called in the table: the site's own screen name in
/// Japanese, a short description in English.
pub fn label(lang: Lang, check: &Check) -> String {
    let (ja, en) = match check.name {
        "config_dir" => ("設定ディレクトリ", "config dir"),
        "config_file" => ("設定ファイル", "config file"),
        "card" => ("利用カード", "card"),
        "base_url" => ("サイトの URL", "base URL"),
        "session" => ("セッション", "session cache"),
        "password_store" => ("パスワードの保存先", "password store"),
        "history_cache" => ("読書履歴キャッシュ", "history cache"),
        "menu" => ("メニュー（ログイン）", "menu and header (login)"),
        "loans" => ("貸出状況", "loans"),
        "reservations" => ("予約状況", "reservations"),
        "cart" => ("予約カート", "cart"),
        "shelves" => ("マイ本棚", "shelves (list)"),
        "shelf" => ("マイ本棚（リスト詳細）", "one shelf"),
        "alerts" => ("新着図書お知らせ", "new-arrival alerts"),
        "history" => ("読書履歴", "reading history (first page)"),
        "user_info" => ("利用者情報", "user information"),
        "settings_email" => ("メールアドレス変更", "settings: e-mail"),
        "settings_contact" => ("受取館・連絡方法の変更", "settings: pickup and contact"),
        "settings_password" => ("パスワード変更", "settings: password"),
        "settings_history" => ("読書履歴の設定", "settings: reading history"),
        "calendar" => ("図書館カレンダー", "calendar"),
        "new_menu" => ("新着資料", "new arrivals (genres)"),
        "new_list" => ("新着資料一覧", "new arrivals (one list)"),
        "search_form" => ("詳細検索", "search form"),
        "search" => ("検索結果一覧", "one search"),
        "detail" => ("書誌詳細", "one title"),
        "register_terms" => ("パスワード登録（規約）", "password registration (terms)"),
        other => (other, other),
    };
    lang.t(ja, en).to_string()
}

/// The report as a table.
pub fn table(out: &Output, report: &DoctorReport) -> Table {
    let lang = out.lang;
    let mut table = out.new_table(&[
        Column::yielding("項目", "Check"),
        Column::fixed("結果", "Result"),
        Column::yielding("内容", "Details"),
    ]);
    for check in &report.checks {
        let tone = match check.result {
            CheckResult::Fail => Some(Tone::Bad),
            CheckResult::Warn => Some(Tone::Warn),
            CheckResult::Ok | CheckResult::Skipped => None,
        };
        table.add_row([
            Cell::from(label(lang, check)),
            Cell::new(result_text(lang, check.result), tone),
            Cell::from(check.detail.as_str()),
        ]);
    }
    table
}

pub fn print(out: &Output, report: &DoctorReport) -> Result<(), CliError> {
    if out.json {
        return out.json(report);
    }
    out.table(&table(out, report))
}

/// One line (or two) on what the report means and what to do.
pub fn verdict(lang: Lang, report: &DoctorReport, exit: Exit) -> String {
    let names = |result: CheckResult| -> Vec<String> {
        report
            .checks
            .iter()
            .filter(|c| c.result == result)
            .map(|c| label(lang, c))
            .collect()
    };
    let warned = names(CheckResult::Warn).len();
    let failed = names(CheckResult::Fail);
    // With a bundle made, name it; else say how to make one.
    let send = match &report.bundle {
        Some(dir) => format!(
            "{} {dir} {}",
            lang.t("報告には", "to report it, attach"),
            lang.t("を zip して添付してください", "zipped")
        ),
        None => lang
            .t(
                "報告には `toshokan doctor --bundle DIR` の DIR を zip して添付してください",
                "to report it, attach DIR of `toshokan doctor --bundle DIR`, zipped",
            )
            .to_string(),
    };
    let line = match exit {
        Exit::Success if warned == 0 => lang
            .t(
                "問題は見つかりませんでした。",
                "No problems found: every screen was read.",
            )
            .to_string(),
        Exit::Success => {
            let site_warned = report
                .checks
                .iter()
                .any(|c| c.result == CheckResult::Warn && c.screen.is_some());
            let mut line = format!(
                "{}: {}",
                lang.t("失敗はありません。注意", "Nothing failed; warn"),
                names(CheckResult::Warn).join(", ")
            );
            if site_warned {
                line = format!(
                    "{line} ({}); {send}",
                    lang.t(
                        "画面に欠けている項目があります",
                        "some screens lack optional parts"
                    )
                );
            }
            line
        }
        Exit::Auth => lang
            .t(
                "ログインできないため、利用者の画面を省略しました。`toshokan login` を実行してください。",
                "Not logged in, so the account screens were skipped: run `toshokan login`.",
            )
            .to_string(),
        Exit::Unavailable => lang
            .t(
                "サイトに接続できないか、サイトがエラーを返しました。しばらくしてから再実行してください。",
                "The site could not be reached or answered with an error; try again later.",
            )
            .to_string(),
        // Exit 2 without a local failure came from the site's answer (no
        // LiCS-XP site at the base URL): its row says what to check.
        Exit::Usage
            if !report
                .checks
                .iter()
                .any(|c| c.result == CheckResult::Fail && c.screen.is_none()) =>
        {
            format!(
                "{}: {}",
                lang.t(
                    "サイトを読めませんでした。URL と対処は次の行にあります",
                    "The site was not read; the URL and what to check are in the row of",
                ),
                failed.join(", ")
            )
        }
        Exit::Usage => lang
            .t(
                "設定に問題があるため、サイトには接続していません。",
                "A local check failed, so the site was not contacted.",
            )
            .to_string(),
        Exit::Layout => format!(
            "{}: {}; {send}",
            lang.t("読めなかった画面", "Screens not recognised"),
            failed.join(", ")
        ),
        _ => format!(
            "{}: {}",
            lang.t("読めなかった画面", "Screens not read"),
            failed.join(", ")
        ),
    };
    // Whatever stopped the walk, the screens that failed are named.
    if matches!(exit, Exit::Auth | Exit::Unavailable) && !failed.is_empty() {
        format!(
            "{line} {}: {}",
            lang.t("失敗した画面", "Failed"),
            failed.join(", ")
        )
    } else {
        line
    }
}

/// The human-readable summary a bundle carries: a few facts, the table,
/// the verdict.
pub fn summary_text(
    out: &Output,
    report: &DoctorReport,
    facts: &[(String, String)],
    exit: Exit,
) -> String {
    // A file is read in an editor or an issue, not a terminal: never cut,
    // never coloured.
    let table = table(out, report).render(None, false);
    let mut text = String::from("toshokan doctor\n");
    for (k, v) in facts {
        text.push_str(&format!("{k}: {v}\n"));
    }
    text.push('\n');
    text.push_str(&table);
    text.push_str("\n\n");
    text.push_str(&verdict(out.lang, report, exit));
    text.push('\n');
    text
}
