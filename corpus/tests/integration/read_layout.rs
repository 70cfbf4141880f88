//! The layout rules of the reader on single texts: title, block kinds, source, date, author,
//! counts, and text that must come through unchanged.

use crate::read_support;

use corpus::read::parse_article;
use corpus::BlockKind::{Aside, Paragraph, Subheading};
use read_support::blocks;

#[test]
fn headline_skips_tag_stamp_and_caption_lines() {
    let a = parse_article(
        "a.txt",
        "market stalls square night_00012345.jpg\n\
         Stalls at dusk (file photo)\n\
         03:10 - Source: Town Radio\n\
         Night market draws record crowds\n\
         \n\
         More than five thousand people visited the night market on Friday.\n",
    );
    assert_eq!(a.title, "Night market draws record crowds");
    assert_eq!(
        blocks(&a),
        [
            (Aside, "Stalls at dusk (file photo)"),
            (
                Paragraph,
                "More than five thousand people visited the night market on Friday."
            ),
        ]
    );
    // The file-name line and the time stamp are credits, not body.
    assert_eq!(
        a.credits,
        [
            "market stalls square night_00012345.jpg",
            "03:10 - Source: Town Radio"
        ]
    );
    assert_eq!(a.source.as_deref(), Some("Town Radio"));
    assert_eq!(
        a.lede(),
        Some("More than five thousand people visited the night market on Friday.")
    );
}

#[test]
fn text_opening_with_a_paragraph_gets_its_first_sentence_as_title() {
    let a = parse_article(
        "a.txt",
        "The river rose by two metres overnight. Roads near the bank were closed.\nSchools stayed open.\n",
    );
    assert_eq!(a.title, "The river rose by two metres overnight");
    // The paragraph the title came from stays in the body.
    assert_eq!(
        blocks(&a),
        [
            (
                Paragraph,
                "The river rose by two metres overnight. Roads near the bank were closed."
            ),
            (Paragraph, "Schools stayed open."),
        ]
    );
}

#[test]
fn long_first_sentence_is_cut_at_a_word_boundary() {
    let sentence = "As the storm moved north along the coast, the harbour authority closed all \
                    twelve piers, cancelled the evening ferries and asked owners of small boats \
                    to move them inland before the tide.";
    let a = parse_article("a.txt", sentence);
    // The first 120 characters end inside "and"; the cut goes back to the space before it.
    assert_eq!(
        a.title,
        "As the storm moved north along the coast, the harbour authority closed all twelve piers, cancelled the evening ferries…"
    );
    assert!(a.title.chars().count() <= 121);
}

#[test]
fn first_sentence_does_not_stop_at_abbreviations() {
    let a = parse_article(
        "a.txt",
        "Mr. Okafor met U.S. officials on Monday. They talked for an hour.",
    );
    assert_eq!(a.title, "Mr. Okafor met U.S. officials on Monday");
}

#[test]
fn short_lines_between_paragraphs_are_subheadings_elsewhere_asides() {
    let a = parse_article(
        "a.txt",
        "Farmers count the cost of the drought\n\
         Top stories\n\
         Wheat prices rise\n\
         Rain is forecast for next week\n\
         The harvest was the smallest in twenty years, the farmers' union said.\n\
         Prices at the mill went up by a third.\n\
         What comes next\n\
         The union will meet ministers on Tuesday.\n\
         Related coverage\n\
         Growers hope for a wet spring.\n\
         Help for small farms\n",
    );
    assert_eq!(a.title, "Farmers count the cost of the drought");
    assert_eq!(
        blocks(&a),
        [
            (Aside, "Top stories"),
            (Aside, "Wheat prices rise"),
            (Aside, "Rain is forecast for next week"),
            (
                Paragraph,
                "The harvest was the smallest in twenty years, the farmers' union said."
            ),
            (Paragraph, "Prices at the mill went up by a third."),
            (Subheading, "What comes next"),
            (Paragraph, "The union will meet ministers on Tuesday."),
            (Aside, "Related coverage"),
            (Paragraph, "Growers hope for a wet spring."),
            (Aside, "Help for small farms"),
        ]
    );
    assert_eq!(a.subheadings().collect::<Vec<_>>(), ["What comes next"]);
}

#[test]
fn a_short_line_opened_by_a_dash_is_text_not_a_subheading() {
    let a = parse_article(
        "a.txt",
        "Letters: the new bridge\n\n\
         Readers wrote about the cost of the bridge and the people who live by the river.\n\n\
         \"We need a plan that works for the families here, not a slogan,\" one wrote.\n\n\
         — Maria Gonzalez, El Paso, Texas, April 15, 2019\n\n\
         Another reader said the money should go to schools instead.\n\n\
         -- Tom Reed, Tulsa\n\n\
         The editors chose five letters to print in full.\n",
    );
    let kinds: Vec<_> = blocks(&a).into_iter().map(|(kind, _)| kind).collect();
    assert_eq!(kinds, [Paragraph; 6]);
}

#[test]
fn credits_bylines_and_stamps_are_credits_promos_and_datelines_asides() {
    let a = parse_article(
        "a.txt",
        "Bridge reopens after repairs\n\n\
         By Lena Park and Tomas Ruiz\n\n\
         Updated 9:40 AM, Tue October 4, 2016\n\n\
         RIVERTON —\n\n\
         The bridge reopened to traffic on Tuesday.\n\n\
         Sign up for the morning briefing\n\n\
         Engineers replaced every cable.\n\n\
         Additional reporting by Ines Moreau\n\n\
         Omar Haddad contributed to this report.\n",
    );
    assert_eq!(
        blocks(&a),
        [
            (Aside, "RIVERTON —"),
            (Paragraph, "The bridge reopened to traffic on Tuesday."),
            (Aside, "Sign up for the morning briefing"),
            (Paragraph, "Engineers replaced every cable."),
        ]
    );
    assert_eq!(
        a.credits,
        [
            "By Lena Park and Tomas Ruiz",
            "Updated 9:40 AM, Tue October 4, 2016",
            "Additional reporting by Ines Moreau",
            "Omar Haddad contributed to this report.",
        ]
    );
    assert_eq!(a.author.as_deref(), Some("Lena Park and Tomas Ruiz"));
    assert_eq!(a.date.as_deref(), Some("October 4, 2016"));
    // A place dateline names no source.
    assert_eq!(a.source, None);
}

#[test]
fn sources_from_datelines() {
    let own_line = parse_article(
        "a.txt",
        "Dam plans approved\n\nReuters —\n\nThe plans were approved.",
    );
    assert_eq!(own_line.source.as_deref(), Some("Reuters"));
    // An outlet's name as a dateline is a source line, not story (a place dateline is).
    assert_eq!(own_line.credits, ["Reuters —"]);
    assert!(own_line.blocks.iter().all(|b| b.text != "Reuters —"));

    let agency = parse_article(
        "a.txt",
        "Dam plans approved\n\nLAGOS (Delta Wire) —\n\nThe plans were approved.",
    );
    assert_eq!(agency.source.as_deref(), Some("Delta Wire"));

    let inline = parse_article(
        "a.txt",
        "Dam plans approved\n\nLAGOS (Delta Wire) - The plans were approved on Monday.",
    );
    assert_eq!(inline.source.as_deref(), Some("Delta Wire"));
    assert_eq!(
        inline.lede(),
        Some("LAGOS (Delta Wire) - The plans were approved on Monday.")
    );
}

#[test]
fn no_real_sentence_is_dropped() {
    let text = "tag line only words_0000999.png\n\
                A headline for the test\n\
                Photo: a quay at night\n\
                The first sentence of the story.\n\
                A short heading\n\
                The second paragraph, with a \"quote\".\n\
                Read more\n\
                Last words\n";
    let a = parse_article("a.txt", text);
    let mut kept: Vec<&str> = std::iter::once(a.title.as_str())
        .chain(a.blocks.iter().map(|b| b.text.as_str()))
        .chain(a.credits.iter().map(String::as_str))
        .collect();
    let mut lines: Vec<&str> = text.lines().collect();
    kept.sort_unstable();
    lines.sort_unstable();
    assert_eq!(kept, lines);
}

#[test]
fn blank_line_and_line_per_paragraph_layouts_read_alike() {
    let per_line = parse_article(
        "a.txt",
        "A headline here\nFirst paragraph.\nSub part\nSecond paragraph.\n",
    );
    let spaced = parse_article(
        "a.txt",
        "A headline here\n\nFirst paragraph.\n\nSub part\n\nSecond paragraph.\n",
    );
    assert_eq!(per_line.blocks, spaced.blocks);
    assert_eq!(per_line.title, spaced.title);
    assert_eq!(blocks(&spaced)[1], (Subheading, "Sub part"));
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let a = parse_article(
        "a.txt",
        "Storm closes the coast road\n\n\
         The coast road was closed on Sunday after\n\
         waves washed stones and sand onto the\n\
         road near the old lighthouse.\n\n\
         Police said it would stay closed until\n\
         the wind drops, probably on Tuesday.\n",
    );
    assert_eq!(
        blocks(&a),
        [
            (Paragraph, "The coast road was closed on Sunday after waves washed stones and sand onto the road near the old lighthouse."),
            (Paragraph, "Police said it would stay closed until the wind drops, probably on Tuesday."),
        ]
    );
}

#[test]
fn markup_is_kept_as_plain_text() {
    let a = parse_article(
        "a.txt",
        "Hackers put <script>alert(1)</script> on the site\n\n<img src=x onerror=alert(2)> was in the page & so was <b>this</b>.",
    );
    assert_eq!(a.title, "Hackers put <script>alert(1)</script> on the site");
    assert_eq!(
        a.lede(),
        Some("<img src=x onerror=alert(2)> was in the page & so was <b>this</b>.")
    );
}

#[test]
fn right_to_left_cyrillic_and_emoji_come_through() {
    let arabic = parse_article(
        "ar.txt",
        "انتخابات بلدية في المدينة\n\nصوت السكان يوم الأحد. هل تغير شيء؟ نعم.",
    );
    assert_eq!(arabic.title, "انتخابات بلدية في المدينة");
    assert_eq!(
        arabic.lede(),
        Some("صوت السكان يوم الأحد. هل تغير شيء؟ نعم.")
    );
    assert_eq!(arabic.word_count, 8);

    // No headline: the first sentence ends at the Arabic question mark.
    let arabic_body = parse_article("ar.txt", "هل تغير شيء؟ نعم، قال السكان.");
    assert_eq!(arabic_body.title, "هل تغير شيء؟");

    let hebrew = parse_article(
        "he.txt",
        "\u{200F}בחירות בעיר\n\nהתושבים הצביעו ביום ראשון.",
    );
    assert_eq!(hebrew.title, "\u{200F}בחירות בעיר");

    let russian = parse_article(
        "ru.txt",
        "Выборы в городе\n\nЖители голосовали в воскресенье.\nИтоги\nЯвка была высокой.",
    );
    assert_eq!(russian.title, "Выборы в городе");
    assert_eq!(
        blocks(&russian),
        [
            (Paragraph, "Жители голосовали в воскресенье."),
            (Subheading, "Итоги"),
            (Paragraph, "Явка была высокой."),
        ]
    );

    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
    let emoji = parse_article(
        "e.txt",
        &format!("Fans party all night 🎉\n\nA {family} family joined in."),
    );
    assert_eq!(emoji.title, "Fans party all night 🎉");
    assert_eq!(
        emoji.lede(),
        Some(format!("A {family} family joined in.").as_str())
    );
}

#[test]
fn control_characters_are_removed_and_crlf_read() {
    let a = parse_article(
        "a.txt",
        "Bell\u{7} rings\u{0} again\r\n\r\nThe old bell\u{1b} rang at noon.\r\n",
    );
    assert_eq!(a.title, "Bell rings again");
    assert_eq!(blocks(&a), [(Paragraph, "The old bell rang at noon.")]);
}

#[test]
fn word_count_covers_paragraphs_and_subheadings_only() {
    // 6 + 2 + 4 words in paragraphs and the subheading; the caption and credit do not count.
    let a = parse_article(
        "a.txt",
        "A title of four\n\nOne two three four five six.\n\nSub head\n\nSeven eight nine ten.\n\nA boat (photo)\n\nJo Doe contributed to this report.",
    );
    assert_eq!(a.word_count, 12);
    assert_eq!(a.reading_minutes, 1);

    let long = format!("Long read\n\n{}", "word ".repeat(461));
    let a = parse_article("a.txt", &long);
    assert_eq!(a.word_count, 461);
    assert_eq!(a.reading_minutes, 3); // 461 / 230 = 2.004..., rounded up
}

#[test]
fn markdown_headings_images_and_inline_marks() {
    let a = parse_article(
        "a.md",
        "# Lanterns light the *old* town\n\n![Lanterns over the square](l.jpg)\n\nThe **festival** opened with\n[music](https://example.org).\n\n## Later\n\n- A list item here\n",
    );
    assert_eq!(a.title, "Lanterns light the old town");
    assert_eq!(
        blocks(&a),
        [
            (Aside, "Lanterns over the square"),
            (Paragraph, "The festival opened with music."),
            (Subheading, "Later"),
            (Aside, "A list item here"),
        ]
    );
}

#[test]
fn ids_are_path_slugs() {
    assert_eq!(
        parse_article("World News/Café Opens.txt", "x").id,
        "world-news-cafe-opens"
    );
}

#[test]
fn title_only_file_and_no_text() {
    let a = parse_article("a.txt", "Just a headline here");
    assert_eq!(a.title, "Just a headline here");
    assert!(a.blocks.is_empty());
    assert_eq!(a.word_count, 0);
    assert_eq!(a.reading_minutes, 1);
}

#[test]
fn credit_lines_are_told_by_their_form_not_by_names() {
    let a = parse_article(
        "a.txt",
        "Quarry plan divides the valley

         river quarry valley protest_00031337.jpg

         07:12 - Source: Valley Radio

         Story highlights

         The council approved the quarry on Monday.

         Illustration by Mara Quist

         Residents said they would appeal.

         With reporting by Wirenet and Ostpress

         Valley Radio's Ilse Varga and Teo Brandt contributed to this report.
",
    );
    assert_eq!(
        blocks(&a),
        [
            (Paragraph, "The council approved the quarry on Monday."),
            (Paragraph, "Residents said they would appeal."),
        ]
    );
    assert_eq!(
        a.credits,
        [
            "river quarry valley protest_00031337.jpg",
            "07:12 - Source: Valley Radio",
            "Story highlights",
            "Illustration by Mara Quist",
            "With reporting by Wirenet and Ostpress",
            "Valley Radio's Ilse Varga and Teo Brandt contributed to this report.",
        ]
    );
    assert_eq!(a.source.as_deref(), Some("Valley Radio"));
    // Credit lines are not reading: only the two paragraphs count, 7 + 5 words.
    assert_eq!(a.word_count, 12);
}
