//! The little of Markdown that matters for reading news: headings, images, rules, list and
//! quote markers, and inline markup (emphasis, code, links) reduced to its plain text.
//!
//! Anything else, HTML included, stays as written: it is text, and is shown as text.

/// What one line of a Markdown body is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `# Heading` (level 1 to 6), already reduced to plain text.
    Heading(u8, String),
    /// A line holding only an image; its alt text, possibly empty.
    Image(String),
    /// A thematic break or code fence: separates blocks, holds no text.
    Break,
    /// A list item: a block of its own.
    Item(String),
    /// Running text, reduced to plain text.
    Text(String),
}

/// Reads one (trimmed) line of Markdown.
pub fn line(raw: &str) -> Line {
    let raw = raw.trim();
    if is_break(raw) {
        return Line::Break;
    }
    if let Some(heading) = heading(raw) {
        return heading;
    }
    let mut text = raw;
    while let Some(rest) = text.strip_prefix('>') {
        text = rest.trim_start();
    }
    if let Some(alt) = lone_image(text) {
        return Line::Image(inline(alt));
    }
    for marker in ["- ", "* ", "+ "] {
        if let Some(item) = text.strip_prefix(marker) {
            return Line::Item(inline(item.trim()));
        }
    }
    Line::Text(inline(text))
}

/// `***`, `---`, `___` (three or more, spaces allowed) or a code fence.
fn is_break(line: &str) -> bool {
    if line.starts_with("```") || line.starts_with("~~~") {
        return true;
    }
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ["*", "-", "_"]
            .iter()
            .any(|m| marks.chars().all(|c| m.starts_with(c)))
}

fn heading(line: &str) -> Option<Line> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    let rest = line.get(hashes..)?;
    if !(1..=6).contains(&hashes) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    let level = u8::try_from(hashes).unwrap_or(6);
    Some(Line::Heading(level, inline(text)))
}

/// The alt text when the line is nothing but `![alt](target)`.
fn lone_image(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("![")?;
    let (alt, target) = rest.split_once("](")?;
    let target = target.strip_suffix(')')?;
    (!alt.contains(']') && !target.contains(')')).then_some(alt)
}

/// Longest link text and link target, in bytes.
const MAX_LINK_PART: usize = 1000;

/// Inline markup reduced to plain text: `**strong**`, `*em*`, `_em_`, `` `code` `` lose
/// their marks, `[text](url)` and `![alt](src)` keep their text, `\*` keeps the `*`.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut links = Links {
        text,
        close: NextOf::new(']'),
        paren: NextOf::new(')'),
    };
    let mut at = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
        let after = at + c.len_utf8();
        let next = text.get(after..).and_then(|rest| rest.chars().next());
        if c == '\\' {
            if let Some(escaped) = next.filter(char::is_ascii_punctuation) {
                out.push(escaped);
                prev = Some(escaped);
                at = after + escaped.len_utf8();
                continue;
            }
        }
        let label_start = match (c, next) {
            ('[', _) => Some(after),
            ('!', Some('[')) => Some(after + 1),
            _ => None,
        };
        if let Some((label, resume)) = label_start.and_then(|start| links.at(start)) {
            out.push_str(&inline(label));
            prev = label.chars().last();
            at = resume;
            continue;
        }
        let is_mark = c == '`' || ((c == '*' || c == '_') && emphasis_edge(prev, c, next));
        if !is_mark {
            out.push(c);
        }
        prev = Some(c);
        at = after;
    }
    out
}

/// Finds `label](target)` links in one text. The next `]` and `)` are remembered, so a text
/// full of `[` is still read in linear time.
struct Links<'a> {
    text: &'a str,
    close: NextOf,
    paren: NextOf,
}

impl<'a> Links<'a> {
    /// The link whose label starts at byte `start`: its label and the byte after its `)`.
    fn at(&mut self, start: usize) -> Option<(&'a str, usize)> {
        let close = self.close.find(self.text, start)?;
        let target = close + 2;
        if close - start > MAX_LINK_PART || self.text.get(close + 1..target) != Some("(") {
            return None;
        }
        let end = self.paren.find(self.text, target)?;
        if end - target > MAX_LINK_PART {
            return None;
        }
        Some((self.text.get(start..close)?, end + 1))
    }
}

/// The next position of one ASCII character, remembered between calls with growing starts.
struct NextOf {
    c: char,
    /// The last search: where it started and what it found.
    last: Option<(usize, Option<usize>)>,
}

impl NextOf {
    fn new(c: char) -> NextOf {
        NextOf { c, last: None }
    }

    fn find(&mut self, text: &str, start: usize) -> Option<usize> {
        if let Some((from, found)) = self.last {
            match found {
                Some(at) if from <= start && at >= start => return Some(at),
                None if from <= start => return None,
                _ => {}
            }
        }
        let found = text.get(start..)?.find(self.c).map(|i| start + i);
        self.last = Some((start, found));
        found
    }
}

/// Whether a `*` or `_` opens or closes emphasis rather than sitting inside a word
/// (`snake_case`, `file_001.jpg`) or standing alone (`5 * 3`).
fn emphasis_edge(prev: Option<char>, mark: char, next: Option<char>) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    if mark == '_' && word(prev) && word(next) {
        return false;
    }
    let same = |c: Option<char>| c == Some(mark);
    let opens = (space(prev) || !word(prev) || same(prev)) && !space(next);
    let closes = !space(prev) && (space(next) || !word(next) || same(next));
    opens || closes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_marks_go_words_stay() {
        assert_eq!(inline("**Bold** and *em* and _em_"), "Bold and em and em");
        assert_eq!(
            inline("see [the report](http://x.org/a_b) now"),
            "see the report now"
        );
        assert_eq!(
            inline("file_0001.jpg and snake_case"),
            "file_0001.jpg and snake_case"
        );
        assert_eq!(inline("5 * 3 = 15"), "5 * 3 = 15");
        assert_eq!(inline(r"a \* b"), "a * b");
        assert_eq!(inline("[unclosed link"), "[unclosed link");
        assert_eq!(inline("[a] [b](u) [c](v"), "[a] b [c](v");
        assert_eq!(inline("![ä](x) é"), "ä é");
    }

    #[test]
    fn many_brackets_stay_linear() {
        let text = "[".repeat(200_000) + "]";
        assert_eq!(inline(&text), text);
    }

    #[test]
    fn lines() {
        assert_eq!(line("## Two  ##"), Line::Heading(2, "Two".into()));
        assert_eq!(line("#hashtag"), Line::Text("#hashtag".into()));
        assert_eq!(
            line("![A man (file photo)](a.jpg)"),
            Line::Image("A man (file photo)".into())
        );
        assert_eq!(line("* * *"), Line::Break);
        assert_eq!(line("> quoted"), Line::Text("quoted".into()));
        assert_eq!(line("- item"), Line::Item("item".into()));
    }
}
