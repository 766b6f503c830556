//! toshokan: a command-line client for LiCS-XP マイライブラリ pages
//! (Shizuoka City Library and other LiCS-XP OPACs).
//!
//! Layers (data flows one way): [`cli`] → [`commands`] → [`client`] →
//! [`model`]/[`output`]; [`config`] owns files on disk; [`sim`] is the
//! embedded simulator.

pub mod cli;
pub mod client;
pub mod clock;
pub mod commands;
pub mod config;
pub mod error;
pub mod i18n;
pub mod model;
pub mod output;
#[cfg(feature = "sim")]
pub mod sim;
