//! Site text cannot drive the terminal. A title, a branch name or a site
//! message is the site's to choose: an `ESC ] 0 ; … BEL` in one would set
//! the window title, an `ESC [ 31 m` colour everything after it, a CR
//! overwrite what was printed. Everything printed for people goes through
//! [`terminal_safe`] here, in the output layer, whatever command made it;
//! JSON goes through [`json_safe`].

use std::borrow::Cow;

/// Whether a character is taken out: C0 controls but newline and tab (which
/// only move the cursor on), DEL, C1 controls.
fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` without escape sequences and control characters. An escape
/// sequence goes whole (CSI `ESC [ … final`, a string sequence `ESC ]`,
/// `ESC P`, `ESC X`, `ESC ^`, `ESC _` up to its BEL or ST, a two-character
/// `ESC x`; the 8-bit C1 forms alike), so no parameter is left behind as
/// text; any other control character is dropped. A string sequence that is
/// never terminated loses only its introducer: what follows is plain text
/// by then. Newlines and tabs stay.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !is_unsafe(c) {
            out.push(c);
            i += 1;
            continue;
        }
        // The introducer as its 7-bit final: ESC x, or the C1 form of ESC x.
        let (kind, body) = match c {
            '\u{1b}' => match chars.get(i + 1) {
                Some(&k) if ('\u{20}'..='\u{7e}').contains(&k) => (Some(k), i + 2),
                _ => (None, i + 1),
            },
            '\u{80}'..='\u{9f}' => (char::from_u32(c as u32 - 0x40), i + 1),
            _ => (None, i + 1),
        };
        i = match kind {
            Some('[') => skip_csi(&chars, body),
            Some(']' | 'P' | 'X' | '^' | '_') => skip_string(&chars, body),
            Some(k) if c == '\u{1b}' => skip_escape(&chars, body - 1, k),
            _ => body,
        };
    }
    Cow::Owned(out)
}

/// Past a CSI's parameters and intermediates (0x20–0x3F) and its final
/// (0x40–0x7E); at the first other character when it ends early.
fn skip_csi(chars: &[char], mut i: usize) -> usize {
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '\u{20}'..='\u{3f}' => {}
            '\u{40}'..='\u{7e}' => return i,
            _ => return i - 1,
        }
    }
    i
}

/// Past a string sequence's BEL or ST (`ESC \` or U+009C); when there is
/// none, right after the introducer.
fn skip_string(chars: &[char], start: usize) -> usize {
    let mut i = start;
    while let Some(&c) = chars.get(i) {
        match c {
            '\u{7}' | '\u{9c}' => return i + 1,
            '\u{1b}' if chars.get(i + 1) == Some(&'\\') => return i + 2,
            _ => i += 1,
        }
    }
    start
}

/// Past `ESC`, its intermediates (0x20–0x2F) and its final; `at` is the
/// first character after ESC, `first` that character.
fn skip_escape(chars: &[char], at: usize, first: char) -> usize {
    let mut i = at;
    let mut c = first;
    while ('\u{20}'..='\u{2f}').contains(&c) {
        i += 1;
        match chars.get(i) {
            Some(&next) => c = next,
            None => return i,
        }
    }
    if ('\u{30}'..='\u{7e}').contains(&c) {
        i + 1
    } else {
        i
    }
}

/// Serialised JSON with DEL and the C1 controls escaped (`\u007f`,
/// `\u009b`): `serde_json` escapes only C0, and an 8-bit CSI reaches a
/// terminal that shows the JSON. They can only occur inside strings, where
/// the escape means the same character.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole() {
        assert_eq!(
            terminal_safe("悪い\u{1b}]0;pwn\u{7}本\u{1b}[31m赤\u{1b}[0m"),
            "悪い本赤"
        );
        assert_eq!(terminal_safe("a\u{1b}]8;;http://x\u{1b}\\b"), "ab");
        assert_eq!(terminal_safe("a\u{1b}Pq#0\u{1b}\\b"), "ab");
        assert_eq!(terminal_safe("a\u{1b}cb\u{1b}(Bc\u{1b}7d"), "abcd");
        assert_eq!(terminal_safe("a\u{9b}31mb\u{9d}0;x\u{9c}c"), "abc");
    }

    #[test]
    fn other_controls_are_dropped_newlines_and_tabs_kept() {
        assert_eq!(terminal_safe("done\rfailed"), "donefailed");
        assert_eq!(terminal_safe("a\u{7}\u{8}\u{7f}\u{85}b"), "ab");
        assert_eq!(terminal_safe("line\n\tnext"), "line\n\tnext");
        assert!(matches!(terminal_safe("静岡 ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn unterminated_and_truncated_sequences_leave_plain_text() {
        assert_eq!(terminal_safe("a\u{1b}]0;title"), "a0;title");
        assert_eq!(terminal_safe("a\u{1b}[31"), "a");
        assert_eq!(terminal_safe("a\u{1b}"), "a");
        assert_eq!(terminal_safe("a\u{1b}[3本"), "a本");
        for text in ["\u{1b}", "\u{1b}[", "\u{1b}(", "\u{9b}", "\u{1b}]\u{1b}"] {
            let safe = terminal_safe(text);
            assert!(!safe.chars().any(is_unsafe), "{text:?} → {safe:?}");
        }
    }

    #[test]
    fn json_escapes_del_and_c1() {
        let json = serde_json::to_string(&"a\u{1b}[31m\u{9b}1m\u{7f}").expect("json");
        let safe = json_safe(json);
        assert!(!safe.chars().any(char::is_control), "{safe}");
        let back: String = serde_json::from_str(&safe).expect("still json");
        assert_eq!(back, "a\u{1b}[31m\u{9b}1m\u{7f}");
    }
}
