//! `shelf …` (マイ本棚): the clap definition, pure data.

use clap::{Args, Subcommand};

use super::{ListArgs, WriteOpts, examples};
use crate::model::TitleCode;

#[derive(Debug, Args)]
pub struct ShelfArgs {
    #[command(subcommand)]
    pub action: Option<ShelfCommand>,
    #[command(flatten)]
    pub list: ListArgs,
}

#[derive(Debug, Subcommand)]
pub enum ShelfCommand {
    /// Every shelf: number, name, memo and number of titles (the default)
    #[command(alias = "ls")]
    #[command(after_long_help = examples::SHELF_LIST)]
    List(ListArgs),
    /// The titles on a shelf, in the site's order
    #[command(after_long_help = examples::SHELF_SHOW)]
    Show(ShelfShowArgs),
    /// Create a shelf (リストの新規作成)
    #[command(after_long_help = examples::SHELF_CREATE)]
    Create(ShelfCreateArgs),
    /// Rename a shelf
    #[command(after_long_help = examples::SHELF_RENAME)]
    Rename(ShelfRenameArgs),
    /// Set a shelf's memo, or a title's memo with --item (an empty TEXT clears it)
    #[command(after_long_help = examples::SHELF_MEMO)]
    Memo(ShelfMemoArgs),
    /// Add titles to a shelf from their detail pages (--new NAME creates the shelf first)
    #[command(after_long_help = examples::SHELF_ADD)]
    Add(ShelfAddArgs),
    /// Take titles off a shelf
    #[command(alias = "rm")]
    #[command(after_long_help = examples::SHELF_REMOVE)]
    Remove(ShelfRemoveArgs),
    /// Move a title to another place on its shelf
    #[command(alias = "mv")]
    #[command(after_long_help = examples::SHELF_MOVE)]
    Move(ShelfMoveArgs),
    /// Delete a shelf with every title on it (asks first unless --yes)
    #[command(after_long_help = examples::SHELF_DELETE)]
    Delete(ShelfDeleteArgs),
}

#[derive(Debug, Args)]
pub struct ShelfShowArgs {
    /// Shelf number or name [default: the shelf the site shows first]
    #[arg(value_name = "SHELF")]
    pub shelf: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShelfCreateArgs {
    /// The new shelf's name (at most 50 characters)
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The shelf's memo (at most 1000 characters)
    #[arg(long, value_name = "M")]
    pub memo: Option<String>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ShelfRenameArgs {
    /// Shelf number or name
    #[arg(value_name = "SHELF")]
    pub shelf: String,
    /// The new name (at most 50 characters)
    #[arg(value_name = "NAME")]
    pub name: String,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ShelfMemoArgs {
    /// Shelf number or name
    #[arg(value_name = "SHELF")]
    pub shelf: String,
    /// The memo (at most 1000 characters; empty clears it)
    #[arg(value_name = "TEXT")]
    pub text: String,
    /// Set this title's memo instead of the shelf's
    #[arg(long, value_name = "ID")]
    pub item: Option<String>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ShelfAddArgs {
    /// The shelf (number or name), then title codes; with --new only title codes
    #[arg(value_name = "SHELF ID", required = true)]
    pub args: Vec<String>,
    /// A memo for each title added
    #[arg(long, value_name = "M")]
    pub memo: Option<String>,
    /// Create a shelf of this name first and add to it
    #[arg(long = "new", value_name = "NAME")]
    pub new: Option<String>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ShelfRemoveArgs {
    /// Shelf number or name
    #[arg(value_name = "SHELF")]
    pub shelf: String,
    /// Title codes, as `shelf show` prints them
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<TitleCode>,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ShelfMoveArgs {
    /// Shelf number or name
    #[arg(value_name = "SHELF")]
    pub shelf: String,
    /// Title code, as `shelf show` prints it
    #[arg(value_name = "ID")]
    pub id: TitleCode,
    /// The title's new place (1 = first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub to: u32,
    #[command(flatten)]
    pub write: WriteOpts,
}

#[derive(Debug, Args)]
pub struct ShelfDeleteArgs {
    /// Shelf number or name
    #[arg(value_name = "SHELF")]
    pub shelf: String,
    #[command(flatten)]
    pub write: WriteOpts,
}
