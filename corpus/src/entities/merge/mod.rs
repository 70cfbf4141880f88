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

mod acronym_index;
mod article_index;
mod clusters;
mod firms;
mod headlines;
mod joins;
mod keys;
mod lone_words;
mod output;

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use super::candidates::{Candidate, CapsStats, HeadlineRun};
use super::data::{Fnv, Reference};
use super::names::{is_all_caps, squash, variant_key};
use super::{acronyms, classify};
use crate::article::{Article, Entity, EntityKind, Mention};
use acronym_index::{definitions, AcronymIndex, Local};
use article_index::{body_clusters, ArticleIndex};
use clusters::Clusters;
use keys::{
    exact_surname_key, given_surnames_in, name_key, particle_led, particled_surnames, person_key,
    person_like, surname_key, surname_word, surnames_in, told_gender,
};
use lone_words::{lone_evidence, lone_word_key, lone_words_apart, told_kind, Reach};
use output::build;

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The names found in one article.
#[derive(Debug, Default, Clone)]
pub struct ArticleFinds {
    pub candidates: Vec<Candidate>,
    pub headlines: Vec<HeadlineRun>,
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
                let surname = state.resolve_surname(a, &word, at, c.courtesy, &index, &mut earlier);
                // "Campeau" beside "Robert Campeau" and "Campeau Corp" is either: the man
                // where the word's own context says a person ("Campeau explained", "Mr.
                // Campeau"), the firm where it says a firm ("Campeau said its"), else neither
                // ("A Campeau source said", "bought by Campeau"): a guess is no mention. Its
                // own points, without those it took from the firm's name.
                let firm = c
                    .firm_short
                    .then(|| {
                        index.firm(&word, f, reference, &state.assigned[a], &mut state.clusters)
                    })
                    .flatten();
                let surname = match (surname, firm) {
                    (Some(person), Some(firm))
                        if state.clusters.find(person) != state.clusters.find(firm) =>
                    {
                        let own = c.evidence.organization - classify::FIRM_SHORT_FORM;
                        if c.titled() || c.evidence.person > own {
                            Some(person)
                        } else if own > c.evidence.person {
                            Some(firm)
                        } else {
                            continue;
                        }
                    }
                    (surname, _) => surname,
                };
                surname
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
                                    .is_none_or(|&(e, _)| told_kind(e).is_none())
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
                // "Campeau" after "Campeau Corp" and "Robert Campeau", joined to the man:
                // what the firm's name said of the word is not said of him.
                if cl.person && c.firm_short {
                    evidence.add(EntityKind::Organization, -classify::FIRM_SHORT_FORM);
                }
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
