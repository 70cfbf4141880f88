//! The clusters of names that become entities: what each gathers (evidence, surfaces,
//! mentions) and the union-find that joins two of them into one.

use std::collections::BTreeMap;

use crate::article::Mention;
use crate::entities::classify::Evidence;

use super::FastMap;

#[derive(Debug, Default)]
pub(super) struct Cluster {
    pub(super) reference: Option<u32>,
    pub(super) evidence: Evidence,
    /// Surface form → number of mentions.
    pub(super) surfaces: FastMap<String, u32>,
    pub(super) mentions: BTreeMap<u32, Vec<Mention>>,
    /// Built from a full personal name.
    pub(super) person: bool,
    /// Mentions away from a sentence start, where a capital says something.
    pub(super) mid: usize,
    /// The strongest evidence one mention gives alone: many weak signs ("the X", "X said")
    /// over many mentions of a common word do not add up to a name.
    pub(super) best: i32,
    /// The most points one mention gives it as an organisation.
    pub(super) best_org: i32,
    /// Mentions of two name words or more that are phrases of ordinary words
    /// ([`Candidate::plain`]), and those that are not.
    pub(super) plain: usize,
    pub(super) named: usize,
    /// Mentions that name an event ([`Candidate::event`]): "Worlds 2013", "storm Abigail".
    pub(super) events: usize,
    /// Mentions after a noun for a work or a product ([`Candidate::work`]).
    pub(super) works: usize,
    /// Mentions before a noun for a thing ([`Candidate::thing`]).
    pub(super) things: usize,
    /// A known place's name used in one article for a sports team ([`Candidate::team`]).
    pub(super) team: bool,
    /// Mentions of one word right before a lowercase word ([`Candidate::modifier`]).
    pub(super) modifiers: usize,
}

/// Clusters with parent links, so that two clusters can become one.
#[derive(Debug, Default)]
pub(super) struct Clusters {
    pub(super) all: Vec<Cluster>,
    pub(super) parent: Vec<usize>,
}

impl Clusters {
    pub(super) fn new_cluster(&mut self, reference: Option<u32>, person: bool) -> usize {
        self.all.push(Cluster {
            reference,
            person,
            ..Cluster::default()
        });
        self.parent.push(self.parent.len());
        self.parent.len() - 1
    }

    pub(super) fn find(&mut self, mut c: usize) -> usize {
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

    pub(super) fn union(&mut self, a: usize, b: usize) {
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
    pub(super) fn join(&mut self, a: usize, b: usize) -> Option<&mut Cluster> {
        self.union(a, b);
        let root = self.find(a);
        self.all.get_mut(root)
    }
}
