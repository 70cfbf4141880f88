//! Writing the site folder: only files whose content changed are written, and files a
//! previous build left that this one does not produce are removed, so the folder is always
//! exactly one build (a visitor's cached content-hashed files stay valid across builds that
//! keep them).

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

/// `bytes` gzip-compressed (level 9). The data files are stored so: static hosts such as
/// GitHub Pages send `application/octet-stream` as it is, and the app inflates them.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// The site folder being written.
#[derive(Debug)]
pub struct Output {
    root: PathBuf,
    /// Every file this build produces, relative to `root`, `/`-separated.
    produced: BTreeSet<String>,
    pub written: usize,
    pub unchanged: usize,
}

impl Output {
    pub fn new(root: &Path) -> io::Result<Output> {
        std::fs::create_dir_all(root)?;
        Ok(Output {
            root: root.to_path_buf(),
            produced: BTreeSet::new(),
            written: 0,
            unchanged: 0,
        })
    }

    /// Writes `bytes` at `rel` unless the file already holds them.
    pub fn put(&mut self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.root.join(rel);
        self.produced.insert(rel.to_string());
        let same = std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64)
            && std::fs::read(&path).is_ok_and(|old| old == bytes);
        if same {
            self.unchanged += 1;
            return Ok(());
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // Write beside, then rename: a page being served never sees half a file.
        let tmp = path.with_extension("partial");
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, &path)?;
        self.written += 1;
        Ok(())
    }

    /// Writes `bytes` at `rel` unless a file of that name exists: for names that carry the
    /// hash of their content.
    pub fn put_named(&mut self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.root.join(rel);
        if std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64) {
            self.produced.insert(rel.to_string());
            self.unchanged += 1;
            return Ok(());
        }
        self.put(rel, bytes)
    }

    /// Renames the folder `rel` had in the previous build (the only other folder of the same
    /// parent whose name starts with `prefix`) to `rel`, so that the files in it that did not
    /// change are not written again. Nothing happens when `rel` exists or there is no single
    /// such folder.
    pub fn reuse_folder(&self, parent: &str, prefix: &str, rel: &str) -> io::Result<()> {
        let target = self.root.join(rel);
        if target.exists() {
            return Ok(());
        }
        let Ok(entries) = std::fs::read_dir(self.root.join(parent)) else {
            return Ok(());
        };
        let old: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.path())
            .collect();
        if let [only] = old.as_slice() {
            std::fs::rename(only, &target)?;
        }
        Ok(())
    }

    /// Removes every file under the root that this build did not produce, and the folders
    /// left empty. Returns the number of files removed.
    pub fn remove_stale(&self) -> io::Result<usize> {
        let mut removed = 0;
        let mut stack = vec![self.root.clone()];
        let mut dirs = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let entry = entry?;
                let path = entry.path();
                if entry.file_type()?.is_dir() {
                    stack.push(path.clone());
                    dirs.push(path);
                    continue;
                }
                let rel = path
                    .strip_prefix(&self.root)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_default();
                if !self.produced.contains(&rel) {
                    std::fs::remove_file(&path)?;
                    removed += 1;
                }
            }
        }
        // Deepest first.
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        for dir in dirs {
            if std::fs::read_dir(&dir)?.next().is_none() {
                std::fs::remove_dir(&dir)?;
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_changes_only_and_removes_what_a_build_no_longer_makes() {
        let root = std::env::temp_dir().join(format!("site-output-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mut first = Output::new(&root).unwrap();
        first.put("index.html", b"one").unwrap();
        first.put("article/a/index.html", b"a").unwrap();
        first.put_named("data/x-1.bin", b"x").unwrap();
        assert_eq!(first.remove_stale().unwrap(), 0);
        assert_eq!(first.written, 3);

        let mut second = Output::new(&root).unwrap();
        second.put("index.html", b"one").unwrap();
        second.put_named("data/x-1.bin", b"x").unwrap();
        second.put("data/y-2.bin", b"y").unwrap();
        assert_eq!((second.written, second.unchanged), (1, 2));
        assert_eq!(second.remove_stale().unwrap(), 1);
        assert!(!root.join("article").exists(), "empty folders go too");
        assert_eq!(std::fs::read(root.join("data/y-2.bin")).unwrap(), b"y");

        // A folder named after its build's contents is taken over by the next build.
        let mut third = Output::new(&root).unwrap();
        third.put("data/c-1/a.bin", b"a").unwrap();
        third.put("data/c-1/b.bin", b"b").unwrap();
        third.remove_stale().unwrap();
        let mut fourth = Output::new(&root).unwrap();
        fourth.reuse_folder("data", "c-", "data/c-2").unwrap();
        fourth.put("data/c-2/a.bin", b"a").unwrap();
        fourth.put("data/c-2/b.bin", b"B").unwrap();
        assert_eq!((fourth.written, fourth.unchanged), (1, 1));
        fourth.remove_stale().unwrap();
        assert!(!root.join("data/c-1").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
