use super::context::Context;
use crate::cli::LoansArgs;
use crate::error::{CliError, Exit};
use crate::model::Loan;

pub async fn run(ctx: &mut Context, args: &LoansArgs) -> Result<Exit, CliError> {
    let tagged = ctx.all_profiles;
    let mut groups: Vec<(String, Vec<Loan>)> = Vec::new();
    let mut host = String::from("localhost");
    for name in ctx.profiles()? {
        let mut account = ctx.open(&name)?;
        if let Some(h) = account.client.base().host_str() {
            host = h.to_string();
        }
        let listing = account
            .client
            .loans(ctx.today)
            .await
            .map_err(|e| ctx.client_error(e))?;
        let loans = listing
            .items
            .into_iter()
            .filter(|l| keep(l, args))
            .collect();
        groups.push((name, loans));
    }
    let view: Vec<(Option<&str>, &[Loan])> = groups
        .iter()
        .map(|(name, loans)| (tagged.then_some(name.as_str()), loans.as_slice()))
        .collect();
    if args.ical {
        let named: Vec<(&str, &[Loan])> = groups
            .iter()
            .map(|(name, loans)| (name.as_str(), loans.as_slice()))
            .collect();
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
