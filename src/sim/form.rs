//! A request's parameters as the site reads them: (name, value) pairs in
//! the order posted, a name possibly repeated (checkboxes, table rows).

/// The first value of `name`.
pub(super) fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The first value of `name`, empty when it was not sent.
pub(super) fn text(pairs: &[(String, String)], name: &str) -> String {
    field(pairs, name).unwrap_or_default().to_string()
}

/// Every value of `name`, in order.
pub(super) fn all<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}
