//! Variable-length integers (LEB128), the one encoding of the bundle's and the search
//! index's numbers.
//!
//! Readers never trust the bytes: a truncated or overlong integer ends the reading with `None`,
//! so a damaged file gives fewer results or a clear error, never a panic.

/// Appends `v` as a LEB128 varint: seven bits a byte, low bits first.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads varints from a byte slice.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader starting at `pos` (past the end means an empty reader).
    pub fn new(bytes: &'a [u8], pos: usize) -> Self {
        Self { bytes, pos }
    }

    /// How many bytes are read.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// The next varint, or `None` at the end or on a malformed one.
    pub fn next(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.pos..).unwrap_or_default()
    }

    /// Whether every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    /// The next varint as a `u32`, `None` if it does not fit.
    pub fn next_u32(&mut self) -> Option<u32> {
        self.next().and_then(|v| u32::try_from(v).ok())
    }

    /// Skips `n` varints; `None` if there are fewer.
    pub fn skip(&mut self, n: u64) -> Option<()> {
        let mut left = n;
        while left > 0 {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            if b & 0x80 == 0 {
                left -= 1;
            }
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let values = [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX];
        let mut bytes = Vec::new();
        values.iter().for_each(|&v| put_varint(&mut bytes, v));
        assert_eq!(bytes[..4], [0, 1, 127, 0x80]);
        let mut r = Reader::new(&bytes, 0);
        for &v in &values {
            assert_eq!(r.next(), Some(v));
        }
        assert_eq!(r.next(), None);
    }

    #[test]
    fn bad_bytes_end_reading() {
        assert_eq!(Reader::new(&[0x80], 0).next(), None);
        assert_eq!(Reader::new(&[0xff; 12], 0).next(), None);
        assert_eq!(Reader::new(&[1], 5).next(), None);
        assert_eq!(Reader::new(&[1, 0x80], 0).skip(2), None);
        let mut r = Reader::new(&[0x81, 0x01, 7], 0);
        assert_eq!(r.skip(1), Some(()));
        assert_eq!(r.next(), Some(7));
        assert_eq!(
            Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x10], 0).next_u32(),
            None
        );
    }

    #[test]
    fn the_rest_is_what_was_not_read() {
        let mut r = Reader::new(&[1, 2, 3], 0);
        assert_eq!(r.next(), Some(1));
        assert_eq!((r.rest(), r.is_empty()), (&[2u8, 3][..], false));
        r.skip(2);
        assert_eq!((r.rest(), r.is_empty()), (&[][..], true));
        assert!(Reader::new(&[1], 5).is_empty());
    }
}
