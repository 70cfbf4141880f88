//! Query syntax: words, `"quoted phrases"`, `-excluded` words and phrases.
//!
//! * Words are separated by white space and anything that is not a letter or digit, as in
//!   [`super::tokens`]. Words joined by hyphens (`cease-fire`, `pie-in-the-sky`) are one
//!   compound: a phrase of their parts, which also matches their joined spelling.
//! * `"…"` (straight or curly quotes, `„…“`, `«…»`) is a phrase; a quote left open runs to the
//!   end of the query, which is what a user sees while typing one.
//! * A chunk starting with `-` excludes its words (as a phrase if several); `-"…"` excludes a
//!   phrase. A lone `-` is ignored.
//! * The query may end inside its last word (no space, quote or punctuation after it): the
//!   user may still be typing it. A plain word there is also a prefix; the last word of an
//!   unclosed phrase too; an exclusion being typed is marked [`Excluded::typing`].
//!
//! Nothing is cut: every word and every phrase word is kept, whatever the length, up to the
//! first [`MAX_QUERY_BYTES`] of the query (a page of text); [`Query::cut`] says when the
//! query was longer. Repeated plain words are kept once (AND is the same with or without
//! them).

use super::tokens::{for_each_word, is_word_char};

/// The part of a query that is read; [`Query::cut`] says when there was more.
pub const MAX_QUERY_BYTES: usize = 4096;

/// One word as typed and as folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded form (what is looked up).
    pub folded: String,
    /// As typed in the query.
    pub typed: String,
}

/// One thing every result must contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A plain word: matched exactly, by stem, and (when it has no such match) with typos;
    /// as a prefix too when `prefix`.
    Word {
        /// The word.
        word: Word,
        /// It is the last word and the query ends inside it: it is still being typed.
        prefix: bool,
    },
    /// Quoted words: matched exactly (after folding), next to each other, in order. When
    /// `prefix`, the quote is still open and the query ends inside the last word.
    Phrase {
        /// The phrase's words, in order.
        words: Vec<Word>,
        /// The quote is still open and the query ends inside its last word.
        prefix: bool,
    },
}

/// Words or a phrase whose articles are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excluded {
    /// The excluded words, folded (more than one: a phrase).
    pub words: Vec<String>,
    /// The query ends inside this exclusion's last word: it is still being typed.
    pub typing: bool,
}

impl Excluded {
    /// Whether the search leaves its articles out: a finished exclusion, a phrase, or a word
    /// still being typed once it has three letters (fewer would hide too much while typing).
    pub fn applies(&self) -> bool {
        match self.words.as_slice() {
            [w] => !self.typing || w.chars().count() >= 3,
            _ => true,
        }
    }
}

/// A parsed query; words are folded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The words and phrases to find, in order.
    pub parts: Vec<Part>,
    /// What to leave out.
    pub excluded: Vec<Excluded>,
    /// When the query was longer than [`MAX_QUERY_BYTES`]: the bytes that were read.
    pub cut: Option<usize>,
}

/// Whether `c` opens or closes a phrase: straight or curly quotes, `„`, `«`, `»`.
pub fn is_quote(c: char) -> bool {
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

/// The words of `text`, folded and as typed.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for_each_word(text, |s, e, w| {
        out.push(Word {
            folded: w.to_string(),
            typed: text.get(s..e).unwrap_or(w).to_string(),
        });
    });
    out
}

/// Whether `chunk` is words joined by hyphens only (`cease-fire`, `e-mail`).
fn is_compound(chunk: &str) -> bool {
    let inner = chunk.trim_matches(|c: char| !is_word_char(c));
    inner.contains('-')
        && inner.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| is_word_char(c) || c == '\'' || c == '’')
        })
}

/// Parses `input`; never fails (what cannot be read is ignored).
pub fn parse(input: &str) -> Query {
    let mut read = clip(input, MAX_QUERY_BYTES);
    if read.len() < input.len() {
        // Do not search half a word.
        let whole = read.trim_end_matches(is_word_char);
        if !whole.trim().is_empty() {
            read = whole;
        }
    }
    let mut q = Query {
        cut: (read.len() < input.len()).then_some(read.len()),
        ..Query::default()
    };
    // The query ends inside a word (only when it was not cut).
    let open = q.cut.is_none() && read.chars().next_back().is_some_and(is_word_char);
    let mut rest = read;
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
                let (inside, after, closed) = match body.char_indices().find(|&(_, c)| is_quote(c))
                {
                    Some((i, c)) => (
                        body.get(..i).unwrap_or(""),
                        body.get(i + c.len_utf8()..).unwrap_or(""),
                        true,
                    ),
                    None => (body, "", false),
                };
                let phrase = words(inside);
                let typing = !closed && open;
                if !phrase.is_empty() {
                    if negated {
                        q.excluded.push(Excluded {
                            words: phrase.into_iter().map(|w| w.folded).collect(),
                            typing,
                        });
                    } else {
                        q.parts.push(Part::Phrase {
                            words: phrase,
                            prefix: typing,
                        });
                    }
                }
                rest = after;
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_whitespace() || is_quote(c))
                    .unwrap_or(rest.len());
                let chunk = rest.get(..end).unwrap_or("");
                rest = rest.get(end..).unwrap_or("");
                let found = words(chunk);
                let last_chunk = rest.is_empty() && open;
                if negated {
                    if !found.is_empty() {
                        q.excluded.push(Excluded {
                            words: found.into_iter().map(|w| w.folded).collect(),
                            typing: last_chunk,
                        });
                    }
                    continue;
                }
                if found.len() > 1 && is_compound(chunk) {
                    q.parts.push(Part::Phrase {
                        words: found,
                        prefix: last_chunk,
                    });
                    continue;
                }
                let n = found.len();
                for (i, word) in found.into_iter().enumerate() {
                    let prefix = last_chunk && i + 1 == n;
                    let repeat = q.parts.iter().any(|p| {
                        matches!(p, Part::Word { word: w, prefix: false } if w.folded == word.folded)
                    });
                    if !repeat || prefix {
                        q.parts.push(Part::Word { word, prefix });
                    }
                }
            }
        }
    }
    q
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str, prefix: bool) -> Part {
        Part::Word {
            word: Word {
                folded: w.to_lowercase(),
                typed: w.to_string(),
            },
            prefix,
        }
    }

    fn folded(q: &Query) -> Vec<(Vec<String>, bool)> {
        q.parts
            .iter()
            .map(|p| match p {
                Part::Word { word, prefix } => (vec![word.folded.clone()], *prefix),
                Part::Phrase { words, prefix } => {
                    (words.iter().map(|w| w.folded.clone()).collect(), *prefix)
                }
            })
            .collect()
    }

    fn v(words: &[&str], prefix: bool) -> (Vec<String>, bool) {
        (words.iter().map(|w| w.to_string()).collect(), prefix)
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = parse(r#"Kerry "peace talks" -Geneva -"air strike" Café"#);
        assert_eq!(
            folded(&q),
            [
                v(&["kerry"], false),
                v(&["peace", "talks"], false),
                v(&["cafe"], true)
            ]
        );
        assert_eq!(q.parts[0], word("Kerry", false));
        let ex: Vec<(Vec<String>, bool)> = q
            .excluded
            .iter()
            .map(|e| (e.words.clone(), e.typing))
            .collect();
        assert_eq!(ex, [v(&["geneva"], false), v(&["air", "strike"], false)]);
        assert_eq!(q.cut, None);
    }

    #[test]
    fn the_word_being_typed() {
        assert_eq!(folded(&parse("bomb")), [v(&["bomb"], true)]);
        assert_eq!(folded(&parse("bomb ")), [v(&["bomb"], false)]);
        assert_eq!(folded(&parse("bomb,")), [v(&["bomb"], false)]);
        assert_eq!(folded(&parse("bomb -x")), [v(&["bomb"], false)]);
        assert!(parse("bomb -x").excluded[0].typing);
        assert!(!parse("bomb -x ").excluded[0].typing);
        assert_eq!(folded(&parse("\"bomb\"")), [v(&["bomb"], false)]);
        assert_eq!(folded(&parse("well-know")), [v(&["well", "know"], true)]);
        assert_eq!(
            folded(&parse("well-known ")),
            [v(&["well", "known"], false)]
        );
        assert_eq!(
            folded(&parse("U.S.-led")),
            [v(&["u"], false), v(&["s"], false), v(&["led"], true)]
        );
        assert_eq!(folded(&parse("\"peace tal")), [v(&["peace", "tal"], true)]);
        assert_eq!(
            folded(&parse("\"peace tal ")),
            [v(&["peace", "tal"], false)]
        );
    }

    #[test]
    fn unbalanced_quotes_run_to_the_end() {
        assert_eq!(folded(&parse("“curly” quotes"))[0], v(&["curly"], false));
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
    fn long_queries_are_read_whole_up_to_the_limit_and_say_so() {
        let text = (0..300)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let q = parse(&text);
        assert_eq!(q.parts.len(), 300);
        assert_eq!(q.cut, None);
        let phrase = format!("\"{}\"", "w ".repeat(100));
        let q = parse(&phrase);
        assert!(matches!(&q.parts[..], [Part::Phrase { words, .. }] if words.len() == 100));
        let q = parse(&"é".repeat(3000));
        assert_eq!(q.parts.len(), 1);
        assert_eq!(q.cut, Some(MAX_QUERY_BYTES));
        // Repeated words are kept once.
        assert_eq!(parse(&"word ".repeat(5000)).parts.len(), 1);
    }
}
