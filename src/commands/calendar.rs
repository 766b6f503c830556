//! `calendar`: a branch's closed days (休館日) from the public calendar page.
//! The branch is resolved against the page's own select, never hard-coded.

use super::choice;
use super::context::Context;
use crate::cli::CalendarArgs;
use crate::client::ClientError;
use crate::error::{CliError, Exit};

pub async fn run(ctx: &mut Context, args: &CalendarArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let mut client = ctx.public_client()?;
    let mut calendar = client.calendar(None).await?;
    if let Some(wanted) = &args.library {
        let code = choice::library(wanted, &calendar.libraries, lang)?;
        if calendar.library_code.as_deref() != Some(code.as_str()) {
            calendar = client.calendar(Some(&code)).await?;
            if calendar.library_code.as_deref() != Some(code.as_str()) {
                return Err(CliError::from(ClientError::layout(
                    "calendar",
                    format!("asked for library {code}, the page shows another"),
                )));
            }
        }
    }
    if args.ical {
        let host = client.base().host_str().unwrap_or("localhost").to_string();
        let text = crate::output::ical::closed_days(&calendar, &host, lang);
        crate::output::ical::print(&text)?;
        return Ok(Exit::Success);
    }
    crate::output::calendar::print(&ctx.out, &calendar)?;
    Ok(Exit::Success)
}
