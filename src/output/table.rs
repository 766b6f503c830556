//! Tables for people, laid out here for every command: columns separated
//! by spaces, one rule under the header, aligned by display width (CJK
//! counts double).
//!
//! Each column has a [`Fit`]: ids, dates, codes, counts and outcome words
//! are [`Fit::Fixed`] and always shown whole, on one line, so that they can
//! be copied; titles, names, authors, memos and messages are
//! [`Fit::Yielding`] and are cut short with `…` when a row would not fit
//! the terminal. A row is always one line. Without a known width (a pipe,
//! a terminal that reports 0 columns) nothing is cut. No line ends with a
//! space.
//!
//! Every cell passes through [`terminal_safe`] (site text cannot drive the
//! terminal); a cell's [`Tone`] is added afterwards, as our own SGR codes,
//! and only when colour is on.

use std::io::IsTerminal;

use unicode_width::UnicodeWidthChar;

use super::safe::terminal_safe;

/// How a column behaves when a row does not fit the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Always whole: ids, dates, codes, counts, outcome words.
    Fixed,
    /// Cut short with `…` when needed: titles, names, authors, memos, messages.
    Yielding,
}

/// A column: its header and its [`Fit`].
#[derive(Debug, Clone, Copy)]
pub struct Col<'a> {
    pub header: &'a str,
    pub fit: Fit,
}

impl<'a> Col<'a> {
    pub fn fixed(header: &'a str) -> Col<'a> {
        Col {
            header,
            fit: Fit::Fixed,
        }
    }

    pub fn yielding(header: &'a str) -> Col<'a> {
        Col {
            header,
            fit: Fit::Yielding,
        }
    }
}

/// What a coloured cell says; the README lists which cells get which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Red (SGR 31): overdue, refused, failed.
    Bad,
    /// Yellow (SGR 33): due soon, an outcome to check by hand.
    Warn,
    /// Green (SGR 32): ready for pickup.
    Good,
}

impl Tone {
    fn sgr(self) -> &'static str {
        match self {
            Tone::Bad => "\u{1b}[31m",
            Tone::Warn => "\u{1b}[33m",
            Tone::Good => "\u{1b}[32m",
        }
    }
}

const RESET: &str = "\u{1b}[0m";

/// One cell: text, and a tone shown when colour is on.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    text: String,
    tone: Option<Tone>,
}

impl Cell {
    pub fn new(text: impl Into<String>, tone: Option<Tone>) -> Cell {
        Cell {
            text: text.into(),
            tone,
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, tone: None }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::from(text.to_string())
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    fits: Vec<Fit>,
    rows: Vec<Vec<Cell>>,
}

/// Two spaces before the first column, three between columns, two after
/// the last (trimmed from each line, but the rule under the header spans them).
const MARGIN: usize = 2;
const GAP: usize = 3;
/// What a yielding column keeps before the others give way further.
const FLOOR: usize = 8;

impl Table {
    pub fn new(cols: &[Col<'_>]) -> Table {
        Table {
            headers: cols.iter().map(|c| c.header.to_string()).collect(),
            fits: cols.iter().map(|c| c.fit).collect(),
            rows: Vec::new(),
        }
    }

    pub fn add_row<C: Into<Cell>>(&mut self, cells: impl IntoIterator<Item = C>) -> &mut Table {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }

    /// The table as lines (no final newline), fitted to `width` columns when
    /// given, with SGR colours when `color`.
    pub fn render(&self, width: Option<usize>, color: bool) -> String {
        let n = self.headers.len();
        let header: Vec<Cell> = self
            .headers
            .iter()
            .map(|h| Cell::from(h.as_str()))
            .collect();
        let rows: Vec<Vec<Cell>> = std::iter::once(header)
            .chain(self.rows.iter().cloned())
            .map(|row| {
                let mut row: Vec<Cell> = row
                    .into_iter()
                    .map(|c| Cell::new(one_line(&c.text), c.tone))
                    .collect();
                row.resize_with(n, Cell::default);
                row
            })
            .collect();
        let mut widths = vec![0; n];
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(text_width(&cell.text));
            }
        }
        if let Some(width) = width {
            self.fit(&mut widths, width);
        }
        let total = 2 * MARGIN + widths.iter().sum::<usize>() + GAP * n.saturating_sub(1);
        let mut lines = Vec::with_capacity(rows.len() + 1);
        for (i, row) in rows.iter().enumerate() {
            let mut line = " ".repeat(MARGIN);
            for (j, (cell, w)) in row.iter().zip(&widths).enumerate() {
                if j > 0 {
                    line.push_str(&" ".repeat(GAP));
                }
                let text = truncate(&cell.text, *w);
                let pad = w.saturating_sub(text_width(&text));
                match cell.tone.filter(|_| color && !text.is_empty()) {
                    Some(tone) => {
                        line.push_str(tone.sgr());
                        line.push_str(&text);
                        line.push_str(RESET);
                    }
                    None => line.push_str(&text),
                }
                line.push_str(&" ".repeat(pad));
            }
            lines.push(line.trim_end_matches(' ').to_string());
            if i == 0 {
                lines.push("─".repeat(total));
            }
        }
        lines.join("\n")
    }

    /// Narrows the yielding columns so that a line takes at most `width`
    /// columns. Each keeps up to [`FLOOR`] columns; what room is left is
    /// shared in proportion to what each would need more, so a long title
    /// keeps more than a short branch name. When not even the floors fit,
    /// the widest give way first, down to one column each. Fixed columns
    /// keep their width even when that overflows.
    fn fit(&self, widths: &mut [usize], width: usize) {
        let n = widths.len();
        let chrome = 2 * MARGIN + GAP * n.saturating_sub(1);
        let fixed: usize = widths
            .iter()
            .zip(&self.fits)
            .filter(|(_, f)| **f == Fit::Fixed)
            .map(|(w, _)| w)
            .sum();
        let yielding: Vec<usize> = (0..n).filter(|&i| self.fits[i] == Fit::Yielding).collect();
        let room = width.saturating_sub(chrome + fixed);
        let wanted: usize = yielding.iter().map(|&i| widths[i]).sum();
        if wanted <= room {
            return;
        }
        let floors: usize = yielding.iter().map(|&i| widths[i].min(FLOOR)).sum();
        if floors < room {
            let need: Vec<(usize, usize)> = yielding
                .iter()
                .map(|&i| (widths[i].min(FLOOR), widths[i]))
                .collect();
            let total: usize = need.iter().map(|(floor, natural)| natural - floor).sum();
            let extra = room - floors;
            let mut given = 0;
            for (&i, &(floor, natural)) in yielding.iter().zip(&need) {
                let share = extra * (natural - floor) / total;
                widths[i] = floor + share;
                given += share;
            }
            // What rounding left over, a column at a time, left first.
            for (&i, &(_, natural)) in yielding.iter().zip(&need) {
                if given < extra && widths[i] < natural {
                    widths[i] += 1;
                    given += 1;
                }
            }
            return;
        }
        let room = room.max(yielding.len());
        // The largest cap that fits; what is left over goes one column at a
        // time to the columns that were capped, left first.
        let used = |cap: usize| -> usize { yielding.iter().map(|&i| widths[i].min(cap)).sum() };
        let mut cap = 1;
        while used(cap + 1) <= room {
            cap += 1;
        }
        let mut spare = room - used(cap);
        for &i in &yielding {
            if widths[i] > cap {
                widths[i] = cap + usize::from(spare > 0);
                spare = spare.saturating_sub(1);
            }
        }
    }
}

/// The width of a terminal on stdout; `None` when stdout is not a terminal
/// or the terminal does not say (a pty that reports 0×0): no limit then.
pub fn terminal_width() -> Option<usize> {
    let stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(stdout)
        .map(|(w, _)| usize::from(w.0))
        .filter(|&w| w > 0)
}

/// A cell's text made safe and kept to one line: newlines and tabs become spaces.
fn one_line(text: &str) -> String {
    terminal_safe(text).replace(['\n', '\t'], " ")
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

pub fn text_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

/// `text` in at most `width` columns: whole, or cut with `…` at the end.
fn truncate(text: &str, width: usize) -> String {
    if text_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let mut t = Table::new(&[Col::fixed("ID"), Col::yielding("Title"), Col::fixed("Due")]);
        t.add_row(["1000002000249", "ハリー・ポッターと賢者の石", "2026-12-04"]);
        t.add_row(["1000002000101", "short", "2026-12-05"]);
        t
    }

    #[test]
    fn no_width_no_limit_and_no_trailing_spaces() {
        let text = table().render(None, false);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "  ID              Title                        Due"
        );
        assert_eq!(
            lines[2],
            "  1000002000249   ハリー・ポッターと賢者の石   2026-12-04"
        );
        assert_eq!(text_width(lines[1]), text_width(lines[2]) + 2);
        assert!(text.lines().all(|l| !l.ends_with(' ')));
    }

    #[test]
    fn yielding_columns_are_cut_by_display_width() {
        let text = table().render(Some(40), false);
        for line in text.lines() {
            assert!(text_width(line) <= 40, "{line:?}");
        }
        let lines: Vec<&str> = text.lines().collect();
        // 40 - 4 margins - 6 gaps - 13 - 10 = 7 columns: three CJK and `…`.
        assert_eq!(lines[2], "  1000002000249   ハリー…   2026-12-04");
        assert_eq!(lines[3], "  1000002000101   short     2026-12-05");
    }

    #[test]
    fn fixed_columns_stay_whole_when_nothing_fits() {
        let text = table().render(Some(10), false);
        assert!(text.contains("1000002000249"));
        assert!(text.contains("2026-12-04"));
        assert_eq!(text.lines().count(), 4);
    }

    #[test]
    fn tones_only_with_colour_and_after_cleaning() {
        let mut t = Table::new(&[Col::fixed("Due"), Col::yielding("Title")]);
        t.add_row([
            Cell::new("2026-12-01", Some(Tone::Bad)),
            Cell::from("a\u{1b}[32mb\nc"),
        ]);
        let plain = t.render(None, false);
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        assert!(plain.ends_with("  2026-12-01   ab c"));
        let coloured = t.render(None, true);
        assert!(coloured.ends_with("  \u{1b}[31m2026-12-01\u{1b}[0m   ab c"));
    }

    #[test]
    fn spare_columns_go_to_the_capped_ones() {
        let mut t = Table::new(&[Col::yielding("A"), Col::yielding("B")]);
        t.add_row(["aaaaaaaaaa", "bbbbbbbbbb"]);
        // 4 margins + 3 gap leave 8, not enough for two floors: 4 each.
        let text = t.render(Some(15), false);
        assert_eq!(text.lines().nth(2), Some("  aaa…   bbb…"));
        let text = t.render(Some(16), false);
        assert_eq!(text.lines().nth(2), Some("  aaaa…   bbb…"));
    }

    #[test]
    fn past_the_floors_room_goes_to_what_needs_more() {
        let mut t = Table::new(&[Col::yielding("A"), Col::yielding("B")]);
        t.add_row(["a".repeat(40), "b".repeat(12)]);
        // 27 columns of room: floors 8 + 8, then 11 shared 32 : 4.
        let text = t.render(Some(34), false);
        let row = text.lines().nth(2).unwrap();
        assert_eq!(row, format!("  {}…   {}…", "a".repeat(17), "b".repeat(8)));
    }
}
