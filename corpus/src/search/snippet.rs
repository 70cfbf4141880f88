//! Snippets: the passages of an article's body that show why it matched.
//!
//! Blocks are ranked by the number of distinct query parts they match, then by their order in
//! the article (news puts what matters first), so reading stops at the second block that
//! matches every part; the window in a long block is the stretch of about [`WINDOW_BYTES`] holding the
//! most matches, starting a little before the first of them and cut at spaces.

use super::matcher::{merge, Highlighter};
use super::Snippet;
use crate::article::{Article, BlockKind, Span};

/// The length of a snippet window, in bytes (before it is cut back to a space).
pub const WINDOW_BYTES: usize = 220;
/// Text kept before the first match of a window.
const LEAD_BYTES: usize = 50;
/// Blocks shown per hit.
pub const MAX_SNIPPETS: usize = 2;

/// The best `max` snippets of `article` (see [`Highlighter::snippets`]).
pub fn best(h: &Highlighter, article: &Article, max: usize) -> Vec<Snippet> {
    let all_parts = h.parts();
    let mut complete = 0;
    let mut ranked = Vec::new();
    for (i, block) in article.blocks.iter().enumerate() {
        // Enough blocks with every part: later ones cannot rank higher.
        if complete >= max {
            break;
        }
        if block.kind == BlockKind::Aside {
            continue;
        }
        let found = h.matches(&block.text);
        if found.is_empty() {
            continue;
        }
        let mut parts: Vec<u32> = found.iter().map(|&(_, p)| p).collect();
        crate::sort::sort(&mut parts);
        parts.dedup();
        complete += usize::from(parts.len() >= all_parts);
        ranked.push((parts.len(), i, found));
    }
    crate::sort::sort_by(&mut ranked, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<Snippet> = ranked
        .into_iter()
        .take(max)
        .filter_map(|(_, i, found)| {
            let text = &article.blocks.get(i)?.text;
            let spans = merge(found.into_iter().map(|(s, _)| s));
            let (window, matches) = window(text, &spans);
            Some(Snippet {
                block: u32::try_from(i).ok()?,
                window,
                matches,
            })
        })
        .collect();
    if out.is_empty() {
        let lede = article
            .blocks
            .iter()
            .enumerate()
            .find(|(_, b)| b.kind == BlockKind::Paragraph);
        if let Some((Ok(i), block)) = lede.map(|(i, b)| (u32::try_from(i), b)) {
            out.push(Snippet {
                block: i,
                window: window(&block.text, &[]).0,
                matches: Vec::new(),
            });
        }
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

fn as_span(start: usize, end: usize) -> Span {
    Span {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
    }
}

/// The window of `text` to show around `spans` (sorted, not overlapping) and the spans in it.
fn window(text: &str, spans: &[Span]) -> (Span, Vec<Span>) {
    if text.len() <= WINDOW_BYTES + LEAD_BYTES {
        return (as_span(0, text.len()), spans.to_vec());
    }
    // The anchor whose window holds the most matches; the earliest on ties.
    let lead = |s: &Span| (s.start as usize).saturating_sub(LEAD_BYTES);
    let best = spans
        .iter()
        .map(|a| {
            let from = lead(a);
            let n = spans
                .iter()
                .filter(|s| s.start as usize >= from && s.end as usize <= from + WINDOW_BYTES)
                .count();
            (n, a)
        })
        .fold(None, |acc: Option<(usize, &Span)>, x| match acc {
            Some(a) if a.0 >= x.0 => Some(a),
            _ => Some(x),
        });
    let (start, first_match) = match best {
        Some((_, a)) => (lead(a), a.start as usize),
        None => (0, 0),
    };
    // Start after a space, unless the window starts the block.
    let mut start = ceil_boundary(text, start);
    if start > 0 {
        let gap = text.get(start..first_match.max(start)).unwrap_or("");
        if let Some(sp) = gap.find(char::is_whitespace) {
            start = ceil_boundary(text, start + sp + 1);
        }
    }
    let mut end = floor_boundary(text, start + WINDOW_BYTES);
    let inside: Vec<Span> = spans
        .iter()
        .filter(|s| s.start as usize >= start && s.end as usize <= end)
        .copied()
        .collect();
    if end < text.len() {
        let keep = inside.last().map_or(start, |s| s.end as usize);
        if let Some(sp) = text
            .get(keep..end)
            .and_then(|t| t.rfind(char::is_whitespace))
        {
            end = keep + sp;
        }
    }
    (as_span(start, end.max(start)), inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, word: &str) -> Span {
        let i = text.find(word).unwrap();
        as_span(i, i + word.len())
    }

    #[test]
    fn short_blocks_are_shown_whole() {
        let text = "A short block with a match.";
        let spans = [at(text, "match")];
        assert_eq!(
            window(text, &spans),
            (as_span(0, text.len()), spans.to_vec())
        );
    }

    #[test]
    fn long_blocks_are_cut_around_the_densest_matches_at_spaces() {
        let filler = "lorem ipsum dolor sit amet ".repeat(20);
        let text = format!("{filler}alpha beta gamma {filler}");
        let spans = [at(&text, "alpha"), at(&text, "gamma")];
        let (w, inside) = window(&text, &spans);
        assert_eq!(inside, spans);
        let shown = w.slice(&text).unwrap();
        assert!(shown.contains("alpha beta gamma"));
        assert!(shown.len() <= WINDOW_BYTES);
        assert!(!shown.starts_with(' ') && text[..w.start as usize].ends_with(' '));
        assert!(text[w.end as usize..].starts_with(' '));
    }

    #[test]
    fn windows_fall_on_char_boundaries() {
        let text = "é".repeat(400);
        let spans = [as_span(300, 302)];
        let (w, inside) = window(&text, &spans);
        assert!(w.slice(&text).is_some());
        assert_eq!(inside, spans);
    }
}
