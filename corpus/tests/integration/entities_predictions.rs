//! The predictions file of `entity_quality --predictions` (`tests/quality/predictions.rs`):
//! our own entities written in that form and read back score exactly as ours, so another
//! extractor's file goes through the same scoring; and a file that does not fit the articles
//! is refused with the line that is wrong.

use crate::quality_predictions as predictions;
use crate::quality_score as score;

use std::path::{Path, PathBuf};

use corpus::{Corpus, Mention};

/// Our entities as a predictions file: one line a mention, with the entity's rank as the
/// eighth field (two of our entities can have one name and kind).
fn lines(corpus: &Corpus) -> String {
    let mut out = String::new();
    for (rank, e) in corpus.entities.iter().enumerate() {
        for set in &e.articles {
            let article = &corpus.articles[set.article as usize];
            for m in &set.mentions {
                let (block, text) = if m.block == Mention::TITLE {
                    ("title".to_string(), article.title.as_str())
                } else {
                    (
                        m.block.to_string(),
                        article.blocks[m.block as usize].text.as_str(),
                    )
                };
                let surface = &text[m.start as usize..m.end as usize];
                out.push_str(&format!(
                    "{}\t{}\t{}\t{block}\t{}\t{}\t{surface}\t{rank}\n",
                    e.name,
                    e.kind.as_str(),
                    article.path,
                    m.start,
                    m.end
                ));
            }
        }
    }
    out
}

fn tuning() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quality/tuning")
}

/// Writes `text` to a file of its own and reads it as predictions for the tuning articles.
fn read(text: &str, name: &str) -> Result<Corpus, String> {
    let file = std::env::temp_dir().join(format!(
        "entities-predictions-{}-{name}.tsv",
        std::process::id()
    ));
    std::fs::write(&file, text).expect("temp file written");
    let result = predictions::read(&tuning().join("articles"), &file);
    std::fs::remove_file(&file).expect("temp file removed");
    result
}

fn summary(s: &score::Scores) -> String {
    format!(
        "{} articles, precision {:.3}, recall {:.3}, F1 {:.3}, type accuracy {:.3}, top-50 {:.3}",
        s.articles,
        s.precision(),
        s.recall(),
        s.f1(),
        s.type_accuracy(),
        s.top_precision()
    )
}

#[test]
fn our_entities_through_a_predictions_file_score_as_ours() {
    let dir = tuning();
    let ours = corpus::load(&dir.join("articles"))
        .expect("tuning articles load")
        .corpus;
    let text = lines(&ours);
    let back = read(&text, "ours").expect("our own entities read back");
    assert_eq!(back.entities.len(), ours.entities.len());

    let direct = score::score(&dir);
    let through = score::score_corpus(&back, &dir.join("gold"), "");
    assert_eq!(summary(&through), summary(&direct));
    assert!(direct.matched > 600, "{}", summary(&direct));
    assert_eq!(
        (through.found, through.matched, through.right_kind),
        (direct.found, direct.matched, direct.right_kind)
    );
    assert_eq!(
        (
            through.gold,
            through.recalled,
            through.top,
            through.top_right,
            through.top_clean
        ),
        (
            direct.gold,
            direct.recalled,
            direct.top,
            direct.top_right,
            direct.top_clean
        )
    );
    assert_eq!(through.spurious, direct.spurious);
    assert_eq!(through.missed, direct.missed);
    assert_eq!(through.wrong_kind, direct.wrong_kind);
    assert_eq!(through.wrong_merges, direct.wrong_merges);
    assert_eq!(through.splits, direct.splits);
    assert_eq!(through.top_list, direct.top_list);
}

#[test]
fn a_file_that_does_not_fit_the_articles_is_refused_with_its_line() {
    let ours = corpus::load(&tuning().join("articles"))
        .expect("tuning articles load")
        .corpus;
    let good = lines(&ours);
    let first = good.lines().next().expect("a mention");
    let fields: Vec<&str> = first.split('\t').collect();

    // The text is not what the article has at that range.
    let shifted = format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}x\n",
        fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]
    );
    let err = read(&format!("{first}\n{shifted}"), "text").unwrap_err();
    assert!(
        err.ends_with(&format!(
            ":2: {} does not have {:?} at {}..{}",
            fields[2],
            format!("{}x", fields[6]),
            fields[4],
            fields[5]
        )),
        "{err}"
    );

    let unknown = first.replacen(&format!("\t{}\t", fields[1]), "\tevent\t", 1);
    let err = read(&unknown, "kind").unwrap_err();
    assert!(err.ends_with(":1: unknown kind \"event\""), "{err}");

    let missing = first.replacen(fields[2], "no-such-article.txt", 1);
    let err = read(&missing, "path").unwrap_err();
    assert!(
        err.ends_with(":1: no article \"no-such-article.txt\""),
        "{err}"
    );

    let err = read("Kerry\tperson\n", "fields").unwrap_err();
    assert!(
        err.ends_with(":1: not seven or eight tab-separated fields"),
        "{err}"
    );
}

/// Without the eighth field, the lines of one name and kind are one entity; with it, the
/// entities it tells apart stay two.
#[test]
fn an_eighth_field_keeps_two_entities_of_one_name_apart() {
    let ours = corpus::load(&tuning().join("articles"))
        .expect("tuning articles load")
        .corpus;
    let e = ours
        .entities
        .iter()
        .find(|e| e.articles.len() >= 2)
        .expect("an entity named in two articles");
    let [one, two] = [0, 1].map(|i| {
        let set = &e.articles[i];
        let article = &ours.articles[set.article as usize];
        let m = &set.mentions[0];
        let (block, text) = if m.block == Mention::TITLE {
            ("title".to_string(), article.title.as_str())
        } else {
            (
                m.block.to_string(),
                article.blocks[m.block as usize].text.as_str(),
            )
        };
        format!(
            "Someone\tperson\t{}\t{block}\t{}\t{}\t{}",
            article.path,
            m.start,
            m.end,
            &text[m.start as usize..m.end as usize]
        )
    });
    let joined = read(&format!("{one}\n{two}\n"), "joined").expect("read");
    assert_eq!(joined.entities.len(), 1);
    assert_eq!(joined.entities[0].articles.len(), 2);
    let apart = read(&format!("{one}\ta\n{two}\tb\n"), "apart").expect("read");
    assert_eq!(apart.entities.len(), 2);
    assert!(apart.entities.iter().all(|e| e.name == "Someone"));
    assert!(apart.entities.iter().all(|e| e.articles.len() == 1));
}
