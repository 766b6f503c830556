//! `show ID`: one title through the read-only detail entry. Public, so an
//! anonymous client; a malformed code is refused before any request.

use super::context::Context;
use crate::cli::ShowArgs;
use crate::error::{CliError, Exit};

pub async fn run(ctx: &mut Context, args: &ShowArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let id = args.id.as_str();
    let mut client = ctx.public_client()?;
    let detail = client.title(id).await?;
    let Some(detail) = detail else {
        return Err(CliError::usage(format!(
            "{}: {id}",
            lang.t("該当する書誌がありません", "no such title")
        ))
        .with_hint(lang.t(
            "`toshokan search` で ID を確かめてください",
            "check the id with `toshokan search`",
        )));
    };
    crate::output::catalog::detail(&ctx.out, &detail)?;
    Ok(Exit::Success)
}
