//! FNV-1a, the crate's one non-cryptographic hash: fast on short keys, no random seed, and the
//! same on every machine and in wasm. It names files by their content and picks id buckets
//! ([`fnv64`]), and keys the build's hash maps of words and names ([`Fnv`]), whose keys come
//! from fixed lists and the articles, not from anyone trying to collide them.

#[cfg(feature = "build")]
use std::hash::Hasher;

/// FNV-1a's 64-bit offset basis: the hash of nothing.
const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's 64-bit prime.
const PRIME: u64 = 0x0100_0000_01b3;

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// FNV-1a as a [`Hasher`], for `HashMap<_, _, BuildHasherDefault<Fnv>>`: one key's bytes hash
/// as [`fnv64`] hashes them (build time only).
#[cfg(feature = "build")]
#[derive(Default)]
pub struct Fnv(u64);

#[cfg(feature = "build")]
impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let start = if self.0 == 0 { OFFSET } else { self.0 };
        self.0 = bytes
            .iter()
            .fold(start, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(fnv64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[cfg(feature = "build")]
    #[test]
    fn the_hasher_hashes_as_fnv64() {
        let mut h = Fnv::default();
        h.write(b"news");
        assert_eq!(h.finish(), fnv64(b"news"));
    }
}
