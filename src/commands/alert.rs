//! `alert`: the 新着図書お知らせ conditions registered on the site
//! (modelled screens, see `client::alert`): list, show, add, edit, delete
//! — each write checked against a fresh list, sent once by the two-stage
//! flow and verified on the list again — and `check`, which matches the
//! conditions against the site's 新着資料 lists now, locally.
//!
//! Bad input is exit 2 before anything is sent: an unknown name, a name
//! already in use, a condition without any of 書名/著者名/出版者/件名/
//! キーワード, a name longer than the form takes, a kind the form does not
//! offer. What the site itself refuses (its limit on conditions, no e-mail
//! address registered) is a per-item `refused`, exit 4.

use crate::output::write::plan_line;
use std::collections::HashMap;

use super::batch::{self, Batch, Fresh, Go};
use super::choice::{best, normalize};
use super::context::Context;
use super::new::{fetch, item_progress};
use super::search::resolve_kind;
use crate::cli::{
    AlertAddArgs, AlertArgs, AlertCheckArgs, AlertCommand, AlertDeleteArgs, AlertEditArgs,
    AlertFieldArgs, AlertShowArgs, ListArgs,
};
use crate::client::alert::{AlertEdit, AlertForm, AlertPage, same_condition};
use crate::config::snapshot::Screen;
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::model::alert::fold;
use crate::model::{
    Alert, AlertAction, AlertField, AlertMatch, AlertReason, AlertResult, Condition, NewArrival,
    Verdict,
};

pub async fn run(ctx: &mut Context, args: &AlertArgs) -> Result<Exit, CliError> {
    match &args.action {
        None => list(ctx, &args.list).await,
        Some(AlertCommand::List(a)) => list(ctx, &a.or(args.list)).await,
        Some(AlertCommand::Show(a)) => show(ctx, a).await,
        Some(AlertCommand::Add(a)) => add(ctx, a).await,
        Some(AlertCommand::Edit(a)) => edit(ctx, a).await,
        Some(AlertCommand::Delete(a)) => delete(ctx, a).await,
        Some(AlertCommand::Check(a)) => check(ctx, a).await,
    }
}

fn names_hint(page: &AlertPage, lang: Lang) -> String {
    if page.alerts.is_empty() {
        return lang
            .t(
                "条件は登録されていません（`toshokan alert add`）",
                "no conditions are registered (`toshokan alert add`)",
            )
            .to_string();
    }
    format!(
        "{}: {}",
        lang.t("登録済みの名称", "registered names"),
        page.alerts
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// One condition by name (unknown: a usage error).
fn find_one<'a>(page: &'a AlertPage, name: &str, lang: Lang) -> Result<&'a Alert, CliError> {
    find(page, &[name.to_string()], lang)?
        .into_iter()
        .next()
        .ok_or_else(|| CliError::usage(name.to_string()).with_hint(names_hint(page, lang)))
}

/// Conditions by name ([`best`]: exact, normalised, start, part); an
/// unknown or ambiguous name is a usage error listing the registered ones.
fn find<'a>(page: &'a AlertPage, names: &[String], lang: Lang) -> Result<Vec<&'a Alert>, CliError> {
    let mut found: Vec<&Alert> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for name in names {
        match best(name, &page.alerts, |a| &a.name).as_slice() {
            [] => unknown.push(name),
            [one] => {
                if !found.iter().any(|f| f.id == one.id) {
                    found.push(one);
                }
            }
            many => {
                return Err(super::choice::ambiguous(
                    lang,
                    format!(
                        "{}: {name}",
                        lang.t("条件の名称が曖昧です", "ambiguous alert condition name")
                    ),
                    many.iter().map(|a| a.name.clone()),
                ));
            }
        }
    }
    if !unknown.is_empty() {
        return Err(CliError::usage(format!(
            "{}: {}",
            lang.t("その名称の条件はありません", "no such alert condition"),
            unknown.join(", ")
        ))
        .with_hint(names_hint(page, lang)));
    }
    Ok(found)
}

async fn list(ctx: &mut Context, args: &ListArgs) -> Result<Exit, CliError> {
    let tagged = ctx.all_profiles;
    let mut groups: Vec<(String, Vec<Alert>)> = Vec::new();
    for name in ctx.profiles()? {
        let alerts = match ctx.from_snapshot(&name, Screen::Alerts, args.max_age)? {
            Some(alerts) => alerts,
            None => {
                let mut account = ctx.open(&name)?;
                let page = account.client.alert_page().await?;
                account.keep(Screen::Alerts, &page.alerts);
                page.alerts
            }
        };
        groups.push((name, alerts));
    }
    let view = super::by_profile(&groups, tagged);
    crate::output::alert::list(&ctx.out, &view)?;
    Ok(Exit::Success)
}

async fn show(ctx: &mut Context, args: &AlertShowArgs) -> Result<Exit, CliError> {
    let name = ctx.profile_name().to_string();
    let mut account = ctx.open(&name)?;
    let page = account.client.alert_page().await?;
    let alert = find_one(&page, &args.name, ctx.lang())?;
    crate::output::alert::show(&ctx.out, alert)?;
    Ok(Exit::Success)
}

fn no_condition(lang: Lang) -> CliError {
    CliError::usage(lang.t(
        "条件がありません",
        "an alert condition needs something to look for",
    ))
    .with_hint(lang.t(
        "--title/--author/--publisher/--subject/--keyword のどれかを指定してください",
        "give one of --title/--author/--publisher/--subject/--keyword",
    ))
}

fn name_in_use(name: &str, lang: Lang) -> CliError {
    CliError::usage(format!(
        "{}: {name}",
        lang.t(
            "同じ名称の条件が既にあります",
            "an alert condition with this name already exists"
        )
    ))
    .with_hint(format!(
        "{} `toshokan alert edit {name} …`",
        lang.t("変更するには", "to change it, use")
    ))
}

fn checked_name(name: &str, form: &AlertForm, lang: Lang) -> Result<String, CliError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(CliError::usage(
            lang.t("名称が空です", "the name of a condition cannot be empty"),
        ));
    }
    if let Some(max) = form.name_max()
        && name.chars().count() > max
    {
        return Err(CliError::usage(format!(
            "{} ({max})",
            lang.t("名称が長すぎます", "the name is longer than the site takes")
        )));
    }
    Ok(name.to_string())
}

/// `all` (or the site's own "every kind" label) clears the kind.
fn kind_code(input: &str, form: &AlertForm, lang: Lang) -> Result<String, CliError> {
    let wanted = normalize(input);
    if matches!(wanted.as_str(), "all" | "any" | "") {
        let every = form
            .kinds()
            .iter()
            .find(|k| form.kind_shown(&k.code).is_none())
            .ok_or_else(|| {
                CliError::usage(lang.t(
                    "サイトの資料種別に「すべて」がありません",
                    "the site's form offers no \"every kind\" choice",
                ))
            })?;
        return Ok(every.code.clone());
    }
    resolve_kind(input, form.kinds(), lang)
}

/// The asked fields as an edit (values as given: an empty one clears).
fn edit_from(
    fields: &AlertFieldArgs,
    name: Option<String>,
    form: &AlertForm,
    lang: Lang,
) -> Result<AlertEdit, CliError> {
    let asked = [
        (AlertField::Title, &fields.bib.title, "--title"),
        (AlertField::Author, &fields.bib.author, "--author"),
        (AlertField::Publisher, &fields.bib.publisher, "--publisher"),
        (AlertField::Subject, &fields.bib.subject, "--subject"),
        (AlertField::Keyword, &fields.keyword, "--keyword"),
        (AlertField::MaterialType, &fields.kind, "--type"),
    ];
    for (field, value, flag) in asked {
        if value.is_some() && !form.has(field) {
            return Err(CliError::usage(format!(
                "{flag}: {}",
                lang.t(
                    "このサイトの登録画面にはこの項目がありません",
                    "this site's registration form has no such field"
                )
            )));
        }
    }
    let text = |v: &Option<String>| v.as_deref().map(|s| s.trim().to_string());
    Ok(AlertEdit {
        name,
        title: text(&fields.bib.title),
        author: text(&fields.bib.author),
        publisher: text(&fields.bib.publisher),
        subject: text(&fields.bib.subject),
        keyword: text(&fields.keyword),
        kind_code: fields
            .kind
            .as_deref()
            .map(|k| kind_code(k, form, lang))
            .transpose()?,
    })
}

fn has_text(fields: &AlertFieldArgs) -> bool {
    [
        &fields.bib.title,
        &fields.bib.author,
        &fields.bib.publisher,
        &fields.bib.subject,
        &fields.keyword,
    ]
    .iter()
    .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()))
}

fn finish(ctx: &Context, profile: &str, batch: Batch<AlertResult>) -> Result<Exit, CliError> {
    crate::output::alert::results(&ctx.out, profile, &batch.results)?;
    Ok(batch.exit())
}

async fn add(ctx: &mut Context, args: &AlertAddArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    if args.name.trim().is_empty() {
        return Err(CliError::usage(
            lang.t("名称が空です", "the name of a condition cannot be empty"),
        ));
    }
    if !has_text(&args.fields) {
        return Err(no_condition(lang));
    }
    let profile = ctx.profile_name().to_string();
    let mut account = ctx.open(&profile)?;
    let page = account.client.alert_page().await?;
    if page.named(args.name.trim()).is_some() {
        return Err(name_in_use(args.name.trim(), lang));
    }
    let form = account.client.alert_form(&page, None).await?;
    let name = checked_name(&args.name, &form, lang)?;
    let edit = edit_from(&args.fields, Some(name.clone()), &form, lang)?;
    let question = match lang {
        Lang::Ja => format!("新着図書お知らせの条件「{name}」を登録しますか？"),
        Lang::En => format!("Register the alert condition {name:?}?"),
    };
    let result = match Go::ask(ctx, args.write, &question).held_back() {
        Some(reason) => AlertResult::new(AlertAction::Add, "", &name, Verdict::skipped(reason)),
        None => account.client.add_alert(&form, &edit, &page).await.0,
    };
    finish(ctx, &profile, Batch::one(result))
}

async fn edit(ctx: &mut Context, args: &AlertEditArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let profile = ctx.profile_name().to_string();
    let mut account = ctx.open(&profile)?;
    let page = account.client.alert_page().await?;
    let alert = find_one(&page, &args.name, lang)?.clone();
    if let Some(new) = &args.rename
        && let Some(other) = page.named(new.trim())
        && other.id != alert.id
    {
        return Err(name_in_use(new.trim(), lang));
    }
    let form = account.client.alert_form(&page, Some(&alert)).await?;
    let name = args
        .rename
        .as_deref()
        .map(|n| checked_name(n, &form, lang))
        .transpose()?;
    let edit = edit_from(&args.fields, name.clone(), &form, lang)?;
    let after = edit.apply(&alert.condition, &form);
    if !after.has_text() {
        return Err(no_condition(lang));
    }
    let new_name = name.unwrap_or_else(|| alert.name.clone());
    let result = if fold(&new_name) == fold(&alert.name) && same_condition(&after, &alert.condition)
    {
        AlertResult::new(
            AlertAction::Edit,
            &alert.id,
            &alert.name,
            Verdict::skipped(AlertReason::Unchanged),
        )
    } else {
        let question = match lang {
            Lang::Ja => format!("新着図書お知らせの条件「{}」を変更しますか？", alert.name),
            Lang::En => format!("Change the alert condition {:?}?", alert.name),
        };
        match Go::ask(ctx, args.write, &question).held_back() {
            Some(reason) => AlertResult::new(
                AlertAction::Edit,
                &alert.id,
                &new_name,
                Verdict::skipped(reason),
            ),
            None => account.client.edit_alert(&form, &alert, &edit).await.0,
        }
    };
    finish(ctx, &profile, Batch::one(result))
}

async fn delete(ctx: &mut Context, args: &AlertDeleteArgs) -> Result<Exit, CliError> {
    super::batch::destructive(ctx, args.write, "alert delete")?;
    let lang = ctx.lang();
    let profile = ctx.profile_name().to_string();
    let mut account = ctx.open(&profile)?;
    let page = account.client.alert_page().await?;
    let targets: Vec<Alert> = find(&page, &args.names, lang)?
        .into_iter()
        .cloned()
        .collect();
    let question = match lang {
        Lang::Ja => format!("新着図書お知らせの条件を{}件削除しますか？", targets.len()),
        Lang::En => format!("Delete {} alert condition(s)?", targets.len()),
    };
    let plan: Vec<String> = targets.iter().map(|t| plan_line(&t.id, &t.name)).collect();
    let go = Go::ask_about(ctx, args.write, &plan, &question);
    let mut fresh = Fresh::new(page);
    let client = &mut account.client;
    let result = |target: &Alert, verdict| {
        AlertResult::new(AlertAction::Delete, &target.id, &target.name, verdict)
    };
    let batch = batch::run(go, &targets, result, async |target| {
        let page = match fresh.take(async || client.alert_page().await).await {
            Ok(p) => p,
            Err(e) => return result(target, Verdict::not_sent(e.to_string())),
        };
        // Re-validated on the freshest list: a condition that is gone is not touched.
        let Some(now) = page.by_id(&target.id).cloned() else {
            fresh.keep(Some(page));
            return result(target, Verdict::not_sent("the condition left the list"));
        };
        let (r, next) = client.delete_alert(&page, &now).await;
        fresh.keep(next);
        r
    })
    .await;
    finish(ctx, &profile, batch)
}

/// The title details `check` needs for 件名 (one read per candidate).
async fn subjects_for(
    ctx: &Context,
    client: &mut crate::client::Client,
    ids: &[String],
) -> Result<HashMap<String, Vec<String>>, CliError> {
    let bar = item_progress(ctx, ids.len(), ctx.lang().t("件名", "subjects"));
    let mut out = HashMap::new();
    for id in ids {
        let detail = match client.title(id).await {
            Ok(d) => d,
            Err(e) => {
                bar.finish_and_clear();
                return Err(e.into());
            }
        };
        out.insert(id.clone(), detail.map(|d| d.subjects).unwrap_or_default());
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(out)
}

/// The condition without its 件名 (what the list itself can decide).
fn without_subject(c: &Condition) -> Condition {
    Condition {
        subject: None,
        ..c.clone()
    }
}

async fn check(ctx: &mut Context, args: &AlertCheckArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let tagged = ctx.all_profiles;
    let mut conditions: Vec<(String, Vec<Alert>)> = Vec::new();
    for name in ctx.profiles()? {
        let mut account = ctx.open(&name)?;
        let page = account.client.alert_page().await?;
        // The whole list was read: it is `alert list`'s snapshot too.
        account.keep(Screen::Alerts, &page.alerts);
        let alerts: Vec<Alert> = if args.names.is_empty() {
            page.alerts.clone()
        } else {
            find(&page, &args.names, lang)?
                .into_iter()
                .cloned()
                .collect()
        };
        conditions.push((name, alerts));
    }
    let mut found: Vec<(String, Vec<AlertMatch>)> = Vec::new();
    if conditions.iter().any(|(_, alerts)| !alerts.is_empty()) {
        let mut client = ctx.public_client()?;
        let genres = client.new_arrival_genres().await?;
        let mut arrivals: Vec<NewArrival> = Vec::new();
        for a in fetch(ctx, &mut client, &genres).await? {
            // A title listed in two genres is reported once, under the first.
            if !arrivals.iter().any(|b| b.id == a.id) {
                arrivals.push(a);
            }
        }
        // 件名 is not on the lists: read the details of the titles that pass
        // everything else of a condition with a 件名.
        let mut wanted: Vec<String> = Vec::new();
        for (_, alerts) in &conditions {
            for alert in alerts.iter().filter(|a| a.condition.needs_subjects()) {
                let rest = without_subject(&alert.condition);
                for a in &arrivals {
                    let passes = !rest.has_text() || rest.matches(a, &[]).is_some();
                    if passes && !wanted.contains(&a.id) {
                        wanted.push(a.id.clone());
                    }
                }
            }
        }
        let subjects = subjects_for(ctx, &mut client, &wanted).await?;
        for (profile, alerts) in &conditions {
            let mut matches = Vec::new();
            for alert in alerts {
                for a in &arrivals {
                    let subj = subjects.get(&a.id).map_or(&[][..], Vec::as_slice);
                    if let Some(matched_on) = alert.condition.matches(a, subj) {
                        matches.push(AlertMatch {
                            alert: alert.name.clone(),
                            alert_id: alert.id.clone(),
                            condition: alert.condition.clone(),
                            matched_on,
                            arrival: a.clone(),
                        });
                    }
                }
            }
            found.push((profile.clone(), matches));
        }
    } else {
        found = conditions
            .iter()
            .map(|(p, _)| (p.clone(), Vec::new()))
            .collect();
        if !ctx.out.json {
            ctx.out.note(lang.t(
                "登録されている条件はありません（`toshokan alert add`）。",
                "No alert conditions are registered (`toshokan alert add`).",
            ));
            return Ok(Exit::Success);
        }
    }
    let mut seen = Vec::new();
    if args.unseen {
        for (profile, matches) in &mut found {
            let mut record = crate::config::seen::load(&ctx.paths, profile)?;
            matches.retain(|m| record.is_new(&m.alert_id, &m.arrival.id));
            for m in matches.iter() {
                record.mark(&m.alert_id, &m.arrival.id, ctx.today);
            }
            record.forget_before(ctx.today);
            seen.push((profile.clone(), record));
        }
    }
    let view: Vec<(Option<&str>, &[AlertMatch])> = found
        .iter()
        .map(|(p, m)| (tagged.then_some(p.as_str()), m.as_slice()))
        .collect();
    crate::output::alert::matches(&ctx.out, &view)?;
    // Recorded only once printed: a run that failed to report reports again.
    for (profile, record) in &seen {
        crate::config::seen::save(&ctx.paths, profile, record)?;
    }
    Ok(Exit::Success)
}
