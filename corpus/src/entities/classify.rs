//! Weighing the evidence for what kind of thing a name is.

use std::collections::HashSet;

use super::candidates::Candidate;
use super::data::Reference;
use crate::article::{Article, EntityKind, Mention};

/// Points for a place when reference data knows a name only as a town of 15,000 inhabitants
/// or more, or when it has the shape of a road's number: weak, since towns are often named
/// after people and firms, and codes of that shape also name products ("A380").
const TOWN: i32 = 4;

/// "A82", "M74", "N11", "E40": a road's number in Britain, Ireland and Europe, one capital of
/// A, B, M, N or E and one to four digits.
pub fn is_road_number(name: &str) -> bool {
    let mut chars = name.chars();
    let letter = chars
        .next()
        .is_some_and(|c| matches!(c, 'A' | 'B' | 'M' | 'N' | 'E'));
    let digits = chars.as_str();
    letter && (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// "Lüderitzstrasse", "Nachtigalplatz", "Keizersgracht": a street or a square of a German or
/// Dutch town, written as one word that ends in a street's word.
pub fn is_street_compound(name: &str) -> bool {
    const ENDS: [&str; 10] = [
        "strasse", "straße", "platz", "allee", "gasse", "damm", "straat", "plein", "gracht", "kade",
    ];
    let lower = name.to_lowercase();
    name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(' ')
        && ENDS
            .iter()
            .any(|end| lower.ends_with(end) && lower.chars().count() >= end.chars().count() + 3)
}

/// The name a web address gives its site: "Snopes.com" → "Snopes", "BBC.co.uk" → "BBC";
/// `None` for a word that is not written as a site's address. A name so written names a firm
/// or a site, never a place. The one list of address endings for the extractor.
pub fn site_name(word: &str) -> Option<&str> {
    const ENDS: [&str; 7] = [".com.au", ".co.uk", ".com", ".org", ".net", ".io", ".tv"];
    ENDS.iter().find_map(|end| {
        let cut = word.len().checked_sub(end.len())?;
        (cut > 0 && word.is_char_boundary(cut) && word[cut..].eq_ignore_ascii_case(end))
            .then(|| &word[..cut])
    })
}

/// "WordPress", "LinkedIn", "PlayStation": one word with a capital after three lowercase
/// letters or more, as brands and sites are written; places so written are rare and have a
/// short prefix ("McAllen", "DeKalb", "LaSalle", "MacKenzie").
pub fn is_brand_cased(word: &str) -> bool {
    let mut lower_run = 0;
    let mut seen_upper = false;
    for c in word.chars() {
        if c.is_uppercase() {
            if seen_upper && lower_run >= 3 {
                return true;
            }
            seen_upper = true;
            lower_run = 0;
        } else if c.is_lowercase() {
            lower_run += 1;
        } else {
            return false;
        }
    }
    false
}

/// "Morgantown", "Coatesville", "Kaliningrad", "Minkhovskoye": the ending of a town's name
/// in English, Russian and German usage. Weak evidence, as the towns list: "Greenville" is a
/// town, "Melville" a writer.
fn is_town_shaped(name: &str) -> bool {
    const ENDS: [&str; 9] = [
        "town", "ville", "borough", "burgh", "grad", "stadt", "skoye", "skaya", "sk",
    ];
    let lower = name.to_lowercase();
    name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(' ')
        && lower.chars().all(char::is_alphabetic)
        && ENDS
            .iter()
            .any(|end| lower.ends_with(end) && lower.len() >= end.len() + 4)
}

/// What the towns list and the shape of a road's number say of a name written in
/// `surfaces`: [`TOWN`] points for a place when one of them is a town or a road's number;
/// nothing otherwise. For names with no other reference data and no full personal name
/// ("Clinton" for Bill Clinton is no town).
pub fn town<'a>(surfaces: impl IntoIterator<Item = &'a String>, r: &Reference) -> Evidence {
    let mut e = Evidence::default();
    if surfaces
        .into_iter()
        .any(|s| r.is_town(s) || is_road_number(s) || is_town_shaped(s))
    {
        e.add(EntityKind::Place, TOWN);
    }
    e
}

/// What the names of one article say of each other, once all are found: a firm's short
/// forms ([`carry_firm_kind`]), a legal form written first ([`carry_form_first`]).
pub fn weigh_article(candidates: &mut [Candidate], article: &Article, r: &Reference) {
    carry_firm_kind(candidates, r);
    carry_form_first(candidates, r);
    carry_family_plurals(candidates, article, r);
    carry_team_kind(candidates, article, r);
    carry_features(candidates, article, r);
    carry_place_named_firm(candidates, article, r);
    carry_route_events(candidates, article);
    carry_broadcasters(candidates, article, r);
}

/// "Tehran radio reported", "Baghdad television said": a city's name before a lowercase
/// "radio", "television" or "TV" names the state's broadcaster there, not the city: that
/// mention is inside the broadcaster's name and no mention of the place (its other mentions
/// in the article stay). Not after a possessive ("Sydney's radio stations").
pub fn carry_broadcasters(candidates: &mut [Candidate], article: &Article, r: &Reference) {
    for c in candidates.iter_mut() {
        let place = c
            .reference
            .and_then(|id| r.known(id))
            .is_some_and(|k| k.kind == EntityKind::Place);
        if !place || c.dateline {
            continue;
        }
        let (_, after) = around(article, c);
        let next = after
            .split_whitespace()
            .next()
            .filter(|_| after.starts_with(' '))
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        if next.is_some_and(|w| matches!(w, "radio" | "television" | "TV")) {
            c.reference = None;
            c.event = true;
            c.evidence = Evidence::default();
        }
    }
}

/// "the Sydney to Hobart yacht race", "the London-Paris rally": a race named by the places it
/// runs between, two names joined by "to" or a hyphen before a race's lowercase noun, is an
/// event; the places inside its name are no mention of them (as "Tour of Australia").
pub fn carry_route_events(candidates: &mut [Candidate], article: &Article) {
    const RACES: [&str; 8] = [
        "race", "yacht", "rally", "marathon", "ride", "relay", "classic", "run",
    ];
    let mut from: Option<usize> = None;
    for i in 0..candidates.len() {
        let Some(c) = candidates.get(i) else {
            continue;
        };
        let (_, after) = around(article, c);
        let next = after
            .split_whitespace()
            .next()
            .filter(|_| after.starts_with(char::is_whitespace))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let joined = from.and_then(|f| {
            let prev = candidates.get(f)?;
            let between = block_text(article, c).get(prev.end as usize..c.start as usize)?;
            (prev.block == c.block && matches!(between, " to " | "-" | "–")).then_some(f)
        });
        let race = next.is_some_and(|w| RACES.contains(&w));
        if let Some(f) = joined.filter(|_| race) {
            for k in [f, i] {
                if let Some(m) = candidates.get_mut(k) {
                    m.reference = None;
                    m.event = true;
                    m.evidence = Evidence::default();
                }
            }
        }
        from = Some(i);
    }
}

/// "West Virginia's management" after "West Virginia Power", "Corning common shares" after
/// "Corning Glass Works": wire copy names a firm called after a place in full once, then by
/// the place's name, with what only a firm has ([`Reference::is_firm_word`]) right after it
/// or after its possessive ("London shares" are a market's). Such a mention of a state, a
/// city or a town (no country: "Japan's management" is a government's), that is the first words of an organisation's longer name in the
/// same article, is the firm: it loses the place's reference and points (a town's, "in X")
/// and takes [`FIRM_SHORT_FORM`] points for an organisation. Not the dateline. Linear: one pass for
/// the article's firms' first words, one for the mentions.
pub fn carry_place_named_firm(candidates: &mut [Candidate], article: &Article, r: &Reference) {
    let mut firsts: HashSet<String> = HashSet::new();
    for c in candidates.iter() {
        if c.words.len() >= 2 && c.evidence.kind() == EntityKind::Organization {
            for end in 1..c.words.len() {
                firsts.insert(words_key(c.words.get(..end).unwrap_or_default()));
            }
        }
    }
    if firsts.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        let town = c.reference.is_none() && c.evidence.place > 0;
        let place = c
            .reference
            .and_then(|id| r.known(id))
            .is_some_and(|k| k.kind == EntityKind::Place && !k.country);
        if c.dateline || !(town || place) || !firsts.contains(&words_key(&c.words)) {
            continue;
        }
        let (_, after) = around(article, c);
        let after = ["'s", "’s"]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .unwrap_or(after);
        let next = after
            .split_whitespace()
            .next()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .unwrap_or_default();
        if after.starts_with(char::is_whitespace) && r.is_firm_word(next) {
            c.reference = None;
            c.evidence.place = 0;
            c.evidence.add(EntityKind::Organization, FIRM_SHORT_FORM);
        }
    }
}

/// "fires in the Amazon", "up the Nile", "the Amazon rainforest": a name that reference
/// data knows as a geographic feature ([`Reference::feature`]), written after a lowercase
/// "the" with a preposition of place before it (and no lowercase word after it but a
/// function word: "in the Amazon store" is a shop's), or before a feature's noun, is the feature
/// in that article: every mention of it there that reference data knows as no place takes
/// the feature for its reference, a place, whatever a firm, a person or a team of that name
/// is elsewhere ("Amazon" the retailer, "Everest" the surname, "the Rockies" of Colorado).
/// Linear: one pass to find the features an article writes, one to mark their mentions.
pub fn carry_features(candidates: &mut [Candidate], article: &Article, r: &Reference) {
    let not_place = |c: &Candidate| {
        c.reference
            .and_then(|id| r.known(id))
            .is_none_or(|k| k.kind != EntityKind::Place)
    };
    let mut features: HashSet<u32> = HashSet::new();
    for c in candidates.iter() {
        let Some(id) = r.feature(c.text()).filter(|_| not_place(c)) else {
            continue;
        };
        if !after_lowercase_the(article, c) {
            continue;
        }
        let (before, after) = around(article, c);
        let prep = before.split_whitespace().rev().nth(1).is_some_and(|w| {
            r.place_preposition(w) > 0
                || matches!(
                    w,
                    "through" | "from" | "along" | "of" | "over" | "up" | "down"
                )
        });
        let next = after
            .split_whitespace()
            .next()
            .filter(|_| after.starts_with(char::is_whitespace))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        // "in the Amazon store": a noun after it; "in the Alps and", "the Nile is" are not.
        let lowercase_next =
            next.is_some_and(|w| w.starts_with(char::is_lowercase) && !r.is_stop(w));
        let feature_noun = next.is_some_and(|w| r.is_feature_noun(w));
        if feature_noun || prep && !lowercase_next {
            features.insert(id);
        }
    }
    if features.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        if let Some(id) = r.feature(c.text()).filter(|id| features.contains(id)) {
            if not_place(c) {
                c.reference = Some(id);
            }
        }
    }
}

/// How many words only sports copy writes ([`Reference::is_sport_word`]) make a sports story.
const SPORT_WORDS: usize = 3;

/// Whether `article` is a sports story: [`SPORT_WORDS`] different sports words or more in
/// its headline and blocks. One pass over its words, stopping once it knows.
fn is_sports_story(article: &Article, r: &Reference) -> bool {
    let mut seen: HashSet<String> = HashSet::new();
    let texts = std::iter::once(article.title.as_str())
        .chain(article.blocks.iter().map(|b| b.text.as_str()));
    for text in texts {
        let words = text.split(|c: char| !c.is_alphanumeric() && c != '-');
        for w in words.filter(|w| !w.is_empty()) {
            if r.is_sport_word(w) {
                seen.insert(w.to_lowercase());
                if seen.len() >= SPORT_WORDS {
                    return true;
                }
            }
        }
    }
    false
}

/// The word before a name in its sentence ("beat" in "beat India"), its punctuation
/// trimmed; none after a sentence's or a clause's end ("won. India"), except after "v." and
/// "vs.".
fn word_before(before: &str) -> Option<&str> {
    let last = before.split_whitespace().next_back()?;
    let bare = last.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let ends_clause = last.ends_with(['.', ',', ';', ':', '!', '?', ')', '"', '”']);
    (!ends_clause || matches!(last, "v." | "vs.")).then_some(bare)
}

/// "Washington's Danny Espinosa problem", "Australia beat India", "lost to Brazil",
/// "Brazil's striker", "Australia were 4 for 120": in a sports story ([`is_sports_story`]),
/// a city, a state or a country that plays, beats, loses to or hosts another, that a player
/// or a team's staff belongs to (its possessive before a [`player`] word, or a city's or a
/// state's before a given name),
/// or that a team's innings or score follows ("were 4 for 120", "were all out", "were bowled
/// out"), or that opens its sentence before a verb when the sentence then tells of a match
/// ([`opens_match_sentence`]: "South Africa begins a four-day match against X"), names the
/// team it fields. That mention is
/// marked a team's ([`Candidate::team`]), which makes the name an organisation in all its
/// mentions in the article, as "No. 5 Florida" does. Not the dateline; not a possessive
/// before a title ("Australia's Prime Minister"). Political and business copy ("Washington's
/// policy", "Brazil's economy") is no sports story and is left alone.
///
/// [`player`]: Reference::is_player
pub fn carry_team_kind(candidates: &mut [Candidate], article: &Article, r: &Reference) {
    let place = |c: &Candidate| {
        c.reference
            .and_then(|id| r.known(id))
            .is_some_and(|k| k.kind == EntityKind::Place)
    };
    if !candidates.iter().any(|c| place(c) && !c.dateline) || !is_sports_story(article, r) {
        return;
    }
    // Where the last team named ended: "Australia and South Africa have", "against India or
    // Pakistan": a place joined to a team by "and" or "or" is the other side.
    let mut last_team: Option<(u32, u32)> = None;
    for c in candidates.iter_mut() {
        let coordinated = last_team.is_some_and(|(block, end)| {
            block == c.block
                && block_text(article, c)
                    .get(end as usize..c.start as usize)
                    .is_some_and(|between| matches!(between, " and " | " or "))
        });
        if c.team || place(c) && !c.dateline && coordinated {
            c.team = true;
            last_team = Some((c.block, c.end));
            continue;
        }
        if !place(c) || c.dateline {
            continue;
        }
        let (before, after) = around(article, c);
        let span = block_text(article, c)
            .get(c.start as usize..c.end as usize)
            .unwrap_or_default();
        let possessive = span.ends_with("'s")
            || span.ends_with("’s")
            || after.starts_with("'s")
            || after.starts_with("’s");
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .unwrap_or(after);
        let mut next = after
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
        let (first, second, third) = (next.next().unwrap_or_default(), next.next(), next.next());
        let joined = after.starts_with(char::is_whitespace) || possessive;
        let prev = word_before(before);
        let prev2 = before
            .split_whitespace()
            .rev()
            .nth(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        // "Washington's shortstop", "Washington's Danny Espinosa": the team's people; a
        // country's possessive before a player's name is as often where the player is from
        // ("Australia's Lleyton Hewitt", in tennis).
        let country = c
            .reference
            .and_then(|id| r.known(id))
            .is_some_and(|k| k.country);
        let member = possessive
            && (r.is_player(first)
                || r.is_sport_word(first)
                || !country
                    && r.is_given_name(first)
                    && super::names::is_capitalised(first)
                    && !r.is_title_head(first)
                    && !r.is_title_modifier(first));
        // "beat India", "against India", "lost to India", "drew with India", "a 3-0 victory
        // over India", "beaten by India".
        let played = prev.is_some_and(|w| {
            r.is_match_verb(w)
                || r.is_versus(w)
                || matches!(w, "to" | "with" | "over" | "by")
                    && prev2.is_some_and(|v| r.is_match_verb(v))
        });
        // "Australia beat India", "Australia were 4 for 120", "the United States will play
        // France" (an auxiliary before what a team does to another side, a name: not "X will
        // face sanctions", "X will meet its obligations", nor what a venue does, "Perth will
        // host the final").
        let plays = joined
            && !possessive
            && (r.is_match_verb(first)
                || is_auxiliary(first)
                    && second.is_some_and(|w| r.is_match_verb(w) && !r.is_host(w))
                    && third.is_some_and(|w| w.starts_with(char::is_uppercase))
                || matches!(first, "were" | "was")
                    && second.is_some_and(|w| {
                        w.starts_with(|c: char| c.is_ascii_digit()) || matches!(w, "all" | "bowled")
                    }));
        // "South Africa begins a four-day match against X", "New Zealand will go into the
        // second Test unchanged": a name that opens its sentence or clause, before a verb,
        // whose sentence then tells of a match. Not before a player's word ("Queensland pace
        // bowler X replaces Y", "New Zealand tailender X"): where the player is from.
        // "as Australia and South Africa have their final hit-outs before the first Test",
        // "after England was struggling at 3 for 93": a clause opened by a conjunction, a pair
        // of sides as its subject.
        let pair = matches!(first, "and" | "or")
            && second.is_some_and(|w| w.starts_with(char::is_uppercase));
        let fields = prev.is_none_or(is_clause_opener)
            && joined
            && !possessive
            && first.starts_with(char::is_lowercase)
            && (pair || !matches!(first, "and" | "or" | "of"))
            && ![Some(first), second]
                .into_iter()
                .flatten()
                .any(|w| r.is_player(w) || r.is_sport_word(w))
            && opens_match_sentence(after, r);
        if member || played || plays || fields {
            c.team = true;
            last_team = Some((c.block, c.end));
        }
    }
}

/// "as", "while", "after": a conjunction that opens a clause, whose subject follows it.
fn is_clause_opener(word: &str) -> bool {
    matches!(
        word,
        "as" | "while"
            | "when"
            | "after"
            | "before"
            | "because"
            | "since"
            | "if"
            | "but"
            | "though"
            | "although"
            | "until"
            | "once"
            | "whereas"
    )
}

/// Whether `words` hold a match's score: "3-0", "6-4", or a cricket side's "6 for 255".
fn has_score<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let mut last: [&str; 2] = ["", ""];
    for w in words {
        let dashed = w
            .split_once(['-', '–'])
            .is_some_and(|(a, b)| number(a) && number(b));
        if dashed || number(w) && last[1] == "for" && number(last[0]) {
            return true;
        }
        last = [last[1], w];
    }
    false
}

/// "will", "has", "could": an auxiliary verb, before what a subject does ("will play").
fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "has"
            | "have"
            | "had"
    )
}

/// Whether the rest of a sentence, `after` its subject, tells of a match the subject plays:
/// a word only sports copy writes, a word before an opponent ("against"), what a team does
/// to a side named after it ("beat India", "a victory over Spain"), what it plays or goes
/// into ("Test", "match", "series") or a score ("3-0", "6 for 255"), and no word of a venue
/// ("Melbourne will host the Test": the city is where it is played).
fn opens_match_sentence(after: &str, r: &Reference) -> bool {
    let sentence = after
        .split_inclusive(['.', '!', '?', ';'])
        .next()
        .unwrap_or_default();
    let words = || {
        sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
    };
    let list: Vec<&str> = words().collect();
    // "beat South Africa", "a victory over Argentina": what a team does counts before a
    // side's name ("will face sanctions", "met its targets" tell of no match).
    let against_side = |k: usize| {
        list.get(k + 1..)
            .unwrap_or_default()
            .iter()
            .find(|w| !matches!(**w, "to" | "with" | "over" | "by" | "the"))
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    !list.iter().any(|w| r.is_host(w))
        && (list.iter().enumerate().any(|(k, w)| {
            r.is_sport_word(w)
                || r.is_versus(w)
                || r.is_fixture(w)
                || r.is_match_verb(w) && against_side(k)
        }) || has_score(words()))
}

/// The text of the block (or the headline) `c` was found in.
fn block_text<'a>(article: &'a Article, c: &Candidate) -> &'a str {
    if c.block == Mention::TITLE {
        super::text::headline_of(&article.title)
    } else {
        article.block_text(c.block)
    }
}

/// The text right before `c` in its block, and right after it.
fn around<'a>(article: &'a Article, c: &Candidate) -> (&'a str, &'a str) {
    let text = block_text(article, c);
    (
        text.get(..c.start as usize).unwrap_or_default(),
        text.get(c.end as usize..).unwrap_or_default(),
    )
}

/// Whether `c` is written after a lowercase "the": "the Wallenbergs", "in the Amazon".
fn after_lowercase_the(article: &Article, c: &Candidate) -> bool {
    let (before, _) = around(article, c);
    let mut words = before.split_whitespace().rev();
    words.next() == Some("the")
}

/// Points for an organisation that a family's name in the plural takes: a family, or the
/// firms it holds, never one person.
const FAMILY: i32 = 10;

/// "the Wallenbergs", "the Kennedys": a family name in the plural after "the" names a family
/// or its holdings, not one of its people. A one-word name after a lowercase "the", a word
/// with "s" or "es" after it that the article writes only before a noun ("the Wallenberg
/// group") or that reference data knows as a family name and the article does not name
/// anyone by ("Jerry Okafor ... the Okafors" stays with the person's surname, whatever it
/// is), takes [`FAMILY`] points for an organisation in every mention of the article that
/// ends in it ("Thre Wallenbergs paid"), whatever its shape says of a person. Not a known
/// name ("the Philippines"), a town's ("the Hamptons"), a demonym, a party's members ("the
/// Democrats"), a common word's plural ("the Nationals", "the Cowboys"), an award ("the
/// Oscars"), nor a plural the article puts somewhere ("in the Rockies"). Linear: one pass
/// for the article's name words, one for the plurals.
pub fn carry_family_plurals(candidates: &mut [Candidate], article: &Article, r: &Reference) {
    let lower = |w: &str| w.to_lowercase();
    let families: HashSet<String> = {
        // "Wallenberg" in "the Wallenberg group"; "Okafor" in "Jerry Okafor" or alone.
        let mut modifiers: HashSet<String> = HashSet::new();
        let mut named: HashSet<String> = HashSet::new();
        for c in candidates.iter() {
            match c.words.as_slice() {
                [word] if c.modifier => modifiers.insert(lower(word)),
                [.., last] => named.insert(lower(last)),
                [] => false,
            };
        }
        let family = |word: &str| {
            let stems = [word.strip_suffix("es"), word.strip_suffix('s')];
            super::names::is_capitalised(word)
                && !super::names::is_all_caps(word)
                && r.lookup(word).is_none()
                && !r.is_demonym(word)
                && !r.is_member(word)
                && !r.is_common_word(word)
                && !r.is_alone_thing(word)
                && stems.into_iter().flatten().any(|stem| {
                    let key = lower(stem);
                    stem.chars().count() >= 3
                        && !named.contains(&key)
                        && r.lookup(stem).is_none()
                        && !r.is_town(stem)
                        && !r.is_alone_thing(stem)
                        && (modifiers.contains(&key) || r.is_surname(stem))
                })
        };
        let mut placed: HashSet<String> = HashSet::new();
        let mut plural: HashSet<String> = HashSet::new();
        for c in candidates.iter() {
            let [word] = c.words.as_slice() else {
                continue;
            };
            if c.evidence.place > 0 {
                placed.insert(lower(word));
            }
            if c.reference.is_none() && after_lowercase_the(article, c) && family(word) {
                plural.insert(lower(word));
            }
        }
        plural.retain(|w| !placed.contains(w));
        plural
    };
    if families.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        let last = c.words.last().map(|w| lower(w));
        if c.reference.is_none() && last.is_some_and(|w| families.contains(&w)) {
            c.evidence.add(EntityKind::Organization, FAMILY);
        }
    }
}

/// A name's words as one lowercase key ("west virginia power"), to find the same words
/// again in an article whatever their case.
fn words_key(words: &[String]) -> String {
    words.join(" ").to_lowercase()
}

/// "Mario Gabelli and", the words of "Mario Gabelli and Co" before its legal form: a firm
/// of a person and partners, the person named first with a given name ("Lord Abbett and Co"
/// names no one so). The words before "and" are then the person's name, not the firm's.
pub fn names_partners<W: AsRef<str>>(core: &[W], r: &Reference) -> bool {
    matches!(core.last().map(AsRef::as_ref), Some("and" | "&"))
        && core.first().is_some_and(|w| r.is_given_name(w.as_ref()))
}

/// Points for an organisation that a short form takes from the firm's full name in the same
/// article: as much as a head word.
pub const FIRM_SHORT_FORM: i32 = 6;

/// "Scientific Micro" after "Scientific Micro Systems Inc", "Sale" after "Sale Tilney Plc":
/// wire copy names a firm in full once, legal form and all, then by its first words. A name
/// of one article that is the first words of a firm's name there (not the firm's name itself,
/// not a dateline, not from reference data) takes [`FIRM_SHORT_FORM`] points for an
/// organisation, whatever a town or a surname of that spelling says. One pass to gather the
/// firms' first words, one to look each name up: linear in the names of the article. A name
/// that a title or a role marks as a person's, or a given name and a surname, is left alone.
pub fn carry_firm_kind(candidates: &mut [Candidate], r: &Reference) {
    let mut short_forms: HashSet<String> = HashSet::new();
    for c in candidates.iter() {
        let [rest @ .., form] = c.words.as_slice() else {
            continue;
        };
        if c.reference.is_some() || rest.is_empty() || !r.is_legal_form(form) {
            continue;
        }
        if names_partners(rest, r) {
            continue;
        }
        for end in 1..=rest.len() {
            let prefix = rest.get(..end).unwrap_or_default();
            // "Miller Tabak Hirsch and": no name ends in a connector.
            if prefix
                .last()
                .is_some_and(|w| super::names::is_capitalised(w))
            {
                short_forms.insert(words_key(prefix));
            }
        }
    }
    if short_forms.is_empty() {
        return;
    }
    // "Charles Halloway Corp ... Charles Halloway, its chairman": a name that a title or a
    // role marks as a person's, or a given name and a surname, stays the person's.
    let people: HashSet<String> = candidates
        .iter()
        .filter(|c| {
            let personal_name = match c.name_words()[..] {
                [first, .., last] => r.is_given_name(first) && r.is_surname(last),
                _ => false,
            };
            c.titled() || personal_name
        })
        .map(|c| words_key(&c.words))
        .collect();
    for c in candidates.iter_mut() {
        let firm = c.words.last().is_some_and(|w| r.is_legal_form(w));
        let name = words_key(&c.words);
        let short = short_forms.contains(&name) && !people.contains(&name);
        if c.reference.is_none() && !c.dateline && !firm && short {
            c.evidence.add(EntityKind::Organization, FIRM_SHORT_FORM);
            c.firm_short = true;
        }
    }
}

/// Points for an organisation that a legal form written before the name gives: as much as
/// one written after it ([`Signals::legal_form`]).
const FORM_FIRST: i32 = 10;

/// "AB Investor", "Forvaltnings AB Providentia", "NV Verenigde Bedrijven": Nordic and
/// continental firms write their legal form ([`Reference::is_legal_form_abroad`]) before the
/// name, or between a word of their trade and the name, as often as after it; no person's
/// name holds one. A name of two words or more with such a form (written with a capital)
/// before its last word takes [`FORM_FIRST`] points for an organisation, and the words after
/// the form, the firm's short name ("Investor's stake"), take [`FIRM_SHORT_FORM`] points in
/// the same article. Not when a given name follows the form ("AG William Barr": an
/// attorney general), or a title or a role marks the name as a person's.
pub fn carry_form_first(candidates: &mut [Candidate], r: &Reference) {
    let mut short_forms: HashSet<String> = HashSet::new();
    for c in candidates.iter_mut() {
        if c.reference.is_some() || c.titled() {
            continue;
        }
        let Some((_, head)) = c.words.split_last() else {
            continue;
        };
        let Some(at) = head.iter().position(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && r.is_legal_form_abroad(w)
        }) else {
            continue;
        };
        let rest = c.words.get(at + 1..).unwrap_or_default();
        if rest.first().is_some_and(|w| r.is_given_name(w)) {
            continue;
        }
        c.evidence.add(EntityKind::Organization, FORM_FIRST);
        short_forms.insert(words_key(rest));
    }
    if short_forms.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        if c.reference.is_none() && !c.dateline && short_forms.contains(&words_key(&c.words)) {
            c.evidence.add(EntityKind::Organization, FIRM_SHORT_FORM);
        }
    }
}

/// Points for each kind, summed over a name's mentions.
///
/// Strong evidence (reference data, a title before a name, an organisation word such as
/// "Council" at its end) is worth 5 or more; context cues ("X said", "in X") 1 or 2.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    pub person: i32,
    pub organization: i32,
    pub place: i32,
}

impl Evidence {
    pub fn add(&mut self, kind: EntityKind, points: i32) {
        match kind {
            EntityKind::Person => self.person += points,
            EntityKind::Organization => self.organization += points,
            EntityKind::Place => self.place += points,
        }
    }

    /// Adds `points` for `kind` when `yes`.
    fn add_if(&mut self, yes: bool, kind: EntityKind, points: i32) {
        if yes {
            self.add(kind, points);
        }
    }

    pub fn merge(&mut self, other: Evidence) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
    }

    /// The best-supported kind; with no points at all, a person. A tie between a person and
    /// an organisation on points goes to the organisation: firms, shops and bodies are named
    /// like people ("Avison Young", "Starr Catering Group", a given name first), people are
    /// seldom named like firms, so what a person's shape gives is matched by the firm's cue
    /// beside it. Other ties go to person, then organisation.
    pub fn kind(&self) -> EntityKind {
        let mut best = (EntityKind::Person, self.person);
        if self.organization > 0 && self.organization == self.person {
            best = (EntityKind::Organization, self.organization);
        }
        for (kind, points) in [
            (EntityKind::Organization, self.organization),
            (EntityKind::Place, self.place),
        ] {
            if points > best.1 {
                best = (kind, points);
            }
        }
        best.0
    }

    /// The points for `kind`.
    pub fn points(&self, kind: EntityKind) -> i32 {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organization => self.organization,
            EntityKind::Place => self.place,
        }
    }

    /// The points of the best-supported kind.
    pub fn strength(&self) -> i32 {
        self.person.max(self.organization).max(self.place)
    }
}

/// A name of two words or more with no head word and not from reference data: what its
/// words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    /// One of them, not a given name, is a word the collection writes in lowercase: "Home
    /// Depot", "Comedy Central" name things, not people.
    Common,
    /// A given name first: "Marta Kowalczyk".
    GivenFirst,
    /// A family name last after words no list knows: "Ammar Okonkwo" (reference data knows
    /// family names of many countries, given names of fewer).
    SurnameLast,
    /// Unknown words: as likely a company's ("Vail Resorts", "JD Gaming") as a person's.
    Unknown,
}

/// What one mention of a name and its surroundings say about its kind, found by
/// `candidates`; [`Signals::weigh`] turns them into points.
#[derive(Debug, Clone, Copy, Default)]
pub struct Signals {
    /// The kind reference data gives the name.
    pub known: Option<EntityKind>,
    /// "East Germany": a compass word before a known place.
    pub compass_place: bool,
    /// "the West", "the upper Midwest": a compass word alone after "the".
    pub region: bool,
    /// A title before the name, or a nickname inside it.
    pub titled: bool,
    /// "CEO of Vail Resorts": after a title and "of".
    pub institution: bool,
    /// "director of X" (4), "an analyst at X" (3).
    pub office_before: i32,
    /// "consulting firm X" (4), "developer X" (2, a trade too): an organisation noun right
    /// before the name.
    pub org_noun_before: i32,
    /// "the capital of X", "eastern X": a place noun and "of", or a lowercase compass word.
    pub place_before: bool,
    /// "X, which ...": no person.
    pub which_after: bool,
    /// "X said its", "X and its": a firm, a body or a place.
    pub its_after: bool,
    /// "X said he", "X, who", "X's wife", "X, 45,": a person.
    pub personal: bool,
    /// "Oklahoma Supreme Court": a state's or a city's own body.
    pub local_body: bool,
    /// "New Jersey Devils": words of its own after a place that is no given name.
    pub named_after_place: bool,
    /// "spokesman X".
    pub role_before: bool,
    /// "quarterback X", "novelist X": a role only a person holds (one more point).
    pub position_before: bool,
    /// Two name words or more, a given name first.
    pub given_first: bool,
    /// The kind a head word gives: "... Council", "Lake ...".
    pub head: Option<EntityKind>,
    /// "X said", "said X".
    pub speech: bool,
    /// "in X" (2), "at X" (1).
    pub preposition: i32,
    /// "at Davos", "into Hebron": a lone unknown word after "at" (or "into", "toward"), not
    /// in capitals throughout, with no "the" and no office before it.
    pub bare_at: bool,
    /// "X, Country".
    pub place_after: bool,
    /// "Borno state" (place), "Maxim magazine" (organisation).
    pub noun_after: Option<EntityKind>,
    /// "NAIROBI, Kenya —".
    pub dateline: bool,
    /// "(Reuters)" in "WASHINGTON (Reuters) —".
    pub dateline_agency: bool,
    /// "X spokesman", "X employees", "X's stock".
    pub org_word_after: bool,
    /// "X, Inc.", "X, LLC": a firm's suffix after a comma.
    pub firm_suffix: bool,
    /// "Halloway Corp", "Brauer AG": a firm's legal form ends the name.
    pub legal_form: bool,
    /// The kind of a noun in apposition: ", the carmaker,", ", chairman of".
    pub appositive: Option<EntityKind>,
    /// The kind of a group the name is one of: "X and other cities".
    pub one_of: Option<EntityKind>,
    /// "Jones, from Newington,".
    pub hometown: bool,
    /// "to The Guardian": a capital "The" inside a sentence, name not from reference data.
    pub capital_the: bool,
    /// "the X", not as a modifier ("the Smith family").
    pub the: bool,
    /// What the words of an unknown name of two words or more say.
    pub words: Option<Words>,
    /// A lone unknown word in capitals: "NFCU".
    pub acronym: bool,
    /// Two name words or more, none a given name, each an ordinary word ("Member States"),
    /// with no head word, reference data, title or nickname.
    pub ordinary: bool,
}

/// The points one mention gives, and whether it is a phrase of ordinary words with nothing
/// saying it is a name.
#[derive(Debug, Clone, Copy, Default)]
pub struct Weighed {
    pub evidence: Evidence,
    pub plain: bool,
}

impl Signals {
    /// Reference data 10, a compass word before a known place 10, a head word, a dateline, a
    /// firm's suffix after a comma ("X, Inc.") or a local body 6, a title, a capital "The" or what only a person does or has ("X said
    /// he", "X, who", "X's wife", "X, 45,") 5, a role before 4 (a position only a person holds, "quarterback X", 5), an office and "of" before
    /// ("director of X") 4, an organisation noun before ("firm X") 4, a place noun and "of" or a
    /// lowercase compass word before ("the capital of X", "eastern X") 5, ", which" after
    /// (person −3), "its" after what it said or after "and" (organisation 3), "X, Country" 4, an office
    /// and "at" before 3, a given
    /// name first, an apposition, a group, a hometown, a name after a place or a place or
    /// organisation noun after 3, "in X" or "X
    /// said" 2, "at X" 1 (and 1 for an organisation; a lone word after "at" with nothing
    /// else no organisation point), "the X" organisation 2 and person −2.
    pub fn weigh(&self) -> Weighed {
        use EntityKind::{Organization, Person, Place};
        let mut e = Evidence::default();
        if let Some(kind) = self.known {
            e.add_if(true, kind, 10);
        }
        e.add_if(self.compass_place, Place, 10);
        e.add_if(self.region, Place, 6);
        e.add_if(self.titled, Person, 5);
        e.add_if(self.institution, Organization, 4);
        e.add_if(self.local_body, Organization, 6);
        e.add_if(self.office_before > 0, Organization, self.office_before);
        e.add_if(self.org_noun_before > 0, Organization, self.org_noun_before);
        e.add_if(self.place_before, Place, 5);
        e.add_if(self.which_after, Person, -3);
        // "Ford said its sales rose": "its" is a firm's; a place's "its" comes with a place's
        // own signs ("in X"), which outweigh this.
        e.add_if(self.its_after, Organization, 3);
        e.add_if(self.personal, Person, 5);
        e.add_if(self.named_after_place, Organization, 3);
        e.add_if(self.role_before, Person, 4);
        // A trade or a sports position is held by people only ("market leader X" names a
        // firm as often as "opposition leader X" a person): as much as a title.
        e.add_if(self.position_before, Person, 1);
        e.add_if(self.given_first, Person, 3);
        if let Some(kind) = self.head {
            e.add_if(true, kind, 6);
        }
        e.add_if(self.speech, Person, 2);
        e.add_if(self.preposition > 0, Place, self.preposition);
        // "at X" as often names where someone works as where something is, but a workplace
        // comes with "the", an office or a head word ("at the Urban Institute", "an analyst
        // at X"); a lone word after "at" with none of them is a town or a venue (tuning part:
        // 6 of the 7 such names are places): it keeps its place point and loses the other.
        e.add_if(self.preposition == 1 && !self.bare_at, Organization, 1);
        e.add_if(self.place_after, Place, 4);
        if let Some(kind) = self.noun_after {
            e.add_if(true, kind, 3);
        }
        e.add_if(self.dateline, Place, 6);
        e.add_if(self.dateline_agency, Organization, 6);
        e.add_if(self.org_word_after, Organization, 3);
        e.add_if(self.firm_suffix, Organization, 6);
        // No person is named "X Corp": a legal form is as sure as reference data, and
        // outweighs the "X said" of wire copy's later mentions ("Pittston said").
        e.add_if(self.legal_form, Organization, 10);
        for kind in [self.appositive, self.one_of].into_iter().flatten() {
            e.add_if(true, kind, 3);
        }
        e.add_if(self.hometown, Place, 3);
        e.add_if(self.capital_the, Organization, 5);
        // Nothing around it says what it is ("Tiger Woods said" does).
        let plain = self.ordinary && !self.capital_the && e.strength() < 2;
        e.add_if(self.the, Organization, 2);
        e.add_if(self.the, Person, -2);
        match self.words {
            Some(Words::Common) => e.add_if(true, Organization, 3),
            Some(Words::GivenFirst | Words::SurnameLast) => e.add_if(true, Person, 1),
            Some(Words::Unknown) => e.add_if(true, Organization, 1),
            None => {}
        }
        e.add_if(self.acronym, Organization, 2);
        Weighed { evidence: e, plain }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::data::reference;

    /// The kind the extractor gives `name` in an article made of `text`.
    fn kind_in(text: &str, name: &str) -> Option<EntityKind> {
        let article = crate::read::parse_article("a.txt", &format!("A headline\n\n{text}"));
        crate::entities::extract(&[article])
            .into_iter()
            .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
            .map(|e| e.kind)
    }

    /// Every entity called `name` found in `texts` (one article each), with its kind and the
    /// number of its articles.
    fn kinds_named(texts: &[&str], name: &str) -> Vec<(EntityKind, usize)> {
        let articles: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::read::parse_article(&format!("a{i}.txt"), &format!("H\n\n{t}")))
            .collect();
        crate::entities::extract(&articles)
            .into_iter()
            .filter(|e| e.name == name)
            .map(|e| (e.kind, e.articles.len()))
            .collect()
    }

    #[test]
    fn road_numbers_are_places() {
        assert!(is_road_number("M8") && is_road_number("A1307") && is_road_number("E40"));
        assert!(!is_road_number("G20") && !is_road_number("M") && !is_road_number("A12345"));
        assert!(!is_road_number("MH17") && !is_road_number("A4b"));
        let text =
            "Drivers faced long delays on the M8 after a lorry overturned near the junction.";
        assert_eq!(kind_in(text, "M8"), Some(EntityKind::Place));
    }

    #[test]
    fn a_web_address_names_its_site() {
        assert_eq!(site_name("Snopes.com"), Some("Snopes"));
        assert_eq!(site_name("BBC.CO.UK"), Some("BBC"));
        assert_eq!(site_name("News.com.au"), Some("News"));
        assert_eq!(site_name("Salon.com."), None);
        assert_eq!(site_name(".com"), None);
        assert_eq!(site_name("Comcast"), None);
        assert_eq!(site_name("é.io"), Some("é"));
        let text =
            "Readers of Snopes.com wrote in, and the editors of Snopes said the photo was old.";
        assert_eq!(
            kinds_named(&[text], "Snopes.com"),
            [(EntityKind::Organization, 1)]
        );
        assert_eq!(kind_in(text, "Snopes"), Some(EntityKind::Organization));
    }

    #[test]
    fn brands_are_written_with_a_capital_inside() {
        assert!(is_brand_cased("WordPress") && is_brand_cased("LinkedIn"));
        assert!(!is_brand_cased("McAllen") && !is_brand_cased("DeKalb"));
        assert!(!is_brand_cased("MacKenzie") && !is_brand_cased("Boston"));
        assert!(!is_brand_cased("NASA") && !is_brand_cased("Wi-Fi"));
    }

    #[test]
    fn a_town_only_the_towns_list_knows_is_a_place() {
        let r = reference();
        assert!(r.is_town("Kwekwe") && r.is_town("Timmins") && !r.is_town("Zuckerberg"));
        assert_eq!(town([&"Kwekwe".to_string()], r).place, TOWN);
        assert_eq!(town([&"Zuckerberg".to_string()], r), Evidence::default());
        let text = "Police said Kwekwe was calm after the vote.";
        assert_eq!(kind_in(text, "Kwekwe"), Some(EntityKind::Place));
        // A person's surname stays the person's: "Timmins" for Ruth Timmins is no town.
        let text = "Ruth Timmins chairs the panel. Timmins has a new plan for the budget.";
        assert_eq!(kind_in(text, "Timmins"), Some(EntityKind::Person));
    }

    #[test]
    fn qualifier_and_place_words_of_other_languages_make_places() {
        // "Baja" (lower) before a known place, like "Lower" or "East".
        let text = "Grey whales were seen off Baja California last week.";
        assert_eq!(kind_in(text, "Baja California"), Some(EntityKind::Place));
        // "Wadi" (valley), "Beit" (house), "Tel" (hill) begin place names.
        let text = "Wadi Rum draws climbers every winter.";
        assert_eq!(kind_in(text, "Wadi Rum"), Some(EntityKind::Place));
    }

    #[test]
    fn well_known_companies_and_platforms_are_organisations() {
        // "in X" says place for a name nothing else is known of; reference data knows better.
        let text = "Her videos gained a following in Instagram groups and later on YouTube.";
        assert_eq!(kind_in(text, "Instagram"), Some(EntityKind::Organization));
        let r = reference();
        let known = |n: &str| r.lookup(n).and_then(|id| r.known(id)).map(|k| k.kind);
        assert_eq!(known("Ernst & Young"), Some(EntityKind::Organization));
        assert_eq!(known("Johns Hopkins"), Some(EntityKind::Organization));
        assert_eq!(known("Stanford"), None);
        // Firms named like people: a given name first said person.
        let text = "Freddie Mac said mortgage rates rose for a third week.";
        assert_eq!(kind_in(text, "Freddie Mac"), Some(EntityKind::Organization));
        assert_eq!(known("Apple"), None);
    }

    #[test]
    fn what_only_a_person_does_or_has_says_person() {
        // A lone surname with nothing else said of it is a firm's or a body's name; "said he"
        // is not said of a firm.
        let text = "Talks resumed on Monday. Okonjo said he would not resign before the vote.";
        assert_eq!(kind_in(text, "Okonjo"), Some(EntityKind::Person));
        let text = "The ruling was a blow, Brannagh's lawyer told reporters after the hearing.";
        assert_eq!(kind_in(text, "Brannagh"), Some(EntityKind::Person));
        let text = "Police said Kessington, 34, was released on bail after the hearing.";
        assert_eq!(kind_in(text, "Kessington"), Some(EntityKind::Person));
        let text = "The plan fell through after Halvorsen, who had backed it, stepped aside.";
        assert_eq!(kind_in(text, "Halvorsen"), Some(EntityKind::Person));
    }

    #[test]
    fn a_place_named_for_a_sports_team_is_an_organisation_in_that_article() {
        let sport = "No. 5 Nebraska edged Kansas 24-17 on Saturday. Nebraska's coach praised the \
                     defense, and Kansas (3-4) lost to Nebraska for the first time in years.";
        let trip = "Nebraska and Kansas are flat, and farmers in Nebraska grow corn.";
        for name in ["Nebraska", "Kansas"] {
            let kinds = kinds_named(&[sport, trip], name);
            assert_eq!(
                kinds.len(),
                2,
                "{name}: the team and the state are two entities: {kinds:?}"
            );
            assert!(
                kinds.contains(&(EntityKind::Organization, 1)),
                "{name} {kinds:?}"
            );
            assert!(kinds.contains(&(EntityKind::Place, 1)), "{name} {kinds:?}");
        }
        // A country's defence, and an army that beat it, are no sport.
        let text =
            "Armies defeated Poland twice. Poland's defense ministry said Poland would rearm.";
        assert_eq!(kinds_named(&[text], "Poland"), [(EntityKind::Place, 1)]);
    }

    #[test]
    fn what_happened_at_a_name_makes_it_a_place() {
        // "school" alone after a name says organisation ("Harrow School"); "school shooting"
        // says where it happened.
        let text = "A year after the Dunmore school shooting, the town still mourns.";
        assert_eq!(kind_in(text, "Dunmore"), Some(EntityKind::Place));
        let text = "Survivors of the Kelverton massacre met the inquiry on Monday.";
        assert_eq!(kind_in(text, "Kelverton"), Some(EntityKind::Place));
    }

    #[test]
    fn us_state_abbreviations_after_a_city_are_places() {
        let text = "Labs in Newark, N.J., and Tulsa, OK, and a clinic in Burlington, VT, joined.";
        assert_eq!(kind_in(text, "N.J."), Some(EntityKind::Place));
        assert_eq!(kind_in(text, "VT"), Some(EntityKind::Place));
    }

    #[test]
    fn where_someone_studied_is_a_school() {
        // "Kwekwe" is a town; graduating from it says school.
        let text = "She graduated from Kwekwe in 2004 and later taught there.";
        assert_eq!(kind_in(text, "Kwekwe"), Some(EntityKind::Organization));
        let text = "He attended Brisholm before joining the navy.";
        assert_eq!(kind_in(text, "Brisholm"), Some(EntityKind::Organization));
    }

    #[test]
    fn given_names_from_other_countries_say_person() {
        let text = "The code came from Ifechukwu Okonkwo and a small team.";
        assert_eq!(kind_in(text, "Ifechukwu Okonkwo"), Some(EntityKind::Person));
    }

    #[test]
    fn strongest_kind_wins() {
        let mut e = Evidence::default();
        e.add(EntityKind::Place, 2);
        e.add(EntityKind::Person, 1);
        assert_eq!(e.kind(), EntityKind::Place);
        let mut other = Evidence::default();
        other.add(EntityKind::Person, 5);
        e.merge(other);
        assert_eq!(e.kind(), EntityKind::Person);
        assert_eq!(e.strength(), 6);
    }

    #[test]
    fn signals_weigh_into_points_and_plain_phrases() {
        let said = Signals {
            speech: true,
            given_first: true,
            ..Signals::default()
        };
        assert_eq!(said.weigh().evidence.person, 5);
        let at = Signals {
            preposition: 1,
            ..Signals::default()
        };
        let e = at.weigh().evidence;
        assert_eq!((e.place, e.organization), (1, 1));
        // "the Member States": "the" does not vouch for a phrase of ordinary words; "Member
        // States said" would.
        let phrase = Signals {
            ordinary: true,
            the: true,
            words: Some(Words::Common),
            ..Signals::default()
        };
        let w = phrase.weigh();
        assert!(w.plain);
        assert_eq!((w.evidence.organization, w.evidence.person), (5, -2));
        let vouched = Signals {
            speech: true,
            ..phrase
        };
        assert!(!vouched.weigh().plain);
        let guardian = Signals {
            capital_the: true,
            ..phrase
        };
        assert!(!guardian.weigh().plain);
    }

    #[test]
    fn ties_prefer_person_then_organization() {
        assert_eq!(Evidence::default().kind(), EntityKind::Person);
        // A person's points matched by an organisation's: a firm named like a person.
        let firm = Evidence {
            person: 6,
            organization: 6,
            place: 0,
        };
        assert_eq!(firm.kind(), EntityKind::Organization);
        let person = Evidence {
            person: 6,
            organization: 0,
            place: 6,
        };
        assert_eq!(person.kind(), EntityKind::Person);
        let e = Evidence {
            person: 0,
            organization: 2,
            place: 2,
        };
        assert_eq!(e.kind(), EntityKind::Organization);
    }
}
