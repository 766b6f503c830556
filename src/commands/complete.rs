//! Dynamic shell completion (clap_complete's `CompleteEnv`): `COMPLETE=bash
//! toshokan` prints a registration script, and the shell then calls the
//! binary back with the words typed so far. Candidates come from files
//! alone — profiles from config.toml, branches, shelves and alert names
//! from the snapshots the last reads left — so completing never sends a
//! request, takes a lock, fails or writes to stderr: anything missing or
//! unreadable just means no candidates.

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Arc;

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::cli::Cli;
use crate::config::snapshot::{self, Screen};
use crate::config::{self, Config, Paths};

/// The environment variable that turns the binary into its own completer.
pub const VAR: &str = "COMPLETE";

/// Completes and returns true when the shell asked (`COMPLETE` set);
/// false for an ordinary run.
pub fn run_if_asked() -> Result<bool, clap::Error> {
    // Checked first so that an ordinary run builds nothing here.
    if std::env::var_os(VAR).is_none_or(|v| v.is_empty() || v == "0") {
        return Ok(false);
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    let source = Arc::new(Source::from_words(&args));
    let current_dir = std::env::current_dir().ok();
    clap_complete::CompleteEnv::with_factory(move || command(&source))
        .var(VAR)
        .try_complete(args, current_dir.as_deref())
}

/// The registration script of a shell (`bash`, `zsh`, `fish`), calling
/// back `toshokan` from PATH: what `completions/` holds.
pub fn registration(shell: &str) -> Option<Vec<u8>> {
    let shells = clap_complete::env::Shells::builtins();
    let shell = shells.completer(shell)?;
    let mut buf = Vec::new();
    shell
        .write_registration(VAR, "toshokan", "toshokan", "toshokan", &mut buf)
        .ok()?;
    Some(buf)
}

/// Where the candidates come from: the config dir and profile the words
/// on the line (or the environment) name, as a real run would resolve them.
#[derive(Debug, Clone)]
pub struct Source {
    paths: Option<Paths>,
    profile: String,
}

impl Source {
    /// `--config-dir DIR` / `--profile NAME` (also `--opt=value`) anywhere
    /// on the line, else `TOSHOKAN_CONFIG_DIR` / `TOSHOKAN_PROFILE`, else
    /// the platform config dir and `default`.
    pub fn from_words(words: &[OsString]) -> Source {
        let dir = option_value(words, "--config-dir")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("TOSHOKAN_CONFIG_DIR").map(PathBuf::from))
            .filter(|d| !d.as_os_str().is_empty());
        let profile = option_value(words, "--profile")
            .and_then(|p| p.into_string().ok())
            .or_else(|| std::env::var("TOSHOKAN_PROFILE").ok())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| config::DEFAULT_PROFILE.to_string());
        Source {
            paths: Paths::resolve(dir.as_deref()).ok(),
            profile,
        }
    }

    /// Profile names from config.toml; the masked card as the description.
    fn profiles(&self) -> Vec<CompletionCandidate> {
        let Some(config) = self.paths.as_ref().and_then(|p| Config::load(p).ok()) else {
            return Vec::new();
        };
        config
            .profiles
            .iter()
            .map(|(name, profile)| {
                CompletionCandidate::new(name)
                    .help(profile.card.as_deref().map(|c| config::mask_card(c).into()))
            })
            .collect()
    }

    /// Branch names, then codes, from the `libraries` snapshot: `--pickup`
    /// and `LIB` take either.
    fn libraries(&self) -> Vec<CompletionCandidate> {
        let branches = self.snapshot(Screen::Libraries, &["name", "code"]);
        let names = branches.iter().filter_map(|b| {
            let name = b[0].as_ref()?;
            Some(CompletionCandidate::new(name).help(b[1].clone().map(Into::into)))
        });
        let codes = branches.iter().filter_map(|b| {
            let code = b[1].as_ref()?;
            Some(CompletionCandidate::new(code).help(b[0].clone().map(Into::into)))
        });
        names.chain(codes).collect()
    }

    /// The `name` of each item of a screen's snapshot (`shelves`, `alerts`).
    fn names(&self, screen: Screen) -> Vec<CompletionCandidate> {
        self.snapshot(screen, &["name"])
            .into_iter()
            .filter_map(|mut fields| fields[0].take())
            .map(CompletionCandidate::new)
            .collect()
    }

    /// The string fields `fields` of each item of
    /// `CONFIG/snapshots/PROFILE/SCREEN.json`'s `value` array, whatever
    /// else the file holds; nothing when it is missing, too large, not
    /// JSON or not of that shape.
    fn snapshot(&self, screen: Screen, fields: &[&str]) -> Vec<Vec<Option<String>>> {
        /// Far more than any branch, shelf or alert list; a larger file
        /// is not a snapshot toshokan wrote.
        const MAX_BYTES: u64 = 4 << 20;
        let Some(paths) = &self.paths else {
            return Vec::new();
        };
        // The profile becomes a path: only names a profile can have.
        if config::validate_profile_name(&self.profile).is_err() {
            return Vec::new();
        }
        let file = snapshot::file(paths, &self.profile, screen);
        let too_big = std::fs::metadata(&file).map_or(true, |m| m.len() > MAX_BYTES);
        if too_big {
            return Vec::new();
        }
        let Some(value) = std::fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        else {
            return Vec::new();
        };
        let Some(items) = value.get("value").and_then(|v| v.as_array()) else {
            return Vec::new();
        };
        items
            .iter()
            .map(|item| {
                fields
                    .iter()
                    .map(|f| match item.get(*f) {
                        Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s.clone()),
                        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .filter(|fields: &Vec<Option<String>>| fields.iter().any(Option::is_some))
            .collect()
    }
}

/// The value of the last `--name VALUE` or `--name=VALUE` among `words`.
fn option_value(words: &[OsString], name: &str) -> Option<OsString> {
    let mut found = None;
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if word == name {
            found = words.next().cloned();
        } else if let Some(value) = word
            .to_str()
            .and_then(|w| w.strip_prefix(name)?.strip_prefix('='))
        {
            found = Some(value.into());
        }
    }
    found
}

/// The clap definition with the candidates attached: profiles to
/// `--profile`, branches to `--pickup`/`LIB`, shelf and alert names to
/// the SHELF and NAME arguments.
pub fn command(source: &Arc<Source>) -> clap::Command {
    let with = |f: fn(&Source) -> Vec<CompletionCandidate>| {
        let source = Arc::clone(source);
        ArgValueCandidates::new(move || f(&source))
    };
    let shelves = with(|s| s.names(Screen::Shelves));
    let alerts = with(|s| s.names(Screen::Alerts));
    let libraries = with(Source::libraries);
    let sub = |cmd: clap::Command, name: &str, arg: &str, add: &ArgValueCandidates| {
        cmd.mut_subcommand(name, |c| c.mut_arg(arg, |a| a.add(add.clone())))
    };
    Cli::command()
        .mut_arg("profile", |a| a.add(with(Source::profiles)))
        .mut_subcommand("reserve", |c| {
            c.mut_arg("pickup", |a| a.add(libraries.clone()))
        })
        .mut_subcommand("cart", |c| sub(c, "checkout", "pickup", &libraries))
        .mut_subcommand("reservations", |c| sub(c, "change", "pickup", &libraries))
        .mut_subcommand("settings", |c| sub(c, "pickup", "library", &libraries))
        .mut_subcommand("calendar", |c| {
            c.mut_arg("library", |a| a.add(libraries.clone()))
        })
        .mut_subcommand("shelf", |c| {
            let c = ["show", "rename", "memo", "remove", "move", "delete"]
                .into_iter()
                .fold(c, |c, name| sub(c, name, "shelf", &shelves));
            // `shelf add SHELF ID…` is one list of values, and clap_complete
            // does not tell which of them is being completed: shelf names are
            // offered for every one (a title code is digits, which no name
            // starts with, so typing one leaves only codes).
            sub(c, "add", "args", &shelves)
        })
        .mut_subcommand("alert", |c| {
            let c = sub(c, "show", "name", &alerts);
            let c = sub(c, "edit", "name", &alerts);
            let c = sub(c, "delete", "names", &alerts);
            sub(c, "check", "names", &alerts)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn options_are_read_in_both_spellings_the_last_winning() {
        let w = words("toshokan -- toshokan --profile a --config-dir=/x shelf show --profile b");
        assert_eq!(option_value(&w, "--profile"), Some("b".into()));
        assert_eq!(option_value(&w, "--config-dir"), Some("/x".into()));
        assert_eq!(option_value(&w, "--pace-ms"), None);
        // `--profile` typed last, its value not yet: nothing.
        assert_eq!(
            option_value(&words("toshokan --profile"), "--profile"),
            None
        );
    }

    #[test]
    fn a_snapshot_of_any_other_shape_gives_no_candidates() {
        let dir = tempfile::tempdir().unwrap();
        let source = Source {
            paths: Some(Paths {
                dir: dir.path().to_path_buf(),
            }),
            profile: "a".into(),
        };
        let file = snapshot::file(source.paths.as_ref().unwrap(), "a", Screen::Shelves);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        for text in [
            "",
            "not json",
            "[]",
            r#"{"value": 3}"#,
            r#"{"value": [1, "x", {"id": 1}]}"#,
        ] {
            std::fs::write(&file, text).unwrap();
            assert!(source.names(Screen::Shelves).is_empty(), "{text}");
        }
        std::fs::write(
            &file,
            r#"{"taken_at": "x", "value": [{"id": 1, "name": "旅行"}, {"id": "2", "name": 5, "extra": []}]}"#,
        )
        .unwrap();
        let names: Vec<String> = source
            .names(Screen::Shelves)
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["旅行", "5"]);
        // A profile that is not a profile name never becomes a path.
        let outside = Source {
            profile: "../a".into(),
            ..source
        };
        assert!(outside.names(Screen::Shelves).is_empty());
    }
}
