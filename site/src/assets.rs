//! The app's files as Trunk built them: the wasm, its JavaScript glue and the stylesheet.
//!
//! Trunk writes them with content hashes in their names; the generator finds them by their
//! endings, reads them at once (a Trunk build running meanwhile may replace them), and copies
//! them as they are. The HTML Trunk writes is not used: the generator
//! writes every page itself (with an external start script instead of Trunk's inline one).

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
        })
    }

    /// Each file's name and contents.
    pub fn files(&self) -> [(&str, &[u8]); 3] {
        [
            (&self.js, &self.contents[0]),
            (&self.wasm, &self.contents[1]),
            (&self.css, &self.contents[2]),
        ]
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

    /// The start script: loads the glue, which fetches and starts the wasm. An external file,
    /// so that the pages need no inline script.
    pub fn start_script(&self) -> String {
        format!(
            "// Written by the site generator: starts the app.\n\
             import init from './{js}';\n\
             await init({{ module_or_path: new URL('./{wasm}', import.meta.url) }});\n",
            js = self.js,
            wasm = self.wasm
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        std::fs::remove_file(dir.join("main-2b.css")).unwrap();
        let err = App::find(&dir).unwrap_err();
        assert!(err.contains("no stylesheet"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(App::find(&dir)
            .unwrap_err()
            .contains("cannot read the app build"));
    }
}
