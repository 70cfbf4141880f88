//! Turning an analysed collection into the bundle's files (build time only).
//!
//! [`write`](fn@write) numbers the entities by kind, builds the search index, and cuts everything into
//! the files described in `docs/corpus-format.md`: the boot file, search files, entity and
//! facet chunks (content-hashed names), and per-article files and id buckets in a folder named
//! by the hash of all of them. The search root goes inside the boot file ([`Inline`]).

use std::collections::{HashMap, HashSet};

use super::codec::content_hash;
use super::context::{excerpt, first_context};
use super::format::{
    base_slug, id_bucket, ArticleExtras, ArticleFile, Boot, BootHead, CardFile, CardText, Chunk,
    DateOrder, Directory, EntityChunk, EntityInfo, EntityPage, EntityRef, FacetChunk, FileKey,
    IdBucket, Listed, NamedEntity, QuoteMark, QuoteSource, RelatedArticle, SpokenQuote, Together,
    TopEntity, PAGE_LIST, PAGE_QUOTES, QUOTE_ARTICLES,
};
use crate::article::{Corpus, Entity, EntityKind};
use crate::fnv::fnv64;
use crate::relations::{mentioned_with, related_articles};
use crate::search::{IndexFiles, SearchIndex};
use crate::varint::put_varint;

/// How the files are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Cards in the boot file (the first view's list).
    pub cards: usize,
    /// Entities per kind in the boot file (the first view's sidebar).
    pub top: usize,
    /// An entity chunk is closed once it holds about this many bytes.
    pub entity_chunk_bytes: usize,
    /// Likewise for facet chunks.
    pub facet_chunk_bytes: usize,
    /// Article ids per id bucket, on average.
    pub ids_per_bucket: usize,
    /// When the files that [`Options::inline`] names are together at most this big, they go
    /// inside the boot file.
    pub inline_limit: usize,
    /// Which files the boot file carries.
    pub inline: Inline,
    /// When every article's card ([`super::format::CardText`]) together is at most this many
    /// bytes, they also go into one file ([`FileKey::Cards`]), which a query that shows most
    /// of the collection reads instead of one card file per article.
    pub cards_file_limit: usize,
    /// An entity gets a page when at least this many articles name it...
    pub page_min_articles: usize,
    /// ...and it is among the first this many of its kind.
    pub pages_per_kind: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            cards: 30,
            top: 8,
            entity_chunk_bytes: 24 * 1024,
            facet_chunk_bytes: 16 * 1024,
            ids_per_bucket: 256,
            inline_limit: 256 * 1024,
            inline: Inline::SearchRoot,
            cards_file_limit: 64 * 1024,
            page_min_articles: 1,
            pages_per_kind: 500,
        }
    }
}

/// Which files go inside the boot file (when they are at most [`Options::inline_limit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inline {
    /// The search root: what every query reads first. The shards, the articles of the hits,
    /// the reader's and entity pages' files and the chunks come apart, fetched when a query or
    /// a view needs them (on the seeds, a query reads 2 or 3 of the 35 shards, 2.0 to 2.9 KB
    /// gzipped, against 14.2 KB for all of them).
    SearchRoot,
    /// Every file: the boot file is then the whole collection (the single-file build). The
    /// quick search's card files are not written: the single file's list is the app's from
    /// the start.
    All,
}

impl Inline {
    fn takes(self, key: FileKey) -> bool {
        match self {
            Inline::All => true,
            Inline::SearchRoot => key == FileKey::SearchRoot,
        }
    }
}

/// What a file is, for size reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileKind {
    /// The boot file.
    Boot,
    /// The search index's root.
    SearchRoot,
    /// A search shard.
    SearchShard,
    /// A chunk of entities.
    EntityChunk,
    /// A chunk of per-article entities.
    FacetChunk,
    /// One article.
    Article,
    /// A bucket of article ids.
    IdBucket,
    /// One entity's page.
    EntityPage,
    /// One article's quotations and related articles.
    Extras,
    /// The articles in date order.
    DateOrder,
    /// What result cards need of one article, or of all of them.
    Card,
}

impl FileKind {
    /// The kind's name in size reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Boot => "boot",
            Self::SearchRoot => "search root",
            Self::SearchShard => "search shard",
            Self::EntityChunk => "entity chunk",
            Self::FacetChunk => "facet chunk",
            Self::Article => "article",
            Self::IdBucket => "id bucket",
            Self::EntityPage => "entity page",
            Self::Extras => "article extras",
            Self::DateOrder => "date order",
            Self::Card => "card",
        }
    }
}

/// One file to write under the data folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    /// Path relative to the data folder, `/`-separated.
    pub path: String,
    /// What it holds; `None` for the boot file.
    pub key: Option<FileKey>,
    /// What sort of file it is.
    pub kind: FileKind,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// The bundle of one collection.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The boot file's contents, decoded.
    pub boot: Boot,
    /// The boot file's path relative to the data folder.
    pub boot_path: String,
    /// The path of a copy of the boot file's head alone (`boot-head-<hash>.bin`, a boot file
    /// without the first view's cards and entities), which the quick search reads: on the
    /// seeds 0.3 KB gzipped against 1.4 KB for the boot file. Empty for the single file.
    pub head_path: String,
    /// Every file, the boot file included.
    pub files: Vec<OutFile>,
    /// The collection with its entities in bundle order (see [`order_entities`]).
    pub corpus: Corpus,
    /// The entities that have a page, with their slugs.
    pub entity_pages: Vec<EntityRef>,
    /// Where each file is in `files`, by path.
    by_path: HashMap<String, usize>,
}

impl Bundle {
    /// The bytes of the file at `path`.
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        let at = *self.by_path.get(path)?;
        self.files.get(at).map(|f| f.bytes.as_slice())
    }
}

/// Puts the entities in bundle order: people, organisations, places; inside each, named in
/// the most articles first, then the most mentions, then by name. Quotations' speakers follow
/// their entities.
pub fn order_entities(corpus: &mut Corpus) {
    let entities = &corpus.entities;
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&entities[x], &entities[y]);
        a.kind
            .index()
            .cmp(&b.kind.index())
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(b.mention_count().cmp(&a.mention_count()))
            .then_with(|| a.name.cmp(&b.name))
    });
    let mut new_id = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = u32_of(new);
    }
    let mut old: Vec<Option<Entity>> = std::mem::take(&mut corpus.entities)
        .into_iter()
        .map(Some)
        .collect();
    corpus.entities = order
        .iter()
        .filter_map(|&i| old.get_mut(i).and_then(Option::take))
        .collect();
    let renumber = |s: &mut Option<u32>| {
        *s = s.and_then(|id| new_id.get(id as usize).copied());
    };
    for quote in &mut corpus.quotes {
        renumber(&mut quote.speaker);
        for at in &mut quote.occurrences {
            renumber(&mut at.speaker);
        }
    }
}

/// The URL keys of the entities (in bundle order): [`base_slug`]; a key already taken gets
/// the kind added, then a number.
pub fn slugs(entities: &[Entity]) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    let mut out = Vec::with_capacity(entities.len());
    for (id, e) in entities.iter().enumerate() {
        let base = base_slug(&e.name, u32_of(id));
        let mut slug = base.clone();
        if taken.contains(&slug) {
            slug = format!("{base}-{}", e.kind.as_str());
            let mut n = 2;
            while taken.contains(&slug) {
                slug = format!("{base}-{}-{n}", e.kind.as_str());
                n += 1;
            }
        }
        taken.insert(slug.clone());
        out.push(slug);
    }
    out
}

/// The slug as files store it: empty when it is the base slug.
fn stored_slug(slug: &str, name: &str, id: usize) -> String {
    if slug == base_slug(name, u32_of(id)) {
        String::new()
    } else {
        slug.to_string()
    }
}

/// `(article, mentions)` for each of the first `n_articles` articles that name `e`, by
/// article.
fn mention_counts(e: &Entity, n_articles: usize) -> Vec<(u32, u32)> {
    let mut docs: Vec<(u32, u32)> = e
        .articles
        .iter()
        .filter(|s| (s.article as usize) < n_articles)
        .map(|s| (s.article, u32_of(s.mentions.len())))
        .collect();
    docs.sort_unstable();
    docs.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 = a.1.saturating_add(b.1);
        }
        same
    });
    docs
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Cuts `sizes` (one per item) into runs of about `target` bytes, closing a run early at each
/// number in `breaks`; gives each run's first item.
fn runs(sizes: &[usize], target: usize, breaks: &[usize]) -> Vec<usize> {
    let mut firsts = Vec::new();
    let mut filled = 0;
    for (i, &size) in sizes.iter().enumerate() {
        if firsts.is_empty() || breaks.contains(&i) || (filled > 0 && filled + size > target) {
            firsts.push(i);
            filled = 0;
        }
        filled += size;
    }
    firsts
}

/// The articles whose date has a day, month and year, oldest first (same day: collection
/// order).
fn date_order(corpus: &Corpus) -> DateOrder {
    let mut dated: Vec<(u32, u32)> = corpus
        .articles
        .iter()
        .enumerate()
        .filter_map(|(n, a)| Some((crate::read::date_key(a.date.as_deref()?)?, u32_of(n))))
        .collect();
    dated.sort_unstable();
    DateOrder {
        articles: dated.into_iter().map(|(_, n)| n).collect(),
    }
}

/// Analysed collection in, files out. The search index is built on a thread of its own
/// meanwhile.
pub fn write(mut corpus: Corpus, options: &Options) -> Bundle {
    order_entities(&mut corpus);
    let (boot, (boot_path, head_path), files, entity_pages) = std::thread::scope(|scope| {
        let search = scope.spawn(|| SearchIndex::build(&corpus).to_files());
        lay_out(&corpus, options, search)
    });
    let by_path = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.clone(), i))
        .collect();
    Bundle {
        boot,
        boot_path,
        head_path,
        files,
        corpus,
        entity_pages,
        by_path,
    }
}

/// The boot file, its path and its head's, every other file and the entities with a page, for [`write()`]:
/// `search` is the search index's files, being built.
fn lay_out(
    corpus: &Corpus,
    options: &Options,
    search: std::thread::ScopedJoinHandle<'_, IndexFiles>,
) -> (Boot, (String, String), Vec<OutFile>, Vec<EntityRef>) {
    let slugs = slugs(&corpus.entities);
    let n_articles = corpus.articles.len();

    let mut kinds = [0u32; 3];
    for e in &corpus.entities {
        let slot = &mut kinds[e.kind.index()];
        *slot = slot.saturating_add(1);
    }
    let entity_ref = |id: usize| -> Option<EntityRef> {
        let e = corpus.entities.get(id)?;
        Some(EntityRef {
            id: u32_of(id),
            name: e.name.clone(),
            kind: e.kind,
            slug: stored_slug(slugs.get(id).map_or("", String::as_str), &e.name, id),
        })
    };

    // Per article: (entity, mentions), most named first.
    let mut named: Vec<Vec<(usize, Vec<crate::Mention>)>> = vec![Vec::new(); n_articles];
    for (id, e) in corpus.entities.iter().enumerate() {
        for set in &e.articles {
            if let Some(list) = named.get_mut(set.article as usize) {
                match list.iter_mut().find(|(other, _)| *other == id) {
                    Some((_, mentions)) => mentions.extend(set.mentions.iter().copied()),
                    None => list.push((id, set.mentions.clone())),
                }
            }
        }
    }
    for list in &mut named {
        list.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        for (_, mentions) in list.iter_mut() {
            mentions.sort_unstable();
        }
    }

    let article_files: Vec<ArticleFile> = corpus
        .articles
        .iter()
        .zip(&named)
        .enumerate()
        .map(|(n, (article, list))| ArticleFile {
            n: u32_of(n),
            article: article.clone(),
            entities: list
                .iter()
                .filter_map(|(id, mentions)| {
                    Some(NamedEntity {
                        entity: entity_ref(*id)?,
                        mentions: mentions.clone(),
                    })
                })
                .collect(),
        })
        .collect();

    // Entity chunks.
    let infos: Vec<EntityInfo> = corpus
        .entities
        .iter()
        .zip(&slugs)
        .enumerate()
        .map(|(id, (e, slug))| {
            let docs = mention_counts(e, n_articles);
            let mut postings = Vec::new();
            let mut prev = 0;
            for (article, count) in &docs {
                put_varint(&mut postings, u64::from(article - prev));
                put_varint(&mut postings, u64::from(*count));
                prev = *article;
            }
            EntityInfo {
                name: e.name.clone(),
                slug: stored_slug(slug, &e.name, id),
                aliases: e.aliases.clone(),
                articles: u32_of(docs.len()),
                postings,
            }
        })
        .collect();
    // Entity pages: the first entities of each kind named in enough articles.
    let kind_start = |k: usize| kinds.iter().take(k).map(|&c| c as usize).sum::<usize>();
    let pages: [u32; 3] = std::array::from_fn(|k| {
        let start = kind_start(k);
        let with_page = infos
            .get(start..start + kinds[k] as usize)
            .unwrap_or_default()
            .iter()
            .take(options.pages_per_kind)
            .take_while(|i| i.articles as usize >= options.page_min_articles)
            .count();
        u32_of(with_page)
    });
    let extras = article_extras(corpus, &entity_ref);
    let entity_pages: Vec<EntityPage> = entity_pages(corpus, &infos, &named, &entity_ref, |id| {
        super::format::has_page(kinds, pages, id)
    });
    let sizes: Vec<usize> = infos
        .iter()
        .map(|i| {
            i.name.len()
                + i.slug.len()
                + i.aliases.iter().map(|a| a.len() + 1).sum::<usize>()
                + i.postings.len()
                + 8
        })
        .collect();
    let kind_breaks = [kinds[0] as usize, (kinds[0] + kinds[1]) as usize];
    let entity_firsts = runs(&sizes, options.entity_chunk_bytes, &kind_breaks);
    let entity_chunks: Vec<EntityChunk> = entity_firsts
        .iter()
        .enumerate()
        .map(|(k, &first)| {
            let end = entity_firsts.get(k + 1).copied().unwrap_or(infos.len());
            EntityChunk {
                first: u32_of(first),
                entities: infos.get(first..end).unwrap_or_default().to_vec(),
            }
        })
        .collect();

    // Facet chunks.
    let facet_lists: Vec<Vec<u8>> = named
        .iter()
        .map(|list| {
            let mut ids: Vec<usize> = list.iter().map(|(id, _)| *id).collect();
            ids.sort_unstable();
            let mut out = Vec::new();
            put_varint(&mut out, ids.len() as u64);
            let mut prev = 0;
            for (i, id) in ids.iter().enumerate() {
                put_varint(&mut out, (if i == 0 { *id } else { id - prev }) as u64);
                prev = *id;
            }
            out
        })
        .collect();
    let facet_sizes: Vec<usize> = facet_lists.iter().map(Vec::len).collect();
    let facet_firsts = runs(&facet_sizes, options.facet_chunk_bytes, &[]);
    let facet_chunks: Vec<FacetChunk> = facet_firsts
        .iter()
        .enumerate()
        .map(|(k, &first)| {
            let end = facet_firsts.get(k + 1).copied().unwrap_or(n_articles);
            FacetChunk {
                first: u32_of(first),
                count: u32_of(end - first),
                data: facet_lists
                    .get(first..end)
                    .unwrap_or_default()
                    .iter()
                    .flatten()
                    .copied()
                    .collect(),
            }
        })
        .collect();

    // Id buckets.
    let buckets = u32_of(n_articles.div_ceil(options.ids_per_bucket.max(1)).max(1));
    let mut id_buckets = vec![IdBucket::default(); buckets as usize];
    for (n, a) in corpus.articles.iter().enumerate() {
        if let Some(b) = id_buckets.get_mut(id_bucket(&a.id, buckets) as usize) {
            b.ids.push((a.id.clone(), u32_of(n)));
        }
    }
    for b in &mut id_buckets {
        b.ids.sort();
    }

    // Shared files, by content.
    let search = search
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let mut shared: Vec<(FileKey, FileKind, &str, Vec<u8>)> = Vec::new();
    shared.push((
        FileKey::SearchRoot,
        FileKind::SearchRoot,
        "search",
        search.root,
    ));
    for (k, chunk) in entity_chunks.iter().enumerate() {
        shared.push((
            FileKey::Entities(u32_of(k)),
            FileKind::EntityChunk,
            "entities",
            chunk.to_bytes(),
        ));
    }
    for (k, chunk) in facet_chunks.iter().enumerate() {
        shared.push((
            FileKey::Facets(u32_of(k)),
            FileKind::FacetChunk,
            "facets",
            chunk.to_bytes(),
        ));
    }
    let dates = date_order(corpus);
    if !dates.articles.is_empty() {
        shared.push((
            FileKey::Dates,
            FileKind::DateOrder,
            "dates",
            dates.to_bytes(),
        ));
    }
    let cards: Vec<CardText> = match options.inline {
        Inline::SearchRoot => article_files.iter().map(CardText::of).collect(),
        Inline::All => Vec::new(),
    };
    let all_cards = CardFile {
        cards: cards.clone(),
    }
    .to_bytes();
    if !cards.is_empty() && all_cards.len() <= options.cards_file_limit {
        shared.push((FileKey::Cards, FileKind::Card, "cards", all_cards));
    }
    let named_path = |stem: &str, bytes: &[u8]| format!("{stem}-{}.bin", content_hash(bytes));

    // Per-item files, in a folder named by all of them.
    let mut items: Vec<(FileKey, FileKind, Vec<u8>)> = Vec::new();
    for (n, file) in article_files.iter().enumerate() {
        items.push((
            FileKey::Article(u32_of(n)),
            FileKind::Article,
            file.to_bytes(),
        ));
    }
    for card in cards {
        let n = card.n;
        let file = CardFile { cards: vec![card] };
        items.push((FileKey::Card(n), FileKind::Card, file.to_bytes()));
    }
    for (b, bucket) in id_buckets.iter().enumerate() {
        items.push((
            FileKey::Ids(u32_of(b)),
            FileKind::IdBucket,
            bucket.to_bytes(),
        ));
    }
    for page in &entity_pages {
        items.push((
            FileKey::EntityPage(page.entity.id),
            FileKind::EntityPage,
            page.to_bytes(),
        ));
    }
    for file in &extras {
        items.push((FileKey::Extras(file.n), FileKind::Extras, file.to_bytes()));
    }
    let folder_of = |files: &[(FileKey, FileKind, Vec<u8>)]| {
        let mut hashes = Vec::with_capacity(files.len() * 8);
        for (_, _, bytes) in files {
            hashes.extend_from_slice(&fnv64(bytes).to_le_bytes());
        }
        content_hash(&hashes)
    };
    let collection = folder_of(&items);
    // The search shards, by number in a folder named by all of them: thousands of names
    // would make the boot file heavy.
    let shards: Vec<(FileKey, FileKind, Vec<u8>)> = search
        .shards
        .into_iter()
        .enumerate()
        .map(|(n, bytes)| (FileKey::Shard(u32_of(n)), FileKind::SearchShard, bytes))
        .collect();

    let files = Directory {
        search_root: String::new(),
        shard_folder: format!("s-{}", folder_of(&shards)),
        shards: u32_of(shards.len()),
        entity_chunks: Vec::new(),
        facet_chunks: Vec::new(),
        id_buckets: buckets,
        dates: String::new(),
        cards: String::new(),
    };
    let mut boot = Boot {
        head: BootHead {
            collection,
            articles: u32_of(n_articles),
            kinds,
            pages,
            files,
            inline: Vec::new(),
        },
        cards: article_files
            .iter()
            .take(options.cards)
            .map(ArticleFile::card)
            .collect(),
        top: EntityKind::ALL.map(|kind| {
            let start = kinds.iter().take(kind.index()).sum::<u32>() as usize;
            let count = kinds[kind.index()] as usize;
            (start..start + count.min(options.top))
                .filter_map(|id| {
                    Some(TopEntity {
                        entity: entity_ref(id)?,
                        articles: infos.get(id)?.articles,
                    })
                })
                .collect()
        }),
    };
    items.extend(shards);
    let takes = |key: FileKey| options.inline.takes(key);
    let total: usize = shared
        .iter()
        .filter(|s| takes(s.0))
        .map(|s| s.3.len())
        .sum::<usize>()
        + items
            .iter()
            .filter(|i| takes(i.0))
            .map(|i| i.2.len())
            .sum::<usize>();
    let inline = |key: FileKey| takes(key) && total <= options.inline_limit;

    let mut out = Vec::new();
    for (key, kind, stem, bytes) in shared {
        let path = named_path(stem, &bytes);
        match key {
            FileKey::SearchRoot => boot.files.search_root = path.clone(),
            FileKey::Entities(k) => boot.files.entity_chunks.push(Chunk {
                first: entity_chunks.get(k as usize).map_or(0, |c| c.first),
                file: path.clone(),
            }),
            FileKey::Facets(k) => boot.files.facet_chunks.push(Chunk {
                first: facet_chunks.get(k as usize).map_or(0, |c| c.first),
                file: path.clone(),
            }),
            FileKey::Dates => boot.files.dates = path.clone(),
            FileKey::Cards => boot.files.cards = path.clone(),
            FileKey::Shard(_)
            | FileKey::Card(_)
            | FileKey::Article(_)
            | FileKey::Ids(_)
            | FileKey::EntityPage(_)
            | FileKey::Extras(_) => {}
        }
        if inline(key) {
            boot.inline.push((key, bytes));
        } else {
            out.push(OutFile {
                path,
                key: Some(key),
                kind,
                bytes,
            });
        }
    }
    for (key, kind, bytes) in items {
        if inline(key) {
            boot.inline.push((key, bytes));
        } else if let Some(path) = boot.path(key) {
            out.push(OutFile {
                path,
                key: Some(key),
                kind,
                bytes,
            });
        }
    }
    let boot_bytes = boot.to_bytes();
    let boot_path = named_path("boot", &boot_bytes);
    let head_path = match options.inline {
        Inline::SearchRoot => {
            let head = Boot {
                head: boot.head.clone(),
                ..Boot::default()
            }
            .to_bytes();
            let path = named_path("boot-head", &head);
            out.insert(
                0,
                OutFile {
                    path: path.clone(),
                    key: None,
                    kind: FileKind::Boot,
                    bytes: head,
                },
            );
            path
        }
        Inline::All => String::new(),
    };
    out.insert(
        0,
        OutFile {
            path: boot_path.clone(),
            key: None,
            kind: FileKind::Boot,
            bytes: boot_bytes,
        },
    );
    let entity_pages = entity_pages
        .iter()
        .map(|p| EntityRef {
            slug: slugs.get(p.entity.id as usize).cloned().unwrap_or_default(),
            ..p.entity.clone()
        })
        .collect();
    (boot, (boot_path, head_path), out, entity_pages)
}

/// Per article, its quotations in reading order with the speaker it names (or the
/// quotation's, said to come from elsewhere), and its related articles with what they share.
fn article_extras(
    corpus: &Corpus,
    entity_ref: &dyn Fn(usize) -> Option<EntityRef>,
) -> Vec<ArticleExtras> {
    let n_articles = corpus.articles.len();
    let mut marks: Vec<Vec<(QuoteMark, usize)>> = vec![Vec::new(); n_articles];
    for (q, quote) in corpus.quotes.iter().enumerate() {
        for at in &quote.occurrences {
            let Some(list) = marks.get_mut(at.article as usize) else {
                continue;
            };
            // The article names the quotation's speaker at another place it carries it
            // (a lede repeated further down with "he said").
            let named_elsewhere_here = || {
                quote.occurrences.iter().any(|o| {
                    o.article == at.article && o.speaker.is_some() && o.speaker == quote.speaker
                })
            };
            let (speaker, named_here) = match (at.speaker, quote.speaker) {
                (Some(s), _) => (Some(s), true),
                (None, Some(s)) => (Some(s), named_elsewhere_here()),
                (None, None) => (None, false),
            };
            list.push((
                QuoteMark {
                    block: at.block,
                    start: at.start,
                    end_block: at.end_block,
                    end: at.end,
                    speaker: speaker.and_then(|s| entity_ref(s as usize)),
                    named_here,
                },
                q,
            ));
        }
    }
    let related = related_articles(corpus);
    marks
        .into_iter()
        .enumerate()
        .map(|(n, mut quotes)| {
            quotes.sort_by_key(|(m, q)| (m.block, m.start, *q));
            let related = related
                .get(n)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .filter_map(|r| {
                    let a = corpus.articles.get(r.article as usize)?;
                    Some(RelatedArticle {
                        n: r.article,
                        id: a.id.clone(),
                        title: a.title.clone(),
                        source: a.source.clone(),
                        date: a.date.clone(),
                        entities: r
                            .entities
                            .iter()
                            .filter_map(|&e| entity_ref(e as usize))
                            .collect(),
                        quotes: r
                            .quotes
                            .iter()
                            .filter_map(|&q| corpus.quotes.get(q as usize))
                            .map(|q| excerpt(&q.text))
                            .collect(),
                        words: r.words.clone(),
                    })
                })
                .collect();
            ArticleExtras {
                n: u32_of(n),
                quotes: quotes.into_iter().map(|(m, _)| m).collect(),
                related,
            }
        })
        .collect()
}

/// The page files of the entities `wanted` says: the articles naming each most with the
/// mention in context, its quotations, and the entities named with it.
fn entity_pages(
    corpus: &Corpus,
    infos: &[EntityInfo],
    named: &[Vec<(usize, Vec<crate::Mention>)>],
    entity_ref: &dyn Fn(usize) -> Option<EntityRef>,
    wanted: impl Fn(u32) -> bool,
) -> Vec<EntityPage> {
    let mut spoken: Vec<Vec<usize>> = vec![Vec::new(); corpus.entities.len()];
    for (q, quote) in corpus.quotes.iter().enumerate() {
        let mut speakers: Vec<u32> = quote
            .speaker
            .into_iter()
            .chain(quote.occurrences.iter().filter_map(|o| o.speaker))
            .collect();
        speakers.sort_unstable();
        speakers.dedup();
        for s in speakers {
            if let Some(list) = spoken.get_mut(s as usize) {
                list.push(q);
            }
        }
    }
    let together = mentioned_with(corpus);
    (0..corpus.entities.len())
        .filter(|&id| wanted(u32_of(id)))
        .filter_map(|id| {
            let e = corpus.entities.get(id)?;
            let info = infos.get(id)?;
            let mut docs = mention_counts(e, corpus.articles.len());
            docs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let list = docs
                .iter()
                .take(PAGE_LIST)
                .filter_map(|&(n, mentions)| {
                    let a = corpus.articles.get(n as usize)?;
                    let here = named
                        .get(n as usize)?
                        .iter()
                        .find(|(other, _)| *other == id)
                        .map(|(_, m)| m.as_slice())
                        .unwrap_or_default();
                    Some(Listed {
                        n,
                        id: a.id.clone(),
                        title: a.title.clone(),
                        source: a.source.clone(),
                        date: a.date.clone(),
                        mentions,
                        context: first_context(a, here),
                    })
                })
                .collect();
            let quotes_of = spoken.get(id).map(Vec::as_slice).unwrap_or_default();
            let quotes = quotes_of
                .iter()
                .take(PAGE_QUOTES)
                .filter_map(|&q| {
                    let quote = corpus.quotes.get(q)?;
                    let articles = quote.articles();
                    Some(SpokenQuote {
                        text: quote.text.clone(),
                        articles: u32_of(articles.len()),
                        sources: articles
                            .iter()
                            .take(QUOTE_ARTICLES)
                            .filter_map(|&n| {
                                let a = corpus.articles.get(n as usize)?;
                                Some(QuoteSource {
                                    n,
                                    id: a.id.clone(),
                                    title: a.title.clone(),
                                    source: a.source.clone(),
                                })
                            })
                            .collect(),
                    })
                })
                .collect();
            let mentioned = together
                .get(id)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .filter_map(|m| {
                    Some(Together {
                        entity: entity_ref(m.entity as usize)?,
                        shared: m.shared,
                        lift: m.lift,
                    })
                })
                .collect();
            Some(EntityPage {
                entity: entity_ref(id)?,
                aliases: e.aliases.clone(),
                articles: info.articles,
                list,
                quote_count: u32_of(quotes_of.len()),
                quotes,
                mentioned,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_close_at_the_target_and_at_breaks() {
        assert_eq!(runs(&[], 10, &[]), Vec::<usize>::new());
        assert_eq!(runs(&[4, 4, 4, 4], 10, &[]), [0, 2]);
        assert_eq!(runs(&[4, 4, 4, 4], 10, &[1]), [0, 1, 3]);
        // An item bigger than the target is a run of its own.
        assert_eq!(runs(&[30, 1, 1], 10, &[]), [0, 1]);
        assert_eq!(runs(&[1, 30, 1], 10, &[]), [0, 1, 2]);
        // A break at 0 adds nothing.
        assert_eq!(runs(&[1, 1], 10, &[0]), [0]);
    }
}
