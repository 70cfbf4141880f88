//! A small, forgiving reader for the YAML front matter of Markdown files.
//!
//! The block opens with a `---` line at the very top and closes with `---` or `...`.
//! Inside, only what article metadata needs is understood:
//!
//! * `key: value` lines; keys are case-insensitive, and a few common synonyms are accepted
//!   (`headline` for `title`, `publisher`/`outlet` for `source`, `published` for `date`,
//!   `link` for `url`, `byline`/`authors` for `author`);
//! * values plain, `"double"` or `'single'` quoted, or a `[flow, list]`;
//! * a value continued on indented lines (also after `|` or `>`), or given as `- item`
//!   lines, which are joined with `, `;
//! * blank lines and `#` comments.
//!
//! Other keys are ignored. A line that fits none of these is a [`Problem`] with its line
//! number, and reading goes on. A block that never closes is a problem too; the whole file is
//! then read as text, since there is no telling where the metadata would end.

/// The metadata fields an article can take from front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// Something wrong in a front matter block, at a 1-based line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

/// A file's text split into its metadata and its body.
#[derive(Debug)]
pub struct Split<'a> {
    pub meta: FrontMatter,
    pub body: &'a str,
    /// 1-based line of the file where `body` starts.
    pub body_line: usize,
    pub problems: Vec<Problem>,
}

/// Which field a key fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Source,
    Date,
    Url,
    Author,
    Other,
}

impl Field {
    fn of(key: &str) -> Field {
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => Field::Title,
            "source" | "publisher" | "outlet" => Field::Source,
            "date" | "published" => Field::Date,
            "url" | "link" => Field::Url,
            "author" | "authors" | "byline" => Field::Author,
            _ => Field::Other,
        }
    }
}

/// `text` as a body without front matter.
pub fn none(text: &str) -> Split<'_> {
    Split {
        meta: FrontMatter::default(),
        body: text,
        body_line: 1,
        problems: Vec::new(),
    }
}

/// Splits off and reads the front matter block at the top of `text`, if there is one.
pub fn split(text: &str) -> Split<'_> {
    let no_block = none(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("---") {
        return no_block;
    }
    let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut block = Vec::new();
    for line in lines {
        let start = offset;
        offset += line.len();
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            let body_line = block.len() + 3;
            let (meta, problems) = parse(&block);
            return Split {
                meta,
                body: text.get(offset..).unwrap_or(""),
                body_line,
                problems,
            };
        }
        block.push(text.get(start..offset).unwrap_or("").trim_end());
    }
    Split {
        problems: vec![Problem {
            line: 1,
            message:
                "front matter opened here is never closed with `---`; the file is read as text"
                    .to_string(),
        }],
        ..no_block
    }
}

/// A field whose value may go on over the next lines.
struct Pending {
    field: Field,
    parts: Vec<String>,
    /// Filled from `- item` lines: joined with `, ` rather than folded with spaces.
    list: bool,
}

/// Reads the lines between the fences; `lines[0]` is line 2 of the file.
fn parse(lines: &[&str]) -> (FrontMatter, Vec<Problem>) {
    let mut meta = FrontMatter::default();
    let mut problems = Vec::new();
    let mut current: Option<Pending> = None;
    for (i, line) in lines.iter().enumerate() {
        let number = i + 2;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(pending) = current.as_mut() {
            if let Some(item) = trimmed.strip_prefix("- ") {
                pending
                    .parts
                    .push(unquote(item.trim(), number, &mut problems));
                pending.list = true;
                continue;
            }
            if line.starts_with([' ', '\t']) {
                pending.parts.push(trimmed.to_string());
                continue;
            }
        }
        match key_value(trimmed) {
            Some((key, value)) => {
                if let Some(done) = current.take() {
                    store(&mut meta, done);
                }
                let parts = match value {
                    "" | "|" | ">" | "|-" | ">-" => Vec::new(),
                    v => vec![value_text(v, number, &mut problems)],
                };
                current = Some(Pending {
                    field: Field::of(key),
                    parts,
                    list: false,
                });
            }
            None => problems.push(Problem {
                line: number,
                message: format!("front matter line is not `key: value`: {trimmed:?}"),
            }),
        }
    }
    if let Some(done) = current {
        store(&mut meta, done);
    }
    (meta, problems)
}

/// `key: value` with a key of letters, digits, `_` and `-` starting with a letter.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim_end();
    let mut chars = key.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    (starts_well && rest_ok).then_some((key, value.trim()))
}

/// A value: a `[flow, list]` joined with `, `, or a single (possibly quoted) scalar.
fn value_text(value: &str, line: usize, problems: &mut Vec<Problem>) -> String {
    match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(items) => items
            .split(',')
            .map(|item| unquote(item.trim(), line, problems))
            .filter(|item| !item.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        None => unquote(value, line, problems),
    }
}

/// Removes YAML quotes; an unterminated quote is a problem, and the rest is kept.
fn unquote(value: &str, line: usize, problems: &mut Vec<Problem>) -> String {
    let Some((quote, inner)) = ['"', '\'']
        .into_iter()
        .find_map(|q| value.strip_prefix(q).map(|rest| (q, rest)))
    else {
        return value.to_string();
    };
    match inner.strip_suffix(quote) {
        Some(inner) if quote == '"' => inner.replace("\\\"", "\"").replace("\\\\", "\\"),
        Some(inner) => inner.replace("''", "'"),
        None => {
            problems.push(Problem {
                line,
                message: format!("front matter value has no closing {quote}"),
            });
            inner.to_string()
        }
    }
}

fn store(meta: &mut FrontMatter, pending: Pending) {
    let joined = pending.parts.join(if pending.list { ", " } else { " " });
    let value = match joined.trim() {
        "" | "~" | "null" => None,
        v => Some(v.to_string()),
    };
    let slot = match pending.field {
        Field::Title => &mut meta.title,
        Field::Source => &mut meta.source,
        Field::Date => &mut meta.date,
        Field::Url => &mut meta.url,
        Field::Author => &mut meta.author,
        Field::Other => return,
    };
    *slot = value;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_values() {
        let s = split(
            "---\n# a comment\nHeadline: 'It''s here'\nsource: [Wire One, \"Wire Two\"]\nauthor: >\n  Jane\n  Doe\nPublished: ~\nextra: ignored\n---\nBody\n",
        );
        assert_eq!(s.meta.title.as_deref(), Some("It's here"));
        assert_eq!(s.meta.source.as_deref(), Some("Wire One, Wire Two"));
        assert_eq!(s.meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(s.meta.date, None);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 11);
    }

    #[test]
    fn no_block_and_unclosed_block() {
        assert_eq!(split("Title\n---\n").body, "Title\n---\n");
        let s = split("---\ntitle: x\n");
        assert_eq!(s.body, "---\ntitle: x\n");
        assert_eq!(s.meta, FrontMatter::default());
        assert_eq!(s.problems.len(), 1);
        assert_eq!(s.problems[0].line, 1);
    }
}
