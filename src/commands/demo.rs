//! `--demo`: an in-process simulator with the demo account, its library
//! kept under the config dir between runs.

use url::Url;

use super::context::Context;
use crate::cli::Seed;
use crate::client::Credentials;
use crate::config::fsutil;
use crate::error::{CliError, Exit};
use crate::sim::{self, Sim, seed};

pub struct Demo {
    pub base_url: Url,
    running: sim::Running,
    _lock: fsutil::Lock,
}

/// The demo account's credentials; the client logs in with them by itself.
#[derive(Clone)]
pub struct DemoCredentials {
    pub card: String,
    pub password: String,
}

impl Credentials for DemoCredentials {
    fn card(&self) -> Option<String> {
        Some(self.card.clone())
    }
    fn password(&mut self) -> Option<secrecy::SecretString> {
        Some(secrecy::SecretString::from(self.password.clone()))
    }
}

/// The demo library as last saved, or a fresh seed; today is always now.
pub fn load_or_seed(ctx: &Context) -> Result<sim::Library, CliError> {
    let path = ctx.paths.demo_state_file();
    let mut library = if path.exists() {
        sim::load_library(&path).map_err(|e| {
            CliError::new(
                Exit::Internal,
                format!("cannot read the demo library {}: {e}", path.display()),
            )
            .with_hint("start afresh with `toshokan --demo sim --reset`")
        })?
    } else {
        seed::library(Seed::Demo, ctx.today)
    };
    if library.catalog.is_empty() {
        // A demo library saved before the catalogue existed.
        library.catalog = seed::library(Seed::Demo, ctx.today).catalog;
    }
    // Days since the last run pass in the demo library too.
    library.advance_to(ctx.today);
    library.today = ctx.today;
    Ok(library)
}

impl Demo {
    pub async fn start(ctx: &Context) -> Result<Demo, CliError> {
        let lock = fsutil::lock(&ctx.paths.dir.join("demo").join("library.lock"))?;
        let library = load_or_seed(ctx)?;
        let running = Sim::new(library).start("127.0.0.1:0").await.map_err(|e| {
            CliError::new(
                Exit::Internal,
                format!("cannot start the demo library: {e}"),
            )
        })?;
        Ok(Demo {
            base_url: running.base_url.clone(),
            running,
            _lock: lock,
        })
    }

    pub fn credentials(&self) -> DemoCredentials {
        DemoCredentials {
            card: seed::DEMO_CARD.into(),
            password: seed::DEMO_PASSWORD.into(),
        }
    }

    /// Keeps what the command changed for the next run.
    pub fn finish(self, ctx: &Context) -> Result<(), CliError> {
        let library = self.running.sim.library();
        sim::save_library(&ctx.paths.demo_state_file(), &library).map_err(|e| {
            CliError::new(Exit::Internal, format!("cannot save the demo library: {e}"))
        })
    }
}
