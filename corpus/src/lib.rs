//! The pure logic of the news explorer, with no web dependencies.
//!
//! * [`read`] turns a folder of article files into typed [`Article`]s (build time).
//! * [`entities`] finds people, organisations and places in them (build time).
//! * [`search`] builds a compact index (build time) and queries it (in the browser).
//! * [`snapshot`] is the binary format the build embeds in the web app.
//!
//! Everything here is tested natively; the web app only renders what this crate computes.

pub mod article;
pub mod entities;
pub mod read;
pub mod search;
pub mod snapshot;

pub use article::{
    Article, Block, BlockKind, Corpus, Entity, EntityKind, Mention, MentionSet, Span,
};
pub use snapshot::Snapshot;

use std::path::Path;

/// A corpus read from a folder, with everything noticed on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub notices: Vec<read::Notice>,
}

/// Reads the articles under `dir` and finds their entities: the whole build-time analysis.
///
/// Fails only when `dir` cannot be read; problems with single files are in
/// [`Loaded::notices`].
pub fn load(dir: &Path) -> std::io::Result<Loaded> {
    let report = read::read_dir(dir)?;
    let entities = entities::extract(&report.articles);
    Ok(Loaded {
        corpus: Corpus {
            articles: report.articles,
            entities,
        },
        notices: report.notices,
    })
}
