//! The join rules of [`MergeState`] for firms named by their legal name and by a shorter
//! form in one article, and the words a firm's legal name is known by.

use crate::article::{Article, EntityKind};
use crate::entities::candidates::{Candidate, CapsStats};
use crate::entities::classify;
use crate::entities::data::Reference;
use crate::entities::names::{
    deletions, display, is_all_caps, is_capitalised, is_dotted_initials, squash, within_one_edit,
};

use super::article_index::sole;
use super::keys::{person_like, surname_word};
use super::{FastMap, FastSet, MergeState};

impl MergeState<'_> {
    /// "Circuit Systems Inc" and "Circuit Systems", "Consolidated TVX Mining Corp" and
    /// "Consolidated TVX", "E.F. Hutton LBO Inc" and "Hutton LBO" in one article: wire copy
    /// names a firm by its legal name once, then by its first two words or more without the
    /// legal form (and without the given names or initials of the person it is named after).
    /// Joined when one firm of the article opens that way; not a name reference data knows
    /// ("New York" in "New York Life Insurance Co"), nor a person's: a short form read as a
    /// personal name ("Ondrin Trading", "Penn Traffic") is the firm's unless it is a given
    /// name and a family name ("Dale Burdett Inc" and "Dale Burdett") or something in the
    /// article says a person ("Varne Tool Corp" and "Mr. Varne Tool").
    pub(super) fn join_firm_forms(&mut self) {
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
                // "Mario Gabelli and Co": "Mario Gabelli" alone is the person.
                let partners = classify::names_partners(&core, reference);
                if !formal || partners || c.reference.is_some() || person_like(c) {
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
    pub(super) fn join_firm_short_forms(&mut self) {
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
    pub(super) fn join_split_firm_forms(&mut self, articles: &[Article]) {
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
    pub(super) fn join_firm_towns(&mut self) {
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
}

/// The name words of a firm's legal name without its legal forms ("Nippon Kokan" of "Nippon
/// Kokan KK"): a name reference data does not know, read as no person's, that ends in a legal
/// form.
pub(super) fn legal_core<'c>(c: &'c Candidate, reference: &Reference) -> Option<Vec<&'c str>> {
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

/// The words a firm's legal name (its name words, then one or more legal forms: "Exco
/// International Plc", "E.F. Hutton Group Inc", "Consolidated TVX Mining Corp") is known by
/// alone in wire copy: its first word after any given names and initials ("Exco",
/// "Hutton"), or its last when all are given names ("Fairfax" of "John Fairfax Ltd"), and
/// any word of it in capitals ("TVX"). Not a word that says something of its
/// own: a known name, a given name, a generic, head or place word, a word the collection
/// writes in lowercase ("Sale Tilney Plc" is no "sale").
pub(super) fn firm_words<'c>(
    c: &'c Candidate,
    reference: &Reference,
    caps: &CapsStats,
) -> Vec<&'c str> {
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
