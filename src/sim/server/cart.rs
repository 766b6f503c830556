//! The site's 予約カート (modelled: only its entry points are known from
//! page scripts). Adding is not reserving; checkout reserves the checked
//! titles with one pickup/contact choice and reports each title.

use super::{SimResponse, SimState, Visit, all, html, text};

const BODY: &str = include_str!("../templates/cart_body.html");
const TABLE: &str = include_str!("../templates/cart_table.html");
const ROW: &str = include_str!("../templates/cart_row.html");
const CONFIRM: &str = include_str!("../templates/cart_confirm_body.html");
/// Candidates a cart holds at most.
pub const CART_LIMIT: usize = 50;

const ADDED: &str = "カートに追加しました。";

/// The cart's actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CartStep {
    Show,
    /// From the detail page.
    Add,
    Remove,
    /// The checked titles with one pickup/contact choice.
    Confirm,
    Checkout,
}

impl CartStep {
    pub(super) fn from_action(action: &str) -> Option<CartStep> {
        Some(match action {
            "WOpacCommonToYoyCartDispAction.do" => CartStep::Show,
            "WOpacTifTilDetailYoyCart2DispAction.do" => CartStep::Add,
            "WOpacYoyCartDelAction.do" => CartStep::Remove,
            "WOpacYoyCartYoyConfirmAction.do" => CartStep::Confirm,
            "WOpacYoyCartYoyExecAction.do" => CartStep::Checkout,
            _ => return None,
        })
    }
}

impl SimState {
    pub(super) fn cart_page(&self, v: &Visit<'_>, messages: &[String]) -> SimResponse {
        let (lib, hash) = (&self.library, v.hash.as_str());
        let Some(account) = lib.account(&v.card) else {
            return SimResponse::html(html::login_page(lib, &[]));
        };
        let rows: String = account
            .cart
            .iter()
            .filter_map(|t| lib.title(t))
            .enumerate()
            .map(|(i, t)| {
                html::fill(
                    ROW,
                    &[
                        ("N", &(i + 1).to_string()),
                        ("TILCOD", &t.bib.tilcod),
                        ("TITLE_LINE", &html::esc(&t.bib.title_line())),
                        ("KIND", &html::esc(&t.bib.material_type)),
                    ],
                )
            })
            .collect();
        let table = if account.cart.is_empty() {
            String::new()
        } else {
            html::fill(TABLE, &[("ROWS", &rows)])
        };
        let items = html::message_items(messages);
        let body = html::fill(
            BODY,
            &[
                ("MESSAGES", &items),
                ("HASH", hash),
                ("COUNT", &account.cart.len().to_string()),
                ("TABLE", &table),
            ],
        );
        SimResponse::html(html::page(
            "予約カート",
            Some(account),
            hash,
            "予約カート",
            &body,
        ))
    }

    /// From the detail page (`WOpacTifTilDetailYoyCart2DispAction.do`).
    pub(super) fn cart_add(&mut self, v: &Visit<'_>) -> SimResponse {
        let (card, form) = (v.card.as_str(), v.form);
        let tilcod = text(form, "tilcod");
        let message = match self.library.account(card) {
            _ if self.library.title(&tilcod).is_none() => "該当する書誌がありません。",
            Some(a) if a.cart.contains(&tilcod) => "既にカートに登録されています。",
            Some(a) if a.cart.len() >= CART_LIMIT => "カートに登録できる件数を超えています。",
            _ => {
                if let Some(a) = self.library.account_mut(card) {
                    a.cart.push(tilcod);
                }
                self.changed();
                ADDED
            }
        };
        self.cart_page(v, &[message.to_string()])
    }

    pub(super) fn cart_remove(&mut self, v: &Visit<'_>) -> SimResponse {
        let (card, form) = (v.card.as_str(), v.form);
        let tilcod = text(form, "delTilcod");
        let removed = self.library.account_mut(card).is_some_and(|a| {
            let before = a.cart.len();
            a.cart.retain(|t| *t != tilcod);
            a.cart.len() < before
        });
        if removed {
            self.changed();
        }
        let message = if removed {
            "カートから削除しました。"
        } else {
            "カートに登録されていません。"
        };
        self.cart_page(v, &[message.to_string()])
    }

    /// The checked titles with one pickup/contact choice.
    pub(super) fn cart_confirm(&self, v: &Visit<'_>) -> SimResponse {
        let lib = &self.library;
        let Some(account) = lib.account(&v.card) else {
            return SimResponse::html(html::login_page(lib, &[]));
        };
        let chosen = all(v.form, "yoycartchk");
        if chosen.is_empty() {
            return self.cart_page(v, &["予約する資料が選択されていません。".to_string()]);
        }
        let hidden: String = chosen
            .iter()
            .map(|t| format!("<input type=\"hidden\" name=\"yoycartchk\" value=\"{t}\" />\n"))
            .collect();
        let rows: String = chosen
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                Some(format!(
                    "<tr><th scope=\"row\">{}</th><td>　{}</td></tr>\n",
                    i + 1,
                    html::esc(&lib.title(t)?.bib.title_line())
                ))
            })
            .collect();
        SimResponse::html(html::reserve_confirm_page(
            lib,
            account,
            &v.hash,
            CONFIRM,
            "",
            &[("HIDDEN_TILCODS", &hidden), ("ROWS", &rows)],
        ))
    }

    /// Reserves each title; successes leave the cart. One message per title.
    pub(super) fn cart_exec(&mut self, v: &Visit<'_>) -> SimResponse {
        let (card, form) = (v.card.as_str(), v.form);
        let pickup = text(form, "receivename");
        let contact = text(form, "contact");
        let chosen = all(form, "yoycartchk");
        let mut messages = Vec::new();
        for tilcod in chosen {
            let title = self
                .library
                .title(tilcod)
                .map(|t| t.bib.title.clone())
                .unwrap_or_else(|| tilcod.to_string());
            match self.try_reserve(card, tilcod, &pickup, &contact) {
                Ok(()) => {
                    if let Some(a) = self.library.account_mut(card) {
                        a.cart.retain(|t| *t != tilcod);
                    }
                    messages.push(format!("{title}：{}", super::reserve::DONE));
                }
                Err(m) => messages.push(format!("{title}：{m}")),
            }
        }
        self.cart_page(v, &messages)
    }
}
