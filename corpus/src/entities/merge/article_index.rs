//! The names of one article indexed by the keys a lone word is looked up by ([`ArticleIndex`]:
//! halves of divided countries, generic heads, short forms, firms, contractions, acronyms,
//! relatives), the clusters the article reads as bodies, and the one cluster that a set of
//! its names lies in ([`only_cluster`]).

use crate::article::Article;
use crate::entities::acronyms;
use crate::entities::candidates::{Candidate, CapsStats};
use crate::entities::data::Reference;
use crate::entities::names::{deletions, is_all_caps, squash, variant_key};
use crate::quotes::words;

use super::acronym_index::{spells_acronyms, Local};
use super::clusters::Clusters;
use super::firms::{firm_words, legal_core};
use super::keys::{middle_surname, person_like, surname_key, surname_word};
use super::{ArticleFinds, FastMap, FastSet};

/// The names of one article by the keys a lone word is compared with.
#[derive(Default)]
pub(super) struct ArticleIndex {
    /// Acronym ([`acronyms::keys`]) → candidates it abbreviates.
    acronyms: FastMap<String, Vec<usize>>,
    /// Surname key of the last name word → candidates.
    pub(super) last: FastMap<String, Vec<usize>>,
    /// Variant key of the first name word → candidates (family names written first).
    pub(super) first: FastMap<String, Vec<usize>>,
    /// Each one-deletion key of a surname key of five letters or more → candidates, for
    /// one-letter typos ([`deletions`]).
    pub(super) near: FastMap<String, Vec<usize>>,
    /// Each word of a two-word name that is no person's → candidates.
    pub(super) short: FastMap<String, Vec<usize>>,
    /// Each word a firm's legal name is known by alone ([`firm_words`]) → candidates.
    pub(super) firms: FastMap<String, Vec<usize>>,
    /// Variant key of a nickname inside a personal name → candidates.
    pub(super) nick: FastMap<String, Vec<usize>>,
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
    pub(super) bodies: FastSet<usize>,
    /// A given name alone right after a person's full name, a possessive and a noun of
    /// kinship that tells a gender ("Kylie Morrow's mother Elizabeth") → the surname key of
    /// that person: a relative of the same family ([`Self::add_relatives`]).
    pub(super) relatives: FastMap<usize, String>,
}

impl ArticleIndex {
    pub(super) fn new(f: &ArticleFinds, reference: &Reference, caps: &CapsStats) -> Self {
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
            // "Appin" beside "Appin Road": a road is named after a place or a person, which
            // its first word alone names, not the road.
            let road = words.last().is_some_and(|w| reference.is_thoroughfare(w));
            if !person_like(c) && words.len() == 2 && !road {
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
    pub(super) fn add_relatives(
        &mut self,
        f: &ArticleFinds,
        article: &Article,
        reference: &Reference,
    ) {
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
    pub(super) fn against(&self, key: &str, courtesy: Option<bool>, gender: bool) -> bool {
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
    pub(super) fn half(
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
    pub(super) fn generic(
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
    pub(super) fn short_form(
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
    pub(super) fn firm(
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
    pub(super) fn contraction(
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
    pub(super) fn acronym(
        &self,
        acronym: &str,
        assigned: &[Option<usize>],
        clusters: &mut Clusters,
    ) -> Local {
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
pub(super) fn only_cluster(
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
pub(super) fn sole(set: FastSet<usize>) -> Option<usize> {
    let mut all = set.into_iter();
    match (all.next(), all.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The clusters (roots) of article `f`'s names whose mentions there, their organisation and
/// person points summed, read as a body: "Hare Krishna" read as a two-word personal name,
/// while "the Hare Krishna movement", "a spokesman for the Hare Krishna group" say a body.
/// One pass over the article's names.
pub(super) fn body_clusters(
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
