//! What every command needs: resolved global options, the config, the
//! output settings, "today", and a way to open a profile's account.

use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::Date;
use secrecy::SecretString;
use serde::de::DeserializeOwned;
use url::Url;

use crate::cli::{ColorChoice, Global};
use crate::client::{Client, Credentials, Observer, Pacer, RequestRecord, TransportOptions, http};
use crate::clock::MaxAge;
use crate::config::snapshot::{self, Keeper, Screen};
use crate::config::{
    self, Config, DEFAULT_PROFILE, Keyring, Paths, Profile, Secrets, fsutil, session,
};
use crate::error::{CliError, Exit};
use crate::i18n::Lang;
use crate::output::Output;

pub const CARD_ENV: &str = "TOSHOKAN_CARD";
pub const PASSWORD_ENV: &str = "TOSHOKAN_PASSWORD";

/// The card `TOSHOKAN_CARD` names (a blank value names none).
pub fn env_card() -> Option<String> {
    std::env::var(CARD_ENV)
        .ok()
        .filter(|c| !c.trim().is_empty())
}

pub struct Context {
    pub paths: Paths,
    pub config: Config,
    /// The OS keyring for saved passwords; opened only when a call needs it.
    pub keyring: Keyring,
    pub out: Output,
    pub today: Date,
    /// When this run started: the time its snapshots are taken at, and
    /// what their ages count to.
    pub now: Timestamp,
    pub no_input: bool,
    profile_flag: Option<String>,
    pub all_profiles: bool,
    base_url_override: Option<Url>,
    pace_ms: Option<u64>,
    timeout: Duration,
    verbose: bool,
    pacer: Option<Arc<Pacer>>,
    /// Set under `capture`: every page received is kept, scrubbed.
    capture: Option<Arc<super::capture::Capture>>,
    /// Called before each write leaves (`interrupt::hook`).
    pub on_write: Option<http::WriteHook>,
    #[cfg(feature = "sim")]
    pub demo: Option<super::demo::Demo>,
}

impl Context {
    pub fn new(global: &Global) -> Result<Context, CliError> {
        let lang = Lang::resolve(global.lang);
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            // no-color.org: `NO_COLOR` counts when set and not empty.
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        let out = Output {
            json: global.json,
            lang,
            quiet: global.quiet,
            color,
        };
        let paths = Paths::resolve(global.config_dir.as_deref())?;
        let config = Config::load(&paths)?;
        if let Some(p) = &global.profile {
            config::validate_profile_name(p)?;
        }
        let base_url_override = global
            .base_url
            .as_deref()
            .map(config::validate_base_url)
            .transpose()?;
        let capture = std::env::var_os(super::capture::CAPTURE_ENV).map(|dir| {
            Arc::new(super::capture::Capture::new(
                dir.into(),
                known_cards(&config),
            ))
        });
        Ok(Context {
            paths,
            config,
            keyring: Keyring::system(),
            out,
            today: crate::clock::today()?,
            now: crate::clock::now()?,
            no_input: global.no_input || !std::io::stdin().is_terminal(),
            profile_flag: global.profile.clone(),
            all_profiles: global.all_profiles,
            base_url_override,
            pace_ms: global.pace_ms,
            timeout: Duration::from_secs(global.timeout.max(1)),
            verbose: global.verbose,
            pacer: None,
            capture,
            on_write: None,
            #[cfg(feature = "sim")]
            demo: None,
        })
    }

    pub fn lang(&self) -> Lang {
        self.out.lang
    }

    /// Every card number toshokan knows of: scrubbed from saved pages.
    pub fn known_cards(&self) -> Vec<String> {
        known_cards(&self.config)
    }

    /// Keeps every page the clients opened from now on receive (`doctor
    /// --bundle`), instead of any `capture` in effect.
    pub fn keep_pages(&mut self, capture: Arc<super::capture::Capture>) {
        self.capture = Some(capture);
    }

    /// Keeps values the command sends (passwords, birth date, phone, card)
    /// out of every page saved from now on: `capture`'s pages and the
    /// reports of pages not recognised.
    pub fn keep_out_of_saved_pages(&self, values: &[String]) {
        super::errors::keep_out_of_reports(values);
        if let Some(capture) = &self.capture {
            capture.keep_out(values);
        }
    }

    /// Saved passwords: the config dir's file store and the OS keyring.
    pub fn secrets(&self) -> Secrets {
        Secrets::new(self.paths.clone(), self.keyring.clone())
    }

    pub fn is_demo(&self) -> bool {
        #[cfg(feature = "sim")]
        {
            self.demo.is_some()
        }
        #[cfg(not(feature = "sim"))]
        false
    }

    /// The profile named by `--profile`/`TOSHOKAN_PROFILE`, else `default`.
    pub fn profile_name(&self) -> &str {
        self.profile_flag.as_deref().unwrap_or(DEFAULT_PROFILE)
    }

    /// The card a profile is for: its own, else `TOSHOKAN_CARD`'s.
    pub fn known_card(&self, name: &str) -> Option<String> {
        self.config
            .profiles
            .get(name)
            .and_then(|p| p.card.clone())
            .or_else(env_card)
    }

    /// The profiles a read command runs for.
    pub fn profiles(&self) -> Result<Vec<String>, CliError> {
        if !self.all_profiles || self.is_demo() {
            return Ok(vec![self.profile_name().to_string()]);
        }
        if self.config.profiles.is_empty() {
            return Err(CliError::auth(
                self.lang()
                    .t("プロファイルがありません", "no profiles configured"),
            )
            .with_hint(self.lang().t(
                "まず `toshokan --profile 名前 login` を実行してください",
                "run `toshokan --profile NAME login` for each card first",
            )));
        }
        // Every profile is checked before the first one sends anything.
        let names: Vec<String> = self.config.profiles.keys().cloned().collect();
        for name in &names {
            self.check_site(name)?;
        }
        Ok(names)
    }

    /// The site a command talks to: the demo library, else `--base-url`,
    /// else the profile's site, else Shizuoka's. Plain http is refused
    /// unless it stays on this machine: a password would cross the network
    /// in clear.
    pub fn base_url_for(&self, profile: Option<&config::Profile>) -> Result<Url, CliError> {
        #[cfg(feature = "sim")]
        if let Some(demo) = &self.demo {
            return Ok(demo.base_url.clone());
        }
        let url = match (
            &self.base_url_override,
            profile.and_then(|p| p.base_url.as_deref()),
        ) {
            (Some(url), _) => url.clone(),
            (None, Some(url)) => config::validate_base_url(url)?,
            (None, None) => config::validate_base_url(config::SHIZUOKA_BASE_URL)?,
        };
        if url.scheme() == "http" && !is_loopback(&url) {
            let lang = self.lang();
            return Err(CliError::usage(format!(
                "{url}: {}",
                lang.t(
                    "平文の http はこのマシン内（シミュレータ）に限ります。https の URL を指定してください",
                    "plain http is only for loopback (the simulator); use the site's https URL",
                )
            ))
            .with_hint(format!(
                "{} {}",
                lang.t("例:", "for example"),
                config::SHIZUOKA_BASE_URL
            )));
        }
        Ok(url)
    }

    /// Refuses `--base-url`/`TOSHOKAN_BASE_URL` naming another site than
    /// the one profile `name` logged in to: its session and saved password
    /// belong to that site, and a re-login would send the password to
    /// whatever the URL names. URLs are compared normalised (scheme, host,
    /// port, path; a trailing slash, letter case of the host and a default
    /// port make no difference).
    fn check_site(&self, name: &str) -> Result<(), CliError> {
        let (Some(asked), Some(profile)) =
            (&self.base_url_override, self.config.profiles.get(name))
        else {
            return Ok(());
        };
        let Some(own) = site_of(profile)? else {
            return Ok(());
        };
        if own == *asked {
            return Ok(());
        }
        let lang = self.lang();
        Err(CliError::usage(format!(
            "{}: {asked} ({} {name:?}: {own})",
            lang.t(
                "--base-url (TOSHOKAN_BASE_URL) がプロファイルのサイトと異なります",
                "--base-url (TOSHOKAN_BASE_URL) is not this profile's site",
            ),
            lang.t("プロファイル", "profile"),
        ))
        .with_hint(format!(
            "{} (`toshokan --profile NAME --base-url {asked} login`)",
            lang.t(
                "そのサイトを使うには、そのサイトにログインするか、別のプロファイルを使ってください。このプロファイルのサイトなら --base-url を外してください",
                "to use that site, log in to it, or use another profile; for this profile's own site leave out --base-url",
            )
        )))
    }

    fn pacer(&mut self, base: &Url) -> Arc<Pacer> {
        if let Some(p) = &self.pacer {
            return Arc::clone(p);
        }
        let default = if is_loopback(base) || self.is_demo() {
            0
        } else {
            500
        };
        let pacer = Pacer::new(Duration::from_millis(self.pace_ms.unwrap_or(default)));
        self.pacer = Some(Arc::clone(&pacer));
        pacer
    }

    fn observer(&self) -> Option<Observer> {
        let verbose = self.verbose;
        let capture = self.capture.clone();
        if !verbose && capture.is_none() {
            return None;
        }
        Some(Arc::new(move |r: &RequestRecord| {
            if let (Some(capture), Some(page)) = (&capture, r.page) {
                capture.save(r, page);
            }
            if !verbose {
                return;
            }
            let status = r
                .status
                .map_or_else(|| "---".to_string(), |s| s.to_string());
            eprintln!(
                "{} {} {} {}ms",
                r.method,
                r.path,
                status,
                r.elapsed.as_millis()
            );
        }))
    }

    pub fn transport_options(&mut self, base: Url) -> TransportOptions {
        TransportOptions {
            pacer: self.pacer(&base),
            base,
            timeout: self.timeout,
            observer: self.observer(),
            on_write: self.on_write.clone(),
            user_agent: http::USER_AGENT.to_string(),
        }
    }

    /// Opens a profile's account: cached session, credentials for a
    /// transparent re-login, and the profile lock.
    pub fn open(&mut self, name: &str) -> Result<Account, CliError> {
        let lang = self.lang();
        let stored = self.config.profiles.get(name).cloned();
        let env_card = env_card();
        #[cfg(feature = "sim")]
        if let Some(demo) = &self.demo {
            let base = demo.base_url.clone();
            let creds = demo.credentials();
            let opts = self.transport_options(base.clone());
            let client = Client::new(opts, None)?;
            return Ok(Account {
                name: name.to_string(),
                card: Some(creds.card.clone()),
                base_url: base.to_string(),
                client: client.with_credentials(Box::new(creds)),
                cache_to: None,
                snapshots: None,
                _lock: None,
                _card_lock: None,
            });
        }
        let explicit = self.profile_flag.is_some() || self.all_profiles;
        if stored.is_none() && env_card.is_none() {
            return Err(if explicit && name != DEFAULT_PROFILE {
                let known: Vec<&str> = self.config.profiles.keys().map(String::as_str).collect();
                CliError::usage(format!(
                    "{} {name:?}",
                    lang.t("未登録のプロファイル", "unknown profile")
                ))
                .with_hint(if known.is_empty() {
                    format!("toshokan --profile {name} login")
                } else {
                    format!(
                        "{}: {}",
                        lang.t("登録済み", "known profiles"),
                        known.join(", ")
                    )
                })
            } else {
                not_logged_in_as(lang, &self.config, name)
            });
        }
        // Environment credentials belong to one card: they apply to a profile
        // without a stored card or with that same card, never to another.
        let stored_card = stored.as_ref().and_then(|p| p.card.clone());
        let card = match (stored_card, env_card.clone()) {
            (Some(own), Some(env)) if own != env && !self.all_profiles => {
                return Err(CliError::usage(format!(
                    "{CARD_ENV} {} {name:?}",
                    lang.t(
                        "がプロファイルのカードと異なります:",
                        "is another card than that of profile"
                    )
                ))
                .with_hint(lang.t(
                    "別のカードには別のプロファイルを使ってください (--profile)",
                    "use a profile of its own for another card (--profile)",
                )));
            }
            (Some(own), _) => Some(own),
            (None, env) => env,
        };
        let env_password = env_password().filter(|_| match &env_card {
            Some(env) => card.as_deref() == Some(env.as_str()),
            None => !self.all_profiles,
        });
        self.check_site(name)?;
        let base = self.base_url_for(stored.as_ref())?;
        let lock = lock_profile(&self.paths, name, &self.out)?;
        let card_lock = card
            .as_deref()
            .map(|c| lock_card(&self.paths, &base, c, &self.out))
            .transpose()?;
        let cached = card
            .as_deref()
            .and_then(|c| session::load(&self.paths, name, base.as_str(), c));
        let mut opts = self.transport_options(base.clone());
        opts.on_write = Some(invalidating(opts.on_write, &self.paths, name));
        let snapshots = stored
            .as_ref()
            .and_then(|p| p.card.as_ref())
            .filter(|own| card.as_ref() == Some(*own))
            .and_then(|_| self.snapshot_keeper(name, &base));
        let client = Client::new(opts, cached)?;
        // The saved password is read (from its recorded store only) when a
        // login is actually needed: a live session never touches the keyring.
        let secrets = self.secrets();
        let saved = secrets
            .store_of(name, stored.as_ref())
            .map(|_| SavedPassword {
                secrets,
                name: name.to_string(),
                profile: stored.clone().unwrap_or_default(),
                read: None,
            });
        let creds = ProfileCredentials {
            card: card.clone(),
            env_password,
            saved,
            can_prompt: !self.no_input,
            lang,
        };
        Ok(Account {
            name: name.to_string(),
            card,
            base_url: base.to_string(),
            client: client.with_credentials(Box::new(creds)),
            cache_to: Some(self.paths.clone()),
            snapshots,
            _lock: Some(lock),
            _card_lock: card_lock,
        })
    }

    /// The site a command on profile `name` talks to ([`Self::base_url_for`]).
    pub fn site_for(&self, name: &str) -> Result<Url, CliError> {
        self.base_url_for(self.config.profiles.get(name))
    }

    /// Where a read of profile `name` on site `base` keeps its snapshots:
    /// only for a profile that logged in, and only of the site it logged
    /// in to (never in the demo, whose library is not the profile's).
    pub fn snapshot_keeper(&self, name: &str, base: &Url) -> Option<Keeper> {
        if self.is_demo() {
            return None;
        }
        let profile = self.config.profiles.get(name)?;
        let card = profile.card.as_ref()?;
        let own = site_of(profile).ok().flatten()?;
        (own == *base).then(|| Keeper {
            paths: self.paths.clone(),
            profile: name.to_string(),
            card: config::card_key(&own, card),
            site: own,
            today: self.today,
            now: self.now,
        })
    }

    /// `--max-age`: profile `name`'s snapshot of `screen` when it is fresh
    /// (same site, young enough, and for a screen that counts days, of
    /// today), else `None` and the command reads the site. Nothing is
    /// sent and no lock is taken. A `--base-url` naming another site finds
    /// no snapshot; the read then refuses it as always.
    pub fn from_snapshot<T: DeserializeOwned>(
        &self,
        name: &str,
        screen: Screen,
        max_age: Option<MaxAge>,
    ) -> Result<Option<T>, CliError> {
        let Some(max_age) = max_age else {
            return Ok(None);
        };
        if self.is_demo() {
            return Ok(None);
        }
        let stored = self.config.profiles.get(name);
        // TOSHOKAN_CARD naming another card: `open` says so.
        let env_card = env_card();
        if let (Some(env), Some(own)) = (env_card, stored.and_then(|p| p.card.as_ref()))
            && env != *own
            && !self.all_profiles
        {
            return Ok(None);
        }
        let base = self.base_url_for(stored)?;
        let Some(keeper) = self.snapshot_keeper(name, &base) else {
            return Ok(None);
        };
        let Some(found) = keeper.fresh::<T>(screen, max_age) else {
            return Ok(None);
        };
        if self.verbose {
            eprintln!(
                "{} ({name}): {} {}",
                screen.name(),
                self.lang().t(
                    "スナップショットから、取得時刻",
                    "from the snapshot taken at"
                ),
                found.taken_at
            );
        }
        Ok(Some(found.value))
    }

    /// A client for the public pages (catalogue, calendar, registration):
    /// the profile's site (or --base-url, or the demo library), no
    /// credentials, a fresh cookie jar.
    pub fn public_client(&mut self) -> Result<crate::client::Client, CliError> {
        let profile = self.config.profiles.get(self.profile_name()).cloned();
        let base = self.base_url_for(profile.as_ref())?;
        let opts = self.transport_options(base);
        crate::client::Client::new(opts, None).map_err(CliError::from)
    }

    /// Asks a yes/no question on the terminal; no means no, and so does a
    /// terminal that cannot be read.
    pub fn confirm(&self, question: &str) -> bool {
        dialoguer::Confirm::new()
            .with_prompt(crate::output::terminal_safe(question))
            .default(false)
            .interact()
            .unwrap_or(false)
    }

    /// Words an error for the person now rather than at the edge: for
    /// one that is printed while the command goes on (`errors::word`).
    pub fn word(&self, err: CliError) -> CliError {
        super::errors::word(err, self.lang(), Some(&self.paths))
    }
}

/// `hook`, then the profile's snapshots of what writes change are
/// deleted, before each request that may change something leaves: the
/// write kernel sends every write through the transport, so this one place
/// covers every write, whatever its outcome.
fn invalidating(hook: Option<http::WriteHook>, paths: &Paths, name: &str) -> http::WriteHook {
    let paths = paths.clone();
    let name = name.to_string();
    Arc::new(move || {
        if let Some(hook) = &hook {
            hook();
        }
        snapshot::invalidate(&paths, &name);
    })
}

/// The cards of every profile, `TOSHOKAN_CARD` and the simulator's demo cards.
fn known_cards(config: &Config) -> Vec<String> {
    let mut cards: Vec<String> = config
        .profiles
        .values()
        .filter_map(|p| p.card.clone())
        .collect();
    cards.extend(std::env::var(CARD_ENV).ok());
    #[cfg(feature = "sim")]
    cards.extend([
        crate::sim::seed::DEMO_CARD.to_string(),
        crate::sim::seed::FAMILY_CARD.to_string(),
    ]);
    cards
}

/// The site a profile logged in to (its session and saved password belong
/// to it); `None` for a profile that never logged in.
pub fn site_of(profile: &Profile) -> Result<Option<Url>, config::ConfigError> {
    match (&profile.base_url, &profile.card) {
        (Some(url), _) => config::validate_base_url(url).map(Some),
        // Logged in before the site was recorded: the default site.
        (None, Some(_)) => config::validate_base_url(config::SHIZUOKA_BASE_URL).map(Some),
        (None, None) => Ok(None),
    }
}

/// This machine: 127.0.0.0/8, ::1 or `localhost`.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Takes the profile's lock, saying so when another toshokan holds it.
pub fn lock_profile(paths: &Paths, name: &str, out: &Output) -> Result<fsutil::Lock, CliError> {
    let what = (format!("プロファイル {name}"), format!("profile {name}"));
    wait_for(&paths.profile_lock(name), &what, out)
}

/// Takes the lock at `path`; when another toshokan holds it, says so
/// (`what` in Japanese and English) and waits.
fn wait_for(
    path: &std::path::Path,
    (ja, en): &(String, String),
    out: &Output,
) -> Result<fsutil::Lock, CliError> {
    match fsutil::try_lock(path)? {
        Some(lock) => Ok(lock),
        None => {
            out.note(out.lang.t(
                &format!("{ja} を別の toshokan が使用中です。終わるまで待ちます…"),
                &format!("another toshokan is using {en}; waiting for it to finish…"),
            ));
            Ok(fsutil::lock(path)?)
        }
    }
}

/// Takes the lock of the card on this site (after the profile's): other
/// profiles and other config dirs on the same card wait, so a write is
/// sent only after the list it is decided from was read
/// ([`config::Paths::card_lock`]).
pub fn lock_card(
    paths: &Paths,
    base: &Url,
    card: &str,
    out: &Output,
) -> Result<fsutil::Lock, CliError> {
    let masked = config::mask_card(card);
    let what = (format!("カード {masked}"), format!("card {masked}"));
    wait_for(&paths.card_lock(base, card), &what, out)
}

/// "not logged in" for profile `name`; when that is `default` and it does
/// not exist but others do, the error names them and says how to pick one
/// (a household that only ever used `--profile` runs a bare command).
pub fn not_logged_in_as(lang: Lang, config: &Config, name: &str) -> CliError {
    let others: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
    if name != DEFAULT_PROFILE || config.profiles.contains_key(name) || others.is_empty() {
        return not_logged_in(lang);
    }
    CliError::auth(format!(
        "{}: {}",
        lang.t(
            "ログインしていません（プロファイル default はありません）。登録済みのプロファイル",
            "not logged in (there is no profile `default`); profiles",
        ),
        others.join(", ")
    ))
    .with_hint(format!(
        "{} `toshokan --profile {} …`{}",
        lang.t(
            "--profile NAME で選んでください。例:",
            "choose one with --profile NAME, e.g."
        ),
        others[0],
        lang.t(
            "（毎回なら TOSHOKAN_PROFILE を設定）",
            " (or set TOSHOKAN_PROFILE)"
        )
    ))
}

pub fn not_logged_in(lang: Lang) -> CliError {
    CliError::auth(lang.t("ログインしていません", "not logged in")).with_hint(lang.t(
        "`toshokan login` を実行するか、TOSHOKAN_CARD と TOSHOKAN_PASSWORD を設定してください",
        "run `toshokan login`, or set TOSHOKAN_CARD and TOSHOKAN_PASSWORD",
    ))
}

/// A profile's open account.
pub struct Account {
    pub name: String,
    pub card: Option<String>,
    pub base_url: String,
    pub client: Client,
    /// Where the session cache goes (`None` in the demo).
    cache_to: Option<Paths>,
    /// Where this profile's reads keep their snapshots (`None` when they
    /// keep none: the demo, a card not logged in on the profile).
    snapshots: Option<Keeper>,
    _lock: Option<fsutil::Lock>,
    /// The card's lock on this site, held as long as the profile's: one
    /// account per process at a time, so a process never waits on itself.
    _card_lock: Option<fsutil::Lock>,
}

/// The session cache follows the page tokens of the last page the client
/// recognised, whatever the command then decides: the site may issue a new
/// token with every page. A session that died is not written.
impl Drop for Account {
    fn drop(&mut self) {
        if let (Some(paths), Some(state), Some(card)) =
            (&self.cache_to, self.client.session_state(), &self.card)
        {
            // Best effort: a cache that cannot be written only costs a login next time.
            let _ = session::save(paths, &self.name, &self.base_url, card, state);
        }
    }
}

impl Account {
    pub fn masked_card(&self) -> Option<String> {
        self.card.as_deref().map(config::mask_card)
    }

    /// Keeps what a read of `screen` gave as the profile's snapshot (the
    /// profile's lock is still held, so no write slips in between).
    pub fn keep<T: serde::Serialize>(&self, screen: Screen, value: &T) {
        if let Some(keeper) = &self.snapshots {
            keeper.keep(screen, value);
        }
    }
}

/// Password sources in order: TOSHOKAN_PASSWORD (when it belongs to this
/// card), a saved password, a prompt on a terminal.
pub struct ProfileCredentials {
    pub card: Option<String>,
    pub env_password: Option<SecretString>,
    pub saved: Option<SavedPassword>,
    pub can_prompt: bool,
    pub lang: Lang,
}

/// A profile's saved password, read once from the store that holds it.
pub struct SavedPassword {
    secrets: Secrets,
    name: String,
    profile: Profile,
    read: Option<Option<SecretString>>,
}

impl SavedPassword {
    fn get(&mut self, lang: Lang) -> Option<SecretString> {
        if self.read.is_none() {
            let password = match self.secrets.load(&self.name, Some(&self.profile)) {
                Ok(p) => p,
                Err(e) => {
                    // Said even under -q: it is why the run is about to fail.
                    crate::output::eprint_safe(&saved_password_unreadable(lang, &self.name, &e));
                    None
                }
            };
            self.read = Some(password);
        }
        self.read.clone().flatten()
    }
}

/// One line: the saved password could not be read, and what to do.
pub fn saved_password_unreadable(
    lang: Lang,
    name: &str,
    e: &config::secrets::SecretError,
) -> String {
    let what = lang.t(
        "保存したパスワードを読めません",
        "the saved password cannot be read",
    );
    let warning = lang.t("警告", "warning");
    match e {
        config::secrets::SecretError::Keyring(_) => {
            format!(
                "{warning}: {what} ({e}); {}",
                lang.t(
                    "鍵束を使えない環境 (cron など) では次のように保存し直してください",
                    "where no keyring is unlocked (cron), save it again with",
                )
            ) + &format!(" `toshokan --profile {name} login --save-password --password-store file`")
        }
        config::secrets::SecretError::File(file) => {
            let file = super::errors::config_error(file.clone(), lang);
            match &file.hint {
                Some(hint) => format!("{warning}: {what} ({}); {hint}", file.message),
                None => format!("{warning}: {what} ({})", file.message),
            }
        }
    }
}

impl Credentials for ProfileCredentials {
    fn card(&self) -> Option<String> {
        self.card.clone()
    }

    fn password(&mut self) -> Option<SecretString> {
        if let Some(p) = &self.env_password {
            return Some(p.clone());
        }
        if let Some(p) = self.saved.as_mut().and_then(|s| s.get(self.lang)) {
            return Some(p);
        }
        if self.can_prompt {
            return prompt_password(self.lang).ok();
        }
        None
    }
}

pub fn env_password() -> Option<SecretString> {
    std::env::var(PASSWORD_ENV)
        .ok()
        .filter(|p| !p.is_empty())
        .map(SecretString::from)
}

pub fn prompt_password(lang: Lang) -> Result<SecretString, CliError> {
    rpassword::prompt_password(lang.t("パスワード: ", "Password: "))
        .map(SecretString::from)
        .map_err(|e| CliError::new(Exit::Auth, format!("cannot read the password: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_this_machine_only() {
        let url = |s: &str| Url::parse(s).unwrap();
        for local in [
            "http://127.0.0.1:8080/licsxp-opac/",
            "http://127.5.6.7/",
            "http://[::1]:8080/",
            "http://localhost/",
            "http://LOCALHOST:1/",
        ] {
            assert!(is_loopback(&url(local)), "{local}");
        }
        for remote in [
            "http://10.0.0.1/",
            "http://[::ffff:7f00:1]/",
            "http://localhost.example.jp/",
            "http://opac.example.invalid/",
        ] {
            assert!(!is_loopback(&url(remote)), "{remote}");
        }
    }

    #[test]
    fn a_profile_belongs_to_the_site_it_logged_in_to() {
        let profile = |card: Option<&str>, base: Option<&str>| Profile {
            card: card.map(str::to_string),
            base_url: base.map(str::to_string),
            ..Profile::default()
        };
        assert_eq!(site_of(&profile(None, None)).unwrap(), None);
        assert_eq!(
            site_of(&profile(Some("1234567890"), None)).unwrap(),
            Some(Url::parse(config::SHIZUOKA_BASE_URL).unwrap())
        );
        // Stored without the trailing slash: the same site as with it.
        assert_eq!(
            site_of(&profile(
                Some("1"),
                Some("https://Opac.Example.jp:443/licsxp-opac")
            ))
            .unwrap(),
            Some(Url::parse("https://opac.example.jp/licsxp-opac/").unwrap())
        );
    }
}
