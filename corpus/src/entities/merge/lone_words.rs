//! Which entity a lone word stands for: a person or short form of its own article
//! ([`MergeState::resolve_surname`]), else the collection's only person of that surname
//! ([`MergeState::only_person`]) when the surname reaches that far ([`Reach`]), else the
//! collection's other lone words of that spelling, kept apart in an article whose own
//! mentions tell another kind ([`lone_words_apart`]).

use std::collections::BTreeMap;

use crate::article::{EntityKind, Mention};
use crate::entities::classify::{self, Evidence};
use crate::entities::data::Reference;
use crate::entities::names::{deletions, squash, variant_key, within_one_edit};

use super::article_index::{only_cluster, sole, ArticleIndex};
use super::keys::{
    exact_surname_key, middle_surname, person_like, surname_key, surname_word, surnames_in,
    told_gender,
};
use super::{ArticleFinds, FastMap, FastSet, MergeState};

impl MergeState<'_> {
    /// The person (or short form) of article `a` that lone `word` stands for, if any.
    pub(super) fn resolve_surname(
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
    pub(super) fn vouched_persons(&mut self) -> FastSet<usize> {
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
    pub(super) fn only_person(
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
}

/// The kind that the mentions of lone word `key` in one article point to, between a place
/// and an organisation: at least 4 points (3 for an organisation, whose cues are fewer: "X
/// spokesman", a site's address) and 3 more than the other. A person's points are left out,
/// as "X said" is said of firms as often.
pub(super) fn told_kind(e: Evidence) -> Option<EntityKind> {
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
pub(super) fn lone_word_key(word: &str) -> String {
    squash(classify::site_name(word).unwrap_or(word))
}

/// The lone words that are not yet assigned (`(article, key)`, the key as the collection
/// joins them) whose article's own mentions point to a kind that the most articles pointing
/// to a kind for that word do not: "fires in the Amazon" (a place) where two other articles
/// make "Amazon" a firm ("Amazon spokesman", "Amazon.com"). Each gets a cluster of its own
/// for the word, of the kind its article tells; a tie of kinds keeps the words together.
/// Two passes over the sums ([`lone_evidence`]), linear.
///
/// A title that tells a gender before the word ("Mr Fox") tells a person, apart from the
/// articles that tell a place or a body for it ("Fox shareholders" after "Fox Technology
/// Inc") when they are as many or more and the word's points over all its articles say a
/// firm or a place more than a person (a person named by a title in some articles is the
/// one the others name too: "Mr Gandhi" and "the Gandhi memorial").
pub(super) fn lone_words_apart(sums: &LoneEvidence) -> FastMap<(usize, String), EntityKind> {
    let told = |&(e, titled): &(Evidence, bool)| {
        told_kind(e).or_else(|| {
            (titled && e.person >= 5 && e.person >= e.organization.max(e.place) + 3)
                .then_some(EntityKind::Person)
        })
    };
    // Word → articles telling each kind: [place, organisation, person].
    let mut votes: FastMap<&str, [usize; 3]> = FastMap::default();
    // Word → the points for a person and for anything else over all its articles.
    let mut points: FastMap<&str, (i32, i32)> = FastMap::default();
    for ((key, _), (e, _)) in sums {
        let p = points.entry(key.as_str()).or_default();
        p.0 += e.person;
        p.1 += e.organization + e.place;
    }
    for ((key, _), e) in sums {
        if let Some(kind) = told(e) {
            let seen = votes.entry(key.as_str()).or_default();
            let at = match kind {
                EntityKind::Place => 0,
                EntityKind::Organization => 1,
                EntityKind::Person => 2,
            };
            seen[at] += 1;
        }
    }
    let mut apart = FastMap::default();
    for ((key, a), e) in sums {
        let (Some(kind), Some(&[place, org, person])) = (told(e), votes.get(key.as_str())) else {
            continue;
        };
        let minority = match kind {
            EntityKind::Place => place < org,
            EntityKind::Organization => org < place,
            EntityKind::Person => {
                place + org >= person
                    && points
                        .get(key.as_str())
                        .is_some_and(|&(person, other)| other > person)
            }
        };
        if minority {
            apart.insert((*a, key.clone()), kind);
        }
    }
    apart
}

/// The evidence of each article's mentions of each lone word not yet assigned, summed:
/// `(key, article)`, the key as the collection joins lone words ([`lone_word_key`]).
/// Beside the sum, whether a title that tells a gender came before one of the mentions ("Mr
/// Fox"; "Fox's lawyers" says a person too, of a firm as often).
type LoneEvidence = BTreeMap<(String, usize), (Evidence, bool)>;

/// Sums the evidence of the lone words that are not yet assigned, by word and article. One
/// pass over the names, linear.
pub(super) fn lone_evidence(
    finds: &[ArticleFinds],
    assigned: &[Vec<Option<usize>>],
) -> LoneEvidence {
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
            let sum = sums.entry((key, a)).or_default();
            sum.0.merge(c.evidence);
            sum.1 |= c.courtesy.is_some();
        }
    }
    sums
}

/// For a lone surname of the collection's only person with it: in how many articles the
/// surname stands alone (no person of that surname named in full there), and in how many
/// the person is named in full.
#[derive(Default)]
pub(super) struct Reach {
    lone: FastMap<String, FastSet<usize>>,
    full: FastMap<usize, FastSet<usize>>,
}

impl Reach {
    pub(super) fn new(state: &mut MergeState, surnames: &FastMap<String, FastSet<usize>>) -> Self {
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
    pub(super) fn follows(&self, word: &str, person: usize, reference: &Reference) -> bool {
        let lone = self
            .lone
            .get(&exact_surname_key(word, reference))
            .map_or(0, FastSet::len);
        let full = self.full.get(&person).map_or(0, FastSet::len);
        lone <= 3 * full + 2
    }
}
