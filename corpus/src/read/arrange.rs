//! Where raw blocks sit decides what they are: which one is the headline, and which short lines
//! are subheadings rather than page furniture.
//!
//! * The **headline** is the first raw block that reads as one ([`layout::is_headline`]), looking
//!   past furniture and one-word kickers and stopping at the first line of running text. A
//!   Markdown heading at the top is the headline.
//! * Raw blocks **before the headline** are asides (tag lines, kickers).
//! * A **short** raw block is a subheading when it sits between running text: the nearest
//!   non-furniture raw blocks before and after it are paragraphs, and neither neighbour is short
//!   too. Runs of short lines (highlight lists, link lists) and short lines at the edges of the
//!   article (a dangling label, a closing promo) are asides.
//! * Furniture is an aside, a Markdown heading below the headline a subheading, text a
//!   paragraph.

use super::layout::{self, Look};
use super::raw_blocks::RawBlock;
use crate::article::BlockKind;

/// Raw blocks looked at for a headline before giving up.
const HEADLINE_SCAN: usize = 10;

/// The index of the headline raw block, if one reads as a headline.
pub fn headline(raw: &[RawBlock], looks: &[Look]) -> Option<usize> {
    for (i, (block, look)) in raw.iter().zip(looks).enumerate().take(HEADLINE_SCAN) {
        match look {
            Look::Heading(_) => return Some(i),
            Look::Furniture(_) => {}
            Look::Short | Look::Text if layout::is_headline(&block.text) => return Some(i),
            Look::Short => {}
            Look::Text => return None,
        }
    }
    None
}

/// The block kind of every raw block; `None` for the headline, which is not a block.
pub fn kinds(looks: &[Look], headline: Option<usize>) -> Vec<Option<BlockKind>> {
    let body_start = headline.map_or(0, |h| h + 1);
    (0..looks.len())
        .map(|i| {
            if Some(i) == headline {
                return None;
            }
            let kind = match looks.get(i) {
                _ if i < body_start => BlockKind::Aside,
                Some(Look::Furniture(_)) | None => BlockKind::Aside,
                Some(Look::Heading(_)) => BlockKind::Subheading,
                Some(Look::Text) => BlockKind::Paragraph,
                Some(Look::Short) if between_text(looks, i, body_start) => BlockKind::Subheading,
                Some(Look::Short) => BlockKind::Aside,
            };
            Some(kind)
        })
        .collect()
}

/// Whether the short raw block `i` stands alone between paragraphs of the body.
fn between_text(looks: &[Look], i: usize, body_start: usize) -> bool {
    let prev = i
        .checked_sub(1)
        .filter(|&p| p >= body_start)
        .and_then(|p| looks.get(p));
    let next = looks.get(i + 1);
    if prev.is_none_or(|l| *l == Look::Short) || next.is_none_or(|l| *l == Look::Short) {
        return false;
    }
    let not_furniture = |l: &&Look| !matches!(l, Look::Furniture(_));
    let before = looks
        .get(body_start..i)
        .and_then(|s| s.iter().rev().find(not_furniture));
    let after = looks
        .get(i + 1..)
        .and_then(|s| s.iter().find(not_furniture));
    before == Some(&Look::Text) && after == Some(&Look::Text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;
    use Look::*;

    #[test]
    fn short_between_paragraphs_is_a_subheading() {
        let looks = [Text, Short, Text];
        assert_eq!(
            kinds(&looks, None),
            [Some(Paragraph), Some(Subheading), Some(Paragraph)]
        );
    }

    #[test]
    fn runs_and_edges_are_asides() {
        let looks = [Short, Short, Text, Short, Short, Text, Short];
        assert_eq!(
            kinds(&looks, Some(0)),
            [
                None,
                Some(Aside),
                Some(Paragraph),
                Some(Aside),
                Some(Aside),
                Some(Paragraph),
                Some(Aside)
            ]
        );
    }
}
