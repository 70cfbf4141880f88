//! The browser's data files: written at build time from an analysed collection, read in the
//! browser a piece at a time.
//!
//! * [`codec`]: every file's envelope (magic, kind, version), varints, content hashes.
//! * [`context`]: short windows of text around a mention, and quotations' opening words.
//! * [`format`](mod@format): the files: the boot file, article files, entity and facet chunks, id buckets.
//! * [`store`]: the loader's state: what is loaded, what is being fetched, and look-ups that
//!   answer or name the files they need.
//! * `write` (build time): the collection cut into files.
//!
//! The search index's files are the search module's ([`crate::search::IndexFiles`]); the
//! store holds them in a [`crate::search::ShardedIndex`].
//!
//! `docs/corpus-format.md` describes the files; `docs/architecture.md` what loads when.

pub mod codec;
pub mod context;
pub mod format;
pub mod store;
#[cfg(feature = "build")]
pub mod write;

pub use codec::BundleError;
pub use format::{ArticleFile, Boot, BootHead, Card, EntityRef, FileKey};
pub use store::{CardSource, Needs, Store, Versions};
