//! Postings lists: for one word, the articles it occurs in, how often in each field, and where.
//!
//! All lists live in one byte vector. One list is
//!
//! ```text
//! df  doc_block_len  doc_block  position_block        (varints)
//! doc_block:      per article: doc_delta  code  [title_tf]  [subheading_tf]
//!                 code = body_tf << 2 | has_title_tf | has_subheading_tf << 1
//! position_block: per article, tf positions: first absolute, then deltas
//! ```
//!
//! Article numbers are deltas from the previous one (the first from 0). Most articles use a
//! word only in the body, so most entries are two bytes. Keeping positions in their own block
//! lets the common queries (no phrase) read the doc block only.
//!
//! An entity's list is `df` then per article `doc_delta  mention_count`.

#[cfg(feature = "build")]
use super::encoding::put_varint;
use super::encoding::Reader;

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

/// One article in a word's list.
#[cfg(feature = "build")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermDoc {
    pub doc: u32,
    pub tf: Tf,
    /// Word positions in the article, ascending (see [`super::build`] for the numbering).
    pub positions: Vec<u32>,
}

/// Appends the list of `docs` (ascending by `doc`) to `out`.
#[cfg(feature = "build")]
pub fn encode(docs: &[TermDoc], out: &mut Vec<u8>) {
    let mut block = Vec::new();
    let mut prev = 0;
    for d in docs {
        put_varint(&mut block, u64::from(d.doc - prev));
        prev = d.doc;
        let code = u64::from(d.tf.body) << 2
            | u64::from(d.tf.title > 0)
            | u64::from(d.tf.subheading > 0) << 1;
        put_varint(&mut block, code);
        if d.tf.title > 0 {
            put_varint(&mut block, u64::from(d.tf.title));
        }
        if d.tf.subheading > 0 {
            put_varint(&mut block, u64::from(d.tf.subheading));
        }
    }
    put_varint(out, docs.len() as u64);
    put_varint(out, block.len() as u64);
    out.extend_from_slice(&block);
    for d in docs {
        let mut prev = 0;
        for &p in &d.positions {
            put_varint(out, u64::from(p - prev));
            prev = p;
        }
    }
}

/// One entry read back: the article and its field counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posting {
    pub doc: u32,
    pub tf: Tf,
}

/// Reads one word's list.
#[derive(Debug, Clone)]
pub struct Postings<'a> {
    docs: Reader<'a>,
    positions: Reader<'a>,
    left: u64,
    prev: u32,
}

impl<'a> Postings<'a> {
    /// The list at `offset` in `bytes`; empty if there is none there.
    pub fn open(bytes: &'a [u8], offset: usize) -> Self {
        let mut r = Reader::new(bytes, offset);
        let (df, len) = match (r.next(), r.next()) {
            (Some(df), Some(len)) => (df, len),
            _ => (0, 0),
        };
        let start = r.pos();
        let positions_at = usize::try_from(len)
            .ok()
            .and_then(|l| start.checked_add(l))
            .unwrap_or(usize::MAX);
        Self {
            docs: r,
            positions: Reader::new(bytes, positions_at),
            left: df,
            prev: 0,
        }
    }

    /// Number of articles still to read.
    pub fn len(&self) -> u64 {
        self.left
    }

    /// The next article, without its positions (do not mix with [`Self::next_with_positions`]).
    pub fn next_doc(&mut self) -> Option<Posting> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let delta = self.docs.next_u32()?;
        let doc = self.prev.checked_add(delta)?;
        self.prev = doc;
        let code = self.docs.next()?;
        let title = if code & 1 != 0 {
            self.docs.next_u32()?
        } else {
            0
        };
        let subheading = if code & 2 != 0 {
            self.docs.next_u32()?
        } else {
            0
        };
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

    /// The next article; its positions replace the contents of `positions` when `keep` says
    /// yes for the article, and are skipped otherwise.
    pub fn next_with_positions(
        &mut self,
        keep: impl FnOnce(u32) -> bool,
        positions: &mut Vec<u32>,
    ) -> Option<Posting> {
        let p = self.next_doc()?;
        positions.clear();
        if keep(p.doc) {
            let mut at: u32 = 0;
            for _ in 0..p.tf.total() {
                at = at.checked_add(self.positions.next_u32()?)?;
                positions.push(at);
            }
        } else {
            self.positions.skip(p.tf.total())?;
        }
        Some(p)
    }
}

/// Appends an entity's list: `(article, mention count)` pairs, ascending by article.
#[cfg(feature = "build")]
pub fn encode_entity(docs: &[(u32, u32)], out: &mut Vec<u8>) {
    put_varint(out, docs.len() as u64);
    let mut prev = 0;
    for &(doc, count) in docs {
        put_varint(out, u64::from(doc - prev));
        put_varint(out, u64::from(count));
        prev = doc;
    }
}

/// Reads an entity's list back as `(article, mention count)` pairs.
pub fn decode_entity(bytes: &[u8], offset: usize) -> Vec<(u32, u32)> {
    let mut r = Reader::new(bytes, offset);
    let n = r.next().unwrap_or(0);
    let mut out = Vec::new();
    let mut prev: u32 = 0;
    for _ in 0..n {
        let (Some(delta), Some(count)) = (r.next_u32(), r.next_u32()) else {
            break;
        };
        let Some(doc) = prev.checked_add(delta) else {
            break;
        };
        out.push((doc, count));
        prev = doc;
    }
    out
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;

    fn doc(doc: u32, title: u32, subheading: u32, body: u32, positions: &[u32]) -> TermDoc {
        TermDoc {
            doc,
            tf: Tf {
                title,
                subheading,
                body,
            },
            positions: positions.to_vec(),
        }
    }

    #[test]
    fn lists_round_trip_with_and_without_positions() {
        let docs = vec![
            doc(3, 1, 0, 2, &[0, 9, 400]),
            doc(4, 0, 1, 0, &[5]),
            doc(900, 0, 0, 1, &[70]),
        ];
        let mut bytes = vec![0xaa];
        encode(&docs, &mut bytes);
        let mut p = Postings::open(&bytes, 1);
        assert_eq!(p.len(), 3);
        let mut pos = Vec::new();
        let mut back = Vec::new();
        while let Some(x) = p.next_with_positions(|_| true, &mut pos) {
            back.push(TermDoc {
                doc: x.doc,
                tf: x.tf,
                positions: pos.clone(),
            });
        }
        assert_eq!(back, docs);

        let mut p = Postings::open(&bytes, 1);
        let only: Vec<u32> = std::iter::from_fn(|| p.next_doc()).map(|x| x.doc).collect();
        assert_eq!(only, [3, 4, 900]);
    }

    #[test]
    fn damaged_lists_end_early() {
        let mut bytes = Vec::new();
        encode(&[doc(1, 0, 0, 1, &[2]), doc(2, 0, 0, 1, &[3])], &mut bytes);
        let cut = &bytes[..bytes.len() - 1];
        let mut p = Postings::open(cut, 0);
        let mut pos = Vec::new();
        assert!(p.next_with_positions(|_| true, &mut pos).is_some());
        assert!(p.next_with_positions(|_| true, &mut pos).is_none());
        assert_eq!(Postings::open(&bytes, 999).next_doc(), None);
    }

    #[test]
    fn entity_lists_round_trip() {
        let mut bytes = Vec::new();
        encode_entity(&[(0, 2), (7, 1)], &mut bytes);
        assert_eq!(decode_entity(&bytes, 0), [(0, 2), (7, 1)]);
        assert_eq!(decode_entity(&bytes[..3], 0), [(0, 2)]);
        assert!(decode_entity(&bytes, 50).is_empty());
    }
}
