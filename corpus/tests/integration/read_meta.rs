//! Where an article comes from (source, date, author) and how its title relates to its text
//! (issue 12.7): rules checked on text written here, and their properties checked on real
//! news (the entity quality set, `tests/quality`) and on the seeds.

use std::path::Path;

use corpus::read::{date_key, parse_article, read_dir};
use corpus::{Article, BlockKind};

#[test]
fn byline_stamp_and_dateline_give_author_date_and_source() {
    let a = parse_article(
        "a.md",
        "Harbour reopens after storm\n\nBy Mira Solano and Teo Brandt, Reuters | Updated 9:40 AM ET, Tue March 8, 2022\n\nPORTLAND (Coast Wire) — The harbour reopened on Tuesday.\n\nShips queued outside.",
    );
    assert_eq!(a.title, "Harbour reopens after storm");
    assert_eq!(a.author.as_deref(), Some("Mira Solano and Teo Brandt"));
    assert_eq!(a.date.as_deref(), Some("March 8, 2022"));
    assert_eq!(a.source.as_deref(), Some("Coast Wire"));
    // The byline is a credit line, not story.
    assert_eq!(
        a.credits,
        ["By Mira Solano and Teo Brandt, Reuters | Updated 9:40 AM ET, Tue March 8, 2022"]
    );
    assert!(a.blocks.iter().all(|b| !b.text.starts_with("By ")));
}

#[test]
fn a_date_in_the_opening_dateline_counts_a_day_without_year_does_not() {
    let dated = parse_article(
        "a.txt",
        "Dam plans approved\n\nLAGOS, 4 October 2016 (Delta Wire) — The plans were approved.",
    );
    assert_eq!(dated.date.as_deref(), Some("4 October 2016"));
    assert_eq!(
        date_key(dated.date.as_deref().unwrap_or("")),
        Some(20_161_004)
    );

    let no_year = parse_article(
        "a.txt",
        "Dam plans approved\n\nLAGOS, Oct. 4 (Delta Wire) — The plans were approved on 5 October 2016.",
    );
    assert_eq!(
        no_year.date, None,
        "no year is guessed, and the story's dates are not the article's"
    );
}

#[test]
fn a_date_stamp_line_dates_the_article_a_sentence_with_a_date_does_not() {
    let stamped = parse_article(
        "a.txt",
        "Harbour reopens

Sat March 5, 2022 10:40 GMT

The harbour reopened.",
    );
    assert_eq!(stamped.date.as_deref(), Some("March 5, 2022"));
    assert_eq!(stamped.credits, ["Sat March 5, 2022 10:40 GMT"]);
    let told = parse_article(
        "a.txt",
        "Harbour reopens

On June 28, 1919 he married Elizabeth Wallace

The harbour reopened.",
    );
    assert_eq!(told.date, None, "a date in the story is not the article's");
    assert!(told.credits.is_empty());
}

#[test]
fn front_matter_wins_and_its_dates_sort() {
    let a = parse_article(
        "a.md",
        "---\ntitle: Rates held\ndate: 2021-11-03\nauthor: Lena Park\nsource: Money Daily\n---\nBy Someone Else\n\nThe bank held rates.",
    );
    assert_eq!(a.date.as_deref(), Some("2021-11-03"));
    assert_eq!(a.author.as_deref(), Some("Lena Park"));
    assert_eq!(a.source.as_deref(), Some("Money Daily"));
    assert_eq!(date_key("2021-11-03"), Some(20_211_103));
    assert!(date_key("2021-11-03") < date_key("Dec. 1, 2021"));
}

#[test]
fn a_title_that_is_the_first_sentence_is_not_the_snippet_and_is_whole_in_the_heading() {
    let long = "As the storm moved north along the coast, the harbour authority closed all twelve \
                piers, cancelled the evening ferries and asked owners of small boats to move \
                them inland before the tide.";
    let text = format!(
        "{long} Fishermen said they had never seen such waves.\nThe piers reopened on Monday."
    );
    let a = parse_article("a.txt", &text);
    assert!(
        a.title.ends_with('…'),
        "the card's title is cut: {}",
        a.title
    );
    assert_eq!(
        a.heading(),
        long.trim_end_matches('.'),
        "the reader's heading is whole"
    );
    assert_eq!(
        a.lede(),
        Some("Fishermen said they had never seen such waves.")
    );
    // The body keeps the paragraph whole.
    assert_eq!(a.blocks[0].text, text.lines().next().unwrap_or_default());

    // A paragraph of one sentence: the snippet is the next paragraph.
    let one = parse_article(
        "b.txt",
        "The river rose by two metres overnight.\nSchools stayed open.",
    );
    assert_eq!(one.title, "The river rose by two metres overnight");
    assert_eq!(one.heading(), "The river rose by two metres overnight");
    assert_eq!(one.lede(), Some("Schools stayed open."));

    // A headline of its own: the lede is the first paragraph, the heading the headline.
    let headed = parse_article(
        "c.txt",
        "River rises\n\nThe river rose. Schools stayed open.",
    );
    assert_eq!(headed.title_sentence, None);
    assert_eq!(headed.heading(), "River rises");
    assert_eq!(headed.lede(), Some("The river rose. Schools stayed open."));
}

/// A page that repeats its title at the start of the first paragraph ("Python 3.6.0 is now
/// available! Python 3.6.0 is ..."): the snippet starts after the repeat, and only a whole
/// repeat counts ("Storm warning" does not open "Storm warnings ...").
#[test]
fn a_snippet_does_not_open_with_the_title_repeated() {
    let a = parse_article(
        "a.txt",
        "Version 3 is out!\n\nVersion 3 is out! It is faster.\n\nGet it now.",
    );
    assert_eq!(a.heading(), "Version 3 is out!");
    assert_eq!(a.lede(), Some("It is faster."));
    let dotted = parse_article(
        "b.txt",
        "The river rose.\n\nThe river rose. Schools stayed open.",
    );
    assert_eq!(dotted.heading(), "The river rose");
    assert_eq!(dotted.lede(), Some("Schools stayed open."));
    let word = parse_article(
        "c.txt",
        "Storm warning\n\nStorm warnings went out in March.",
    );
    assert_eq!(word.heading(), "Storm warning");
    assert_eq!(word.lede(), Some("Storm warnings went out in March."));
}

/// What must hold of any article: the snippet never starts with the title, the heading starts
/// like the title and is never cut, and no credit line is left among the story's blocks.
fn check(a: &Article) {
    let stem = a.title.trim_end_matches('…');
    if let Some(lede) = a.lede() {
        assert_ne!(
            lede.trim_end_matches('.'),
            a.heading(),
            "{}: snippet is the title",
            a.path
        );
        if a.title_sentence.is_some() {
            assert!(
                !lede.starts_with(stem),
                "{}: snippet repeats the title",
                a.path
            );
        }
    }
    assert!(
        a.heading().starts_with(stem),
        "{}: heading {:?}",
        a.path,
        a.heading()
    );
    if a.title_sentence.is_some() {
        assert!(
            !a.heading().ends_with('…') || stem.ends_with('…'),
            "{}",
            a.path
        );
    }
    for block in &a.blocks {
        let lower = block.text.to_lowercase();
        let credit = lower
            .trim_end_matches('.')
            .ends_with("contributed to this report")
            || lower.starts_with("with reporting by")
            || lower.starts_with("source:")
            || lower == "story highlights";
        assert!(
            !credit,
            "{}: credit line in the body: {}",
            a.path, block.text
        );
    }
    if let Some(author) = &a.author {
        assert!(
            author.split_whitespace().count() <= 7,
            "{}: author {author}",
            a.path
        );
    }
    if let Some(date) = &a.date {
        assert!(date_key(date).is_some(), "{}: {date} does not sort", a.path);
    }
}

#[test]
fn real_news_and_the_seeds_keep_the_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut read = 0;
    for dir in [
        root.join("tests/quality/tuning/articles"),
        root.join("tests/quality/heldout/articles"),
        root.join("../seeds"),
    ] {
        let report = read_dir(&dir).expect("the folder reads");
        for a in &report.articles {
            check(a);
        }
        read += report.articles.len();
    }
    assert!(read >= 36 + 5, "{read} articles");
}

#[test]
fn seed_credits_are_metadata_and_titles_whole() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = read_dir(&root.join("../seeds")).expect("the seeds read");
    // Every seed without a headline line gets its first sentence as the heading, whole.
    let derived: Vec<&Article> = report
        .articles
        .iter()
        .filter(|a| a.title_sentence.is_some())
        .collect();
    assert!(!derived.is_empty());
    for a in derived {
        assert!(!a.heading().ends_with('…'), "{}: {}", a.path, a.heading());
        let first = a.blocks.iter().find(|b| b.kind == BlockKind::Paragraph);
        assert!(first.is_some_and(|b| b.text.starts_with(a.heading())));
    }
    // The seeds with credit lines have them as credits, not blocks.
    let credited: Vec<&Article> = report
        .articles
        .iter()
        .filter(|a| !a.credits.is_empty())
        .collect();
    assert!(!credited.is_empty());
    for a in credited {
        for credit in &a.credits {
            assert!(
                a.blocks.iter().all(|b| &b.text != credit),
                "{}: {credit} is also a block",
                a.path
            );
        }
    }
}
