//! Finding the article files under a folder.
//!
//! Folders are walked recursively in byte order of names, so the result is the same on every
//! machine. `.txt` and `.md` (or `.markdown`) files, in any letter case, are articles. Hidden files and folders
//! (names starting with `.`) and files of other types are left out with an
//! [`Level::Info`] notice each; so are symbolic links to folders, which are not followed. The
//! user's entity curation file ([`CURATION_FILE`]) at the top level is left out silently.

use std::path::{Path, PathBuf};

use super::{Level, Notice};
use crate::CURATION_FILE;

/// The kind of article file, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

/// An article file: where it is, its path relative to the root, and its format.
#[derive(Debug, Clone)]
pub struct Found {
    pub full: PathBuf,
    pub rel: String,
    pub format: Format,
}

/// The article files under `root`, in path order, and notices about what was left out.
///
/// Fails only when `root` itself cannot be listed.
pub fn walk(root: &Path) -> std::io::Result<(Vec<Found>, Vec<Notice>)> {
    let mut files = Vec::new();
    let mut notices = Vec::new();
    let top = sorted_entries(root)?;
    let mut stack: Vec<(String, std::vec::IntoIter<(String, PathBuf)>)> =
        vec![(String::new(), top.into_iter())];
    while let Some((prefix, entries)) = stack.last_mut() {
        let Some((name, full)) = entries.next() else {
            stack.pop();
            continue;
        };
        let rel = format!("{prefix}{name}");
        let top_level = prefix.is_empty();
        let note = |message: &str| Notice {
            path: rel.clone(),
            level: Level::Info,
            message: message.to_string(),
        };
        let link_meta = std::fs::symlink_metadata(&full);
        let is_link = link_meta.as_ref().is_ok_and(|m| m.file_type().is_symlink());
        let is_dir = std::fs::metadata(&full).is_ok_and(|m| m.is_dir());
        if name.starts_with('.') {
            let what = if is_dir {
                "hidden folder"
            } else {
                "hidden file"
            };
            notices.push(note(&format!("ignored: {what}")));
        } else if is_dir && is_link {
            notices.push(note("ignored: symbolic link to a folder (not followed)"));
        } else if is_dir {
            match sorted_entries(&full) {
                Ok(children) => {
                    let prefix = format!("{rel}/");
                    stack.push((prefix, children.into_iter()));
                }
                Err(e) => notices.push(Notice {
                    path: rel,
                    level: Level::Skipped,
                    message: format!("folder cannot be read: {e}"),
                }),
            }
        } else if top_level && name == CURATION_FILE {
            // The entities step reads it.
        } else {
            match format_of(&name) {
                Some(format) => files.push(Found { full, rel, format }),
                None => notices.push(note("ignored: not a .txt or .md file")),
            }
        }
    }
    Ok((files, notices))
}

fn format_of(name: &str) -> Option<Format> {
    let (_, ext) = name.rsplit_once('.')?;
    if ext.eq_ignore_ascii_case("txt") {
        Some(Format::Text)
    } else if ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown") {
        Some(Format::Markdown)
    } else {
        None
    }
}

/// The entries of a folder as (name, full path), sorted by name.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut entries: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}
