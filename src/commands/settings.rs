//! `settings`: 利用者情報設定 — show what the site has registered; change
//! the e-mail address, the default pickup library and contact method, the
//! password; explain how address, name and phone are changed (not online).

use std::io::BufRead;

use secrecy::{ExposeSecret, SecretString};

use super::batch::{Batch, Go};
use super::choice;
use super::context::{Context, PASSWORD_ENV};
use crate::cli::{
    ContactMethod, EmailAction, PasswordChangeArgs, SettingsAction, SettingsArgs,
    SettingsContactArgs, SettingsPasswordAction, SettingsPickupArgs, WriteOpts,
};
use crate::client::settings::{self as client_settings, SettingsPage, SettingsScreen};
use crate::config;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{
    Outcome, SettingAction, SettingCase, SettingReason, SettingResult, UserInfo, Verdict,
};

pub async fn run(ctx: &mut Context, args: &SettingsArgs) -> Result<Exit, CliError> {
    match &args.action {
        None | Some(SettingsAction::Show) => show(ctx).await,
        Some(SettingsAction::Email(e)) => match &e.action {
            EmailAction::Set(a) => email(ctx, Some(&a.address), a.write).await,
            EmailAction::Delete(write) => {
                super::batch::destructive(ctx, *write, "settings email delete")?;
                email(ctx, None, *write).await
            }
        },
        Some(SettingsAction::Pickup(a)) => pickup(ctx, a).await,
        Some(SettingsAction::Contact(a)) => contact(ctx, a).await,
        Some(SettingsAction::Password(p)) => match &p.action {
            SettingsPasswordAction::Change(a) => password_change(ctx, a).await,
        },
        Some(SettingsAction::Address) => offline_only(ctx, "address"),
        Some(SettingsAction::Name) => offline_only(ctx, "name"),
        Some(SettingsAction::Phone) => offline_only(ctx, "phone"),
    }
}

async fn show(ctx: &mut Context) -> Result<Exit, CliError> {
    let mut shown = Vec::new();
    for name in ctx.profiles()? {
        let mut account = ctx.open(&name)?;
        let mut info = account.client.user_info().await?;
        // The page may show the whole number; people only ever see the tail.
        info.card = info
            .card
            .as_deref()
            .map(config::mask_card)
            .or_else(|| account.masked_card());
        info.expires_in_days = info
            .expires_on
            .map(|d| crate::clock::days_between(ctx.today, d));
        shown.push((name, info));
    }
    if ctx.out.json {
        return match shown.as_slice() {
            [(_, one)] if !ctx.all_profiles => ctx.out.json(one),
            many => {
                let tagged: Vec<crate::output::Tagged<'_, UserInfo>> = many
                    .iter()
                    .map(|(p, i)| crate::output::Tagged {
                        profile: p,
                        item: i,
                    })
                    .collect();
                ctx.out.json(&tagged)
            }
        }
        .map(|()| Exit::Success);
    }
    for (name, info) in &shown {
        if shown.len() > 1 {
            ctx.out.note(&format!("[{name}]"));
        }
        crate::output::settings::info(&ctx.out, info)?;
    }
    Ok(Exit::Success)
}

/// A plausible address: one `@`, something before it, a dotted domain, no spaces.
fn valid_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && address.len() <= 254
        && address.is_ascii()
        && !address.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// Opens the profile and the settings screen (two reads).
async fn open_screen(
    ctx: &mut Context,
    which: SettingsScreen,
) -> Result<(String, super::context::Account, UserInfo, SettingsPage), CliError> {
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let (info, page) = account.client.settings_page(which).await?;
    Ok((name, account, info, page))
}

/// Why the write is not sent (unchanged, dry run, declined), or `None` to send it.
fn held_back(
    ctx: &Context,
    opts: WriteOpts,
    unchanged: bool,
    question: &str,
) -> Option<SettingReason> {
    if unchanged {
        Some(SettingReason::Unchanged)
    } else {
        Go::ask(ctx, opts, question).held_back()
    }
}

async fn email(
    ctx: &mut Context,
    address: Option<&str>,
    opts: WriteOpts,
) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let address = address.map(str::trim);
    if let Some(a) = address
        && !valid_email(a)
    {
        return Err(CliError::usage(format!(
            "{}: {a:?}",
            lang.t(
                "メールアドレスの形式が正しくありません",
                "not an e-mail address"
            )
        )));
    }
    let action = match address {
        Some(_) => SettingAction::EmailSet,
        None => SettingAction::EmailDelete,
    };
    let (name, mut account, info, page) = open_screen(ctx, SettingsScreen::Mail).await?;
    // Before any other check: without the row, "unchanged" and "in use"
    // would be guesses too.
    client_settings::verifiable(&info, action)?;
    let values = |r: SettingResult| r.values(info.email.clone(), address.map(str::to_string));
    let mail_contact = info.contact.as_deref().is_some_and(|c| {
        choice::normalize(c).contains("メール") || choice::normalize(c).contains("mail")
    });
    let result = if address.is_none() && info.email.is_some() && mail_contact {
        values(SettingResult::new(
            action,
            Verdict::refused(SettingReason::Own(SettingCase::MailInUse)),
        ))
    } else {
        let question = match address {
            Some(a) => format!(
                "{} {a}?",
                lang.t(
                    "メールアドレスを次に変更しますか:",
                    "Set the e-mail address to"
                )
            ),
            None => lang
                .t(
                    "メールアドレスを削除しますか？",
                    "Delete the e-mail address?",
                )
                .to_string(),
        };
        match held_back(ctx, opts, info.email.as_deref() == address, &question) {
            Some(reason) => values(SettingResult::new(action, Verdict::skipped(reason))),
            None => account.client.set_email(&page, &info, address).await?.0,
        }
    };
    drop(account);
    finish(ctx, &name, result)
}

async fn pickup(ctx: &mut Context, args: &SettingsPickupArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let (name, mut account, info, page) = open_screen(ctx, SettingsScreen::Contact).await?;
    client_settings::verifiable(&info, SettingAction::Pickup)?;
    let code = choice::library(&args.library, page.options("watspt"), lang)?;
    let label = page.label("watspt", &code).map(str::to_string);
    let question = format!(
        "{} {}?",
        lang.t(
            "受取館を次に変更しますか:",
            "Set the default pickup library to"
        ),
        label.as_deref().unwrap_or(&code)
    );
    let unchanged = page.current("watspt") == Some(code.as_str());
    let action = SettingAction::Pickup;
    let values = |r: SettingResult| r.values(info.pickup_library.clone(), label.clone());
    let result = match held_back(ctx, args.write, unchanged, &question) {
        Some(reason) => values(SettingResult::new(action, Verdict::skipped(reason))),
        None => {
            account
                .client
                .set_pickup_contact(&page, &info, Some(&code), None)
                .await?
                .0
        }
    };
    drop(account);
    finish(ctx, &name, result)
}

async fn contact(ctx: &mut Context, args: &SettingsContactArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let (name, mut account, info, page) = open_screen(ctx, SettingsScreen::Contact).await?;
    client_settings::verifiable(&info, SettingAction::Contact)?;
    let code = choice::contact(args.method, args.phone, page.options("renraku"), lang)?;
    let label = page.label("renraku", &code).map(str::to_string);
    let action = SettingAction::Contact;
    let values = |r: SettingResult| r.values(info.contact.clone(), label.clone());
    let result =
        if args.method == ContactMethod::Email && info.shows("email") && info.email.is_none() {
            // docs/contract.md#library-rules: mail needs a registered address (a page without the
            // row leaves that to the site, which says so at stage 1).
            values(SettingResult::new(
                action,
                Verdict::refused(SettingReason::Own(SettingCase::NoMailAddress)),
            ))
        } else {
            let question = format!(
                "{} {}?",
                lang.t(
                    "連絡方法を次に変更しますか:",
                    "Set the default contact method to"
                ),
                label.as_deref().unwrap_or(&code)
            );
            let unchanged = page.current("renraku") == Some(code.as_str());
            match held_back(ctx, args.write, unchanged, &question) {
                Some(reason) => values(SettingResult::new(action, Verdict::skipped(reason))),
                None => {
                    account
                        .client
                        .set_pickup_contact(&page, &info, None, Some(&code))
                        .await?
                        .0
                }
            }
        };
    if result.outcome == Outcome::Done {
        ctx.out.note(lang.t(
            "既にある予約の連絡先（電話番号）はインターネットから変更できません。必要なら図書館へお問い合わせください。",
            "existing reservations keep their contact; their phone cannot be changed online (call or visit the library)",
        ));
    }
    drop(account);
    finish(ctx, &name, result)
}

/// The passwords `prompts` (ja, en) name, in order: one a line from stdin
/// with `--password-stdin`, else asked on the terminal without echo. With
/// neither, `no_terminal` (ja, en) is the error and `stdin_hint` its hint.
pub fn read_passwords<const N: usize>(
    ctx: &Context,
    from_stdin: bool,
    prompts: [(&str, &str); N],
    no_terminal: (&str, &str),
    stdin_hint: &str,
) -> Result<[SecretString; N], CliError> {
    let lang = ctx.lang();
    let read = if from_stdin {
        read_secret_lines(N, lang)?
    } else if ctx.no_input {
        return Err(
            CliError::usage(lang.t(no_terminal.0, no_terminal.1)).with_hint(stdin_hint.to_string())
        );
    } else {
        prompts
            .iter()
            .map(|(ja, en)| prompt_secret(lang.t(ja, en)))
            .collect::<Result<Vec<_>, _>>()?
    };
    read.try_into()
        .map_err(|_| CliError::usage(format!("stdin: {N} lines needed")))
}

/// Reads `n` non-empty lines from stdin (passwords; never echoed or logged).
fn read_secret_lines(n: usize, lang: Lang) -> Result<Vec<SecretString>, CliError> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut out = Vec::new();
    for _ in 0..n {
        let line = lines
            .next()
            .transpose()
            .map_err(|e| CliError::usage(format!("stdin: {e}")))?
            .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
            .filter(|l| !l.is_empty())
            .ok_or_else(|| {
                CliError::usage(format!(
                    "{} {n}",
                    lang.t(
                        "標準入力のパスワードの行数が足りません。必要な行数:",
                        "not enough password lines on stdin; lines needed:"
                    )
                ))
            })?;
        out.push(SecretString::from(line));
    }
    Ok(out)
}

/// Asks on the terminal without echo.
fn prompt_secret(prompt: &str) -> Result<SecretString, CliError> {
    rpassword::prompt_password(prompt)
        .map(SecretString::from)
        .map_err(|e| CliError::usage(format!("cannot read the password: {e}")))
}

pub const NEW_PASSWORD: (&str, &str) = ("新しいパスワード: ", "New password: ");
pub const NEW_PASSWORD_AGAIN: (&str, &str) = ("新しいパスワード（確認）: ", "New password again: ");

/// The new password twice; a mismatch is bad input before anything is sent.
pub fn check_new_password(
    new: &SecretString,
    again: &SecretString,
    lang: Lang,
) -> Result<(), CliError> {
    if new.expose_secret().is_empty() {
        return Err(CliError::usage(
            lang.t("新しいパスワードが空です", "the new password is empty"),
        ));
    }
    if new.expose_secret() != again.expose_secret() {
        return Err(CliError::usage(lang.t(
            "新しいパスワードと確認用のパスワードが一致しません",
            "the new password and its confirmation differ",
        )));
    }
    Ok(())
}

async fn password_change(ctx: &mut Context, args: &PasswordChangeArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    if ctx.is_demo() {
        return Err(CliError::usage(lang.t(
            "デモのアカウントのパスワードは変更できません",
            "the demo account's password cannot be changed (it would lock the demo)",
        ))
        .with_hint("toshokan sim; toshokan --base-url URL settings password change"));
    }
    let [old, new, again] = read_passwords(
        ctx,
        args.password_stdin,
        [
            ("現在のパスワード: ", "Current password: "),
            NEW_PASSWORD,
            NEW_PASSWORD_AGAIN,
        ],
        (
            "パスワードを入力できません",
            "no way to read the passwords without a terminal",
        ),
        "--password-stdin (three lines: current, new, new again)",
    )?;
    check_new_password(&new, &again, lang)?;
    if new.expose_secret() == old.expose_secret() {
        return Err(CliError::usage(lang.t(
            "新しいパスワードが現在のものと同じです",
            "the new password is the current one",
        )));
    }
    ctx.keep_out_of_saved_pages(&[
        old.expose_secret().to_string(),
        new.expose_secret().to_string(),
    ]);
    let (name, mut account, _info, page) = open_screen(ctx, SettingsScreen::Password).await?;
    let card = account
        .card
        .clone()
        .ok_or_else(|| super::context::not_logged_in(lang))?;
    let action = SettingAction::PasswordChange;
    let question = lang.t("パスワードを変更しますか？", "Change the password?");
    let result = match held_back(ctx, args.write, false, question) {
        Some(reason) => SettingResult::new(action, Verdict::skipped(reason)),
        None => {
            account
                .client
                .change_password(&page, &card, &old, &new)
                .await
        }
    };
    let mut saved_stale = None;
    if result.outcome == Outcome::Done {
        // A saved password must follow, or the next unattended login fails.
        // It is rewritten in the store that holds it, and only there.
        let secrets = ctx.secrets();
        let mut profile = ctx.config.profiles.get(&name).cloned().unwrap_or_default();
        if let Some(store) = secrets.store_of(&name, Some(&profile)) {
            if profile.card.is_none() {
                profile.card = Some(card.clone());
            }
            match secrets.save(&name, &mut profile, store, &new) {
                Ok(_) => {
                    ctx.out.note(lang.t(
                        "保存していたパスワードも更新しました",
                        "the saved password was updated too",
                    ));
                    ctx.config = crate::config::Config::update(&ctx.paths, |config| {
                        let now = config.profiles.entry(name.clone()).or_default();
                        now.card = now.card.take().or(profile.card);
                        now.password_store = profile.password_store;
                    })?;
                }
                Err(e) => saved_stale = Some(e),
            }
        }
        if std::env::var_os(PASSWORD_ENV).is_some() {
            ctx.out.note(lang.t(
                "TOSHOKAN_PASSWORD も新しいパスワードに変えてください",
                "update TOSHOKAN_PASSWORD to the new password",
            ));
        }
    }
    drop(account);
    let exit = finish(ctx, &name, result)?;
    match saved_stale {
        // The site has the new password, the saved one is the old: partial.
        Some(e) => Err(CliError::new(
            Exit::Partial,
            format!(
                "{}: {e}",
                lang.t(
                    "パスワードは変更しましたが、保存していたパスワードを更新できません",
                    "the password was changed, but the saved password could not be updated",
                )
            ),
        )
        .with_hint(format!(
            "{} `toshokan --profile {name} login --save-password`",
            lang.t(
                "新しいパスワードで保存し直してください:",
                "save the new one again:"
            )
        ))),
        None => Ok(exit),
    }
}

/// `settings address|name|phone`: not possible online (docs/contract.md#library-rules).
fn offline_only(ctx: &Context, what: &'static str) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let label = match what {
        "address" => lang.t("住所", "address"),
        "name" => lang.t("氏名", "name"),
        _ => lang.t("電話番号", "phone number"),
    };
    let steps: Vec<String> = match lang {
        Lang::Ja => vec![
            format!("{label}はインターネット（マイライブラリ）からは変更できません。次のどちらかで手続きしてください。"),
            "1. 図書館の窓口: 利用カードと、新しい内容を確認できるもの（運転免許証、マイナンバーカードなど）を市内の図書館のカウンターにお持ちください。".into(),
            "2. 静岡市の電子申請: 図書館のホームページ (https://www.toshokan.city.shizuoka.jp/) から申請ページを開き、メールアドレスを入力します。届いたメールのリンクから変更内容を入力して送信すると、図書館で手続きが済んだあと完了のメールが届きます。".into(),
            "図書館からのメールは yoyaku@mail.toshokan.city.shizuoka.jp から送られます。受信できるよう設定してください。".into(),
        ],
        Lang::En => vec![
            format!("The {label} cannot be changed online (マイライブラリ). Either:"),
            "1. At a library counter: bring your card and a document showing the new details (driving licence, My Number card, …) to any Shizuoka City library.".into(),
            "2. The city's electronic application: from the library's website (https://www.toshokan.city.shizuoka.jp/) open the application page and enter your e-mail address; follow the link in the mail you receive, fill in the form and send it; the library mails you when the change is done.".into(),
            "The library's mails come from yoyaku@mail.toshokan.city.shizuoka.jp; make sure you can receive them.".into(),
        ],
    };
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({
            "setting": what,
            "changeable_online": false,
            "how": steps,
        }))?;
    } else {
        for line in &steps {
            println!("{line}");
        }
    }
    Ok(Exit::Usage)
}

/// Prints a settings result and turns it into the exit status.
pub fn finish(ctx: &Context, profile: &str, result: SettingResult) -> Result<Exit, CliError> {
    let batch = Batch::one(result);
    crate::output::settings::results(&ctx.out, profile, &batch.results)?;
    Ok(batch.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        assert!(valid_email("hanako@example.jp"));
        assert!(valid_email("a.b+c@mail.example.co.jp"));
        for bad in [
            "",
            "hanako",
            "@example.jp",
            "a@b",
            "a@.jp",
            "a b@example.jp",
            "a@@example.jp",
            "あ@example.jp",
        ] {
            assert!(!valid_email(bad), "{bad}");
        }
    }
}
