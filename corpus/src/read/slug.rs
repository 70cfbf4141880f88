//! Article ids: URL-safe slugs of file paths, unique within a corpus.
//!
//! The slug of `World/2016/Kerry in Brüssel.txt` is `world-2016-kerry-in-brussel`: the path
//! without its extension, lower case, Latin letters with diacritics folded to their base
//! letter by the crate's one folding ([`crate::fold`], shared with search and entities),
//! Cyrillic transliterated, every other run of characters turned into one `-`, at most
//! [`MAX_LEN`] bytes. A path with nothing left is `article`.
//!
//! When several paths share a slug, the first in path order keeps it and the others get
//! `-2`, `-3`, ... (skipping any suffixed slug that another path has on its own). Path order
//! is byte order, so the ids are the same on every run over the same files.

use std::collections::HashSet;

/// Longest slug, in bytes (all ASCII).
pub const MAX_LEN: usize = 80;

/// The slug of one path (relative, `/`-separated).
pub fn slugify(path: &str) -> String {
    let stem = match path.rsplit_once('.') {
        Some((stem, ext)) if !ext.contains('/') && !stem.is_empty() && !stem.ends_with('/') => stem,
        _ => path,
    };
    let mut slug = String::with_capacity(stem.len());
    for c in stem.chars() {
        // A combining mark belongs to the letter before it ("s\u{327}" is "ş").
        if crate::fold::is_mark(c) {
            continue;
        }
        let mut any = false;
        crate::fold::fold_char(c, |d| {
            if let Some(ascii) = ascii(d) {
                slug.push_str(ascii);
                any = true;
            }
        });
        if !any && !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= MAX_LEN {
            break;
        }
    }
    let mut slug = slug
        .get(..MAX_LEN)
        .unwrap_or(&slug)
        .trim_matches('-')
        .to_string();
    if slug.is_empty() {
        slug.push_str("article");
    }
    slug
}

/// Unique ids for `paths`, in the same order; see the module docs for the rule.
pub fn assign<'a>(paths: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut order: Vec<(usize, &str, String)> = paths
        .into_iter()
        .enumerate()
        .map(|(i, p)| (i, p, slugify(p)))
        .collect();
    let natural: HashSet<String> = order.iter().map(|(_, _, s)| s.clone()).collect();
    order.sort_by(|a, b| a.1.cmp(b.1));
    let mut taken: HashSet<String> = HashSet::new();
    let mut ids = vec![String::new(); order.len()];
    for (i, _, base) in order {
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) || (id != base && natural.contains(&id)) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.insert(id.clone());
        if let Some(slot) = ids.get_mut(i) {
            *slot = id;
        }
    }
    ids
}

/// The ASCII of a character as [`crate::fold`] leaves it (lower case, Latin accents
/// folded): itself for ASCII letters and digits, a transliteration for Cyrillic, `None`
/// (a separator) for anything else.
fn ascii(c: char) -> Option<&'static str> {
    const CYRILLIC: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
    const ASCII: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    if c.is_ascii_alphanumeric() {
        let i = ASCII.find(c)?;
        return ASCII.get(i..i + 1);
    }
    match c {
        'є' => return Some("ye"),
        'і' => return Some("i"),
        'ґ' => return Some("g"),
        _ => {}
    }
    if ('а'..='я').contains(&c) {
        let index = (u32::from(c) - u32::from('а')) as usize;
        return CYRILLIC.get(index).copied().filter(|s| !s.is_empty());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("World/2016/Kerry in Brüssel.txt"),
            "world-2016-kerry-in-brussel"
        );
        assert_eq!(slugify("Москва.md"), "moskva");
        // One folding with search and entities (issue 10.2): ș, ş and s + cedilla alike.
        assert_eq!(slugify("Timișoara.txt"), "timisoara");
        assert_eq!(slugify("TIMIŞOARA.txt"), "timisoara");
        assert_eq!(slugify("Timis\u{327}oara.txt"), "timisoara");
        assert_eq!(slugify("Straße Łódź.txt"), "strasse-lodz");
        assert_eq!(slugify("مقال.txt"), "article");
        assert_eq!(slugify(".txt"), "txt");
        assert_eq!(slugify(&"a".repeat(200)).len(), MAX_LEN);
    }

    #[test]
    fn collisions_get_counters_in_path_order() {
        let ids = assign(["b/A.txt", "a-2.txt", "a.txt", "A.md", "b/a.txt"]);
        assert_eq!(ids, ["b-a", "a-2", "a-3", "a", "b-a-2"]);
    }
}
