//! The view's place in the URL: `#/?q=...&e=...` for the list and `#/article/<id>?q=...&e=...`
//! for the reader.
//!
//! The state lives in the hash so that a reload on a static host (GitHub Pages) serves the same
//! page and the app restores the same view. Parsing accepts anything and never panics; unknown
//! parameters and malformed escapes are kept as literal text or ignored.

/// What the URL says: the query, the entity filters (by [`crate::library::Library::key`]) and
/// the open article, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Route {
    pub query: String,
    /// Active entity filters in the order they were added, without duplicates.
    pub filters: Vec<String>,
    /// The id of the article open in the reader.
    pub article: Option<String>,
}

const ARTICLE_PREFIX: &str = "article/";

impl Route {
    /// The same query and filters, with `article` open.
    pub fn with_article(&self, article: &str) -> Route {
        Route {
            article: Some(article.to_string()),
            ..self.clone()
        }
    }

    /// The same query and filters, back on the list.
    pub fn list(&self) -> Route {
        Route {
            article: None,
            ..self.clone()
        }
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        let mut hash = String::from("#/");
        if let Some(id) = &self.article {
            hash.push_str(ARTICLE_PREFIX);
            hash.push_str(&encode(id));
        }
        let mut params = Vec::new();
        if !self.query.is_empty() {
            params.push(format!("q={}", encode(&self.query)));
        }
        for filter in &self.filters {
            params.push(format!("e={}", encode(filter)));
        }
        if !params.is_empty() {
            hash.push('?');
            hash.push_str(&params.join("&"));
        }
        hash
    }

    /// Reads a hash as written by [`Route::to_hash`], with or without the leading `#` and `/`.
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = hash.strip_prefix('/').unwrap_or(hash);
        let (path, params) = hash.split_once('?').unwrap_or((hash, ""));
        let mut route = Route {
            article: path
                .strip_prefix(ARTICLE_PREFIX)
                .map(decode)
                .filter(|id| !id.is_empty()),
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
                _ => {}
            }
        }
        route
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
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
        }
    }

    #[test]
    fn writes_the_documented_shapes() {
        assert_eq!(Route::default().to_hash(), "#/");
        assert_eq!(route("oil", &[], None).to_hash(), "#/?q=oil");
        assert_eq!(
            route("oil price", &["Ann Lee", "Oslo"], None).to_hash(),
            "#/?q=oil%20price&e=Ann%20Lee&e=Oslo"
        );
        assert_eq!(
            route("", &["X&Y=Z"], Some("a-1")).to_hash(),
            "#/article/a-1?e=X%26Y%3DZ"
        );
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
    }

    #[test]
    fn never_panics_on_malformed_escapes() {
        assert_eq!(Route::from_hash("#/?q=%").query, "%");
        assert_eq!(Route::from_hash("#/?q=%4").query, "%4");
        assert_eq!(Route::from_hash("#/?q=%zz%41").query, "%zzA");
        assert_eq!(Route::from_hash("#/?q=%FF").query, "\u{FFFD}");
        assert_eq!(Route::from_hash("#/?q=%C3%A9").query, "é");
        assert_eq!(Route::from_hash("#/?q=é%").query, "é%");
    }

    #[test]
    fn switches_between_list_and_article() {
        let list = route("q", &["F"], None);
        let open = list.with_article("id");
        assert_eq!(open, route("q", &["F"], Some("id")));
        assert_eq!(open.list(), list);
    }
}
