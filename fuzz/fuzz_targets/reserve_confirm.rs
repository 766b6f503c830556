//! The 予約確認 form of a direct reservation.
#![no_main]
use toshokan::client::page::screen;
use toshokan::client::parse::reserve;

toshokan_fuzz::fuzz_doc!(|doc| reserve::parse_confirm_form(doc, screen::RESERVE_CONFIRM));
