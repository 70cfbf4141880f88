//! Cutting a body into raw blocks: the lines or paragraphs that become blocks.
//!
//! Article files come in two layouts, often mixed: one paragraph per line, or paragraphs
//! separated by blank lines. Either way each non-blank line is its own raw block, because a group
//! of lines without blank lines between them is as often a headline, a caption and a credit
//! line as it is one paragraph. The exception is hard-wrapped text (lines cut at a fixed
//! width, like e-mail): there, a line that ends only because the next word would not have fit
//! is joined with the next one. A file counts as hard-wrapped when its longest line is 40 to
//! 100 characters long and at least half (and at least two) of its line pairs end like that.
//!
//! In Markdown, lines of one paragraph are joined as Markdown says; headings, list items and
//! lone images are raw blocks of their own.

use super::markdown::{self, Line};

/// Hard-wrapped text is cut at a width in this range (in characters); e-mail and old
/// plain-text archives use 60 to 80.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 40..=100;

/// One block-to-be, with the 1-based line of the file it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawBlock {
    pub text: String,
    pub line: usize,
    pub mark: Mark,
}

/// What Markdown syntax said about a raw block, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    Heading(u8),
    Image,
    Item,
}

/// Cuts `body` (which starts on line `first_line` of its file) into raw blocks.
pub fn split(body: &str, first_line: usize, is_markdown: bool) -> Vec<RawBlock> {
    let lines: Vec<(usize, &str)> = body
        .split('\n')
        .enumerate()
        .map(|(i, l)| (first_line + i, l.trim()))
        .collect();
    if is_markdown {
        markdown_blocks(&lines)
    } else {
        text_blocks(&lines)
    }
}

fn text_blocks(lines: &[(usize, &str)]) -> Vec<RawBlock> {
    let lengths: Vec<usize> = lines.iter().map(|(_, l)| l.chars().count()).collect();
    let width = lengths.iter().copied().max().unwrap_or(0);
    // `wraps[i]`: line i ends where a line cut at `width` would, and line i + 1 goes on.
    let wraps: Vec<bool> = lines
        .windows(2)
        .zip(&lengths)
        .map(|(pair, &len)| match pair {
            [(_, a), (_, b)] if !a.is_empty() && !b.is_empty() => {
                let next_word = b.split_whitespace().next().map_or(0, |w| w.chars().count());
                len + 1 + next_word > width
            }
            _ => false,
        })
        .collect();
    let pairs = lines
        .windows(2)
        .filter(|p| matches!(p, [(_, a), (_, b)] if !a.is_empty() && !b.is_empty()))
        .count();
    let wrapped_count = wraps.iter().filter(|&&w| w).count();
    let hard_wrapped =
        WRAP_WIDTHS.contains(&width) && wrapped_count >= 2 && wrapped_count * 2 >= pairs;

    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut joining = false;
    for (i, &(number, line)) in lines.iter().enumerate() {
        if line.is_empty() {
            joining = false;
            continue;
        }
        match blocks.last_mut() {
            Some(last) if joining => join(&mut last.text, line),
            _ => blocks.push(RawBlock {
                text: line.to_string(),
                line: number,
                mark: Mark::Plain,
            }),
        }
        joining = hard_wrapped && wraps.get(i).copied().unwrap_or(false);
    }
    blocks
}

fn markdown_blocks(lines: &[(usize, &str)]) -> Vec<RawBlock> {
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut joining = false;
    let mut i = 0;
    while let Some(&(number, raw)) = lines.get(i) {
        i += 1;
        if raw.is_empty() {
            joining = false;
            continue;
        }
        // Setext headings: a text line underlined with `===` or `---`.
        let underline = lines.get(i).map(|(_, l)| *l).and_then(setext_level);
        let parsed = match (markdown::line(raw), underline) {
            (Line::Text(text), Some(level)) => {
                i += 1;
                Line::Heading(level, text)
            }
            (parsed, _) => parsed,
        };
        let (text, mark) = match parsed {
            Line::Break => {
                joining = false;
                continue;
            }
            Line::Text(text) => {
                if let Some(last) = blocks.last_mut().filter(|_| joining) {
                    join(&mut last.text, &text);
                    continue;
                }
                joining = true;
                (text, Mark::Plain)
            }
            Line::Heading(level, text) => (text, Mark::Heading(level)),
            Line::Image(alt) => (alt, Mark::Image),
            Line::Item(text) => (text, Mark::Item),
        };
        if mark != Mark::Plain {
            joining = false;
        }
        if text.trim().is_empty() {
            joining = false;
        } else {
            blocks.push(RawBlock {
                text: text.trim().to_string(),
                line: number,
                mark,
            });
        }
    }
    blocks
}

fn setext_level(line: &str) -> Option<u8> {
    let all = |c: char| !line.is_empty() && line.chars().all(|x| x == c);
    if all('=') {
        Some(1)
    } else if all('-') && line.len() >= 2 {
        Some(2)
    } else {
        None
    }
}

/// Appends a continuation line: a word cut at a hyphen (`pro-` + `Russian`) joins without a
/// space, anything else with one.
fn join(text: &mut String, next: &str) {
    let mut tail = text.chars().rev();
    let hyphen_cut = tail.next() == Some('-')
        && tail.next().is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_alphabetic);
    if !hyphen_cut {
        text.push(' ');
    }
    text.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &[RawBlock]) -> Vec<&str> {
        raw.iter().map(|u| u.text.as_str()).collect()
    }

    #[test]
    fn hard_wrapped_lines_join_ragged_ones_do_not() {
        let body = "Short headline here\n\nThe minister said on Tuesday that the talks\nwould go on for another week, and that pro-\nRussian groups would attend.\n\nA second paragraph that is also wrapped at\nthe same width as the first one was, it\nseems.";
        assert_eq!(
            texts(&split(body, 1, false)),
            [
                "Short headline here",
                "The minister said on Tuesday that the talks would go on for another week, and that pro-Russian groups would attend.",
                "A second paragraph that is also wrapped at the same width as the first one was, it seems."
            ]
        );
    }

    #[test]
    fn one_paragraph_per_line_stays_apart() {
        let body = "A headline\nA caption line (file photo)\nThe first paragraph is a long line of text that runs on well past any wrapping width one would use.\nSecond.";
        let raw = split(body, 1, false);
        assert_eq!(raw.len(), 4);
        assert_eq!(raw[3].line, 4);
    }

    #[test]
    fn markdown_paragraph_lines_join() {
        let raw = split(
            "Title\n=====\n\nOne line\nand the next.\n\n## Sub\n- item",
            1,
            true,
        );
        assert_eq!(
            texts(&raw),
            ["Title", "One line and the next.", "Sub", "item"]
        );
        assert_eq!(raw[0].mark, Mark::Heading(1));
        assert_eq!(raw[1].line, 4);
        assert_eq!(raw[3].mark, Mark::Item);
    }
}
