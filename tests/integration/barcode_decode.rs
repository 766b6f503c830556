//! The card barcode decodes back to the card number: PNG and SVG output
//! (library and binary) through a real decoder (rxing, the zxing port),
//! and the terminal drawing read back module by module.

use crate::common;

use rxing::{BarcodeFormat, DecodeHints, helpers};
use toshokan::i18n::Lang;
use toshokan::output::barcode::{self, PIXELS_PER_MODULE, QUIET_ZONE, Symbology};

const CARD: &str = common::CARD;

/// The decoded text. For Codabar the decoder checks the start and stop
/// characters (A–D) and returns what is between them (rxing 0.9.3 returns
/// table offsets instead of characters when asked to keep start/stop, so
/// that hint is not used).
fn decode_luma(luma: Vec<u8>, width: u32, height: u32, format: BarcodeFormat) -> String {
    let mut hints = DecodeHints::default();
    helpers::detect_in_luma_with_hints(luma, width, height, Some(format), &mut hints)
        .expect("the decoder finds the barcode")
        .getText()
        .to_string()
}

fn decode_png(bytes: &[u8], format: BarcodeFormat) -> String {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    buf.truncate(info.buffer_size());
    decode_luma(buf, info.width, info.height, format)
}

/// Modules (1 = bar) back out of an SVG's rects.
fn svg_modules(svg: &str) -> Vec<u8> {
    let width: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|w| w.parse().ok())
        .expect("a viewBox");
    let mut modules = vec![0u8; width / PIXELS_PER_MODULE as usize];
    for rect in svg.split("<rect ").skip(1) {
        let attr = |name: &str| -> usize {
            rect.split(&format!("{name}=\""))
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|v| v.parse().ok())
                .expect("a numeric attribute")
        };
        if !rect.contains("fill=\"#000000\"") {
            continue;
        }
        let (x, w) = (attr("x"), attr("width"));
        for px in (x..x + w).step_by(PIXELS_PER_MODULE as usize) {
            modules[px / PIXELS_PER_MODULE as usize] = 1;
        }
    }
    modules
}

/// Draws modules as a luma image (what a phone camera would see).
fn luma_of(modules: &[u8], scale: usize, height: usize) -> (Vec<u8>, u32, u32) {
    let row: Vec<u8> = modules
        .iter()
        .flat_map(|m| std::iter::repeat_n(if *m == 1 { 0 } else { 255 }, scale))
        .collect();
    let width = row.len();
    let luma = row.iter().copied().cycle().take(width * height).collect();
    (luma, width as u32, height as u32)
}

fn codabar(start: char, stop: char) -> Symbology {
    Symbology::Codabar { start, stop }
}

#[test]
fn codabar_png_and_svg_decode_to_the_card() {
    for (start, stop) in [('A', 'A'), ('B', 'D'), ('C', 'C')] {
        let code = barcode::encode(CARD, codabar(start, stop), Lang::En).unwrap();
        assert_eq!(
            decode_png(&code.png().unwrap(), BarcodeFormat::CODABAR),
            CARD,
            "no check digit invented"
        );
        let svg = code.svg().unwrap();
        let modules = svg_modules(&svg);
        assert_eq!(modules, code.padded(), "the SVG draws exactly the modules");
        let (luma, w, h) = luma_of(&modules, 3, 60);
        assert_eq!(decode_luma(luma, w, h, BarcodeFormat::CODABAR), CARD);
        assert_eq!(code.encoded, format!("{start}{CARD}{stop}"));
    }
}

#[test]
fn code39_decodes_to_the_card() {
    for card in [CARD, "AB12345"] {
        let code = barcode::encode(card, Symbology::Code39, Lang::En).unwrap();
        assert_eq!(
            decode_png(&code.png().unwrap(), BarcodeFormat::CODE_39),
            card
        );
    }
}

#[test]
fn terminal_drawing_reads_back() {
    let code = barcode::encode(CARD, codabar('A', 'A'), Lang::En).unwrap();
    let back = |text: &str, two_per_cell: bool| -> Vec<u8> {
        let line = text.lines().nth(1).unwrap();
        line.chars()
            .flat_map(|c| {
                let pair = match c {
                    '█' => [1, 1],
                    '▌' => [1, 0],
                    '▐' => [0, 1],
                    _ => [0, 0],
                };
                if two_per_cell {
                    pair.to_vec()
                } else {
                    vec![pair[0]]
                }
            })
            .collect()
    };
    let wide = back(&code.terminal(false, None), false);
    assert_eq!(wide, code.padded());
    let narrow = back(&code.terminal(false, Some(40)), true);
    assert_eq!(&narrow[..code.padded().len()], code.padded().as_slice());
    let (luma, w, h) = luma_of(&narrow, 2, 40);
    assert_eq!(decode_luma(luma, w, h, BarcodeFormat::CODABAR), CARD);
    // Colours forced: black on white, reset at the end of each row.
    let ansi = code.terminal(true, None);
    assert!(
        ansi.lines()
            .all(|l| l.starts_with("\x1b[30;107m") && l.ends_with("\x1b[0m"))
    );
    assert!(code.padded()[..QUIET_ZONE].iter().all(|m| *m == 0));
}

#[test]
fn cards_a_symbology_cannot_carry_are_bad_input() {
    assert!(barcode::encode("AB12", codabar('A', 'A'), Lang::En).is_err());
    assert!(barcode::encode("1234", codabar('A', 'E'), Lang::En).is_err());
    assert!(barcode::encode("ab12", Symbology::Code39, Lang::En).is_err());
}

#[test]
fn binary_writes_png_svg_html_that_decode() {
    let dir = tempfile::tempdir().unwrap();
    let png_path = dir.path().join("card.png");
    let cmd = || {
        let mut c = common::bare_cmd(dir.path());
        c.env("TOSHOKAN_CONFIG_DIR", dir.path().join("config"));
        c
    };
    cmd()
        .args(["barcode", "--card", CARD, "--format", "png", "--output"])
        .arg(&png_path)
        .assert()
        .success();
    let bytes = std::fs::read(&png_path).unwrap();
    assert_eq!(decode_png(&bytes, BarcodeFormat::CODABAR), CARD);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&png_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the file holds the full card number");
    }
    let out = cmd()
        .args([
            "barcode", "--card", CARD, "--format", "svg", "--start", "b", "--stop", "c",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let svg = String::from_utf8(out.stdout).unwrap();
    let (luma, w, h) = luma_of(&svg_modules(&svg), 3, 60);
    assert_eq!(decode_luma(luma, w, h, BarcodeFormat::CODABAR), CARD);
    // Start B and stop C: other start/stop characters give other modules.
    let a = barcode::encode(CARD, codabar('A', 'A'), Lang::En).unwrap();
    assert_ne!(svg_modules(&svg), a.padded());
    let out = cmd()
        .args(["barcode", "--card", CARD, "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<svg") && html.contains(CARD) && html.contains("viewport"));
    // A card number Codabar cannot carry: usage error, nothing written.
    let out = cmd().args(["barcode", "--card", "AB12"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("code39"));
    let out = cmd()
        .args(["barcode", "--card", "AB12", "--symbology", "code39"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // Offline: no profile, no card, no network.
    let out = cmd().args(["barcode"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
