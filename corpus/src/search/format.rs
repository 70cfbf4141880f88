//! The files of the sharded index (issue 9): a small root that every page loads, and shards
//! that a query pulls in as it needs them. `docs/search.md` describes the layout; this module
//! reads (and, at build time, writes) the bytes.
//!
//! Shards are numbered in one sequence, kind by kind: dictionary shards (term ranges), typo
//! shards (terms by first letter and length), postings shards, positions shards, entity
//! shards. Each file starts with a header: a kind byte, the build id (8 bytes, little endian)
//! and, for shards, the shard number, so that a shard of another build or in another place
//! is refused. Numbers are LEB128 varints, strings a varint length and UTF-8 bytes.

use crate::varint::{put_varint, Reader};

/// Bumped whenever the layout of any file changes.
pub const VERSION: u64 = 1;

/// A file that is not what the root says it should be, or is damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "search index file: {}", self.0)
    }
}

impl std::error::Error for FormatError {}

fn bad(what: &str) -> FormatError {
    FormatError(what.to_string())
}

/// What a shard holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShardKind {
    /// A range of the sorted dictionary: each term's statistics and where its lists are, the
    /// stems and the entity names in that range.
    Dictionary,
    /// The terms of one first letter and a few lengths, for typo correction.
    Typo,
    /// Postings lists: for each term, its articles and counts.
    Postings,
    /// Word positions, read only for phrases.
    Positions,
    /// Entities: names, and the articles that mention them.
    Entities,
}

impl ShardKind {
    /// Every kind of shard.
    pub const ALL: [ShardKind; 5] = [
        Self::Dictionary,
        Self::Typo,
        Self::Postings,
        Self::Positions,
        Self::Entities,
    ];

    fn magic(self) -> u8 {
        match self {
            Self::Dictionary => b'D',
            Self::Typo => b'T',
            Self::Postings => b'P',
            Self::Positions => b'X',
            Self::Entities => b'E',
        }
    }

    /// The kind's name in size reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dictionary => "dictionary",
            Self::Typo => "typo",
            Self::Postings => "postings",
            Self::Positions => "positions",
            Self::Entities => "entities",
        }
    }
}

const ROOT_MAGIC: u8 = b'R';

/// Reads strings and numbers, failing with a [`FormatError`].
pub struct Input<'a> {
    r: Reader<'a>,
    bytes: &'a [u8],
}

impl<'a> Input<'a> {
    pub fn new(bytes: &'a [u8], pos: usize) -> Self {
        Self {
            r: Reader::new(bytes, pos),
            bytes,
        }
    }

    pub fn num(&mut self) -> Result<u64, FormatError> {
        self.r.next().ok_or_else(|| bad("truncated number"))
    }

    pub fn u32(&mut self) -> Result<u32, FormatError> {
        u32::try_from(self.num()?).map_err(|_| bad("number too large"))
    }

    /// A count of items that each take at least one byte: never more than the bytes left.
    pub fn count(&mut self) -> Result<usize, FormatError> {
        let n = usize::try_from(self.num()?).map_err(|_| bad("count too large"))?;
        if n > self.bytes.len().saturating_sub(self.r.pos()) {
            return Err(bad("count past the end"));
        }
        Ok(n)
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let start = self.r.pos();
        let end = start.checked_add(n).ok_or_else(|| bad("length overflow"))?;
        let out = self.bytes.get(start..end).ok_or_else(|| bad("truncated"))?;
        self.r = Reader::new(self.bytes, end);
        Ok(out)
    }

    pub fn str(&mut self) -> Result<&'a str, FormatError> {
        let n = self.count()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| bad("invalid UTF-8"))
    }

    /// A string stored as the length it shares with `prev` and the rest.
    pub fn front_coded(&mut self, prev: &str) -> Result<String, FormatError> {
        let shared = self.u32()? as usize;
        let head = prev
            .as_bytes()
            .get(..shared)
            .ok_or_else(|| bad("bad shared prefix"))?;
        let mut bytes = head.to_vec();
        let n = self.count()?;
        bytes.extend_from_slice(self.take(n)?);
        String::from_utf8(bytes).map_err(|_| bad("invalid UTF-8"))
    }

    pub fn u64_le(&mut self) -> Result<u64, FormatError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    pub fn pos(&self) -> usize {
        self.r.pos()
    }

    pub fn at_end(&self) -> bool {
        self.r.pos() >= self.bytes.len()
    }
}

/// Writes what [`Input`] reads.
#[derive(Default)]
pub struct Output {
    pub bytes: Vec<u8>,
}

impl Output {
    pub fn num(&mut self, v: u64) {
        put_varint(&mut self.bytes, v);
    }

    pub fn str(&mut self, s: &str) {
        self.num(s.len() as u64);
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn front_coded(&mut self, prev: &str, s: &str) {
        let shared = prev
            .bytes()
            .zip(s.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        // Only cut on a character boundary, so that both halves stay UTF-8.
        let shared = (0..=shared)
            .rev()
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(0);
        self.num(shared as u64);
        let rest = s.get(shared..).unwrap_or_default();
        self.str(rest);
    }
}

#[cfg(feature = "build")]
/// The header of a shard: its kind, the build, its number.
pub fn shard_header(kind: ShardKind, build: u64, shard: u32) -> Vec<u8> {
    let mut out = vec![kind.magic()];
    out.extend_from_slice(&build.to_le_bytes());
    put_varint(&mut out, u64::from(shard));
    out
}

/// Checks a shard's header; returns where its payload starts.
pub fn check_header(
    bytes: &[u8],
    kind: ShardKind,
    build: u64,
    shard: u32,
) -> Result<usize, FormatError> {
    let mut input = Input::new(bytes, 1);
    match bytes.first() {
        Some(&m) if m == kind.magic() => {}
        Some(_) => {
            return Err(FormatError(format!(
                "shard {shard} is not a {} shard",
                kind.as_str()
            )))
        }
        None => return Err(bad("empty shard")),
    }
    if input.u64_le()? != build {
        return Err(FormatError(format!(
            "shard {shard} belongs to another build of the index"
        )));
    }
    if input.u32()? != shard {
        return Err(FormatError(format!(
            "the file given as shard {shard} is another shard"
        )));
    }
    Ok(input.pos())
}

/// Where a term's list lies: shard, byte offset in its payload and length (`u32::MAX`: to the
/// end of the shard).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loc {
    pub shard: u32,
    pub offset: u32,
    pub len: u32,
}

/// Where a term's positions lie: in one shard, or split by article ranges over whole shards,
/// each chunk starting at a given entry of the term's postings list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Positions {
    One(Loc),
    Chunks(Vec<(u32, u32)>),
}

/// One term of a dictionary shard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermInfo {
    pub term: String,
    /// Number of articles it occurs in.
    pub df: u32,
    pub postings: Loc,
    pub positions: Positions,
    /// For a joined form (`ceasefire` from `cease-fire` or `cease fire`), the byte offsets
    /// where its parts start, for each way it was found split (at most a few).
    pub splits: Vec<Vec<u32>>,
}

/// A parsed dictionary shard.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DictShard {
    /// Sorted by term.
    pub terms: Vec<TermInfo>,
    /// English stems in this shard's range and the terms that have them, sorted by stem.
    pub stems: Vec<(String, Vec<String>)>,
    /// Entity names and aliases (folded words joined by spaces) in this shard's range, with
    /// their entities, sorted.
    pub names: Vec<(String, Vec<u32>)>,
}

impl DictShard {
    pub fn term(&self, term: &str) -> Option<&TermInfo> {
        self.terms
            .binary_search_by(|t| t.term.as_str().cmp(term))
            .ok()
            .and_then(|i| self.terms.get(i))
    }

    pub fn stem(&self, stem: &str) -> Option<&[String]> {
        self.stems
            .binary_search_by(|s| s.0.as_str().cmp(stem))
            .ok()
            .and_then(|i| self.stems.get(i))
            .map(|s| s.1.as_slice())
    }

    pub fn name(&self, key: &str) -> Option<&[u32]> {
        self.names
            .binary_search_by(|s| s.0.as_str().cmp(key))
            .ok()
            .and_then(|i| self.names.get(i))
            .map(|s| s.1.as_slice())
    }

    /// The terms that start with `prefix` (itself included).
    pub fn with_prefix(&self, prefix: &str) -> &[TermInfo] {
        let from = self.terms.partition_point(|t| t.term.as_str() < prefix);
        let rest = self.terms.get(from..).unwrap_or_default();
        let n = rest.partition_point(|t| t.term.starts_with(prefix));
        rest.get(..n).unwrap_or_default()
    }

    /// Reads a dictionary shard's payload.
    pub fn parse(bytes: &[u8], at: usize) -> Result<Self, FormatError> {
        let mut input = Input::new(bytes, at);
        let n = input.count()?;
        let mut p = Cursor {
            shard: input.u32()?,
            end: input.u32()?,
        };
        let mut x = Cursor {
            shard: input.u32()?,
            end: input.u32()?,
        };
        let mut terms = Vec::with_capacity(n);
        let mut prev = String::new();
        for _ in 0..n {
            let term = input.front_coded(&prev)?;
            let df = input.u32()?;
            let postings = p.next(input.u32()?, input.u32()?)?;
            let code = input.u32()?;
            let positions = if code & 1 == 0 {
                Positions::One(x.next(code >> 1, input.u32()?)?)
            } else {
                let first = x.shard.checked_add(code >> 1).ok_or_else(|| bad("shard"))?;
                let k = input.count()?;
                let mut chunks = Vec::with_capacity(k);
                let mut start = 0u32;
                for i in 0..k {
                    if i > 0 {
                        start = start
                            .checked_add(input.u32()?)
                            .ok_or_else(|| bad("chunk"))?;
                    }
                    let shard = first.checked_add(i as u32).ok_or_else(|| bad("shard"))?;
                    chunks.push((start, shard));
                }
                x = Cursor {
                    shard: first + k.saturating_sub(1) as u32,
                    end: u32::MAX,
                };
                Positions::Chunks(chunks)
            };
            let variants = input.count()?;
            let mut splits = Vec::with_capacity(variants);
            for _ in 0..variants {
                let cuts = input.count()?;
                let mut v = Vec::with_capacity(cuts);
                for _ in 0..cuts {
                    v.push(input.u32()?);
                }
                splits.push(v);
            }
            prev.clone_from(&term);
            terms.push(TermInfo {
                term,
                df,
                postings,
                positions,
                splits,
            });
        }
        let mut stems = Vec::new();
        let mut prev = String::new();
        for _ in 0..input.count()? {
            let stem = input.front_coded(&prev)?;
            let mut members = Vec::new();
            for _ in 0..input.count()? {
                members.push(input.front_coded(&stem)?);
            }
            prev.clone_from(&stem);
            stems.push((stem, members));
        }
        let mut names = Vec::new();
        let mut prev = String::new();
        for _ in 0..input.count()? {
            let key = input.front_coded(&prev)?;
            let mut ids = Vec::new();
            let mut id = 0u32;
            for _ in 0..input.count()? {
                id = id
                    .checked_add(input.u32()?)
                    .ok_or_else(|| bad("entity id"))?;
                ids.push(id);
            }
            prev.clone_from(&key);
            names.push((key, ids));
        }
        Ok(Self {
            terms,
            stems,
            names,
        })
    }
}

/// The running position in the postings or positions shards while reading a dictionary
/// shard: lists follow each other, a shard change restarts at offset 0.
struct Cursor {
    shard: u32,
    end: u32,
}

impl Cursor {
    fn next(&mut self, delta: u32, len: u32) -> Result<Loc, FormatError> {
        if delta > 0 {
            self.shard = self.shard.checked_add(delta).ok_or_else(|| bad("shard"))?;
            self.end = 0;
        }
        let offset = self.end;
        self.end = offset.checked_add(len).ok_or_else(|| bad("offset"))?;
        Ok(Loc {
            shard: self.shard,
            offset,
            len,
        })
    }
}

/// A parsed typo shard: terms (sorted) and their document frequencies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypoShard {
    pub terms: Vec<(String, u32)>,
}

impl TypoShard {
    pub fn parse(bytes: &[u8], at: usize) -> Result<Self, FormatError> {
        let mut input = Input::new(bytes, at);
        let mut terms = Vec::new();
        let mut prev = String::new();
        for _ in 0..input.count()? {
            let term = input.front_coded(&prev)?;
            let df = input.u32()?;
            prev.clone_from(&term);
            terms.push((term, df));
        }
        Ok(Self { terms })
    }
}

/// One entity in an entity shard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityInfo {
    /// The entity's name as written.
    pub name: String,
    /// Its names and aliases, folded words joined by spaces.
    pub keys: Vec<String>,
    /// `(article, mention count)`, ascending by article.
    pub articles: Vec<(u32, u32)>,
}

/// A parsed entity shard: consecutive entities from `first`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityShard {
    pub first: u32,
    pub entities: Vec<EntityInfo>,
}

impl EntityShard {
    pub fn get(&self, entity: u32) -> Option<&EntityInfo> {
        self.entities
            .get(usize::try_from(entity.checked_sub(self.first)?).ok()?)
    }

    pub fn parse(bytes: &[u8], at: usize) -> Result<Self, FormatError> {
        let mut input = Input::new(bytes, at);
        let first = input.u32()?;
        let mut entities = Vec::new();
        for _ in 0..input.count()? {
            let name = input.str()?.to_string();
            let mut keys = Vec::new();
            for _ in 0..input.count()? {
                keys.push(input.str()?.to_string());
            }
            let mut articles = Vec::new();
            let mut doc = 0u32;
            for _ in 0..input.count()? {
                doc = doc
                    .checked_add(input.u32()?)
                    .ok_or_else(|| bad("article"))?;
                articles.push((doc, input.u32()?));
            }
            entities.push(EntityInfo {
                name,
                keys,
                articles,
            });
        }
        Ok(Self { first, entities })
    }
}

/// What every page loads first: collection statistics, length norms and the shard directory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Root {
    pub build: u64,
    /// Number of articles.
    pub articles: u32,
    /// Indexed words in all articles.
    pub total_len: u64,
    /// Per article, its length quantised on a log scale ([`quantise_len`]).
    pub norms: Vec<u8>,
    /// The first term of each dictionary shard.
    pub dict_first: Vec<String>,
    /// Typo shards: `(first letter, shortest length in bytes)`, sorted; a shard holds the
    /// terms from its length up to the next shard's for the same letter.
    pub typo_cells: Vec<(char, u32)>,
    pub postings: u32,
    pub positions: u32,
    /// The first entity of each entity shard.
    pub entity_first: Vec<u32>,
}

#[cfg(feature = "build")]
/// Quantises a length in words to one byte: `round(ln(1 + len) · 24)`, about 4% a step, up
/// to about 40,000 words.
pub fn quantise_len(len: u32) -> u8 {
    ((f64::from(len) + 1.0).ln() * 24.0).round().min(255.0) as u8
}

/// The length a quantised byte stands for.
pub fn length_of(q: u8) -> f32 {
    ((f64::from(q) / 24.0).exp() - 1.0).max(0.0) as f32
}

impl Root {
    pub fn shard_count(&self) -> u32 {
        let n = self.dict_first.len() + self.typo_cells.len() + self.entity_first.len();
        (n as u32)
            .saturating_add(self.postings)
            .saturating_add(self.positions)
    }

    /// The first shard number of each kind, in [`ShardKind::ALL`] order, and the end.
    fn starts(&self) -> [u32; 6] {
        let d = self.dict_first.len() as u32;
        let t = d + self.typo_cells.len() as u32;
        let p = t + self.postings;
        let x = p + self.positions;
        let e = x + self.entity_first.len() as u32;
        [0, d, t, p, x, e]
    }

    pub fn kind_of(&self, shard: u32) -> Option<ShardKind> {
        let s = self.starts();
        ShardKind::ALL
            .iter()
            .enumerate()
            .find(|&(i, _)| s[i] <= shard && shard < s[i + 1])
            .map(|(_, k)| *k)
    }

    /// The shard number of the `i`-th shard of `kind`.
    pub fn id(&self, kind: ShardKind, i: u32) -> u32 {
        let s = self.starts();
        let k = ShardKind::ALL.iter().position(|&x| x == kind).unwrap_or(0);
        s[k].saturating_add(i)
    }

    /// The dictionary shard whose range holds `key`.
    pub fn dict_for(&self, key: &str) -> u32 {
        let i = self.dict_first.partition_point(|f| f.as_str() <= key);
        i.saturating_sub(1) as u32
    }

    /// The dictionary shards holding the keys that start with `prefix`.
    pub fn dicts_for_prefix(&self, prefix: &str) -> std::ops::RangeInclusive<u32> {
        let first = self.dict_for(prefix);
        let after = self
            .dict_first
            .partition_point(|f| f.as_str() < prefix || f.starts_with(prefix));
        first..=(after.saturating_sub(1) as u32).max(first)
    }

    /// The typo shards holding terms that start with `first` and have `min..=max` bytes.
    pub fn typo_shards(&self, first: char, min: u32, max: u32) -> Vec<u32> {
        let from = self.typo_cells.partition_point(|&(c, _)| c < first);
        let mut out = Vec::new();
        let cells = self.typo_cells.get(from..).unwrap_or_default();
        for (i, &(c, len)) in cells.iter().enumerate() {
            if c != first || len > max {
                break;
            }
            let next = cells
                .get(i + 1)
                .filter(|n| n.0 == first)
                .map_or(u32::MAX, |n| n.1);
            if next > min {
                out.push(self.id(ShardKind::Typo, (from + i) as u32));
            }
        }
        out
    }

    /// The entity shard holding entity `e`.
    pub fn entity_shard(&self, e: u32) -> Option<u32> {
        let i = self.entity_first.partition_point(|&f| f <= e);
        (i > 0).then(|| self.id(ShardKind::Entities, (i - 1) as u32))
    }

    pub fn parse(bytes: &[u8]) -> Result<Self, FormatError> {
        if bytes.first() != Some(&ROOT_MAGIC) {
            return Err(bad("not a search index root"));
        }
        let mut input = Input::new(bytes, 1);
        let version = input.num()?;
        if version != VERSION {
            return Err(FormatError(format!(
                "index format {version}, this code reads {VERSION}"
            )));
        }
        let build = input.u64_le()?;
        let articles = input.u32()?;
        let total_len = input.num()?;
        let norms = input.take(articles as usize)?.to_vec();
        let mut dict_first = Vec::new();
        let mut prev = String::new();
        for _ in 0..input.count()? {
            let key = input.front_coded(&prev)?;
            prev.clone_from(&key);
            dict_first.push(key);
        }
        let mut typo_cells = Vec::new();
        let mut c = 0u32;
        for _ in 0..input.count()? {
            c = c.checked_add(input.u32()?).ok_or_else(|| bad("letter"))?;
            let ch = char::from_u32(c).ok_or_else(|| bad("letter"))?;
            typo_cells.push((ch, input.u32()?));
        }
        let postings = input.u32()?;
        let positions = input.u32()?;
        let mut entity_first = Vec::new();
        let mut e = 0u32;
        for i in 0..input.count()? {
            let d = input.u32()?;
            e = if i == 0 {
                d
            } else {
                e.checked_add(d).ok_or_else(|| bad("entity"))?
            };
            entity_first.push(e);
        }
        if !input.at_end() {
            return Err(bad("bytes after the root"));
        }
        Ok(Self {
            build,
            articles,
            total_len,
            norms,
            dict_first,
            typo_cells,
            postings,
            positions,
            entity_first,
        })
    }

    /// The root's bytes.
    pub fn write(&self) -> Vec<u8> {
        let mut out = Output::default();
        out.bytes.push(ROOT_MAGIC);
        out.num(VERSION);
        out.bytes.extend_from_slice(&self.build.to_le_bytes());
        out.num(u64::from(self.articles));
        out.num(self.total_len);
        out.bytes.extend_from_slice(&self.norms);
        out.num(self.dict_first.len() as u64);
        let mut prev = "";
        for key in &self.dict_first {
            out.front_coded(prev, key);
            prev = key;
        }
        out.num(self.typo_cells.len() as u64);
        let mut c = 0u32;
        for &(ch, len) in &self.typo_cells {
            out.num(u64::from(u32::from(ch) - c));
            c = u32::from(ch);
            out.num(u64::from(len));
        }
        out.num(u64::from(self.postings));
        out.num(u64::from(self.positions));
        out.num(self.entity_first.len() as u64);
        let mut e = 0u32;
        for (i, &f) in self.entity_first.iter().enumerate() {
            out.num(u64::from(if i == 0 { f } else { f - e }));
            e = f;
        }
        out.bytes
    }
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;

    #[test]
    fn lengths_quantise_within_five_percent() {
        assert_eq!(quantise_len(0), 0);
        for len in [1u32, 7, 100, 640, 5_000, 30_000] {
            let back = length_of(quantise_len(len));
            let err = (back - len as f32).abs() / (len as f32 + 1.0);
            assert!(err < 0.05, "{len} → {back}");
        }
        assert_eq!(quantise_len(u32::MAX), 255);
    }

    #[test]
    fn front_coding_round_trips_on_char_boundaries() {
        let mut out = Output::default();
        out.front_coded("", "zürich");
        out.front_coded("zürich", "zusammen");
        out.front_coded("zusammen", "zu");
        let mut input = Input::new(&out.bytes, 0);
        let a = input.front_coded("").unwrap();
        let b = input.front_coded(&a).unwrap();
        let c = input.front_coded(&b).unwrap();
        assert_eq!([a, b, c], ["zürich", "zusammen", "zu"]);
    }

    #[test]
    fn the_root_round_trips_and_directs_keys_to_shards() {
        let root = Root {
            build: 0xdead_beef,
            articles: 3,
            total_len: 120,
            norms: vec![quantise_len(10), quantise_len(50), quantise_len(60)],
            dict_first: vec!["".into(), "kerry".into(), "peace".into()],
            typo_cells: vec![('k', 0), ('k', 6), ('p', 0)],
            postings: 4,
            positions: 2,
            entity_first: vec![0, 10],
        };
        let back = Root::parse(&root.write()).unwrap();
        assert_eq!(back, root);
        assert_eq!(root.shard_count(), 3 + 3 + 4 + 2 + 2);
        assert_eq!(root.dict_for("aleppo"), 0);
        assert_eq!(root.dict_for("kerry"), 1);
        assert_eq!(root.dict_for("kerry john"), 1);
        assert_eq!(root.dict_for("zoo"), 2);
        assert_eq!(root.dicts_for_prefix("ke"), 0..=1);
        // "pea" would sort before "peace", in shard 1.
        assert_eq!(root.dicts_for_prefix("pe"), 1..=2);
        assert_eq!(root.dicts_for_prefix("peace"), 2..=2);
        assert_eq!(root.typo_shards('k', 4, 6), [3, 4]);
        assert_eq!(root.typo_shards('k', 7, 9), [4]);
        assert_eq!(root.typo_shards('p', 1, 3), [5]);
        assert!(root.typo_shards('x', 1, 3).is_empty());
        assert_eq!(root.kind_of(6), Some(ShardKind::Postings));
        assert_eq!(root.kind_of(10), Some(ShardKind::Positions));
        assert_eq!(root.kind_of(13), Some(ShardKind::Entities));
        assert_eq!(root.kind_of(14), None);
        assert_eq!(root.entity_shard(12), Some(13));
        assert!(Root::parse(&[b'R', 99]).is_err());
        assert!(Root::parse(b"nonsense").is_err());
        let mut cut = root.write();
        cut.pop();
        assert!(Root::parse(&cut).is_err());
    }

    #[test]
    fn headers_refuse_other_kinds_builds_and_places() {
        let h = shard_header(ShardKind::Postings, 7, 12);
        assert_eq!(check_header(&h, ShardKind::Postings, 7, 12), Ok(h.len()));
        assert!(check_header(&h, ShardKind::Typo, 7, 12).is_err());
        assert!(check_header(&h, ShardKind::Postings, 8, 12).is_err());
        assert!(check_header(&h, ShardKind::Postings, 7, 13).is_err());
        assert!(check_header(&[], ShardKind::Postings, 7, 12).is_err());
    }
}
