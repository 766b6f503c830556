use super::context::Context;
use crate::cli::{ReservationsAction, ReservationsArgs, ReservationsListArgs};
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::model::{Reservation, ReservationState};

pub async fn run(ctx: &mut Context, args: &ReservationsArgs) -> Result<Exit, CliError> {
    let filter = match &args.action {
        Some(ReservationsAction::List(list)) => merge(&args.list, list),
        Some(ReservationsAction::Cancel(a)) => {
            return super::reservation_write::cancel(ctx, a).await;
        }
        Some(ReservationsAction::Hide(a)) => return super::reservation_write::hide(ctx, a).await,
        Some(ReservationsAction::Change(a)) => {
            return super::reservation_write::change(ctx, a).await;
        }
        None => args.list.clone(),
    };
    let tagged = ctx.all_profiles;
    let mut groups: Vec<(String, Vec<Reservation>)> = Vec::new();
    let mut host = String::from("localhost");
    for name in ctx.profiles()? {
        if let Some(h) = ctx.site_for(&name)?.host_str() {
            host = h.to_string();
        }
        // Every row is kept (cancelled ones too), so the filters apply to a
        // snapshot as to a read.
        let all: Vec<Reservation> =
            match ctx.from_snapshot(&name, Screen::Reservations, filter.max_age)? {
                Some(items) => items,
                None => {
                    let mut account = ctx.open(&name)?;
                    let listing = account.client.reservations(ctx.today).await?;
                    account.keep(Screen::Reservations, &listing.items);
                    listing.items
                }
            };
        let items = all.into_iter().filter(|r| keep(r, &filter)).collect();
        groups.push((name, items));
    }
    if filter.ical {
        let named = super::named(&groups);
        let text = crate::output::ical::hold_dates(&named, tagged, &host, ctx.lang());
        crate::output::ical::print(&text)?;
        return Ok(Exit::Success);
    }
    let view = super::by_profile(&groups, tagged);
    crate::output::reservations::print(&ctx.out, &view)?;
    Ok(Exit::Success)
}

fn merge(a: &ReservationsListArgs, b: &ReservationsListArgs) -> ReservationsListArgs {
    ReservationsListArgs {
        ready: a.ready || b.ready,
        all: a.all || b.all,
        ical: a.ical || b.ical,
        max_age: b.max_age.or(a.max_age),
    }
}

/// Cancelled rows stay on the site until hidden; they are shown with `--include-cancelled`.
fn keep(r: &Reservation, filter: &ReservationsListArgs) -> bool {
    if filter.ready {
        return r.state.is_ready();
    }
    filter.all || r.state != ReservationState::Cancelled
}
