//! Records the commit the binary is built from for `--version`
//! (`TOSHOKAN_COMMIT`): the short hash when this package is the top of a
//! git work tree and git answers, else `unknown` — a crate tarball, a
//! vendored copy inside another repository, a machine without git. Never
//! fails the build. `TOSHOKAN_BUILD_COMMIT` overrides it (packagers).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=TOSHOKAN_BUILD_COMMIT");
    let commit = std::env::var("TOSHOKAN_BUILD_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(from_git)
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=TOSHOKAN_COMMIT={}", commit.trim());
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    out.status.success().then_some(())?;
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn from_git() -> Option<String> {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    // Only this package's own repository: a copy unpacked inside another
    // one (cargo package's verify dir, a vendor directory) is not it.
    let top = PathBuf::from(git(&manifest, &["rev-parse", "--show-toplevel"])?);
    if top.canonicalize().ok()? != manifest.canonicalize().ok()? {
        return None;
    }
    let commit = git(&manifest, &["rev-parse", "--short=9", "HEAD"])?;
    // Rebuilt when HEAD moves: HEAD itself, the branch it names, packed
    // refs (only files that exist: a missing one would rerun every build).
    let git_dir = PathBuf::from(git(&manifest, &["rev-parse", "--absolute-git-dir"])?);
    let common = git(&manifest, &["rev-parse", "--git-common-dir"])
        .map_or_else(|| git_dir.clone(), |d| manifest.join(d));
    let mut watched = vec![git_dir.join("HEAD"), common.join("packed-refs")];
    if let Some(branch) = git(&manifest, &["symbolic-ref", "-q", "HEAD"]) {
        watched.push(common.join(branch));
    }
    for file in watched.iter().filter(|f| f.is_file()) {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    Some(commit)
}
