//! `libraries`: the branch codes and names the site's detailed-search form
//! lists (検索対象図書館). Read from the page, never hard-coded.

use super::context::Context;
use crate::cli::LibrariesArgs;
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::model::Branch;

pub async fn run(ctx: &mut Context, args: &LibrariesArgs) -> Result<Exit, CliError> {
    let name = ctx.profile_name().to_string();
    let branches: Vec<Branch> = match ctx.from_snapshot(&name, Screen::Libraries, args.max_age)? {
        Some(branches) => branches,
        None => {
            let mut client = ctx.public_client()?;
            let form = client.search_form().await?;
            let branches = form.libraries();
            // Kept for a profile that logged in to this very site only.
            if let Some(keeper) = ctx.snapshot_keeper(&name, client.base()) {
                keeper.keep(Screen::Libraries, &branches);
            }
            branches
        }
    };
    crate::output::catalog::branches(&ctx.out, &branches)?;
    Ok(Exit::Success)
}
