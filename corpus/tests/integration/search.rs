//! Search behaviour on small hand-built corpora: matching, ranking, entities, results.

use corpus::search::SearchIndex;
use corpus::{
    Article, Block, BlockKind, Corpus, Entity, EntityKind, Mention, MentionSet, Snapshot, Span,
};

fn article(id: &str, title: &str, blocks: &[(BlockKind, &str)]) -> Article {
    let blocks = blocks
        .iter()
        .map(|&(kind, text)| Block {
            kind,
            text: text.to_string(),
        })
        .collect();
    Article::new(id, title, blocks)
}

/// An article with one paragraph.
fn para(id: &str, title: &str, text: &str) -> Article {
    article(id, title, &[(BlockKind::Paragraph, text)])
}

fn corpus(articles: Vec<Article>) -> Corpus {
    Corpus {
        articles,
        entities: Vec::new(),
        quotes: Vec::new(),
    }
}

/// Ids of the hits for `query`, best first.
fn ids(c: &Corpus, query: &str) -> Vec<String> {
    let index = SearchIndex::build(c);
    index
        .search(c, query)
        .iter()
        .map(|h| c.articles[h.article as usize].id.clone())
        .collect()
}

/// The text each span covers.
fn covered(text: &str, spans: &[Span]) -> Vec<String> {
    spans
        .iter()
        .map(|s| s.slice(text).expect("span on char boundaries").to_string())
        .collect()
}

#[test]
fn folds_case_and_diacritics_both_ways() {
    let c = corpus(vec![
        para(
            "umlaut",
            "Talks in Zürich",
            "Delegates met in ZÜRICH on Monday.",
        ),
        para("plain", "Talks in Zurich", "Delegates met in zurich."),
        para("other", "Talks in Geneva", "Delegates met in Geneva."),
    ]);
    for q in ["zurich ", "ZÜRICH ", "Zu\u{308}rich "] {
        let mut found = ids(&c, q);
        found.sort();
        assert_eq!(found, ["plain", "umlaut"], "{q:?}");
    }
    let index = SearchIndex::build(&c);
    let hits = index.search(&c, "zurich ");
    let umlaut = hits.iter().find(|h| h.article == 0).unwrap();
    assert_eq!(
        covered(&c.articles[0].title, &umlaut.title_matches),
        ["Zürich"]
    );
}

#[test]
fn a_word_a_page_broke_with_invisible_characters_is_found_whole() {
    // A soft hyphen (`Vladi&shy;mir` on the page), a zero-width space and a word joiner show
    // nothing, so the reader takes them out and the word is indexed as the reader sees it.
    let c = corpus(vec![
        corpus::read::parse_article(
            "shy.txt",
            "Talks resume\n\nVladi\u{ad}mir Voro\u{200b}nova met the mayor of Orsk\u{2060}ville.",
        ),
        para("other", "Talks in Geneva", "Delegates met in Geneva."),
    ]);
    for q in ["vladimir ", "voronova ", "orskville "] {
        assert_eq!(ids(&c, q), ["shy"], "{q:?}");
    }
    let hits = SearchIndex::build(&c).search(&c, "vladimir voronova");
    let text = &c.articles[0].blocks[0].text;
    assert_eq!(
        covered(text, &hits[0].snippets[0].matches),
        ["Vladimir", "Voronova"]
    );
}

#[test]
fn stemming_finds_other_forms_below_the_exact_word() {
    let c = corpus(vec![
        para(
            "bombs",
            "Night in the city",
            "Bombs fell on the city at night.",
        ),
        para(
            "bombing",
            "Night in the city",
            "Bombing of the city at night.",
        ),
        para(
            "none",
            "Night in the city",
            "Rain fell on the city at night.",
        ),
    ]);
    assert_eq!(ids(&c, "bombing "), ["bombing", "bombs"]);
    let mut stem_only = ids(&c, "bomb ");
    stem_only.sort();
    assert_eq!(stem_only, ["bombing", "bombs"]);
}

#[test]
fn match_kinds_rank_exact_stemmed_prefix_fuzzy() {
    // Same length, same position: only the kind of match differs.
    let c = corpus(vec![
        para("fuzzy", "Report", "The word tall is here today."),
        para("prefix", "Report", "The word talkative is here today."),
        para("stemmed", "Report", "The word talks is here today."),
        para("exact", "Report", "The word talk is here today."),
        para("none", "Report", "The word bird is here today."),
    ]);
    // `talk` is the last word and not followed by a space: it is also a prefix. The
    // collection has the word, so no typo corrections (`tall`) are looked for.
    assert_eq!(ids(&c, "talk"), ["exact", "stemmed", "prefix"]);
    // Once the word is finished, no prefix matches.
    assert_eq!(ids(&c, "talk "), ["exact", "stemmed"]);
    // A word the collection does not have gets its corrections (`talk` and `tall`).
    let mut fixed = ids(&c, "talq ");
    fixed.sort();
    assert_eq!(fixed, ["exact", "fuzzy"]);
}

#[test]
fn the_last_word_completes_only_while_typed() {
    let c = corpus(vec![
        para("security", "Security", "The security council met."),
        para("secular", "Secular", "A secular state."),
    ]);
    assert_eq!(ids(&c, "securi"), ["security"]);
    let mut both = ids(&c, "secu");
    both.sort();
    assert_eq!(both, ["secular", "security"]);
    assert!(ids(&c, "securi ").is_empty());
    assert!(ids(&c, "council securi").contains(&"security".to_string()));
}

#[test]
fn typo_tolerance_grows_with_word_length() {
    let c = corpus(vec![
        para("garden", "Garden", "A garden by the river."),
        para("parliament", "Vote", "The parliament voted."),
        para("cat", "Pets", "A cat slept."),
    ]);
    assert_eq!(ids(&c, "gardn "), ["garden"]); // 5 letters: one edit
    assert_eq!(ids(&c, "gadren "), ["garden"]); // a swap is one edit
    assert!(ids(&c, "gxrdxn ").is_empty()); // two edits on a 6-letter word: no
    assert_eq!(ids(&c, "parlamint "), ["parliament"]); // 9 letters: two edits
    assert!(ids(&c, "car ").is_empty()); // 3 letters: exact only
}

#[test]
fn phrases_need_the_words_together_and_in_order() {
    let c = corpus(vec![
        para("phrase", "Geneva", "The peace talks resumed in Geneva."),
        para("apart", "Geneva", "Talks about peace resumed in Geneva."),
    ]);
    assert_eq!(ids(&c, "\"peace talks\""), ["phrase"]);
    assert_eq!(ids(&c, "\"peace talks"), ["phrase"]); // still typing the quote
    let mut loose = ids(&c, "peace talks ");
    loose.sort();
    assert_eq!(loose, ["apart", "phrase"]);
    // A phrase does not run from one block into the next.
    let two_blocks = corpus(vec![article(
        "blocks",
        "Geneva",
        &[
            (BlockKind::Paragraph, "It was peace"),
            (BlockKind::Paragraph, "talks followed"),
        ],
    )]);
    assert!(ids(&two_blocks, "\"peace talks\"").is_empty());
    // A quoted single word is exact: no stems, no typos.
    assert!(ids(&c, "\"talk\"").is_empty());
}

#[test]
fn excluded_words_and_phrases_remove_articles() {
    let c = corpus(vec![
        para("clean", "Election", "The election was calm."),
        para("fraud", "Election", "The election saw fraud."),
        para("frauds", "Election", "The election saw many frauds."),
        para("phrase", "Election", "The election was a peace vote."),
    ]);
    assert_eq!(ids(&c, "election -fraud"), ["clean", "phrase"]);
    assert_eq!(ids(&c, "election -\"peace vote\" -fraud"), ["clean"]);
    // Exclusions alone: every other article, in corpus order, score 0.
    let index = SearchIndex::build(&c);
    let hits = index.search(&c, "-fraud");
    assert_eq!(hits.iter().map(|h| h.article).collect::<Vec<_>>(), [0, 3]);
    assert!(hits.iter().all(|h| h.score == 0.0 && !h.partial));
}

#[test]
fn all_words_must_match_else_partial_matches_are_flagged() {
    let c = corpus(vec![
        para("both", "Oil", "Oil prices rose and gas prices fell."),
        para("oil", "Oil", "Oil output grew."),
        para("gas", "Gas", "Gas output grew."),
    ]);
    let index = SearchIndex::build(&c);
    let hits = index.search(&c, "oil gas ");
    assert_eq!(hits.len(), 1);
    assert!(!hits[0].partial);

    // No article has all of oil, gas and coal: partial matches, flagged, most parts first.
    let hits = index.search(&c, "oil gas coal ");
    assert!(hits.iter().all(|h| h.partial));
    let order: Vec<&str> = hits
        .iter()
        .map(|h| c.articles[h.article as usize].id.as_str())
        .collect();
    // The article with two of the three parts first.
    assert_eq!(order[0], "both");
    assert_eq!(order.len(), 3);
    // A single unknown word has no fallback.
    assert!(index.search(&c, "coal ").is_empty());
}

#[test]
fn title_outweighs_subheadings_outweighs_body() {
    let filler = "Some words fill this paragraph of text.";
    let c = corpus(vec![
        article(
            "body",
            "A report",
            &[
                (BlockKind::Subheading, "Other matters"),
                (BlockKind::Paragraph, "Drought hit the farms."),
                (BlockKind::Paragraph, filler),
            ],
        ),
        article(
            "subheading",
            "A report",
            &[
                (BlockKind::Subheading, "Drought"),
                (BlockKind::Paragraph, "It hit the farms here."),
                (BlockKind::Paragraph, filler),
            ],
        ),
        article(
            "title",
            "A drought",
            &[
                (BlockKind::Subheading, "Other matters"),
                (BlockKind::Paragraph, "It hit the farms here."),
                (BlockKind::Paragraph, filler),
            ],
        ),
    ]);
    assert_eq!(ids(&c, "drought "), ["title", "subheading", "body"]);
}

#[test]
fn rarer_words_and_more_occurrences_score_higher() {
    let c = corpus(vec![
        para(
            "once",
            "Day",
            "Floods came once to the valley, and the town was quiet.",
        ),
        para(
            "twice",
            "Day",
            "Floods came, floods went, and the town was quiet.",
        ),
        para(
            "never",
            "Day",
            "Nothing came to the valley, and the town was quiet.",
        ),
    ]);
    assert_eq!(ids(&c, "floods "), ["twice", "once"]);
}

fn entity_corpus() -> Corpus {
    let articles = vec![
        para(
            "acronym",
            "Loan talks",
            "The IMF approved a loan on Friday.",
        ),
        para(
            "full",
            "Loan talks",
            "The International Monetary Fund approved a loan.",
        ),
        para(
            "unrelated",
            "Fund news",
            "A monetary fund for schools opened.",
        ),
        para(
            "chancellor",
            "Berlin",
            "The chancellor spoke in Berlin about the budget.",
        ),
    ];
    let mention = |text: &str, name: &str| {
        let start = text.find(name).unwrap() as u32;
        Mention {
            block: 0,
            start,
            end: start + name.len() as u32,
        }
    };
    let entities = vec![
        Entity {
            name: "International Monetary Fund".into(),
            kind: EntityKind::Organization,
            aliases: vec!["IMF".into()],
            articles: vec![
                MentionSet {
                    article: 0,
                    mentions: vec![mention(&articles[0].blocks[0].text, "IMF")],
                },
                MentionSet {
                    article: 1,
                    mentions: vec![mention(
                        &articles[1].blocks[0].text,
                        "International Monetary Fund",
                    )],
                },
            ],
        },
        Entity {
            name: "Greta Hansen".into(),
            kind: EntityKind::Person,
            aliases: vec!["Hansen".into(), "the chancellor".into()],
            articles: vec![MentionSet {
                article: 3,
                mentions: vec![mention(&articles[3].blocks[0].text, "chancellor")],
            }],
        },
    ];
    Corpus {
        articles,
        entities,
        quotes: Vec::new(),
    }
}

#[test]
fn an_entity_name_finds_articles_using_its_other_names() {
    let c = entity_corpus();
    let mut by_alias = ids(&c, "imf ");
    by_alias.sort();
    assert_eq!(by_alias, ["acronym", "full"]);
    let mut by_name = ids(&c, "international monetary fund ");
    by_name.sort();
    assert_eq!(by_name, ["acronym", "full"]);
    // The unrelated "monetary fund" is found by the words alone, not by the entity.
    assert!(ids(&c, "monetary fund ").contains(&"unrelated".to_string()));
    // A person found through a mention that uses neither the name nor the surname.
    assert_eq!(ids(&c, "hansen "), ["chancellor"]);
    assert_eq!(ids(&c, "Greta Hansen"), ["chancellor"]);
    // Combined with another word, the entity part is one AND part.
    assert_eq!(ids(&c, "imf friday "), ["acronym"]);
}

#[test]
fn entity_matches_are_highlighted_under_every_name() {
    let c = entity_corpus();
    let index = SearchIndex::build(&c);
    let hits = index.search(&c, "imf ");
    let full = hits
        .iter()
        .find(|h| c.articles[h.article as usize].id == "full")
        .unwrap();
    let snippet = &full.snippets[0];
    let text = &c.articles[1].blocks[snippet.block as usize].text;
    assert_eq!(
        covered(text, &snippet.matches),
        ["International Monetary Fund"]
    );
    assert_eq!(
        covered(
            "Both the IMF and the International Monetary Fund.",
            &index.highlight("imf", "Both the IMF and the International Monetary Fund.")
        ),
        ["IMF", "International Monetary Fund"]
    );
}

#[test]
fn entity_mentions_add_to_the_score() {
    let mut c = entity_corpus();
    // Both articles use the acronym once; only the first is recorded as mentioning the entity.
    c.articles = vec![
        para("mentioned", "Loan", "The IMF approved a loan on Friday."),
        para("not", "Loan", "The IMF approved a loan on Monday."),
    ];
    c.entities.truncate(1);
    c.entities[0].articles.truncate(1);
    assert_eq!(ids(&c, "imf "), ["mentioned", "not"]);
}

#[test]
fn snippets_come_from_paragraphs_and_subheadings_not_asides() {
    let long_before = "Words before the match fill this paragraph. ".repeat(8);
    let long_after = " More words follow the match in this long paragraph.".repeat(8);
    let body = format!("{long_before}The harvest failed in the north.{long_after}");
    let c = corpus(vec![article(
        "a",
        "Farm report",
        &[
            (BlockKind::Aside, "Photo: the harvest in 2019."),
            (BlockKind::Paragraph, "Opening paragraph without it."),
            (BlockKind::Paragraph, &body),
            (BlockKind::Subheading, "Harvest"),
        ],
    )]);
    let index = SearchIndex::build(&c);
    let hit = &index.search(&c, "harvest ")[0];
    assert!(hit.title_matches.is_empty());
    let blocks: Vec<u32> = hit.snippets.iter().map(|s| s.block).collect();
    assert_eq!(blocks, [2, 3]);
    let s = &hit.snippets[0];
    let text = &c.articles[0].blocks[2].text;
    let window = s.window.slice(text).unwrap();
    assert!(window.contains("The harvest failed"));
    assert!(window.len() < text.len());
    assert_eq!(covered(text, &s.matches), ["harvest"]);
    assert!(s
        .matches
        .iter()
        .all(|m| m.start >= s.window.start && m.end <= s.window.end));

    // Words only in an aside are not searched.
    assert!(index.search(&c, "photo ").is_empty());
}

#[test]
fn a_title_only_match_shows_the_lede_without_matches() {
    let c = corpus(vec![article(
        "a",
        "Volcano erupts",
        &[
            (BlockKind::Aside, "Credit: agency"),
            (BlockKind::Paragraph, "Ash covered the island."),
        ],
    )]);
    let index = SearchIndex::build(&c);
    let hit = &index.search(&c, "volcano")[0];
    assert_eq!(
        covered(&c.articles[0].title, &hit.title_matches),
        ["Volcano"]
    );
    assert_eq!(hit.snippets.len(), 1);
    assert_eq!(hit.snippets[0].block, 1);
    assert!(hit.snippets[0].matches.is_empty());
    assert_eq!(hit.snippets[0].window, Span { start: 0, end: 23 });
}

#[test]
fn only_the_first_hits_are_detailed_and_highlighter_fills_the_rest() {
    let c = corpus(
        (0..5)
            .map(|i| para(&format!("a{i}"), "Storm", "A storm came."))
            .collect(),
    );
    let index = SearchIndex::build(&c);
    let hits = index.search_detailed(&c, "storm", 2);
    assert_eq!(hits.len(), 5);
    assert!(hits[..2]
        .iter()
        .all(|h| !h.title_matches.is_empty() && !h.snippets.is_empty()));
    assert!(hits[2..]
        .iter()
        .all(|h| h.title_matches.is_empty() && h.snippets.is_empty()));
    let h = index.highlighter("storm");
    let later = &c.articles[hits[4].article as usize];
    assert_eq!(h.snippets(later)[0].matches, [Span { start: 2, end: 7 }]);
}

#[test]
fn a_cards_one_snippet_is_the_first_of_the_snippets() {
    let c = corpus(vec![
        // Every part in the second and fourth blocks, one part in the first and third.
        Article::new(
            "a0",
            "Harbour",
            vec![
                Block::paragraph("The harbour was quiet."),
                Block::paragraph("Dock workers began a strike at the harbour."),
                Block::paragraph("A strike was feared."),
                Block::paragraph("The harbour strike went on."),
            ],
        ),
        // No block matches: the lede, without matches.
        para("a1", "Weather", "Rain fell all day."),
    ]);
    let index = SearchIndex::build(&c);
    let h = index.highlighter("harbour strike");
    let all = h.snippets(&c.articles[0]);
    assert_eq!(all.iter().map(|s| s.block).collect::<Vec<_>>(), [1, 3]);
    assert_eq!(h.snippet(&c.articles[0]).as_ref(), all.first());
    let lede = h.snippet(&c.articles[1]).expect("the lede");
    assert!(lede.matches.is_empty());
    assert_eq!(Some(&lede), h.snippets(&c.articles[1]).first());
}

#[test]
fn empty_and_wordless_queries_find_nothing() {
    let c = entity_corpus();
    let index = SearchIndex::build(&c);
    for q in ["", "   ", "-", "\"\"", "!!!", "🙂", "\u{0}"] {
        assert!(index.search(&c, q).is_empty(), "{q:?}");
        assert!(index.highlight(q, "IMF loan").is_empty(), "{q:?}");
    }
}

#[test]
fn highlight_marks_words_stems_completions_and_phrases() {
    let c = corpus(vec![para(
        "a",
        "Talks",
        "Peace talks on bombing; the bombs and bombers; peacekeepers.",
    )]);
    let index = SearchIndex::build(&c);
    let text = "Bombs, BOMBING, bombers and peacekeepers at peace talks.";
    assert_eq!(
        covered(text, &index.highlight("bombing", text)),
        ["Bombs", "BOMBING"]
    );
    assert_eq!(
        covered(text, &index.highlight("peacekee", text)),
        ["peacekeepers"]
    );
    assert_eq!(
        covered(text, &index.highlight("\"peace talks\"", text)),
        ["peace talks"]
    );
}

#[test]
fn the_index_survives_the_snapshot_round_trip() {
    let snapshot = Snapshot::new(entity_corpus());
    let back = Snapshot::from_bytes(&snapshot.to_bytes()).unwrap();
    assert_eq!(back.index, snapshot.index);
    assert_eq!(
        back.index.search(&back.corpus, "imf"),
        snapshot.index.search(&snapshot.corpus, "imf")
    );
}

#[test]
fn an_index_for_another_corpus_or_an_empty_one_does_not_panic() {
    let c = entity_corpus();
    let empty = SearchIndex::default();
    assert!(empty.search(&c, "imf").is_empty());
    let small = SearchIndex::build(&corpus(vec![para("x", "IMF", "IMF")]));
    let _ = small.search(&Corpus::default(), "imf");
    let _ = SearchIndex::build(&c).search(&corpus(Vec::new()), "imf");
}

#[test]
fn snippets_prefer_blocks_with_more_parts_then_earlier_ones() {
    let c = corpus(vec![article(
        "a",
        "Report",
        &[
            (BlockKind::Paragraph, "Wheat wheat wheat wheat prices."),
            (BlockKind::Paragraph, "Wheat exports grew."),
            (BlockKind::Paragraph, "Nothing here."),
            (BlockKind::Paragraph, "Exports of wheat fell."),
            (BlockKind::Paragraph, "Wheat exports, wheat exports."),
        ],
    )]);
    let index = SearchIndex::build(&c);
    let hit = &index.search(&c, "wheat exports ")[0];
    let blocks: Vec<u32> = hit.snippets.iter().map(|s| s.block).collect();
    assert_eq!(blocks, [1, 3]);
}
