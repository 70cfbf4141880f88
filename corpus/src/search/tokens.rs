//! Text normalisation: cutting text into words, folding case and diacritics, stemming.
//!
//! The index and the queries go through the same functions, so whatever a word becomes here,
//! it becomes on both sides.
//!
//! * A **word** is a run of letters, digits and combining marks. An apostrophe between two
//!   letters stays inside the word and is dropped from its folded form (`don't` → `dont`); a
//!   possessive `'s` ends the word and is left out of its range (`Russia's` → `russia`).
//!   Everything else (hyphens, dots, quotes, emoji, control characters) separates words,
//!   except the `++` or `#` written right after a word and followed by no other word
//!   character: they stay in the word, as themselves, so `C++`, `C#` and `F#` are the words
//!   `c++`, `c#` and `f#`, not `c` and `f` (what a reader searching for them means).
//! * **Folding** is the crate's one folding, [`crate::fold`]: case, accents and compatibility
//!   forms, so `Zürich`, `ZURICH` and `zu\u{308}rich` are all `zurich`, and `Timișoara` and
//!   `Timişoara` are `timisoara`.
//! * A folded word is cut to [`MAX_WORD_BYTES`], on a character boundary.
//! * **Stemming** applies the Snowball English stemmer to folded words made of ASCII letters
//!   only; other words (numbers, other scripts) are their own stem.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

use crate::fold;

/// The longest folded word kept, in bytes; longer words are cut to this.
pub const MAX_WORD_BYTES: usize = 48;

/// Whether `c` belongs inside a word.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || fold::is_mark(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Appends the folded form of `c` to `out` ([`crate::fold`]), keeping `out` within
/// [`MAX_WORD_BYTES`].
fn fold_char(c: char, out: &mut String) {
    fold::fold_char(c, |d| {
        if out.len() + d.len_utf8() <= MAX_WORD_BYTES {
            out.push(d);
        }
    });
}

/// The folded form of a whole string taken as one word (characters that are not letters or
/// digits are dropped), cut to [`MAX_WORD_BYTES`].
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    text.chars().for_each(|c| fold_char(c, &mut out));
    out
}

/// The character starting at byte `i` of `text` and its length (`None` past the end).
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some((char::from(b), 1)),
        Some(_) => text.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
        None => None,
    }
}

/// Calls `f(start, end, folded)` for each word of `text`, in order. `start..end` is the word's
/// byte range in `text` (on character boundaries); `folded` is never empty.
///
/// The cutting itself is one function for all callers (it takes `f` as a trait object), so
/// that the wasm holds one copy of it rather than one per caller.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    if text.is_ascii() {
        ascii_words(text, &mut f);
    } else {
        any_words(text, &mut f);
    }
}

/// The length in bytes of the `++` or `#` that starts at byte `i` of `text`, right after a
/// word, when no word character, `+` or `#` follows it (`C++`, `C#`, `F#`); 0 otherwise.
fn suffix_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let len = match (b.get(i), b.get(i + 1)) {
        (Some(b'+'), Some(b'+')) => 2,
        (Some(b'#'), _) => 1,
        _ => return 0,
    };
    match char_at(text, i + len) {
        Some((c, _)) if is_word_char(c) || c == '+' || c == '#' => 0,
        _ => len,
    }
}

/// Appends `suffix` (a [`suffix_len`] suffix) to the folded word `out`, keeping `out` within
/// [`MAX_WORD_BYTES`].
fn push_suffix(out: &mut String, suffix: &str) {
    if out.len() + suffix.len() <= MAX_WORD_BYTES {
        out.push_str(suffix);
    }
}

/// Each ASCII byte's folded form: lower-case letters and digits as themselves, 0 for the rest.
static ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

fn ascii_fold(b: &[u8], i: usize) -> u8 {
    b.get(i).map_or(0, |&c| ASCII_FOLD[usize::from(c)])
}

/// [`for_each_word`] for ASCII text, a byte at a time through a table (the common case,
/// several times faster).
fn ascii_words(text: &str, f: &mut dyn FnMut(usize, usize, &str)) {
    let b = text.as_bytes();
    let mut buf = [0u8; MAX_WORD_BYTES];
    let mut i = 0;
    while i < b.len() {
        if ascii_fold(b, i) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut len = 0;
        let end = loop {
            loop {
                let c = ascii_fold(b, i);
                if c == 0 {
                    break;
                }
                if let Some(slot) = buf.get_mut(len) {
                    *slot = c;
                    len += 1;
                }
                i += 1;
            }
            if b.get(i) == Some(&b'\'') && ascii_fold(b, i + 1) != 0 {
                let possessive = ascii_fold(b, i + 1) == b's' && ascii_fold(b, i + 2) == 0;
                if possessive {
                    let end = i;
                    i += 2;
                    break end;
                }
                i += 1;
                continue;
            }
            break i;
        };
        let end = if end == i {
            let suffix = suffix_len(text, i);
            for &c in b.get(i..i + suffix).unwrap_or_default() {
                if let Some(slot) = buf.get_mut(len) {
                    *slot = c;
                    len += 1;
                }
            }
            i += suffix;
            i
        } else {
            end
        };
        if let Ok(word) = std::str::from_utf8(buf.get(..len).unwrap_or_default()) {
            f(start, end, word);
        }
    }
}

/// [`for_each_word`] for any text.
fn any_words(text: &str, f: &mut dyn FnMut(usize, usize, &str)) {
    let mut folded = String::with_capacity(MAX_WORD_BYTES);
    let mut word: Option<(usize, usize)> = None;
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if is_word_char(c) {
            let start = word.map_or(i, |(s, _)| s);
            if word.is_none() {
                folded.clear();
            }
            fold_char(c, &mut folded);
            word = Some((start, i + len));
            i += len;
            continue;
        }
        let suffix = match word {
            Some(_) if !folded.is_empty() => suffix_len(text, i),
            _ => 0,
        };
        if let (Some((_, end)), true) = (word.as_mut(), suffix > 0) {
            // The word takes the suffix; ended below, which then steps over its last byte.
            push_suffix(&mut folded, text.get(i..i + suffix).unwrap_or_default());
            *end = i + suffix;
            i += suffix.saturating_sub(len);
        } else if word.is_some() && is_apostrophe(c) {
            match char_at(text, i + len) {
                Some((s, 1)) if s == 's' || s == 'S' => {
                    let after = char_at(text, i + len + 1).map(|(c, _)| c);
                    if after.is_some_and(is_word_char) {
                        // A contraction inside a longer word: keep going.
                        i += len;
                        continue;
                    }
                    // Possessive: the word ends before the apostrophe; skip the `'s`.
                    i += 1;
                }
                Some((n, _)) if is_word_char(n) => {
                    i += len;
                    continue;
                }
                _ => {}
            }
        }
        if let Some((start, end)) = word.take() {
            if !folded.is_empty() {
                f(start, end, &folded);
            }
        }
        i += len;
    }
    if let Some((start, end)) = word {
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
    fn keeps_the_plus_plus_and_sharp_of_language_names() {
        let both = |text: &str| {
            let mut general = Vec::new();
            any_words(text, &mut |s, e, w| {
                general.push((text[s..e].to_string(), w.to_string()))
            });
            let fast = spans(text);
            assert_eq!(fast, general, "{text:?}");
            fast
        };
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            both("C++, C# and F#. Not C: c++11, A+B, C+++, #tag, a#b."),
            pairs(&[
                ("C++", "c++"),
                ("C#", "c#"),
                ("and", "and"),
                ("F#", "f#"),
                ("Not", "not"),
                ("C", "c"),
                ("c", "c"),
                ("11", "11"),
                ("A", "a"),
                ("B", "b"),
                ("C", "c"),
                ("tag", "tag"),
                ("a", "a"),
                ("b", "b"),
            ])
        );
        assert_eq!(
            both("Ünïcode C#—and C++"),
            pairs(&[
                ("Ünïcode", "unicode"),
                ("C#", "c#"),
                ("and", "and"),
                ("C++", "c++"),
            ])
        );
        assert_eq!(words("The C++ code"), ["the", "c++", "code"]);
        assert_eq!(stem("c++"), "c++");
    }

    #[test]
    fn separates_on_emoji_controls_and_rtl_punctuation() {
        assert_eq!(words("a🙂b\u{0}c\u{200f}d،e"), ["a", "b", "c", "d", "e"]);
        assert_eq!(words("שלום עולם"), ["שלום", "עולם"]);
        assert!(words("!!! ... \"\" --").is_empty());
    }

    #[test]
    fn the_ascii_path_cuts_like_the_general_one() {
        let pieces = [
            "a", "B", "7", "'", "'s", "'S", " ", "-", ".", "x'", "'t", "s", "+", "++", "#", "é",
        ];
        let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..rng.usize(..12) {
                // Mostly ASCII pieces; the last one is "é", kept out of the ASCII texts.
                text.push_str(pieces[rng.usize(..pieces.len() - 1)]);
            }
            let mut fast = Vec::new();
            ascii_words(&text, &mut |s, e, w| fast.push((s, e, w.to_string())));
            let mut general = Vec::new();
            any_words(&text, &mut |s, e, w| general.push((s, e, w.to_string())));
            assert_eq!(fast, general, "{text:?}");
        }
        let long = "a".repeat(100);
        let mut fast = Vec::new();
        ascii_words(&long, &mut |s, e, w| fast.push((s, e, w.len())));
        assert_eq!(fast, [(0, 100, MAX_WORD_BYTES)]);
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
