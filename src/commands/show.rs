//! `show ID`: one title through the read-only detail entry. Public, so an
//! anonymous client; a malformed code is refused before any request.

use super::context::Context;
use super::search::catalog_client;
use crate::cli::ShowArgs;
use crate::error::{CliError, Exit};

/// A title code (tilcod): 13 digits.
pub fn valid_tilcod(id: &str) -> bool {
    id.len() == 13 && id.chars().all(|c| c.is_ascii_digit())
}

pub async fn run(ctx: &mut Context, args: &ShowArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let id = args.id.trim();
    if !valid_tilcod(id) {
        return Err(CliError::usage(format!(
            "{}: {id:?}",
            lang.t("タイトルコードの形式が正しくありません", "not a title code")
        ))
        .with_hint(lang.t(
            "13 桁の数字です（`toshokan search` の ID 列）",
            "a title code is 13 digits (the ID column of `toshokan search`)",
        )));
    }
    let mut client = catalog_client(ctx)?;
    let detail = client.title(id).await.map_err(|e| ctx.client_error(e))?;
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

#[cfg(test)]
mod tests {
    #[test]
    fn title_codes_are_13_digits() {
        assert!(super::valid_tilcod("1000000961766"));
        assert!(!super::valid_tilcod("100000096176"));
        assert!(!super::valid_tilcod("10000009617660"));
        assert!(!super::valid_tilcod("100000096176x"));
    }
}
