//! The index as the browser holds it: the root, and the shards loaded so far.
//!
//! Every look-up goes through [`Loaded`], which notes each shard it needed and did not have;
//! a query that noted any returns [`Missing`] with them, and the page fetches them and asks
//! again. Queries run in stages (dictionary, then typo corrections, then lists), so each
//! answer asks for what the next stage needs, never for shards a query will not read.

use std::cell::RefCell;

use super::format::{
    check_header, length_of, DictShard, EntityInfo, EntityShard, FormatError, Loc, Root, ShardKind,
    TypoShard,
};
use super::{IndexFiles, Missing, Ranking};

/// The most shards a root may list (a 50,000-article collection needs a few tens of
/// thousands): a damaged root cannot make the page allocate without bound.
pub const MAX_SHARDS: u32 = 1 << 20;

/// A shard as loaded: its bytes, where its payload starts, and its parsed form.
#[derive(Debug, Clone)]
struct Shard {
    bytes: Vec<u8>,
    payload: usize,
    parsed: Parsed,
}

#[derive(Debug, Clone)]
enum Parsed {
    Raw,
    Dict(DictShard),
    Typo(TypoShard),
    Entities(EntityShard),
}

/// The search index in the browser: the root, and whichever shards have been added.
#[derive(Debug, Clone)]
pub struct ShardedIndex {
    root: Root,
    root_bytes: Vec<u8>,
    shards: Vec<Option<Shard>>,
    /// The BM25 length part of each article, from the root's quantised lengths.
    norms: Vec<f32>,
}

impl ShardedIndex {
    /// An index of no articles.
    pub(super) fn empty() -> Self {
        Self {
            root: Root::default(),
            root_bytes: Root::default().write(),
            shards: Vec::new(),
            norms: Vec::new(),
        }
    }

    /// Starts from the root file (loaded by every page).
    pub fn from_root(root: &[u8]) -> Result<Self, FormatError> {
        let parsed = Root::parse(root)?;
        if parsed.shard_count() > MAX_SHARDS {
            return Err(FormatError(format!(
                "the root lists {} shards, more than {MAX_SHARDS}",
                parsed.shard_count()
            )));
        }
        let n = parsed.articles as usize;
        let avg = (parsed.total_len as f32 / n.max(1) as f32).max(1.0);
        let norms = parsed
            .norms
            .iter()
            .map(|&q| {
                super::rank::K1 * (1.0 - super::rank::B + super::rank::B * length_of(q) / avg)
            })
            .collect();
        Ok(Self {
            shards: vec![None; parsed.shard_count() as usize],
            root: parsed,
            root_bytes: root.to_vec(),
            norms,
        })
    }

    /// Adds shard number `shard` (the bytes of its file). Refuses a file of another kind,
    /// number or build, and a damaged one; adding a shard twice replaces it.
    pub fn add_shard(&mut self, shard: u32, bytes: &[u8]) -> Result<(), FormatError> {
        let kind = self
            .root
            .kind_of(shard)
            .ok_or_else(|| FormatError(format!("no shard {shard} in this index")))?;
        let payload = check_header(bytes, kind, self.root.build, shard)?;
        let parsed = match kind {
            ShardKind::Dictionary => Parsed::Dict(DictShard::parse(bytes, payload)?),
            ShardKind::Typo => Parsed::Typo(TypoShard::parse(bytes, payload)?),
            ShardKind::Entities => Parsed::Entities(EntityShard::parse(bytes, payload)?),
            ShardKind::Postings | ShardKind::Positions => Parsed::Raw,
        };
        if let Some(slot) = self.shards.get_mut(shard as usize) {
            *slot = Some(Shard {
                bytes: bytes.to_vec(),
                payload,
                parsed,
            });
        }
        Ok(())
    }

    /// Whether shard number `shard` is loaded.
    pub fn is_loaded(&self, shard: u32) -> bool {
        self.shards.get(shard as usize).is_some_and(Option::is_some)
    }

    /// Number of shards the root lists.
    pub fn shard_count(&self) -> u32 {
        self.shards.len() as u32
    }

    /// What shard `shard` holds (`None` past the end).
    pub fn shard_kind(&self, shard: u32) -> Option<ShardKind> {
        self.root.kind_of(shard)
    }

    /// Number of articles indexed.
    pub fn articles(&self) -> u32 {
        self.root.articles
    }

    /// Ranked hits with how each matched, or the shards still needed: see [`Ranking`] and
    /// `docs/search.md`. Never panics, whatever the input.
    pub fn rank(&self, query: &str) -> Result<Ranking, Missing> {
        let loaded = Loaded::new(self);
        super::rank::rank(&loaded, query)
    }

    /// Entities whose name or alias folds to the words of `key` ("John Kerry", "john-kerry"
    /// and "john kerry" are the same key), for URL slugs and entity look-up.
    pub fn entities_named(&self, key: &str) -> Result<Vec<u32>, Missing> {
        let loaded = Loaded::new(self);
        let key = super::tokens::words(key).join(" ");
        let found = loaded.name(&key).map(<[u32]>::to_vec).unwrap_or_default();
        loaded.finish()?;
        Ok(found)
    }

    /// The root and every loaded shard (all of them, for an index built natively).
    pub fn to_files(&self) -> IndexFiles {
        IndexFiles {
            root: self.root_bytes.clone(),
            shards: self
                .shards
                .iter()
                .map(|s| s.as_ref().map(|s| s.bytes.clone()).unwrap_or_default())
                .collect(),
        }
    }
}

/// Access to the loaded shards during one query, noting the ones it lacked.
pub(super) struct Loaded<'a> {
    pub index: &'a ShardedIndex,
    /// Distinct shard ids, in the order noticed (a query lacks a few at most).
    missing: RefCell<Vec<u32>>,
}

impl<'a> Loaded<'a> {
    fn new(index: &'a ShardedIndex) -> Self {
        Self {
            index,
            missing: RefCell::new(Vec::new()),
        }
    }

    /// `Err` with the shards noted as missing so far, if any.
    pub fn finish(&self) -> Result<(), Missing> {
        let missing = self.missing.borrow();
        if missing.is_empty() {
            Ok(())
        } else {
            let mut ids = missing.clone();
            crate::sort::sort(&mut ids);
            Err(Missing(ids))
        }
    }

    pub fn root(&self) -> &'a Root {
        &self.index.root
    }

    pub fn norm(&self, doc: u32) -> f32 {
        self.index
            .norms
            .get(doc as usize)
            .copied()
            .unwrap_or(super::rank::K1)
    }

    fn shard(&self, id: u32) -> Option<&'a Shard> {
        match self.index.shards.get(id as usize) {
            Some(Some(s)) => Some(s),
            Some(None) => {
                let mut missing = self.missing.borrow_mut();
                if !missing.contains(&id) {
                    missing.push(id);
                }
                None
            }
            None => None,
        }
    }

    /// The dictionary shard holding `key`.
    pub fn dict(&self, key: &str) -> Option<&'a DictShard> {
        let id = self
            .root()
            .id(ShardKind::Dictionary, self.root().dict_for(key));
        self.dict_id(id)
    }

    pub fn dict_id(&self, id: u32) -> Option<&'a DictShard> {
        match &self.shard(id)?.parsed {
            Parsed::Dict(d) => Some(d),
            _ => None,
        }
    }

    pub fn typo(&self, id: u32) -> Option<&'a TypoShard> {
        match &self.shard(id)?.parsed {
            Parsed::Typo(t) => Some(t),
            _ => None,
        }
    }

    /// The entities with name or alias `key` (folded words joined by spaces).
    pub fn name(&self, key: &str) -> Option<&'a [u32]> {
        self.dict(key)?.name(key)
    }

    pub fn entity(&self, e: u32) -> Option<&'a EntityInfo> {
        let id = self.root().entity_shard(e)?;
        match &self.shard(id)?.parsed {
            Parsed::Entities(s) => s.get(e),
            _ => None,
        }
    }

    /// The bytes of a list in a postings or positions shard (`loc.shard` among its kind).
    pub fn list(&self, kind: ShardKind, loc: Loc) -> Option<&'a [u8]> {
        let shard = self.shard(self.root().id(kind, loc.shard))?;
        let start = shard.payload.checked_add(loc.offset as usize)?;
        if loc.len == u32::MAX {
            return shard.bytes.get(start..);
        }
        shard.bytes.get(start..start.checked_add(loc.len as usize)?)
    }
}
