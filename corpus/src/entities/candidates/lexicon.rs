//! Free word-class predicates and word lists: name suffixes, words for storms, events, craft,
//! vessels, crude grades and editions, and the shapes of a word that make it no name
//! (hyphenated adjectives, model codes, code identifiers, plurals of acronyms or of a place's
//! people, a capital letter hyphened to a lowercase word).

use std::borrow::Cow;

use crate::article::EntityKind;
use crate::entities::data::Reference;
use crate::entities::names::{is_all_caps, is_capitalised};

/// "Jr.", "III": words after a personal name that are not the surname.
pub fn is_name_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// The words that name a storm before its name, in either case: "storm Abigail",
/// "Hurricane Sandy", "Tropical Storm Hermine", "Superstorm Sandy".
pub(super) fn is_storm_word(word: &str) -> bool {
    [
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "tropical",
        "superstorm",
    ]
    .iter()
    .any(|s| word.eq_ignore_ascii_case(s))
}

/// The words after a possessive that make it part of an event's name: "the America's Cup",
/// "New Year's Eve", "St Patrick's Day", "the Queen's Trophy". From general sports and
/// calendar usage.
pub(super) fn is_possessive_event(word: &str) -> bool {
    matches!(word, "Cup" | "Day" | "Eve" | "Trophy" | "Shield")
}

/// Words for aircraft, ships and weapons that news writes after a model's code ("B-52
/// bombers", "F-16 fighter jets", "T-72 tanks"), in the singular. From general news usage.
pub(super) const CRAFT_WORDS: &[&str] = &[
    "bomber",
    "fighter",
    "jet",
    "jetliner",
    "plane",
    "aircraft",
    "airliner",
    "helicopter",
    "gunship",
    "transport",
    "tanker",
    "missile",
    "rocket",
    "tank",
    "warship",
    "frigate",
    "destroyer",
    "submarine",
    "rifle",
];

/// Nouns for military craft and missiles that news writes after a model's name ("Apache
/// helicopters", "Silkworm missiles"), in the singular; not "fighter" ("Taliban fighters")
/// nor an airliner's words ("a Qantas jet"). From general news usage.
pub(super) const MODEL_CRAFT_WORDS: &[&str] = &[
    "helicopter",
    "gunship",
    "warplane",
    "bomber",
    "missile",
    "rocket",
    "drone",
    "warship",
    "frigate",
    "destroyer",
    "submarine",
    "rifle",
];

/// Words for a craft's role that news writes between a model's name and the craft's noun
/// ("Apache combat helicopters", "Tomahawk cruise missiles").
pub(super) const CRAFT_ROLES: &[&str] = &[
    "combat",
    "attack",
    "cruise",
    "patrol",
    "spy",
    "assault",
    "fighter",
    "transport",
    "gunship",
];

/// Words that name a crude oil's grade after its field's or port's name ("Basra Light",
/// "Arab Heavy", "West Texas Intermediate", "Louisiana Sweet", "Kuwait Blend"). From the oil
/// trade's usage.
pub(super) const CRUDE_GRADE_WORDS: &[&str] = &[
    "Light",
    "Heavy",
    "Medium",
    "Sweet",
    "Sour",
    "Blend",
    "Intermediate",
];

/// Nouns for a ship that news writes before its name ("the tanker Sea Isle City", "the cargo
/// ship Tampa"), in the singular. From general news usage.
pub(super) const VESSEL_WORDS: &[&str] = &[
    "ship",
    "tanker",
    "supertanker",
    "vessel",
    "freighter",
    "frigate",
    "destroyer",
    "warship",
    "cruiser",
    "submarine",
    "yacht",
    "ferry",
    "liner",
    "trawler",
    "boat",
];

/// "HDTV-filling", "MoCA-powered", "Liberian-American", "Xbox-only": a hyphenated adjective,
/// not a name.
pub(super) fn is_compound_adjective(word: &str, r: &Reference) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else {
        return false;
    };
    let lower_tail = tail.chars().next().is_some_and(char::is_lowercase);
    // "Matrix-like", "Xbox-only", "Dark Souls-ian": a suffix that makes an adjective of a
    // name.
    let suffix = matches!(
        tail,
        "like" | "only" | "esque" | "ish" | "ian" | "themed" | "free"
    );
    r.is_demonym(head) && r.is_demonym(tail)
        || lower_tail && (["ed", "ing"].iter().any(|s| tail.ends_with(s)) || suffix)
}

/// "Googled", "Googling", "Skyped", "Ubering": a known firm's name made a verb is no name.
pub(super) fn is_brand_verb_form(word: &str, r: &Reference) -> bool {
    let firm = |stem: &str| {
        stem.chars().count() >= 3
            && r.lookup(stem)
                .and_then(|id| r.known(id))
                .is_some_and(|k| k.kind == EntityKind::Organization)
    };
    let ed = word
        .strip_suffix("ed")
        .is_some_and(|stem| firm(stem) || firm(&format!("{stem}e")));
    let ing = word
        .strip_suffix("ing")
        .is_some_and(|stem| firm(stem) || firm(&format!("{stem}e")));
    !is_all_caps(word) && (ed || ing)
}

/// "NASA-inspired", "Heritage-designated", "Souls-ian", "Matrix-like": a name made an adjective
/// by a hyphen and a lowercase participle or suffix. A short "-ing" ("Hsiao-ping") and a tail
/// that is no participle ("Sang-hyeok") are parts of a personal name.
pub(super) fn is_name_adjective(word: &str) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else {
        return false;
    };
    is_capitalised(head)
        && tail.chars().next().is_some_and(char::is_lowercase)
        && (tail.len() >= 5 && (tail.ends_with("ed") || tail.ends_with("ing"))
            || matches!(
                tail,
                "like" | "only" | "esque" | "ish" | "ian" | "themed" | "free"
            ))
}

/// "MS-04", "Soyuz-FG", "Su-25": a model's designation, a word of two letters or more, a
/// hyphen and a code of digits (or of one or two capitals after a word not in capitals and
/// no given name): a product, not a name ("G-20", "ISIS-K" and "Jay-Z" stay).
pub(super) fn is_model_code(word: &str, r: &Reference) -> bool {
    let Some((head, code)) = word.rsplit_once('-') else {
        return false;
    };
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    let digits = !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit());
    let caps = (1..=2).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && !is_all_caps(head)
        && !r.is_given_name(head);
    letters >= 2 && (digits || caps)
}

/// "TypeError", "NullPointerException", "QunitTests": a programming identifier, words run
/// together in capitals and ending in a word for a program's error or test.
pub(super) fn is_code_identifier(word: &str) -> bool {
    let humps = word
        .as_bytes()
        .windows(2)
        .filter(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        .count();
    humps >= 1
        && ["Error", "Exception", "Test", "Tests", "TestCase"]
            .iter()
            .any(|end| word.ends_with(end) && word.len() > end.len())
}

/// "Node.js", "React.js", "ReactJS", "AngularJS": a JavaScript library, software named by
/// the file ending of its language (after a dot, or in capitals after a lowercase letter).
pub(super) fn is_script_library(word: &str) -> bool {
    let dotted = word
        .get(word.len().saturating_sub(3)..)
        .is_some_and(|end| end.eq_ignore_ascii_case(".js"));
    let camel = word
        .strip_suffix("JS")
        .is_some_and(|stem| stem.chars().last().is_some_and(char::is_lowercase));
    word.len() > 3 && (dotted || camel)
}

/// The kind a noun of a group gives its members, singular or plural: "cities" → place.
pub(super) fn group_kind(r: &Reference, noun: &str) -> Option<EntityKind> {
    r.appositive(noun)
        .or_else(|| {
            noun.strip_suffix("ies")
                .and_then(|stem| r.appositive(&format!("{stem}y")))
        })
        .or_else(|| noun.strip_suffix('s').and_then(|stem| r.appositive(stem)))
        .filter(|&kind| kind != EntityKind::Person || r.appositive(noun).is_some())
}

/// "Treasuries", "States": the plural of a word of titles' portfolios ("Secretary of the
/// Treasury", "Secretary of State") names bonds or members, never one body or place.
pub(super) fn is_portfolio_plural(word: &str, r: &Reference) -> bool {
    let singulars = [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix('s').map(str::to_string),
    ];
    word.chars().count() >= 4
        && !r.is_title_portfolio(word)
        && singulars.iter().flatten().any(|s| r.is_title_portfolio(s))
}

/// "DVRs", "CEOs": a plural of capitals is a common noun, not a name.
pub(super) fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && is_all_caps(stem))
}

/// "New Yorkers", "Londoners", "Chicagoans", "Bostonians", "Californians": the people of a
/// known place, named in the plural by its name and an ending, are no entity.
pub(super) fn is_people_of_place(words: &[String], r: &Reference) -> bool {
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    if !last.ends_with("ns") && !last.ends_with("ers") {
        return false;
    }
    ["ers", "ians", "ans", "ns"].iter().any(|end| {
        last.strip_suffix(end).is_some_and(|stem| {
            let name = match before {
                [] => Cow::Borrowed(stem),
                _ => Cow::Owned(format!("{} {stem}", before.join(" "))),
            };
            stem.chars().count() >= 3
                && r.lookup(&name)
                    .and_then(|id| r.known(id))
                    .is_some_and(|k| k.kind == EntityKind::Place)
        })
    })
}

/// Words that count what follows them: a plural name after one is a count of things.
pub(super) const QUANTIFIERS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "many",
    "most",
    "several",
    "few",
    "some",
    "all",
    "other",
    "these",
    "those",
    "both",
    "more",
    "fewer",
];

/// "A-list", "A-listers", "T-shirt", "X-ray", "U-turn": a capital letter alone, a hyphen and
/// a lowercase word make a common noun, never a name ("T-Mobile", "X-Men" and "Al-Jazeera"
/// have a capital or more letters before the hyphen).
pub(super) fn is_letter_compound(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(l), Some('-'), Some(c)) if l.is_ascii_uppercase() && c.is_lowercase()
    )
}

/// "the iPad Pro", "the PlayStation 4 Pro", "users of Pro, Teams and Business plans": the
/// words that name a product's edition or a plan's tier after its name, or alone, and that
/// no person, organisation or place is called alone.
pub(super) const EDITION_WORDS: &[&str] = &["Pro", "Plus", "Lite", "Ultra"];

/// Whether `word` is the title of a member of a parliament or council, which a party's name
/// may come before ("Labor MP", "Greens Senator").
pub(super) fn is_member_title(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MPs"
            | "MLA"
            | "MLAs"
            | "MLC"
            | "MLCs"
            | "MHR"
            | "Senator"
            | "Senators"
            | "Congressman"
            | "Congresswoman"
            | "Councillor"
    )
}
