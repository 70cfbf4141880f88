//! Fetching the collection's files as the views need them.
//!
//! Views ask the [`corpus::bundle::Store`]; an answer of [`Needs`] names the files it lacks,
//! and the view declares them with [`use_wants`] under its [`Slot`]. The [`Engine`] keeps the
//! current wants of every slot (a new declaration replaces the slot's old one, so files for a
//! query the user has typed past are not fetched), requests them most urgent slot first with
//! at most [`IN_FLIGHT`] requests at a time, hands what arrives to the store and redraws.
//! Failed files stay failed until [`Engine::retry`].

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use corpus::bundle::{FileKey, Needs, Store};
use yew::prelude::*;

use crate::library::Library;
use crate::route::{LinkMode, Route};

/// Requests in flight at most (what browsers allow per host over HTTP/1.1).
pub const IN_FLIGHT: usize = 6;

/// Who wants files, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    /// What the view cannot show anything without: search files, filters, the open article.
    View,
    /// The cards on the first screen.
    Cards,
    /// The sidebar's counts.
    Counts,
    /// The names the sidebar shows.
    Names,
    /// The other cards of the page.
    MoreCards,
    /// Files likely needed next (the search root, once the first view is on screen).
    Prefetch,
}

/// Where a look-up stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Ready,
    /// Files are on their way.
    Loading,
    /// A file could not be fetched or read: why.
    Failed(String),
}

/// Where the look-up that answered `needs` stands.
pub fn status(store: &Store, needs: &Needs) -> Status {
    if needs.0.is_empty() {
        return Status::Ready;
    }
    match store.failures(&needs.0).into_iter().next() {
        Some((_, why)) => Status::Failed(why),
        None => Status::Loading,
    }
}

/// Fetches files for the views (see the module doc).
pub struct Engine {
    lib: Rc<Library>,
    wants: RefCell<BTreeMap<Slot, Vec<FileKey>>>,
    redraw: RefCell<Callback<()>>,
}

impl Engine {
    pub fn new(lib: Rc<Library>) -> Rc<Engine> {
        Rc::new(Engine {
            lib,
            wants: RefCell::new(BTreeMap::new()),
            redraw: RefCell::new(Callback::noop()),
        })
    }

    /// What to call when files arrive or fail.
    pub fn set_redraw(&self, redraw: Callback<()>) {
        *self.redraw.borrow_mut() = redraw;
    }

    /// Replaces what `slot` wants, and requests what can be requested.
    pub fn want(self: &Rc<Self>, slot: Slot, keys: Vec<FileKey>) {
        let changed = {
            let mut wants = self.wants.borrow_mut();
            if wants.get(&slot) == Some(&keys) {
                false
            } else {
                wants.insert(slot, keys);
                true
            }
        };
        if changed {
            self.pump();
        }
    }

    /// Forgets failed files and requests them again.
    pub fn retry(self: &Rc<Self>) {
        self.lib.store_mut().retry();
        self.redraw.borrow().emit(());
        self.pump();
    }

    /// Starts the requests the wants allow.
    fn pump(self: &Rc<Self>) {
        let keys: Vec<FileKey> = self.wants.borrow().values().flatten().copied().collect();
        let started = self.lib.store_mut().start(&keys, IN_FLIGHT);
        for key in started {
            let Some(path) = self.lib.store().path(key) else {
                continue;
            };
            let url = format!("{}{path}", self.lib.data_url);
            let engine = self.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = fetch_bytes(&url).await;
                {
                    let mut store = engine.lib.store_mut();
                    match fetched {
                        // A file that does not read is marked failed by the store.
                        Ok(bytes) => drop(store.insert(key, &bytes)),
                        Err(why) => store.failed(key, why),
                    }
                }
                engine.redraw.borrow().emit(());
                engine.pump();
            });
        }
    }
}

/// The engine, as a context for the views (equal when it is the same engine).
#[derive(Clone)]
pub struct EngineRef(pub Rc<Engine>);

impl PartialEq for EngineRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Declares the files a view wants under `slot` (none: `Vec::new()`); the declaration lasts
/// until the next one or until the view goes away. The engine is the one the view is inside
/// of ([`EngineRef`] context).
#[hook]
pub fn use_wants(slot: Slot, keys: Vec<FileKey>) {
    let engine = use_context::<EngineRef>().map(|e| e.0);
    use_wants_of(engine, slot, keys);
}

/// [`use_wants`] with the engine given: for the component that provides it.
#[hook]
pub fn use_wants_of(engine: Option<Rc<Engine>>, slot: Slot, keys: Vec<FileKey>) {
    use_effect_with(keys, move |keys| {
        if let Some(engine) = &engine {
            engine.want(slot, keys.clone());
        }
        move || {
            if let Some(engine) = engine {
                engine.want(slot, Vec::new());
            }
        }
    });
}

/// Where the page is: how it writes links, its base path, and where its data is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub links: LinkMode,
    /// The path of the site's base URL (from `<base href>`), ending in `/`.
    pub base_path: String,
    /// The URL of the data folder, ending in `/`.
    pub data_url: String,
    /// The URL of the boot file.
    pub boot_url: String,
}

impl Place {
    /// The page's place, from its `<base href>` and the `<meta>` that names the boot file.
    pub fn of_page() -> Place {
        let document = gloo::utils::document();
        let base = document.base_uri().ok().flatten().unwrap_or_default();
        let boot = meta(BOOT_META).unwrap_or_default();
        let url = web_sys::Url::new(&base).ok();
        let file = url.as_ref().is_some_and(|u| u.protocol() == "file:");
        let base_path = url.map(|u| u.pathname()).unwrap_or_else(|| "/".into());
        let resolve = |rel: &str| {
            web_sys::Url::new_with_base(rel, &base)
                .map(|u| u.href())
                .unwrap_or_else(|_| rel.to_string())
        };
        Place {
            links: if file { LinkMode::Hash } else { LinkMode::Path },
            base_path: if base_path.ends_with('/') {
                base_path
            } else {
                format!("{base_path}/")
            },
            data_url: resolve("data/"),
            boot_url: resolve(&boot),
        }
    }

    /// The route of the page's current location.
    pub fn route(&self) -> Route {
        let location = gloo::utils::window().location();
        Route::from_url(
            self.links,
            &self.base_path,
            &location.pathname().unwrap_or_default(),
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        )
    }

    /// The current location as [`Place::url`] writes it: path, query string and hash in path
    /// mode, the hash in hash mode.
    pub fn location(&self) -> String {
        let location = gloo::utils::window().location();
        let hash = location.hash().unwrap_or_default();
        match self.links {
            LinkMode::Hash => hash,
            LinkMode::Path => format!(
                "{}{}{hash}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            ),
        }
    }

    /// The URL to put in the history for `route`.
    pub fn url(&self, route: &Route) -> String {
        match self.links {
            LinkMode::Hash => route.to_hash(),
            LinkMode::Path => format!("{}{}", self.base_path, route.to_path()),
        }
    }
}

/// The name of the `<meta>` whose content is the boot file's path, relative to the base.
pub const BOOT_META: &str = "news-explorer-boot";

/// The name of the `<meta>` of a prerendered page: its content is the path of the view the
/// HTML shows (relative to the base: empty for the list).
pub const PAGE_META: &str = "news-explorer-page";

/// The name of the `<meta>` of a prerendered entity page: its content is the entity's id.
pub const ENTITY_META: &str = "news-explorer-entity";

/// The content of a `<meta name=...>` of the page.
fn meta(name: &str) -> Option<String> {
    gloo::utils::document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
}

/// The view the page's HTML was prerendered for, and the entity id an entity page names.
pub fn prerendered() -> Option<(Route, Option<u32>)> {
    let path = meta(PAGE_META)?;
    let hint = meta(ENTITY_META).and_then(|id| id.parse().ok());
    Some((Route::from_path(&path, ""), hint))
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's gzip decoder (web-sys has it only behind its unstable APIs).
    type DecompressionStream;

    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
}

/// The bytes of the data file at `url`, or why not. The site generator stores every data file
/// gzip-compressed (GitHub Pages sends `.bin` files as they are); the browser inflates them.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let js_error = |e: wasm_bindgen::JsValue| {
        e.as_string()
            .or_else(|| {
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| "network error".to_string())
    };
    let window = gloo::utils::window();
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(js_error)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let body = response.body().ok_or("an empty response")?;
    // A DecompressionStream is a readable and writable pair, which is what pipeThrough takes.
    let inflate: web_sys::ReadableWritablePair = DecompressionStream::new("gzip")
        .map_err(js_error)?
        .unchecked_into();
    let inflated =
        web_sys::Response::new_with_opt_readable_stream(Some(&body.pipe_through(&inflate)))
            .map_err(js_error)?;
    let buffer = JsFuture::from(inflated.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn status_says_loading_until_a_file_fails() {
        let mut store = fixture::split_store();
        assert_eq!(status(&store, &Needs::default()), Status::Ready);
        let needs = Needs(vec![FileKey::SearchRoot]);
        assert_eq!(status(&store, &needs), Status::Loading);
        store.start(&needs.0, IN_FLIGHT);
        assert_eq!(status(&store, &needs), Status::Loading);
        store.failed(FileKey::SearchRoot, "HTTP 500".into());
        assert_eq!(status(&store, &needs), Status::Failed("HTTP 500".into()));
    }
}
