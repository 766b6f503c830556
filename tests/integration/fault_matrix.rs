//! The fault matrix: every write against every fault the site can throw at
//! it. Invariants: the simulator's library ends either untouched or changed
//! exactly as one clean run changes it (never twice, never anything else),
//! the outcome says what the client can know, the exit code says what to do,
//! and there is a message.
//!
//! The results are written to `docs/fault-matrix.md`; the test fails when
//! that file differs from what it observed (`UPDATE_GENERATED=1` rewrites
//! it), so the table can't drift from the behaviour.

use crate::common;

use std::collections::BTreeMap;
use std::sync::Mutex;

use common::{Env, PASSWORD};
use toshokan::sim::state::RsvStatus;
use toshokan::sim::{ConfirmFault, Faults, Library};

/// How the site takes a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Stage 1 asks a question (a code), stage 2 confirms.
    TwoStage,
    /// As `TwoStage`, but stage 2 only stages the change: the completion
    /// page's display post applies it (a shelf update).
    TwoStageThenDisplay,
    /// A confirmation page with choices, then one confirming post.
    ConfirmPage,
    /// One post changes it; nothing is asked first.
    OnePost,
}

struct Write {
    name: &'static str,
    shape: Shape,
    args: fn(&Library) -> Vec<String>,
    stdin: Option<&'static str>,
}

fn words(s: &str) -> Vec<String> {
    s.split(' ').map(str::to_string).collect()
}

fn renewable(lib: &Library) -> Vec<String> {
    let account = &lib.accounts[0];
    let loan = account
        .loans
        .iter()
        .find(|l| account.can_renew(l, lib.today))
        .expect("the demo has a renewable loan");
    vec!["renew".into(), loan.bib.tilcod.clone()]
}

fn waiting(lib: &Library, nth: usize) -> String {
    lib.accounts[0]
        .reservations
        .iter()
        .filter(|r| r.status == RsvStatus::Waiting)
        .nth(nth)
        .expect("the demo has waiting reservations")
        .yoycod
        .clone()
}

fn unreserved_title(lib: &Library) -> Vec<String> {
    let taken: Vec<&str> = lib.accounts[0]
        .reservations
        .iter()
        .map(|r| r.bib.tilcod.as_str())
        .collect();
    let id = lib
        .catalog
        .iter()
        .map(|t| t.bib.tilcod.clone())
        .filter(|t| !taken.contains(&t.as_str()))
        .nth(50)
        .expect("the catalogue is big enough");
    vec!["reserve".into(), id]
}

fn writes() -> Vec<Write> {
    use Shape::*;
    let w = |name, shape, args| Write {
        name,
        shape,
        args,
        stdin: None,
    };
    vec![
        w("renew", TwoStage, renewable),
        w("reservations cancel", TwoStage, |lib| {
            [words("reservations cancel"), vec![waiting(lib, 0)]].concat()
        }),
        w("reservations change", TwoStage, |lib| {
            let id = waiting(lib, 1);
            [
                words("reservations change"),
                vec![id],
                words("--pickup 北部"),
            ]
            .concat()
        }),
        w("reservations hide", TwoStage, |lib| {
            let r = lib.accounts[0]
                .reservations
                .iter()
                .find(|r| r.status == RsvStatus::Cancelled)
                .expect("the demo has a cancelled reservation");
            vec!["reservations".into(), "hide".into(), r.yoycod.clone()]
        }),
        w("reserve", ConfirmPage, unreserved_title),
        w("cart add", OnePost, |_| words("cart add 1001000101619")),
        w("cart remove", OnePost, |lib| {
            [words("cart remove"), vec![lib.accounts[0].cart[0].clone()]].concat()
        }),
        w("cart checkout", ConfirmPage, |_| words("cart checkout")),
        w("shelf create", TwoStage, |_| words("shelf create 新しい棚")),
        w("shelf rename", TwoStageThenDisplay, |_| {
            words("shelf rename 2 絵本")
        }),
        w("shelf memo", TwoStageThenDisplay, |_| {
            words("shelf memo 1 次に読む")
        }),
        w("shelf memo --item", TwoStageThenDisplay, |_| {
            words("shelf memo 1 --item 1001000101720 返却後に")
        }),
        w("shelf add", OnePost, |_| words("shelf add 2 1001000101619")),
        w("shelf remove", TwoStage, |_| {
            words("shelf remove 1 1001000101619")
        }),
        w("shelf move", TwoStageThenDisplay, |_| {
            words("shelf move 1 1001000101619 --to 3")
        }),
        w("shelf delete", TwoStage, |_| words("shelf delete 3")),
        w("alert add", TwoStage, |_| {
            words("alert add 猫の本 --title 猫")
        }),
        w("alert edit", TwoStage, |_| {
            words("alert edit 宮部みゆき --title 火車")
        }),
        w("alert delete", TwoStage, |_| {
            words("alert delete 宮部みゆき")
        }),
        w("settings email set", TwoStage, |_| {
            words("settings email set new@example.jp")
        }),
        w("settings pickup", TwoStage, |_| {
            words("settings pickup 北部")
        }),
        w("settings contact", TwoStage, |_| {
            words("settings contact phone --phone home")
        }),
        Write {
            name: "settings password change",
            shape: TwoStage,
            args: |_| words("settings password change --password-stdin"),
            stdin: Some("demo1234\nnewpass12\nnewpass12\n"),
        },
        w("history disable", TwoStage, |_| words("history disable")),
    ]
}

/// What the library holds after a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Held {
    Unchanged,
    ChangedOnce,
    /// Something else: a second change or an unintended one.
    Other,
}

impl Shape {
    fn asks_a_code(self) -> bool {
        matches!(self, Shape::TwoStage | Shape::TwoStageThenDisplay)
    }
}

/// What a cell must show.
#[derive(Debug, Clone, Copy)]
struct Expect {
    /// Any of these outcomes ("layout": an error before any result).
    outcomes: &'static [&'static str],
    exit: i32,
    held: Held,
}

const fn expect(outcomes: &'static [&'static str], exit: i32, held: Held) -> Expect {
    Expect {
        outcomes,
        exit,
        held,
    }
}

struct Fault {
    name: &'static str,
    faults: Faults,
    applies: fn(Shape) -> bool,
    expect: fn(Shape) -> Expect,
}

fn faults() -> Vec<Fault> {
    let on = |f| Faults {
        on_confirm: Some(f),
        ..Faults::default()
    };
    let every = |_| true;
    vec![
        Fault {
            name: "session expired before the confirming request",
            faults: on(ConfirmFault::SessionExpired),
            applies: every,
            expect: |_| expect(&["failed"], 5, Held::Unchanged),
        },
        Fault {
            name: "connection dropped after the site applied it",
            faults: Faults {
                drop_after_write: true,
                ..Faults::default()
            },
            applies: every,
            expect: |_| expect(&["unknown"], 8, Held::ChangedOnce),
        },
        Fault {
            name: "HTTP 500 on the confirming request",
            faults: on(ConfirmFault::Http500),
            applies: every,
            expect: |_| expect(&["unknown"], 8, Held::Unchanged),
        },
        Fault {
            name: "maintenance page on the confirming request",
            faults: on(ConfirmFault::Maintenance),
            applies: every,
            expect: |_| expect(&["unknown"], 8, Held::Unchanged),
        },
        Fault {
            name: "answer later than --timeout (applied)",
            faults: on(ConfirmFault::SlowAnswer(2500)),
            applies: every,
            // A staged shelf update is applied only by the display post,
            // which the client never sends after a lost answer.
            expect: |shape| match shape {
                Shape::TwoStageThenDisplay => expect(&["unknown"], 8, Held::Unchanged),
                _ => expect(&["unknown"], 8, Held::ChangedOnce),
            },
        },
        Fault {
            name: "stage 1 asks a different code",
            faults: Faults {
                wrong_confirmation_code: true,
                ..Faults::default()
            },
            applies: Shape::asks_a_code,
            expect: |_| expect(&["failed"], 6, Held::Unchanged),
        },
        Fault {
            name: "stage 1 confirms to a different action",
            faults: Faults {
                wrong_confirmation_action: true,
                ..Faults::default()
            },
            applies: Shape::asks_a_code,
            expect: |_| expect(&["failed"], 6, Held::Unchanged),
        },
        Fault {
            name: "the confirmation page changed layout",
            faults: Faults {
                changed_confirmation: true,
                ..Faults::default()
            },
            applies: |s| s != Shape::OnePost,
            // A checkout reads its one confirmation page before any result.
            expect: |_| expect(&["failed", "layout"], 6, Held::Unchanged),
        },
        Fault {
            name: "the pages read first changed layout",
            faults: Faults {
                changed_layout: true,
                ..Faults::default()
            },
            applies: every,
            expect: |_| expect(&["layout"], 6, Held::Unchanged),
        },
    ]
}

/// One run's observations.
#[derive(Debug, Clone)]
struct Seen {
    outcome: String,
    exit: i32,
    held: Held,
    message: String,
}

fn run(write: &Write, faults: Option<Faults>, once: Option<&Library>) -> (Seen, Library) {
    let env = Env::new();
    env.login();
    let before = env.sim.library();
    if let Some(f) = faults {
        env.sim.set_faults(f);
    }
    let mut cmd = env.cmd();
    cmd.env("TOSHOKAN_PASSWORD", PASSWORD)
        .args(["--no-input", "--json", "--timeout", "1"])
        .args((write.args)(&before))
        // Cancels and deletions need it unattended; the rest accept it.
        .arg("--yes");
    if let Some(input) = write.stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().expect("the binary runs");
    let exit = out.status.code().unwrap_or(-1);
    // Results on stdout; an error before any result is one JSON object on stderr.
    let (outcome, message) = match serde_json::from_slice::<serde_json::Value>(&out.stdout) {
        Ok(results) => (
            results[0]["outcome"].as_str().unwrap_or("?").to_string(),
            results[0]["message"].as_str().unwrap_or("").to_string(),
        ),
        Err(_) => {
            let err: serde_json::Value =
                serde_json::from_slice(&out.stderr).unwrap_or(serde_json::Value::Null);
            (
                err["error"]["kind"].as_str().unwrap_or("?").to_string(),
                err["error"]["message"].as_str().unwrap_or("").to_string(),
            )
        }
    };
    // The simulator applies a write before it delays or drops the answer,
    // so its state is final once the command has exited.
    let after = env.sim.library();
    let held = if after == before {
        Held::Unchanged
    } else if once.is_some_and(|o| after == *o) {
        Held::ChangedOnce
    } else {
        Held::Other
    };
    let seen = Seen {
        outcome,
        exit,
        held,
        message,
    };
    (seen, after)
}

fn held_text(h: Held) -> &'static str {
    match h {
        Held::Unchanged => "unchanged",
        Held::ChangedOnce => "changed once",
        Held::Other => "CHANGED OTHERWISE",
    }
}

fn table(writes: &[Write], faults: &[Fault], cells: &BTreeMap<(usize, usize), Seen>) -> String {
    let mut out = String::from(
        "# Fault matrix\n\n\
         Generated by `tests/integration/fault_matrix.rs` from what the simulator and the built binary did\n\
         (`UPDATE_GENERATED=1 cargo test --test integration fault_matrix` rewrites it; the test fails when it is stale).\n\
         Each cell: outcome · exit code · what the library holds afterwards. \"layout\" is an error\n\
         before any result (exit 6, the page saved under `CONFIG/reports/`). A dash: the fault cannot\n\
         happen to that write (nothing is asked first, so there is no question to change).\n\n\
         Faults, in column order:\n\n",
    );
    for (n, f) in faults.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", n + 1, f.name));
    }
    out.push_str("\n| write |");
    for n in 1..=faults.len() {
        out.push_str(&format!(" {n} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(faults.len()));
    out.push('\n');
    for (w, write) in writes.iter().enumerate() {
        out.push_str(&format!("| `{}` |", write.name));
        for f in 0..faults.len() {
            match cells.get(&(w, f)) {
                Some(s) => out.push_str(&format!(
                    " {} · {} · {} |",
                    s.outcome,
                    s.exit,
                    held_text(s.held)
                )),
                None => out.push_str(" – |"),
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_write_against_every_fault() {
    let writes = writes();
    let faults = faults();
    let jobs: Vec<(usize, usize)> = (0..writes.len())
        .flat_map(|w| (0..faults.len()).map(move |f| (w, f)))
        .filter(|&(w, f)| (faults[f].applies)(writes[w].shape))
        .collect();
    // The clean run of each write is the reference for "changed once".
    let once: Vec<Library> = std::thread::scope(|s| {
        let handles: Vec<_> = writes
            .iter()
            .map(|w| s.spawn(move || run(w, None, None)))
            .collect();
        handles
            .into_iter()
            .zip(&writes)
            .map(|(h, w)| {
                let (seen, after) = h.join().expect("clean run");
                assert!(
                    seen.outcome == "done" && seen.exit == 0 && seen.held != Held::Unchanged,
                    "{}: the clean run must change the library: {seen:?}",
                    w.name
                );
                after
            })
            .collect()
    });
    let cells = Mutex::new(BTreeMap::new());
    let queue = Mutex::new(jobs.into_iter());
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                loop {
                    let next = queue.lock().expect("queue").next();
                    let Some((w, f)) = next else { break };
                    let (seen, _) = run(&writes[w], Some(faults[f].faults.clone()), Some(&once[w]));
                    cells.lock().expect("cells").insert((w, f), seen);
                }
            });
        }
    });
    let cells = cells.into_inner().expect("cells");
    let mut failures = Vec::new();
    for ((w, f), seen) in &cells {
        let want = (faults[*f].expect)(writes[*w].shape);
        let write = writes[*w].name;
        let fault = faults[*f].name;
        if seen.held == Held::Other {
            failures.push(format!("{write} / {fault}: a second or unintended change"));
        }
        let outcome_ok = want.outcomes.contains(&seen.outcome.as_str());
        if !outcome_ok || seen.exit != want.exit || seen.held != want.held {
            failures.push(format!(
                "{write} / {fault}: got {} · {} · {}, want {} · {} · {}; message: {}",
                seen.outcome,
                seen.exit,
                held_text(seen.held),
                want.outcomes.join("|"),
                want.exit,
                held_text(want.held),
                seen.message
            ));
        }
        if seen.message.trim().is_empty() {
            failures.push(format!("{write} / {fault}: no message"));
        }
    }
    let text = table(&writes, &faults, &cells);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/fault-matrix.md");
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs dir")).expect("docs dir");
        std::fs::write(&path, &text).expect("write the table");
    } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        failures.push(format!(
            "{} is stale: run UPDATE_GENERATED=1 cargo test --test integration fault_matrix",
            path.display()
        ));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
