//! One accent and case folding for the whole crate: search, entity names and slugs compare
//! text through it, so "Timișoara", "TIMIŞOARA", "Timis\u{327}oara" and "Timisoara" are the
//! same word everywhere (issue 10.2).
//!
//! A character folds to
//! * its compatibility decomposition without combining marks, lower-cased: `É` → `e`, `ș` and
//!   `ş` → `s`, `ț` and `ţ` → `t`, `ﬁ` → `fi`, `Ｋ` → `k`, `²` → `2`, `ά` → `α`, `й` → `и`;
//! * for a letter without a decomposition, its base letter by its Unicode name (`ł`, `ø`, `đ`,
//!   `ħ`, `ƀ`, `ı`: "LATIN SMALL LETTER L WITH STROKE" → `l`), or its usual Latin spelling
//!   (`ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `ð` → `d`, `þ` → `th`, `ŋ` → `n`);
//! * nothing, for the modifier letters written as apostrophes and half rings, so "Hawaiʻi" and
//!   "Qurʾan" are `hawaii` and `quran`;
//! * nothing, unless it is a letter or a digit: punctuation, symbols, spaces and combining
//!   marks fold away.
//!
//! Other scripts are lower-cased and otherwise kept as they are (CJK, Arabic and Hebrew
//! compatibility forms, Hangul syllables). The tables (`fold/table.rs`, about 8 KB) are
//! generated from the Unicode Character Database by `scripts/gen-fold-table.py`; they list
//! only the characters whose fold differs from lower-casing, so the crate needs no Unicode
//! normalisation tables. Lower-casing goes through a table of its own (`fold/lower.rs`, 1.5
//! KB), generated from the standard library's `char::to_lowercase` by the example
//! `gen_lower_table`: the same results without linking the standard library's 11 KB case
//! table into the wasm.

mod lower;
mod table;

use lower::LOWER;
use table::{MARKS, MULTI, MULTI_TEXT, RUNS};

/// The Unicode version whose lower-casing the fold follows: the standard library's when the
/// table was generated.
pub const LOWER_CASE_UNICODE: (u8, u8, u8) = lower::UNICODE;

/// Calls `f` with each character that `c` folds to: none, one, or a few (`ß` → `s`, `s`).
pub fn fold_char(c: char, mut f: impl FnMut(char)) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            f(c.to_ascii_lowercase());
        }
        return;
    }
    let code = u32::from(c);
    if let Some(target) = run_target(code) {
        f(target);
        return;
    }
    if let Ok(i) = MULTI.binary_search_by_key(&code, |&(k, _)| k) {
        let (_, packed) = MULTI[i];
        let (at, len) = ((packed >> 8) as usize, (packed & 0xff) as usize);
        MULTI_TEXT
            .get(at..at + len)
            .unwrap_or_default()
            .chars()
            .for_each(f);
        return;
    }
    if is_mark(c) {
        return;
    }
    let l = lower(c);
    if l.is_alphanumeric() {
        f(l);
    }
}

/// `c` lower-cased, as the alphanumeric part of `char::to_lowercase` gives it: `c` itself when
/// it has no lower case, `i` for `İ` (whose lower case adds a combining dot).
fn lower(c: char) -> char {
    let code = u32::from(c);
    let i = LOWER.partition_point(|&(key, _)| key >> 8 <= code);
    let Some(&(key, packed)) = i.checked_sub(1).and_then(|i| LOWER.get(i)) else {
        return c;
    };
    let (offset, count, stride) = (code - (key >> 8), key & 0xff, 1 + (packed & 1) as u32);
    if offset % stride != 0 || offset / stride >= count {
        return c;
    }
    char::from_u32(code.wrapping_add_signed(packed >> 1)).unwrap_or(c)
}

/// The folded form of `text`: its letters and digits, folded, with everything else dropped
/// (`"Deir ez-Zor"` → `"deirezzor"`, `"U.S."` → `"us"`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, |d| out.push(d));
    }
    out
}

/// Whether `c` is a combining mark (general category Mn, Mc or Me): it belongs to the word
/// before it, and folds away.
pub fn is_mark(c: char) -> bool {
    let code = u32::from(c);
    if code < 0x300 {
        return false;
    }
    let i = MARKS.partition_point(|&(first, _)| first <= code);
    i > 0 && MARKS.get(i - 1).is_some_and(|&(_, last)| code <= last)
}

/// The character `code` folds to when it is in one of the runs of the table.
fn run_target(code: u32) -> Option<char> {
    let i = RUNS.partition_point(|&(key, _)| key >> 8 <= code);
    let (key, value) = *RUNS.get(i.checked_sub(1)?)?;
    let offset = code - (key >> 8);
    (offset < (key & 0xff)).then_some(())?;
    char::from_u32((value >> 1) + offset * (value & 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanian_commas_and_cedillas_meet() {
        for form in [
            "Timișoara",
            "Timişoara",
            "TIMIȘOARA",
            "TIMIŞOARA",
            "Timis\u{326}oara",
            "Timis\u{327}oara",
            "Timisoara",
        ] {
            assert_eq!(fold(form), "timisoara", "{form:?}");
        }
        assert_eq!(fold("Constanța"), fold("Constanţa"));
        assert_eq!(fold("Constanța"), "constanta");
    }

    #[test]
    fn latin_letters_with_diacritics_lose_them() {
        let pairs = [
            ("Zürich", "zurich"),
            ("ZU\u{308}RICH", "zurich"),
            ("Łódź", "lodz"),
            ("Øresund", "oresund"),
            ("Đorđević", "dordevic"),
            ("Ærø", "aero"),
            ("Straße", "strasse"),
            ("STRAẞE", "strasse"),
            ("Œuvre", "oeuvre"),
            ("Þórshöfn", "thorshofn"),
            ("Reykjavík", "reykjavik"),
            ("Ħamrun", "hamrun"),
            ("İstanbul", "istanbul"),
            ("Istanbul", "istanbul"),
            ("ıstanbul", "istanbul"),
            ("Nguyễn Tấn Dũng", "nguyentandung"),
            ("Ȟ ǅ Ǳ", "hdzdz"),
            ("ɨ ƀ ƶ ȥ", "ibzz"),
            ("Hawaiʻi Qurʾan", "hawaiiquran"),
        ];
        for (text, want) in pairs {
            assert_eq!(fold(text), want, "{text:?}");
        }
        // Every precomposed letter of Latin-1 and Latin Extended-A folds to ASCII.
        for c in ('\u{c0}'..='\u{17f}').filter(|c| c.is_alphabetic()) {
            let f = fold(&c.to_string());
            assert!(
                !f.is_empty() && f.bytes().all(|b| b.is_ascii_lowercase()),
                "{c:?} → {f:?}"
            );
        }
    }

    #[test]
    fn compatibility_forms_fold_to_their_letters() {
        assert_eq!(fold("ﬁnance ﬂow"), "financeflow");
        assert_eq!(fold("ＫＥＲＲＹ２０"), "kerry20");
        assert_eq!(fold("km²"), "km2");
        assert_eq!(fold("𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), "unicode");
        assert_eq!(fold("Ⅻ ⓐ"), "xiia");
        assert_eq!(fold("½"), "12");
    }

    #[test]
    fn other_scripts_are_lowercased_and_keep_their_letters() {
        assert_eq!(fold("Ελλάδα"), "ελλαδα");
        assert_eq!(fold("Ἀθῆναι"), "αθηναι");
        assert_eq!(fold("Москва Ёлка Йошкар"), "москваелкаиошкар");
        assert_eq!(fold("שלום"), "שלום");
        assert_eq!(fold("北京"), "北京");
        assert_eq!(fold("서울"), "서울");
    }

    #[test]
    fn punctuation_symbols_and_marks_fold_away() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Deir ez-Zor"), "deirezzor");
        assert_eq!(fold("O’Brien's 🙂 \u{200f}\u{0}"), "obriens");
        assert_eq!(fold("\u{301}\u{308}\u{20dd}"), "");
        assert!(is_mark('\u{301}') && is_mark('\u{94d}') && is_mark('\u{20dd}'));
        assert!(!is_mark('a') && !is_mark('é') && !is_mark('\u{2ff}'));
    }

    /// The generated lower-casing table gives what the standard library's `to_lowercase`
    /// gives (letters and digits only, as the fold keeps). With another toolchain's Unicode
    /// version, only the characters that version does not lower-case may differ: run the
    /// example `gen_lower_table` again.
    #[test]
    fn lower_casing_agrees_with_the_standard_library() {
        let same_version = char::UNICODE_VERSION == LOWER_CASE_UNICODE;
        let mut mapped = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let std: String = c.to_lowercase().filter(|l| l.is_alphanumeric()).collect();
            let ours: String = Some(lower(c))
                .filter(|l| l.is_alphanumeric())
                .into_iter()
                .collect();
            if lower(c) != c {
                mapped += 1;
            }
            if !same_version && c.to_lowercase().eq([c]) {
                continue;
            }
            assert_eq!(ours, std, "U+{:04X}", u32::from(c));
        }
        assert!(mapped > 1400, "{mapped} characters lower-case to another");
        assert_eq!(lower('Ä'), 'ä');
        assert_eq!(lower('İ'), 'i');
        assert_eq!(lower('Ω'), 'ω');
        assert_eq!(lower('\u{212a}'), 'k', "the Kelvin sign");
        assert_eq!(lower('a'), 'a');
        assert_eq!(lower('北'), '北');
    }

    #[test]
    fn folding_is_idempotent() {
        let all: String = (0x80u32..0x3000).filter_map(char::from_u32).collect();
        let once = fold(&all);
        assert_eq!(fold(&once), once);
    }

    /// The generated table agrees with Unicode's compatibility decomposition wherever a
    /// character has one (the table adds the letters that have none, by name).
    #[test]
    fn the_table_agrees_with_unicode_decompositions() {
        use unicode_normalization::char::{decompose_compatible, is_combining_mark};
        let specials = [
            ('ß', "ss"),
            ('æ', "ae"),
            ('œ', "oe"),
            ('ð', "d"),
            ('þ', "th"),
        ];
        let dropped = |d: char| ('\u{2b9}'..='\u{2bf}').contains(&d);
        // Blocks unchanged for many Unicode versions (the generator's and this crate's may differ).
        let stable = [0x80..0x530, 0x1e00..0x2000, 0xfb00..0xfb07, 0xff00..0xff5f];
        for c in stable.into_iter().flatten().filter_map(char::from_u32) {
            let mut parts = Vec::new();
            decompose_compatible(c, |d| parts.push(d));
            if parts == [c] || parts.iter().any(|&d| u32::from(d) >= 0x530) {
                continue;
            }
            let mut want = String::new();
            for d in parts
                .into_iter()
                .filter(|&d| !is_combining_mark(d) && !dropped(d))
            {
                for l in d.to_lowercase() {
                    match specials.iter().find(|(s, _)| *s == l) {
                        Some((_, spelled)) => want.push_str(spelled),
                        None => want.push_str(&fold(&l.to_string())),
                    }
                }
            }
            assert_eq!(fold(&c.to_string()), want, "{c:?} U+{:04X}", u32::from(c));
        }
    }
}
