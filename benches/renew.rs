//! Requests and time per renewal against the simulator.
//! Run: `cargo bench --bench renew` (not part of CI's pass/fail).
//!
//! For k renewals the protocol minimum is 1 list read + 2 POSTs per loan
//! (the stage-2 answer is the next fresh list). The run is repeated with
//! the simulator's latency at 0 and 50 ms; at 50 ms the wall time should be
//! close to requests × 50 ms.

use std::time::{Duration, Instant};

use secrecy::SecretString;
use toshokan::cli::Seed;
use toshokan::client::{Client, Pacer, TransportOptions, http};
use toshokan::model::Outcome;
use toshokan::sim::{Faults, Sim, seed};

fn run(k: usize, latency_ms: u64) -> (usize, Duration) {
    let today: jiff::civil::Date = "2026-11-28".parse().expect("date");
    let mut library = seed::library(Seed::Big, today);
    // Make every loan renewable.
    for loan in &mut library.accounts[0].loans {
        loan.renewals = 0;
        loan.reserved_by_others = 0;
    }
    let background = Sim::new(library).spawn_background().expect("simulator");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let opts = TransportOptions {
        base: background.base_url.clone(),
        pacer: Pacer::new(Duration::ZERO),
        timeout: Duration::from_secs(30),
        observer: None,
        on_write: None,
        user_agent: http::USER_AGENT.into(),
    };
    let mut client = Client::new(opts, None).expect("client");
    let password = SecretString::from(seed::DEMO_PASSWORD.to_string());
    runtime
        .block_on(client.login(seed::DEMO_CARD, &password))
        .expect("login");
    background.sim.set_faults(Faults {
        latency_ms,
        ..Faults::default()
    });
    let before = client.request_count();
    let started = Instant::now();
    runtime.block_on(async {
        let mut page = client.loan_page(today).await.expect("list");
        let ids: Vec<String> = page
            .listing
            .items
            .iter()
            .filter(|l| l.renewable)
            .take(k)
            .map(|l| l.id.clone())
            .collect();
        assert_eq!(ids.len(), k, "enough renewable loans");
        for id in ids {
            let (result, next) = client.renew(&page, &id, today).await;
            assert_eq!(result.outcome, Outcome::Done, "{result:?}");
            page = match next {
                Some(p) => p,
                None => client.loan_page(today).await.expect("list"),
            };
        }
    });
    (client.request_count() - before, started.elapsed())
}

fn main() {
    println!(
        "{:>3} {:>10} {:>9} {:>9} {:>12} {:>14}",
        "k", "latency", "requests", "minimum", "total", "per renewal"
    );
    for latency in [0, 50] {
        for k in [1, 5, 20] {
            let (requests, elapsed) = run(k, latency);
            println!(
                "{k:>3} {:>8}ms {requests:>9} {:>9} {:>10.1}ms {:>12.1}ms",
                latency,
                1 + 2 * k,
                elapsed.as_secs_f64() * 1000.0,
                elapsed.as_secs_f64() * 1000.0 / k as f64
            );
        }
    }
}
