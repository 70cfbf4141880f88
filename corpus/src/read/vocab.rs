//! Reference word lists for the layout rules, kept as data files in `data/` with their
//! sources noted there, and parsed once.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Page furniture vocabulary (`data/furniture.txt`), known outlets (`data/outlets.txt`) and
/// abbreviations (`data/abbreviations.txt`).
#[derive(Debug, Default)]
pub struct Vocab {
    pub media: HashSet<String>,
    pub caption_label: Vec<Vec<String>>,
    pub credit_start: Vec<Vec<String>>,
    pub credit_end: Vec<Vec<String>>,
    pub source_label: Vec<Vec<String>>,
    pub stamp_start: Vec<Vec<String>>,
    pub promo_start: Vec<Vec<String>>,
    pub promo_words: HashSet<String>,
    /// Lines that are only a label for highlights ("Story highlights").
    pub credit_label: Vec<Vec<String>>,
    /// Lower-cased outlet names.
    pub outlets: HashSet<String>,
    /// Abbreviations whose dot does not end a sentence (`data/abbreviations.txt`).
    pub abbreviations: HashSet<String>,
    /// Words in the longest phrase of any list.
    pub longest_phrase: usize,
}

/// The lists, parsed on first use.
pub fn vocab() -> &'static Vocab {
    static VOCAB: OnceLock<Vocab> = OnceLock::new();
    VOCAB.get_or_init(|| {
        parse(
            include_str!("data/furniture.txt"),
            include_str!("data/outlets.txt"),
            include_str!("data/abbreviations.txt"),
        )
    })
}

fn parse(furniture: &str, outlets: &str, abbreviations: &str) -> Vocab {
    let mut vocab = Vocab::default();
    let mut section = "";
    for line in entries(furniture) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        let phrase = words(line);
        vocab.longest_phrase = vocab.longest_phrase.max(phrase.len());
        match section {
            "media" => {
                vocab.media.insert(line.to_string());
            }
            "caption-label" => vocab.caption_label.push(phrase),
            "credit-start" => vocab.credit_start.push(phrase),
            "credit-end" => vocab.credit_end.push(phrase),
            "source-label" => vocab.source_label.push(phrase),
            "stamp-start" => vocab.stamp_start.push(phrase),
            "promo-start" => vocab.promo_start.push(phrase),
            "promo-words" => vocab.promo_words.extend(phrase),
            "credit-label" => vocab.credit_label.push(phrase),
            _ => {}
        }
    }
    vocab.outlets = entries(outlets).map(str::to_lowercase).collect();
    vocab.abbreviations = entries(abbreviations).map(str::to_lowercase).collect();
    vocab
}

/// Non-empty, non-comment lines, trimmed.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words of `text` with the punctuation around them removed (inner `'`, `-`, `.`, `/`
/// stay), borrowed from `text`.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The first `n` of [`tokens`].
pub fn tokens_first(text: &str, n: usize) -> Vec<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// The last `n` of [`tokens`], last first.
pub fn tokens_rev(text: &str, n: usize) -> Vec<&str> {
    text.split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(n)
        .collect()
}

/// A list entry's words (entries are lower case already).
fn words(entry: &str) -> Vec<String> {
    tokens(entry).into_iter().map(str::to_lowercase).collect()
}

/// Whether `token` is the lower-case list word `word`, ignoring case and `’` versus `'`.
fn same(token: &str, word: &str) -> bool {
    token
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .eq(word.chars())
}

/// Whether `tokens` are exactly `phrase`.
fn matches(tokens: &[&str], phrase: &[String]) -> bool {
    tokens.len() == phrase.len() && tokens.iter().zip(phrase).all(|(t, w)| same(t, w))
}

/// `token` as list entries are written: lower case, `'` for `’`.
fn normal(token: &str) -> String {
    token.to_lowercase().replace('’', "'")
}

/// Whether `tokens` begin with any of `phrases`.
pub fn starts_with_any(tokens: &[&str], phrases: &[Vec<String>]) -> bool {
    let Some(first) = tokens.first().map(|t| normal(t)) else {
        return false;
    };
    phrases.iter().any(|p| {
        p.first() == Some(&first) && tokens.get(..p.len()).is_some_and(|head| matches(head, p))
    })
}

/// Whether `tokens` end with any of `phrases`.
pub fn ends_with_any(tokens: &[&str], phrases: &[Vec<String>]) -> bool {
    let Some(last) = tokens.last().map(|t| normal(t)) else {
        return false;
    };
    phrases.iter().any(|p| {
        let tail = tokens
            .len()
            .checked_sub(p.len())
            .and_then(|at| tokens.get(at..));
        p.last() == Some(&last) && tail.is_some_and(|tail| matches(tail, p))
    })
}

/// Whether `tokens` are exactly one of `phrases`.
pub fn is_any(tokens: &[&str], phrases: &[Vec<String>]) -> bool {
    phrases.iter().any(|p| matches(tokens, p))
}

/// Whether the lower-cased `token` is in `set`.
pub fn in_set(set: &HashSet<String>, token: &str) -> bool {
    set.contains(&normal(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_loaded() {
        let v = vocab();
        assert!(v.media.contains("photo"));
        assert!(starts_with_any(&tokens("See also: more"), &v.promo_start));
        assert!(v.outlets.contains("reuters"));
        assert!(v.abbreviations.contains("mr"));
        assert_eq!(v.longest_phrase, 4);
        assert!(!v.promo_words.contains("#"));
    }

    #[test]
    fn tokens_trim_punctuation_and_compare_without_case() {
        let t = tokens("“Don’t” miss: (photo)");
        assert_eq!(t, ["Don’t", "miss", "photo"]);
        assert!(matches(&t, &words("don't miss photo")));
        assert!(ends_with_any(&t, &[words("miss photo")]));
        assert!(!ends_with_any(&t, &[words("a don't miss photo")]));
    }
}
