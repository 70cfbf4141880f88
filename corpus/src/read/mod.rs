//! Reading a folder of article files into typed [`Article`]s.
//!
//! Reading goes in steps, each in its own module:
//!
//! 1. `walk` finds the `.txt` and `.md` files, recursively and in path order;
//! 2. `decode` turns bytes into clean text (UTF-8, UTF-16, Windows-1252), or refuses empty,
//!    blank and binary files; byte-identical duplicates are kept once;
//! 3. `front_matter` reads the metadata block of Markdown files;
//! 4. `raw_blocks` cuts the body into lines or paragraphs (`markdown` reduces Markdown syntax);
//! 5. `layout` tells how each raw block looks (furniture, short, text) and `arrange` decides,
//!    from where raw blocks sit, the headline and each block's [`BlockKind`];
//! 6. `title` derives a title when no line reads as a headline, `meta` finds source, date
//!    and author in the text, and `slug` makes unique ids.
//!
//! Nothing here panics on any input: every problem with a file is a [`Notice`].

mod arrange;
pub(crate) mod dates;
mod decode;
mod front_matter;
mod layout;
mod markdown;
mod meta;
mod raw_blocks;
mod slug;
mod title;
mod vocab;
mod walk;

use std::collections::HashMap;
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

pub use dates::key as date_key;

pub use crate::article::WORDS_PER_MINUTE;
use crate::article::{count_words, reading_minutes, Article, Block, BlockKind};
use decode::{Decoded, Encoding};
use front_matter::FrontMatter;
use layout::Look;
use walk::Format;

/// Something the reader wants the person running the build to know about one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Path relative to the seeds folder.
    pub path: String,
    /// How much it matters.
    pub level: Level,
    /// What happened, for the reader of the build's output.
    pub message: String,
}

/// How much a [`Notice`] matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Informational: a file was ignored on purpose.
    Info,
    /// The file was read, but something in it was off.
    Warning,
    /// The file was skipped.
    Skipped,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Info => "note",
            Level::Warning => "warning",
            Level::Skipped => "skipped",
        };
        write!(f, "{}: {}: {}", self.path, level, self.message)
    }
}

/// The articles read from a folder, and what was noticed on the way.
#[derive(Debug, Default)]
pub struct ReadReport {
    /// The articles read, in path order.
    pub articles: Vec<Article>,
    /// Everything noticed on the way.
    pub notices: Vec<Notice>,
}

/// Reads every article file under `dir`.
///
/// Fails only when `dir` itself cannot be read; a bad file becomes a [`Notice`].
pub fn read_dir(dir: &Path) -> std::io::Result<ReadReport> {
    let (files, mut notices) = walk::walk(dir)?;
    let mut articles = Vec::new();
    let mut kept = Kept::default();
    for file in files {
        let notice = |level, message: String| Notice {
            path: file.rel.clone(),
            level,
            message,
        };
        let bytes = match std::fs::read(&file.full) {
            Ok(bytes) => bytes,
            Err(e) => {
                notices.push(notice(Level::Skipped, format!("cannot be read: {e}")));
                continue;
            }
        };
        let decoded = match decode::decode(&bytes) {
            Ok(decoded) => decoded,
            Err(skip) => {
                notices.push(notice(Level::Skipped, skip.to_string()));
                continue;
            }
        };
        if let Some(original) = kept.duplicate_of(&bytes, &file.full) {
            notices.push(notice(
                Level::Info,
                format!("byte-identical to {original}; kept once, as {original}"),
            ));
            continue;
        }
        kept.add(&bytes, &file.full, &file.rel);
        notices.extend(decoding_notices(&decoded).map(|(l, m)| notice(l, m)));
        let (article, problems) = parse(&file.rel, &decoded.text, file.format);
        notices.extend(problems.into_iter().map(|m| notice(Level::Warning, m)));
        articles.push(article);
    }
    let ids = slug::assign(articles.iter().map(|a| a.path.as_str()));
    for (article, id) in articles.iter_mut().zip(ids) {
        article.id = id;
    }
    Ok(ReadReport { articles, notices })
}

/// The files read so far, by a hash of their bytes, to find byte-identical duplicates.
#[derive(Default)]
struct Kept {
    by_hash: HashMap<u64, Vec<(PathBuf, String)>>,
}

impl Kept {
    fn hash(bytes: &[u8]) -> u64 {
        let mut hasher = DefaultHasher::new();
        bytes.hash(&mut hasher);
        hasher.finish()
    }

    /// The path of an earlier file with exactly these bytes (re-read to rule out a hash
    /// collision).
    fn duplicate_of(&self, bytes: &[u8], full: &Path) -> Option<String> {
        self.by_hash
            .get(&Self::hash(bytes))?
            .iter()
            .find(|(other, _)| other != full && std::fs::read(other).is_ok_and(|b| b == bytes))
            .map(|(_, rel)| rel.clone())
    }

    fn add(&mut self, bytes: &[u8], full: &Path, rel: &str) {
        self.by_hash
            .entry(Self::hash(bytes))
            .or_default()
            .push((full.to_path_buf(), rel.to_string()));
    }
}

/// What to tell about how a file was decoded.
fn decoding_notices(decoded: &Decoded) -> impl Iterator<Item = (Level, String)> {
    let encoding = match decoded.encoding {
        Encoding::Utf8 => None,
        Encoding::Utf16 => Some((Level::Info, "read as UTF-16".to_string())),
        Encoding::Windows1252 { bytes } => Some((
            Level::Warning,
            format!("not valid UTF-8: {bytes} byte(s) read as Windows-1252"),
        )),
    };
    let controls = (decoded.removed_controls > 0).then(|| {
        (
            Level::Warning,
            format!("removed {} control character(s)", decoded.removed_controls),
        )
    });
    encoding.into_iter().chain(controls)
}

/// Turns the text of one article file into an [`Article`], as [`read_dir`] does after
/// decoding (line ends normalised, control characters removed). `path` decides the format
/// (`.md` is Markdown) and gives the id, its slug. Problems are left out; see [`read_dir`].
pub fn parse_article(path: &str, text: &str) -> Article {
    let format = if path.to_ascii_lowercase().ends_with(".md") {
        Format::Markdown
    } else {
        Format::Text
    };
    let (clean, _) = decode::clean(text.to_string());
    let (mut article, _) = parse(path, &clean, format);
    article.id = slug::slugify(path);
    article
}

/// Reads one decoded file; returns the article (with an empty id) and the problems found.
fn parse(path: &str, text: &str, format: Format) -> (Article, Vec<String>) {
    let is_markdown = format == Format::Markdown;
    let split = if is_markdown {
        front_matter::split(text)
    } else {
        front_matter::none(text)
    };
    let problems = split
        .problems
        .iter()
        .map(|p| format!("line {}: {}", p.line, p.message))
        .collect();
    let meta = split.meta;
    let raw = raw_blocks::split(split.body, split.body_line, is_markdown);
    let looks: Vec<Look> = raw.iter().map(layout::look).collect();
    let headline = match &meta.title {
        // A title given in front matter and repeated as the first line is not body text.
        Some(given) => raw
            .first()
            .filter(|u| u.text.trim().eq_ignore_ascii_case(given.trim()))
            .map(|_| 0),
        None => arrange::headline(&raw, &looks),
    };
    let kinds = arrange::kinds(&looks, headline);
    let mut headline_text = None;
    let mut blocks = Vec::with_capacity(raw.len());
    // Every block and credit line in reading order, for `meta` (credits read as asides).
    let mut order: Vec<(BlockKind, bool, usize)> = Vec::with_capacity(raw.len());
    let mut credits = Vec::new();
    for ((block, kind), look) in raw.into_iter().zip(kinds).zip(looks) {
        match kind {
            Some(BlockKind::Aside) if layout::is_credit(look, &block.text) => {
                order.push((BlockKind::Aside, true, credits.len()));
                credits.push(block.text);
            }
            Some(kind) => {
                order.push((kind, false, blocks.len()));
                blocks.push(Block {
                    kind,
                    text: block.text,
                });
            }
            None => headline_text = Some(block.text),
        }
    }
    let (title, title_sentence) = match meta.title.clone().or(headline_text) {
        Some(title) => (title, None),
        None => derived_title(&blocks, path),
    };
    let view: Vec<(BlockKind, &str)> = order
        .iter()
        .map(|&(kind, credit, i)| {
            let text = if credit {
                credits.get(i).map(String::as_str)
            } else {
                blocks.get(i).map(|b| b.text.as_str())
            };
            (kind, text.unwrap_or_default())
        })
        .collect();
    let FrontMatter {
        source,
        date,
        url,
        author,
        ..
    } = meta;
    let source = source.or_else(|| meta::source(&view));
    // An article's date is in its stamp or byline (credit lines) or its opening dateline,
    // not in a caption or another aside, which may date a photo or an event.
    let stamps_and_text: Vec<(BlockKind, &str)> = order
        .iter()
        .zip(&view)
        .filter(|((kind, credit, _), _)| *credit || *kind != BlockKind::Aside)
        .map(|(_, &entry)| entry)
        .collect();
    let date = date.or_else(|| meta::date(&stamps_and_text));
    let author = author.or_else(|| meta::author(&view));
    let word_count = count_words(&blocks);
    let article = Article {
        id: String::new(),
        path: path.to_string(),
        title,
        source,
        date,
        url,
        author,
        credits,
        title_sentence,
        blocks,
        word_count,
        reading_minutes: reading_minutes(word_count),
    };
    (article, problems)
}

/// The title when no line reads as a headline: from the first paragraph (see [`title`]),
/// with the length of the sentence it is (see [`Article::title_sentence`]); else from the
/// first block; else (when that gives nothing, as for a lone `.`) the file name.
fn derived_title(blocks: &[Block], path: &str) -> (String, Option<u32>) {
    let paragraph = blocks.iter().find(|b| b.kind == BlockKind::Paragraph);
    let (derived, end) = paragraph
        .or_else(|| blocks.first())
        .map(|b| title::derive(&b.text))
        .unwrap_or_default();
    if !derived.is_empty() {
        let sentence = paragraph
            .is_some()
            .then(|| u32::try_from(end).ok())
            .flatten();
        return (derived, sentence);
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    (stem.replace(['_', '-'], " ").trim().to_string(), None)
}
