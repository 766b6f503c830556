//! The embedded LiCS-XP simulator (feature `sim`): a stateful server on
//! loopback that `--demo`, `toshokan sim` and the tests use instead of the
//! real site.

pub mod catalog;
mod form;
pub mod html;
pub mod html_account;
pub mod html_catalog;
pub mod html_sdi;
pub mod html_shelf;
pub mod patron;
pub mod sdi;
pub mod search;
pub mod seed;
mod server;
pub mod shelf;
pub mod state;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use url::Url;

pub use server::{ConfirmFault, Faults, LoggedRequest, SimRequest, SimResponse, SimState};
pub use state::Library;

/// A shared handle on one simulated library.
#[derive(Clone)]
pub struct Sim {
    inner: Arc<Mutex<SimState>>,
    persist: Option<Arc<PathBuf>>,
}

impl Sim {
    pub fn new(library: Library) -> Sim {
        Sim {
            inner: Arc::new(Mutex::new(SimState::new(library))),
            persist: None,
        }
    }

    /// Saves the library to `path` whenever a request changed it.
    pub fn persist_to(mut self, path: PathBuf) -> Sim {
        self.persist = Some(Arc::new(path));
        self
    }

    fn lock(&self) -> MutexGuard<'_, SimState> {
        // A panic in one handler must not take the simulator down with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the state (tests use it to set faults or inspect the library).
    pub fn with<R>(&self, f: impl FnOnce(&mut SimState) -> R) -> R {
        f(&mut self.lock())
    }

    pub fn library(&self) -> Library {
        self.lock().library.clone()
    }

    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.lock().log.clone()
    }

    pub fn set_faults(&self, faults: Faults) {
        self.lock().faults = faults;
    }

    pub fn expire_sessions(&self) {
        self.lock().expire_sessions();
    }

    pub fn log_to_stderr(&self, on: bool) {
        self.lock().log_stderr = on;
    }

    /// Binds `addr` and serves on the current runtime.
    pub async fn start(self, addr: &str) -> std::io::Result<Running> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let local = listener.local_addr()?;
        let sim = self.clone();
        let task = tokio::spawn(async move {
            let app = axum::Router::new().fallback(handle).with_state(sim);
            let _ = axum::serve(listener, app).await;
        });
        Ok(Running {
            base_url: base_url(local),
            addr: local,
            sim: self,
            task,
        })
    }

    /// Serves from a thread of its own (for tests that run the binary).
    pub fn spawn_background(self) -> std::io::Result<Background> {
        let (tx, rx) = std::sync::mpsc::channel();
        let sim = self.clone();
        std::thread::spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            };
            runtime.block_on(async move {
                match sim.start("127.0.0.1:0").await {
                    Ok(running) => {
                        let _ = tx.send(Ok(running.base_url.clone()));
                        running.wait().await;
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        });
        let base_url = rx
            .recv()
            .map_err(|e| std::io::Error::other(e.to_string()))??;
        Ok(Background {
            base_url,
            sim: self,
        })
    }

    fn save_if_dirty(&self) {
        let Some(path) = &self.persist else { return };
        let library = {
            let mut state = self.lock();
            if !state.dirty {
                return;
            }
            state.dirty = false;
            state.library.clone()
        };
        if let Err(e) = save_library(path, &library) {
            eprintln!("simulator: cannot save {}: {e}", path.display());
        }
    }
}

fn base_url(addr: SocketAddr) -> Url {
    Url::parse(&format!("http://{addr}{}", server::PREFIX)).expect("a socket address forms a URL")
}

pub struct Running {
    pub base_url: Url,
    pub addr: SocketAddr,
    pub sim: Sim,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Serves until the process ends.
    pub async fn wait(mut self) {
        let _ = (&mut self.task).await;
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A simulator on its own thread; it lives as long as the process.
pub struct Background {
    pub base_url: Url,
    pub sim: Sim,
}

pub fn load_library(path: &Path) -> Result<Library, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

pub fn save_library(path: &Path, library: &Library) -> Result<(), String> {
    let json = serde_json::to_vec_pretty(library).map_err(|e| e.to_string())?;
    crate::config::fsutil::write_atomic(path, &json, 0o600).map_err(|e| e.to_string())
}

async fn handle(
    State(sim): State<Sim>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let latency = sim.with(|s| s.faults.latency_ms);
    if latency > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(latency)).await;
    }
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let form: Vec<(String, String)> = if method == Method::POST {
        url::form_urlencoded::parse(&body).into_owned().collect()
    } else {
        Vec::new()
    };
    let request = server::SimRequest {
        method: method.as_str(),
        path: uri.path(),
        query: uri.query(),
        user_agent: text(header::USER_AGENT),
        cookie: text(header::COOKIE),
        form,
    };
    let reply = sim.with(|s| s.respond(&request));
    sim.save_if_dirty();
    if reply.delay_ms > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(reply.delay_ms)).await;
    }
    if reply.drop_connection {
        // The write is applied; the answer never arrives.
        let broken = futures_util::stream::once(async {
            Err::<Bytes, std::io::Error>(std::io::Error::other(
                "connection dropped by the simulator",
            ))
        });
        return Response::new(axum::body::Body::from_stream(broken));
    }
    let mut response = (
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        reply.body,
    )
        .into_response();
    for (name, value) in reply.headers {
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::try_from(name),
            HeaderValue::try_from(value),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response
}
