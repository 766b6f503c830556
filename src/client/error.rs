//! What can go wrong talking to a LiCS-XP site, before any CLI wording.

use std::sync::Arc;

#[derive(Debug, Clone, thiserror::Error)]
pub enum ClientError {
    #[error("could not reach the library site: {0}")]
    Network(String),
    #[error("the library site did not answer within {0} s")]
    Timeout(u64),
    #[error("the library site sent an answer larger than {} MiB; toshokan stopped reading it", .0 / (1024 * 1024))]
    TooLarge(usize),
    #[error("the library site answered HTTP {0}")]
    Http(u16),
    /// HTTP 404: a wrong base URL, unless the site answered a LiCS-XP page
    /// earlier in this run (then the page itself has moved).
    #[error("the library site has no page at {url} (HTTP 404)")]
    NotFound {
        /// The URL asked for, tokens masked.
        url: String,
        base: String,
        site_answered: bool,
    },
    #[error("the library site refused this client (HTTP 403)")]
    Forbidden,
    #[error("the library site is down for maintenance")]
    Maintenance,
    #[error("the library session has ended")]
    SessionGone,
    #[error("not logged in")]
    NotLoggedIn,
    #[error("the card number or password was not accepted")]
    BadCredentials,
    #[error("this password ({0}) cannot open the account pages")]
    PasswordKind(&'static str),
    #[error("the library site reported an error: {0}")]
    Site(String),
    #[error("page layout not recognised ({screen}): {detail}")]
    Layout {
        screen: String,
        detail: String,
        /// The page as received, so the command layer can save a scrubbed copy.
        page: Option<Arc<String>>,
    },
}

impl ClientError {
    pub fn layout(screen: impl Into<String>, detail: impl Into<String>) -> Self {
        ClientError::Layout {
            screen: screen.into(),
            detail: detail.into(),
            page: None,
        }
    }

    /// Attaches the page body to a layout error (other errors pass through).
    pub fn with_page(self, body: &str) -> Self {
        match self {
            ClientError::Layout { screen, detail, .. } => ClientError::Layout {
                screen,
                detail,
                page: Some(Arc::new(body.to_string())),
            },
            other => other,
        }
    }
}

pub type Result<T> = std::result::Result<T, ClientError>;
