//! `profiles`: a table for people, a JSON array for programs.

use super::columns::{Column, PROFILE};
use super::{Output, or_dash};
use crate::error::CliError;
use crate::i18n::Lang;
use crate::model::ProfileInfo;

pub fn print(out: &Output, profiles: &[ProfileInfo]) -> Result<(), CliError> {
    let lang = out.lang;
    if out.json {
        return out.json(profiles);
    }
    if profiles.is_empty() {
        out.note(lang.t(
            "プロファイルはありません。`toshokan login --card 番号` でログインしてください（二枚目のカードは --profile 名前 を付けて）",
            "no profiles yet: run `toshokan login --card N` (add --profile NAME for another card)",
        ));
        return Ok(());
    }
    let mut table = out.new_table(&[
        Column::fixed("", ""),
        PROFILE,
        Column::fixed("カード", "Card"),
        Column::fixed("ログイン", "Logged in"),
        Column::fixed("セッション", "Session"),
        Column::fixed("パスワード", "Password"),
        Column::yielding("サイト", "Site"),
    ]);
    for p in profiles {
        table.add_row(vec![
            if p.default { "*" } else { "" }.to_string(),
            p.name.clone(),
            or_dash(p.card.as_deref()),
            lang.t(
                if p.logged_in { "はい" } else { "いいえ" },
                if p.logged_in { "yes" } else { "no" },
            )
            .to_string(),
            p.session_age_secs
                .map_or_else(|| "-".to_string(), |s| age(lang, s)),
            p.password_store.to_string(),
            or_dash(p.site.as_deref()),
        ]);
    }
    out.table(&table)?;
    out.note(lang.t(
        "* = --profile を付けないときに使うプロファイル。ログイン状態は保存されたセッションから判断しています（サイトには問い合わせていません）",
        "* = the profile used without --profile. Logged in: from the cached session; the site was not asked",
    ));
    Ok(())
}

/// `45 s`, `12 min`, `3 h`, `2 d`: how long ago the session was last used.
fn age(lang: Lang, secs: i64) -> String {
    let secs = secs.max(0);
    let (n, ja, en) = match secs {
        s if s < 60 => (s, "秒", "s"),
        s if s < 3600 => (s / 60, "分", "min"),
        s if s < 86_400 => (s / 3600, "時間", "h"),
        s => (s / 86_400, "日", "d"),
    };
    match lang {
        Lang::Ja => format!("{n}{ja}前"),
        Lang::En => format!("{n} {en} ago"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_in_the_largest_whole_unit() {
        assert_eq!(age(Lang::En, 5), "5 s ago");
        assert_eq!(age(Lang::En, 125), "2 min ago");
        assert_eq!(age(Lang::En, 3 * 3600 + 10), "3 h ago");
        assert_eq!(age(Lang::Ja, 2 * 86_400), "2日前");
        assert_eq!(age(Lang::En, -4), "0 s ago");
    }
}
