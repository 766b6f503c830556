//! The EXAMPLES of every command's `--help` (long form) and man page.
//!
//! Each is a `# what it does` line, then the command line, indented two
//! spaces. Every example works as written against the demo library
//! (`TOSHOKAN_DEMO=1`); a test runs each one, expecting exit 0 or the
//! `exit N` its description states. The ids are the demo library's.

/// One example: what it does, and the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example<'a> {
    pub what: &'a str,
    pub line: &'a str,
}

/// The examples of an `Examples:` text, in order; what follows the first
/// blank line (the root's exit-status summary) is not part of them.
pub fn parse(text: &str) -> Vec<Example<'_>> {
    let mut out = Vec::new();
    let mut what = "";
    for line in text
        .lines()
        .skip_while(|l| *l != "Examples:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
    {
        let line = line.trim();
        match line.strip_prefix("# ") {
            Some(description) => what = description,
            None => out.push(Example { what, line }),
        }
    }
    out
}

/// The exit status an example states (`exit 2` in its description), else 0.
pub fn expected_exit(example: &Example<'_>) -> i32 {
    example
        .what
        .split("exit ")
        .skip(1)
        .find_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .unwrap_or(0)
}

pub const ROOT: &str = "\
Examples:
  # Try everything offline, against the built-in demo library
  toshokan --demo loans
  # Loans due within 3 days, for a shell prompt or a cron job
  toshokan loans --due-within 3
  # Every profile of a household: cards, sites, sessions
  toshokan profiles

Exit status: 0 ok, 1 internal error, 2 usage or bad input, 3 authentication,
4 refused by the library, 5 site unavailable, 6 page layout not recognised,
7 partial success, 8 unknown outcome (check by hand).

Try it offline: toshokan --demo loans";

pub const LOGIN: &str = "\
Examples:
  # Log in (asks for the password) and cache the session
  toshokan login --card 1234567890
  # The password from stdin, saved in a 0600 file for cron
  echo demo1234 | toshokan login --card 1234567890 --password-stdin --save-password --password-store file";

pub const LOGOUT: &str = "\
Examples:
  # End the session
  toshokan logout
  # Also delete the saved password
  toshokan logout --forget";

pub const STATUS: &str = "\
Examples:
  # Card expiry, counts and warnings
  toshokan status
  # The same for every profile, as JSON
  toshokan status --all-profiles --json";

pub const PROFILES: &str = "\
Examples:
  # Every profile: card (masked), site, session, password store
  toshokan profiles
  # As JSON, for scripts
  toshokan profiles --json";

pub const DOCTOR: &str = "\
Examples:
  # Check the setup and read every screen once (sends no write)
  toshokan doctor
  # Keep the scrubbed pages to attach to a report
  toshokan doctor --bundle toshokan-report";

pub const LOANS: &str = "\
Examples:
  # Everything borrowed, with due dates and whether it can be renewed
  toshokan loans
  # Due within 3 days (overdue ones included)
  toshokan loans --due-within 3
  # The due dates for a calendar
  toshokan loans --ical > loans.ics";

pub const RENEW: &str = "\
Examples:
  # One loan, by the id `loans` prints
  toshokan renew 1000002000101
  # What a daily cron job runs (exit 7 in the demo: one is reserved)
  toshokan renew --due-within 3
  # Every loan: report, send nothing (exit 4 in the demo: some are blocked)
  toshokan renew --all --min-gain 7 --dry-run";

pub const CART: &str = "\
Examples:
  # What is in the cart
  toshokan cart
  # Reserve everything in it, picked up at 中央図書館
  toshokan cart checkout --pickup 中央 --contact email";

pub const CART_LIST: &str = "\
Examples:
  # The cart's titles
  toshokan cart list
  # As JSON
  toshokan cart list --json";

pub const CART_ADD: &str = "\
Examples:
  # Put a title in the cart (this does not reserve it)
  toshokan cart add 1001000100003";

pub const CART_REMOVE: &str = "\
Examples:
  # Take a title out of the cart (--yes: nobody is asked in a script)
  toshokan cart remove 1001000103033 --yes";

pub const CART_CHECKOUT: &str = "\
Examples:
  # Reserve the whole cart with one pickup library and contact method
  toshokan cart checkout --pickup 中央 --contact email
  # Only show what would be sent
  toshokan cart checkout --pickup 御幸町 --contact phone --phone home --dry-run";

pub const RESERVE: &str = "\
Examples:
  # Reserve a title by the code `search` prints
  toshokan reserve 1001000100003 --pickup 中央 --contact email
  # The profile's (or the site's) pickup and contact, checked but not sent
  toshokan reserve 1001000100003 --dry-run";

pub const RESERVATIONS: &str = "\
Examples:
  # Reservations in every state but cancelled
  toshokan reservations
  # Waiting at the counter (利用可能 and 連絡済み)
  toshokan reservations --ready
  # Cancelled ones too, as JSON
  toshokan reservations --include-cancelled --json";

pub const RESERVATIONS_LIST: &str = "\
Examples:
  # The list (what `toshokan reservations` prints)
  toshokan reservations list
  # The pickup deadlines of what is ready, for a calendar
  toshokan reservations list --ical > pickups.ics";

pub const RESERVATIONS_CHANGE: &str = "\
Examples:
  # Pick it up at another branch
  toshokan reservations change 1013400013 --pickup 駿河
  # Be told by e-mail instead
  toshokan reservations change 1013400026 --contact email";

pub const RESERVATIONS_CANCEL: &str = "\
Examples:
  # See what would be cancelled
  toshokan reservations cancel 1013400013 --dry-run
  # Cancel without being asked (a script must say --yes)
  toshokan reservations cancel 1013400013 1013400039 --yes";

pub const RESERVATIONS_HIDE: &str = "\
Examples:
  # Hide every cancelled reservation the site still lists
  toshokan reservations hide --cancelled --yes
  # One of them
  toshokan reservations hide 1013400117 --yes";

pub const SEARCH: &str = "\
Examples:
  # Free words, matched against every field
  toshokan search 夏目漱石
  # Children's books with 富士山 in the title, only those on the shelf now
  toshokan search --title 富士山 --type children --available
  # Every page of hits, as JSON
  toshokan search 静岡 --all-pages --json > shizuoka.json";

pub const SHOW: &str = "\
Examples:
  # A title's fields, copies and reservations
  toshokan show 1001000100003
  # As JSON
  toshokan show 1000002000101 --json";

pub const SHELF: &str = "\
Examples:
  # Every shelf (* = the one the site shows first)
  toshokan shelf
  # The titles on one, by number or name
  toshokan shelf show 読みたい本";

pub const ALERT: &str = "\
Examples:
  # The conditions registered on the site
  toshokan alert
  # Which new arrivals match them now, each reported once (cron)
  toshokan alert check --unseen";

pub const ALERT_LIST: &str = "\
Examples:
  # The registered conditions
  toshokan alert list
  # As JSON
  toshokan alert list --json";

pub const ALERT_SHOW: &str = "\
Examples:
  # One condition, by (the start of) its name
  toshokan alert show 宮部";

pub const ALERT_ADD: &str = "\
Examples:
  # Children's books with 富士山 in the title
  toshokan alert add 富士山の本 --title 富士山 --type children
  # Anything by an author
  toshokan alert add 東野圭吾 --author 東野圭吾";

pub const ALERT_EDIT: &str = "\
Examples:
  # Change one field and the name; the rest stay
  toshokan alert edit 宮部みゆき --publisher 新潮社 --rename 宮部みゆき（新潮社）
  # Clear a field
  toshokan alert edit こどもの恐竜の本 --type \"\"";

pub const ALERT_DELETE: &str = "\
Examples:
  # Delete a condition (a script must say --yes)
  toshokan alert delete 静岡の新刊 --yes";

pub const ALERT_CHECK: &str = "\
Examples:
  # Matches of every condition among the new arrivals now
  toshokan alert check
  # Only matches no earlier --unseen run reported: a daily cron job
  toshokan --no-input -q alert check --unseen
  # One condition
  toshokan alert check 宮部みゆき";

pub const NEW: &str = "\
Examples:
  # The genres: code and name
  toshokan new --list-genres
  # One genre, by code or (part of) its name
  toshokan new --genre 01
  # Every genre whose name has 小説 in it
  toshokan new --genre 小説 --json";

pub const LIBRARIES: &str = "\
Examples:
  # Branch codes and names, for --pickup and --library
  toshokan libraries
  # As JSON
  toshokan libraries --json";

pub const CAPTURE: &str = "\
Examples:
  # Keep the pages `loans` reads, scrubbed, in a new directory
  toshokan capture pages loans
  # The pages of a search
  toshokan capture pages-search search 静岡";

pub const HISTORY: &str = "\
Examples:
  # What is new on the site, then every row kept here
  toshokan history
  # Rows with 銀河 in the title, author or publisher
  toshokan history --search 銀河
  # Since a date, as JSON
  toshokan history --since 2026-11-01 --json";

pub const HISTORY_ENABLE: &str = "\
Examples:
  # Start recording (prints the terms; a script must accept them)
  toshokan history enable --accept-terms";

pub const HISTORY_DISABLE: &str = "\
Examples:
  # Stop recording: the site deletes its history (a script must say --yes)
  toshokan history disable --yes
  # Only show what would be sent
  toshokan history disable --dry-run";

pub const HISTORY_FORGET: &str = "\
Examples:
  # Delete the rows kept here (a script must say --yes)
  toshokan history forget --yes";

pub const BARCODE: &str = "\
Examples:
  # The card's barcode on the terminal
  toshokan barcode
  # A page for your phone
  toshokan barcode --format html --output card.html
  # A PNG with the start/stop characters printed on the card
  toshokan barcode --format png --start B --stop B --output card.png";

pub const SETTINGS: &str = "\
Examples:
  # What the site has registered
  toshokan settings
  # Default pickup library for new reservations
  toshokan settings pickup 駿河";

pub const SETTINGS_SHOW: &str = "\
Examples:
  # Expiry, e-mail, phones, defaults, reading history
  toshokan settings show
  # As JSON
  toshokan settings show --json";

pub const SETTINGS_EMAIL: &str = "\
Examples:
  # Register or replace the address
  toshokan settings email set hanako@example.jp";

pub const SETTINGS_EMAIL_SET: &str = "\
Examples:
  # Register or replace the address
  toshokan settings email set hanako@example.jp
  # Only show what would be sent
  toshokan settings email set taro@example.jp --dry-run";

pub const SETTINGS_EMAIL_DELETE: &str = "\
Examples:
  # Delete it (exit 4 while mail is the contact method, as in the demo)
  toshokan settings email delete --yes";

pub const SETTINGS_PICKUP: &str = "\
Examples:
  # By (part of) a branch name
  toshokan settings pickup 駿河
  # By a code `toshokan libraries` prints
  toshokan settings pickup 001";

pub const SETTINGS_CONTACT: &str = "\
Examples:
  # Be called on the mobile phone
  toshokan settings contact phone --phone mobile
  # By e-mail
  toshokan settings contact email";

pub const SETTINGS_PASSWORD: &str = "\
Examples:
  # Current password, then the new one twice (the demo refuses: exit 2)
  printf '%s\\n' demo1234 newpass12 newpass12 | toshokan settings password change --password-stdin";

pub const SETTINGS_PASSWORD_CHANGE: &str = SETTINGS_PASSWORD;

pub const SETTINGS_ADDRESS: &str = "\
Examples:
  # How to change it: at a counter or by the city's application (exit 2)
  toshokan settings address";

pub const SETTINGS_NAME: &str = "\
Examples:
  # How to change it: at a counter or by the city's application (exit 2)
  toshokan settings name";

pub const SETTINGS_PHONE: &str = "\
Examples:
  # How to change it: at a counter or by the city's application (exit 2)
  toshokan settings phone";

pub const PASSWORD: &str = "\
Examples:
  # Check card, birth date and phone, show the terms; send nothing
  printf '%s\\n' regpass34 regpass34 | toshokan password register --card 1234567890 --birth 1985-04-12 --phone-number 054-000-0000 --accept-terms --password-stdin --dry-run
  # Get a web password, typed twice (the demo refuses: exit 2)
  printf '%s\\n' regpass34 regpass34 | toshokan password register --card 1234567890 --birth 1985-04-12 --phone-number 054-000-0000 --accept-terms --password-stdin";

pub const PASSWORD_REGISTER: &str = PASSWORD;

pub const CALENDAR: &str = "\
Examples:
  # Closed days of a branch
  toshokan calendar --library 中央
  # As an iCalendar
  toshokan calendar --library 駿河 --ical > closed.ics";

pub const SIM: &str = "\
Examples:
  # Start the demo library afresh
  toshokan --demo sim --reset";

pub const SHELF_LIST: &str = "\
Examples:
  # Every shelf: number, name, memo, titles
  toshokan shelf list
  # As JSON
  toshokan shelf list --json";

pub const SHELF_SHOW: &str = "\
Examples:
  # The titles on a shelf, by number
  toshokan shelf show 2
  # By (the start of) its name
  toshokan shelf show 読みたい";

pub const SHELF_CREATE: &str = "\
Examples:
  # A new shelf with a memo
  toshokan shelf create 旅行の本 --memo 夏休みに読む";

pub const SHELF_RENAME: &str = "\
Examples:
  # Shelf 2 becomes 絵本
  toshokan shelf rename 2 絵本";

pub const SHELF_MEMO: &str = "\
Examples:
  # The shelf's memo
  toshokan shelf memo 1 冬に読む
  # A title's memo
  toshokan shelf memo 1 借りる --item 1001000101619";

pub const SHELF_ADD: &str = "\
Examples:
  # Add titles to a shelf
  toshokan shelf add 読みたい本 1001000100003 --memo 借りる
  # Create a shelf, then add
  toshokan shelf add --new 図鑑 1001000100003";

pub const SHELF_REMOVE: &str = "\
Examples:
  # Take a title off a shelf (a script must say --yes)
  toshokan shelf remove 読みたい本 1001000101619 --yes";

pub const SHELF_MOVE: &str = "\
Examples:
  # Make a title the shelf's first
  toshokan shelf move 読みたい本 1001000101922 --to 1";

pub const SHELF_DELETE: &str = "\
Examples:
  # See what would go
  toshokan shelf delete 静岡の本 --dry-run
  # Delete a shelf with its titles (a script must say --yes)
  toshokan shelf delete 静岡の本 --yes";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_pair_each_command_with_what_it_does() {
        let examples = parse(ROOT);
        assert_eq!(examples.len(), 3);
        assert_eq!(
            examples[0],
            Example {
                what: "Try everything offline, against the built-in demo library",
                line: "toshokan --demo loans"
            }
        );
        assert_eq!(expected_exit(&examples[0]), 0);
        assert_eq!(expected_exit(&parse(SETTINGS_ADDRESS)[0]), 2);
    }

    #[test]
    fn the_long_help_keeps_the_exit_status_summary() {
        assert!(ROOT.ends_with(crate::cli::AFTER_HELP), "{ROOT}");
    }
}
