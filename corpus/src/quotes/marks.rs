//! Finding what stands between quote marks.
//!
//! Double marks (`"`, `“ ”`, `„`, `« »`) open and close quotations; a straight `"` opens
//! when it starts a word and closes when it ends one. Single marks (`'`, `‘ ’`) quote only
//! outside double quotes (headlines, British style), open at the start of a word, close at
//! the end of one (not between letters: "don't"), and never run past their paragraph. Inside
//! a double quote, single marks are a quote within the quote and stay part of it.
//!
//! A double quote still open at the end of a paragraph goes on in the next one when that
//! paragraph starts with an opening mark (the usual way of quoting several paragraphs);
//! otherwise it ends with its paragraph. Where the paragraphs were run together into one
//! (`...harmony. "However, ...`), a straight mark that starts a word after the end of a
//! sentence is that next paragraph's opening mark: the quotation goes on. A doubled opening
//! mark (`“”This`, `""It`) opens once.

use crate::article::Article;

/// A quoted stretch of one article, marks excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub block: u32,
    pub start: u32,
    pub end_block: u32,
    pub end: u32,
    /// Byte offset of the opening mark in `block`.
    pub open: usize,
    /// Byte offset just after the closing mark in `end_block`, when there is one.
    pub close: Option<usize>,
}

/// Opening or closing double quote marks.
pub fn is_double(c: char) -> bool {
    super::is_double_quote(c)
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‛')
}

/// Characters after which a mark starts a word: the start, spaces, brackets, dashes, other
/// marks.
fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
            || is_double(p)
            || is_single(p)
    })
}

/// Characters before which a mark ends a word: the end, spaces, punctuation, other marks.
fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
            )
            || is_double(n)
            || is_single(n)
    })
}

/// An opening mark still waiting for its close.
#[derive(Clone, Copy)]
struct Open {
    block: u32,
    /// Offset of the mark.
    mark: usize,
    /// Offset of the first quoted byte.
    start: usize,
}

impl Open {
    /// The quotation this mark opens, closed by the mark at offset `end` of block `end_block`
    /// (`close`: the offset just after that mark).
    fn closed(self, end_block: u32, end: usize, close: usize) -> Span {
        Span {
            block: self.block,
            start: self.start as u32,
            end_block,
            end: end as u32,
            open: self.mark,
            close: Some(close),
        }
    }
}

/// Every quoted stretch of the article's blocks, in reading order, before any filtering.
pub fn scan_all(article: &Article) -> Vec<Span> {
    let mut found = Vec::new();
    let mut double: Option<Open> = None;
    for (b, block) in article.blocks.iter().enumerate() {
        let b = b as u32;
        let text = block.text.as_str();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut from = 0;
        if let Some(open) = double {
            // Goes on only when this paragraph opens with a mark; else it ended with the last one.
            let first = chars.iter().find(|(_, c)| !c.is_whitespace());
            match first {
                Some(&(i, c)) if is_double(c) && !matches!(c, '”' | '»') => {
                    from = chars.iter().position(|&(j, _)| j == i).map_or(0, |p| p + 1);
                }
                _ => {
                    found.push(unclosed(open, &article.blocks[b as usize - 1].text, b - 1));
                    double = None;
                }
            }
        }
        let mut single: Option<Open> = None;
        for k in from..chars.len() {
            let (i, c) = chars[k];
            let prev = k.checked_sub(1).map(|p| chars[p].1);
            let next = chars.get(k + 1).map(|&(_, n)| n);
            let after = i + c.len_utf8();
            let starts = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
            let ends = prev.is_some_and(|p| !p.is_whitespace()) && closes_before(next);
            if is_double(c) {
                match double {
                    None => {
                        let opener = match c {
                            '”' | '»' => starts && !ends,
                            '"' => starts || !ends,
                            _ => true,
                        };
                        if opener {
                            double = Some(Open {
                                block: b,
                                mark: i,
                                start: after,
                            });
                            single = None;
                        }
                    }
                    Some(open) => {
                        let doubled = open.block == b && open.start == i;
                        if doubled {
                            double = Some(Open {
                                start: after,
                                ..open
                            });
                        } else if c == '"' && starts && !ends && after_sentence(&chars[..k]) {
                            // `...harmony. "However, ...`: a paragraph that goes on with the
                            // quote, its break lost (the closing mark is left out there).
                        } else if ends || !(starts && matches!(c, '“' | '„' | '«')) {
                            found.push(open.closed(b, i, after));
                            double = None;
                        }
                    }
                }
            } else if is_single(c) && double.is_none() {
                let inside_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                match single {
                    None if starts && c != '’' && next.is_some_and(char::is_alphanumeric) => {
                        single = Some(Open {
                            block: b,
                            mark: i,
                            start: after,
                        });
                    }
                    None => {}
                    Some(open) if ends && !inside_word && c != '‘' => {
                        // Single quotations open and close in one block.
                        found.push(open.closed(b, i, after));
                        single = None;
                    }
                    Some(_) => {}
                }
            }
        }
    }
    if let Some(open) = double {
        let last = article.blocks.len() as u32 - 1;
        found.push(unclosed(open, &article.blocks[last as usize].text, last));
    }
    found
}

/// The text before a mark ends a sentence (`.`, `?`, `!` or `…`, then a space): a straight
/// mark there that starts a word opens the next paragraph of the same quotation.
fn after_sentence(before: &[(usize, char)]) -> bool {
    let mut rest = before.iter().rev().map(|&(_, c)| c);
    rest.next().is_some_and(char::is_whitespace)
        && rest
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| matches!(c, '.' | '?' | '!' | '…'))
}

/// A quote whose paragraph ended before its closing mark.
fn unclosed(open: Open, last_text: &str, last: u32) -> Span {
    Span {
        block: open.block,
        start: open.start as u32,
        end_block: last,
        end: last_text.trim_end().len() as u32,
        open: open.mark,
        close: None,
    }
}

/// A quoted stretch of three words or more: a quotation, unless it looks like the title of
/// a work and no speech verb follows it (decided by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub span: Span,
    pub title_like: bool,
}

/// The quoted stretches of an article that may be quotations: three words or more.
pub fn scan(article: &Article) -> Vec<Candidate> {
    scan_all(article)
        .into_iter()
        .filter_map(|span| {
            // "Related: What Firms Can Learn From 'Title'": a link to another article.
            let block = &article.blocks.get(span.block as usize)?.text;
            if super::words::is_link_line(block) {
                return None;
            }
            let words = span_words(article, &span)?;
            (words.len() >= 3).then(|| Candidate {
                span,
                title_like: looks_like_title(article, &span, &words),
            })
        })
        .collect()
}

fn looks_like_title(article: &Article, span: &Span, words: &[String]) -> bool {
    let block = &article.blocks[span.block as usize].text;
    span.block == span.end_block && is_title_of_work(words) && !is_title_case_line(block, span)
}

/// The words of a span (runs of letters and digits with inner apostrophes and hyphens).
fn span_words(article: &Article, span: &Span) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for b in span.block..=span.end_block {
        let text = &article.blocks.get(b as usize)?.text;
        let from = if b == span.block {
            span.start as usize
        } else {
            0
        };
        let to = if b == span.end_block {
            span.end as usize
        } else {
            text.len()
        };
        out.extend(super::words::words(text.get(from..to)?).map(str::to_string));
    }
    Some(out)
}

/// Words in Title Case, none of them in capitals throughout: "Battle of the Bike Lanes",
/// "Meet the Press", "10 People Who Don't Matter". Short words of `[small]` may stay
/// lowercase, but not the first word with letters.
fn is_title_of_work(words: &[String]) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let has_letters = |w: &&String| w.chars().any(char::is_alphabetic);
    let shouted = words
        .iter()
        .all(|w| w.chars().all(|c| !c.is_lowercase()) && has_letters(&w));
    words.len() <= 10
        && !shouted
        && words.iter().find(has_letters).is_some_and(|w| capital(w))
        && words
            .iter()
            .all(|w| capital(w) || super::words::is_small(w) || !w.chars().any(char::is_alphabetic))
}

/// The block around the span is itself in Title Case (a headline), so the quote's capitals
/// say nothing.
fn is_title_case_line(text: &str, span: &Span) -> bool {
    let outside = format!(
        "{} {}",
        text.get(..span.open).unwrap_or_default(),
        span.close.and_then(|c| text.get(c..)).unwrap_or_default()
    );
    let words: Vec<&str> = super::words::words(&outside).collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised >= 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase()) || super::words::is_small(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;

    fn article(paragraphs: &[&str]) -> Article {
        Article::new(
            "a",
            "A",
            paragraphs.iter().map(|p| Block::paragraph(*p)).collect(),
        )
    }

    fn quoted(paragraphs: &[&str]) -> Vec<String> {
        let a = article(paragraphs);
        scan(&a)
            .iter()
            .filter(|c| !c.title_like)
            .map(|c| c.span)
            .map(|s| {
                super::super::QuoteAt {
                    article: 0,
                    block: s.block,
                    start: s.start,
                    end_block: s.end_block,
                    end: s.end,
                    speaker: None,
                }
                .text(&a)
                .unwrap()
            })
            .collect()
    }

    #[test]
    fn straight_curly_and_mixed_marks() {
        assert_eq!(
            quoted(&["\"We will go on with this,\" she said. “And we mean it all,” she added; \"we really do.”"]),
            ["We will go on with this,", "And we mean it all,", "we really do."]
        );
    }

    #[test]
    fn doubled_opening_mark_opens_once() {
        assert_eq!(
            quoted(&["“”This is a very unfair trial,” he said."]),
            ["This is a very unfair trial,"]
        );
    }

    #[test]
    fn single_marks_outside_double_ones_but_not_apostrophes() {
        assert_eq!(
            quoted(&["Minister says plan 'will not be easy to deliver' as teams' costs rise and it's late"]),
            ["will not be easy to deliver"]
        );
        assert_eq!(
            quoted(&["\"He said 'no way at all' to me and left,\" she said."]),
            ["He said 'no way at all' to me and left,"]
        );
    }

    #[test]
    fn paragraphs_continued_by_an_opening_mark() {
        assert_eq!(
            quoted(&[
                "She said: \"We will look at every option we have.",
                "\"Then we will decide what to do next.\"",
                "Nothing else was said.",
            ]),
            ["We will look at every option we have. Then we will decide what to do next."]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let a = article(&[
            "He cut her off: \"No, that is not my point at all.",
            "She answered at length.",
        ]);
        let spans: Vec<Span> = scan(&a).iter().map(|c| c.span).collect();
        assert_eq!(spans.len(), 1);
        assert_eq!(
            (spans[0].block, spans[0].end_block, spans[0].close),
            (0, 0, None)
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotations() {
        assert!(
            quoted(&["It was a \"brilliant\" answer to the \"big question\" today."]).is_empty()
        );
        assert!(quoted(&["He said so on NBC's “Meet the Press.”"]).is_empty());
        assert!(quoted(&["His post, “Battle of the Bike Lanes,” was read widely."]).is_empty());
        assert!(quoted(&["It made the “10 People Who Don’t Matter List” in 2006."]).is_empty());
        assert_eq!(
            quoted(&["He said the “10 people who matter” were all there."]),
            ["10 people who matter"]
        );
        assert_eq!(
            quoted(&["Helicopter 'Sounded a Little Funny' Before Crashing Into Home"]),
            ["Sounded a Little Funny"]
        );
        assert_eq!(
            quoted(&["'NEVER SEEN IT LIKE THIS'"]),
            ["NEVER SEEN IT LIKE THIS"]
        );
    }

    #[test]
    fn quotes_in_links_to_other_articles_are_not_quotations() {
        assert!(
            quoted(&["Related: Why Mayors Say 'We Cannot Wait Any Longer' on Housing"]).is_empty()
        );
        assert!(
            quoted(&["READ MORE: \"It was a long night for all of us,\" a nurse recalls"])
                .is_empty()
        );
        assert_eq!(
            quoted(&["Later: \"It was a long night for all of us,\" she said."]),
            ["It was a long night for all of us,"]
        );
    }
}
