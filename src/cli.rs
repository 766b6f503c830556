//! The command-line definition: pure data, no behaviour.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::clock::MaxAge;
use crate::model::TitleCode;

pub mod examples;
mod shelf;
pub use shelf::*;

/// Checked against `Exit::label` by a test.
pub const AFTER_HELP: &str = "\
Exit status: 0 ok, 1 internal error, 2 usage or bad input, 3 authentication,
4 refused by the library, 5 site unavailable, 6 page layout not recognised,
7 partial success, 8 unknown outcome (check by hand).

Try it offline: toshokan --demo loans";

/// `--version`: the version, the commit it was built from (build.rs;
/// `unknown` outside a git checkout) and whether the simulator is in.
#[cfg(feature = "sim")]
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("TOSHOKAN_COMMIT"),
    "; simulator built in: --demo, toshokan sim)"
);
#[cfg(not(feature = "sim"))]
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("TOSHOKAN_COMMIT"),
    "; no simulator: built without feature `sim`)"
);

/// The commands `--all-profiles` runs for every profile, as command lines;
/// `commands::takes_all_profiles` decides, and a test checks both against
/// this list and the help.
pub const ALL_PROFILES_COMMANDS: [&str; 9] = [
    "status",
    "loans",
    "reservations",
    "renew",
    "shelf",
    "cart",
    "alert",
    "alert check",
    "settings",
];

pub const ALL_PROFILES_HELP: &str = "Run for every profile, results tagged with the profile: status, loans, \
reservations, renew, alert check, and the lists of shelf, cart, alert and settings";

/// `--max-age` on the read commands that keep snapshots.
pub const MAX_AGE_HELP: &str = "Answer from the last snapshot of this screen when it is younger than \
DURATION (90s, 30m, 1h, 2d, 1h30m; 0 reads the site): no request at all";

/// The longest `--pace-ms`: a minute between requests is already more
/// than any site asks, and a larger gap would look like a hang.
pub const MAX_PACE_MS: u64 = 60_000;

/// Whether a command line asks for JSON, read from the raw arguments: what
/// decides the shape of a usage error when clap could not parse the line.
/// Arguments after `--` are values, not options.
pub fn wants_json(args: &[std::ffi::OsString]) -> bool {
    args.iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--json")
}

#[derive(Debug, Parser)]
#[command(
    name = "toshokan",
    version = VERSION,
    about = "Shizuoka City Library マイライブラリ from the command line (any LiCS-XP OPAC)",
    after_help = AFTER_HELP,
    after_long_help = examples::ROOT,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes; help and man pages list them after the
/// command's own, under their own heading.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Which card to use; several profiles make a household
    #[arg(
        long,
        global = true,
        env = "TOSHOKAN_PROFILE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,

    #[arg(long, global = true, help = ALL_PROFILES_HELP)]
    pub all_profiles: bool,

    /// Machine-readable output on stdout; messages stay on stderr
    #[arg(long, global = true)]
    pub json: bool,

    /// LiCS-XP base URL (stored per profile at login) [default: Shizuoka's]
    #[arg(
        long,
        global = true,
        env = "TOSHOKAN_BASE_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub base_url: Option<String>,

    /// Use the embedded simulator with a demo account: no network, no setup
    #[arg(long, global = true, env = "TOSHOKAN_DEMO", hide_env_values = true, value_parser = clap::builder::FalseyValueParser::new())]
    pub demo: bool,

    /// Where config and session cache live
    #[arg(
        long,
        global = true,
        env = "TOSHOKAN_CONFIG_DIR",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub config_dir: Option<PathBuf>,

    /// Never prompt (automatic when stdin is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Minimum gap between request starts, at most 60000 [default: 500 remote, 0 loopback]
    #[arg(
        long,
        global = true,
        env = "TOSHOKAN_PACE_MS",
        hide_env_values = true,
        value_name = "MS",
        value_parser = clap::value_parser!(u64).range(..=MAX_PACE_MS)
    )]
    pub pace_ms: Option<u64>,

    /// Per-request timeout
    #[arg(long, global = true, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,

    /// Log each request (method, path, status, time) to stderr, secrets redacted
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Print only results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Language of tables and messages [default: from LC_ALL/LC_MESSAGES/LANG]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangChoice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangChoice {
    Ja,
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in, cache the session and show the account summary
    #[command(after_long_help = examples::LOGIN)]
    Login(LoginArgs),
    /// End the session and drop the cached one
    #[command(after_long_help = examples::LOGOUT)]
    Logout(LogoutArgs),
    /// Card, expiry and counts: loans, overdue, reservations, ready, cart, shelves
    #[command(after_long_help = examples::STATUS)]
    Status(StatusArgs),
    /// Every profile: card (masked), site, logged in or not, session age, password store (no request)
    #[command(after_long_help = examples::PROFILES)]
    Profiles,
    /// Check the setup and read every screen once (never writes); --bundle saves a report
    #[command(after_long_help = examples::DOCTOR)]
    Doctor(DoctorArgs),
    /// List loans (貸出状況)
    #[command(after_long_help = examples::LOANS)]
    Loans(LoansArgs),
    /// Renew loans (貸出延長): by id, all eligible, or those due soon (cron)
    #[command(after_long_help = examples::RENEW)]
    Renew(RenewArgs),
    /// The site's 予約カート: list, add, remove, checkout (adding is not reserving)
    #[command(after_long_help = examples::CART)]
    Cart(CartArgs),
    /// Reserve titles (いますぐ予約) by title code, as `search` prints them
    #[command(after_long_help = examples::RESERVE)]
    Reserve(ReserveArgs),
    /// List reservations (予約状況)
    #[command(alias = "rsv")]
    #[command(after_long_help = examples::RESERVATIONS)]
    Reservations(ReservationsArgs),
    /// Search the catalogue (詳細検索); no login needed
    #[command(after_long_help = examples::SEARCH)]
    Search(SearchArgs),
    /// One title: bibliographic fields, holdings (所蔵館, 請求記号, 状態), reservations
    #[command(after_long_help = examples::SHOW)]
    Show(ShowArgs),
    /// マイ本棚: list, show, create, rename, memo, add, remove, move, delete
    #[command(alias = "shelves")]
    #[command(after_long_help = examples::SHELF)]
    Shelf(ShelfArgs),
    /// 新着図書お知らせ: conditions registered on the site; `check` matches them against 新着資料 now
    #[command(alias = "alerts")]
    #[command(after_long_help = examples::ALERT)]
    Alert(AlertArgs),
    /// 新着資料: new arrivals by genre; no login needed
    #[command(after_long_help = examples::NEW)]
    New(NewArgs),
    /// Branch codes and names as the site lists them
    #[command(alias = "branches")]
    #[command(after_long_help = examples::LIBRARIES)]
    Libraries(LibrariesArgs),
    /// Run a command and keep the pages it received, scrubbed, in DIR (for reporting site differences)
    #[command(after_long_help = examples::CAPTURE)]
    Capture(CaptureArgs),
    /// 読書履歴: list (kept here per profile, refreshed incrementally), search, turn recording on/off, forget
    #[command(after_long_help = examples::HISTORY)]
    History(HistoryArgs),
    /// 利用者番号バーコード表示: the card number as a barcode (works offline)
    #[command(after_long_help = examples::BARCODE)]
    Barcode(BarcodeArgs),
    /// 利用者情報設定: show; change e-mail, default pickup and contact, password
    #[command(after_long_help = examples::SETTINGS)]
    Settings(SettingsArgs),
    /// パスワード登録/再登録 (no login): terms, identity check, new password
    #[command(after_long_help = examples::PASSWORD)]
    Password(PasswordArgs),
    /// Closed days (休館日) of a branch; no login needed
    #[command(after_long_help = examples::CALENDAR)]
    Calendar(CalendarArgs),
    /// Serve the offline LiCS-XP simulator
    #[command(after_long_help = examples::SIM)]
    Sim(SimArgs),
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Card number (利用カード番号) [env: TOSHOKAN_CARD]
    #[arg(long, value_name = "N")]
    pub card: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Keep the password so that expired sessions renew unattended (where: --password-store)
    #[arg(long)]
    pub save_password: bool,
    /// Where --save-password keeps it: the OS keyring, or a mode-0600 file for
    /// headless cron [default: the profile's recorded store, else keyring]
    #[arg(
        long,
        value_enum,
        env = "TOSHOKAN_PASSWORD_STORE",
        hide_env_values = true,
        value_name = "STORE"
    )]
    pub password_store: Option<PasswordStoreChoice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PasswordStoreChoice {
    /// The OS keyring: Secret Service (Linux), Keychain (macOS), Credential Manager (Windows)
    Keyring,
    /// CONFIG/secrets/PROFILE.password, mode 0600: for machines without an unlocked keyring
    File,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Save every page read (scrubbed) and the summary in DIR, a new or
    /// empty directory, to attach to a report
    #[arg(long, value_name = "DIR")]
    pub bundle: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Also delete a saved password
    #[arg(long)]
    pub forget: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long, value_name = "DURATION", help = MAX_AGE_HELP)]
    pub max_age: Option<MaxAge>,
}

#[derive(Debug, Args)]
pub struct LibrariesArgs {
    #[arg(long, value_name = "DURATION", help = MAX_AGE_HELP)]
    pub max_age: Option<MaxAge>,
}

#[derive(Debug, Args)]
pub struct LoansArgs {
    /// Only loans due within DAYS days (overdue ones included)
    #[arg(long, value_name = "DAYS")]
    pub due_within: Option<u32>,
    /// Only overdue loans
    #[arg(long)]
    pub overdue: bool,
    /// Only loans that can be renewed now
    #[arg(long)]
    pub renewable: bool,
    /// Write the due dates as an iCalendar (RFC 5545) to stdout: one event per loan, a reminder the day before
    #[arg(long)]
    pub ical: bool,
    #[arg(long, value_name = "DURATION", help = MAX_AGE_HELP)]
    pub max_age: Option<MaxAge>,
}

#[derive(Debug, Args)]
pub struct RenewArgs {
    /// Loan ids (title codes) as `loans` prints them
    #[arg(value_name = "ID", conflicts_with_all = ["all", "due_within"])]
    pub ids: Vec<String>,
    /// Every loan on the card; those the library will not renew are reported with the reason
    #[arg(long)]
    pub all: bool,
    /// Only loans due within DAYS days (what a cron job runs)
    #[arg(long, value_name = "DAYS", conflicts_with = "all")]
    pub due_within: Option<u32>,
    /// Skip loans whose renewal would move the due date by fewer than DAYS days
    #[arg(long, value_name = "DAYS")]
    pub min_gain: Option<u32>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ReservationsArgs {
    #[command(subcommand)]
    pub action: Option<ReservationsAction>,
    #[command(flatten)]
    pub list: ReservationsListArgs,
}

#[derive(Debug, Subcommand)]
pub enum ReservationsAction {
    /// List reservations (the default)
    #[command(after_long_help = examples::RESERVATIONS_LIST)]
    List(ReservationsListArgs),
    /// Change the pickup library and/or contact method (only while waiting)
    #[command(after_long_help = examples::RESERVATIONS_CHANGE)]
    Change(RsvChangeArgs),
    /// Cancel reservations (only while waiting; 他館確保/利用可能/連絡済み need a call or visit)
    #[command(after_long_help = examples::RESERVATIONS_CANCEL)]
    Cancel(RsvCancelArgs),
    /// Hide cancelled reservations the site still lists
    #[command(after_long_help = examples::RESERVATIONS_HIDE)]
    Hide(RsvHideArgs),
}

#[derive(Debug, Args)]
pub struct ReserveArgs {
    /// Title codes (13 digits)
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<TitleCode>,
    #[command(flatten)]
    pub choice: PickupOpts,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct CartArgs {
    #[command(subcommand)]
    pub action: Option<CartAction>,
}

#[derive(Debug, Subcommand)]
pub enum CartAction {
    /// List the titles in the cart (the default)
    #[command(after_long_help = examples::CART_LIST)]
    List,
    /// Put titles in the cart (this does not reserve them)
    #[command(after_long_help = examples::CART_ADD)]
    Add(CartIdsArgs),
    /// Take titles out of the cart
    #[command(after_long_help = examples::CART_REMOVE)]
    Remove(CartIdsArgs),
    /// Reserve everything in the cart with one pickup/contact choice
    #[command(after_long_help = examples::CART_CHECKOUT)]
    Checkout(CheckoutArgs),
}

#[derive(Debug, Args)]
pub struct CartIdsArgs {
    /// Title codes (13 digits)
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<TitleCode>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct CheckoutArgs {
    #[command(flatten)]
    pub choice: PickupOpts,
    #[command(flatten)]
    pub write: WriteOpts,
}

/// Where and how a new reservation is picked up (`reserve`, `cart
/// checkout`); unset parts fall back to the profile's, else the site's.
#[derive(Debug, Args, Clone, Default)]
pub struct PickupOpts {
    /// Pickup library: a code or (part of) a branch name [default: the profile's, else the site's]
    #[arg(long, value_name = "LIB")]
    pub pickup: Option<String>,
    /// Contact method [default: the profile's, else the site's]
    #[arg(long, value_enum, value_name = "METHOD")]
    pub contact: Option<ContactMethod>,
    /// Which registered phone the library calls (home or mobile), when there are several
    #[arg(long, value_enum, value_name = "WHICH")]
    pub phone: Option<PhoneChoice>,
}

/// What every write command takes.
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct WriteOpts {
    /// Read and report what would be sent; send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (--no-input implies it, except for destructive writes: cancel, hide, remove, delete, history disable)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct RsvCancelArgs {
    /// Reservation ids as `reservations` prints them
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["ids", "cancelled"]))]
pub struct RsvHideArgs {
    /// Reservation ids of cancelled reservations
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// Every cancelled reservation
    #[arg(long)]
    pub cancelled: bool,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(true).args(["pickup", "contact"]))]
pub struct RsvChangeArgs {
    /// Reservation id as `reservations` prints it
    #[arg(value_name = "ID")]
    pub id: String,
    /// Pickup library: a code or (part of) a branch name, see `libraries`
    #[arg(long, value_name = "LIB")]
    pub pickup: Option<String>,
    /// Contact method
    #[arg(long, value_enum, value_name = "METHOD")]
    pub contact: Option<ContactMethod>,
    /// Which registered phone the library calls (home or mobile), when there are several
    #[arg(long, value_enum, value_name = "WHICH")]
    pub phone: Option<PhoneChoice>,
    #[command(flatten)]
    pub write: WriteOpts,
}

/// 電話連絡 / メール / 音声案内 / 連絡不要.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContactMethod {
    Phone,
    Email,
    Voice,
    None,
}

/// 自宅 / 携帯.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PhoneChoice {
    Home,
    Mobile,
}

#[derive(Debug, Args, Default, Clone)]
pub struct ReservationsListArgs {
    /// Only reservations ready for pickup
    #[arg(long)]
    pub ready: bool,
    /// Include cancelled reservations the site still lists (formerly --all)
    #[arg(long = "include-cancelled", alias = "all")]
    pub all: bool,
    /// Write the pickup deadlines of reservations ready at the counter as an iCalendar (RFC 5545) to stdout
    #[arg(long)]
    pub ical: bool,
    #[arg(long, value_name = "DURATION", help = MAX_AGE_HELP)]
    pub max_age: Option<MaxAge>,
}

/// The bibliographic fields a search and an alert condition both match.
#[derive(Debug, Args, Clone, Default)]
pub struct BibFields {
    /// Title (書名) contains
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Author (著者名) contains
    #[arg(long, value_name = "A")]
    pub author: Option<String>,
    /// Publisher (出版者) contains
    #[arg(long, value_name = "P")]
    pub publisher: Option<String>,
    /// Subject (件名) contains
    #[arg(long, value_name = "S")]
    pub subject: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Free words, matched against every field (全項目)
    #[arg(value_name = "WORDS")]
    pub words: Vec<String>,
    #[command(flatten)]
    pub fields: BibFields,
    /// ISBN (10 or 13 digits, hyphens allowed)
    #[arg(long, value_name = "N")]
    pub isbn: Option<String>,
    /// Material kind: general, children, magazine, cd, dvd, daisy, av, picture-book, or the site's own label; repeatable
    #[arg(long = "type", value_name = "KIND", value_delimiter = ',')]
    pub kinds: Vec<String>,
    /// Published in or after (YYYY or YYYY-MM)
    #[arg(long, value_name = "Y")]
    pub year_from: Option<String>,
    /// Published in or before (YYYY or YYYY-MM)
    #[arg(long, value_name = "Y")]
    pub year_to: Option<String>,
    /// Only titles that can be borrowed now (貸出可のみ)
    #[arg(long)]
    pub available: bool,
    /// Sort by a column of the result list
    #[arg(long, value_enum, value_name = "KEY")]
    pub sort: Option<SortKey>,
    /// Descending order (with --sort)
    #[arg(long, requires = "sort")]
    pub desc: bool,
    /// Which page of results (20 per page)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub page: Option<u32>,
    /// Every page of hits, one request a page (formerly --all; a progress bar on stderr when it is a terminal)
    #[arg(long = "all-pages", alias = "all", conflicts_with = "page")]
    pub all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    /// 書誌種別
    #[value(alias = "kind")]
    Type,
    /// 書名
    Title,
    /// 著者
    Author,
    /// 出版者
    Publisher,
    /// 出版年月
    #[value(alias = "year", alias = "date")]
    Published,
    /// 分類
    #[value(alias = "ndc", alias = "classification")]
    Class,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Title code (13 digits), as `search` prints it
    #[arg(value_name = "ID")]
    pub id: TitleCode,
}

#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// Where the scrubbed pages go
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The command to run, e.g. `loans`
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true,
        required = true
    )]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SimArgs {
    /// Address to listen on (port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Delay added to every response
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,
    /// Which library to start with
    #[arg(long, value_enum, default_value_t = Seed::Demo)]
    pub seed: Seed,
    /// Keep the library's state in FILE between runs
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Start afresh from the seed (with --demo: reset the demo library and exit)
    #[arg(long)]
    pub reset: bool,
    /// The simulator's today [default: TOSHOKAN_TODAY or the date in Japan]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// Misbehave on purpose, to see what a script does with exit 5, 6 or 8 (repeatable)
    #[arg(long, value_enum, value_name = "FAULT")]
    pub fault: Vec<SimFault>,
    /// Answer an account screen with a page saved from a real site, to see how
    /// toshokan reads it (repeatable; SCREEN: loans, reservations, shelves,
    /// history, alerts; reads only)
    #[arg(long, value_name = "SCREEN=FILE")]
    pub replay: Vec<String>,
}

/// What `toshokan sim --fault` can make the site do. "write": the request
/// that would change something (a confirmation, or a one-post write).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SimFault {
    /// Apply a write, then drop the connection before answering
    DropAfterWrite,
    /// Apply a write, then answer 40 s late (past the default --timeout)
    SlowWrite,
    /// Answer a write with HTTP 500 (nothing applied)
    #[value(name = "write-http-500")]
    WriteHttp500,
    /// Answer a write with the maintenance notice (nothing applied)
    WriteMaintenance,
    /// End the session just before a write arrives (the login form answers)
    WriteSessionExpired,
    /// Stage 1 asks another code than the right one
    WrongCode,
    /// Stage 1 sends the confirmation to another action
    WrongAction,
    /// List pages come with renamed landmarks
    ChangedLayout,
    /// The loan list heads an optional column in unknown words (read without it; a note under -v)
    UnknownColumn,
    /// The confirmation page comes in a shape the client does not know
    ChangedConfirmation,
    /// Every page is the maintenance notice
    Maintenance,
    /// Every request answers HTTP 500
    #[value(name = "http-500")]
    Http500,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Seed {
    Demo,
    Empty,
    Big,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct HistoryArgs {
    #[command(subcommand)]
    pub action: Option<HistoryAction>,
    /// Only rows whose title, author or publisher contain TEXT (NFKC, case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only loans on or after DATE (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Read the whole list again, updating the rows kept here (default: only new rows); none are dropped
    #[arg(long, conflicts_with = "offline")]
    pub refresh: bool,
    /// Use the rows kept here only; send nothing
    #[arg(long)]
    pub offline: bool,
}

#[derive(Debug, Subcommand)]
pub enum HistoryAction {
    /// Start recording loans (needs consent to the terms; only later loans are recorded)
    #[command(after_long_help = examples::HISTORY_ENABLE)]
    Enable(HistoryEnableArgs),
    /// Stop recording loans (the site may delete its history; the rows kept here stay)
    #[command(after_long_help = examples::HISTORY_DISABLE)]
    Disable(WriteOpts),
    /// Delete the reading history kept here for the profile (the site's is not touched)
    #[command(after_long_help = examples::HISTORY_FORGET)]
    Forget(HistoryForgetArgs),
}

#[derive(Debug, Args)]
pub struct HistoryForgetArgs {
    /// Delete without asking (needed when there is no terminal to ask on)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct HistoryEnableArgs {
    /// Agree to the reading-history terms without being asked (they are still printed)
    #[arg(long)]
    pub accept_terms: bool,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BarcodeFormat {
    /// Block characters, dark bars on a light background
    Terminal,
    Svg,
    Png,
    /// A self-contained page to open on a phone
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SymbologyChoice {
    /// NW-7, as library cards print it
    #[value(alias = "nw7", alias = "nw-7")]
    Codabar,
    Code39,
}

#[derive(Debug, Args)]
pub struct BarcodeArgs {
    /// How to draw it
    #[arg(long, value_enum, default_value_t = BarcodeFormat::Terminal)]
    pub format: BarcodeFormat,
    /// Write to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Symbology
    #[arg(long, value_enum, default_value_t = SymbologyChoice::Codabar)]
    pub symbology: SymbologyChoice,
    /// NW-7 start character (A–D), as printed on the card
    #[arg(long, default_value_t = 'A', value_name = "C")]
    pub start: char,
    /// NW-7 stop character (A–D), as printed on the card
    #[arg(long, default_value_t = 'A', value_name = "C")]
    pub stop: char,
    /// Card number [default: the profile's, else TOSHOKAN_CARD]
    #[arg(long, value_name = "N")]
    pub card: Option<String>,
}

#[derive(Debug, Args)]
pub struct SettingsArgs {
    #[command(subcommand)]
    pub action: Option<SettingsAction>,
}

#[derive(Debug, Subcommand)]
pub enum SettingsAction {
    /// What the site has registered (the default)
    #[command(after_long_help = examples::SETTINGS_SHOW)]
    Show,
    /// Register, replace or delete the e-mail address
    #[command(after_long_help = examples::SETTINGS_EMAIL)]
    Email(EmailArgs),
    /// Default pickup library for reservations
    #[command(after_long_help = examples::SETTINGS_PICKUP)]
    Pickup(SettingsPickupArgs),
    /// Default contact method for reservations (existing reservations keep theirs)
    #[command(after_long_help = examples::SETTINGS_CONTACT)]
    Contact(SettingsContactArgs),
    /// Change the password
    #[command(after_long_help = examples::SETTINGS_PASSWORD)]
    Password(SettingsPasswordArgs),
    /// How to change the address (not possible online)
    #[command(after_long_help = examples::SETTINGS_ADDRESS)]
    Address,
    /// How to change the name (not possible online)
    #[command(after_long_help = examples::SETTINGS_NAME)]
    Name,
    /// How to change a phone number (not possible online)
    #[command(after_long_help = examples::SETTINGS_PHONE)]
    Phone,
}

#[derive(Debug, Args)]
pub struct EmailArgs {
    #[command(subcommand)]
    pub action: EmailAction,
}

#[derive(Debug, Subcommand)]
pub enum EmailAction {
    /// Register or replace the address
    #[command(after_long_help = examples::SETTINGS_EMAIL_SET)]
    Set(EmailSetArgs),
    /// Delete the address (mail contact then stops working)
    #[command(after_long_help = examples::SETTINGS_EMAIL_DELETE)]
    Delete(WriteOpts),
}

#[derive(Debug, Args)]
pub struct EmailSetArgs {
    /// The new address
    #[arg(value_name = "ADDR")]
    pub address: String,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct SettingsPickupArgs {
    /// A code or (part of) a branch name, as the site lists them
    #[arg(value_name = "LIB")]
    pub library: String,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct SettingsContactArgs {
    /// Contact method
    #[arg(value_enum, value_name = "METHOD")]
    pub method: ContactMethod,
    /// Which registered phone the library calls (home or mobile), when there are several
    #[arg(long, value_enum, value_name = "WHICH")]
    pub phone: Option<PhoneChoice>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct SettingsPasswordArgs {
    #[command(subcommand)]
    pub action: SettingsPasswordAction,
}

#[derive(Debug, Subcommand)]
pub enum SettingsPasswordAction {
    /// Change the password (current one, then the new one twice)
    #[command(after_long_help = examples::SETTINGS_PASSWORD_CHANGE)]
    Change(PasswordChangeArgs),
}

#[derive(Debug, Args)]
pub struct PasswordChangeArgs {
    /// Read three lines from stdin: the current password, the new one, the new one again
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct PasswordArgs {
    #[command(subcommand)]
    pub action: PasswordAction,
}

#[derive(Debug, Subcommand)]
pub enum PasswordAction {
    /// パスワード登録/再登録: get a web password for a card (no login)
    #[command(after_long_help = examples::PASSWORD_REGISTER)]
    Register(PasswordRegisterArgs),
}

#[derive(Debug, Args)]
pub struct PasswordRegisterArgs {
    /// Card number (利用カード番号) [default: the profile's]
    #[arg(long, value_name = "N")]
    pub card: Option<String>,
    /// Birth date as registered (西暦, YYYY-MM-DD)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub birth: Option<String>,
    /// A phone number registered with the library, to show the card is yours (formerly --phone)
    #[arg(long = "phone-number", alias = "phone", value_name = "N")]
    pub phone: Option<String>,
    /// Agree to the terms without being asked (they are still printed)
    #[arg(long)]
    pub accept_terms: bool,
    /// Read two lines from stdin: the new password and the same again
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// A code or (part of) a branch name [default: the site's first]
    #[arg(long, value_name = "LIB")]
    pub library: Option<String>,
    /// Write the closed days as an iCalendar (RFC 5545) to stdout
    #[arg(long)]
    pub ical: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Only this genre: a code or (part of) a name, see --list-genres; repeatable [default: every genre]
    #[arg(long, value_name = "CODE")]
    pub genre: Vec<String>,
    /// List the genres (codes and names) instead of titles
    #[arg(long, conflicts_with = "genre")]
    pub list_genres: bool,
}

#[derive(Debug, Args)]
pub struct AlertArgs {
    #[command(subcommand)]
    pub action: Option<AlertCommand>,
    #[command(flatten)]
    pub list: ListArgs,
}

/// The options of a list that keeps snapshots (`shelf list`, `alert list`).
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct ListArgs {
    #[arg(long, value_name = "DURATION", help = MAX_AGE_HELP)]
    pub max_age: Option<MaxAge>,
}

impl ListArgs {
    /// `shelf --max-age 1h list` and `shelf list --max-age 1h` alike.
    pub fn or(self, outer: ListArgs) -> ListArgs {
        ListArgs {
            max_age: self.max_age.or(outer.max_age),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum AlertCommand {
    /// The registered conditions (the default)
    #[command(after_long_help = examples::ALERT_LIST)]
    List(ListArgs),
    /// One condition, by name
    #[command(after_long_help = examples::ALERT_SHOW)]
    Show(AlertShowArgs),
    /// Register a condition: a name and at least one of --title/--author/--publisher/--subject/--keyword
    #[command(after_long_help = examples::ALERT_ADD)]
    Add(AlertAddArgs),
    /// Change a condition (an empty value clears a field; --rename changes the name)
    #[command(after_long_help = examples::ALERT_EDIT)]
    Edit(AlertEditArgs),
    /// Delete conditions, by name
    #[command(alias = "rm")]
    #[command(after_long_help = examples::ALERT_DELETE)]
    Delete(AlertDeleteArgs),
    /// Match the conditions against the site's 新着資料 now (for cron); exit 0 with matches or none
    #[command(after_long_help = examples::ALERT_CHECK)]
    Check(AlertCheckArgs),
}

#[derive(Debug, Args)]
pub struct AlertShowArgs {
    /// The condition's name (検索条件の名称), as `alert list` prints it
    #[arg(value_name = "NAME")]
    pub name: String,
}

/// The fields of a condition. Several words in one field: all of them must appear.
#[derive(Debug, Args, Clone, Default)]
pub struct AlertFieldArgs {
    #[command(flatten)]
    pub bib: BibFields,
    /// キーワード: in the title, author, publisher or classification
    #[arg(long, value_name = "K")]
    pub keyword: Option<String>,
    /// 資料種別: general, children, magazine, cd, dvd, the site's own label, or `all`
    #[arg(long = "type", value_name = "KIND")]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct AlertAddArgs {
    /// A name for the condition (検索条件の名称), unique among yours
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub fields: AlertFieldArgs,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true).args(["rename", "title", "author", "publisher", "subject", "keyword", "kind"]))]
pub struct AlertEditArgs {
    /// The condition's name, as `alert list` prints it
    #[arg(value_name = "NAME")]
    pub name: String,
    /// A new name
    #[arg(long, value_name = "NEW")]
    pub rename: Option<String>,
    #[command(flatten)]
    pub fields: AlertFieldArgs,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct AlertDeleteArgs {
    /// Names of conditions, as `alert list` prints them
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct AlertCheckArgs {
    /// Only these conditions [default: all]
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Only matches no earlier --unseen run of this profile reported (for cron)
    #[arg(long)]
    pub unseen: bool,
}
