//! The command-line definition: pure data, no behaviour.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit status: 0 ok, 1 internal error, 2 usage or bad input, 3 authentication,
4 refused by the library, 5 site unavailable, 6 page layout not recognised,
7 partial success, 8 unknown outcome (check by hand).

Try it offline: toshokan --demo loans";

#[derive(Debug, Parser)]
#[command(
    name = "toshokan",
    version,
    about = "Shizuoka City Library マイライブラリ from the command line (any LiCS-XP OPAC)",
    after_help = AFTER_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
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

    /// Run a read command for every profile, tagging results with the profile
    #[arg(long, global = true)]
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

    /// Minimum gap between request starts [default: 500 remote, 0 loopback]
    #[arg(
        long,
        global = true,
        env = "TOSHOKAN_PACE_MS",
        hide_env_values = true,
        value_name = "MS"
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
    Login(LoginArgs),
    /// End the session and drop the cached one
    Logout(LogoutArgs),
    /// Card, expiry and counts: loans, overdue, reservations, ready, cart, shelves
    Status,
    /// List loans (貸出状況)
    Loans(LoansArgs),
    /// Renew loans (貸出延長): by id, all eligible, or those due soon (cron)
    Renew(RenewArgs),
    /// The site's 予約カート: list, add, remove, checkout (adding is not reserving)
    Cart(CartArgs),
    /// Reserve titles (いますぐ予約) by title code, as `search` prints them
    Reserve(ReserveArgs),
    /// List reservations (予約状況)
    #[command(alias = "rsv")]
    Reservations(ReservationsArgs),
    /// Search the catalogue (詳細検索); no login needed
    Search(SearchArgs),
    /// One title: bibliographic fields, holdings (所蔵館, 請求記号, 状態), reservations
    Show(ShowArgs),
    /// Branch codes and names as the site lists them
    #[command(alias = "branches")]
    Libraries,
    /// Run a command and keep the pages it received, scrubbed, in DIR (for reporting site differences)
    Capture(CaptureArgs),
    /// Serve the offline LiCS-XP simulator
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
    /// Keep the password (file with mode 0600) so sessions renew unattended
    #[arg(long)]
    pub save_password: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Also delete a saved password
    #[arg(long)]
    pub forget: bool,
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
}

#[derive(Debug, Args)]
pub struct RenewArgs {
    /// Loan ids (title codes) as `loans` prints them
    #[arg(value_name = "ID", conflicts_with_all = ["all", "due_within"])]
    pub ids: Vec<String>,
    /// Every loan; those the library will not renew are reported with the reason
    #[arg(long)]
    pub all: bool,
    /// Only loans due within DAYS days (what a cron job runs)
    #[arg(long, value_name = "DAYS", conflicts_with = "all")]
    pub due_within: Option<u32>,
    /// Read and report what would be renewed; send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (implied by --no-input)
    #[arg(short, long)]
    pub yes: bool,
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
    List(ReservationsListArgs),
    /// Change the pickup library and/or contact method (only while waiting)
    Change(RsvChangeArgs),
    /// Cancel reservations (only while waiting; 他館確保/利用可能/連絡済み need a call or visit)
    Cancel(RsvCancelArgs),
    /// Hide cancelled reservations the site still lists
    Hide(RsvHideArgs),
}

#[derive(Debug, Args)]
pub struct ReserveArgs {
    /// Title codes (13 digits)
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    /// Pickup library: a code or (part of) a branch name [default: the profile's, else the site's]
    #[arg(long, value_name = "LIB")]
    pub pickup: Option<String>,
    /// Contact method [default: the profile's, else the site's]
    #[arg(long, value_enum, value_name = "METHOD")]
    pub contact: Option<ContactMethod>,
    /// Which registered phone, when there are several
    #[arg(long, value_enum)]
    pub phone: Option<PhoneChoice>,
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
    List,
    /// Put titles in the cart (this does not reserve them)
    Add(CartIdsArgs),
    /// Take titles out of the cart
    Remove(CartIdsArgs),
    /// Reserve everything in the cart with one pickup/contact choice
    Checkout(CheckoutArgs),
}

#[derive(Debug, Args)]
pub struct CartIdsArgs {
    /// Title codes (13 digits)
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct CheckoutArgs {
    /// Pickup library: a code or (part of) a branch name [default: the profile's, else the site's]
    #[arg(long, value_name = "LIB")]
    pub pickup: Option<String>,
    /// Contact method [default: the profile's, else the site's]
    #[arg(long, value_enum, value_name = "METHOD")]
    pub contact: Option<ContactMethod>,
    /// Which registered phone, when there are several
    #[arg(long, value_enum)]
    pub phone: Option<PhoneChoice>,
    #[command(flatten)]
    pub write: WriteOpts,
}

/// What every write command takes.
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct WriteOpts {
    /// Read and report what would be sent; send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (implied by --no-input)
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
    /// Which registered phone, when there are several
    #[arg(long, value_enum)]
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
    /// Include cancelled reservations the site still lists
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Free words, matched against every field (全項目)
    #[arg(value_name = "WORDS")]
    pub words: Vec<String>,
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
    /// Every page (a progress bar on stderr when it is a terminal)
    #[arg(long, conflicts_with = "page")]
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
    pub id: String,
}

#[derive(Debug, Args)]
pub struct CaptureArgs {
    /// Where the scrubbed pages go
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The command to run, e.g. `loans`
    #[arg(value_name = "COMMAND", trailing_var_arg = true, allow_hyphen_values = true, required = true)]
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Seed {
    Demo,
    Empty,
    Big,
}
