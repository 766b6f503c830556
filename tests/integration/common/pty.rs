//! The binary on a pseudo-terminal: what a person at a terminal sees and
//! answers (prompts, tables at a given width), which a pipe cannot show.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// What one run on a terminal gave: everything written to the terminal
/// (stdout and stderr together, as a person sees them) and the exit code.
#[derive(Debug)]
pub struct PtyRun {
    pub code: u32,
    pub screen: String,
}

/// Runs `cmd` (its program, arguments and environment; nothing inherited)
/// on a terminal of `cols` columns. For each `(wait_for, answer)`, waits
/// until the screen shows `wait_for`, then types `answer`.
pub fn run_on_pty(cmd: &std::process::Command, cols: u16, script: &[(&str, &str)]) -> PtyRun {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty opens");
    let mut builder = CommandBuilder::new(cmd.get_program());
    builder.args(cmd.get_args());
    builder.env_clear();
    for (key, value) in cmd.get_envs() {
        if let Some(value) = value {
            builder.env(key, value);
        }
    }
    builder.env("TERM", "dumb");
    let mut child = pair.slave.spawn_command(builder).expect("the binary runs");
    drop(pair.slave);
    let screen = Arc::new(Mutex::new(Vec::<u8>::new()));
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let sink = Arc::clone(&screen);
    let reading = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        // Ends at EOF or EIO, once the child has closed the terminal.
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock().expect("lock").extend_from_slice(&buf[..n]);
        }
    });
    let mut writer = pair.master.take_writer().expect("pty writer");
    for (wait_for, answer) in script {
        let start = Instant::now();
        loop {
            let seen = String::from_utf8_lossy(&screen.lock().expect("lock")).into_owned();
            if seen.contains(wait_for) {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the terminal never showed {wait_for:?}; it showed:\n{seen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        writer.write_all(answer.as_bytes()).expect("typing");
        writer.flush().expect("typing");
    }
    let status = child.wait().expect("the binary ends");
    drop(writer);
    drop(pair.master);
    let _ = reading.join();
    let screen = String::from_utf8_lossy(&screen.lock().expect("lock")).into_owned();
    PtyRun {
        code: status.exit_code(),
        screen,
    }
}
