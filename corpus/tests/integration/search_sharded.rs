//! The sharded index: a query asks for exactly the shards it needs, in rounds, and then
//! answers as the whole index does; bad files are refused, not trusted.

use std::collections::BTreeSet;

use corpus::search::{IndexFiles, Missing, Ranking, SearchIndex, ShardKind, ShardedIndex};
use corpus::{Article, Block, BlockKind, Corpus, Entity, EntityKind, MentionSet};

/// 3,000 made-up words of two to four syllables.
fn vocabulary(rng: &mut fastrand::Rng) -> Vec<String> {
    const ONSETS: [&str; 14] = [
        "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "st",
    ];
    const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];
    let mut words = BTreeSet::new();
    while words.len() < 3000 {
        let syllables = 2 + rng.usize(..3);
        let w: String = (0..syllables)
            .map(|_| format!("{}{}", ONSETS[rng.usize(..14)], VOWELS[rng.usize(..5)]))
            .collect();
        words.insert(w);
    }
    // Shuffle, so that frequency does not follow the alphabet.
    let mut words: Vec<String> = words.into_iter().collect();
    for i in (1..words.len()).rev() {
        let j = rng.usize(..i + 1);
        words.swap(i, j);
    }
    words
}

/// A word, the frequent ones much more often (roughly Zipf).
fn pick<'a>(rng: &mut fastrand::Rng, vocab: &'a [String]) -> &'a str {
    let u = (rng.usize(..1_000_000) as f64) / 1_000_000.0;
    &vocab[((vocab.len() as f64) * u * u * u) as usize]
}

fn sentence(rng: &mut fastrand::Rng, vocab: &[String], n: usize) -> String {
    let mut words: Vec<String> = (0..n).map(|_| pick(rng, vocab).to_string()).collect();
    // Now and then a hyphenated compound.
    if n > 3 && rng.usize(..4) == 0 {
        let k = rng.usize(..n - 1);
        let joined = format!("{}-{}", words[k], words[k + 1]);
        words.splice(k..k + 2, [joined]);
    }
    words.join(" ")
}

fn collection() -> (Corpus, Vec<String>) {
    let mut rng = fastrand::Rng::with_seed(0x5eed_5a4d);
    let vocab = vocabulary(&mut rng);
    let articles: Vec<Article> = (0..400)
        .map(|i| {
            let blocks = (0..3)
                .map(|_| Block {
                    kind: BlockKind::Paragraph,
                    text: format!("{}.", sentence(&mut rng, &vocab, 40)),
                })
                .collect();
            Article::new(&format!("a{i}"), &sentence(&mut rng, &vocab, 6), blocks)
        })
        .collect();
    let entities = (0..600)
        .map(|e| Entity {
            name: format!("{} {}", vocab[e + 100], vocab[(e * 7 + 1) % 3000]),
            kind: EntityKind::Person,
            aliases: vec![vocab[(e * 11 + 200) % 3000].clone()],
            articles: (0..5)
                .map(|k| MentionSet {
                    article: ((e * 13 + k * 71) % 400) as u32,
                    mentions: Vec::new(),
                })
                .collect(),
        })
        .collect();
    (
        Corpus {
            articles,
            entities,
            quotes: Vec::new(),
        },
        vocab,
    )
}

fn queries(c: &Corpus, vocab: &[String]) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(0x0000_71e5);
    let mut out = vec![
        format!("{} ", vocab[0]),
        format!("{} ", vocab[2500]),
        format!("{} {} ", vocab[1], vocab[40]),
        vocab[3][..3].to_string(),
        format!("{} {}", vocab[5], &vocab[900][..4]),
        c.entities[3].name.clone(),
        format!("{} ", c.entities[4].aliases[0]),
        format!("{} -{} ", vocab[0], vocab[1]),
        format!("{} -{}", vocab[0], &vocab[2][..1]),
        "zzqqxx ".to_string(),
        "m".to_string(),
        String::new(),
        format!("{}-{} ", vocab[0], vocab[1]),
    ];
    for _ in 0..12 {
        // A phrase from an article, and one being typed.
        let a = &c.articles[rng.usize(..c.articles.len())];
        let words = corpus::search::tokens::words(&a.blocks[0].text);
        let at = rng.usize(..words.len() - 4);
        out.push(format!("\"{}\"", words[at..at + 3].join(" ")));
        out.push(format!("\"{} {}", words[at], &words[at + 1][..2]));
        // A typo inside a word (not its first letter).
        let w = &vocab[rng.usize(..vocab.len())];
        let mut typo = w.clone().into_bytes();
        let k = 1 + rng.usize(..typo.len() - 1);
        typo[k] = b'x';
        out.push(format!("{} ", String::from_utf8(typo).unwrap()));
    }
    out
}

/// Answers `q` from an empty cache; returns the answer and the shards it loaded.
fn pull(files: &IndexFiles, q: &str) -> (Ranking, BTreeSet<u32>) {
    let mut index = ShardedIndex::from_root(&files.root).unwrap();
    let mut loaded = BTreeSet::new();
    for _round in 0..10 {
        match index.rank(q) {
            Ok(r) => return (r, loaded),
            Err(Missing(shards)) => {
                assert!(!shards.is_empty(), "{q:?}: empty Missing");
                assert!(
                    shards.windows(2).all(|w| w[0] < w[1]),
                    "{q:?}: not sorted: {shards:?}"
                );
                for s in shards {
                    assert!(!index.is_loaded(s), "{q:?}: asked again for {s}");
                    index.add_shard(s, &files.shards[s as usize]).unwrap();
                    loaded.insert(s);
                }
            }
        }
    }
    panic!("{q:?}: still missing shards after 10 rounds");
}

#[test]
fn queries_pull_exactly_the_shards_they_need_and_answer_as_the_whole_index() {
    let (c, vocab) = collection();
    let whole = SearchIndex::build(&c);
    let files = whole.to_files();
    let probe = ShardedIndex::from_root(&files.root).unwrap();
    let count = |kind| {
        (0..probe.shard_count())
            .filter(|&s| probe.shard_kind(s) == Some(kind))
            .count()
    };
    // The collection is large enough for several shards of each kind.
    for kind in ShardKind::ALL {
        assert!(count(kind) >= 2, "{kind:?}: {}", count(kind));
    }
    for q in queries(&c, &vocab) {
        let (ranking, loaded) = pull(&files, &q);
        assert_eq!(ranking, whole.rank(&q), "{q:?}");
        // Every shard it loaded was needed: without any one of them, it asks again.
        for &s in &loaded {
            let mut partial = ShardedIndex::from_root(&files.root).unwrap();
            for &o in loaded.iter().filter(|&&o| o != s) {
                partial.add_shard(o, &files.shards[o as usize]).unwrap();
            }
            assert!(
                matches!(partial.rank(&q), Err(Missing(m)) if m.contains(&s)),
                "{q:?}: shard {s} was loaded but not needed"
            );
        }
        let kinds: BTreeSet<ShardKind> =
            loaded.iter().filter_map(|&s| probe.shard_kind(s)).collect();
        if !q.contains('"') && !q.contains('-') {
            assert!(
                !kinds.contains(&ShardKind::Positions),
                "{q:?}: a plain query read positions"
            );
        }
    }
}

#[test]
fn typo_and_phrase_queries_read_their_own_kinds_of_shards() {
    let (c, vocab) = collection();
    let files = SearchIndex::build(&c).to_files();
    let probe = ShardedIndex::from_root(&files.root).unwrap();
    let kinds = |q: &str| -> BTreeSet<ShardKind> {
        pull(&files, q)
            .1
            .iter()
            .filter_map(|&s| probe.shard_kind(s))
            .collect()
    };
    let word = &vocab[10];
    assert_eq!(
        kinds(&format!("{word} ")),
        BTreeSet::from([ShardKind::Dictionary, ShardKind::Postings])
    );
    let mut typo = word.clone().into_bytes();
    typo[2] = b'x';
    let typo = String::from_utf8(typo).unwrap();
    assert!(kinds(&format!("{typo} ")).contains(&ShardKind::Typo));
    let a = &c.articles[7].blocks[1].text;
    let words = corpus::search::tokens::words(a);
    let phrase = format!("\"{} {}\"", words[3], words[4]);
    assert!(kinds(&phrase).contains(&ShardKind::Positions));
}

#[test]
fn entity_names_resolve_through_the_shards() {
    let (c, _) = collection();
    let whole = SearchIndex::build(&c);
    let files = whole.to_files();
    let mut index = ShardedIndex::from_root(&files.root).unwrap();
    let name = c.entities[5].name.to_uppercase().replace(' ', "-");
    let ids = loop {
        match index.entities_named(&name) {
            Ok(ids) => break ids,
            Err(Missing(shards)) => {
                assert_eq!(shards.len(), 1);
                for s in shards {
                    index.add_shard(s, &files.shards[s as usize]).unwrap();
                }
            }
        }
    };
    assert_eq!(ids, [5]);
    assert_eq!(
        whole.sharded().entities_named("no such name"),
        Ok(Vec::new())
    );
}

#[test]
fn bad_files_are_refused() {
    let (c, _) = collection();
    let files = SearchIndex::build(&c).to_files();
    let other = SearchIndex::build(&Corpus {
        articles: c.articles[..50].to_vec(),
        entities: Vec::new(),
        quotes: Vec::new(),
    })
    .to_files();
    let mut index = ShardedIndex::from_root(&files.root).unwrap();
    // Another shard's file, another build's, a damaged one, a number past the end.
    assert!(index.add_shard(0, &files.shards[1]).is_err());
    assert!(index.add_shard(0, &other.shards[0]).is_err());
    let mut cut = files.shards[0].clone();
    cut.truncate(cut.len() / 2);
    assert!(index.add_shard(0, &cut).is_err());
    assert!(index
        .add_shard(index.shard_count(), &files.shards[0])
        .is_err());
    assert!(index.add_shard(0, &[]).is_err());
    assert!(!index.is_loaded(0));
    assert!(ShardedIndex::from_root(&files.shards[0]).is_err());
    assert!(ShardedIndex::from_root(&files.root[..files.root.len() - 1]).is_err());
    assert!(ShardedIndex::from_root(&[]).is_err());
    // Random damage to a postings or positions shard gives fewer results, never a panic.
    let mut rng = fastrand::Rng::with_seed(7);
    for s in 0..files.shards.len() {
        let mut bytes = files.shards[s].clone();
        let len = bytes.len();
        for _ in 0..20 {
            let at = 12 + rng.usize(..len.saturating_sub(12));
            if let Some(b) = bytes.get_mut(at) {
                *b = rng.u8(..);
            }
        }
        let mut damaged = IndexFiles {
            root: files.root.clone(),
            shards: files.shards.clone(),
        };
        damaged.shards[s] = bytes;
        if let Ok(index) = SearchIndex::from_files(&damaged) {
            let _ = index.rank("ba");
            let _ = index.rank("\"ba be\"");
        }
    }
}

#[test]
fn the_files_round_trip() {
    let (c, _) = collection();
    let whole = SearchIndex::build(&c);
    let back = SearchIndex::from_files(&whole.to_files()).unwrap();
    assert_eq!(back, whole);
    let mut fewer = whole.to_files();
    fewer.shards.pop();
    assert!(SearchIndex::from_files(&fewer).is_err());
}
