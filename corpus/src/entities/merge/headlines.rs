//! The last steps on the clusters before entities are built: a kind lent across "X and Y",
//! and the names of Title Case headlines matched to the names already known.

use crate::article::{EntityKind, Mention};
use crate::entities::candidates::CapsStats;
use crate::entities::names::{display, is_all_caps};

use super::keys::{person_like, spaced_key};
use super::{FastMap, FastSet, MergeState};

impl MergeState<'_> {
    /// "X and Y": a name with no evidence of its own takes the kind of its well-known partner.
    pub(super) fn add_coordination(&mut self) {
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
    pub(super) fn add_headlines(
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
