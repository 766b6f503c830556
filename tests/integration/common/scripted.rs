//! A scripted site on loopback: for what the simulator cannot be made to do
//! (a page at one step of a flow only, a 404 after a good page). Std only;
//! one thread, one request per connection.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// What the script answers one request with.
pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Reply {
    /// An HTML page, HTTP 200.
    pub fn page(body: impl Into<String>) -> Reply {
        Reply {
            status: 200,
            location: None,
            body: body.into(),
        }
    }

    /// A bare status with a short text body (404, 503, …).
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            location: None,
            body: format!("status {status}"),
        }
    }

    pub fn redirect(location: &str) -> Reply {
        Reply {
            status: 302,
            location: Some(location.to_string()),
            body: String::new(),
        }
    }
}

pub struct Scripted {
    /// `http://127.0.0.1:PORT` (no path: the test picks the base path).
    pub origin: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    /// Serves `answer(method, path_and_query)` for every request, from a
    /// thread that lives as long as the test process.
    pub fn start(answer: impl Fn(&str, &str) -> Reply + Send + 'static) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let origin = format!("http://{}", listener.local_addr().expect("bound"));
        let log = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&log);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let Some((method, path)) = read_request(&stream) else {
                    continue;
                };
                if let Ok(mut log) = seen.lock() {
                    log.push(format!("{method} {path}"));
                }
                write_reply(stream, &answer(&method, &path));
            }
        });
        Scripted { origin, log }
    }

    /// Requests so far, as "METHOD path?query".
    pub fn requests(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn read_request(stream: &TcpStream) -> Option<(String, String)> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((method, path))
}

fn write_reply(mut stream: TcpStream, reply: &Reply) {
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: {}\r\nConnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    if let Some(location) = &reply.location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(reply.body.as_bytes());
    let _ = stream.flush();
}
