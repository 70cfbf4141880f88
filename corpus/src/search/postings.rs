//! Reading postings and positions lists.
//!
//! A term's postings list (in a postings shard) has one entry per article it occurs in, in
//! article order:
//!
//! ```text
//! doc_delta  code  [title_tf]  [subheading_tf]        (varints)
//! code = body_tf << 2 | has_title_tf | has_subheading_tf << 1
//! ```
//!
//! Most articles use a word only in the body, so most entries are two bytes. Its positions
//! list (in a positions shard, read only for phrases) has, for each entry in the same order,
//! its `tf` positions: the first absolute, then deltas. An article's title positions come
//! first, so the first `title_tf` positions of an entry are the ones in the title.

use crate::varint::Reader;

/// How often a word occurs in each field of one article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tf {
    pub title: u32,
    pub subheading: u32,
    pub body: u32,
}

impl Tf {
    pub fn total(self) -> u64 {
        u64::from(self.title) + u64::from(self.subheading) + u64::from(self.body)
    }
}

/// One entry: the article and its field counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    pub tf: Tf,
}

/// Reads a postings list of `df` entries. A damaged list ends early; it never panics.
#[derive(Debug, Clone)]
pub struct Postings<'a> {
    r: Reader<'a>,
    left: u32,
    prev: u32,
}

impl<'a> Postings<'a> {
    pub fn new(bytes: &'a [u8], df: u32) -> Self {
        Self {
            r: Reader::new(bytes, 0),
            left: df,
            prev: 0,
        }
    }
}

impl Iterator for Postings<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let delta = self.r.next_u32()?;
        let doc = self.prev.checked_add(delta)?;
        self.prev = doc;
        let code = self.r.next()?;
        let title = if code & 1 != 0 { self.r.next_u32()? } else { 0 };
        let subheading = if code & 2 != 0 { self.r.next_u32()? } else { 0 };
        let body = u32::try_from(code >> 2).ok()?;
        Some(Posting {
            doc,
            tf: Tf {
                title,
                subheading,
                body,
            },
        })
    }
}

/// Reads the positions of consecutive entries.
#[derive(Debug, Clone)]
pub struct PositionReader<'a>(Reader<'a>);

impl<'a> PositionReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self(Reader::new(bytes, 0))
    }

    /// The next entry's `tf` positions into `out` (replacing its contents).
    pub fn read(&mut self, tf: u64, out: &mut Vec<u32>) -> Option<()> {
        out.clear();
        let mut at: u32 = 0;
        for _ in 0..tf {
            at = at.checked_add(self.0.next_u32()?)?;
            out.push(at);
        }
        Some(())
    }

    /// Skips the next entry's `tf` positions.
    pub fn skip(&mut self, tf: u64) -> Option<()> {
        self.0.skip(tf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::varint::put_varint;

    fn list(entries: &[(u32, u32, u32, u32)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut prev = 0;
        for &(doc, title, sub, body) in entries {
            put_varint(&mut out, u64::from(doc - prev));
            prev = doc;
            let code = u64::from(body) << 2 | u64::from(title > 0) | u64::from(sub > 0) << 1;
            put_varint(&mut out, code);
            if title > 0 {
                put_varint(&mut out, u64::from(title));
            }
            if sub > 0 {
                put_varint(&mut out, u64::from(sub));
            }
        }
        out
    }

    #[test]
    fn lists_read_back() {
        let bytes = list(&[(3, 1, 0, 2), (4, 0, 1, 0), (900, 0, 0, 1)]);
        let got: Vec<(u32, u64)> = Postings::new(&bytes, 3)
            .map(|p| (p.doc, p.tf.total()))
            .collect();
        assert_eq!(got, [(3, 3), (4, 1), (900, 1)]);
        let tf = Postings::new(&bytes, 3).next().map(|p| p.tf);
        assert_eq!(
            tf,
            Some(Tf {
                title: 1,
                subheading: 0,
                body: 2
            })
        );
    }

    #[test]
    fn damaged_lists_end_early() {
        let bytes = list(&[(1, 0, 0, 1), (2, 0, 0, 1)]);
        assert_eq!(Postings::new(&bytes[..bytes.len() - 1], 2).count(), 1);
        assert_eq!(Postings::new(&bytes, 5).count(), 2);
        assert_eq!(Postings::new(&[], 3).count(), 0);
    }

    #[test]
    fn positions_read_and_skip() {
        let mut bytes = Vec::new();
        for v in [0, 9, 391, 5, 70] {
            put_varint(&mut bytes, v);
        }
        let mut r = PositionReader::new(&bytes);
        let mut out = Vec::new();
        assert_eq!(r.read(3, &mut out), Some(()));
        assert_eq!(out, [0, 9, 400]);
        assert_eq!(r.skip(1), Some(()));
        assert_eq!(r.read(1, &mut out), Some(()));
        assert_eq!(out, [70]);
        assert_eq!(r.read(1, &mut out), None);
    }
}
