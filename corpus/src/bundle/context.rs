//! Short windows of article text: a mention of an entity in context (for entity pages) and
//! the opening words of a quotation (for "related articles").
//!
//! The windows are cut at build time and written into the entity page files; the browser only
//! shows them. Offsets that do not fit the text give `None`, never a panic.

use serde::{Deserialize, Serialize};

use crate::article::{Article, BlockKind, Mention, Span};

/// Characters kept at most on each side of a mention.
pub const CONTEXT_CHARS: usize = 80;

/// Characters of a quotation's opening words.
pub const EXCERPT_CHARS: usize = 70;

/// A mention with the words around it, as an entity page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// The window of text.
    pub text: String,
    /// The mention, as a byte range in [`Context::text`].
    pub mark: Span,
    /// Whether text was left out before the window...
    pub cut_before: bool,
    /// ...or after it.
    pub cut_after: bool,
}

/// The window of `text` around `mention`: the sentence it is in when that is short enough,
/// else at most [`CONTEXT_CHARS`] characters on each side, cut between words.
pub fn context(text: &str, mention: Span) -> Option<Context> {
    let (start, end) = (mention.start as usize, mention.end as usize);
    if start >= end || text.get(start..end).is_none() {
        return None;
    }
    let from = window_start(text, start);
    let to = window_end(text, end);
    let window = text.get(from..to)?;
    Some(Context {
        text: window.to_string(),
        mark: Span {
            start: u32::try_from(start - from).ok()?,
            end: u32::try_from(end - from).ok()?,
        },
        cut_before: from > 0,
        cut_after: to < text.len(),
    })
}

/// Where the window before byte `start` begins: the start of the sentence, or of the first
/// whole word within [`CONTEXT_CHARS`] characters.
fn window_start(text: &str, start: usize) -> usize {
    let before = text.get(..start).unwrap_or_default();
    let reach: usize = before
        .char_indices()
        .rev()
        .take(CONTEXT_CHARS)
        .last()
        .map_or(start, |(i, _)| i);
    let span = before.get(reach..).unwrap_or_default();
    // The last sentence start in reach.
    let chars: Vec<(usize, char)> = span.char_indices().collect();
    let sentence = chars
        .windows(2)
        .rev()
        .find(|w| ends_sentence(before, reach + w[0].0, w[0].1) && w[1].1.is_whitespace())
        .map(|w| reach + w[1].0);
    if let Some(s) = sentence {
        return skip_space(text, s, start);
    }
    if reach == 0 {
        return 0;
    }
    // Else the first word that starts in reach.
    let word = span
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(start, |(j, _)| reach + j);
    skip_space(text, word, start)
}

/// Whether `c` at byte `at` of `text` ends a sentence: `.`, `?` or `!`, but not the full
/// stop of a short capitalised abbreviation ("Mr.", "Dr.", "U.S.").
fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    match c {
        '?' | '!' => true,
        '.' => {
            let word: Vec<char> = text
                .get(..at)
                .unwrap_or_default()
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let short_capital = word.len() <= 3 && word.last().is_some_and(|c| c.is_uppercase());
            !short_capital
        }
        _ => false,
    }
}

/// `from`, past any whitespace, but not past `limit`.
fn skip_space(text: &str, from: usize, limit: usize) -> usize {
    let rest = text.get(from..limit).unwrap_or_default();
    from + (rest.len() - rest.trim_start().len())
}

/// Where the window after byte `end` ends: the end of the sentence, or of the last whole
/// word within [`CONTEXT_CHARS`] characters.
fn window_end(text: &str, end: usize) -> usize {
    let after = text.get(end..).unwrap_or_default();
    let reach = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| end + i);
    let span = text.get(end..reach).unwrap_or_default();
    // The first sentence end in reach, before a space.
    let chars: Vec<(usize, char)> = span.char_indices().collect();
    let sentence = chars
        .windows(2)
        .find(|w| ends_sentence(text, end + w[0].0, w[0].1) && w[1].1.is_whitespace())
        .map(|w| end + w[1].0);
    if let Some(s) = sentence {
        return s;
    }
    if reach == text.len() {
        return text.len();
    }
    // Else the end of the last word that ends in reach.
    let word = span
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(reach, |(j, _)| end + j);
    let kept = text.get(end..word).unwrap_or_default().trim_end();
    end + kept.len()
}

/// The context of the first mention in the body (paragraphs first, then subheadings and
/// asides), or in the title when the body has none.
pub fn first_context(article: &Article, mentions: &[Mention]) -> Option<Context> {
    let rank = |m: &Mention| match article.blocks.get(m.block as usize).map(|b| b.kind) {
        Some(BlockKind::Paragraph) => 0,
        Some(BlockKind::Subheading | BlockKind::Aside) => 1,
        None => 2,
    };
    let best = mentions
        .iter()
        .min_by_key(|m| (rank(m), m.block, m.start))?;
    let text = if best.block == Mention::TITLE {
        &article.title
    } else {
        &article.blocks.get(best.block as usize)?.text
    };
    context(
        text,
        Span {
            start: best.start,
            end: best.end,
        },
    )
}

/// The opening words of `text`: all of it when it is at most [`EXCERPT_CHARS`] characters,
/// else the words that fit, followed by "…".
pub fn excerpt(text: &str) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(EXCERPT_CHARS) else {
        return text.to_string();
    };
    let head = text.get(..cut).unwrap_or_default();
    let words = head
        .rfind(char::is_whitespace)
        .and_then(|i| head.get(..i))
        .filter(|w| !w.trim().is_empty())
        .unwrap_or(head);
    format!(
        "{}…",
        words.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> Span {
        let start = text.find(needle).unwrap() as u32;
        Span {
            start,
            end: start + needle.len() as u32,
        }
    }

    fn shown(c: &Context) -> String {
        let s = c.mark.start as usize;
        let e = c.mark.end as usize;
        format!(
            "{}{}[{}]{}{}",
            if c.cut_before { "…" } else { "" },
            &c.text[..s],
            &c.text[s..e],
            &c.text[e..],
            if c.cut_after { "…" } else { "" }
        )
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        let text = "Ann Lee spoke in Oslo.";
        let c = context(text, at(text, "Oslo")).unwrap();
        assert_eq!(shown(&c), "Ann Lee spoke in [Oslo].");
    }

    #[test]
    fn a_long_text_is_cut_at_the_sentence_around_the_mention() {
        let text = "The first sentence is long enough to be left out of the window entirely. \
                    Then Ann Lee spoke in Oslo about fish. The third sentence goes on and on about \
                    other things that do not matter here at all.";
        let c = context(text, at(text, "Ann Lee")).unwrap();
        assert_eq!(shown(&c), "…Then [Ann Lee] spoke in Oslo about fish.…");
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Earlier, Mr. Lee met U.S. officials in Oslo. Nothing else happened that day.";
        let c = context(text, at(text, "Oslo")).unwrap();
        assert_eq!(shown(&c), "Earlier, Mr. Lee met U.S. officials in [Oslo].…");
        let text = "They asked why. Mr. Lee said: no!  Then he left.";
        let c = context(text, at(text, "Lee")).unwrap();
        assert_eq!(shown(&c), "…Mr. [Lee] said: no!…");
    }

    #[test]
    fn a_long_sentence_is_cut_between_words() {
        let filler = "word ".repeat(40);
        let text = format!("{filler}Ann Lee {filler}");
        let c = context(&text, at(&text, "Ann Lee")).unwrap();
        let s = shown(&c);
        assert!(s.starts_with("…word ") && s.ends_with(" word…"), "{s}");
        assert!(s.contains("[Ann Lee]"));
        assert!(c.text.chars().count() <= 2 * CONTEXT_CHARS + 7, "{s}");
    }

    #[test]
    fn offsets_that_do_not_fit_give_nothing() {
        let text = "Zoë Ørsted";
        assert_eq!(context(text, Span { start: 0, end: 99 }), None);
        assert_eq!(context(text, Span { start: 2, end: 3 }), None, "inside ë");
        assert_eq!(context(text, Span { start: 3, end: 3 }), None, "empty");
        let c = context(text, at(text, "Ørsted")).unwrap();
        assert_eq!(shown(&c), "Zoë [Ørsted]");
    }

    #[test]
    fn never_panics_on_any_window_of_multibyte_text() {
        let text = "Ünïcödé — “quoted” 東京 and more. ".repeat(12);
        for start in 0..text.len() {
            for end in start..text.len().min(start + 12) {
                if let Some(c) = context(
                    &text,
                    Span {
                        start: start as u32,
                        end: end as u32,
                    },
                ) {
                    assert_eq!(
                        &c.text[c.mark.start as usize..c.mark.end as usize],
                        &text[start..end]
                    );
                }
            }
        }
    }

    #[test]
    fn the_first_body_mention_is_preferred_to_the_title() {
        let article = Article::new(
            "a",
            "Oslo votes",
            vec![
                crate::Block {
                    kind: BlockKind::Aside,
                    text: "Photo: Oslo at night".into(),
                },
                crate::Block::paragraph("Voters in Oslo queued."),
            ],
        );
        let m = |block: u32, text: &str| {
            let s = at(text, "Oslo");
            Mention {
                block,
                start: s.start,
                end: s.end,
            }
        };
        let mentions = [
            m(Mention::TITLE, &article.title),
            m(0, &article.blocks[0].text),
            m(1, &article.blocks[1].text),
        ];
        let c = first_context(&article, &mentions).unwrap();
        assert_eq!(shown(&c), "Voters in [Oslo] queued.");
        let c = first_context(&article, &mentions[..1]).unwrap();
        assert_eq!(shown(&c), "[Oslo] votes");
        assert_eq!(first_context(&article, &[]), None);
    }

    #[test]
    fn excerpts_end_between_words() {
        assert_eq!(excerpt("  We will talk.  "), "We will talk.");
        let long = "There is no way to adequately deal with the cessation of hostilities unless we do sit down";
        let e = excerpt(long);
        assert_eq!(
            e,
            "There is no way to adequately deal with the cessation of hostilities…"
        );
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
        let word = "x".repeat(100);
        assert_eq!(excerpt(&word).chars().count(), EXCERPT_CHARS + 1);
    }
}
