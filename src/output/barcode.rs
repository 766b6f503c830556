//! 利用者番号バーコード: the card number as NW-7 (Codabar) or Code39, drawn
//! for a terminal, or written as SVG, PNG or a self-contained HTML page.
//!
//! The symbology tables are `barcoders`'; this module only lays the modules
//! out. Nothing is added to the number: Codabar has no standard check
//! digit, so what is printed on the card is what is encoded.

use barcoders::generators::svg::{Color, SVG};
use barcoders::sym::codabar::Codabar;
use barcoders::sym::code39::Code39;
use serde::Serialize;

use crate::error::{CliError, Exit};
use crate::i18n::Lang;

/// Light modules on each side (the standards ask for at least 10).
pub const QUIET_ZONE: usize = 12;
/// Terminal rows of bars: at two modules a cell, about 1:1.4 for a 12-digit card.
pub const TERMINAL_ROWS: usize = 6;
/// Pixels per module and bar height for SVG and PNG.
pub const PIXELS_PER_MODULE: u32 = 3;
pub const BAR_HEIGHT: u32 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbology {
    /// NW-7 with its start and stop characters (A–D).
    Codabar {
        start: char,
        stop: char,
    },
    Code39,
}

/// A card number ready to draw: the modules (1 = bar) without quiet zones,
/// and the text a person reads under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Barcode {
    pub modules: Vec<u8>,
    /// What the symbol encodes (Codabar: with start/stop characters).
    pub encoded: String,
}

fn not_encodable(card_hint: &str, lang: Lang, why: &str) -> CliError {
    CliError::usage(format!(
        "{}: {why}",
        lang.t(
            "この利用者番号はこの方式では表せません",
            "the card number cannot be encoded in this symbology"
        )
    ))
    .with_hint(card_hint.to_string())
}

/// Encodes a card number. A character the symbology cannot carry is bad input.
pub fn encode(card: &str, symbology: Symbology, lang: Lang) -> Result<Barcode, CliError> {
    let card = card.trim();
    match symbology {
        Symbology::Codabar { start, stop } => {
            for (flag, c) in [("--start", start), ("--stop", stop)] {
                if !matches!(c, 'A'..='D') {
                    return Err(CliError::usage(format!(
                        "{flag} {c:?}: {}",
                        lang.t(
                            "NW-7 のスタート/ストップ文字は A〜D です",
                            "NW-7 start/stop characters are A to D"
                        )
                    )));
                }
            }
            let body_ok = !card.is_empty()
                && card
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '$' | ':' | '/' | '.' | '+'));
            if !body_ok {
                return Err(not_encodable(
                    lang.t(
                        "NW-7 は数字と - $ : / . + だけを表せます。--symbology code39 を試してください",
                        "NW-7 carries digits and - $ : / . + only; try --symbology code39",
                    ),
                    lang,
                    "NW-7",
                ));
            }
            let encoded = format!("{start}{card}{stop}");
            let symbol =
                Codabar::new(&encoded).map_err(|e| not_encodable("NW-7", lang, &e.to_string()))?;
            Ok(Barcode {
                modules: symbol.encode(),
                encoded,
            })
        }
        Symbology::Code39 => {
            let symbol = Code39::new(card).map_err(|e| {
                not_encodable(
                    lang.t(
                        "Code39 は英大文字・数字と - . $ / + % 空白だけを表せます",
                        "Code39 carries upper-case letters, digits and - . $ / + % space only",
                    ),
                    lang,
                    &e.to_string(),
                )
            })?;
            Ok(Barcode {
                modules: symbol.encode(),
                encoded: format!("*{card}*"),
            })
        }
    }
}

/// `barcode --json`: what the card's symbol carries, for a program that
/// draws it itself (a wallet pass, a label printer). The one output that
/// holds the whole card number: the patron asked for their own card's code.
#[derive(Debug, Serialize)]
pub struct CardCode<'a> {
    /// The characters the symbol encodes: NW-7 with its start and stop
    /// characters (`A1234567890A`), Code39 between its `*` delimiters.
    pub code: &'a str,
    /// The card number itself, as the symbol carries it.
    pub number: &'a str,
    /// `codabar` (NW-7) or `code39`.
    pub symbology: &'static str,
    /// NW-7's start and stop characters (`A`–`D`); null for Code39.
    pub start: Option<char>,
    pub stop: Option<char>,
}

impl<'a> CardCode<'a> {
    pub fn new(barcode: &'a Barcode, number: &'a str, symbology: Symbology) -> Self {
        let (name, start, stop) = match symbology {
            Symbology::Codabar { start, stop } => ("codabar", Some(start), Some(stop)),
            Symbology::Code39 => ("code39", None, None),
        };
        CardCode {
            code: &barcode.encoded,
            number: number.trim(),
            symbology: name,
            start,
            stop,
        }
    }
}

impl Barcode {
    /// The modules with the quiet zone on both sides.
    pub fn padded(&self) -> Vec<u8> {
        let mut out = vec![0u8; QUIET_ZONE];
        out.extend_from_slice(&self.modules);
        out.extend(std::iter::repeat_n(0u8, QUIET_ZONE));
        out
    }

    /// Block characters: dark bars on a light background with the quiet
    /// zone and a light row above and below. With `ansi` the colours are
    /// forced (black on white) so dark terminal themes do not invert it;
    /// without, `█` is a bar and the terminal's background must be light.
    /// One module a cell when `columns` allow it, else two (`▌▐█`).
    pub fn terminal(&self, ansi: bool, columns: Option<usize>) -> String {
        let padded = self.padded();
        let wide = columns.is_none_or(|c| padded.len() <= c);
        let cells: String = if wide {
            padded
                .iter()
                .map(|m| if *m == 1 { '█' } else { ' ' })
                .collect()
        } else {
            padded
                .chunks(2)
                .map(|pair| match (pair[0], pair.get(1).copied().unwrap_or(0)) {
                    (1, 1) => '█',
                    (1, 0) => '▌',
                    (0, 1) => '▐',
                    _ => ' ',
                })
                .collect()
        };
        let blank = " ".repeat(cells.chars().count());
        let (on, off) = if ansi {
            ("\x1b[30;107m", "\x1b[0m")
        } else {
            ("", "")
        };
        let mut out = String::new();
        let rows = std::iter::once(&blank)
            .chain(std::iter::repeat_n(&cells, TERMINAL_ROWS))
            .chain(std::iter::once(&blank));
        for row in rows {
            out.push_str(on);
            out.push_str(row);
            out.push_str(off);
            out.push('\n');
        }
        out
    }

    /// Width in terminal cells of the one-module-a-cell drawing.
    pub fn terminal_width(&self) -> usize {
        self.modules.len() + 2 * QUIET_ZONE
    }

    /// An SVG (barcoders' generator) with the quiet zone and a size.
    pub fn svg(&self) -> Result<String, CliError> {
        let padded = self.padded();
        let svg = SVG::new(BAR_HEIGHT)
            .xdim(PIXELS_PER_MODULE)
            .foreground(Color::black())
            .background(Color::white())
            .xmlns("http://www.w3.org/2000/svg".to_string())
            .generate(&padded)
            .map_err(|e| CliError::new(Exit::Internal, format!("barcode SVG: {e}")))?;
        let width = padded.len() as u32 * PIXELS_PER_MODULE;
        Ok(svg.replacen(
            "<svg ",
            &format!("<svg width=\"{width}\" height=\"{BAR_HEIGHT}\" "),
            1,
        ))
    }

    /// A greyscale PNG: black bars, white background and margins.
    pub fn png(&self) -> Result<Vec<u8>, CliError> {
        let padded = self.padded();
        let margin = 10u32;
        let width = padded.len() as u32 * PIXELS_PER_MODULE;
        let height = BAR_HEIGHT + 2 * margin;
        let row: Vec<u8> = padded
            .iter()
            .flat_map(|m| {
                std::iter::repeat_n(
                    if *m == 1 { 0u8 } else { 255u8 },
                    PIXELS_PER_MODULE as usize,
                )
            })
            .collect();
        let white = vec![255u8; row.len()];
        let mut pixels = Vec::with_capacity(row.len() * height as usize);
        for y in 0..height {
            let bar = y >= margin && y < margin + BAR_HEIGHT;
            pixels.extend_from_slice(if bar { &row } else { &white });
        }
        let fail =
            |e: png::EncodingError| CliError::new(Exit::Internal, format!("barcode PNG: {e}"));
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, width, height);
            encoder.set_color(png::ColorType::Grayscale);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().map_err(fail)?;
            writer.write_image_data(&pixels).map_err(fail)?;
            writer.finish().map_err(fail)?;
        }
        Ok(out)
    }

    /// A page to open on a phone: the barcode as large as the screen allows
    /// and the number under it. Self-contained (inline SVG, no scripts).
    pub fn html(&self, number: &str, title: &str) -> Result<String, CliError> {
        let svg = self
            .svg()?
            .replacen("<svg ", "<svg preserveAspectRatio=\"none\" ", 1);
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        Ok(format!(
            "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n<style>\n\
html,body{{margin:0;background:#fff;color:#000;font-family:sans-serif}}\n\
main{{display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:100vh}}\n\
.code svg{{width:96vw;max-width:900px;height:40vh;max-height:320px;display:block}}\n\
.number{{font-size:8vw;letter-spacing:.15em;margin-top:1rem;font-variant-numeric:tabular-nums}}\n\
</style>\n</head>\n<body>\n<main>\n<div class=\"code\">{svg}</div>\n\
<div class=\"number\">{number}</div>\n</main>\n</body>\n</html>\n",
            title = esc(title),
            number = esc(number),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codabar_needs_digits_and_start_stop() {
        let ok = encode(
            "1234567890",
            Symbology::Codabar {
                start: 'A',
                stop: 'B',
            },
            Lang::En,
        )
        .unwrap();
        assert_eq!(ok.encoded, "A1234567890B");
        // No check digit: what the card says between start and stop.
        assert!(ok.modules.contains(&1));
        assert!(
            encode(
                "12AB",
                Symbology::Codabar {
                    start: 'A',
                    stop: 'A'
                },
                Lang::En
            )
            .is_err()
        );
        assert!(
            encode(
                "1234",
                Symbology::Codabar {
                    start: 'E',
                    stop: 'A'
                },
                Lang::En
            )
            .is_err()
        );
        assert!(encode("ab12", Symbology::Code39, Lang::En).is_err());
        assert_eq!(
            encode("AB12", Symbology::Code39, Lang::En).unwrap().encoded,
            "*AB12*"
        );
    }

    #[test]
    fn terminal_drawing_has_quiet_zone_and_rows() {
        let code = encode(
            "1234",
            Symbology::Codabar {
                start: 'A',
                stop: 'A',
            },
            Lang::En,
        )
        .unwrap();
        let text = code.terminal(false, None);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), TERMINAL_ROWS + 2);
        assert!(lines[0].trim().is_empty());
        assert!(lines[1].starts_with(&" ".repeat(QUIET_ZONE)));
        assert_eq!(lines[1].chars().count(), code.terminal_width());
        // Half-width when the terminal is narrow.
        let narrow = code.terminal(false, Some(code.terminal_width() - 1));
        assert_eq!(
            narrow.lines().nth(1).unwrap().chars().count(),
            code.terminal_width().div_ceil(2)
        );
    }
}
