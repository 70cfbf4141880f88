//! The user's corrections in `entities.toml`, applied by `corpus::load`.

use std::path::PathBuf;

use corpus::{Entity, EntityKind};

/// A fresh folder with two articles and the given curation file.
fn folder(name: &str, curation: Option<&str>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("entities-curation-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    let write = |file: &str, text: &str| std::fs::write(dir.join(file), text).expect("write");
    write(
        "bridge.txt",
        "Mayor opens the new bridge over the river\n\n\
         Mayor Marta Kowalczyk opened a bridge in Gdansk on Monday. Kowalczyk said the mayor's \
         office had waited ten years for it, Reuters reported.\n",
    );
    write(
        "port.txt",
        "Port traffic rises for a third year in a row\n\n\
         The Gdansk Port Authority said on Tuesday that traffic rose. Officials from the Baltic \
         Shipping Group said the mayor would visit Gdansk next week.\n",
    );
    if let Some(text) = curation {
        write("entities.toml", text);
    }
    dir
}

fn find<'e>(entities: &'e [Entity], name: &str) -> Option<&'e Entity> {
    entities.iter().find(|e| e.name == name)
}

const RULES: &str = r#"[[merge]]
names = ["Gdansk Port Authority", "Baltic Shipping Group"]
name = "Port of Gdansk"

[[rename]]
from = "Marta Kowalczyk"
to = "Marta K. Kowalczyk"

[[retype]]
name = "Gdansk"
kind = "organization"

[[hide]]
name = "Reuters"

[[alias]]
name = "Marta K. Kowalczyk"
aliases = ["the mayor"]

[[hide]]
name = "Atlantis"

[[retype]]
name = "Gdansk"
kind = "planet"
"#;

#[test]
fn rules_apply_and_mistakes_are_reported_with_their_line() {
    let dir = folder("rules", Some(RULES));
    let loaded = corpus::load(&dir).expect("load");
    let entities = &loaded.corpus.entities;

    let port = find(entities, "Port of Gdansk").expect("merged and renamed");
    assert_eq!(port.articles.len(), 1);
    assert!(port.aliases.contains(&"Gdansk Port Authority".to_string()));
    assert!(port.aliases.contains(&"Baltic Shipping Group".to_string()));
    assert_eq!(port.mention_count(), 2, "{port:?}");

    let mayor = find(entities, "Marta K. Kowalczyk").expect("renamed");
    assert!(mayor.aliases.contains(&"Marta Kowalczyk".to_string()));
    assert!(mayor.aliases.contains(&"the mayor".to_string()));
    // "the mayor" is found in both articles once the alias is added.
    assert_eq!(mayor.articles.len(), 2, "{mayor:?}");

    assert_eq!(
        find(entities, "Gdansk").map(|e| e.kind),
        Some(EntityKind::Organization)
    );
    assert!(find(entities, "Reuters").is_none());

    let notices: Vec<String> = loaded
        .notices
        .iter()
        .filter(|n| n.path == corpus::CURATION_FILE)
        .map(|n| n.message.clone())
        .collect();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        notices
            .iter()
            .any(|m| m.starts_with("line 20:") && m.contains("Atlantis")),
        "{notices:?}"
    );
    assert!(
        notices
            .iter()
            .any(|m| m.starts_with("line 23:") && m.contains("planet")),
        "{notices:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_is_not_toml_is_reported_and_the_build_goes_on() {
    let dir = folder(
        "broken",
        Some("[[merge]]\nnames = [\"A\", \"B\"\n\n[[hide]\nname = 1\n"),
    );
    let loaded = corpus::load(&dir).expect("load");
    assert!(find(&loaded.corpus.entities, "Marta Kowalczyk").is_some());
    let notice = loaded
        .notices
        .iter()
        .find(|n| n.path == corpus::CURATION_FILE)
        .expect("a notice about the file");
    assert!(notice.message.starts_with("line "), "{notice}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_a_curation_file_nothing_changes_and_nothing_is_reported() {
    let plain = corpus::load(&folder("plain", None)).expect("load");
    let empty = corpus::load(&folder("empty", Some("# nothing to correct\n"))).expect("load");
    assert_eq!(plain.corpus.entities, empty.corpus.entities);
    assert!(find(&plain.corpus.entities, "Reuters").is_some());
    for loaded in [&plain, &empty] {
        assert!(!loaded
            .notices
            .iter()
            .any(|n| n.path == corpus::CURATION_FILE));
    }
}
