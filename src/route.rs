//! The view's place in the URL.
//!
//! On a served site routes are paths under the site's base: `./` (or `?q=...&e=...`) for the
//! list (`&sort=newest` or `oldest` for the list by date), `article/<id>/?q=...&e=...` for the
//! reader and `entity/<slug>/` for an entity's page,
//! each with a page of its own on the host,
//! so a reload or a shared link opens the same view. A page opened from disk, and links from
//! before paths, use the hash: `#/?q=...` and `#/article/<id>?q=...`; a hash route wins over the
//! path. Parsing accepts anything and never panics; unknown parameters and malformed escapes
//! are kept as literal text or ignored.

use corpus::url::encode;

/// What the URL says: the query, the entity filters (by slug, or by name in older links), and
/// the open article or entity page, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Route {
    pub query: String,
    /// Active entity filters in the order they were added, without duplicates.
    pub filters: Vec<String>,
    /// The id of the article open in the reader.
    pub article: Option<String>,
    /// The slug of the entity whose page is open (when no article is).
    pub entity: Option<String>,
    /// The list's order.
    pub sort: Sort,
}

/// The order of the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first with a query, else the collection's order.
    #[default]
    Relevance,
    /// By date, newest first; articles without a date last.
    Newest,
    /// By date, oldest first; articles without a date last.
    Oldest,
}

impl Sort {
    /// Every order, as the order links list them.
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Newest, Sort::Oldest];

    /// Its value in the URL (`sort=newest`); none for the default order.
    pub fn param(self) -> Option<&'static str> {
        match self {
            Sort::Relevance => None,
            Sort::Newest => Some("newest"),
            Sort::Oldest => Some("oldest"),
        }
    }

    fn from_param(value: &str) -> Sort {
        Sort::ALL
            .into_iter()
            .find(|s| s.param() == Some(value))
            .unwrap_or_default()
    }
}

/// How the app writes links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LinkMode {
    /// Paths under the base URL (a served site).
    #[default]
    Path,
    /// Hash routes (a file opened from disk).
    Hash,
}

const ARTICLE_PREFIX: &str = "article/";
const ENTITY_PREFIX: &str = "entity/";

/// Whether the URL path `path` is a view of the site under `base_path` (ending in `/`): the
/// list, an article or an entity page.
pub fn is_view(base_path: &str, path: &str) -> bool {
    path.strip_prefix(base_path).is_some_and(|rel| {
        rel.is_empty()
            || rel == "index.html"
            || rel.starts_with(ARTICLE_PREFIX)
            || rel.starts_with(ENTITY_PREFIX)
    })
}

impl Route {
    /// The same query and filters, with `article` open.
    pub fn with_article(&self, article: &str) -> Route {
        Route {
            article: Some(article.to_string()),
            entity: None,
            ..self.clone()
        }
    }

    /// The page of the entity with this slug (no query, no filter).
    pub fn entity_page(slug: &str) -> Route {
        Route {
            entity: Some(slug.to_string()),
            ..Route::default()
        }
    }

    /// The same query and filters, back on the list.
    pub fn list(&self) -> Route {
        Route {
            article: None,
            entity: None,
            ..self.clone()
        }
    }

    /// Whether the route opens a page (an article or an entity) rather than the list.
    pub fn is_page(&self) -> bool {
        self.article.is_some() || self.entity.is_some()
    }

    /// `q=...&e=...`, or nothing.
    fn params(&self) -> String {
        let mut params = Vec::new();
        if !self.query.is_empty() {
            params.push(format!("q={}", encode(&self.query)));
        }
        for filter in &self.filters {
            params.push(format!("e={}", encode(filter)));
        }
        if let Some(sort) = self.sort.param() {
            params.push(format!("sort={sort}"));
        }
        params.join("&")
    }

    /// The path of this view relative to the site's base, with its query string: empty for
    /// the plain list.
    pub fn to_path(&self) -> String {
        let mut path = match (&self.article, &self.entity) {
            (Some(id), _) => format!("{ARTICLE_PREFIX}{}/", encode(id)),
            (None, Some(slug)) => format!("{ENTITY_PREFIX}{}/", encode(slug)),
            (None, None) => String::new(),
        };
        let params = self.params();
        if !params.is_empty() {
            path.push('?');
            path.push_str(&params);
        }
        path
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        let mut hash = String::from("#/");
        if let Some(id) = &self.article {
            hash.push_str(ARTICLE_PREFIX);
            hash.push_str(&encode(id));
        } else if let Some(slug) = &self.entity {
            hash.push_str(ENTITY_PREFIX);
            hash.push_str(&encode(slug));
        }
        let params = self.params();
        if !params.is_empty() {
            hash.push('?');
            hash.push_str(&params);
        }
        hash
    }

    /// A link to this view, relative to the page's `<base href>` in path mode.
    pub fn href(&self, mode: LinkMode) -> String {
        match mode {
            LinkMode::Hash => self.to_hash(),
            LinkMode::Path => {
                let path = self.to_path();
                if path.is_empty() {
                    "./".to_string()
                } else {
                    path
                }
            }
        }
    }

    /// Reads a hash as written by [`Route::to_hash`], with or without the leading `#` and `/`.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = hash.strip_prefix('/').unwrap_or(hash);
        let (path, params) = hash.split_once('?').unwrap_or((hash, ""));
        Route::from_parts(path.trim_end_matches('/'), params)
    }

    /// Reads a path relative to the site's base (`article/<id>/`) and a query string (with or
    /// without its `?`), as written by [`Route::to_path`].
    pub fn from_path(path: &str, search: &str) -> Route {
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let search = search.strip_prefix('?').unwrap_or(search);
        Route::from_parts(path.trim_end_matches('/'), search)
    }

    /// The route of a URL of this site, from its parts as `Location` and `Url` give them
    /// (`path` whole, `search` and `hash` with their `?` and `#`). With hash links, the hash.
    /// With paths, a hash route if the URL has one (an old link), else the path relative to
    /// `base_path` (the site's, ending in `/`) and the query string; a path outside the base
    /// reads as the list.
    pub fn from_url(
        mode: LinkMode,
        base_path: &str,
        path: &str,
        search: &str,
        hash: &str,
    ) -> Route {
        match mode {
            LinkMode::Hash => Route::from_hash(hash),
            LinkMode::Path if hash.starts_with("#/") => Route::from_hash(hash),
            LinkMode::Path => {
                let rel = path.strip_prefix(base_path).unwrap_or_default();
                Route::from_path(rel, search)
            }
        }
    }

    fn from_parts(path: &str, params: &str) -> Route {
        let part = |prefix: &str| {
            path.strip_prefix(prefix)
                .filter(|id| !id.contains('/'))
                .map(decode)
                .filter(|id| !id.is_empty())
        };
        let mut route = Route {
            article: part(ARTICLE_PREFIX),
            entity: part(ENTITY_PREFIX),
            ..Route::default()
        };
        for param in params.split('&') {
            let (name, value) = param.split_once('=').unwrap_or((param, ""));
            let value = decode(value);
            match name {
                "q" => route.query = value,
                "e" if !value.is_empty() && !route.filters.contains(&value) => {
                    route.filters.push(value)
                }
                "sort" => route.sort = Sort::from_param(&value),
                _ => {}
            }
        }
        route
    }
}

/// Decodes `%XX` escapes and `+` as a space; malformed escapes stay as they are and invalid
/// UTF-8 becomes U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let escaped = match (byte, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) => hex(hi).zip(hex(lo)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, byte) {
            (Some(decoded), _) => {
                out.push(decoded);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, other) => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(query: &str, filters: &[&str], article: Option<&str>) -> Route {
        Route {
            query: query.to_string(),
            filters: filters.iter().map(|f| f.to_string()).collect(),
            article: article.map(str::to_string),
            ..Route::default()
        }
    }

    #[test]
    fn writes_the_documented_shapes() {
        assert_eq!(Route::default().to_hash(), "#/");
        assert_eq!(Route::default().to_path(), "");
        assert_eq!(Route::default().href(LinkMode::Path), "./");
        assert_eq!(route("oil", &[], None).to_hash(), "#/?q=oil");
        assert_eq!(route("oil", &[], None).href(LinkMode::Path), "?q=oil");
        assert_eq!(
            route("oil price", &["ann-lee", "oslo"], None).to_path(),
            "?q=oil%20price&e=ann-lee&e=oslo"
        );
        assert_eq!(
            route("", &["X&Y=Z"], Some("a-1")).to_hash(),
            "#/article/a-1?e=X%26Y%3DZ"
        );
        assert_eq!(
            route("", &["x"], Some("a-1")).href(LinkMode::Path),
            "article/a-1/?e=x"
        );
        assert_eq!(route("", &[], Some("a b")).to_path(), "article/a%20b/");
    }

    #[test]
    fn reads_what_it_writes() {
        for r in [
            Route::default(),
            route("\"quoted phrase\" -not", &[], None),
            route(
                "émigré 東京 🙂",
                &["Zoë", "A/B?C#D"],
                Some("id/with?odd#chars"),
            ),
            route("100% + ½", &["+"], Some("x")),
        ] {
            assert_eq!(Route::from_hash(&r.to_hash()), r, "{}", r.to_hash());
            let path = r.to_path();
            let (p, q) = path.split_once('?').unwrap_or((&path, ""));
            assert_eq!(Route::from_path(p, q), r, "{path}");
            let whole = format!("/site/{p}");
            assert_eq!(
                Route::from_url(LinkMode::Path, "/site/", &whole, &format!("?{q}"), ""),
                r
            );
        }
    }

    #[test]
    fn reads_hand_written_links() {
        assert_eq!(
            Route::from_hash("#/?q=oil+price&e=Oslo&e=Oslo&e=&x=1"),
            route("oil price", &["Oslo"], None)
        );
        assert_eq!(
            Route::from_hash("/article/abc"),
            route("", &[], Some("abc"))
        );
        assert_eq!(Route::from_hash("#/article/"), Route::default());
        assert_eq!(Route::from_hash(""), Route::default());
        assert_eq!(Route::from_hash("#"), Route::default());
        assert_eq!(
            Route::from_path("article/abc", ""),
            route("", &[], Some("abc"))
        );
        assert_eq!(
            Route::from_path("/article/abc/index.html", "?q=x"),
            route("x", &[], Some("abc"))
        );
        assert_eq!(Route::from_path("index.html", ""), Route::default());
        assert_eq!(Route::from_path("article/a/b/", ""), Route::default());
        assert_eq!(Route::from_path("elsewhere/", "q=z"), route("z", &[], None));
    }

    #[test]
    fn an_old_hash_link_wins_over_the_path() {
        assert_eq!(
            Route::from_url(
                LinkMode::Path,
                "/",
                "/",
                "",
                "#/article/x?q=oil&e=Maria%20Lopez"
            ),
            route("oil", &["Maria Lopez"], Some("x"))
        );
        assert_eq!(
            Route::from_url(LinkMode::Path, "/", "/article/y/", "?q=a", "#section"),
            route("a", &[], Some("y"))
        );
    }

    #[test]
    fn hash_links_read_only_the_hash() {
        assert_eq!(
            Route::from_url(LinkMode::Hash, "/", "/article/y/", "?q=a", "#/?q=b"),
            route("b", &[], None)
        );
        assert_eq!(
            Route::from_url(LinkMode::Hash, "/", "/article/y/", "?q=a", ""),
            Route::default()
        );
    }

    #[test]
    fn a_path_outside_the_base_reads_as_the_list() {
        assert_eq!(
            Route::from_url(LinkMode::Path, "/site/", "/other/article/y/", "", ""),
            Route::default()
        );
    }

    #[test]
    fn views_are_the_list_articles_and_entity_pages_under_the_base() {
        for path in [
            "/site/",
            "/site/index.html",
            "/site/article/a/",
            "/site/entity/b/",
        ] {
            assert!(is_view("/site/", path), "{path}");
        }
        for path in [
            "/",
            "/site",
            "/other/article/a/",
            "/site/data/boot.bin",
            "/site/404.html",
        ] {
            assert!(!is_view("/site/", path), "{path}");
        }
    }

    #[test]
    fn never_panics_on_malformed_escapes() {
        assert_eq!(Route::from_hash("#/?q=%").query, "%");
        assert_eq!(Route::from_hash("#/?q=%4").query, "%4");
        assert_eq!(Route::from_hash("#/?q=%zz%41").query, "%zzA");
        assert_eq!(Route::from_hash("#/?q=%FF").query, "\u{FFFD}");
        assert_eq!(Route::from_hash("#/?q=%C3%A9").query, "é");
        assert_eq!(Route::from_path("", "q=é%").query, "é%");
    }

    #[test]
    fn entity_pages_have_paths_and_hashes_of_their_own() {
        let page = Route::entity_page("john-kerry");
        assert_eq!(page.to_path(), "entity/john-kerry/");
        assert_eq!(page.to_hash(), "#/entity/john-kerry");
        assert_eq!(Route::from_path("entity/john-kerry/", ""), page);
        assert_eq!(Route::from_hash("#/entity/john-kerry"), page);
        assert!(page.is_page() && !page.list().is_page());
        let article = page.with_article("a");
        assert_eq!(
            (article.article.as_deref(), article.entity),
            (Some("a"), None)
        );
    }

    #[test]
    fn the_order_is_kept_in_the_url() {
        let newest = Route {
            sort: Sort::Newest,
            ..route("oil", &["oslo"], None)
        };
        assert_eq!(newest.to_path(), "?q=oil&e=oslo&sort=newest");
        assert_eq!(Route::from_path("", "q=oil&e=oslo&sort=newest"), newest);
        assert_eq!(Route::from_hash(&newest.to_hash()), newest);
        assert_eq!(newest.with_article("a").list(), newest);
        assert_eq!(Route::from_path("", "sort=oldest").sort, Sort::Oldest);
        // Anything else is the default order, written as nothing.
        assert_eq!(Route::from_path("", "sort=sideways").sort, Sort::Relevance);
        assert_eq!(Route::from_path("", "sort=relevance").to_path(), "");
    }

    #[test]
    fn switches_between_list_and_article() {
        let list = route("q", &["F"], None);
        let open = list.with_article("id");
        assert_eq!(open, route("q", &["F"], Some("id")));
        assert_eq!(open.list(), list);
    }
}
