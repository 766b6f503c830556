//! Resolving what people type (a branch name, a contact method) against
//! the options the page itself offers. Codes are never hard-coded.

use unicode_normalization::UnicodeNormalization;

use crate::cli::{ContactMethod, PhoneChoice};
use crate::error::CliError;
use crate::i18n::Lang;

/// NFKC, lower case, no spaces: for matching only, never for display or posting.
pub fn normalize(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The one rule for a name people type (a branch, a shelf, an alert
/// condition, a genre, a material kind): the names equal to `input` as
/// typed; else those equal to it normalised (NFKC, case, spaces); else those
/// that start with it; else those that merely contain it. The first step
/// that finds any decides: one name is the answer, several are ambiguous
/// (so `中央` is 中央図書館, not 清水中央図書館, and `静岡の本` the shelf of
/// that name rather than 静岡の本 2).
pub fn best<'a, T>(input: &str, items: &'a [T], name: impl Fn(&T) -> &str) -> Vec<&'a T> {
    let typed = input.trim();
    let exact: Vec<&T> = items.iter().filter(|i| name(i).trim() == typed).collect();
    let wanted = normalize(input);
    if !exact.is_empty() || wanted.is_empty() {
        return exact;
    }
    let folded: Vec<(String, &T)> = items.iter().map(|i| (normalize(name(i)), i)).collect();
    let steps: [&dyn Fn(&str) -> bool; 3] = [&|n| n == wanted, &|n| n.starts_with(&wanted), &|n| {
        n.contains(&wanted)
    }];
    for matches in steps {
        let found: Vec<&T> = folded
            .iter()
            .filter(|(n, _)| matches(n))
            .map(|(_, i)| *i)
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// The usage error for a name [`best`] found several of: `what` is the
/// message ("ambiguous shelf name"), the hint lists the candidates.
pub fn ambiguous(
    lang: Lang,
    what: String,
    candidates: impl IntoIterator<Item = String>,
) -> CliError {
    none_fits(what, lang.t("候補", "candidates"), candidates)
}

/// The usage error for a name that fits none or several of the choices:
/// `what` is the message, the hint lists the choices under `label`.
pub fn none_fits(what: String, label: &str, choices: impl IntoIterator<Item = String>) -> CliError {
    let choices = choices.into_iter().collect::<Vec<_>>().join(", ");
    CliError::usage(what).with_hint(format!("{label}: {choices}"))
}

/// The rows `ids` name on a page, each once, in the order asked. Ids that
/// name no row are a usage error before anything is sent: `none` words it
/// (ja, en), `hint` says where the ids come from.
pub fn pick<'a, T: Clone + 'a>(
    ids: &[String],
    row: impl Fn(&str) -> Option<&'a T>,
    lang: Lang,
    none: (&str, &str),
    hint: (&'static str, &'static str),
) -> Result<Vec<T>, CliError> {
    let unknown: Vec<&str> = ids
        .iter()
        .map(String::as_str)
        .filter(|id| row(id).is_none())
        .collect();
    if !unknown.is_empty() {
        return Err(CliError::usage(format!(
            "{}: {}",
            lang.t(none.0, none.1),
            unknown.join(", ")
        ))
        .with_hint(lang.t(hint.0, hint.1)));
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut rows = Vec::new();
    for id in ids {
        if !seen.contains(&id.as_str())
            && let Some(r) = row(id)
        {
            seen.push(id);
            rows.push(r.clone());
        }
    }
    Ok(rows)
}

/// `code name` pairs, as choices are listed in hints.
pub fn coded<'a>(
    options: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> impl Iterator<Item = String> {
    options
        .into_iter()
        .map(|(code, name)| format!("{code} {name}"))
}

fn listing(options: &[(String, String)]) -> impl Iterator<Item = String> {
    coded(options.iter().map(|(c, n)| (c.as_str(), n.as_str())))
}

/// A library code from a code or a name ([`best`]).
pub fn library(input: &str, options: &[(String, String)], lang: Lang) -> Result<String, CliError> {
    let wanted = normalize(input);
    if let Some((code, _)) = options.iter().find(|(code, _)| normalize(code) == wanted) {
        return Ok(code.clone());
    }
    match best(input, options, |(_, name)| name).as_slice() {
        [(code, _)] => Ok(code.clone()),
        [] => Err(none_fits(
            format!(
                "{}: {input}",
                lang.t("該当する図書館がありません", "unknown library")
            ),
            lang.t("選べる図書館", "choices"),
            listing(options),
        )),
        many => Err(ambiguous(
            lang,
            format!(
                "{}: {input}",
                lang.t("図書館名が曖昧です", "ambiguous library name")
            ),
            many.iter().map(|(code, name)| format!("{code} {name}")),
        )),
    }
}

/// A contact code for a method among the page's options; several phones
/// need `--phone home|mobile`.
pub fn contact(
    method: ContactMethod,
    phone: Option<PhoneChoice>,
    options: &[(String, String)],
    lang: Lang,
) -> Result<String, CliError> {
    let matches = |name: &str| {
        let n = normalize(name);
        match method {
            ContactMethod::Phone => n.contains("電話"),
            ContactMethod::Email => n.contains("メール") || n.contains("mail"),
            ContactMethod::Voice => n.contains("音声"),
            ContactMethod::None => n.contains("不要"),
        }
    };
    let mut found: Vec<&(String, String)> =
        options.iter().filter(|(_, name)| matches(name)).collect();
    if let Some(which) = phone {
        let marker = match which {
            PhoneChoice::Home => "自宅",
            PhoneChoice::Mobile => "携帯",
        };
        // An option that names no phone at all cannot be told apart; keep it.
        found.retain(|(_, name)| {
            name.contains(marker) || !(name.contains("自宅") || name.contains("携帯"))
        });
    }
    match found.as_slice() {
        [(code, _)] => Ok(code.clone()),
        [] => Err(none_fits(
            lang.t(
                "その連絡方法は選べません",
                "the site does not offer that contact method",
            )
            .to_string(),
            lang.t("選べる連絡方法", "offered"),
            listing(options),
        )),
        _ => Err(CliError::usage(lang.t(
            "電話番号を選んでください",
            "several phones are registered: choose one",
        ))
        .with_hint("--phone home|mobile")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn branches() -> Vec<(String, String)> {
        [
            ("001", "中央図書館"),
            ("010", "清水中央図書館"),
            ("002", "御幸町図書館"),
        ]
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect()
    }

    #[test]
    fn libraries_by_code_name_and_part() {
        assert_eq!(library("001", &branches(), Lang::En).unwrap(), "001");
        assert_eq!(library("中央図書館", &branches(), Lang::En).unwrap(), "001");
        assert_eq!(library("御幸町", &branches(), Lang::En).unwrap(), "002");
        assert_eq!(library("清水", &branches(), Lang::En).unwrap(), "010");
        // A name that starts with the word wins over one that contains it.
        assert_eq!(library("中央", &branches(), Lang::En).unwrap(), "001");
        let err = library("図書館", &branches(), Lang::En).unwrap_err();
        assert!(err.message.contains("ambiguous"));
        assert!(library("蒲原", &branches(), Lang::En).is_err());
        // Full-width digits normalise.
        assert_eq!(library("００２", &branches(), Lang::En).unwrap(), "002");
    }

    #[test]
    fn names_exact_then_normalised_then_prefix_then_part() {
        let names = ["静岡の本", "静岡の本 2", "ＡＢＣ", "abc d", "しずおか静岡"];
        let pick = |s: &str| -> Vec<&str> { best(s, &names, |n| n).into_iter().copied().collect() };
        assert_eq!(pick("静岡の本"), ["静岡の本"]);
        assert_eq!(pick("abc"), ["ＡＢＣ"], "normalised equal beats a prefix");
        assert_eq!(
            pick("静岡"),
            ["静岡の本", "静岡の本 2"],
            "two prefixes: ambiguous"
        );
        assert_eq!(pick("本 2"), ["静岡の本 2"]);
        assert_eq!(pick("おか静"), ["しずおか静岡"]);
        assert!(pick("北").is_empty());
        assert!(pick("  ").is_empty(), "nothing typed matches nothing");
    }

    #[test]
    fn contacts_by_method_and_phone() {
        let options: Vec<(String, String)> = [
            ("1", "電話連絡（自宅）"),
            ("2", "電話連絡（携帯）"),
            ("4", "Ｅｍａｉｌ"),
            ("9", "連絡不要"),
        ]
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
        assert_eq!(
            contact(ContactMethod::Email, None, &options, Lang::En).unwrap(),
            "4"
        );
        assert_eq!(
            contact(ContactMethod::None, None, &options, Lang::En).unwrap(),
            "9"
        );
        assert!(contact(ContactMethod::Phone, None, &options, Lang::En).is_err());
        assert_eq!(
            contact(
                ContactMethod::Phone,
                Some(PhoneChoice::Mobile),
                &options,
                Lang::En
            )
            .unwrap(),
            "2"
        );
        assert!(contact(ContactMethod::Voice, None, &options, Lang::En).is_err());
    }
}
