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
}
