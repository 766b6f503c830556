use jiff::civil::Date;

use super::context::Context;
use crate::cli::StatusArgs;
use crate::client::{Client, ClientError};
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::model::{AccountStatus, AccountSummary, Loan, Reservation};

/// Two pages (loans, reservations) per profile, see [`read`]; both lists
/// are kept as the snapshots of `loans` and `reservations` too.
pub async fn run(ctx: &mut Context, args: &StatusArgs) -> Result<Exit, CliError> {
    let mut statuses = Vec::new();
    for name in ctx.profiles()? {
        if let Some(status) = ctx.from_snapshot(&name, Screen::Status, args.max_age)? {
            statuses.push(status);
            continue;
        }
        let mut account = ctx.open(&name)?;
        let card = account.masked_card();
        let read = read(&mut account.client, &name, card, ctx.today).await?;
        account.keep(Screen::Loans, &read.loans);
        account.keep(Screen::Reservations, &read.reservations);
        account.keep(Screen::Status, &read.status);
        statuses.push(read.status);
    }
    crate::output::account::print(&ctx.out, &statuses, ctx.today, ctx.all_profiles)?;
    Ok(Exit::Success)
}

/// A status and the two lists it was counted from.
pub struct Read {
    pub status: AccountStatus,
    pub loans: Vec<Loan>,
    pub reservations: Vec<Reservation>,
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
) -> Result<Read, ClientError> {
    let loans = client.loans(today).await?;
    let reservations = client.reservations(today).await?;
    let status = AccountStatus::new(
        name,
        card,
        &loans.summary.clone().or(&reservations.summary),
        today,
    )
    .with_lists(&loans.items, &reservations.items, today);
    Ok(Read {
        status,
        loans: loans.items,
        reservations: reservations.items,
    })
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
        Ok(read) => read.status,
        Err(e) => {
            let err = ctx.word(e.into());
            ctx.out.warn(&err.message);
            AccountStatus::new(name, card, summary, ctx.today)
        }
    }
}
