use super::context::Context;
use crate::cli::LogoutArgs;
use crate::config::secrets::SecretError;
use crate::config::{session, snapshot};
use crate::error::{CliError, Exit};

pub async fn run(ctx: &mut Context, args: &LogoutArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    if ctx.is_demo() {
        ctx.out.note(lang.t(
            "デモではログアウトは不要です",
            "nothing to log out of in the demo",
        ));
        print_json(ctx, &name, false, false)?;
        return Ok(Exit::Success);
    }
    let had_profile = ctx.config.profiles.contains_key(&name);
    let mut ended_on_site = false;
    if had_profile {
        let mut account = ctx.open(&name)?;
        if account.client.has_session() {
            // Best effort: a dead or unreachable session is dropped locally anyway.
            ended_on_site = account.client.logout().await.is_ok();
        }
    }
    let dropped = session::remove(&ctx.paths, &name)?;
    // --forget: from whichever store holds it (the recorded one), and a
    // stale password file too; the record in the profile goes with it.
    let mut forget_failed = None;
    let mut forgot = false;
    if args.forget {
        let secrets = ctx.secrets();
        let mut profile = ctx.config.profiles.get(&name).cloned();
        match secrets.forget(&name, profile.as_mut()) {
            Ok(removed) => {
                forgot = removed;
                if let Some(profile) = profile
                    && ctx.config.profiles.get(&name) != Some(&profile)
                {
                    ctx.config = crate::config::Config::update(&ctx.paths, |config| {
                        if let Some(now) = config.profiles.get_mut(&name) {
                            now.password_store = profile.password_store;
                        }
                    })?;
                }
            }
            Err(e) => forget_failed = Some(e),
        }
    }
    // What the profile's reads kept is personal data too. After the
    // password, so that a file left behind here keeps nothing else.
    if let Err(e) = snapshot::forget(&ctx.paths, &name) {
        ctx.out.warn(&ctx.word(e.into()).message);
    }
    let message = match (ended_on_site || dropped, forgot) {
        (true, true) => lang.t(
            "ログアウトし、保存したパスワードを削除しました",
            "Logged out; saved password removed",
        ),
        (true, false) => lang.t("ログアウトしました", "Logged out"),
        (false, true) => lang.t("保存したパスワードを削除しました", "Saved password removed"),
        (false, false) => lang.t("ログインしていません", "Not logged in; nothing to do"),
    };
    ctx.out.note(&format!("{message} ({name})"));
    print_json(ctx, &name, ended_on_site || dropped, forgot)?;
    match forget_failed {
        // The session is gone but the password is still saved: partial (7).
        Some(e) => Err(CliError::new(
            Exit::Partial,
            format!(
                "{}: {e}",
                lang.t(
                    "保存したパスワードを削除できません",
                    "the saved password could not be removed",
                )
            ),
        )
        .with_hint(match e {
            SecretError::Keyring(_) => lang.t(
                "鍵束のロックを解除できる環境 (デスクトップのセッション) で `toshokan logout --forget` をもう一度実行してください",
                "run `toshokan logout --forget` again where the keyring can be unlocked (a desktop session)",
            ),
            SecretError::File(_) => lang.t(
                "設定ディレクトリの secrets/ を確認してください",
                "check secrets/ under the config directory",
            ),
        })),
        None => Ok(Exit::Success),
    }
}

/// `logout --json` (docs/json.md#logout): one object whatever happened,
/// also in the demo and when there was nothing to end.
fn print_json(
    ctx: &Context,
    profile: &str,
    logged_out: bool,
    forgot: bool,
) -> Result<(), CliError> {
    if !ctx.out.json {
        return Ok(());
    }
    ctx.out.json(&serde_json::json!({
        "profile": profile, "logged_out": logged_out, "password_forgotten": forgot
    }))
}
