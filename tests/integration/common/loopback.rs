//! Tiny loopback servers for what the simulator is not: a site that must
//! hear nothing, and a site whose answer never ends.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A loopback port that accepts connections and never answers: whatever
/// connects to it is seen.
pub struct Silent {
    listener: TcpListener,
    pub url: String,
}

impl Silent {
    pub fn new() -> Silent {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        Silent {
            url: format!("http://127.0.0.1:{port}/licsxp-opac/"),
            listener,
        }
    }

    /// Whether anything connected since the last call (a connection waits
    /// in the backlog until accepted).
    pub fn contacted(&self) -> bool {
        self.listener.accept().is_ok()
    }
}

/// A site answering every request with 200 and a `size`-byte HTML body,
/// announced (`Content-Length`) or streamed (chunked), written 64 KiB at a
/// time for as long as the client reads.
pub struct Flood {
    pub url: String,
    written: Arc<AtomicUsize>,
    busy: Arc<AtomicUsize>,
    started: Arc<AtomicBool>,
}

impl Flood {
    pub fn new(size: usize, chunked: bool) -> Flood {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let flood = Flood {
            url: format!("http://127.0.0.1:{port}/licsxp-opac/"),
            written: Arc::new(AtomicUsize::new(0)),
            busy: Arc::new(AtomicUsize::new(0)),
            started: Arc::new(AtomicBool::new(false)),
        };
        let (written, busy, started) = (
            Arc::clone(&flood.written),
            Arc::clone(&flood.busy),
            Arc::clone(&flood.started),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                busy.fetch_add(1, Ordering::SeqCst);
                started.store(true, Ordering::SeqCst);
                let (written, busy) = (Arc::clone(&written), Arc::clone(&busy));
                std::thread::spawn(move || {
                    answer(stream, size, chunked, &written);
                    busy.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        flood
    }

    /// Body bytes the client took (into its socket buffers or beyond),
    /// once every answer has ended.
    pub fn taken(&self) -> usize {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.busy.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(self.started.load(Ordering::SeqCst), "nothing connected");
        self.written.load(Ordering::SeqCst)
    }
}

fn answer(mut stream: TcpStream, size: usize, chunked: bool, written: &AtomicUsize) {
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let framing = if chunked {
        "Transfer-Encoding: chunked".to_string()
    } else {
        format!("Content-Length: {size}")
    };
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=UTF-8\r\n{framing}\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    let block = b"<p>toshokan</p>\n".repeat(4096);
    let mut left = size;
    while left > 0 {
        let piece = &block[..block.len().min(left)];
        let sent = if chunked {
            stream
                .write_all(format!("{:x}\r\n", piece.len()).as_bytes())
                .and_then(|()| stream.write_all(piece))
                .and_then(|()| stream.write_all(b"\r\n"))
        } else {
            stream.write_all(piece)
        };
        if sent.is_err() {
            return;
        }
        written.fetch_add(piece.len(), Ordering::SeqCst);
        left -= piece.len();
    }
    if chunked {
        let _ = stream.write_all(b"0\r\n\r\n");
    }
}
