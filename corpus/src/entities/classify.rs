//! Weighing the evidence for what kind of thing a name is.

use crate::article::EntityKind;

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

    pub fn merge(&mut self, other: Evidence) {
        self.person += other.person;
        self.organization += other.organization;
        self.place += other.place;
    }

    /// The best-supported kind; ties go to person, then organisation.
    pub fn kind(&self) -> EntityKind {
        let mut best = (EntityKind::Person, self.person);
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

    /// The points of the best-supported kind.
    pub fn strength(&self) -> i32 {
        self.person.max(self.organization).max(self.place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn ties_prefer_person_then_organization() {
        assert_eq!(Evidence::default().kind(), EntityKind::Person);
        let e = Evidence {
            person: 0,
            organization: 2,
            place: 2,
        };
        assert_eq!(e.kind(), EntityKind::Organization);
    }
}
