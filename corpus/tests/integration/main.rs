//! The corpus crate's integration tests, in one test binary (as ripgrep's `tests/` are): the
//! crate is linked once instead of once per file, which is most of a test build on two cores.
//! Each module is one area; `cargo test -p corpus --test integration search_fuzz` runs one.
//! The fixtures and quality sets they read are beside this folder, in `corpus/tests/`.

mod quotes_common;
mod read_support;
// The entity quality set's scorer and predictions reader, shared with `examples/entity_quality.rs`.
#[path = "../quality/predictions.rs"]
mod quality_predictions;
#[path = "../quality/score.rs"]
mod quality_score;

mod bundle;
mod bundle_pages;
mod entities_curation;
mod entities_predictions;
mod entities_quality;
mod entities_real_news;
mod entities_rules;
mod entities_seeds;
mod quotes_export;
mod quotes_quality;
mod quotes_rules;
mod quotes_shared;
mod read_cli;
mod read_files;
mod read_layout;
mod read_meta;
mod read_robust;
mod relations;
mod search;
mod search_cli;
mod search_fuzz;
mod search_matching;
mod search_sharded;
