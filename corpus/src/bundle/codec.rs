//! The byte level of the bundle: every file's envelope, varints, and the content hash.
//!
//! A file is `MAGIC`, a kind byte, the format version (a varint) and a postcard payload.
//! Decoding never trusts the bytes: a wrong magic, kind or version, a truncated or damaged
//! payload, or bytes left over give a [`BundleError`], never a panic.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The first bytes of every bundle file.
pub const MAGIC: [u8; 4] = *b"NEXB";

/// Bumped whenever the layout of any bundle file changes.
pub const VERSION: u32 = 1;

/// Which structure a file holds (the byte after [`MAGIC`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Boot = 1,
    Article = 2,
    Entities = 3,
    Facets = 4,
    Ids = 5,
    EntityPage = 8,
    Dates = 9,
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
            Kind::Dates => "date order",
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not a bundle file at all (an HTML error page, say).
    NotBundle,
    /// A bundle file of another kind than expected.
    WrongKind { expected: &'static str },
    /// Written by another version of the site generator.
    Version { found: u32, expected: u32 },
    /// The payload does not decode, or bytes are left after it.
    Corrupt { what: &'static str, detail: String },
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

/// The payload of a file of `kind`.
pub fn decode<T: DeserializeOwned>(kind: Kind, bytes: &[u8]) -> Result<T, BundleError> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or(BundleError::NotBundle)?;
    let (&found_kind, rest) = rest.split_first().ok_or(BundleError::NotBundle)?;
    if found_kind != kind as u8 {
        return Err(BundleError::WrongKind {
            expected: kind.name(),
        });
    }
    let mut reader = Reader::new(rest);
    let version = reader.varint().ok_or(BundleError::NotBundle)?;
    if version != u64::from(VERSION) {
        return Err(BundleError::Version {
            found: u32::try_from(version).unwrap_or(u32::MAX),
            expected: VERSION,
        });
    }
    let corrupt = |detail: String| BundleError::Corrupt {
        what: kind.name(),
        detail,
    };
    let (value, left) =
        postcard::take_from_bytes(reader.rest()).map_err(|e| corrupt(e.to_string()))?;
    if !left.is_empty() {
        return Err(corrupt(format!("{} bytes after the end", left.len())));
    }
    Ok(value)
}

/// Appends `v` as a LEB128 varint: seven bits a byte, low bits first.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads varints from the front of a byte slice.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }

    /// The next varint; `None` at the end or on a malformed or overlong one.
    pub fn varint(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// The next varint as a `u32`; `None` if it does not fit.
    pub fn u32(&mut self) -> Option<u32> {
        self.varint().and_then(|v| u32::try_from(v).ok())
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn rest(&self) -> &'a [u8] {
        self.bytes
    }
}

/// A 64-bit FNV-1a hash: the same on every machine and in wasm, for file names and id buckets.
pub fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
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
    fn varints_round_trip_and_bad_ones_end_reading() {
        let values = [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX];
        let mut bytes = Vec::new();
        values.iter().for_each(|&v| put_varint(&mut bytes, v));
        let mut r = Reader::new(&bytes);
        for &v in &values {
            assert_eq!(r.varint(), Some(v));
        }
        assert_eq!(r.varint(), None);
        assert_eq!(Reader::new(&[0x80]).varint(), None);
        assert_eq!(Reader::new(&[0xff; 12]).varint(), None);
        assert_eq!(Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x10]).u32(), None);
    }

    #[test]
    fn content_hashes_are_stable_and_differ() {
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }
}
