//! The byte level of the bundle: every file's envelope and the content hash (numbers are
//! varints, `corpus/src/varint.rs`).
//!
//! A file is `MAGIC`, a kind byte, the format version (a varint) and a postcard payload.
//! Decoding never trusts the bytes: a wrong magic, kind or version, a truncated or damaged
//! payload, or bytes left over give a [`BundleError`], never a panic.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::fnv::fnv64;
use crate::varint::{put_varint, Reader};

/// The first bytes of every bundle file.
pub const MAGIC: [u8; 4] = *b"NEXB";

/// Bumped whenever the layout of any bundle file changes.
pub const VERSION: u32 = 4;

/// Which structure a file holds (the byte after [`MAGIC`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// The boot file: [`super::Boot`].
    Boot = 1,
    /// One article: [`super::ArticleFile`].
    Article = 2,
    /// A chunk of entities: [`super::format::EntityChunk`].
    Entities = 3,
    /// A chunk of per-article entities: [`super::format::FacetChunk`].
    Facets = 4,
    /// A bucket of article ids: [`super::format::IdBucket`].
    Ids = 5,
    /// One entity's page: [`super::format::EntityPage`].
    EntityPage = 8,
    /// One article's quotations and related articles: [`super::format::ArticleExtras`].
    Extras = 9,
    /// The articles in date order: [`super::format::DateOrder`].
    Dates = 10,
    /// What result cards need of some articles: [`super::format::CardFile`].
    Cards = 11,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Boot => "boot",
            Kind::Article => "article",
            Kind::Entities => "entity chunk",
            Kind::Facets => "facet chunk",
            Kind::Ids => "id bucket",
            Kind::EntityPage => "entity page",
            Kind::Extras => "article extras",
            Kind::Dates => "date order",
            Kind::Cards => "card",
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not a bundle file at all (an HTML error page, say).
    NotBundle,
    /// A bundle file of another kind than expected.
    WrongKind {
        /// The kind that was expected.
        expected: &'static str,
    },
    /// Written by another version of the site generator.
    Version {
        /// The format version the file carries.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The payload does not decode, or bytes are left after it.
    Corrupt {
        /// Which file kind.
        what: &'static str,
        /// What is wrong with it.
        detail: String,
    },
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotBundle => write!(f, "not a data file of this site"),
            Self::WrongKind { expected } => write!(f, "not a {expected} file"),
            Self::Version { found, expected } => {
                write!(f, "data format {found}, this page reads {expected}")
            }
            Self::Corrupt { what, detail } => write!(f, "damaged {what} file: {detail}"),
        }
    }
}

impl std::error::Error for BundleError {}

/// `payload` in its envelope.
pub fn encode<T: Serialize>(kind: Kind, payload: &T) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(kind as u8);
    put_varint(&mut out, u64::from(VERSION));
    // Serialising plain data into a Vec cannot fail.
    postcard::to_extend(payload, out).unwrap_or_default()
}

/// `payload`, already encoded (a file whose layout is written by hand), in its envelope.
pub fn encode_raw(kind: Kind, payload: &[u8]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(kind as u8);
    put_varint(&mut out, u64::from(VERSION));
    out.extend_from_slice(payload);
    out
}

/// The payload of a file of `kind` whose layout is written by hand, out of its envelope.
pub fn open(kind: Kind, bytes: &[u8]) -> Result<&[u8], BundleError> {
    envelope(kind, bytes).map(|reader| reader.rest())
}

/// The payload of a file of `kind`.
pub fn decode<T: DeserializeOwned>(kind: Kind, bytes: &[u8]) -> Result<T, BundleError> {
    let reader = envelope(kind, bytes)?;
    // The decoder's own message is not kept: its wording (all of it, whichever error comes)
    // would be in every wasm module that reads these files.
    let (value, left) = postcard::take_from_bytes(reader.rest())
        .map_err(|_| corrupt(kind, "the payload does not decode".to_string()))?;
    if !left.is_empty() {
        return Err(corrupt(kind, format!("{} bytes after the end", left.len())));
    }
    Ok(value)
}

/// A reader at the start of the payload of a file of `kind`.
fn envelope(kind: Kind, bytes: &[u8]) -> Result<Reader<'_>, BundleError> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or(BundleError::NotBundle)?;
    let (&found_kind, rest) = rest.split_first().ok_or(BundleError::NotBundle)?;
    if found_kind != kind as u8 {
        return Err(BundleError::WrongKind {
            expected: kind.name(),
        });
    }
    let mut reader = Reader::new(rest, 0);
    let version = reader.next().ok_or(BundleError::NotBundle)?;
    if version != u64::from(VERSION) {
        return Err(BundleError::Version {
            found: u32::try_from(version).unwrap_or(u32::MAX),
            expected: VERSION,
        });
    }
    Ok(reader)
}

/// The error for a damaged file of `kind`.
pub fn corrupt(kind: Kind, detail: String) -> BundleError {
    BundleError::Corrupt {
        what: kind.name(),
        detail,
    }
}

/// The name part that identifies `bytes`: 16 hex digits of their hash.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:016x}", fnv64(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_in_their_envelope() {
        let bytes = encode(Kind::Ids, &vec![("a".to_string(), 7u32)]);
        assert_eq!(bytes.get(..4), Some(MAGIC.as_slice()));
        let back: Vec<(String, u32)> = decode(Kind::Ids, &bytes).unwrap();
        assert_eq!(back, [("a".to_string(), 7)]);
    }

    #[test]
    fn bad_envelopes_are_errors() {
        let good = encode(Kind::Ids, &vec![("a".to_string(), 7u32)]);
        let read = |b: &[u8]| decode::<Vec<(String, u32)>>(Kind::Ids, b);
        assert_eq!(read(b"<!DOCTYPE html>"), Err(BundleError::NotBundle));
        assert_eq!(read(&[]), Err(BundleError::NotBundle));
        assert_eq!(read(&MAGIC), Err(BundleError::NotBundle));
        assert_eq!(
            decode::<Vec<(String, u32)>>(Kind::Boot, &good),
            Err(BundleError::WrongKind { expected: "boot" })
        );
        let mut other = good.clone();
        other[5] = 9;
        assert_eq!(
            read(&other),
            Err(BundleError::Version {
                found: 9,
                expected: VERSION
            })
        );
        assert!(matches!(
            read(&good[..good.len() - 1]),
            Err(BundleError::Corrupt { .. })
        ));
        let mut longer = good.clone();
        longer.push(0);
        assert!(matches!(read(&longer), Err(BundleError::Corrupt { .. })));
    }

    #[test]
    fn content_hashes_are_stable_and_differ() {
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }
}
