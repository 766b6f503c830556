//! What toshokan sends where, and how much it takes back: a profile's
//! password and session go only to the site it logged in to, plain http
//! only to this machine, answers are cut off at 16 MiB, and the pace
//! between requests is bounded.

use crate::common;

use common::loopback::{Flood, Silent};
use common::{CARD, Env, LOGIN, PASSWORD, bare_cmd};

const MIB: usize = 1024 * 1024;

/// The demo account logged in with its password saved in the file store,
/// and the session gone: the next account command must log in again.
fn saved_password_and_no_session() -> Env {
    let env = Env::new();
    env.login_saving_password_to_file();
    std::fs::remove_file(env.session_file("default")).unwrap();
    env.clear_log();
    env
}

#[test]
fn another_base_url_on_a_logged_in_profile_is_refused_and_nothing_is_sent() {
    let env = saved_password_and_no_session();
    let other = Silent::new();
    let runs = [
        env.cmd()
            .args(["--no-input", "--base-url", &other.url, "loans"])
            .output()
            .unwrap(),
        env.cmd()
            .env("TOSHOKAN_BASE_URL", &other.url)
            .args(["--no-input", "renew", "--all", "--yes"])
            .output()
            .unwrap(),
        env.cmd()
            .args(["--no-input", "--all-profiles", "--base-url", &other.url])
            .args(["status"])
            .output()
            .unwrap(),
        env.cmd()
            .env("TOSHOKAN_BASE_URL", &other.url)
            .args(["--no-input", "--json", "logout"])
            .output()
            .unwrap(),
    ];
    for out in &runs {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("not this profile's site"), "{stderr}");
        assert!(
            stderr.contains("log in to it, or use another profile"),
            "{stderr}"
        );
    }
    assert!(!other.contacted(), "a request reached the other site");
    // Nothing was sent to the profile's own site either.
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

#[test]
fn login_to_another_site_never_sends_the_saved_password_there() {
    let env = saved_password_and_no_session();
    let other = Silent::new();
    // No password given: the saved one belongs to the profile's site.
    let out = env
        .cmd()
        .args(["--no-input", "--base-url", &other.url, "login"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("no password given"), "{stderr}");
    assert!(
        !other.contacted(),
        "the saved password went to the other site"
    );
}

#[test]
fn logging_in_to_another_site_drops_the_password_saved_for_the_first() {
    let env = saved_password_and_no_session();
    let second = Env::new();
    let out = env
        .cmd()
        .args(["--base-url", &second.base_url])
        .args(LOGIN)
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("removed the password saved"), "{stderr}");
    let secrets = env.config_dir().join("secrets").join("default.password");
    assert!(!secrets.exists());
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(config.contains(&second.base_url), "{config}");
    assert!(!config.contains("password_store"), "{config}");
}

#[test]
fn a_base_url_that_differs_only_in_form_is_the_same_site() {
    let env = saved_password_and_no_session();
    // Upper-case scheme and host, no trailing slash: the same site.
    let url = env.base_url.trim_end_matches('/').to_string();
    let same = url.replacen("http://", "HTTP://", 1);
    for base in [url.as_str(), same.as_str()] {
        let out = env
            .cmd()
            .args(["--no-input", "--base-url", base, "loans"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{base}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn plain_http_to_another_host_is_refused_before_any_request() {
    let home = tempfile::tempdir().unwrap();
    let remote = "http://opac.example.invalid/licsxp-opac/";
    let runs: [&[&str]; 3] = [
        &["search", "夏目漱石"],
        &["login", "--card", CARD, "--password-stdin"],
        &["loans"],
    ];
    for args in runs {
        let out = bare_cmd(home.path())
            .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .env("TOSHOKAN_CARD", CARD)
            .env("TOSHOKAN_PASSWORD", PASSWORD)
            .args(["--no-input", "--base-url", remote])
            .args(args)
            .write_stdin(format!("{PASSWORD}\n"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        // Without the check the name fails to resolve: exit 5.
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("plain http is only for loopback"),
            "{stderr}"
        );
    }
}

#[test]
fn a_huge_answer_is_cut_off_at_16_mib() {
    for chunked in [true, false] {
        let home = tempfile::tempdir().unwrap();
        let site = Flood::new(64 * MIB, chunked);
        let captured = home.path().join("captured");
        let out = bare_cmd(home.path())
            .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .args(["--no-input", "--base-url", &site.url, "capture"])
            .arg(&captured)
            .args(["search", "夏目漱石"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "chunked {chunked}: {stderr}");
        assert!(stderr.contains("larger than 16 MiB"), "{stderr}");
        // It stopped reading: what the site got written is the cap plus
        // the sockets' buffers, not the whole answer.
        let taken = site.taken();
        assert!(taken < 40 * MIB, "chunked {chunked}: read {taken} bytes");
        for file in crate::common::files_under(home.path()) {
            let size = std::fs::metadata(&file).unwrap().len();
            assert!(size <= 16 * MIB as u64, "{}: {size} bytes", file.display());
        }
    }
}

#[test]
fn pace_is_at_most_a_minute() {
    let home = tempfile::tempdir().unwrap();
    for (flag, env) in [
        (Some("18446744073709551615"), None),
        (Some("60001"), None),
        (None, Some("60001")),
    ] {
        let mut cmd = bare_cmd(home.path());
        cmd.env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .args(["--base-url", "http://127.0.0.1:9/licsxp-opac/"]);
        if let Some(ms) = flag {
            cmd.args(["--pace-ms", ms]);
        }
        if let Some(ms) = env {
            cmd.env("TOSHOKAN_PACE_MS", ms);
        }
        let out = cmd
            .args(["search", "x"])
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("0..=60000"), "{stderr}");
    }
}
