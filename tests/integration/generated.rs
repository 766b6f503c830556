//! `completions/` (the dynamic completion's registration scripts) and
//! `man/` are generated from the clap definition and committed. This test fails when they are stale; regenerate with
//! `UPDATE_GENERATED=1 cargo test --test integration generated`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use toshokan::cli::Cli;
use toshokan::error::Exit;

/// The EXIT STATUS section, from the one definition of the codes.
fn exit_status() -> String {
    let mut section = String::from(".SH \"EXIT STATUS\"\n");
    for exit in Exit::ALL {
        section.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            exit.code(),
            roff(exit.meaning())
        ));
    }
    section
}

/// Markdown's `code` as bold, dashes as roff wants them.
fn roff(markdown: &str) -> String {
    let mut out = String::new();
    for (i, part) in markdown.split('`').enumerate() {
        let part = part.replace('—', "-").replace('-', "\\-");
        if i % 2 == 1 {
            out.push_str(&format!("\\fB{part}\\fR"));
        } else {
            out.push_str(&part);
        }
    }
    out
}

/// EXAMPLES: each command line in bold, what it does under it.
fn examples_section(help: &str) -> String {
    let escape = |text: &str| text.replace('\\', "\\e").replace('-', "\\-");
    let mut section = String::from(".SH EXAMPLES\n");
    for example in toshokan::cli::examples::parse(help) {
        section.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            escape(example.line),
            escape(example.what)
        ));
    }
    section
}

const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBTOSHOKAN_PROFILE\fR
profile (card) to use, like \fB\-\-profile\fR
.TP
\fBTOSHOKAN_BASE_URL\fR
LiCS\-XP base URL, like \fB\-\-base\-url\fR
.TP
\fBTOSHOKAN_CONFIG_DIR\fR
config and session cache directory, like \fB\-\-config\-dir\fR
.TP
\fBTOSHOKAN_DEMO\fR
1 runs against the embedded simulator, like \fB\-\-demo\fR
.TP
\fBTOSHOKAN_PACE_MS\fR
minimum gap between request starts, like \fB\-\-pace\-ms\fR
.TP
\fBTOSHOKAN_CARD\fR, \fBTOSHOKAN_PASSWORD\fR
credentials for non\-interactive login (cron)
.TP
\fBTOSHOKAN_PASSWORD_STORE\fR
where \fBlogin \-\-save\-password\fR keeps the password: keyring (default) or file, like \fB\-\-password\-store\fR
.TP
\fBTOSHOKAN_TODAY\fR
fixes today (YYYY\-MM\-DD) for due\-day arithmetic and the simulator
.TP
\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
Japanese output when the locale is ja*, English otherwise
.TP
\fBNO_COLOR\fR
disables colour
"#;

const FILES: &str = r#".SH FILES
.TP
\fICONFIG/config.toml\fR
profiles: card number, base URL, defaults (never a password)
.TP
\fICONFIG/sessions/PROFILE.json\fR
session cache (cookie and page tokens), mode 0600
.TP
\fICONFIG/secrets/PROFILE.password\fR
password saved by \fBlogin \-\-save\-password \-\-password\-store file\fR, mode 0600 (by default it goes to the OS keyring: service toshokan, user PROFILE:CARD)
.TP
\fICONFIG/demo/library.json\fR
the demo library's state (\fB\-\-demo\fR)
.TP
\fICONFIG/reports/\fR
scrubbed copies of pages the client did not recognise
.PP
CONFIG is \fB\-\-config\-dir\fR, else the platform config directory (on Linux ~/.config/toshokan).
"#;

fn man_pages(cmd: &clap::Command, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, out);
    }
    // clap_mangen would print the examples as one filled paragraph under
    // EXTRA: they get a section of their own instead.
    let examples = cmd
        .get_after_long_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let bare = cmd
        .clone()
        .after_help(None::<&str>)
        .after_long_help(None::<&str>);
    let man = clap_mangen::Man::new(bare);
    let mut page = Vec::new();
    man.render(&mut page).expect("render man page");
    page.extend_from_slice(examples_section(&examples).as_bytes());
    page.extend_from_slice(exit_status().as_bytes());
    page.extend_from_slice(ENVIRONMENT.as_bytes());
    page.extend_from_slice(FILES.as_bytes());
    out.insert(PathBuf::from("man").join(man.get_filename()), page);
}

fn generated() -> BTreeMap<PathBuf, Vec<u8>> {
    // The bare version: the commit `--version` adds would make every
    // commit stale the pages.
    let mut cmd = Cli::command()
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_subcommand(true);
    cmd.build();
    let mut files = BTreeMap::new();
    // The shell calls `toshokan` back for every completion
    // (src/commands/complete.rs): these only register it.
    for (shell, file) in [
        ("bash", "toshokan.bash"),
        ("zsh", "_toshokan"),
        ("fish", "toshokan.fish"),
    ] {
        let script = toshokan::commands::complete::registration(shell).expect("a built-in shell");
        files.insert(PathBuf::from("completions").join(file), script);
    }
    man_pages(&cmd, &mut files);
    files
}

fn listed(root: &Path, dir: &str) -> Vec<PathBuf> {
    std::fs::read_dir(root.join(dir))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| PathBuf::from(dir).join(e.file_name()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = generated();
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        for (path, bytes) in &files {
            std::fs::write(root.join(path), bytes).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    for path in listed(root, "completions")
        .into_iter()
        .chain(listed(root, "man"))
    {
        if !files.contains_key(&path) {
            stale.push(format!("{} (no longer generated)", path.display()));
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nrun: UPDATE_GENERATED=1 cargo test --test integration generated"
    );
}

#[test]
fn the_readme_exit_code_table_is_the_one_definition() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let rows: Vec<&str> = readme
        .lines()
        .skip_while(|l| *l != "| code | meaning |")
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let want: Vec<String> = Exit::ALL
        .iter()
        .map(|e| format!("| {} | {} |", e.code(), e.meaning()))
        .collect();
    assert_eq!(
        rows, want,
        "README's exit codes differ from error::Exit::meaning"
    );
}

/// Every leaf command of `cmd` with its full name.
fn leaves(cmd: &clap::Command, prefix: &str, out: &mut Vec<(String, clap::Command)>) {
    let name = format!("{prefix}{}", cmd.get_name());
    if cmd.get_subcommands().next().is_none() {
        out.push((name.clone(), cmd.clone()));
    }
    // clap's own `help` subcommands take no options.
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        leaves(sub, &format!("{name} "), out);
    }
}

#[test]
fn help_and_man_pages_list_a_commands_own_options_before_the_global_ones() {
    let mut root = Cli::command();
    root.build();
    let mut all = Vec::new();
    leaves(&root, "", &mut all);
    assert!(all.len() > 40, "{}", all.len());
    let man_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for (name, mut cmd) in all {
        let help = cmd.render_help().to_string();
        let global = help
            .find("Global options:")
            .unwrap_or_else(|| panic!("{name}: no Global options heading:\n{help}"));
        let json = help.find("--json").expect("--json is global");
        assert!(json > global, "{name}: --json before the global heading");
        if let Some(own) = help.find("Options:") {
            assert!(own < global, "{name}: own options after the global ones");
        }
        let page = std::fs::read_to_string(man_dir.join(format!("{}.1", name.replace(' ', "-"))))
            .unwrap_or_else(|e| panic!("{name}: man page: {e}"));
        let global = page
            .find(".SH \"GLOBAL OPTIONS\"")
            .unwrap_or_else(|| panic!("{name}: no GLOBAL OPTIONS section"));
        let json = page
            .find(".TP\n\\fB\\-\\-json\\fR")
            .expect("--json's entry in the man page");
        assert!(json > global, "{name}: --json outside GLOBAL OPTIONS");
    }
}
