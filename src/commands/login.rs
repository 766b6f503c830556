use std::io::BufRead;

use secrecy::SecretString;

use super::context::{CARD_ENV, Context, env_password, prompt_password};
use crate::cli::LoginArgs;
use crate::config::{self, secrets, session};
use crate::error::{CliError, Exit};
use crate::model::AccountStatus;

pub async fn run(ctx: &mut Context, args: &LoginArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    if ctx.all_profiles {
        return Err(
            CliError::usage("login takes one profile at a time").with_hint("use --profile NAME")
        );
    }
    let stored = ctx.config.profiles.get(&name).cloned().unwrap_or_default();

    #[cfg(feature = "sim")]
    if let Some(demo) = &ctx.demo {
        // The demo account logs in by itself; show what a login prints.
        let creds = demo.credentials();
        let mut account = ctx.open(&name)?;
        let password = SecretString::from(creds.password.clone());
        let summary = account
            .client
            .login(&creds.card, &password)
            .await
            .map_err(|e| ctx.client_error(e))?;
        let status = AccountStatus::new(&name, account.masked_card(), &summary, ctx.today);
        crate::output::account::print(&ctx.out, &[status])?;
        return Ok(Exit::Success);
    }

    let card = match args
        .card
        .clone()
        .or_else(|| {
            std::env::var(CARD_ENV)
                .ok()
                .filter(|c| !c.trim().is_empty())
        })
        .or(stored.card.clone())
    {
        Some(card) => card,
        None if !ctx.no_input => dialoguer::Input::<String>::new()
            .with_prompt(lang.t("利用カード番号", "Card number"))
            .interact_text()
            .map_err(|e| CliError::usage(e.to_string()))?,
        None => {
            return Err(CliError::usage(
                lang.t("利用カード番号がありません", "no card number given"),
            )
            .with_hint("--card N or TOSHOKAN_CARD"));
        }
    };
    let card = config::validate_card(&card)?;
    let password = if args.password_stdin {
        read_password_line()?
    } else if let Some(p) = env_password() {
        p
    } else if let Some(p) =
        secrets::load(&ctx.paths, &name).filter(|_| stored.card.as_deref() == Some(card.as_str()))
    {
        p
    } else if !ctx.no_input {
        prompt_password(lang)?
    } else {
        return Err(
            CliError::auth(lang.t("パスワードがありません", "no password given"))
                .with_hint("--password-stdin or TOSHOKAN_PASSWORD"),
        );
    };

    let base = ctx.base_url_for(Some(&stored))?;
    let opts = ctx.transport_options(base);
    let base_url = opts.base.to_string();
    let mut client = crate::client::Client::new(opts, None).map_err(|e| ctx.client_error(e))?;
    let _lock =
        crate::config::fsutil::lock(&ctx.paths.dir.join("locks").join(format!("{name}.lock")))?;
    let summary = client
        .login(&card, &password)
        .await
        .map_err(|e| ctx.client_error(e))?;

    // Only a successful login writes anything.
    let profile = ctx.config.profiles.entry(name.clone()).or_default();
    profile.card = Some(card.clone());
    profile.base_url = Some(base_url.clone());
    ctx.config.store(&ctx.paths)?;
    if let Some(state) = client.session_state() {
        session::save(&ctx.paths, &name, &base_url, &card, state)?;
    }
    if args.save_password {
        secrets::save(&ctx.paths, &name, &password)?;
    }
    let status = AccountStatus::new(&name, Some(config::mask_card(&card)), &summary, ctx.today);
    ctx.out.note(&format!(
        "{} ({name})",
        lang.t("ログインしました", "Logged in")
    ));
    crate::output::account::print(&ctx.out, &[status])?;
    Ok(Exit::Success)
}

/// The first line of stdin, without its line ending.
fn read_password_line() -> Result<SecretString, CliError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::auth(format!("cannot read the password from stdin: {e}")))?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        return Err(CliError::auth("the password on stdin is empty"));
    }
    Ok(SecretString::from(password))
}
