//! A loopback HTTP proxy between the binary and a simulator, for what the
//! simulator's own faults cannot stage: a test's hook sees each request,
//! may act on the simulator before or after passing it on, and decides the
//! answer (the one from upstream, or another). One request per connection,
//! each answered with `connection: close`; std only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

use toshokan::sim::Sim;

/// One request as the binary sent it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path with query, as on the request line.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The url-encoded body's fields.
    pub fn form(&self) -> Vec<(String, String)> {
        url::form_urlencoded::parse(&self.body)
            .into_owned()
            .collect()
    }

    pub fn field(&self, name: &str) -> Option<String> {
        self.form()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

/// Sends a request upstream and returns the raw answer (status line, headers, body).
pub type Forward<'a> = &'a dyn Fn(&Request) -> Vec<u8>;

/// What a test does with each request: `forward` passes it on.
pub type Hook = dyn Fn(&Request, Forward<'_>) -> Vec<u8> + Send + Sync;

/// Starts a proxy to the simulator at `upstream` (its base URL) and returns
/// the base URL to give the binary instead.
pub fn start(
    upstream: &str,
    hook: impl Fn(&Request, Forward<'_>) -> Vec<u8> + Send + Sync + 'static,
) -> String {
    let upstream = url::Url::parse(upstream).expect("the simulator's URL");
    let addr = format!(
        "{}:{}",
        upstream.host_str().expect("a host"),
        upstream.port().expect("a port")
    );
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("bound").port();
    let hook: Arc<Hook> = Arc::new(hook);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let hook = Arc::clone(&hook);
            let addr = addr.clone();
            std::thread::spawn(move || serve(stream, &addr, &*hook));
        }
    });
    format!("http://127.0.0.1:{port}{}", upstream.path())
}

/// The simulator's login form as the answer: what the site sends when the
/// session has ended.
pub fn login_form(sim: &Sim) -> Vec<u8> {
    let body = toshokan::sim::html::login_page(&sim.library(), &[]);
    let mut answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/html;charset=UTF-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend(body.into_bytes());
    answer
}

fn serve(stream: TcpStream, upstream: &str, hook: &Hook) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let Some(request) = read_request(&mut reader) else {
        return;
    };
    let forward = |r: &Request| send(upstream, r);
    let answer = hook(&request, &forward);
    let mut stream = stream;
    let _ = stream.write_all(&answer);
    let _ = stream.flush();
}

fn read_request(reader: &mut impl BufRead) -> Option<Request> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Request {
        method,
        target,
        headers,
        body,
    })
}

/// One request upstream on a connection of its own, read to the end.
fn send(upstream: &str, request: &Request) -> Vec<u8> {
    let Ok(mut stream) = TcpStream::connect(upstream) else {
        return b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            .to_vec();
    };
    let mut head = format!(
        "{} {} HTTP/1.1\r\nhost: {upstream}\r\n",
        request.method, request.target
    );
    for (name, value) in &request.headers {
        if !matches!(name.as_str(), "host" | "connection" | "keep-alive") {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("connection: close\r\n\r\n");
    let mut answer = Vec::new();
    if stream.write_all(head.as_bytes()).is_ok() && stream.write_all(&request.body).is_ok() {
        let _ = stream.read_to_end(&mut answer);
    }
    answer
}
