//! Atomic, permission-aware file writes and advisory file locks (per profile, per card, config.toml).

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

use crate::error::{CliError, Exit};

fn io_error(path: &Path, e: std::io::Error) -> CliError {
    CliError::new(Exit::Internal, format!("{}: {e}", path.display()))
}

pub fn ensure_dir(dir: &Path) -> Result<(), CliError> {
    // The directories this call creates, not only the last one, are private.
    let created: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
        .collect();
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Only the owner may list sessions and secrets.
        let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
        for d in created {
            let _ = fs::set_permissions(d, fs::Permissions::from_mode(0o700));
        }
    }
    #[cfg(not(unix))]
    let _ = created;
    Ok(())
}

/// Writes through a temp file in the same directory and renames it into
/// place, so readers see the old or the new file, never a torn one.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<(), CliError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    ensure_dir(dir)?;
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
    tmp.persist(path).map_err(|e| io_error(path, e.error))?;
    Ok(())
}

pub fn remove_if_exists(path: &Path) -> Result<bool, CliError> {
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
pub fn try_lock(path: &Path) -> Result<Option<Lock>, CliError> {
    let file = open_lock_file(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Lock { _file: file })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(io_error(path, e)),
    }
}

fn open_lock_file(path: &Path) -> Result<File, CliError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    ensure_dir(dir)?;
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| io_error(path, e))
}

pub fn lock(path: &Path) -> Result<Lock, CliError> {
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
