//! The HTTP transport: one cookie jar per profile, a browser-like identity,
//! pacing shared by every session of the process, timeouts, and a request
//! observer for `-v` (the client itself never prints).

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT_LANGUAGE, HeaderValue, ORIGIN, REFERER};
use reqwest_cookie_store::CookieStoreMutex;
use url::Url;

use super::error::{ClientError, Result};
use super::form::Form;

/// The largest answer read, decompressed (the largest real page is about
/// 2 MB): past it the transport stops reading and the request fails, so a
/// runaway or hostile server cannot fill memory or disk
/// (docs/contract.md#limits). Saved copies of pages are cut to it too.
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// What a browser on a desktop sends; LiCS-XP answers bots with 403.
pub const USER_AGENT: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 toshokan";
pub const ACCEPT_LANGUAGE_JA: &str = "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7";

/// Minimum gap between request *starts*, shared by all sessions of a process.
#[derive(Debug)]
pub struct Pacer {
    gap: Duration,
    last: tokio::sync::Mutex<Option<Instant>>,
}

impl Pacer {
    pub fn new(gap: Duration) -> Arc<Pacer> {
        Arc::new(Pacer {
            gap,
            last: tokio::sync::Mutex::new(None),
        })
    }

    async fn wait_turn(&self) {
        let mut last = self.last.lock().await;
        if let Some(prev) = *last {
            let next = prev + self.gap;
            let now = Instant::now();
            if next > now {
                tokio::time::sleep(next - now).await;
            }
        }
        *last = Some(Instant::now());
    }
}

/// One request as the observer sees it; the path has `hash` values redacted.
#[derive(Debug, Clone)]
pub struct RequestRecord<'a> {
    pub method: &'static str,
    pub path: String,
    pub status: Option<u16>,
    pub elapsed: Duration,
    /// The page received, for `capture` (never the request body: it can hold a password).
    pub page: Option<&'a str>,
}

pub type Observer = Arc<dyn Fn(&RequestRecord<'_>) + Send + Sync>;

/// Called before every request that may change something leaves (the
/// command layer arms its interrupt handler there).
pub type WriteHook = Arc<dyn Fn() + Send + Sync>;

/// Whether a request may be repeated after an I/O error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A read: retried once when the connection fails before an answer.
    Read,
    /// Changes state on the site: sent at most once, never retried.
    Write,
}

pub struct Response {
    pub status: u16,
    pub url: Url,
    pub body: String,
}

pub struct Transport {
    http: reqwest::Client,
    base: Url,
    jar: Arc<CookieStoreMutex>,
    pacer: Arc<Pacer>,
    timeout: Duration,
    observer: Option<Observer>,
    on_write: Option<WriteHook>,
    requests: usize,
    /// A LiCS-XP page came back in this run: a later 404 is then a moved
    /// page, not a wrong base URL.
    answered: bool,
}

#[derive(Clone)]
pub struct TransportOptions {
    pub base: Url,
    pub pacer: Arc<Pacer>,
    pub timeout: Duration,
    pub observer: Option<Observer>,
    pub on_write: Option<WriteHook>,
    pub user_agent: String,
}

impl Transport {
    pub fn new(opts: TransportOptions, jar: Arc<CookieStoreMutex>) -> Result<Transport> {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            ACCEPT_LANGUAGE,
            HeaderValue::from_static(ACCEPT_LANGUAGE_JA),
        );
        let base_path = opts.base.path().to_string();
        let origin = opts.base.origin();
        // Follow redirects only inside the OPAC: the login chain ends on the
        // CMS portal, which is not worth a request.
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            let inside =
                attempt.url().origin() == origin && attempt.url().path().starts_with(&base_path);
            // 307/308 would re-POST the body.
            let reposts = matches!(attempt.status().as_u16(), 307 | 308);
            if attempt.previous().len() >= 10 || !inside || reposts {
                attempt.stop()
            } else {
                attempt.follow()
            }
        });
        // TLS is rustls on ring (reqwest's `rustls-no-provider`, see
        // BENCHMARKS.md): reqwest uses the process-wide provider, so install
        // it before the first client; later installs fail harmlessly.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .user_agent(opts.user_agent)
            .default_headers(headers)
            .cookie_provider(Arc::clone(&jar))
            .redirect(policy)
            // Writes are sent at most once: no transparent protocol-level retries.
            .retry(reqwest::retry::never())
            .timeout(opts.timeout)
            .connect_timeout(opts.timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|e| ClientError::Network(e.to_string()))?;
        Ok(Transport {
            http,
            base: opts.base,
            jar,
            pacer: opts.pacer,
            timeout: opts.timeout,
            observer: opts.observer,
            on_write: opts.on_write,
            requests: 0,
            answered: false,
        })
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    pub fn jar(&self) -> &Arc<CookieStoreMutex> {
        &self.jar
    }

    /// Requests sent so far by this transport.
    pub fn request_count(&self) -> usize {
        self.requests
    }

    pub fn url(&self, action: &str) -> Result<Url> {
        self.base
            .join(action)
            .map_err(|e| ClientError::Network(format!("bad action {action}: {e}")))
    }

    pub async fn get(&mut self, action: &str) -> Result<Response> {
        let url = self.url(action)?;
        self.send("GET", url, None, None, Kind::Read).await
    }

    pub async fn post(
        &mut self,
        action: &str,
        form: &Form,
        referer: Option<&Url>,
        kind: Kind,
    ) -> Result<Response> {
        let url = self.url(action)?;
        self.send("POST", url, Some(form), referer, kind).await
    }

    async fn send(
        &mut self,
        method: &'static str,
        url: Url,
        form: Option<&Form>,
        referer: Option<&Url>,
        kind: Kind,
    ) -> Result<Response> {
        let attempts = if kind == Kind::Read { 2 } else { 1 };
        let mut last_error = ClientError::Network("no attempt made".into());
        for _ in 0..attempts {
            self.pacer.wait_turn().await;
            let started = Instant::now();
            let mut request = match form {
                Some(form) => {
                    let body = url::form_urlencoded::Serializer::new(String::new())
                        .extend_pairs(form.pairs())
                        .finish();
                    self.http
                        .post(url.clone())
                        .header(
                            reqwest::header::CONTENT_TYPE,
                            "application/x-www-form-urlencoded",
                        )
                        .header(ORIGIN, self.base.origin().ascii_serialization())
                        .body(body)
                }
                None => self.http.get(url.clone()),
            };
            if let Some(referer) = referer {
                request = request.header(REFERER, referer.as_str());
            }
            if let (Kind::Write, Some(hook)) = (kind, &self.on_write) {
                hook();
            }
            self.requests += 1;
            let outcome = request.send().await;
            let response = match outcome {
                Ok(r) => r,
                Err(e) => {
                    self.observe(method, &url, None, started, None);
                    last_error = self.map_error(&e);
                    // Only a failure to connect proves nothing reached the site.
                    if kind == Kind::Read && e.is_connect() {
                        continue;
                    }
                    return Err(last_error);
                }
            };
            let status = response.status().as_u16();
            let final_url = response.url().clone();
            let encoding = charset(response.headers());
            let body = match read_capped(response).await {
                Ok(Some(bytes)) => Ok(encoding.decode(&bytes).0.into_owned()),
                Ok(None) => Err(ClientError::TooLarge(MAX_BODY)),
                Err(e) => Err(self.map_error(&e)),
            };
            self.observe(method, &url, Some(status), started, body.as_deref().ok());
            let body = body?;
            return match status {
                403 => Err(ClientError::Forbidden),
                404 => Err(ClientError::NotFound {
                    url: shown_url(&final_url),
                    base: self.base.to_string(),
                    site_answered: self.answered,
                }),
                200..=399 => {
                    self.answered |= super::page::is_opac_markup(&body);
                    Ok(Response {
                        status,
                        url: final_url,
                        body,
                    })
                }
                other => Err(ClientError::Http(other)),
            };
        }
        Err(last_error)
    }

    fn map_error(&self, e: &reqwest::Error) -> ClientError {
        if e.is_timeout() {
            ClientError::Timeout(self.timeout.as_secs())
        } else {
            let mut detail = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                detail = format!("{detail}: {s}");
                source = s.source();
            }
            ClientError::Network(detail)
        }
    }

    fn observe(
        &self,
        method: &'static str,
        url: &Url,
        status: Option<u16>,
        started: Instant,
        page: Option<&str>,
    ) {
        if let Some(observer) = &self.observer {
            observer(&RequestRecord {
                method,
                path: redacted_path(url),
                status,
                elapsed: started.elapsed(),
                page,
            });
        }
    }
}

/// The body, read a chunk at a time; `None` as soon as it would pass
/// [`MAX_BODY`] (dropping the response then closes the connection).
async fn read_capped(
    mut response: reqwest::Response,
) -> std::result::Result<Option<Vec<u8>>, reqwest::Error> {
    let announced = response.content_length().unwrap_or(0);
    let Some(announced) = usize::try_from(announced).ok().filter(|n| *n <= MAX_BODY) else {
        return Ok(None);
    };
    let mut body = Vec::with_capacity(announced);
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > MAX_BODY {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(body))
}

/// The encoding the `Content-Type` names, else UTF-8 (what reqwest's
/// `text()` does; LiCS-XP pages are UTF-8, docs/protocol.md#encodings).
fn charset(headers: &reqwest::header::HeaderMap) -> &'static encoding_rs::Encoding {
    headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| {
            ct.split(';').skip(1).find_map(|param| {
                let (key, value) = param.split_once('=')?;
                key.trim()
                    .eq_ignore_ascii_case("charset")
                    .then(|| value.trim().trim_matches('"'))
            })
        })
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8)
}

/// A saved copy of a page (a report, a capture) cut to [`MAX_BODY`] bytes
/// at a character boundary: scrubbing can lengthen a page.
pub fn bounded(page: &str) -> &str {
    if page.len() <= MAX_BODY {
        return page;
    }
    let mut end = MAX_BODY;
    while !page.is_char_boundary(end) {
        end -= 1;
    }
    &page[..end]
}

/// Path and query with token values (`hash=`) masked.
pub fn redacted_path(url: &Url) -> String {
    let mut out = url.path().to_string();
    if let Some(query) = url.query() {
        let masked: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("hash") => format!("{k}=…"),
                _ => pair.to_string(),
            })
            .collect();
        out.push('?');
        out.push_str(&masked.join("&"));
    }
    out
}

/// A URL as errors show it: whole, with token values masked.
fn shown_url(url: &Url) -> String {
    format!(
        "{}{}",
        url.origin().ascii_serialization(),
        redacted_path(url)
    )
}

/// The cookie jar as JSON, session cookies included.
pub fn save_jar(jar: &CookieStoreMutex) -> Option<String> {
    let store = jar.lock().ok()?;
    let mut buf = Vec::new();
    cookie_store::serde::json::save_incl_expired_and_nonpersistent(&store, &mut buf).ok()?;
    String::from_utf8(buf).ok()
}

pub fn load_jar(json: &str) -> Option<CookieStoreMutex> {
    cookie_store::serde::json::load_all(json.as_bytes())
        .ok()
        .map(CookieStoreMutex::new)
}

pub fn clear_jar(jar: &CookieStoreMutex) {
    if let Ok(mut store) = jar.lock() {
        store.clear();
    }
}

/// A fresh, empty jar behind the shared handle type.
pub fn empty_jar() -> Arc<CookieStoreMutex> {
    Arc::new(CookieStoreMutex::new(cookie_store::CookieStore::default()))
}

/// Guards against accidental sharing of one jar between profiles.
pub type Jar = Arc<CookieStoreMutex>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_pages_are_cut_at_the_cap_on_a_character_boundary() {
        assert_eq!(bounded("短い"), "短い");
        // Three bytes a character: the cap falls inside one.
        let page = "図".repeat(MAX_BODY / 3 + 1);
        let cut = bounded(&page);
        assert!(cut.len() <= MAX_BODY && cut.len() > MAX_BODY - 3);
        assert!(cut.chars().all(|c| c == '図'));
    }

    #[test]
    fn the_content_type_names_the_encoding() {
        let of = |value: &str| {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_str(value).unwrap(),
            );
            charset(&headers)
        };
        assert_eq!(of("text/html; charset=Shift_JIS"), encoding_rs::SHIFT_JIS);
        assert_eq!(of("text/html;CHARSET=\"euc-jp\""), encoding_rs::EUC_JP);
        assert_eq!(of("text/html"), encoding_rs::UTF_8);
        assert_eq!(of("text/html; charset=no-such"), encoding_rs::UTF_8);
        assert_eq!(
            charset(&reqwest::header::HeaderMap::new()),
            encoding_rs::UTF_8
        );
    }
}
