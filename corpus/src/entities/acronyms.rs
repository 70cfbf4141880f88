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

/// Whether `acronym` abbreviates `words`, with or without the connectors' letters
/// ("OSCE" for "Organization for Security and Co-operation in Europe").
pub fn abbreviates(acronym: &str, words: &[&str]) -> bool {
    let acronym = normal(acronym);
    if acronym.len() < 2 || words.len() < 2 {
        return false;
    }
    let all: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase();
    let initials = initials(words);
    // "OCHA" for "United Nations Office for the Coordination of Humanitarian Affairs": the
    // initials of the name's last words.
    initials == acronym || all == acronym || acronym.len() >= 3 && initials.ends_with(&acronym)
}

#[cfg(test)]
mod tests {
    use super::*;

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
