//! Percent-encoding of the parts of the site's links (queries, article ids, entity slugs), one
//! way for the app and the quick search, so that both write the same URL for the same view.

/// `text` for a URL: letters, digits and `-._~` (RFC 3986's unreserved characters) as they
/// are, every other byte as `%XX` with upper-case hex.
///
/// ```
/// assert_eq!(corpus::url::encode("a b/é"), "a%20b%2F%C3%A9");
/// ```
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}
