//! Exports FtM's tools read: entities as FollowTheMoney JSON lines, or FtM statement rows.
//!
//! Both are views of the statement store through `vigil_ftm`: values in FtM's forms (the
//! source's wording as each statement's `original_value`), claim provenance in FtM properties,
//! each entity with its referents (ids analysts merged into it, and those an FtM source gave)
//! and when vigil first saw it, last saw it and last saw it change.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use vigil_model::{Entity, Schema};
use vigil_store::{EntitySeen, Store};

use crate::{EngineError, Result, ResultExt};

/// What `vigil export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// FollowTheMoney entities, one JSON object a line.
    Ftm,
    /// FtM's statements CSV (`ftm aggregate-statements` reads it back into entities).
    Statements,
}

/// FtM's statement CSV columns, in FtM's order.
pub const STATEMENT_COLUMNS: [&str; 14] = [
    "canonical_id",
    "entity_id",
    "prop",
    "prop_type",
    "schema",
    "value",
    "dataset",
    "origin",
    "lang",
    "original_value",
    "external",
    "first_seen",
    "last_seen",
    "id",
];

/// Write every current entity (of `dataset`, or all) to `out`; returns how many entities
/// (FtM) or statements were written. A write error stops the export and is returned.
pub fn export(
    store: &dyn Store,
    format: ExportFormat,
    dataset: Option<&str>,
    out: &mut dyn Write,
) -> Result<u64> {
    // An old name (`un-sc`) selects the dataset it became (`un_sc_sanctions`).
    let dataset_form = dataset.map(vigil_model::vocab::dataset_name);
    let dataset = dataset_form.as_deref();
    let judgements = vigil_reports::load_judgements(store).ctx("reading the judgements")?;
    // Merged-away entities go out inside the entity they were merged into.
    let mut merged_into: HashMap<String, Vec<Entity>> = HashMap::new();
    let mut merged_away: HashSet<String> = HashSet::new();
    for (from, to) in judgements.merges() {
        merged_away.insert(from.to_string());
        if let Some(e) = store.current_entity(from)? {
            merged_into.entry(to.to_string()).or_default().push(e);
        }
    }
    let mut writer = match format {
        ExportFormat::Ftm => Sink::Lines(out),
        ExportFormat::Statements => {
            let mut w = csv::WriterBuilder::new().from_writer(out);
            w.write_record(STATEMENT_COLUMNS)
                .map_err(|e| write_failed(e.into()))?;
            Sink::Csv(Box::new(w))
        }
    };
    let loaded = load_times(store)?;
    let mut count = 0u64;
    let mut failure: Option<EngineError> = None;
    store.for_each_entity_seen(dataset, &mut |mut e, seen| {
        if e.schema == Schema::Judgement || merged_away.contains(&e.id) {
            return true;
        }
        let merged = merged_into.get(&e.id).map(Vec::as_slice).unwrap_or(&[]);
        let merged_ids: Vec<String> = merged.iter().map(|m| m.id.clone()).collect();
        let step = match &mut writer {
            Sink::Lines(w) => {
                for m in merged {
                    absorb(&mut e, m);
                }
                write_ftm(w, &e, seen, &merged_ids)
            }
            Sink::Csv(w) => write_statements(store, w, &e, &merged_ids, &loaded, dataset, seen),
        };
        match step {
            Ok(n) => {
                count += n;
                true
            }
            Err(err) => {
                failure = Some(err);
                false
            }
        }
    })?;
    if let Some(err) = failure {
        return Err(err);
    }
    match writer {
        Sink::Lines(w) => w.flush().map_err(write_failed)?,
        Sink::Csv(mut w) => w.flush().map_err(write_failed)?,
    }
    Ok(count)
}

enum Sink<'a> {
    Lines(&'a mut dyn Write),
    Csv(Box<csv::Writer<&'a mut dyn Write>>),
}

fn write_failed(e: std::io::Error) -> EngineError {
    EngineError::Failed {
        doing: "writing the export".into(),
        cause: Box::new(e),
    }
}

/// Whether an export error is the reader closing the pipe (`| head`): the reader's choice.
pub fn is_closed_pipe(err: &EngineError) -> bool {
    match err {
        EngineError::Failed { cause, .. } => cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe),
        _ => false,
    }
}

fn absorb(e: &mut Entity, other: &Entity) {
    for (prop, values) in &other.properties {
        for v in values {
            e.add(prop, v);
        }
    }
    for d in &other.datasets {
        if !e.datasets.contains(d) {
            e.datasets.push(d.clone());
        }
    }
}

/// The entity's line, and for a report its mentions and the Documentation of each link.
fn write_ftm(w: &mut dyn Write, e: &Entity, seen: &EntitySeen, merged: &[String]) -> Result<u64> {
    let mut n = 0;
    let mut line = |v: serde_json::Value| -> Result<()> {
        writeln!(w, "{v}").map_err(write_failed)?;
        n += 1;
        Ok(())
    };
    line(vigil_ftm::ftm_entity(e, seen, merged))?;
    if e.schema == Schema::Article {
        for m in vigil_link::expand_mentions(e) {
            line(vigil_ftm::ftm_entity(&m, seen, &[]))?;
            if let Some(doc) = vigil_ftm::mention_documentation(&m, seen) {
                line(doc)?;
            }
        }
    }
    Ok(n)
}

/// `loaded_at` of each version, by dataset and version label.
type LoadTimes = HashMap<(String, String), String>;

fn load_times(store: &dyn Store) -> Result<LoadTimes> {
    let mut out = HashMap::new();
    for d in store.datasets()? {
        for v in store.versions(&d.name)? {
            out.insert((d.name.clone(), v.version), v.loaded_at);
        }
    }
    Ok(out)
}

/// One row per FtM value of each current statement about `e` (and the entities merged into
/// it), plus FtM's `id` row per entity and dataset, which gives the schema.
fn write_statements(
    store: &dyn Store,
    w: &mut csv::Writer<&mut dyn Write>,
    e: &Entity,
    merged: &[String],
    loaded: &LoadTimes,
    dataset: Option<&str>,
    seen: &EntitySeen,
) -> Result<u64> {
    let claim = vigil_ftm::is_claim(e);
    let time = |ds: &str, label: &str| {
        loaded
            .get(&(ds.to_string(), label.to_string()))
            .and_then(|t| vigil_ftm::ftm_time(t))
            .unwrap_or_default()
    };
    let mut n = 0;
    let mut ids_written: HashSet<(String, String)> = HashSet::new();
    let mut row = |w: &mut csv::Writer<&mut dyn Write>, fields: [&str; 14]| -> Result<()> {
        w.write_record(fields).map_err(|e| write_failed(e.into()))?;
        n += 1;
        Ok(())
    };
    for id in std::iter::once(&e.id).chain(merged) {
        for r in store.entity(id)? {
            let st = &r.statement;
            if !r.current || dataset.is_some_and(|d| d != st.dataset) {
                continue;
            }
            let ds = vigil_ftm::ftm_dataset_name(&st.dataset);
            let (first, last) = (
                time(&st.dataset, &r.first_seen),
                time(&st.dataset, &r.last_seen),
            );
            if ids_written.insert((st.entity_id.clone(), ds.clone())) {
                let sid = format!("{:x}", row_id(&ds, &st.entity_id, "id", &st.entity_id));
                row(
                    w,
                    [
                        &e.id,
                        &st.entity_id,
                        "id",
                        "id",
                        e.schema.name(),
                        &st.entity_id,
                        &ds,
                        "",
                        "",
                        "",
                        "false",
                        &first,
                        &last,
                        &sid,
                    ],
                )?;
            }
            for (prop, value) in vigil_ftm::ftm_values(e.schema, &st.prop, &st.value, claim) {
                let original = st
                    .original_value
                    .as_deref()
                    .or((value != st.value).then_some(st.value.as_str()))
                    .unwrap_or("");
                let sid = format!("{:x}", row_id(&ds, &st.entity_id, &prop, &value));
                row(
                    w,
                    [
                        &e.id,
                        &st.entity_id,
                        &prop,
                        vigil_ftm::ftm_prop_type(e.schema, &prop),
                        e.schema.name(),
                        &value,
                        &ds,
                        st.origin.as_deref().unwrap_or(""),
                        st.lang.as_deref().unwrap_or(""),
                        original,
                        "false",
                        &first,
                        &last,
                        &sid,
                    ],
                )?;
            }
        }
    }
    // A report's mentions and their Documentation are read from its span table: their rows
    // say so in `origin`.
    if e.schema == Schema::Article {
        let ds = e
            .datasets
            .first()
            .map(|d| vigil_ftm::ftm_dataset_name(d))
            .unwrap_or_default();
        let first = seen
            .first_seen
            .as_deref()
            .and_then(vigil_ftm::ftm_time)
            .unwrap_or_default();
        let last = seen
            .last_seen
            .as_deref()
            .and_then(vigil_ftm::ftm_time)
            .unwrap_or_default();
        for m in vigil_link::expand_mentions(e) {
            let mut lines = vec![vigil_ftm::ftm_entity(&m, seen, &[])];
            lines.extend(vigil_ftm::mention_documentation(&m, seen));
            for v in lines {
                let (Some(id), Some(schema)) = (v["id"].as_str(), v["schema"].as_str()) else {
                    continue;
                };
                let origin = format!("{}:mentions", e.id);
                let sid = format!("{:x}", row_id(&ds, id, "id", id));
                row(
                    w,
                    [
                        id, id, "id", "id", schema, id, &ds, &origin, "", "", "false", &first,
                        &last, &sid,
                    ],
                )?;
                let Some(props) = v["properties"].as_object() else {
                    continue;
                };
                for (prop, values) in props {
                    let Some(values) = values.as_array() else {
                        continue;
                    };
                    // Documentation is no vigil schema: its property names say their type.
                    let ptype = vigil_ftm::ftm_prop_type(
                        Schema::from_name(schema).unwrap_or(Schema::Thing),
                        prop,
                    );
                    for value in values.iter().filter_map(|x| x.as_str()) {
                        let sid = format!("{:x}", row_id(&ds, id, prop, value));
                        row(
                            w,
                            [
                                id, id, prop, ptype, schema, value, &ds, &origin, "", "", "false",
                                &first, &last, &sid,
                            ],
                        )?;
                    }
                }
            }
        }
    }
    Ok(n)
}

/// A statement row's id: the hash of what it says and who says it.
fn row_id(dataset: &str, entity: &str, prop: &str, value: &str) -> u128 {
    vigil_model::statement_id(dataset, entity, Schema::Thing, prop, value, None).0
}
