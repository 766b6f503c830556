//! `password register`: パスワード登録/再登録 without a login — the terms
//! (printed, agreed at a prompt or with `--accept-terms`), the identity
//! check (card number, birth date, a registered phone), the new password
//! twice. Each mismatch is said clearly; nothing is retried.

use super::batch::Go;
use super::context::Context;
use super::settings::finish;
use super::settings::{NEW_PASSWORD, NEW_PASSWORD_AGAIN, check_new_password, read_passwords};
use crate::cli::{PasswordAction, PasswordArgs, PasswordRegisterArgs, WriteOpts};
use crate::client::register::Identity;
use crate::config;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{Outcome, SettingAction, SettingReason, SettingResult, Verdict};
use secrecy::ExposeSecret;

pub async fn run(ctx: &mut Context, args: &PasswordArgs) -> Result<Exit, CliError> {
    match &args.action {
        PasswordAction::Register(a) => register(ctx, a).await,
    }
}

/// A value from the flag, else a prompt on a terminal, else a usage error.
fn value_or_prompt(
    ctx: &Context,
    given: Option<&str>,
    flag: &str,
    prompt: &str,
) -> Result<String, CliError> {
    match given {
        Some(v) if !v.trim().is_empty() => Ok(v.trim().to_string()),
        _ if ctx.no_input => Err(CliError::usage(format!(
            "{flag}: {}",
            ctx.lang().t("指定がありません", "missing")
        ))),
        _ => dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .interact_text()
            .map_err(|e| CliError::usage(e.to_string())),
    }
}

/// Digits only (full-width digits and hyphens are common in what people type).
fn phone_digits(text: &str, lang: Lang) -> Result<String, CliError> {
    let digits: String = super::choice::normalize(text)
        .chars()
        .filter(|c| !matches!(c, '-' | '‐' | '−' | '(' | ')'))
        .collect();
    if digits.len() < 6 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(CliError::usage(format!(
            "--phone-number {text:?}: {}",
            lang.t("電話番号ではありません", "not a phone number")
        )));
    }
    Ok(digits)
}

async fn register(ctx: &mut Context, args: &PasswordRegisterArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    if ctx.is_demo() && !args.write.dry_run {
        return Err(CliError::usage(lang.t(
            "デモのアカウントのパスワードは登録し直せません（--dry-run は使えます）",
            "the demo account's password cannot be replaced (it would lock the demo); --dry-run works",
        ))
        .with_hint("toshokan sim; toshokan --base-url URL password register"));
    }
    let stored = ctx.known_card(ctx.profile_name());
    let card = value_or_prompt(
        ctx,
        args.card.as_deref().or(stored.as_deref()),
        "--card",
        lang.t("利用カード番号", "Card number"),
    )?;
    let card = config::validate_card(&card)?;
    let birth_text = value_or_prompt(
        ctx,
        args.birth.as_deref(),
        "--birth",
        lang.t("生年月日（西暦 YYYY-MM-DD）", "Birth date (YYYY-MM-DD)"),
    )?;
    let birth = crate::clock::parse_iso_date(&birth_text)
        .filter(|d| *d <= ctx.today)
        .ok_or_else(|| {
            CliError::usage(format!(
                "--birth {birth_text:?}: {}",
                lang.t("日付ではありません", "not a date")
            ))
            .with_hint(lang.t("西暦で YYYY-MM-DD の形で指定してください", "use YYYY-MM-DD"))
        })?;
    let phone = value_or_prompt(
        ctx,
        args.phone.as_deref(),
        "--phone-number",
        lang.t("登録している電話番号", "A registered phone number"),
    )?;
    let phone = phone_digits(&phone, lang)?;
    if !args.accept_terms && ctx.no_input && !args.write.dry_run {
        return Err(CliError::usage(lang.t(
            "パスワード登録には利用規約への同意が必要です",
            "registering a password needs consent to the terms",
        ))
        .with_hint(lang.t(
            "規約を読んで --accept-terms を付けてください",
            "read the terms and add --accept-terms",
        )));
    }
    // Passwords before any request: a mismatch sends nothing.
    let [new, again] = read_passwords(
        ctx,
        args.password_stdin,
        [NEW_PASSWORD, NEW_PASSWORD_AGAIN],
        (
            "パスワードを入力できません",
            "no way to read the new password without a terminal",
        ),
        "--password-stdin (two lines: the new password, the same again)",
    )?;
    check_new_password(&new, &again, lang)?;
    ctx.keep_out_of_saved_pages(&[
        card.clone(),
        birth.to_string(),
        phone.clone(),
        new.expose_secret().to_string(),
    ]);

    let action = SettingAction::PasswordRegister;
    let profile = ctx.profile_name().to_string();
    let mut client = ctx.public_client()?;
    let terms = client.register_terms().await?;
    if let Some(text) = &terms.terms {
        ctx.out
            .say(&format!("{}\n{text}\n", lang.t("【利用規約】", "[Terms]")));
    }
    let agreed = args.accept_terms
        || args.write.dry_run
        || dialoguer::Confirm::new()
            .with_prompt(lang.t("利用規約に同意しますか？", "Do you agree to the terms?"))
            .default(false)
            .interact()
            .unwrap_or(false);
    let skipped = |reason| SettingResult::new(action, Verdict::skipped(reason));
    let question = format!(
        "{} {}?",
        lang.t(
            "次のカードのパスワードを登録しますか:",
            "Register a new password for card"
        ),
        config::mask_card(&card)
    );
    let opts = WriteOpts {
        yes: args.write.yes || args.accept_terms,
        ..args.write
    };
    let result = if !agreed {
        skipped(SettingReason::Declined)
    } else if let Some(reason) = Go::ask(ctx, opts, &question).held_back() {
        skipped(reason)
    } else {
        match client
            .register_identity(&terms, &card, birth, &phone)
            .await?
        {
            Identity::Refused(message) => SettingResult::new(
                action,
                Verdict::refused(SettingReason::SiteMessage(message)),
            ),
            Identity::Matched(page) => client.register_password(&page, &card, &new).await,
        }
    };
    if result.outcome == Outcome::Done {
        ctx.out.note(&format!(
            "{} toshokan --profile {profile} login --card N",
            lang.t("ログインするには:", "to log in:"),
        ));
    }
    finish(ctx, &profile, result)
}
