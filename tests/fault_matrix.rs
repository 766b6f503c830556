//! The fault matrix: every write against every fault on the request that
//! would change something. Invariants: never a second change, the outcome
//! says what the client can know, the exit code says what to do.
//! The table this produces is in README.md ("Faults and what toshokan does").

mod common;

use common::{Env, PASSWORD, stdout_json};
use toshokan::sim::state::RsvStatus;
use toshokan::sim::{ConfirmFault, Faults, Library};

#[derive(Debug, Clone, Copy)]
enum Write {
    Renew,
    Cancel,
    Reserve,
}

/// A write's command line, and how many changes the simulator holds.
/// Counts the changes a write made in the simulator.
type Changes = Box<dyn Fn(&Library) -> usize>;

fn plan(w: Write, lib: &Library) -> (Vec<String>, Changes) {
    let account = &lib.accounts[0];
    match w {
        Write::Renew => {
            let loan = account
                .loans
                .iter()
                .find(|l| account.can_renew(l, lib.today))
                .unwrap();
            let id = loan.bib.tilcod.clone();
            let before = loan.due_on;
            (
                vec!["renew".into(), id.clone()],
                Box::new(move |lib: &Library| {
                    lib.accounts[0]
                        .loans
                        .iter()
                        .filter(|l| l.bib.tilcod == id && l.due_on != before)
                        .count()
                }),
            )
        }
        Write::Cancel => {
            let r = account
                .reservations
                .iter()
                .find(|r| r.status == RsvStatus::Waiting)
                .unwrap();
            let id = r.yoycod.clone();
            (
                vec!["reservations".into(), "cancel".into(), id.clone()],
                Box::new(move |lib: &Library| {
                    lib.accounts[0]
                        .reservations
                        .iter()
                        .filter(|r| r.yoycod == id && r.status == RsvStatus::Cancelled)
                        .count()
                }),
            )
        }
        Write::Reserve => {
            let taken: Vec<&str> = account
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
                .unwrap();
            (
                vec!["reserve".into(), id.clone()],
                Box::new(move |lib: &Library| {
                    lib.accounts[0]
                        .reservations
                        .iter()
                        .filter(|r| r.bib.tilcod == id && r.status != RsvStatus::Cancelled)
                        .count()
                }),
            )
        }
    }
}

/// (fault, faults to set, expected outcome, expected exit, changes the simulator holds)
fn faults() -> Vec<(&'static str, Faults, &'static str, i32, usize)> {
    let on = |f| Faults {
        on_confirm: Some(f),
        ..Faults::default()
    };
    vec![
        (
            "HTTP 500 on the confirmation",
            on(ConfirmFault::Http500),
            "unknown",
            8,
            0,
        ),
        (
            "maintenance page on the confirmation",
            on(ConfirmFault::Maintenance),
            "unknown",
            8,
            0,
        ),
        (
            "session expired before the confirmation",
            on(ConfirmFault::SessionExpired),
            "failed",
            5,
            0,
        ),
        (
            "answer later than the client's timeout",
            on(ConfirmFault::SlowAnswer(2500)),
            "unknown",
            8,
            1,
        ),
        (
            "connection dropped after the change",
            Faults {
                drop_after_write: true,
                ..Faults::default()
            },
            "unknown",
            8,
            1,
        ),
    ]
}

#[test]
fn every_write_against_every_confirmation_fault() {
    let mut failures = Vec::new();
    for write in [Write::Renew, Write::Cancel, Write::Reserve] {
        for (name, fault, outcome, exit, changes) in faults() {
            let env = Env::new();
            env.login();
            let (args, count) = plan(write, &env.sim.library());
            env.sim.set_faults(fault);
            let out = env
                .cmd()
                .env("TOSHOKAN_PASSWORD", PASSWORD)
                .args(["--no-input", "--json", "--timeout", "1"])
                .args(&args)
                .output()
                .unwrap();
            let results = stdout_json(&out);
            let got_outcome = results[0]["outcome"].as_str().unwrap_or("?").to_string();
            let got_exit = out.status.code().unwrap_or(-1);
            // A slow answer still lands: give it time before counting.
            std::thread::sleep(std::time::Duration::from_millis(if changes == 1 {
                1800
            } else {
                0
            }));
            let held = count(&env.sim.library());
            if got_outcome != outcome || got_exit != exit || held != changes {
                failures.push(format!(
                    "{write:?} / {name}: outcome {got_outcome} (want {outcome}), exit {got_exit} (want {exit}), changes {held} (want {changes}); message: {}",
                    results[0]["message"]
                ));
            }
            assert!(held <= 1, "{write:?} / {name}: a second change");
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
