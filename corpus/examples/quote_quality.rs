//! Precision and recall of the quotations the build finds, and accuracy of their speakers,
//! on the hand-annotated set in `corpus/tests/quotes_quality/`, per part (tuning, held-out,
//! fresh; see its README).
//!
//! ```text
//! cargo run --release -p corpus --example quote_quality             # the scores
//! cargo run --release -p corpus --example quote_quality -- --tuning # and every miss in the tuning part
//! ```
//! `--all-details` prints the misses of every part: once read, a part no longer measures
//! anything unseen.

#[path = "../tests/quotes_quality/score.rs"]
mod score;

use score::{Counts, Outcome};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let tuning_details = args.iter().any(|a| a == "--tuning");
    let all_details = args.iter().any(|a| a == "--all-details");
    let scores = score::run();
    // While tuning, only the tuning part is shown.
    let parts: &[&str] = if tuning_details {
        &["tuning"]
    } else {
        &score::PARTS
    };
    for &part in parts {
        let mut total = Counts::default();
        let mut articles = 0;
        for s in scores.iter().filter(|s| s.part == part) {
            total.add(s.counts);
            articles += 1;
            if tuning_details || all_details {
                print_details(s);
            }
        }
        println!(
            "{part:>8}: {articles} articles, {} quotations annotated, {} found, {} matched",
            total.gold, total.found, total.matched
        );
        println!(
            "          quotations: precision {:.3}, recall {:.3}",
            total.precision(),
            total.recall()
        );
        println!(
            "          speakers: accuracy {:.3} on the {} attributed, right for {} of {} annotated with a speaker ({:.3})",
            total.speaker_accuracy(),
            total.attributed,
            total.right,
            total.gold_speakers,
            total.speaker_recall()
        );
        println!(
            "          speakers, names compared word-wise: accuracy {:.3}",
            total.speaker_accuracy_word_wise()
        );
    }
}

fn print_details(s: &score::ArticleScore) {
    println!("== {}", s.name);
    for o in &s.outcomes {
        match o {
            Outcome::Missed(g) => println!("  MISSED   {:?}", g.text),
            Outcome::Spurious(f) => println!("  SPURIOUS {:?} ({:?})", f.text, speaker(&f.speaker)),
            Outcome::Matched {
                gold,
                found,
                speaker_right,
            } => {
                let mark = match speaker_right {
                    Some(true) => "ok",
                    Some(false) => "WRONG",
                    None if gold.speaker.is_some() => "unknown",
                    None => "-",
                };
                if mark != "ok" && mark != "-" {
                    println!(
                        "  {mark:<8} {:?}: gold {:?}, found {:?}",
                        short(&gold.text),
                        gold.speaker,
                        speaker(&found.speaker)
                    );
                }
            }
        }
    }
}

fn speaker(s: &Option<Vec<String>>) -> Option<&str> {
    s.as_ref().and_then(|n| n.first()).map(String::as_str)
}

fn short(text: &str) -> String {
    text.chars().take(60).collect()
}
