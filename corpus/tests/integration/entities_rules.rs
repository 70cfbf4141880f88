//! One test per rule of entity extraction, on small texts written for them.

use corpus::entities::extract;
use corpus::{Article, Entity, EntityKind, Mention};

fn articles(texts: &[&str]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| corpus::read::parse_article(&format!("a{i}.txt"), t))
        .collect()
}

fn entities(texts: &[&str]) -> Vec<Entity> {
    extract(&articles(texts))
}

fn find<'e>(entities: &'e [Entity], name: &str) -> Option<&'e Entity> {
    entities
        .iter()
        .find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
}

fn all_names(entities: &[Entity]) -> Vec<String> {
    entities
        .iter()
        .flat_map(|e| std::iter::once(e.name.clone()).chain(e.aliases.clone()))
        .collect()
}

fn kind_of(entities: &[Entity], name: &str) -> Option<EntityKind> {
    find(entities, name).map(|e| e.kind)
}

/// Every entity's name, kind and article count, for a failing assertion's message.
fn listing(entities: &[Entity]) -> Vec<(&str, EntityKind, usize)> {
    entities
        .iter()
        .map(|e| (e.name.as_str(), e.kind, e.articles.len()))
        .collect()
}

/// How many mentions of entity `name` read exactly `text`, per article of `read`.
fn mentions_as(read: &[Article], found: &[Entity], name: &str, text: &str) -> Vec<usize> {
    let entity = find(found, name).expect(name);
    let mut counts = vec![0; read.len()];
    for set in &entity.articles {
        let article = &read[set.article as usize];
        counts[set.article as usize] = set
            .mentions
            .iter()
            .filter(|m| {
                article
                    .block_text(m.block)
                    .get(m.start as usize..m.end as usize)
                    == Some(text)
            })
            .count();
    }
    counts
}

/// Asserts that exactly one entity passes `pick` and that it is found in `articles` articles,
/// listing every entity's name, kind and article count when not.
fn assert_one(entities: &[Entity], pick: impl Fn(&Entity) -> bool, articles: usize) {
    let picked: Vec<&Entity> = entities.iter().filter(|e| pick(e)).collect();
    assert!(
        picked.len() == 1 && picked[0].articles.len() == articles,
        "{:?}",
        listing(entities)
    );
}

/// Asserts that `name` is found with `kind`, listing every name found when it is not.
fn assert_kind(entities: &[Entity], name: &str, kind: EntityKind) {
    assert_eq!(
        kind_of(entities, name),
        Some(kind),
        "{name} in {:?}",
        all_names(entities)
    );
}

#[test]
fn capitals_at_sentence_starts_days_months_pronouns_and_demonyms_are_not_entities() {
    let found = entities(&[
        "Council votes on the budget after long talks\n\nOfficials met on Tuesday in March to vote. Separately, analysts said the plan was weak. \
         They expect Russian and Brazilian objections. Speaking in private, He said Syrians would wait. \
         Critics note the Europeans disagree.",
    ]);
    let names = all_names(&found);
    for word in [
        "Officials",
        "Tuesday",
        "March",
        "Separately",
        "Analysts",
        "They",
        "Russian",
        "Brazilian",
        "Speaking",
        "He",
        "Syrians",
        "Critics",
        "Europeans",
    ] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn a_title_before_a_name_gives_its_kind_and_is_not_part_of_it() {
    let found = entities(&[
        "Talks resume in the capital after a pause\n\nSwedish Foreign Minister Anna Lindqvist met Secretary of State Paul Oduya in Nairobi. \
         The ministry's spokesman Tomas Berg said the Secretary was pleased. The Prime Minister did not comment.",
    ]);
    assert_eq!(kind_of(&found, "Anna Lindqvist"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Paul Oduya"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Tomas Berg"), Some(EntityKind::Person));
    let names = all_names(&found);
    for bare in [
        "Secretary",
        "Prime Minister",
        "Foreign Minister Anna Lindqvist",
        "Swedish",
    ] {
        assert!(!names.iter().any(|n| n == bare), "{bare} in {names:?}");
    }
}

#[test]
fn a_surname_after_the_full_name_is_the_same_person() {
    let found = entities(&["Mayor wins a second term in the city\n\nMarta Kowalczyk won the vote. Kowalczyk said she was grateful. Kowalczyk’s team cheered."]);
    let persons: Vec<&Entity> = found
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .collect();
    assert_eq!(persons.len(), 1, "{found:?}");
    assert_eq!(persons[0].name, "Marta Kowalczyk");
    assert_eq!(persons[0].aliases, ["Kowalczyk"]);
    assert_eq!(persons[0].mention_count(), 3);
}

#[test]
fn two_people_with_one_surname_stay_two() {
    let found = entities(&[
        "A family business changes hands after decades\n\nGeorge Halvorsen founded the firm. His son, Eric Halvorsen, now runs it. \
         Eric Halvorsen said sales rose. George Halvorsen retired in 2010.",
    ]);
    assert!(find(&found, "George Halvorsen").is_some());
    assert!(find(&found, "Eric Halvorsen").is_some());
    assert_ne!(
        find(&found, "George Halvorsen").map(|e| &e.name),
        find(&found, "Eric Halvorsen").map(|e| &e.name)
    );
}

#[test]
fn a_lone_surname_shared_by_two_people_is_the_one_named_last_before_it() {
    let texts = ["A pension law turns eighty this week\n\nThe law was signed by President Walter Brandvold in 1944. \
         Critics attacked it for years. Anna Brandvold Jr., his granddaughter, spoke on Friday. \
         Brandvold, who once ran the agency, said the law still works."];
    let found = entities(&texts);
    let anna = find(&found, "Anna Brandvold Jr.").expect("Anna Brandvold Jr.");
    let walter = find(&found, "Walter Brandvold").expect("Walter Brandvold");
    assert_ne!(anna.name, walter.name);
    assert_eq!(anna.mention_count(), 2, "{found:?}");
    assert_eq!(walter.mention_count(), 1, "{found:?}");
}

#[test]
fn a_lone_surname_keeps_meaning_the_person_it_first_stood_for() {
    let texts = ["Activist held before a rally\n\nPolice detained Irena Saltykova on Saturday. \
         Saltykova, 44, has led protests for a year. Her sister, Vera Saltykova, a lawyer, was not allowed to see her. \
         Vera Saltykova said the family would appeal. Saltykova's supporters plan to gather on Sunday."];
    let found = entities(&texts);
    let irena = find(&found, "Irena Saltykova").expect("Irena Saltykova");
    let vera = find(&found, "Vera Saltykova").expect("Vera Saltykova");
    assert_eq!(irena.mention_count(), 3, "{found:?}");
    assert_eq!(vera.mention_count(), 2, "{found:?}");
}

#[test]
fn honours_and_degrees_after_a_name_are_no_part_of_it() {
    let found = entities(&["Screens grow as viewers split up\n\n\"Trends are emerging,\" says Professor Hanna Kowalewska OBE, of a London university. \
         Kowalewska said families still watch together. The committee heard from Tom Ashgrove MP and from Ruth Pellow, PhD, on Monday."]);
    let hanna = find(&found, "Hanna Kowalewska").expect("Hanna Kowalewska");
    assert_eq!(hanna.kind, EntityKind::Person);
    assert_eq!(hanna.aliases, ["Kowalewska"], "{found:?}");
    assert!(find(&found, "Tom Ashgrove").is_some(), "{found:?}");
    let names = all_names(&found);
    for junk in [
        "OBE",
        "MP",
        "PhD",
        "Hanna Kowalewska OBE",
        "Tom Ashgrove MP",
    ] {
        assert!(!names.iter().any(|n| n == junk), "{junk} in {names:?}");
    }
}

#[test]
fn a_city_before_words_of_its_own_is_one_name_with_them() {
    let found = entities(&["Fans and scientists meet in town\n\nThe owner of the Boston Harriers apologized on Monday. \
         Doctors at Toronto Grace Infirmary were busy, said Karen Oduya, director of Seattle Crime Lab. \
         A Dallas nurse treated the man. Officials in Ohio Republican Dan Marsters's office declined to comment."]);
    for name in [
        "Boston Harriers",
        "Toronto Grace Infirmary",
        "Seattle Crime Lab",
    ] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}: {found:?}"
        );
    }
    assert_eq!(
        kind_of(&found, "Dallas"),
        Some(EntityKind::Place),
        "{found:?}"
    );
    assert_eq!(
        kind_of(&found, "Dan Marsters"),
        Some(EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_plural_noun_after_a_list_gives_each_member_its_kind() {
    let found = entities(&["Prosecutors split over the bail plan\n\nThe office represents Harlan, Brody and Mayfield counties, the prosecutor said."]);
    for name in ["Harlan", "Brody", "Mayfield"] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Place),
            "{name}: {found:?}"
        );
    }
}

#[test]
fn the_holder_named_after_a_title_of_something_is_a_person() {
    let found = entities(&["Streaming boxes get a new guide\n\nThe changes came from users, according to Director of Product Design Maria Ostrander. \
         The award went to Chairman of Northwind Outfitters Lena Varga on Friday."]);
    assert_eq!(
        kind_of(&found, "Maria Ostrander"),
        Some(EntityKind::Person),
        "{found:?}"
    );
    assert_eq!(
        kind_of(&found, "Lena Varga"),
        Some(EntityKind::Person),
        "{found:?}"
    );
    assert_eq!(
        kind_of(&found, "Northwind Outfitters"),
        Some(EntityKind::Organization),
        "{found:?}"
    );
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n.contains("Product Design")),
        "{names:?}"
    );
}

#[test]
fn an_organisation_noun_after_a_given_name_makes_an_organisation() {
    let found = entities(&["A model climbs the charts\n\nLast year she was a blip on the screen of Rowena magazine, which ranked her 96th. \
         Rowena later put her on its cover."]);
    assert_eq!(
        kind_of(&found, "Rowena"),
        Some(EntityKind::Organization),
        "{found:?}"
    );
}

#[test]
fn the_head_word_of_a_known_name_alone_is_that_name() {
    let found = entities(&["Patient turned away\n\nThe family could not get an ambulance, The New York Times reports. \
         She was turned away at the hospital, the Times reports."]);
    let times = find(&found, "New York Times").expect("New York Times");
    assert_eq!(times.mention_count(), 2, "{found:?}");
    assert_eq!(
        found.iter().filter(|e| e.name == "Times").count(),
        0,
        "{found:?}"
    );
}

#[test]
fn a_name_between_a_firms_possessive_and_its_premises_is_a_place() {
    let found = entities(&["An early interview resurfaces\n\nThe clip was filmed at Northwind's Menlo Vale office in June 2005. \
         Northwind said it had no comment."]);
    assert_eq!(
        kind_of(&found, "Menlo Vale"),
        Some(EntityKind::Place),
        "{found:?}"
    );
    assert_eq!(
        kind_of(&found, "Northwind"),
        Some(EntityKind::Organization),
        "{found:?}"
    );
}

#[test]
fn a_name_listed_with_and_before_an_organisation_stays_its_own() {
    let found = entities(&["A judge's path to the bench\n\nShe studied at Dunmore and Calder Law School before clerking. \
         The Peace and Security Council met on Monday."]);
    assert!(find(&found, "Calder Law School").is_some(), "{found:?}");
    assert!(
        find(&found, "Peace and Security Council").is_some(),
        "{found:?}"
    );
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n.contains("Dunmore and")),
        "{names:?}"
    );
}

#[test]
fn a_capitalised_particle_at_a_sentence_start_is_part_of_the_surname() {
    let found = entities(&["Police missed the signs\n\nThe trail was cold, said Jelle van Brakel, a researcher in Leiden. \
         Van Brakel said the district had been neglected for years. \
         Al Gore spoke in Leiden on Monday."]);
    let jelle = find(&found, "Jelle van Brakel").expect("Jelle van Brakel");
    assert_eq!(jelle.mention_count(), 2, "{found:?}");
    assert_eq!(
        kind_of(&found, "Al Gore"),
        Some(EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_lone_institution_word_or_its_plural_is_no_entity() {
    let found = entities(&[
        "Ministers meet on trade\n\nThe European Commission proposed new rules. The Commission said talks would go on. \
         Governments of the region disagreed, and the Governments said so. The Court did not rule.",
        "Leaders gather\n\nGovernments and Agencies met in Lisbon, where the Agencies signed a pact.",
    ]);
    let commission = find(&found, "European Commission").expect("European Commission");
    assert_eq!(commission.mention_count(), 2, "{found:?}");
    assert!(
        commission.aliases.iter().any(|a| a == "Commission"),
        "{found:?}"
    );
    let names = all_names(&found);
    for word in ["Governments", "Agencies", "Court"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn a_surname_across_articles_merges_only_when_one_person_has_it() {
    let found = entities(&[
        "Mayor speaks at a rally in the capital\n\nMarta Kowalczyk spoke in Warsaw.",
        "Talks went well, the mayor says after meeting\n\nKowalczyk said the talks went well.",
        "Two candidates speak at the town meeting\n\nJan Nowak and Ewa Nowak both spoke.",
        "No comment from the council on the plan\n\nNowak said nothing.",
    ]);
    let marta = find(&found, "Marta Kowalczyk").expect("Marta Kowalczyk");
    assert_eq!(marta.articles.len(), 2);
    let jan = find(&found, "Jan Nowak").expect("Jan Nowak");
    let ewa = find(&found, "Ewa Nowak").expect("Ewa Nowak");
    assert_eq!((jan.articles.len(), ewa.articles.len()), (1, 1));
}

#[test]
fn spelling_variants_and_typos_of_a_name_merge() {
    let found = entities(&[
        "Envoy arrives for talks on the border dispute\n\nRussian envoy Aleksey Petrov arrived on Monday. Petrov said little.",
        "Envoy leaves after talks on the border dispute\n\nAleksei Petrov left on Friday. Ambassador Grigorenko met him; Grigorneko said they agreed.",
        "Host country prepares for the next round\n\nViktor Grigorenko is the host.",
    ]);
    let petrov = find(&found, "Aleksey Petrov").expect("Petrov");
    assert!(
        petrov.aliases.iter().any(|a| a == "Aleksei Petrov") || petrov.name == "Aleksei Petrov"
    );
    assert_eq!(petrov.articles.len(), 2);
    let g = find(&found, "Viktor Grigorenko").expect("Grigorenko");
    assert!(g.aliases.iter().any(|a| a == "Grigorneko"), "{g:?}");
}

#[test]
fn acronyms_merge_with_what_they_stand_for() {
    let found = entities(&[
        "Charity opens an office in the north\n\nThe Coalition for Rural Water Access (CRWA) opened an office. CRWA said it would hire 40 people.",
        "Aid staff will stay, officials say\n\nThe U.N. said on Monday that UN staff would stay. The United Nations has 40 staff there.",
        "Farmers protest as prices rise again\n\nThe Northern Farmers Cooperative Union said prices rose. NFCU members protested.",
    ]);
    let crwa = find(&found, "CRWA").expect("CRWA");
    assert_eq!(crwa.name, "Coalition for Rural Water Access");
    assert_eq!(crwa.kind, EntityKind::Organization);
    let un = find(&found, "U.N.").expect("U.N.");
    assert_eq!(un.name, "United Nations");
    assert!(un.aliases.contains(&"UN".to_string()));
    assert_eq!(
        find(&found, "NFCU").map(|e| e.name.as_str()),
        Some("Northern Farmers Cooperative Union")
    );
}

#[test]
fn the_possessives_and_curly_apostrophes_make_no_new_entities() {
    let found = entities(&[
        "Exports grow as ministers meet in the region\n\nThe Netherlands' exports grew. Tanzania's president and Tanzania’s ministers met the Netherlands envoy in Tanzania.",
    ]);
    let tanzania = find(&found, "Tanzania").expect("Tanzania");
    assert_eq!(tanzania.mention_count(), 3);
    assert!(tanzania.aliases.is_empty(), "{tanzania:?}");
    let netherlands = find(&found, "Netherlands").expect("Netherlands");
    assert_eq!(netherlands.mention_count(), 2);
    assert!(!all_names(&found)
        .iter()
        .any(|n| n.starts_with("The ") || n.contains('\'')));
}

#[test]
fn countries_cities_and_their_other_names_are_one_place_each() {
    let found = entities(&[
        "Envoys fly in for talks on reconstruction\n\nOfficials from the United States and Britain flew to Kiev. The U.S. and the UK will open offices in Kyiv. America agreed.",
    ]);
    let us = find(&found, "United States").expect("United States");
    assert_eq!(us.mention_count(), 3, "{us:?}");
    assert_eq!(find(&found, "UK").map(|e| e.name.as_str()), Some("Britain"));
    let kyiv = find(&found, "Kiev").expect("Kiev");
    assert_eq!(kyiv.mention_count(), 2);
    assert_eq!(kyiv.kind, EntityKind::Place);
}

#[test]
fn context_tells_the_kind_of_unknown_names() {
    let found = entities(&[
        "Volunteers reach flooded villages after storm\n\nVolunteers arrived in Zaborye on Monday. Halloran said the roads were closed. \
         Nordvik Holdings, the shipping company, sent boats. Ms. Oyelaran thanked them. \
         Aid reached Kessab, Syria, by night. The Lake Ivoro region flooded.",
    ]);
    assert_eq!(kind_of(&found, "Zaborye"), Some(EntityKind::Place));
    // A lone word never named in full nor after a title: "Halloran said" may be a company's
    // statement as well as a person's, and news names a person in full first.
    assert_eq!(kind_of(&found, "Halloran"), Some(EntityKind::Organization));
    assert_eq!(
        kind_of(&found, "Nordvik Holdings"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&found, "Oyelaran"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Kessab"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Lake Ivoro"), Some(EntityKind::Place));
}

#[test]
fn lines_in_capitals_are_skipped_and_title_case_headlines_only_repeat_known_names() {
    let found = entities(&[
        "Kowalczyk Warns Of Big Storm Ahead\n\nWORLD NEWS | TOP STORIES | EUROPE\n\nMarta Kowalczyk, the mayor, spoke on Monday.",
    ]);
    let names = all_names(&found);
    for junk in [
        "Big Storm",
        "Storm",
        "Ahead",
        "WORLD NEWS",
        "TOP STORIES",
        "Europe",
        "EUROPE",
    ] {
        assert!(!names.iter().any(|n| n == junk), "{junk} in {names:?}");
    }
    let marta = find(&found, "Marta Kowalczyk").expect("Marta Kowalczyk");
    assert!(marta.articles[0]
        .mentions
        .iter()
        .any(|m| m.block == Mention::TITLE));
}

#[test]
fn mentions_are_byte_ranges_of_the_names_in_their_blocks() {
    let texts = [
        "Café owner’s win\n\nThe Ünal family’s café in İzmir won. Zeynep Ünal said: “We are proud.” Ünal thanked Ankara’s mayor.",
    ];
    let arts = articles(&texts);
    let found = extract(&arts);
    assert!(!found.is_empty());
    for e in &found {
        for set in &e.articles {
            let a = &arts[set.article as usize];
            for m in &set.mentions {
                let text = if m.block == Mention::TITLE {
                    &a.title
                } else {
                    &a.blocks[m.block as usize].text
                };
                let slice = text
                    .get(m.start as usize..m.end as usize)
                    .expect("on char boundaries");
                assert!(
                    std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| n == slice),
                    "{slice:?} for {}",
                    e.name
                );
            }
        }
    }
    assert_eq!(kind_of(&found, "Zeynep Ünal"), Some(EntityKind::Person));
}

#[test]
fn output_is_sorted_by_articles_then_mentions_then_name() {
    let found = entities(&[
        "Cities meet to discuss the rail link\n\nOslo and Bergen met Tromso. Oslo again.",
        "Rail link talks continue in the north\n\nOslo and Bergen.",
    ]);
    let order: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(order, ["Oslo", "Bergen", "Tromso"]);
}

#[test]
fn strange_input_never_panics() {
    let nasty = [
        "",
        "\u{0}\u{7}\u{1b}[31m",
        "\"(",
        "A (B",
        "U.S.-led \u{201c}coalition\u{201d} – al- ",
        "مرحبا بالعالم Mohammed said",
        "Привет Москва. Путин said.",
        "🙂 Emoji 🙂 Emoji's 🙂",
        &"Very Long Capitalised Run ".repeat(300),
        "'s ’s - -- al- bin ( ) [ ]",
        &"Russia Syria ".repeat(500),
        &"President Minister of State ".repeat(300),
        &"In Paris, ".repeat(500),
    ];
    let found = entities(&nasty);
    for e in &found {
        assert!(!e.name.is_empty());
    }
}

#[test]
fn suffixes_two_word_titles_credit_lines_and_often_named_words() {
    let found = entities(&["Carmaker faces new fine over software rules\n\n\
         Regulators fined Zentrix on Monday. Zentrix will appeal, and Zentrix shares fell. \
         Zentrix Chief Executive Dana Holm said Martin Luther King Jr. inspired her.\n\n\
         Writing by Ines Marlow; Editing by Tom Barde"]);
    assert_eq!(kind_of(&found, "Zentrix"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Dana Holm"), Some(EntityKind::Person));
    assert_eq!(
        kind_of(&found, "Martin Luther King Jr."),
        Some(EntityKind::Person)
    );
    // The credit line is the article's metadata (issue 13.5): its names are no entities.
    let names = all_names(&found);
    for wrong in [
        "Ines Marlow",
        "Tom Barde",
        "Executive Dana Holm",
        "Jr.",
        "Martin Luther",
        "Writing",
        "Editing",
    ] {
        assert!(!names.iter().any(|n| n == wrong), "{wrong} in {names:?}");
    }
}

#[test]
fn long_agency_names_their_acronyms_and_place_nouns() {
    let found = entities(
        &["Floods displace thousands in the north of the country\n\n\
         Rain flooded Dorvan state on Tuesday. The United Nations Office for the Coordination of \
         Humanitarian Affairs, OCHA, said 9,000 people had fled. OCHA asked for help."],
    );
    let ocha = find(&found, "OCHA").expect("OCHA");
    assert_eq!(
        ocha.name,
        "United Nations Office for the Coordination of Humanitarian Affairs"
    );
    assert_eq!(ocha.mention_count(), 3);
    assert_eq!(kind_of(&found, "Dorvan"), Some(EntityKind::Place));
    assert!(find(&found, "Humanitarian Affairs").is_none());
}

#[test]
fn names_in_credit_lines_are_not_entities() {
    let article = corpus::read::parse_article(
        "a.txt",
        "Quarry plan divides the valley\n\n\
         By Mara Quist\n\n\
         The council in Dornbach approved the quarry on Monday, Mayor Ilse Varga said.\n\n\
         With reporting by Wirenet and Ostpress\n\n\
         Teo Brandt contributed to this report.\n",
    );
    let found = extract(&[article]);
    let names = all_names(&found);
    for credited in ["Mara Quist", "Wirenet", "Ostpress", "Teo Brandt"] {
        assert!(
            !names.iter().any(|n| n == credited),
            "{credited} in {names:?}"
        );
    }
    assert_eq!(kind_of(&found, "Ilse Varga"), Some(EntityKind::Person));
}

#[test]
fn accents_fold_as_in_search() {
    // ș (comma below), ş (cedilla) and no accent: one name, as search and slugs read it.
    let found = entities(&[
        "Floods reach the west\n\nRescuers in Timișoara said on Monday the river rose. Officials in Timişoara and in Timisoara asked for help.",
    ]);
    let city: Vec<&Entity> = found
        .iter()
        .filter(|e| e.name.to_lowercase().starts_with("timi"))
        .collect();
    assert_eq!(city.len(), 1, "{city:?}");
    assert_eq!(city[0].mention_count(), 3);
}

#[test]
fn an_acronym_names_a_person_only_where_the_article_names_them_in_full() {
    let found = entities(&[
        "Actor remembered by his family\n\nThe actor Kell Van Tarro died on Monday, his family said.",
        "Players sell badly this year\n\nShops stock fewer KVT players. Makers of KVT players said sales fell.",
        "President back from the summit\n\nFrederick Dalano Ruskin spoke on Monday. FDR said the talks went well.",
    ]);
    let actor = find(&found, "Kell Van Tarro").expect("Kell Van Tarro");
    assert!(!actor.aliases.iter().any(|a| a == "KVT"), "{actor:?}");
    let president = find(&found, "Frederick Dalano Ruskin").expect("Frederick Dalano Ruskin");
    assert!(
        president.aliases.iter().any(|a| a == "FDR"),
        "{president:?}"
    );
}

#[test]
fn a_word_alone_in_many_articles_is_not_the_surname_of_one_named_once() {
    let mut texts = vec![
        "Trader joins the board\n\nOrla Quenby joined the board on Monday, she said.".to_string(),
    ];
    for i in 0..6 {
        texts.push(format!(
            "Energy trader reports again, number {i}\n\nQuenby shares rose on Monday. Quenby employees were told of the deal."
        ));
    }
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let found = entities(&texts);
    let person = find(&found, "Orla Quenby").expect("Orla Quenby");
    assert_eq!(person.articles.len(), 1, "{person:?}");
    let firm = found.iter().find(|e| e.name == "Quenby").expect("Quenby");
    assert_eq!(firm.kind, EntityKind::Organization);
    assert_eq!(firm.articles.len(), 6);
}

#[test]
fn a_given_name_alone_is_a_person_and_words_after_a_firm_make_it_one() {
    let found = entities(&[
        "Radio show returns after a break\n\nRoss said the show would go on. Listeners called Ross all morning.",
        "Shipping firm cuts jobs\n\nBrevik shares fell 5 percent on Monday. Brevik employees were told of the cuts. Investors in Brevik lost money.",
    ]);
    assert_eq!(kind_of(&found, "Ross"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Brevik"), Some(EntityKind::Organization));
}

#[test]
fn compass_demonyms_phrases_of_ordinary_words_and_clauses_are_not_names() {
    let found = entities(&[
        "Leaders meet on trade\n\nWest African leaders met in Accra on Monday. East Asian markets fell. \
         Social Security checks will rise, and workers pay into Social Security every month; social \
         safety and the security of retirees matter. Her memoir, Tell Me Everything, sold well.",
    ]);
    let names = all_names(&found);
    for phrase in [
        "West African",
        "East Asian",
        "Social Security",
        "Tell Me Everything",
        "Tell Me",
    ] {
        assert!(!names.iter().any(|n| n == phrase), "{phrase} in {names:?}");
    }
    assert_eq!(kind_of(&found, "Accra"), Some(EntityKind::Place));
}

#[test]
fn a_role_after_a_name_makes_a_person_and_after_a_title_and_of_an_institution() {
    let found = entities(&[
        "Resort group changes hands\n\nTarv Almanzo, chairman of the board, left on Monday. \
         Mirela Dunst, CEO of Quarrow Resorts, said the sale was done.",
    ]);
    assert_eq!(kind_of(&found, "Tarv Almanzo"), Some(EntityKind::Person));
    assert_eq!(
        kind_of(&found, "Quarrow Resorts"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&found, "Mirela Dunst"), Some(EntityKind::Person));
}

#[test]
fn groups_hometowns_regions_and_local_bodies_give_the_kind() {
    let found = entities(&[
        "Storm damage slows the rebuilding\n\nThe storm slowed the rebuilding of Dunmarrow and other \
         damaged towns. It hit ports such as Kestrava too. Mira Ostley, from Brackwell, won the prize. \
         Voters in the upper Northeast stayed home. The Oklahoma Supreme Court ruled on Monday. \
         The Dallas Fed said rates would hold. Fans filled the Skarvik Dome.",
    ]);
    assert_eq!(kind_of(&found, "Dunmarrow"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Kestrava"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Brackwell"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Northeast"), Some(EntityKind::Place));
    let court = find(&found, "Oklahoma Supreme Court").expect("Oklahoma Supreme Court");
    assert_eq!(court.kind, EntityKind::Organization);
    assert!(find(&found, "Supreme Court").is_none_or(|e| e.name == court.name));
    assert_eq!(
        kind_of(&found, "Dallas Fed"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&found, "Skarvik Dome"), Some(EntityKind::Place));
}

#[test]
fn events_named_by_a_year_a_storm_word_or_a_weekday_are_not_entities() {
    let found = entities(&[
        "The team lifted the trophy\n\nThe squad won Grandfinals 2019 in Lisbon. They have never lost a \
         Grandfinals series since. Schools closed as storm Wilhelmina brought gales to the coast. \
         Shoppers queued for Black Friday deals at Kelvor Mart, the retailer said. \
         Prices rise in black and white.",
    ]);
    let names = all_names(&found);
    for word in ["Grandfinals", "Wilhelmina", "Black"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    assert_eq!(kind_of(&found, "Lisbon"), Some(EntityKind::Place));
}

#[test]
fn a_follow_us_plug_is_page_furniture() {
    let found = entities(&[
        "A new ring controls music apps\n\nThe Trevani Labs device costs $25, the company said.\n\n\
         Follow Dorian Pellew on Twitter.",
    ]);
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n == "Dorian Pellew" || n == "Twitter"),
        "{names:?}"
    );
    assert!(find(&found, "Trevani Labs").is_some(), "{names:?}");
}

#[test]
fn routes_lists_with_slashes_and_city_of_name_places() {
    let found = entities(&[
        "Storm disrupts trains\n\nThere was disruption on routes from Brackwell to Dunmore/Esterby, the operator said. \
         Banks in the City of London said staff stayed home.",
    ]);
    for name in ["Brackwell", "Dunmore", "Esterby", "City of London"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
}

#[test]
fn institutions_museums_and_faculties_take_of() {
    let found = entities(&[
        "Rare fish seen off the coast\n\nA curator at the Pellham Institution of Oceanography said the fish \
         had never been seen there. The Faculty of Herbal Studies disagreed, and so did an expert \
         at the Natural History Museum of Orland County.",
    ]);
    for name in [
        "Pellham Institution of Oceanography",
        "Faculty of Herbal Studies",
        "Natural History Museum of Orland County",
    ] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
}

#[test]
fn technical_acronyms_are_not_names() {
    let found = entities(&[
        "Mail gets safer\n\nMail already uses HTTPS between the browser and its servers. Malicious DNS \
         servers and weak SSL setups remain, said Corwin Maddox, and an EMV chip is slow.",
    ]);
    let names = all_names(&found);
    for word in ["HTTPS", "DNS", "SSL", "EMV"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn an_organisation_word_after_a_known_organisation_names_a_part_of_it() {
    let found = entities(&[
        "Ask the editor\n\nJoin the chat on the BBC News Facebook page, with the health editor, Imelda Crane.",
        "A network grows\n\nFacebook said it had two billion users. Facebook also changed its feed.",
    ]);
    assert_eq!(kind_of(&found, "BBC News"), Some(EntityKind::Organization));
    let facebook = find(&found, "Facebook").expect("Facebook");
    assert_eq!(facebook.kind, EntityKind::Organization);
    assert_eq!(facebook.articles.len(), 2);
    assert!(find(&found, "News Facebook").is_none());
}

#[test]
fn a_headline_word_the_collection_writes_in_lowercase_is_no_other_articles_name() {
    let found = entities(&[
        "Man Drives Truck Into Lake to Escape Police\n\nA man drove into the lake. The man was rescued.",
        "Film star returns\n\nThe actor Tessa Man said the film would open in May.",
    ]);
    let man = find(&found, "Tessa Man").expect("Tessa Man");
    assert_eq!(man.articles.len(), 1, "{man:?}");
}

#[test]
fn a_team_named_after_a_place_is_no_person_and_a_country_can_name_one_too() {
    let found = entities(&[
        "Owner says sorry\n\nA co-owner of the league's New Jersey Marauders said today he was sorry. \
         The director of Georgia Tidal Grant said the report was wrong. \
         Cyber Monday sales rose, and so did Black Friday sales.",
    ]);
    assert_eq!(
        kind_of(&found, "New Jersey Marauders"),
        Some(EntityKind::Organization)
    );
    assert!(
        find(&found, "Georgia Tidal Grant").is_some(),
        "{:?}",
        all_names(&found)
    );
    let names = all_names(&found);
    for word in ["Georgia", "Black", "Cyber"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn offices_before_of_or_at_and_organisation_nouns_before_a_name_say_organisation() {
    let found = entities(&[
        "Slopes stay busy\n\n- The CEO of Vail Summits says the rich are still skiing. \
         Wendell Price, director of Georgia Tidal Grant, disagreed. \
         \"It is slow,\" said Ada Quill, an analyst at Morgan Harlow. \
         The report was written by consulting firm Oliver Wyburn.",
    ]);
    for name in [
        "Vail Summits",
        "Georgia Tidal Grant",
        "Morgan Harlow",
        "Oliver Wyburn",
    ] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
    for name in ["Wendell Price", "Ada Quill"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Person), "{name}");
    }
}

#[test]
fn plurals_of_portfolio_words_are_not_names() {
    let found = entities(&[
        "Bond buying\n\nThe bank will sell $400 billion of Treasuries and buy Treasurys of longer maturity, \
         said Elna Brisk, an economist at Vantor Capital. The States have not agreed.",
    ]);
    let names = all_names(&found);
    for word in ["Treasuries", "Treasurys", "States"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn every_end_of_a_list_of_routes_and_a_list_before_a_place_noun_are_places() {
    let found = entities(&[
        "Storm disrupts trains\n\nThe operator said there was disruption from Brackwell to Dunmore/Esterby, \
         Brackwell to Fennick/Garrow and Holloway to Garrow. \
         Warnings cover the Ilsey and Jorvell bridges.",
    ]);
    for name in [
        "Brackwell",
        "Dunmore",
        "Esterby",
        "Fennick",
        "Garrow",
        "Holloway",
        "Ilsey",
        "Jorvell",
    ] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
}

#[test]
fn a_person_named_after_a_town_stays_a_person() {
    let found = entities(&[
        "Driver crashes car\n\nRacing driver Lewis Hamilton crashed his car in Monaco. Hamilton said he \
         was tired. Hamilton later flew to Brazil, and Hamilton told reporters he felt better.",
    ]);
    let lewis = find(&found, "Lewis Hamilton").expect("Lewis Hamilton");
    assert_eq!(lewis.kind, EntityKind::Person);
    assert!(lewis.aliases.iter().any(|a| a == "Hamilton"), "{lewis:?}");
}

#[test]
fn kin_words_short_months_firm_suffixes_and_races_are_not_names() {
    let found = entities(&[
        "A birthday\n\nHe threw a party for his Mum in London. A photo posted on Nov 11 by Corvin Tate. \
         The deal was made with Brindle Quant, LLC. He won the Brazilian Grand Prix and the Mexico GP. \
         The Castoro driver and his Castoro teammate spoke at the Pellarin track.",
    ]);
    let names = all_names(&found);
    for word in ["Mum", "Nov", "LLC", "Grand Prix", "Mexico GP"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    assert_eq!(kind_of(&found, "Castoro"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Pellarin"), Some(EntityKind::Place));
}

#[test]
fn a_headline_word_that_never_names_alone_is_no_other_articles_name() {
    let found = entities(&[
        "The Future Of TV Scheduling\n\nViewers watch on phones and laptops now.",
        "Boxes get a new guide\n\nThe Verizon FiOS TV guide gets an update, Verizon said.",
    ]);
    for e in &found {
        assert!(e.articles.iter().all(|m| m.article == 1), "{e:?}");
    }
}

#[test]
fn a_portfolio_after_a_title_and_for_and_health_programmes_are_not_names() {
    let found = entities(&[
        "Ministers weigh a ban\n\nMinister for Life Sciences, Gareth Holloway, told reporters the plan \
         would not touch Medicaid or Medicare, and Obamacare would stay.",
    ]);
    let names = all_names(&found);
    for word in ["Life Sciences", "Medicaid", "Medicare", "Obamacare"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    assert_eq!(kind_of(&found, "Gareth Holloway"), Some(EntityKind::Person));
}

#[test]
fn a_brands_products_and_services_are_not_names() {
    let found = entities(&[
        "Viewers take control\n\nServices like Freeview Play, Netflix and Amazon Prime give viewers choice, \
         and the Verizon FiOS TV guide gets an update. ABC TV said ratings rose.",
    ]);
    let names = all_names(&found);
    for name in [
        "Freeview Play",
        "Amazon Prime",
        "FiOS TV",
        "Verizon FiOS TV",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Netflix").is_some(), "{names:?}");
    assert!(
        find(&found, "ABC TV").is_some() || find(&found, "ABC").is_some(),
        "{names:?}"
    );
}

#[test]
fn a_name_that_is_the_whole_of_a_quotation_is_a_title() {
    let found = entities(&[
        "A hot dish\n\nOne diner was so ill after the “Tandoor Terror” that she left, and the network is \
         known as \"Grey Fox.\" The owner, Lee “Blaze” Min-jun, said the dish would stay.",
    ]);
    let names = all_names(&found);
    for name in ["Tandoor Terror", "Grey Fox"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert_eq!(
        kind_of(&found, "Lee Min-jun"),
        Some(EntityKind::Person),
        "{names:?}"
    );
}

#[test]
fn a_nickname_inside_a_name_at_a_sentence_start_keeps_the_given_name() {
    let found = entities(&["Finals\n\nLee “Blaze” Park won the final. Park said he was tired."]);
    assert_kind(&found, "Lee Park", EntityKind::Person);
}

#[test]
fn chief_officer_acronyms_are_titles() {
    let found = entities(&[
        "Telecom shows off app\n\nTelvora CIO Ramin Kasravi said the app would ship soon. \
         Telvora CFO Dana Whitlock agreed, and Telvora said sales rose.",
    ]);
    assert_eq!(kind_of(&found, "Ramin Kasravi"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Telvora"), Some(EntityKind::Organization));
    let names = all_names(&found);
    for name in ["CIO", "CFO", "Telvora CIO Ramin Kasravi", "Telvora CFO"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_demonym_that_opens_a_body_s_name_stays_in_it() {
    let found = entities(&[
        "Storm clean-up goes on\n\nVolunteers from the British Red Cross helped families on Monday. \
         Crews from Northern Power Grid Services and the Welsh Mountain Rescue Teams worked overnight. \
         Russian Foreign Minister Sergei Lavrov spoke to reporters, and the French Roger Dumont said little.",
    ]);
    let names = all_names(&found);
    for (name, kind) in [
        ("British Red Cross", EntityKind::Organization),
        ("Welsh Mountain Rescue Teams", EntityKind::Organization),
        ("Sergei Lavrov", EntityKind::Person),
        ("Roger Dumont", EntityKind::Person),
    ] {
        assert_eq!(kind_of(&found, name), Some(kind), "{name}: {found:?}");
    }
    for name in [
        "Red Cross",
        "Mountain Rescue Teams",
        "Russian Foreign",
        "French Roger Dumont",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_title_word_inside_a_body_s_name_does_not_cut_it() {
    let found = entities(&[
        "Builders react to the ruling\n\nThe law was upheld, said Bill Caton, president of Associated General Contractors of Ohio. \
         Members of the Allied Major Suppliers met in Denver. Dr. Graves said little, and General Martin Dempsey spoke later.",
    ]);
    let names = all_names(&found);
    for (name, kind) in [
        (
            "Associated General Contractors of Ohio",
            EntityKind::Organization,
        ),
        ("Allied Major Suppliers", EntityKind::Organization),
        ("Bill Caton", EntityKind::Person),
        ("Martin Dempsey", EntityKind::Person),
        ("Graves", EntityKind::Person),
        ("Denver", EntityKind::Place),
    ] {
        assert_eq!(kind_of(&found, name), Some(kind), "{name}: {found:?}");
    }
    for name in [
        "Contractors",
        "Contractors of Ohio",
        "Suppliers",
        "Associated",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn an_organisation_word_at_the_end_outweighs_a_place_word_at_the_start() {
    let found = entities(&[
        "Helicopter lands on a school field\n\nThe helicopter landed on the field of St. Joseph High School in Newark on Sunday. \
         Doctors at Mount Sinai Hospital treated two people. Fort Worth and Lake Tahoe had storms.",
    ]);
    for (name, kind) in [
        ("St. Joseph High School", EntityKind::Organization),
        ("Mount Sinai Hospital", EntityKind::Organization),
        ("Fort Worth", EntityKind::Place),
        ("Lake Tahoe", EntityKind::Place),
    ] {
        assert_eq!(kind_of(&found, name), Some(kind), "{name}: {found:?}");
    }
}

#[test]
fn picture_credits_handles_signature_and_source_lines_name_no_entity() {
    let found = entities(&[
        "Floods close the river road\n\nThe river rose in Lisbon on Monday, officials said. (Marta Quill/Lusa Photo Agency/Norvik Images)\n\n\
         Rescuers in Lisbon worked through the night. Credit Tomas Ferro/Visual Press\n\n\
         Residents shared pictures with #Floodwatch and tagged @CityDesk in posts.\n\n\
         DORIN ABEL/Pressfoto\n\n\
         Rescue crews praised the volunteers.CreditHenrik Bayle for The Daily Ledger\n\n\
         Analysis: Petra Lund, Northern Ledger, Lisbon\n\n\
         Crews spoke to reporters on Tuesday. (Westwire)\n\n\
         Daily Ledger (Porto) First published March 3, 2019: 1:28 AM ET",
    ]);
    assert_eq!(kind_of(&found, "Lisbon"), Some(EntityKind::Place));
    let names = all_names(&found);
    for name in [
        "Marta Quill",
        "Lusa Photo Agency",
        "Norvik Images",
        "Tomas Ferro",
        "Visual Press",
        "Floodwatch",
        "CityDesk",
        "DORIN ABEL",
        "Pressfoto",
        "Henrik Bayle",
        "Daily Ledger",
        "Petra Lund",
        "Northern Ledger",
        "Westwire",
        "Porto",
        "ET",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_place_noun_and_of_or_a_lowercase_compass_word_before_a_name_says_place() {
    let found = entities(&[
        "Quake felt across the region\n\nThe quake struck west of the regional capital of Zorvaki on Thursday. \
         Villages in eastern Maruna lost power, and crews from Zorvaki drove there.",
    ]);
    assert_eq!(kind_of(&found, "Zorvaki"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Maruna"), Some(EntityKind::Place));
}

#[test]
fn a_body_named_for_its_subject_keeps_on_and_and_and_hyphenated_titles_are_titles() {
    let found = entities(&[
        "Panel reviews the bill\n\nThe Select Committee on Mining and Energy met on Monday. \
         Fellows of the Council on Arctic Affairs gave evidence, and Attorney-General Dana Whitcombe spoke. \
         The Department of Justice and Veltrix Systems also sent letters.",
    ]);
    for (name, kind) in [
        (
            "Select Committee on Mining and Energy",
            EntityKind::Organization,
        ),
        ("Council on Arctic Affairs", EntityKind::Organization),
        ("Dana Whitcombe", EntityKind::Person),
        ("Department of Justice", EntityKind::Organization),
        ("Veltrix Systems", EntityKind::Organization),
    ] {
        assert_eq!(kind_of(&found, name), Some(kind), "{name}: {found:?}");
    }
    let names = all_names(&found);
    for name in [
        "Attorney-General Dana Whitcombe",
        "Department of Justice and Veltrix Systems",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn model_designations_party_members_and_demonym_phrases_are_no_names() {
    let found = entities(&[
        "Launch fails over the steppe\n\nThe Zorvak-FG booster carrying the Lark MS-07 capsule failed, the agency said. \
         The rapper Jay-Z and the Serie A club sent messages. \
         \"It is a loss,\" said Senator Ruth Abernathy, a Nevada Democrat. \
         Since the Arab Spring, the region has changed.",
    ]);
    assert_eq!(kind_of(&found, "Nevada"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Ruth Abernathy"), Some(EntityKind::Person));
    assert!(find(&found, "Jay-Z").is_some(), "{found:?}");
    assert!(find(&found, "Serie A").is_some(), "{found:?}");
    let names = all_names(&found);
    for name in [
        "Zorvak-FG",
        "Lark MS-07",
        "Nevada Democrat",
        "Spring",
        "Arab Spring",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_common_nouns_possessive_stays_inside_a_bodys_name_but_a_bodys_does_not() {
    let found = entities(&[
        "Study links sleep and memory\n\nResearchers at the Halvorsen Children’s Research Institute in Oslo led the work. \
         Brenton University's Center on Sleep and Memory reviewed it.",
    ]);
    for (name, kind) in [
        (
            "Halvorsen Children’s Research Institute",
            EntityKind::Organization,
        ),
        ("Brenton University", EntityKind::Organization),
        ("Center on Sleep and Memory", EntityKind::Organization),
    ] {
        assert_eq!(kind_of(&found, name), Some(kind), "{name}: {found:?}");
    }
}

#[test]
fn a_sentence_initial_common_word_joins_no_person_of_another_article() {
    let found = entities(&[
        "Film review\n\nThe film stars Tobin Steel Man as a pilot. Critics praised Steel Man for the role.",
        "Fishing report\n\nThe catch fell again this year. Man is taking too much from the sea, the skipper said, and a man must adapt.",
    ]);
    let person = find(&found, "Tobin Steel Man").expect("the actor");
    assert_eq!(person.articles.len(), 1, "{person:?}");
}

#[test]
fn glued_full_stops_and_initials_before_function_words_end_sentences() {
    let found = entities(&[
        "Console review\n\nThe new Vexa Nine S. That model is quieter than the old one. \
         Workers repaired cables in Tarnow.CreditJulia Brandt for The Morning Ledger",
    ]);
    let names = all_names(&found);
    for name in ["Vexa Nine S. That", "Julia Brandt", "Morning Ledger"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_titles_appended_writer_a_widget_credit_and_a_closing_bio_name_no_entity() {
    let found = entities(&[
        "Storm hits the coast of Oregon | Mara Quist\n\nThe storm reached Oregon on Friday, and the Vexa One X console sold out in Salem.\n\n\
         Powered by QuoteWidget.com\n\n\
         Ilsa Moravec is a reporter for Coastline Daily covering weather. Follow her on Twitter.",
    ]);
    assert_eq!(kind_of(&found, "Oregon"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Salem"), Some(EntityKind::Place));
    let names = all_names(&found);
    for name in [
        "Mara Quist",
        "Vexa One X",
        "QuoteWidget.com",
        "Ilsa Moravec",
        "Coastline Daily",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_personal_particle_between_capitalised_words_says_person() {
    let found = entities(&[
        "Deal signed\n\nThe deal with Qorvat bin Rashad was signed in Muscat after a letter of Tjerk van Dorn arrived.",
    ]);
    assert_eq!(
        kind_of(&found, "Qorvat bin Rashad"),
        Some(EntityKind::Person),
        "{found:?}"
    );
    assert_eq!(
        kind_of(&found, "Tjerk van Dorn"),
        Some(EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_name_before_comma_which_is_no_person() {
    let found = entities(&[
        "Shop news\n\nShoppers queued outside Marlow Brennt, which opened a new branch in Leeds on Monday.",
    ]);
    let kind = kind_of(&found, "Marlow Brennt");
    assert!(
        kind.is_some() && kind != Some(EntityKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_chambers_party_members_name_no_entity() {
    let found = entities(&[
        "Budget vote slips again\n\nSenate Republicans blocked the bill on Monday, and a House Democratic aide \
         called it a stunt. The House Republican Conference met later. \"We will try again,\" said \
         Maria Okafor, an Ohio Democrat.",
    ]);
    assert_eq!(kind_of(&found, "Ohio"), Some(EntityKind::Place));
    assert!(
        find(&found, "House Republican Conference").is_some(),
        "{found:?}"
    );
    let names = all_names(&found);
    for name in ["Senate Republicans", "Senate", "House Democratic", "House"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn computer_parts_and_a_models_possessive_letter_are_no_names() {
    let found = entities(&[
        "A faster console arrives\n\nThe Nimbus Box Z's case hides a Zentek Vega GPU and 16GB of DDR6 RAM, \
         the maker Zorvak Interactive said.",
    ]);
    assert!(find(&found, "Zorvak Interactive").is_some(), "{found:?}");
    let names = all_names(&found);
    for name in [
        "Nimbus Box Z's",
        "Nimbus Box Z",
        "Zentek Vega GPU",
        "DDR6 RAM",
        "RAM",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_given_name_alone_a_word_acronym_and_a_sites_address_join_their_names() {
    let found = entities(&[
        "Flood rescue on the river\n\nMarnie Holloway, 9, was pulled from the water on Sunday. \
         Her father, Gareth Holloway, said Marnie was recovering. The Upland Rivers Conservation \
         Agency (Urca) issued warnings, and Urca staff stayed overnight. Readers of Floodwatch.com \
         sent pictures; Floodwatch shared them. Dan Moss and Dan Carter helped. Dan said little.",
    ]);
    let marnie = find(&found, "Marnie Holloway").expect("Marnie Holloway");
    assert!(marnie.aliases.contains(&"Marnie".to_string()), "{marnie:?}");
    let agency = find(&found, "Upland Rivers Conservation Agency").expect("agency");
    assert!(agency.aliases.contains(&"Urca".to_string()), "{agency:?}");
    let site = find(&found, "Floodwatch").expect("Floodwatch");
    assert!(
        site.name == "Floodwatch.com" || site.aliases.contains(&"Floodwatch.com".to_string()),
        "{site:?}"
    );
    // Two people of that given name: the name alone stays apart from both.
    for full in ["Dan Moss", "Dan Carter"] {
        let person = find(&found, full).expect(full);
        assert!(!person.aliases.contains(&"Dan".to_string()), "{person:?}");
    }
}

#[test]
fn a_noun_for_a_work_or_a_product_before_a_name_makes_it_no_entity() {
    let found = entities(&[
        "Servers crash after a bug report\n\nA flaw in the online game Blockcraft lets anyone crash servers. \
         Blockcraft has millions of players. The actor stars in a new sitcom, Glass Harbour, this fall. \
         Analysts said the game Zentendo released in May sold well, and Zentendo said sales rose. \
         In the novel, the character Marta Kowalczyk runs a bakery.",
    ]);
    assert!(find(&found, "Zentendo").is_some(), "{found:?}");
    assert!(find(&found, "Marta Kowalczyk").is_some(), "{found:?}");
    let names = all_names(&found);
    for name in ["Blockcraft", "Glass Harbour"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn an_acronym_spelled_out_by_lowercase_words_is_a_term() {
    let found = entities(&[
        "Central bank holds rates\n\nThe bank kept the rate on overnight deposit balances (ODB) at 1 percent, \
         and ODB will stay there, the Northern Savers Union (NSU) said. The NSU board agreed. \
         The pills held a toxic dye, known as TXD, and TXD is deadly. A militia known as KLF attacked.",
    ]);
    assert!(find(&found, "TXD").is_none(), "{found:?}");
    assert!(find(&found, "KLF").is_some(), "{found:?}");
    let union = find(&found, "Northern Savers Union").expect("union");
    assert!(union.aliases.contains(&"NSU".to_string()), "{union:?}");
    assert!(find(&found, "ODB").is_none(), "{found:?}");
}

#[test]
fn a_quoted_run_opening_with_a_common_word_is_a_title() {
    let found = entities(&[
        "Talks stall in the capital\n\nThe ministers met at the \"Green Marwick\" compound near Harare, and \
         its green lawns were closed, officials said.",
    ]);
    let names = all_names(&found);
    for name in ["Marwick", "Green Marwick"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Harare").is_some(), "{found:?}");
}

#[test]
fn after_on_and_joins_a_common_word_of_the_field() {
    let found = entities(&[
        "Inquiry opens into rents\n\nThe Standing Committee on Housing and Transport heard evidence, and its \
         chair said Transport officials were invited. Later the committee met Zorvak Holdings.",
        // A word the collection writes with a capital more often than without.
        "Buses return\n\nStaff of Harlow Transport, Metro Transport, City Transport, Ridge \
         Transport and Valley Transport met on Friday.",
    ]);
    assert!(
        find(&found, "Standing Committee on Housing and Transport").is_some(),
        "{found:?}"
    );
    assert!(
        find(&found, "Standing Committee on Housing").is_none(),
        "{found:?}"
    );
}

#[test]
fn a_broadcasters_news_service_is_the_broadcaster() {
    let found = entities(&[
        "Newsroom cuts announced\n\nThe BBC said on Monday that jobs would go at BBC News, and staff at \
         BBC News objected. Google News and Google were not affected.",
    ]);
    let bbc = find(&found, "BBC").expect("BBC");
    assert!(
        bbc.name == "BBC News" || bbc.aliases.contains(&"BBC News".to_string()),
        "{bbc:?}"
    );
    let google = find(&found, "Google").expect("Google");
    assert!(
        !google.aliases.contains(&"Google News".to_string()),
        "{google:?}"
    );
}

#[test]
fn a_name_written_the_same_way_twice_in_an_article_is_one_entity() {
    // The first mention reads like a personal name of two words, the second, after "a
    // co-owner of" and with a capital "The", like a body's: one name, one entity.
    let found = entities(&[
        "A start-up raises money\n\nKelmora Tide raised $2 million on Monday. Ada Brun, a \
         co-owner of The Kelmora Tide, said sales had doubled.",
    ]);
    let named: Vec<&Entity> = found.iter().filter(|e| e.name == "Kelmora Tide").collect();
    assert_eq!(named.len(), 1, "{found:?}");
    assert_eq!(named[0].mention_count(), 2, "{found:?}");
}

#[test]
fn a_last_word_stands_for_a_name_elsewhere_only_when_something_says_it_is_a_persons() {
    // "Dorrel Ashgrove" has the form of a personal name but nothing says it is a person's:
    // another article's headline "Ashgrove" and lone "Ashgrove" are not it.
    let found = entities(&[
        "Crowds at a new venue\n\nThe fair at Dorrel Ashgrove drew crowds on Sunday.",
        "Veteran Finds Ashgrove Flag In Attic\n\nThe flag was found by a family clearing a house.",
        "A vote in the valley\n\nVoters in the valley backed the Ashgrove plan on Monday.",
    ]);
    let venue = find(&found, "Dorrel Ashgrove").expect("Dorrel Ashgrove");
    assert_eq!(venue.articles.len(), 1, "{venue:?}");
    // With something for a person ("said she"), the surname in another article's headline
    // and text is hers.
    let found = entities(&[
        "A mayor re-elected\n\nMaren Ashgrove said she would serve a full term.",
        "Ashgrove Wins Vote On Bridge\n\nThe bridge will be built next year, Ashgrove told voters.",
    ]);
    let mayor = find(&found, "Maren Ashgrove").expect("Maren Ashgrove");
    assert_eq!(mayor.articles.len(), 2, "{mayor:?}");
}

#[test]
fn a_lone_word_joins_a_person_of_another_article_only_by_the_surname_as_written() {
    // "Channel" folds like "Chanel" (doubled letters), but a word alone in another article
    // is no spelling variant of a surname.
    let found = entities(&[
        "A designer remembered\n\nMaria Chanel said she had designed the dress in Paris.",
        "New schedule for television\n\nThe series moves to Channel 4 next year, and Channel 5 loses it.",
    ]);
    let designer = find(&found, "Maria Chanel").expect("Maria Chanel");
    assert_eq!(designer.articles.len(), 1, "{designer:?}");
    assert!(
        !designer.aliases.iter().any(|a| a == "Channel"),
        "{designer:?}"
    );
}

#[test]
fn a_generic_word_after_two_names_it_heads_is_neither() {
    // "Court" heads both names (before "of" in each): "the Court" could be either.
    let found = entities(&[
        "A ruling and an appeal\n\nThe Dravian Constitutional Court struck the law down in May. \
         The firm has also applied to the Velmoran Court of Arbitration, and the Court will hear the case in July.",
    ]);
    for name in [
        "Dravian Constitutional Court",
        "Velmoran Court of Arbitration",
    ] {
        let court = find(&found, name).expect(name);
        assert_eq!(court.mention_count(), 1, "{court:?}");
    }
    assert!(find(&found, "Court").is_none(), "{found:?}");
    // With one such name, "the Court" is that court.
    let found = entities(&[
        "An appeal is heard\n\nThe firm applied to the Velmoran Court of Arbitration, and the Court \
         will hear the case in July.",
    ]);
    let court = find(&found, "Velmoran Court of Arbitration").expect("court");
    assert_eq!(court.mention_count(), 2, "{court:?}");
}

#[test]
fn a_word_of_a_known_two_word_name_alone_is_that_name() {
    let found = entities(&[
        "A casino deal\n\nThe group opened a hotel in Las Vegas last year. Visitors to Vegas spent more than ever, \
         the group said.",
    ]);
    let city = find(&found, "Las Vegas").expect("Las Vegas");
    assert_eq!(city.mention_count(), 2, "{city:?}");
    // A word that names something alone is not a short form: "the South" is a region.
    let found = entities(&[
        "A primary in the state\n\nVoters in South Carolina go to the polls on Saturday. Turnout across the South \
         has been high.",
    ]);
    let state = find(&found, "South Carolina").expect("South Carolina");
    assert_eq!(state.mention_count(), 1, "{state:?}");
}

#[test]
fn a_known_place_with_its_first_word_cut_to_an_initial_is_that_place() {
    let found = entities(&[
        "Talks on the border\n\nEnvoys from South Korea met on Monday. S. Korea wants the talks to go on, \
         officials said.",
    ]);
    let korea = find(&found, "South Korea").expect("South Korea");
    assert_eq!(korea.mention_count(), 2, "{korea:?}");
    assert_eq!(korea.kind, EntityKind::Place);
}

#[test]
fn a_compass_word_alone_after_both_halves_of_a_divided_country_is_its_half() {
    let found = entities(&[
        "Talks on the border\n\nNorth Korea and South Korea held talks on Monday. The North wants aid, \
         and the South wants the talks to go on.",
    ]);
    for name in ["North Korea", "South Korea"] {
        let half = find(&found, name).expect(name);
        assert_eq!(half.mention_count(), 2, "{half:?}");
    }
    // With one half named, "the North" is a region.
    let found = entities(&[
        "A vote in the state\n\nVoters in North Carolina went to the polls. The North has voted early.",
    ]);
    let state = find(&found, "North Carolina").expect("North Carolina");
    assert_eq!(state.mention_count(), 1, "{state:?}");
}

#[test]
fn doctrines_and_adjectives_made_from_names_are_no_entities() {
    let found = entities(&[
        "Economists revisit an old school\n\nThe economist Marta Velkov wrote the book in 1990, and \
         her Velkovian approach still shapes policy: Velkovian models are taught in Orsk. Many \
         rejected Dravinism, and Dravinism lost support. Critics called the plan Orskian in spirit.",
        "Painter's work sold\n\nA portrait by Tavrian sold in Orsk on Monday. Tavrian painted it in \
         1520, and Tavrian said little about it, letters show. Velkov said the Caribbean beckoned.",
    ]);
    let names = all_names(&found);
    for name in ["Velkovian", "Dravinism", "Orskian"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    // A word with an adjective's ending that names someone, and reference data, stay.
    for name in ["Tavrian", "Caribbean", "Marta Velkov", "Orsk"] {
        assert!(find(&found, name).is_some(), "{name} missing: {names:?}");
    }
}

#[test]
fn a_maker_named_only_in_its_products_name_is_no_entity() {
    let found = entities(&[
        "Streaming app\n\nThe app runs on tablets like the Zorvak iPad and the Brenlow eReader, and \
         on Velmar's iTunes, Velmar said.",
    ]);
    let names = all_names(&found);
    for name in ["Zorvak", "Brenlow"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Velmar").is_some(), "{names:?}");
}

#[test]
fn planets_are_no_places() {
    let found = entities(&[
        "Probe launched\n\nThe probe will swing past Earth and Mars before it reaches Saturn, the \
         Harlow Space Agency said from Marlow.",
    ]);
    let names = all_names(&found);
    for name in ["Earth", "Mars", "Saturn"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Harlow Space Agency").is_some(), "{names:?}");
}

#[test]
fn chair_is_a_title_and_englishmen_a_people() {
    let found = entities(&[
        "Rates held\n\nBoard Chair Nora Quill said rates would stay. The Englishmen and two \
         Frenchmen at the Harlow Lending Trust agreed with Quill.",
    ]);
    let names = all_names(&found);
    for name in [
        "Chair Nora Quill",
        "Board Chair Nora Quill",
        "Englishmen",
        "Frenchmen",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let nora = find(&found, "Nora Quill").expect("Nora Quill");
    assert_eq!(nora.kind, EntityKind::Person, "{nora:?}");
}

#[test]
fn the_european_community_is_known_apart_from_its_commission() {
    let found = entities(&[
        "Trade warning\n\nThe European Community (EC) warned Marlow on Monday. EC ministers asked \
         the European Commission for a report, and the EC said it would wait.",
    ]);
    let names = all_names(&found);
    let community = find(&found, "European Community").unwrap_or_else(|| panic!("{names:?}"));
    assert!(community.aliases.iter().any(|a| a == "EC"), "{community:?}");
    let commission = find(&found, "European Commission").unwrap_or_else(|| panic!("{names:?}"));
    assert!(
        !commission.aliases.iter().any(|a| a == "EC"),
        "{commission:?}"
    );
}

#[test]
fn a_commoditys_grade_named_after_a_place_is_no_entity() {
    let found = entities(&[
        "Crude prices cut\n\nHarlow Oil cut its price for West Texas Intermediate and West Texas Sour \
         by one dollar, and Dubai Light fell too. Talks under the General Agreement on Tariffs and \
         Trade went on in Dubai.",
    ]);
    let names = all_names(&found);
    for name in [
        "West Texas Intermediate",
        "West Texas Sour",
        "Dubai Light",
        "Tariffs",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let dubai = find(&found, "Dubai").unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(dubai.mention_count(), 1, "{dubai:?}");
    assert!(
        find(&found, "General Agreement on Tariffs and Trade").is_some(),
        "{names:?}"
    );
}

#[test]
fn a_firms_legal_name_with_and_inside_is_one_name() {
    let found = entities(&[
        "Utility sold\n\nOn Monday Castle and Cooke Inc bought Marlow Power and Light Co from Harlow \
         Oil, advised by Brenlow and Co, while British Petroleum Co PLC said BP would not bid.",
    ]);
    let names = all_names(&found);
    for name in [
        "Castle and Cooke Inc",
        "Marlow Power and Light Co",
        "Brenlow and Co",
        "Harlow Oil",
    ] {
        assert!(find(&found, name).is_some(), "{name} missing: {names:?}");
    }
    for name in ["Cooke Inc", "Light Co", "Marlow Power"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let bp = find(&found, "BP").unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(bp.mention_count(), 2, "{bp:?}");
}

#[test]
fn a_dotted_abbreviation_in_a_capitals_headline_names_its_place() {
    let found = entities(&[
        "U.S. SETS CORN PAYMENT RATE\n\nThe Harlow Grain Board said the rate would be paid in March.",
        "U.K. TREASURY CONFIRMS SALE\n\nThe Marlow Trust said the sale would go ahead.",
    ]);
    let names = all_names(&found);
    let us = find(&found, "U.S.")
        .or_else(|| find(&found, "United States"))
        .unwrap_or_else(|| panic!("{names:?}"));
    assert_eq!(us.kind, EntityKind::Place, "{us:?}");
    // "U.K. TREASURY" is the Treasury's name, not the country named for its own sake.
    for name in ["U.K.", "United Kingdom"] {
        assert!(find(&found, name).is_none(), "{name} in {names:?}");
    }
}

#[test]
fn a_numbered_war_is_an_event() {
    let found = entities(&[
        "Veterans remembered\n\nThe landing force served in World War II and in the Marlow War III \
         games, Harlow Veterans Trust said. Apollo 11 flew in 1969.",
    ]);
    let names = all_names(&found);
    for name in ["World War II", "World War", "Marlow War III"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Harlow Veterans Trust").is_some(), "{names:?}");
}

#[test]
fn a_peoples_word_after_a_place_is_no_part_of_its_name() {
    let found = entities(&[
        "Output talks\n\nSeveral Gulf Arab producers met in Harlow, and Baltic German traders in Marlow.",
    ]);
    let names = all_names(&found);
    for name in ["Gulf Arab", "Baltic German"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    for name in ["Gulf", "Baltic"] {
        let place = find(&found, name).unwrap_or_else(|| panic!("{name} missing: {names:?}"));
        assert_eq!(place.kind, EntityKind::Place, "{place:?}");
    }
}

#[test]
fn crises_massacres_and_pandemics_are_events() {
    let found = entities(&[
        "Lessons of past downturns\n\nSpending fell in Marlow during the Great Slump Recession and again \
         after the Velmar Crisis, historians said. The Old Quay Massacre and the Dock Street Riots \
         are remembered each year, and the Marlow Famine is taught in schools. The Marlow Crisis \
         Group, a charity, said the Harrow Pandemic changed little.",
    ]);
    let names = all_names(&found);
    for name in [
        "Great Slump Recession",
        "Velmar Crisis",
        "Old Quay Massacre",
        "Dock Street Riots",
        "Marlow Famine",
        "Harrow Pandemic",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    // The word ends the event's name only: a body named after the subject stays.
    assert!(find(&found, "Marlow Crisis Group").is_some(), "{names:?}");
}

#[test]
fn a_copyright_notice_names_no_entity() {
    let found = entities(&[
        "Bridge reopens after repairs\n\nThe bridge in Marlow reopened on Monday, the Harlow Valley Trust said.\n\n\
         Copyright 2016 Zorvak Broadcasting Network. All rights reserved.\n\n\
         © 2016 Ostrand Wire Service\n\n(c) Brenlow Press Limited 1996",
        "Court hears appeal\n\nLawyers for Velmar Records told the court that its copyright had been \
         infringed. All rights reserved by the label were at stake, Velmar Records said.",
    ]);
    let names = all_names(&found);
    for name in [
        "Zorvak Broadcasting Network",
        "Ostrand Wire Service",
        "Brenlow Press Limited",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    for name in ["Harlow Valley Trust", "Velmar Records", "Marlow"] {
        assert!(find(&found, name).is_some(), "{name} missing: {names:?}");
    }
}

#[test]
fn a_degree_after_a_persons_name_is_no_place() {
    let found = entities(&[
        "Allergy patch trial\n\n\"It works,\" says Nora Quill, MD, PhD, who led the trial. Dr. Ivo Brandt, \
         MD, agreed. Doctors at a clinic in Kansas City, MO, and in Baltimore, MD, took part.",
    ]);
    let nora = find(&found, "Nora Quill").expect("Nora Quill");
    assert_eq!(nora.kind, EntityKind::Person);
    let maryland = find(&found, "MD").expect("Baltimore, MD");
    // Only the state after Baltimore is a mention; the degrees after the two doctors are not.
    assert_eq!(maryland.mention_count(), 1, "{maryland:?}");
    assert!(find(&found, "MO").is_some(), "{found:?}");
}

#[test]
fn a_bodys_board_of_directors_is_no_part_of_its_name() {
    let found = entities(&[
        "Levy opposed\n\nThe Marlow Growers' Association Board of Directors opposes the levy, and the \
         Harlow Rowing Club Board of Trustees agreed. The National Orchard Board said nothing. \
         Two members of KVF's Board of Directors resigned, and the Board of Regents met.",
    ]);
    for name in [
        "Marlow Growers' Association",
        "Harlow Rowing Club",
        "National Orchard Board",
        "KVF",
    ] {
        assert!(find(&found, name).is_some(), "{name} missing: {found:?}");
    }
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Board of")), "{names:?}");
}

#[test]
fn a_soft_hyphen_or_zero_width_space_inside_a_word_keeps_it_whole() {
    let text =
        "Leaders meet\n\nAside from Premier Ana\u{ad}stasia Voro\u{200b}nova, few leaders came \
                to Orsk. Anastasia Voronova said the talks in Orsk went well.";
    let arts = articles(&[text]);
    let found = extract(&arts);
    let person = find(&found, "Anastasia Voronova").expect("Anastasia Voronova");
    assert_eq!(person.kind, EntityKind::Person);
    let names = all_names(&found);
    for part in ["Ana", "Anastasia", "Voro", "stasia Voronova"] {
        assert!(!names.iter().any(|n| n == part), "{part} in {names:?}");
    }
    // The reader took the invisible characters out, so every mention is the name whole.
    let block = &arts[0].blocks[0].text;
    let spans: Vec<&str> = person.articles[0]
        .mentions
        .iter()
        .map(|m| &block[m.start as usize..m.end as usize])
        .collect();
    assert_eq!(spans, ["Anastasia Voronova", "Anastasia Voronova"]);
}

#[test]
fn file_formats_units_languages_and_award_ceremonies_are_no_entities() {
    let found = entities(&[
        "Ransomware spreads\n\nThe malware encrypts JPEG, PPT and CSV files, and it also steals \
         JSON and SQL data, Zorvak Labs said. It spreads over Bluetooth at 40 degrees Celsius \
         or more. The note is written in Swahili and Urdu. Zorvak Labs staff watched the \
         Oscars and the Grammys instead.",
    ]);
    let names = all_names(&found);
    for name in [
        "JPEG",
        "PPT",
        "CSV",
        "JSON",
        "SQL",
        "Bluetooth",
        "Celsius",
        "Swahili",
        "Urdu",
        "Oscars",
        "Grammys",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Zorvak Labs").is_some(), "{names:?}");
}

#[test]
fn native_or_indigenous_before_a_demonym_names_a_people() {
    let found = entities(&[
        "Land returned\n\nNative American groups and Indigenous Australians welcomed the ruling in \
         Harlow, and Native Hawaiian leaders joined the Native American Rights Council.",
    ]);
    let names = all_names(&found);
    for name in [
        "Native American",
        "Indigenous Australians",
        "Native Hawaiian",
        "American",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(
        find(&found, "Native American Rights Council").is_some(),
        "{names:?}"
    );
}

#[test]
fn the_exchequer_in_a_chancellors_title_is_no_body() {
    let found = entities(&[
        "Budget day\n\nChancellor of the Exchequer Amelia Strand outlined the budget in Marlow on \
         Wednesday, and Amelia Strand said taxes would fall.",
        "Tax plan\n\nThe plan of the Chancellor of the Exchequer, Amelia Strand, was welcomed. A \
         former Chancellor of the Exchequer, Tom Vane, said the Chancellor of the Exchequer had \
         no choice.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Exchequer"), "{names:?}");
    assert_eq!(kind_of(&found, "Amelia Strand"), Some(EntityKind::Person));
}

#[test]
fn a_family_name_alone_named_twice_is_a_person_unless_the_text_says_firm_or_place() {
    // Nothing but reference data (a family name) says what "Brannigan" is: a person known by
    // the surname, as news and reviews write of writers, directors and players.
    let found = entities(&[
        "Autumn season at the film club\n\nThe season opens with two thrillers by Brannigan on \
         Friday. Critics have long argued that the genre owes its pace to Brannigan.",
    ]);
    assert_eq!(kind_of(&found, "Brannigan"), Some(EntityKind::Person));
    // One mention with nothing around it decides nothing: it stays what a lone word is.
    let found = entities(&["Supply deal\n\nThe panels were bought from Okafor last spring."]);
    assert_ne!(kind_of(&found, "Okafor"), Some(EntityKind::Person));
    // A firm's noun before it is stronger than the list.
    let found = entities(&[
        "Contracts awarded\n\nThe work went to the engineering firm Lindqvist last year, and \
         Lindqvist hired forty welders.",
    ]);
    assert_eq!(kind_of(&found, "Lindqvist"), Some(EntityKind::Organization));
    // So is a place's noun: "the village of Marchetti".
    let found = entities(&[
        "Floods in the valley\n\nWater reached the village of Marchetti overnight, and Marchetti \
         was cut off by noon.",
    ]);
    assert_eq!(kind_of(&found, "Marchetti"), Some(EntityKind::Place));
}

#[test]
fn an_unknown_word_before_a_family_name_makes_a_personal_name() {
    // "Tsegaye" is in no list of given names; "Okonkwo" is a family name: a person, where two
    // unknown words would be a firm's name ("Vail Resorts").
    let found = entities(&[
        "Report on wells\n\nThe report was written by Tsegaye Okonkwo and published in May.",
    ]);
    assert_eq!(kind_of(&found, "Tsegaye Okonkwo"), Some(EntityKind::Person));
    // A firm's noun before it still says firm.
    let found = entities(&[
        "Deal closed\n\nThe consulting firm Tsegaye Okonkwo bought the fund on Monday.",
    ]);
    assert_eq!(
        kind_of(&found, "Tsegaye Okonkwo"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn where_someone_speaks_for_is_a_body_and_a_based_name_is_a_place() {
    // "a spokeswoman for X": the body someone speaks for, though its name opens with a given
    // name.
    let found = entities(&[
        "Recall widens\n\nThe recall covers 40,000 heaters, a spokeswoman for Harper Quell said \
         on Tuesday.",
    ]);
    assert_eq!(
        kind_of(&found, "Harper Quell"),
        Some(EntityKind::Organization)
    );
    // "a member for X" sits for a constituency: no body.
    let found = entities(&[
        "By-election called\n\nShe was the member for Harrowvale until May, and voters in \
         Harrowvale go to the polls in June.",
    ]);
    assert_eq!(kind_of(&found, "Harrowvale"), Some(EntityKind::Place));
    // "a Brisvane-based firm": where something is; an acronym before "-based" is a technology.
    let found = entities(&[
        "Start-up funded\n\nThe Brisvane-based start-up raised money, and Brisvane gave it a \
         grant. It sells XML-based tools, and XML is everywhere.",
    ]);
    assert_eq!(kind_of(&found, "Brisvane"), Some(EntityKind::Place));
    assert_ne!(kind_of(&found, "XML"), Some(EntityKind::Place));
}

#[test]
fn a_pronoun_after_what_a_name_said_makes_a_person() {
    // "Dravecki told reporters that she ...": a pronoun within three words of the speech verb.
    let found = entities(&[
        "Bridge reopens\n\nThe bridge reopened on Monday. Dravecki told reporters that she \
         expected delays. Later Dravecki met the mayor.",
    ]);
    assert_eq!(kind_of(&found, "Dravecki"), Some(EntityKind::Person));
    // Not when the name sits in a phrase whose head spoke: "a co-owner of X said that he".
    let found = entities(&[
        "Owner sorry\n\nA co-owner of the Harrowvale Comets said today that he was sorry, and \
         the Harrowvale Comets said nothing.",
    ]);
    assert_ne!(
        kind_of(&found, "Harrowvale Comets"),
        Some(EntityKind::Person)
    );
}

#[test]
fn the_shape_of_a_towns_or_a_streets_name_makes_a_place() {
    // Streets and squares of German and Dutch towns are written as one word.
    let found = entities(&[
        "Streets renamed\n\nThe council renamed Kesslerstrasse last year, and a market now fills \
         Vornholtplatz on Saturdays.",
    ]);
    assert_eq!(kind_of(&found, "Kesslerstrasse"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Vornholtplatz"), Some(EntityKind::Place));
    // A town's ending is weak evidence, for a name nothing else is known of ...
    let found = entities(&[
        "Mill closes\n\nThe mill near Harbottleville shut on Friday. Harbottleville has lost 300 \
         jobs this year.",
    ]);
    assert_eq!(kind_of(&found, "Harbottleville"), Some(EntityKind::Place));
    // ... and no more than that: a person named in full keeps the surname.
    let found =
        entities(&["Award\n\nThe prize went to Edith Ashbyville. Ashbyville thanked her editors."]);
    assert_eq!(kind_of(&found, "Ashbyville"), Some(EntityKind::Person));
}

#[test]
fn a_compass_points_initial_before_a_known_place_makes_a_place() {
    let found =
        entities(&["Talks\n\nEnvoys of S. Africa met on Monday, and N. Ireland sent a letter."]);
    for name in ["S. Africa", "N. Ireland"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
}

#[test]
fn a_place_noun_and_of_outweigh_a_given_name_first() {
    // "Conrad" is a given name; "the provinces of X" says where.
    let found = entities(&[
        "Smoke\n\nSmoke from fires covered the provinces of Conrad Vale and Ostmark on Sunday.",
    ]);
    assert_eq!(kind_of(&found, "Conrad Vale"), Some(EntityKind::Place));
    // A conservancy is a body, though its name opens with a given name.
    let found =
        entities(&["Land bought\n\nThe Conrad Marsh Conservancy bought the marsh in March."]);
    assert_eq!(
        kind_of(&found, "Conrad Marsh Conservancy"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_trade_that_also_names_a_firm_leaves_a_given_name_its_weight() {
    // "developer" names firms ("the developer Vexlor") and people who write software.
    let found = entities(&[
        "Workshop\n\nThe course was designed by freelance developer Marisol Quennet last year.",
    ]);
    assert_eq!(kind_of(&found, "Marisol Quennet"), Some(EntityKind::Person));
    // "firm" names no trade of a person.
    let found =
        entities(&["Deal\n\nThe plan came from the consulting firm Marisol Quennet last year."]);
    assert_eq!(
        kind_of(&found, "Marisol Quennet"),
        Some(EntityKind::Organization)
    );
}

// fp8: precision and the top of the sidebar (issue 10, twelfth round): currency codes,
// syndication notes, a country's own body, works in lists, job titles, counts of things,
// quoted titles with their article, clause words in Title Case.

#[test]
fn a_currency_code_glued_to_its_sign_names_no_country() {
    let found = entities(&[
        "Telescope opens\n\nThe 1.2-billion-yuan (US$171-million) dish cost less than planned. \
         Backers in Hong Kong gave HK$40 million and a fund in Sydney A$2 million.",
    ]);
    let names = all_names(&found);
    for code in ["US", "United States", "HK", "A", "Australia"] {
        assert!(find(&found, code).is_none(), "{code}: {names:?}");
    }
    assert_eq!(
        kind_of(&found, "Sydney"),
        Some(EntityKind::Place),
        "{names:?}"
    );
    // A country written out is still one.
    let found = entities(&["Costs\n\nThe US paid US$5 million for the dish."]);
    assert_kind(&found, "US", EntityKind::Place);
}

#[test]
fn a_syndication_note_names_no_entity() {
    let found = entities(&[
        "Smoke over the city\n\nThis article originally appeared on Zentrix Weekly.\n\nSmoke \
         from fires reached Curitiba on Monday, the mayor said.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Zentrix")), "{names:?}");
    assert_eq!(kind_of(&found, "Curitiba"), Some(EntityKind::Place));
}

#[test]
fn a_country_before_its_national_body_is_that_body() {
    let found = entities(&[
        "Ruling\n\nIn 2010 the US Supreme Court handed down its decision. Lawyers said the Court \
         had gone too far.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "United States").is_none(), "{names:?}");
    assert_eq!(
        kind_of(&found, "US Supreme Court"),
        Some(EntityKind::Organization),
        "{names:?}"
    );
    // A country before a person is still a name of its own.
    let found = entities(&["Visit\n\nU.S. Secretary of State Jane Holloway met envoys."]);
    assert_kind(&found, "U.S.", EntityKind::Place);
}

#[test]
fn names_listed_after_a_plural_noun_for_works_are_works() {
    let found = entities(&[
        "Rally car\n\nThe pass has become popular thanks to games like Zorbix, Quellar and \
         Mintaro Kart. Players at Vorland Studios cheered.",
    ]);
    let names = all_names(&found);
    for work in ["Zorbix", "Quellar", "Mintaro Kart"] {
        assert!(find(&found, work).is_none(), "{work}: {names:?}");
    }
    assert!(find(&found, "Vorland Studios").is_some(), "{names:?}");
    // The list may end with the noun: "X, Y and other technologies".
    let found = entities(&[
        "Skills\n\nEmployers ask for Plonkit, Dravo and other technologies, a report by Stack \
         Mentor said.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Plonkit").is_none(), "{names:?}");
    assert!(find(&found, "Dravo").is_none(), "{names:?}");
    // Companies are not works.
    let found = entities(&["Deals\n\nFirms like Dravon Systems said they would hire."]);
    assert!(
        find(&found, "Dravon Systems").is_some(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_javascript_library_is_no_entity() {
    let found = entities(&[
        "Stack\n\nShe learned Zorp.js and FlinkJS while working at Korvath Labs in Denver.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Zorp")), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Flink")), "{names:?}");
    assert!(find(&found, "Korvath Labs").is_some(), "{names:?}");
}

#[test]
fn a_jobs_title_of_common_words_is_no_name() {
    let found = entities(&[
        "Resort opens\n\n\"It is a fine place,\" said Dana Oswell, Group President, Asia \
         Pacific, Korvath Hotels. \"We are proud,\" said Ray Tamsin, General Manager, Korvath \
         Bay. She worked as a Sports Business Analyst and then as a Software Developer.",
    ]);
    let names = all_names(&found);
    for job in [
        "Group President",
        "Manager",
        "General Manager",
        "Sports Business Analyst",
        "Software Developer",
    ] {
        assert!(find(&found, job).is_none(), "{job}: {names:?}");
    }
    assert_eq!(kind_of(&found, "Dana Oswell"), Some(EntityKind::Person));
    // A title of a publication keeps its name.
    let found = entities(&["Review\n\nThe paper ran in The Economist last week."]);
    assert!(
        find(&found, "Economist").is_some(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_title_before_of_is_no_part_of_the_institution() {
    let found = entities(&[
        "Reunited\n\n\"We are thrilled,\" said Kay Marlow, Executive Director of the Vantis \
         Foundation, on Monday.",
    ]);
    let names = all_names(&found);
    assert_eq!(
        kind_of(&found, "Vantis Foundation"),
        Some(EntityKind::Organization),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.starts_with("Executive")),
        "{names:?}"
    );
}

#[test]
fn a_plural_name_after_a_count_is_no_entity() {
    let found = entities(&[
        "Maps\n\nThe feature reached the 277 Zibberias that lacked it, and most Zibberias use \
         it now. English Wikinauts are tracing roads in Lagos.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Zibberias").is_none(), "{names:?}");
    assert!(find(&found, "Wikinauts").is_none(), "{names:?}");
    assert_eq!(kind_of(&found, "Lagos"), Some(EntityKind::Place));
}

#[test]
fn a_quoted_title_keeps_its_article_inside_the_quotes() {
    let found = entities(&[
        "Awards\n\nIt beat the films “The Tarnwick” and “A Quiet Vellum” at the box office in \
         Seoul.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Tarnwick").is_none(), "{names:?}");
    assert!(find(&found, "Quiet Vellum").is_none(), "{names:?}");
}

#[test]
fn an_adverb_or_a_headlines_verb_ends_a_name() {
    let found = entities(&[
        "Resort news\n\nToday: Korvath Officially Opens in Phu Quoc, and Vidrayo Introduces New \
         Features on its platform. Korvath said it was proud. Vidrayo said so too.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Korvath").is_some(), "{names:?}");
    assert!(find(&found, "Vidrayo").is_some(), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Officially")), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Introduces")), "{names:?}");
    // "Weekly" ends a magazine's name.
    let found = entities(&["Cover\n\nShe spoke to Entertainment Weekly about the film."]);
    assert!(
        find(&found, "Entertainment Weekly").is_some(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn lines_of_code_and_web_addresses_name_no_one() {
    let found = entities(&[
        "Testing\n\nWe wrote the tests at Korvath Labs in Denver.\n\nfrom selenium.support.ui \
         import WebWaiter\n\nresults = WebWaiter(self.browser, 5).until(done)\n\n\
         KORVATH_KEEPALIVE int add ( int x , int y ) { return x + y ; }\n\nThe line moved: \
         pic.twitter.com/Zq7PMa4oNGN",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Korvath Labs").is_some(), "{names:?}");
    for code in ["WebWaiter", "KORVATH", "KEEPALIVE", "Zq7PMa4oNGN"] {
        assert!(!names.iter().any(|n| n.contains(code)), "{code}: {names:?}");
    }
}

#[test]
fn a_unit_after_a_number_and_a_code_identifier_are_no_names() {
    let found = entities(&[
        "Engine\n\nThe engine puts out 151 PS and reads 2 GB/s. Owners of the Korvath car in \
         Ohio saw the dreaded TypeError and a NullPointerException.",
    ]);
    let names = all_names(&found);
    for junk in ["PS", "GB", "TypeError", "NullPointerException"] {
        assert!(find(&found, junk).is_none(), "{junk}: {names:?}");
    }
    assert_eq!(kind_of(&found, "Ohio"), Some(EntityKind::Place));
    // A year is no number of units: "2019 US" still names the country.
    let found = entities(&["Trade\n\nIn 2019 US officials met in Geneva."]);
    assert!(find(&found, "US").is_some(), "{:?}", all_names(&found));
}

#[test]
fn a_known_firms_product_names_no_firm() {
    let found = entities(&[
        "Streaming\n\nThe film is available to rent on Google Play and to buy with Apple Pay in \
         Lisbon.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Google").is_none(), "{names:?}");
    assert!(find(&found, "Google Play").is_none(), "{names:?}");
    assert_eq!(kind_of(&found, "Lisbon"), Some(EntityKind::Place));
}

#[test]
fn a_captions_closing_credit_names_no_one() {
    let found = entities(&[
        "Cabaret\n\nThe Moulin Vert cabaret in Paris Benoit Tessaro/Reuters\n\nThe cabaret \
         reopened on Monday.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Benoit Tessaro").is_none(), "{names:?}");
    assert!(find(&found, "Reuters").is_none(), "{names:?}");
    assert_eq!(
        kind_of(&found, "Paris"),
        Some(EntityKind::Place),
        "{names:?}"
    );
}

#[test]
fn a_weekday_in_the_plural_is_no_name() {
    let found =
        entities(&["Schedule\n\nShe hosts a show on Saturdays and Sundays from Nashville."]);
    let names = all_names(&found);
    assert!(find(&found, "Saturdays").is_none(), "{names:?}");
    assert!(find(&found, "Sundays").is_none(), "{names:?}");
}

#[test]
fn a_province_after_a_demonym_is_one_place() {
    let found =
        entities(&["Carbon\n\nThe plant in Squamish, British Columbia, pulls carbon from air."]);
    assert_kind(&found, "British Columbia", EntityKind::Place);
    assert!(find(&found, "Columbia").is_none());
}

#[test]
fn a_job_noun_before_a_given_name_is_a_title() {
    let found =
        entities(&["Comics\n\nCartoonist Matt Borrel drew the strip. Borrel lives in Portland."]);
    let names = all_names(&found);
    assert_eq!(
        kind_of(&found, "Matt Borrel"),
        Some(EntityKind::Person),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.starts_with("Cartoonist")),
        "{names:?}"
    );
}

#[test]
fn a_name_before_its_version_number_is_a_product() {
    let found = entities(&[
        "Consoles\n\nThe ZenStation 4 Pro plays more games than the ZoomBox 2 does. Gorvath Blaster \
         11 is adding new characters. Fans in Osaka lined up.",
    ]);
    let names = all_names(&found);
    for product in ["ZenStation", "ZoomBox", "Gorvath Blaster"] {
        assert!(find(&found, product).is_none(), "{product}: {names:?}");
    }
    assert_eq!(
        kind_of(&found, "Osaka"),
        Some(EntityKind::Place),
        "{names:?}"
    );
    // A channel, a district and a score keep their names.
    let found = entities(&[
        "Results\n\nThe show moved to Channel 4 in May. Liverpool 2 Everton 1 was the score.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Liverpool").is_some(), "{names:?}");
}

#[test]
fn adjectives_made_with_a_suffix_and_media_formats_are_no_names() {
    let found = entities(&[
        "Review\n\nThe Zorbox-only release has a Vantrix-like look, plays MP3 and M4A files and \
         was shown at the firm's HQ in Austin.",
    ]);
    let names = all_names(&found);
    for junk in [
        "Zorbox-only",
        "Zorbox",
        "Vantrix-like",
        "Vantrix",
        "MP3",
        "M4A",
        "HQ",
    ] {
        assert!(find(&found, junk).is_none(), "{junk}: {names:?}");
    }
    assert_eq!(
        kind_of(&found, "Austin"),
        Some(EntityKind::Place),
        "{names:?}"
    );
}

#[test]
fn a_number_ends_a_name_that_counts_things_by_number() {
    let found = entities(&[
        "Listings\n\nShows from the BBC, ITV, Channel 4 and Channel 5 are there. The owner of the \
         Philadelphia 76ers moved to an office in Building 24 off Route 66.",
    ]);
    let names = all_names(&found);
    for name in [
        "Channel 4",
        "Channel 5",
        "Philadelphia 76ers",
        "Building 24",
        "Route 66",
    ] {
        assert!(find(&found, name).is_some(), "{name}: {names:?}");
    }
    assert!(find(&found, "Philadelphia").is_none(), "{names:?}");
    assert_eq!(
        kind_of(&found, "Route 66"),
        Some(EntityKind::Place),
        "{names:?}"
    );
    // An address goes on after the number: no name takes it.
    let found = entities(&["Mail\n\nWrite to Route 14 Box 3 in Tulsa."]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Box")), "{names:?}");
}

#[test]
fn a_disease_and_a_colloquial_demonym_are_no_names() {
    let found = entities(&[
        "Outbreak\n\nOfficials will prosecute Dallas Ebola patient Tom Harlow when he returns. \
         Brits and Aussies flew home from Monrovia.",
    ]);
    let names = all_names(&found);
    for junk in ["Dallas Ebola", "Ebola", "Brits", "Aussies"] {
        assert!(find(&found, junk).is_none(), "{junk}: {names:?}");
    }
    assert_eq!(
        kind_of(&found, "Dallas"),
        Some(EntityKind::Place),
        "{names:?}"
    );
    assert_eq!(
        kind_of(&found, "Monrovia"),
        Some(EntityKind::Place),
        "{names:?}"
    );
}

// kinds8: the kind of an entity, thirteenth round (facilities, "called", firms' suffixes,
// nouns after a name, who after a preposition, trades before a personal name).

#[test]
fn a_facility_is_a_place_unless_someone_works_there() {
    // An observatory, a studio or a trade centre is where something is ...
    let found = entities(&[
        "Dish\n\nThe Kelmora Observatory in the hills will close. The show came from the \
         Brantley Studio on Friday, and a protest gathered at the Osterveld World Trade Centre.",
    ]);
    for name in [
        "Kelmora Observatory",
        "Brantley Studio",
        "Osterveld World Trade Centre",
    ] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
    // ... and the body that runs it when the text says someone works there.
    let found = entities(&[
        "Dish\n\nTime will be shared, said Lin Qiao, director of the Varnholt Astronomical \
         Observatory.",
    ]);
    assert_eq!(
        kind_of(&found, "Varnholt Astronomical Observatory"),
        Some(EntityKind::Organization)
    );
    // A centre for research is a body.
    let found = entities(&["Study\n\nThe Varnholt Research Centre published the study."]);
    assert_eq!(
        kind_of(&found, "Varnholt Research Centre"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn what_a_name_is_called_says_its_kind() {
    let found = entities(&[
        "Oil\n\nThe firm found an offshore field called Pelvadora Nine in the north. Her father \
         started a group in 2010 called Marrow Circle. The telescope, also known as Qintai, \
         took five years to build.",
    ]);
    assert_eq!(kind_of(&found, "Pelvadora Nine"), Some(EntityKind::Place));
    assert_eq!(
        kind_of(&found, "Marrow Circle"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&found, "Qintai"), Some(EntityKind::Place));
    // "The area, called X,": a comma closes the noun.
    let found = entities(&["Flood\n\nThe area, called Brennmoor, flooded in March."]);
    assert_eq!(kind_of(&found, "Brennmoor"), Some(EntityKind::Place));
    // "Known as X, the area ...": the apposition after it.
    let found = entities(&[
        "Sea\n\nThe sea rose. Known as Brennaland, the area was icy tundra with few trees.",
    ]);
    assert_eq!(kind_of(&found, "Brennaland"), Some(EntityKind::Place));
}

#[test]
fn a_firms_suffix_and_its_board_say_organisation() {
    // "Dorian" is a given name; ", Inc." and "board member" say a firm.
    let found = entities(&[
        "Group\n\nHe started Dorian Velt, Inc., in 2010, said Sam Ortiz, a Dorian Velt board \
         member.",
    ]);
    assert_eq!(
        kind_of(&found, "Dorian Velt"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_place_or_landform_noun_after_a_name_makes_a_place() {
    let found = entities(&[
        "Find\n\nThe tool was found on Vrelmotor beach, near the old Kaskadi farm, in the \
         remote Taolang depression.",
    ]);
    for name in ["Vrelmotor", "Kaskadi", "Taolang"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
    // A noun in apposition followed by where it is: ", a village just south of X".
    let found = entities(&[
        "Walk\n\nClimbing out of Velmerath, a charming medieval village just south of Bonn, \
         the path is steep.",
    ]);
    assert_eq!(kind_of(&found, "Velmerath"), Some(EntityKind::Place));
}

#[test]
fn who_after_a_name_after_a_preposition_is_the_person_before() {
    // The "who" is the radio astronomer, not the town.
    let found = entities(&[
        "Dish\n\n“I am excited,” says Mara Voss, an astronomer at the state university in \
         Halberton, who wants to study pulsars.",
    ]);
    assert_eq!(kind_of(&found, "Halberton"), Some(EntityKind::Place));
}

#[test]
fn a_trade_before_a_personal_name_is_the_persons() {
    // "developer" names firms too; before a given name and a surname it is a person's trade.
    let found = entities(&[
        "Bug\n\n“I waited,” Lahore-based developer Ammon Tresk wrote in a post. Tresk has \
         released the code.",
    ]);
    assert_eq!(kind_of(&found, "Ammon Tresk"), Some(EntityKind::Person));
}

#[test]
fn what_follows_a_firm_named_like_a_person_outweighs_its_given_name() {
    // "Dell" is a given name; its workers, its officials and "which" say a firm.
    let found = entities(&[
        "Cables\n\nA Dell Harrowgate worker fixed the cable. Dell Harrowgate, which runs the \
         grid, said more fires came. Dell Harrowgate officials say the storms are to blame, \
         and Dell Harrowgate, which has 90 crews, hired more.",
    ]);
    assert_eq!(
        kind_of(&found, "Dell Harrowgate"),
        Some(EntityKind::Organization)
    );
    // A place or organisation noun after a name that opens with a given name.
    let found = entities(&["Dose\n\nShe was taken to Royal Brenchley hospital on Monday."]);
    assert_eq!(
        kind_of(&found, "Royal Brenchley"),
        Some(EntityKind::Organization)
    );
    // What a possessor has says nothing of what it is: Fred's farm is no place.
    let found = entities(&["Farm\n\nThe chickens at Fred's Farm ran off. Fred said so."]);
    assert_eq!(kind_of(&found, "Fred"), Some(EntityKind::Person));
}

#[test]
fn situated_or_a_border_in_apposition_says_place() {
    let found = entities(&[
        "Wine\n\nPrices rival the grand crus of Valdoria, situated five hours southwest of here. \
         The name refers to the Kesselgrenz, the long disputed border established by the \
         British.",
    ]);
    assert_eq!(kind_of(&found, "Valdoria"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "Kesselgrenz"), Some(EntityKind::Place));
}

#[test]
fn a_place_before_magazine_names_the_magazine() {
    let trip = "Trip\n\nShe flew to Chicago on Monday, and the rain in Chicago stopped.";
    let press = "Press\n\nHe retweeted an article by Chicago magazine that claimed the race was \
                 over.";
    let found = entities(&[trip, press]);
    let kinds: Vec<EntityKind> = found
        .iter()
        .filter(|e| e.name == "Chicago")
        .map(|e| e.kind)
        .collect();
    assert!(kinds.contains(&EntityKind::Place), "{kinds:?}");
    assert!(kinds.contains(&EntityKind::Organization), "{kinds:?}");
    // "a Chicago magazine" is one published there.
    let found = entities(&["Press\n\nShe wrote for a Chicago magazine in the rain in Chicago."]);
    assert_eq!(kind_of(&found, "Chicago"), Some(EntityKind::Place));
}

#[test]
fn a_preposition_before_a_possessive_governs_what_the_name_has() {
    // "in Halloran's government" says nothing of where Halloran is.
    let found = entities(&[
        "Cabinet\n\nSome hawks in Halloran's government threatened to resign. Critics at \
         Halloran's office said little.",
    ]);
    assert_ne!(kind_of(&found, "Halloran"), Some(EntityKind::Place));
    let found = entities(&["Trip\n\nShe spent a week in Valdrossa, and the rain in Valdrossa."]);
    assert_eq!(kind_of(&found, "Valdrossa"), Some(EntityKind::Place));
}

#[test]
fn in_before_a_word_capitalised_inside_is_no_place() {
    // "in ZentroPress" is in the software or on the site.
    let found = entities(&[
        "Plugins\n\nPlugins in ZentroPress broke, and users in ZentroPress forums complained.",
    ]);
    assert_eq!(
        kind_of(&found, "ZentroPress"),
        Some(EntityKind::Organization)
    );
    let found = entities(&[
        "Plugins\n\nPlugins in Zentropress broke, and users in Zentropress forums complained.",
    ]);
    assert_eq!(kind_of(&found, "Zentropress"), Some(EntityKind::Place));
}

#[test]
fn every_member_of_a_list_after_a_group_noun_is_of_its_kind() {
    // "Mateo" is a given name; in a list of companies it is a company.
    let found = entities(&[
        "Exports\n\nExports doubled thanks to companies producing surveillance systems, like \
         Vexlor, Dravintek, and Mateo, as well as smaller firms.",
    ]);
    for name in ["Vexlor", "Dravintek", "Mateo"] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
}

#[test]
fn what_only_a_person_writes_or_has_says_person() {
    // A lone word is a firm unless something says person: a firm has no novels or childhood.
    let found = entities(&[
        "Books\n\nBrannoch's novels sold well in the north. Critics praised Brannoch's \
         poetry, and Brannoch's childhood on a farm was filmed.",
    ]);
    assert_eq!(kind_of(&found, "Brannoch"), Some(EntityKind::Person));
}

#[test]
fn a_function_word_inside_a_name_is_no_firms_word() {
    // "An" is written in lowercase everywhere, but it makes no firm of "Loc An".
    let found = entities(&[
        "Resorts\n\nMore resorts will open in locations such as Da Lat, Vung Tau and Loc An \
         next year, an official said, and an hotel is an option.",
    ]);
    assert_eq!(kind_of(&found, "Loc An"), Some(EntityKind::Place));
}

#[test]
fn a_well_known_product_alone_is_no_entity() {
    let found = entities(&[
        "Phones\n\nThe flaw affects Android phones and Gmail users, said Maria Dimas, a spokeswoman for the \
         Linux Foundation in Boston. Android makers will patch it.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Android").is_none(), "{names:?}");
    assert!(find(&found, "Gmail").is_none(), "{names:?}");
    // Inside a longer name the product's word stays.
    assert_eq!(
        kind_of(&found, "Linux Foundation"),
        Some(EntityKind::Organization),
        "{names:?}"
    );
    assert_eq!(
        kind_of(&found, "Maria Dimas"),
        Some(EntityKind::Person),
        "{names:?}"
    );
}

// merge8: where a name starts and ends, and which mentions belong together (fourteenth round).

/// The names of the entity that `name` names, its own name first.
fn forms_of(entities: &[Entity], name: &str) -> Vec<String> {
    find(entities, name)
        .map(|e| {
            std::iter::once(e.name.clone())
                .chain(e.aliases.clone())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn two_particles_inside_a_name_keep_it_whole() {
    let found = entities(&[
        "Visit\n\nThe talks were led by Marit van der Brugge on Monday. Van der Brugge said \
         little.",
    ]);
    let names = all_names(&found);
    assert!(
        names.iter().any(|n| n == "Marit van der Brugge"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n == "Marit"), "{names:?}");
    assert_eq!(
        kind_of(&found, "Marit van der Brugge"),
        Some(EntityKind::Person)
    );
}

#[test]
fn a_bodys_subject_of_several_words_or_a_list_of_fields_stays_in_its_name() {
    let found = entities(&[
        "Awards\n\nThe Academy of Veterinary Dental Arts and Sciences met on Monday. The study \
         was shown at a meeting of the Society of Pathology, Virology and Immunology in \
         Leeds. A report by the Centre on Housing and Inequality came out.",
    ]);
    let names = all_names(&found);
    for name in [
        "Academy of Veterinary Dental Arts and Sciences",
        "Society of Pathology, Virology and Immunology",
        "Centre on Housing and Inequality",
    ] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }
    for piece in ["Immunology", "Inequality", "Society of Pathology"] {
        assert!(!names.iter().any(|n| n == piece), "{piece}: {names:?}");
    }
    // Names listed with "and" stay two.
    let found = entities(&["Talks\n\nBritain and France signed the deal in Paris on Monday."]);
    assert!(find(&found, "Britain").is_some() && find(&found, "France").is_some());
}

#[test]
fn a_campus_after_a_states_university_is_part_of_its_name() {
    let found = entities(&[
        "Fish\n\n\"It is rare,\" said Dana Whitlock, a researcher at the University of \
         California, Santa Cruz. She studied at the University of Toronto, Canada, before.",
    ]);
    let names = all_names(&found);
    assert!(
        names
            .iter()
            .any(|n| n == "University of California, Santa Cruz"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n == "Santa Cruz"), "{names:?}");
    // A country after the comma is a place of its own.
    assert!(
        names.iter().any(|n| n == "University of Toronto"),
        "{names:?}"
    );
    assert_eq!(kind_of(&found, "Canada"), Some(EntityKind::Place));
}

#[test]
fn two_words_joined_by_and_in_a_closed_list_or_before_police_name_one_area() {
    let found = entities(&[
        "Storm\n\nFlood warnings are in place for Glenmoray and Lusk, Carrick and Doon, and \
         Speyside. Meanwhile, Glenmoray and Lusk police said trees were down.",
    ]);
    for name in ["Glenmoray and Lusk", "Carrick and Doon"] {
        let e = find(&found, name).unwrap_or_else(|| panic!("{name}: {found:?}"));
        assert_eq!(e.kind, EntityKind::Place, "{name}");
        assert_eq!(e.articles.len(), 1);
    }
    let names = all_names(&found);
    for piece in ["Glenmoray", "Lusk", "Carrick", "Doon"] {
        assert!(!names.iter().any(|n| n == piece), "{piece}: {names:?}");
    }
    // A clause after a pair is no list: "In London and Paris, Macron said".
    let found = entities(&["Visit\n\nIn Ardlow and Penmar, Vexlo said it would hire."]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Ardlow and Penmar"), "{names:?}");
}

#[test]
fn a_number_ends_a_name_after_a_word_that_names_things_by_number() {
    let found = entities(&[
        "TV\n\nShows from Channel 7 and Channel 9 are there. The staff in the District 14 \
         office said no. Its lab sat in Building 31, near the river. Harris, who owns the \
         Philadelphia 76ers, spoke.",
    ]);
    let names = all_names(&found);
    for name in [
        "Channel 7",
        "Channel 9",
        "District 14",
        "Building 31",
        "Philadelphia 76ers",
    ] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }
    assert!(!names.iter().any(|n| n == "Philadelphia"), "{names:?}");
}

#[test]
fn an_occupation_opening_a_sentence_is_no_part_of_the_name_after_it() {
    let found = entities(&["Cartoons\n\nCartoonist Deb Harlow got a spot on the radio."]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "Deb Harlow"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("Cartoonist")),
        "{names:?}"
    );
    assert_eq!(kind_of(&found, "Deb Harlow"), Some(EntityKind::Person));
}

#[test]
fn of_and_a_given_names_possessive_and_a_firms_legal_form_end_a_name() {
    let found = entities(&[
        "Polo\n\nIt is shown by a photo in the Daily Courier of Malcolm's great grandfather.",
        "Games\n\nA report from Brenton Media Inc Vexlo and Apple shocked the world.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "Daily Courier"), "{names:?}");
    assert!(names.iter().any(|n| n == "Vexlo"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Malcolm") && n.contains("Courier")
                || n.contains("Inc Vexlo")
                || n == "Inc"),
        "{names:?}"
    );
}

#[test]
fn a_word_opening_two_names_of_the_article_is_the_short_form_of_neither() {
    let found = entities(&[
        "Trademark\n\nTwo companies bear the Vexlo name: Vexlo LLC and Vexlo SRL. The Vexlo \
         project began in 2005. Vexlo LLC filed first, and Vexlo SRL answered.",
    ]);
    for firm in ["Vexlo LLC", "Vexlo SRL"] {
        let forms = forms_of(&found, firm);
        assert!(!forms.iter().any(|f| f == "Vexlo"), "{firm}: {forms:?}");
    }
}

#[test]
fn a_demonyms_body_is_the_body_of_its_country() {
    let found = entities(&[
        "Ruling\n\nThe ruling by the Constitutional Court of Turkey was published. Earlier \
         today, the Turkish Constitutional Court made the text available.",
    ]);
    let forms = forms_of(&found, "Constitutional Court of Turkey");
    assert!(
        forms.iter().any(|f| f == "Turkish Constitutional Court"),
        "{forms:?}"
    );
    // Stems must agree: Austria is not Australia.
    let found = entities(&[
        "Courts\n\nThe Austrian Supreme Court and the Supreme Court of Australia differ.",
    ]);
    let forms = forms_of(&found, "Supreme Court of Australia");
    assert!(
        !forms.iter().any(|f| f == "Austrian Supreme Court"),
        "{forms:?}"
    );
}

#[test]
fn a_contraction_a_glued_the_and_an_acronym_opening_a_name_join_it() {
    let found = entities(&[
        "Ferries\n\nStrathclyde MacKinnon runs the ferries. By 5pm, StrathMac said 24 routes \
         were shut.",
        "Start\n\nStudents liked TheVexbook at parties, and Vexbook grew fast.",
        "Music\n\nThe tech firm QX Audio hopes to change that. At its booth, QX showed off \
         rings.",
    ]);
    for (long, short) in [
        ("Strathclyde MacKinnon", "StrathMac"),
        ("Vexbook", "TheVexbook"),
        ("QX Audio", "QX"),
    ] {
        let forms = forms_of(&found, long);
        assert!(forms.iter().any(|f| f == short), "{long}: {forms:?}");
    }
}

#[test]
fn an_item_of_a_numbered_list_that_is_a_personal_name_names_the_person() {
    let found = entities(&[
        "Top 10 Women Talking Sports\n\nMy list of the women I read.\n\n2. Dana Whitlock\n\n\
         Broadcaster for a network. She is married to a quarterback.",
    ]);
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
}

#[test]
fn a_known_firm_before_a_country_names_its_branch() {
    let found = entities(&[
        "Stakes\n\nThe firm keeps its stakes in Alibaba Group and Yahoo Japan. The EU Turkey \
         deal held.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "Yahoo Japan"), "{names:?}");
    assert!(!names.iter().any(|n| n == "Japan"), "{names:?}");
    // A body known by its acronym before a country is a modifier: two names.
    assert!(!names.iter().any(|n| n == "EU Turkey"), "{names:?}");
    assert_eq!(kind_of(&found, "Turkey"), Some(EntityKind::Place));
}

#[test]
fn a_title_and_of_before_a_body_leave_the_body_alone() {
    let found = entities(&[
        "Return\n\n“We are thrilled,” said Dana Whitlock, Executive Director of the Vexlo \
         Foundation. The Chief Executive of General Motors spoke too.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "Vexlo Foundation"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("Executive Director")),
        "{names:?}"
    );
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
    // A title word that opens a body's name stays in it.
    assert!(names.iter().any(|n| n == "General Motors"), "{names:?}");
}

#[test]
fn a_capitalised_preposition_ends_a_name() {
    let found = entities(&[
        "Podcast\n\nListen to episode 38 of our podcast Vexlo Big Media With Dana Whitlock, \
         out today.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "Dana Whitlock"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("With")), "{names:?}");
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
}

// kinds9: kind rules of the sixteenth round (weak evidence weighed by its measured precision).

#[test]
fn a_lone_name_after_at_with_nothing_else_is_a_place() {
    let found = entities(&[
        "Summit\n\nThe ministers gathered at Kelvora for two days of talks. Dana Whitlock, an \
         analyst at Brisvane, said the talks went well.",
    ]);
    assert_eq!(kind_of(&found, "Kelvora"), Some(EntityKind::Place));
    // An office before "at" says a workplace.
    assert_eq!(kind_of(&found, "Brisvane"), Some(EntityKind::Organization));
}

#[test]
fn a_person_named_like_a_known_place_is_a_person_when_the_text_says_so() {
    let found = entities(&[
        "Telescope\n\n“We see no roadblocks,” says Di Li, the chief scientist of the project. \
         The dish is the most sensitive, says Li. Li said his team was ready, and Li's wife \
         agreed.",
    ]);
    assert_eq!(kind_of(&found, "Di Li"), Some(EntityKind::Person));
    // One weak cue does not overturn reference data.
    let found = entities(&["Trip\n\nThe delegation flew to Dili on Monday. Dili said nothing."]);
    assert_eq!(kind_of(&found, "Dili"), Some(EntityKind::Place));
}

// fp9: fifteenth round (precision: descriptions made with a name).

#[test]
fn a_hyphenated_adjective_inside_a_run_of_capitals_makes_a_description() {
    let found = entities(&[
        "Cabin\n\nThe sedan has Vexlo-inspired Zero Gravity Seats and a Heritage-designated \
         Kaluna Marine Reserve nearby, a Dark Souls-ian challenge. Dana Whitlock of Vexlo \
         said so. Lee Hsiao-ping agreed.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("-inspired")), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains("-designated")),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("-ian")), "{names:?}");
    assert!(names.iter().any(|n| n == "Vexlo"), "{names:?}");
    // A short "-ping" is part of a personal name, no participle.
    assert!(names.iter().any(|n| n == "Lee Hsiao-ping"), "{names:?}");
}

#[test]
fn computing_terms_drugs_and_consoles_by_their_initials_are_no_names() {
    let found = entities(&[
        "Code\n\nDana Whitlock wrote the plugin in an IDE that walks the DOM, behind a \
         VPC, and returns NULL on error. Police found MDMA in the car. The game runs on \
         the PS4 and the NES. Vexlo Labs makes it.",
    ]);
    let names = all_names(&found);
    for term in ["IDE", "DOM", "VPC", "NULL", "MDMA", "PS4", "NES"] {
        assert!(!names.iter().any(|n| n == term), "{term}: {names:?}");
    }
    assert!(names.iter().any(|n| n == "Vexlo Labs"), "{names:?}");
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
}

#[test]
fn a_capital_after_an_inline_lists_number_says_nothing() {
    let found = entities(&[
        "Eggs\n\nOur favourite ways to eat eggs are: 1) Boxted, 2) Plimmed, 3) Scrambled. \
         The picks came from a) Dana Whitlock and b) Microsoft.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Boxted"), "{names:?}");
    assert!(!names.iter().any(|n| n == "Plimmed"), "{names:?}");
    // Names that say what they are stay: a full personal name, reference data.
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
    assert!(names.iter().any(|n| n == "Microsoft"), "{names:?}");
}

// fp10: seventeenth round (precision: products and techniques named before a thing's noun).

#[test]
fn a_name_before_a_things_noun_in_half_its_mentions_is_a_product() {
    let found = entities(&[
        "Kitchen\n\nShe follows the Brontal diet and swears by dual Quenlux panels on the \
         roof. Vexlo devices sync with it. Vexlo said sales rose, and Vexlo hired staff.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Brontal"), "{names:?}");
    assert!(!names.iter().any(|n| n == "Quenlux"), "{names:?}");
    // A firm named before its products once, and as the subject of its own sentences more
    // often, stays.
    assert!(names.iter().any(|n| n == "Vexlo"), "{names:?}");
}

#[test]
fn a_well_known_products_name_first_makes_an_edition_or_a_service() {
    let found = entities(&[
        "Console\n\nThe Xbox Quenlo ships with Android Brontal and a PlayStation Vexmar \
         headset. The Linux Foundation paid for it, Dana Whitlock said.",
    ]);
    let names = all_names(&found);
    for product in ["Xbox Quenlo", "Android Brontal", "PlayStation Vexmar"] {
        assert!(!names.iter().any(|n| n == product), "{product}: {names:?}");
    }
    // An organisation's word at the end makes a body named after the product.
    assert!(names.iter().any(|n| n == "Linux Foundation"), "{names:?}");
}

// spans10: names the extractor missed (eighteenth round).

#[test]
fn well_known_police_forces_space_agencies_and_the_space_station_are_known_bodies() {
    let found = entities(&[
        "Security\n\nThe briefing was given by Dana Whitlock and Australian Federal Police \
         Commissioner Tom Vexlo. A cargo ship bound for the International Space Station \
         broke up over Siberia.",
        "Drones\n\nNYPD Chopper Ride-Along: What Happens Near Aircraft\n\nPilots of the \
         police helicopter unit showed what a drone can do to a rotor.",
    ]);
    assert_eq!(
        kind_of(&found, "Australian Federal Police"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        kind_of(&found, "International Space Station"),
        Some(EntityKind::Place)
    );
    assert_eq!(kind_of(&found, "NYPD"), Some(EntityKind::Organization));
}

// fp11: nineteenth round (precision on US news: things named like names, page furniture).

#[test]
fn awards_and_trade_shows_named_by_one_word_are_no_entity_alone() {
    let found = entities(&[
        "Prizes\n\nThe Emmy went to Dana Whitlock, who flew to CES in Las Vegas after \
         the Grammy was won. Oscar Vexlo said it was shown at the Super Bowl and the NBA \
         Finals.",
    ]);
    let names = all_names(&found);
    for thing in ["Emmy", "CES", "Grammy", "Super Bowl", "NBA Finals"] {
        assert!(!names.iter().any(|n| n == thing), "{thing}: {names:?}");
    }
    // Inside a longer name the word stays a name's.
    assert_eq!(kind_of(&found, "Oscar Vexlo"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Las Vegas"), Some(EntityKind::Place));
}

#[test]
fn a_sequels_number_after_a_title_of_common_words_makes_a_work() {
    let found = entities(&["Roles\n\nDana Whitlock played a reporter in Iron Man 2. She said so."]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Iron")), "{names:?}");
    assert!(names.iter().any(|n| n == "Dana Whitlock"), "{names:?}");
}

#[test]
fn a_known_firm_before_a_word_of_its_own_names_a_product_not_the_firm() {
    let found = entities(&[
        "Cars\n\nThe Toyota Quenmark sold well, and the Nintendo Brontal too. BBC Sport \
         said so.",
    ]);
    let names = all_names(&found);
    for thing in [
        "Toyota Quenmark",
        "Quenmark",
        "Toyota",
        "Nintendo Brontal",
        "Nintendo",
    ] {
        assert!(!names.iter().any(|n| n == thing), "{thing}: {names:?}");
    }
    // A division's word after the firm names a part of it, not a product: the division,
    // one name (the tuning part's gold names "ABC Sports" so; fp14).
    assert!(names.iter().any(|n| n == "BBC Sport"), "{names:?}");
}

#[test]
fn terms_of_finance_sport_and_politics_known_by_their_initials_are_no_entity() {
    let found = entities(&[
        "Markets\n\nThe IPO came after QE2. The MVP tore his ACL, and POTUS asked the VP \
         about the ACA and a super PAC, Dana Whitlock said.",
    ]);
    let names = all_names(&found);
    for term in ["IPO", "QE2", "MVP", "ACL", "POTUS", "VP", "ACA", "PAC"] {
        assert!(!names.iter().any(|n| n == term), "{term}: {names:?}");
    }
    assert!(names.iter().any(|n| n == "Dana Whitlock"), "{names:?}");
}

#[test]
fn picture_credits_with_by_a_colon_or_an_agency_first_are_page_furniture() {
    let found = entities(&[
        "Pictures\n\nThe senator spoke in Ohio. (Photo by Dana Whitlock/Getty Images)\n\n\
         The crowd in Cairo. REUTERS/Tom Brontal\n\n\
         The city at night. Image: Courtesy of Jill Quenmark\n\n\
         A rally in Seoul on Thursday. Anthony Vexlo / AFP - Getty Images",
    ]);
    let names = all_names(&found);
    for credit in [
        "Dana Whitlock",
        "Tom Brontal",
        "Jill Quenmark",
        "Anthony Vexlo",
        "AFP",
    ] {
        assert!(!names.iter().any(|n| n == credit), "{credit}: {names:?}");
    }
    for place in ["Ohio", "Cairo", "Seoul"] {
        assert!(names.iter().any(|n| n == place), "{place}: {names:?}");
    }
}

#[test]
fn a_name_after_an_indefinite_article_is_one_of_a_kind_of_things() {
    let found = entities(&[
        "Garage\n\nHe drives a battered Quenmark. A Google search found a Tampa-based \
         dealer, and an Omaha, Nebraska, man bought it.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Quenmark"), "{names:?}");
    for name in ["Google", "Tampa", "Omaha"] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }
}

#[test]
fn a_writers_contact_sentences_are_page_furniture() {
    let found = entities(&["Budget\n\nThe council in Trenton passed the budget.\n\n\
         Dana Whitlock may be reached at dwhitlock@example.com. Follow her on Twitter \
         @dwhit. Find Vexlo.com on Facebook."]);
    let names = all_names(&found);
    for furniture in ["Dana Whitlock", "Twitter", "Vexlo.com", "Facebook"] {
        assert!(
            !names.iter().any(|n| n == furniture),
            "{furniture}: {names:?}"
        );
    }
    assert!(names.iter().any(|n| n == "Trenton"), "{names:?}");
}

#[test]
fn the_people_of_a_place_named_in_the_plural_are_no_entity() {
    let found = entities(&[
        "Alert\n\nThe alert asked New Yorkers to help; Londoners and Chicagoans agreed. \
         The New York Islanders played the Seattle Mariners.",
    ]);
    let names = all_names(&found);
    for people in ["New Yorkers", "Londoners", "Chicagoans"] {
        assert!(!names.iter().any(|n| n == people), "{people}: {names:?}");
    }
    for team in ["New York Islanders", "Seattle Mariners"] {
        assert!(names.iter().any(|n| n == team), "{team}: {names:?}");
    }
}

#[test]
fn a_stock_ticker_after_its_exchange_is_no_name() {
    let found = entities(&[
        "Stocks\n\nShares of Vexlo Holdings (NASDAQ:VXLO) rose, and NASDAQ said trading was \
         heavy.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "VXLO"), "{names:?}");
    assert!(names.iter().any(|n| n == "Vexlo Holdings"), "{names:?}");
}

#[test]
fn what_a_film_has_after_its_title_makes_the_title_a_work() {
    let found = entities(&[
        "Films\n\nFans lined up for the Quenmark premiere. A Quenmark sequel is planned, \
         and the Quenmark finale aired.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Quenmark"), "{names:?}");
}

#[test]
fn a_known_firms_product_word_inside_a_longer_name_makes_a_product_too() {
    let found =
        entities(&["Music\n\nCustomers of Google Play Quenmark pay less, Dana Whitlock said."]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Google")), "{names:?}");
    assert!(names.iter().any(|n| n == "Dana Whitlock"), "{names:?}");
}

#[test]
fn a_pages_list_of_sources_is_page_furniture() {
    let found = entities(&["Budget\n\nThe council in Trenton passed the budget.\n\n\
         Sources: Vexlo Times (2), Brontal News / Photo Credit: Dana Whitlock/Flickr"]);
    let names = all_names(&found);
    for furniture in ["Vexlo Times", "Brontal News", "Dana Whitlock", "Flickr"] {
        assert!(
            !names.iter().any(|n| n == furniture),
            "{furniture}: {names:?}"
        );
    }
    assert!(names.iter().any(|n| n == "Trenton"), "{names:?}");
}

#[test]
fn a_leaders_name_before_the_words_for_an_administration_names_the_leader() {
    let found = entities(&[
        "Policy\n\nUnder the Vexlor Administration the rules changed, and a Vexlor White \
         House would keep them. The Veterans Administration disagreed. Dana Vexlor spoke.",
    ]);
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n == "Vexlor Administration"),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n == "Vexlor White House"),
        "{names:?}"
    );
    assert_eq!(kind_of(&found, "Dana Vexlor"), Some(EntityKind::Person));
    assert!(find(&found, "Dana Vexlor").is_some_and(|e| e.mention_count() >= 3));
    assert!(names.iter().any(|n| n == "White House"), "{names:?}");
    // A common plural before "Administration" is a body's word, not a leader.
    assert!(
        names.iter().any(|n| n == "Veterans Administration"),
        "{names:?}"
    );
}

// recall11: names cut at "&", commas and places, short forms, joins (twenty-first round).

/// The one entity `name` names (as its name or an alias), with all its articles.
fn same_entity(entities: &[Entity], a: &str, b: &str) -> bool {
    match (find(entities, a), find(entities, b)) {
        (Some(x), Some(y)) => std::ptr::eq(x, y),
        _ => false,
    }
}

#[test]
fn an_ampersand_between_two_unknown_words_joins_one_firm() {
    let found = entities(&[
        "Earnings\n\nShares of Brontal & Vexmar fell on Tuesday, Dana Whitlock said. \
         Quenlo & Tarrick said its sales rose.",
    ]);
    for firm in ["Brontal & Vexmar", "Quenlo & Tarrick"] {
        assert_eq!(
            kind_of(&found, firm),
            Some(EntityKind::Organization),
            "{firm}"
        );
    }
    let names = all_names(&found);
    for part in ["Brontal", "Vexmar", "Quenlo", "Tarrick"] {
        assert!(!names.iter().any(|n| n == part), "{part}: {names:?}");
    }
}

#[test]
fn a_city_or_a_state_before_one_word_of_its_own_is_one_name() {
    let found = entities(&[
        "Basketball\n\nThe Boise Lantern reported that the Tulsa Wrangle beat the visitors \
         on Sunday. Dana Whitlock, a Virginia Democrat, said it was a good game.",
    ]);
    let names = all_names(&found);
    for name in ["Boise Lantern", "Tulsa Wrangle", "Virginia"] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }
    for part in ["Boise", "Tulsa", "Lantern", "Wrangle", "Virginia Democrat"] {
        assert!(!names.iter().any(|n| n == part), "{part}: {names:?}");
    }
}

#[test]
fn a_firms_legal_name_is_known_by_its_first_word() {
    let found = entities(&[
        "Carmakers\n\nBrontal Motor Co. said sales rose. Analysts expect Brontal to gain \
         ground, said Dana Whitlock. Walgreens Co. and Walgreens are one firm.",
    ]);
    assert!(same_entity(&found, "Brontal", "Brontal Motor Co."));
    assert!(same_entity(&found, "Walgreens Co.", "Walgreens"));
    // A person of that surname keeps the word: "Forbes" beside "Steve Forbes".
    let found = entities(&[
        "Publishing\n\nTarrick Media LLC was sold. Jane Tarrick said the deal was done. \
         Tarrick thanked the staff.",
    ]);
    assert!(!same_entity(&found, "Tarrick", "Tarrick Media LLC"));
}

#[test]
fn a_titles_gender_keeps_a_lone_surname_from_the_other_person() {
    let text = "Michael Vexlo, a lawyer, said on Tuesday that he would retire. Ms. Vexlo, \
                his sister, said she was proud of him. Mr. Vexlo thanked his staff.";
    let found = entities(&[&format!("Lawyers\n\n{text}")]);
    let michael = find(&found, "Michael Vexlo").expect("Michael Vexlo");
    let starts: Vec<u32> = michael.articles[0]
        .mentions
        .iter()
        .filter(|m| m.block != Mention::TITLE)
        .map(|m| m.start)
        .collect();
    let ms = text.find("Ms. Vexlo").expect("Ms.") as u32 + 4;
    let mr = text.find("Mr. Vexlo").expect("Mr.") as u32 + 4;
    assert!(!starts.contains(&ms) && starts.contains(&mr), "{michael:?}");
    assert!(found
        .iter()
        .any(|e| e.name == "Vexlo" && e.kind == EntityKind::Person));
}

#[test]
fn the_author_line_of_an_embedded_post_names_its_author() {
    let found = entities(&[
        "Reactions\n\nThe vote drew quick replies online.\n\nThis is a disgrace, and \
         everyone knows it.\n\n— Dana Whitlock (@dwhitlock) March 3, 2013\n\nOthers agreed.",
    ]);
    assert_eq!(kind_of(&found, "Dana Whitlock"), Some(EntityKind::Person));
}

#[test]
fn and_between_two_field_words_closes_a_bodys_name_and_a_possessive_ends_it() {
    let found = entities(&[
        "Defense\n\nDana Whitlock, a fellow at the Center for Energy and Environmental \
         Studies, spoke. Tom Vexlo, a professor at the University of Brontal's Institute for Quantum \
         Optics, agreed.",
    ]);
    let names = all_names(&found);
    for name in [
        "Center for Energy and Environmental Studies",
        "University of Brontal",
        "Institute for Quantum Optics",
    ] {
        assert!(names.iter().any(|n| n == name), "{name}: {names:?}");
    }
}

#[test]
fn a_firm_named_after_its_partners_is_one_name() {
    let found = entities(&[
        "Law\n\nVexlo, Brontal & Quenmar said it would advise the buyer. The firm hired \
         Dana Whitlock.",
    ]);
    assert_eq!(
        kind_of(&found, "Vexlo, Brontal & Quenmar"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_speech_verb_after_an_aside_vouches_for_a_name_at_a_sentence_start() {
    let found = entities(&["Talks\n\nBrontex, however, said it would buy the firm."]);
    assert!(find(&found, "Brontex").is_some(), "{:?}", all_names(&found));
}

#[test]
fn a_name_after_a_place_or_a_founders_given_names_joins_its_shorter_form() {
    let found = entities(&[
        "Baseball\n\nThe Tulsa Silver Foxes beat the visitors. The Silver Foxes won again on \
         Sunday, said Dana Whitlock, who runs the Tom J. Vexlo Foundation. The Vexlo \
         Foundation paid for the new stadium.",
    ]);
    assert!(same_entity(&found, "Tulsa Silver Foxes", "Silver Foxes"));
    assert!(same_entity(
        &found,
        "Tom J. Vexlo Foundation",
        "Vexlo Foundation"
    ));
    // A firm's name without its last organisation word, never a known place's name.
    let found = entities(&[
        "Court\n\nA former executive at Brontal & Vexmar Bank was sentenced. Brontal & \
         Vexmar, which is based in Boston, agreed to pay. The Los Angeles Times and Los \
         Angeles officials reported it.",
    ]);
    assert!(same_entity(
        &found,
        "Brontal & Vexmar Bank",
        "Brontal & Vexmar"
    ));
    assert!(!same_entity(&found, "Los Angeles Times", "Los Angeles"));
}

#[test]
fn a_body_named_in_full_is_no_event_for_its_show() {
    let found = entities(&[
        "Music\n\nNAVM 2011: rings that play music\n\nThe firm brought its rings to the \
         National Association of Vexlo Makers (NAVM) show here, said Dana Whitlock.",
    ]);
    assert!(
        same_entity(&found, "NAVM", "National Association of Vexlo Makers"),
        "{:?}",
        all_names(&found)
    );
}

// kinds10: entity kinds in US news (twentieth round).

#[test]
fn a_sports_position_or_a_role_before_a_lone_name_says_person() {
    let found = entities(&[
        "Signing\n\nThe club signed quarterback Drezlow to a two-year deal on Monday. \
         Drezlow threw for 3,000 yards last season.",
        "Loss\n\nThe offense struggled, said coach Tarbeck, whose team lost again. Tarbeck \
         was angry.",
    ]);
    assert_eq!(kind_of(&found, "Drezlow"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Tarbeck"), Some(EntityKind::Person));
}

#[test]
fn a_firms_last_word_makes_a_body_of_a_name_with_a_given_name_first() {
    let found = entities(&[
        "Funds\n\nA fund run by Grayson Capital Management bought the shares. The \
         Carlton Chronicle reported the sale on Monday.",
    ]);
    assert_eq!(
        kind_of(&found, "Grayson Capital Management"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        kind_of(&found, "Carlton Chronicle"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn an_unknown_word_then_a_given_name_is_a_personal_name() {
    let found = entities(&[
        "Game\n\nThe crowd stood as Zhavontay Paul scored 33 points in the fourth quarter.",
    ]);
    assert_eq!(kind_of(&found, "Zhavontay Paul"), Some(EntityKind::Person));
}

/// The kinds of the entities called `name` across `texts`.
fn kinds_named(texts: &[&str], name: &str) -> Vec<EntityKind> {
    entities(texts)
        .into_iter()
        .filter(|e| e.name == name)
        .map(|e| e.kind)
        .collect()
}

#[test]
fn more_signs_that_a_places_name_stands_for_its_team() {
    let trip = |place: &str| format!("Trip\n\nFarmers in {place} grow corn, and {place} is flat.");
    let cases = [
        (
            "Denver",
            "Game\n\nDenver quarterback Kirk Halloway was sacked four times on Sunday.",
        ),
        (
            "Miami",
            "Game\n\nJerrell Moss scored 33 points for Miami on Sunday night.",
        ),
        (
            "Houston",
            "Game\n\nHouston has won six straight and hosts a rival on Friday.",
        ),
        (
            "Dallas",
            "Game\n\nThe guard was traded on Monday. Dallas is 12-20 this season.",
        ),
        (
            "Oregon",
            "Game\n\nOregon defensive coordinator Dale Vessey was fired on Monday.",
        ),
        (
            "Nebraska",
            "Hire\n\nVessey spent six seasons as an assistant coach at Nebraska.",
        ),
    ];
    for (place, sport) in cases {
        let trip = trip(place);
        let kinds = kinds_named(&[sport, &trip], place);
        assert!(
            kinds.contains(&EntityKind::Organization) && kinds.contains(&EntityKind::Place),
            "{place}: {kinds:?}"
        );
    }
    // "Sox" ends a team's name.
    let found = entities(&["Game\n\nThe Riverton White Sox won again on Sunday."]);
    assert_eq!(
        kind_of(&found, "Riverton White Sox"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn leagues_exchanges_and_us_regulators_are_known_bodies() {
    let found = entities(&[
        "Deals\n\nThe NFL and the Securities and Exchange Commission looked into the \
         trades, and shares fell on the Nasdaq. Dana Whitlock said the FDA would decide.",
    ]);
    for name in ["NFL", "Securities and Exchange Commission", "Nasdaq", "FDA"] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
}

#[test]
fn an_arena_named_after_a_known_firm_and_a_garden_are_places() {
    let found = entities(&[
        "Tickets\n\nTickets for the Prudential Center sold out on Friday.",
        "Crowd\n\nFans packed Madison Square Garden on Sunday. The Garden was loud.",
        "Eden\n\nThe monks walked into the Garden at dawn, and the Garden was quiet.",
    ]);
    assert_eq!(
        kind_of(&found, "Prudential Center"),
        Some(EntityKind::Place)
    );
    let garden = find(&found, "Madison Square Garden").expect("the venue");
    assert_eq!(garden.kind, EntityKind::Place);
    // "the Garden" joins the venue the article names, and is no entity alone.
    assert!(garden.aliases.iter().any(|a| a == "Garden"), "{garden:?}");
    assert_eq!(garden.articles.len(), 1);
    assert!(!found.iter().any(|e| e.name == "Garden"));
}

#[test]
fn a_career_or_a_resignation_after_a_possessive_says_person() {
    let found = entities(&[
        "Talks\n\nTalks stalled after Velkaris's resignation on Monday, and markets fell.",
    ]);
    assert_eq!(kind_of(&found, "Velkaris"), Some(EntityKind::Person));
}

#[test]
fn its_after_what_a_name_said_or_after_and_says_a_firm() {
    let found = entities(&[
        "Sales\n\nOn Monday, Tiffany said its sales rose 8 percent in the quarter.",
        "Bikes\n\nInvestors cheered Harley and its rivals on Monday.",
    ]);
    assert_eq!(kind_of(&found, "Tiffany"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&found, "Harley"), Some(EntityKind::Organization));
    // "he" still says person.
    let found = entities(&["Sales\n\nOn Monday, Tiffany said he would not sell the house."]);
    assert_eq!(kind_of(&found, "Tiffany"), Some(EntityKind::Person));
}

#[test]
fn which_after_a_given_name_and_a_family_name_opens_a_clause() {
    let found =
        entities(&["Club\n\nThe roster was rebuilt by Dale Kowalczyk, which is what fans wanted."]);
    assert_eq!(kind_of(&found, "Dale Kowalczyk"), Some(EntityKind::Person));
}

#[test]
fn a_hotel_is_a_place_and_the_hotel_alone_is_no_entity() {
    let found = entities(&[
        "Gala\n\nThe senator spoke at the Brantwood Hotel on Thursday. The Hotel was full.",
        "Stay\n\nGuests left the Hotel early, and the Hotel closed.",
    ]);
    let hotel = find(&found, "Brantwood Hotel").expect("the hotel");
    assert_eq!(hotel.kind, EntityKind::Place);
    assert!(!found.iter().any(|e| e.name == "Hotel"));
}

#[test]
fn the_white_houses_rooms_are_places() {
    let found = entities(&[
        "Talks\n\nThe president met Dana Whitlock in the Oval Office, and aides waited in the \
         West Wing.",
    ]);
    assert_eq!(kind_of(&found, "Oval Office"), Some(EntityKind::Place));
    assert_eq!(kind_of(&found, "West Wing"), Some(EntityKind::Place));
}

// ---- kinds11: the twenty-second round (kinds in US news) ----

#[test]
fn a_dateline_city_stays_a_place_in_an_article_about_its_team() {
    let found = entities(&[
        "Game\n\nBOSTON -- The visitors held on late. Boston quarterback Dray Kellerman threw for 321 \
         yards, and the crowd stayed to the end.",
        "Game\n\nBOSTON — The visitors held on late. Boston quarterback Dray Kellerman threw for 321 \
         yards, and the crowd stayed to the end.",
    ]);
    let kinds: Vec<_> = found
        .iter()
        .filter(|e| e.name == "Boston")
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, vec![EntityKind::Place], "{found:?}");
    // Without a dateline the team's cue still makes the city's name the team.
    let found = entities(&[
        "Game\n\nThe visitors held on late. Boston quarterback Dray Kellerman threw for 321 yards.",
    ]);
    assert_eq!(kind_of(&found, "Boston"), Some(EntityKind::Organization));
}

#[test]
fn an_outlets_reporter_names_the_outlet() {
    let found = entities(&[
        "Media\n\nThe claim was first made by Kellerman reporter Dana Whitfield on Monday.",
        "Media\n\nWhen the site decided to ban Dunsmore star blogger Jo Pike, it did not say why.",
    ]);
    assert_eq!(
        kind_of(&found, "Kellerman"),
        Some(EntityKind::Organization),
        "{found:?}"
    );
    assert_eq!(
        kind_of(&found, "Dunsmore"),
        Some(EntityKind::Organization),
        "{found:?}"
    );
    assert_eq!(kind_of(&found, "Dana Whitfield"), Some(EntityKind::Person));
    // A show named after its host: a given name first keeps the person.
    let found = entities(&["TV\n\nShe joined as a Late Hour with Dana Whitfield correspondent."]);
    assert_eq!(kind_of(&found, "Dana Whitfield"), Some(EntityKind::Person));
}

// merge12: wrong merges (issue 10, twenty-fourth round): a role noun's gender, and the title
// a lone surname gets elsewhere in the article.

#[test]
fn a_role_nouns_gender_and_an_other_gendered_title_keep_a_surname_apart() {
    // "Zorvela" is in no list of given names: only "his daughter" tells her gender. The
    // article names the president by his surname alone, with "Mr." and without a title.
    let text = "President Brantley met donors on Monday in the capital. He brought his daughter \
                Zorvela Brantley, an adviser. Mr. Brantley said the talks went well. The \
                Brantley administration made no comment.";
    let found = entities(&[&format!("Talks\n\n{text}")]);
    let daughter = find(&found, "Zorvela Brantley").expect("Zorvela Brantley");
    let starts: Vec<u32> = daughter.articles[0]
        .mentions
        .iter()
        .filter(|m| m.block != Mention::TITLE)
        .map(|m| m.start)
        .collect();
    for lone in ["President Brantley", "Mr. Brantley", "The Brantley"] {
        let at = (text.find(lone).expect(lone) + lone.len() - "Brantley".len()) as u32;
        assert!(!starts.contains(&at), "{lone}: {daughter:?}");
    }
    // With "Ms." the surname alone is hers.
    let text = "Zorvela Brantley, an adviser, spoke on Monday. His daughter Zorvela Brantley \
                left early. Ms. Brantley said the talks went well.";
    let found = entities(&[&format!("Talks\n\n{text}")]);
    let daughter = find(&found, "Zorvela Brantley").expect("Zorvela Brantley");
    let ms = (text.find("Ms. Brantley").expect("Ms.") + 4) as u32;
    assert!(
        daughter.articles[0].mentions.iter().any(|m| m.start == ms),
        "{daughter:?}"
    );
}

#[test]
fn the_pronoun_after_a_title_without_gender_keeps_a_surname_apart() {
    // Twice "he" after "President Brantley", never "she": not Rosalind.
    let text = "Rosalind Brantley visited a school on Monday. President Brantley's plan, which \
                he announced in May, was praised there. President Brantley is the calm one who \
                tells his staff to wait.";
    let found = entities(&[&format!("Visit\n\n{text}")]);
    let rosalind = find(&found, "Rosalind Brantley").expect("Rosalind Brantley");
    for (at, _) in text.match_indices("President Brantley") {
        let at = (at + 10) as u32;
        assert!(
            !rosalind.articles[0].mentions.iter().any(|m| m.start == at),
            "{rosalind:?}"
        );
    }
    // "she" after it, one "he" alone (which may be the boy's), or a "he" that another name
    // comes before: the same person.
    for text in [
        "Rosalind Brantley visited a school on Monday. President Brantley's plan, which she \
         announced in May, was praised there.",
        "Rosalind Brantley visited a school on Monday. Dr. Brantley treated the boy after he \
         fell.",
        "Rosalind Brantley visited a school on Monday. Dr. Brantley met Tom Vexlo after he \
         spoke. Dr. Brantley met Tom Vexlo after he spoke again.",
    ] {
        let found = entities(&[&format!("Visit\n\n{text}")]);
        let rosalind = find(&found, "Rosalind Brantley").expect("Rosalind Brantley");
        let at = text.rfind("Brantley").expect("the lone surname") as u32;
        assert!(
            rosalind.articles[0].mentions.iter().any(|m| m.start == at),
            "{text}: {rosalind:?}"
        );
    }
}

// fp12: twenty-third round (precision on US news: party tags, kickers in capitals).

#[test]
fn a_party_and_state_tag_after_a_lawmaker_is_no_entity() {
    let found = entities(&[
        "Budget\n\nSen. Dale Kowalczyk (R-Ariz.) said the bill would fail. Rep. Mara Stilwell, \
         D-Calif., disagreed, and Rep. Ann Pell (D-N.Y.) left. The vote was close, said Sen. \
         Tom Brandt, I-Vt.",
    ]);
    for tag in ["R-Ariz", "D-Calif", "D-N.Y", "I-Vt"] {
        assert!(!found.iter().any(|e| e.name.starts_with(tag)), "{tag}");
    }
    assert_eq!(kind_of(&found, "Dale Kowalczyk"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Mara Stilwell"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Tom Brandt"), Some(EntityKind::Person));
    // A known state makes the tag whatever stands around it; other letters and hyphens stay.
    let found = entities(&["Vote

Sen. Jon Kelm R-Ariz. said so, and Rep. Ann Lund (D–Texas) agreed. Veterans \
         of D-Day met the X-Men."]);
    assert_eq!(kind_of(&found, "Jon Kelm"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Ann Lund"), Some(EntityKind::Person));
    assert!(!all_names(&found)
        .iter()
        .any(|n| n.contains("Ariz") || n.contains("Texas")));
    assert!(find(&found, "X-Men").is_some());
}

#[test]
fn a_kicker_in_capitals_before_a_colon_is_page_furniture() {
    let found = entities(&[
        "Floods\n\nThe rain came on Monday in Austin.\n\nIN OREGON: Family of a drowned boy \
         sues the city\n\nThe river rose again.",
    ]);
    assert!(find(&found, "Austin").is_some());
    assert!(!all_names(&found)
        .iter()
        .any(|n| n.eq_ignore_ascii_case("Oregon")));
    // A short stop word in capitals may be a name: "WHO:" and "US:" stay.
    let found = entities(&[
        "Outbreak\n\nCases rose on Monday.\n\nWHO: Cases rise in Guinea\n\nUS: Talks with \
         Japan resume",
    ]);
    assert_eq!(kind_of(&found, "WHO"), Some(EntityKind::Organization));
    assert!(find(&found, "Japan").is_some());
}

#[test]
fn a_storms_name_after_its_word_is_the_storm_in_the_whole_article() {
    let found = entities(&[
        "Weather\n\nHurricane Marlowe hit New Jersey on Monday. Tropical Storm Ysolde weakened, \
         while Winter Storm Quill dumped snow. Later, Marlowe moved north and Ysolde faded.",
    ]);
    assert_eq!(kind_of(&found, "New Jersey"), Some(EntityKind::Place));
    for storm in ["Marlowe", "Ysolde", "Quill"] {
        assert!(
            !all_names(&found).iter().any(|n| n.contains(storm)),
            "{storm}"
        );
    }
}

#[test]
fn el_nino_and_la_nina_are_no_entity_but_a_name_holding_them_stays() {
    let found = entities(&[
        "Weather\n\nEl Nino sends warm water to California, and La Niña may follow. Alvaro El \
         Nino Perez, a fisherman, said so.",
    ]);
    assert!(find(&found, "California").is_some());
    assert!(!found
        .iter()
        .any(|e| e.name == "El Nino" || e.name == "La Niña"));
    assert_eq!(
        kind_of(&found, "Alvaro El Nino Perez"),
        Some(EntityKind::Person)
    );
}

#[test]
fn lady_before_a_word_that_is_no_name_is_a_stage_name_not_a_title() {
    let found = entities(&[
        "Pop\n\nFans of Lady Zazzo and Katy Perry lined up. Lady Zazzo's tour sold out, and \
         Lady Diana Spencer and Lady Thatcher came.",
    ]);
    assert_eq!(kind_of(&found, "Lady Zazzo"), Some(EntityKind::Person));
    assert!(find(&found, "Zazzo").is_none_or(|e| e.name == "Lady Zazzo"));
    // Before a given name or a family name, "Lady" stays a title.
    assert_eq!(kind_of(&found, "Diana Spencer"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Thatcher"), Some(EntityKind::Person));
    assert_eq!(kind_of(&found, "Katy Perry"), Some(EntityKind::Person));
}

// --- fp13 ---

#[test]
fn a_common_word_run_on_after_a_place_makes_no_name_with_it() {
    // "in Toronto Returning soldiers ...": a sentence run on without its full stop.
    let found = entities(&[
        "Notes\n\nSmall villages you might not know existed in Toronto Returning soldiers \
         reached the border. Many villages near Boston Designed by architects stand.",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Toronto").is_some(), "{names:?}");
    assert!(find(&found, "Boston").is_some(), "{names:?}");
    for glued in ["Toronto Returning", "Boston Designed"] {
        assert!(!names.iter().any(|n| n == glued), "{glued} in {names:?}");
    }
    // After "the", before punctuation, or a noun: the word is part of the place's name.
    let found = entities(&[
        "Games\n\nThe casinos of the Las Vegas Strip, the shops of the Boston Smelting \
         district, fans of Tulsa Heat (10-3) and Omaha Jazz players were busy.",
    ]);
    let names = all_names(&found);
    for name in [
        "Las Vegas Strip",
        "Boston Smelting",
        "Tulsa Heat",
        "Omaha Jazz",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

#[test]
fn a_brand_used_as_a_verb_is_no_mention_of_the_firm() {
    let found = entities(&[
        "Anchors\n\nShe needed to Google the words czar and ignoramus. Later she Googled \
         them, and he wanted to Skype his mother. Skyping is cheap.",
    ]);
    let names = all_names(&found);
    for word in ["Google", "Googled", "Skype", "Skyping"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    // The firm itself stays: "to Google's offices", "sold to Google in 2014".
    let found = entities(&[
        "Deals\n\nThe startup was sold to Google in 2014, and its staff moved to Google's \
         offices.",
    ]);
    assert_eq!(kind_of(&found, "Google"), Some(EntityKind::Organization));
}

#[test]
fn a_known_body_after_a_or_an_is_a_likeness_not_the_body() {
    let found = entities(&[
        "Planes\n\nThe plane is an airborne White House, said a fellow. He bought an Apple.",
        "Air Force One Costs Billions Because It’s a Flying White House\n\nThe plane costs \
         money.",
    ]);
    let names = all_names(&found);
    for word in ["White House", "Apple"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    // A poll, a list of bodies, a thing of the body: the body is named.
    let found = entities(&[
        "Polls\n\nA CNN/ORC poll and an ABC, CBS or NBC affiliate agreed with a Google \
         search.",
    ]);
    for name in ["CNN", "ABC", "CBS", "NBC", "Google"] {
        assert!(find(&found, name).is_some(), "{name}");
    }
}

#[test]
fn a_place_after_miss_is_a_pageant_not_the_place() {
    let found =
        entities(&["Pageants\n\nThe former Miss America met voters. Miss Texas waved in Dallas."]);
    let names = all_names(&found);
    assert!(find(&found, "Dallas").is_some(), "{names:?}");
    for word in ["America", "United States", "Texas"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn a_photographers_credit_for_an_outlet_is_page_furniture() {
    let found = entities(&[
        "Photo\n\nThe hymnal was donated in Boston.\n\nJane Doe for The New York Times",
    ]);
    let names = all_names(&found);
    assert!(find(&found, "Boston").is_some(), "{names:?}");
    for word in ["Jane Doe", "New York Times", "The New York Times"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    // A sentence with "for" keeps its names.
    let found = entities(&["Jobs\n\nJane Doe writes for The New York Times."]);
    assert!(find(&found, "Jane Doe").is_some());
}

#[test]
fn a_letter_three_times_over_in_capitals_is_a_sound_not_a_name() {
    let found = entities(&[
        "Sounds\n\nThe dial in Boston would go CHERRRK, then CRSSSH, said the NAACP and \
         the AAA.",
    ]);
    let names = all_names(&found);
    for name in ["Boston", "NAACP", "AAA"] {
        assert!(find(&found, name).is_some(), "{name} in {names:?}");
    }
    for word in ["CHERRRK", "CRSSSH"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

// --- merge13 ---

/// The entity that holds the mentions of article `article` named `name` (or with that
/// alias), if one does.
fn holder_in<'e>(entities: &'e [Entity], name: &str, article: u32) -> Option<&'e Entity> {
    entities.iter().find(|e| {
        (e.name == name || e.aliases.iter().any(|a| a == name))
            && e.articles.iter().any(|s| s.article == article)
    })
}

#[test]
fn an_acronym_means_what_its_own_article_spells_before_what_another_defines() {
    let found = entities(&[
        "Karlsruhe ruling\n\nThe Federal Constitutional Court (FCC) ruled on Tuesday that the \
         law stands. The FCC said the judges agreed.",
        "Net neutrality vote\n\nThe Federal Communications Commission voted on Monday. The FCC \
         chairman said the rules go.",
        "Grain prices\n\nThe Westland Grain Council (WGC) met in Leeds. The WGC said prices \
         fell.",
        "Farm loans\n\nThe Wheat Growers Cooperative lent more in Ohio. The WGC board said so.",
    ]);
    let commission = holder_in(&found, "Federal Communications Commission", 1)
        .expect("Federal Communications Commission");
    assert!(
        commission.aliases.iter().any(|a| a == "FCC"),
        "{commission:?}"
    );
    let court = find(&found, "Federal Constitutional Court").expect("Federal Constitutional Court");
    assert!(court.articles.iter().all(|s| s.article == 0), "{court:?}");
    let cooperative = holder_in(&found, "Wheat Growers Cooperative", 3).expect("cooperative");
    assert!(
        cooperative.aliases.iter().any(|a| a == "WGC"),
        "{cooperative:?}"
    );
    let council = find(&found, "Westland Grain Council").expect("Westland Grain Council");
    assert!(
        council.articles.iter().all(|s| s.article == 2),
        "{council:?}"
    );
    // An article that spells out nothing takes the collection's one definition.
    let found = entities(&[
        "Karlsruhe ruling\n\nThe Federal Constitutional Court (FCC) ruled on Tuesday that the \
         law stands.",
        "Berlin reacts\n\nMinisters in Berlin said on Wednesday that the FCC went too far.",
    ]);
    let court = find(&found, "Federal Constitutional Court").expect("Federal Constitutional Court");
    assert_eq!(court.articles.len(), 2, "{court:?}");
}

#[test]
fn a_department_of_a_field_is_the_field_department() {
    let found = entities(&[
        "Climate staff\n\nThe Energy Department rejected the request on Monday. The Department \
         of Energy said it would not name staff. In Paris, the Ministry of the Interior and the \
         Interior Ministry said the same, while the Department of Defense said nothing.",
    ]);
    let energy = find(&found, "Department of Energy").expect("Department of Energy");
    assert!(
        energy.aliases.iter().any(|a| a == "Energy Department"),
        "{energy:?}"
    );
    let interior = find(&found, "Interior Ministry").expect("Interior Ministry");
    assert!(
        interior.name == "Ministry of the Interior"
            || interior
                .aliases
                .iter()
                .any(|a| a == "Ministry of the Interior"),
        "{interior:?}"
    );
    let defense = find(&found, "Department of Defense").expect("Department of Defense");
    assert!(defense.aliases.is_empty(), "{defense:?}");
}

#[test]
fn a_firm_named_by_its_legal_name_with_a_line_of_business_is_its_first_word_alone() {
    let found = entities(&[
        "Resort opens\n\nKestrana Hotels Corporation opened a resort on Friday. As Kestrana grows \
         in Vietnam, Orvelo Resorts Inc. waits, and Orvelo said it would build too.",
    ]);
    for (firm, word) in [
        ("Kestrana Hotels Corporation", "Kestrana"),
        ("Orvelo Resorts Inc.", "Orvelo"),
    ] {
        let e = find(&found, firm).expect(firm);
        assert!(e.aliases.iter().any(|a| a == word), "{e:?}");
    }
}

// --- kinds12 ---

#[test]
fn a_firm_named_like_a_person_with_a_firms_cue_as_strong_is_an_organisation() {
    // A given name first (person) and a head word (organisation) weigh the same: firms are
    // named after people far more often than people after firms.
    let found = entities(&[
        "Panel\n\nSpeakers: Dana Whitcombe, regional director, Marcy Hollis Group; and Ellis \
         Brandt, partner, Kerrow Vance.",
    ]);
    assert_eq!(
        kind_of(&found, "Marcy Hollis Group"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&found, "Dana Whitcombe"), Some(EntityKind::Person));
}

// --- kinds13 ---

#[test]
fn facility_and_landform_head_words_make_places() {
    // cues.txt [place]: an airfield or a ballpark, a monument, a strip, a base, a mall, a
    // station, a building, a border line, a quarter: where things are, even after a given
    // name ("Warren Monument") or a known place ("Tulsa Strip").
    let found = entities(&[
        "Weekend\n\nFans packed Owen Field for the opener. The Warren Monument was closed for \
         repairs, and crowds filled the Tulsa Strip. Jets left Brackley Air Force Base at dawn. \
         Shoppers crowded Pellman Mall and Norcott Station. Talks on the Haskett Line failed. \
         Cafes line the Levantine Quarter.",
    ]);
    for name in [
        "Owen Field",
        "Warren Monument",
        "Tulsa Strip",
        "Brackley Air Force Base",
        "Pellman Mall",
        "Norcott Station",
        "Haskett Line",
        "Levantine Quarter",
    ] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
    // The head word alone names nothing.
    let found =
        entities(&["Travel\n\nStation managers said the Line was slow. Field trips resumed."]);
    for word in ["Station", "Line", "Field"] {
        assert!(find(&found, word).is_none(), "{word}");
    }
}

#[test]
fn professional_sports_teams_are_organisations() {
    // teams.tsv: a city's name, often a given name too ("Dallas", "Phoenix"), before a team's
    // nickname names the team, not a person or a place.
    let found = entities(&[
        "Sports\n\nThe Dallas Stars signed a goalie on Monday. Phoenix Mercury said its coach \
         would stay, and the Houston Texans beat the Tennessee Titans 20-17. The Yankees lost.",
    ]);
    for name in [
        "Dallas Stars",
        "Phoenix Mercury",
        "Houston Texans",
        "Tennessee Titans",
        "Yankees",
    ] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
}

#[test]
fn newspapers_and_magazines_named_like_people_or_places_are_organisations() {
    // outlets.tsv: a title led by a given name ("Mother Jones"), an article of another
    // language ("Le Figaro", "La Vanguardia") or a city ("Houston Chronicle").
    let found = entities(&[
        "Press\n\nMother Jones reported the deal first. Le Figaro said the talks failed, La \
         Vanguardia disagreed, and the Houston Chronicle ran the story on Sunday.",
    ]);
    for name in [
        "Mother Jones",
        "Le Figaro",
        "La Vanguardia",
        "Houston Chronicle",
    ] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
}

#[test]
fn a_place_word_ends_a_street_or_square_named_place() {
    // cues.txt [place] "Place": "Harlan Place", "Ellis Place" are streets and squares.
    let found = entities(&[
        "City\n\nVendors returned to Harlan Place on Friday, and a march crossed Ellis Place.",
    ]);
    for name in ["Harlan Place", "Ellis Place"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
    assert!(find(&found, "Place").is_none());
}

#[test]
fn retailers_named_after_founders_and_college_conferences_are_organisations() {
    // companies.tsv: a store's name after "at" or "in" is the chain, not a place;
    // teams.tsv: a conference's short name ("Big East", "Mountain West") is no region.
    let found = entities(&[
        "Retail\n\nShoppers lined up at Nordstrom and at Neiman Marcus in Tulsa. The Big \
         East and the Mountain West delayed the season.",
    ]);
    for name in ["Nordstrom", "Neiman Marcus", "Big East", "Mountain West"] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name}"
        );
    }
}

#[test]
fn a_borough_named_by_a_common_plural_and_one_word_districts_are_places() {
    // places.tsv: "Queens"; "Midtown", "Uptown", as many US cities name their districts.
    let found = entities(&[
        "Housing\n\nRents rose in Queens last year. Offices in Midtown emptied while Uptown \
         landlords cut prices.",
    ]);
    for name in ["Queens", "Midtown", "Uptown"] {
        assert_eq!(kind_of(&found, name), Some(EntityKind::Place), "{name}");
    }
}

// --- merge14 ---

#[test]
fn firms_named_with_a_legal_form_are_no_persons_and_two_subsidiaries_stay_two() {
    // merge::person_like: "Brantel Products Inc" and "Brantel Manufacturing Inc" are not one
    // "person" of first name "Brantel" and surname "Inc"; nor are "Orsa Holding AB" and
    // "Orsa Trading AB"; "Pellow LBO" ends in capitals, a body's name.
    let found = entities(&[
        "Ladders\n\nMILTON, Feb 26 - Brantel Products Inc said it agreed to sell Brantel \
         Manufacturing Inc for 100,000 dlrs. Orsa Holding AB said it bought Orsa Trading AB.",
        "Buyout\n\nAPPLETON, March 2 - A company formed by J.R. Pellow LBO Inc bought the \
         stake. Pellow LBO, a unit of J.R. Pellow Group Inc, will own it, Pellow said.",
    ]);
    for (a, b) in [
        ("Brantel Products Inc", "Brantel Manufacturing Inc"),
        ("Orsa Holding AB", "Orsa Trading AB"),
        ("J.R. Pellow LBO Inc", "J.R. Pellow Group Inc"),
    ] {
        assert!(!forms_of(&found, a).contains(&b.to_string()), "{a} / {b}");
        assert!(find(&found, b).is_some(), "{b}");
    }
    // "Pellow" alone is the group, not the unit that "LBO" sets apart (merge18,
    // ArticleIndex::firm: a unit is named by what sets it apart, the group by the word alone).
    assert!(forms_of(&found, "J.R. Pellow Group Inc").contains(&"Pellow".to_string()));
    assert!(!forms_of(&found, "J.R. Pellow LBO Inc").contains(&"Pellow".to_string()));
}

#[test]
fn a_firm_named_by_its_legal_name_is_known_by_its_first_word_or_its_capitals_alone() {
    // merge::firm_words, ArticleIndex::firm.
    let found = entities(&[
        "Bid\n\nLONDON, March 2 - Vaskor International Plc said it bid for Quellin Group Plc. \
         Vaskor said the offer values Quellin at 90 mln stg.",
        "Gold\n\nTORONTO, March 2 - Consolidated QRX Mining Corp said it will buy a mine. QRX \
         said the mine yields gold.",
        // The man is the one of his surname, not the firm named after him.
        "Brokers\n\nNEW YORK, March 2 - Thomas Keverne, Keverne Securities Corp chairman, said \
         the firm was sold. Keverne said he would stay.",
        // The lead word in capitals is the firm's, not the other name it opens.
        "Brokers\n\nLONDON, March 2 - Fenwick Plc said it would buy <QMV Holdings Corp>. QMV \
         owns QMV Securities, a broker.",
        // "Esk" could be either firm.
        "Units\n\nTORONTO, March 2 - Esk Products Inc said it sold Esk Tools Inc. Esk said the \
         unit lost money.",
    ]);
    assert!(forms_of(&found, "Vaskor International Plc").contains(&"Vaskor".to_string()));
    assert!(forms_of(&found, "Quellin Group Plc").contains(&"Quellin".to_string()));
    assert!(forms_of(&found, "Consolidated QRX Mining Corp").contains(&"QRX".to_string()));
    assert!(forms_of(&found, "QMV Holdings Corp").contains(&"QMV".to_string()));
    assert!(forms_of(&found, "Thomas Keverne").contains(&"Keverne".to_string()));
    assert!(!forms_of(&found, "Keverne Securities Corp").contains(&"Keverne".to_string()));
    for firm in ["Esk Products Inc", "Esk Tools Inc"] {
        assert!(
            !forms_of(&found, firm).contains(&"Esk".to_string()),
            "{firm}"
        );
    }
}

#[test]
fn a_firm_named_by_its_legal_name_is_known_by_its_first_words_without_the_legal_form() {
    // merge::MergeState::join_firm_forms.
    let found = entities(&[
        "Steel\n\nTOKYO, March 2 - Tarbell Steel Co Ltd and Ondrin Trading Co said they plan \
         to merge. Tarbell Steel employs 1,700 workers and Ondrin Trading 300.",
        "Sale\n\nHOUSTON, March 2 - Scientific Varno Systems Inc said it sold its disk unit. \
         Scientific Varno said the sale brings 20 mln dlrs.",
        "Buyout\n\nCHICAGO, March 2 - A unit of J.R. Dallow Partners Inc bought the stake. \
         Dallow Partners said it would keep the business.",
        // A known place that opens a firm's name is the place.
        "Insurance\n\nNEW YORK, March 2 - New York Life Insurance Co said profits rose in \
         New York.",
        // A given name then a word that is no family name: the firm's short form.
        "Stores\n\nDALLAS, March 2 - Grant Textile Co said sales rose. Grant Textile said it \
         would open stores.",
        // A given name and a family name is the person's name, whatever the firm's.
        "Claims\n\nDENVER, March 2 - Dale Pendergast Inc said it faces claims. A claim \
         against Dale Pendergast is pending.",
        // A personal name is the person's.
        "Brokers\n\nBOSTON, March 2 - Charles Halloway Corp said it sold a unit. Charles \
         Halloway, its chairman, said he would retire.",
    ]);
    for (firm, person) in [
        ("Charles Halloway Corp", "Charles Halloway"),
        ("Dale Pendergast Inc", "Dale Pendergast"),
    ] {
        assert!(
            !forms_of(&found, firm).contains(&person.to_string()),
            "{firm}"
        );
    }
    assert_eq!(
        kind_of(&found, "Charles Halloway"),
        Some(EntityKind::Person)
    );
    for (firm, short) in [
        ("Tarbell Steel Co Ltd", "Tarbell Steel"),
        ("Ondrin Trading Co", "Ondrin Trading"),
        ("Grant Textile Co", "Grant Textile"),
        ("Scientific Varno Systems Inc", "Scientific Varno"),
        ("J.R. Dallow Partners Inc", "Dallow Partners"),
    ] {
        assert!(
            forms_of(&found, firm).contains(&short.to_string()),
            "{firm}: {:?}",
            forms_of(&found, firm)
        );
    }
    assert_eq!(kind_of(&found, "New York"), Some(EntityKind::Place));
    assert!(!forms_of(&found, "New York Life Insurance Co").contains(&"New York".to_string()));
}

// --- fp14 ---

#[test]
fn a_wire_sign_off_in_capitals_that_closes_a_story_names_nothing() {
    // "REUTER", "REUTER...", "(END)": one word in capitals alone as the story's last block is
    // the agency signing its copy; the agency named in the text stays.
    let found = entities(&[
        "Mill sold\n\nOSLO, May 4 - Fjord Timber Corp said a spokesman told Reuters the \
         mill was sold.\n\nREUTER",
        "Bank bid\n\nLIMA, May 5 - Andes Credit Corp said it had no comment.\n\nREUTER...",
        "Port deal\n\nSEOUL, May 6 - Hanbit Shipping Co said it agreed to buy a berth.\n\n(END)",
    ]);
    let names = all_names(&found);
    for word in ["REUTER", "END"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    assert_eq!(
        kind_of(&found, "Reuters"),
        Some(EntityKind::Organization),
        "{names:?}"
    );
    // A name in capitals inside the story is still read.
    let found = entities(&["Space\n\nThe agency said NASA would fly in May.\n\nNASA"]);
    assert!(find(&found, "NASA").is_some());
}

#[test]
fn a_stock_ticker_in_angle_brackets_after_a_company_is_no_name() {
    // Wire copy writes a listed company's ticker in angle brackets after its name, with or
    // without its exchange ("<FJTC.OL>", "<HNBT KS>", "<ACRD>"); a name in the brackets
    // after a lowercase word ("its <PAMPA> unit", "<Verdan Textiles SA>") is a name.
    let found = entities(&[
        "Mill sold\n\nOSLO, May 4 - Fjord Timber Corp <FJTC.OL> said it sold its mill to \
         Hanbit Shipping Co <HNBT KS> and to Andes Credit Corp <ACRD>, with its <PAMPA> \
         unit and <Verdan Textiles SA>.",
    ]);
    let names = all_names(&found);
    for code in ["FJTC.OL", "HNBT KS", "HNBT", "KS", "ACRD"] {
        assert!(!names.iter().any(|n| n == code), "{code} in {names:?}");
    }
    for name in [
        "Fjord Timber Corp",
        "Hanbit Shipping Co",
        "Andes Credit Corp",
        "PAMPA",
        "Verdan Textiles SA",
    ] {
        assert!(find(&found, name).is_some(), "{name} not in {names:?}");
    }
}

#[test]
fn a_place_that_says_which_dollar_names_the_currency_not_the_place() {
    // "13 mln U.S. dlrs", "the Hong Kong dollar", "50 mln Australian dollars": the amount's
    // currency, not the country; a mention of the place elsewhere stays.
    let found = entities(&[
        "Mill sold\n\nFjord Timber Corp paid 13 mln U.S. dlrs for the mill, and the Hong Kong \
         dollar rose.",
        "Port deal\n\nHanbit Shipping Co paid 20 mln U.S. dollars for a berth in the U.S.",
    ]);
    assert!(find(&found, "Hong Kong").is_none());
    let us = find(&found, "U.S.").map(|e| e.articles.len());
    assert_eq!(us, Some(1), "{:?}", all_names(&found));
}

#[test]
fn a_firm_name_that_ends_in_a_legal_form_keeps_the_place_that_opens_it() {
    // Company law's forms abroad end a firm's name as "Inc" does ("SA", "KK", "N.V."); a known
    // place opening such a name is part of it, not a place of its own. Swedish "AB" may open
    // a name too, and a legal form alone is no name.
    let found = entities(&[
        "Mill sold\n\nOSLO, May 4 - Lima Textiles SA and Osaka Verdan KK said they would buy \
         Fjord Timber N.V. from AB Kvarnholm, with help from Holmvik AB Partners.",
    ]);
    let names = all_names(&found);
    for name in [
        "Lima Textiles SA",
        "Osaka Verdan KK",
        "AB Kvarnholm",
        "Holmvik AB Partners",
    ] {
        assert!(find(&found, name).is_some(), "{name} not in {names:?}");
    }
    for word in ["Lima", "Osaka", "AB", "SA", "KK"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn a_company_name_in_angle_brackets_runs_to_the_closing_bracket() {
    // Wire copy brackets an unlisted company's whole name: "and" and a country in brackets
    // inside it are part of it, not a second firm or a place of their own.
    let found = entities(&[
        "Mill sold\n\nOSLO, May 4 - <Dunmore and Keel Holdings PLC> said it bought \
         <Vantor (Canada) Mining Ltd> from Fjord Timber Corp last week.",
    ]);
    let names = all_names(&found);
    for name in [
        "Dunmore and Keel Holdings PLC",
        "Vantor (Canada) Mining Ltd",
        "Fjord Timber Corp",
    ] {
        assert!(find(&found, name).is_some(), "{name} not in {names:?}");
    }
    for part in ["Canada", "Keel Holdings PLC", "Mining Ltd"] {
        assert!(!names.iter().any(|n| n == part), "{part} in {names:?}");
    }
}

#[test]
fn a_known_outlet_or_firm_before_a_division_word_names_the_division() {
    // "NBC Sports", "Google Research": a division's or a section's word after a known firm or
    // outlet is one name with it, not cut off to leave the parent alone.
    let found = entities(&[
        "Careers\n\nShe covered golf for NBC Sports before she joined Google Research in \
         Zurich.",
    ]);
    let names = all_names(&found);
    for name in ["NBC Sports", "Google Research"] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name} in {names:?}"
        );
    }
    for parent in ["NBC", "Google"] {
        assert!(!names.iter().any(|n| n == parent), "{parent} in {names:?}");
    }
}

#[test]
fn a_known_firm_with_its_legal_form_is_the_firm_and_a_form_alone_is_no_name() {
    // "American Express Co", "Walt Disney Co": the known firm, not the firm and a lone "Co".
    let found = entities(&[
        "Cards\n\nNEW YORK, May 4 - American Express Co, the card issuer, said it would \
         buy a stake in Fjord Timber Corp.",
    ]);
    let names = all_names(&found);
    assert_eq!(
        kind_of(&found, "American Express Co"),
        Some(EntityKind::Organization),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n == "Co"), "{names:?}");
}

#[test]
fn a_short_month_before_a_day_is_a_date_not_a_name() {
    // Wire datelines shorten the month without a full stop: "LONDON, Mar 2 -".
    let found = entities(&[
        "Mill sold\n\nLONDON, Mar 2 - Fjord Timber Corp said on Feb 26 it would sell its \
         mill by Oct 1.",
    ]);
    let names = all_names(&found);
    for word in ["Mar", "Feb", "Oct"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
    assert!(find(&found, "LONDON").is_some(), "{names:?}");
}

#[test]
fn a_founders_possessive_before_a_firm_name_with_its_legal_form_is_inside_the_name() {
    // "Heinl's Nursery Inc" names one firm; a known place's or a firm's possessive before
    // another firm names two ("Norway's Fjord Timber Corp", "Hanbit Holdings' Kvarn Ltd").
    let found = entities(&[
        "Mill sold\n\nOSLO, May 4 - Norway's Fjord Timber Corp said it bought Dunmore's \
         Garden Centres Ltd from Hanbit Holdings' Kvarn Ltd last week.",
    ]);
    let names = all_names(&found);
    for name in [
        "Dunmore's Garden Centres Ltd",
        "Fjord Timber Corp",
        "Norway",
        "Kvarn Ltd",
    ] {
        assert!(find(&found, name).is_some(), "{name} not in {names:?}");
    }
    assert!(!names.iter().any(|n| n == "Dunmore"), "{names:?}");
}

#[test]
fn a_common_acronym_that_opens_a_firm_name_with_its_legal_form_stays_in_it() {
    // "PC", "GPS" alone are common words in capitals, but they open a firm's name that ends
    // in its legal form ("PC Acquisition Inc").
    let found = entities(&[
        "Mill sold\n\nThe buyer, PC Acquisition Inc, said GPS Fleet Ltd would run the trucks \
         of Fjord Timber Corp.",
    ]);
    let names = all_names(&found);
    for name in ["PC Acquisition Inc", "GPS Fleet Ltd"] {
        assert!(find(&found, name).is_some(), "{name} not in {names:?}");
    }
}

#[test]
fn a_name_before_a_stock_ticker_is_a_listed_company_whole() {
    // "Norwegian Timber <NTIM OL>": the ticker says the words before it are a listed
    // company's whole name, the demonym included, and a company, not a person.
    let found = entities(&[
        "Mill sold\n\nOSLO, May 4 - Norwegian Timber <NTIM OL> and Hanbit Reed <HNBR KS> \
         said they would merge.",
    ]);
    let names = all_names(&found);
    for name in ["Norwegian Timber", "Hanbit Reed"] {
        assert_eq!(
            kind_of(&found, name),
            Some(EntityKind::Organization),
            "{name} in {names:?}"
        );
    }
    assert!(!names.iter().any(|n| n == "Timber"), "{names:?}");
}

// --- wire14 ---

#[test]
fn a_legal_form_written_without_its_dot_ends_a_firm_named_like_a_person() {
    // cues.txt [organization] "Corp", "Inc", "Co": wire copy drops the dot ("Acme Corp").
    let found = entities(&[
        "Deal\n\nNEW YORK, March 3 - Garrick Halloway Corp said it agreed to buy Dennison \
         Marsh Inc for 40 mln dlrs. Pemberton Lyle and Co advised Garrick Halloway Corp.",
    ]);
    for name in [
        "Garrick Halloway Corp",
        "Dennison Marsh Inc",
        "Pemberton Lyle and Co",
    ] {
        assert_kind(&found, name, EntityKind::Organization);
    }
}

#[test]
fn a_european_legal_form_ends_a_firm_named_like_a_person() {
    // cues.txt [organization] "AB", "AG", "SA", "NV", "SpA", "KK": the legal forms of
    // Swedish, German, French, Dutch, Italian and Japanese firms.
    let found = entities(&[
        "Deal\n\nLindqvist AB said it would sell its stake to Brauer AG, while Moretti SpA bid for \
         the rest with Vandermeer NV. Dumont SA said its offer stood. The plant near Las \
         Vegas, NV, stays open.",
    ]);
    for name in [
        "Lindqvist AB",
        "Brauer AG",
        "Moretti SpA",
        "Vandermeer NV",
        "Dumont SA",
    ] {
        assert_kind(&found, name, EntityKind::Organization);
    }
    assert_eq!(kind_of(&found, "NV"), Some(EntityKind::Place));
}

#[test]
fn a_legal_form_outweighs_what_later_mentions_said() {
    // cues.txt [legal-form], classify::Signals::legal_form: wire copy names a firm in full
    // once, then by its short name before "said" again and again; no person is "X Co".
    let found = entities(&[
        "Deal\n\nSTAMFORD, Conn., March 2 - Hartwell Co said it agreed to acquire Vantor \
         International N.V.\n\nHartwell said it would exchange shares.\n\nHartwell said \
         shareholders agreed. They granted Hartwell the right of first refusal.\n\nHartwell \
         said described Vantor as a fast growing company.\n\nHartwell said its freight unit \
         earns most of its revenues.",
    ]);
    assert_kind(&found, "Hartwell Co", EntityKind::Organization);
}

#[test]
fn a_firms_first_words_alone_are_the_firm() {
    // classify::carry_firm_kind: after "Vexley Micro Systems Inc" and "Kwekwe Tilney Plc",
    // "Vexley Micro" and "Kwekwe" (a town too) are the firms; the dateline stays a place.
    let found = entities(&[
        "Deal\n\nTIMMINS, March 2 - Vexley Micro Systems Inc said it would buy Kwekwe Tilney \
         Plc for 5 mln dlrs.\n\nVexley Micro had the cash. Kwekwe is paying the rest in \
         shares.",
    ]);
    for name in ["Vexley Micro", "Kwekwe"] {
        assert_kind(&found, name, EntityKind::Organization);
    }
    assert_eq!(kind_of(&found, "TIMMINS"), Some(EntityKind::Place));
}

#[test]
fn a_division_or_subsidiary_after_a_name_is_a_firms_part() {
    // cues.txt [appositive-organization] "division", "subsidiary", "affiliate": the name
    // before them is a firm or a part of one, not a person.
    let found = entities(&[
        "Deal\n\nThe group retains its Brannock division, which makes caps, and its Dorrance \
         subsidiary. A Brannock plant will close, while Dorrance hires.",
    ]);
    for name in ["Brannock", "Dorrance"] {
        assert_kind(&found, name, EntityKind::Organization);
    }
}

#[test]
fn works_ends_a_firms_name() {
    // cues.txt [organization] "Works": "Glass Works", "Iron Works" name a firm or its plant.
    let found = entities(&[
        "Deal\n\nHalvorsen Glass Works said it would buy a rival. Halvorsen Glass Works said \
         he was wrong, a trader said.",
    ]);
    assert_kind(&found, "Halvorsen Glass Works", EntityKind::Organization);
}

// --- kinds15 ---

#[test]
fn a_legal_form_written_before_the_name_makes_a_firm() {
    // cues.txt [legal-form-abroad], classify::carry_form_first: Nordic and continental firms
    // write "AB", "NV", "Oy" before the name; the words after it are the firm's short name.
    let found = entities(&[
        "Deal\n\nSTOCKHOLM, March 2 - The holding companies AB Kvarnholm and Forsmarks AB \
         Tellvik said they took over an option. Kvarnholm's stake rose to 40 pct, while \
         Tellvik holds 30 pct. NV Ostervelde said it had no comment.",
    ]);
    for name in [
        "AB Kvarnholm",
        "Kvarnholm",
        "Forsmarks AB Tellvik",
        "Tellvik",
        "NV Ostervelde",
    ] {
        assert_kind(&found, name, EntityKind::Organization);
    }
    // Not an English form ("Co Kerry" is a county), nor before a given name ("AG Marcus
    // Holloway", an attorney general).
    let found = entities(&[
        "Farm\n\nHe farms near Tralee in Co Kerry. The case was closed on Monday, and AG \
         Marcus Holloway said he would not appeal.",
    ]);
    assert_kind(&found, "Co Kerry", EntityKind::Place);
    assert_kind(&found, "AG Marcus Holloway", EntityKind::Person);
}

#[test]
fn a_family_name_in_the_plural_is_the_family_not_one_person() {
    // classify::carry_family_plurals: "the Halvarssons" after "the Halvarsson group" is the
    // family's holdings, in every mention ("Thre Halvarssons paid", a typo), never a person.
    let found = entities(&[
        "Deal\n\nSTOCKHOLM, March 2 - Sweden's Halvarsson group fought back a bid. Thre \
         Halvarssons paid 20 pct over the market price. The Halvarssons' stake had amounted \
         to 52 pct, and the deal will cost the Halvarssons 400 mln crowns.",
    ]);
    assert_kind(&found, "Halvarssons", EntityKind::Organization);
    assert!(
        found.iter().all(|e| e.kind != EntityKind::Person),
        "{:?}",
        all_names(&found)
    );
    // A plural of a surname the article gives a person stays with the person; the plurals
    // of towns and common words are not families.
    let found = entities(&[
        "Home\n\nJerry Okafor met the Okafors at home, and Jerry Okafor said he was glad. \
         They flew to the Hamptons, where the Nationals played.",
    ]);
    assert_kind(&found, "Jerry Okafor", EntityKind::Person);
}

#[test]
fn a_place_that_plays_in_a_sports_story_is_its_team() {
    // sports.txt, classify::carry_team_kind: in a story with sports words, a country or a
    // city that beats, draws with or is "4 for 120", or whose possessive comes before a
    // player, is the team it fields; outside sport, or before a title, it stays a place.
    let found = entities(&[
        "Cricket\n\nAustralia beat India by five wickets in the second Test. Australia were 4 \
         for 120 at lunch before the batsmen took control, and the bowlers did the rest. \
         India's captain said the innings was poor.",
        "Football\n\nBrazil's striker scored twice as Brazil drew with Italy in the \
         semi-final. Italy's goalkeeper and the midfielders struggled, and the referee sent \
         off a defender after halftime.",
        "Baseball\n\nOttawa's Danny Morrow problem is linked to its center-field problem. The \
         shortstop has eight strikeouts, and the outfielder on the roster is no better.",
        "Economy\n\nAustralia's prime minister said Brazil's economy would grow. Washington's \
         policy on trade beat expectations, and India won praise for its reforms.",
        "Visit\n\nThe Prime Minister flew from Canberra to Australia's north after the \
         cricket. Australia's Prime Minister John Howard watched the innings with the \
         batsmen and bowlers of the team.",
    ]);
    let kinds = |name: &str| -> Vec<(EntityKind, Vec<u32>)> {
        found
            .iter()
            .filter(|e| e.name == name)
            .map(|e| (e.kind, e.articles.iter().map(|m| m.article).collect()))
            .collect()
    };
    use EntityKind::{Organization, Place};
    assert!(kinds("Australia").contains(&(Organization, vec![0])));
    assert!(kinds("Australia").contains(&(Place, vec![3, 4])));
    assert!(kinds("India").contains(&(Organization, vec![0])));
    assert!(kinds("India").contains(&(Place, vec![3])));
    assert!(kinds("Brazil").contains(&(Organization, vec![1])));
    assert!(kinds("Brazil").contains(&(Place, vec![3])));
    assert_eq!(kinds("Italy"), [(Organization, vec![1])]);
    assert_eq!(kinds("Ottawa"), [(Organization, vec![2])]);
    assert_eq!(kinds("Washington"), [(Place, vec![3])]);
    assert_eq!(kinds("Canberra"), [(Place, vec![4])]);
    // Cricket's score lines and positions.
    let found = entities(&[
        "Cricket\n\nThe spinners did the damage as Australia were bowled out for 190. The \
         paceman took four wickets, and India's openers put on 80 before the all-rounder \
         fell. England were all out for 210.",
    ]);
    for name in ["Australia", "India", "England"] {
        assert_kind(&found, name, Organization);
    }
    // A country's possessive before a player's name says where the player is from.
    let found = entities(&[
        "Tennis\n\nAustralia's Lleyton Hewitt won the tiebreak with a forehand, then a \
         backhand, to reach the semi-final.",
    ]);
    assert_kind(&found, "Australia", Place);
}

#[test]
fn a_geographic_feature_after_the_is_a_place_whatever_else_bears_its_name() {
    // features.txt, cues.txt [feature-noun], classify::carry_features: "in the Amazon", "the
    // Amazon rainforest", "from the Alps", "up the Nile" are the features; the retailer of
    // another article ("in the Amazon store", "Amazon said") stays a firm, and a person
    // named like a mountain stays the person.
    let found = entities(&[
        "Fires\n\nThousands of fires are raging in the Amazon, experts said. Smoke from the \
         Amazon rainforest reached Sao Paulo. Climbers returned from the Alps and trekked up \
         the Nile.",
        "Shopping\n\nAmazon said sales rose. Shoppers can find the device in the Amazon store, \
         and the Amazon deal ends Friday. Amazon shares fell.",
        "Climb\n\nSir Edmund Everest, a surveyor, gave his name to the peak. Everest said he \
         was proud.",
    ]);
    let amazon: Vec<(EntityKind, Vec<u32>)> = found
        .iter()
        .filter(|e| e.name == "Amazon")
        .map(|e| (e.kind, e.articles.iter().map(|m| m.article).collect()))
        .collect();
    assert!(amazon.contains(&(EntityKind::Place, vec![0])), "{amazon:?}");
    assert!(
        amazon.contains(&(EntityKind::Organization, vec![1])),
        "{amazon:?}"
    );
    for name in ["Alps", "Nile"] {
        assert_kind(&found, name, EntityKind::Place);
    }
    assert_kind(&found, "Edmund Everest", EntityKind::Person);
}

#[test]
fn a_place_that_starts_a_firms_name_is_the_firm_where_a_firms_word_follows() {
    // cues.txt [firm-word], classify::carry_place_named_firm: after "Ohio Power", "Ohio's
    // management" is the firm; "in Ohio", "Ohio's governor", a country's shares, and a
    // state's management where no firm bears its name stay places.
    let found = entities(&[
        "Deal\n\nKANSAS CITY, March 2 - UtiliCorp United Inc said it completed the \
         acquisition of Ohio Power from Dominion Resources.\n\nThe sale was approved in \
         January. Ohio's management will continue to be responsible for operating the \
         utility, it said.",
    ]);
    assert_kind(&found, "Ohio", EntityKind::Organization);
    assert!(
        found
            .iter()
            .all(|e| e.kind != EntityKind::Place || e.name == "KANSAS CITY"),
        "{:?}",
        all_names(&found)
    );
    let found = entities(&[
        "Utility\n\nCOLUMBUS, March 2 - Ohio Power said it would build a plant in Ohio. \
         Ohio's governor welcomed the plan, and Japan Fund Inc said Japan's shares rose.",
        "Budget\n\nLawmakers said Ohio's management of its pension fund was sound.",
        "Markets\n\nLONDON, March 2 - London Stock Exchange officials said trading was brisk. \
         London shares closed higher.",
    ]);
    for name in ["Ohio", "Japan", "London"] {
        assert_kind(&found, name, EntityKind::Place);
    }
}

// --- merge15 ---

#[test]
fn a_known_firms_name_alone_after_a_firms_legal_name_is_the_firm() {
    // merge::join_firm_short_forms: "Siemens" after "Siemens Industrial Inc" is the firm
    // named in full, mention by mention; another article's "Siemens" keeps the known firm.
    let found = entities(&[
        "Offer\n\nNEW YORK, March 2 - Siemens Industrial Inc said it received an offer. \
         Siemens said its board would meet.",
        "Trains\n\nSiemens will build the trains, the city said.",
    ]);
    let firm = find(&found, "Siemens Industrial Inc");
    assert!(
        firm.is_some_and(|e| e.aliases.iter().any(|a| a == "Siemens") && e.articles.len() == 1),
        "{:?}",
        all_names(&found)
    );
    let known = found.iter().find(|e| e.name == "Siemens");
    assert!(
        known.is_some_and(|e| e.articles.len() == 1 && e.articles[0].article == 1),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_towns_or_states_name_alone_beside_a_firm_named_after_it_stays_the_place() {
    // merge::join_firm_short_forms, the opposite: "Texas regulators" beside "Texas
    // Instruments Inc", and "Aachen" beside "<Aachen Harrow Plc>", stay places: nothing the
    // merger sees tells "Texas has lower taxes" from "Aachen is paying".
    let found = entities(&[
        "Chips\n\nDALLAS, March 2 - Texas Instruments Inc said profit rose. Texas regulators \
         approved the plant. Texas has lower taxes, it said.",
        "Deal\n\nLONDON, March 2 - <Aachen Harrow Plc> said it has bought 80 pct of a broker \
         for 5.6 mln dlrs.\n\nAachen is paying 3.6 mln dlrs in cash, it said.",
    ]);
    for (firm, place) in [
        ("Texas Instruments Inc", "Texas"),
        ("Aachen Harrow Plc", "Aachen"),
    ] {
        assert!(
            !forms_of(&found, firm).contains(&place.to_string()),
            "{:?}",
            all_names(&found)
        );
        assert_kind(&found, place, EntityKind::Place);
    }
}

#[test]
fn a_country_a_surname_or_a_firms_national_arm_stays_apart_from_the_firm() {
    // merge::join_firm_short_forms, the opposite: "Kenya said" after "Kenya Tea Holdings Ltd"
    // is the country; "Forbes" where the article names Steve Forbes and "Forbes Media LLC" may
    // be either; "Siemens" beside "Siemens North America Inc" is the firm, not its arm.
    let found = entities(&[
        "Tea\n\nNAIROBI, March 2 - Kenya Tea Holdings Ltd said it would sell a plant. Kenya \
         said exports rose.",
        "Media\n\nThe magazine's editor, Steve Forbes, said Forbes Media LLC would be sold. \
         Forbes had debts.",
        "Cars\n\nSiemens North America Inc said sales rose. Siemens said its profit fell.",
    ]);
    assert!(
        !forms_of(&found, "Kenya Tea Holdings Ltd").contains(&"Kenya".to_string()),
        "{:?}",
        all_names(&found)
    );
    assert_kind(&found, "Kenya", EntityKind::Place);
    assert!(
        !forms_of(&found, "Forbes Media LLC").contains(&"Forbes".to_string()),
        "{:?}",
        all_names(&found)
    );
    assert!(
        !forms_of(&found, "Siemens North America Inc").contains(&"Siemens".to_string()),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_lone_word_whose_article_makes_it_a_place_is_not_the_firm_of_other_articles() {
    // merge::lone_words_apart: "fires in the Zanbora" where two other articles make Zanbora a
    // firm ("Zanbora.com", "a Zanbora spokesman"): a place of its own there.
    let found = entities(&[
        "Shop\n\nShoppers bought more on Zanbora.com this year. A Zanbora spokesman said \
         sales rose.",
        "Jobs\n\nA Zanbora spokeswoman said the firm would hire. Zanbora employees voted.",
        "Smoke\n\nThe city was blanketed by smoke from wildfires raging in the Zanbora, \
         reports said. Fires in the Zanbora release carbon, and fires in Zanbora grew.",
    ]);
    assert_one(
        &found,
        |e| e.name == "Zanbora" && e.kind == EntityKind::Place,
        1,
    );
}

#[test]
fn a_lone_word_with_nothing_against_the_firm_of_other_articles_stays_the_firm() {
    // merge::lone_words_apart, the opposite: an article that says nothing of "Zanbora" (or
    // whose place cues are one "in") keeps it with the firm the others name; one place
    // article against one firm article is a tie, and stays one entity.
    let found = entities(&[
        "Shop\n\nShoppers bought more on Zanbora.com this year. A Zanbora spokesman said \
         sales rose.",
        "Jobs\n\nA Zanbora spokeswoman said the firm would hire. Zanbora employees voted.",
        "Deals\n\nZanbora had a sale on Monday. Shoppers in Zanbora stores waited.",
        "Trade\n\nKorvath Zenith, the rival, said the Varnoss traders in the Varnoss sold \
         more. Fires in the Varnoss grew.",
        "Trade\n\nA Varnoss spokesman said it sold more. Varnoss employees voted.",
    ]);
    assert_one(&found, |e| e.name.starts_with("Zanbora"), 3);
    assert_one(&found, |e| e.name == "Varnoss", 2);
}

// --- fp15 ---

#[test]
fn a_quoted_title_case_title_opened_by_a_common_word_names_no_one() {
    // text::mark_quoted_titles: a slogan or a work's title in quotes, in Title Case, whose
    // first word is a common word ("Make", "Return"), holds no mention of the names in it.
    let found = entities(&[
        "Rally\n\nSupporters wore “Make Norway Great Again” caps at the rally, and the band \
         played “Return to Lisbon Harbour” twice before Anna Lindqvist spoke.",
    ]);
    assert!(find(&found, "Norway").is_none(), "{:?}", all_names(&found));
    assert!(find(&found, "Lisbon").is_none(), "{:?}", all_names(&found));
    assert_kind(&found, "Anna Lindqvist", EntityKind::Person);
    // The opposite: a quotation in sentence case, a quoted name alone and a Title Case
    // headline keep their names.
    let found = entities(&[
        "Rally\n\n“Norway must act before the winter,” Anna Lindqvist said in Bergen. Her \
         rival, whom voters call “Kerry”, answered. Kerry Hansen spoke later.",
        "Voters Chant “Make Norway Great Again” in Bergen\n\nThe rally went on all night.",
        "History\n\nThe old king is still called the “Father of Norway” by teachers in Oslo.",
    ]);
    for (name, kind) in [
        ("Norway", EntityKind::Place),
        ("Anna Lindqvist", EntityKind::Person),
        ("Bergen", EntityKind::Place),
    ] {
        assert_kind(&found, name, kind);
    }
    // An epithet that ends in a known place names it: "the “Father of Norway”".
    assert_eq!(find(&found, "Norway").map(|e| e.articles.len()), Some(3));
}

#[test]
fn a_known_outlet_and_its_section_heading_a_page_are_one_name() {
    // candidates::outlet_section: "Yahoo News - ..." as a page's Title Case headline names the
    // outlet's news site, one name, as running text reads "ABC News".
    let found = entities(&[
        "Yahoo News - Latest News & Headlines\n\nThe rocket broke up over Siberia, officials \
         in Moscow said.",
    ]);
    assert!(
        find(&found, "Yahoo News").is_some(),
        "{:?}",
        all_names(&found)
    );
    assert!(find(&found, "Yahoo").is_none(), "{:?}", all_names(&found));
    // The opposite: a known firm before other headline words, and one alone, stay the firm.
    let found = entities(&[
        "Yahoo Sale to Verizon Leaves Shareholders Waiting\n\nShareholders of Yahoo will \
         wait, analysts in Boston said.",
    ]);
    assert_kind(&found, "Yahoo", EntityKind::Organization);
    assert!(
        find(&found, "Yahoo Sale").is_none(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn two_capital_letters_joined_by_and_before_a_possessive_or_a_role_are_a_firm() {
    // candidates::initials_pair: wire copy writes a firm's initials with "and" ("B and C"
    // for "British and Commonwealth"); a possessive or a firm's role after them says firm,
    // and no capital letter alone ("C's") is a name.
    let found = entities(&[
        "Deal\n\nLONDON, March 2 - Halvorsen Plc said it would buy Vantor. K and T managing \
         director Jane Okafor said Vantor would be bought soon.\n\nThe deal would add 10 pct \
         to K and T's share earnings in 1987.",
    ]);
    assert_kind(&found, "K and T", EntityKind::Organization);
    assert!(find(&found, "T's").is_none() && find(&found, "T").is_none());
    // The opposite: letters that label things stay no names.
    let found = entities(&[
        "Diet\n\nTake vitamins C and E daily, said Jane Okafor, and choose between A and B \
         before the new Xbox One X's price rises.",
    ]);
    let names = all_names(&found);
    assert!(
        !names
            .iter()
            .any(|n| n.contains(" and ") || n.chars().count() == 1),
        "{names:?}"
    );
}

#[test]
fn a_capital_letter_hyphened_to_a_lowercase_word_is_a_common_noun() {
    // candidates::is_letter_compound: "A-list", "T-shirt", "X-ray" are no names.
    let found = entities(&[
        "Film\n\nThe A-list stars wore a T-shirt, and A-listers queued for an X-ray, said \
         Jane Okafor of T-Mobile in Denver.",
    ]);
    let names = all_names(&found);
    for name in ["A-list", "A-listers", "T-shirt", "X-ray"] {
        assert!(!names.iter().any(|n| n.contains(name)), "{names:?}");
    }
    // The opposite: a capital after the hyphen keeps the name.
    assert_kind(&found, "T-Mobile", EntityKind::Organization);
    assert_kind(&found, "Jane Okafor", EntityKind::Person);
}

#[test]
fn an_editions_word_alone_is_no_name() {
    // candidates::EDITION_WORDS: "Pro" after "iPad" or a console's number, or a plan's tier
    // in a list, names no one.
    let found = entities(&[
        "Gadgets\n\nApple will show the next iPad Pro in March, and Sony's PlayStation 4 Pro \
         sold well, said Jane Okafor. Users of Pro, Teams and Business plans pay more.",
    ]);
    assert!(find(&found, "Pro").is_none(), "{:?}", all_names(&found));
    // The opposite: the word inside a longer name stays part of it.
    let found = entities(&["Sport\n\nHe joined Pro Vercelli, a club in Turin, on Monday."]);
    assert!(
        find(&found, "Pro Vercelli").is_some(),
        "{:?}",
        all_names(&found)
    );
}

// --- merge16 ---

#[test]
fn a_known_firms_name_alone_is_the_surname_of_a_person_the_article_names_in_full() {
    // merge::merge (surname_of_person): "Bloomberg" where the article names Michael
    // Bloomberg, with nothing but reference data saying a firm, refers back to the man; the
    // news agency of another article keeps its own kind.
    let found = entities(&[
        "Clinics\n\nFormer mayor Michael Bloomberg spoke in Denver on Tuesday. Bloomberg told \
         the crowd he would fund the clinics.",
        "Markets\n\nShares fell on Monday, Bloomberg reported.",
    ]);
    let man = find(&found, "Michael Bloomberg");
    assert!(
        man.is_some_and(|e| e.kind == EntityKind::Person
            && e.aliases.iter().any(|a| a == "Bloomberg")
            && e.articles.len() == 1),
        "{:?}",
        all_names(&found)
    );
    assert_one(
        &found,
        |e| e.name == "Bloomberg" && e.kind == EntityKind::Organization,
        1,
    );
}

#[test]
fn a_known_firms_name_alone_with_a_firms_cue_or_no_given_name_stays_the_firm() {
    // merge::merge (surname_of_person), the opposite: "Disney said its parks" is the firm
    // even beside Roy Disney ("its" says a body); "Sedans Bloomberg", no given name first,
    // is no person the agency's name may stand for.
    let found = entities(&[
        "Board\n\nRoy Disney, a director, quit the board on Monday. Disney said its parks \
         lost money.",
        "Cars\n\nThe Sedans Bloomberg said he liked were sold out. Bloomberg reported the \
         sale on Monday.",
    ]);
    assert!(
        !forms_of(&found, "Roy Disney").contains(&"Disney".to_string()),
        "{:?}",
        all_names(&found)
    );
    assert_kind(&found, "Disney", EntityKind::Organization);
    assert_kind(&found, "Bloomberg", EntityKind::Organization);
}

#[test]
fn a_place_and_a_part_of_it_named_with_a_word_more_are_two_places() {
    // corpus/data/places.tsv: "Gaza City" and "the Gaza Strip", "East Jerusalem" and
    // "Jerusalem", "Amazonia" and "the Amazon" are named side by side as two places.
    let found = entities(&[
        "Strikes\n\nTanks moved into the Gaza Strip on Monday, and jets struck Gaza City, \
         officials said. Talks on East Jerusalem were held in Jerusalem.",
        "Expedition\n\nThe crew was attacked in Amazonia, Brazil, while sailing up the Amazon \
         river, officials said.",
    ]);
    for (one, other) in [
        ("Gaza Strip", "Gaza City"),
        ("East Jerusalem", "Jerusalem"),
        ("Amazonia", "Amazon"),
    ] {
        assert_kind(&found, one, EntityKind::Place);
        assert!(
            !forms_of(&found, one).contains(&other.to_string()),
            "{:?}",
            all_names(&found)
        );
    }
    // The opposite: two spellings of one place stay one.
    let found = entities(&[
        "Talks\n\nLeaders met in Kyiv on Monday. Kiev said the talks went well, officials said.",
    ]);
    assert!(
        forms_of(&found, "Kyiv").contains(&"Kiev".to_string()),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_lone_word_its_article_makes_a_place_is_no_surname_of_another_articles_person() {
    // merge::merge (only_person, lone_evidence): "in Vossberg, Ohio" is the town, not the
    // Harlan Vossberg another article names; an article that says nothing against him
    // ("Vossberg said he") keeps the surname his.
    let found = entities(&[
        "Verdict\n\nHarlan Vossberg, who lost his son in the crash, said he was relieved.",
        "Plant\n\nSpeaking at the company's plant in Vossberg, Ohio, the manager said jobs \
         would stay in Vossberg.",
        "Appeal\n\nVossberg said he would not appeal the verdict.",
    ]);
    let man = find(&found, "Harlan Vossberg");
    assert!(
        man.is_some_and(|e| e.articles.len() == 2 && e.articles.iter().all(|m| m.article != 1)),
        "{:?}",
        listing(&found)
    );
    assert_one(
        &found,
        |e| e.name == "Vossberg" && e.kind == EntityKind::Place,
        1,
    );
}

#[test]
fn a_title_before_a_known_word_makes_it_a_persons_name_there() {
    // merge::merge (titled): "Mr Paris" is a man, not the city of another article; the city
    // keeps its other mentions.
    let found = entities(&[
        "Court\n\nMr Paris told the court he was innocent, his lawyer said.",
        "Travel\n\nTourists flocked to Paris on Monday, officials said.",
    ]);
    assert_one(
        &found,
        |e| e.name == "Paris" && e.kind == EntityKind::Place,
        1,
    );
    assert_one(
        &found,
        |e| e.name == "Paris" && e.kind == EntityKind::Person && e.articles[0].article == 0,
        1,
    );
}

#[test]
fn a_given_name_after_a_full_names_possessive_and_a_kin_noun_is_a_relative_of_that_family() {
    // merge::ArticleIndex::add_relatives: "Dana Kovalik's mother Margaret" is a Kovalik, the
    // nearest named before the later "Ms Kovalik".
    let found = entities(&[
        "Verdict\n\nThe family of a Bendigo woman killed in the flood welcomed the verdict. \
         Dana Kovalik's mother Margaret says the guides were negligent. \"We are relieved,\" \
         Ms Kovalik said.",
    ]);
    let mother = find(&found, "Margaret");
    assert!(
        mother.is_some_and(
            |e| e.kind == EntityKind::Person && e.aliases.iter().any(|a| a == "Kovalik")
        ),
        "{:?}",
        found
            .iter()
            .map(|e| (&e.name, &e.aliases))
            .collect::<Vec<_>>()
    );
    assert!(
        !forms_of(&found, "Dana Kovalik").contains(&"Kovalik".to_string()),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_given_name_after_whose_and_a_kin_noun_is_no_relative_named_by_the_family() {
    // merge::ArticleIndex::add_relatives, the opposite: "Walter Pelling, whose son Tommy
    // died" has no possessive right after the name; "Mr Pelling" stays the father.
    let found = entities(&[
        "Hearing\n\nWalter Pelling, whose son Tommy died in the 1999 accident, welcomed the \
         verdict. \"The judge has confirmed everything,\" Mr Pelling said.",
    ]);
    assert!(
        forms_of(&found, "Walter Pelling").contains(&"Pelling".to_string()),
        "{:?}",
        all_names(&found)
    );
}

// --- kinds16 ---

#[test]
fn a_detention_or_space_centre_is_a_place() {
    // cues.txt [venue]: "Detention", "Remand", "Correctional", "Processing", "Space" make a
    // building or a site of a "Centre".
    let found = entities(&[
        "Camps\n\nDetainees at the Baxter Detention Centre staged a protest, and 40 more were \
         moved to the Hale Remand Centre. A rocket left the Kennedy Space Center on Monday.",
    ]);
    assert_kind(&found, "Baxter Detention Centre", EntityKind::Place);
    assert_kind(&found, "Hale Remand Centre", EntityKind::Place);
    assert_kind(&found, "Kennedy Space Center", EntityKind::Place);
    // The opposite: "Centre" after other words heads a body's name.
    let found = entities(&[
        "Study\n\nThe Grattan Research Centre said the study was flawed, and the Lowy Policy \
         Centre agreed.",
    ]);
    assert_kind(&found, "Grattan Research Centre", EntityKind::Organization);
}

#[test]
fn australian_time_zones_and_a_cricket_test_are_no_entities() {
    // words.txt [stop] (AEDT, AEST...), [alone] ("Test") and cues.txt [event-last] ("the
    // Boxing Day Test").
    let found = entities(&[
        "Cricket\n\nPlay starts at 10:30 AEDT in the first Test, and the Melbourne Test \
         starts on Boxing Day at 11:00 AEST, said Jane Okafor.",
    ]);
    let names = all_names(&found);
    for name in ["AEDT", "AEST", "Test", "Melbourne Test"] {
        assert!(!names.iter().any(|n| n == name), "{names:?}");
    }
    assert_kind(&found, "Jane Okafor", EntityKind::Person);
}

#[test]
fn westminster_titles_are_cut_from_the_name() {
    // titles.txt: "Treasurer", "MP" as heads; "Shadow", "Affairs" as modifiers ("Shadow
    // Treasurer X", "Foreign Affairs Minister X", "Labor MP X").
    let found = entities(&[
        "Budget\n\nShadow Treasurer Tom Halvey says the figures are weak. Treasurer Ann \
         Corrigan disagrees. Foreign Affairs Minister Alan Dunmore says trade is strong. \
         Labor MP Lyn Brasher says the budget fails families.",
    ]);
    for name in ["Tom Halvey", "Ann Corrigan", "Alan Dunmore", "Lyn Brasher"] {
        assert_kind(&found, name, EntityKind::Person);
    }
    let names = all_names(&found);
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Treasurer") || n.contains("Affairs") || n.contains("MP")),
        "{names:?}"
    );
    assert_kind(&found, "Labor", EntityKind::Organization);
}

#[test]
fn australian_parties_and_firms_are_organisations() {
    // orgs.tsv and companies.tsv: Australia's parties, federal bodies and largest firms.
    let found = entities(&[
        "Politics\n\nLabor says the Government has failed. Mr Halvey said Labor would vote \
         against the bill, and One Nation and the Greens agreed. Telstra shares fell and \
         Coles Myer rose; Virgin Blue added flights.",
    ]);
    for name in [
        "Labor",
        "One Nation",
        "Greens",
        "Telstra",
        "Coles Myer",
        "Virgin Blue",
    ] {
        assert_kind(&found, name, EntityKind::Organization);
    }
    // The opposite: US "Labor" in longer names stays those names; the holiday is no
    // entity.
    let found = entities(&[
        "Jobs\n\nThe Labor Department said payrolls rose before Labor Day, and Secretary of \
         Labor Ann Corrigan said wages were up.",
    ]);
    assert_kind(&found, "Labor Department", EntityKind::Organization);
    assert_kind(&found, "Ann Corrigan", EntityKind::Person);
    assert!(
        find(&found, "Labor Day").is_none(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn settlements_of_and_nearby_say_place() {
    // cues.txt [appositive-place] "settlement(s)" before "of"; [at] "nearby".
    let found = entities(&[
        "Raid\n\nGunmen fired between the settlements of Kfir Olan and Netzarimo. About 500 \
         residents left for nearby Morrabool.",
    ]);
    for name in ["Kfir Olan", "Netzarimo", "Morrabool"] {
        assert_kind(&found, name, EntityKind::Place);
    }
}

#[test]
fn a_country_that_opens_a_sentence_about_its_match_is_its_team() {
    // classify::opens_match_sentence: in a sports story, a country, a state or a city that
    // opens its sentence before a verb, where the sentence then tells of a match, is its
    // team.
    let sport = "Cricket\n\nThe paceman took four wickets and the batsmen made 300 before the \
                 spinner bowled the last over. South Africa begins a four-day match against \
                 Queensland on Thursday.";
    let found = entities(&[sport]);
    assert_kind(&found, "South Africa", EntityKind::Organization);
    assert_kind(&found, "Queensland", EntityKind::Organization);
    // The opposite: a city that hosts the match is where it is played; a country that opens
    // a sentence about something else stays a place.
    let venue = "Cricket\n\nThe paceman took four wickets and the batsmen made 300 before the \
                 spinner bowled the last over. Adelaide will host the second Test in \
                 December. Australia is in the grip of a drought.";
    let found = entities(&[venue]);
    assert_kind(&found, "Adelaide", EntityKind::Place);
    assert_kind(&found, "Australia", EntityKind::Place);
}

#[test]
fn a_currency_code_after_the_sign_is_no_name() {
    // text::mark_currency_codes_after_sign: "$A8,800", "$US20 million", "$NZ3.5".
    let found = entities(&[
        "Money\n\nThe fine was 7,500 Swiss francs (about $A8,800). The deal is worth $A1.5 \
         billion, or $US800 million, and Fonterra paid $NZ30 million, Jane Okafor said.",
    ]);
    let names = all_names(&found);
    for name in ["A8", "A1.5", "US800", "NZ30"] {
        assert!(!names.iter().any(|n| n.starts_with(name)), "{names:?}");
    }
    // The opposite: a road's number, and a code written after a sign and a space, stay.
    let found = entities(&["Roads\n\nTraffic stopped on the A8 near Lyon, Jane Okafor said."]);
    assert!(find(&found, "A8").is_some(), "{:?}", all_names(&found));
    let found = entities(&["Trade\n\nThe US dollar fell, and $ US aid rose, Jane Okafor said."]);
    assert!(find(&found, "US").is_some(), "{:?}", all_names(&found));
}

#[test]
fn a_holidays_eve_and_a_race_meetings_classic_are_events_and_a_tragedy_happens_at_a_place() {
    // cues.txt [event-last] "Eve", "Classic", "Regatta"; [place-event] "tragedy", "disaster".
    let found = entities(&[
        "Fireworks\n\nCrowds filled Perth on New Years Eve, and she won the Hobart Track \
         Classic. Families of the Dunmore tragedy and of the Kelverton disaster met Jane \
         Okafor.",
    ]);
    let names = all_names(&found);
    for name in ["New Years Eve", "Eve", "Hobart Track Classic"] {
        assert!(!names.iter().any(|n| n == name), "{names:?}");
    }
    assert_kind(&found, "Dunmore", EntityKind::Place);
    assert_kind(&found, "Kelverton", EntityKind::Place);
    // The opposite: a given name "Eve" first, or "Classic" inside a longer name, stays.
    let found = entities(&["Film\n\nEve Halvey said she loved Turner Classic Movies."]);
    assert_kind(&found, "Eve Halvey", EntityKind::Person);
}

#[test]
fn a_countrys_adjective_is_no_name_of_the_country() {
    // countries.tsv (generate.py): "Saudi", "Thai", "Togolese" are demonyms, not other names.
    let found = entities(&[
        "Oil\n\nSaudi officials said output would rise, and the Saudi-born dissident is in \
         hiding. Thai police arrested two men, Jane Okafor said.",
    ]);
    for name in ["Saudi Arabia", "Saudi", "Thailand", "Thai"] {
        assert!(find(&found, name).is_none(), "{:?}", all_names(&found));
    }
    // The opposite: the countries' names stay places.
    let found = entities(&[
        "Oil\n\nSaudi Arabia will cut output, Saudi oil minister Ali Halvey said, and Thailand \
         agreed.",
    ]);
    assert_kind(&found, "Saudi Arabia", EntityKind::Place);
    assert_kind(&found, "Thailand", EntityKind::Place);
}

// --- fp16 ---

#[test]
fn time_zones_coded_amounts_and_one_word_ages_are_no_names() {
    // text::mark_time_zones, mark_coded_amounts, mark_ages.
    let found = entities(&[
        "Bushfires\n\nAt about 4:00pm AEDT the wind changed near Nowra. Crews met at 11am \
         [AEST] and again at 1:00am (ACDT), and the last report came at 16:00 GMT. The fine \
         was $A8,800 and the bond $US5,000. Thirty-five-year-old Michael Jones was charged.",
    ]);
    let names = all_names(&found);
    for name in ["AEDT", "AEST", "ACDT", "GMT", "A8", "US5"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "Michael Jones").is_some(), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("year-old")), "{names:?}");
    // The opposite: capitals after a number that is no time, and an acronym after a time
    // that does not end in "T", stay names.
    let found = entities(&[
        "Markets\n\nShares of 300 IBT staff rose, and at 10am NASA said the launch was on.",
    ]);
    assert_kind(&found, "NASA", EntityKind::Organization);
}

#[test]
fn a_sporting_event_or_holiday_and_the_names_inside_it_are_no_entities() {
    // candidates::is_event_last, is_possessive_event.
    let found = entities(&[
        "Cricket\n\nAustralia's bowlers rested before the Boxing Day Test, and the Melbourne \
         Test starts on Friday in Melbourne. Steve Waugh says the first Test was hard. The \
         Sheffield Shield resumes on New Years Eve. He won the America's Cup twice.",
    ]);
    let names = all_names(&found);
    for name in [
        "Boxing Day Test",
        "Melbourne Test",
        "Test",
        "Sheffield Shield",
        "New Years Eve",
    ] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(find(&found, "America").is_none(), "{names:?}");
    assert!(find(&found, "United States").is_none(), "{names:?}");
    assert_kind(&found, "Melbourne", EntityKind::Place);
    assert_kind(&found, "Steve Waugh", EntityKind::Person);
    // The opposite: "Eve" alone is a given name; a possessive before "Day of" is no holiday.
    let found = entities(&[
        "Protest\n\nEve Okafor marched in Ottawa. Canada's Day of Action drew thousands.",
    ]);
    assert_kind(&found, "Eve Okafor", EntityKind::Person);
    assert_kind(&found, "Canada", EntityKind::Place);
}

#[test]
fn westminster_titles_and_a_holder_after_a_body_are_cut_off_the_name() {
    // titles.txt "Shadow", "Treasurer", "MP"; candidates::title_len (a portfolio word before
    // a title's head); candidates::part (a holder after a body's head word).
    let found = entities(&[
        "Politics\n\nShadow Treasurer Bob McMullan says the budget is weak. Labor MP Lyn \
         Breuer agrees. Foreign Affairs Minister Alexander Downer says talks go on. Director \
         of Boston's Logan International Airport Tom Kinton says the plane landed.",
    ]);
    let names = all_names(&found);
    for name in [
        "Bob McMullan",
        "Lyn Breuer",
        "Alexander Downer",
        "Tom Kinton",
    ] {
        assert_kind(&found, name, EntityKind::Person);
    }
    for part in ["Shadow", "MP", "Foreign Affairs", "Airport Tom"] {
        assert!(
            !names.iter().any(|n| n.contains(part)),
            "{part} in {names:?}"
        );
    }
    assert!(
        find(&found, "Logan International Airport").is_some(),
        "{names:?}"
    );
    // The opposite: a body's name with no given name after its head word stays whole, and
    // "MP" after a name is no part of it.
    let found = entities(&[
        "Politics\n\nThe Australian Medical Association Council met, and John Smith MP spoke.",
    ]);
    assert!(
        find(&found, "Australian Medical Association Council").is_some(),
        "{:?}",
        all_names(&found)
    );
    assert_kind(&found, "John Smith", EntityKind::Person);
}

#[test]
fn a_places_or_leaders_government_is_no_body_of_its_own() {
    // candidates::segment_step: "the Queensland Government", "the Federal Government".
    let found = entities(&[
        "Politics\n\nThe Queensland Government is seeking advice. The Federal Government and \
         the Howard Government deny it. The United States Government says it is no closer.",
    ]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n.contains("Government")), "{names:?}");
    assert_kind(&found, "Queensland", EntityKind::Place);
    assert_kind(&found, "United States", EntityKind::Place);
    // A known place that opens a longer government's name is still named.
    let found = entities(&["Politics\n\nThe NSW Labor Government disagrees with Canberra."]);
    assert_kind(&found, "NSW", EntityKind::Place);
    // The opposite: "Government" opening a name keeps it.
    let found = entities(&["Sydney\n\nGovernment House in Sydney opened its gardens."]);
    assert!(
        find(&found, "Government House").is_some(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_crafts_model_code_before_a_word_for_the_craft_is_no_name() {
    // candidates::craft_code: "B-52 bombers", "F-16 fighter bombers".
    let found = entities(&[
        "War\n\nUS B-52 bombers pounded the caves, F-16 fighter bombers hit Jenin and a \
         C-130 transport plane landed in Kandahar.",
    ]);
    let names = all_names(&found);
    for name in ["B-52", "F-16", "C-130"] {
        assert!(
            !names.iter().any(|n| n.contains(name)),
            "{name} in {names:?}"
        );
    }
    assert_kind(&found, "Kandahar", EntityKind::Place);
    // The opposite: the same shape before a word for a meeting is a group's name.
    let found = entities(&["Economy\n\nLeaders met at the G-20 summit in Ottawa on Friday."]);
    assert!(find(&found, "G-20").is_some(), "{:?}", all_names(&found));
}

#[test]
fn common_words_before_minister_are_the_portfolio() {
    // candidates::title_len: "Workplace Relations Minister Tony Abbott"; titles.txt
    // "Constable".
    let found = entities(&[
        "Politics\n\nWorkplace Relations Minister Tony Abbott says the union is wrong. \
         Emergency Services Minister Bob Debus agrees. Detective Senior Constable Mark Jones \
         says police are investigating.",
    ]);
    let names = all_names(&found);
    for name in ["Tony Abbott", "Bob Debus", "Mark Jones"] {
        assert_kind(&found, name, EntityKind::Person);
    }
    for part in ["Workplace", "Emergency", "Constable"] {
        assert!(
            !names.iter().any(|n| n.contains(part)),
            "{part} in {names:?}"
        );
    }
    // The opposite: common words before a body's head word, no "Minister", stay a name.
    let found = entities(&["Fires\n\nThe State Emergency Service took calls in Sydney."]);
    assert!(
        find(&found, "State Emergency Service").is_some(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_bodys_head_word_in_the_given_name_lists_opens_no_person_after_an_occupation() {
    // candidates::run ("occupation"): "Bank" is in lists of given names.
    let found = entities(&["Rates\n\nReserve Bank Governor Ian Macfarlane says rates will hold."]);
    assert!(
        find(&found, "Reserve Bank").is_some(),
        "{:?}",
        all_names(&found)
    );
    assert!(find(&found, "Bank").is_none(), "{:?}", all_names(&found));
    assert_kind(&found, "Ian Macfarlane", EntityKind::Person);
    // The opposite: an occupation before a given name and a surname still opens the sentence.
    let found = entities(&["Comics\n\nCartoonist Matt Bors got a spot on the show."]);
    assert!(
        find(&found, "Cartoonist Matt Bors").is_none(),
        "{:?}",
        all_names(&found)
    );
    assert_kind(&found, "Matt Bors", EntityKind::Person);
}

#[test]
fn an_award_of_the_year_and_a_tour_of_a_place_are_no_mentions() {
    // candidates::run: "New Zealand Sportsman of the Year", "the Tour of Australia".
    let found = entities(&[
        "Sailing\n\nHe won the Tour of Australia and two New Zealand Sportsman of the Year \
         awards, and was named Young Australian of the Year.",
    ]);
    let names = all_names(&found);
    for name in ["Australia", "New Zealand", "Sportsman", "Tour"] {
        assert!(
            !names.iter().any(|n| n.contains(name)),
            "{name} in {names:?}"
        );
    }
    // The opposite: the same places named outside an award or a race stay places.
    let found = entities(&["Sailing\n\nHe toured Australia and New Zealand last year."]);
    assert_kind(&found, "Australia", EntityKind::Place);
    assert_kind(&found, "New Zealand", EntityKind::Place);
}

// --- integrator (2026-12-02) ---

#[test]
fn a_common_word_in_capitals_before_a_colon_is_a_label_not_a_name() {
    // text::mark_labels: wire copy's notes ("NOTE:", "UPDATE:") name nothing.
    let found = entities(&[
        "Acme Widgets Corp 1st qtr net\n\nShr 12 cts vs 10 cts\n\nNOTE: 1986 figures restated \
         for the sale of a unit.\n\nReuter",
        "Paper Co sees higher profit\n\nUPDATE: an earlier story gave the wrong year. \
         Paper Co said sales rose.",
    ]);
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n == "NOTE" || n == "UPDATE"),
        "{names:?}"
    );
    // The opposite: a known acronym or a place before a colon stays a name.
    let found = entities(&[
        "Talks\n\nNATO: allies agree on a plan, officials said in Brussels.\n\nWASHINGTON: \
         the talks went on, said Mark Hale.",
    ]);
    assert_kind(&found, "NATO", EntityKind::Organization);
    assert!(all_names(&found).contains(&"WASHINGTON".to_string()));
}

// --- fp18 ---

#[test]
fn a_function_word_or_speech_verb_with_a_capital_after_initials_opens_a_sentence() {
    // text::mark_starts_after_initials: wire copy recased from capitals ("the U.S. And
    // Canada", "The U.S. Said Iranians ...") and a sentence that ends with initials.
    let found = entities(&[
        "Oil output\n\nOutput by producers, particularly the U.S. And Canada, will fall, \
         the agency said. The U.S. Said rebels used the rigs. Trade with the U.K. In 1986 rose.",
    ]);
    let names = all_names(&found);
    for bad in ["And Canada", "Said", "In 1986"] {
        assert!(!names.iter().any(|n| n.contains(bad)), "{bad} in {names:?}");
    }
    assert_kind(&found, "Canada", EntityKind::Place);
    assert_kind(&found, "U.S.", EntityKind::Place);
    // The opposite: a name's word after initials stays one name with them, and a person's
    // middle initial before a stop-word surname is no sentence end.
    let found = entities(&[
        "Budget\n\nThe U.S. Senate passed the bill, said Senator Ann Marsh. The D.C. Circuit \
         will hear the case.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n.contains("Senate")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("Circuit")), "{names:?}");
}

#[test]
fn a_place_before_a_currency_word_in_any_case_names_the_currency() {
    // text::mark_currency_places: "U.S. Dollars", "U.S. Dlrs" as wire copy recases them.
    let found = entities(&[
        "Results\n\nAll figures are in U.S. Dollars. The firm held 145 mln U.S. Dlrs at year \
         end, and sold Hong Kong Dollar bonds.",
    ]);
    let names = all_names(&found);
    for bad in [
        "United States",
        "U.S.",
        "Hong Kong",
        "Dollar",
        "Dollars",
        "Dlrs",
    ] {
        assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
    }
    // The opposite: the place named apart from a currency stays a place.
    let found = entities(&[
        "Results\n\nThe firm sells in the U.S. and Hong Kong, and its Dollar Tree stores grew.",
    ]);
    assert_kind(&found, "U.S.", EntityKind::Place);
    assert_kind(&found, "Hong Kong", EntityKind::Place);
}

#[test]
fn a_name_after_a_noun_for_a_ship_is_a_thing() {
    // candidates::context, VESSEL_WORDS: "the tanker Sea Marlin", "the cargo ship Orla".
    let found = entities(&[
        "Gulf\n\nA missile hit the Liberian-registered tanker the Sea Marlin off Kuwait, and \
         the cargo ship Orla Bay sailed on to Dubai.",
    ]);
    let names = all_names(&found);
    for bad in ["Sea Marlin", "Orla Bay", "Liberian"] {
        assert!(!names.iter().any(|n| n.contains(bad)), "{bad} in {names:?}");
    }
    assert_kind(&found, "Kuwait", EntityKind::Place);
    assert_kind(&found, "Dubai", EntityKind::Place);
    // The opposite: a firm after a word of shipping that is no ship's noun stays a name.
    let found = entities(&[
        "Gulf\n\nTanker owner Marlow Shipping Co said its ships sailed on, and the shipping \
         group Orla Lines said the same.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n.contains("Marlow")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("Orla Lines")), "{names:?}");
}

#[test]
fn a_country_before_a_hyphen_and_flag_is_the_country_not_a_name() {
    // text::tokenize, REGISTRY_TAILS: "the United States-flag ship", "U.S.-flagged tankers".
    let found = entities(&[
        "Gulf\n\nIran attacked a United States-flag ship and two U.S.-flagged tankers, and an \
         American-flag barge sank.",
    ]);
    let names = all_names(&found);
    assert!(
        !names
            .iter()
            .any(|n| n.contains("flag") || n.contains("Flag")),
        "{names:?}"
    );
    assert_kind(&found, "United States", EntityKind::Place);
    // The opposite: "Flag" as a name's word stays in the name.
    let found = entities(&["Shops\n\nFlag Stores Inc said sales rose at its Ohio stores."]);
    assert!(
        all_names(&found).iter().any(|n| n.contains("Flag Stores")),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_known_place_before_gulf_alone_is_one_place() {
    // candidates::segment_step, place_gulf: "the U.S. Gulf", "cif Mideast Gulf".
    let found = entities(&[
        "Propane\n\nCargoes moved to the U.S. Gulf, and prices in the Mideast Gulf eased, \
         traders in London said.",
    ]);
    assert_kind(&found, "U.S. Gulf", EntityKind::Place);
    assert_kind(&found, "Mideast Gulf", EntityKind::Place);
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n == "Middle East" || n == "Mideast"),
        "{names:?}"
    );
    // The opposite: "Gulf" alone, or a place and "Gulf" apart, stay the places they are.
    let found = entities(&["Oil\n\nIran attacked ships in the Gulf, and Kuwait protested."]);
    assert_kind(&found, "Gulf", EntityKind::Place);
    assert_kind(&found, "Iran", EntityKind::Place);
    assert_kind(&found, "Kuwait", EntityKind::Place);
}

#[test]
fn a_name_before_a_noun_for_military_craft_is_the_model_a_thing() {
    // candidates::model_before_craft and craft_code: "Zorvak helicopters", `"Wyvern"
    // missiles`, "Zorvak combat helicopters", "F-16s".
    let found = entities(&[
        "Raid\n\nZorvak helicopters and F-16s struck Gaza City. Later Zorvak combat \
         helicopters hit a post in Jenin. Iran may fire new \"Wyvern\" missiles, officials in \
         Washington said.",
    ]);
    let names = all_names(&found);
    for bad in ["Zorvak", "Wyvern", "F-16s"] {
        assert!(!names.iter().any(|n| n.contains(bad)), "{bad} in {names:?}");
    }
    assert_kind(&found, "Gaza City", EntityKind::Place);
    assert_kind(&found, "Washington", EntityKind::Place);
    // The opposite: fighters of a group are people, and an airline's jet is the airline's.
    let found = entities(&[
        "War\n\nMarwan Brigade fighters attacked the town, Marwan Brigade said. A Dyrax Air \
         jet landed in Perth, and Dyrax Air said all were safe.",
    ]);
    let names = all_names(&found);
    assert!(
        names.iter().any(|n| n.contains("Marwan Brigade")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n.contains("Dyrax Air")), "{names:?}");
}

#[test]
fn a_firm_and_its_ticker_opening_a_wire_headline_in_capitals_is_named() {
    // candidates::headline_firm (read from `Mode::Skip` title lines).
    let found = entities(&[
        "WARBLER AND FINCH INC <WBF> 4TH QTR NET\n\nShr 42 cts vs 41 cts\n\nNet 1.2 mln vs \
         1.1 mln\n\nReuter",
        "THE ZELMAR FUND <ZMF> GETS BUYOUT OFFER\n\nNEW YORK, March 2 - The fund said it \
         received an offer.\n\nReuter",
    ]);
    assert_kind(&found, "Warbler and Finch Inc", EntityKind::Organization);
    assert_kind(&found, "Zelmar Fund", EntityKind::Organization);
    // The opposite: a headline that opens with a clause, or whose words before the ticker
    // end in no firm's word, names nothing from its capitals.
    let found = entities(&[
        "BRANT BUYS STAKE IN ORIOLE CORP <ORI>\n\nNet rose.\n\nReuter",
        "BRANT DETAILS SWEETENED ORIOLE <ORI> OFFER\n\nNet rose.\n\nReuter",
    ]);
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n.to_lowercase().contains("brant")),
        "{names:?}"
    );
}

#[test]
fn a_known_place_before_open_or_masters_is_a_tournament_not_the_place() {
    // cues.txt [event-last] "Open" ("a US Open champion", "the Japan Open") and
    // candidates::segment_step, tournament ("the US Masters").
    let found = entities(&[
        "Tennis\n\nThe US Open champion Lars Brenner won the Japan Open and will play the US \
         Masters in April, officials in Sydney said.",
    ]);
    let names = all_names(&found);
    for bad in ["US", "Japan", "United States", "US Open", "Japan Open"] {
        assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
    }
    assert_kind(&found, "Lars Brenner", EntityKind::Person);
    // The opposite: the places named alone, and a body with "Open" in its name, stay.
    let found =
        entities(&["Tennis\n\nHe flew from Japan to the US, and the Open Society Institute paid."]);
    assert_kind(&found, "Japan", EntityKind::Place);
    assert_kind(&found, "US", EntityKind::Place);
    assert!(
        all_names(&found).iter().any(|n| n.contains("Open Society")),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_countrys_native_name_before_one_more_name_word_is_a_firms_name() {
    // candidates::segment_step, native_firm: "Nippon Kessho said", "Brasil Vetra".
    let found = entities(&[
        "Steel\n\nTOKYO, March 2 - Nippon Kessho KK plans a merger. Nippon Kessho said it owns \
         41 pct of Brasil Vetra, whose shares rose.",
    ]);
    let names = all_names(&found);
    for bad in ["Japan", "Nippon", "Brazil", "Brasil", "Kessho", "Vetra"] {
        assert!(!names.iter().any(|n| n == bad), "{bad} in {names:?}");
    }
    assert!(
        names.iter().any(|n| n.starts_with("Nippon Kessho")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n == "Brasil Vetra"), "{names:?}");
    // The opposite: the country's English name or its initials before a name are two names.
    let found = entities(&["Talks\n\nThe envoy met U.S. Kerry Holt and Japan Premier Aiko Sato."]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "U.S."), "{names:?}");
    assert!(names.iter().any(|n| n == "Japan"), "{names:?}");
}

#[test]
fn a_crude_oil_grade_named_by_its_field_is_a_product_not_a_place() {
    // candidates::crude_grade: "Kern River crude", "the Harlow Beach light grade", "North Sea
    // Brent crude", "Basra Light".
    let found = entities(&[
        "Postings\n\nMobil raised its Kern River crude price, the Harlow Beach light grade and \
         North Sea Brent crude, while Basra Light fell, traders in London said.",
    ]);
    let names = all_names(&found);
    for bad in ["Kern River", "Harlow Beach", "North Sea", "Brent", "Basra"] {
        assert!(!names.iter().any(|n| n.contains(bad)), "{bad} in {names:?}");
    }
    assert_kind(&found, "London", EntityKind::Place);
    // The opposite: a country, a known body or a compass region before "crude" is named.
    let found = entities(&[
        "Output\n\nVenezuela crude output rose, OPEC crude output fell, and West Coast grades \
         and North Sea crude were firm.",
    ]);
    let names = all_names(&found);
    for good in ["Venezuela", "OPEC", "West Coast", "North Sea"] {
        assert!(names.iter().any(|n| n == good), "{good} not in {names:?}");
    }
}

#[test]
fn a_legal_form_abroad_written_with_a_slash_is_one_word_of_the_firms_name() {
    // text::tokenize (legal_pair): "A/S Kestrel Marine", "Vardo Industri A/S".
    let found = entities(&[
        "Results\n\nCOPENHAGEN, March 3 - Vardo Industri A/S said its unit A/S Kestrel Marine \
         sold shares, a spokesman said.",
    ]);
    let names = all_names(&found);
    assert!(names.iter().any(|n| n == "Vardo Industri A/S"), "{names:?}");
    assert!(names.iter().any(|n| n == "A/S Kestrel Marine"), "{names:?}");
    assert!(!names.iter().any(|n| n == "S Kestrel Marine"), "{names:?}");
    // The opposite: two capitals about a slash that are no legal form stay apart.
    let found = entities(&["Code\n\nThe C/C++ compiler from Vardo Labs Inc was fast."]);
    assert!(
        !all_names(&found).iter().any(|n| n.contains("C/C")),
        "{:?}",
        all_names(&found)
    );
}

// --- kinds18 ---

#[test]
fn a_country_named_as_the_side_of_a_match_is_its_team() {
    // classify::carry_team_kind: a result's noun before the side ("a 2-1 victory over X",
    // "beaten by X"), an auxiliary before what a team does ("X will play Y", "X could face
    // Y"), and tennis's words make a sports story.
    let found = entities(&[
        "Cup\n\nItaly has begun its campaign with a 2-1 victory over Germany in the \
         semifinal. The striker scored twice and the goalkeeper saved a penalty. Later, the \
         Netherlands could face Brazil.",
        "Tennis\n\nToday, the Philippines will play Portugal in the tournament, after Greece was \
         beaten by Chile in the singles and the doubles.",
    ]);
    for name in [
        "Italy",
        "Germany",
        "Netherlands",
        "Brazil",
        "Philippines",
        "Portugal",
        "Chile",
    ] {
        assert_kind(&found, name, EntityKind::Organization);
    }
    // A player's word after a name that opens the sentence says where the player is from.
    let found = entities(&[
        "Cricket\n\nAs predicted, Tasmania pace bowler Jon Carrick replaces the spinner for \
         the second Test. Carrick took five wickets for Victoria against the batsmen of \
         the touring side.",
    ]);
    assert_kind(&found, "Tasmania", EntityKind::Place);
    assert_kind(&found, "Victoria", EntityKind::Organization);
    // The opposite: where a sports story is played or a player comes from stays a place, an
    // auxiliary and a verb before no side say nothing, and the same words outside sport
    // say nothing of a team.
    let found = entities(&[
        "Tennis\n\nThe squad flew to France on Monday for the tournament. Nadal, who was born \
         in Spain, won the singles title in Perth and the doubles in Madrid. Perth will host \
         the final. Later, Norway will face sanctions over its whaling.",
        "Economy\n\nThe victory over inflation was won by Germany, the minister said. Exports \
         from Germany will face tariffs in Japan.",
    ]);
    for name in [
        "France", "Spain", "Perth", "Madrid", "Norway", "Germany", "Japan",
    ] {
        assert_kind(&found, name, EntityKind::Place);
    }
}

#[test]
fn sides_in_a_pair_after_a_conjunction_or_before_a_score_are_teams() {
    // classify::carry_team_kind: a clause opened by a conjunction ("as X and Y have"), a
    // place joined to a team by "and" or "or", a cricket side's score ("X finished at 6 for
    // 255").
    let found = entities(&[
        "Cricket\n\nThe mind games go on as Pakistan and Sri Lanka have their last hit-outs \
         before the first Test. The paceman says the batsmen are in form. Kenya finished the \
         day at 6 for 255, after Canada was struggling at 3 for 93.",
    ]);
    for name in ["Pakistan", "Sri Lanka", "Kenya", "Canada"] {
        assert_kind(&found, name, EntityKind::Organization);
    }
    // The opposite: venues in a pair stay places, and a score's shape outside sport says
    // nothing.
    let found = entities(&[
        "Cricket\n\nThe first Test begins in Adelaide, while Perth and Hobart will stage the \
         later matches. The paceman and the batsmen trained.",
        "Budget\n\nThe bill passed 52-48 after Ohio and Iowa said they would back it.",
    ]);
    for name in ["Adelaide", "Perth", "Hobart", "Ohio", "Iowa"] {
        assert_kind(&found, name, EntityKind::Place);
    }
}

#[test]
fn a_place_inside_a_tournaments_name_is_no_mention() {
    // cues.txt [event-last] "Open": "the US Open", "the British Open" are tournaments.
    let found =
        entities(&["Tennis\n\nHe is a US Open champion and won the Qatar Open last year in Doha."]);
    let names = all_names(&found);
    for name in ["US", "Qatar"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert_kind(&found, "Doha", EntityKind::Place);
}

#[test]
fn the_wire_names_of_the_gulf_are_places() {
    // places.tsv: "Mideast Gulf" is the Gulf, one place.
    let found = entities(&[
        "Oil\n\nKuwait will ship its oil through the Mideast Gulf, sources said. Tankers \
         left the Persian Gulf.",
    ]);
    assert_one(
        &found,
        |e| e.name == "Mideast Gulf" && e.aliases.iter().any(|a| a == "Persian Gulf"),
        1,
    );
    assert_kind(&found, "Mideast Gulf", EntityKind::Place);
    let names = all_names(&found);
    assert!(
        !names.iter().any(|n| n == "Middle East" || n == "Mideast"),
        "{names:?}"
    );
}

#[test]
fn landforms_mt_and_what_lies_at_a_place_make_places() {
    // cues.txt [place] "Creek", "Gully", "Cove", "Gorge"; [place-first] "Mt"; [appositive-place]
    // "gasfield", "battlefield", "graveyard"; places.tsv "Darwin".
    let found = entities(&[
        "Fires\n\nCrews back-burned west of Possum Gully and near Mt Tarrant, and boys from \
         Eagle Cove were held. The Harlow Creek blaze moved on.",
        "Gas\n\nGas from the Tarrak gasfield will be piped to Darwin. A road may cut through \
         the Ostwick battlefield, near the Moorvale graveyard.",
    ]);
    for name in [
        "Possum Gully",
        "Mt Tarrant",
        "Eagle Cove",
        "Tarrak",
        "Darwin",
        "Ostwick",
        "Moorvale",
    ] {
        assert_kind(&found, name, EntityKind::Place);
    }
    // The opposite: a person of such a name stays a person; a community is anyone's.
    let found = entities(&[
        "Books\n\nThe book by Charles Darwin sold well, and Darwin said so. Reporters asked \
         Tom Creek, who said he would go. Leaders of the WordPress community met.",
    ]);
    assert_kind(&found, "Charles Darwin", EntityKind::Person);
    assert_kind(&found, "Tom Creek", EntityKind::Person);
    assert_ne!(kind_of(&found, "WordPress"), Some(EntityKind::Place));
}

#[test]
fn places_a_race_runs_between_are_inside_its_name() {
    // classify::carry_route_events: "the Perth to Albany yacht race" is an event.
    let found = entities(&[
        "Sailing\n\nSkippers expect a fast start to the Perth to Albany yacht race today.",
        "Rally\n\nCrews sailed the Lyon to Geneva rally. Later they rested in Geneva.",
    ]);
    let names = all_names(&found);
    for name in ["Perth", "Albany", "Lyon"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert_kind(&found, "Geneva", EntityKind::Place);
    // The opposite: a trip between two places names both.
    let found = entities(&["Travel\n\nFans flew from Perth to Albany for the race."]);
    assert_kind(&found, "Perth", EntityKind::Place);
    assert_kind(&found, "Albany", EntityKind::Place);
}

#[test]
fn a_countrys_own_name_that_opens_firms_names_is_no_alias() {
    // countries.tsv, generate.py: "Nippon" is no alias of Japan.
    let found = entities(&[
        "Steel\n\nToshin Steel, owned 41.9 pct by Nippon Kokan, said Nippon Oil would bid.",
    ]);
    let names = all_names(&found);
    assert!(
        !names
            .iter()
            .any(|n| n == "Nippon" || n == "Japan" || n == "Kokan"),
        "{names:?}"
    );
    assert_kind(&found, "Nippon Kokan", EntityKind::Organization);
    // The opposite: the country's English name stays a place.
    let found = entities(&["Trade\n\nExports to Japan rose, officials in Tokyo said."]);
    assert_kind(&found, "Japan", EntityKind::Place);
}

#[test]
fn military_aircraft_and_missiles_named_by_one_word_are_no_entities() {
    // words.txt [product]: "Apache", "Scud", "Exocet".
    let found = entities(&[
        "Raids\n\nApache helicopters blasted targets in Gaza City, and Iraq fired Scud \
         missiles; an Exocet hit the tanker.",
    ]);
    let names = all_names(&found);
    for name in ["Apache", "Scud", "Exocet"] {
        assert!(!names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert_kind(&found, "Gaza City", EntityKind::Place);
    // The opposite: first in a body's name, the body stays.
    let found = entities(&["Software\n\nThe Apache Software Foundation released a version."]);
    assert_kind(
        &found,
        "Apache Software Foundation",
        EntityKind::Organization,
    );
}

#[test]
fn a_city_before_radio_or_television_names_the_broadcaster() {
    // classify::carry_broadcasters: "Tehran radio reported" names no place.
    let found = entities(&["Gulf\n\nIran vowed retaliation, Tehran radio reported."]);
    let names = all_names(&found);
    assert!(!names.iter().any(|n| n == "Tehran"), "{names:?}");
    assert_kind(&found, "Iran", EntityKind::Place);
    // The opposite: the city named apart stays, and a possessive says where.
    let found = entities(&[
        "Gulf\n\nTehran radio quoted the minister at a news conference in Tehran.",
        "Media\n\nSydney's radio stations said so.",
    ]);
    assert_kind(&found, "Tehran", EntityKind::Place);
    assert_kind(&found, "Sydney", EntityKind::Place);
}

// --- merge18 ---

#[test]
fn a_firms_short_form_read_as_a_known_name_and_a_word_is_the_firms() {
    // merge::join_split_firm_forms: "Nippon Tarsei" after "Nippon Tarsei KK" is the firm, not
    // Japan and a word; "The Brazil Find" (a letter wrong) after "The Brazil Fund Inc" too.
    let found = entities(&[
        "Steel affiliates to merge\n\nOsaka Steel Co Ltd, an affiliate of Nippon Tarsei KK, is \
         considering a merger. Osaka Steel, owned 40 pct by Nippon Tarsei, expects a loss.",
        "Fund bid\n\nThe Brazil Fund Inc said it received an offer. The Brazil Find said the \
         offer was too low.",
    ]);
    let named = |name: &str| found.iter().any(|e| e.name == name);
    assert!(
        !named("Japan") && !named("Brazil"),
        "{:?}",
        all_names(&found)
    );
    // Since kinds18's countries.tsv, "Nippon" is no alias of Japan and the short form is read
    // whole; either way it is the firm's.
    let firm = find(&found, "Nippon Tarsei KK").expect("the firm");
    assert!(
        firm.aliases
            .iter()
            .any(|a| a == "Tarsei" || a == "Nippon Tarsei"),
        "{:?}",
        firm.aliases
    );
    assert_kind(&found, "Brazil Fund Inc", EntityKind::Organization);
    // The opposite: the country named apart from the firm's name stays the country.
    let found = entities(&[
        "Steel affiliates to merge\n\nNippon Tarsei KK said exports to Japan rose. Shares of \
         Nippon Tarsei fell in Tokyo.",
    ]);
    assert_kind(&found, "Japan", EntityKind::Place);
    assert!(find(&found, "Japan").is_some_and(|e| !e.aliases.iter().any(|a| a == "Tarsei")));
}

#[test]
fn a_town_that_a_firms_legal_name_is_made_of_is_the_firm_where_nothing_says_a_place() {
    // merge::join_firm_towns: "Wollongong said" after "Wollongong Ltd" is the firm.
    let found = entities(&[
        "Miner reports profit\n\nWollongong Ltd said its net profit rose 12 pct. Wollongong said \
         sales rose and Wollongong chairman Peter Gray said the outlook was good.",
    ]);
    assert!(
        find(&found, "Wollongong Ltd").is_some_and(|e| e.aliases.iter().any(|a| a == "Wollongong"))
    );
    assert_one(&found, |e| e.name.contains("Wollongong"), 1);
    // The opposite: where one mention says a place ("in Wollongong"), the town stays a town;
    // and a firm whose name goes on with a word of its own lends it nothing.
    let found = entities(&[
        "Plant plans\n\nWollongong Ltd said it would build a plant in Wollongong. Wollongong said \
         it needed jobs.",
        "Chips\n\nGeelong Instruments Ltd said sales rose. Geelong said it needed jobs.",
    ]);
    assert_kind(&found, "Wollongong", EntityKind::Place);
    assert_kind(&found, "Geelong", EntityKind::Place);
}

#[test]
fn a_short_form_shared_by_a_well_known_body_and_an_unknown_name_is_the_well_known_body() {
    // ArticleIndex::short_form: "Fox" beside "Fox News" and the show "Fox & Friends".
    let found = entities(&[
        "Anchor leaves\n\nThe anchor left Fox News on Friday after ten years. She had hosted \
         Fox & Friends since 2010. Staff at Fox said they were sad.",
    ]);
    assert!(find(&found, "Fox News").is_some_and(|e| e.aliases.iter().any(|a| a == "Fox")));
    // The opposite: two names nobody knows that share the word lend it to neither.
    let found = entities(&[
        "Cars\n\nVeltra Motors reported a loss on Monday. Veltra Bank reported a profit. Shares \
         of Veltra fell.",
    ]);
    for name in ["Veltra Motors", "Veltra Bank"] {
        assert!(
            find(&found, name).is_some_and(|e| !e.aliases.iter().any(|a| a == "Veltra")),
            "{:?}",
            all_names(&found)
        );
    }
}

#[test]
fn a_titled_lone_name_does_not_join_a_name_the_article_reads_as_a_body() {
    // merge::body_clusters: "Lord Ganesh" is no "Ganesh Mandal" that the article's words make
    // a movement.
    let found = entities(&[
        "Festival\n\nMembers of the Ganesh Mandal movement gathered on Sunday. A spokesman for \
         the Ganesh Mandal group said the march was peaceful. They sang prayers to Lord Ganesh \
         at the river.",
    ]);
    assert!(
        find(&found, "Ganesh Mandal").is_some_and(|e| !e.aliases.iter().any(|a| a == "Ganesh")),
        "{:?}",
        all_names(&found)
    );
    // The opposite: a titled surname joins the person named in full.
    let found = entities(&[
        "School\n\nTeacher Ravi Mandal said the school would reopen. Mr Mandal said parents \
         were relieved.",
    ]);
    assert!(find(&found, "Ravi Mandal").is_some_and(|e| e.aliases.iter().any(|a| a == "Mandal")));
}

#[test]
fn the_first_of_two_family_names_alone_is_the_person() {
    // merge::middle_surname: "Lima" after "Jorge Lima Ferreira" is the minister, not the city.
    let found = entities(&[
        "Quota\n\nPeru will keep its output, Energy Minister Jorge Lima Ferreira told \
         reporters. Lima said the quota was fair.",
        "Quota\n\nPresident Carlos Andres Perez spoke on Monday. Andres said nothing. Talks in \
         Lima ended.",
    ]);
    let minister = find(&found, "Jorge Lima Ferreira").expect("the minister");
    assert!(
        minister.aliases.iter().any(|a| a == "Lima"),
        "{:?}",
        minister.aliases
    );
    assert_eq!(minister.articles.len(), 1);
    // The opposite: a given name in the middle is no family name; the city elsewhere stays
    // the city.
    assert!(find(&found, "Carlos Andres Perez").is_some_and(|e| e.aliases.is_empty()));
    assert!(found
        .iter()
        .any(|e| e.name == "Lima" && e.kind == EntityKind::Place));
}

#[test]
fn a_firms_name_without_its_business_word_read_as_a_personal_name_is_the_firms() {
    // MergeState::join_longer_forms: "Union Kestrel" beside "Union Kestrel Petroleum".
    let found = entities(&[
        "Oil find\n\nUnion Kestrel Petroleum said it found oil in the Gulf of Mexico. Union \
         Kestrel said the well flowed 900 barrels a day. Union Kestrel holds a 40 pct stake.",
    ]);
    assert_one(&found, |e| e.name.contains("Kestrel"), 1);
    assert_kind(&found, "Union Kestrel", EntityKind::Organization);
    // The opposite: a given name first may be the founder.
    let found = entities(&[
        "Shop\n\nHelen Marsh Holdings said sales rose. Helen Marsh, who founded the chain, said \
         she was pleased.",
    ]);
    assert_kind(&found, "Helen Marsh", EntityKind::Person);
    assert_kind(&found, "Helen Marsh Holdings", EntityKind::Organization);
}

#[test]
fn a_firm_named_after_a_person_is_known_by_the_family_name_alone() {
    // merge::firm_words: "Leslie" after "Bernard Leslie Ltd", a given name and a family name
    // that is a given name too, is the firm.
    let read = articles(&[
        "Profit\n\nShares of Bernard Leslie Ltd rose after the publisher said its half-year \
         profit rose. Leslie said advertising was strong. Leslie also cut its debt.",
        "Profit\n\nShares of Bernard Leslie Ltd rose. Its chairman, Tom Leslie, would retire, \
         the firm said. Leslie said he was proud of the firm.",
    ]);
    let found = extract(&read);
    let lone = |name: &str| mentions_as(&read, &found, name, "Leslie");
    assert_eq!(
        lone("Bernard Leslie Ltd"),
        [2, 0],
        "{:?}",
        all_names(&found)
    );
    // The opposite: where a person of the article has the family name, it is the person's.
    assert_eq!(lone("Tom Leslie"), [0, 1], "{:?}", all_names(&found));
}

#[test]
fn a_family_name_shared_by_a_person_and_a_firm_is_the_one_its_own_context_names() {
    // merge: "Campeau" beside "Robert Campeau" and "Campeau Corp" is the man where the
    // word's own context says a person ("Campeau explained", "Mr. Campeau"), the firm where
    // it says a firm ("Campeau said its"), and neither where nothing says ("A Campeau source
    // said", "bought by Campeau"): no entity takes those mentions.
    let read = articles(&[
        "Two chains sold\n\nAllied Stores Corp, a unit of Harrow Corp, sold two chains. \
         Paul Harrow, chairman of Allied, said the sale was a good start. \
         A Harrow source said the cash put Allied in a strong position. \
         Allied was bought by Harrow last year. Harrow said its profit rose.",
        "Two chains sold\n\nAllied Stores Corp, a unit of Harrow Corp, sold two chains, said \
         Paul Harrow, chairman of Allied. Harrow explained that the sale came early. \
         Mr. Harrow will retire next year.",
    ]);
    let found = extract(&read);
    let lone = |name: &str| mentions_as(&read, &found, name, "Harrow");
    assert_eq!(lone("Harrow Corp"), [1, 0], "{:?}", listing(&found));
    assert_eq!(lone("Paul Harrow"), [0, 2], "{:?}", listing(&found));
    // The two left to neither are no entity of their own either.
    assert!(
        !found.iter().any(|e| e.name == "Harrow"),
        "{:?}",
        listing(&found)
    );
}

#[test]
fn the_word_a_group_and_its_unit_share_alone_is_the_group() {
    // ArticleIndex::firm: "Tarrant" beside "Tarrant Group Inc" and its unit "Tarrant Leasing
    // Inc" is the group.
    let found = entities(&[
        "Buyout\n\nA unit formed by Tarrant Leasing Inc and Tarrant Group Inc will buy the \
         courier. Tarrant said the price was 35 dlrs a share.",
    ]);
    assert!(
        find(&found, "Tarrant Group Inc").is_some_and(|e| e.aliases.iter().any(|a| a == "Tarrant"))
    );
    assert!(find(&found, "Tarrant Leasing Inc").is_some_and(|e| e.aliases.is_empty()));
    // The opposite: two firms that each go on with a word of their own lend it to neither.
    let found = entities(&[
        "Buyout\n\nTarrant Products Inc agreed to buy Tarrant Tooling Inc. Tarrant said the \
         price was fair.",
    ]);
    assert!(
        found
            .iter()
            .filter(|e| e.name.starts_with("Tarrant "))
            .all(|e| e.aliases.is_empty()),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_group_of_islands_is_named_by_its_first_word_made_plural() {
    // ArticleIndex::short_form: "the Cooks" after "the Cook Islands".
    let found = entities(&[
        "Aid\n\nAustralia will send police to the Cook Islands next month. Officials said the \
         Cooks needed help after the storm.",
    ]);
    assert_one(&found, |e| e.name.contains("Cook"), 1);
    assert!(find(&found, "Cook Islands").is_some_and(|e| e.aliases.iter().any(|a| a == "Cooks")));
    // The opposite: a family name that ends the same way stays the person's.
    let found = entities(&[
        "Aid\n\nThe Cook Islands asked for help. Joseph Cooks, a teacher, said the roads were \
         closed.",
    ]);
    assert_kind(&found, "Joseph Cooks", EntityKind::Person);
    assert_kind(&found, "Cook Islands", EntityKind::Place);
}

#[test]
fn a_facilitys_name_without_its_middle_kind_word_is_the_facility() {
    // MergeState::join_dropped_middles: "Baxter Centre" after "Baxter Detention Centre".
    let found = entities(&[
        "Unrest\n\nTwo asylum seekers at the Baxter Detention Centre harmed themselves. The \
         minister said the Baxter Centre was calm.",
    ]);
    assert_one(&found, |e| e.name.contains("Baxter"), 1);
    assert!(find(&found, "Baxter Detention Centre")
        .is_some_and(|e| e.aliases.iter().any(|a| a == "Baxter Centre")));
    // The opposite: with two such names, the short one could be either and joins neither.
    let found = entities(&[
        "Shows\n\nThe Darling Convention Centre and the Darling Exhibition Centre will both \
         close. The Darling Centre stays open.",
    ]);
    for name in ["Darling Convention Centre", "Darling Exhibition Centre"] {
        assert!(
            find(&found, name).is_some_and(|e| e.aliases.is_empty()),
            "{:?}",
            all_names(&found)
        );
    }
}

#[test]
fn a_known_names_ampersand_may_be_written_and() {
    // Reference::alias and Finder::known_at: "Ernst and Young" is "Ernst & Young", and a
    // known name's own possessive ("Standard and Poor's") is part of it.
    let found = entities(&[
        "Audit\n\nA partner at accountancy firm Ernst and Young said the books were sound. \
         Ernst & Young declined to say more.",
        "Ratings\n\nAnalysts at Standard and Poor's said the debt was safe. AT and T said it \
         would cut jobs.",
    ]);
    assert_one(&found, |e| e.name.contains("Ernst"), 1);
    assert!(
        find(&found, "Ernst & Young").is_some_and(|e| e.aliases == ["Ernst and Young"]),
        "{:?}",
        all_names(&found)
    );
    assert_kind(&found, "Standard and Poor's", EntityKind::Organization);
    assert_kind(&found, "AT and T", EntityKind::Organization);
    assert!(find(&found, "Young").is_none() && find(&found, "Poor").is_none());
}

#[test]
fn a_union_named_for_its_members_trades_is_one_name() {
    // Finder::trades_list_after: a list of words, commas between, "and" before the last
    // that ends in an organisation's word.
    let found = entities(&[
        "Unions\n\nThe Construction, Forestry, Mining and Energy Union (CFMEU) said the \
         inquiry was biased. The Liquor, Hospitality and Miscellaneous Workers Union agreed.",
    ]);
    assert_kind(
        &found,
        "Construction, Forestry, Mining and Energy Union",
        EntityKind::Organization,
    );
    assert_kind(
        &found,
        "Liquor, Hospitality and Miscellaneous Workers Union",
        EntityKind::Organization,
    );
    assert!(
        find(&found, "Forestry").is_none(),
        "{:?}",
        all_names(&found)
    );
    // The opposite: known names listed before a body's name stay names of their own.
    let found =
        entities(&["Talks\n\nBritain, France and Germany Council members met in Paris on Monday."]);
    assert_kind(&found, "France", EntityKind::Place);
}

#[test]
fn a_known_names_own_possessive_may_open_a_longer_name() {
    // Finder::possessive_inside: "Moody's" is a known firm, "Moody's Investors Service Inc"
    // one name.
    let found =
        entities(&["Ratings\n\nMoody's Investors Service Inc said it cut the rating on Monday."]);
    assert_kind(
        &found,
        "Moody's Investors Service Inc",
        EntityKind::Organization,
    );
    assert!(
        find(&found, "Investors Service Inc").is_none(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_faith_after_a_town_and_the_followers_of_a_doctrine_are_no_names() {
    // Finder::segment ("Toowoomba Anglican school": the town is named, the faith is not) and
    // output::is_doctrine ("Peronists", "Maoists").
    let found = entities(&[
        "Schools\n\nA teacher at a Toowoomba Anglican school was accused on Monday. Key \
         Peronists would not support the plan, and Maoists attacked a village.",
    ]);
    assert_kind(&found, "Toowoomba", EntityKind::Place);
    for name in ["Toowoomba Anglican", "Anglican", "Peronists", "Maoists"] {
        assert!(
            find(&found, name).is_none(),
            "{name} in {:?}",
            all_names(&found)
        );
    }
    // The opposite: a body the faith names keeps it.
    let found = entities(&["Church\n\nThe Anglican Church said it would act on Monday."]);
    assert_kind(&found, "Anglican Church", EntityKind::Organization);
}

#[test]
fn a_known_places_name_with_i_added_is_its_people() {
    // Reference::is_demonym: "Kashmiri" is of Kashmir, no name.
    let found = entities(&[
        "Attack\n\nIndia linked a Kashmiri group to the attack. Kashmiris said they had no \
         part in it.",
    ]);
    assert_kind(&found, "India", EntityKind::Place);
    for name in ["Kashmiri", "Kashmiris"] {
        assert!(
            find(&found, name).is_none(),
            "{name} in {:?}",
            all_names(&found)
        );
    }
}

#[test]
fn a_common_word_that_labels_a_line_is_no_dateline() {
    // Finder's context: "NOTE - Net is after tax" opens a note, not a dateline's place.
    let found = entities(&[
        "Results\n\nSYDNEY, March 3 - Bell Resources Ltd said profit rose.\n\nNOTE - Net is \
         after tax credit 6.6 mln vs tax paid 43.39 mln.",
    ]);
    assert_kind(&found, "SYDNEY", EntityKind::Place);
    assert!(find(&found, "NOTE").is_none(), "{:?}", all_names(&found));
}

#[test]
fn the_person_a_firm_of_partners_is_named_after_stays_a_person() {
    // classify::names_partners: "Mario Gabelli and Co" is a person and partners; "Mario
    // Gabelli" alone is the person, and so is "Gabelli".
    let found = entities(&[
        "Shares\n\nMario Gabelli, head of New York investment firm Mario Gabelli and Co, said \
         he sold some shares. Gabelli told reporters he was pleased.",
    ]);
    assert_kind(&found, "Mario Gabelli", EntityKind::Person);
    assert_kind(&found, "Mario Gabelli and Co", EntityKind::Organization);
    assert!(
        find(&found, "Mario Gabelli").is_some_and(|e| e.aliases == ["Gabelli"]),
        "{:?}",
        all_names(&found)
    );
    // The opposite: a firm that names no one with a given name is known by its first words.
    let found = entities(&[
        "Funds\n\nKidder Peabody and Co said it bought the stake. Kidder Peabody said it would \
         hold it.",
    ]);
    assert_one(&found, |e| e.name.contains("Peabody"), 1);
}

#[test]
fn a_surname_that_opens_a_firms_name_keeps_its_person_a_person() {
    // Candidate::firm_short: "Campeau" beside "Campeau Corp" took points for a firm; joined to
    // "Robert Campeau", they are not the man's.
    let found = entities(&[
        "Sale\n\nAllied Stores Corp, a unit of Campeau Corp, sold two chains. Robert Campeau, \
         chairman of Allied, said the sale was a good start. A Campeau source said more would \
         follow. The purchase of Allied by Campeau cost a lot.",
    ]);
    assert_kind(&found, "Robert Campeau", EntityKind::Person);
    assert_kind(&found, "Campeau Corp", EntityKind::Organization);
}

#[test]
fn royal_before_a_title_is_part_of_the_title() {
    // titles.txt [modifier]: "Royal Commissioner", "Royal commissioner" (Australian and
    // British news), even where the collection knows a person of that surname.
    let found = entities(&[
        "Inquiry\n\nUnions face claims in the building industry. But Royal Commissioner Terence \
         Cole QC said the inquiry was fair.",
        "Leak\n\nThe leak is an offence. Royal commissioner Justice Neville Owen opened the \
         hearing.",
        "France\n\nSegolene Royal said on Monday she would run. Royal is a Socialist.",
    ]);
    assert_kind(&found, "Terence Cole", EntityKind::Person);
    assert_kind(&found, "Neville Owen", EntityKind::Person);
    assert_one(&found, |e| e.name.contains("Royal"), 1);
}

#[test]
fn a_lone_word_a_title_makes_a_person_stays_apart_from_the_same_word_as_a_firm() {
    // lone_words_apart: "Mr Fox" in one article, "Fox shareholders" after two firms named
    // "Fox ..." in another: two entities, a person and a firm.
    let found = entities(&[
        "Airlines\n\n\"Suggestions in the press by Mr Fox that we want to ruin them are wrong,\" \
         the chief executive said.",
        "Deal\n\nAcme Corp will buy the assets of Fox Technology Inc's Fox Research Inc unit. It \
         will assume 10 mln dlrs of Fox liabilities, subject to approval by Fox shareholders.",
    ]);
    let foxes: Vec<(EntityKind, usize)> = found
        .iter()
        .filter(|e| e.name == "Fox")
        .map(|e| (e.kind, e.articles.len()))
        .collect();
    assert!(
        foxes.contains(&(EntityKind::Person, 1)),
        "{:?}",
        listing(&found)
    );
    // The opposite: what a person has ("Zentra's lawyers") without a title says a firm as
    // often; the word is not set apart as a person's.
    let found = entities(&[
        "Shares\n\nZentra Holdings Inc and Zentra Mining Inc rose. Zentra shareholders were \
         pleased.",
        "Court\n\nZentra's lawyers said the deal was fair.",
    ]);
    assert!(
        found.iter().filter(|e| e.name == "Zentra").count() == 1,
        "{:?}",
        listing(&found)
    );
    // Nor when the word names a person in most of its articles: "Mr Ondaatje" in two, a firm
    // in two, and a man who speaks in four more are one person.
    let mut texts = vec![
        "Talks\n\nMr Ondaatje said the talks would go on.",
        "Visit\n\nMr Ondaatje arrived in Delhi on Monday.",
        "Shares\n\nOndaatje Holdings Inc and Ondaatje Mining Inc rose. Ondaatje shareholders \
         were pleased.",
        "Funds\n\nOndaatje Capital Inc and Ondaatje Trust Inc fell. Ondaatje shareholders \
         were not pleased.",
    ];
    texts.extend(["Speech\n\nOndaatje, 52, said he would stay. Ondaatje said he was tired."; 4]);
    let found = entities(&texts);
    assert!(
        found
            .iter()
            .filter(|e| e.name == "Ondaatje" && e.kind == EntityKind::Person)
            .count()
            == 1,
        "{:?}",
        listing(&found)
    );
}

#[test]
fn an_inquiry_named_for_what_it_looks_into_is_one_name() {
    // Finder::connectors_after: "Commission into", "Inquiry into" before a name.
    let found = entities(&[
        "Inquiry\n\nThe Royal Commission into the Building Industry has ended its first day. \
         The royal commission into the collapse of HIH heard more.",
    ]);
    assert_kind(
        &found,
        "Royal Commission into the Building Industry",
        EntityKind::Organization,
    );
    assert!(
        find(&found, "Building Industry").is_none(),
        "{:?}",
        all_names(&found)
    );
    // The opposite: what follows in lowercase is no part of a name.
    assert_kind(&found, "HIH", EntityKind::Organization);
}

#[test]
fn a_known_name_with_a_slash_is_one_name() {
    // Finder::known_at: "Royal Dutch/Shell Group" is the known group, no "Royal Dutch" alone.
    let found = entities(&[
        "Oil\n\nA/S Norske Shell, Royal Dutch/Shell Group's Norwegian subsidiary, said it would \
         develop the field.",
    ]);
    assert!(
        find(&found, "Royal Dutch/Shell Group").is_some_and(|e| e.kind == EntityKind::Organization),
        "{:?}",
        all_names(&found)
    );
    assert!(
        find(&found, "Royal Dutch").is_none(),
        "{:?}",
        all_names(&found)
    );
}

#[test]
fn a_road_named_after_a_title_and_a_sea_named_after_a_country_are_places() {
    // cues.txt [thoroughfare] ("King Street": no title) and Finder::segment ("Timor Sea").
    let found = entities(&[
        "Roads\n\nFire crews closed the Princes Highway near Nowra. A crash blocked King Street \
         in Newtown. Shoppers filled the Queen Street Mall. Gas fields in the Timor Sea were \
         discussed.",
    ]);
    for name in [
        "Princes Highway",
        "King Street",
        "Queen Street Mall",
        "Timor Sea",
    ] {
        assert_kind(&found, name, EntityKind::Place);
    }
    for name in ["Highway", "Street", "Street Mall", "Sea"] {
        assert!(
            find(&found, name).is_none(),
            "{name} in {:?}",
            all_names(&found)
        );
    }
    // The opposite: a title before a name stays a title.
    let found = entities(&["Visit\n\nKing Abdullah met the envoy in Amman on Monday."]);
    assert_kind(&found, "Abdullah", EntityKind::Person);
}

#[test]
fn a_skippers_title_and_a_states_longer_abbreviation() {
    // titles.txt "Skipper"; places.tsv "West Va." for West Virginia.
    let found = entities(&[
        "Yachts\n\nSkipper Ludde Ingvall said the crew was tired. Ingvall will race again.",
        "Coal\n\nThe firm holds coal reserves, mostly in West Va., and some in Kentucky.",
        "Mines\n\nMiners in West Virginia went back to work on Monday.",
    ]);
    assert_kind(&found, "Ludde Ingvall", EntityKind::Person);
    assert!(
        find(&found, "Skipper Ludde Ingvall").is_none(),
        "{:?}",
        all_names(&found)
    );
    assert_one(&found, |e| e.name.starts_with("West V"), 2);
}

#[test]
fn a_common_word_is_no_place_named_like_it_with_an_accent() {
    // Finder::known_at: "Sale" is no Salé, "Male" no Malé.
    let found = entities(&[
        "Sale of assets\n\nSale prices rose on Monday. Male voters stayed home.",
        "Visit\n\nThe president flew to Malé on Monday.",
    ]);
    assert!(find(&found, "Sale").is_none(), "{:?}", all_names(&found));
    assert!(find(&found, "Male").is_none(), "{:?}", all_names(&found));
    assert_kind(&found, "Malé", EntityKind::Place);
}

#[test]
fn korea_alone_is_south_korea_and_a_city_with_a_lowercase_particle_is_one_place() {
    // places.tsv: "Korea" is South Korea's other name, so a firm named with it does not take
    // it as its short form; "Dar es Salaam" is one city, not "Dar" and "Salaam".
    let found = entities(&[
        "Ethylene\n\nSouth Korea will pay more for ethylene. <Korea Vinyl Industries Corp> \
         will double its needs. There are too few vessels to ship it to Korea, a trader said.",
        "Aid\n\nTwo ships arrived in Dar es Salaam on Monday with grain for Tanzania.",
    ]);
    assert_one(&found, |e| e.name == "South Korea", 1);
    let korea = find(&found, "South Korea").expect("South Korea");
    assert!(korea.aliases.iter().any(|a| a == "Korea"), "{korea:?}");
    assert_kind(
        &found,
        "Korea Vinyl Industries Corp",
        EntityKind::Organization,
    );
    assert_kind(&found, "Dar es Salaam", EntityKind::Place);
    for part in ["Dar", "Salaam"] {
        assert!(
            !found.iter().any(|e| e.name == part),
            "{part}: {:?}",
            listing(&found)
        );
    }
}

#[test]
fn a_road_named_after_a_place_is_not_that_place() {
    // ArticleIndex::new: "Appin" beside "Appin Road" is the town the road leads to, not the
    // road's short form.
    let found = entities(&[
        "Roads closed\n\nPolice said Tarrow Road is closed from Tarrow to the coast, and \
         drivers should avoid Tarrow until the smoke clears.",
    ]);
    let road = find(&found, "Tarrow Road").expect("Tarrow Road");
    assert!(
        !road.aliases.iter().any(|a| a == "Tarrow"),
        "{:?}",
        listing(&found)
    );
    assert_eq!(road.articles[0].mentions.len(), 1, "{road:?}");
}

#[test]
fn the_other_end_of_a_stretch_beside_a_known_place_is_a_place() {
    // candidates::find: "between Penrith and Springwood": beside a known place or town, the
    // other end of a stretch is a place (a lone unknown word is otherwise a body).
    let found = entities(&[
        "Smoke\n\nDrivers should avoid the highway between Penrith and Tarrimba because \
         of the smoke.",
    ]);
    assert_kind(&found, "Tarrimba", EntityKind::Place);
    // Beside a road too, and enough to keep the word from a person of another article.
    let found = entities(&[
        "Smoke\n\nDrivers should avoid the road between the Tarrow Highway and Kelsey \
         because of the smoke.",
        "Farm\n\nIan Kelsey, a farmer, said he lost his sheep. Kelsey said the fire was fast.",
    ]);
    let place = found
        .iter()
        .find(|e| e.name == "Kelsey")
        .unwrap_or_else(|| panic!("{:?}", listing(&found)));
    assert_eq!(place.kind, EntityKind::Place, "{:?}", listing(&found));
    let person = find(&found, "Ian Kelsey").expect("Ian Kelsey");
    assert_eq!(person.articles.len(), 1, "{:?}", listing(&found));
}

#[test]
fn a_name_placed_by_a_direction_or_a_distance_is_a_place() {
    // candidates::context: "west of Burakin", "46 miles from Eddystone Point", "Baccus Marsh,
    // west of Melbourne", "Ballidu just west of Burakin": lone unknown words that would
    // otherwise read as bodies.
    let found = entities(&[
        "Quake\n\nA farmer of Nerrin just west of Kolbarra said the house shook. \
         A yacht struck an object 46 miles from Tarrimba on Sunday.",
        "Crash\n\nA man was hurt when a car hit him at Wendrup, west of the city, on Monday.",
    ]);
    for name in ["Nerrin", "Kolbarra", "Tarrimba", "Wendrup"] {
        assert_kind(&found, name, EntityKind::Place);
    }
}

#[test]
fn a_firm_of_partners_names_is_one_firm() {
    // candidates::joins (partners_firm) and context (firm_of): "the brokerage firm of Spear,
    // Leeds and Kellogg" is one firm, not a person, a city and a cereal maker.
    let found = entities(&[
        "Stake\n\nThe New York brokerage firm of Harrow, Leeds and Tamsin told regulators it \
         had raised its stake. Britain, France and Germany agreed.",
    ]);
    assert_kind(&found, "Harrow, Leeds and Tamsin", EntityKind::Organization);
    assert!(
        !found.iter().any(|e| e.name == "Leeds"),
        "{:?}",
        listing(&found)
    );
    for place in ["Britain", "France", "Germany"] {
        assert_kind(&found, place, EntityKind::Place);
    }
}
