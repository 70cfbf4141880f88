//! Random queries never panic and always give well-formed results.
//!
//! A seeded generator mixes corpus words (in odd cases and spellings) with quotes, dashes,
//! punctuation, emoji, right-to-left text, combining marks, control characters and, now and
//! then, queries of 10,000 characters. The default run makes 5,000 queries; the full run of
//! 1,000,000 is ignored by default and runs in release mode:
//!
//! ```text
//! cargo test --release -p corpus --test search_fuzz -- --ignored
//! ```

use corpus::search::SearchIndex;
use corpus::{Article, Block, BlockKind, Corpus, Entity, EntityKind, MentionSet, Span};

const TEXTS: &[&str] = &[
    "Ministers from Zürich and São Paulo met in Genève to discuss the peace talks.",
    "The bombing of the bridge was condemned; bombs fell again on Tuesday night.",
    "Prime Minister Ana Oliveira said the IMF loan would be repaid by 2030.",
    "Флот вернулся в порт. 北京 said nothing. مرحبا بالعالم and שלום עולם were written.",
    "Fans shouted \"we won!\" — and the café's owner (O'Neil) handed out crêpes.",
    "Emoji 🙂👨‍👩‍👧 and combining e\u{301} and ligatures ﬁnance ﬂow in the text.",
    "Security forces secured the security perimeter; secularists protested.",
    "Parliament voted 301-12 on the budget, the parlamentary record shows.",
    "Internationally, the International Monetary Fund and the World Bank disagreed.",
    "A very long word: pneumonoultramicroscopicsilicovolcanoconiosis, and ĳssel.",
];

fn test_corpus() -> Corpus {
    let articles: Vec<Article> = (0..20)
        .map(|i| {
            let kinds = [
                BlockKind::Paragraph,
                BlockKind::Subheading,
                BlockKind::Aside,
            ];
            let blocks = (0..4)
                .map(|j| Block {
                    kind: kinds[(i + j) % 3],
                    text: TEXTS[(i * 3 + j) % TEXTS.len()].repeat(1 + (i + j) % 3),
                })
                .collect();
            let title = TEXTS[i % TEXTS.len()]
                .split(['.', ';'])
                .next()
                .unwrap_or("");
            Article::new(&format!("a{i}"), title, blocks)
        })
        .collect();
    let entities = vec![Entity {
        name: "International Monetary Fund".into(),
        kind: EntityKind::Organization,
        aliases: vec!["IMF".into(), "".into(), "!!".into()],
        articles: vec![
            MentionSet {
                article: 2,
                mentions: Vec::new(),
            },
            MentionSet {
                article: 999,
                mentions: Vec::new(),
            },
        ],
    }];
    Corpus {
        articles,
        entities,
        quotes: Vec::new(),
    }
}

const NASTY: &[&str] = &[
    "\"",
    "“",
    "”",
    "«",
    "-",
    "--",
    "- ",
    " -\"",
    "'",
    "’",
    "!",
    "?",
    ".",
    ",",
    "…",
    "(",
    ")",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\u{0}",
    "\u{7}",
    "\u{1b}[1m",
    "\u{7f}",
    "\u{200b}",
    "\u{200d}",
    "\u{200f}",
    "\u{202e}",
    "\u{2029}",
    "\u{feff}",
    "\u{fffd}",
    "\u{301}",
    "\u{308}",
    "🙂",
    "👨‍👩‍👧",
    "🇺🇳",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "مرحبا",
    "שלום",
    "北京",
    "Ω",
    "ß",
    "İ",
    "ﬁ",
    "½",
    "٣",
    "a",
    "e\u{301}",
    "ÉCOLE",
    "x-y",
    "-\"peace",
    "\"-",
    "*",
    "%",
    "\\",
    "/",
    ":",
    "_",
];

fn random_query(rng: &mut fastrand::Rng, words: &[String]) -> String {
    if rng.usize(..2000) == 0 {
        // A pasted wall of text.
        let mut q = String::new();
        let mut chars = 0;
        while chars < 10_000 {
            for piece in [
                NASTY[rng.usize(..NASTY.len())],
                &words[rng.usize(..words.len())],
            ] {
                q.push_str(piece);
                chars += piece.chars().count();
            }
        }
        return q;
    }
    let mut q = String::new();
    for _ in 0..rng.usize(..7) {
        match rng.usize(..10) {
            0..=4 => {
                let w = &words[rng.usize(..words.len())];
                let w: String = match rng.usize(..5) {
                    0 => w.to_uppercase(),
                    // Cut the word short, as when typing (on a char boundary).
                    1 => w
                        .chars()
                        .take(1 + rng.usize(..w.chars().count().max(1)))
                        .collect(),
                    // A typo: drop one character.
                    2 => {
                        let k = rng.usize(..w.chars().count().max(1));
                        w.chars()
                            .enumerate()
                            .filter(|&(i, _)| i != k)
                            .map(|(_, c)| c)
                            .collect()
                    }
                    _ => w.to_string(),
                };
                q.push_str(&w);
            }
            5..=8 => q.push_str(NASTY[rng.usize(..NASTY.len())]),
            _ => {
                let c = char::from_u32(rng.usize(..0x11_0000) as u32).unwrap_or('\u{fffd}');
                q.push(c);
            }
        }
        if rng.usize(..3) > 0 {
            q.push(' ');
        }
    }
    q
}

fn check_spans(text: &str, spans: &[Span], what: &str, query: &str) {
    let mut end = 0;
    for s in spans {
        assert!(
            s.slice(text).is_some(),
            "{what}: bad span {s:?} for {query:?}"
        );
        assert!(s.start < s.end, "{what}: empty span for {query:?}");
        assert!(s.start >= end, "{what}: overlapping spans for {query:?}");
        end = s.end;
    }
}

fn run(queries: usize, seed: u64) {
    let corpus = test_corpus();
    let index = SearchIndex::build(&corpus);
    let mut words: Vec<String> = TEXTS
        .iter()
        .flat_map(|t| t.split_whitespace().map(str::to_string))
        .collect();
    words.push(String::new());
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut with_hits = 0;
    for _ in 0..queries {
        let q = random_query(&mut rng, &words);
        let hits = index.search(&corpus, &q);
        with_hits += usize::from(!hits.is_empty());
        let mut seen = std::collections::HashSet::new();
        for h in &hits {
            assert!(seen.insert(h.article), "duplicate hit for {q:?}");
            assert!(h.score.is_finite() && h.score >= 0.0, "score for {q:?}");
            let a = &corpus.articles[h.article as usize];
            check_spans(&a.title, &h.title_matches, "title", &q);
            for s in &h.snippets {
                let block = &a.blocks[s.block as usize];
                assert_ne!(block.kind, BlockKind::Aside, "aside snippet for {q:?}");
                check_spans(&block.text, &[s.window], "window", &q);
                check_spans(&block.text, &s.matches, "snippet", &q);
                assert!(
                    s.matches
                        .iter()
                        .all(|m| m.start >= s.window.start && m.end <= s.window.end),
                    "match outside window for {q:?}"
                );
            }
        }
        let text = TEXTS[rng.usize(..TEXTS.len())];
        check_spans(text, &index.highlight(&q, text), "highlight", &q);
    }
    // The generator must reach the matching code, not only the parser.
    assert!(
        with_hits * 10 > queries,
        "only {with_hits} of {queries} queries found anything"
    );
}

#[test]
fn random_queries_never_panic() {
    run(5_000, 0x5eed_0001);
}

#[test]
#[ignore = "a million queries: run in release, see the module docs"]
fn a_million_random_queries_never_panic() {
    run(1_000_000, 0x5eed_0002);
}
