//! The whole analysis in one value: the corpus and its search index, serialisable.

use serde::{Deserialize, Serialize};

use crate::article::Corpus;
use crate::search::SearchIndex;

/// Bumped whenever the layout of [`Snapshot`] changes.
const FORMAT_VERSION: u32 = 2;

/// The whole analysis of a collection: the corpus and its search index, as the command-line search
/// saves and reads it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The articles, entities and quotations.
    pub corpus: Corpus,
    /// The search index over them.
    pub index: SearchIndex,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: u32,
    snapshot: T,
}

/// Why bytes could not be read as a [`Snapshot`].
#[derive(Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// Written by a different version of this crate.
    Version {
        /// The format version the bytes carry.
        found: u32,
        /// The version this crate reads.
        expected: u32,
    },
    /// Not a snapshot, or cut short: what the decoder said.
    Corrupt(postcard::Error),
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Version { found, expected } => {
                write!(f, "snapshot format {found}, expected {expected}")
            }
            Self::Corrupt(e) => write!(f, "corrupt snapshot: {e}"),
        }
    }
}

impl std::error::Error for SnapshotError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Version { .. } => None,
            Self::Corrupt(e) => Some(e),
        }
    }
}

impl Snapshot {
    /// Builds the search index for `corpus`.
    #[cfg(feature = "build")]
    pub fn new(corpus: Corpus) -> Self {
        let index = SearchIndex::build(&corpus);
        Self { corpus, index }
    }

    /// The snapshot's bytes, tagged with the format version.
    #[cfg(feature = "build")]
    pub fn to_bytes(&self) -> Vec<u8> {
        let envelope = Envelope {
            version: FORMAT_VERSION,
            snapshot: self,
        };
        postcard::to_allocvec(&envelope).expect("serialising to a Vec cannot fail")
    }

    /// Reads a snapshot, or says why not (another format version, or not a snapshot).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, SnapshotError> {
        let (version, _): (u32, _) =
            postcard::take_from_bytes(bytes).map_err(SnapshotError::Corrupt)?;
        if version != FORMAT_VERSION {
            return Err(SnapshotError::Version {
                found: version,
                expected: FORMAT_VERSION,
            });
        }
        let envelope: Envelope<Snapshot> =
            postcard::from_bytes(bytes).map_err(SnapshotError::Corrupt)?;
        Ok(envelope.snapshot)
    }
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;
    use crate::read::parse_article;

    #[test]
    fn round_trips() {
        let corpus = Corpus {
            articles: vec![parse_article("a.txt", "Title\nBody text here.")],
            entities: Vec::new(),
            quotes: Vec::new(),
        };
        let snapshot = Snapshot::new(corpus);
        let back = Snapshot::from_bytes(&snapshot.to_bytes()).unwrap();
        assert_eq!(back, snapshot);
    }

    #[test]
    fn rejects_other_versions_and_garbage() {
        let mut bytes = Snapshot::default().to_bytes();
        bytes[0] = 9;
        assert_eq!(
            Snapshot::from_bytes(&bytes),
            Err(SnapshotError::Version {
                found: 9,
                expected: FORMAT_VERSION
            })
        );
        let garbage = Snapshot::from_bytes(&[]).unwrap_err();
        assert_eq!(
            garbage,
            SnapshotError::Corrupt(postcard::Error::DeserializeUnexpectedEnd)
        );
        let source = std::error::Error::source(&garbage).map(ToString::to_string);
        assert_eq!(
            source,
            Some(postcard::Error::DeserializeUnexpectedEnd.to_string())
        );
        assert!(garbage.to_string().starts_with("corrupt snapshot: "));
    }
}
