//! The site's 予約カート (modelled: only its entry points are known from
//! page scripts). Adding is not reserving; checkout reserves the checked
//! titles with one pickup/contact choice and reports each title.

use super::{SimResponse, SimState, field, html};

const BODY: &str = include_str!("../templates/cart_body.html");
const TABLE: &str = include_str!("../templates/cart_table.html");
const ROW: &str = include_str!("../templates/cart_row.html");
const CONFIRM: &str = include_str!("../templates/cart_confirm_body.html");
/// Candidates a cart holds at most.
pub const CART_LIMIT: usize = 50;

const ADDED: &str = "カートに追加しました。";

impl SimState {
    pub(super) fn cart_page(&self, card: &str, hash: &str, messages: &[String]) -> SimResponse {
        let lib = &self.library;
        let Some(account) = lib.account(card) else {
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
    pub(super) fn cart_add(
        &mut self,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let tilcod = field(form, "tilcod").unwrap_or_default().to_string();
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
        let mut response = self.cart_page(card, hash, &[message.to_string()]);
        response.drop_connection = message == ADDED && self.faults.drop_after_write;
        response
    }

    pub(super) fn cart_remove(
        &mut self,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let tilcod = field(form, "delTilcod").unwrap_or_default().to_string();
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
        let mut response = self.cart_page(card, hash, &[message.to_string()]);
        response.drop_connection = removed && self.faults.drop_after_write;
        response
    }

    /// The checked titles with one pickup/contact choice.
    pub(super) fn cart_confirm(
        &self,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let lib = &self.library;
        let Some(account) = lib.account(card) else {
            return SimResponse::html(html::login_page(lib, &[]));
        };
        let chosen: Vec<&str> = form
            .iter()
            .filter(|(k, _)| k == "yoycartchk")
            .map(|(_, v)| v.as_str())
            .collect();
        if chosen.is_empty() {
            return self.cart_page(
                card,
                hash,
                &["予約する資料が選択されていません。".to_string()],
            );
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
        let (pickup_options, contact_options) = html::choice_options(lib, account);
        let body = html::fill(
            CONFIRM,
            &[
                ("MESSAGES", ""),
                ("HASH", hash),
                ("HIDDEN_TILCODS", &hidden),
                ("ROWS", &rows),
                ("PICKUP_OPTIONS", &pickup_options),
                ("CONTACT_OPTIONS", &contact_options),
            ],
        );
        SimResponse::html(html::page(
            "予約確認",
            Some(account),
            hash,
            "予約確認",
            &body,
        ))
    }

    /// Reserves each title; successes leave the cart. One message per title.
    pub(super) fn cart_exec(
        &mut self,
        card: &str,
        hash: &str,
        form: &[(String, String)],
    ) -> SimResponse {
        let pickup = field(form, "receivename").unwrap_or_default().to_string();
        let contact = field(form, "contact").unwrap_or_default().to_string();
        let chosen: Vec<String> = form
            .iter()
            .filter(|(k, _)| k == "yoycartchk")
            .map(|(_, v)| v.clone())
            .collect();
        let mut messages = Vec::new();
        let mut any = false;
        for tilcod in chosen {
            let title = self
                .library
                .title(&tilcod)
                .map(|t| t.bib.title.clone())
                .unwrap_or_else(|| tilcod.clone());
            match self.try_reserve(card, &tilcod, &pickup, &contact) {
                Ok(()) => {
                    any = true;
                    if let Some(a) = self.library.account_mut(card) {
                        a.cart.retain(|t| *t != tilcod);
                    }
                    messages.push(format!("{title}：{}", super::reserve::DONE));
                }
                Err(m) => messages.push(format!("{title}：{m}")),
            }
        }
        let mut response = self.cart_page(card, hash, &messages);
        response.drop_connection = any && self.faults.drop_after_write;
        response
    }
}
