//! Acronyms: their normal form, and whether they abbreviate a longer name.

use super::names::squash;

/// The letters of an acronym in capitals: "U.N." → "UN".
pub fn normal(acronym: &str) -> String {
    squash(acronym).to_uppercase()
}

/// The capitals an acronym of `words` would use: the first letter of each capitalised
/// word, skipping lowercase connectors ("International Syria Support Group" → "ISSG").
pub fn initials(words: &[&str]) -> String {
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect::<String>()
        .to_uppercase()
}

/// Every acronym (in [`normal`] form) that abbreviates `words`: their initials, the first
/// letters of all words, connectors included, and the initials of the last words, three
/// letters or more ("OCHA" for "United Nations Office for the Coordination of Humanitarian
/// Affairs"). Names are indexed by these, so an acronym finds its long form in one lookup.
pub fn keys(words: &[&str]) -> Vec<String> {
    if words.len() < 2 {
        return Vec::new();
    }
    let all: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    let initials = initials(words);
    let mut out: Vec<String> = initials
        .char_indices()
        .map(|(at, _)| &initials[at..])
        .filter(|tail| tail.len() >= 3 || tail.len() == initials.len())
        .chain(std::iter::once(all.as_str()))
        .filter(|k| k.len() >= 2)
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The parts of a word written as a contraction of a name, each opening with a capital:
/// "CalMac" → ["Cal", "Mac"]; none for a word with fewer than two parts, a part of one
/// letter, or a word in capitals ("NATO") or with other characters ("McDonald's").
fn contraction_parts(word: &str) -> Option<Vec<&str>> {
    if !word.chars().all(char::is_alphabetic) || !word.starts_with(char::is_uppercase) {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, c) in word.char_indices().skip(1) {
        if c.is_uppercase() {
            parts.push(&word[start..at]);
            start = at;
        }
    }
    parts.push(&word[start..]);
    let ok = parts.len() >= 2 && parts.iter().all(|p| p.chars().count() >= 2);
    ok.then_some(parts)
}

/// The key of a contraction ([`contraction_of`]): its capitals, as [`normal`] gives an
/// acronym's ("CalMac" → "CM"), so that it is looked up among the names indexed by
/// [`keys`].
pub fn contraction_key(word: &str) -> Option<String> {
    contraction_parts(word).map(|parts| {
        parts
            .iter()
            .filter_map(|p| p.chars().next())
            .collect::<String>()
            .to_uppercase()
    })
}

/// Whether `word` is a contraction of the capitalised `words`: each of its capital-led parts
/// the start of one word, in order ("CalMac" for "Caledonian MacBrayne", "FedEx" for
/// "Federal Express"; not "McDonald" for "Mc Donald Trust").
pub fn contraction_of(word: &str, words: &[&str]) -> bool {
    let Some(parts) = contraction_parts(word) else {
        return false;
    };
    let names: Vec<&&str> = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    names.len() == parts.len()
        && parts.iter().zip(&names).all(|(part, name)| {
            name.len() > part.len() && name.to_lowercase().starts_with(&part.to_lowercase())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `acronym` abbreviates `words`.
    fn abbreviates(acronym: &str, words: &[&str]) -> bool {
        keys(words).contains(&normal(acronym))
    }

    #[test]
    fn initials_skip_connectors() {
        assert_eq!(
            initials(&["International", "Syria", "Support", "Group"]),
            "ISSG"
        );
        assert!(abbreviates(
            "NATO",
            &["North", "Atlantic", "Treaty", "Organization"]
        ));
        assert!(abbreviates("U.N.", &["United", "Nations"]));
        assert!(abbreviates(
            "OSCE",
            &[
                "Organization",
                "for",
                "Security",
                "and",
                "Co-operation",
                "in",
                "Europe"
            ]
        ));
        assert!(abbreviates("DoD", &["Department", "of", "Defense"]));
        assert!(!abbreviates("UN", &["Ukraine"]));
        assert!(!abbreviates("EU", &["United", "States"]));
        let ocha = [
            "United",
            "Nations",
            "Office",
            "for",
            "the",
            "Coordination",
            "of",
            "Humanitarian",
            "Affairs",
        ];
        assert!(abbreviates("OCHA", &ocha));
        assert!(!abbreviates("NA", &ocha));
    }

    #[test]
    fn contractions_take_the_start_of_each_word() {
        assert_eq!(contraction_key("CalMac").as_deref(), Some("CM"));
        assert!(contraction_of("CalMac", &["Caledonian", "MacBrayne"]));
        assert!(contraction_of("FedEx", &["Federal", "Express"]));
        assert!(!contraction_of(
            "CalMac",
            &["Calder", "Valley", "Mackintosh"]
        ));
        assert!(!contraction_of("CalMac", &["Caledonian", "Ferries"]));
        assert_eq!(contraction_key("NATO"), None);
        assert_eq!(contraction_key("Reuters"), None);
    }
}
