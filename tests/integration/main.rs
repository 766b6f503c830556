//! Every integration test, as one binary (`autotests = false` in
//! Cargo.toml): linking axum, reqwest, scraper and rxing once instead of once
//! per file is most of what a test build costs. Each topic is a module;
//! run one with a filter on its name, e.g.
//!
//! ```sh
//! cargo test --test integration fault_matrix
//! cargo test --test integration cli_shelves::dry_run
//! ```
//!
//! `common` is the hermetic environment every end-to-end test uses (a
//! simulator on loopback, a temp config dir, a fixed today, a cleared
//! environment): its `Env::run` runs the binary, `Env::writes` counts
//! writes from the simulator's log, `fixture` reads a page of
//! `tests/fixtures/`. No test may change the process's environment or
//! working directory: every test shares this process, so a child gets what
//! it needs through its own command's environment.

mod common;

// The real-page corpus and parsers on real and simulated pages.
mod fuzz_smoke;
mod parse_account_features;
mod parse_account_layouts;
mod parse_arrivals;
mod parse_catalog;
mod parse_fixtures;
mod parse_shelves;
mod parse_sim_pages;
mod real_pages;
mod sim_shelves;

// The built binary against the simulator.
mod capture;
mod cli_account;
mod cli_account_features;
mod cli_alerts;
mod cli_demo_sim;
mod cli_doctor;
mod cli_examples;
mod cli_files;
mod cli_hostile_text;
mod cli_json;
mod cli_network;
mod cli_profiles;
mod cli_prompts;
mod cli_proxy;
mod cli_renew;
mod cli_reservations;
mod cli_reserve;
mod cli_saved_password;
mod cli_search;
mod cli_session;
mod cli_shelves;
mod cli_snapshots;
mod cli_tables;
mod concurrency;
mod cron_recipe;
mod fault_matrix;

// Saved passwords, barcodes, generated files.
mod barcode_decode;
mod generated;
mod json_reference;
mod keyring_secret_service;
mod password_store;

// What every command prints on the demo library (insta snapshots).
mod snapshot;
