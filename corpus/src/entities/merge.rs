//! Grouping the names found into entities: one per real-world person, organisation or place.
//!
//! * Names from reference data group by their entry (US, U.S., United States, America).
//! * Full personal names group by first and last name, after spelling variants are folded
//!   (Sergey/Sergei) and one-letter typos of long surnames joined when the first names agree.
//! * A lone surname joins the person of that surname named most recently before it in the
//!   same article, else the only person of that surname in the collection.
//! * An acronym joins the name it was defined for (`Long Name (LN)`), or a name in the same
//!   article (else in the collection, when only one fits) whose initials it spells.
//! * "U.S. State Department" and a bare "State Department" group when only one country's
//!   department is named.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;

use super::acronyms;
use super::candidates::{is_name_suffix, Candidate, CapsStats, HeadlineRun};
use super::classify::{self, Evidence};
use super::data::{self, Fnv, Reference};
use super::names::{
    deletions, display, is_all_caps, is_capitalised, is_dotted_initials, squash, variant_key,
    within_one_edit,
};
use crate::article::{Article, Entity, EntityKind, Mention, MentionSet};
use crate::quotes::words;

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The names found in one article.
#[derive(Debug, Default, Clone)]
pub struct ArticleFinds {
    pub candidates: Vec<Candidate>,
    pub headlines: Vec<HeadlineRun>,
}

#[derive(Debug, Default)]
struct Cluster {
    reference: Option<u32>,
    evidence: Evidence,
    /// Surface form → number of mentions.
    surfaces: FastMap<String, u32>,
    mentions: BTreeMap<u32, Vec<Mention>>,
    /// Built from a full personal name.
    person: bool,
    /// Mentions away from a sentence start, where a capital says something.
    mid: usize,
    /// The strongest evidence one mention gives alone: many weak signs ("the X", "X said")
    /// over many mentions of a common word do not add up to a name.
    best: i32,
    /// The most points one mention gives it as an organisation.
    best_org: i32,
    /// Mentions of two name words or more that are phrases of ordinary words
    /// ([`Candidate::plain`]), and those that are not.
    plain: usize,
    named: usize,
    /// Mentions that name an event ([`Candidate::event`]): "Worlds 2013", "storm Abigail".
    events: usize,
    /// Mentions after a noun for a work or a product ([`Candidate::work`]).
    works: usize,
    /// Mentions before a noun for a thing ([`Candidate::thing`]).
    things: usize,
    /// A known place's name used in one article for a sports team ([`Candidate::team`]).
    team: bool,
    /// Mentions of one word right before a lowercase word ([`Candidate::modifier`]).
    modifiers: usize,
}

/// Clusters with parent links, so that two clusters can become one.
#[derive(Debug, Default)]
struct Clusters {
    all: Vec<Cluster>,
    parent: Vec<usize>,
}

impl Clusters {
    fn new_cluster(&mut self, reference: Option<u32>, person: bool) -> usize {
        self.all.push(Cluster {
            reference,
            person,
            ..Cluster::default()
        });
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }

    fn find(&mut self, mut c: usize) -> usize {
        while let Some(&p) = self.parent.get(c) {
            if p == c {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(c) {
                *slot = grand;
            }
            c = p;
        }
        c
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (keep, gone) = (a.min(b), a.max(b));
            if let Some(slot) = self.parent.get_mut(gone) {
                *slot = keep;
            }
        }
    }

    /// Joins the groups of `a` and `b`, and gives the joined group's data, for the caller to
    /// set what it keeps of the other (which [`Clusters::union`] leaves behind).
    fn join(&mut self, a: usize, b: usize) -> Option<&mut Cluster> {
        self.union(a, b);
        let root = self.find(a);
        self.all.get_mut(root)
    }
}

/// A surname without a particle before a hyphen ("al-Assad" → "Assad").
fn bare_surname<'w>(word: &'w str, reference: &Reference) -> &'w str {
    match word.split_once('-') {
        Some((p, rest)) if reference.is_particle(p) && !rest.is_empty() => rest,
        _ => word,
    }
}

/// The key of a surname: particles dropped ("al-Assad" → "assad"), variants folded.
fn surname_key(word: &str, reference: &Reference) -> String {
    variant_key(bare_surname(word, reference))
}

/// The key of a surname as written, for lone words across the collection: particles dropped,
/// case and accents folded, but no spelling variants ("Channel" is no "Chanel").
fn exact_surname_key(word: &str, reference: &Reference) -> String {
    squash(bare_surname(word, reference))
}

/// The surname of a name's words: the last, before "Jr." or "III" ("James Roosevelt Jr.").
fn surname_word<'w>(words: &[&'w str]) -> Option<&'w str> {
    let mut words = words;
    while words.len() > 2 && words.last().is_some_and(|w| is_name_suffix(w)) {
        words = &words[..words.len() - 1];
    }
    words.last().copied()
}

/// First and last name keys of a full personal name.
fn person_key(c: &Candidate, reference: &Reference) -> Option<(String, String)> {
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
const COUNTRY_ENDS: &[&str] = &["ey", "ia", "a", "y", "e"];

/// Endings that make a demonym from a country's stem: "Turk-ish", "Ital-ian", "Chin-ese".
const DEMONYM_ENDS: &[&str] = &["ish", "ese", "ian", "an", "i", "ic"];

/// A word in lowercase and its stems without one of `ends`, four letters or more: "turkey",
/// "turk".
fn stems(word: &str, ends: &[&str]) -> Vec<String> {
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
fn told_gender(c: &Candidate) -> Option<bool> {
    let first = c.name_words().first().copied()?;
    words::given_name_gender(first).or(c.courtesy.filter(|_| c.name_count() >= 2))
}

/// Whether a candidate names a person by its form: two or more name words, no head word.
/// A name joined by an ampersand ("Procter & Gamble") or ending in a firm's legal form
/// ("Dale Burdett Inc", "Multi-Step Products Inc") is a firm's, never a person's.
fn person_like(c: &Candidate) -> bool {
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
fn middle_surname<'c>(c: &'c Candidate, reference: &Reference) -> Option<&'c str> {
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

/// Merging as it goes: the names of each article, the clusters so far, and the cluster each
/// name is in once decided. The steps of merging are its methods.
struct MergeState<'a> {
    finds: &'a [ArticleFinds],
    reference: &'a Reference,
    clusters: Clusters,
    /// Per article, per candidate: its cluster.
    assigned: Vec<Vec<Option<usize>>>,
    /// Mentions of known names moved to a firm named by them ([`Self::join_firm_short_forms`]),
    /// or left to a person (a surname of the article's, a title before it: see [`merge`]):
    /// what reference data says of the name is not said of the firm or the person.
    moved: FastSet<(usize, usize)>,
}

impl<'a> MergeState<'a> {
    /// What a join reads (the names of each article, the cluster of each, the reference data)
    /// beside the clusters it changes, borrowed apart so that it can read the one while it
    /// writes the other.
    fn parts(
        &mut self,
    ) -> (
        &'a [ArticleFinds],
        &[Vec<Option<usize>>],
        &'a Reference,
        &mut Clusters,
    ) {
        (
            self.finds,
            &self.assigned,
            self.reference,
            &mut self.clusters,
        )
    }

    /// Joins full names whose first names agree and whose long surnames differ by one letter.
    fn join_typos(&mut self, by_person: &FastMap<(String, String), usize>) {
        let clusters = &mut self.clusters;
        let mut index: FastMap<(String, String), Vec<(&str, usize)>> = FastMap::default();
        let mut keys: Vec<(&(String, String), &usize)> = by_person.iter().collect();
        keys.sort();
        for ((first, last), &cluster) in keys {
            if last.chars().count() < 6 {
                continue;
            }
            for d in deletions(last) {
                let bucket = index.entry((first.clone(), d)).or_default();
                for &(other, other_cluster) in bucket.iter() {
                    if within_one_edit(other, last) {
                        clusters.union(other_cluster, cluster);
                    }
                }
                bucket.push((last, cluster));
            }
        }
    }

    /// "UC Global" read as a personal name's form in one sentence and as a body's (a head
    /// word, "co-owner of") in another: a name of two words or more written the same way is
    /// one entity, however each mention was read.
    fn join_same_text(&mut self) {
        let (finds, assigned, clusters) = (self.finds, &self.assigned, &mut self.clusters);
        let mut by_text: FastMap<String, usize> = FastMap::default();
        for (a, f) in finds.iter().enumerate() {
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(cluster) = assigned[a][i] else {
                    continue;
                };
                if c.reference.is_some() || c.name_count() < 2 {
                    continue;
                }
                let first = *by_text.entry(squash(c.text())).or_insert(cluster);
                // The group stays a person's if either was read as one.
                let (x, y) = (clusters.find(first), clusters.find(cluster));
                let person = [x, y]
                    .iter()
                    .any(|&c| clusters.all.get(c).is_some_and(|cl| cl.person));
                if let Some(cl) = clusters.join(x, y) {
                    cl.person |= person;
                }
            }
        }
    }

    /// "Stack Morgan" after "Katie Stack Morgan" in one article: the end of a longer name.
    fn join_tails(&mut self) {
        let (finds, assigned, clusters) = (self.finds, &self.assigned, &mut self.clusters);
        for (a, f) in finds.iter().enumerate() {
            let persons: Vec<(Vec<&str>, usize)> = f
                .candidates
                .iter()
                .enumerate()
                .filter(|(_, c)| person_like(c))
                .filter_map(|(i, c)| Some((c.name_words(), assigned[a].get(i).copied().flatten()?)))
                .collect();
            for (short, short_cluster) in &persons {
                let longer: FastSet<usize> = persons
                    .iter()
                    .filter(|(long, _)| long.len() > short.len() && long.ends_with(short))
                    .map(|&(_, c)| clusters.find(c))
                    .collect();
                if let Some(only) = sole(longer) {
                    clusters.union(only, *short_cluster);
                }
            }
        }
    }

    /// "BBC News" and "BBC" in one article: a broadcaster's news service, named by its
    /// acronym and "News", is the broadcaster the article names by the acronym alone.
    fn join_newsrooms(&mut self) {
        let (finds, assigned, clusters) = (self.finds, &self.assigned, &mut self.clusters);
        for (a, f) in finds.iter().enumerate() {
            let mut acronyms: FastMap<&str, usize> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                if let (true, Some(cluster)) = (c.is_acronym(), assigned[a][i]) {
                    acronyms.insert(c.text(), cluster);
                }
            }
            if acronyms.is_empty() {
                continue;
            }
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), [outlet, news]) = (assigned[a][i], &c.words[..]) else {
                    continue;
                };
                if news != "News" || !is_all_caps(outlet) {
                    continue;
                }
                if let Some(&alone) = acronyms.get(outlet.as_str()) {
                    // The group keeps what reference data says of the broadcaster.
                    let x = clusters.find(alone);
                    let known = clusters.all.get(x).and_then(|c| c.reference);
                    if let Some(c) = clusters.join(x, cluster) {
                        c.reference = c.reference.or(known);
                    }
                }
            }
        }
    }

    /// "the Turkish Constitutional Court" and "the Constitutional Court of Turkey" in one
    /// article: a body named with a demonym before its words is the body of those words and
    /// "of" the demonym's country. The demonym and the country are matched by their stems
    /// ("Turk-ish", "Turk-ey"; "Ital-ian", "Ital-y"), four letters or more.
    fn join_demonym_of(&mut self) {
        let (finds, assigned, reference, clusters) = self.parts();
        for (a, f) in finds.iter().enumerate() {
            // "constitutional court|turk" → the clusters of "X of Country" names.
            let mut of_country: FastMap<String, FastSet<usize>> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), [body @ .., of, country]) = (assigned[a][i], &c.words[..])
                else {
                    continue;
                };
                let is_country = reference
                    .lookup(country)
                    .and_then(|id| reference.known(id))
                    .is_some_and(|k| k.country);
                if of != "of" || body.len() < 2 || !is_country {
                    continue;
                }
                let body: Vec<&str> = body.iter().map(String::as_str).collect();
                for stem in stems(country, COUNTRY_ENDS) {
                    of_country
                        .entry(format!("{}|{stem}", squash(&display(&body))))
                        .or_default()
                        .insert(cluster);
                }
            }
            if of_country.is_empty() {
                continue;
            }
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), [demonym, body @ ..]) = (assigned[a][i], &c.words[..]) else {
                    continue;
                };
                if body.len() < 2 || !reference.is_demonym(demonym) {
                    continue;
                }
                let body: Vec<&str> = body.iter().map(String::as_str).collect();
                let key = squash(&display(&body));
                let owners: FastSet<usize> = stems(demonym, DEMONYM_ENDS)
                    .iter()
                    .filter_map(|stem| of_country.get(&format!("{key}|{stem}")))
                    .flatten()
                    .map(|&c| clusters.find(c))
                    .collect();
                if let Some(only) = sole(owners) {
                    clusters.union(only, cluster);
                }
            }
        }
    }

    /// "N. Korea" after "North Korea", "S. Korea" after "South Korea": a known name of the
    /// same article with its first word cut to its initial.
    fn join_initialled_places(&mut self) {
        let (finds, assigned, reference, clusters) = self.parts();
        for (a, f) in finds.iter().enumerate() {
            let mut known: FastMap<(char, String), usize> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), Some(id), [first, rest @ ..]) =
                    (assigned[a][i], c.reference, &c.name_words()[..])
                else {
                    continue;
                };
                if reference
                    .known(id)
                    .is_none_or(|k| k.kind == EntityKind::Person)
                {
                    continue;
                }
                if let (Some(initial), false) = (first.chars().next(), rest.is_empty()) {
                    let rest = squash(&display(rest));
                    known.insert(
                        (initial.to_lowercase().next().unwrap_or(initial), rest),
                        cluster,
                    );
                }
            }
            if known.is_empty() {
                continue;
            }
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), None, [first, rest @ ..]) =
                    (assigned[a][i], c.reference, &c.name_words()[..])
                else {
                    continue;
                };
                let mut letters = first.chars();
                let (Some(initial), Some('.'), None) =
                    (letters.next(), letters.next(), letters.next())
                else {
                    continue;
                };
                if rest.is_empty() || !initial.is_uppercase() {
                    continue;
                }
                let key = (
                    initial.to_lowercase().next().unwrap_or(initial),
                    squash(&display(rest)),
                );
                if let Some(&full) = known.get(&key) {
                    // The group keeps what reference data says of the full name.
                    let x = clusters.find(full);
                    let reference = clusters.all.get(x).and_then(|c| c.reference);
                    if let Some(cl) = clusters.join(x, cluster) {
                        cl.reference = cl.reference.or(reference);
                        cl.person = false;
                    }
                }
            }
        }
    }

    /// "Woomera Centre" after "Woomera Detention Centre": in one article, a name of two words
    /// is the one three-word name with the same first and last word whose middle word is no
    /// known name, given name or demonym ("Detention"): the same facility or body with its
    /// kind word dropped. Not a person's, nor a known name. Linear: the three-word names are
    /// indexed by their first and last word.
    fn join_dropped_middles(&mut self) {
        let (finds, assigned, reference, clusters) = self.parts();
        for (a, f) in finds.iter().enumerate() {
            let mut longer: FastMap<(String, String), FastSet<usize>> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), [first, middle, last]) = (assigned[a][i], &c.words[..]) else {
                    continue;
                };
                if c.reference.is_some()
                    || person_like(c)
                    || !is_capitalised(middle)
                    || reference.lookup(middle).is_some()
                    || reference.is_given_name(middle)
                    || reference.is_demonym(middle)
                {
                    continue;
                }
                longer
                    .entry((squash(first), squash(last)))
                    .or_default()
                    .insert(clusters.find(cluster));
            }
            if longer.is_empty() {
                continue;
            }
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), [first, last]) = (assigned[a][i], &c.words[..]) else {
                    continue;
                };
                let head = reference.is_org_last(last) || reference.is_place_last(last);
                if c.reference.is_some() || person_like(c) && !head {
                    continue;
                }
                let Some(owners) = longer.get(&(squash(first), squash(last))) else {
                    continue;
                };
                let owners: FastSet<usize> = owners.iter().map(|&o| clusters.find(o)).collect();
                if let Some(only) = sole(owners) {
                    if let Some(cl) = clusters.join(only, cluster) {
                        cl.person = false;
                    }
                }
            }
        }
    }

    /// In one article, a body's name and the same name with more in front: a known place
    /// ("Chicago White Sox" and "White Sox", "NYC Office of Emergency Management" and "Office
    /// of Emergency Management"), or the given names and initials of the person it is named
    /// after ("Donald J. Trump Foundation" and "Trump Foundation"). The shorter name has two
    /// words or more; one word alone is a lone word's business (see `resolve_surname`).
    fn join_longer_forms(&mut self) {
        let (finds, assigned, reference, clusters) = self.parts();
        for (a, f) in finds.iter().enumerate() {
            // Names of two words or more by their text: the cluster, and whether a full
            // personal name built it.
            let mut by_text: FastMap<String, (usize, bool)> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(cluster) = assigned[a][i] else {
                    continue;
                };
                let root = clusters.find(cluster);
                if c.name_count() >= 2 {
                    let person = clusters.all.get(root).is_some_and(|cl| cl.person);
                    by_text.entry(squash(c.text())).or_insert((root, person));
                }
            }
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(cluster) = assigned[a][i] else {
                    continue;
                };
                let words = c.words_str();
                // "Chicago White Sox": the words after a known place of one to three words.
                let place = (1..=3.min(words.len().saturating_sub(2))).find(|&n| {
                    reference
                        .lookup(&display(&words[..n]))
                        .and_then(|id| reference.known(id))
                        .is_some_and(|k| k.kind == EntityKind::Place)
                });
                // "Donald J. Trump Foundation": given names and initials before a surname and
                // an organisation word.
                let named =
                    words.last().is_some_and(|w| reference.is_org_last(w)) && !person_like(c);
                let founder = named
                    .then(|| {
                        words
                            .iter()
                            .position(|w| !(reference.is_given_name(w) || is_dotted_initials(w)))
                    })
                    .flatten()
                    .filter(|&n| n > 0 && words.len() - n >= 2);
                // A team read as a personal name ("White Sox") is the team a place names
                // in full ("Chicago White Sox", no personal name); a foundation is named
                // after a person, never one.
                // "Harlow & Finch Bank" and "Harlow & Finch": a firm's name without its last
                // organisation word, when what is left names no known place ("Los Angeles
                // Times" is no "Los Angeles").
                let head_off = (named && words.len() >= 3)
                    .then(|| &words[..words.len() - 1])
                    .filter(|rest| reference.lookup(&display(rest)).is_none());
                let cuts = [
                    (place.map(|n| &words[n..]), !person_like(c)),
                    (founder.map(|n| &words[n..]), false),
                    // "Union Texas" read as a personal name beside "Union Texas Petroleum"
                    // is the firm's; "Walt Disney" beside "Walt Disney Co" (a given name
                    // first) may be the man.
                    (
                        head_off,
                        head_off.is_some_and(|rest| {
                            rest.first().is_some_and(|w| !reference.is_given_name(w))
                        }),
                    ),
                ];
                for (rest, person_ok) in cuts.into_iter().filter_map(|(r, ok)| Some((r?, ok))) {
                    if rest.first().is_none_or(|w| !is_capitalised(w)) {
                        continue;
                    }
                    let Some(&(short, person)) = by_text.get(&squash(&display(rest))) else {
                        continue;
                    };
                    let long = clusters.find(cluster);
                    let long_person = clusters.all.get(long).is_some_and(|cl| cl.person);
                    if clusters.find(short) != long && !long_person && (person_ok || !person) {
                        clusters.union(short, long);
                    }
                }
            }
        }
    }

    /// "Circuit Systems Inc" and "Circuit Systems", "Consolidated TVX Mining Corp" and
    /// "Consolidated TVX", "E.F. Hutton LBO Inc" and "Hutton LBO" in one article: wire copy
    /// names a firm by its legal name once, then by its first two words or more without the
    /// legal form (and without the given names or initials of the person it is named after).
    /// Joined when one firm of the article opens that way; not a name reference data knows
    /// ("New York" in "New York Life Insurance Co"), nor a person's: a short form read as a
    /// personal name ("Ondrin Trading", "Penn Traffic") is the firm's unless it is a given
    /// name and a family name ("Dale Burdett Inc" and "Dale Burdett") or something in the
    /// article says a person ("Varne Tool Corp" and "Mr. Varne Tool").
    fn join_firm_forms(&mut self) {
        let (finds, assigned, reference, clusters) = self.parts();
        for (a, f) in finds.iter().enumerate() {
            let mut forms: FastMap<String, FastSet<usize>> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(cluster) = assigned[a][i] else {
                    continue;
                };
                let mut core = c.words_str();
                let formal = core.last().is_some_and(|w| reference.is_legal_form(w));
                while core.last().is_some_and(|w| reference.is_legal_form(w)) {
                    core.pop();
                }
                if !formal || c.reference.is_some() || person_like(c) {
                    continue;
                }
                let root = clusters.find(cluster);
                // "E.F. Hutton LBO" → "Hutton LBO"; not "German East Africa" → "East
                // Africa": a given name that is a demonym or a known name says something else,
                // and what is left starts with a surname, no compass, place or generic word.
                let bare_from = core
                    .iter()
                    .position(|w| {
                        let given = reference.is_given_name(w)
                            && !reference.is_demonym(w)
                            && reference.lookup(w).is_none();
                        !(given || is_dotted_initials(w))
                    })
                    .filter(|&n| {
                        core.get(n).is_some_and(|w| {
                            !(reference.is_compass(w)
                                || reference.is_place_first(w)
                                || reference.is_generic(w)
                                || reference.is_org_first(w))
                        })
                    })
                    .unwrap_or(0);
                for from in [0, bare_from] {
                    let Some(rest) = core.get(from..) else {
                        continue;
                    };
                    for n in 2..=rest.len() {
                        let prefix = &rest[..n];
                        let names = prefix.iter().filter(|w| is_capitalised(w)).count();
                        if names >= 2 && prefix.last().is_some_and(|w| is_capitalised(w)) {
                            forms
                                .entry(squash(&display(prefix)))
                                .or_default()
                                .insert(root);
                        }
                    }
                }
            }
            if forms.is_empty() {
                continue;
            }
            // The clusters of this article that a title says are people's ("Mr. Varne",
            // "Chairman Varne ... he"); a speech verb does not, as wire copy has firms say
            // things as often as people.
            let people: FastSet<usize> = f
                .candidates
                .iter()
                .zip(&assigned[a])
                .filter(|(c, _)| c.titled())
                .filter_map(|(_, cluster)| cluster.map(|c| clusters.find(c)))
                .collect();
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(cluster) = assigned[a][i] else {
                    continue;
                };
                if c.reference.is_some() || c.name_count() < 2 {
                    continue;
                }
                let Some(owners) = forms.get(&squash(&display(&c.words_str()))) else {
                    continue;
                };
                let owners: FastSet<usize> = owners.iter().map(|&o| clusters.find(o)).collect();
                let short = clusters.find(cluster);
                let personal_name = match c.name_words()[..] {
                    [first, .., last] => {
                        reference.is_given_name(first) && reference.is_surname(last)
                    }
                    _ => false,
                };
                let person = clusters.all.get(short).is_some_and(|cl| cl.person)
                    && (people.contains(&short) || personal_name);
                if let (Some(firm), false) = (sole(owners), person) {
                    if let Some(cl) = clusters.join(firm, short) {
                        cl.person = false;
                    }
                }
            }
        }
    }

    /// "Viacom" after "Viacom International Inc": wire copy names a firm by its legal name
    /// once, then by its first words, which may be a firm reference data knows. In one
    /// article, a mention of a known firm that is the first words of the one firm's legal name
    /// there is that firm's, mention by mention (its other articles keep the known firm), as
    /// an unknown word is ([`ArticleIndex::firm`]). Not a name that is the surname of a person
    /// of the article ("Steve Forbes" and "Forbes Media LLC": "Forbes" alone may be either);
    /// not before a place in the firm's name ("Nissan North America Inc.": a national arm,
    /// not the firm). Not a known town or state: "Texas regulators" beside "Texas Instruments
    /// Inc" is the state, and nothing the merger sees tells it from "Sale is paying" after
    /// "<Sale Tilney Plc>". Linear: one pass gathers the firms' first words, one looks each
    /// known firm up.
    fn join_firm_short_forms(&mut self) {
        let (finds, reference) = (self.finds, self.reference);
        for (a, f) in finds.iter().enumerate() {
            // First words, squashed → the firms' candidates, and whether a known place
            // follows them in the name.
            let mut firsts: FastMap<String, Vec<(usize, bool)>> = FastMap::default();
            let mut surnames: FastSet<String> = FastSet::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let known_person = c
                    .reference
                    .and_then(|id| reference.known(id))
                    .is_some_and(|k| k.kind == EntityKind::Person);
                if person_like(c) || known_person {
                    if let Some(last) = surname_word(&c.name_words()) {
                        surnames.insert(squash(last));
                    }
                }
                let mut core = c.words_str();
                let formal = core.last().is_some_and(|w| reference.is_legal_form(w));
                if c.reference.is_some() || !formal {
                    continue;
                }
                while core.last().is_some_and(|w| reference.is_legal_form(w)) {
                    core.pop();
                }
                for n in 1..core.len().min(4) {
                    let (Some(head), Some(rest)) = (core.get(..n), core.get(n..)) else {
                        continue;
                    };
                    if head.last().is_some_and(|w| is_capitalised(w)) {
                        let placed = (0..rest.len()).any(|k| {
                            (k + 1..=rest.len().min(k + 3)).any(|end| {
                                reference
                                    .lookup(&display(&rest[k..end]))
                                    .and_then(|id| reference.known(id))
                                    .is_some_and(|known| known.kind == EntityKind::Place)
                            })
                        });
                        firsts
                            .entry(squash(&display(head)))
                            .or_default()
                            .push((i, placed));
                    }
                }
            }
            if firsts.is_empty() {
                continue;
            }
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(known) = c.reference.and_then(|id| reference.known(id)) else {
                    continue;
                };
                let key = squash(&display(&c.words_str()));
                if known.kind != EntityKind::Organization || c.dateline || surnames.contains(&key) {
                    continue;
                }
                let Some(firms) = firsts.get(&key) else {
                    continue;
                };
                let owner = self.sole_owner(
                    a,
                    firms
                        .iter()
                        .filter(|&&(_, placed)| !placed)
                        .map(|&(j, _)| j),
                );
                if let (Some(owner), Some(slot)) = (owner, self.assigned[a].get_mut(i)) {
                    *slot = Some(owner);
                    self.moved.insert((a, i));
                }
            }
        }
    }

    /// The one cluster that article `a`'s candidates `of` are assigned to (None if none is
    /// assigned, or they lie in more than one).
    fn sole_owner(&mut self, a: usize, of: impl IntoIterator<Item = usize>) -> Option<usize> {
        let owners: FastSet<usize> = of
            .into_iter()
            .filter_map(|j| self.assigned[a].get(j).copied().flatten())
            .map(|cl| self.clusters.find(cl))
            .collect();
        sole(owners)
    }

    /// "Nippon Kokan" after "Nippon Kokan KK": a firm's short form that opens with a known
    /// name is read as that name and a word after it ("Nippon", Japan, then "Kokan"); in one
    /// article, a known name and the next name, one space apart, that together open the
    /// one firm's legal name there (or a letter off a long one) are that firm's, both.
    /// Linear: one pass gathers the firms' openings, one looks each pair of neighbours up.
    fn join_split_firm_forms(&mut self, articles: &[Article]) {
        let (finds, reference) = (self.finds, self.reference);
        for (a, f) in finds.iter().enumerate() {
            let Some(article) = articles.get(a) else {
                continue;
            };
            // Each one-deletion key of an opening → the opening and its firm.
            let mut openings: FastMap<String, Vec<(String, usize)>> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(core) = legal_core(c, reference) else {
                    continue;
                };
                for n in 2..=core.len().min(4) {
                    let Some(head) = core.get(..n) else {
                        continue;
                    };
                    let key = squash(&display(head));
                    for d in deletions(&key) {
                        openings.entry(d).or_default().push((key.clone(), i));
                    }
                }
            }
            if openings.is_empty() {
                continue;
            }
            for (i, pair) in f.candidates.windows(2).enumerate() {
                let [known, next] = pair else {
                    continue;
                };
                let spaced = known.block == next.block
                    && article
                        .block_text(known.block)
                        .get(known.end as usize..next.start as usize)
                        == Some(" ");
                if known.reference.is_none() || known.dateline || !spaced {
                    continue;
                }
                let mut words = known.words_str();
                words.extend(next.words_str());
                // "The Japan Find said" after "The Japan Fund Inc": a letter wrong in a long
                // opening too.
                let key = squash(&display(&words));
                let typo_ok = key.chars().count() >= 8;
                let firms: Vec<usize> = deletions(&key)
                    .iter()
                    .filter_map(|d| openings.get(d))
                    .flatten()
                    .filter(|(opening, _)| {
                        *opening == key || typo_ok && within_one_edit(opening, &key)
                    })
                    .map(|&(_, j)| j)
                    .collect();
                let Some(owner) = self.sole_owner(a, firms.iter().copied()) else {
                    continue;
                };
                for k in [i, i + 1] {
                    if let Some(slot) = self.assigned[a].get_mut(k) {
                        *slot = Some(owner);
                    }
                }
                self.moved.insert((a, i));
            }
        }
    }

    /// "Santos said" after "Santos Ltd", where reference data knows Santos for a city: wire
    /// copy names a firm by the one word its legal name is made of (beside line-of-business
    /// words: "Santos Ltd", "Woodside Petroleum Ltd"), and that word may be a town's. In one
    /// article, the mentions of a known town or city (no country) that is that word of the
    /// one firm of the article so named are the firm's, when none of them says a place ("in
    /// Santos", a dateline) and no person of the article has it for a
    /// surname. Not a firm whose name goes on with a word of its own ("Texas Instruments
    /// Inc": "Texas" alone is the state). Linear: one pass gathers the firms' words and the
    /// known places' mentions, one joins each place to its firm.
    fn join_firm_towns(&mut self) {
        let (finds, reference) = (self.finds, self.reference);
        for (a, f) in finds.iter().enumerate() {
            let mut firms: FastMap<String, Vec<usize>> = FastMap::default();
            let mut surnames: FastSet<String> = FastSet::default();
            for (i, c) in f.candidates.iter().enumerate() {
                if person_like(c) {
                    if let Some(last) = surname_word(&c.name_words()) {
                        surnames.insert(squash(last));
                    }
                }
                let Some(core) = legal_core(c, reference) else {
                    continue;
                };
                if let [lead, business @ ..] = &core[..] {
                    let lines = business
                        .iter()
                        .all(|w| reference.is_org_last(w) || reference.is_generic(w));
                    if lines {
                        firms.entry(squash(lead)).or_default().push(i);
                    }
                }
            }
            if firms.is_empty() {
                continue;
            }
            // Known town → its mentions here, and whether one of them says a place.
            let mut towns: FastMap<u32, (Vec<usize>, bool)> = FastMap::default();
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(id) = c.reference.filter(|_| c.words.len() == 1) else {
                    continue;
                };
                let town = reference
                    .known(id)
                    .is_some_and(|k| k.kind == EntityKind::Place && !k.country);
                if !town || !firms.contains_key(&squash(c.text())) {
                    continue;
                }
                let entry = towns.entry(id).or_default();
                entry.0.push(i);
                entry.1 |= c.dateline || c.team || c.evidence.place > 10;
            }
            let mut towns: Vec<(u32, (Vec<usize>, bool))> = towns.into_iter().collect();
            towns.sort_unstable_by_key(|&(id, _)| id);
            for (_, (mentions, placed)) in towns {
                let Some(key) = mentions
                    .first()
                    .and_then(|&i| f.candidates.get(i))
                    .map(|c| squash(c.text()))
                else {
                    continue;
                };
                if placed || surnames.contains(&key) {
                    continue;
                }
                let Some(owner) =
                    self.sole_owner(a, firms.get(&key).into_iter().flatten().copied())
                else {
                    continue;
                };
                for i in mentions {
                    if let Some(slot) = self.assigned[a].get_mut(i) {
                        *slot = Some(owner);
                        self.moved.insert((a, i));
                    }
                }
            }
        }
    }

    /// "U.S. Mission" and "Mission": joined when only one country's is named.
    fn join_country_prefixed(&mut self, by_key: &FastMap<String, usize>) {
        let (finds, assigned, reference, clusters) = self.parts();
        let mut prefixed: FastMap<String, FastSet<usize>> = FastMap::default();
        for (a, f) in finds.iter().enumerate() {
            for (i, c) in f.candidates.iter().enumerate() {
                let (Some(cluster), [first, rest @ ..]) = (assigned[a][i], &c.words[..]) else {
                    continue;
                };
                let is_country = reference
                    .lookup(first)
                    .and_then(|id| reference.known(id))
                    .is_some_and(|k| k.country);
                if rest.is_empty() || !(is_country || reference.is_demonym(first)) {
                    continue;
                }
                let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
                prefixed
                    .entry(squash(&display(&rest)))
                    .or_default()
                    .insert(cluster);
            }
        }
        for (rest, owners) in prefixed {
            if let (Some(&bare), Some(only)) = (by_key.get(&rest), sole(owners)) {
                clusters.union(bare, only);
            }
        }
    }

    /// The person (or short form) of article `a` that lone `word` stands for, if any.
    fn resolve_surname(
        &mut self,
        a: usize,
        word: &str,
        at: (u32, u32),
        courtesy: Option<bool>,
        index: &ArticleIndex,
        earlier: &mut FastMap<String, usize>,
    ) -> Option<usize> {
        let (finds, reference) = (self.finds, self.reference);
        let (f, assigned, clusters) = (&finds[a], &self.assigned[a][..], &mut self.clusters);
        let key = surname_key(word, reference);
        // A nickname of a person named in this article with it.
        let nicknamed = index.nick.get(&variant_key(word)).into_iter().flatten();
        if let Some(only) = only_cluster(nicknamed.copied(), assigned, clusters) {
            return Some(only);
        }
        let long = key.chars().count() >= 6;
        // The names this word may stand for: same surname, same first word, or (for long
        // surnames) one letter apart.
        let mut maybe: Vec<usize> = index
            .last
            .get(&key)
            .into_iter()
            .chain(index.first.get(&key))
            .flatten()
            .copied()
            .collect();
        if long {
            for d in deletions(&key) {
                maybe.extend(index.near.get(&d).into_iter().flatten().copied());
            }
        }
        maybe.sort_unstable();
        maybe.dedup();
        // "Arduino" beside "Arduino LLC" and "Arduino SRL": a word that opens a body's name
        // of the article too is no family name written first.
        // ("Deadline Big Media" beside "Deadline Big Media With David Lieberman" is one
        // name's start, no other name.)
        let bodies: Vec<Vec<&str>> = index
            .first
            .get(&key)
            .into_iter()
            .flatten()
            .filter_map(|&i| f.candidates.get(i))
            .filter(|c| c.name_count() >= 2 && !person_like(c))
            .map(|c| c.name_words())
            .collect();
        // "Mr. Trump" is no "Ivanka Trump", "Ms. Trump" no "Donald Trump": a title's gender
        // against a given name of one gender only (or a role noun: "his daughter Ivanka
        // Trump"), for the person and the mentions already joined to them. Where the article
        // gives the surname alone a title of the other gender ("Mr. Trump" beside "Ivanka
        // Trump", the only Trump named in full), the surname without a title ("President
        // Trump", "the Trump administration") is not hers either: it stands for the one
        // everybody knows by it.
        let mismatched: FastSet<usize> = maybe
            .iter()
            .filter_map(|&i| {
                let other = f.candidates.get(i)?;
                let cluster = assigned.get(i).copied().flatten()?;
                let gender = told_gender(other)?;
                (other.name_count() >= 2 && index.against(&key, courtesy, gender))
                    .then(|| clusters.find(cluster))
            })
            .collect();
        // Persons named in full in this article, with where they were named.
        let mut exact: Vec<((u32, u32), usize)> = Vec::new();
        let mut near: Vec<((u32, u32), usize)> = Vec::new();
        // "Eloise" after "Eloise Parry": people named in full with this given name first.
        let mut given: FastSet<usize> = FastSet::default();
        for i in maybe {
            let (Some(other), Some(cluster)) =
                (f.candidates.get(i), assigned.get(i).copied().flatten())
            else {
                continue;
            };
            // A lone surname already known as a person counts too, for typos of it.
            let root = clusters.find(cluster);
            if mismatched.contains(&root) {
                continue;
            }
            let lone_person =
                other.name_count() == 1 && clusters.all.get(root).is_some_and(|c| c.person);
            if !person_like(other) && !lone_person {
                continue;
            }
            let words = other.name_words();
            let (Some(first), Some(last)) = (words.first(), surname_word(&words)) else {
                continue;
            };
            // A relative named by a given name alone has the family name of the person
            // named before it.
            let last_key = index
                .relatives
                .get(&i)
                .cloned()
                .unwrap_or_else(|| surname_key(last, reference));
            // A family name written first: "Ban Ki-moon", or "Yoon Suk Yeol" then "Yoon" (a word
            // that is no given name).
            let hyphenated_given = words.len() == 2
                && last
                    .split_once('-')
                    .is_some_and(|(_, tail)| tail.chars().next().is_some_and(char::is_lowercase));
            let unknown_first = !reference.is_given_name(word) && !reference.is_given_name(first);
            let opens_body = bodies
                .iter()
                .any(|b| !(words.starts_with(b) || b.starts_with(&words)));
            let family_first = !lone_person && !opens_body && (hyphenated_given || unknown_first);
            let at = (other.block, other.start);
            let middle =
                middle_surname(other, reference).is_some_and(|m| surname_key(m, reference) == key);
            if last_key == key || middle || family_first && variant_key(first) == key {
                exact.push((at, root));
            } else if long && within_one_edit(&last_key, &key) {
                near.push((at, root));
            } else if !lone_person
                && words.len() >= 2
                && variant_key(first) == variant_key(word)
                && reference.is_given_name(word)
            {
                given.insert(root);
            }
        }
        // Two people of one surname: once the surname alone has stood for one of them, it
        // goes on meaning that one (a relative is then named in full: "His brother, Pavel
        // Morozov"); until then news refers back to the one named in full last before it
        // ("James Roosevelt Jr. ... Roosevelt, who served"); before any is named in full, or
        // in the title, the one named in full most often, then first: the one the article is
        // about.
        let in_title = at.0 == Mention::TITLE;
        let before = earlier.get(&key).map(|&c| clusters.find(c));
        let nearest = |list: &[((u32, u32), usize)]| -> Option<usize> {
            if in_title {
                return None;
            }
            if let Some(c) = before.filter(|c| list.iter().any(|&(_, other)| other == *c)) {
                return Some(c);
            }
            list.iter()
                .filter(|&&(named, _)| named < at)
                .max_by_key(|&&(named, _)| named)
                .map(|&(_, cluster)| cluster)
        };
        let pick = |list: &[((u32, u32), usize)]| -> Option<usize> {
            let mut tally: FastMap<usize, (usize, std::cmp::Reverse<(u32, u32)>)> =
                FastMap::default();
            for &(at, cluster) in list {
                let entry = tally.entry(cluster).or_insert((0, std::cmp::Reverse(at)));
                entry.0 += 1;
                entry.1 = entry.1.max(std::cmp::Reverse(at));
            }
            tally
                .into_iter()
                .max_by_key(|&(c, t)| (t, std::cmp::Reverse(c)))
                .map(|(c, _)| c)
        };
        if let Some(cluster) = nearest(&exact)
            .or_else(|| pick(&exact))
            .or_else(|| nearest(&near))
            .or_else(|| pick(&near))
        {
            if !in_title {
                earlier.insert(key, cluster);
            }
            return Some(cluster);
        }
        // A given name alone, no one's surname here, stands for the one person of the
        // article named in full with it (news uses first names for children, victims and
        // the subjects of features: "Eloise Parry ... Eloise").
        if let Some(only) = sole(given) {
            return Some(only);
        }
        // "Exco" after "Exco International Plc", "Esselte" after "Esselte Business Systems
        // Inc's Esselte Meto division": the one firm named by its legal name with that word
        // (no person of the article has it for a surname: "Thomas McKiernan, McKiernan and Co
        // chairman ... McKiernan said" is the man).
        if index.firms.contains_key(word) {
            return index.firm(word, f, reference, assigned, clusters);
        }
        // "Arduino" beside "Arduino LLC" and "Arduino SRL" is the short form of neither:
        // names that go on differently after it.
        let next_words: FastSet<&str> = index
            .first
            .get(&key)
            .into_iter()
            .flatten()
            .filter_map(|&i| f.candidates.get(i))
            .filter_map(|c| c.name_words().get(1).copied())
            .collect();
        if next_words.len() > 1 {
            return None;
        }
        index.short_form(word, f, reference, assigned, clusters)
    }

    /// The people named in full that something says are people (a given name first, a
    /// title, "said", "who"): only their surnames stand for them in other articles and
    /// headlines. "Native American", "Comedy Central", "Area X" read as two-word personal
    /// names with nothing for a person lend "American", "Central" or "X" to no one.
    fn vouched_persons(&mut self) -> FastSet<usize> {
        let (finds, assigned, clusters) = (self.finds, &self.assigned, &mut self.clusters);
        let mut vouched = FastSet::default();
        for (a, f) in finds.iter().enumerate() {
            for (i, c) in f.candidates.iter().enumerate() {
                if let (true, Some(cluster)) = (person_like(c), assigned[a][i]) {
                    if c.evidence.person > 0 {
                        vouched.insert(clusters.find(cluster));
                    }
                }
            }
        }
        vouched
    }

    /// The only person of the collection with the surname of `word`, if only one and
    /// `vouched` (something says it is a person).
    fn only_person(
        &mut self,
        word: &str,
        surnames: &FastMap<String, FastSet<usize>>,
        vouched: &FastSet<usize>,
    ) -> Option<usize> {
        let (reference, clusters) = (self.reference, &mut self.clusters);
        let everywhere: FastSet<usize> = surnames
            .get(&exact_surname_key(word, reference))?
            .iter()
            .map(|&c| clusters.find(c))
            .collect();
        sole(everywhere).filter(|only| vouched.contains(only))
    }

    /// "X and Y": a name with no evidence of its own takes the kind of its well-known partner.
    fn add_coordination(&mut self) {
        let (finds, assigned, clusters) = (self.finds, &self.assigned, &mut self.clusters);
        let mut gains: Vec<(usize, EntityKind)> = Vec::new();
        for (a, f) in finds.iter().enumerate() {
            for (i, c) in f.candidates.iter().enumerate() {
                let Some(j) = c.coordinated else { continue };
                let (Some(x), Some(y)) = (
                    assigned[a].get(i).copied().flatten(),
                    assigned[a].get(j).copied().flatten(),
                ) else {
                    continue;
                };
                let (x, y) = (clusters.find(x), clusters.find(y));
                for (weak, strong) in [(x, y), (y, x)] {
                    let (Some(w), Some(s)) = (clusters.all.get(weak), clusters.all.get(strong))
                    else {
                        continue;
                    };
                    if w.evidence.strength() < 2 && s.evidence.strength() >= 5 {
                        gains.push((weak, s.evidence.kind()));
                    }
                }
            }
        }
        for (cluster, kind) in gains {
            if let Some(cl) = clusters.all.get_mut(cluster) {
                cl.evidence.add(kind, 2);
            }
        }
    }

    /// Title Case headlines: only names already known from running text or reference data.
    fn add_headlines(
        &mut self,
        by_reference: &mut FastMap<u32, usize>,
        caps: &CapsStats,
        vouched: &FastSet<usize>,
    ) {
        let (finds, assigned, reference, clusters) = self.parts();
        let mut surfaces: FastMap<String, FastSet<usize>> = FastMap::default();
        // Last words of personal names nothing says are people's: they stand for no name of
        // another article.
        let mut weak: FastSet<String> = FastSet::default();
        for (a, f) in finds.iter().enumerate() {
            for (i, c) in f.candidates.iter().enumerate() {
                if let Some(cluster) = assigned[a].get(i).copied().flatten() {
                    let root = clusters.find(cluster);
                    surfaces
                        .entry(spaced_key(c.text()))
                        .or_default()
                        .insert(root);
                    // "Trump Says" for Donald Trump; not "American Flag" for a "Native
                    // American" nothing says is a person.
                    if person_like(c) {
                        if let Some(last) = c.name_words().last() {
                            surfaces.entry(spaced_key(last)).or_default().insert(root);
                            if !vouched.contains(&root) {
                                weak.insert(spaced_key(last));
                            }
                        }
                    }
                }
            }
        }
        const LONGEST: usize = 6;
        for (a, f) in finds.iter().enumerate() {
            let here: FastSet<usize> = assigned[a]
                .iter()
                .flatten()
                .map(|&c| clusters.find(c))
                .collect();
            for run in &f.headlines {
                let mut k = 0;
                while k < run.words.len() {
                    let mut hit = None;
                    for len in (1..=LONGEST.min(run.words.len() - k)).rev() {
                        let window = &run.words[k..k + len];
                        let words: Vec<&str> = window.iter().map(|w| w.2.as_str()).collect();
                        let text = display(&words);
                        let by_text = surfaces.get(&spaced_key(&text)).and_then(|owners| {
                            let local: Vec<usize> = owners
                                .iter()
                                .copied()
                                .filter(|c| here.contains(c))
                                .collect();
                            // "Man Drives Car Into Ocean", "The Future Of TV": a word of
                            // another article's name that the collection writes in lowercase,
                            // or a word that never names alone, is that word here.
                            // A compass word alone names a region only after "the".
                            let ordinary = len == 1
                                && (caps.is_ordinary(&text, reference)
                                    || reference.is_stop(&text)
                                    || reference.is_compass(&text));
                            match (&local[..], owners.len()) {
                                ([only], _) => Some(*only),
                                ([], 1) if !ordinary && !weak.contains(&spaced_key(&text)) => {
                                    owners.iter().next().copied()
                                }
                                _ => None,
                            }
                        });
                        let known = || {
                            let id = reference.lookup(&text)?;
                            let all_caps_ok = !is_all_caps(&text) || len == 1;
                            all_caps_ok.then(|| {
                                *by_reference
                                    .entry(id)
                                    .or_insert_with(|| clusters.new_cluster(Some(id), false))
                            })
                        };
                        if let Some(cluster) = by_text.or_else(known) {
                            hit = Some((len, cluster, text));
                            break;
                        }
                    }
                    let Some((len, cluster, text)) = hit else {
                        k += 1;
                        continue;
                    };
                    let (Some(first), Some(last)) = (run.words.get(k), run.words.get(k + len - 1))
                    else {
                        break;
                    };
                    let cluster = clusters.find(cluster);
                    if let Some(cl) = clusters.all.get_mut(cluster) {
                        if let Some(k) = cl.reference.and_then(|id| reference.known(id)) {
                            if cl.evidence.strength() == 0 {
                                cl.evidence.add(k.kind, 10);
                            }
                        }
                        *cl.surfaces.entry(text).or_default() += 1;
                        cl.mentions.entry(a as u32).or_default().push(Mention {
                            block: run.block,
                            start: first.0,
                            end: last.1,
                        });
                    }
                    k += len;
                }
            }
        }
    }
}

/// Groups the names found in all articles into entities.
pub fn merge(
    finds: &[ArticleFinds],
    articles: &[Article],
    reference: &Reference,
    caps: &CapsStats,
) -> Vec<Entity> {
    let mut state = MergeState {
        finds,
        reference,
        clusters: Clusters::default(),
        assigned: finds
            .iter()
            .map(|f| vec![None; f.candidates.len()])
            .collect(),
        moved: FastSet::default(),
    };
    let mut by_reference: FastMap<u32, usize> = FastMap::default();
    let mut by_team: FastMap<u32, usize> = FastMap::default();
    let mut by_person: FastMap<(String, String), usize> = FastMap::default();
    let mut by_key: FastMap<String, usize> = FastMap::default();

    // Known names and full names first.
    for (a, f) in finds.iter().enumerate() {
        let surnames_here = surnames_in(f, reference);
        let given_surnames = given_surnames_in(f, reference);
        let particled = particled_surnames(f, reference);
        // "Florida" where the article writes "beat Florida": the team, in all its mentions
        // there; not the city of the article's dateline ("BOSTON — ... Boston forward X"),
        // which names where the story was filed.
        let datelines: FastSet<u32> = f
            .candidates
            .iter()
            .filter(|c| c.dateline)
            .filter_map(|c| c.reference)
            .collect();
        let teams: FastSet<u32> = f
            .candidates
            .iter()
            .filter(|c| c.team)
            .filter_map(|c| c.reference)
            .filter(|id| !datelines.contains(id))
            .collect();
        for (i, c) in f.candidates.iter().enumerate() {
            // "Lincoln" where the article names Abraham Lincoln, "Forbes" where it names Steve
            // Forbes, "Fox" where it names Vicente Fox, with nothing but reference data saying
            // it is a place or a body: news refers back to a person named in full by the
            // surname alone; the surname of the person, not the town or the firm known by
            // that name.
            // A firm's name needs a person whose given name says one ("SUVs Uber" is no
            // person's name).
            let key = surname_key(c.text(), reference);
            let surname_of_person = c.reference.is_some_and(|id| {
                reference.known(id).is_some_and(|k| {
                    let person = match k.kind {
                        EntityKind::Place => surnames_here.contains(&key),
                        EntityKind::Organization => given_surnames.contains(&key),
                        EntityKind::Person => false,
                    };
                    person && !k.country && c.evidence.points(k.kind) <= 10
                })
            }) && c.words.len() == 1;
            // "Mr Fox", "Ms Paris", "Queen Victoria": a title that tells a gender makes a
            // lone known word a person's name in that mention, whatever reference data says
            // the word names elsewhere (a title's points at least: "we'll miss Rosetta" is
            // no "Miss Rosetta").
            let titled = c.courtesy.is_some()
                && c.evidence.person >= 5
                && c.words.len() == 1
                && c.reference
                    .and_then(|id| reference.known(id))
                    .is_some_and(|k| k.kind != EntityKind::Person);
            let cluster = if surname_of_person || titled {
                // What reference data says of the name is not said of the person.
                state.moved.insert((a, i));
                continue;
            } else if let Some(id) = c.reference.filter(|id| teams.contains(id)) {
                *by_team.entry(id).or_insert_with(|| {
                    let cluster = state.clusters.new_cluster(Some(id), false);
                    if let Some(cl) = state.clusters.all.get_mut(cluster) {
                        cl.team = true;
                    }
                    cluster
                })
            } else if let Some(id) = c.reference {
                *by_reference
                    .entry(id)
                    .or_insert_with(|| state.clusters.new_cluster(Some(id), false))
            } else if particle_led(c, reference)
                .is_some_and(|last| particled.contains(&surname_key(last, reference)))
            {
                // "Van Buuren" at a sentence start, after "Jelle van Buuren": the surname.
                continue;
            } else if person_like(c) {
                match person_key(c, reference) {
                    Some(key) => *by_person
                        .entry(key)
                        .or_insert_with(|| state.clusters.new_cluster(None, true)),
                    None => continue,
                }
            } else if c.name_count() >= 2 {
                *by_key
                    .entry(name_key(c))
                    .or_insert_with(|| state.clusters.new_cluster(None, false))
            } else {
                continue;
            };
            state.assigned[a][i] = Some(cluster);
        }
    }
    state.join_firm_short_forms();
    state.join_split_firm_forms(articles);
    state.join_firm_towns();
    state.join_same_text();
    state.join_typos(&by_person);
    state.join_tails();
    state.join_country_prefixed(&by_key);
    state.join_longer_forms();
    state.join_dropped_middles();
    state.join_firm_forms();
    state.join_newsrooms();
    state.join_initialled_places();
    state.join_demonym_of();

    // Acronyms defined in the text.
    let defined = definitions(finds, &state.assigned, &mut state.clusters);

    // Acronyms the text spells out in lowercase words ("excess reserves (ER)"): terms, not
    // names, wherever they stand.
    let terms: FastSet<String> = finds
        .iter()
        .flat_map(|f| &f.candidates)
        .filter(|c| c.spelled)
        .map(|c| acronyms::normal(c.text()))
        .collect();

    // Persons by surname across the collection, for lone surnames, by the surname as
    // written; only people something says are people are joined to ([`Self::only_person`]).
    let vouched = state.vouched_persons();
    let mut surnames: FastMap<String, FastSet<usize>> = FastMap::default();
    // Cluster → the gender its given name tells ("Michael Haley": male).
    let mut genders: FastMap<usize, bool> = FastMap::default();
    for (a, f) in finds.iter().enumerate() {
        for (i, c) in f.candidates.iter().enumerate() {
            let Some(root) = state.assigned[a][i].map(|c| state.clusters.find(c)) else {
                continue;
            };
            // A nickname ("Faker" in `Lee “Faker” Sang-hyeok`) names its person alone too.
            if let Some(nick) = &c.nickname {
                surnames.entry(squash(nick)).or_default().insert(root);
            }
            if let (true, Some(last)) = (person_like(c), surname_word(&c.name_words())) {
                surnames
                    .entry(exact_surname_key(last, reference))
                    .or_default()
                    .insert(root);
                if let Some(gender) = told_gender(c) {
                    genders.insert(root, gender);
                }
            }
        }
    }

    // Lone words, each looked up in indexes of the names of its article and of the
    // collection (never compared with every name).
    let acronym_index = AcronymIndex::new(finds, &state.assigned);
    let mut global_acronyms: FastMap<String, Option<usize>> = FastMap::default();
    let mut by_word: FastMap<String, usize> = FastMap::default();
    let reach = Reach::new(&mut state, &surnames);
    let lone = lone_evidence(finds, &state.assigned);
    let apart = lone_words_apart(&lone);
    for (a, f) in finds.iter().enumerate() {
        if state.assigned[a].iter().all(Option::is_some) {
            continue;
        }
        let mut index = ArticleIndex::new(f, reference, caps);
        index.bodies = body_clusters(f, &state.assigned[a], &mut state.clusters);
        if let Some(article) = articles.get(a) {
            index.add_relatives(f, article, reference);
        }
        let own = definitions(
            std::slice::from_ref(f),
            &state.assigned[a..],
            &mut state.clusters,
        );
        let mut earlier: FastMap<String, usize> = FastMap::default();
        for (i, c) in f.candidates.iter().enumerate() {
            if state.assigned[a][i].is_some() {
                continue;
            }
            let Some(word) = particle_led(c, reference)
                .or_else(|| c.name_words().first().copied())
                .map(str::to_string)
            else {
                continue;
            };
            // "Kylie Morrow's mother Elizabeth": a person of that family, named by her given
            // name; one of the collection's people of that given name and family name.
            if let Some(family) = index.relatives.get(&i) {
                let cluster = *by_person
                    .entry((variant_key(&word), family.clone()))
                    .or_insert_with(|| state.clusters.new_cluster(None, true));
                state.assigned[a][i] = Some(cluster);
                continue;
            }
            // "the Commission": the full name the article gives ("European Commission"), if
            // only one, else no entity.
            if c.name_count() == 1 && !c.is_acronym() && reference.is_generic(&word) {
                state.assigned[a][i] =
                    index.generic(&word, f, &state.assigned[a], &mut state.clusters);
                continue;
            }
            // "the North" after "North Korea" and "South Korea": one half of a divided country.
            if c.name_count() == 1 && reference.is_compass(&word) {
                if let Some(cluster) = index.half(&word, &state.assigned[a], &mut state.clusters) {
                    state.assigned[a][i] = Some(cluster);
                    continue;
                }
            }
            // "the Times" after "The New York Times": an organisation's head word alone.
            if c.name_count() == 1 && reference.is_org_last(&word) {
                if let Some(cluster) =
                    index.generic(&word, f, &state.assigned[a], &mut state.clusters)
                {
                    state.assigned[a][i] = Some(cluster);
                    continue;
                }
            }
            if c.is_acronym() && terms.contains(&acronyms::normal(&word)) {
                continue;
            }
            // "Sepa" after "Scottish Environment Protection Agency (Sepa)": an acronym
            // written as a word, once the text has defined it (its own article first).
            let word_acronym = (c.name_count() == 1 && !c.is_acronym())
                .then(|| {
                    let acronym = acronyms::normal(&word);
                    own.get(&acronym)
                        .copied()
                        .unwrap_or_else(|| defined.get(&acronym).copied().flatten())
                })
                .flatten();
            // "CalMac" after "Caledonian MacBrayne": the start of each word of a name.
            let contracted = (c.name_count() == 1 && !reference.is_given_name(&word))
                .then(|| {
                    index.contraction(&word, f, reference, &state.assigned[a], &mut state.clusters)
                })
                .flatten();
            let found = if let Some(cluster) = word_acronym.or(contracted) {
                Some(cluster)
            } else if c.is_acronym() {
                // What the article itself says comes first: its own definition, then its
                // names the acronym spells ("FCC" in an article naming the Federal
                // Communications Commission is no Federal Constitutional Court another
                // article defines); the collection's only for an article that says nothing.
                let acronym = acronyms::normal(&word);
                match own.get(&acronym) {
                    Some(&cluster) => cluster,
                    // "RMJ" after "RMJ Holdings Corp": a word of a firm's legal name, before
                    // the names whose initials it spells ("RMJ Securities" too).
                    None if index.firms.contains_key(&word) => {
                        index.firm(&word, f, reference, &state.assigned[a], &mut state.clusters)
                    }
                    None => {
                        match index.acronym(&acronym, &state.assigned[a], &mut state.clusters) {
                            Local::One(cluster) => Some(cluster),
                            Local::Several => None,
                            Local::None if index.short.contains_key(&word) => index.short_form(
                                &word,
                                f,
                                reference,
                                &state.assigned[a],
                                &mut state.clusters,
                            ),
                            Local::None => defined.get(&acronym).copied().flatten().or_else(|| {
                                *global_acronyms.entry(acronym.clone()).or_insert_with(|| {
                                    acronym_index.only(
                                        &acronym,
                                        &state.assigned,
                                        &mut state.clusters,
                                    )
                                })
                            }),
                        }
                    }
                }
            } else {
                let at = (c.block, c.start);
                // "Lord Krishna" after "the Hare Krishna movement": a title says a person
                // where the article's name says a body; two entities.
                let titled = c.titled() || c.evidence.person >= 5;
                state
                    .resolve_surname(a, &word, at, c.courtesy, &index, &mut earlier)
                    .or_else(|| {
                        state
                            .only_person(&word, &surnames, &vouched)
                            .filter(|&person| reach.follows(&word, person, reference))
                            // "Ms. Haley" is no "Michael Haley" of another article.
                            .filter(|person| {
                                genders.get(person).is_none_or(|&g| {
                                    !index.against(&surname_key(&word, reference), c.courtesy, g)
                                })
                            })
                            // "Man’s greed ..." is no "Iron Man" of another article: a word
                            // the collection writes in lowercase proves nothing at a
                            // sentence start.
                            .filter(|_| !(c.initial && caps.is_ordinary(&word, reference)))
                            // "in Redmond, Washington" is no Gary Redmond of another
                            // article: a word its own article makes a place or a body.
                            .filter(|_| {
                                lone.get(&(lone_word_key(&word), a))
                                    .is_none_or(|&e| told_kind(e).is_none())
                            })
                    })
                    .filter(|cluster| !(titled && index.bodies.contains(cluster)))
            };
            // "MONTGOMERY, Ala." and "Montgomery": one word, whatever its case; "Snopes.com"
            // and "Snopes": a site is named by its address too.
            // "TheFacebook" in an article that names "Facebook": the name with "The" glued
            // before it, as firms and sites wrote their early names.
            let glued = word
                .strip_prefix("The")
                .filter(|rest| rest.starts_with(char::is_uppercase) && !is_all_caps(rest))
                .and_then(|rest| {
                    f.candidates
                        .iter()
                        .position(|o| o.name_count() == 1 && o.text() == rest)
                        .map(|j| (rest, state.assigned[a].get(j).copied().flatten()))
                });
            let found = found.or(glued.and_then(|(_, cluster)| cluster));
            let cluster = found.unwrap_or_else(|| {
                let key = lone_word_key(glued.map_or(word.as_str(), |(rest, _)| rest));
                // "the Amazon" where the article's own words make it a place, while the
                // collection's other articles make "Amazon" a firm: a name of its own there.
                let key = match apart.get(&(a, key.clone())) {
                    Some(kind) => format!("{key}#{}", kind.as_str()),
                    None => key,
                };
                *by_word
                    .entry(key)
                    .or_insert_with(|| state.clusters.new_cluster(None, false))
            });
            state.assigned[a][i] = Some(cluster);
        }
    }

    // Mentions and evidence.
    for (a, f) in finds.iter().enumerate() {
        for (i, c) in f.candidates.iter().enumerate() {
            let Some(cluster) = state.assigned[a][i].map(|c| state.clusters.find(c)) else {
                continue;
            };
            if let Some(cl) = state.clusters.all.get_mut(cluster) {
                let mut evidence = c.evidence;
                if let Some(k) = c.reference.and_then(|id| reference.known(id)) {
                    if state.moved.contains(&(a, i)) {
                        evidence.add(k.kind, -10);
                    }
                }
                // What "the game X" says of X ("the X": an organisation) is not evidence
                // for a name.
                if !c.work {
                    cl.evidence.merge(evidence);
                    cl.best = cl.best.max(c.evidence.strength());
                }
                cl.best_org = cl.best_org.max(c.evidence.organization);
                cl.mid += usize::from(!c.initial);
                cl.events += usize::from(c.event);
                cl.works += usize::from(c.work);
                cl.things += usize::from(c.thing);
                cl.modifiers += usize::from(c.modifier);
                if c.name_count() >= 2 {
                    if c.plain {
                        cl.plain += 1;
                    } else {
                        cl.named += 1;
                    }
                }
                // "Williams" after "Marthalene Williams": news refers back to a person by the
                // surname alone.
                if cl.person && c.name_count() == 1 && !c.is_acronym() {
                    cl.evidence.add(EntityKind::Person, 2);
                }
                *cl.surfaces.entry(c.text().to_string()).or_default() += 1;
                cl.mentions.entry(a as u32).or_default().push(Mention {
                    block: c.block,
                    start: c.start,
                    end: c.end,
                });
            }
        }
    }
    state.add_coordination();
    state.add_headlines(&mut by_reference, caps, &vouched);
    build(state.clusters, reference, caps)
}

/// The kind that the mentions of lone word `key` in one article point to, between a place
/// and an organisation: at least 4 points (3 for an organisation, whose cues are fewer: "X
/// spokesman", a site's address) and 3 more than the other. A person's points are left out,
/// as "X said" is said of firms as often.
fn told_kind(e: Evidence) -> Option<EntityKind> {
    if e.place >= 4 && e.place >= e.organization + 3 {
        Some(EntityKind::Place)
    } else if e.organization >= 3 && e.organization >= e.place + 3 {
        Some(EntityKind::Organization)
    } else {
        None
    }
}

/// The key a lone word joins the collection's other lone words by: its spelling squashed,
/// a web address by its site's name ("Amazon.com" and "Amazon" are one).
fn lone_word_key(word: &str) -> String {
    squash(classify::site_name(word).unwrap_or(word))
}

/// The lone words that are not yet assigned (`(article, key)`, the key as the collection
/// joins them) whose article's own mentions point to a kind that the most articles pointing
/// to a kind for that word do not: "fires in the Amazon" (a place) where two other articles
/// make "Amazon" a firm ("Amazon spokesman", "Amazon.com"). Each gets a cluster of its own
/// for the word, of the kind its article tells; a tie of kinds keeps the words together.
/// Two passes over the sums ([`lone_evidence`]), linear.
fn lone_words_apart(sums: &LoneEvidence) -> FastMap<(usize, String), EntityKind> {
    // Word → articles telling each kind: [place, organisation].
    let mut votes: FastMap<&str, [usize; 2]> = FastMap::default();
    for ((key, _), &e) in sums {
        if let Some(kind) = told_kind(e) {
            let seen = votes.entry(key.as_str()).or_default();
            seen[usize::from(kind == EntityKind::Organization)] += 1;
        }
    }
    let mut apart = FastMap::default();
    for ((key, a), &e) in sums {
        let (Some(kind), Some(&[place, org])) = (told_kind(e), votes.get(key.as_str())) else {
            continue;
        };
        let minority = match kind {
            EntityKind::Place => place < org,
            _ => org < place,
        };
        if minority {
            apart.insert((*a, key.clone()), kind);
        }
    }
    apart
}

/// The evidence of each article's mentions of each lone word not yet assigned, summed:
/// `(key, article)`, the key as the collection joins lone words ([`lone_word_key`]).
type LoneEvidence = BTreeMap<(String, usize), Evidence>;

/// Sums the evidence of the lone words that are not yet assigned, by word and article. One
/// pass over the names, linear.
fn lone_evidence(finds: &[ArticleFinds], assigned: &[Vec<Option<usize>>]) -> LoneEvidence {
    let mut sums: LoneEvidence = BTreeMap::new();
    for (a, f) in finds.iter().enumerate() {
        for (i, c) in f.candidates.iter().enumerate() {
            let cluster = assigned
                .get(a)
                .and_then(|row| row.get(i))
                .copied()
                .flatten();
            let Some(word) = c.name_words().first().copied() else {
                continue;
            };
            if cluster.is_some() || c.name_count() != 1 || c.reference.is_some() {
                continue;
            }
            let key = lone_word_key(word);
            sums.entry((key, a)).or_default().merge(c.evidence);
        }
    }
    sums
}

/// For a lone surname of the collection's only person with it: in how many articles the
/// surname stands alone (no person of that surname named in full there), and in how many
/// the person is named in full.
#[derive(Default)]
struct Reach {
    lone: FastMap<String, FastSet<usize>>,
    full: FastMap<usize, FastSet<usize>>,
}

impl Reach {
    fn new(state: &mut MergeState, surnames: &FastMap<String, FastSet<usize>>) -> Self {
        let (finds, reference) = (state.finds, state.reference);
        let (assigned, clusters) = (&state.assigned, &mut state.clusters);
        let mut reach = Reach::default();
        for (a, f) in finds.iter().enumerate() {
            let here = surnames_in(f, reference);
            for (i, c) in f.candidates.iter().enumerate() {
                match assigned[a][i] {
                    Some(cluster) if c.name_count() >= 2 => {
                        let root = clusters.find(cluster);
                        if clusters.all.get(root).is_some_and(|cl| cl.person) {
                            reach.full.entry(root).or_default().insert(a);
                        }
                    }
                    None if c.name_count() == 1 && !c.is_acronym() => {
                        let Some(word) = c.name_words().first().copied() else {
                            continue;
                        };
                        let key = exact_surname_key(word, reference);
                        if surnames.contains_key(&key)
                            && !here.contains(&surname_key(word, reference))
                        {
                            reach.lone.entry(key).or_default().insert(a);
                        }
                    }
                    _ => {}
                }
            }
        }
        reach
    }

    /// Whether lone `word` may stand for `person`: news names a person in full in most
    /// articles about them, so a word written alone in far more articles ("Dynegy" in
    /// hundreds, "O.D. Dynegy" in one) names something else.
    fn follows(&self, word: &str, person: usize, reference: &Reference) -> bool {
        let lone = self
            .lone
            .get(&exact_surname_key(word, reference))
            .map_or(0, FastSet::len);
        let full = self.full.get(&person).map_or(0, FastSet::len);
        lone <= 3 * full + 2
    }
}

/// Surname keys of the persons named in full in one article.
fn surnames_in(f: &ArticleFinds, reference: &Reference) -> FastSet<String> {
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
fn given_surnames_in(f: &ArticleFinds, reference: &Reference) -> FastSet<String> {
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
fn particle_led<'c>(c: &'c Candidate, reference: &Reference) -> Option<&'c str> {
    match c.name_words()[..] {
        [particle, last] if reference.is_particle(particle) => Some(last),
        _ => None,
    }
}

/// Surname keys of the people an article names in full with a lowercase particle ("Jelle
/// van Buuren").
fn particled_surnames(f: &ArticleFinds, reference: &Reference) -> FastSet<String> {
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

/// The acronyms the articles `finds` define (`Long Name (LN)`), each with the entity it
/// names, or `None` when they define it for several.
fn definitions(
    finds: &[ArticleFinds],
    assigned: &[Vec<Option<usize>>],
    clusters: &mut Clusters,
) -> FastMap<String, Option<usize>> {
    let mut defined: FastMap<String, Option<usize>> = FastMap::default();
    for (f, assigned) in finds.iter().zip(assigned) {
        for (c, cluster) in f.candidates.iter().zip(assigned) {
            if let (Some(acronym), Some(cluster)) = (&c.defines, *cluster) {
                let cluster = clusters.find(cluster);
                let entry = defined.entry(acronym.clone()).or_insert(Some(cluster));
                if *entry != Some(cluster) {
                    *entry = None;
                }
            }
        }
    }
    defined
}

/// What the names of one article say about an acronym.
enum Local {
    None,
    One(usize),
    Several,
}

/// The multi-word names of the whole collection by the acronyms that abbreviate them
/// ([`acronyms::keys`]), for an acronym its own article does not spell out.
struct AcronymIndex {
    names: FastMap<String, Vec<(usize, usize)>>,
}

impl AcronymIndex {
    fn new(finds: &[ArticleFinds], assigned: &[Vec<Option<usize>>]) -> Self {
        let mut names: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
        for (a, f) in finds.iter().enumerate() {
            for (i, c) in f.candidates.iter().enumerate() {
                if !spells_acronyms(c) || assigned[a][i].is_none() {
                    continue;
                }
                for key in acronyms::keys(&c.words_str()) {
                    names.entry(key).or_default().push((a, i));
                }
            }
        }
        AcronymIndex { names }
    }

    /// The one entity in the collection whose name `acronym` abbreviates, if only one.
    fn only(
        &self,
        acronym: &str,
        assigned: &[Vec<Option<usize>>],
        clusters: &mut Clusters,
    ) -> Option<usize> {
        let mut found = None;
        for &(a, i) in self.names.get(acronym)? {
            let Some(cluster) = assigned[a][i] else {
                continue;
            };
            let root = clusters.find(cluster);
            // "DVD" is no "Dick Van Dyke": people go by their initials only where the article
            // names them in full.
            if clusters.all.get(root).is_some_and(|c| c.person) {
                continue;
            }
            match found {
                None => found = Some(root),
                Some(other) if other != root => return None,
                Some(_) => {}
            }
        }
        found
    }
}

/// The name words of a firm's legal name without its legal forms ("Nippon Kokan" of "Nippon
/// Kokan KK"): a name reference data does not know, read as no person's, that ends in a legal
/// form.
fn legal_core<'c>(c: &'c Candidate, reference: &Reference) -> Option<Vec<&'c str>> {
    let mut core = c.words_str();
    if c.reference.is_some()
        || person_like(c)
        || !core.last().is_some_and(|w| reference.is_legal_form(w))
    {
        return None;
    }
    while core.last().is_some_and(|w| reference.is_legal_form(w)) {
        core.pop();
    }
    (!core.is_empty()).then_some(core)
}

/// The clusters (roots) of article `f`'s names whose mentions there, their organisation and
/// person points summed, read as a body: "Hare Krishna" read as a two-word personal name,
/// while "the Hare Krishna movement", "a spokesman for the Hare Krishna group" say a body.
/// One pass over the article's names.
fn body_clusters(
    f: &ArticleFinds,
    assigned: &[Option<usize>],
    clusters: &mut Clusters,
) -> FastSet<usize> {
    let mut points: FastMap<usize, (i32, i32)> = FastMap::default();
    for (c, cluster) in f.candidates.iter().zip(assigned) {
        if let Some(cluster) = cluster {
            let sum = points.entry(clusters.find(*cluster)).or_default();
            sum.0 += c.evidence.person;
            sum.1 += c.evidence.organization;
        }
    }
    points
        .into_iter()
        .filter(|&(_, (person, organization))| organization >= 5 && organization > person)
        .map(|(root, _)| root)
        .collect()
}

/// Names an acronym may abbreviate: two name words or more, not from reference data.
fn spells_acronyms(c: &Candidate) -> bool {
    c.reference.is_none() && c.name_count() >= 2
}

/// The words a firm's legal name (its name words, then one or more legal forms: "Exco
/// International Plc", "E.F. Hutton Group Inc", "Consolidated TVX Mining Corp") is known by
/// alone in wire copy: its first word after any given names and initials ("Exco",
/// "Hutton"), or its last when all are given names ("Fairfax" of "John Fairfax Ltd"), and
/// any word of it in capitals ("TVX"). Not a word that says something of its
/// own: a known name, a given name, a generic, head or place word, a word the collection
/// writes in lowercase ("Sale Tilney Plc" is no "sale").
fn firm_words<'c>(c: &'c Candidate, reference: &Reference, caps: &CapsStats) -> Vec<&'c str> {
    if c.reference.is_some() {
        return Vec::new();
    }
    let mut core = c.name_words();
    let formal = core.last().is_some_and(|w| reference.is_legal_form(w));
    while core.last().is_some_and(|w| reference.is_legal_form(w)) {
        core.pop();
    }
    if !formal || core.is_empty() {
        return Vec::new();
    }
    let own = |w: &str| {
        reference.lookup(w).is_none()
            && !reference.is_given_name(w)
            && !reference.is_generic(w)
            && !reference.is_org_first(w)
            && !reference.is_org_last(w)
            && !reference.is_place_first(w)
            && !reference.is_place_last(w)
            && !reference.is_compass(w)
            && !reference.is_demonym(w)
            && !reference.is_stop(w)
            && !caps.is_ordinary(w, reference)
    };
    let lead = core
        .iter()
        .copied()
        .find(|w| !(reference.is_given_name(w) || is_dotted_initials(w)));
    let mut words: Vec<&str> = lead.into_iter().collect();
    words.extend(
        core.iter()
            .copied()
            .filter(|w| is_all_caps(w) && w.chars().filter(|ch| ch.is_alphabetic()).count() >= 2),
    );
    words.sort_unstable();
    words.dedup();
    words.retain(|w| own(w));
    // "Fairfax" of "John Fairfax Ltd": a firm named after a person whose family name is a
    // given name too is known by the family name, the last word.
    if let ([_, .., family], None) = (&core[..], lead) {
        if is_capitalised(family) && !is_dotted_initials(family) {
            words.push(family);
        }
    }
    words
}

/// The names of one article by the keys a lone word is compared with.
#[derive(Default)]
struct ArticleIndex {
    /// Acronym ([`acronyms::keys`]) → candidates it abbreviates.
    acronyms: FastMap<String, Vec<usize>>,
    /// Surname key of the last name word → candidates.
    last: FastMap<String, Vec<usize>>,
    /// Variant key of the first name word → candidates (family names written first).
    first: FastMap<String, Vec<usize>>,
    /// Each one-deletion key of a surname key of five letters or more → candidates, for
    /// one-letter typos ([`deletions`]).
    near: FastMap<String, Vec<usize>>,
    /// Each word of a two-word name that is no person's → candidates.
    short: FastMap<String, Vec<usize>>,
    /// Each word a firm's legal name is known by alone ([`firm_words`]) → candidates.
    firms: FastMap<String, Vec<usize>>,
    /// Variant key of a nickname inside a personal name → candidates.
    nick: FastMap<String, Vec<usize>>,
    /// Variant key of a word right before "of" or "for" inside a name ("Court" in "European
    /// Court of Human Rights") → candidates.
    heads: FastMap<String, Vec<usize>>,
    /// Folded compass word → candidates of known places made of it and a name that the
    /// article also names with another compass word ("North Korea" and "South Korea").
    halves: FastMap<String, Vec<usize>>,
    /// Surname key of a lone word after a gendered title → the genders those titles tell
    /// (`[male, female]`): "Mr. Trump" in an article that names only "Ivanka Trump" in full.
    titled: FastMap<String, [bool; 2]>,
    /// Surname key of a lone word after a title that tells no gender → how many of those
    /// mentions a later "he" or "his" (first) or "she" (second) may refer to.
    referred: FastMap<String, [usize; 2]>,
    /// The clusters of this article's names whose mentions here, their points summed, read
    /// as a body rather than a person ([`body_clusters`]).
    bodies: FastSet<usize>,
    /// A given name alone right after a person's full name, a possessive and a noun of
    /// kinship that tells a gender ("Kylie Morrow's mother Elizabeth") → the surname key of
    /// that person: a relative of the same family ([`Self::add_relatives`]).
    relatives: FastMap<usize, String>,
}

impl ArticleIndex {
    fn new(f: &ArticleFinds, reference: &Reference, caps: &CapsStats) -> Self {
        let mut index = ArticleIndex::default();
        let mut legal: Vec<(String, usize)> = Vec::new();
        for (i, c) in f.candidates.iter().enumerate() {
            for word in firm_words(c, reference, caps) {
                index.firms.entry(word.to_string()).or_default().push(i);
            }
            for pair in c.words.windows(2) {
                if let [head, "of" | "for"] = [pair[0].as_str(), pair[1].as_str()] {
                    index.heads.entry(variant_key(head)).or_default().push(i);
                }
            }
            // "Ford" after "Ford Motor Co.", "Wal-Mart" after "Wal-Mart Stores Inc.": a
            // firm's legal name, its first word then organisation words and a legal form,
            // is known by its first word alone.
            let legal_name = match &c.name_words()[..] {
                [first, rest @ .., form] if !rest.is_empty() => {
                    // "Hyatt Hotels Corporation": the words between may be a line of business
                    // that heads generic names too ("Hotels", "Resorts", "Services").
                    reference.is_legal_form(form)
                        && rest
                            .iter()
                            .all(|w| reference.is_org_last(w) || reference.is_generic(w))
                        && !reference.is_generic(first)
                        && !reference.is_org_last(first)
                }
                _ => false,
            };
            if legal_name {
                if let Some(first) = c.name_words().first() {
                    legal.push(((*first).to_string(), i));
                }
            }
            if c.reference.is_some() {
                // "FCC" after "Federal Communications Commission", "L.A." after "Los
                // Angeles": a known name the article gives in full is what its initials
                // stand for there, whatever reference data lists beside it.
                if c.name_count() >= 2 {
                    for key in acronyms::keys(&c.words_str()) {
                        index.acronyms.entry(key).or_default().push(i);
                    }
                }
                // "The New York Times" then "the Times": a known name's head word alone.
                if let [_, .., last] = c.name_words()[..] {
                    index.last.entry(variant_key(last)).or_default().push(i);
                }
                // "Vegas" after "Las Vegas", "Wikimedia" after "Wikimedia Foundation": a word
                // of a known two-word name alone; not a word that names something alone, a
                // region ("the South" after "South Carolina") or a chamber, a body's head
                // ("the House" after "White House").
                if let [first, last] = c.name_words()[..] {
                    for w in [first, last] {
                        let head = reference.is_compass(w)
                            || reference.is_generic(w)
                            || reference.is_org_first(w)
                            || reference.is_org_last(w)
                            || reference.is_place_first(w)
                            || reference.is_place_last(w);
                        if !head {
                            index.short.entry(w.to_string()).or_default().push(i);
                        }
                    }
                }
                continue;
            }
            if spells_acronyms(c) {
                for key in acronyms::keys(&c.words_str()) {
                    index.acronyms.entry(key).or_default().push(i);
                }
            }
            if let Some(nick) = &c.nickname {
                index.nick.entry(variant_key(nick)).or_default().push(i);
            }
            let words = c.name_words();
            let (Some(first), Some(last)) = (words.first(), surname_word(&words)) else {
                continue;
            };
            let last_key = surname_key(last, reference);
            if last_key.chars().count() >= 5 {
                for d in deletions(&last_key) {
                    index.near.entry(d).or_default().push(i);
                }
            }
            index.last.entry(last_key).or_default().push(i);
            if let Some(middle) = middle_surname(c, reference) {
                index
                    .last
                    .entry(surname_key(middle, reference))
                    .or_default()
                    .push(i);
            }
            index.first.entry(variant_key(first)).or_default().push(i);
            if !person_like(c) && words.len() == 2 {
                for w in &words {
                    index.short.entry((*w).to_string()).or_default().push(i);
                }
            } else if let [acronym, _] = words[..] {
                // "IK" after "tech firm IK Multimedia", whose form reads as a personal name
                // while its context says a body ("ESA" is no "ESA Symposium" with nothing
                // around it).
                let body = c.evidence.organization > c.evidence.person;
                if body && is_all_caps(acronym) && !acronym.contains('.') {
                    index.short.entry(acronym.to_string()).or_default().push(i);
                }
            }
        }
        for list in index.near.values_mut() {
            list.dedup();
        }
        // Not when a person of the article has that word for a surname ("Steve Forbes" and
        // "Forbes Media LLC": "Forbes" alone may be either).
        for (word, i) in legal {
            let surname = index
                .last
                .get(&surname_key(&word, reference))
                .into_iter()
                .flatten()
                .filter_map(|&j| f.candidates.get(j))
                .any(person_like);
            if !surname {
                index.short.entry(word).or_default().push(i);
            }
        }
        // Known places "<compass word> <name>" by their name.
        let mut by_rest: FastMap<String, Vec<(String, usize)>> = FastMap::default();
        for (i, c) in f.candidates.iter().enumerate() {
            if let (Some(_), [compass, rest]) = (c.reference, &c.name_words()[..]) {
                if reference.is_compass(compass) {
                    by_rest
                        .entry(squash(rest))
                        .or_default()
                        .push((squash(compass), i));
                }
            }
        }
        for halves in by_rest.into_values() {
            if halves.iter().any(|(w, _)| *w != halves[0].0) {
                for (w, i) in halves {
                    index.halves.entry(w).or_default().push(i);
                }
            }
        }
        for c in &f.candidates {
            if let (Some(gender), [word]) = (c.courtesy, &c.name_words()[..]) {
                let seen = index
                    .titled
                    .entry(surname_key(word, reference))
                    .or_default();
                seen[usize::from(!gender)] = true;
            }
            if let (Some(gender), [word]) = (c.referred, &c.name_words()[..]) {
                let seen = index
                    .referred
                    .entry(surname_key(word, reference))
                    .or_default();
                seen[usize::from(!gender)] += 1;
            }
        }
        index
    }

    /// "Kylie Morrow's mother Elizabeth", "Gary Redmond's son Scott": news names a relative
    /// of a person by a given name after the person's full name, a possessive and a noun of
    /// kinship (one that tells a gender); the relative bears the family name, so that a later
    /// "Ms Morrow" may be either, the nearest named before it. Not "Bill Peel, whose son
    /// Billy": only a possessive right after the name, then the one noun. Each is indexed
    /// under the family name too. Linear: each name is compared with the one before it.
    fn add_relatives(&mut self, f: &ArticleFinds, article: &Article, reference: &Reference) {
        for (i, pair) in f.candidates.windows(2).enumerate() {
            let [person, given] = pair else {
                continue;
            };
            let (Some(word), Some(last)) = (
                given.name_words().first().copied(),
                surname_word(&person.name_words()),
            ) else {
                continue;
            };
            let kin = given.name_count() == 1
                && given.courtesy.is_some()
                && reference.is_given_name(word)
                && given.reference.is_none()
                && person_like(person)
                && person.block == given.block;
            if !kin || !possessive_kin_between(article, person, given) {
                continue;
            }
            let family = surname_key(last, reference);
            self.last.entry(family.clone()).or_default().push(i + 1);
            self.relatives.insert(i + 1, family);
        }
    }

    /// Whether lone surname `key` with the title gender `courtesy` stands for someone else
    /// than a person of `gender`: a title of the other gender, or no title where the
    /// article gives the surname alone a title of the other gender elsewhere, or where two
    /// of its mentions after a title without gender are followed by a pronoun of the other
    /// gender and none by one of this gender.
    fn against(&self, key: &str, courtesy: Option<bool>, gender: bool) -> bool {
        match courtesy {
            Some(title) => title != gender,
            None => {
                let other = usize::from(gender);
                self.titled.get(key).is_some_and(|seen| seen[other])
                    || self
                        .referred
                        .get(key)
                        .is_some_and(|seen| seen[other] >= 2 && seen[1 - other] == 0)
            }
        }
    }

    /// The one known place of this article that compass word `word` opens, when the article
    /// also names the other half with another compass word: "the North" after "North Korea"
    /// and "South Korea". (With one half only, "the South" after "South Carolina" is a
    /// region.)
    fn half(
        &self,
        word: &str,
        assigned: &[Option<usize>],
        clusters: &mut Clusters,
    ) -> Option<usize> {
        let names = self.halves.get(&squash(word)).into_iter().flatten();
        only_cluster(names.copied(), assigned, clusters)
    }

    /// The one entity of this article whose name of two words or more has `word` as its head
    /// ("European Commission" for "Commission", "Council of Europe" for "Council"). A head
    /// before "of" counts too: after "the Constitutional Court of Turkey" and "the European
    /// Court of Human Rights", "the Court" could be either, and is neither.
    fn generic(
        &self,
        word: &str,
        f: &ArticleFinds,
        assigned: &[Option<usize>],
        clusters: &mut Clusters,
    ) -> Option<usize> {
        let key = variant_key(word);
        let mut found = None;
        for &i in self
            .last
            .get(&key)
            .into_iter()
            .chain(self.first.get(&key))
            .chain(self.heads.get(&key))
            .flatten()
        {
            let (Some(c), Some(cluster)) =
                (f.candidates.get(i), assigned.get(i).copied().flatten())
            else {
                continue;
            };
            let words = c.name_words();
            let head = words.last().is_some_and(|w| w.eq_ignore_ascii_case(word))
                || c.words.windows(2).any(|pair| {
                    pair[0].eq_ignore_ascii_case(word) && matches!(pair[1].as_str(), "of" | "for")
                });
            if words.len() < 2 || !head || person_like(c) {
                continue;
            }
            let root = clusters.find(cluster);
            match found {
                None => found = Some(root),
                Some(other) if other != root => return None,
                Some(_) => {}
            }
        }
        found
    }

    /// "Veltra" after "Veltra Motors", "United" after "Hartwell United", "IK" after "IK
    /// Multimedia", "Vegas" after "Las Vegas": the short form of the one two-word
    /// organisation or place of the article with that word. (Two words only: in "Gdansk Port Authority" the first word is a place
    /// of its own.)
    ///
    /// Of a well-known body and a name reference data does not know ("Fox" beside "Fox News"
    /// and the show "Fox & Friends"), the well-known body: news shortens the name everybody
    /// knows. (Two unknown names, or two known ones, say nothing.)
    ///
    /// "The Solomons" after "Solomon Islands", "the Falklands" after "the Falkland Islands":
    /// a group of islands is named by its first word made plural, the one two-word place of
    /// the article with that word and a plural place word ("Islands").
    fn short_form(
        &self,
        word: &str,
        f: &ArticleFinds,
        reference: &Reference,
        assigned: &[Option<usize>],
        clusters: &mut Clusters,
    ) -> Option<usize> {
        let names = self.short.get(word).into_iter().flatten().copied();
        let found = only_cluster(names.clone(), assigned, clusters).or_else(|| {
            let known =
                names.filter(|&i| f.candidates.get(i).is_some_and(|c| c.reference.is_some()));
            only_cluster(known, assigned, clusters)
        });
        let stem = word.strip_suffix('s').filter(|_| found.is_none());
        let islands = stem
            .and_then(|stem| self.short.get(stem))
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| {
                f.candidates
                    .get(i)
                    .is_some_and(|c| match c.name_words()[..] {
                        [first, last] => {
                            Some(first) == stem
                                && last.ends_with('s')
                                && reference.is_place_last(last)
                        }
                        _ => false,
                    })
            });
        found.or_else(|| only_cluster(islands, assigned, clusters))
    }

    /// "Exco" after "Exco International Plc", "TVX" after "Consolidated TVX Mining Corp": the
    /// one firm of this article whose legal name is known by `word` alone.
    ///
    /// Of a group and its units ("E.F. Hutton Group Inc" and "E.F. Hutton LBO Inc", "Kaneb
    /// Services Inc" and "Kaneb Energy Partners Ltd"), the one whose name goes on after the
    /// word with the fewest words, all of them organisation words: a unit is named by what
    /// sets it apart ("Hutton LBO"), the group by the word alone. (Two such names of as many
    /// words, or none, say nothing.)
    fn firm(
        &self,
        word: &str,
        f: &ArticleFinds,
        reference: &Reference,
        assigned: &[Option<usize>],
        clusters: &mut Clusters,
    ) -> Option<usize> {
        let names = self.firms.get(word).into_iter().flatten().copied();
        only_cluster(names.clone(), assigned, clusters).or_else(|| {
            // Each firm's count of organisation words after the word (None: another word).
            let plain = |i: usize| -> Option<usize> {
                let core = legal_core(f.candidates.get(i)?, reference)?;
                let at = core.iter().position(|w| *w == word)?;
                let rest = core.get(at + 1..)?;
                rest.iter()
                    .all(|w| reference.is_org_last(w) || reference.is_generic(w))
                    .then_some(rest.len())
            };
            let fewest = names.clone().filter_map(plain).min()?;
            only_cluster(
                names.filter(|&i| plain(i) == Some(fewest)),
                assigned,
                clusters,
            )
        })
    }

    /// The one body or place of this article that `word` contracts ("CalMac" after
    /// "Caledonian MacBrayne": the start of each word, each with its capital).
    fn contraction(
        &self,
        word: &str,
        f: &ArticleFinds,
        reference: &Reference,
        assigned: &[Option<usize>],
        clusters: &mut Clusters,
    ) -> Option<usize> {
        let key = acronyms::contraction_key(word)?;
        let names = self.acronyms.get(&key).into_iter().flatten().filter(|&&i| {
            f.candidates.get(i).is_some_and(|c| {
                let words = c.name_words();
                // No person's name: "LeBron" is no "Leslie Bronson".
                words.first().is_some_and(|w| !reference.is_given_name(w))
                    && acronyms::contraction_of(word, &words)
            })
        });
        only_cluster(names.copied(), assigned, clusters)
    }

    /// The entities of this article's names that `acronym` abbreviates.
    fn acronym(&self, acronym: &str, assigned: &[Option<usize>], clusters: &mut Clusters) -> Local {
        let mut found = Local::None;
        for &i in self.acronyms.get(acronym).into_iter().flatten() {
            let Some(cluster) = assigned.get(i).copied().flatten() else {
                continue;
            };
            let root = clusters.find(cluster);
            found = match found {
                Local::None => Local::One(root),
                Local::One(other) if other == root => Local::One(root),
                _ => Local::Several,
            };
        }
        found
    }
}

/// Whether the text from the end of `person` to the start of `given` is a possessive and
/// one lowercase noun that tells a gender: "’s mother ", "' son ".
fn possessive_kin_between(article: &Article, person: &Candidate, given: &Candidate) -> bool {
    let text = article.block_text(person.block);
    let (Some(before), Some(between)) = (
        text.get(..person.end as usize),
        text.get(person.end as usize..given.start as usize),
    ) else {
        return false;
    };
    const POSSESSIVES: [&str; 4] = ["’s", "'s", "’", "'"];
    let after_mark = POSSESSIVES
        .iter()
        .find_map(|p| between.strip_prefix(p))
        .or_else(|| {
            POSSESSIVES
                .iter()
                .any(|p| before.ends_with(p))
                .then_some(between)
        });
    let Some(rest) = after_mark else {
        return false;
    };
    let mut nouns = rest.split_whitespace();
    match (nouns.next(), nouns.next()) {
        (Some(noun), None) => {
            rest.starts_with(char::is_whitespace)
                && noun.starts_with(char::is_lowercase)
                && words::gender(noun).is_some()
        }
        _ => false,
    }
}

/// The one cluster that the names `names` of an article (indices into its candidates) are
/// in, when they are all in one; `None` when there are none or several.
fn only_cluster(
    names: impl Iterator<Item = usize>,
    assigned: &[Option<usize>],
    clusters: &mut Clusters,
) -> Option<usize> {
    sole(
        names
            .filter_map(|i| assigned.get(i).copied().flatten())
            .map(|c| clusters.find(c))
            .collect(),
    )
}

/// The one element of `set`, when it holds exactly one.
fn sole(set: FastSet<usize>) -> Option<usize> {
    let mut all = set.into_iter();
    match (all.next(), all.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// Head words of government bodies named both "<Field> <Head>" and "<Head> of <Field>".
const FIELD_HEADS: [&str; 2] = ["Department", "Ministry"];

/// The key a name of two words or more groups by: its letters, with "Department of
/// Energy" read as "Energy Department" and "Ministry of the Interior" as "Interior
/// Ministry", the two ways news names one government body.
fn name_key(c: &Candidate) -> String {
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
fn spaced_key(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(squash)
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// Words with a capital in them: "Bashar al-Assad" has two.
fn name_word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_uppercase))
        .count()
}

/// The name a cluster is shown under: the usual name from reference data when the text
/// uses it, else the fullest form used.
fn canonical(cl: &Cluster, reference: &Reference) -> Option<String> {
    let known = cl.reference.and_then(|id| reference.known(id));
    if let Some(k) = known {
        let key = squash(&k.name);
        // The usual spelling first, then one not in capitals ("New York", not "NEW YORK").
        let best = cl
            .surfaces
            .keys()
            .filter(|s| squash(s) == key)
            .min_by_key(|s| {
                (
                    **s != k.name,
                    !s.chars().any(char::is_lowercase),
                    (*s).clone(),
                )
            });
        if let Some(s) = best {
            return Some(s.clone());
        }
    }
    cl.surfaces
        .iter()
        .max_by(|(a, na), (b, nb)| {
            let rank = |s: &str| {
                let words = name_word_count(s);
                (
                    !is_all_caps(s),
                    if cl.person { words } else { 0 },
                    s.chars().count(),
                )
            };
            rank(a).cmp(&rank(b)).then(na.cmp(nb)).then(b.cmp(a))
        })
        .map(|(s, _)| s.clone())
}

/// A word for a doctrine or a faith: "Marxism", "Hinduism", "Zionisms".
fn is_doctrine(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    stem.len() >= 6 && stem.ends_with("ism") && is_capitalised(word) && !is_all_caps(word)
}

/// An adjective made from a name: a word ending in "-ian", "-an", "-n", "-ean" or "-esque"
/// after a name that reference data knows or the collection writes capitalised mid-sentence
/// at least as often as in lowercase ("Keynes-ian", "Shakespeare-an", "Victoria-n",
/// "Euclid-ean", "Kafka-esque"; not "Guard-ian", "Tin-ian").
fn adjective_of_name(word: &str, reference: &Reference, caps: &CapsStats, modifier: bool) -> bool {
    if word.len() < 6
        || !is_capitalised(word)
        || is_all_caps(word)
        || word.contains('.')
        || !["an", "esque"].iter().any(|e| word.ends_with(e))
    {
        return false;
    }
    if modifier && ["ian", "ean", "esque"].iter().any(|e| word.ends_with(e)) {
        return true;
    }
    let stems = [
        word.strip_suffix("esque"),
        word.strip_suffix("ean"),
        word.strip_suffix("ian"),
        word.strip_suffix("an").filter(|s| s.ends_with(['e', 'i'])),
        word.strip_suffix('n').filter(|s| s.ends_with('a')),
    ];
    stems.into_iter().flatten().any(|stem| {
        stem.len() >= 4 && (reference.lookup(stem).is_some() || caps.is_name_like(stem))
    })
}

fn build(clusters: Clusters, reference: &Reference, caps: &CapsStats) -> Vec<Entity> {
    let Clusters { all, parent } = clusters;
    let mut entities = Vec::new();
    for (i, mut cl) in all.into_iter().enumerate() {
        if parent.get(i) != Some(&i) || cl.mentions.is_empty() {
            continue;
        }
        let multi_word = cl.surfaces.keys().any(|s| name_word_count(s) >= 2);
        // A lone word with nothing said about it is kept when written often ("Apple said",
        // "Apple faces", "Apple's rules"); a company is the likeliest thing it names.
        let mentions: usize = cl.mentions.values().map(Vec::len).sum();
        let frequent = mentions >= 3;
        let lone = cl.reference.is_none() && !multi_word;
        // A word capitalised in the middle of a sentence and never written in lowercase in
        // the collection ("on Twitter", "the Hyundai plant") is a name: a brand, a company.
        let proper = cl.mid > 0
            && cl.surfaces.keys().all(|s| {
                s.chars().count() >= 3 && !caps.seen_lowercase(s) && !reference.is_common_word(s)
            });
        if lone && cl.evidence.strength() < 2 && (!frequent || cl.mid == 0) && !proper {
            continue;
        }
        // "Worlds 2013", "storm Abigail", "Black Friday": a name that a quarter of its mentions
        // or more show to be an event's is no person, organisation or place in its other
        // mentions either ("a best-of-five Worlds series"), unless reference data or a full
        // personal name says otherwise; a firm's "Dynegy 2001 results" among hundreds of
        // mentions is no event.
        // A body named in full with its head word ("National Association of Music
        // Merchants", whose trade show is "NAMM 2011") is no event either.
        let body = cl.surfaces.keys().any(|s| {
            s.split(' ').count() >= 2
                && s.split(' ')
                    .any(|w| reference.is_org_last(w) || reference.is_org_first(w))
                && s.split(' ').all(|w| !reference.is_event(w, w))
        });
        if cl.events * 4 >= mentions && cl.reference.is_none() && !cl.person && !body {
            continue;
        }
        // "the online game Minecraft", "the sitcom Perfect Couples": news says what a work or
        // a product is by a noun before its title; one such mention decides, unless
        // reference data, a personal name (a given name first) or evidence from its other
        // mentions says otherwise ("the game Nintendo released ... Nintendo said").
        let personal = cl.person
            && cl.surfaces.keys().any(|s| {
                name_word_count(s) >= 2
                    && s.split_whitespace()
                        .next()
                        .is_some_and(|w| reference.is_given_name(w))
            });
        // "the Paleo diet", "dual MicroOLED panels": so does a noun for a thing after it in
        // half its mentions or more ("Apple devices" among "Apple said", "Apple's").
        if (cl.works > 0 || cl.things * 2 >= mentions)
            && cl.reference.is_none()
            && !personal
            && cl.evidence.strength() < 2
        {
            continue;
        }
        // "Member States", "Social Security", "Human Rights": ordinary words written with
        // capitals, with nothing saying they are a name in four mentions out of five, are a
        // phrase, not a name.
        if multi_word && cl.reference.is_none() && cl.named * 4 < cl.plain {
            continue;
        }
        // A word the collection writes in lowercase more often than capitalised mid-sentence
        // ("Government", "Convention"), or a common English word the collection says little
        // about ("Fun", "Net"), is no name unless one mention alone vouches for it (a title,
        // reference data, a head word): many weak signs over many mentions do not add up.
        if lone && cl.best < 5 && cl.surfaces.keys().all(|s| caps.is_ordinary(s, reference)) {
            continue;
        }
        // "Marxism", "Hinduism": a doctrine or a faith; "Keynesian", "Shakespearean",
        // "Kafkaesque": an adjective made from a name the collection or reference data knows
        // ("Keynes", "Shakespeare", "Kafka"). Neither names a person, an organisation or a
        // place (given names, "Julian", and reference data, "Caribbean", aside).
        if lone
            && !cl.person
            && cl.surfaces.keys().all(|s| {
                is_doctrine(s)
                    || !reference.is_given_name(s)
                        && !reference.is_common_word(s)
                        && adjective_of_name(s, reference, caps, cl.modifiers >= mentions)
            })
        {
            continue;
        }
        let Some(name) = canonical(&cl, reference) else {
            continue;
        };
        // "Bushehr": a town that only the towns list knows, named by no person.
        if cl.reference.is_none() && !cl.person {
            cl.evidence
                .merge(classify::town(cl.surfaces.keys(), reference));
        }
        // One place point is a bare "at X" ("at Davos"; every other place cue gives 2 or more).
        let place_first = cl.evidence.place >= 1
            && cl.evidence.place > cl.evidence.organization
            && cl.evidence.place > cl.evidence.person;
        // "Maxim magazine", "Rafael, the arms maker,": one mention says organisation by three
        // points or more, the evidence agrees, and it comes to 3 points for each article
        // naming it (a character named in many articles is not a firm for one "Eve company").
        let articles_naming = i32::try_from(cl.mentions.len()).unwrap_or(i32::MAX);
        let org_first = cl.best_org >= 3
            && cl.evidence.organization >= articles_naming.saturating_mul(3)
            && cl.evidence.organization > cl.evidence.place
            && cl.evidence.organization > cl.evidence.person;
        let given_alone = !multi_word
            && cl.surfaces.keys().all(|s| reference.is_given_name(s))
            && cl.surfaces.keys().any(|s| !is_all_caps(s));
        // "Hitchcock", "Agrawal": a family name alone, never written in lowercase, names a
        // person known by it (a writer, a scientist, a player) unless one mention says a firm
        // ("the Agrawal group") or the place evidence is more than one "in X".
        let surname_alone = !multi_word
            && mentions >= 2
            && cl
                .surfaces
                .keys()
                .all(|s| reference.is_surname(s) && !is_all_caps(s) && !caps.seen_lowercase(s))
            && cl.best_org < 3
            && !(cl.evidence.place >= 3 && cl.evidence.place > cl.evidence.organization);
        let kind = match cl.reference.and_then(|id| reference.known(id)) {
            Some(k) if cl.team && k.kind == EntityKind::Place => EntityKind::Organization,
            // "the astronomer Di Li", "Di Li said he ...": reference data gives its kind 10
            // points a mention; what only a person is or does (a title, "he", "X's wife")
            // outweighing them all says a person named like a place or a firm. Weak cues for a
            // place or a body over many mentions do not overturn reference data.
            Some(k)
                if cl.evidence.person > cl.evidence.points(k.kind)
                    && cl.evidence.kind() == EntityKind::Person =>
            {
                EntityKind::Person
            }
            Some(k) => k.kind,
            // "Ross", "Craig": a given name alone names a person (in fiction, on the radio, in
            // sport) unless the evidence for a place or an organisation is stronger.
            None if given_alone && !place_first && !org_first => EntityKind::Person,
            None if surname_alone => EntityKind::Person,
            None if cl.evidence.strength() <= 0 && !multi_word => EntityKind::Organization,
            // A lone word never written after a given name: news names a person in full
            // first, so it is a company, a body or a place unless a title, a position only
            // a person holds or what only a person does says otherwise ("Facebook said" and
            // "streaming leader Twitch" are no person, "quarterback Drezlow" and
            // "Kessington, 34," are).
            None if !multi_word && !cl.person && cl.evidence.person < 5 => {
                if cl.evidence.place >= 1 && cl.evidence.place > cl.evidence.organization {
                    EntityKind::Place
                } else {
                    EntityKind::Organization
                }
            }
            None => cl.evidence.kind(),
        };
        let mut aliases: Vec<String> = cl.surfaces.into_keys().filter(|s| *s != name).collect();
        aliases.sort();
        let articles = cl
            .mentions
            .into_iter()
            .map(|(article, mut mentions)| {
                mentions.sort();
                mentions.dedup();
                MentionSet { article, mentions }
            })
            .collect();
        entities.push(Entity {
            name,
            kind,
            aliases,
            articles,
        });
    }
    entities
}
