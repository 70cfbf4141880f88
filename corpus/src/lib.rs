//! The pure logic of the news explorer, with no web dependencies.
//!
//! * [`read`] turns a folder of article files into typed [`Article`]s (build time).
//! * [`entities`] finds people, organisations and places in them (build time).
//! * [`fold`] is the one accent and case folding that names, search and slugs share.
//! * [`quotes`] finds quotations and their speakers, one per statement (build time).
//! * [`relations`] ranks the entities named together and the articles related to each other.
//! * [`search`] builds a compact index (build time) and queries it (in the browser).
//! * [`bundle`] is the site's data files: written at build time, loaded piece by piece in the
//!   browser.
//! * [`snapshot`] is the whole analysis in one serialisable value (the command-line search).
//! * [`sort`] sorts with one compiled copy of the algorithm (a smaller wasm).
//!
//! Everything here is tested natively; the web app only renders what this crate computes.
//!
//! The `build` feature (on by default) holds what only the build needs: [`read`],
//! [`entities`], [`load`] and the search index builder. The web app turns it off, so none of
//! that code, its reference lists or its dependencies end up in the wasm. The Makefile does
//! not rebuild the wasm when a file of a build-only module's folder (`BUILD_ONLY` there:
//! [`read`], [`entities`], [`relations`]) or of `data/` changes: a module moved out of the
//! feature leaves that list.

#![warn(missing_docs)]

pub mod article;
pub mod bundle;
#[cfg(feature = "build")]
pub mod entities;
mod fnv;
pub mod fold;
pub mod quotes;
#[cfg(feature = "build")]
pub mod read;
#[cfg(feature = "build")]
pub mod relations;
pub mod search;
pub mod snapshot;
pub mod sort;
pub mod url;
mod varint;

pub use article::{
    Article, Block, BlockKind, Corpus, Entity, EntityKind, Mention, MentionSet, Span,
};
pub use quotes::{Quote, QuoteAt};
pub use snapshot::Snapshot;

#[cfg(feature = "build")]
use std::path::Path;

/// A corpus read from a folder, with everything noticed on the way.
#[cfg(feature = "build")]
#[derive(Debug, Default)]
pub struct Loaded {
    /// The articles, entities and quotations.
    pub corpus: Corpus,
    /// What the reader and the curation file noticed, file by file.
    pub notices: Vec<read::Notice>,
}

/// The optional file in the articles folder with the user's corrections to the entities.
#[cfg(feature = "build")]
pub const CURATION_FILE: &str = "entities.toml";

/// Reads the articles under `dir` and finds their entities: the whole build-time analysis.
///
/// Fails only when `dir` cannot be read; problems with single files, and mistakes in
/// [`CURATION_FILE`] (with their line), are in [`Loaded::notices`].
///
/// A folder of two articles, read, analysed into a [`Snapshot`] and searched:
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dir = std::env::temp_dir().join(format!("corpus-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(
///     dir.join("drought.txt"),
///     "Drought grips the north\n\nFarmers say the drought is the worst in decades.\n",
/// )?;
/// std::fs::write(
///     dir.join("harbour.md"),
///     "# A new harbour opens\n\nThe city opened its harbour to ships on Tuesday.\n",
/// )?;
///
/// let loaded = corpus::load(&dir)?;
/// std::fs::remove_dir_all(&dir)?;
/// assert_eq!(loaded.corpus.articles.len(), 2);
/// let snapshot = corpus::Snapshot::new(loaded.corpus);
///
/// // `droughts` finds `drought` by its stem.
/// let hits = snapshot.index.search(&snapshot.corpus, "droughts");
/// assert_eq!(hits.len(), 1);
/// let article = &snapshot.corpus.articles[hits[0].article as usize];
/// assert_eq!(article.path, "drought.txt");
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "build")]
pub fn load(dir: &Path) -> std::io::Result<Loaded> {
    // The reader leaves the curation file out silently; it is read here.
    let mut report = read::read_dir(dir)?;
    let mut notices = Vec::new();
    let curation = match std::fs::read_to_string(dir.join(CURATION_FILE)) {
        Ok(text) => {
            let (curation, issues) = entities::Curation::parse(&text);
            notices.extend(issues.into_iter().map(curation_notice));
            curation
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => entities::Curation::default(),
        Err(e) => {
            notices.push(read::Notice {
                path: CURATION_FILE.to_string(),
                level: read::Level::Warning,
                message: format!("cannot read it: {e}"),
            });
            entities::Curation::default()
        }
    };
    let (entities, issues) = entities::extract_curated(&report.articles, &curation);
    notices.extend(issues.into_iter().map(curation_notice));
    report.notices.extend(notices);
    let quotes = quotes::find(&report.articles, &entities);
    Ok(Loaded {
        corpus: Corpus {
            articles: report.articles,
            entities,
            quotes,
        },
        notices: report.notices,
    })
}

#[cfg(feature = "build")]
fn curation_notice(issue: entities::CurationIssue) -> read::Notice {
    read::Notice {
        path: CURATION_FILE.to_string(),
        level: read::Level::Warning,
        message: format!("line {}: {}", issue.line, issue.message),
    }
}
