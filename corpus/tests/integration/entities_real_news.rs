//! Entity quality on real news nobody tuned for (`tests/quality/`, see its README): pins the
//! scores reached, so that a change that makes them worse fails. The figures are printed by
//! `cargo run --release -p corpus --example entity_quality`.

use crate::quality_score as score;

use std::path::Path;

/// Per part: least precision, recall, F1 and type accuracy, most wrong merges, least top-50
/// precision and least share of the top 50 right in every article they are in (`clean`):
/// the scores reached, rounded down. (The top-50 precision reads each row as the issue
/// defines it since the fourth session of 2026-12-02: a real name of the right kind, right
/// in most of its articles and joining two gold entities in none; before, a row had to be
/// right in every article, which is now `clean`.) The tuning part is 642 articles since the
/// twenty-second batch joined it (2026-12-02, fourth session), 582
/// articles since the old held-out part of 102 joined it (2026-12-02, second session: its
/// top 50 had stayed at 0.820, and its mistakes are read from then on); the held-out part
/// is the twenty-first batch, 99 articles annotated blind and committed before any
/// extractor run (see the set's README). Both rows were first set from the measurement after
/// the move, with the rules of `main` e263cb7: tuning P 0.883 R 0.945 F1 0.913 type 0.964
/// wm 5 top-50 0.880; held-out P 0.882 R 0.926 F1 0.904 type 0.959 wm 6 top-50 0.880. Now
/// those of `main` 63c5a8a, after rules written from the tuning part (the old held-out part
/// in it): tuning P 0.886 R 0.945 F1 0.915 type 0.964 wm 4 top-50 0.920; held-out (summary
/// line only) P 0.883 R 0.926 F1 0.904 type 0.960 wm 3 top-50 0.900. At 39bb6a4: tuning
/// P 0.887 R 0.946 F1 0.916 wm 4 top-50 0.920; held-out P 0.883 R 0.928 F1 0.905 type 0.959
/// wm 3 top-50 0.900. At d010464: tuning P 0.892 R 0.948 F1 0.919 type 0.966 wm 3 top-50
/// 0.920; held-out P 0.884 R 0.929 F1 0.906 type 0.959 wm 3 top-50 0.900. At 802316d, with
/// the top 50 read row by row: tuning P 0.892 R 0.948 F1 0.919 type 0.966 wm 2 top-50 1.000
/// (right in every article 0.920); held-out P 0.884 R 0.929 F1 0.906 type 0.959 wm 3 top-50
/// 0.960 (right in every article 0.900). Then the twenty-second batch (60) joined the tuning
/// part: 642 articles, P 0.891 R 0.947 F1 0.918 type 0.963 wm 5 top-50 1.000 (0.860); after
/// the rules written from it (eab65c7): P 0.892 R 0.947 F1 0.918 type 0.963 wm 3 top-50
/// 1.000 (0.860); at a95ceb1, c3d83a5 and 9938db1 type 0.964; held-out (tenth to thirteenth
/// measurements) as at 802316d.
const FLOORS: &[Floor] = &[
    Floor {
        part: "tuning",
        precision: 0.89,
        recall: 0.94,
        f1: 0.91,
        types: 0.96,
        merges: 3,
        top: 1.0,
        clean: 0.86,
    },
    Floor {
        part: "heldout",
        precision: 0.88,
        recall: 0.92,
        f1: 0.90,
        types: 0.95,
        merges: 3,
        top: 0.96,
        clean: 0.90,
    },
];

/// The least scores of one part (the most wrong merges).
struct Floor {
    part: &'static str,
    precision: f64,
    recall: f64,
    f1: f64,
    types: f64,
    merges: usize,
    top: f64,
    clean: f64,
}

#[test]
fn scores_on_real_news_do_not_drop() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quality");
    for &Floor {
        part,
        precision,
        recall,
        f1,
        types,
        merges,
        top,
        clean,
    } in FLOORS
    {
        let s = score::score(&base.join(part));
        let report = format!(
            "{part}: precision {:.3}, recall {:.3}, F1 {:.3}, type accuracy {:.3}, wrong merges {:?}, top-50 {:.3} (right in every article {:.3})",
            s.precision(),
            s.recall(),
            s.f1(),
            s.type_accuracy(),
            s.wrong_merges,
            s.top_precision(),
            s.top_clean_precision()
        );
        assert!(s.articles >= 12, "{report}");
        assert!(s.precision() >= precision, "{report}");
        assert!(s.recall() >= recall, "{report}");
        assert!(s.f1() >= f1, "{report}");
        assert!(s.type_accuracy() >= types, "{report}");
        assert!(s.wrong_merges.len() <= merges, "{report}");
        assert!(s.top_precision() >= top, "{report}");
        assert!(s.top_clean_precision() >= clean, "{report}");
    }
}

/// Scoring one batch of a part (`--only PREFIX`): the batches, by the package their files
/// come from, add up to the whole part, and a prefix no file has scores nothing.
#[test]
fn the_batches_of_a_part_add_up_to_the_part() {
    let part = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quality/tuning");
    let corpus = corpus::load(&part.join("articles"))
        .expect("articles load")
        .corpus;
    let gold = part.join("gold");
    let mut prefixes: Vec<String> = std::fs::read_dir(part.join("articles"))
        .expect("articles folder")
        .map(|f| {
            let name = f.expect("entry").file_name().to_string_lossy().into_owned();
            format!("{}-", name.split('-').next().unwrap_or_default())
        })
        .collect();
    prefixes.sort();
    prefixes.dedup();
    assert!(prefixes.len() >= 5, "{prefixes:?}");
    let counts = |s: &score::Scores| {
        [
            s.articles,
            s.found,
            s.matched,
            s.right_kind,
            s.gold,
            s.recalled,
            s.wrong_merges.len(),
            s.splits.len(),
            s.spurious.len(),
            s.missed.len(),
        ]
    };
    let whole = score::score_corpus(&corpus, &gold, "");
    let mut sum = [0; 10];
    for prefix in &prefixes {
        let batch = score::score_corpus(&corpus, &gold, prefix);
        assert!(batch.articles > 0 && batch.gold > 0, "{prefix}");
        assert!(batch.top > 0 && batch.top <= 50, "{prefix}");
        for (total, n) in sum.iter_mut().zip(counts(&batch)) {
            *total += n;
        }
    }
    assert_eq!(sum, counts(&whole));
    let none = score::score_corpus(&corpus, &gold, "no-such-batch-");
    assert_eq!(counts(&none), [0; 10]);
    assert_eq!(none.top, 0);
    let (first, second) = (&prefixes[0], &prefixes[1]);
    let both = score::score_corpus(&corpus, &gold, &format!("{first},{second}"));
    let one = counts(&score::score_corpus(&corpus, &gold, first));
    let other = counts(&score::score_corpus(&corpus, &gold, second));
    let added: Vec<usize> = one.iter().zip(other).map(|(a, b)| a + b).collect();
    assert_eq!(counts(&both).to_vec(), added);
}

/// The top-50 precision reads a row as a reader of the sidebar does: a real name of its
/// kind stays right where one article's gold leaves out its mention, and is wrong where most
/// of its articles do; the stricter count wants it right in every article.
#[test]
fn a_top_row_is_right_when_most_of_its_articles_name_it_so() {
    let dir = std::env::temp_dir().join(format!("entities-top-rows-{}", std::process::id()));
    let (articles, gold) = (dir.join("articles"), dir.join("gold"));
    std::fs::create_dir_all(&articles).expect("articles folder");
    std::fs::create_dir_all(&gold).expect("gold folder");
    // Brazil in three articles, annotated in two; Peru in two, annotated in one.
    let texts = [
        (
            "a",
            "Trade\n\nExports from Brazil and Peru rose in May, officials said.",
            "place\tBrazil\nplace\tPeru\n",
        ),
        (
            "b",
            "Coffee\n\nCoffee prices in Brazil fell on Monday, traders said.",
            "place\tBrazil\n",
        ),
        (
            "c",
            "Copper\n\nMines in Brazil and Peru shut after the strike, unions said.",
            "",
        ),
    ];
    for (name, text, annotated) in texts {
        std::fs::write(articles.join(format!("{name}.txt")), text).expect("article");
        std::fs::write(gold.join(format!("{name}.tsv")), annotated).expect("gold");
    }
    let s = score::score(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let rows: Vec<(&str, bool, bool)> = s
        .top_list
        .iter()
        .map(|(name, _, _, row, clean)| (name.as_str(), *row, *clean))
        .collect();
    assert_eq!(rows, [("Brazil", true, false), ("Peru", false, false)]);
    assert_eq!((s.top, s.top_right, s.top_clean), (2, 1, 0));
}
