//! Building the entities from the clusters: which clusters are names, their canonical name
//! and their kind.

use crate::article::{Entity, EntityKind, MentionSet};
use crate::entities::candidates::CapsStats;
use crate::entities::classify;
use crate::entities::data::Reference;
use crate::entities::names::{is_all_caps, is_capitalised, squash};

use super::clusters::{Cluster, Clusters};

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
        // "Ernst and Young" is "Ernst & Young" as wire copy writes it.
        let written = squash(&k.name.replace('&', " and "));
        // The usual spelling first, then one not in capitals ("New York", not "NEW YORK").
        let best = cl
            .surfaces
            .keys()
            .filter(|s| squash(s) == key || squash(s) == written)
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
        // "Standard and Poor's": a mention ends before a possessive, the name's own here.
        let owned = cl.surfaces.keys().find(|s| {
            let owner = format!("{}s", squash(s));
            owner == key || owner == written
        });
        if let Some(s) = owned {
            return Some(format!("{s}'s"));
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

/// A word for a doctrine or a faith, or for its followers: "Marxism", "Hinduism",
/// "Zionisms", "Peronists", "Maoists" (not a family name made plural: "the Lindqvists").
fn is_doctrine(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    let followers = word.ends_with("ists") && !word.ends_with("vists") && !word.ends_with("uists");
    stem.len() >= 6
        && (stem.ends_with("ism") || followers)
        && is_capitalised(word)
        && !is_all_caps(word)
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

pub(super) fn build(clusters: Clusters, reference: &Reference, caps: &CapsStats) -> Vec<Entity> {
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
        // ("Standard and Poor" is "Standard and Poor's" without its own possessive.)
        let mut aliases: Vec<String> = cl
            .surfaces
            .into_keys()
            .filter(|s| *s != name && name.strip_suffix("'s") != Some(s.as_str()))
            .collect();
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
