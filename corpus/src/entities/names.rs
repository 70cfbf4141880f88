//! Keys for comparing names: folding case, accents, punctuation and spelling variants.

/// Lowercase letters and digits only, accents folded, by the crate's one folding
/// ([`crate::fold`]): "U.S." → "us", "Deir ez-Zor" → "deirezzor", "Timișoara" → "timisoara".
pub use crate::fold::fold as squash;

/// A key under which spelling variants of one name part meet: "Sergey" and "Sergei",
/// "Dmitry" and "Dmitri", "Shoygu" and "Shoigu", "Asad" and "Assad".
pub fn variant_key(word: &str) -> String {
    let mut out = String::new();
    for (i, c) in squash(word).chars().enumerate() {
        let c = if c == 'y' && i > 0 { 'i' } else { c };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether `a` and `b` differ by at most one edit: an insertion, a deletion, a
/// substitution, or a swap of two neighbouring letters.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 4 {
        return false;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        let swapped = prefix + 1 < short.len()
            && short.get(prefix) == long.get(prefix + 1)
            && short.get(prefix + 1) == long.get(prefix)
            && short.get(prefix + 2..) == long.get(prefix + 2..);
        swapped || short.get(prefix + 1..) == long.get(prefix + 1..)
    } else {
        short.get(prefix..) == long.get(prefix + 1..)
    }
}

/// The one-deletion neighbourhood of `key` (itself included): two keys within one edit of
/// each other always share an entry, so it indexes candidates for [`within_one_edit`].
pub fn deletions(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    let mut out = vec![key.to_string()];
    for i in 0..chars.len() {
        let s: String = chars
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, c)| c)
            .collect();
        out.push(s);
    }
    out
}

/// Words as a person would write them: spaces between words, none after a particle
/// that ends with a hyphen ("al-" + "Assad" → "al-Assad") or before a comma.
pub fn display(words: &[&str]) -> String {
    let mut out = String::new();
    for w in words {
        // "Allergy, Asthma and Immunology": no space before a comma inside a name; none
        // inside its brackets ("SHV (United Kingdom) Holding Co Ltd") nor around a slash
        // ("Royal Dutch/Shell Group").
        if !out.is_empty() && !out.ends_with(['-', '(', '/']) && !matches!(*w, "," | ")" | "/") {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether the word starts with an uppercase letter or a digit after one ("G7").
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all uppercase, with optional dots or digits ("NATO", "U.N.", "G20").
pub fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    (letters >= 2 || letters == 1 && digits > 0)
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '/' || c == '&')
}

/// Single capitals each followed by a dot, with spaces between: "U. S.", "N. J.".
pub fn is_spaced_initials(text: &str) -> bool {
    text.contains(' ')
        && text.split(' ').all(|part| {
            let mut chars = part.chars();
            matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
        })
}

/// A contraction: "I'm", "Don't", "We've", "They'll", "I'd", "You're" (never a name, whatever
/// its capital). "O'Neill" is no contraction: a capital follows its apostrophe.
pub fn is_contraction(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    let Some((head, tail)) = word.rsplit_once(['\'', '’']) else {
        return false;
    };
    !head.is_empty()
        && (matches!(tail, "m" | "ve" | "ll" | "d" | "re") || tail == "t" && head.ends_with('n'))
}

/// Single letters each followed by a dot: "U.S.", "U.N.", "J.".
pub fn is_dotted_initials(word: &str) -> bool {
    let mut chars = word.chars().peekable();
    let mut count = 0;
    while let Some(c) = chars.next() {
        if !c.is_alphabetic() || chars.next() != Some('.') {
            return false;
        }
        count += 1;
    }
    count >= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_drops_case_accents_and_punctuation() {
        assert_eq!(squash("U.S."), "us");
        assert_eq!(squash("Deir ez-Zor"), "deirezzor");
        assert_eq!(squash("Médecins"), "medecins");
        assert_eq!(squash("Timișoara"), squash("Timisoara"));
        assert_eq!(squash("Ţară"), "tara");
    }

    #[test]
    fn variant_keys_meet_for_transliterations() {
        assert_eq!(variant_key("Sergey"), variant_key("Sergei"));
        assert_eq!(variant_key("Dmitry"), variant_key("Dmitri"));
        assert_eq!(variant_key("Shoygu"), variant_key("Shoigu"));
        assert_ne!(variant_key("Yusuf"), variant_key("Joseph"));
        assert_eq!(variant_key("Yusuf"), "yusuf");
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("lavrov", "lavrvo"));
        assert!(within_one_edit("kennedy", "kenedy"));
        assert!(within_one_edit("kennedy", "kennody"));
        assert!(!within_one_edit("kennedy", "kenndoy"));
        assert!(!within_one_edit("abc", "abcde"));
        let shared = deletions("lavrov")
            .into_iter()
            .any(|d| deletions("lavrvo").contains(&d));
        assert!(shared);
    }

    #[test]
    fn shapes() {
        assert!(is_all_caps("NATO") && is_all_caps("U.N.") && is_all_caps("G20"));
        assert!(!is_all_caps("A") && !is_all_caps("Nato"));
        assert!(is_dotted_initials("U.S.") && is_dotted_initials("J."));
        assert!(!is_dotted_initials("US") && !is_dotted_initials("Mr."));
        assert_eq!(display(&["Bashar", "al-", "Assad"]), "Bashar al-Assad");
        assert!(is_spaced_initials("U. S.") && is_spaced_initials("N. J."));
        assert!(!is_spaced_initials("U.S.") && !is_spaced_initials("J. Smith"));
    }

    #[test]
    fn contractions() {
        for w in [
            "I'm", "I’m", "Don't", "Won’t", "We've", "They'll", "I'd", "You're",
        ] {
            assert!(is_contraction(w), "{w}");
        }
        for w in ["O'Neill", "D'Amato", "Kerry", "Ma'at", "Russia's"] {
            assert!(!is_contraction(w), "{w}");
        }
    }
}
