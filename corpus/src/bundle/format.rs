//! The structures of the bundle's files, as the browser reads them.
//!
//! Entities are numbered by kind: ids `0..kinds[0]` are people, then organisations, then
//! places; inside a kind, the entity named in the most articles first (the order of
//! [`crate::Corpus::entities`]). So an id alone says the kind, and the most important names of a
//! kind are in its first entity chunk.

use serde::{Deserialize, Serialize};

use super::codec::{self, BundleError, Kind};
use super::context::Context;
use crate::article::{Article, Block, BlockKind, EntityKind, Mention};
use crate::varint::{put_varint, Reader};

/// A file of the bundle, by what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FileKey {
    /// The search index's root (always needed to search).
    SearchRoot,
    /// One shard of the search index.
    Shard(u32),
    /// Entity chunk number `k` (see [`Directory::entity_chunks`]).
    Entities(u32),
    /// Facet chunk number `k` (see [`Directory::facet_chunks`]).
    Facets(u32),
    /// The article with this number (its place in the collection).
    Article(u32),
    /// Id bucket number `b`: article ids to numbers.
    Ids(u32),
    /// The page of entity `id` (only the entities of [`BootHead::pages`] have one).
    EntityPage(u32),
    /// What the reader adds to article `n`: its quotations and related articles.
    Extras(u32),
    /// The articles in date order (only when some article has a date).
    Dates,
    /// What the card of article `n` needs ([`CardFile`] of one article).
    Card(u32),
    /// What the cards of every article need, in one file (a small collection only:
    /// [`Directory::cards`]).
    Cards,
}

/// A chunk of entities or articles: the first number it covers, and its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chunk {
    /// The number of the first entity or article it covers.
    pub first: u32,
    /// Its file's path, relative to the data folder.
    pub file: String,
}

/// Where the other files are, relative to the data folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// The search root's file.
    pub search_root: String,
    /// The folder of the search shards (`s-<hash of them all>`), shard `n` being `<n>.bin`.
    pub shard_folder: String,
    /// Number of search shards.
    pub shards: u32,
    /// Entity chunks in id order; chunk `k` covers ids `first..` the next chunk's first.
    pub entity_chunks: Vec<Chunk>,
    /// Facet chunks in article order, likewise.
    pub facet_chunks: Vec<Chunk>,
    /// How many id buckets there are (see [`id_bucket`]).
    pub id_buckets: u32,
    /// The date order's file; empty when no article has a date that sorts.
    pub dates: String,
    /// The file with every article's card ([`FileKey::Cards`]); empty when the collection is
    /// not small enough to have one.
    pub cards: String,
}

/// An entity as a link or a chip shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    /// The entity's number: its rank in the bundle's order (people, organisations, places).
    pub id: u32,
    /// Its name, as the entity list shows it.
    pub name: String,
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// Its key in URLs (`?e=slug`, `/entity/slug/`), unique in the collection. In the files
    /// it is empty when it is [`base_slug`]; the store fills it in.
    pub slug: String,
}

impl EntityRef {
    /// Fills in a slug left out of the file (see [`EntityRef::slug`]).
    pub fn fill_slug(&mut self) {
        if self.slug.is_empty() {
            self.slug = base_slug(&self.name, self.id);
        }
    }
}

/// The URL key an entity gets unless another entity has it already: its name's folded words
/// joined by `-`, or `entity-<id>` for a name with no word or more words than a query can
/// name.
pub fn base_slug(name: &str, id: u32) -> String {
    let words = crate::search::tokens::words(name);
    if words.is_empty() || words.len() > crate::search::MAX_NAME_WORDS {
        format!("entity-{id}")
    } else {
        words.join("-")
    }
}

/// What a card shows of an article that is not loaded: title, byline, lede and chips.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The article's number.
    pub n: u32,
    /// The article's id, as in its URL.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Outlet or news agency, when known.
    pub source: Option<String>,
    /// Publication date as written, when known.
    pub date: Option<String>,
    /// Its author or authors, when known.
    pub author: Option<String>,
    /// Whole minutes to read it, at least 1.
    pub reading_minutes: u32,
    /// The snippet without a query ([`Article::lede`]).
    pub lede: String,
    /// The entities the article names most, most named first (at most [`CHIPS`]).
    pub chips: Vec<EntityRef>,
    /// How many entities the article names in all.
    pub entity_count: u32,
}

/// How many entities a card shows.
pub const CHIPS: usize = 4;

/// An entity with the number of articles that name it, for the first view's sidebar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopEntity {
    /// The entity.
    pub entity: EntityRef,
    /// How many articles of the collection name it.
    pub articles: u32,
}

/// The file the page loads first: what the first screen shows and where everything else is.
/// Its [`BootHead`] comes first, so that a reader that needs only that decodes only that (the
/// quick search: [`BootHead::from_bytes`]); the boot file reads as its head too (`Deref`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boot {
    /// Counts, the directory of the other files, the files carried inside.
    pub head: BootHead,
    /// The first articles' cards, in collection order: the first view's list.
    pub cards: Vec<Card>,
    /// The entities named in the most articles, per kind: the first view's sidebar.
    pub top: [Vec<TopEntity>; 3],
}

/// What every page and every query needs of the boot file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BootHead {
    /// Names the folder of per-item files, `c-<collection>/`, so a page never mixes builds.
    pub collection: String,
    /// Number of articles.
    pub articles: u32,
    /// Number of people, organisations and places (see the module doc for the numbering).
    pub kinds: [u32; 3],
    /// Per kind, how many of its first entities have a page (an entity page file and a
    /// prerendered `entity/<slug>/` page).
    pub pages: [u32; 3],
    /// Where the other files are.
    pub files: Directory,
    /// Files carried inside the boot file (the search root; the single file: every file).
    pub inline: Vec<(FileKey, Vec<u8>)>,
}

impl std::ops::Deref for Boot {
    type Target = BootHead;

    fn deref(&self) -> &BootHead {
        &self.head
    }
}

impl std::ops::DerefMut for Boot {
    fn deref_mut(&mut self) -> &mut BootHead {
        &mut self.head
    }
}

impl BootHead {
    /// Reads the head of a boot file (what follows it is not read), or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        Self::read(bytes).map(|(head, _)| head)
    }

    /// The head of a boot file and the bytes after it. The head is written by hand, not by
    /// serde, so that the quick search, which reads only the head, carries no derived decoder.
    fn read(bytes: &[u8]) -> Result<(Self, &[u8]), BundleError> {
        let mut r = HandReader(Reader::new(codec::open(Kind::Boot, bytes)?, 0));
        let head = r
            .head()
            .ok_or_else(|| codec::corrupt(Kind::Boot, "its head is cut short or damaged".into()))?;
        Ok((head, r.0.rest()))
    }

    /// The head's bytes (see [`BootHead::read`]).
    fn write(&self, out: &mut Vec<u8>) {
        let put = |out: &mut Vec<u8>, n: u32| put_varint(out, u64::from(n));
        put_str(out, &self.collection);
        put(out, self.articles);
        for n in self.kinds.into_iter().chain(self.pages) {
            put(out, n);
        }
        let files = &self.files;
        put_str(out, &files.search_root);
        put_str(out, &files.shard_folder);
        put(out, files.shards);
        for chunks in [&files.entity_chunks, &files.facet_chunks] {
            put_varint(out, chunks.len() as u64);
            for chunk in chunks {
                put(out, chunk.first);
                put_str(out, &chunk.file);
            }
        }
        put(out, files.id_buckets);
        put_str(out, &files.dates);
        put_str(out, &files.cards);
        put_varint(out, self.inline.len() as u64);
        for (key, bytes) in &self.inline {
            let (tag, k) = match *key {
                FileKey::SearchRoot => (0, None),
                FileKey::Shard(k) => (1, Some(k)),
                FileKey::Entities(k) => (2, Some(k)),
                FileKey::Facets(k) => (3, Some(k)),
                FileKey::Article(k) => (4, Some(k)),
                FileKey::Ids(k) => (5, Some(k)),
                FileKey::EntityPage(k) => (6, Some(k)),
                FileKey::Dates => (7, None),
                FileKey::Extras(k) => (8, Some(k)),
                FileKey::Cards => (9, None),
                FileKey::Card(k) => (10, Some(k)),
            };
            put(out, tag);
            if let Some(k) = k {
                put(out, k);
            }
            put_varint(out, bytes.len() as u64);
            out.extend_from_slice(bytes);
        }
    }

    /// Takes the files carried inline out of the boot file, in the order a loader adds them:
    /// the search root first, as the shards are added to it.
    pub fn take_inline(&mut self) -> Vec<(FileKey, Vec<u8>)> {
        let (mut roots, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.inline)
            .into_iter()
            .partition(|(key, _)| *key == FileKey::SearchRoot);
        roots.extend(others);
        roots
    }

    /// The path of a file relative to the data folder; `None` for a key this build lacks.
    pub fn path(&self, key: FileKey) -> Option<String> {
        let at = |v: &[Chunk], k: u32| v.get(k as usize).map(|c| c.file.clone());
        match key {
            FileKey::SearchRoot => Some(self.files.search_root.clone()),
            FileKey::Shard(n) => {
                (n < self.files.shards).then(|| format!("{}/{n}.bin", self.files.shard_folder))
            }
            FileKey::Entities(k) => at(&self.files.entity_chunks, k),
            FileKey::Facets(k) => at(&self.files.facet_chunks, k),
            FileKey::Article(n) => {
                (n < self.articles).then(|| format!("c-{}/article/{n}.bin", self.collection))
            }
            FileKey::Ids(b) => {
                (b < self.files.id_buckets).then(|| format!("c-{}/ids/{b}.bin", self.collection))
            }
            FileKey::EntityPage(id) => self
                .has_page(id)
                .then(|| format!("c-{}/entity/{id}.bin", self.collection)),
            FileKey::Extras(n) => {
                (n < self.articles).then(|| format!("c-{}/extras/{n}.bin", self.collection))
            }
            FileKey::Dates => Some(self.files.dates.clone()).filter(|p| !p.is_empty()),
            FileKey::Card(n) => {
                (n < self.articles).then(|| format!("c-{}/card/{n}.bin", self.collection))
            }
            FileKey::Cards => Some(self.files.cards.clone()).filter(|p| !p.is_empty()),
        }
    }

    /// Whether some article has a date, so that the list can be sorted by date.
    pub fn has_dates(&self) -> bool {
        !self.files.dates.is_empty()
    }

    /// Whether entity `id` has a page.
    pub fn has_page(&self, id: u32) -> bool {
        has_page(self.kinds, self.pages, id)
    }

    /// The kind of entity `id`; `None` past the last one.
    pub fn kind_of(&self, id: u32) -> Option<EntityKind> {
        kind_of(self.kinds, id)
    }

    /// The ids of the entities of `kind`.
    pub fn ids_of(&self, kind: EntityKind) -> std::ops::Range<u32> {
        let [people, orgs, places] = self.kinds;
        match kind {
            EntityKind::Person => 0..people,
            EntityKind::Organization => people..people.saturating_add(orgs),
            EntityKind::Place => {
                let start = people.saturating_add(orgs);
                start..start.saturating_add(places)
            }
        }
    }

    /// Number of entities.
    pub fn entity_count(&self) -> u32 {
        self.kinds.iter().fold(0u32, |a, &k| a.saturating_add(k))
    }
}

impl Boot {
    /// A hash of what the boot file gives every view (counts, which entities have pages,
    /// whether the list can be sorted by date, the sidebar's first entities) but the first
    /// view's cards, where the other files are and the files carried inside (a page that
    /// reads one of those depends on its bytes as on any file it loads): two builds with the
    /// same view hash render an article or entity page alike from the same files.
    pub fn view_hash(&self) -> u64 {
        let shown = (
            self.articles,
            self.kinds,
            self.pages,
            self.has_dates(),
            &self.top,
        );
        crate::fnv::fnv64(&postcard::to_allocvec(&shown).unwrap_or_default())
    }

    /// A hash of what, in the boot file, decides which files a page asks for: everything but
    /// the names of the other files and of their folders, what the cards show besides their
    /// article's number, id and chips, and the first entities' counts. (The store finds an
    /// article's number from the cards' ids, an entity from the chips and first entities,
    /// the rest from the counts and the directory's shape.) Two builds with the same shape
    /// hash ask for the same files by the same keys when those files hold the same bytes,
    /// the files carried inside counted as files apart (the site generator asks for them so).
    pub fn shape_hash(&self) -> u64 {
        let mut shape = self.clone();
        shape.head.collection.clear();
        shape.head.inline.clear();
        let files = &mut shape.head.files;
        files.search_root.clear();
        files.shard_folder.clear();
        for chunk in files
            .entity_chunks
            .iter_mut()
            .chain(&mut files.facet_chunks)
        {
            chunk.file.clear();
        }
        if !files.dates.is_empty() {
            files.dates = "dates".into();
        }
        if !files.cards.is_empty() {
            files.cards = "cards".into();
        }
        for card in &mut shape.cards {
            *card = Card {
                n: card.n,
                id: std::mem::take(&mut card.id),
                title: String::new(),
                source: None,
                date: None,
                author: None,
                reading_minutes: 0,
                lede: String::new(),
                chips: std::mem::take(&mut card.chips),
                entity_count: 0,
            };
        }
        for top in shape.top.iter_mut().flatten() {
            top.articles = 0;
        }
        crate::fnv::fnv64(&shape.to_bytes())
    }

    /// A hash of the first view's cards, which the list shows (see [`Boot::view_hash`]).
    pub fn cards_hash(&self) -> u64 {
        crate::fnv::fnv64(&postcard::to_allocvec(&self.cards).unwrap_or_default())
    }

    /// The file's bytes: the head as `BootHead::read` reads it, then the first view's cards
    /// and entities (postcard).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.head.write(&mut out);
        // Serialising plain data into a Vec cannot fail.
        let out = postcard::to_extend(&(&self.cards, &self.top), out).unwrap_or_default();
        codec::encode_raw(Kind::Boot, &out)
    }

    /// Reads a boot file, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        let (head, rest) = BootHead::read(bytes)?;
        let damaged = || codec::corrupt(Kind::Boot, "its first view does not decode".into());
        let (view, left): ((Vec<Card>, [Vec<TopEntity>; 3]), _) =
            postcard::take_from_bytes(rest).map_err(|_| damaged())?;
        if !left.is_empty() {
            return Err(damaged());
        }
        let (cards, top) = view;
        Ok(Boot { head, cards, top })
    }
}

/// The kind of entity `id` when there are `kinds` people, organisations and places.
pub fn kind_of(kinds: [u32; 3], id: u32) -> Option<EntityKind> {
    let mut end = 0u64;
    for (count, kind) in kinds.into_iter().zip(EntityKind::ALL) {
        end += u64::from(count);
        if u64::from(id) < end {
            return Some(kind);
        }
    }
    None
}

/// Whether entity `id` has a page, when there are `kinds` entities of each kind and the first
/// `pages` of each kind have one.
pub fn has_page(kinds: [u32; 3], pages: [u32; 3], id: u32) -> bool {
    let mut start = 0u64;
    for (count, with_page) in kinds.into_iter().zip(pages) {
        let end = start + u64::from(count);
        if u64::from(id) < end {
            return u64::from(id) < start + u64::from(with_page.min(count));
        }
        start = end;
    }
    false
}

/// The chunk of `chunks` holding number `n` (entity id or article number).
pub fn chunk_of(chunks: &[Chunk], n: u32) -> Option<u32> {
    let after = chunks.partition_point(|c| c.first <= n);
    after.checked_sub(1).and_then(|k| u32::try_from(k).ok())
}

/// The id bucket an article id is in, out of `buckets`.
pub fn id_bucket(id: &str, buckets: u32) -> u32 {
    let b = crate::fnv::fnv64(id.as_bytes()) % u64::from(buckets.max(1));
    u32::try_from(b).unwrap_or(0)
}

/// One entity named in an article, with where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedEntity {
    /// The entity.
    pub entity: EntityRef,
    /// Where the article names it.
    pub mentions: Vec<Mention>,
}

/// One article, whole: what the reader and a card with a snippet need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleFile {
    /// The article's number.
    pub n: u32,
    /// The article itself: title, metadata and blocks.
    pub article: Article,
    /// The entities it names, most named first (then by id).
    pub entities: Vec<NamedEntity>,
}

impl ArticleFile {
    /// Its card.
    pub fn card(&self) -> Card {
        let a = &self.article;
        Card {
            n: self.n,
            id: a.id.clone(),
            title: a.title.clone(),
            source: a.source.clone(),
            author: a.author.clone(),
            date: a.date.clone(),
            reading_minutes: a.reading_minutes,
            lede: a.lede().unwrap_or_default().to_string(),
            chips: self
                .entities
                .iter()
                .take(CHIPS)
                .map(|e| e.entity.clone())
                .collect(),
            entity_count: u32::try_from(self.entities.len()).unwrap_or(u32::MAX),
        }
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::Article, self)
    }

    /// Reads an article file, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::Article, bytes)
    }
}

/// What a result card needs of one article: its id, title, byline and reading time, the text
/// its snippet is cut from and its "Matched:" line read, and its chips. A card with a snippet
/// does not need the reader's part of the article file (where each entity is mentioned, the
/// file path, the address, the credit lines), nor the text of asides, which no snippet shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardText {
    /// The article's number.
    pub n: u32,
    /// The article, with an empty path, no address or credit lines and asides without text.
    pub article: Article,
    /// The entities the article names most, most named first (at most [`CHIPS`]); a slug is
    /// empty when it is [`base_slug`].
    pub chips: Vec<EntityRef>,
}

impl CardText {
    /// The card part of an article file.
    pub fn of(file: &ArticleFile) -> CardText {
        let mut article = file.article.clone();
        article.path.clear();
        article.url = None;
        article.credits.clear();
        for block in &mut article.blocks {
            if block.kind == BlockKind::Aside {
                block.text.clear();
            }
        }
        CardText {
            n: file.n,
            article,
            chips: file
                .entities
                .iter()
                .take(CHIPS)
                .map(|e| e.entity.clone())
                .collect(),
        }
    }
}

/// The cards of one article (`c-<collection>/card/<n>.bin`) or, in a small collection, of all
/// of them (`cards-<hash>.bin`): five articles' texts compress better together than apart.
/// Its layout is written by hand, not by serde, so that the quick search, which reads it,
/// carries no derived decoder: varints, and strings as their length and UTF-8 bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFile {
    /// In article order.
    pub cards: Vec<CardText>,
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// `None` as 0, else the string's length plus one and its bytes.
fn put_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => out.push(0),
        Some(s) => {
            put_varint(out, s.len() as u64 + 1);
            out.extend_from_slice(s.as_bytes());
        }
    }
}

/// Reads the payload of a file written by hand ([`CardFile`], [`BootHead`]); `None` when it
/// is damaged.
struct HandReader<'a>(Reader<'a>);

impl<'a> HandReader<'a> {
    fn n(&mut self) -> Option<u32> {
        self.0.next_u32()
    }

    /// The next `len` bytes as they are.
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let rest = self.0.rest();
        let taken = rest.get(..len)?;
        self.0 = Reader::new(rest, len);
        Some(taken)
    }

    fn bytes(&mut self, len: u32) -> Option<String> {
        let text = std::str::from_utf8(self.take(len as usize)?).ok()?;
        Some(text.to_string())
    }

    fn string(&mut self) -> Option<String> {
        let len = self.n()?;
        self.bytes(len)
    }

    fn opt(&mut self) -> Option<Option<String>> {
        match self.n()? {
            0 => Some(None),
            len => self.bytes(len - 1).map(Some),
        }
    }

    fn chunks(&mut self) -> Option<Vec<Chunk>> {
        let mut chunks = Vec::new();
        for _ in 0..self.n()? {
            chunks.push(Chunk {
                first: self.n()?,
                file: self.string()?,
            });
        }
        Some(chunks)
    }

    fn three(&mut self) -> Option<[u32; 3]> {
        Some([self.n()?, self.n()?, self.n()?])
    }

    fn head(&mut self) -> Option<BootHead> {
        let collection = self.string()?;
        let articles = self.n()?;
        let kinds = self.three()?;
        let pages = self.three()?;
        let files = Directory {
            search_root: self.string()?,
            shard_folder: self.string()?,
            shards: self.n()?,
            entity_chunks: self.chunks()?,
            facet_chunks: self.chunks()?,
            id_buckets: self.n()?,
            dates: self.string()?,
            cards: self.string()?,
        };
        let mut inline = Vec::new();
        for _ in 0..self.n()? {
            let tag = self.n()?;
            let key = match tag {
                0 => FileKey::SearchRoot,
                7 => FileKey::Dates,
                9 => FileKey::Cards,
                _ => {
                    let k = self.n()?;
                    match tag {
                        1 => FileKey::Shard(k),
                        2 => FileKey::Entities(k),
                        3 => FileKey::Facets(k),
                        4 => FileKey::Article(k),
                        5 => FileKey::Ids(k),
                        6 => FileKey::EntityPage(k),
                        8 => FileKey::Extras(k),
                        10 => FileKey::Card(k),
                        _ => return None,
                    }
                }
            };
            let len = self.n()? as usize;
            inline.push((key, self.take(len)?.to_vec()));
        }
        Some(BootHead {
            collection,
            articles,
            kinds,
            pages,
            files,
            inline,
        })
    }

    fn card(&mut self) -> Option<CardText> {
        let n = self.n()?;
        let id = self.string()?;
        let title = self.string()?;
        let source = self.opt()?;
        let date = self.opt()?;
        let author = self.opt()?;
        let title_sentence = match self.0.next()? {
            0 => None,
            t => Some(u32::try_from(t - 1).ok()?),
        };
        let word_count = self.n()?;
        let reading_minutes = self.n()?;
        let mut blocks = Vec::new();
        for _ in 0..self.n()? {
            let kind = match self.n()? {
                0 => BlockKind::Paragraph,
                1 => BlockKind::Subheading,
                2 => BlockKind::Aside,
                _ => return None,
            };
            blocks.push(Block {
                kind,
                text: self.string()?,
            });
        }
        let mut chips = Vec::new();
        for _ in 0..self.n()? {
            let id = self.n()?;
            let kind = *EntityKind::ALL.get(self.n()? as usize)?;
            chips.push(EntityRef {
                id,
                name: self.string()?,
                kind,
                slug: self.string()?,
            });
        }
        let article = Article {
            id,
            path: String::new(),
            title,
            source,
            date,
            url: None,
            author,
            credits: Vec::new(),
            title_sentence,
            blocks,
            word_count,
            reading_minutes,
        };
        Some(CardText { n, article, chips })
    }
}

impl CardFile {
    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put_varint(&mut out, self.cards.len() as u64);
        for card in &self.cards {
            let a = &card.article;
            put_varint(&mut out, u64::from(card.n));
            put_str(&mut out, &a.id);
            put_str(&mut out, &a.title);
            for field in [&a.source, &a.date, &a.author] {
                put_opt(&mut out, field.as_deref());
            }
            put_varint(&mut out, a.title_sentence.map_or(0, |t| u64::from(t) + 1));
            put_varint(&mut out, u64::from(a.word_count));
            put_varint(&mut out, u64::from(a.reading_minutes));
            put_varint(&mut out, a.blocks.len() as u64);
            for block in &a.blocks {
                let kind = match block.kind {
                    BlockKind::Paragraph => 0,
                    BlockKind::Subheading => 1,
                    BlockKind::Aside => 2,
                };
                out.push(kind);
                put_str(&mut out, &block.text);
            }
            put_varint(&mut out, card.chips.len() as u64);
            for chip in &card.chips {
                put_varint(&mut out, u64::from(chip.id));
                put_varint(&mut out, chip.kind.index() as u64);
                put_str(&mut out, &chip.name);
                put_str(&mut out, &chip.slug);
            }
        }
        codec::encode_raw(Kind::Cards, &out)
    }

    /// Reads a card file, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        let mut r = HandReader(Reader::new(codec::open(Kind::Cards, bytes)?, 0));
        let read = |r: &mut HandReader| -> Option<CardFile> {
            let count = r.n()?;
            let mut cards = Vec::new();
            for _ in 0..count {
                cards.push(r.card()?);
            }
            r.0.is_empty().then_some(CardFile { cards })
        };
        read(&mut r).ok_or_else(|| codec::corrupt(Kind::Cards, "cut short or damaged".into()))
    }
}

/// An entity in an entity chunk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityInfo {
    /// The entity's name.
    pub name: String,
    /// As in [`EntityRef::slug`]: empty in the file when it is [`base_slug`].
    pub slug: String,
    /// Other names it goes by (surname, acronym, spelling variant).
    pub aliases: Vec<String>,
    /// Number of articles that name it.
    pub articles: u32,
    /// Its articles with their mention counts: per article, the article number's difference
    /// from the previous one and the count, as varints.
    pub postings: Vec<u8>,
}

impl EntityInfo {
    /// `(article, mentions)` for each article that names it, in article order. A damaged list
    /// ends early.
    pub fn postings(&self) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut r = Reader::new(&self.postings, 0);
        let mut article: u32 = 0;
        while !r.is_empty() {
            let (Some(delta), Some(count)) = (r.next_u32(), r.next_u32()) else {
                break;
            };
            article = article.saturating_add(delta);
            out.push((article, count));
        }
        out
    }
}

/// Entities `first..first + entities.len()`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityChunk {
    /// The number of the first entity in the chunk.
    pub first: u32,
    /// The chunk's entities, in number order.
    pub entities: Vec<EntityInfo>,
}

impl EntityChunk {
    /// The entity numbered `id`, when this chunk holds it.
    pub fn get(&self, id: u32) -> Option<&EntityInfo> {
        let i = id.checked_sub(self.first)?;
        self.entities.get(i as usize)
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::Entities, self)
    }

    /// Reads an entity chunk, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::Entities, bytes)
    }
}

/// The entities named by articles `first..first + count`, for counting the sidebar's entities
/// over any set of results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetChunk {
    /// The number of the first article it covers.
    pub first: u32,
    /// How many articles it covers.
    pub count: u32,
    /// Per article: the number of entities, then their ids ascending, the first as is and
    /// the others as differences from the previous one (varints).
    pub data: Vec<u8>,
}

impl FacetChunk {
    /// Per article of the chunk, the ids of the entities it names. Damaged data gives
    /// [`BundleError::Corrupt`].
    pub fn decode(&self) -> Result<Vec<Vec<u32>>, BundleError> {
        let corrupt = || BundleError::Corrupt {
            what: "facet chunk",
            detail: "entity list cut short".to_string(),
        };
        let mut r = Reader::new(&self.data, 0);
        let mut out = Vec::with_capacity(self.count.min(1 << 16) as usize);
        for _ in 0..self.count {
            let n = r.next_u32().ok_or_else(corrupt)?;
            let mut ids = Vec::with_capacity(n.min(1 << 12) as usize);
            let mut id: u32 = 0;
            for i in 0..n {
                let v = r.next_u32().ok_or_else(corrupt)?;
                id = if i == 0 { v } else { id.saturating_add(v) };
                ids.push(id);
            }
            out.push(ids);
        }
        if !r.is_empty() {
            return Err(corrupt());
        }
        Ok(out)
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::Facets, self)
    }

    /// Reads a facet chunk, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::Facets, bytes)
    }
}

/// Article ids to numbers, for one bucket of ids, sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdBucket {
    /// `(id, article number)` pairs, sorted by id.
    pub ids: Vec<(String, u32)>,
}

/// The articles that have a date, by date: the file behind sorting the list by date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateOrder {
    /// Article numbers, oldest first; articles of the same day in collection order. An
    /// article without a date (or whose date has no day, month and year) is not listed.
    pub articles: Vec<u32>,
}

impl DateOrder {
    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::Dates, self)
    }

    /// Reads the file's bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::Dates, bytes)
    }
}

impl IdBucket {
    /// The number of the article with `id`, when this bucket holds it.
    pub fn get(&self, id: &str) -> Option<u32> {
        self.ids
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .and_then(|i| self.ids.get(i))
            .map(|&(_, n)| n)
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::Ids, self)
    }

    /// Reads an id bucket, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::Ids, bytes)
    }
}

/// An article as an entity page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    /// The article's number.
    pub n: u32,
    /// The article's id, as in its URL.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Outlet or news agency, when known.
    pub source: Option<String>,
    /// Publication date as written, when known.
    pub date: Option<String>,
    /// How many times the article names the entity.
    pub mentions: u32,
    /// Its first mention with the words around it.
    pub context: Option<Context>,
}

/// The articles an entity page lists at most (the most mentions first; the explorer's list
/// filtered by the entity has them all).
pub const PAGE_LIST: usize = 50;

/// Quotations an entity page holds at most.
pub const PAGE_QUOTES: usize = 30;
/// Articles listed at most for each quotation on an entity page.
pub const QUOTE_ARTICLES: usize = 10;

/// An article that carries a quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteSource {
    /// The article's number.
    pub n: u32,
    /// The article's id (its URL key).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its outlet, when known.
    pub source: Option<String>,
}

/// A quotation on its speaker's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpokenQuote {
    /// The longest wording.
    pub text: String,
    /// Number of articles that carry it.
    pub articles: u32,
    /// The first [`QUOTE_ARTICLES`] of them.
    pub sources: Vec<QuoteSource>,
}

/// An entity named in the same articles as another one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Together {
    /// The other entity.
    pub entity: EntityRef,
    /// Number of articles naming both.
    pub shared: u32,
    /// How many times more often than chance (see `corpus::relations::MentionedWith`).
    pub lift: f32,
}

/// The page of one entity: who or what it is, the articles that name it most with the
/// mention in context, its quotations, and the entities named with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityPage {
    /// The entity.
    pub entity: EntityRef,
    /// Other names it goes by.
    pub aliases: Vec<String>,
    /// Number of articles that name it.
    pub articles: u32,
    /// The articles that name it most, most mentions first, then in collection order (at most
    /// [`PAGE_LIST`]).
    pub list: Vec<Listed>,
    /// Number of quotations it is the speaker of.
    pub quote_count: u32,
    /// The first [`PAGE_QUOTES`] of them, carried by the most articles first.
    pub quotes: Vec<SpokenQuote>,
    /// The entities named with it more often than chance, the strongest association first
    /// (`corpus::relations::mentioned_with`).
    pub mentioned: Vec<Together>,
}

impl EntityPage {
    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::EntityPage, self)
    }

    /// Reads an entity page file, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::EntityPage, bytes)
    }
}

/// A quotation in an article, with its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteMark {
    /// The block the quoted words start in (they run from byte `start` of block `block` to
    /// byte `end` of block `end_block`, as in [`crate::QuoteAt`]).
    pub block: u32,
    /// Where they start in `block`.
    pub start: u32,
    /// The block they end in.
    pub end_block: u32,
    /// Where they end in `end_block`.
    pub end: u32,
    /// Who said it: the speaker this article names for it, or else the one the articles
    /// carrying it name.
    pub speaker: Option<EntityRef>,
    /// Whether this article names the speaker (here or where it carries the quotation again);
    /// else the speaker comes from other articles, or is unknown.
    pub named_here: bool,
}

/// An article related to another one, with what they share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelatedArticle {
    /// The article's number.
    pub n: u32,
    /// The article's id (its URL key).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its outlet, when known.
    pub source: Option<String>,
    /// Its date as written, when known.
    pub date: Option<String>,
    /// Entities both name.
    pub entities: Vec<EntityRef>,
    /// Quotations both carry: their opening words.
    pub quotes: Vec<String>,
    /// Rare words both use.
    pub words: Vec<String>,
}

/// What the reader shows besides the article: where its quotations are and who said them,
/// and the articles that share the most with it (`corpus::relations::related_articles`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleExtras {
    /// The article's number.
    pub n: u32,
    /// In reading order.
    pub quotes: Vec<QuoteMark>,
    /// The most related first.
    pub related: Vec<RelatedArticle>,
}

impl ArticleExtras {
    /// The file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(Kind::Extras, self)
    }

    /// Reads an extras file, or says why not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        codec::decode(Kind::Extras, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boot() -> Boot {
        let chip = EntityRef {
            id: 0,
            name: "Oslo".into(),
            kind: EntityKind::Place,
            slug: String::new(),
        };
        Boot {
            head: BootHead {
                collection: "c1".into(),
                articles: 2,
                kinds: [0, 0, 1],
                pages: [0, 0, 1],
                files: Directory {
                    search_root: "search-1.bin".into(),
                    shard_folder: "s-1".into(),
                    shards: 3,
                    entity_chunks: vec![Chunk {
                        first: 0,
                        file: "entities-1.bin".into(),
                    }],
                    ..Directory::default()
                },
                inline: Vec::new(),
            },
            cards: vec![Card {
                n: 0,
                id: "a".into(),
                title: "Oslo votes".into(),
                source: None,
                date: None,
                author: None,
                reading_minutes: 1,
                lede: "People in Oslo voted.".into(),
                chips: vec![chip.clone()],
                entity_count: 1,
            }],
            top: [
                Vec::new(),
                Vec::new(),
                vec![TopEntity {
                    entity: chip,
                    articles: 2,
                }],
            ],
        }
    }

    #[test]
    fn the_head_of_a_boot_file_reads_alone() {
        let mut boot = boot();
        boot.files.cards = "cards-1.bin".into();
        boot.files.facet_chunks.push(Chunk {
            first: 2,
            file: "facets-1.bin".into(),
        });
        let keys = [
            FileKey::SearchRoot,
            FileKey::Shard(300),
            FileKey::Entities(1),
            FileKey::Facets(2),
            FileKey::Article(3),
            FileKey::Ids(4),
            FileKey::EntityPage(5),
            FileKey::Extras(6),
            FileKey::Dates,
            FileKey::Card(7),
            FileKey::Cards,
        ];
        for (i, key) in keys.into_iter().enumerate() {
            boot.inline.push((key, vec![i as u8; i]));
        }
        let bytes = boot.to_bytes();
        assert_eq!(Boot::from_bytes(&bytes), Ok(boot.clone()));
        assert_eq!(BootHead::from_bytes(&bytes), Ok(boot.head));
        // Cut inside the head (after the envelope and the collection's name): an error.
        assert!(matches!(
            BootHead::from_bytes(&bytes[..12]),
            Err(BundleError::Corrupt { .. })
        ));
    }

    #[test]
    fn a_card_file_keeps_what_a_card_reads_and_round_trips() {
        let mut article = Article::new(
            "oslo/1",
            "Oslo votes",
            vec![
                Block::paragraph("People in Oslo voted. Turnout was high."),
                Block {
                    kind: BlockKind::Aside,
                    text: "Photo: the town hall".into(),
                },
                Block {
                    kind: BlockKind::Subheading,
                    text: "Results – «late»".into(),
                },
            ],
        );
        article.source = Some("Oslo Times".into());
        article.author = Some(String::new());
        article.url = Some("https://example.org/oslo".into());
        article.credits = vec!["By Kari Nordmann".into()];
        article.title_sentence = Some(20);
        let chip = boot().cards[0].chips[0].clone();
        let many = (0..6).map(|id| EntityRef { id, ..chip.clone() });
        let file = ArticleFile {
            n: 7,
            article,
            entities: many
                .map(|entity| NamedEntity {
                    entity,
                    mentions: vec![Mention {
                        block: 0,
                        start: 10,
                        end: 14,
                    }],
                })
                .collect(),
        };
        let card = CardText::of(&file);
        assert_eq!(card.n, 7);
        assert_eq!(card.chips.len(), CHIPS);
        let a = &card.article;
        assert_eq!((a.path.as_str(), &a.url, a.credits.len()), ("", &None, 0));
        assert_eq!(a.blocks[1].text, "", "an aside's text is left out");
        assert_eq!(a.blocks[1].kind, BlockKind::Aside);
        assert_eq!(a.blocks[2], file.article.blocks[2]);
        assert_eq!(a.lede(), file.article.lede());
        let other = CardText {
            n: 8,
            article: Article {
                path: String::new(),
                ..Article::new("b", "B", Vec::new())
            },
            chips: Vec::new(),
        };
        let cards = CardFile {
            cards: vec![card, other],
        };
        let bytes = cards.to_bytes();
        assert_eq!(CardFile::from_bytes(&bytes), Ok(cards.clone()));
        for cut in [bytes.len() - 1, bytes.len() / 2, 7] {
            assert!(
                matches!(
                    CardFile::from_bytes(&bytes[..cut]),
                    Err(BundleError::Corrupt { .. } | BundleError::NotBundle)
                ),
                "cut at {cut}"
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(CardFile::from_bytes(&longer).is_err());
        assert_eq!(
            CardFile::from_bytes(&file.to_bytes()),
            Err(BundleError::WrongKind { expected: "card" })
        );
    }

    #[test]
    fn each_hash_covers_its_part_of_the_boot_file() {
        let hashes = |b: &Boot| (b.view_hash(), b.cards_hash(), b.shape_hash());
        let (view, cards, shape) = hashes(&boot());
        let changed = |edit: fn(&mut Boot)| {
            let mut b = boot();
            edit(&mut b);
            let (v, c, s) = hashes(&b);
            (v != view, c != cards, s != shape)
        };
        // Where the files are: none.
        assert_eq!(
            changed(|b| {
                b.collection = "c2".into();
                b.files.search_root = "search-2.bin".into();
                b.files.shard_folder = "s-2".into();
                b.files.entity_chunks[0].file = "entities-2.bin".into();
            }),
            (false, false, false)
        );
        // What a card shows: the cards only.
        assert_eq!(
            changed(|b| b.cards[0].title = "Oslo votes again".into()),
            (false, true, false)
        );
        // A card's id: how an article is found.
        assert_eq!(changed(|b| b.cards[0].id = "b".into()), (false, true, true));
        // The sidebar's counts: what the views show, not how files are found.
        assert_eq!(changed(|b| b.top[2][0].articles = 3), (true, false, false));
        // A file carried inside: none (a page that reads it depends on its bytes).
        assert_eq!(
            changed(|b| b.inline.push((FileKey::SearchRoot, vec![1, 2, 3]))),
            (false, false, false)
        );
        // How the files are cut, which entities have pages.
        assert_eq!(changed(|b| b.files.shards = 4), (false, false, true));
        assert_eq!(changed(|b| b.pages = [0, 0, 0]), (true, false, true));
    }
}
