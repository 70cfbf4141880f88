//! Reading a folder of article files into typed [`Article`]s.

use std::fmt;
use std::path::Path;

use crate::article::{Article, Block, BlockKind};

/// Something the reader wants the person running the build to know about one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Path relative to the seeds folder.
    pub path: String,
    pub level: Level,
    pub message: String,
}

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
    pub articles: Vec<Article>,
    pub notices: Vec<Notice>,
}

/// Reads every article file under `dir`.
///
/// Fails only when `dir` itself cannot be read; a bad file becomes a [`Notice`].
pub fn read_dir(dir: &Path) -> std::io::Result<ReadReport> {
    let mut report = ReadReport::default();
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let rel = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => report
                .articles
                .push(parse_article(&rel, &String::from_utf8_lossy(&bytes))),
            Err(e) => report.notices.push(Notice {
                path: rel,
                level: Level::Skipped,
                message: e.to_string(),
            }),
        }
    }
    Ok(report)
}

/// Turns the text of one plain-text article into an [`Article`].
pub fn parse_article(path: &str, text: &str) -> Article {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title = lines.next().unwrap_or_default().to_string();
    let blocks: Vec<Block> = lines
        .map(|l| Block {
            kind: BlockKind::Paragraph,
            text: l.to_string(),
        })
        .collect();
    let word_count = blocks
        .iter()
        .map(|b| b.text.split_whitespace().count() as u32)
        .sum::<u32>();
    Article {
        id: path.trim_end_matches(".txt").replace('/', "-"),
        path: path.to_string(),
        title,
        source: None,
        date: None,
        url: None,
        author: None,
        blocks,
        word_count,
        reading_minutes: word_count.div_ceil(230).max(1),
    }
}
