//! The first-query search: a small wasm module the prerendered home page loads before the app.
//!
//! It answers what is typed into the page's search box with the collection's sharded index
//! (`corpus`, without its build feature) and writes the first screen of result cards into the
//! page (`dom`), with the app's classes and wording, until the app has loaded and taken over
//! (`news_explorer::app::end_quick_search`). The site generator's start script
//! (`site/src/start.js`) fetches and inflates the files it asks for and decides when the app
//! is fetched; `docs/architecture.md` says what loads when.
//!
//! [`answer`] works out what to show (tested natively); [`dom`] writes it; [`memory`] is the
//! module's allocator.

pub mod answer;
pub mod dom;
pub mod memory;

use wasm_bindgen::prelude::wasm_bindgen;

/// The quick search over one collection.
#[wasm_bindgen]
pub struct Quick {
    files: answer::Files,
}

#[wasm_bindgen]
impl Quick {
    /// The search for a boot file (inflated), or why it cannot be read.
    #[wasm_bindgen(constructor)]
    pub fn new(boot: &[u8]) -> Result<Quick, String> {
        Ok(Quick {
            files: answer::Files::new(boot)?,
        })
    }

    /// Shows the results of `query` (nothing for an empty one) and returns an empty string,
    /// or returns the paths of the files it needs first (relative to the data folder), one a
    /// line, and leaves the page as it is. Does nothing once the app has taken over.
    pub fn show(&self, query: &str) -> String {
        if dom::ended() {
            return String::new();
        }
        if query.trim().is_empty() {
            dom::clear();
            return String::new();
        }
        match self.files.answer(query) {
            Ok(answer) => {
                if dom::show(&answer).is_none() {
                    dom::clear();
                }
                String::new()
            }
            Err(paths) => paths.join("\n"),
        }
    }

    /// Reads a file that [`Quick::show`] asked for (inflated).
    pub fn add(&mut self, path: &str, bytes: &[u8]) -> Result<(), String> {
        self.files.add(path, bytes)
    }
}
