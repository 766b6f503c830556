use super::context::Context;
use crate::error::{CliError, Exit};
use crate::model::AccountStatus;

/// Two pages (loans, reservations): the header counts come with each (the
/// first page's header is used, the second fills what it lacked), and
/// overdue / ready-for-pickup only the lists can tell.
pub async fn run(ctx: &mut Context) -> Result<Exit, CliError> {
    let mut statuses = Vec::new();
    for name in ctx.profiles()? {
        let mut account = ctx.open(&name)?;
        let loans = account.client.loans(ctx.today).await?;
        let reservations = account.client.reservations(ctx.today).await?;
        let status = AccountStatus::new(
            &name,
            account.masked_card(),
            &loans.summary.clone().or(&reservations.summary),
            ctx.today,
        )
        .with_lists(&loans.items, &reservations.items, ctx.today);
        statuses.push(status);
    }
    crate::output::account::print(&ctx.out, &statuses, ctx.today)?;
    Ok(Exit::Success)
}
