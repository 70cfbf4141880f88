//! The app's files as Trunk built them: the wasm, its JavaScript glue and the stylesheet; and
//! the quick search's wasm and glue when `make` built them (in the folder `quick/` beside).
//!
//! Trunk writes its files with content hashes in their names; the generator finds them by their
//! endings, reads them at once (a Trunk build running meanwhile may replace them), and copies
//! them as they are; it names the quick search's files by their content hash and stores the
//! quick search's wasm gzip-compressed like the data files (see [`Quick::wasm`]). The HTML Trunk
//! writes is not used: the generator writes every page itself (with an external start script,
//! `start.js`, instead of Trunk's inline one).

use std::path::{Path, PathBuf};

/// The app's files in Trunk's output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct App {
    pub dir: PathBuf,
    /// The three files' contents, as read when they were found: js, wasm, css.
    contents: [Vec<u8>; 3],
    /// `news-explorer-<hash>.js` (Trunk hashes it apart from the wasm)
    pub js: String,
    /// `news-explorer-<hash>_bg.wasm`
    pub wasm: String,
    /// `main-<hash>.css`
    pub css: String,
    /// The quick search, when it was built.
    pub quick: Option<Quick>,
}

/// The quick search's files (the `quick` crate through wasm-bindgen): names and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quick {
    /// `quick-<hash>.js`
    pub js: String,
    /// `quick-<hash>_bg.bin`: the wasm, stored gzip-compressed (`crate::output::gzip`) under
    /// a name that static hosts send as it is (`application/octet-stream`); the start script
    /// inflates it. GitHub Pages would gzip a `.wasm` itself, at a level of its choosing: on
    /// the seeds' quick search, 98,582 bytes at `gzip -9` against 90,161 stored so.
    pub wasm: String,
    contents: [Vec<u8>; 2],
}

impl Quick {
    /// The folder's `quick.js` and `quick_bg.wasm`; `None` when there are none.
    fn find(dir: &Path) -> Result<Option<Quick>, String> {
        let (js, wasm) = (dir.join("quick.js"), dir.join("quick_bg.wasm"));
        if !js.exists() && !wasm.exists() {
            return Ok(None);
        }
        let read = |path: &Path| {
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
        };
        let glue =
            String::from_utf8(read(&js)?).map_err(|_| format!("{} is not UTF-8", js.display()))?;
        let contents = [
            unused_glue_left_out(&compacted(&glue)).into_bytes(),
            read(&wasm)?,
        ];
        let hash = corpus::bundle::codec::content_hash(&contents.concat());
        Ok(Some(Quick {
            js: format!("quick-{hash}.js"),
            wasm: format!("quick-{hash}_bg.bin"),
            contents,
        }))
    }
}

/// `js` without its comments that fill whole lines (`// ...`, and `/* ... */` from a line's
/// start to a line's end), but for a first line of `//`, which says where the file comes
/// from, and without the indentation of its lines: the start script and the quick search's
/// glue are fetched before the first results, and their comments are a third of their
/// gzipped bytes, the indentation another 6% (0.25 KB). The scripts this is for have no
/// string running over several lines.
fn compacted(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for (i, line) in js.lines().enumerate() {
        let t = line.trim();
        if in_block {
            in_block = !t.ends_with("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.ends_with("*/");
            continue;
        }
        if t.starts_with("//") && i > 0 {
            continue;
        }
        out.push_str(line.trim_start());
        out.push('\n');
    }
    out
}

/// The quick search's glue without what the start script never runs: `initSync` (the start
/// script instantiates with the default export, from a response) and the warnings about
/// deprecated arguments and a wasm served with another type (it passes one object, and a
/// response typed `application/wasm`). wasm-bindgen is pinned (`=0.2.130`); when its output
/// does not read as expected, the glue is left as it is. 0.3 KB gzipped before the first
/// results (docs/performance.md).
fn unused_glue_left_out(js: &str) -> String {
    const EXPORTS: &str = "export { initSync, __wbg_init as default };";
    const START: &str = "function initSync(module) {\n";
    const END: &str = "return __wbg_finalize_init(instance, module);\n}\n";
    let init_sync = js.find(START).and_then(|start| {
        let len = js.get(start..)?.find(END)? + END.len();
        Some(start..start + len)
    });
    let (Some(init_sync), true) = (init_sync, js.contains(EXPORTS)) else {
        return js.to_string();
    };
    let mut out = String::with_capacity(js.len());
    out.push_str(js.get(..init_sync.start).unwrap_or_default());
    out.push_str(js.get(init_sync.end..).unwrap_or_default());
    out.replace(EXPORTS, "export { __wbg_init as default };")
        .lines()
        .filter(|line| !line.starts_with("console.warn("))
        .flat_map(|line| [line, "\n"])
        .collect()
}

impl App {
    /// Finds the files in `dir`; the message says what is missing.
    pub fn find(dir: &Path) -> Result<App, String> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read the app build {}: {e}", dir.display()))?;
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        names.sort();
        let one = |what: &str, test: &dyn Fn(&str) -> bool| -> Result<String, String> {
            let found: Vec<&String> = names.iter().filter(|n| test(n)).collect();
            match found.as_slice() {
                [one] => Ok((*one).clone()),
                [] => Err(format!(
                    "no {what} in the app build {} (run trunk build first)",
                    dir.display()
                )),
                _ => Err(format!(
                    "several {what} files in the app build {}: {found:?}",
                    dir.display()
                )),
            }
        };
        let wasm = one("wasm", &|n| n.ends_with("_bg.wasm"))?;
        let js = one("JavaScript glue", &|n| n.ends_with(".js"))?;
        let css = one("stylesheet", &|n| n.ends_with(".css"))?;
        let read = |name: &str| {
            std::fs::read(dir.join(name))
                .map_err(|e| format!("cannot read {}: {e}", dir.join(name).display()))
        };
        Ok(App {
            dir: dir.to_path_buf(),
            contents: [read(&js)?, read(&wasm)?, read(&css)?],
            js,
            wasm,
            css,
            quick: Quick::find(&dir.join("quick"))?,
        })
    }

    /// Each file's name and contents, and whether it is stored gzip-compressed (the quick
    /// search's wasm, by zopfli: see `output::gzip_smallest`).
    pub fn files(&self) -> Vec<(&str, &[u8], bool)> {
        let mut files = vec![
            (self.js.as_str(), self.contents[0].as_slice(), false),
            (&self.wasm, &self.contents[1], false),
            (&self.css, &self.contents[2], false),
        ];
        if let Some(q) = &self.quick {
            files.push((&q.js, &q.contents[0], false));
            files.push((&q.wasm, &q.contents[1], true));
        }
        files
    }

    pub fn js_bytes(&self) -> &[u8] {
        &self.contents[0]
    }

    pub fn wasm_bytes(&self) -> &[u8] {
        &self.contents[1]
    }

    pub fn css_bytes(&self) -> &[u8] {
        &self.contents[2]
    }

    /// The start script: loads the quick search and then the app (see `start.js`), or the app
    /// alone when there is no quick search. An external file, so that the pages need no inline
    /// script.
    pub fn start_script(&self) -> String {
        match &self.quick {
            Some(q) => compacted(include_str!("start.js"))
                .replace("@APP_JS@", &self.js)
                .replace("@APP_WASM@", &self.wasm)
                .replace("@QUICK_JS@", &q.js)
                .replace("@QUICK_WASM@", &q.wasm),
            None => format!(
                "// Written by the site generator: starts the app.\n\
                 import init from './{js}';\n\
                 await init({{ module_or_path: new URL('./{wasm}', import.meta.url) }});\n",
                js = self.js,
                wasm = self.wasm
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_comments_and_indentation_are_left_out_but_the_first_line() {
        let js = "// from start.js\n//\n/** One. */\nconst a = '//x'; // kept\n  /*\n   * Two.\n   */\n  f(a /* kept */);\n// end\n";
        assert_eq!(
            compacted(js),
            "// from start.js\nconst a = '//x'; // kept\nf(a /* kept */);\n"
        );
        let start = include_str!("start.js");
        assert!(
            start.lines().all(|l| l.matches('`').count() % 2 == 0),
            "no template literal runs over several lines"
        );
        let start = compacted(start);
        assert!(start.contains("async function fetchInflated(url, type) {"));
        assert!(start.lines().skip(1).all(|l| !l.trim().starts_with("//")));
    }

    #[test]
    fn the_glue_loses_init_sync_and_its_warnings_only_when_it_reads_as_expected() {
        let glue = "let wasm;\nfunction initSync(module) {\nif (wasm !== undefined) return wasm;\n\
            console.warn('deprecated')\nreturn __wbg_finalize_init(instance, module);\n}\n\
            async function __wbg_init(m) {\nif (m) {\n({m} = m)\n} else {\n\
            console.warn('using deprecated parameters')\n}\nreturn m;\n}\n\
            export { initSync, __wbg_init as default };\n";
        assert_eq!(
            unused_glue_left_out(glue),
            "let wasm;\nasync function __wbg_init(m) {\nif (m) {\n({m} = m)\n} else {\n}\n\
             return m;\n}\nexport { __wbg_init as default };\n"
        );
        let other = glue.replace("initSync, ", "");
        assert_eq!(unused_glue_left_out(&other), other);
        let no_end = glue.replace("return __wbg_finalize_init", "return finalize");
        assert_eq!(unused_glue_left_out(&no_end), no_end);
    }

    #[test]
    fn finds_trunks_files_by_their_endings() {
        let dir = std::env::temp_dir().join(format!("site-assets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["index.html", "app-1a.js", "app-3c_bg.wasm", "main-2b.css"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let app = App::find(&dir).unwrap();
        assert_eq!(
            (app.js.as_str(), app.wasm.as_str(), app.css.as_str()),
            ("app-1a.js", "app-3c_bg.wasm", "main-2b.css")
        );
        assert!(app
            .start_script()
            .contains("import init from './app-1a.js';"));
        assert_eq!(app.files().len(), 3);
        std::fs::create_dir_all(dir.join("quick")).unwrap();
        std::fs::write(dir.join("quick/quick.js"), "glue").unwrap();
        std::fs::write(dir.join("quick/quick_bg.wasm"), "wasm").unwrap();
        let with_quick = App::find(&dir).unwrap();
        let quick = with_quick.quick.as_ref().unwrap();
        let (js, wasm) = (&quick.js, &quick.wasm);
        assert!(js.starts_with("quick-") && js.ends_with(".js"), "{js}");
        assert!(
            wasm.starts_with("quick-") && wasm.ends_with("_bg.bin"),
            "{wasm}"
        );
        let files = with_quick.files();
        assert_eq!(files.len(), 5);
        let stored: Vec<&str> = files.iter().filter(|f| f.2).map(|f| f.0).collect();
        assert_eq!(
            stored,
            [wasm.as_str()],
            "only the quick wasm is stored gzipped"
        );
        let script = with_quick.start_script();
        assert!(script.contains("const APP_JS = './app-1a.js';"), "{script}");
        assert!(script.contains(&format!("const QUICK_WASM = './{wasm}';")));
        assert!(!script.contains('@'), "every placeholder is filled");
        std::fs::remove_file(dir.join("quick/quick.js")).unwrap();
        assert!(App::find(&dir).unwrap_err().contains("quick.js"));
        std::fs::remove_dir_all(dir.join("quick")).unwrap();
        std::fs::remove_file(dir.join("main-2b.css")).unwrap();
        let err = App::find(&dir).unwrap_err();
        assert!(err.contains("no stylesheet"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(App::find(&dir)
            .unwrap_err()
            .contains("cannot read the app build"));
    }
}
