//! Turning an analysed collection into the bundle's files (build time only).
//!
//! [`write`] numbers the entities by kind, builds the search index, and cuts everything into
//! the files described in `docs/corpus-format.md`: the boot file, search files, entity and
//! facet chunks (content-hashed names), and per-article files and id buckets in a folder named
//! by the hash of all of them. A small collection goes whole into the boot file.

use std::collections::{HashMap, HashSet};

use super::codec::{content_hash, fnv64, put_varint};
use super::format::{
    base_slug, id_bucket, ArticleFile, Boot, Chunk, Directory, EntityChunk, EntityInfo, EntityPage,
    EntityRef, FacetChunk, FileKey, IdBucket, Listed, NamedEntity, TopEntity, PAGE_LIST,
};
use crate::article::{Corpus, Entity, EntityKind};
use crate::search::SearchIndex;

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
    /// When every other file together is at most this big, they all go inside the boot file.
    pub inline_limit: usize,
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
            page_min_articles: 3,
            pages_per_kind: 500,
        }
    }
}

/// What a file is, for size reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileKind {
    Boot,
    SearchRoot,
    SearchShard,
    EntityChunk,
    FacetChunk,
    Article,
    IdBucket,
    EntityPage,
}

impl FileKind {
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
    pub kind: FileKind,
    pub bytes: Vec<u8>,
}

/// The bundle of one collection.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The boot file's contents, decoded.
    pub boot: Boot,
    /// The boot file's path relative to the data folder.
    pub boot_path: String,
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

/// Kind order of entity ids.
fn kind_rank(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
    }
}

/// Puts the entities in bundle order: people, organisations, places; inside each, named in
/// the most articles first, then the most mentions, then by name.
pub fn order_entities(entities: &mut [Entity]) {
    entities.sort_by(|a, b| {
        kind_rank(a.kind)
            .cmp(&kind_rank(b.kind))
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(b.mention_count().cmp(&a.mention_count()))
            .then_with(|| a.name.cmp(&b.name))
    });
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

/// Analysed collection in, files out.
pub fn write(mut corpus: Corpus, options: &Options) -> Bundle {
    order_entities(&mut corpus.entities);
    let search = SearchIndex::build(&corpus).to_files();
    let slugs = slugs(&corpus.entities);
    let n_articles = corpus.articles.len();

    let mut kinds = [0u32; 3];
    for e in &corpus.entities {
        let slot = &mut kinds[usize::from(kind_rank(e.kind))];
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
    let entity_pages: Vec<EntityPage> = (0..corpus.entities.len())
        .filter(|&id| super::format::has_page(kinds, pages, u32_of(id)))
        .filter_map(|id| {
            let e = corpus.entities.get(id)?;
            let mut docs: Vec<(u32, u32)> = e
                .articles
                .iter()
                .filter(|s| (s.article as usize) < n_articles)
                .map(|s| (s.article, u32_of(s.mentions.len())))
                .collect();
            docs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            Some(EntityPage {
                entity: entity_ref(id)?,
                aliases: e.aliases.clone(),
                articles: infos.get(id)?.articles,
                list: docs
                    .iter()
                    .take(PAGE_LIST)
                    .filter_map(|&(n, mentions)| {
                        let a = corpus.articles.get(n as usize)?;
                        Some(Listed {
                            n,
                            id: a.id.clone(),
                            title: a.title.clone(),
                            source: a.source.clone(),
                            date: a.date.clone(),
                            mentions,
                        })
                    })
                    .collect(),
            })
        })
        .collect();
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
    };
    let mut boot = Boot {
        collection,
        articles: u32_of(n_articles),
        kinds,
        pages,
        files,
        cards: article_files
            .iter()
            .take(options.cards)
            .map(ArticleFile::card)
            .collect(),
        top: EntityKind::ALL.map(|kind| {
            let start = match kind {
                EntityKind::Person => 0,
                EntityKind::Organization => kinds[0] as usize,
                EntityKind::Place => (kinds[0] + kinds[1]) as usize,
            };
            let count = kinds[usize::from(kind_rank(kind))] as usize;
            (start..start + count.min(options.top))
                .filter_map(|id| {
                    Some(TopEntity {
                        entity: entity_ref(id)?,
                        articles: infos.get(id)?.articles,
                    })
                })
                .collect()
        }),
        inline: Vec::new(),
    };
    items.extend(shards);
    let total: usize = shared.iter().map(|s| s.3.len()).sum::<usize>()
        + items.iter().map(|i| i.2.len()).sum::<usize>();
    let inline = total <= options.inline_limit;

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
            FileKey::Shard(_) | FileKey::Article(_) | FileKey::Ids(_) | FileKey::EntityPage(_) => {}
        }
        if inline {
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
        if inline {
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
    let by_path = out
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.clone(), i))
        .collect();
    Bundle {
        boot,
        boot_path,
        files: out,
        corpus,
        entity_pages,
        by_path,
    }
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
