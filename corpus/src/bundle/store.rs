//! The loader's state: the files loaded so far, the fetches under way or failed, and look-ups
//! that answer from what is loaded or say which files they need.
//!
//! Pure: the store never fetches. The app asks a look-up; a [`Needs`] answer names the files
//! to fetch; [`Store::start`] says which of them to request now (not loaded, not already
//! requested, not failed, within a limit of requests in flight); the app hands the bytes to
//! [`Store::insert`] or the error to [`Store::failed`], and asks again. [`Store::retry`] forgets
//! failures so that the next `start` requests them again. Natively, a store with every file
//! inserted answers everything at once, through the same code.

use std::collections::HashMap;
use std::rc::Rc;

use super::codec::BundleError;
use super::format::{
    base_slug, chunk_of, id_bucket, ArticleExtras, ArticleFile, Boot, Card, DateOrder, EntityChunk,
    EntityInfo, EntityPage, EntityRef, FacetChunk, FileKey, IdBucket,
};
use crate::article::EntityKind;
use crate::search::{FormatError, Highlighter, Missing, Ranking, ShardedIndex};

/// The files a look-up needs before it can answer, most urgent first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needs(pub Vec<FileKey>);

impl Needs {
    /// Needs just `key`.
    pub fn one(key: FileKey) -> Self {
        Self(vec![key])
    }

    /// Adds `other`'s files after these (once each).
    pub fn merge(&mut self, other: Needs) {
        for key in other.0 {
            if !self.0.contains(&key) {
                self.0.push(key);
            }
        }
    }
}

impl From<Missing> for Needs {
    fn from(missing: Missing) -> Self {
        Self(missing.0.into_iter().map(FileKey::Shard).collect())
    }
}

/// A file that was asked for and is not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetch {
    /// Asked for and on its way.
    Pending,
    /// Could not be fetched or read: why.
    Failed(String),
}

/// Counters that change when files of a sort arrive, for memoising what depends on them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Versions {
    /// Search root and shards.
    pub search: u32,
    /// Entity chunks and entity pages.
    pub entities: u32,
    /// Facet chunks.
    pub facets: u32,
    /// Article files.
    pub articles: u32,
    /// Id buckets.
    pub ids: u32,
    /// The date order.
    pub dates: u32,
    /// Fetches started, finished or failed.
    pub fetches: u32,
}

/// A card's source: the whole article when loaded, else its card from the boot file. Equal
/// when it is the same loaded value.
#[derive(Debug, Clone)]
pub enum CardSource {
    /// The article file is loaded.
    Full(Rc<ArticleFile>),
    /// Only the boot file's card is there.
    Brief(Rc<Card>),
}

impl PartialEq for CardSource {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Full(a), Self::Full(b)) => Rc::ptr_eq(a, b),
            (Self::Brief(a), Self::Brief(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl CardSource {
    /// The article's number.
    pub fn n(&self) -> u32 {
        match self {
            Self::Full(a) => a.n,
            Self::Brief(c) => c.n,
        }
    }

    /// The article's id.
    pub fn id(&self) -> &str {
        match self {
            Self::Full(a) => &a.article.id,
            Self::Brief(c) => &c.id,
        }
    }
}

/// The loaded part of one collection's bundle.
#[derive(Debug)]
pub struct Store {
    boot: Boot,
    cards: Vec<Rc<Card>>,
    search: Option<ShardedIndex>,
    entities: Vec<Option<EntityChunk>>,
    facets: Vec<Option<Vec<Vec<u32>>>>,
    articles: HashMap<u32, Rc<ArticleFile>>,
    ids: HashMap<u32, IdBucket>,
    pages: HashMap<u32, Rc<EntityPage>>,
    extras: HashMap<u32, Rc<ArticleExtras>>,
    /// Per article number, its place in date order (oldest first), or `u32::MAX` when it has
    /// no date; `None` until the date order is loaded.
    date_ranks: Option<Vec<u32>>,
    /// Slugs the page told: an entity page names its entity's id, so that the page does not
    /// wait for the search files to know it.
    hints: HashMap<String, u32>,
    /// Entities seen in the boot file, articles and chunks.
    names: HashMap<u32, EntityRef>,
    fetches: HashMap<FileKey, Fetch>,
    versions: Versions,
}

fn search_error(e: FormatError) -> BundleError {
    BundleError::Corrupt {
        what: "search index",
        detail: e.0,
    }
}

fn bump(counter: &mut u32) {
    *counter = counter.wrapping_add(1);
}

impl Store {
    /// The store for a boot file, with the files it carries inline already loaded.
    pub fn new(boot_bytes: &[u8]) -> Result<Self, BundleError> {
        let mut boot = Boot::from_bytes(boot_bytes)?;
        let inline = boot.take_inline();
        for chip in boot.cards.iter_mut().flat_map(|c| c.chips.iter_mut()) {
            chip.fill_slug();
        }
        for top in boot.top.iter_mut().flatten() {
            top.entity.fill_slug();
        }
        let mut names = HashMap::new();
        for card in &boot.cards {
            for chip in &card.chips {
                names.insert(chip.id, chip.clone());
            }
        }
        for top in boot.top.iter().flatten() {
            names.insert(top.entity.id, top.entity.clone());
        }
        let mut store = Self {
            cards: boot.cards.iter().cloned().map(Rc::new).collect(),
            entities: vec![None; boot.files.entity_chunks.len()],
            facets: vec![None; boot.files.facet_chunks.len()],
            boot,
            search: None,
            articles: HashMap::new(),
            ids: HashMap::new(),
            pages: HashMap::new(),
            extras: HashMap::new(),
            date_ranks: None,
            hints: HashMap::new(),
            names,
            fetches: HashMap::new(),
            versions: Versions::default(),
        };
        for (key, bytes) in inline {
            store.insert(key, &bytes)?;
        }
        Ok(store)
    }

    /// The boot file.
    pub fn boot(&self) -> &Boot {
        &self.boot
    }

    /// The counters of what arrived so far.
    pub fn versions(&self) -> Versions {
        self.versions
    }

    /// Number of articles in the collection.
    pub fn article_count(&self) -> u32 {
        self.boot.articles
    }

    /// The path of a file relative to the data folder.
    pub fn path(&self, key: FileKey) -> Option<String> {
        self.boot.path(key)
    }

    /// Whether the file `key` is loaded.
    pub fn is_loaded(&self, key: FileKey) -> bool {
        match key {
            FileKey::SearchRoot => self.search.is_some(),
            FileKey::Shard(n) => self.search.as_ref().is_some_and(|s| s.is_loaded(n)),
            FileKey::Entities(k) => self.entities.get(k as usize).is_some_and(Option::is_some),
            FileKey::Facets(k) => self.facets.get(k as usize).is_some_and(Option::is_some),
            FileKey::Article(n) => self.articles.contains_key(&n),
            FileKey::Ids(b) => self.ids.contains_key(&b),
            FileKey::EntityPage(id) => self.pages.contains_key(&id),
            FileKey::Extras(n) => self.extras.contains_key(&n),
            FileKey::Dates => self.date_ranks.is_some(),
            // The quick search's files: the app reads the article files.
            FileKey::Card(_) | FileKey::Cards => false,
        }
    }

    /// Reads a fetched file. On an error the file is marked failed (see [`Store::failures`]).
    pub fn insert(&mut self, key: FileKey, bytes: &[u8]) -> Result<(), BundleError> {
        let result = self.decode(key, bytes);
        match &result {
            Ok(()) => {
                self.fetches.remove(&key);
            }
            Err(e) => {
                self.fetches.insert(key, Fetch::Failed(e.to_string()));
            }
        }
        bump(&mut self.versions.fetches);
        result
    }

    fn decode(&mut self, key: FileKey, bytes: &[u8]) -> Result<(), BundleError> {
        let unexpected = |what: &str| BundleError::Corrupt {
            what: "bundle",
            detail: format!("{what} is not in this build"),
        };
        match key {
            FileKey::SearchRoot => {
                self.search = Some(ShardedIndex::from_root(bytes).map_err(search_error)?);
                bump(&mut self.versions.search);
            }
            FileKey::Shard(n) => {
                let search = self
                    .search
                    .as_mut()
                    .ok_or_else(|| unexpected("a shard before the search root"))?;
                search.add_shard(n, bytes).map_err(search_error)?;
                bump(&mut self.versions.search);
            }
            FileKey::Entities(k) => {
                let mut chunk = EntityChunk::from_bytes(bytes)?;
                let expected = self.boot.files.entity_chunks.get(k as usize);
                if expected.map(|c| c.first) != Some(chunk.first) {
                    return Err(unexpected("this entity chunk"));
                }
                let first = chunk.first;
                for (i, info) in chunk.entities.iter_mut().enumerate() {
                    if info.slug.is_empty() {
                        let id = first.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
                        info.slug = base_slug(&info.name, id);
                    }
                }
                if let Some(slot) = self.entities.get_mut(k as usize) {
                    *slot = Some(chunk);
                }
                bump(&mut self.versions.entities);
            }
            FileKey::Facets(k) => {
                let chunk = FacetChunk::from_bytes(bytes)?;
                let expected = self.boot.files.facet_chunks.get(k as usize);
                if expected.map(|c| c.first) != Some(chunk.first) {
                    return Err(unexpected("this facet chunk"));
                }
                let lists = chunk.decode()?;
                if let Some(slot) = self.facets.get_mut(k as usize) {
                    *slot = Some(lists);
                }
                bump(&mut self.versions.facets);
            }
            FileKey::Article(n) => {
                let mut file = ArticleFile::from_bytes(bytes)?;
                if file.n != n {
                    return Err(unexpected("this article number"));
                }
                for e in &mut file.entities {
                    e.entity.fill_slug();
                    self.names.insert(e.entity.id, e.entity.clone());
                }
                self.articles.insert(n, Rc::new(file));
                bump(&mut self.versions.articles);
            }
            FileKey::Ids(b) => {
                self.ids.insert(b, IdBucket::from_bytes(bytes)?);
                bump(&mut self.versions.ids);
            }
            FileKey::EntityPage(id) => {
                let mut page = EntityPage::from_bytes(bytes)?;
                if page.entity.id != id {
                    return Err(unexpected("this entity page"));
                }
                page.entity.fill_slug();
                for t in &mut page.mentioned {
                    t.entity.fill_slug();
                    self.names.insert(t.entity.id, t.entity.clone());
                }
                self.pages.insert(id, Rc::new(page));
                bump(&mut self.versions.entities);
            }
            FileKey::Extras(n) => {
                let mut extras = ArticleExtras::from_bytes(bytes)?;
                if extras.n != n {
                    return Err(unexpected("these article extras"));
                }
                let speakers = extras.quotes.iter_mut().filter_map(|q| q.speaker.as_mut());
                let shared = extras.related.iter_mut().flat_map(|r| &mut r.entities);
                for e in speakers.chain(shared) {
                    e.fill_slug();
                    self.names.insert(e.id, e.clone());
                }
                self.extras.insert(n, Rc::new(extras));
                bump(&mut self.versions.articles);
            }
            FileKey::Dates => {
                let order = DateOrder::from_bytes(bytes)?;
                let mut ranks = vec![u32::MAX; self.boot.articles as usize];
                for (rank, &n) in order.articles.iter().enumerate() {
                    let slot = ranks
                        .get_mut(n as usize)
                        .ok_or_else(|| unexpected("an article of the date order"))?;
                    *slot = u32::try_from(rank).unwrap_or(u32::MAX);
                }
                self.date_ranks = Some(ranks);
                bump(&mut self.versions.dates);
            }
            FileKey::Card(_) | FileKey::Cards => {
                return Err(unexpected("a card file (the quick search's) for the app"))
            }
        }
        Ok(())
    }

    /// The files of `wanted` to request now, in order: those not loaded, not requested and
    /// not failed, so that at most `limit` requests are in flight. They are marked pending.
    pub fn start(&mut self, wanted: &[FileKey], limit: usize) -> Vec<FileKey> {
        let mut in_flight = self
            .fetches
            .values()
            .filter(|f| **f == Fetch::Pending)
            .count();
        let mut out = Vec::new();
        for &key in wanted {
            if in_flight >= limit {
                break;
            }
            if self.is_loaded(key) || self.fetches.contains_key(&key) || self.path(key).is_none() {
                continue;
            }
            self.fetches.insert(key, Fetch::Pending);
            out.push(key);
            in_flight += 1;
        }
        if !out.is_empty() {
            bump(&mut self.versions.fetches);
        }
        out
    }

    /// A request for `key` failed.
    pub fn failed(&mut self, key: FileKey, message: String) {
        if !self.is_loaded(key) {
            self.fetches.insert(key, Fetch::Failed(message));
            bump(&mut self.versions.fetches);
        }
    }

    /// Forgets every failure, so that the files are requested again.
    pub fn retry(&mut self) {
        let before = self.fetches.len();
        self.fetches.retain(|_, f| *f == Fetch::Pending);
        if self.fetches.len() != before {
            bump(&mut self.versions.fetches);
        }
    }

    /// The files of `keys` that failed, with why.
    pub fn failures(&self, keys: &[FileKey]) -> Vec<(FileKey, String)> {
        keys.iter()
            .filter_map(|k| match self.fetches.get(k) {
                Some(Fetch::Failed(why)) => Some((*k, why.clone())),
                _ => None,
            })
            .collect()
    }

    /// Whether any of `keys` is requested and not arrived.
    pub fn pending(&self, keys: &[FileKey]) -> bool {
        keys.iter()
            .any(|k| self.fetches.get(k) == Some(&Fetch::Pending))
    }

    fn search(&self) -> Result<&ShardedIndex, Needs> {
        self.search.as_ref().ok_or(Needs::one(FileKey::SearchRoot))
    }

    /// The ranked hits for `query`.
    pub fn rank(&self, query: &str) -> Result<Ranking, Needs> {
        Ok(self.search()?.rank(query)?)
    }

    /// The highlighter for `query`.
    pub fn highlighter(&self, query: &str) -> Result<Highlighter, Needs> {
        Ok(self.rank(query)?.highlighter)
    }

    fn entity_chunk(&self, id: u32) -> Result<Option<&EntityChunk>, Needs> {
        if id >= self.boot.entity_count() {
            return Ok(None);
        }
        let Some(k) = chunk_of(&self.boot.files.entity_chunks, id) else {
            return Ok(None);
        };
        match self.entities.get(k as usize) {
            Some(Some(chunk)) => Ok(Some(chunk)),
            _ => Err(Needs::one(FileKey::Entities(k))),
        }
    }

    /// Everything about entity `id`; `None` if there is no such entity.
    pub fn entity(&self, id: u32) -> Result<Option<&EntityInfo>, Needs> {
        Ok(self.entity_chunk(id)?.and_then(|c| c.get(id)))
    }

    /// Entity `id` as a chip or link shows it.
    pub fn entity_ref(&self, id: u32) -> Result<Option<EntityRef>, Needs> {
        if let Some(known) = self.names.get(&id) {
            return Ok(Some(known.clone()));
        }
        let kind = self.boot.kind_of(id);
        Ok(self.entity(id)?.zip(kind).map(|(info, kind)| EntityRef {
            id,
            name: info.name.clone(),
            kind,
            slug: info.slug.clone(),
        }))
    }

    /// The kind of entity `id`.
    pub fn kind_of(&self, id: u32) -> Option<EntityKind> {
        self.boot.kind_of(id)
    }

    /// `(article, mentions)` for each article naming entity `id`.
    pub fn postings(&self, id: u32) -> Result<Vec<(u32, u32)>, Needs> {
        Ok(self
            .entity(id)?
            .map(EntityInfo::postings)
            .unwrap_or_default())
    }

    /// The whole article number `n`; `None` past the last one.
    pub fn article(&self, n: u32) -> Result<Option<Rc<ArticleFile>>, Needs> {
        if n >= self.boot.articles {
            return Ok(None);
        }
        self.articles
            .get(&n)
            .cloned()
            .map(Some)
            .ok_or(Needs::one(FileKey::Article(n)))
    }

    /// Article `n`'s place in date order, oldest first; `None` when it has no date (or is
    /// past the last article). Without dates in the collection, every article has none.
    pub fn date_rank(&self, n: u32) -> Result<Option<u32>, Needs> {
        if !self.boot.has_dates() {
            return Ok(None);
        }
        let ranks = self.date_ranks.as_ref().ok_or(Needs::one(FileKey::Dates))?;
        Ok(ranks.get(n as usize).copied().filter(|&r| r != u32::MAX))
    }

    /// What a card for article `n` can show; `None` past the last one.
    pub fn card(&self, n: u32) -> Result<Option<CardSource>, Needs> {
        if let Some(a) = self.articles.get(&n) {
            return Ok(Some(CardSource::Full(a.clone())));
        }
        if let Some(c) = self.cards.get(n as usize) {
            return Ok(Some(CardSource::Brief(c.clone())));
        }
        Ok(self.article(n)?.map(CardSource::Full))
    }

    /// The ids of the entities article `n` names, ascending.
    pub fn article_entities(&self, n: u32) -> Result<&[u32], Needs> {
        let Some(k) = chunk_of(&self.boot.files.facet_chunks, n).filter(|_| n < self.boot.articles)
        else {
            return Ok(&[]);
        };
        let first = self
            .boot
            .files
            .facet_chunks
            .get(k as usize)
            .map_or(0, |c| c.first);
        match self.facets.get(k as usize) {
            Some(Some(lists)) => Ok(lists
                .get((n - first) as usize)
                .map_or(&[][..], Vec::as_slice)),
            _ => Err(Needs::one(FileKey::Facets(k))),
        }
    }

    /// The facet chunks that cover `articles`, in order.
    pub fn facet_chunks_of(&self, articles: impl IntoIterator<Item = u32>) -> Vec<FileKey> {
        let chunks = &self.boot.files.facet_chunks;
        let mut wanted = vec![false; chunks.len()];
        for k in articles.into_iter().filter_map(|n| chunk_of(chunks, n)) {
            if let Some(w) = wanted.get_mut(k as usize) {
                *w = true;
            }
        }
        (0..chunks.len())
            .filter(|&k| wanted.get(k) == Some(&true))
            .filter_map(|k| u32::try_from(k).ok().map(FileKey::Facets))
            .collect()
    }

    /// The page of entity `id`; `None` when it has none.
    pub fn entity_page(&self, id: u32) -> Result<Option<Rc<EntityPage>>, Needs> {
        if !self.boot.has_page(id) {
            return Ok(None);
        }
        self.pages
            .get(&id)
            .cloned()
            .map(Some)
            .ok_or(Needs::one(FileKey::EntityPage(id)))
    }

    /// The quotations and related articles of article `n`; `None` past the last one.
    pub fn extras(&self, n: u32) -> Result<Option<Rc<ArticleExtras>>, Needs> {
        if n >= self.boot.articles {
            return Ok(None);
        }
        self.extras
            .get(&n)
            .cloned()
            .map(Some)
            .ok_or(Needs::one(FileKey::Extras(n)))
    }

    /// Takes a page's word that `slug` is entity `id`'s (checked against the entity's own
    /// slug when its data arrives).
    pub fn hint(&mut self, slug: &str, id: u32) {
        if self.boot.has_page(id) {
            self.hints.insert(slug.to_string(), id);
        }
    }

    /// The number of the article with this id; `None` if there is none.
    pub fn article_number(&self, id: &str) -> Result<Option<u32>, Needs> {
        if let Some(c) = self.cards.iter().find(|c| c.id == id) {
            return Ok(Some(c.n));
        }
        if let Some(a) = self.articles.values().find(|a| a.article.id == id) {
            return Ok(Some(a.n));
        }
        let b = id_bucket(id, self.boot.files.id_buckets);
        match self.ids.get(&b) {
            Some(bucket) => Ok(bucket.get(id)),
            None if b < self.boot.files.id_buckets => Err(Needs::one(FileKey::Ids(b))),
            None => Ok(None),
        }
    }

    /// The entity a URL key names: its slug, or (from older links) its name, or its name and
    /// kind as `Name (kind)`. `None` when no entity has that key.
    pub fn resolve(&self, key: &str) -> Result<Option<u32>, Needs> {
        if let Some(&id) = self.hints.get(key) {
            let told = self
                .pages
                .get(&id)
                .map(|p| p.entity.slug.as_str())
                .or_else(|| self.names.get(&id).map(|r| r.slug.as_str()));
            match told {
                Some(slug) if slug != key => {}
                Some(_) => return Ok(Some(id)),
                None => return Err(Needs::one(FileKey::EntityPage(id))),
            }
        }
        let words = crate::search::tokens::words(key);
        let mut candidates: Vec<u32> = Vec::new();
        let mut needs = Needs::default();
        for keep in (words.len().saturating_sub(2)..=words.len()).rev() {
            if keep == 0 {
                continue;
            }
            let name_key = words.get(..keep).unwrap_or_default().join(" ");
            match self.search()?.entities_named(&name_key) {
                Ok(ids) => candidates.extend(ids),
                Err(missing) => needs.merge(missing.into()),
            }
        }
        if let Some(id) = key
            .strip_prefix("entity-")
            .and_then(|n| n.parse::<u32>().ok())
        {
            candidates.push(id);
        }
        if !needs.0.is_empty() {
            return Err(needs);
        }
        let mut refs = Vec::new();
        for &id in &candidates {
            match self.entity_ref(id) {
                Ok(Some(r)) => refs.push(r),
                Ok(None) => {}
                Err(n) => needs.merge(n),
            }
        }
        if !needs.0.is_empty() {
            return Err(needs);
        }
        let by = |test: &dyn Fn(&EntityRef) -> bool| refs.iter().find(|r| test(r)).map(|r| r.id);
        Ok(by(&|r| r.slug == key)
            .or_else(|| by(&|r| r.name == key))
            .or_else(|| by(&|r| key.starts_with(&format!("{} ({})", r.name, r.kind.as_str())))))
    }
}
