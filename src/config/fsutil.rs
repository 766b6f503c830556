//! Atomic, permission-aware file writes and advisory file locks (per profile, per card, config.toml).

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use super::ConfigError;

fn io_error(path: &Path, e: std::io::Error) -> ConfigError {
    ConfigError::io(path, e)
}

/// Makes `dir` and its missing parents, each created mode 0700 (only the
/// owner may list sessions and secrets). A directory that exists keeps its
/// mode: it may be one the user named (`--config-dir`, `capture DIR`), and
/// a shared 1777 directory must not become private to one user.
pub fn ensure_dir(dir: &Path) -> Result<(), ConfigError> {
    if dir.is_dir() {
        return Ok(());
    }
    let created: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| io_error(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // 0700 whatever the umask; only what this call made.
        for d in created {
            let _ = fs::set_permissions(d, fs::Permissions::from_mode(0o700));
        }
    }
    #[cfg(not(unix))]
    let _ = created;
    Ok(())
}

/// Writes through a temp file in the same directory and renames it into
/// place, so readers see the old or the new file, never a torn one. Missing
/// directories are made ([`ensure_dir`]).
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<(), ConfigError> {
    ensure_dir(parent(path))?;
    replace(path, bytes, mode)
}

/// The directory a file goes in (`.` for a bare file name).
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A temp file in `path`'s directory, created with `mode` (never wider),
/// holding `bytes`, flushed to disk.
fn staged(path: &Path, bytes: &[u8], mode: u32) -> Result<tempfile::NamedTempFile, ConfigError> {
    let dir = parent(path);
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| io_error(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(mode))
            .map_err(|e| io_error(path, e))?;
    }
    #[cfg(not(unix))]
    let _ = mode;
    tmp.write_all(bytes).map_err(|e| io_error(path, e))?;
    tmp.as_file().sync_all().map_err(|e| io_error(path, e))?;
    Ok(tmp)
}

/// [`write_atomic`] into a directory that must exist (a file the user
/// named: its directory is theirs). Whatever is at `path` is replaced by
/// the rename, never written through: an existing file keeps neither its
/// mode nor its content, and a symlink there is replaced by the file, not
/// followed.
pub fn replace(path: &Path, bytes: &[u8], mode: u32) -> Result<(), ConfigError> {
    let tmp = staged(path, bytes, mode)?;
    tmp.persist(path).map_err(|e| io_error(path, e.error))?;
    Ok(())
}

/// Writes a new file atomically, mode `mode`, never replacing anything:
/// `Ok(false)` when `path` exists (a file, a directory or a symlink).
pub fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<bool, ConfigError> {
    let tmp = staged(path, bytes, mode)?;
    match tmp.persist_noclobber(path) {
        Ok(_) => Ok(true),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(io_error(path, e.error)),
    }
}

/// Reads a file that holds a secret: `Ok(None)` when there is none. A
/// symlink is not followed (whoever can point it elsewhere chooses what is
/// read), and a file that others may read or write is refused: the secret
/// in it may already be known, and it is not used until the owner fixes the
/// mode (the hint says how). The file opened is checked to be the one
/// looked at, so a swap in between is refused too.
pub fn read_private(path: &Path) -> Result<Option<String>, ConfigError> {
    let looked = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error(path, e)),
    };
    if looked.file_type().is_symlink() {
        return Err(ConfigError::SecretLink(path.to_path_buf()));
    }
    if !looked.is_file() {
        return Err(ConfigError::NotAFile(path.to_path_buf()));
    }
    let mut file = File::open(path).map_err(|e| io_error(path, e))?;
    let opened = file.metadata().map_err(|e| io_error(path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (opened.dev(), opened.ino()) != (looked.dev(), looked.ino()) {
            return Err(ConfigError::Swapped(path.to_path_buf()));
        }
        let mode = opened.mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(ConfigError::OpenToOthers {
                path: path.to_path_buf(),
                mode,
            });
        }
    }
    #[cfg(not(unix))]
    let _ = opened;
    let mut text = String::new();
    std::io::Read::read_to_string(&mut file, &mut text).map_err(|e| io_error(path, e))?;
    Ok(Some(text))
}

pub fn remove_if_exists(path: &Path) -> Result<bool, ConfigError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error(path, e)),
    }
}

/// An exclusive advisory lock held for the life of the value: two processes
/// on one profile (cron and a person) take turns instead of interleaving.
pub struct Lock {
    _file: File,
}

/// The lock if it is free now, `None` when another process holds it.
pub fn try_lock(path: &Path) -> Result<Option<Lock>, ConfigError> {
    let file = open_lock_file(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Lock { _file: file })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(io_error(path, e)),
    }
}

fn open_lock_file(path: &Path) -> Result<File, ConfigError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    ensure_dir(dir)?;
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| io_error(path, e))
}

pub fn lock(path: &Path) -> Result<Lock, ConfigError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    ensure_dir(dir)?;
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| io_error(path, e))?;
    file.lock().map_err(|e| io_error(path, e))?;
    Ok(Lock { _file: file })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::symlink_metadata(path)
            .expect("exists")
            .permissions()
            .mode()
            & 0o7777
    }

    #[test]
    fn ensure_dir_leaves_an_existing_directory_alone_and_makes_new_ones_private() {
        let home = tempfile::tempdir().expect("temp dir");
        let shared = home.path().join("shared");
        fs::create_dir(&shared).expect("mkdir");
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).expect("chmod");
        ensure_dir(&shared).expect("exists");
        assert_eq!(mode(&shared), 0o1777);
        let new = shared.join("a").join("b");
        ensure_dir(&new).expect("made");
        assert_eq!(mode(&shared.join("a")), 0o700);
        assert_eq!(mode(&new), 0o700);
        assert_eq!(mode(&shared), 0o1777);
    }

    #[test]
    fn write_new_never_replaces_anything() {
        let home = tempfile::tempdir().expect("temp dir");
        let file = home.path().join("001.html");
        assert!(write_new(&file, b"first", 0o600).expect("written"));
        assert!(!write_new(&file, b"second", 0o600).expect("refused"));
        assert_eq!(fs::read_to_string(&file).expect("read"), "first");
        let link = home.path().join("002.html");
        std::os::unix::fs::symlink(home.path().join("nowhere"), &link).expect("link");
        assert!(!write_new(&link, b"x", 0o600).expect("refused"));
        assert!(!home.path().join("nowhere").exists());
        assert_eq!(mode(&file), 0o600);
    }

    #[test]
    fn read_private_refuses_links_and_files_others_may_read() {
        let home = tempfile::tempdir().expect("temp dir");
        let file = home.path().join("p");
        assert!(read_private(&file).expect("none").is_none());
        fs::write(&file, "secret").expect("write");
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).expect("chmod");
        assert_eq!(
            read_private(&file).expect("read").as_deref(),
            Some("secret")
        );
        for loose in [0o644, 0o640, 0o604, 0o620] {
            fs::set_permissions(&file, fs::Permissions::from_mode(loose)).expect("chmod");
            let err = read_private(&file).expect_err("refused");
            assert!(
                matches!(err, ConfigError::OpenToOthers { mode, .. } if mode == loose),
                "{err}"
            );
        }
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).expect("chmod");
        let link = home.path().join("link");
        std::os::unix::fs::symlink(&file, &link).expect("link");
        let err = read_private(&link).expect_err("refused");
        assert!(err.to_string().contains("symbolic link"), "{err}");
    }
}
