use jiff::civil::Date;

use super::context::Context;
use crate::client::{Client, ClientError};
use crate::error::{CliError, Exit};
use crate::model::{AccountStatus, AccountSummary};

/// Two pages (loans, reservations) per profile: see [`read`].
pub async fn run(ctx: &mut Context) -> Result<Exit, CliError> {
    let mut statuses = Vec::new();
    for name in ctx.profiles()? {
        let mut account = ctx.open(&name)?;
        let card = account.masked_card();
        let status = read(&mut account.client, &name, card, ctx.today)
            .await
            .map_err(|e| ctx.client_error(e))?;
        statuses.push(status);
    }
    crate::output::account::print(&ctx.out, &statuses, ctx.today, ctx.all_profiles)?;
    Ok(Exit::Success)
}

/// What `status` (and `login`) report for a logged-in client: the header
/// counts come with each list (the first page's header is used, the
/// second fills what it lacked), and overdue / ready-for-pickup only the
/// lists can tell. Two reads.
pub async fn read(
    client: &mut Client,
    name: &str,
    card: Option<String>,
    today: Date,
) -> Result<AccountStatus, ClientError> {
    let loans = client.loans(today).await?;
    let reservations = client.reservations(today).await?;
    Ok(AccountStatus::new(
        name,
        card,
        &loans.summary.clone().or(&reservations.summary),
        today,
    )
    .with_lists(&loans.items, &reservations.items, today))
}

/// `login`'s status: [`read`] right after the login (two more reads), so
/// that it is the object `status` prints. When a list cannot be read the
/// login still stands: a warning, and the login page's header counts.
pub async fn after_login(
    ctx: &Context,
    client: &mut Client,
    name: &str,
    card: Option<String>,
    summary: &AccountSummary,
) -> AccountStatus {
    match read(client, name, card.clone(), ctx.today).await {
        Ok(status) => status,
        Err(e) => {
            let err = ctx.client_error(e);
            ctx.out.warn(&err.message);
            AccountStatus::new(name, card, summary, ctx.today)
        }
    }
}
