use super::context::Context;
use crate::cli::LogoutArgs;
use crate::config::{secrets, session};
use crate::error::{CliError, Exit};

pub async fn run(ctx: &mut Context, args: &LogoutArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    if ctx.is_demo() {
        ctx.out.note(lang.t(
            "デモではログアウトは不要です",
            "nothing to log out of in the demo",
        ));
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
    let forgot = args.forget && secrets::remove(&ctx.paths, &name)?;
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
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({
            "profile": name, "logged_out": ended_on_site || dropped, "password_forgotten": forgot
        }))?;
    }
    Ok(Exit::Success)
}
