//! Text normalisation: cutting text into words, folding case and diacritics, stemming.
//!
//! The index and the queries go through the same functions, so whatever a word becomes here,
//! it becomes on both sides.
//!
//! * A **word** is a run of letters, digits and combining marks. An apostrophe between two
//!   letters stays inside the word and is dropped from its folded form (`don't` → `dont`); a
//!   possessive `'s` ends the word and is left out of its range (`Russia's` → `russia`).
//!   Everything else (hyphens, dots, quotes, emoji, control characters) separates words.
//! * **Folding** decomposes each character (Unicode compatibility decomposition), drops the
//!   combining marks, lower-cases what is left and keeps only letters and digits, so `Zürich`,
//!   `ZURICH` and `zu\u{308}rich` are all `zurich`. A few letters that do not decompose get
//!   their usual Latin spelling (`ß` → `ss`, `ø` → `o`, `æ` → `ae`, `ł` → `l`).
//! * A folded word is cut to [`MAX_WORD_BYTES`], on a character boundary.
//! * **Stemming** applies the Snowball English stemmer to folded words made of ASCII letters
//!   only; other words (numbers, other scripts) are their own stem.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The longest folded word kept, in bytes; longer words are cut to this.
pub const MAX_WORD_BYTES: usize = 48;

/// Whether `c` belongs inside a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Appends the folded form of `c` to `out`, keeping `out` within [`MAX_WORD_BYTES`].
fn fold_char(c: char, out: &mut String) {
    let mut push = |d: char| {
        if d.is_alphanumeric() && out.len() + d.len_utf8() <= MAX_WORD_BYTES {
            out.push(d);
        }
    };
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    let special: Option<&str> = match c {
        'ß' | 'ẞ' => Some("ss"),
        'æ' | 'Æ' => Some("ae"),
        'œ' | 'Œ' => Some("oe"),
        'ø' | 'Ø' => Some("o"),
        'ł' | 'Ł' => Some("l"),
        'đ' | 'Đ' | 'ð' | 'Ð' => Some("d"),
        'þ' | 'Þ' => Some("th"),
        'ı' => Some("i"),
        _ => None,
    };
    if let Some(s) = special {
        s.chars().for_each(push);
        return;
    }
    decompose_compatible(c, |d| {
        if !is_combining_mark(d) {
            d.to_lowercase().for_each(&mut push);
        }
    });
}

/// The folded form of a whole string taken as one word (characters that are not letters or
/// digits are dropped).
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    text.chars().for_each(|c| fold_char(c, &mut out));
    out
}

/// Calls `f(start, end, folded)` for each word of `text`, in order. `start..end` is the word's
/// byte range in `text` (on character boundaries); `folded` is never empty.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    let mut folded = String::with_capacity(MAX_WORD_BYTES);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        folded.clear();
        fold_char(c, &mut folded);
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                fold_char(c, &mut folded);
                end = i + c.len_utf8();
                chars.next();
            } else if is_apostrophe(c) {
                let mut ahead = chars.clone();
                ahead.next();
                match ahead.next() {
                    Some((_, s)) if s == 's' || s == 'S' => {
                        let after = ahead.peek().map(|&(_, c)| c);
                        if after.is_some_and(is_word_char) {
                            // `it's`-like contraction inside a longer word: keep going.
                            chars.next();
                        } else {
                            // Possessive: the word ends before the apostrophe.
                            chars.next();
                            chars.next();
                            break;
                        }
                    }
                    Some((_, n)) if is_word_char(n) => {
                        chars.next();
                    }
                    _ => break,
                }
            } else {
                break;
            }
        }
        if !folded.is_empty() {
            f(start, end, &folded);
        }
    }
}

/// The folded words of `text`, in order.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |_, _, w| out.push(w.to_string()));
    out
}

/// The English stem of a folded word; words that are not plain ASCII letters are their own stem.
pub fn stem(word: &str) -> Cow<'_, str> {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Cow::Borrowed(word);
    }
    Stemmer::create(Algorithm::English).stem(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for_each_word(text, |s, e, w| {
            out.push((text[s..e].to_string(), w.to_string()))
        });
        out
    }

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("ZU\u{308}RICH"), "zurich");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Øresund"), "oresund");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("ﬁnance"), "finance");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Ελλάδα"), "ελλαδα");
    }

    #[test]
    fn cuts_words_with_ranges() {
        assert_eq!(
            spans("Russia's pie-in-the-sky, don't Café!"),
            vec![
                ("Russia".into(), "russia".into()),
                ("pie".into(), "pie".into()),
                ("in".into(), "in".into()),
                ("the".into(), "the".into()),
                ("sky".into(), "sky".into()),
                ("don't".into(), "dont".into()),
                ("Café".into(), "cafe".into()),
            ]
        );
        assert_eq!(
            spans("it’s 'quoted' O’Brien’s"),
            vec![
                ("it".into(), "it".into()),
                ("quoted".into(), "quoted".into()),
                ("O’Brien".into(), "obrien".into()),
            ]
        );
    }

    #[test]
    fn separates_on_emoji_controls_and_rtl_punctuation() {
        assert_eq!(words("a🙂b\u{0}c\u{200f}d،e"), ["a", "b", "c", "d", "e"]);
        assert_eq!(words("שלום עולם"), ["שלום", "עולם"]);
        assert!(words("!!! ... \"\" --").is_empty());
    }

    #[test]
    fn long_words_are_cut_on_a_char_boundary() {
        let w = words(&"é".repeat(100));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0], "e".repeat(MAX_WORD_BYTES));
        let w = words(&"ж".repeat(100));
        assert_eq!(w[0].len(), MAX_WORD_BYTES);
    }

    #[test]
    fn stems_english_words_only() {
        assert_eq!(stem("bombing"), "bomb");
        assert_eq!(stem("bombs"), "bomb");
        assert_eq!(stem("elections"), "elect");
        assert_eq!(stem("2016"), "2016");
        assert_eq!(stem("ελλαδα"), "ελλαδα");
    }
}
