use super::context::Context;
use crate::cli::StatusArgs;
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::model::AccountStatus;

/// Two pages (loans, reservations): the header counts come with each (the
/// first page's header is used, the second fills what it lacked), and
/// overdue / ready-for-pickup only the lists can tell. Both lists are kept
/// as the snapshots of `loans` and `reservations` too.
pub async fn run(ctx: &mut Context, args: &StatusArgs) -> Result<Exit, CliError> {
    let mut statuses = Vec::new();
    for name in ctx.profiles()? {
        if let Some(status) = ctx.from_snapshot(&name, Screen::Status, args.max_age)? {
            statuses.push(status);
            continue;
        }
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
        account.keep(Screen::Loans, &loans.items);
        account.keep(Screen::Reservations, &reservations.items);
        account.keep(Screen::Status, &status);
        statuses.push(status);
    }
    crate::output::account::print(&ctx.out, &statuses, ctx.today)?;
    Ok(Exit::Success)
}
