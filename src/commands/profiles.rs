//! `profiles`: every profile of the config dir, from files alone (no
//! request, no keyring, no lock): its card (masked), site, whether a
//! cached session is there, how old it is and where its password is kept.

use super::context::{Context, site_of};
use crate::config::{self, Paths, Profile, Secrets, session};
use crate::error::{CliError, Exit};
use crate::model::ProfileInfo;

pub fn run(ctx: &Context) -> Result<Exit, CliError> {
    let secrets = ctx.secrets();
    let now = jiff::Timestamp::now();
    let profiles: Vec<ProfileInfo> = ctx
        .config
        .profiles
        .iter()
        .map(|(name, profile)| {
            info(
                &ctx.paths,
                &secrets,
                name,
                profile,
                name == ctx.profile_name(),
                now,
            )
        })
        .collect();
    crate::output::profiles::print(&ctx.out, &profiles)?;
    Ok(Exit::Success)
}

fn info(
    paths: &Paths,
    secrets: &Secrets,
    name: &str,
    profile: &Profile,
    default: bool,
    now: jiff::Timestamp,
) -> ProfileInfo {
    // A site config.toml cannot parse is shown as written, never refused:
    // listing profiles is how one finds the broken one.
    let site = site_of(profile).ok().flatten();
    // The session a command would use: the one for this site and card
    // (session::load's rule); a cache for another is as good as none.
    let usable = session::read(paths, name).filter(|cached| {
        let same_site = config::validate_base_url(&cached.base_url)
            .is_ok_and(|url| site.as_ref() == Some(&url));
        same_site && profile.card.as_deref() == Some(cached.card.as_str())
    });
    ProfileInfo {
        name: name.to_string(),
        default,
        card: profile.card.as_deref().map(config::mask_card),
        site: site
            .map(|u| u.to_string())
            .or_else(|| profile.base_url.clone()),
        logged_in: usable.is_some(),
        session_age_secs: usable.map(|c| now.duration_since(c.saved_at).as_secs()),
        password_store: secrets
            .store_of(name, Some(profile))
            .map_or("none", config::PasswordStore::name),
    }
}
