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

use std::cell::RefCell;

use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The collection being searched, once [`start`] has read its boot file. Functions, not a
    /// class exported to JS: a page has one quick search, and a class's glue (its pointer,
    /// `free`, a finalisation registry) and borrow checks would add to the first download.
    static FILES: RefCell<Option<answer::Files>> = const { RefCell::new(None) };
}

/// Starts the search on a boot file (inflated), or says why it cannot be read.
#[wasm_bindgen]
pub fn start(boot: &[u8]) -> Result<(), String> {
    let files = answer::Files::new(boot)?;
    FILES.with(|cell| cell.replace(Some(files)));
    Ok(())
}

/// Shows the results of `query` (nothing for an empty one) and returns an empty string, or
/// returns the paths of the files it needs first (relative to the data folder), one a line,
/// and leaves the page as it is. Does nothing before [`start`] or once the app has taken over.
#[wasm_bindgen]
pub fn show(query: &str) -> String {
    if dom::ended() {
        return String::new();
    }
    if query.trim().is_empty() {
        dom::clear();
        return String::new();
    }
    let answer = FILES.with(|cell| cell.borrow().as_ref().map(|files| files.answer(query)));
    match answer {
        Some(Ok(answer)) => {
            if dom::show(&answer).is_none() {
                dom::clear();
            }
            String::new()
        }
        Some(Err(paths)) => paths.join("\n"),
        None => String::new(),
    }
}

/// Reads a file that [`show`] asked for (inflated).
#[wasm_bindgen]
pub fn add(path: &str, bytes: &[u8]) -> Result<(), String> {
    FILES.with(|cell| match cell.borrow_mut().as_mut() {
        Some(files) => files.add(path, bytes),
        None => Err("the quick search has not started".to_string()),
    })
}
