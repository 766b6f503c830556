//! `libraries`: the branch codes and names the site's detailed-search form
//! lists (検索対象図書館). Read from the page, never hard-coded.

use super::context::Context;
use crate::error::{CliError, Exit};

pub async fn run(ctx: &mut Context) -> Result<Exit, CliError> {
    let mut client = ctx.public_client()?;
    let form = client.search_form().await?;
    crate::output::catalog::branches(&ctx.out, &form.libraries())?;
    Ok(Exit::Success)
}
