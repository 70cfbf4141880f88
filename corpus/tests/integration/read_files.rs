//! The reader on folders: which files are read, how they are decoded, what is reported, and
//! how ids are made.

use crate::read_support;

use corpus::read::{read_dir, Level, Notice, ReadReport};
use corpus::BlockKind::{Aside, Paragraph, Subheading};
use read_support::{blocks, fixtures, Scratch};

fn read(dir: &std::path::Path) -> ReadReport {
    read_dir(dir).expect("folder is readable")
}

/// The notices as (path, level) pairs.
fn notice_keys(notices: &[Notice]) -> Vec<(&str, Level)> {
    notices.iter().map(|n| (n.path.as_str(), n.level)).collect()
}

fn notice_for<'a>(report: &'a ReadReport, path: &str) -> &'a Notice {
    report
        .notices
        .iter()
        .find(|n| n.path == path)
        .unwrap_or_else(|| panic!("no notice for {path}: {:?}", report.notices))
}

#[test]
fn fixture_folder_reads_recursively_in_path_order() {
    let report = read(&fixtures().join("corpus"));
    let paths: Vec<&str> = report.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "council/Budget Vote.txt",
            "council/budget-vote.txt",
            "features/broken.md",
            "features/market.md",
            "harbour.txt",
            "script.txt",
            "world/cup-emoji.txt",
            "world/festival-he.txt",
            "world/library-ar.txt",
            "world/moscow.txt",
        ]
    );
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "council-budget-vote",
            "council-budget-vote-2",
            "features-broken",
            "features-market",
            "harbour",
            "script",
            "world-cup-emoji",
            "world-festival-he",
            "world-library-ar",
            "world-moscow",
        ]
    );
}

#[test]
fn fixture_folder_notices_name_files_and_reasons() {
    let report = read(&fixtures().join("corpus"));
    assert_eq!(
        notice_keys(&report.notices),
        [
            (".drafts", Level::Info),
            (".hidden.txt", Level::Info),
            ("README", Level::Info),
            ("notes.rtf", Level::Info),
            ("blank.txt", Level::Skipped),
            ("empty.txt", Level::Skipped),
            ("features/broken.md", Level::Warning),
            ("features/broken.md", Level::Warning),
            ("world/harbour-again.txt", Level::Info),
        ]
    );
    assert!(notice_for(&report, ".drafts")
        .message
        .contains("hidden folder"));
    assert!(notice_for(&report, "notes.rtf")
        .message
        .contains("not a .txt or .md file"));
    assert!(notice_for(&report, "blank.txt")
        .message
        .contains("only whitespace"));
    assert!(notice_for(&report, "empty.txt").message.contains("empty"));
    let duplicate = notice_for(&report, "world/harbour-again.txt");
    assert!(duplicate.message.contains("harbour.txt"), "{duplicate}");
    assert!(duplicate.message.contains("byte-identical"), "{duplicate}");
    // The curation file is the entities step's business: no notice at all.
    assert!(report
        .notices
        .iter()
        .all(|n| !n.path.contains("entities.toml")));
}

#[test]
fn fixture_article_with_furniture() {
    let report = read(&fixtures().join("corpus"));
    let a = report
        .articles
        .iter()
        .find(|a| a.path == "harbour.txt")
        .expect("read");
    assert_eq!(a.title, "Ferries return as the old harbour reopens");
    assert_eq!(a.source.as_deref(), Some("Coastal Daily"));
    assert_eq!(
        blocks(a),
        [
            (Aside, "Ferry crossings resume on Monday"),
            (Aside, "The mayor promises lower fares"),
            (Aside, "PORTVILLE —"),
            (Paragraph, "The old harbour reopened on Monday after two years of repairs, and the first ferries docked before dawn."),
            (Aside, "Harbour master Ana Lima (file photo)"),
            (Paragraph, "Ana Lima said the quay walls had been rebuilt \"stone by stone\" and could now take larger ships."),
            (Subheading, "New timetable"),
            (Paragraph, "Crossings to the islands will run every hour from six in the morning."),
            (Paragraph, "Residents welcomed the news."),
        ]
    );
    assert_eq!(
        a.credits,
        [
            "ferry harbour reopening quay tag_00004512.jpg",
            "02:15 - Source: Coastal Daily",
            "Key points",
            "Jon Berg contributed to this report.",
        ]
    );
}

#[test]
fn front_matter_fields_and_repeated_title() {
    let report = read(&fixtures().join("corpus"));
    let a = report
        .articles
        .iter()
        .find(|a| a.path == "features/market.md")
        .expect("read");
    assert_eq!(a.title, "Night market: a town's favourite evening");
    assert_eq!(a.source.as_deref(), Some("Valley Wire"));
    assert_eq!(a.date.as_deref(), Some("2021-06-04"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/night-market"));
    assert_eq!(a.author.as_deref(), Some("Mara Quist, Jon Berg"));
    assert_eq!(
        blocks(a),
        [
            (Aside, "Stalls at dusk (photo)"),
            (
                Paragraph,
                "Every Friday the square fills with food stalls, music and lanterns."
            ),
            (Subheading, "The cooks"),
            (
                Paragraph,
                "Most of the cooks are home cooks who sell one dish each."
            ),
        ]
    );
}

#[test]
fn malformed_front_matter_is_reported_by_line_and_the_file_still_read() {
    let report = read(&fixtures().join("corpus"));
    let warnings: Vec<&str> = report
        .notices
        .iter()
        .filter(|n| n.path == "features/broken.md")
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(warnings.len(), 2);
    assert!(warnings[0].starts_with("line 3:"), "{warnings:?}");
    assert!(warnings[1].starts_with("line 4:"), "{warnings:?}");
    let a = report
        .articles
        .iter()
        .find(|a| a.path == "features/broken.md")
        .expect("read");
    assert_eq!(a.title, "A street festival returns");
    assert_eq!(a.source.as_deref(), Some("Valley Wire"));
    assert_eq!(
        blocks(a),
        [
            (
                Paragraph,
                "The street festival returns this weekend after a year off."
            ),
            (Paragraph, "Organisers expect more visitors than ever."),
        ]
    );
}

#[test]
fn unclosed_front_matter_reads_the_whole_file_as_text() {
    let dir = Scratch::new("unclosed");
    dir.write(
        "a.md",
        "---\ntitle: Never closed\n\nThe council met on Monday.\n",
    );
    let report = read(dir.path());
    assert_eq!(notice_keys(&report.notices), [("a.md", Level::Warning)]);
    assert!(report.notices[0].message.starts_with("line 1:"));
    let a = &report.articles[0];
    let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, ["title: Never closed", "The council met on Monday."]);
}

#[test]
fn bom_and_crlf() {
    let dir = Scratch::new("bom");
    dir.write(
        "a.txt",
        b"\xEF\xBB\xBFHeadline after a BOM\r\n\r\nFirst line of text.\r\nSecond line.\r\n",
    );
    let report = read(dir.path());
    assert!(report.notices.is_empty(), "{:?}", report.notices);
    let a = &report.articles[0];
    assert_eq!(a.title, "Headline after a BOM");
    assert_eq!(
        blocks(a),
        [
            (Paragraph, "First line of text."),
            (Paragraph, "Second line.")
        ]
    );
}

#[test]
fn invalid_utf8_is_read_as_windows_1252_with_a_warning() {
    let dir = Scratch::new("cp1252");
    dir.write(
        "old.txt",
        b"Caf\xE9 owners \x93welcome\x94 the plan\n\nPrices rise by 5\x80 \x96 or more.\n",
    );
    let report = read(dir.path());
    let a = &report.articles[0];
    assert_eq!(a.title, "Café owners “welcome” the plan");
    assert_eq!(a.lede(), Some("Prices rise by 5€ – or more."));
    assert_eq!(notice_keys(&report.notices), [("old.txt", Level::Warning)]);
    assert!(report.notices[0].message.contains("Windows-1252"));
}

#[test]
fn utf16_with_bom_is_decoded() {
    let dir = Scratch::new("utf16");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "Über den Fluss\n\nDie Brücke ist offen.".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    dir.write("de.txt", bytes);
    let report = read(dir.path());
    assert_eq!(report.articles[0].title, "Über den Fluss");
    assert_eq!(report.articles[0].lede(), Some("Die Brücke ist offen."));
}

#[test]
fn control_characters_are_removed_with_a_warning() {
    let dir = Scratch::new("controls");
    dir.write(
        "a.txt",
        "Alarm\u{7} sounds\n\nThe siren\u{1b}[0m rang\u{8} twice.\n",
    );
    let report = read(dir.path());
    let a = &report.articles[0];
    assert_eq!(a.title, "Alarm sounds");
    assert_eq!(a.lede(), Some("The siren[0m rang twice."));
    assert_eq!(notice_keys(&report.notices), [("a.txt", Level::Warning)]);
    assert!(report.notices[0].message.contains("3 control"));
}

#[test]
fn binary_empty_and_blank_files_are_skipped_with_reasons() {
    let dir = Scratch::new("junk");
    dir.write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0")
        .write(
            "noise.txt",
            (1u8..32).cycle().take(4000).collect::<Vec<u8>>(),
        )
        .write("empty.md", b"")
        .write("blank.txt", " \n\r\n\t \u{a0}\n".as_bytes())
        .write("good.txt", "A good headline\n\nA good sentence.");
    let report = read(dir.path());
    assert_eq!(report.articles.len(), 1);
    assert_eq!(
        notice_keys(&report.notices),
        [
            ("blank.txt", Level::Skipped),
            ("empty.md", Level::Skipped),
            ("image.txt", Level::Skipped),
            ("noise.txt", Level::Skipped),
        ]
    );
    assert!(notice_for(&report, "image.txt").message.contains("binary"));
    assert!(notice_for(&report, "noise.txt").message.contains("binary"));
    assert!(notice_for(&report, "blank.txt")
        .message
        .contains("whitespace"));
    assert!(notice_for(&report, "empty.md").message.contains("empty"));
}

#[test]
fn duplicates_are_kept_once_and_near_duplicates_are_not() {
    let dir = Scratch::new("dups");
    let text = "Same story\n\nSame words.";
    dir.write("a/one.txt", text)
        .write("b/two.txt", text)
        .write("c/three.txt", format!("{text}\n"));
    let report = read(dir.path());
    let paths: Vec<&str> = report.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(paths, ["a/one.txt", "c/three.txt"]);
    assert_eq!(notice_keys(&report.notices), [("b/two.txt", Level::Info)]);
    assert!(report.notices[0].message.contains("a/one.txt"));
}

#[test]
fn colliding_slugs_get_deterministic_suffixes() {
    let dir = Scratch::new("slugs");
    for (path, title) in [
        ("news/Rates Rise.txt", "First"),
        ("news/rates-rise.txt", "Second"),
        ("news/rates_rise.md", "Third"),
        ("news/rates-rise-2.txt", "Fourth"),
        ("Новости.txt", "Fifth"),
    ] {
        dir.write(path, format!("{title} story here\n\nText."));
    }
    let report = read(dir.path());
    let ids: Vec<(&str, &str)> = report
        .articles
        .iter()
        .map(|a| (a.path.as_str(), a.id.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("news/Rates Rise.txt", "news-rates-rise"),
            ("news/rates-rise-2.txt", "news-rates-rise-2"),
            ("news/rates-rise.txt", "news-rates-rise-3"),
            ("news/rates_rise.md", "news-rates-rise-4"),
            ("Новости.txt", "novosti"),
        ]
    );
}

#[test]
fn zero_articles_is_not_an_error() {
    let dir = Scratch::new("zero");
    let report = read(dir.path());
    assert!(report.articles.is_empty());
    assert!(report.notices.is_empty());

    dir.write("photo.jpg", b"\xFF\xD8\xFF").write(".keep", b"");
    let report = read(dir.path());
    assert!(report.articles.is_empty());
    assert_eq!(report.notices.len(), 2);
}

#[test]
fn missing_folder_is_an_error() {
    let dir = Scratch::new("missing");
    let err = read_dir(&dir.path().join("nope")).expect_err("no such folder");
    assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
}

#[test]
fn five_megabyte_article() {
    let dir = Scratch::new("big");
    let paragraph = "The committee heard evidence from residents about the new road. ".repeat(8);
    let paragraphs = 5 * 1024 * 1024 / paragraph.len() + 1;
    let body = vec![paragraph.trim_end(); paragraphs].join("\n\n");
    dir.write("big.txt", format!("A very long report\n\n{body}"));
    let report = read(dir.path());
    let a = &report.articles[0];
    assert_eq!(a.title, "A very long report");
    assert_eq!(a.blocks.len(), paragraphs);
    // 10 words a sentence, 8 sentences a paragraph.
    assert_eq!(a.word_count as usize, paragraphs * 80);
    assert_eq!(a.reading_minutes as usize, (paragraphs * 80).div_ceil(230));
}

#[test]
fn one_megabyte_single_line() {
    let dir = Scratch::new("line");
    dir.write("line.txt", "word ".repeat(200_000))
        .write("solid.txt", "x".repeat(1024 * 1024));
    let report = read(dir.path());
    let line = &report.articles[0];
    assert_eq!(line.word_count, 200_000);
    assert_eq!(line.blocks.len(), 1);
    assert!(line.title.starts_with("word word"));
    assert!(line.title.ends_with('…'));
    let solid = &report.articles[1];
    assert_eq!(solid.word_count, 1);
    assert_eq!(solid.title, format!("{}…", "x".repeat(120)));
}
