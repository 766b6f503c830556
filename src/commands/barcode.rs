//! `barcode`: 利用者番号バーコード表示, offline. The card number comes from
//! `--card`, the profile, or `TOSHOKAN_CARD`; nothing is sent anywhere.

use std::io::{IsTerminal, Write};

use super::context::Context;
use crate::cli::{BarcodeArgs, BarcodeFormat, SymbologyChoice};
use crate::config;
use crate::error::{CliError, Exit};
use crate::output::barcode::{self, Symbology};

fn card_number(ctx: &Context, args: &BarcodeArgs) -> Result<String, CliError> {
    let lang = ctx.lang();
    #[cfg(feature = "sim")]
    if args.card.is_none()
        && let Some(demo) = &ctx.demo
    {
        return Ok(demo.credentials().card.clone());
    }
    let card = args
        .card
        .clone()
        .or_else(|| ctx.known_card(ctx.profile_name()))
        .ok_or_else(|| {
            CliError::usage(lang.t("利用カード番号がありません", "no card number"))
                .with_hint("--card N, `toshokan login`, or TOSHOKAN_CARD")
        })?;
    Ok(config::validate_card(&card)?)
}

pub fn run(ctx: &mut Context, args: &BarcodeArgs) -> Result<Exit, CliError> {
    let lang = ctx.lang();
    let card = card_number(ctx, args)?;
    let symbology = match args.symbology {
        SymbologyChoice::Codabar => Symbology::Codabar {
            start: args.start.to_ascii_uppercase(),
            stop: args.stop.to_ascii_uppercase(),
        },
        SymbologyChoice::Code39 => Symbology::Code39,
    };
    let code = barcode::encode(&card, symbology, lang)?;
    let to_file = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    // `--json`: stdout carries the code, not a drawing; a file format goes
    // to the file `--output` names, or nowhere.
    if ctx.out.json && to_file.is_none() && args.format != BarcodeFormat::Terminal {
        return Err(CliError::usage(lang.t(
            "--json ではバーコードのデータを出力します。画像は --output FILE に書き出してください",
            "--json prints the barcode's code; write the image with --output FILE",
        ))
        .with_hint("--json --format png --output card.png"));
    }
    if ctx.out.json && to_file.is_none() {
        ctx.out
            .json(&barcode::CardCode::new(&code, &card, symbology))?;
        return Ok(Exit::Success);
    }
    let bytes: Vec<u8> = match args.format {
        BarcodeFormat::Terminal => {
            let tty = to_file.is_none() && std::io::stdout().is_terminal();
            let columns = if tty {
                crate::output::terminal_width()
            } else {
                None
            };
            if tty && !ctx.out.color {
                ctx.out.note(lang.t(
                    "注意: 色を使わないため、黒地の端末では白黒が反転します（--color always か --format html）",
                    "note: without colour a dark terminal shows it inverted (try --color always or --format html)",
                ));
            }
            if columns.is_some_and(|c| c < code.terminal_width().div_ceil(2)) {
                return Err(CliError::usage(lang.t(
                    "端末の幅が足りません",
                    "the terminal is too narrow for the barcode",
                ))
                .with_hint("--format html --output card.html"));
            }
            code.terminal(ctx.out.color && to_file.is_none(), columns)
                .into_bytes()
        }
        BarcodeFormat::Svg => code.svg()?.into_bytes(),
        BarcodeFormat::Html => code
            .html(&card, lang.t("利用者番号バーコード", "Library card"))?
            .into_bytes(),
        BarcodeFormat::Png => {
            if to_file.is_none() && std::io::stdout().is_terminal() {
                return Err(CliError::usage(lang.t(
                    "PNG は端末に出力できません",
                    "will not write PNG data to a terminal",
                ))
                .with_hint("--output card.png"));
            }
            code.png()?
        }
    };
    match to_file {
        Some(path) => {
            write_private(path, &bytes)?;
            ctx.out.note(&format!(
                "{} {} ({})",
                lang.t("書き出しました:", "wrote"),
                path.display(),
                config::mask_card(&card)
            ));
            if ctx.out.json {
                ctx.out
                    .json(&barcode::CardCode::new(&code, &card, symbology))?;
            }
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&bytes).and_then(|()| stdout.flush()) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => {
                    return Err(CliError::new(
                        Exit::Internal,
                        format!("cannot write output: {e}"),
                    ));
                }
            }
            if args.format == BarcodeFormat::Terminal {
                ctx.out.note(&config::mask_card(&card));
            }
        }
    }
    Ok(Exit::Success)
}

/// The file carries the full card number: written mode 0600 through a temp
/// file renamed into place, so an existing file (even one readable by
/// others) is replaced rather than rewritten, and a symlink at `path` is
/// replaced by the file, never followed. The directory is the user's: it
/// must exist and is left as it is.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    Ok(config::fsutil::replace(path, bytes, 0o600)?)
}
