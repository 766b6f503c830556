//! Files and directories the user names, and the secrets toshokan keeps:
//! `barcode -o` writes 0600 through a rename (never through a symlink),
//! `capture` numbers on instead of overwriting, an existing directory keeps
//! its mode while the ones toshokan makes are 0700, and a password file is
//! refused when it is a symlink or others may read it.

#![cfg(unix)]

use crate::common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

use common::{CARD, Env, PASSWORD, RunCommand, bare_cmd};

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn barcode_to(home: &Path, file: &Path) -> common::Run {
    bare_cmd(home)
        .env("TOSHOKAN_CONFIG_DIR", home.join("cfg"))
        .args(["barcode", "--card", CARD, "--format", "svg", "--output"])
        .arg(file)
        .run()
}

#[test]
fn barcode_output_replaces_an_open_file_with_a_private_one() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("out");
    std::fs::create_dir(&dir).unwrap();
    set_mode(&dir, 0o755);
    let file = dir.join("card.svg");
    std::fs::write(&file, "old").unwrap();
    set_mode(&file, 0o644);
    let out = barcode_to(home.path(), &file);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(mode(&file), 0o600);
    assert!(std::fs::read_to_string(&file).unwrap().contains("<svg"));
    // The directory is the user's: its mode stays.
    assert_eq!(mode(&dir), 0o755);
}

#[test]
fn barcode_output_never_writes_through_a_symlink() {
    let home = tempfile::tempdir().unwrap();
    let target = home.path().join("elsewhere.txt");
    std::fs::write(&target, "someone else's file").unwrap();
    set_mode(&target, 0o644);
    let link = home.path().join("card.svg");
    symlink(&target, &link).unwrap();
    let out = barcode_to(home.path(), &link);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "someone else's file",
        "the link's target is untouched"
    );
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(
        meta.file_type().is_file(),
        "the link was replaced by the file"
    );
    assert_eq!(mode(&link), 0o600);
    assert!(std::fs::read_to_string(&link).unwrap().contains("<svg"));
}

#[test]
fn capture_numbers_on_in_a_directory_already_used_and_keeps_its_mode() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("captured");
    std::fs::create_dir(&dir).unwrap();
    set_mode(&dir, 0o755);
    let capture = || {
        bare_cmd(home.path())
            .env("TOSHOKAN_CONFIG_DIR", home.path().join("cfg"))
            .args(["--demo", "capture"])
            .arg(&dir)
            .args(["loans", "--json"])
            .run()
    };
    let names = || {
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(capture().code, Some(0));
    let first = names();
    assert!(!first.is_empty());
    let contents: Vec<String> = first
        .iter()
        .map(|n| std::fs::read_to_string(dir.join(n)).unwrap())
        .collect();
    assert_eq!(capture().code, Some(0));
    let second = names();
    assert_eq!(second.len(), 2 * first.len(), "{second:?}");
    // The first run's files are as they were; the second's come after them.
    for (name, text) in first.iter().zip(&contents) {
        assert_eq!(&std::fs::read_to_string(dir.join(name)).unwrap(), text);
    }
    let number = |n: &str| n[..3].parse::<usize>().unwrap();
    let last_first = first.iter().map(|n| number(n)).max().unwrap();
    assert!(
        second
            .iter()
            .filter(|n| !first.contains(n))
            .all(|n| number(n) > last_first),
        "{second:?}"
    );
    assert_eq!(
        mode(&dir),
        0o755,
        "the directory the user named keeps its mode"
    );
}

#[test]
fn an_existing_config_dir_keeps_its_mode_and_secrets_go_in_private_subdirectories() {
    let env = Env::new();
    let config = env.config_dir();
    std::fs::create_dir(&config).unwrap();
    set_mode(&config, 0o1777);
    env.login_saving_password_to_file();
    assert_eq!(mode(&config), 0o1777, "not chmodded");
    for sub in ["sessions", "secrets"] {
        assert_eq!(mode(&config.join(sub)), 0o700, "{sub}");
    }
    assert_eq!(mode(&env.session_file("default")), 0o600);
    assert_eq!(
        mode(&config.join("secrets").join("default.password")),
        0o600
    );
    assert_eq!(mode(&config.join("config.toml")), 0o600);
}

#[test]
fn a_config_dir_toshokan_makes_is_private_with_its_parents() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("a").join("b");
    let out = bare_cmd(home.path())
        .env("TOSHOKAN_CONFIG_DIR", &config)
        .args(["--demo", "loans"])
        .run();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(mode(&config), 0o700);
    assert_eq!(mode(&home.path().join("a")), 0o700);
}

/// A saved password file that others may read, or that is a symlink, is
/// not used: the re-login says why and how to fix it, and sends nothing.
#[test]
fn a_password_file_others_may_read_or_a_symlink_is_refused() {
    let env = Env::new();
    env.login_saving_password_to_file();
    let file = env.config_dir().join("secrets").join("default.password");

    env.sim.expire_sessions();
    set_mode(&file, 0o644);
    env.clear_log();
    let out = env.run(["loans"]);
    assert_eq!(out.code, Some(3), "{}", out.stderr);
    assert!(out.stderr.contains("mode 0644"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("chmod 600 {}", file.display())),
        "{}",
        out.stderr
    );
    let logins = env
        .sim
        .requests()
        .iter()
        .filter(|r| r.form.iter().any(|(_, v)| v == PASSWORD))
        .count();
    assert_eq!(logins, 0, "the password was not sent");

    // The same file behind a symlink.
    set_mode(&file, 0o600);
    let real = env.dir.path().join("real.password");
    std::fs::rename(&file, &real).unwrap();
    symlink(&real, &file).unwrap();
    let out = env.run(["loans"]);
    assert_eq!(out.code, Some(3), "{}", out.stderr);
    assert!(out.stderr.contains("symbolic link"), "{}", out.stderr);

    // Fixed: used again.
    std::fs::remove_file(&file).unwrap();
    std::fs::rename(&real, &file).unwrap();
    let out = env.run(["loans"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}
