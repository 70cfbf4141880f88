//! Build-time step: reads `seeds/` (or `$SEEDS_DIR`) with the `corpus` crate and writes the
//! snapshot that `src/data.rs` embeds. Problems with single files are printed as cargo
//! warnings naming the file; the build goes on without them.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let seeds = std::env::var_os("SEEDS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("seeds"));
    println!("cargo:rerun-if-env-changed=SEEDS_DIR");
    println!("cargo:rerun-if-changed={}", seeds.display());

    let loaded = corpus::load(&seeds).unwrap_or_else(|e| {
        println!(
            "cargo:warning=cannot read the seeds folder {}: {e}; the site will have no articles",
            seeds.display()
        );
        corpus::Loaded::default()
    });
    for notice in &loaded.notices {
        println!("cargo:warning={notice}");
    }
    if loaded.corpus.articles.is_empty() {
        println!(
            "cargo:warning=no articles found in {}; the site will say so",
            seeds.display()
        );
    }
    let snapshot = corpus::Snapshot::new(loaded.corpus);
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("snapshot.bin");
    std::fs::write(&out, snapshot.to_bytes()).expect("OUT_DIR is writable");
}
