//! Entity quality on real news nobody tuned for (`tests/quality/`, see its README): pins the
//! scores reached, so that a change that makes them worse fails. The figures are printed by
//! `cargo run --release -p corpus --example entity_quality`.

use crate::quality_score as score;

use std::path::Path;

/// (part, least precision, least recall, least F1, least type accuracy, most wrong merges,
/// least top-50 precision): the scores reached, rounded down.
const FLOORS: &[(&str, f64, f64, f64, f64, usize, f64)] = &[
    ("tuning", 0.88, 0.94, 0.91, 0.97, 0, 0.94),
    ("heldout", 0.82, 0.94, 0.88, 0.90, 0, 0.84),
];

#[test]
fn scores_on_real_news_do_not_drop() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quality");
    for &(part, precision, recall, f1, types, merges, top) in FLOORS {
        let s = score::score(&base.join(part));
        let report = format!(
            "{part}: precision {:.3}, recall {:.3}, F1 {:.3}, type accuracy {:.3}, wrong merges {:?}, top-50 {:.3}",
            s.precision(),
            s.recall(),
            s.f1(),
            s.type_accuracy(),
            s.wrong_merges,
            s.top_precision()
        );
        assert!(s.articles >= 12, "{report}");
        assert!(s.precision() >= precision, "{report}");
        assert!(s.recall() >= recall, "{report}");
        assert!(s.f1() >= f1, "{report}");
        assert!(s.type_accuracy() >= types, "{report}");
        assert!(s.wrong_merges.len() <= merges, "{report}");
        assert!(s.top_precision() >= top, "{report}");
    }
}
