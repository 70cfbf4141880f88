//! Helpers shared by the reader tests: scratch folders and a look at blocks.

use std::path::{Path, PathBuf};

use corpus::{Article, BlockKind};

/// A scratch folder under the system temp dir, removed when dropped.
pub struct Scratch(PathBuf);

impl Scratch {
    /// A fresh, empty folder named after the test.
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("corpus-read-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir is writable");
        Scratch(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `rel`, creating folders on the way.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> &Scratch {
        let path = self.0.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("temp dir is writable");
        }
        std::fs::write(path, bytes).expect("temp file is writable");
        self
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The fixture folder of these tests.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/read")
}

/// Blocks as (kind, text) pairs, for compact assertions.
pub fn blocks(article: &Article) -> Vec<(BlockKind, &str)> {
    article
        .blocks
        .iter()
        .map(|b| (b.kind, b.text.as_str()))
        .collect()
}
