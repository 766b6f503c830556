//! Site text cannot drive the terminal: a title or a branch name carrying
//! an OSC (`ESC ] 0 ; … BEL`, which sets the window title) and a CSI
//! (`ESC [ 31 m`, which colours what follows) reaches neither a table nor
//! an error, with or without colour; JSON keeps the text, escaped.

use crate::common;

use common::{Env, RunCommand};
use toshokan::sim::state::RsvStatus;

const OSC: &str = "\u{1b}]0;pwn\u{7}";
const CSI: &str = "\u{1b}[31m";

/// `text` without toshokan's own colours (`--color always`): a coloured
/// span is an SGR colour, text without escapes, and a reset. A CSI left
/// over from site text is not followed by a reset and stays.
fn without_own_colours(text: &str) -> String {
    let own = regex::Regex::new("\u{1b}\\[3[123]m([^\u{1b}]*)\u{1b}\\[0m").expect("regex");
    own.replace_all(text, "$1").into_owned()
}

fn no_control(what: &str, text: &str) {
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{9b}'),
        "{what}: {text:?}"
    );
}

#[test]
fn titles_and_branch_names_reach_the_terminal_without_control_characters() {
    let env = Env::new();
    env.login();
    let title = format!("悪い{OSC}本{CSI}赤");
    let waiting = env.sim.with(|s| {
        let account = &mut s.library.accounts[0];
        account.loans[0].bib.title = title.clone();
        for branch in s.library.branches.iter_mut().filter(|b| b.pickup).take(2) {
            branch.name = format!("{OSC}{}{CSI}", branch.name);
        }
        s.library.accounts[0]
            .reservations
            .iter()
            .find(|r| r.status == RsvStatus::Waiting)
            .map(|r| r.yoycod.clone())
            .unwrap()
    });
    for color in [None, Some("never"), Some("always")] {
        let mut cmd = env.cmd();
        cmd.arg("--no-input");
        if let Some(color) = color {
            cmd.args(["--color", color]);
        }
        let out = cmd.arg("loans").run();
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        no_control(
            &format!("loans --color {color:?}"),
            &without_own_colours(&out.stdout),
        );
        assert!(out.stdout.contains("悪い本赤"), "{}", out.stdout);

        // An error whose hint lists the site's branch names.
        let mut cmd = env.cmd();
        cmd.arg("--no-input");
        if let Some(color) = color {
            cmd.args(["--color", color]);
        }
        let out = cmd
            .args(["reservations", "change", &waiting, "--pickup", "図書館"])
            .run();
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        no_control(&format!("error --color {color:?}"), &out.stderr);
        assert!(out.stderr.contains("ambiguous"), "{}", out.stderr);
    }
    // JSON keeps the site's text as it is, escaped.
    let out = env.run(["--json", "loans"]);
    no_control("json", &out.stdout);
    let loans = out.json();
    let hostile = loans
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["title"] == title.as_str())
        .unwrap_or_else(|| panic!("{loans}"));
    // A write's result names the title; nothing is sent in a dry run.
    let id = hostile["id"].as_str().unwrap();
    let out = env.run(["renew", id, "--dry-run"]);
    assert!(out.stdout.contains("悪い本赤"), "{out:?}");
    no_control("renew", &format!("{}{}", out.stdout, out.stderr));
}
