//! Prerendering: the body of every page, made by the app's own components (yew's server-side
//! renderer) from a store holding exactly what the app will hold when it takes the page over:
//! the boot file and the files [`news_explorer::app::page_needs`] names for the page's view.
//! So the HTML and the app's first render are the same, and hydration keeps the page as it is.

use std::rc::Rc;

use corpus::bundle::codec::content_hash;
use corpus::bundle::write::Bundle;
use corpus::bundle::Store;
use news_explorer::app::{page_needs, App, AppProps};
use news_explorer::library::Library;
use news_explorer::route::{LinkMode, Route};
use yew::LocalServerRenderer;

/// Renders the pages of one bundle.
pub struct Prerender<'a> {
    bundle: &'a Bundle,
    links: LinkMode,
    runtime: tokio::runtime::Runtime,
}

impl<'a> Prerender<'a> {
    /// Renders pages whose links are written as `links` says.
    pub fn new(bundle: &'a Bundle, links: LinkMode) -> Result<Self, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| format!("cannot start the renderer: {e}"))?;
        Ok(Self {
            bundle,
            links,
            runtime,
        })
    }

    /// The store the app holds when it takes over the page of `route` (`hint`: the entity id
    /// an entity page names).
    pub fn store(&self, route: &Route, hint: Option<u32>) -> Result<Store, String> {
        self.store_and_files(route, hint).map(|(store, _)| store)
    }

    /// [`Prerender::store`], and the hashes of the files loaded besides the boot file.
    fn store_and_files(
        &self,
        route: &Route,
        hint: Option<u32>,
    ) -> Result<(Store, String), String> {
        let boot = self
            .bundle
            .file(&self.bundle.boot_path)
            .ok_or("the boot file is missing")?;
        let mut store = Store::new(boot).map_err(|e| e.to_string())?;
        if let (Some(id), Some(slug)) = (hint, route.entity.as_deref()) {
            store.hint(slug, id);
        }
        let mut files = String::new();
        for _ in 0..8 {
            let needs = match page_needs(&store, route) {
                Ok(()) => return Ok((store, files)),
                Err(needs) => needs,
            };
            for key in needs.0 {
                let path = store.path(key).ok_or("a file this build does not have")?;
                let bytes = self
                    .bundle
                    .file(&path)
                    .ok_or_else(|| format!("{path} was not written"))?;
                files.push_str(&content_hash(bytes));
                store.insert(key, bytes).map_err(|e| e.to_string())?;
            }
        }
        Err(format!("the files of {} do not settle", route.to_path()))
    }

    /// The body of the page of `route`.
    pub fn body(&self, route: &Route, hint: Option<u32>) -> Result<String, String> {
        let store = self.store(route, hint)?;
        Ok(self.render(store, route))
    }

    /// The body of the page of `route` and its render key (the hash of what it is made of:
    /// the app, the view, the boot file's shown parts, the files loaded): the body of
    /// `previous`, the page a former build wrote, when that page has the same key.
    pub fn body_or_previous(
        &self,
        route: &Route,
        hint: Option<u32>,
        app: &str,
        previous: Option<&str>,
    ) -> Result<(String, String), String> {
        let (store, files) = self.store_and_files(route, hint)?;
        let mut key_bytes = Vec::new();
        key_bytes.extend_from_slice(app.as_bytes());
        key_bytes.extend_from_slice(route.to_path().as_bytes());
        key_bytes.extend_from_slice(&store.boot().view_hash().to_le_bytes());
        key_bytes.extend_from_slice(files.as_bytes());
        key_bytes.push(u8::from(self.links == LinkMode::Hash));
        let key = content_hash(&key_bytes);
        if let Some(body) = previous.and_then(|p| crate::html::previous_body(p, &key)) {
            return Ok((body.to_string(), key));
        }
        Ok((self.render(store, route), key))
    }

    fn render(&self, store: Store, route: &Route) -> String {
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
        let split = Options {
            inline_limit: 0,
            cards: 1,
            ..Options::default()
        };
        write(
            Corpus {
                articles,
                entities,
                quotes: Vec::new(),
            },
            &split,
        )
    }

    #[test]
    fn pages_are_rendered_from_the_files_the_app_will_have() {
        let bundle = bundle();
        let pre = Prerender::new(&bundle, LinkMode::Path).unwrap();
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
    fn a_page_whose_inputs_did_not_change_is_not_rendered_again() {
        let bundle = bundle();
        let pre = Prerender::new(&bundle, LinkMode::Path).unwrap();
        let article = Route::default().with_article("a1");
        let (body, key) = pre.body_or_previous(&article, None, "app-1", None).unwrap();
        let shell = |body: &str, key: &str| {
            format!(
                "<html><head><meta name=\"{}\" content=\"{key}\" /></head><body>{body}</body></html>",
                crate::html::RENDER_META
            )
        };
        let previous = shell("kept", &key);
        let (again, same) = pre
            .body_or_previous(&article, None, "app-1", Some(&previous))
            .unwrap();
        assert_eq!((again.as_str(), &same), ("kept", &key), "reused");
        let (fresh, other) = pre
            .body_or_previous(&article, None, "app-2", Some(&previous))
            .unwrap();
        assert_ne!(other, key, "another app, another key");
        assert_eq!(fresh, body);
    }
}
