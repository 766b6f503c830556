use super::context::Context;
use crate::cli::LoansArgs;
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::model::Loan;

pub async fn run(ctx: &mut Context, args: &LoansArgs) -> Result<Exit, CliError> {
    let tagged = ctx.all_profiles;
    let mut groups: Vec<(String, Vec<Loan>)> = Vec::new();
    let mut host = String::from("localhost");
    for name in ctx.profiles()? {
        if let Some(h) = ctx.site_for(&name)?.host_str() {
            host = h.to_string();
        }
        // Every loan is kept, so the filters apply to a snapshot as to a read.
        let all: Vec<Loan> = match ctx.from_snapshot(&name, Screen::Loans, args.max_age)? {
            Some(loans) => loans,
            None => {
                let mut account = ctx.open(&name)?;
                let listing = account.client.loans(ctx.today).await?;
                account.keep(Screen::Loans, &listing.items);
                listing.items
            }
        };
        let loans = all.into_iter().filter(|l| keep(l, args)).collect();
        groups.push((name, loans));
    }
    let view = super::by_profile(&groups, tagged);
    if args.ical {
        let named = super::named(&groups);
        let text = crate::output::ical::due_dates(&named, tagged, &host, ctx.lang());
        crate::output::ical::print(&text)?;
        return Ok(Exit::Success);
    }
    crate::output::loans::print(&ctx.out, &view)?;
    Ok(Exit::Success)
}

fn keep(loan: &Loan, args: &LoansArgs) -> bool {
    if args.overdue && !loan.overdue {
        return false;
    }
    if args.renewable && !loan.renewable {
        return false;
    }
    match args.due_within {
        Some(days) => loan.days_left <= i64::from(days),
        None => true,
    }
}
