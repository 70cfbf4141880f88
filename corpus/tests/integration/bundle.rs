//! The bundle: files written for a collection read back the same, a store fed file by file
//! answers like one given everything, and damaged or missing files give errors, not panics.

use corpus::bundle::format::{
    ArticleExtras, ArticleFile, Boot, BootHead, CardFile, DateOrder, EntityChunk, EntityPage,
    FacetChunk, FileKey, IdBucket, CHIPS,
};
use corpus::bundle::store::{CardSource, Needs, Store};
use corpus::bundle::write::{slugs, write, Bundle, Inline, Options};
use corpus::bundle::BundleError;
use corpus::read::parse_article;
use corpus::{Corpus, Entity, EntityKind, Mention, MentionSet};

/// Articles numbered 0..n, with "Jordan" both a person and a place, and a name shared by
/// nobody else.
fn corpus(n: usize) -> Corpus {
    let articles: Vec<_> = (0..n)
        .map(|i| {
            parse_article(
                &format!("story-{i:03}.txt"),
                &format!(
                    "Harbour story number {i}\n\nMaria Lopez met Jordan in Jordan on day {i}. \
                     The Harbour Authority said talks would go on.\n\nSecond paragraph {i}."
                ),
            )
        })
        .collect();
    let mention = |a: usize, needle: &str, nth: usize| -> Mention {
        let text = &articles[a].blocks[0].text;
        let start = text.match_indices(needle).nth(nth).expect("needle").0;
        Mention {
            block: 0,
            start: start as u32,
            end: (start + needle.len()) as u32,
        }
    };
    let entity = |name: &str, kind, needle: &str, nth: usize, every: usize| Entity {
        name: name.into(),
        kind,
        aliases: vec![format!("{name} alias")],
        articles: (0..n)
            .filter(|a| a % every == 0)
            .map(|a| MentionSet {
                article: a as u32,
                mentions: vec![mention(a, needle, nth)],
            })
            .collect(),
    };
    Corpus {
        entities: vec![
            entity("Jordan", EntityKind::Place, "Jordan", 1, 2),
            entity("Maria Lopez", EntityKind::Person, "Maria Lopez", 0, 1),
            entity(
                "Harbour Authority",
                EntityKind::Organization,
                "Harbour Authority",
                0,
                3,
            ),
            entity("Jordan", EntityKind::Person, "Jordan", 0, 1),
        ],
        articles,
        quotes: Vec::new(),
    }
}

fn split() -> Options {
    Options {
        cards: 3,
        top: 2,
        entity_chunk_bytes: 1,
        facet_chunk_bytes: 1,
        ids_per_bucket: 4,
        inline_limit: 0,
        inline: Inline::SearchRoot,
        cards_file_limit: 64 * 1024,
        page_min_articles: 4,
        pages_per_kind: 1,
    }
}

/// Feeds the store the files `needs` names, as the app would fetch them.
fn feed(store: &mut Store, bundle: &Bundle, needs: &Needs) {
    for &key in &needs.0 {
        let path = store.path(key).expect("a file of this build");
        let bytes = bundle.file(&path).expect("written");
        store.insert(key, bytes).expect("reads");
    }
}

/// Asks `ask` until it answers, feeding what it needs; counts the rounds.
fn answer<T>(
    store: &mut Store,
    bundle: &Bundle,
    ask: impl Fn(&Store) -> Result<T, Needs>,
) -> (T, usize) {
    for round in 0..20 {
        match ask(store) {
            Ok(v) => return (v, round),
            Err(needs) => {
                assert!(!needs.0.is_empty(), "a Needs names files");
                feed(store, bundle, &needs);
            }
        }
    }
    panic!("no answer after 20 rounds");
}

#[test]
fn entities_are_numbered_by_kind_with_unique_slugs() {
    let bundle = write(corpus(10), &split());
    let kinds: Vec<EntityKind> = bundle.corpus.entities.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EntityKind::Person,
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place
        ]
    );
    assert_eq!(bundle.boot.kinds, [2, 1, 1]);
    assert_eq!(
        slugs(&bundle.corpus.entities),
        ["jordan", "maria-lopez", "harbour-authority", "jordan-place"]
    );
    // People named in as many articles: the one with more mentions, then by name.
    assert_eq!(bundle.corpus.entities[0].name, "Jordan");
}

#[test]
fn the_boot_file_carries_the_search_root_and_the_single_file_everything() {
    let bundle = write(corpus(5), &Options::default());
    let inline: Vec<FileKey> = bundle.boot.inline.iter().map(|(key, _)| *key).collect();
    assert_eq!(inline, [FileKey::SearchRoot]);
    assert!(bundle
        .files
        .iter()
        .all(|f| f.key != Some(FileKey::SearchRoot)));
    let shards = bundle.boot.files.shards;
    let written = |key: FileKey| bundle.files.iter().any(|f| f.key == Some(key));
    assert!(
        (0..shards).all(|n| written(FileKey::Shard(n))),
        "every shard comes apart"
    );
    assert!(
        (0..5).all(|n| written(FileKey::Card(n))) && written(FileKey::Cards),
        "a card file per article, and one of them all for a small collection"
    );
    let head = bundle.file(&bundle.head_path).unwrap();
    let boot = bundle.file(&bundle.boot_path).unwrap();
    assert!(bundle.head_path.starts_with("boot-head-"));
    assert_eq!(BootHead::from_bytes(head), Ok(bundle.boot.head.clone()));
    assert!(
        head.len() < boot.len(),
        "the head alone, without the first view"
    );
    let mut store = Store::new(boot).unwrap();
    assert!(store.is_loaded(FileKey::SearchRoot));
    assert!(!store.is_loaded(FileKey::Article(4)));
    let (ranking, rounds) = answer(&mut store, &bundle, |s| s.rank("harbour"));
    assert!(rounds > 0, "the shards are fetched");
    assert!(
        (0..shards).any(|n| !store.is_loaded(FileKey::Shard(n))),
        "a query reads some of the shards"
    );
    assert_eq!(ranking.hits.len(), 5);
    assert_eq!(
        store.start(&[FileKey::Article(0)], 8),
        [FileKey::Article(0)],
        "the article comes apart"
    );

    let everything = Options {
        inline: Inline::All,
        ..Options::default()
    };
    let bundle = write(corpus(5), &everything);
    assert_eq!(bundle.files.len(), 1, "only the boot file");
    assert_eq!(bundle.head_path, "");
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    assert!(store.is_loaded(FileKey::SearchRoot));
    assert!(store.is_loaded(FileKey::Article(4)));
    assert_eq!(store.rank("harbour").unwrap().hits.len(), 5);
    assert_eq!(store.resolve("maria-lopez").unwrap(), Some(1));
    assert!(
        store.start(&[FileKey::Article(0)], 8).is_empty(),
        "nothing to fetch"
    );
}

#[test]
fn a_split_store_answers_like_a_whole_one_after_fetching_what_it_names() {
    let bundle = write(corpus(10), &split());
    assert!(bundle.files.len() > 10);
    assert!(
        bundle.boot.files.entity_chunks.len() >= 3,
        "one kind a chunk at least"
    );
    assert!(bundle.boot.files.facet_chunks.len() > 1);
    let boot = &bundle.files[0];
    assert_eq!(boot.path, bundle.boot_path);
    let mut store = Store::new(&boot.bytes).unwrap();

    // The first view needs nothing more.
    assert_eq!(store.boot().cards.len(), 3);
    assert_eq!(store.boot().top[0].len(), 2);
    assert_eq!(store.boot().top[0][0].articles, 10);
    match store.card(2).unwrap() {
        Some(CardSource::Brief(card)) => {
            assert_eq!(card.title, "Harbour story number 2");
            assert!(card.lede.starts_with("Maria Lopez met Jordan"));
            assert!(card.chips.len() <= CHIPS);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(store.card(3), Err(Needs::one(FileKey::Article(3))));
    assert_eq!(store.card(99), Ok(None));

    // A search: the root, then the shards it names (the word's dictionary, then its list).
    assert_eq!(store.rank("harbour"), Err(Needs::one(FileKey::SearchRoot)));
    let (ranking, rounds) = answer(&mut store, &bundle, |s| s.rank("harbour"));
    assert!(rounds >= 2, "{rounds} rounds");
    assert_eq!(ranking.hits.len(), 10);

    // Entities by slug, by an old link's name, and by name and kind.
    let (jordan_place, _) = answer(&mut store, &bundle, |s| s.resolve("jordan-place"));
    assert_eq!(jordan_place, Some(3));
    let (person, _) = answer(&mut store, &bundle, |s| s.resolve("jordan"));
    assert_eq!(person, Some(0));
    let (by_name, _) = answer(&mut store, &bundle, |s| s.resolve("Maria Lopez"));
    assert_eq!(by_name, Some(1));
    let (by_kind, _) = answer(&mut store, &bundle, |s| s.resolve("Jordan (place)"));
    assert_eq!(by_kind, Some(3));
    let (nobody, _) = answer(&mut store, &bundle, |s| s.resolve("nobody-at-all"));
    assert_eq!(nobody, None);

    // An entity's articles and an article's entities.
    let (postings, _) = answer(&mut store, &bundle, |s| s.postings(2));
    assert_eq!(
        postings,
        [(0, 1), (3, 1), (6, 1), (9, 1)],
        "the Harbour Authority, every third article"
    );
    let (named, _) = answer(&mut store, &bundle, |s| {
        s.article_entities(6).map(<[u32]>::to_vec)
    });
    assert_eq!(named, [0, 1, 2, 3]);
    let (named, _) = answer(&mut store, &bundle, |s| {
        s.article_entities(7).map(<[u32]>::to_vec)
    });
    assert_eq!(named, [0, 1]);

    // Article ids through the buckets; the whole article with its entities.
    let (n, _) = answer(&mut store, &bundle, |s| s.article_number("story-007"));
    assert_eq!(n, Some(7));
    let (none, _) = answer(&mut store, &bundle, |s| s.article_number("no-such-story"));
    assert_eq!(none, None);
    let (file, _) = answer(&mut store, &bundle, |s| s.article(7));
    let file = file.unwrap();
    assert_eq!(file.article.title, "Harbour story number 7");
    let names: Vec<&str> = file
        .entities
        .iter()
        .map(|e| e.entity.name.as_str())
        .collect();
    assert_eq!(names, ["Jordan", "Maria Lopez"]);
    assert_eq!(file.entities[0].entity.slug, "jordan", "slugs filled in");
    assert!(matches!(store.card(7), Ok(Some(CardSource::Full(_)))));
}

#[test]
fn entities_in_enough_articles_have_pages_found_without_the_search_files() {
    let bundle = write(corpus(10), &split());
    // Per kind, the first entity when it is in at least four articles: Jordan the person (10
    // articles), the Harbour Authority (4), Jordan the place (5); not Maria Lopez (second).
    assert_eq!(bundle.boot.pages, [1, 1, 1]);
    let boot = &bundle.boot;
    assert!(boot.has_page(0) && !boot.has_page(1) && boot.has_page(2) && boot.has_page(3));
    assert_eq!(boot.path(FileKey::EntityPage(1)), None);
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    assert_eq!(store.entity_page(1), Ok(None));
    let (page, _) = answer(&mut store, &bundle, |s| s.entity_page(3));
    let page = page.unwrap();
    assert_eq!(page.entity.slug, "jordan-place");
    assert_eq!(page.articles, 5);
    let listed: Vec<u32> = page.list.iter().map(|l| l.n).collect();
    assert_eq!(listed, [0, 2, 4, 6, 8]);
    assert_eq!(page.list[1].title, "Harbour story number 2");

    // A page that names its entity resolves it from the hint (checked against the boot
    // file's names or the page file), without the search files.
    let mut hinted = Store::new(&bundle.files[0].bytes).unwrap();
    hinted.hint("jordan-place", 3);
    assert_eq!(hinted.resolve("jordan-place"), Ok(Some(3)));
    hinted.hint("jordan", 0);
    assert_eq!(hinted.resolve("jordan"), Ok(Some(0)));
    assert!(!hinted.is_loaded(FileKey::SearchRoot));
    // A wrong hint is not believed.
    hinted.hint("maria-lopez", 3);
    assert_eq!(
        hinted.resolve("maria-lopez"),
        Err(Needs::one(FileKey::SearchRoot))
    );
}

#[test]
fn every_file_round_trips() {
    let bundle = write(corpus(10), &split());
    for file in &bundle.files {
        let bytes = &file.bytes;
        let again = match file.key {
            None => Boot::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Article(_)) => ArticleFile::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Entities(_)) => EntityChunk::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Facets(_)) => FacetChunk::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Ids(_)) => IdBucket::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::EntityPage(_)) => EntityPage::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Extras(_)) => ArticleExtras::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Dates) => DateOrder::from_bytes(bytes).unwrap().to_bytes(),
            Some(FileKey::Card(_) | FileKey::Cards) => {
                CardFile::from_bytes(bytes).unwrap().to_bytes()
            }
            Some(FileKey::SearchRoot | FileKey::Shard(_)) => continue,
        };
        assert_eq!(&again, bytes, "{}", file.path);
    }
}

#[test]
fn names_carry_their_content_hash_and_folders_the_hash_of_theirs() {
    let a = write(corpus(10), &split());
    let b = write(corpus(10), &split());
    let paths = |x: &Bundle| x.files.iter().map(|f| f.path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&a), paths(&b), "the same collection, the same names");
    let c = write(corpus(11), &split());
    assert_ne!(a.boot.collection, c.boot.collection);
    assert_ne!(a.boot_path, c.boot_path);
    let c_shards = c.boot.files.shard_folder.clone();
    assert_ne!(
        a.boot.files.shard_folder, c_shards,
        "another index, another folder"
    );
    for f in &a.files {
        if f.path.starts_with("c-") {
            assert!(f.path.starts_with(&format!("c-{}/", a.boot.collection)));
        } else if f.path.starts_with("s-") {
            assert!(f
                .path
                .starts_with(&format!("{}/", a.boot.files.shard_folder)));
        } else {
            let hash = corpus::bundle::codec::content_hash(&f.bytes);
            assert!(f.path.ends_with(&format!("-{hash}.bin")), "{}", f.path);
        }
    }
}

#[test]
fn damaged_and_misplaced_files_are_errors_and_can_be_fetched_again() {
    let bundle = write(corpus(10), &split());
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    let path = store.path(FileKey::Article(4)).unwrap();
    let good = bundle.file(&path).unwrap().to_vec();

    assert_eq!(
        store.start(&[FileKey::Article(4)], 8),
        [FileKey::Article(4)]
    );
    assert!(store.pending(&[FileKey::Article(4)]));
    let cut = store.insert(FileKey::Article(4), &good[..good.len() / 2]);
    assert!(matches!(cut, Err(BundleError::Corrupt { .. })), "{cut:?}");
    let html = store.insert(FileKey::Article(4), b"<!DOCTYPE html><p>Not found</p>");
    assert_eq!(html, Err(BundleError::NotBundle));
    assert_eq!(store.failures(&[FileKey::Article(4)]).len(), 1);
    assert!(
        store.start(&[FileKey::Article(4)], 8).is_empty(),
        "not again until a retry"
    );

    // The right bytes for the wrong article, or of the wrong kind.
    let other = store.insert(FileKey::Article(5), &good);
    assert!(
        matches!(other, Err(BundleError::Corrupt { .. })),
        "{other:?}"
    );
    let chunk_path = store.path(FileKey::Entities(0)).unwrap();
    let chunk = bundle.file(&chunk_path).unwrap();
    assert!(matches!(
        store.insert(FileKey::Article(4), chunk),
        Err(BundleError::WrongKind { .. })
    ));
    assert!(
        store.insert(FileKey::Entities(1), chunk).is_err(),
        "chunk 0 is not chunk 1"
    );
    assert!(
        store.insert(FileKey::Shard(0), b"").is_err(),
        "a shard before the root"
    );

    store.retry();
    assert!(store.failures(&[FileKey::Article(4)]).is_empty());
    assert_eq!(
        store.start(&[FileKey::Article(4)], 8),
        [FileKey::Article(4)]
    );
    store.failed(FileKey::Article(4), "HTTP 500".into());
    assert_eq!(
        store.failures(&[FileKey::Article(4)]),
        [(FileKey::Article(4), "HTTP 500".to_string())]
    );
    store.retry();
    store.insert(FileKey::Article(4), &good).unwrap();
    assert!(store.is_loaded(FileKey::Article(4)));
    assert!(store.failures(&[FileKey::Article(4)]).is_empty());

    // A broken boot file is an error too.
    assert!(Store::new(&bundle.files[0].bytes[..20]).is_err());
    assert!(Store::new(b"").is_err());
}

#[test]
fn requests_stay_within_the_limit_and_skip_what_is_loaded_or_under_way() {
    let bundle = write(corpus(10), &split());
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    let keys: Vec<FileKey> = (0..10).map(FileKey::Article).collect();
    let first = store.start(&keys, 4);
    assert_eq!(first, keys[..4]);
    assert!(store.start(&keys, 4).is_empty(), "four in flight");
    feed(&mut store, &bundle, &Needs(vec![FileKey::Article(1)]));
    assert_eq!(store.start(&keys, 4), [FileKey::Article(4)]);
    // Keys this build does not have are never requested.
    assert!(store
        .start(&[FileKey::Article(99), FileKey::Shard(1 << 20)], 8)
        .is_empty());
}

#[test]
fn damaged_facet_data_is_an_error() {
    let chunk = FacetChunk {
        first: 0,
        count: 2,
        data: vec![2, 5, 1, 1],
    };
    assert!(
        chunk.decode().is_err(),
        "the second article's list is missing"
    );
    let ok = FacetChunk {
        count: 1,
        ..chunk.clone()
    };
    assert!(ok.decode().is_err(), "bytes left over");
    let exact = FacetChunk {
        first: 0,
        count: 2,
        data: vec![2, 5, 1, 1, 9],
    };
    assert_eq!(exact.decode().unwrap(), vec![vec![5, 6], vec![9]]);
}

#[test]
fn the_date_order_is_fetched_when_asked_and_leaves_undated_articles_out() {
    let mut c = corpus(6);
    let dates = [
        Some("March 3, 2015"),
        None,
        Some("2014-12-31"),
        Some("in May 2016"),
        Some("3 Mar. 2015"),
        Some("Updated Jan 9, 2016"),
    ];
    for (a, date) in c.articles.iter_mut().zip(dates) {
        a.date = date.map(str::to_string);
    }
    let bundle = write(c, &split());
    let mut store = Store::new(&bundle.files[0].bytes).unwrap();
    assert!(store.boot().has_dates());
    assert_eq!(store.date_rank(0), Err(Needs::one(FileKey::Dates)));
    let (ranks, rounds) = answer(&mut store, &bundle, |s| {
        (0..7)
            .map(|n| s.date_rank(n))
            .collect::<Result<Vec<_>, _>>()
    });
    assert_eq!(rounds, 1, "one file");
    // Oldest first; the same day in collection order; no full date, no place.
    assert_eq!(
        ranks,
        [Some(1), None, Some(0), None, Some(2), Some(3), None]
    );

    let undated = write(corpus(3), &split());
    let store = Store::new(&undated.files[0].bytes).unwrap();
    assert!(!store.boot().has_dates());
    assert_eq!(store.date_rank(0), Ok(None), "nothing to fetch");
    assert_eq!(store.path(FileKey::Dates), None);
}
