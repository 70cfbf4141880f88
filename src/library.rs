//! The app's handle on the collection: the store of loaded files, where they are fetched from,
//! and how links are written.

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use corpus::bundle::{Store, Versions};

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
pub struct Shared {
    lib: Rc<Library>,
    versions: Versions,
}

impl Shared {
    /// The library as it is now.
    pub fn new(lib: Rc<Library>) -> Shared {
        let versions = lib.store().versions();
        Shared { lib, versions }
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
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.lib, &other.lib) && self.versions == other.versions
    }
}
