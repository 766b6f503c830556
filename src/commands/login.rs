use std::io::BufRead;

use secrecy::SecretString;

use super::context::{
    Context, env_card, env_password, prompt_password, saved_password_unreadable, site_of,
};
use crate::cli::{LoginArgs, PasswordStoreChoice};
use crate::config::secrets::{SecretError, keyring_user};
use crate::config::{self, PasswordStore, session, snapshot};
use crate::error::{CliError, Exit};
use crate::i18n::Lang;

pub async fn run(ctx: &mut Context, args: &LoginArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    let stored = ctx.config.profiles.get(&name).cloned().unwrap_or_default();

    #[cfg(feature = "sim")]
    if let Some(demo) = &ctx.demo {
        // The demo account logs in by itself; show what a login prints.
        let creds = demo.credentials();
        let mut account = ctx.open(&name)?;
        let password = SecretString::from(creds.password.clone());
        let summary = account.client.login(&creds.card, &password).await?;
        let card = account.masked_card();
        let status =
            super::status::after_login(ctx, &mut account.client, &name, card, &summary).await;
        crate::output::account::print(&ctx.out, &[status], ctx.today, false)?;
        return Ok(Exit::Success);
    }

    let card = match args.card.clone().or_else(env_card).or(stored.card.clone()) {
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
    let base = ctx.base_url_for(Some(&stored))?;
    // A saved password belongs to the card and the site it was saved for
    // (a stored site that is no URL cannot be shown to be this one).
    let moved = stored.card.as_deref() != Some(card.as_str())
        || !site_of(&stored).is_ok_and(|own| own.is_none_or(|own| own == base));
    let secrets = ctx.secrets();
    // A saved password is read only for its card and site, and only when
    // no other source was given.
    let saved = || -> Option<SecretString> {
        if moved {
            return None;
        }
        secrets.load(&name, Some(&stored)).unwrap_or_else(|e| {
            crate::output::eprint_safe(&saved_password_unreadable(lang, &name, &e));
            None
        })
    };
    let password = if args.password_stdin {
        read_password_line()?
    } else if let Some(p) = env_password() {
        p
    } else if let Some(p) = saved() {
        p
    } else if !ctx.no_input {
        prompt_password(lang)?
    } else {
        return Err(
            CliError::auth(lang.t("パスワードがありません", "no password given"))
                .with_hint("--password-stdin or TOSHOKAN_PASSWORD"),
        );
    };

    let opts = ctx.transport_options(base);
    let base_url = opts.base.to_string();
    let mut client = crate::client::Client::new(opts, None)?;
    // The profile's lock, then the card's, as every other command takes
    // them: a login must not interleave with another profile's writes on
    // the same card.
    let _lock = crate::config::fsutil::lock(&ctx.paths.profile_lock(&name))?;
    let _card_lock = super::context::lock_card(&ctx.paths, client.base(), &card, &ctx.out)?;
    let summary = client.login(&card, &password).await?;
    // Before the session is saved, so that it keeps the lists' fresh tokens.
    let status = super::status::after_login(
        ctx,
        &mut client,
        &name,
        Some(config::mask_card(&card)),
        &summary,
    )
    .await;

    // Only a successful login writes anything.
    let mut profile = stored.clone();
    // A saved password belongs to the card and site it was saved for:
    // another card or site on this profile makes it useless (and it must
    // not reach the new site), so it goes.
    if let Some(old) = profile.card.clone().filter(|_| moved)
        && secrets.store_of(&name, Some(&profile)).is_some()
    {
        match secrets.forget(&name, Some(&mut profile)) {
            Ok(_) => ctx.out.note(&format!(
                "{} {}",
                lang.t(
                    "以前のカード・サイトの保存パスワードを削除しました:",
                    "removed the password saved for the previous card or site",
                ),
                config::mask_card(&old)
            )),
            Err(e) => {
                // The record goes anyway: it would name the new card's entry.
                profile.password_store = None;
                let hint = match &e {
                    SecretError::Keyring(_) => {
                        format!("; {}", keyring_entry_hint(lang, &name, &old))
                    }
                    SecretError::File(_) => String::new(),
                };
                ctx.out.warn(&format!(
                    "{} ({e}){hint}",
                    lang.t(
                        "以前のカードの保存パスワードを削除できません",
                        "the password saved for the previous card could not be removed",
                    ),
                ));
            }
        }
    }
    profile.card = Some(card.clone());
    profile.base_url = Some(base_url.clone());
    let mut save_failed = None;
    if args.save_password {
        // The store asked for, else the one already recorded, else the keyring.
        let store = match args.password_store {
            Some(PasswordStoreChoice::Keyring) => PasswordStore::Keyring,
            Some(PasswordStoreChoice::File) => PasswordStore::File,
            None => secrets
                .store_of(&name, Some(&profile))
                .unwrap_or(PasswordStore::Keyring),
        };
        match secrets.save(&name, &mut profile, store, &password) {
            Ok(saved) => {
                ctx.out.note(&saved_where(lang, store, &ctx.paths, &name));
                if let Some(e) = saved.stale_keyring {
                    ctx.out.warn(&format!(
                        "{} ({e}); {}",
                        lang.t(
                            "OS の鍵束にある以前のコピーを削除できません",
                            "the earlier copy in the OS keyring could not be removed",
                        ),
                        keyring_entry_hint(lang, &name, &card)
                    ));
                }
            }
            Err(e) => save_failed = Some((store, e)),
        }
    }
    // Only what this login changed goes into the file as it is now: a
    // login on another profile may have written it since `stored` was read.
    let password_store =
        (profile.password_store != stored.password_store).then_some(profile.password_store);
    // Snapshots belong to the card and site they were read from (each also
    // names its card); dropped before the profile names the new card.
    if moved && let Err(e) = snapshot::forget(&ctx.paths, &name) {
        ctx.out.warn(&ctx.word(e.into()).message);
    }
    ctx.config = config::Config::update(&ctx.paths, |config| {
        let now = config.profiles.entry(name.clone()).or_default();
        now.card = Some(card.clone());
        now.base_url = Some(base_url.clone());
        if let Some(store) = password_store {
            now.password_store = store;
        }
    })?;
    if let Some(state) = client.session_state() {
        session::save(&ctx.paths, &name, &base_url, &card, state)?;
    }
    ctx.out.note(&format!(
        "{} ({name})",
        lang.t("ログインしました", "Logged in")
    ));
    crate::output::account::print(&ctx.out, &[status], ctx.today, false)?;
    match save_failed {
        Some((store, e)) => Err(not_saved(lang, &name, store, &e)),
        None => Ok(Exit::Success),
    }
}

/// Where a password was saved, for the note after `--save-password`.
fn saved_where(lang: Lang, store: PasswordStore, paths: &config::Paths, name: &str) -> String {
    match store {
        PasswordStore::Keyring => format!(
            "{} (service {}, user {name}:…)",
            lang.t(
                "パスワードを OS の鍵束に保存しました",
                "password saved in the OS keyring"
            ),
            config::secrets::KEYRING_SERVICE
        ),
        PasswordStore::File => format!(
            "{}: {}",
            lang.t(
                "パスワードをファイル (モード 0600) に保存しました",
                "password saved in a file (mode 0600)"
            ),
            paths.password_file(name).display()
        ),
    }
}

/// The login went through (session kept) but the password was not saved:
/// exit 7, "partial" — part of what was asked is done, and a script must not
/// read it as a failed login (3) or as nothing done (2).
fn not_saved(lang: Lang, name: &str, store: PasswordStore, e: &SecretError) -> CliError {
    let message = format!(
        "{}: {e}",
        lang.t(
            "ログインしました (セッションは保存済み) が、パスワードは保存していません",
            "logged in (session kept), but the password was not saved",
        )
    );
    let hint = match store {
        PasswordStore::Keyring => format!(
            "{} `toshokan --profile {name} login --save-password --password-store file`",
            lang.t(
                "鍵束を使えない環境 (cron, ssh など) ではファイルに保存できます (モード 0600):",
                "without an unlocked keyring (cron, ssh) keep it in a file (mode 0600) instead:",
            )
        ),
        PasswordStore::File => lang
            .t(
                "設定ディレクトリに書き込めるか確認してください",
                "check that the config directory is writable",
            )
            .to_string(),
    };
    CliError::new(Exit::Partial, message).with_hint(hint)
}

/// How to find a keyring entry by hand (its user name holds the full card).
fn keyring_entry_hint(lang: Lang, name: &str, card: &str) -> String {
    let user = keyring_user(name, &config::mask_card(card));
    format!(
        "{} service={} user={user}",
        lang.t(
            "鍵束の管理ツールで削除してください:",
            "remove it with your keyring's tool:"
        ),
        config::secrets::KEYRING_SERVICE
    )
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
