//! Direct reservation (いますぐ予約, docs/protocol.md#direct-reservation): the detail page through
//! the write entry, the confirmation form, one confirm POST, and the outcome
//! read from the reservation list (the message alone is not trusted).

use jiff::civil::Date;
use url::Url;

use super::error::{ClientError, Result};
use super::http::Kind;
use super::page::{self, Tokens};
use super::parse::reserve::{ConfirmForm, parse_confirm_form};
use super::reservations::{RsvPage, classify_message};
use super::write::{Sent, sent_by, settle};
use super::{Client, inspect_page, parse};
use crate::client::page::screen;
use crate::model::{RsvAction, RsvResult, Verdict};

/// The write entry: renders `tiles.WTifTilDetail2` with a session token.
const DETAIL_ENTRY: &str = "WOpacMsgNewListToTifTilDetailAction.do?urlNotFlag=1&tilcod=";
const CONFIRM_DISPLAY: &str = "WOpacTifDirectYoyDispAction.do?tilcod=";
const CONFIRM_EXEC: &str = "WOpacTifDirectYoyExecAction.do?tilcod=";
const SUCCESS: &str = "予約登録しました";
const NO_SUCH_TITLE: &str = "該当する書誌がありません。";

/// The confirmation page of one title, ready to be confirmed.
#[derive(Debug, Clone)]
pub struct Reservable {
    pub tilcod: String,
    pub title: String,
    pub confirm: ConfirmForm,
    url: Url,
}

impl Client {
    /// Detail page (write entry) and いますぐ予約: reads only; nothing is reserved.
    /// The detail page through the write entry: its URL, the title and its
    /// form (what いますぐ予約 and カートに入れる post). A read.
    pub(crate) async fn detail_form(
        &mut self,
        tilcod: &str,
    ) -> Result<(Url, String, super::form::Form)> {
        self.ensure_session().await?;
        let mut retried = false;
        let (detail, (tokens, title, form)) = loop {
            let detail = self
                .transport
                .get(&format!("{DETAIL_ENTRY}{tilcod}"))
                .await?;
            let read = inspect_page(&detail.body, |doc| {
                // An unknown title code brings back the search form saying so.
                if doc.root_element().html().contains(NO_SUCH_TITLE)
                    && page::Tokens::from_page(doc)
                        .is_some_and(|t| t.gamenid != screen::DETAIL_WRITE)
                {
                    return Err(ClientError::Site(NO_SUCH_TITLE.into()));
                }
                // The write entry shows the logged-in header; without it the session is gone.
                if !page::is_logged_in(doc)
                    && !page::has_login_form(doc)
                    && page::is_logged_out(doc)
                {
                    return Err(ClientError::SessionGone);
                }
                let tokens = page::classify(doc, &[screen::DETAIL_WRITE])?;
                let title = parse::detail::parse_detail(doc)?;
                let form = super::form::Form::lbform(doc, "title detail")?;
                Ok((tokens, title, form))
            });
            match read {
                Ok(parts) => break (detail, parts),
                Err(ClientError::SessionGone) if !retried && self.credentials.is_some() => {
                    retried = true;
                    self.relogin().await?;
                }
                Err(e) => return Err(e),
            }
        };
        self.tokens = Some(tokens);
        self.last_url = Some(detail.url.clone());
        Ok((detail.url, title.title, form))
    }

    /// Detail page (write entry) and いますぐ予約: reads only; nothing is reserved.
    pub async fn reservable(&mut self, tilcod: &str) -> Result<Reservable> {
        let (referer, title, form) = self.detail_form(tilcod).await?;

        let shown = self
            .transport
            .post(
                &format!("{CONFIRM_DISPLAY}{tilcod}"),
                &form,
                Some(&referer),
                Kind::Read,
            )
            .await?;
        let (tokens, confirm) = inspect_page(&shown.body, |doc| {
            let tokens = page::classify(doc, &[screen::RESERVE_CONFIRM])?;
            Ok((tokens, parse_confirm_form(doc, screen::RESERVE_CONFIRM)?))
        })?;
        self.tokens = Some(tokens);
        self.last_url = Some(shown.url.clone());
        Ok(Reservable {
            tilcod: tilcod.to_string(),
            title,
            confirm,
            url: shown.url,
        })
    }

    /// The one confirm POST with the chosen pickup and contact codes (already
    /// checked against the page's options), then the list to see the result.
    /// `before` is the freshest list from before the confirm.
    pub async fn reserve(
        &mut self,
        item: &Reservable,
        pickup: &str,
        contact: &str,
        before: &RsvPage,
        today: Date,
    ) -> (RsvResult, Option<RsvPage>) {
        let result =
            |verdict| RsvResult::for_title(RsvAction::Reserve, &item.tilcod, &item.title, verdict);
        let mut body = item.confirm.form.clone();
        if !(body.set("receivename", pickup) && body.set("contact", contact)) {
            let verdict = Verdict::unexpected("the confirmation form lost its selects");
            return (result(verdict), None);
        }
        let answer = self
            .transport
            .post(
                &format!("{CONFIRM_EXEC}{}", item.tilcod),
                &body,
                Some(&item.url),
                Kind::Write,
            )
            .await;
        let sent = match answer
            .map_err(|e| Verdict::lost(e.to_string()))
            .and_then(|a| {
                let sent = sent_by(&a)?;
                Ok((a, sent))
            }) {
            Ok((answer, Sent::Yes(_))) => {
                // The same screen answers success and refusal; only the message differs.
                let read = inspect_page(&answer.body, |doc| {
                    let tokens: Option<Tokens> =
                        page::classify(doc, &[screen::RESERVE_CONFIRM]).ok();
                    Ok((tokens, page::site_messages(doc)))
                });
                if let Ok((Some(tokens), _)) = &read {
                    self.tokens = Some(tokens.clone());
                    self.last_url = Some(answer.url.clone());
                }
                let refusals: Vec<String> = read
                    .map(|(_, m)| m)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|m| !m.contains(SUCCESS))
                    .collect();
                // Even a success message is not trusted without the row.
                if refusals.is_empty() {
                    Sent::Yes(Vec::new())
                } else {
                    Sent::Refused(refusals)
                }
            }
            Ok((_, sent)) => sent,
            Err(verdict) => return (result(verdict), None),
        };
        let added = |fresh: &RsvPage| {
            fresh
                .listing
                .items
                .iter()
                .filter(|r| {
                    r.tilcod == item.tilcod && r.state != crate::model::ReservationState::Cancelled
                })
                .find(|r| before.row(&r.id).is_none())
                .map(|r| r.id.clone())
        };
        let fresh = self.reservation_page(today).await;
        let new_row = fresh.as_ref().ok().and_then(added);
        let (verdict, fresh) = settle(
            sent,
            fresh,
            "the reservation list",
            |_| new_row.is_some(),
            |first, _| classify_message(first),
        );
        let mut outcome = result(verdict);
        outcome.reservation_id = new_row;
        (outcome, fresh)
    }
}
