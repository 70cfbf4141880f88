//! Cutting text into plain and highlighted pieces from byte ranges.
//!
//! Highlighting is built from ranges, never from HTML: the components render each piece as a
//! text node, inside a `<mark>` or a mention button when it is highlighted. Ranges come from
//! other code and are not trusted: reversed, out-of-range, overlapping ranges and ranges that do
//! not fall on character boundaries are clipped or skipped, never a panic.

use corpus::Span;

/// A piece of text and the tag of the range covering it, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a, T> {
    /// Where the piece is in the whole text.
    pub span: Span,
    pub text: &'a str,
    pub tag: Option<T>,
}

/// Cuts `text[window]` into consecutive pieces, tagging the parts covered by `ranges`.
///
/// Ranges are offsets into the whole `text` and are clipped to `window`; a range that overlaps
/// one already taken (in start order) keeps only its part after it. An invalid `window` means
/// the whole text.
pub fn pieces<'a, T: Copy>(text: &'a str, window: Span, ranges: &[(Span, T)]) -> Vec<Piece<'a, T>> {
    let (lo, hi) = match text.get(window.start as usize..window.end as usize) {
        Some(_) => (window.start as usize, window.end as usize),
        None => (0, text.len()),
    };
    let mut sorted: Vec<(usize, usize, T)> = ranges
        .iter()
        .map(|&(span, tag)| (span.start as usize, span.end as usize, tag))
        .collect();
    corpus::sort::sort_by_key(&mut sorted, |&(start, end, _)| (start, end));

    let mut out = Vec::new();
    let mut cursor = lo;
    for (start, end, tag) in sorted {
        let start = start.max(cursor);
        let end = end.min(hi);
        if start >= end || text.get(start..end).is_none() {
            continue;
        }
        push(&mut out, text, cursor, start, None);
        push(&mut out, text, start, end, Some(tag));
        cursor = end;
    }
    push(&mut out, text, cursor, hi, None);
    out
}

/// Cuts `text[window]` into pieces marked where `marks` cover it (see [`pieces`]).
pub fn marked<'a>(text: &'a str, window: Span, marks: &[Span]) -> Vec<Piece<'a, ()>> {
    let ranges: Vec<(Span, ())> = marks.iter().map(|&m| (m, ())).collect();
    pieces(text, window, &ranges)
}

/// The whole of `text` as a window.
pub fn whole(text: &str) -> Span {
    Span {
        start: 0,
        end: u32::try_from(text.len()).unwrap_or(u32::MAX),
    }
}

fn push<'a, T>(
    out: &mut Vec<Piece<'a, T>>,
    text: &'a str,
    start: usize,
    end: usize,
    tag: Option<T>,
) {
    if start >= end {
        return;
    }
    if let Some(slice) = text.get(start..end) {
        out.push(Piece {
            span: Span {
                start: u32::try_from(start).unwrap_or(u32::MAX),
                end: u32::try_from(end).unwrap_or(u32::MAX),
            },
            text: slice,
            tag,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The pieces as (text, marked) pairs.
    fn shown(text: &str, window: Span, marks: &[Span]) -> Vec<(String, bool)> {
        marked(text, window, marks)
            .into_iter()
            .map(|p| (p.text.to_string(), p.tag.is_some()))
            .collect()
    }

    fn pairs(expected: &[(&str, bool)]) -> Vec<(String, bool)> {
        expected.iter().map(|&(t, m)| (t.to_string(), m)).collect()
    }

    #[test]
    fn marks_ranges_in_order() {
        let text = "the cat sat on the mat";
        assert_eq!(
            shown(text, whole(text), &[span(19, 22), span(4, 7)]),
            pairs(&[
                ("the ", false),
                ("cat", true),
                (" sat on the ", false),
                ("mat", true)
            ])
        );
    }

    #[test]
    fn no_marks_is_one_plain_piece_and_empty_text_is_nothing() {
        assert_eq!(shown("abc", whole("abc"), &[]), pairs(&[("abc", false)]));
        assert!(shown("", whole(""), &[span(0, 3)]).is_empty());
    }

    #[test]
    fn clips_to_the_window() {
        let text = "alpha beta gamma";
        assert_eq!(
            shown(text, span(6, 16), &[span(0, 5), span(4, 8), span(11, 20)]),
            pairs(&[("be", true), ("ta ", false), ("gamma", true)])
        );
    }

    #[test]
    fn skips_broken_ranges_without_panicking() {
        let text = "né à Zürich";
        // "é" is two bytes at 1..3: 2 is inside it.
        assert_eq!(
            shown(
                text,
                whole(text),
                &[span(2, 3), span(9, 4), span(40, 50), span(0, 1)]
            ),
            pairs(&[("n", true), ("é à Zürich", false)])
        );
        // A window off the text falls back to the whole text.
        assert_eq!(shown(text, span(3, 99), &[]), pairs(&[(text, false)]));
    }

    #[test]
    fn overlapping_ranges_do_not_repeat_text() {
        let text = "abcdefgh";
        assert_eq!(
            shown(text, whole(text), &[span(1, 5), span(3, 7), span(2, 4)]),
            pairs(&[("a", false), ("bcde", true), ("fg", true), ("h", false)])
        );
    }

    #[test]
    fn pieces_keep_tags_and_positions() {
        let text = "Ann met Bo";
        let got = pieces(text, whole(text), &[(span(8, 10), 7usize), (span(0, 3), 2)]);
        let tags: Vec<_> = got.iter().map(|p| (p.text, p.tag, p.span)).collect();
        assert_eq!(
            tags,
            vec![
                ("Ann", Some(2), span(0, 3)),
                (" met ", None, span(3, 8)),
                ("Bo", Some(7), span(8, 10))
            ]
        );
    }
}
