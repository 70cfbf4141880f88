//! Prerendering: the body of every page, made by the app's own components (yew's server-side
//! renderer) from a store holding exactly what the app will hold when it takes the page over:
//! the boot file and the files [`news_explorer::app::page_needs`] names for the page's view.
//! So the HTML and the app's first render are the same, and hydration keeps the page as it is.
//!
//! A page's render key covers the files it reads, the files the boot file carries inside (the
//! search root) included: the store that finds them starts from the boot file without those,
//! so that they come through `page_needs` like files apart, and only then gets the rest.
//! So an edit that changes the search root (any edit does) renders again only the pages
//! that read it, not every page.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use corpus::bundle::codec::content_hash;
use corpus::bundle::write::Bundle;
use corpus::bundle::{Boot, FileKey, Store};
use news_explorer::app::{page_needs, App, AppProps};
use news_explorer::library::Library;
use news_explorer::route::{LinkMode, Route};
use yew::LocalServerRenderer;

/// What [`Prerender::keyed`] finds for a page.
pub struct Keyed {
    /// The store the app holds when it takes the page over.
    pub store: Store,
    /// The page's render key.
    pub key: String,
    /// The files the page loads, in order, with their hashes.
    pub loaded: Vec<(FileKey, String)>,
}

/// Renders the pages of one bundle.
pub struct Prerender<'a> {
    bundle: &'a Bundle,
    links: LinkMode,
    /// What every render key starts with (see [`Prerender::keyed`]).
    base_key: Vec<u8>,
    /// The boot file's [`corpus::bundle::Boot::cards_hash`].
    cards: u64,
    /// The boot file without the files it carries inside (a page's store starts from it).
    bare_boot: Vec<u8>,
    /// The files the boot file carries inside, in the order a loader adds them, with their
    /// hashes.
    inline: Vec<(FileKey, Vec<u8>, String)>,
    /// The hashes of the files loaded so far, by path.
    hashes: RefCell<HashMap<String, String>>,
    runtime: tokio::runtime::Runtime,
}

impl<'a> Prerender<'a> {
    /// Renders pages whose links are written as `links` says; `app` names the code that renders
    /// them (see [`Prerender::keyed`]).
    pub fn new(bundle: &'a Bundle, links: LinkMode, app: &str) -> Result<Self, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| format!("cannot start the renderer: {e}"))?;
        let boot = bundle
            .file(&bundle.boot_path)
            .ok_or("the boot file is missing")?;
        let mut boot = Boot::from_bytes(boot).map_err(|e| e.to_string())?;
        let inline = boot
            .take_inline()
            .into_iter()
            .map(|(key, bytes)| {
                let hash = content_hash(&bytes);
                (key, bytes, hash)
            })
            .collect();
        let mut base_key = app.as_bytes().to_vec();
        base_key.push(u8::from(links == LinkMode::Hash));
        base_key.extend_from_slice(&bundle.boot.view_hash().to_le_bytes());
        Ok(Self {
            bundle,
            links,
            base_key,
            cards: bundle.boot.cards_hash(),
            bare_boot: boot.to_bytes(),
            inline,
            hashes: RefCell::default(),
            runtime,
        })
    }

    /// The store the app holds when it takes over the page of `route` (`hint`: the entity id
    /// an entity page names).
    pub fn store(&self, route: &Route, hint: Option<u32>) -> Result<Store, String> {
        self.keyed(route, hint).map(|keyed| keyed.store)
    }

    /// [`Prerender::store`], the page's render key (the hash of what its body is made of: the
    /// app, the links, the view, what the boot file shows on it, the files it reads, those the
    /// boot file carries inside included), so that a body rendered for the same key can be
    /// used again, and the files it read.
    pub fn keyed(&self, route: &Route, hint: Option<u32>) -> Result<Keyed, String> {
        let read = self.read(route, hint)?;
        Ok(Keyed {
            store: self.complete(read.store)?,
            ..read
        })
    }

    /// [`Prerender::keyed`] with a store that holds the files the page reads only (from the
    /// boot file without the files it carries inside).
    fn read(&self, route: &Route, hint: Option<u32>) -> Result<Keyed, String> {
        let mut store = Store::new(&self.bare_boot).map_err(|e| e.to_string())?;
        if let (Some(id), Some(slug)) = (hint, route.entity.as_deref()) {
            store.hint(slug, id);
        }
        let mut key = self.route_key(route);
        let mut loaded = Vec::new();
        for _ in 0..8 {
            let needs = match page_needs(&store, route) {
                Ok(()) => {
                    let key = content_hash(&key);
                    return Ok(Keyed { store, key, loaded });
                }
                Err(needs) => needs,
            };
            for file in needs.0 {
                let (bytes, hash) = self.file(file).ok_or("a file this build does not have")?;
                key.extend_from_slice(hash.as_bytes());
                loaded.push((file, hash));
                store.insert(file, bytes).map_err(|e| e.to_string())?;
            }
        }
        Err(format!("the files of {} do not settle", route.to_path()))
    }

    /// `store` with the files the boot file carries inside that it lacks: the store the app
    /// has when it takes the page over.
    fn complete(&self, mut store: Store) -> Result<Store, String> {
        for (file, bytes, _) in &self.inline {
            if !store.is_loaded(*file) {
                store.insert(*file, bytes).map_err(|e| e.to_string())?;
            }
        }
        Ok(store)
    }

    /// The render key of the page of `route` when it loads the files `loaded` names (what
    /// [`Prerender::keyed`] found in a build whose boot file had the same
    /// [`corpus::bundle::Boot::shape_hash`]) and they hold the same bytes; `None` when one
    /// changed. Which files a page loads (`app::page_needs`) depends only on the part of the
    /// boot file the shape hash covers and on the files loaded before, so the page then loads
    /// the same files again, and its key is made of the same parts.
    pub fn key_if_same(&self, route: &Route, loaded: &[(FileKey, String)]) -> Option<String> {
        let mut key = self.route_key(route);
        for (file, hash) in loaded {
            if self.file(*file)?.1 != *hash {
                return None;
            }
            key.extend_from_slice(hash.as_bytes());
        }
        Some(content_hash(&key))
    }

    /// What every render key of `route` starts with.
    fn route_key(&self, route: &Route) -> Vec<u8> {
        let mut key = self.base_key.clone();
        key.extend_from_slice(route.to_path().as_bytes());
        if !route.is_page() {
            key.extend_from_slice(&self.cards.to_le_bytes());
        }
        key
    }

    /// The bytes of `file` in this build (in the boot file or apart) and their hash.
    fn file(&self, file: FileKey) -> Option<(&[u8], String)> {
        if let Some((_, bytes, hash)) = self.inline.iter().find(|(key, ..)| *key == file) {
            return Some((bytes, hash.clone()));
        }
        let path = self.bundle.boot.path(file)?;
        let bytes = self.bundle.file(&path)?;
        let mut hashes = self.hashes.borrow_mut();
        let hash = hashes.entry(path).or_insert_with(|| content_hash(bytes));
        Some((bytes, hash.clone()))
    }

    /// The body of the page of `route`.
    pub fn body(&self, route: &Route, hint: Option<u32>) -> Result<String, String> {
        let store = self.store(route, hint)?;
        Ok(self.render(store, route))
    }

    /// The body of the page of `route` from the store [`Prerender::keyed`] made for it.
    pub fn render(&self, store: Store, route: &Route) -> String {
        let props = AppProps {
            library: Ok(Rc::new(Library::new(store, self.links, "data/".into()))),
            route: route.clone(),
            place: None,
            then: None,
            typed: None,
        };
        self.runtime.block_on(
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(true)
                .render(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::bundle::write::{write, Options};
    use corpus::read::parse_article;
    use corpus::{Corpus, Entity, EntityKind, Mention, MentionSet};

    fn bundle() -> Bundle {
        write(
            corpus(),
            &Options {
                inline_limit: 0,
                cards: 1,
                ..Options::default()
            },
        )
    }

    fn corpus() -> Corpus {
        let articles: Vec<_> = (0..3)
            .map(|i| {
                parse_article(
                    &format!("a{i}.txt"),
                    &format!("Story {i} about Oslo\n\nPeople in Oslo met on day {i}."),
                )
            })
            .collect();
        let mention = |a: usize| {
            let start = articles[a].blocks[0].text.find("Oslo").unwrap() as u32;
            MentionSet {
                article: a as u32,
                mentions: vec![Mention {
                    block: 0,
                    start,
                    end: start + 4,
                }],
            }
        };
        let entities = vec![Entity {
            name: "Oslo".into(),
            kind: EntityKind::Place,
            aliases: Vec::new(),
            articles: (0..3).map(mention).collect(),
        }];
        Corpus {
            articles,
            entities,
            quotes: Vec::new(),
        }
    }

    #[test]
    fn pages_are_rendered_from_the_files_the_app_will_have() {
        let bundle = bundle();
        let pre = Prerender::new(&bundle, LinkMode::Path, "app").unwrap();
        let home = pre.body(&Route::default(), None).unwrap();
        assert!(home.contains("Story 0 about Oslo"), "{home}");
        assert!(
            home.contains("Loading article…"),
            "cards past the boot file's wait"
        );
        assert!(home.contains("<!--"), "hydration markers");

        let article = Route::default().with_article("a2");
        let store = pre.store(&article, None).unwrap();
        assert!(store.is_loaded(corpus::bundle::FileKey::Article(2)));
        assert!(!store.is_loaded(corpus::bundle::FileKey::Article(1)));
        let page = pre.body(&article, None).unwrap();
        assert!(page.contains("People in"), "{page}");
        assert!(page.contains(r#"id="reader-title""#));

        let entity = Route::entity_page("oslo");
        let store = pre.store(&entity, Some(0)).unwrap();
        assert!(
            !store.is_loaded(corpus::bundle::FileKey::SearchRoot),
            "the hint suffices"
        );
        let page = pre.body(&entity, Some(0)).unwrap();
        assert!(page.contains("named in 3 articles"), "{page}");
    }

    #[test]
    fn a_render_key_changes_with_what_the_page_shows_only() {
        let one = bundle();
        let key = |bundle: &Bundle, app: &str, route: &Route, hint: Option<u32>| {
            let pre = Prerender::new(bundle, LinkMode::Path, app).unwrap();
            pre.keyed(route, hint).unwrap().key
        };
        let home = Route::default();
        let a1 = Route::default().with_article("a1");
        let a2 = Route::default().with_article("a2");
        let oslo = Route::entity_page("oslo");
        assert_eq!(
            key(&one, "app", &a1, None),
            key(&bundle(), "app", &a1, None)
        );
        assert_ne!(key(&one, "app", &a1, None), key(&one, "app", &a2, None));
        assert_ne!(
            key(&one, "app", &a1, None),
            key(&one, "other app", &a1, None)
        );
        let hash = Prerender::new(&one, LinkMode::Hash, "app").unwrap();
        assert_ne!(
            hash.keyed(&a1, None).unwrap().key,
            key(&one, "app", &a1, None)
        );

        // Article 0 gets a new title: its card (the only one of the first view), its page
        // and the entity page listing it change; article 1's page does not.
        let mut retitled = bundle().corpus;
        retitled.articles[0].title = "Story 0 retold".into();
        let two = write(
            retitled,
            &Options {
                inline_limit: 0,
                cards: 1,
                ..Options::default()
            },
        );
        let changed = |route: &Route, hint: Option<u32>| {
            key(&one, "app", route, hint) != key(&two, "app", route, hint)
        };
        assert!(changed(&home, None));
        assert!(changed(&Route::default().with_article("a0"), None));
        assert!(changed(&oslo, Some(0)));
        assert!(!changed(&a1, None));

        // The files a page loaded in one build give its key in the next, unless one changed.
        let (pre_one, pre_two) = (
            Prerender::new(&one, LinkMode::Path, "app").unwrap(),
            Prerender::new(&two, LinkMode::Path, "app").unwrap(),
        );
        let a0 = Route::default().with_article("a0");
        for route in [&a0, &a1] {
            let before = pre_one.keyed(route, None).unwrap();
            assert!(!before.loaded.is_empty());
            let after = pre_two.key_if_same(route, &before.loaded);
            let expected = (route == &a1).then(|| pre_two.keyed(route, None).unwrap().key);
            assert_eq!(after, expected, "{route:?}");
        }
    }

    #[test]
    fn a_page_depends_on_the_search_root_in_the_boot_file_only_when_it_reads_it() {
        // The search root inside the boot file, as on every site of up to 256 KB of root.
        let inside = |corpus: Corpus| {
            let bundle = write(
                corpus,
                &Options {
                    cards: 1,
                    ..Options::default()
                },
            );
            assert_eq!(bundle.boot.inline[0].0, FileKey::SearchRoot);
            bundle
        };
        let one = inside(corpus());
        // A word added to article 2: its file, the search root and nothing article 1 or the
        // home page show change.
        let mut edited = corpus();
        edited.articles[2].blocks[0].text.push_str(" Rain fell.");
        let two = inside(edited);
        assert_ne!(one.boot.inline, two.boot.inline);
        let (pre_one, pre_two) = (
            Prerender::new(&one, LinkMode::Path, "app").unwrap(),
            Prerender::new(&two, LinkMode::Path, "app").unwrap(),
        );
        // An old link naming the entity, without the page's hint: resolved through the
        // search root's name table.
        let by_name = Route::entity_page("Oslo");
        let routes = [
            (Route::default(), None),
            (Route::default().with_article("a1"), None),
            (Route::default().with_article("a2"), None),
            (Route::entity_page("oslo"), Some(0)),
            (by_name.clone(), None),
        ];
        let mut kept = Vec::new();
        for (route, hint) in &routes {
            let (a, b) = (
                pre_one.keyed(route, *hint).unwrap(),
                pre_two.keyed(route, *hint).unwrap(),
            );
            assert!(a.store.is_loaded(FileKey::SearchRoot), "as the app has it");
            let reads_root = a.loaded.iter().any(|(f, _)| *f == FileKey::SearchRoot);
            assert_eq!(reads_root, route == &by_name, "{route:?}");
            if a.key == b.key {
                // The same key must mean the same body: it is not rendered again.
                assert_eq!(
                    pre_one.render(a.store, route),
                    pre_two.render(b.store, route),
                    "{route:?}"
                );
                kept.push(route.to_path());
            }
        }
        assert_eq!(kept, ["", "article/a1/"]);
    }
}
