//! `cart`: the site's 予約カート. Adding is not reserving; `checkout`
//! reserves what is in it with one pickup/contact choice, per title.

use super::batch::{self, Fresh, Go};
use super::context::Context;
use super::reserve::{describe_choice, offered};
use crate::cli::{CartAction, CartArgs, CartIdsArgs, CheckoutArgs};
use crate::error::{CliError, Exit};
use crate::model::{
    CartItem, Outcome, RsvAction, RsvCase, RsvReason, RsvResult, TitleCode, Verdict, Written,
};
use crate::output::write::plan_line;

pub async fn run(ctx: &mut Context, args: &CartArgs) -> Result<Exit, CliError> {
    match &args.action {
        None | Some(CartAction::List) => list(ctx).await,
        Some(CartAction::Add(a)) => add(ctx, a).await,
        Some(CartAction::Remove(a)) => remove(ctx, a).await,
        Some(CartAction::Checkout(a)) => checkout(ctx, a).await,
    }
}

/// `cart list`, for each profile `--all-profiles` names.
async fn list(ctx: &mut Context) -> Result<Exit, CliError> {
    let tagged = ctx.all_profiles;
    let mut groups: Vec<(String, Vec<CartItem>)> = Vec::new();
    for name in ctx.profiles()? {
        let mut account = ctx.open(&name)?;
        let page = account.client.cart_page().await?;
        groups.push((name, page.items));
    }
    let view = super::by_profile(&groups, tagged);
    crate::output::reservation_write::cart(&ctx.out, &view)?;
    Ok(Exit::Success)
}

fn item(id: &str) -> CartItem {
    CartItem {
        id: id.to_string(),
        title: String::new(),
        author: None,
        publisher: None,
        material_type: None,
    }
}

fn planned(action: RsvAction, item: &CartItem, verdict: Verdict<RsvCase>) -> RsvResult {
    RsvResult::for_title(action, &item.id, &item.title, verdict)
}

fn finish(ctx: &Context, profile: &str, results: &[RsvResult]) -> Result<Exit, CliError> {
    crate::output::reservation_write::print(&ctx.out, profile, results)?;
    let stopped = results.iter().any(Written::stops_batch);
    Ok(super::batch::exit_of(results, stopped))
}

async fn add(ctx: &mut Context, args: &CartIdsArgs) -> Result<Exit, CliError> {
    let ids = TitleCode::unique(&args.ids);
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let page = account.client.cart_page().await?;
    let mut results = Vec::new();
    let todo: Vec<&String> = ids.iter().filter(|id| !page.contains(id)).collect();
    for id in ids.iter().filter(|id| page.contains(id)) {
        let known = page
            .items
            .iter()
            .find(|i| &i.id == id)
            .cloned()
            .unwrap_or_else(|| item(id));
        let verdict = Verdict::skipped(RsvReason::Own(RsvCase::AlreadyInCart));
        results.push(planned(RsvAction::CartAdd, &known, verdict));
    }
    let question = ctx.lang().t(
        "カートに入れますか？（予約ではありません）",
        "Add to the cart? (This does not reserve.)",
    );
    let go = if todo.is_empty() {
        Go::Send
    } else {
        Go::ask(ctx, args.write, question)
    };
    let client = &mut account.client;
    let batch = batch::run(
        go,
        &todo,
        |id, verdict| planned(RsvAction::CartAdd, &item(id), verdict),
        async |id| client.cart_add(id).await.0,
    )
    .await;
    results.extend(batch.results);
    finish(ctx, &name, &results)
}

async fn remove(ctx: &mut Context, args: &CartIdsArgs) -> Result<Exit, CliError> {
    super::batch::destructive(ctx, args.write, "cart remove")?;
    let ids = TitleCode::unique(&args.ids);
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let page = account.client.cart_page().await?;
    let missing: Vec<&str> = ids
        .iter()
        .filter(|id| !page.contains(id))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        return Err(CliError::usage(format!(
            "{}: {}",
            ctx.lang().t("カートにありません", "not in the cart"),
            missing.join(", ")
        ))
        .with_hint("toshokan cart list"));
    }
    let question = ctx
        .lang()
        .t("カートから外しますか？", "Remove from the cart?");
    let items: Vec<CartItem> = page
        .items
        .iter()
        .filter(|i| ids.contains(&i.id))
        .cloned()
        .collect();
    let plan: Vec<String> = items.iter().map(|i| plan_line(&i.id, &i.title)).collect();
    let go = Go::ask_about(ctx, args.write, &plan, question);
    let mut fresh = Fresh::new(page);
    let client = &mut account.client;
    let batch = batch::run(
        go,
        &items,
        |i, verdict| planned(RsvAction::CartRemove, i, verdict),
        async |i| {
            let page = match fresh.take(async || client.cart_page().await).await {
                Ok(p) => p,
                Err(e) => {
                    return planned(RsvAction::CartRemove, i, Verdict::not_sent(e.to_string()));
                }
            };
            let (result, next) = client.cart_remove(&page, i).await;
            fresh.keep(next);
            result
        },
    )
    .await;
    finish(ctx, &name, &batch.results)
}

async fn checkout(ctx: &mut Context, args: &CheckoutArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let name = ctx.profile_name().to_string();
    let profile = ctx.config.profiles.get(&name).cloned().unwrap_or_default();
    let mut account = ctx.open(&name)?;
    // The list first: the cart form must be posted right after its own page
    // (the site may issue a new token with every page).
    let before = account.client.reservation_page(ctx.today).await?;
    let cart = account.client.cart_page().await?;
    if cart.items.is_empty() {
        return Err(
            CliError::usage(lang.t("カートは空です", "the cart is empty")).with_hint(lang.t(
                "`toshokan cart add ID` で追加するか `toshokan reserve ID` で予約してください",
                "add titles with `toshokan cart add ID`, or use `toshokan reserve ID`",
            )),
        );
    }
    let form = account.client.checkout_form(&cart).await?;
    let (pickup, contact) = super::reserve::choose(ctx, &args.choice, &profile, &form.confirm)?;
    if let Some(reason) = offered(&form.confirm, &pickup, &contact) {
        let results: Vec<RsvResult> = form
            .items
            .iter()
            .map(|i| {
                planned(
                    RsvAction::Reserve,
                    i,
                    Verdict::new(Outcome::Failed, reason.clone()),
                )
            })
            .collect();
        return finish(ctx, &name, &results);
    }
    let question = describe_choice(lang, &form.confirm, &pickup, &contact, form.items.len());
    if let Some(reason) = Go::ask(ctx, args.write, &question).held_back() {
        let results: Vec<RsvResult> = form
            .items
            .iter()
            .map(|i| planned(RsvAction::Reserve, i, Verdict::skipped(reason.clone())))
            .collect();
        return finish(ctx, &name, &results);
    }
    let (results, _) = account
        .client
        .checkout(&form, &pickup, &contact, &before, ctx.today)
        .await;
    finish(ctx, &name, &results)
}
