//! A title for an article whose text has no line that reads as a headline.
//!
//! Such files usually open straight with the story (or with a one-sentence summary), so the
//! title is the **first sentence of the first paragraph**, without its final full stop. A
//! sentence longer than [`MAX_CHARS`] is cut at the last word boundary before
//! [`CUT_CHARS`] and ends with `…`. The paragraph itself stays in the body; the article
//! records the sentence's length ([`crate::Article::title_sentence`]) so that the card's
//! snippet does not repeat it and the reader can show it whole.

use super::vocab::vocab;

/// Longest derived title kept whole, in characters.
pub const MAX_CHARS: usize = 140;
/// Where a longer sentence is cut, in characters.
pub const CUT_CHARS: usize = 120;
/// Bytes of a paragraph looked at for the end of its first sentence.
const SCAN_BYTES: usize = 1024;

/// The title derived from a paragraph's text, and the byte length of the first sentence it
/// comes from.
pub fn derive(text: &str) -> (String, usize) {
    let whole = first_sentence(text);
    let sentence = whole.trim();
    if sentence.chars().count() > MAX_CHARS {
        return (shorten(sentence), whole.len());
    }
    let title = match sentence.strip_suffix('.') {
        Some(bare) if !bare.ends_with('.') => bare.to_string(),
        _ => sentence.to_string(),
    };
    (title, whole.len())
}

/// The text up to and including the end of its first sentence (or all of the first
/// [`SCAN_BYTES`] if no sentence ends there).
fn first_sentence(text: &str) -> &str {
    let mut end = text.len().min(SCAN_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let mut chars = head.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence.
        let mut stop = i + c.len_utf8();
        while let Some(&(j, q)) = chars.peek() {
            if !matches!(q, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                break;
            }
            stop = j + q.len_utf8();
            chars.next();
        }
        let rest = &head[stop..];
        let starts_next = rest.starts_with(char::is_whitespace)
            && rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(|n| !n.is_lowercase());
        if starts_next && !(c == '.' && before_is_abbreviation(&head[..i])) {
            return &head[..stop];
        }
    }
    head
}

/// Whether the word just before a full stop is an abbreviation (`Mr`, `U.S`, `J`).
fn before_is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['"', '\'', '“', '‘', '(', '[']);
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_letter || word.contains('.') || vocab().abbreviations.contains(&word.to_lowercase())
}

/// Cuts at the last word boundary before [`CUT_CHARS`] and adds `…`.
fn shorten(sentence: &str) -> String {
    let cut = sentence
        .char_indices()
        .nth(CUT_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &head[..space],
        _ => head,
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_skips_abbreviations() {
        assert_eq!(
            first_sentence("Mr. Smith met U.S. officials. They talked."),
            "Mr. Smith met U.S. officials."
        );
        assert_eq!(first_sentence("“We will go.” He left."), "“We will go.”");
        assert_eq!(first_sentence("No end here"), "No end here");
    }

    #[test]
    fn derived_titles() {
        assert_eq!(
            derive("The talks ended. Both sides left."),
            ("The talks ended".to_string(), 16)
        );
        let long = "word ".repeat(60);
        let (title, end) = derive(&long);
        assert_eq!(end, long.len(), "no sentence end: all of it");
        assert!(title.ends_with("word…"), "{title}");
        assert!(title.chars().count() <= CUT_CHARS + 1);
    }
}
