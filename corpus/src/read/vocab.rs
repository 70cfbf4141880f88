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
    pub stamp_start: Vec<Vec<String>>,
    pub promo_start: Vec<Vec<String>>,
    pub promo_words: HashSet<String>,
    /// Lower-cased outlet names.
    pub outlets: HashSet<String>,
    /// Abbreviations whose dot does not end a sentence (`data/abbreviations.txt`).
    pub abbreviations: HashSet<String>,
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
        match section {
            "media" => {
                vocab.media.insert(line.to_string());
            }
            "caption-label" => vocab.caption_label.push(phrase),
            "credit-start" => vocab.credit_start.push(phrase),
            "credit-end" => vocab.credit_end.push(phrase),
            "stamp-start" => vocab.stamp_start.push(phrase),
            "promo-start" => vocab.promo_start.push(phrase),
            "promo-words" => vocab.promo_words.extend(phrase),
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

/// Lower-cased words with the punctuation around them removed (inner `'`, `-`, `.`, `/`
/// stay), so phrases compare word by word.
pub fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `words` begins with any of `phrases`.
pub fn starts_with_any(words: &[String], phrases: &[Vec<String>]) -> bool {
    phrases
        .iter()
        .any(|p| !p.is_empty() && words.starts_with(p))
}

/// Whether `words` ends with any of `phrases`.
pub fn ends_with_any(words: &[String], phrases: &[Vec<String>]) -> bool {
    phrases.iter().any(|p| !p.is_empty() && words.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_loaded() {
        let v = vocab();
        assert!(v.media.contains("photo"));
        assert!(v.promo_start.contains(&words("see also")));
        assert!(v.outlets.contains("reuters"));
        assert!(v.abbreviations.contains("mr"));
        assert!(!v.promo_words.contains("#"));
    }

    #[test]
    fn words_trim_punctuation() {
        assert_eq!(words("“Don’t” miss: (photo)"), ["don't", "miss", "photo"]);
    }
}
