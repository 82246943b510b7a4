//! The contract every [`Store`] backend must pass. A backend's tests call [`check_all`] with a
//! factory for empty stores; each check panics with a message naming what broke.

use vigil_model::{Schema, Statement};

use crate::{Store, StoreError, VersionRequest};

fn req(dataset: &str, version: &str, hash: &str) -> VersionRequest {
    VersionRequest {
        mode: crate::LoadMode::Replace,
        dataset: dataset.into(),
        version: version.into(),
        format: "contract".into(),
        files: vec![],
        content_hash: hash.into(),
        loaded_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn st(entity: &str, schema: Schema, prop: &str, value: &str, dataset: &str) -> Statement {
    Statement::new(entity, schema, prop, value, dataset)
}

fn v1(ds: &str) -> Vec<Statement> {
    vec![
        st("p1", Schema::Person, "name", "Ann Example", ds),
        st("p1", Schema::Person, "birthDate", "1970", ds),
        st("p2", Schema::Person, "name", "Bob Example", ds),
        st("c1", Schema::Company, "name", "Example Ltd", ds),
    ]
}

fn v2(ds: &str) -> Vec<Statement> {
    vec![
        st("p1", Schema::Person, "name", "Ann Example", ds),
        st("p1", Schema::Person, "birthDate", "1971", ds), // changed
        st("c1", Schema::Company, "name", "Example Ltd", ds), // unchanged
        st("c2", Schema::Company, "name", "New Co", ds),   // added; p2 removed
    ]
}

fn noop(_: u64, _: u64) {}

/// Run every check, each on a fresh store from `make`.
pub fn check_all(make: &dyn Fn() -> Box<dyn Store>) {
    first_load_counts(make().as_ref());
    identical_reload_changes_nothing(make().as_ref());
    new_version_diffs(make().as_ref());
    history_is_kept(make().as_ref());
    reappearing_statement(make().as_ref());
    datasets_are_separate(make().as_ref());
    wrong_dataset_rejected(make().as_ref());
    several_versions_are_all_or_nothing(make().as_ref());
    appending_adds_and_removes_nothing(make().as_ref());
    unknown_names(make().as_ref());
    last_change_is_when_a_statement_came_or_went(make().as_ref());
    one_entity_reads_as_the_scan_does(make().as_ref());
    journals_keep_order_and_kinds_apart(make().as_ref());
}

/// Journals: records come back in the order appended, numbered, each journal apart, from any
/// point; nothing is in an unknown journal.
pub fn journals_keep_order_and_kinds_apart(s: &dyn Store) {
    let read = |kind: &str, after: u64| {
        let mut out = Vec::new();
        s.each_record(kind, after, &mut |n, r| {
            out.push((n, r));
            true
        })
        .expect("read the journal");
        out
    };
    assert!(read("watch", 0).is_empty());
    s.append_records(
        "watch",
        &[serde_json::json!({"a": 1}), serde_json::json!({"a": 2})],
    )
    .expect("append");
    s.append_records("other", &[serde_json::json!("x")])
        .expect("append");
    s.append_records("watch", &[serde_json::json!({"a": 3})])
        .expect("append");
    let all = read("watch", 0);
    let values: Vec<i64> = all.iter().filter_map(|(_, r)| r["a"].as_i64()).collect();
    assert_eq!(values, vec![1, 2, 3]);
    let numbers: Vec<u64> = all.iter().map(|(n, _)| *n).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
    let after_first = read("watch", numbers[0]);
    assert_eq!(after_first.len(), 2);
    assert_eq!(read("other", 0).len(), 1);
    // A conditional append: taken when the journal is where the writer read it, refused (and
    // nothing written) when another wrote first.
    let last = read("watch", 0).last().map_or(0, |(n, _)| *n);
    s.append_records_checked("watch", Some(last), &[serde_json::json!({"a": 4})])
        .expect("the journal is where it was read");
    let stale = s.append_records_checked("watch", Some(last), &[serde_json::json!({"a": 5})]);
    assert!(
        matches!(stale, Err(StoreError::Conflict { .. })),
        "{stale:?}"
    );
    assert_eq!(read("watch", 0).len(), 4);
    s.append_records_checked("fresh", Some(0), &[serde_json::json!(1)])
        .expect("an empty journal is at 0");
    // A visitor that stops stops.
    let mut seen = 0;
    s.each_record("watch", 0, &mut |_, _| {
        seen += 1;
        false
    })
    .expect("read");
    assert_eq!(seen, 1);
}

/// Reading one entity with its dates (`entity_seen`) gives what the full scan gives for it,
/// and nothing for an id no current statement has.
pub fn one_entity_reads_as_the_scan_does(s: &dyn Store) {
    s.load_version(&req("a", "v1", "h1"), v1("a"), &mut noop)
        .expect("load a v1");
    s.load_version(&req("b", "v1", "h1"), v1("b"), &mut noop)
        .expect("load b v1");
    let mut later = req("a", "v2", "h2");
    later.loaded_at = "2026-02-01T00:00:00Z".into();
    s.load_version(&later, v2("a"), &mut noop)
        .expect("load a v2");
    let mut scanned = Vec::new();
    s.for_each_entity_seen(None, &mut |e, seen| {
        scanned.push((e, seen.clone()));
        true
    })
    .expect("scan");
    assert!(scanned.len() >= 4, "{scanned:?}");
    for (e, seen) in &scanned {
        let one = s.entity_seen(&e.id).expect("read one");
        assert_eq!(
            one.as_ref(),
            Some(&(e.clone(), seen.clone())),
            "entity {}",
            e.id
        );
    }
    assert_eq!(s.entity_seen("no-such-entity").expect("read"), None);
}

/// Each entity's last change is the `loaded_at` of the version that last added or dropped one
/// of its statements; an entity a newer version left alone keeps its older time.
pub fn last_change_is_when_a_statement_came_or_went(s: &dyn Store) {
    let at = |r: VersionRequest, t: &str| VersionRequest {
        loaded_at: t.into(),
        ..r
    };
    s.load_version(
        &at(req("d", "v1", "h1"), "2026-01-01T00:00:00Z"),
        v1("d"),
        &mut noop,
    )
    .expect("load v1");
    s.load_version(
        &at(req("d", "v2", "h2"), "2026-02-01T00:00:00Z"),
        v2("d"),
        &mut noop,
    )
    .expect("load v2");
    // v3 adds a name to c1 and leaves the others as they were.
    let mut v3 = v2("d");
    v3.push(st("c1", Schema::Company, "alias", "Example Limited", "d"));
    s.load_version(
        &at(req("d", "v3", "h3"), "2026-03-01T00:00:00Z"),
        v3,
        &mut noop,
    )
    .expect("load v3");
    let mut seen = std::collections::BTreeMap::new();
    s.for_each_entity_changed(&mut |e, changed| {
        seen.insert(e.id.clone(), changed.map(str::to_string));
        true
    })
    .expect("visit");
    let when = |id: &str| seen.get(id).cloned().flatten();
    assert_eq!(
        when("p1").as_deref(),
        Some("2026-02-01T00:00:00Z"),
        "birth date changed in v2"
    );
    assert_eq!(
        when("c1").as_deref(),
        Some("2026-03-01T00:00:00Z"),
        "alias added in v3"
    );
    assert_eq!(
        when("c2").as_deref(),
        Some("2026-02-01T00:00:00Z"),
        "added in v2"
    );
    assert!(!seen.contains_key("p2"), "removed entities are not visited");
    assert_eq!(seen.len(), 3);
    // First and last seen: the first version that had the entity, the latest that has it.
    let mut spans = std::collections::BTreeMap::new();
    s.for_each_entity_seen(None, &mut |e, seen| {
        spans.insert(
            e.id.clone(),
            (seen.first_seen.clone(), seen.last_seen.clone()),
        );
        true
    })
    .expect("visit");
    let span = |id: &str| spans.get(id).cloned().unwrap_or_default();
    assert_eq!(
        span("c1"),
        (
            Some("2026-01-01T00:00:00Z".into()),
            Some("2026-03-01T00:00:00Z".into())
        )
    );
    assert_eq!(
        span("c2"),
        (
            Some("2026-02-01T00:00:00Z".into()),
            Some("2026-03-01T00:00:00Z".into())
        )
    );
    let mut of_other = 0;
    s.for_each_entity_seen(Some("elsewhere"), &mut |_, _| {
        of_other += 1;
        true
    })
    .expect("visit");
    assert_eq!(of_other, 0, "a dataset filter leaves the others out");
}

pub fn first_load_counts(s: &dyn Store) {
    let out = s
        .load_version(&req("d", "v1", "h1"), v1("d"), &mut noop)
        .expect("load");
    assert!(!out.unchanged);
    assert_eq!(out.version.seq, 1);
    assert_eq!(out.version.entities, 3, "entities");
    assert_eq!(out.version.statements, 4, "statements");
    assert_eq!(out.version.by_schema.get("Person"), Some(&2));
    assert_eq!(out.version.by_schema.get("Company"), Some(&1));
    assert_eq!(out.version.entities_added, 3);
    let ds = s.datasets().expect("datasets");
    assert_eq!(ds.len(), 1);
    assert_eq!(ds[0].latest.version, "v1");
    let e = s.current_entity("p1").expect("read").expect("p1 exists");
    assert_eq!(e.values("birthDate"), ["1970"]);
    let mut n = 0;
    s.for_each_entity(None, &mut |_| {
        n += 1;
        true
    })
    .expect("iterate");
    assert_eq!(n, 3, "for_each_entity visits each entity once");
}

pub fn identical_reload_changes_nothing(s: &dyn Store) {
    s.load_version(&req("d", "v1", "h1"), v1("d"), &mut noop)
        .expect("load");
    let before = s.entity("p1").expect("read");
    let again = s
        .load_version(&req("d", "v1-again", "h1"), v1("d"), &mut noop)
        .expect("reload");
    assert!(again.unchanged, "same content hash must be recognised");
    assert_eq!(
        s.versions("d").expect("versions").len(),
        1,
        "no version added"
    );
    assert_eq!(
        s.entity("p1").expect("read"),
        before,
        "no statement changed"
    );
}

pub fn new_version_diffs(s: &dyn Store) {
    s.load_version(&req("d", "v1", "h1"), v1("d"), &mut noop)
        .expect("load v1");
    let out = s
        .load_version(&req("d", "v2", "h2"), v2("d"), &mut noop)
        .expect("load v2");
    assert_eq!(out.version.seq, 2);
    assert_eq!(out.version.statements_added, 2, "1971 and New Co");
    assert_eq!(out.version.statements_removed, 2, "1970 and Bob");
    assert_eq!(out.version.entities_added, 1);
    assert_eq!(out.version.entities_removed, 1);
    assert_eq!(out.version.entities_changed, 1);
    let d = s.diff("d", None, None).expect("diff");
    assert_eq!((d.from.as_str(), d.to.as_str()), ("v1", "v2"));
    let ids = |v: &[crate::EntityChange]| v.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&d.added), ["c2"]);
    assert_eq!(ids(&d.removed), ["p2"]);
    assert_eq!(ids(&d.changed), ["p1"]);
    assert_eq!(
        d.changed[0].added,
        [("birthDate".to_string(), "1971".to_string())]
    );
    assert_eq!(
        d.changed[0].removed,
        [("birthDate".to_string(), "1970".to_string())]
    );
    // Explicit labels, either direction.
    let back = s.diff("d", Some("v2"), Some("v1")).expect("diff back");
    assert_eq!(ids(&back.added), ["p2"]);
    // From nothing: the first version is all additions.
    let first = s.diff("d", None, Some("v1")).expect("diff first");
    assert_eq!(first.added.len(), 3);
}

pub fn history_is_kept(s: &dyn Store) {
    s.load_version(&req("d", "v1", "h1"), v1("d"), &mut noop)
        .expect("load v1");
    s.load_version(&req("d", "v2", "h2"), v2("d"), &mut noop)
        .expect("load v2");
    let p2 = s.entity("p2").expect("read");
    assert_eq!(p2.len(), 1, "removed entity keeps its statements");
    assert!(!p2[0].current);
    assert_eq!(
        (p2[0].first_seen.as_str(), p2[0].last_seen.as_str()),
        ("v1", "v1")
    );
    assert!(
        s.current_entity("p2").expect("read").is_none(),
        "but is not current"
    );
    let c1 = s.entity("c1").expect("read");
    assert_eq!(
        (c1[0].first_seen.as_str(), c1[0].last_seen.as_str()),
        ("v1", "v2")
    );
    assert!(c1[0].current);
}

pub fn reappearing_statement(s: &dyn Store) {
    s.load_version(&req("d", "v1", "h1"), v1("d"), &mut noop)
        .expect("v1");
    s.load_version(&req("d", "v2", "h2"), v2("d"), &mut noop)
        .expect("v2");
    let out = s
        .load_version(&req("d", "v1", "h3"), v1("d"), &mut noop)
        .expect("v3");
    assert_eq!(out.version.version, "v1+3", "a reused label is made unique");
    assert_eq!(out.version.entities_added, 1, "p2 is back");
    let p2 = s.entity("p2").expect("read");
    assert!(p2[0].current);
    // Absent in v2, present in v1 and v3: v2 against v3 shows it added.
    let d = s.diff("d", Some("v2"), Some("v1+3")).expect("diff");
    assert!(d.added.iter().any(|c| c.id == "p2"));
}

pub fn datasets_are_separate(s: &dyn Store) {
    s.load_version(&req("a", "1", "ha"), v1("a"), &mut noop)
        .expect("a");
    s.load_version(
        &req("b", "1", "hb"),
        vec![st("p1", Schema::Person, "alias", "Annie", "b")],
        &mut noop,
    )
    .expect("b");
    let e = s.current_entity("p1").expect("read").expect("p1");
    assert_eq!(e.values("alias"), ["Annie"]);
    assert_eq!(e.datasets.len(), 2);
    // Emptying dataset b does not touch a.
    s.load_version(&req("b", "2", "hb2"), vec![], &mut noop)
        .expect("b2");
    let e = s.current_entity("p1").expect("read").expect("p1");
    assert!(e.values("alias").is_empty());
    assert_eq!(e.values("name"), ["Ann Example"]);
    let mut only_b = 0;
    s.for_each_entity(Some("b"), &mut |_| {
        only_b += 1;
        true
    })
    .expect("iterate b");
    assert_eq!(only_b, 0);
}

pub fn wrong_dataset_rejected(s: &dyn Store) {
    let err = s
        .load_version(&req("d", "v1", "h1"), v1("other"), &mut noop)
        .expect_err("statements of another dataset must be refused");
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    assert!(
        s.datasets().expect("datasets").is_empty(),
        "nothing written"
    );
}

pub fn unknown_names(s: &dyn Store) {
    assert!(s.entity("nope").expect("read").is_empty());
    assert!(matches!(
        s.diff("nope", None, None),
        Err(StoreError::UnknownDataset(_))
    ));
    s.load_version(&req("d", "v1", "h1"), v1("d"), &mut noop)
        .expect("v1");
    assert!(matches!(
        s.diff("d", Some("v9"), None),
        Err(StoreError::UnknownVersion { .. })
    ));
}

pub fn several_versions_are_all_or_nothing(s: &dyn Store) {
    s.load_version(&req("a", "1", "ha"), v1("a"), &mut noop)
        .expect("a");
    let before = s.datasets().expect("datasets");
    // The second load in the batch is invalid: the first must not land either.
    let err = s
        .load_versions(
            vec![
                (req("a", "2", "ha2"), v2("a")),
                (req("b", "1", "hb"), v1("not-b")),
            ],
            &mut |_, _, _| {},
        )
        .expect_err("invalid batch");
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    assert_eq!(
        s.datasets().expect("datasets"),
        before,
        "nothing of a failed batch is written"
    );
    let out = s
        .load_versions(
            vec![
                (req("a", "2", "ha2"), v2("a")),
                (req("b", "1", "hb"), v1("b")),
                (req("a", "3", "ha2"), v2("a")),
            ],
            &mut |_, _, _| {},
        )
        .expect("batch");
    assert_eq!(out.len(), 3);
    assert!(!out[0].unchanged && !out[1].unchanged);
    assert!(
        out[2].unchanged,
        "a later load in the same batch sees the earlier one"
    );
    assert_eq!(s.datasets().expect("datasets").len(), 2);
}

pub fn appending_adds_and_removes_nothing(s: &dyn Store) {
    let append = |version: &str, hash: &str| VersionRequest {
        mode: crate::LoadMode::Append,
        ..req("r", version, hash)
    };
    let doc = |id: &str, title: &str| {
        vec![
            st(id, Schema::Article, "title", title, "r"),
            st(id, Schema::Article, "contentHash", id, "r"),
        ]
    };
    let a = s
        .load_version(&append("1", "ha"), doc("doc-a", "First"), &mut noop)
        .expect("a");
    assert_eq!(a.version.entities, 1);
    let b = s
        .load_version(&append("2", "hb"), doc("doc-b", "Second"), &mut noop)
        .expect("b");
    assert!(!b.unchanged);
    assert_eq!(b.version.statements_removed, 0, "appending removes nothing");
    assert_eq!(
        (b.version.entities, b.version.statements),
        (2, 4),
        "counts cover the whole dataset"
    );
    assert!(
        s.current_entity("doc-a").expect("read").is_some(),
        "the first document stays current"
    );
    // The same document again, from another file: nothing new, nothing written.
    let again = s
        .load_version(&append("3", "ha2"), doc("doc-a", "First"), &mut noop)
        .expect("again");
    assert!(again.unchanged);
    assert_eq!(s.versions("r").expect("versions").len(), 2);
    // A replacing version afterwards still replaces.
    let r = s
        .load_version(&req("r", "4", "hr"), doc("doc-b", "Second"), &mut noop)
        .expect("replace");
    assert_eq!(r.version.entities_removed, 1);
    assert!(s.current_entity("doc-a").expect("read").is_none());
}
