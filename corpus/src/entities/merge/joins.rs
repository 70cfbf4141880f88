//! The join rules of [`MergeState`] that read names alone: typos, one text, tails of longer
//! names, newsrooms, demonyms, initialled places, dropped middle words, longer forms and
//! country prefixes. The firms' rules are in `firms`.

use crate::article::EntityKind;
use crate::entities::names::{
    deletions, display, is_all_caps, is_capitalised, is_dotted_initials, squash, within_one_edit,
};

use super::article_index::sole;
use super::keys::{person_like, stems, COUNTRY_ENDS, DEMONYM_ENDS};
use super::{FastMap, FastSet, MergeState};

impl MergeState<'_> {
    /// Joins full names whose first names agree and whose long surnames differ by one letter.
    pub(super) fn join_typos(&mut self, by_person: &FastMap<(String, String), usize>) {
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
    pub(super) fn join_same_text(&mut self) {
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
    pub(super) fn join_tails(&mut self) {
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
    pub(super) fn join_newsrooms(&mut self) {
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
    pub(super) fn join_demonym_of(&mut self) {
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
    pub(super) fn join_initialled_places(&mut self) {
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
    pub(super) fn join_dropped_middles(&mut self) {
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
    pub(super) fn join_longer_forms(&mut self) {
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

    /// "U.S. Mission" and "Mission": joined when only one country's is named.
    pub(super) fn join_country_prefixed(&mut self, by_key: &FastMap<String, usize>) {
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
}
