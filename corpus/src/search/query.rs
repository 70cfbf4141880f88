//! Query syntax: words, `"quoted phrases"`, `-excluded` words and phrases.
//!
//! * Words are separated by white space and anything that is not a letter or digit, as in
//!   [`super::text`]; a hyphenated chunk gives several words (`pie-in-the-sky`).
//! * `"…"` (straight or curly quotes, `„…“`, `«…»`) is a phrase; a quote left open runs to the
//!   end of the query, which is what a user sees while typing one.
//! * A chunk starting with `-` excludes its words (as a phrase if several); `-"…"` excludes a
//!   phrase. A lone `-` is ignored.
//! * The last word is a prefix when the query ends inside it (no space, quote or punctuation
//!   after it), because the user may still be typing it.
//!
//! Only the first [`MAX_QUERY_BYTES`] are read, and at most [`MAX_PARTS`] parts,
//! [`MAX_EXCLUDED`] exclusions and [`MAX_PHRASE_WORDS`] words a phrase are kept, so the time a
//! query takes is bounded whatever is typed or pasted.

use super::text::{is_word_char, words};

pub const MAX_QUERY_BYTES: usize = 2048;
pub const MAX_PARTS: usize = 12;
pub const MAX_EXCLUDED: usize = 12;
pub const MAX_PHRASE_WORDS: usize = 12;

/// One thing every result must contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A plain word: matched exactly, by stem and with typos, and as a prefix when `prefix`.
    Word { word: String, prefix: bool },
    /// Quoted words: matched exactly (after folding), next to each other, in order.
    Phrase(Vec<String>),
}

/// A parsed query; words are folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub parts: Vec<Part>,
    /// Words or phrases whose articles are left out.
    pub excluded: Vec<Vec<String>>,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn clip(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Parses `input`; never fails (what cannot be read is ignored).
pub fn parse(input: &str) -> Query {
    let input = clip(input, MAX_QUERY_BYTES);
    let mut q = Query::default();
    let mut rest = input;
    let mut open_word = false;
    loop {
        rest = rest.trim_start_matches(char::is_whitespace);
        let Some(first) = rest.chars().next() else {
            break;
        };
        let negated = first == '-';
        if negated {
            rest = rest.get(1..).unwrap_or("");
        }
        match rest.chars().next() {
            Some(quote) if is_quote(quote) => {
                let body = rest.get(quote.len_utf8()..).unwrap_or("");
                let (inside, after) = match body.char_indices().find(|&(_, c)| is_quote(c)) {
                    Some((i, c)) => (
                        body.get(..i).unwrap_or(""),
                        body.get(i + c.len_utf8()..).unwrap_or(""),
                    ),
                    None => (body, ""),
                };
                let mut phrase = words(inside);
                phrase.truncate(MAX_PHRASE_WORDS);
                push(&mut q, negated, phrase);
                rest = after;
                open_word = false;
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_whitespace() || is_quote(c))
                    .unwrap_or(rest.len());
                let chunk = rest.get(..end).unwrap_or("");
                rest = rest.get(end..).unwrap_or("");
                let mut found = words(chunk);
                if negated {
                    found.truncate(MAX_PHRASE_WORDS);
                    push(&mut q, true, found);
                    open_word = false;
                } else {
                    let before = q.parts.len();
                    for word in found {
                        if q.parts.len() < MAX_PARTS {
                            q.parts.push(Part::Word {
                                word,
                                prefix: false,
                            });
                        }
                    }
                    open_word = q.parts.len() > before;
                }
            }
        }
    }
    let ends_in_word = input.chars().next_back().is_some_and(is_word_char);
    if open_word && ends_in_word {
        if let Some(Part::Word { prefix, .. }) = q.parts.last_mut() {
            *prefix = true;
        }
    }
    q
}

fn push(q: &mut Query, negated: bool, words: Vec<String>) {
    if words.is_empty() {
        return;
    }
    if negated {
        if q.excluded.len() < MAX_EXCLUDED {
            q.excluded.push(words);
        }
    } else if q.parts.len() < MAX_PARTS {
        q.parts.push(Part::Phrase(words));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str, prefix: bool) -> Part {
        Part::Word {
            word: w.to_string(),
            prefix,
        }
    }

    fn phrase(ws: &[&str]) -> Part {
        Part::Phrase(ws.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = parse(r#"Kerry "peace talks" -Geneva -"air strike" Café"#);
        assert_eq!(
            q.parts,
            [
                word("kerry", false),
                phrase(&["peace", "talks"]),
                word("cafe", true)
            ]
        );
        assert_eq!(q.excluded, [vec!["geneva"], vec!["air", "strike"]]);
    }

    #[test]
    fn last_word_is_a_prefix_only_while_typed() {
        assert_eq!(parse("bomb").parts, [word("bomb", true)]);
        assert_eq!(parse("bomb ").parts, [word("bomb", false)]);
        assert_eq!(parse("bomb,").parts, [word("bomb", false)]);
        assert_eq!(parse("bomb -x").parts, [word("bomb", false)]);
        assert_eq!(parse("\"bomb\"").parts, [phrase(&["bomb"])]);
        assert_eq!(
            parse("well-know").parts,
            [word("well", false), word("know", true)]
        );
    }

    #[test]
    fn unbalanced_quotes_run_to_the_end() {
        assert_eq!(parse("\"peace tal").parts, [phrase(&["peace", "tal"])]);
        assert_eq!(parse("“curly” quotes").parts[0], phrase(&["curly"]));
        assert_eq!(parse("\"\"\"").parts, []);
    }

    #[test]
    fn nonsense_gives_nothing() {
        for q in [
            "",
            "   ",
            "-",
            " - -- ",
            "!!!",
            "\"",
            "-\"",
            "\u{0}\u{7}",
            "🙂🙂",
            "\u{200f}",
        ] {
            assert_eq!(parse(q), Query::default(), "{q:?}");
        }
    }

    #[test]
    fn long_queries_are_bounded() {
        let q = parse(&"word ".repeat(5000));
        assert_eq!(q.parts.len(), MAX_PARTS);
        let q = parse(&format!("\"{}\"", "w ".repeat(100)));
        assert_eq!(
            q.parts,
            [Part::Phrase(vec!["w".to_string(); MAX_PHRASE_WORDS])]
        );
        let q = parse(&"é".repeat(3000));
        assert_eq!(q.parts.len(), 1);
    }
}
