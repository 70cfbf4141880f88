//! One test per rule of `corpus::quotes`: the marks that make a quotation and the ways news
//! names who said it. Names and sentences are made up for the tests.

use crate::quotes_common;

use corpus::Corpus;
use corpus::EntityKind::{Organization, Person, Place};
use quotes_common::{article, collection};

/// Every occurrence as `(article id, quoted text, speaker name)`, in article and reading
/// order.
fn found(corpus: &Corpus) -> Vec<(String, String, Option<String>)> {
    let mut out: Vec<(u32, u32, u32, String, String, Option<String>)> = corpus
        .quotes
        .iter()
        .flat_map(|q| &q.occurrences)
        .map(|o| {
            let a = &corpus.articles[o.article as usize];
            (
                o.article,
                o.block,
                o.start,
                a.id.clone(),
                o.text(a).unwrap(),
                o.speaker.map(|e| corpus.entities[e as usize].name.clone()),
            )
        })
        .collect();
    out.sort();
    out.into_iter()
        .map(|(_, _, _, a, t, s)| (a, t, s))
        .collect()
}

/// The speaker found for the quotation whose text starts with `start`.
fn speaker_of(corpus: &Corpus, start: &str) -> Option<String> {
    let all = found(corpus);
    let hit = all
        .iter()
        .find(|(_, t, _)| t.starts_with(start))
        .unwrap_or_else(|| panic!("no quotation starting {start:?} in {all:#?}"));
    hit.2.clone()
}

fn one(paragraphs: &[&str], entities: &[(corpus::EntityKind, &[&str])]) -> corpus::Corpus {
    collection(vec![article("a", paragraphs)], entities)
}

const MARA: (corpus::EntityKind, &[&str]) = (Person, &["Mara Quist", "Quist"]);
const JON: (corpus::EntityKind, &[&str]) = (Person, &["Jon Berg", "Berg"]);

#[test]
fn said_after_the_quote_with_a_surname_resolving_to_the_full_name() {
    let c = one(
        &[
            "Harbour master Mara Quist spoke on Monday.",
            "\"The ferries will run again by the end of the month,\" Quist said of the repairs.",
        ],
        &[MARA],
    );
    assert_eq!(
        speaker_of(&c, "The ferries will run"),
        Some("Mara Quist".into())
    );
}

#[test]
fn said_before_the_name_with_an_apposition_after_it() {
    let c = one(
        &["“There is a lot of work to do before the season,” said Berg, whose company runs the pier."],
        &[JON],
    );
    assert_eq!(speaker_of(&c, "There is a lot"), Some("Jon Berg".into()));
}

#[test]
fn speaker_and_colon_before_the_quote() {
    let c = one(
        &["Jon Berg, the head of the ferry company, said: \"We have never seen a season like this one.\""],
        &[JON],
    );
    assert_eq!(
        speaker_of(&c, "We have never seen"),
        Some("Jon Berg".into())
    );
}

#[test]
fn partial_quote_inside_a_sentence() {
    let c = one(
        &["Quist cautioned that \"we are not out of the woods yet\" and left the meeting."],
        &[MARA],
    );
    assert_eq!(
        found(&c),
        [(
            "a".to_string(),
            "we are not out of the woods yet".to_string(),
            Some("Mara Quist".to_string())
        )]
    );
}

#[test]
fn according_to_an_organisation() {
    let c = one(
        &["Prices rose \"faster than at any time in a decade,\" according to the Harbour Authority."],
        &[(Organization, &["Harbour Authority"])],
    );
    assert_eq!(
        speaker_of(&c, "faster than at any"),
        Some("Harbour Authority".into())
    );
}

#[test]
fn he_added_refers_to_the_last_named_speaker() {
    let c = one(
        &[
            "\"The pier is safe for now,\" Jon Berg said on Tuesday.",
            "\"We will keep checking it every single week,\" he added during a visit.",
        ],
        &[JON],
    );
    assert_eq!(
        speaker_of(&c, "We will keep checking"),
        Some("Jon Berg".into())
    );
}

#[test]
fn pronouns_follow_gender_from_honorifics() {
    let c = one(
        &[
            "Mrs Quist said the budget was tight. Mr Berg replied that it was not.",
            "\"We cannot spend what we do not have,\" she said.",
        ],
        &[MARA, JON],
    );
    assert_eq!(speaker_of(&c, "We cannot spend"), Some("Mara Quist".into()));
    // Nothing tells Robin Lind's gender: "she" could be either of them.
    let c = one(
        &[
            "Mrs Quist said the budget was tight. Robin Lind replied that it was not.",
            "\"We cannot spend what we do not have,\" she said.",
        ],
        &[MARA, (Person, &["Robin Lind", "Lind"])],
    );
    assert_eq!(speaker_of(&c, "We cannot spend"), None);
}

#[test]
fn given_names_of_one_gender_tell_who_he_or_she_is() {
    let c = one(
        &[
            "Mara Quist said the budget was tight, and Jon Berg replied that it was not.",
            "\"We cannot spend what we do not have,\" she said. \"It is fine,\" he said.",
        ],
        &[MARA, JON],
    );
    assert_eq!(speaker_of(&c, "We cannot spend"), Some("Mara Quist".into()));
    assert_eq!(speaker_of(&c, "It is fine"), Some("Jon Berg".into()));
}

#[test]
fn a_pronoun_is_not_guessed_between_two_speakers_of_one_sentence() {
    let c = one(
        &[
            "Tom Lind said the plan was late, and Jon Berg said it was on time.",
            "\"It will all be done by spring,\" they said, and \"the work is going well,\" he said.",
        ],
        &[(Person, &["Tom Lind", "Lind"]), JON],
    );
    assert_eq!(speaker_of(&c, "It will all be done"), None);
    assert_eq!(speaker_of(&c, "the work is going well"), None);
}

#[test]
fn an_unnamed_speaker_stays_unknown_and_stops_he_and_she() {
    let c = one(
        &[
            "\"The ferries are late again,\" Jon Berg said.",
            "\"Nobody ever tells us anything,\" one passenger said.",
            "\"We have waited here for three hours,\" he said.",
        ],
        &[JON],
    );
    assert_eq!(speaker_of(&c, "Nobody ever tells"), None);
    assert_eq!(speaker_of(&c, "We have waited"), None);
}

#[test]
fn a_quote_paragraph_after_a_paragraph_that_names_the_speaker() {
    let c = one(
        &[
            "\"There is no other way to keep the harbour open,\" said Quist, who chairs the board.",
            "\"There is no way to deal with the repairs unless we sit down and work together.\"",
            "The board meets again in March.",
            "\"This paragraph follows one that names nobody.\"",
        ],
        &[MARA],
    );
    assert_eq!(
        speaker_of(&c, "There is no way to deal"),
        Some("Mara Quist".into())
    );
    assert_eq!(speaker_of(&c, "This paragraph follows"), None);
}

#[test]
fn a_quote_over_several_paragraphs_is_one_quotation() {
    let c = one(
        &[
            "Jon Berg said: \"Given what the repairs cost, any delay is hard to justify.",
            "\"The money could be spent far better on the ferries themselves.",
            "\"We expect to decide in the spring.\"",
            "The council did not comment.",
        ],
        &[JON],
    );
    assert_eq!(
        found(&c),
        [(
            "a".to_string(),
            "Given what the repairs cost, any delay is hard to justify. The money could be spent far better on the ferries themselves. We expect to decide in the spring.".to_string(),
            Some("Jon Berg".to_string())
        )]
    );
    let at = c.quotes[0].occurrences[0];
    assert_eq!((at.block, at.end_block), (0, 2));
}

#[test]
fn a_quote_over_paragraphs_run_together_is_one_quotation() {
    // The paragraph break lost: the next paragraph's opening mark follows a full stop.
    let c = one(
        &["Jon Berg said the talks went well. \"Any delay is hard to justify. \"We expect to decide in the spring, with 'no more excuses'. \"The council agrees.\" The council did not comment."],
        &[JON],
    );
    assert_eq!(
        found(&c),
        [(
            "a".to_string(),
            "Any delay is hard to justify. We expect to decide in the spring, with 'no more excuses'. The council agrees.".to_string(),
            Some("Jon Berg".to_string())
        )]
    );
}

#[test]
fn a_description_that_starts_with_a_name_is_passed_over_for_the_speaker() {
    let c = one(
        &[
            "Delays are common, Jon Berg, Harbour Ferries CEO and a member of the port board, told the council.",
            "\"This one was particularly hard on the crews,\" he said.",
        ],
        &[JON, (Organization, &["Harbour Ferries"])],
    );
    assert_eq!(speaker_of(&c, "This one was"), Some("Jon Berg".into()));
}

#[test]
fn a_speech_noun_after_a_possessive_gives_the_speaker() {
    let c = one(
        &["Quist spoke first. Later Berg met the board, and Quist's accusation that Berg was \"responsible for every delay\" was read out."],
        &[MARA, JON],
    );
    assert_eq!(
        speaker_of(&c, "responsible for every"),
        Some("Mara Quist".into())
    );
}

#[test]
fn a_member_named_only_by_the_body_before_him_is_unknown() {
    let c = one(
        &[
            "\"The crews are tired of waiting,\" said a Harbour Ferries insider in the port.",
            "\"The new timetable starts in May,\" said a Harbour Ferries spokesman.",
        ],
        &[(Organization, &["Harbour Ferries"])],
    );
    assert_eq!(speaker_of(&c, "The crews are"), None);
    assert_eq!(
        speaker_of(&c, "The new timetable"),
        Some("Harbour Ferries".into())
    );
}

#[test]
fn the_sentence_before_names_the_speaker_of_a_quote_in_the_same_paragraph() {
    let c = one(
        &["The storm peaked overnight, forecaster Mara Quist said. “It will be a wet and windy day for most parts.”"],
        &[MARA],
    );
    assert_eq!(
        speaker_of(&c, "It will be a wet"),
        Some("Mara Quist".into())
    );
}

#[test]
fn scare_quotes_of_one_or_two_words_are_not_quotations() {
    let c = one(
        &["The \"brilliant\" plan met \"fierce resistance\" from the \"old guard\", Berg said."],
        &[JON],
    );
    assert!(found(&c).is_empty(), "{:?}", found(&c));
}

#[test]
fn titles_of_works_are_not_quotations_unless_someone_says_them() {
    let c = one(
        &[
            "She discussed it on “Meet the Press” and in her essay “Battle of the Bike Lanes.”",
            "“No, Madam Chair,” Berg said.",
        ],
        &[JON],
    );
    assert_eq!(
        found(&c),
        [(
            "a".to_string(),
            "No, Madam Chair,".to_string(),
            Some("Jon Berg".to_string())
        )]
    );
}

#[test]
fn never_a_place_nor_a_date() {
    let c = one(
        &[
            "\"The sanctions will stay in place for the whole year,\" Moscow said.",
            "\"We will be back at the table next week,\" Jon Berg said on October 4 in Oslo.",
            "On Saturday, \"the talks went on for the whole night,\" Oslo said.",
        ],
        &[(Place, &["Moscow"]), (Place, &["Oslo"]), JON],
    );
    assert_eq!(speaker_of(&c, "The sanctions will stay"), None);
    assert_eq!(speaker_of(&c, "We will be back"), Some("Jon Berg".into()));
    assert_eq!(speaker_of(&c, "the talks went on"), None);
}

#[test]
fn a_surname_read_as_a_place_stands_for_the_person_of_that_name() {
    let c = one(
        &[
            "Lewis Hamilton arrived late on Thursday.",
            "\"I was exhausted after ten days on the road,\" Hamilton said.",
        ],
        &[(Person, &["Lewis Hamilton"]), (Place, &["Hamilton"])],
    );
    assert_eq!(
        speaker_of(&c, "I was exhausted"),
        Some("Lewis Hamilton".into())
    );
}

#[test]
fn the_name_in_an_apposition_not_the_one_in_a_description() {
    let c = one(
        &[
            "The Quist campaign's spokesman, Jon Berg, said: \"We raised more than ever this quarter.\"",
            "A spokeswoman for Mrs Quist said the request was \"a starting point for talks\".",
        ],
        &[MARA, JON],
    );
    assert_eq!(speaker_of(&c, "We raised more"), Some("Jon Berg".into()));
    assert_eq!(speaker_of(&c, "a starting point"), None);
}

#[test]
fn said_x_after_a_comma_with_the_name_ending_its_phrase() {
    let c = one(
        &["\"There is going to be a rude awakening\" for shops, said Jon Berg, an analyst at a bank."],
        &[JON],
    );
    assert_eq!(
        speaker_of(&c, "There is going to be"),
        Some("Jon Berg".into())
    );
}

#[test]
fn a_second_fragment_after_the_attribution_keeps_the_speaker() {
    let c = one(
        &["“It is much more valuable,” Berg said of the land, “and we will show that in two weeks.”"],
        &[JON],
    );
    assert_eq!(speaker_of(&c, "It is much more"), Some("Jon Berg".into()));
    assert_eq!(speaker_of(&c, "and we will show"), Some("Jon Berg".into()));
}

#[test]
fn no_text_makes_it_panic() {
    // Random paragraphs of words, names, marks of every kind and multi-byte characters.
    const PIECES: &[&str] = &[
        "\"",
        "“",
        "”",
        "'",
        "‘",
        "’",
        "„",
        "«",
        "»",
        " ",
        " ",
        " ",
        ",",
        ".",
        ":",
        ";",
        "?",
        "…",
        "—",
        "said",
        "he",
        "she",
        "according",
        "to",
        "Berg",
        "Mara Quist",
        "Oslo",
        "é",
        "日本",
        "a",
        "the",
        "Mr",
        "Mrs.",
        "(",
        ")",
        "adding",
        "told",
        "\n",
    ];
    let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
    let mut next = |below: usize| rng.usize(..below);
    for _ in 0..400 {
        let paragraphs: Vec<String> = (0..1 + next(5))
            .map(|_| (0..next(60)).map(|_| PIECES[next(PIECES.len())]).collect())
            .collect();
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        let c = one(&refs, &[MARA, JON, (Place, &["Oslo"])]);
        for (_, text, _) in found(&c) {
            assert!(!text.is_empty());
        }
        let _ = corpus::relations::related_articles(&c);
    }
}

#[test]
fn a_paragraph_of_thousands_of_quotes_is_read_in_one_pass() {
    // Every look-up is bounded or a binary search: a quadratic step would not finish here.
    let paragraph =
        "\"The ferries are late again,\" he said, and Jon Berg said \"it is all fine\". "
            .repeat(5_000);
    let c = one(&[&paragraph], &[JON]);
    let all = found(&c);
    assert_eq!(all.len(), 10_000);
    assert!(all.iter().all(|(_, _, s)| s.as_deref() == Some("Jon Berg")));
}
