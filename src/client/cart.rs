//! The site's 予約カート (modelled; see the README's verification table):
//! add from the title page, remove, and check out with one pickup/contact
//! choice. Adding is not reserving; checkout outcomes are read from the
//! reservation list.

use jiff::civil::Date;
use url::Url;

use super::error::{ClientError, Result};
use super::form::Form;
use super::http::{Kind, Response};
use super::page::{self, screen};
use super::parse::cart::parse_cart;
use super::parse::reserve::{ConfirmForm, parse_confirm_form};
use super::reservations::{RsvPage, classify_message};
use super::write::{AnswerProblem, EXPIRED, answer_problem};
use super::{Client, MyPage, inspect_page};
use crate::model::{CartItem, Outcome, ReservationState, RsvAction, RsvReason, RsvResult};

const ADD: &str = "WOpacTifTilDetailYoyCart2DispAction.do";
const REMOVE: &str = "WOpacYoyCartDelAction.do";
const CHECKOUT_FORM: &str = "WOpacYoyCartYoyConfirmAction.do";
const CHECKOUT: &str = "WOpacYoyCartYoyExecAction.do";
const RESERVED: &str = "予約登録しました";

#[derive(Debug, Clone)]
pub struct CartPage {
    pub items: Vec<CartItem>,
    form: Form,
}

impl CartPage {
    pub fn contains(&self, tilcod: &str) -> bool {
        self.items.iter().any(|i| i.id == tilcod)
    }
}

/// The checkout confirmation for the titles in the cart.
#[derive(Debug, Clone)]
pub struct Checkout {
    pub items: Vec<CartItem>,
    pub confirm: ConfirmForm,
    url: Url,
}

fn cart_item_result(
    action: RsvAction,
    item: &CartItem,
    outcome: Outcome,
    reason: RsvReason,
) -> RsvResult {
    RsvResult::for_title(action, &item.id, &item.title, outcome, reason)
}

impl Client {
    pub async fn cart_page(&mut self) -> Result<CartPage> {
        self.my_page(MyPage::Cart, |doc| {
            Ok(CartPage {
                items: parse_cart(doc)?,
                form: Form::from_page(doc, "LBForm")
                    .ok_or_else(|| ClientError::layout("cart", "no LBForm"))?,
            })
        })
        .await
    }

    /// Reads a cart page answered to a write; its messages come along.
    fn read_cart_answer(&mut self, response: &Response) -> Result<(CartPage, Vec<String>)> {
        let (tokens, page, messages) = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, &[screen::CART])?;
            let form = Form::from_page(doc, "LBForm")
                .ok_or_else(|| ClientError::layout("cart", "no LBForm"))?;
            Ok((
                tokens,
                CartPage {
                    items: parse_cart(doc)?,
                    form,
                },
                page::site_messages(doc),
            ))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(response.url.clone());
        Ok((page, messages))
    }

    /// Puts a title in the cart from its detail page (one write).
    pub async fn cart_add(&mut self, tilcod: &str) -> (RsvResult, Option<CartPage>) {
        let unknown = CartItem {
            id: tilcod.to_string(),
            title: String::new(),
            author: None,
            publisher: None,
            material_type: None,
        };
        let (detail, title, form) = match self.detail_form(tilcod).await {
            Ok(parts) => parts,
            Err(e) => {
                return (
                    cart_item_result(
                        RsvAction::CartAdd,
                        &unknown,
                        Outcome::Failed,
                        RsvReason::NotSent(e.to_string()),
                    ),
                    None,
                );
            }
        };
        let item = CartItem { title, ..unknown };
        let result = |outcome, reason| cart_item_result(RsvAction::CartAdd, &item, outcome, reason);
        let sent = self
            .transport
            .post(ADD, &form, Some(&detail), Kind::Write)
            .await;
        let answer = match sent {
            Ok(r) => r,
            Err(e) => {
                return (
                    result(Outcome::Unknown, RsvReason::ConnectionLost(e.to_string())),
                    None,
                );
            }
        };
        if let Some(problem) = answer_problem(&answer) {
            let (outcome, reason, page) = self.cart_after_problem(problem, tilcod, true).await;
            return (result(outcome, reason), page);
        }
        match self.read_cart_answer(&answer) {
            Ok((page, _)) if page.contains(tilcod) => {
                (result(Outcome::Done, RsvReason::Applied), Some(page))
            }
            Ok((page, messages)) => {
                let reason = messages.first().map_or(RsvReason::NotVerified, |m| {
                    RsvReason::SiteMessage(m.clone())
                });
                let outcome = if messages.is_empty() {
                    Outcome::Unknown
                } else {
                    Outcome::Refused
                };
                (result(outcome, reason), Some(page))
            }
            Err(e) => (
                result(Outcome::Unknown, RsvReason::ConnectionLost(e.to_string())),
                None,
            ),
        }
    }

    /// Takes a title out of the cart (one write), verified on the answer.
    pub async fn cart_remove(
        &mut self,
        page: &CartPage,
        item: &CartItem,
    ) -> (RsvResult, Option<CartPage>) {
        let result =
            |outcome, reason| cart_item_result(RsvAction::CartRemove, item, outcome, reason);
        let mut body = page.form.clone();
        if !body.set("delTilcod", &item.id) {
            return (
                result(
                    Outcome::Failed,
                    RsvReason::UnexpectedConfirmation("the cart form has no delTilcod".into()),
                ),
                None,
            );
        }
        let referer = self.last_url.clone();
        let answer = match self
            .transport
            .post(REMOVE, &body, referer.as_ref(), Kind::Write)
            .await
        {
            Ok(r) => r,
            Err(e) => {
                return (
                    result(Outcome::Unknown, RsvReason::ConnectionLost(e.to_string())),
                    None,
                );
            }
        };
        if let Some(problem) = answer_problem(&answer) {
            let (outcome, reason, page) = self.cart_after_problem(problem, &item.id, false).await;
            return (result(outcome, reason), page);
        }
        match self.read_cart_answer(&answer) {
            Ok((after, _)) if !after.contains(&item.id) => {
                (result(Outcome::Done, RsvReason::Applied), Some(after))
            }
            Ok((after, _)) => (
                result(Outcome::Unknown, RsvReason::NotVerified),
                Some(after),
            ),
            Err(e) => (
                result(Outcome::Unknown, RsvReason::ConnectionLost(e.to_string())),
                None,
            ),
        }
    }

    /// A cart write answered by the maintenance notice is unknown; one
    /// answered by the login form never arrived in a session, which the
    /// cart, read again, shows (`wanted`: the title should now be in it).
    async fn cart_after_problem(
        &mut self,
        problem: AnswerProblem,
        tilcod: &str,
        wanted: bool,
    ) -> (Outcome, RsvReason, Option<CartPage>) {
        if problem == AnswerProblem::Maintenance {
            let reason = RsvReason::ConnectionLost(ClientError::Maintenance.to_string());
            return (Outcome::Unknown, reason, None);
        }
        match self.cart_page().await {
            Ok(page) if page.contains(tilcod) == wanted => {
                (Outcome::Done, RsvReason::Applied, Some(page))
            }
            Ok(page) => (
                Outcome::Failed,
                RsvReason::NotSent(EXPIRED.into()),
                Some(page),
            ),
            Err(e) => (
                Outcome::Failed,
                RsvReason::NotSent(format!("{EXPIRED}; re-reading the cart failed: {e}")),
                None,
            ),
        }
    }

    /// The checkout confirmation (a read: nothing is reserved yet).
    pub async fn checkout_form(&mut self, page: &CartPage) -> Result<Checkout> {
        let referer = self.last_url.clone();
        let shown = self
            .transport
            .post(CHECKOUT_FORM, &page.form, referer.as_ref(), Kind::Read)
            .await?;
        let (tokens, confirm) = inspect_page(&shown.body, |doc| {
            let tokens = page::classify(doc, &[screen::CART_CONFIRM])?;
            Ok((tokens, parse_confirm_form(doc, screen::CART_CONFIRM)?))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(shown.url.clone());
        let chosen: Vec<&str> = confirm
            .form
            .pairs()
            .iter()
            .filter(|(n, _)| n == "yoycartchk")
            .map(|(_, v)| v.as_str())
            .collect();
        let items = page
            .items
            .iter()
            .filter(|i| chosen.contains(&i.id.as_str()))
            .cloned()
            .collect();
        Ok(Checkout {
            items,
            confirm,
            url: shown.url,
        })
    }

    /// One confirm for every title; each outcome from the reservation list.
    pub async fn checkout(
        &mut self,
        checkout: &Checkout,
        pickup: &str,
        contact: &str,
        before: &RsvPage,
        today: Date,
    ) -> (Vec<RsvResult>, Option<RsvPage>) {
        let each = |outcome: Outcome, reason: RsvReason| -> Vec<RsvResult> {
            checkout
                .items
                .iter()
                .map(|i| cart_item_result(RsvAction::Reserve, i, outcome, reason.clone()))
                .collect()
        };
        let mut body = checkout.confirm.form.clone();
        if !(body.set("receivename", pickup) && body.set("contact", contact)) {
            return (
                each(
                    Outcome::Failed,
                    RsvReason::UnexpectedConfirmation("the confirmation lost its selects".into()),
                ),
                None,
            );
        }
        let answer = match self
            .transport
            .post(CHECKOUT, &body, Some(&checkout.url), Kind::Write)
            .await
        {
            Ok(r) => r,
            Err(e) => {
                return (
                    each(Outcome::Unknown, RsvReason::ConnectionLost(e.to_string())),
                    None,
                );
            }
        };
        let expired = match answer_problem(&answer) {
            Some(AnswerProblem::Maintenance) => {
                let reason = RsvReason::ConnectionLost(ClientError::Maintenance.to_string());
                return (each(Outcome::Unknown, reason), None);
            }
            problem => problem == Some(AnswerProblem::LoginForm),
        };
        let messages = self
            .read_cart_answer(&answer)
            .map(|(_, m)| m)
            .unwrap_or_default();
        let fresh = match self.reservation_page(today).await {
            Ok(p) => p,
            Err(e) => {
                let detail = format!("re-reading the list failed: {e}");
                let (outcome, reason) = if expired {
                    (
                        Outcome::Failed,
                        RsvReason::NotSent(format!("{EXPIRED}; {detail}")),
                    )
                } else {
                    (Outcome::Unknown, RsvReason::ConnectionLost(detail))
                };
                return (each(outcome, reason), None);
            }
        };
        let results = checkout
            .items
            .iter()
            .map(|item| {
                let added = fresh.listing.items.iter().find(|r| {
                    r.tilcod == item.id
                        && r.state != ReservationState::Cancelled
                        && before.row(&r.id).is_none()
                });
                // Messages name their title: 「書名：…」.
                let said = messages
                    .iter()
                    .find(|m| !item.title.is_empty() && m.starts_with(&item.title));
                let mut r = match (added, said) {
                    (Some(_), _) => cart_item_result(
                        RsvAction::Reserve,
                        item,
                        Outcome::Done,
                        RsvReason::Applied,
                    ),
                    (None, Some(m)) if !m.contains(RESERVED) => {
                        let text = m.split_once('：').map_or(m.as_str(), |(_, t)| t);
                        cart_item_result(
                            RsvAction::Reserve,
                            item,
                            Outcome::Refused,
                            classify_message(text),
                        )
                    }
                    // The login form answered the confirm: it never arrived in a session.
                    (None, _) if expired => cart_item_result(
                        RsvAction::Reserve,
                        item,
                        Outcome::Failed,
                        RsvReason::NotSent(EXPIRED.into()),
                    ),
                    _ => cart_item_result(
                        RsvAction::Reserve,
                        item,
                        Outcome::Unknown,
                        RsvReason::NotVerified,
                    ),
                };
                r.reservation_id = added.map(|a| a.id.clone());
                r
            })
            .collect();
        (results, Some(fresh))
    }
}
