//! Writing the site folder: only files whose content changed are written, and files a
//! previous build left that this one does not produce are removed, so the folder is always
//! exactly one build (a visitor's cached content-hashed files stay valid across builds that
//! keep them).
//!
//! Whether a file changed is known from the last build's [`Written`] when the generator stays
//! running (`--repeat`), else by reading the file (a compressed data file is inflated and
//! compared): a data file is compressed only when its bytes are new.

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use corpus::bundle::codec::content_hash;
use libdeflater::{CompressionLvl, Compressor, Decompressor};

/// `bytes` gzip-compressed, as small as libdeflate makes them (level 12). The data files and
/// the quick search's wasm are stored so: static hosts such as GitHub Pages send
/// `application/octet-stream` as it is, and the page inflates them. (On the seeds' boot file
/// 24,013 bytes against 25,221 at zlib's level 9; on the quick search's wasm 90,161 against
/// 96,178; zopfli's 23,464 and 89,180 take 30 times as long, which only the quick search's
/// wasm is worth: [`gzip_smallest`].)
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut compressor = Compressor::new(CompressionLvl::best());
    let mut out = vec![0; compressor.gzip_compress_bound(bytes.len())];
    // The buffer is as long as the bound: compressing into it cannot fail.
    let len = compressor
        .gzip_compress(bytes, &mut out)
        .unwrap_or_default();
    out.truncate(len);
    out
}

/// `bytes` gzip-compressed by zopfli, smaller than [`gzip`] (by 1.0 KB on the quick search's
/// 190 KB of wasm) and 30 times slower: for a file that changes with the app only, written
/// through [`Output::put_gz_smallest`], which compresses it again only when it changes.
pub fn gzip_smallest(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Gzip,
        bytes,
        &mut out,
    ) {
        Ok(()) => out,
        // Writing into memory does not fail; should zopfli ever, libdeflate's is as valid.
        Err(_) => gzip(bytes),
    }
}

/// The length of the gzip file at `path` when it inflates to exactly `bytes`; `None` when
/// it does not, or is no gzip file, or cannot be read.
fn inflates_to(path: &Path, bytes: &[u8]) -> Option<u64> {
    let stored = std::fs::read(path).ok()?;
    // The gzip trailer ends with the inflated length (modulo 2^32): most changed files differ
    // there already.
    let tail: [u8; 4] = stored
        .get(stored.len().checked_sub(4)?..)?
        .try_into()
        .ok()?;
    if u32::from_le_bytes(tail) != bytes.len() as u32 {
        return None;
    }
    let mut inflated = vec![0; bytes.len()];
    let len = Decompressor::new()
        .gzip_decompress(&stored, &mut inflated)
        .ok()?;
    (len == bytes.len() && inflated == bytes).then_some(stored.len() as u64)
}

/// What a build wrote, by path relative to the root: what the file was made from (see
/// [`Output::put_made`]) and its length.
pub type Written = HashMap<String, (String, u64)>;

/// The site folder being written (by several threads at once, if need be).
#[derive(Debug)]
pub struct Output {
    root: PathBuf,
    /// What the last build wrote, when known.
    last: Written,
    book: Mutex<Book>,
}

/// What this build has done so far.
#[derive(Debug, Default)]
struct Book {
    /// Every file this build produces, relative to the root, `/`-separated.
    produced: BTreeSet<String>,
    /// What this build writes or keeps.
    now: Written,
    written: usize,
    unchanged: usize,
}

impl Output {
    /// The folder at `root`, which holds what `last` says (empty: not known).
    pub fn new(root: &Path, last: Written) -> io::Result<Output> {
        std::fs::create_dir_all(root)?;
        Ok(Output {
            root: root.to_path_buf(),
            last,
            book: Mutex::default(),
        })
    }

    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        // A thread that panicked while holding the lock left the book whole: its updates are
        // single insertions.
        self.book.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many files were written and how many were already as they should be.
    pub fn counts(&self) -> (usize, usize) {
        let book = self.book();
        (book.written, book.unchanged)
    }

    /// What this build wrote or kept, for the next build.
    pub fn into_written(self) -> Written {
        self.book
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .now
    }

    /// Writes `bytes` at `rel` unless the file already holds them.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.put_made(rel, content_hash(bytes), || bytes.to_vec())
    }

    /// Writes `bytes` gzip-compressed at `rel` unless the file already holds them so.
    pub fn put_gz(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.put_compressed(rel, bytes, gzip)
    }

    /// Writes `bytes` compressed by [`gzip_smallest`] at `rel` unless the file already holds
    /// them so (the last build's record spares the compression when they did not change).
    pub fn put_gz_smallest(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.put_compressed(rel, bytes, gzip_smallest)
    }

    /// Writes `compress(bytes)` at `rel` unless the file already holds `bytes` compressed.
    /// Without the last build's record, the file on disk is inflated and compared with
    /// `bytes`: inflating is many times faster than compressing, so a one-off rebuild
    /// compresses only the files that changed.
    fn put_compressed(
        &self,
        rel: &str,
        bytes: &[u8],
        compress: fn(&[u8]) -> Vec<u8>,
    ) -> io::Result<()> {
        let id = content_hash(bytes);
        if !self.last.contains_key(rel) {
            if let Some(len) = inflates_to(&self.root.join(rel), bytes) {
                self.record(rel, Some((id, len)), false);
                return Ok(());
            }
        }
        self.put_made(rel, id, || compress(bytes))
    }

    /// Writes `make()` at `rel` unless the file already holds it. `id` names what `make`
    /// makes the bytes from (a hash of them, or of what they are made of): when the last build
    /// wrote the same `id` there, `make` does not run.
    pub fn put_made(
        &self,
        rel: &str,
        id: String,
        make: impl FnOnce() -> Vec<u8>,
    ) -> io::Result<()> {
        let path = self.root.join(rel);
        let last = self.last.get(rel);
        let kept = last
            .filter(|(h, len)| *h == id && std::fs::metadata(&path).is_ok_and(|m| m.len() == *len));
        if let Some(&(_, len)) = kept {
            self.record(rel, Some((id, len)), false);
            return Ok(());
        }
        let stored = make();
        let entry = Some((id, stored.len() as u64));
        // Not known: compare with the file.
        let same = last.is_none()
            && std::fs::metadata(&path).is_ok_and(|m| m.len() == stored.len() as u64)
            && std::fs::read(&path).is_ok_and(|old| old == stored);
        if !same {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            // Write beside, then rename: a page being served never sees half a file.
            let tmp = path.with_extension("partial");
            std::fs::write(&tmp, &stored)?;
            std::fs::rename(&tmp, &path)?;
        }
        self.record(rel, entry, !same);
        Ok(())
    }

    fn record(&self, rel: &str, entry: Option<(String, u64)>, written: bool) {
        let mut book = self.book();
        book.produced.insert(rel.to_string());
        if let Some(entry) = entry {
            book.now.insert(rel.to_string(), entry);
        }
        if written {
            book.written += 1;
        } else {
            book.unchanged += 1;
        }
    }

    /// Writes `bytes` at `rel` (gzip-compressed when `gz`) unless a file of that name exists:
    /// for names that carry the hash of their content.
    pub fn put_named(&self, rel: &str, bytes: &[u8], gz: bool) -> io::Result<()> {
        if self.root.join(rel).is_file() {
            self.record(rel, None, false);
            return Ok(());
        }
        if gz {
            self.put_gz(rel, bytes)
        } else {
            self.put(rel, bytes)
        }
    }

    /// Renames the folder `rel` had in the previous build (the only other folder of the same
    /// parent whose name starts with `prefix`) to `rel`, so that the files in it that did not
    /// change are not written again. Nothing happens when `rel` exists or there is no single
    /// such folder.
    pub fn reuse_folder(&mut self, parent: &str, prefix: &str, rel: &str) -> io::Result<()> {
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
            let from = format!(
                "{parent}/{}/",
                only.file_name().unwrap_or_default().to_string_lossy()
            );
            let to = format!("{rel}/");
            let moved: Vec<String> = self
                .last
                .keys()
                .filter(|k| k.starts_with(&from))
                .cloned()
                .collect();
            for old in moved {
                if let Some(v) = self.last.remove(&old) {
                    self.last.insert(old.replacen(&from, &to, 1), v);
                }
            }
        }
        Ok(())
    }

    /// Removes every file under the root that this build did not produce, and the folders
    /// left empty. Returns the number of files removed.
    pub fn remove_stale(&self) -> io::Result<usize> {
        let book = self.book();
        let produced = &book.produced;
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
                if !produced.contains(&rel) {
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
    fn stored_files_inflate_to_their_bytes_and_are_smaller_than_zlibs_best() {
        use std::io::{Read, Write};
        let text: Vec<u8> = (0..2000u32)
            .flat_map(|i| format!("word{} harbour strike {} ", i % 97, i % 13).into_bytes())
            .collect();
        let stored = gzip(&text);
        let mut inflated = Vec::new();
        flate2::read::GzDecoder::new(stored.as_slice())
            .read_to_end(&mut inflated)
            .unwrap();
        assert_eq!(inflated, text);
        let mut zlib = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        zlib.write_all(&text).unwrap();
        assert!(stored.len() < zlib.finish().unwrap().len());
        let mut empty = Vec::new();
        flate2::read::GzDecoder::new(gzip(b"").as_slice())
            .read_to_end(&mut empty)
            .unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn the_smallest_gzip_inflates_to_its_bytes_and_is_no_larger_than_libdeflates() {
        use std::io::Read;
        let text: Vec<u8> = (0..2000u32)
            .flat_map(|i| format!("word{} harbour strike {} ", i % 97, i % 13).into_bytes())
            .collect();
        for bytes in [&text[..], b""] {
            let stored = gzip_smallest(bytes);
            let mut inflated = Vec::new();
            flate2::read::GzDecoder::new(stored.as_slice())
                .read_to_end(&mut inflated)
                .unwrap();
            assert_eq!(inflated, bytes);
            assert!(stored.len() <= gzip(bytes).len());
        }
    }

    #[test]
    fn writes_changes_only_and_removes_what_a_build_no_longer_makes() {
        let root = std::env::temp_dir().join(format!("site-output-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let first = Output::new(&root, Written::new()).unwrap();
        first.put("index.html", b"one").unwrap();
        first.put("article/a/index.html", b"a").unwrap();
        first.put_named("data/x-1.bin", b"x", false).unwrap();
        assert_eq!(first.remove_stale().unwrap(), 0);
        assert_eq!(first.counts(), (3, 0));

        let second = Output::new(&root, Written::new()).unwrap();
        second.put("index.html", b"one").unwrap();
        second.put_named("data/x-1.bin", b"x", false).unwrap();
        second.put("data/y-2.bin", b"y").unwrap();
        assert_eq!(second.counts(), (1, 2));
        assert_eq!(second.remove_stale().unwrap(), 1);
        assert!(!root.join("article").exists(), "empty folders go too");
        assert_eq!(std::fs::read(root.join("data/y-2.bin")).unwrap(), b"y");

        // A folder named after its build's contents is taken over by the next build.
        let third = Output::new(&root, Written::new()).unwrap();
        third.put("data/c-1/a.bin", b"a").unwrap();
        third.put("data/c-1/b.bin", b"b").unwrap();
        third.remove_stale().unwrap();
        let mut fourth = Output::new(&root, Written::new()).unwrap();
        fourth.reuse_folder("data", "c-", "data/c-2").unwrap();
        fourth.put("data/c-2/a.bin", b"a").unwrap();
        fourth.put("data/c-2/b.bin", b"B").unwrap();
        assert_eq!(fourth.counts(), (1, 1));
        fourth.remove_stale().unwrap();
        assert!(!root.join("data/c-1").exists());
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_one_off_build_keeps_the_compressed_files_that_inflate_to_its_bytes() {
        let root = std::env::temp_dir().join(format!("site-output-inflate-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let text: Vec<u8> = (0..500u32)
            .flat_map(|i| format!("shard {i} ").into_bytes())
            .collect();
        let first = Output::new(&root, Written::new()).unwrap();
        first.put_gz("data/a.bin", &text).unwrap();
        first.put_gz_smallest("data/b.bin", &text).unwrap();
        first.put_gz("data/c.bin", b"cccc").unwrap();
        first.put_gz("data/d.bin", b"dddd").unwrap();
        // Changed behind the generator's back: no gzip file any more.
        std::fs::write(root.join("data/d.bin"), b"dddd").unwrap();

        // No record of the last build: the files on disk are inflated and compared.
        let second = Output::new(&root, Written::new()).unwrap();
        second.put_gz("data/a.bin", &text).unwrap();
        second.put_gz_smallest("data/b.bin", &text).unwrap();
        // Same length, other bytes.
        second.put_gz("data/c.bin", b"CCCC").unwrap();
        second.put_gz("data/d.bin", b"dddd").unwrap();
        assert_eq!(second.counts(), (2, 2));
        assert_eq!(
            std::fs::read(root.join("data/c.bin")).unwrap(),
            gzip(b"CCCC")
        );
        assert_eq!(
            std::fs::read(root.join("data/d.bin")).unwrap(),
            gzip(b"dddd")
        );
        // What it kept is in its record, with the stored length.
        let written = second.into_written();
        let stored = std::fs::metadata(root.join("data/b.bin")).unwrap().len();
        assert_eq!(written["data/b.bin"], (content_hash(&text), stored));
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_last_builds_record_stands_for_reading_the_files() {
        let root = std::env::temp_dir().join(format!("site-output-memory-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let first = Output::new(&root, Written::new()).unwrap();
        first.put_gz("data/c-1/a.bin", b"aaaa").unwrap();
        first.put_gz("data/c-1/b.bin", b"bbbb").unwrap();
        first.put("index.html", b"one").unwrap();
        first.remove_stale().unwrap();
        let last = first.into_written();
        assert_eq!(last.len(), 3);

        let mut second = Output::new(&root, last).unwrap();
        second.reuse_folder("data", "c-", "data/c-2").unwrap();
        second.put_gz("data/c-2/a.bin", b"aaaa").unwrap();
        second.put_gz("data/c-2/b.bin", b"BBBB").unwrap();
        second.put("index.html", b"two").unwrap();
        assert_eq!(
            second.counts(),
            (2, 1),
            "the record follows the renamed folder"
        );
        second.remove_stale().unwrap();
        let b = std::fs::read(root.join("data/c-2/b.bin")).unwrap();
        assert_eq!(b, gzip(b"BBBB"));
        let last = second.into_written();

        // A file changed behind the generator's back is written again.
        std::fs::write(root.join("index.html"), b"edited by hand").unwrap();
        let third = Output::new(&root, last).unwrap();
        third.put("index.html", b"two").unwrap();
        assert_eq!(third.counts(), (1, 0));
        assert_eq!(std::fs::read(root.join("index.html")).unwrap(), b"two");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
