//! The keys names are grouped and looked up by (a surname's, a full name's, the stems of a
//! country and its demonym, a multi-word name's letters), the surname keys of the people an
//! article names in full, and the tests of a name's form they rest on (a person's name, a
//! middle surname, a particle before a surname).

use crate::entities::candidates::{is_name_suffix, Candidate};
use crate::entities::data::{self, Reference};
use crate::entities::names::{
    is_all_caps, is_capitalised, is_dotted_initials, squash, variant_key,
};
use crate::quotes::words;

use super::{ArticleFinds, FastSet};

/// A surname without a particle before a hyphen ("al-Assad" → "Assad").
fn bare_surname<'w>(word: &'w str, reference: &Reference) -> &'w str {
    match word.split_once('-') {
        Some((p, rest)) if reference.is_particle(p) && !rest.is_empty() => rest,
        _ => word,
    }
}

/// The key of a surname: particles dropped ("al-Assad" → "assad"), variants folded.
pub(super) fn surname_key(word: &str, reference: &Reference) -> String {
    variant_key(bare_surname(word, reference))
}

/// The key of a surname as written, for lone words across the collection: particles dropped,
/// case and accents folded, but no spelling variants ("Channel" is no "Chanel").
pub(super) fn exact_surname_key(word: &str, reference: &Reference) -> String {
    squash(bare_surname(word, reference))
}

/// The surname of a name's words: the last, before "Jr." or "III" ("James Roosevelt Jr.").
pub(super) fn surname_word<'w>(words: &[&'w str]) -> Option<&'w str> {
    let mut words = words;
    while words.len() > 2 && words.last().is_some_and(|w| is_name_suffix(w)) {
        words = &words[..words.len() - 1];
    }
    words.last().copied()
}

/// First and last name keys of a full personal name.
pub(super) fn person_key(c: &Candidate, reference: &Reference) -> Option<(String, String)> {
    if c.words.iter().any(|w| w == "&") {
        return None;
    }
    let mut words = c.name_words();
    while words.len() > 2 && words.last().is_some_and(|w| is_name_suffix(w)) {
        words.pop();
    }
    match words[..] {
        [first, .., last] => {
            // "George H.W. Bush" and "George W. Bush" are two people.
            let middle: String = words[1..words.len() - 1]
                .iter()
                .filter(|w| is_dotted_initials(w))
                .map(|w| squash(w))
                .collect();
            let first = variant_key(first);
            let first = if middle.is_empty() {
                first
            } else {
                format!("{first} {middle}")
            };
            Some((first, surname_key(last, reference)))
        }
        _ => None,
    }
}

/// Endings that make a country's name from its stem: "Turk-ey", "Ital-y", "Chin-a".
pub(super) const COUNTRY_ENDS: &[&str] = &["ey", "ia", "a", "y", "e"];

/// Endings that make a demonym from a country's stem: "Turk-ish", "Ital-ian", "Chin-ese".
pub(super) const DEMONYM_ENDS: &[&str] = &["ish", "ese", "ian", "an", "i", "ic"];

/// A word in lowercase and its stems without one of `ends`, four letters or more: "turkey",
/// "turk".
pub(super) fn stems(word: &str, ends: &[&str]) -> Vec<String> {
    let word = word.to_lowercase();
    let mut out: Vec<String> = ends
        .iter()
        .filter_map(|end| word.strip_suffix(end))
        .filter(|stem| stem.chars().count() >= 4)
        .map(str::to_string)
        .collect();
    out.push(word);
    out
}

/// The gender a personal name tells by its given name (of one gender only) or, for a
/// full name, by the title or role noun before it ("his daughter Ivanka Trump").
pub(super) fn told_gender(c: &Candidate) -> Option<bool> {
    let first = c.name_words().first().copied()?;
    words::given_name_gender(first).or(c.courtesy.filter(|_| c.name_count() >= 2))
}

/// Whether a candidate names a person by its form: two or more name words, no head word.
/// A name joined by an ampersand ("Procter & Gamble") or ending in a firm's legal form
/// ("Dale Burdett Inc", "Multi-Step Products Inc") is a firm's, never a person's.
pub(super) fn person_like(c: &Candidate) -> bool {
    c.reference.is_none()
        && c.name_count() >= 2
        && c.evidence.organization < 6
        && c.evidence.place < 6
        && !c.words.iter().any(|w| w == "&")
        && !c
            .words
            .last()
            .is_some_and(|w| data::reference().is_legal_form(w) || is_acronym_word(w))
}

/// A word in capitals of two letters or more, no initials and no "III": "LBO" ends
/// "Hutton LBO", a body's name, never a person's.
fn is_acronym_word(word: &str) -> bool {
    is_all_caps(word)
        && !word.contains('.')
        && !is_name_suffix(word)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The first of two family names after a given name ("Santos" of "Fernando Santos Alvite"):
/// Spanish and Portuguese names carry the father's family name then the mother's, and news
/// names the person by the first alone. Only three name words, a given name first and no
/// given name, initial or particle in the middle ("Carlos Andres Perez" is no "Andres").
pub(super) fn middle_surname<'c>(c: &'c Candidate, reference: &Reference) -> Option<&'c str> {
    match c.name_words()[..] {
        [first, middle, last]
            if person_like(c)
                && reference.is_given_name(first)
                && !reference.is_given_name(middle)
                && !reference.is_particle(middle)
                && !is_dotted_initials(middle)
                && !is_name_suffix(last)
                && is_capitalised(middle) =>
        {
            Some(middle)
        }
        _ => None,
    }
}

/// Surname keys of the persons named in full in one article.
pub(super) fn surnames_in(f: &ArticleFinds, reference: &Reference) -> FastSet<String> {
    let persons = || {
        f.candidates
            .iter()
            .filter(|c| person_like(c) && c.evidence.person > 0)
    };
    persons()
        .filter_map(|c| person_key(c, reference))
        .map(|(_, last)| last)
        .chain(
            persons()
                .filter_map(|c| middle_surname(c, reference))
                .map(|w| surname_key(w, reference)),
        )
        .collect()
}

/// Surname keys of the persons named in full in one article with a given name first
/// ("Steve Forbes").
pub(super) fn given_surnames_in(f: &ArticleFinds, reference: &Reference) -> FastSet<String> {
    f.candidates
        .iter()
        .filter(|c| person_like(c) && c.evidence.person > 0)
        .filter(|c| {
            c.name_words()
                .first()
                .is_some_and(|w| reference.is_given_name(w))
        })
        .filter_map(|c| person_key(c, reference))
        .map(|(_, last)| last)
        .collect()
}

/// "Van Buuren", "De Gaulle": a particle written with a capital (at a sentence start) and a
/// surname; gives the surname.
pub(super) fn particle_led<'c>(c: &'c Candidate, reference: &Reference) -> Option<&'c str> {
    match c.name_words()[..] {
        [particle, last] if reference.is_particle(particle) => Some(last),
        _ => None,
    }
}

/// Surname keys of the people an article names in full with a lowercase particle ("Jelle
/// van Buuren").
pub(super) fn particled_surnames(f: &ArticleFinds, reference: &Reference) -> FastSet<String> {
    f.candidates
        .iter()
        .filter(|c| {
            person_like(c)
                && c.words
                    .iter()
                    .any(|w| !is_capitalised(w) && reference.is_particle(w))
        })
        .filter_map(|c| surname_word(&c.name_words()).map(|w| surname_key(w, reference)))
        .collect()
}

/// Head words of government bodies named both "<Field> <Head>" and "<Head> of <Field>".
const FIELD_HEADS: [&str; 2] = ["Department", "Ministry"];

/// The key a name of two words or more groups by: its letters, with "Department of
/// Energy" read as "Energy Department" and "Ministry of the Interior" as "Interior
/// Ministry", the two ways news names one government body.
pub(super) fn name_key(c: &Candidate) -> String {
    if let [head, "of", rest @ ..] = &c.words_str()[..] {
        let field = match rest {
            ["the", field @ ..] => field,
            field => field,
        };
        let named = !field.is_empty() && field.iter().all(|w| is_capitalised(w));
        if named && FIELD_HEADS.contains(head) {
            return squash(&format!("{} {head}", field.join(" ")));
        }
    }
    squash(c.text())
}

/// A name's words, each [`squash`]ed, one space between: "Take Over" is not "Takeover".
pub(super) fn spaced_key(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(squash)
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}
