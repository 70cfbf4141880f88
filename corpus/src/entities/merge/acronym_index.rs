//! Acronyms: those the text defines (`Long Name (LN)`) and the collection's names by the
//! acronyms that abbreviate them.

use crate::entities::acronyms;
use crate::entities::candidates::Candidate;

use super::clusters::Clusters;
use super::{ArticleFinds, FastMap};

/// The acronyms the articles `finds` define (`Long Name (LN)`), each with the entity it
/// names, or `None` when they define it for several.
pub(super) fn definitions(
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
pub(super) enum Local {
    None,
    One(usize),
    Several,
}

/// The multi-word names of the whole collection by the acronyms that abbreviate them
/// ([`acronyms::keys`]), for an acronym its own article does not spell out.
pub(super) struct AcronymIndex {
    names: FastMap<String, Vec<(usize, usize)>>,
}

impl AcronymIndex {
    pub(super) fn new(finds: &[ArticleFinds], assigned: &[Vec<Option<usize>>]) -> Self {
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
    pub(super) fn only(
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

/// Names an acronym may abbreviate: two name words or more, not from reference data.
pub(super) fn spells_acronyms(c: &Candidate) -> bool {
    c.reference.is_none() && c.name_count() >= 2
}
