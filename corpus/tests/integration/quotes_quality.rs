//! Pins the quotation scores reached on the hand-annotated set of real news articles in
//! `corpus/tests/quotes_quality/` (see its README): a change that loses quotations or
//! speakers fails here, listing what went wrong. `cargo run --release -p corpus --example
//! quote_quality` prints the scores.

#[path = "../quotes_quality/score.rs"]
mod score;

use score::Outcome;

/// `(part, quotation precision, recall, speaker accuracy, accuracy with names compared
/// word-wise)`: the scores reached, rounded down.
const FLOORS: [(&str, f64, f64, f64, f64); 6] = [
    ("tuning", 0.99, 0.99, 0.98, 0.99),
    ("held-out", 0.99, 0.99, 0.96, 0.96),
    ("fresh", 0.97, 0.97, 0.99, 0.99),
    ("blind", 0.97, 0.99, 0.95, 0.96),
    ("blind2", 0.96, 0.98, 0.95, 0.95),
    ("blind3", 0.98, 0.98, 0.91, 0.91),
];

/// What went wrong in one article, one line each.
fn misses(s: &score::ArticleScore) -> Vec<String> {
    s.outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Missed(g) => Some(format!("{}: missed {:?}", s.name, g.text)),
            Outcome::Spurious(f) => Some(format!("{}: not a quotation {:?}", s.name, f.text)),
            Outcome::Matched {
                gold,
                found,
                speaker_right: Some(false),
            } => Some(format!(
                "{}: {:?} said by {:?}, not {:?}",
                s.name,
                gold.text,
                gold.speaker,
                found.speaker.as_ref().and_then(|n| n.first())
            )),
            Outcome::Matched { .. } => None,
        })
        .collect()
}

#[test]
fn scores_stay_at_least_where_they_are() {
    let scores = score::run();
    assert_eq!(FLOORS.map(|f| f.0), score::PARTS);
    for (part, precision, recall, accuracy, word_wise) in FLOORS {
        let mut total = score::Counts::default();
        let mut wrong = Vec::new();
        for s in scores.iter().filter(|s| s.part == part) {
            total.add(s.counts);
            wrong.extend(misses(s));
        }
        assert!(total.gold > 0, "no article in part {part}");
        let got = (
            total.precision(),
            total.recall(),
            total.speaker_accuracy(),
            total.speaker_accuracy_word_wise(),
        );
        assert!(
            got.0 >= precision && got.1 >= recall && got.2 >= accuracy && got.3 >= word_wise,
            "{part}: precision, recall, speaker accuracy, word-wise accuracy {got:?} fell below \
             {:?} (speakers right for {:.3} of the annotated); what went wrong:\n{}",
            (precision, recall, accuracy, word_wise),
            total.speaker_recall(),
            wrong.join("\n")
        );
    }
}

#[test]
fn every_article_has_annotations_and_a_part() {
    let scores = score::run();
    assert_eq!(scores.len(), 99);
    let gold: usize = scores.iter().map(|s| s.counts.gold).sum();
    assert_eq!(gold, 575);
}
