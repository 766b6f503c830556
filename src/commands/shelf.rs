//! `shelf …` (マイ本棚): resolve SHELF (a number, else an exact, else a
//! unique partial name) on a fresh list, check what can be checked before
//! anything is sent, then each write once through the client, which
//! switches to the target shelf first and verifies by reading it again.

use super::batch::{self, Go};
use super::choice::best;
use super::context::{Account, Context};
use super::errors::title_read_failure;
use crate::cli::{
    ListArgs, ShelfAddArgs, ShelfArgs, ShelfCommand as Cmd, ShelfCreateArgs, ShelfDeleteArgs,
    ShelfMemoArgs, ShelfMoveArgs, ShelfRemoveArgs, ShelfRenameArgs, ShelfShowArgs, WriteOpts,
};
use crate::client::ClientError;
use crate::client::shelf::{
    self as client_shelf, DUPLICATE, MEMO_MAX, NAME_MAX, ShelfEdit, ShelfPage,
};
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::{
    Outcome, Shelf, ShelfAction, ShelfCase, ShelfContents, ShelfReason, ShelfResult, TitleCode,
    Verdict, Written,
};
use crate::output::write::plan_line;

pub async fn run(ctx: &mut Context, args: &ShelfArgs) -> Result<Exit, CliError> {
    match &args.action {
        None => list(ctx, &args.list).await,
        Some(Cmd::List(a)) => list(ctx, &a.or(args.list)).await,
        Some(Cmd::Show(a)) => show(ctx, a).await,
        Some(Cmd::Create(a)) => create(ctx, a).await,
        Some(Cmd::Rename(a)) => rename(ctx, a).await,
        Some(Cmd::Memo(a)) => memo(ctx, a).await,
        Some(Cmd::Add(a)) => add(ctx, a).await,
        Some(Cmd::Remove(a)) => remove(ctx, a).await,
        Some(Cmd::Move(a)) => move_title(ctx, a).await,
        Some(Cmd::Delete(a)) => delete(ctx, a).await,
    }
}

fn listing(shelves: &[Shelf]) -> String {
    shelves
        .iter()
        .map(|s| format!("{} {}", s.id, s.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// SHELF: a number the site lists, else a name by the shared rule
/// ([`best`]: exact, normalised, start, part). Anything else is a usage
/// error naming the shelves.
pub(super) fn resolve(shelves: &[Shelf], input: &str, lang: Lang) -> Result<Shelf, CliError> {
    let choices = || {
        if shelves.is_empty() {
            lang.t(
                "本棚がありません。`toshokan shelf create 名前` で作成できます",
                "there are no shelves; create one with `toshokan shelf create NAME`",
            )
            .to_string()
        } else {
            format!("{}: {}", lang.t("本棚", "shelves"), listing(shelves))
        }
    };
    if let Ok(n) = input.trim().parse::<u32>()
        && let Some(s) = shelves.iter().find(|s| s.id == n)
    {
        return Ok(s.clone());
    }
    match best(input, shelves, |s| &s.name).as_slice() {
        [] => {}
        [one] => return Ok((*one).clone()),
        many => {
            return Err(super::choice::ambiguous(
                lang,
                format!(
                    "{}: {input}",
                    lang.t("本棚名が曖昧です", "ambiguous shelf name")
                ),
                many.iter().map(|s| format!("{} {}", s.id, s.name)),
            ));
        }
    }
    Err(CliError::usage(format!(
        "{}: {input}",
        lang.t("該当する本棚がありません", "no such shelf")
    ))
    .with_hint(choices()))
}

fn check_name(name: &str, lang: Lang) -> Result<(), CliError> {
    if name.trim().is_empty() {
        return Err(CliError::usage(
            lang.t("本棚の名前が空です", "the shelf name is empty"),
        ));
    }
    let n = name.chars().count();
    if n > NAME_MAX {
        return Err(CliError::usage(format!(
            "{} ({n} > {NAME_MAX})",
            lang.t(
                "本棚の名前が長すぎます",
                "the shelf name is longer than the site allows"
            )
        )));
    }
    Ok(())
}

fn check_memo(memo: &str, lang: Lang) -> Result<(), CliError> {
    let n = memo.chars().count();
    if n > MEMO_MAX {
        return Err(CliError::usage(format!(
            "{} ({n} > {MEMO_MAX})",
            lang.t(
                "メモが長すぎます",
                "the memo is longer than the site allows"
            )
        )));
    }
    Ok(())
}

/// Names are what people address shelves by: a second shelf of the same
/// name would make them ambiguous.
fn check_unused(
    shelves: &[Shelf],
    name: &str,
    except: Option<u32>,
    lang: Lang,
) -> Result<(), CliError> {
    match shelves
        .iter()
        .find(|s| Some(s.id) != except && s.name.trim() == name.trim())
    {
        Some(s) => Err(CliError::usage(format!(
            "{}: {} {}",
            lang.t("同じ名前の本棚があります", "a shelf of that name exists"),
            s.id,
            s.name
        ))
        .with_hint(lang.t("別の名前にしてください", "choose another name"))),
        None => Ok(()),
    }
}

/// `shelf add` takes the shelf and the codes as one list, so its codes are
/// parsed here rather than by clap.
fn title_codes(ids: &[String], lang: Lang) -> Result<Vec<String>, CliError> {
    let (codes, bad): (Vec<_>, Vec<_>) = ids.iter().partition(|id| id.parse::<TitleCode>().is_ok());
    if !bad.is_empty() {
        let bad: Vec<&str> = bad.iter().map(|s| s.as_str()).collect();
        return Err(CliError::usage(format!(
            "{}: {}",
            lang.t("タイトルコードの形式が違います", "malformed title code"),
            bad.join(", ")
        ))
        .with_hint(lang.t(
            "13桁の数字です（`toshokan shelf show` や `toshokan search` の ID）",
            "13 digits, as `toshokan shelf show` or `toshokan search` print them",
        )));
    }
    let codes: Vec<TitleCode> = codes.iter().filter_map(|id| id.parse().ok()).collect();
    Ok(TitleCode::unique(&codes))
}

async fn open_page(ctx: &mut Context) -> Result<(String, Account, ShelfPage), CliError> {
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let page = account.client.shelf_page().await?;
    Ok((name, account, page))
}

/// The contents of `shelf` (switching to it when the page shows another).
async fn contents(
    account: &mut Account,
    page: &ShelfPage,
    shelf: u32,
) -> Result<ShelfContents, CliError> {
    if let Some(c) = page.showing(shelf) {
        return Ok(c.clone());
    }
    let view = account.client.switch_shelf(page, shelf).await?;
    view.showing(shelf)
        .cloned()
        .ok_or_else(|| CliError::from(ClientError::layout("shelf", "the switch shows no shelf")))
}

fn finish(ctx: &Context, profile: &str, results: &[ShelfResult]) -> Result<Exit, CliError> {
    crate::output::shelf::print_results(&ctx.out, profile, results)?;
    let stopped = results.iter().any(Written::stops_batch);
    Ok(super::batch::exit_of(results, stopped))
}

/// The planned results with nothing sent, when a dry run or a declined
/// prompt holds the writes back.
fn hold_back(
    ctx: &Context,
    opts: WriteOpts,
    question: &str,
    planned: &[ShelfResult],
) -> Option<Vec<ShelfResult>> {
    let reason = Go::ask(ctx, opts, question).held_back()?;
    let held = planned
        .iter()
        .map(|r| ShelfResult {
            outcome: Outcome::Skipped,
            reason: reason.clone(),
            ..r.clone()
        })
        .collect();
    Some(held)
}

/// `shelf list`, for each profile `--all-profiles` names.
async fn list(ctx: &mut Context, args: &ListArgs) -> Result<Exit, CliError> {
    let tagged = ctx.all_profiles;
    let mut groups: Vec<(String, Vec<Shelf>)> = Vec::new();
    for name in ctx.profiles()? {
        let shelves = match ctx.from_snapshot(&name, Screen::Shelves, args.max_age)? {
            Some(shelves) => shelves,
            None => shelves_of(ctx, &name).await?,
        };
        groups.push((name, shelves));
    }
    let view = super::by_profile(&groups, tagged);
    crate::output::shelf::print_shelves(&ctx.out, &view)?;
    Ok(Exit::Success)
}

/// A profile's shelves with their memos and counts.
async fn shelves_of(ctx: &mut Context, name: &str) -> Result<Vec<Shelf>, CliError> {
    let mut account = ctx.open(name)?;
    let page = account.client.shelf_page().await?;
    let mut shelves = page.shelves.clone();
    let start = page.current.as_ref().map(|c| c.id);
    // The site shows one shelf at a time: visit each for its memo and count.
    let mut last = page;
    for shelf in &mut shelves {
        let shown = match last.showing(shelf.id) {
            Some(c) => c.clone(),
            None => {
                last = account.client.switch_shelf(&last, shelf.id).await?;
                match last.showing(shelf.id) {
                    Some(c) => c.clone(),
                    None => continue,
                }
            }
        };
        shelf.name = shown.name;
        shelf.memo = shown.memo;
        shelf.item_count = Some(shown.item_count);
        shelf.current = Some(shelf.id) == start;
    }
    // Leave the session showing the shelf it showed before.
    if let Some(id) = start
        && last.showing(id).is_none()
    {
        let _ = account.client.switch_shelf(&last, id).await;
    }
    account.keep(Screen::Shelves, &shelves);
    Ok(shelves)
}

async fn show(ctx: &mut Context, args: &ShelfShowArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let (_, mut account, page) = open_page(ctx).await?;
    let shelf = match (&args.shelf, &page.current) {
        (Some(input), _) => resolve(&page.shelves, input, lang)?.id,
        (None, Some(current)) => current.id,
        (None, None) => {
            return Err(
                CliError::usage(lang.t("本棚がありません", "there are no shelves"))
                    .with_hint("toshokan shelf create NAME"),
            );
        }
    };
    let shown = contents(&mut account, &page, shelf).await?;
    crate::output::shelf::print_contents(&ctx.out, &shown)?;
    Ok(Exit::Success)
}

async fn create(ctx: &mut Context, args: &ShelfCreateArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let memo = args.memo.clone().unwrap_or_default();
    check_name(&args.name, lang)?;
    check_memo(&memo, lang)?;
    let (profile, mut account, page) = open_page(ctx).await?;
    check_unused(&page.shelves, &args.name, None, lang)?;
    if !memo.trim().is_empty()
        && let Some(current) = &page.current
    {
        client_shelf::verifiable(&ShelfEdit::Memo(memo.clone()), current)?;
    }
    let planned = ShelfResult::for_shelf(
        ShelfAction::Create,
        None,
        &args.name,
        Verdict::skipped(ShelfReason::WouldApply),
    );
    let question = match lang {
        Lang::Ja => format!("本棚「{}」を作成しますか？", args.name),
        Lang::En => format!("Create the shelf {:?}?", args.name),
    };
    if let Some(held) = hold_back(ctx, args.write, &question, std::slice::from_ref(&planned)) {
        return finish(ctx, &profile, &held);
    }
    let (result, _) = account.client.create_shelf(&args.name, &memo).await?;
    finish(ctx, &profile, &[result])
}

async fn rename(ctx: &mut Context, args: &ShelfRenameArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    check_name(&args.name, lang)?;
    let (profile, mut account, page) = open_page(ctx).await?;
    let shelf = resolve(&page.shelves, &args.shelf, lang)?;
    let planned = |outcome, reason| {
        ShelfResult::for_shelf(
            ShelfAction::Rename,
            Some(shelf.id),
            &args.name,
            Verdict::new(outcome, reason),
        )
    };
    if shelf.name.trim() == args.name.trim() {
        return finish(
            ctx,
            &profile,
            &[planned(Outcome::Skipped, ShelfReason::Unchanged)],
        );
    }
    check_unused(&page.shelves, &args.name, Some(shelf.id), lang)?;
    let question = match lang {
        Lang::Ja => format!("本棚「{}」を「{}」に変更しますか？", shelf.name, args.name),
        Lang::En => format!("Rename the shelf {:?} to {:?}?", shelf.name, args.name),
    };
    let plan = planned(Outcome::Skipped, ShelfReason::WouldApply);
    if let Some(held) = hold_back(ctx, args.write, &question, &[plan]) {
        return finish(ctx, &profile, &held);
    }
    let edit = ShelfEdit::Rename(args.name.clone());
    let (result, _) = account.client.edit_shelf(shelf.id, &edit).await?;
    finish(ctx, &profile, &[result])
}

async fn memo(ctx: &mut Context, args: &ShelfMemoArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    check_memo(&args.text, lang)?;
    let (profile, mut account, page) = open_page(ctx).await?;
    let shelf = resolve(&page.shelves, &args.shelf, lang)?;
    let shown = contents(&mut account, &page, shelf.id).await?;
    let (edit, planned, current) = match &args.item {
        Some(tilcod) => {
            let Some(item) = shown.item(tilcod) else {
                return Err(not_on_shelf(&[tilcod.as_str()], &shown, lang));
            };
            let planned = ShelfResult::for_item(
                ShelfAction::Memo,
                (shelf.id, &shown.name),
                tilcod,
                &item.title,
                Verdict::skipped(ShelfReason::WouldApply),
            );
            let edit = ShelfEdit::ItemMemo {
                tilcod: tilcod.clone(),
                memo: args.text.clone(),
            };
            (edit, planned, item.memo.clone())
        }
        None => {
            let planned = ShelfResult::for_shelf(
                ShelfAction::Memo,
                Some(shelf.id),
                &shown.name,
                Verdict::skipped(ShelfReason::WouldApply),
            );
            (
                ShelfEdit::Memo(args.text.clone()),
                planned,
                shown.memo.clone(),
            )
        }
    };
    // Before "unchanged": without the memo cell that too would be a guess.
    client_shelf::verifiable(&edit, &shown)?;
    if current.unwrap_or_default().trim() == args.text.trim() {
        let unchanged = ShelfResult {
            reason: ShelfReason::Unchanged,
            ..planned
        };
        return finish(ctx, &profile, &[unchanged]);
    }
    let question = match lang {
        Lang::Ja => format!("本棚「{}」のメモを変更しますか？", shown.name),
        Lang::En => format!("Change the memo on the shelf {:?}?", shown.name),
    };
    if let Some(held) = hold_back(ctx, args.write, &question, std::slice::from_ref(&planned)) {
        return finish(ctx, &profile, &held);
    }
    let (result, _) = account.client.edit_shelf(shelf.id, &edit).await?;
    finish(ctx, &profile, &[result])
}

fn not_on_shelf(ids: &[&str], shown: &ShelfContents, lang: Lang) -> CliError {
    let message = match lang {
        Lang::Ja => format!("本棚 {} にありません: {}", shown.id, ids.join(", ")),
        Lang::En => format!("not on shelf {}: {}", shown.id, ids.join(", ")),
    };
    CliError::usage(message).with_hint(format!(
        "{} `toshokan shelf show {}`",
        lang.t("ID を確かめてください:", "check the IDs with"),
        shown.id
    ))
}

/// Where `shelf add` puts the titles.
enum AddTo<'a> {
    /// A shelf the page lists: its number or (part of) its name.
    Shelf(&'a str),
    /// A shelf to create first (`--new NAME`).
    New(&'a str),
}

/// `shelf add`'s target and title codes, checked before anything is read.
fn add_args(args: &ShelfAddArgs, lang: Lang) -> Result<(AddTo<'_>, Vec<String>), CliError> {
    let (to, ids) = match &args.new {
        Some(name) => {
            check_name(name, lang)?;
            (AddTo::New(name.as_str()), args.args.as_slice())
        }
        None => match args.args.split_first() {
            Some((shelf, ids)) if !ids.is_empty() => (AddTo::Shelf(shelf.as_str()), ids),
            _ => {
                return Err(CliError::usage(lang.t(
                    "本棚と追加するタイトルコードを指定してください",
                    "give the shelf, then the title codes to add",
                ))
                .with_hint("toshokan shelf add SHELF ID… | toshokan shelf add --new NAME ID…"));
            }
        },
    };
    Ok((to, title_codes(ids, lang)?))
}

/// What `shelf add` will send: the shelf (its number once it exists) and
/// the titles not on it yet. Titles already on it are refused here, as the
/// site would refuse them, and nothing is sent for them.
struct AddPlan {
    number: Option<u32>,
    name: String,
    todo: Vec<String>,
    refused: Vec<ShelfResult>,
}

impl AddPlan {
    fn row(&self, id: &str, title: &str, verdict: Verdict<ShelfCase>) -> ShelfResult {
        let shelf = (self.number.unwrap_or(0), self.name.as_str());
        ShelfResult::for_item(ShelfAction::Add, shelf, id, title, verdict)
    }

    /// The rows a dry run or prompt shows: the shelf to create, then each title.
    fn preview(&self) -> Vec<ShelfResult> {
        let create = self.number.is_none().then(|| {
            let verdict = Verdict::skipped(ShelfReason::WouldApply);
            ShelfResult::for_shelf(ShelfAction::Create, None, &self.name, verdict)
        });
        let adds = self
            .todo
            .iter()
            .map(|id| self.row(id, "", Verdict::skipped(ShelfReason::WouldApply)));
        create.into_iter().chain(adds).collect()
    }

    fn question(&self, lang: Lang) -> String {
        let (n, name) = (self.todo.len(), &self.name);
        match lang {
            Lang::Ja => format!("{n}点を本棚「{name}」に追加しますか？"),
            Lang::En => format!("Add {n} title(s) to the shelf {name:?}?"),
        }
    }
}

async fn plan_add(
    account: &mut Account,
    page: &ShelfPage,
    to: AddTo<'_>,
    ids: Vec<String>,
    lang: Lang,
) -> Result<AddPlan, CliError> {
    let (number, name, on_shelf) = match to {
        AddTo::Shelf(input) => {
            let shelf = resolve(&page.shelves, input, lang)?;
            let shown = contents(account, page, shelf.id).await?;
            (Some(shelf.id), shown.name.clone(), Some(shown))
        }
        AddTo::New(name) => {
            check_unused(&page.shelves, name, None, lang)?;
            (None, name.to_string(), None)
        }
    };
    let mut plan = AddPlan {
        number,
        name,
        todo: Vec::new(),
        refused: Vec::new(),
    };
    for id in ids {
        match on_shelf.as_ref().and_then(|s| s.item(&id)) {
            Some(item) => {
                let reason = ShelfReason::Own(ShelfCase::AlreadyOnShelf(DUPLICATE.into()));
                let refused = plan.row(&id, &item.title, Verdict::refused(reason));
                plan.refused.push(refused);
            }
            None => plan.todo.push(id),
        }
    }
    Ok(plan)
}

async fn add(ctx: &mut Context, args: &ShelfAddArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let memo = args.memo.clone().unwrap_or_default();
    check_memo(&memo, lang)?;
    let (to, ids) = add_args(args, lang)?;
    let (profile, mut account, page) = open_page(ctx).await?;
    let mut plan = plan_add(&mut account, &page, to, ids, lang).await?;
    let mut results = std::mem::take(&mut plan.refused);
    if plan.todo.is_empty() {
        return finish(ctx, &profile, &results);
    }
    if let Some(held) = hold_back(ctx, args.write, &plan.question(lang), &plan.preview()) {
        results.extend(held);
        return finish(ctx, &profile, &results);
    }
    if plan.number.is_none() {
        let (created, _) = account.client.create_shelf(&plan.name, "").await?;
        plan.number = (created.outcome == Outcome::Done)
            .then_some(created.shelf)
            .flatten();
        results.push(created);
        if plan.number.is_none() {
            let not_attempted = Verdict::skipped(ShelfReason::NotAttempted);
            results.extend(
                plan.todo
                    .iter()
                    .map(|id| plan.row(id, "", not_attempted.clone())),
            );
            return finish(ctx, &profile, &results);
        }
    }
    let alone = results.is_empty() && plan.todo.len() == 1;
    let client = &mut account.client;
    let (number, name) = (plan.number.unwrap_or(0), plan.name.as_str());
    let batch = batch::try_run(
        Go::Send,
        &plan.todo,
        |id, v| plan.row(id, "", v),
        async |id| {
            let item = match client.addable(id).await {
                Ok(item) => item,
                Err(e) => {
                    let verdict = title_read_failure(lang, id, e, alone)?;
                    return Ok::<_, CliError>(plan.row(id, "", verdict));
                }
            };
            Ok(client.add_to_shelf(&item, (number, name), &memo).await.0)
        },
    )
    .await?;
    results.extend(batch.results);
    finish(ctx, &profile, &results)
}

async fn remove(ctx: &mut Context, args: &ShelfRemoveArgs) -> Result<Exit, CliError> {
    super::batch::destructive(ctx, args.write, "shelf remove")?;
    let lang = ctx.lang();
    let ids = TitleCode::unique(&args.ids);
    let (profile, mut account, page) = open_page(ctx).await?;
    let shelf = resolve(&page.shelves, &args.shelf, lang)?;
    let shown = contents(&mut account, &page, shelf.id).await?;
    let missing: Vec<&str> = ids
        .iter()
        .filter(|id| shown.item(id).is_none())
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        return Err(not_on_shelf(&missing, &shown, lang));
    }
    let planned: Vec<ShelfResult> = ids
        .iter()
        .map(|id| {
            ShelfResult::for_item(
                ShelfAction::Remove,
                (shelf.id, &shown.name),
                id,
                shown.item(id).map(|i| i.title.as_str()).unwrap_or_default(),
                Verdict::skipped(ShelfReason::WouldApply),
            )
        })
        .collect();
    let question = match lang {
        Lang::Ja => format!("{}点を本棚「{}」から外しますか？", ids.len(), shown.name),
        Lang::En => format!(
            "Remove {} title(s) from the shelf {:?}?",
            ids.len(),
            shown.name
        ),
    };
    let plan: Vec<String> = planned.iter().map(|p| plan_line(&p.id, &p.title)).collect();
    let go = Go::ask_about(ctx, args.write, &plan, &question);
    let client = &mut account.client;
    let batch = batch::run(
        go,
        &planned,
        |plan, verdict| ShelfResult {
            outcome: verdict.outcome,
            reason: verdict.reason,
            ..plan.clone()
        },
        async |plan| client.remove_from_shelf(shelf.id, &plan.id).await.0,
    )
    .await;
    finish(ctx, &profile, &batch.results)
}

async fn move_title(ctx: &mut Context, args: &ShelfMoveArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let (profile, mut account, page) = open_page(ctx).await?;
    let shelf = resolve(&page.shelves, &args.shelf, lang)?;
    let shown = contents(&mut account, &page, shelf.id).await?;
    let Some(item) = shown.item(&args.id) else {
        return Err(not_on_shelf(&[args.id.as_str()], &shown, lang));
    };
    if args.to as usize > shown.items.len() {
        return Err(CliError::usage(format!(
            "{}: {} (1–{})",
            lang.t("位置が範囲外です", "place out of range"),
            args.to,
            shown.items.len()
        )));
    }
    let mut planned = ShelfResult::for_item(
        ShelfAction::Move,
        (shelf.id, &shown.name),
        &args.id,
        &item.title,
        Verdict::skipped(ShelfReason::WouldApply),
    );
    planned.position = Some(args.to);
    if item.position == args.to {
        planned.reason = ShelfReason::Unchanged;
        return finish(ctx, &profile, &[planned]);
    }
    let question = match lang {
        Lang::Ja => format!("「{}」を{}番目に移動しますか？", item.title, args.to),
        Lang::En => format!("Move {:?} to place {}?", item.title, args.to),
    };
    if let Some(held) = hold_back(ctx, args.write, &question, std::slice::from_ref(&planned)) {
        return finish(ctx, &profile, &held);
    }
    let edit = ShelfEdit::Move {
        tilcod: args.id.to_string(),
        to: args.to,
    };
    let (result, _) = account.client.edit_shelf(shelf.id, &edit).await?;
    finish(ctx, &profile, &[result])
}

async fn delete(ctx: &mut Context, args: &ShelfDeleteArgs) -> Result<Exit, CliError> {
    super::batch::destructive(ctx, args.write, "shelf delete")?;
    let lang = ctx.lang();
    let (profile, mut account, page) = open_page(ctx).await?;
    let shelf = resolve(&page.shelves, &args.shelf, lang)?;
    let shown = contents(&mut account, &page, shelf.id).await?;
    let planned = ShelfResult::for_shelf(
        ShelfAction::Delete,
        Some(shelf.id),
        &shown.name,
        Verdict::skipped(ShelfReason::WouldApply),
    );
    let question = match lang {
        Lang::Ja => format!(
            "本棚「{}」と登録されている{}点を削除しますか？",
            shown.name, shown.item_count
        ),
        Lang::En => format!(
            "Delete the shelf {:?} and the {} title(s) on it?",
            shown.name, shown.item_count
        ),
    };
    if let Some(held) = hold_back(ctx, args.write, &question, std::slice::from_ref(&planned)) {
        return finish(ctx, &profile, &held);
    }
    let (result, _) = account.client.delete_shelf(shelf.id).await;
    finish(ctx, &profile, &[result])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shelves() -> Vec<Shelf> {
        [
            (1, "読みたい本"),
            (2, "子ども向け"),
            (3, "静岡の本"),
            (4, "静岡の本 2"),
        ]
        .into_iter()
        .map(|(id, name)| Shelf {
            id,
            name: name.into(),
            memo: None,
            item_count: None,
            current: id == 1,
        })
        .collect()
    }

    #[test]
    fn shelves_resolve_by_number_exact_then_unique_partial_name() {
        let s = shelves();
        assert_eq!(resolve(&s, "2", Lang::En).unwrap().id, 2);
        assert_eq!(resolve(&s, "静岡の本", Lang::En).unwrap().id, 3);
        assert_eq!(resolve(&s, "子ども", Lang::En).unwrap().id, 2);
        assert_eq!(
            resolve(&s, "ＳＨＩＺＵＯＫＡ", Lang::En).unwrap_err().exit,
            Exit::Usage
        );
        let ambiguous = resolve(&s, "静岡", Lang::En).unwrap_err();
        assert!(
            ambiguous.message.contains("ambiguous"),
            "{}",
            ambiguous.message
        );
        assert!(ambiguous.hint.unwrap().contains("4 静岡の本 2"));
        let unknown = resolve(&s, "9", Lang::En).unwrap_err();
        assert!(unknown.message.contains("no such shelf"));
        assert!(unknown.hint.unwrap().contains("1 読みたい本"));
    }

    #[test]
    fn names_longer_than_the_site_allows_are_refused() {
        assert!(check_name(&"本".repeat(50), Lang::En).is_ok());
        assert_eq!(
            check_name(&"本".repeat(51), Lang::En).unwrap_err().exit,
            Exit::Usage
        );
        assert_eq!(check_name("  ", Lang::En).unwrap_err().exit, Exit::Usage);
    }
}
