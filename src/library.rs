//! The app's handle on the collection: the store of loaded files, where they are fetched from,
//! and how links are written.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use corpus::bundle::format::has_page;
use corpus::bundle::{EntityRef, Store, Versions};

use crate::route::{LinkMode, Route};

/// The loaded data of one collection, for the whole life of the page.
#[derive(Debug)]
pub struct Library {
    store: RefCell<Store>,
    /// How links are written.
    pub links: LinkMode,
    /// The URL of the data folder, ending in `/`.
    pub data_url: String,
}

impl Library {
    pub fn new(store: Store, links: LinkMode, data_url: String) -> Library {
        Library {
            store: RefCell::new(store),
            links,
            data_url,
        }
    }

    /// The store, to read. Never held across an `await` or a callback.
    pub fn store(&self) -> Ref<'_, Store> {
        self.store.borrow()
    }

    /// The store, to add what was fetched.
    pub fn store_mut(&self) -> RefMut<'_, Store> {
        self.store.borrow_mut()
    }
}

/// A [`Library`] for component properties, with the version of its contents: equal when it is
/// the same library and nothing arrived since, so comparing properties never walks the data.
#[derive(Debug, Clone)]
pub struct VersionedLibrary {
    lib: Rc<Library>,
    versions: Versions,
}

impl VersionedLibrary {
    /// The library as it is now.
    pub fn new(lib: Rc<Library>) -> VersionedLibrary {
        let versions = lib.store().versions();
        VersionedLibrary { lib, versions }
    }

    pub fn library(&self) -> &Rc<Library> {
        &self.lib
    }

    pub fn store(&self) -> Ref<'_, Store> {
        self.lib.store()
    }

    pub fn versions(&self) -> Versions {
        self.versions
    }

    /// A link to `route`.
    pub fn href(&self, route: &Route) -> String {
        route.href(self.lib.links)
    }

    /// How links to entities are written.
    pub fn entity_links(&self) -> EntityLinks {
        EntityLinks::of(&self.store(), self.lib.links)
    }
}

/// How links to entities are written: to the entity's page when it has one, else to the list
/// filtered by it. (With JavaScript, entity links toggle filters; the link is where they go
/// without it, or in a new tab.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntityLinks {
    kinds: [u32; 3],
    pages: [u32; 3],
    mode: LinkMode,
}

impl EntityLinks {
    pub fn of(store: &Store, mode: LinkMode) -> EntityLinks {
        EntityLinks {
            kinds: store.boot().kinds,
            pages: store.boot().pages,
            mode,
        }
    }

    /// Whether `entity` has a page.
    pub fn has_page(&self, entity: &EntityRef) -> bool {
        has_page(self.kinds, self.pages, entity.id)
    }

    /// The link to `entity`'s page, when it has one.
    pub fn page_href(&self, entity: &EntityRef) -> Option<String> {
        self.has_page(entity)
            .then(|| Route::entity_page(&entity.slug).href(self.mode))
    }

    /// How links are written.
    pub fn mode(&self) -> LinkMode {
        self.mode
    }

    /// The link for `entity`.
    pub fn href(&self, entity: &EntityRef) -> String {
        let route = if self.has_page(entity) {
            Route::entity_page(&entity.slug)
        } else {
            Route {
                filters: vec![entity.slug.clone()],
                ..Route::default()
            }
        };
        route.href(self.mode)
    }
}

impl PartialEq for VersionedLibrary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.lib, &other.lib) && self.versions == other.versions
    }
}
