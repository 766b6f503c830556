//! The site's 予約カート (modelled; see the README's verification table):
//! add from the title page, remove, and check out with one pickup/contact
//! choice. Adding is not reserving; checkout outcomes are read from the
//! reservation list.

use jiff::civil::Date;
use url::Url;

use super::error::Result;
use super::form::Form;
use super::http::{Kind, Response};
use super::page::{self, screen};
use super::parse::cart::parse_cart;
use super::parse::reserve::{ConfirmForm, parse_confirm_form};
use super::reservations::{RsvPage, classify_message};
use super::write::{Sent, decide, sent_by, settle, site_message, unread};
use super::{Client, MyPage, inspect_page};
use crate::model::{CartItem, ReservationState, RsvAction, RsvCase, RsvResult, Verdict};

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

fn cart_item_result(action: RsvAction, item: &CartItem, verdict: Verdict<RsvCase>) -> RsvResult {
    RsvResult::for_title(action, &item.id, &item.title, verdict)
}

impl Client {
    pub async fn cart_page(&mut self) -> Result<CartPage> {
        self.my_page(MyPage::Cart, |doc| {
            Ok(CartPage {
                items: parse_cart(doc)?,
                form: Form::lbform(doc, "cart")?,
            })
        })
        .await
    }

    /// Reads a cart page answered to a write; its messages come along.
    fn read_cart_answer(&mut self, response: &Response) -> Result<(CartPage, Vec<String>)> {
        let (tokens, page, messages) = inspect_page(&response.body, |doc| {
            let tokens = page::classify(doc, &[screen::CART])?;
            let form = Form::lbform(doc, "cart")?;
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
                let verdict = Verdict::not_sent(e.to_string());
                return (
                    cart_item_result(RsvAction::CartAdd, &unknown, verdict),
                    None,
                );
            }
        };
        let item = CartItem { title, ..unknown };
        let answer = self
            .transport
            .post(ADD, &form, Some(&detail), Kind::Write)
            .await;
        let (verdict, page) = self.cart_settle(answer, true, |p| p.contains(tilcod)).await;
        (cart_item_result(RsvAction::CartAdd, &item, verdict), page)
    }

    /// Takes a title out of the cart (one write), verified on the answer.
    pub async fn cart_remove(
        &mut self,
        page: &CartPage,
        item: &CartItem,
    ) -> (RsvResult, Option<CartPage>) {
        let mut body = page.form.clone();
        if !body.set("delTilcod", &item.id) {
            let verdict = Verdict::unexpected("the cart form has no delTilcod");
            return (cart_item_result(RsvAction::CartRemove, item, verdict), None);
        }
        let referer = self.last_url.clone();
        let answer = self
            .transport
            .post(REMOVE, &body, referer.as_ref(), Kind::Write)
            .await;
        let (verdict, page) = self
            .cart_settle(answer, false, |p| !p.contains(&item.id))
            .await;
        (cart_item_result(RsvAction::CartRemove, item, verdict), page)
    }

    /// Settles a cart write from its answer, which is normally the cart
    /// itself; the cart is read again only when the login form answered.
    /// `declines`: a message on the answer is the site declining (adding);
    /// otherwise it proves nothing and an unchanged cart is unknown.
    async fn cart_settle(
        &mut self,
        answer: Result<Response>,
        declines: bool,
        applied: impl FnOnce(&CartPage) -> bool,
    ) -> (Verdict<RsvCase>, Option<CartPage>) {
        let answer = match answer {
            Ok(a) => a,
            Err(e) => return (Verdict::lost(e.to_string()), None),
        };
        let (sent, fresh) = match sent_by(&answer) {
            Ok(Sent::Yes(_)) => match self.read_cart_answer(&answer) {
                Ok((page, messages)) if messages.is_empty() || !declines => {
                    (Sent::Yes(Vec::new()), Ok(page))
                }
                Ok((page, messages)) => (Sent::Refused(messages), Ok(page)),
                Err(e) => (Sent::Yes(Vec::new()), Err(e)),
            },
            Ok(sent) => (sent, self.cart_page().await),
            Err(verdict) => return (verdict, None),
        };
        settle(sent, fresh, "the cart", applied, site_message)
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
        let each = |verdict: Verdict<RsvCase>| -> Vec<RsvResult> {
            checkout
                .items
                .iter()
                .map(|i| cart_item_result(RsvAction::Reserve, i, verdict.clone()))
                .collect()
        };
        let mut body = checkout.confirm.form.clone();
        if !(body.set("receivename", pickup) && body.set("contact", contact)) {
            return (
                each(Verdict::unexpected("the confirmation lost its selects")),
                None,
            );
        }
        let answer = match self
            .transport
            .post(CHECKOUT, &body, Some(&checkout.url), Kind::Write)
            .await
        {
            Ok(r) => r,
            Err(e) => return (each(Verdict::lost(e.to_string())), None),
        };
        let sent = match sent_by::<RsvCase>(&answer) {
            Ok(sent) => sent,
            Err(verdict) => return (each(verdict), None),
        };
        let messages = self
            .read_cart_answer(&answer)
            .map(|(_, m)| m)
            .unwrap_or_default();
        let fresh = match self.reservation_page(today).await {
            Ok(p) => p,
            Err(e) => return (each(unread(&sent, "the reservation list", &e)), None),
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
                let said = messages.iter().find(|m| {
                    !item.title.is_empty() && m.starts_with(&item.title) && !m.contains(RESERVED)
                });
                let sent = match (&sent, said) {
                    (Sent::Yes(_), Some(m)) => {
                        let text = m.split_once('：').map_or(m.as_str(), |(_, t)| t);
                        Sent::Refused(vec![text.to_string()])
                    }
                    (sent, _) => sent.clone(),
                };
                let verdict = decide(added.is_some(), &sent, |first, _| classify_message(first));
                let mut r = cart_item_result(RsvAction::Reserve, item, verdict);
                r.reservation_id = added.map(|a| a.id.clone());
                r
            })
            .collect();
        (results, Some(fresh))
    }
}
