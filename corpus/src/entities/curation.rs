//! The user's corrections to the entity list, read from an optional `entities.toml`.
//!
//! ```toml
//! [[merge]]                      # several entities are one; `name` (optional) is kept
//! names = ["Jon Smith", "John Smith"]
//! name = "John Smith"
//!
//! [[rename]]
//! from = "Smith"
//! to = "John Smith"
//!
//! [[retype]]                     # kind: "person", "organization" or "place"
//! name = "Jordan"
//! kind = "person"
//!
//! [[hide]]
//! name = "Reuters"
//!
//! [[alias]]                      # more names for an entity; the text is searched for them
//! name = "World Health Organization"
//! aliases = ["W.H.O."]
//! ```
//!
//! Entities are named by their name or any alias, in any case. A mistake is reported with
//! its line and the rest of the file still applies.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::names::squash;
use super::text::tokenize;
use crate::article::{Article, Entity, EntityKind, Mention, MentionSet};

/// A problem in the curation file, with its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurationIssue {
    /// The 1-based line of the curation file.
    pub line: usize,
    /// What is wrong, for the reader of the build's output.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Action {
    Merge {
        names: Vec<String>,
        name: Option<String>,
    },
    Rename {
        from: String,
        to: String,
    },
    Retype {
        name: String,
        kind: EntityKind,
    },
    Hide {
        name: String,
    },
    Alias {
        name: String,
        aliases: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    line: usize,
    action: Action,
}

/// The corrections read from a curation file, in the order they apply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Curation {
    rules: Vec<Rule>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Reads one table of the file into an action, or says what is wrong with it.
struct TableReader<'t, 'i> {
    table: &'t DeTable<'i>,
}

impl TableReader<'_, '_> {
    fn value(&self, key: &str) -> Option<&DeValue<'_>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v.get_ref())
    }

    fn string(&self, key: &str) -> Result<String, String> {
        match self.value(key) {
            Some(DeValue::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            Some(_) => Err(format!("`{key}` must be a non-empty string")),
            None => Err(format!("missing `{key}`")),
        }
    }

    fn optional_string(&self, key: &str) -> Result<Option<String>, String> {
        match self.value(key) {
            None => Ok(None),
            Some(_) => self.string(key).map(Some),
        }
    }

    fn strings(&self, key: &str) -> Result<Vec<String>, String> {
        let error = || format!("`{key}` must be a list of non-empty strings");
        match self.value(key) {
            Some(DeValue::Array(items)) => items
                .iter()
                .map(|item| match item.get_ref() {
                    DeValue::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
                    _ => Err(error()),
                })
                .collect(),
            Some(_) => Err(error()),
            None => Err(format!("missing `{key}`")),
        }
    }

    fn only_keys(&self, allowed: &[&str]) -> Result<(), String> {
        for (k, _) in self.table.iter() {
            let k = k.get_ref().as_ref();
            if !allowed.contains(&k) {
                return Err(format!(
                    "unknown key `{k}` (expected {})",
                    allowed.join(", ")
                ));
            }
        }
        Ok(())
    }

    fn action(&self, section: &str) -> Result<Action, String> {
        match section {
            "merge" => {
                self.only_keys(&["names", "name"])?;
                let names = self.strings("names")?;
                if names.len() < 2 {
                    return Err("`names` must list at least two entities".into());
                }
                let name = self.optional_string("name")?;
                Ok(Action::Merge { names, name })
            }
            "rename" => {
                self.only_keys(&["from", "to"])?;
                Ok(Action::Rename {
                    from: self.string("from")?,
                    to: self.string("to")?,
                })
            }
            "retype" => {
                self.only_keys(&["name", "kind"])?;
                let kind = self.string("kind")?;
                let kind = EntityKind::ALL
                    .into_iter()
                    .find(|k| k.as_str() == kind)
                    .ok_or_else(|| {
                        format!("unknown kind `{kind}` (expected person, organization or place)")
                    })?;
                Ok(Action::Retype {
                    name: self.string("name")?,
                    kind,
                })
            }
            "hide" => {
                self.only_keys(&["name"])?;
                Ok(Action::Hide {
                    name: self.string("name")?,
                })
            }
            "alias" => {
                self.only_keys(&["name", "aliases"])?;
                Ok(Action::Alias {
                    name: self.string("name")?,
                    aliases: self.strings("aliases")?,
                })
            }
            _ => Err(format!(
                "unknown section `{section}` (expected merge, rename, retype, hide or alias)"
            )),
        }
    }
}

impl Curation {
    /// Reads a curation file. Rules with mistakes are left out and reported.
    pub fn parse(text: &str) -> (Curation, Vec<CurationIssue>) {
        let (doc, errors) = DeTable::parse_recoverable(text);
        let mut issues: Vec<CurationIssue> = errors
            .iter()
            .map(|e| CurationIssue {
                line: e.span().map_or(1, |s| line_of(text, s.start)),
                message: e.message().trim().to_string(),
            })
            .collect();
        let mut rules = Vec::new();
        if !issues.is_empty() {
            return (Curation { rules }, issues);
        }
        let issue = |span: Range<usize>, message: String| CurationIssue {
            line: line_of(text, span.start),
            message,
        };
        for (key, value) in doc.get_ref().iter() {
            let section = key.get_ref().as_ref();
            let tables: Vec<&Spanned<DeValue>> = match value.get_ref() {
                DeValue::Array(items) => items.iter().collect(),
                _ => {
                    issues.push(issue(
                        key.span(),
                        format!("`{section}` must be written as [[{section}]] tables"),
                    ));
                    continue;
                }
            };
            for item in tables {
                let DeValue::Table(table) = item.get_ref() else {
                    issues.push(issue(
                        item.span(),
                        format!("`{section}` entries must be tables"),
                    ));
                    continue;
                };
                match (TableReader { table }).action(section) {
                    Ok(action) => rules.push(Rule {
                        line: line_of(text, item.span().start),
                        action,
                    }),
                    Err(message) => {
                        issues.push(issue(item.span(), format!("[[{section}]]: {message}")))
                    }
                }
            }
        }
        rules.sort_by_key(|r| r.line);
        issues.sort_by_key(|i| i.line);
        (Curation { rules }, issues)
    }

    /// Whether the file has no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Applies the rules in file order; names that match no entity are reported.
    pub fn apply(&self, entities: &mut Vec<Entity>, articles: &[Article]) -> Vec<CurationIssue> {
        let mut issues = Vec::new();
        for rule in &self.rules {
            let missing = |name: &str| CurationIssue {
                line: rule.line,
                message: format!("no entity is called \"{name}\""),
            };
            match &rule.action {
                Action::Merge { names, name } => {
                    let mut found = Vec::new();
                    for n in names {
                        match find(entities, n) {
                            Some(i) if !found.contains(&i) => found.push(i),
                            Some(_) => {}
                            None => issues.push(missing(n)),
                        }
                    }
                    merge(entities, &mut found);
                    if let (Some(&keep), Some(name)) = (found.first(), name) {
                        rename(&mut entities[keep], name);
                    }
                }
                Action::Rename { from, to } => match find(entities, from) {
                    Some(i) => rename(&mut entities[i], to),
                    None => issues.push(missing(from)),
                },
                Action::Retype { name, kind } => match find(entities, name) {
                    Some(i) => entities[i].kind = *kind,
                    None => issues.push(missing(name)),
                },
                Action::Hide { name } => match find(entities, name) {
                    Some(i) => {
                        entities.remove(i);
                    }
                    None => issues.push(missing(name)),
                },
                Action::Alias { name, aliases } => match find(entities, name) {
                    Some(i) => {
                        for alias in aliases {
                            add_alias(&mut entities[i], alias, articles);
                        }
                    }
                    None => issues.push(missing(name)),
                },
            }
        }
        issues
    }
}

/// The entity with this name, else the one with this alias.
fn find(entities: &[Entity], name: &str) -> Option<usize> {
    let key = squash(name);
    entities
        .iter()
        .position(|e| squash(&e.name) == key)
        .or_else(|| {
            entities
                .iter()
                .position(|e| e.aliases.iter().any(|a| squash(a) == key))
        })
}

fn rename(entity: &mut Entity, to: &str) {
    if entity.name == to {
        return;
    }
    let old = std::mem::replace(&mut entity.name, to.to_string());
    entity.aliases.retain(|a| a != to);
    if !entity.aliases.contains(&old) {
        entity.aliases.push(old);
        entity.aliases.sort();
    }
}

/// Folds the entities at `indices` into the first of them.
fn merge(entities: &mut Vec<Entity>, indices: &mut Vec<usize>) {
    let Some(&keep) = indices.first() else { return };
    let mut others: Vec<usize> = indices.iter().skip(1).copied().collect();
    others.sort_unstable_by(|a, b| b.cmp(a));
    let mut absorbed = Vec::new();
    for i in others {
        if i < entities.len() {
            absorbed.push(entities.remove(i));
        }
    }
    let keep = keep - indices.iter().skip(1).filter(|&&i| i < keep).count();
    indices.clear();
    indices.push(keep);
    let Some(target) = entities.get_mut(keep) else {
        return;
    };
    for other in absorbed {
        target.aliases.push(other.name);
        target.aliases.extend(other.aliases);
        for set in other.articles {
            add_mentions(target, set.article, set.mentions);
        }
    }
    let name = target.name.clone();
    target.aliases.retain(|a| *a != name);
    target.aliases.sort();
    target.aliases.dedup();
}

fn add_mentions(entity: &mut Entity, article: u32, mentions: Vec<Mention>) {
    let position = entity
        .articles
        .binary_search_by_key(&article, |s| s.article);
    let set = match position {
        Ok(p) => &mut entity.articles[p],
        Err(p) => {
            entity.articles.insert(
                p,
                MentionSet {
                    article,
                    mentions: Vec::new(),
                },
            );
            &mut entity.articles[p]
        }
    };
    set.mentions.extend(mentions);
    set.mentions.sort();
    set.mentions.dedup();
}

/// Adds an alias, and a mention wherever the articles spell it out as whole words.
fn add_alias(entity: &mut Entity, alias: &str, articles: &[Article]) {
    if !entity.aliases.iter().any(|a| a == alias) && entity.name != alias {
        entity.aliases.push(alias.to_string());
        entity.aliases.sort();
    }
    let reference = super::data::reference();
    let wanted: Vec<String> = tokenize(alias, reference)
        .iter()
        .filter(|t| t.word)
        .map(|t| t.text(alias).to_string())
        .collect();
    if wanted.is_empty() {
        return;
    }
    for (a, article) in articles.iter().enumerate() {
        let texts = std::iter::once((Mention::TITLE, article.title.as_str())).chain(
            article
                .blocks
                .iter()
                .enumerate()
                .map(|(i, b)| (i as u32, b.text.as_str())),
        );
        let mut found = Vec::new();
        for (block, text) in texts {
            let words: Vec<_> = tokenize(text, reference)
                .into_iter()
                .filter(|t| t.word)
                .collect();
            for window in words.windows(wanted.len()) {
                let same = window.iter().zip(&wanted).all(|(t, w)| t.text(text) == w);
                if let (true, Some(first), Some(last)) = (same, window.first(), window.last()) {
                    found.push(Mention {
                        block,
                        start: first.start as u32,
                        end: last.end as u32,
                    });
                }
            }
        }
        if !found.is_empty() {
            add_mentions(entity, a as u32, found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_name_their_line() {
        let (curation, issues) = Curation::parse("[[hide]]\nname = \"X\"\n\n[[rename]\nfrom = 1\n");
        assert!(curation.is_empty());
        assert_eq!(issues.first().map(|i| i.line), Some(4), "{issues:?}");
    }

    #[test]
    fn bad_rules_are_reported_and_good_ones_kept() {
        let text = "[[hide]]\nname = \"A\"\n\n[[retype]]\nname = \"B\"\nkind = \"planet\"\n\n[[rename]]\nfrom = \"C\"\nto = \"D\"\n\n[[colour]]\nname = \"E\"\n";
        let (curation, issues) = Curation::parse(text);
        assert_eq!(curation.rules.len(), 2);
        let lines: Vec<usize> = issues.iter().map(|i| i.line).collect();
        assert_eq!(lines, [4, 12], "{issues:?}");
        assert!(issues[0].message.contains("planet"));
        assert!(issues[1].message.contains("colour"));
    }
}
