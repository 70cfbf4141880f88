//! The matching rules of issue 13 on hand-written fixtures: nothing cut silently, how each
//! result matched (strong and weak groups), spelling variants, typing without false
//! failures, "did you mean".

use corpus::search::{Group, How, Ranking, SearchIndex};
use corpus::{Article, Block, Corpus, Entity, EntityKind, Mention, MentionSet};

fn para(id: &str, title: &str, text: &str) -> Article {
    Article::new(id, title, vec![Block::paragraph(text)])
}

fn corpus(articles: Vec<Article>) -> Corpus {
    Corpus {
        articles,
        entities: Vec::new(),
        quotes: Vec::new(),
    }
}

/// Ids of the hits of `ranking` in `group`, sorted.
fn group(c: &Corpus, r: &Ranking, g: Group) -> Vec<String> {
    let mut ids: Vec<String> = r
        .hits
        .iter()
        .filter(|h| h.group == g)
        .map(|h| c.articles[h.article as usize].id.clone())
        .collect();
    ids.sort();
    ids
}

fn strong(c: &Corpus, index: &SearchIndex, q: &str) -> Vec<String> {
    group(c, &index.rank(q), Group::Strong)
}

/// Speeches and reports: the sentences a plausible quotation can be made of.
fn speeches() -> Corpus {
    corpus(vec![
        para(
            "denial",
            "Minister denies strikes",
            "\"There is no evidence of our bombarding civilians,\" the minister said on \
             Tuesday, adding that everyone is accusing us of things we did not do.",
        ),
        para(
            "resign",
            "Calls to resign",
            "Opposition leaders said the government will resign if the evidence is \
             published, even though we will see whether civilians were bombarded.",
        ),
        para(
            "quote",
            "The full statement",
            "He said: \"We will not resign, because there is no evidence against us and \
             the people of this country know the truth about the war and the peace talks \
             that we started in the spring of last year with our neighbours.\"",
        ),
    ])
}

#[test]
fn a_quotation_nobody_said_gets_no_full_match() {
    let c = speeches();
    let index = SearchIndex::build(&c);
    // Every word occurs in the collection; the sentence does not.
    let untrue = "\"There is no evidence of our bombarding civilians even though everyone is \
                  accusing us and we will resign\"";
    let r = index.rank(untrue);
    assert_eq!(r.strong + r.weak, 0, "{:?}", r.hits);
    assert!(r.hits.is_empty(), "a phrase is one part: no partial hits");
    // Every word is in the collection: nothing to correct, no "check the spelling".
    assert_eq!(r.unknown, Vec::<String>::new());
    assert!(r.suggestions.is_empty());
    // Its first twelve words are in an article: still no match, the phrase is checked whole.
    let twelve_then_more = "\"There is no evidence of our bombarding civilians the minister said \
                            on Wednesday\"";
    assert!(index.rank(twelve_then_more).hits.is_empty());
    // A long quotation that is there is found, and only there.
    let said = "\"We will not resign, because there is no evidence against us and the people \
                of this country know the truth about the war and the peace talks that we \
                started in the spring of last year with our neighbours.\"";
    assert_eq!(strong(&c, &index, said), ["quote"]);
}

#[test]
fn a_query_of_many_words_is_searched_whole() {
    let words: Vec<String> = (0..20).map(|i| format!("token{i}x")).collect();
    let c = corpus(vec![
        para("all", "All of them", &words.join(" ")),
        para("first", "The first twelve", &words[..12].join(" ")),
    ]);
    let index = SearchIndex::build(&c);
    let r = index.rank(&(words.join(" ") + " "));
    assert_eq!(group(&c, &r, Group::Strong), ["all"]);
    assert_eq!(
        r.hits.len(),
        1,
        "no partial hits when some article has every word"
    );
    assert_eq!(r.searched_bytes, None);
    // A pasted page longer than the limit says how much was searched.
    let long = "word ".repeat(2000);
    assert!(index.rank(&long).searched_bytes.is_some());
}

fn un_corpus() -> Corpus {
    let articles = vec![
        para("un", "UN envoy", "The UN envoy arrived on Monday."),
        para(
            "united",
            "Envoy arrives",
            "The United Nations envoy arrived on Monday.",
        ),
        para("unless", "Talks", "Talks fail unless both sides agree."),
        para("other", "Weather", "Rain is expected on Monday."),
    ];
    let entities = vec![Entity {
        name: "United Nations".into(),
        kind: EntityKind::Organization,
        aliases: vec!["UN".into()],
        articles: vec![
            MentionSet {
                article: 0,
                mentions: vec![Mention {
                    block: 0,
                    start: 4,
                    end: 6,
                }],
            },
            MentionSet {
                article: 1,
                mentions: vec![Mention {
                    block: 0,
                    start: 4,
                    end: 18,
                }],
            },
        ],
    }];
    Corpus {
        articles,
        entities,
        quotes: Vec::new(),
    }
}

#[test]
fn typing_un_and_un_with_a_space_count_the_same_strong_matches() {
    let c = un_corpus();
    let index = SearchIndex::build(&c);
    let typing = index.rank("UN");
    let done = index.rank("UN ");
    assert_eq!(group(&c, &typing, Group::Strong), ["un", "united"]);
    assert_eq!(group(&c, &done, Group::Strong), ["un", "united"]);
    assert_eq!(typing.strong, done.strong);
    // Words starting with "un" are a weaker group, said as such.
    assert_eq!(group(&c, &typing, Group::Weak), ["unless"]);
    assert_eq!(typing.weak, 1);
    assert_eq!(done.weak, 0);
    let unless = typing.hits.iter().find(|h| h.group == Group::Weak).unwrap();
    assert_eq!(unless.matches[0].how, How::Prefix);
    assert_eq!(unless.matches[0].found, "unless");
    assert_eq!(unless.matches[0].word, "UN");
    // The same query string gives the same answer however it arrives.
    assert_eq!(index.rank("UN"), typing);
    // The article that names the entity without the word says so.
    let named = typing
        .hits
        .iter()
        .find(|h| c.articles[h.article as usize].id == "united")
        .unwrap();
    assert_eq!(named.matches[0].how, How::Entity);
    assert_eq!(named.matches[0].found, "United Nations");
}

#[test]
fn each_hit_says_how_each_word_matched() {
    let c = corpus(vec![
        para("exact", "Bombing", "The bombing of the bridge."),
        para("stem", "Bombs", "Bombs fell on the bridge."),
        para("typo", "Kremlin", "Dmitry Medvedev spoke in Moscow."),
    ]);
    let index = SearchIndex::build(&c);
    let r = index.rank("bombing bridge ");
    let how: Vec<(String, Vec<(String, How)>)> = r
        .hits
        .iter()
        .map(|h| {
            (
                c.articles[h.article as usize].id.clone(),
                h.matches.iter().map(|m| (m.found.clone(), m.how)).collect(),
            )
        })
        .collect();
    assert_eq!(
        how,
        [
            (
                "exact".to_string(),
                vec![
                    ("bombing".into(), How::Exact),
                    ("bridge".into(), How::Exact)
                ]
            ),
            (
                "stem".to_string(),
                vec![("bombs".into(), How::Stem), ("bridge".into(), How::Exact)]
            ),
        ]
    );
    assert_eq!(r.strong, 2);

    // A word the collection lacks matches its correction, in the weak group, and says so.
    let r = index.rank("Medvedv ");
    assert_eq!(r.strong, 0);
    assert_eq!(group(&c, &r, Group::Weak), ["typo"]);
    let m = &r.hits[0].matches[0];
    assert_eq!(
        (m.word.as_str(), m.found.as_str(), m.how),
        ("Medvedv", "medvedev", How::Typo)
    );
    assert_eq!(r.words[0].also, [("medvedev".to_string(), How::Typo)]);
    // A word the collection has gets no corrections: `bridge` does not find `bride`.
    let c2 = corpus(vec![
        para("bridge", "A bridge", "The bridge opened."),
        para("bride", "A bride", "The bride arrived."),
    ]);
    let index2 = SearchIndex::build(&c2);
    let r = index2.rank("bridge ");
    assert_eq!(group(&c2, &r, Group::Strong), ["bridge"]);
    assert_eq!(r.weak, 0);
}

#[test]
fn ceasefire_cease_fire_and_cease_fire_find_each_other() {
    let c = corpus(vec![
        para("joined", "Truce", "A ceasefire was agreed on Friday."),
        para("hyphen", "Truce", "A cease-fire was agreed on Friday."),
        para("spaced", "Truce", "A cease fire was agreed on Friday."),
        para(
            "fire",
            "Blaze",
            "A fire broke out; crews did not cease work.",
        ),
    ]);
    let index = SearchIndex::build(&c);
    // Two words apart match both words anywhere (AND), so the blaze article too.
    assert_eq!(
        strong(&c, &index, "cease fire "),
        ["fire", "hyphen", "joined", "spaced"]
    );
    for q in [
        "ceasefire ",
        "cease-fire ",
        "ceasefire",
        "cease-fire",
        "\"cease fire\"",
        "\"ceasefire\"",
        "\"a cease-fire was\"",
        "\"a ceasefire was\"",
    ] {
        assert_eq!(
            strong(&c, &index, q),
            ["hyphen", "joined", "spaced"],
            "{q:?}"
        );
    }
    // The highlighter marks every spelling.
    let text = "ceasefire, cease-fire and cease fire";
    let spans: Vec<&str> = index
        .highlight("ceasefire", text)
        .iter()
        .map(|s| s.slice(text).unwrap())
        .collect();
    assert_eq!(spans, ["ceasefire", "cease-fire", "cease fire"]);
    // Hyphenated words are joined whatever they are: `e-mail` finds `email`.
    let c = corpus(vec![
        para("a", "Mail", "Send an e-mail today."),
        para("b", "Mail", "Send an email today."),
    ]);
    let index = SearchIndex::build(&c);
    assert_eq!(strong(&c, &index, "email "), ["a", "b"]);
    assert_eq!(strong(&c, &index, "e-mail "), ["a", "b"]);
}

#[test]
fn typing_a_phrase_never_shows_a_false_failure() {
    let c = corpus(vec![
        para(
            "truce",
            "Talks resume",
            "Both sides called for a cessation of hostilities on Sunday.",
        ),
        para(
            "holidays",
            "Holidays",
            "The cessation of holidays angered workers.",
        ),
        para("other", "Weather", "Rain and hail in the hills."),
    ]);
    let index = SearchIndex::build(&c);
    let target = "\"cessation of hostilities\"";
    for end in 2..=target.len() {
        let typed = &target[..end];
        let r = index.rank(typed);
        assert!(
            r.strong + r.weak > 0 || r.keep_typing,
            "{typed:?} shows nothing and does not say keep typing"
        );
        if end > 2 {
            assert!(r.strong + r.weak > 0, "{typed:?}");
        }
    }
    // Typed so far: the phrase with its last word as a prefix.
    let r = index.rank("\"cessation of host");
    assert_eq!(group(&c, &r, Group::Weak), ["truce"]);
    // A last word too short to complete: the phrase without it, said so.
    let r = index.rank("\"cessation of h");
    assert_eq!(r.phrase_without.as_deref(), Some("h"));
    assert_eq!(group(&c, &r, Group::Weak), ["holidays", "truce"]);
    // Finished: exact.
    assert_eq!(strong(&c, &index, target), ["truce"]);
}

#[test]
fn one_letter_says_keep_typing() {
    let c = un_corpus();
    let index = SearchIndex::build(&c);
    for q in ["m", "L", "\"m"] {
        let r = index.rank(q);
        assert!(r.keep_typing, "{q:?}");
    }
    assert!(!index.rank("m ").keep_typing);
    assert!(!index.rank("mo").keep_typing);
    assert!(index.rank("mo").weak > 0, "two letters complete: monday");
}

#[test]
fn an_exclusion_being_typed_does_not_jump() {
    let c = corpus(vec![
        para("aleppo", "Syria", "Fighting in Aleppo, Syria, went on."),
        para(
            "damascus",
            "Syria",
            "Talks in Damascus, Syria, a city of al-Assad.",
        ),
        para("homs", "Syria", "Homs, Syria, was quiet."),
    ]);
    let index = SearchIndex::build(&c);
    let all = index.rank("syria").strong;
    assert_eq!(all, 3);
    for q in [
        "syria -",
        "syria -a",
        "syria -al",
        "syria -ale",
        "syria -alep",
    ] {
        assert_eq!(index.rank(q).strong, all, "{q:?}");
    }
    assert_eq!(
        index.rank("syria -a").pending_exclusion.as_deref(),
        Some("a")
    );
    assert_eq!(
        index.rank("syria -al").pending_exclusion.as_deref(),
        Some("al")
    );
    assert_eq!(index.rank("syria -ale").pending_exclusion, None);
    // Three letters or more apply at once (with stems), typed or not, so a link with the
    // same query gives the same results.
    assert_eq!(strong(&c, &index, "syria -aleppo"), ["damascus", "homs"]);
    assert_eq!(strong(&c, &index, "syria -aleppo "), ["damascus", "homs"]);
    // A finished short exclusion applies.
    assert_eq!(strong(&c, &index, "syria -al "), ["aleppo", "homs"]);
}

#[test]
fn did_you_mean_only_when_nothing_matches() {
    let c = corpus(vec![
        para("kerry", "Kerry", "John Kerry met the minister."),
        para("the", "Other", "The minister left."),
    ]);
    let index = SearchIndex::build(&c);
    // Two edits from `kerry` in a five-letter word: no typo match, but a suggestion.
    let r = index.rank("kxrrx ");
    assert!(r.hits.is_empty());
    assert_eq!(r.suggestions.len(), 1);
    assert_eq!(r.suggestions[0].word, "kxrrx");
    assert_eq!(r.suggestions[0].nearest, ["kerry"]);
    // A three-letter word gets no typo matches, but suggestions one edit away.
    let r = index.rank("teh ");
    assert!(r.hits.is_empty());
    assert_eq!(r.suggestions[0].nearest, ["the"]);
    assert_eq!(r.unknown, ["teh"]);
    // Nothing close: no suggestion, the page may say "check the spelling".
    let r = index.rank("zzzqqq kerry ");
    assert!(r.suggestions.is_empty());
    assert_eq!(r.unknown, ["zzzqqq"]);
    assert_eq!(r.hits.len(), 1, "the article with kerry, as a partial hit");
    // Something matches: no suggestions.
    assert!(index.rank("kerry ").suggestions.is_empty());
}

#[test]
fn folding_is_the_crate_folding() {
    let c = corpus(vec![
        para("comma", "Timișoara", "Protests in Timișoara grew."),
        para("cedilla", "Timişoara", "Protests in Timişoara grew."),
        para("plain", "Timisoara", "Protests in Timisoara grew."),
    ]);
    let index = SearchIndex::build(&c);
    for q in ["Timișoara ", "Timişoara ", "timisoara "] {
        assert_eq!(
            strong(&c, &index, q),
            ["cedilla", "comma", "plain"],
            "{q:?}"
        );
    }
}

#[test]
fn language_names_with_plus_plus_or_sharp_are_searched_as_written() {
    let c = corpus(vec![
        para(
            "cpp",
            "Rewritten in C++",
            "The team moved the engine to C++ last year.",
        ),
        para(
            "dotnet",
            "Two languages",
            "The service uses C# and F# on one runtime.",
        ),
        para(
            "plan",
            "Plan C",
            "Plan C was chosen; the letter c appears alone.",
        ),
    ]);
    let index = SearchIndex::build(&c);
    assert_eq!(strong(&c, &index, "C++"), ["cpp"]);
    assert_eq!(strong(&c, &index, "c++ "), ["cpp"]);
    assert_eq!(strong(&c, &index, "C#"), ["dotnet"]);
    assert_eq!(strong(&c, &index, "f#"), ["dotnet"]);
    assert_eq!(strong(&c, &index, "C "), ["plan"]);
    assert_eq!(strong(&c, &index, "\"in C++\""), ["cpp"]);
    let text = "Written in C++, not C.";
    let found: Vec<&str> = index
        .highlight("C++", text)
        .iter()
        .map(|s| &text[s.start as usize..s.end as usize])
        .collect();
    assert_eq!(found, ["C++"]);
}
