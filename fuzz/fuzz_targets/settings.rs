//! 利用者情報設定: the user info, the selects the settings screens read
//! (the names `client::settings` asks for) and the terms text.
#![no_main]
use toshokan::client::parse::settings;

toshokan_fuzz::fuzz_doc!(|doc| (
    settings::parse_user_info(doc),
    ["watspt", "renraku", "rireki"].map(|name| settings::select_options(doc, name)),
    settings::terms_text(doc)
));
