//! The index on a small store of invented entities: retrieval through spelling, script, order
//! and typos; qualifiers; filters; the cache stamp; agreement with exhaustive scoring.

use vigil_index::{fingerprint, Index, Options, Query};
use vigil_model::{Schema, Statement};
use vigil_store::{MemoryStore, Store, VersionRequest};

type Props<'a> = &'a [(&'a str, &'a str)];

fn load(store: &MemoryStore, dataset: &str, hash: &str, entities: &[(&str, Schema, Props<'_>)]) {
    let mut st = Vec::new();
    for (id, schema, props) in entities {
        for (p, v) in *props {
            st.push(Statement::new(*id, *schema, *p, *v, dataset));
        }
    }
    let req = VersionRequest {
        dataset: dataset.into(),
        version: "v1".into(),
        format: "test".into(),
        files: vec![],
        content_hash: hash.into(),
        loaded_at: "2026-01-01T00:00:00Z".into(),
        mode: vigil_store::LoadMode::Replace,
    };
    store.load_version(&req, st, &mut |_, _| {}).expect("load");
}

fn store() -> MemoryStore {
    let s = MemoryStore::default();
    load(
        &s,
        "list-a",
        "a1",
        &[
            (
                "p1",
                Schema::Person,
                &[
                    ("name", "KARIMI-TESTEH, Bahram"),
                    ("alias", "بهرام کریمی"),
                    ("birthDate", "1968-03-02"),
                    ("nationality", "Iran"),
                ],
            ),
            (
                "p2",
                Schema::Person,
                &[
                    ("name", "Leila KARIMI-TESTEH"),
                    ("birthDate", "1975"),
                    ("gender", "female"),
                ],
            ),
            (
                "p3",
                Schema::Person,
                &[("name", "Maher (a.k.a. Mahir) AL-EXAMPLI")],
            ),
            (
                "o1",
                Schema::Organization,
                &[
                    ("name", "Example Drone Components Trading LLC"),
                    ("country", "ir"),
                ],
            ),
            (
                "s1",
                Schema::Sanction,
                &[("entity", "p1"), ("program", "TEST")],
            ),
        ],
    );
    load(
        &s,
        "list-b",
        "b1",
        &[(
            "p4",
            Schema::Person,
            &[("name", "Bahram Karimi Testeh"), ("birthDate", "1968")],
        )],
    );
    s
}

fn ids(results: &[vigil_index::Match]) -> Vec<&str> {
    results.iter().map(|m| m.id.as_str()).collect()
}

#[test]
fn finds_through_spelling_script_order_and_typos() {
    let s = store();
    let (index, stats) = Index::build(&s, &mut |_, _| {}).expect("build");
    assert_eq!(stats.entities, 5, "sanctions are not screened");
    let o = Options::default();
    for q in [
        "Bahram Karimi-Testeh",
        "KARIMITESTEH Bahram",
        "Bahram Karimy Testeh",
        "بهرام کریمی",
    ] {
        let r = index.screen(&Query::name(Schema::Person, q), &o);
        assert!(ids(&r).contains(&"p1"), "{q}: {:?}", ids(&r));
        assert!(r[0].is_match, "{q}: {}", r[0].score);
        assert!(r[0].explanation.contains_key("name"));
    }
    // The embedded alias is a name of its own.
    let r = index.screen(&Query::name(Schema::Person, "Mahir al-Exampli"), &o);
    assert_eq!(ids(&r).first(), Some(&"p3"));
    // A query is split as list names are: a name in two scripts with a place name after the
    // script one, variants in parentheses.
    for q in [
        "KARIMI-TESTEH Bahram بهرام کریمی تستان آباد چای",
        "Mahir (a.k.a. Maher) AL-EXAMPLI",
    ] {
        let r = index.screen(&Query::name(Schema::Person, q), &o);
        assert!(
            r.first().is_some_and(|m| m.is_match && m.score >= 0.95),
            "{q}: {:?}",
            r.iter().map(|m| (&m.id, m.score)).collect::<Vec<_>>()
        );
    }
    // A family name alone does not make Leila a match for Bahram.
    let r = index.screen(&Query::name(Schema::Person, "Bahram Karimi-Testeh"), &o);
    assert!(r.iter().all(|m| m.id != "p2" || !m.is_match));
    // Organisations are not persons.
    let r = index.screen(
        &Query::name(Schema::Person, "Example Drone Components Trading"),
        &o,
    );
    assert!(r.is_empty(), "{:?}", ids(&r));
    let r = index.screen(
        &Query::name(Schema::Company, "Example Drone Components Trading"),
        &o,
    );
    assert_eq!(ids(&r), ["o1"]);
}

#[test]
fn qualifiers_filters_and_limits() {
    let s = store();
    let (index, _) = Index::build(&s, &mut |_, _| {}).expect("build");
    let base = Query::name(Schema::Person, "Bahram Karimi Testeh");
    let o = Options::default();
    let plain = index.screen(&base, &o);
    let with_dob = index.screen(
        &Query {
            birth_dates: vec!["1968".into()],
            countries: vec!["IR".into()],
            ..base.clone()
        },
        &o,
    );
    let wrong_dob = index.screen(
        &Query {
            birth_dates: vec!["1990-01-01".into()],
            ..base.clone()
        },
        &o,
    );
    let score = |r: &[vigil_index::Match], id: &str| {
        r.iter()
            .find(|m| m.id == id)
            .map(|m| m.score)
            .unwrap_or(0.0)
    };
    assert!(score(&with_dob, "p1") >= score(&plain, "p1"));
    assert!(score(&wrong_dob, "p1") < score(&plain, "p1") - 0.1);
    assert!(wrong_dob
        .iter()
        .find(|m| m.id == "p1")
        .is_some_and(|m| m.explanation.contains_key("birth_date")));
    let only_b = index.screen(
        &base,
        &Options {
            datasets: vec!["list-b".into()],
            ..Options::default()
        },
    );
    assert_eq!(ids(&only_b), ["p4"]);
    let one = index.screen(
        &base,
        &Options {
            limit: 1,
            ..Options::default()
        },
    );
    assert_eq!(one.len(), 1);
    // Retrieval finds what exhaustive scoring finds.
    for q in [
        "Bahram Karimi",
        "Leila Karimi Testeh",
        "Mahir Exampli",
        "Example Drone LLC",
    ] {
        let q = Query::name(Schema::LegalEntity, q);
        let o = Options {
            cutoff: 0.3,
            limit: 100,
            ..Options::default()
        };
        let mut a: Vec<String> = ids(&index.screen(&q, &o))
            .into_iter()
            .map(String::from)
            .collect();
        let mut b: Vec<String> = ids(&index.screen_exhaustive(&q, &o))
            .into_iter()
            .map(String::from)
            .collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{:?}", q.names);
    }
}

#[test]
fn the_cache_follows_the_store() {
    let s = store();
    let dir = tempfile::tempdir().expect("tmp");
    let cache = dir.path().join("index.bin");
    let (a, rebuilt) = Index::open(&s, &cache, &mut |_, _| {}).expect("open");
    assert!(rebuilt, "first open builds");
    let (_, rebuilt) = Index::open(&s, &cache, &mut |_, _| {}).expect("reopen");
    assert!(!rebuilt, "a current cache is reused");
    load(
        &s,
        "list-c",
        "c1",
        &[("p9", Schema::Person, &[("name", "Newly Listed Person")])],
    );
    assert_ne!(fingerprint(&s).expect("stamp"), a.fingerprint);
    let (b, rebuilt) = Index::open(&s, &cache, &mut |_, _| {}).expect("after load");
    assert!(rebuilt, "a load makes the cache stale");
    assert_eq!(
        ids(&b.screen(
            &Query::name(Schema::Person, "Newly Listed Person"),
            &Options::default()
        )),
        ["p9"]
    );
    // A corrupt cache is rebuilt, not trusted.
    std::fs::write(&cache, b"garbage").expect("w");
    let (_, rebuilt) = Index::open(&s, &cache, &mut |_, _| {}).expect("after corruption");
    assert!(rebuilt);
}

#[test]
fn odd_queries_do_not_panic() {
    let s = store();
    let (index, _) = Index::build(&s, &mut |_, _| {}).expect("build");
    let long = "x".repeat(10_000);
    for q in [
        "",
        "   ",
        "\u{0}\u{1}",
        long.as_str(),
        "Bahram ＫＡＲＩＭＩ 👍",
        "بهرام Karimi",
        "١٢٣",
    ] {
        let _ = index.screen(&Query::name(Schema::Person, q), &Options::default());
    }
}

#[test]
fn exclusions_win_over_inclusions_and_topics_narrow() {
    let s = store();
    // p1 is on list-c too (with the sanction topic): excluding list-c drops it although
    // list-a, where it also is, stays admitted.
    load(
        &s,
        "list-c",
        "c1",
        &[(
            "p1",
            Schema::Person,
            &[("alias", "Bahram Karimi Testeh"), ("topics", "sanction")],
        )],
    );
    let (index, _) = Index::build(&s, &mut |_, _| {}).expect("build");
    let q = Query::name(Schema::Person, "Bahram Karimi Testeh");
    let run = |o: Options| {
        let mut r: Vec<String> = ids(&index.screen(&q, &o))
            .into_iter()
            .map(String::from)
            .collect();
        r.sort();
        r
    };
    assert_eq!(run(Options::default()), ["p1", "p4"]);
    let without_c = Options {
        exclude_datasets: vec!["list-c".into()],
        ..Options::default()
    };
    assert_eq!(run(without_c), ["p4"]);
    let a_without_c = Options {
        datasets: vec!["list-a".into()],
        exclude_datasets: vec!["list-c".into()],
        ..Options::default()
    };
    assert!(run(a_without_c).is_empty());
    let sanctioned = Options {
        topics: vec!["sanction".into()],
        ..Options::default()
    };
    assert_eq!(run(sanctioned), ["p1"]);
    let not_p1 = Options {
        exclude_ids: vec!["p1".into()],
        exclude_schemata: vec![Schema::Organization],
        ..Options::default()
    };
    assert_eq!(run(not_p1), ["p4"]);
}

#[test]
fn a_query_of_unknown_kind_is_read_as_a_person_for_person_candidates() {
    let s = store();
    load(
        &s,
        "list-d",
        "d1",
        &[(
            "p9",
            Schema::Person,
            &[("name", "MANSOUR-TESTI, Akhtar Mohammad")],
        )],
    );
    let (index, _) = Index::build(&s, &mut |_, _| {}).expect("build");
    let score = |schema| {
        index
            .screen(
                &Query::name(schema, "Akhtar Mansour-Testi"),
                &Options::default(),
            )
            .iter()
            .find(|m| m.id == "p9")
            .map(|m| m.score)
            .unwrap_or(0.0)
    };
    // The middle name the query lacks costs a person little; read as a body's name it
    // would be a word the other body has (about 0.65).
    let person = score(Schema::Person);
    assert!(person >= 0.85, "{person}");
    assert_eq!(score(Schema::LegalEntity), person);
    assert_eq!(score(Schema::Thing), person);
}

/// A Persian name's readings the matcher allows but its plain skeleton misses (an inner و read
/// as v, words in the other order as pages laid out right to left give them, two letters side
/// by side kept two) find the entry even where the query's other part is the commonest given
/// name and another entry holds the plain reading.
#[test]
fn persian_readings_find_the_entry_past_common_names() {
    let s = MemoryStore::default();
    let mut fillers: Vec<(String, String)> = (0..300)
        .map(|n: u32| {
            let letters: String = [n / 26 % 26, n % 26, (n * 7) % 26]
                .iter()
                .map(|&k| char::from(b'a' + k as u8))
                .collect();
            (format!("f{n}"), format!("Ali Zq{letters}ov"))
        })
        .collect();
    fillers.extend(
        [
            ("target-vand", "KABOUDVAND, Ali"),
            ("plain-vand", "KABDAND, Reza"),
            ("target-abad", "SHAMSABAD, Ali"),
            ("plain-abad", "ABADSHAMS, Reza"),
            ("target-dd", "MADADI, Ali"),
            ("plain-dd", "MADI, Reza"),
            ("target-glued", "RUSTOM, Saqr"),
        ]
        .map(|(id, name)| (id.to_string(), name.to_string())),
    );
    let mut st = Vec::new();
    for (id, name) in &fillers {
        st.push(Statement::new(
            id.as_str(),
            Schema::Person,
            "name",
            name.as_str(),
            "list-f",
        ));
    }
    let req = VersionRequest {
        dataset: "list-f".into(),
        version: "v1".into(),
        format: "test".into(),
        files: vec![],
        content_hash: "f1".into(),
        loaded_at: "2026-01-01T00:00:00Z".into(),
        mode: vigil_store::LoadMode::Replace,
    };
    s.load_version(&req, st, &mut |_, _| {}).expect("load");
    let (index, _) = Index::build(&s, &mut |_, _| {}).expect("build");
    let o = Options::default();
    for (query, want) in [
        ("علی کبودوند", "target-vand"),
        ("علی آباد شمس", "target-abad"),
        ("علی مددی", "target-dd"),
        // A whole name written as one word in the script.
        ("صقررستم", "target-glued"),
    ] {
        let r = index.screen(&Query::name(Schema::Person, query), &o);
        assert!(
            r.first().is_some_and(|m| m.id == want && m.is_match),
            "{query}: {:?}",
            r.iter().map(|m| (&m.id, m.score)).collect::<Vec<_>>()
        );
    }
}

/// Screening with a memo of name scores gives every result screening without one gives,
/// whatever was screened before with it, and a memo carried to another index starts afresh.
#[test]
fn a_memo_of_name_scores_changes_no_result() {
    let s = store();
    let (index, _) = Index::build(&s, &mut |_, _| {}).expect("build");
    let quiet = Options {
        cutoff: 0.0,
        explain: false,
        ..Options::default()
    };
    let explained = Options {
        cutoff: 0.0,
        ..Options::default()
    };
    let queries = [
        Query::name(Schema::Person, "Bahram Karimi-Testeh"),
        Query::names(
            Schema::LegalEntity,
            vec!["Karimi Testeh".into(), "Iran Karimi Testeh".into()],
        ),
        Query::name(Schema::Organization, "Example Drone Components"),
        Query::name(Schema::Person, "Bahram Karimi-Testeh"),
        Query::name(Schema::LegalEntity, "Maher al-Exampli"),
        Query::name(Schema::Organization, "Example Drone Components"),
    ];
    let mut memo = vigil_index::ScoreMemo::default();
    for o in [&quiet, &explained] {
        for q in &queries {
            let plain = index.screen(q, o);
            let remembered = index.screen_remembering(q, o, &mut memo);
            assert!(!plain.is_empty(), "{:?} finds something", q.names);
            assert_eq!(remembered, plain, "{:?}", q.names);
            if !o.explain {
                assert!(plain.iter().all(|m| m.explanation.is_empty()));
            }
        }
    }
    // Another index, other record numbers: the memo must not answer for them.
    let other = MemoryStore::default();
    load(
        &other,
        "list-c",
        "c1",
        &[(
            "x1",
            Schema::Organization,
            &[("name", "Example Drone Components Trading LLC")],
        )],
    );
    let (other_index, _) = Index::build(&other, &mut |_, _| {}).expect("build");
    let q = Query::name(Schema::Person, "Bahram Karimi-Testeh");
    assert_eq!(
        other_index.screen_remembering(&q, &quiet, &mut memo),
        other_index.screen(&q, &quiet)
    );
}
