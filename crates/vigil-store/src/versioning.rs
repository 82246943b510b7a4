//! The versioning algorithm, written once over a small key-value interface that each backend
//! implements (redb and memory here, PostgreSQL in `vigil-store-pg`).
//!
//! A dataset version is applied as a set difference against the statements its previous version
//! carried: new statements get a range opened at the new seq, vanished ones get their range closed
//! at the previous seq, and statements present in both are not touched at all. A re-load of an
//! unchanged list therefore writes nothing, and a monthly list update writes only what changed.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rustc_hash::FxHashMap;
use vigil_model::{Entity, Statement};

use crate::types::{
    Diff, EntityChange, LoadMode, LoadOutcome, StatementRecord, StoredStatement, VersionInfo,
    VersionRequest, OPEN,
};
use crate::StoreError;

/// Called with each entity id and its statements; returns false to stop.
pub type EntityVisitor<'a> = dyn FnMut(&str, Vec<StoredStatement>) -> Result<bool, StoreError> + 'a;

/// Reads a backend must answer. Statements are keyed by (entity id, statement id), so an
/// entity's statements are one contiguous range and a full scan comes grouped by entity.
pub trait KvRead {
    /// Versions of one dataset, ordered by seq.
    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError>;
    fn dataset_names(&self) -> Result<Vec<String>, StoreError>;
    fn statement(&self, entity: &str, id: u128) -> Result<Option<StoredStatement>, StoreError>;
    /// Every statement about one entity (one range read).
    fn entity_statements(&self, entity: &str) -> Result<Vec<StoredStatement>, StoreError>;
    /// Every entity with its statements, in id order; stop when `f` returns false.
    fn each_entity(&self, f: &mut EntityVisitor<'_>) -> Result<(), StoreError>;

    /// Every statement the dataset ever asserted, with its key, in key order (grouped by
    /// entity); stop when `f` answers false.
    fn each_dataset_statement(
        &self,
        dataset: &str,
        f: &mut dyn FnMut(&str, u128, StoredStatement) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError>;
}

/// Writes a backend must take, inside one all-or-nothing transaction.
pub trait KvWrite: KvRead {
    fn put_statement(
        &mut self,
        entity: &str,
        id: u128,
        st: &StoredStatement,
    ) -> Result<(), StoreError>;
    /// Record that `dataset` asserts something about `entity` (once per entity a load adds;
    /// the statements themselves are found in the entity's range). One entry per entity, not
    /// per statement: the per-statement index cost a redb store half of a load's work.
    fn index_dataset(&mut self, dataset: &str, entity: &str) -> Result<(), StoreError>;
    fn put_version(&mut self, info: &VersionInfo) -> Result<(), StoreError>;
}

/// Apply several dataset versions in order, inside the caller's one transaction.
pub fn apply_loads<W: KvWrite>(
    w: &mut W,
    loads: Vec<(VersionRequest, Vec<Statement>)>,
    progress: &mut dyn FnMut(&str, u64, u64),
) -> Result<Vec<LoadOutcome>, StoreError> {
    let mut outcomes = Vec::with_capacity(loads.len());
    for (mut req, mut statements) in loads {
        // Every dataset goes by its FtM-form name, whatever the caller called it.
        req.dataset = vigil_model::vocab::dataset_name(&req.dataset);
        for st in &mut statements {
            if st.dataset != req.dataset {
                st.dataset = vigil_model::vocab::dataset_name(&st.dataset);
            }
        }
        let ds = req.dataset.clone();
        outcomes.push(apply_load(w, &req, statements, &mut |d, t| {
            progress(&ds, d, t)
        })?);
    }
    Ok(outcomes)
}

/// Keep the most specific schema a statement gives its entity (the entity id is copied only
/// the first time it is seen).
fn note_schema(schema_of: &mut HashMap<String, vigil_model::Schema>, st: &Statement) {
    match schema_of.get_mut(st.entity_id.as_str()) {
        Some(e) => {
            if st.schema != *e && st.schema.is_a(*e) {
                *e = st.schema;
            }
        }
        None => {
            schema_of.insert(st.entity_id.clone(), st.schema);
        }
    }
}

/// Apply one version of a dataset. Returns `unchanged` without writing when the content hash
/// equals the latest version's.
pub fn apply_load<W: KvWrite>(
    w: &mut W,
    req: &VersionRequest,
    statements: Vec<Statement>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<LoadOutcome, StoreError> {
    if let Some(bad) = statements.iter().find(|s| s.dataset != req.dataset) {
        return Err(StoreError::Invalid(format!(
            "statement for entity {} names dataset {:?} in a load of {:?}",
            bad.entity_id, bad.dataset, req.dataset
        )));
    }
    let versions = w.versions(&req.dataset)?;
    let previous = versions.last();
    if let Some(prev) = previous {
        if prev.content_hash == req.content_hash {
            return Ok(LoadOutcome {
                unchanged: true,
                version: prev.clone(),
            });
        }
    }
    let prev_seq = previous.map_or(0, |v| v.seq);
    let seq = prev_seq + 1;

    // Incoming statements, deduplicated by id (the first origin wins). Ids are 128-bit
    // content hashes already, so that map uses the cheap Fx hash; maps keyed by entity ids,
    // which a list file or a page chooses, keep the default hasher (no flooding by crafted
    // ids). An entity id is copied once per entity.
    let mut incoming: FxHashMap<u128, Statement> =
        FxHashMap::with_capacity_and_hasher(statements.len(), Default::default());
    let mut schema_of: HashMap<String, vigil_model::Schema> = HashMap::new();
    for st in statements {
        note_schema(&mut schema_of, &st);
        incoming.entry(st.id().0).or_insert(st);
    }
    let total = incoming.len() as u64;
    let mut done = 0u64;

    let mut prev_entities: HashSet<String> = HashSet::new();
    let mut touched: HashSet<String> = HashSet::new();
    let (mut added, mut removed, mut kept) = (0u64, 0u64, 0u64);

    // Pass 1: the statements the dataset already holds. Rewrites are gathered and written
    // after the read (the read borrows the backend), in key order.
    let mut rewrites: Vec<(String, u128, StoredStatement)> = Vec::new();
    w.each_dataset_statement(&req.dataset, &mut |entity, id, mut stored| {
        let was_current = stored.is_current();
        if was_current && !prev_entities.contains(stored.statement.entity_id.as_str()) {
            prev_entities.insert(stored.statement.entity_id.clone());
        }
        match (incoming.remove(&id), was_current) {
            (Some(_), true) => {
                done += 1;
            }
            (Some(_), false) => {
                // Gone in an earlier version, back now: open a new range.
                stored.seen.push((seq, OPEN));
                touched.insert(stored.statement.entity_id.clone());
                rewrites.push((entity.to_string(), id, stored));
                added += 1;
                done += 1;
            }
            (None, true) if req.mode == LoadMode::Append => {
                // Appending keeps what the dataset already asserts, and counts it.
                note_schema(&mut schema_of, &stored.statement);
                kept += 1;
            }
            (None, true) => {
                if let Some(last) = stored.seen.last_mut() {
                    last.1 = prev_seq;
                }
                touched.insert(stored.statement.entity_id.clone());
                rewrites.push((entity.to_string(), id, stored));
                removed += 1;
            }
            (None, false) => {}
        }
        if done.is_multiple_of(4096) {
            progress(done, total);
        }
        Ok(true)
    })?;
    for (entity, id, stored) in rewrites {
        w.put_statement(&entity, id, &stored)?;
    }

    // Pass 2: statements never seen before in this dataset, inserted in key order so each
    // B-tree insert lands beside the previous one instead of on a random page.
    let mut fresh: Vec<(u128, StoredStatement)> = incoming
        .into_iter()
        .map(|(id, statement)| {
            let seen = vec![(seq, OPEN)];
            (id, StoredStatement { seen, statement })
        })
        .collect();
    fresh.sort_unstable_by(|(a, sa), (b, sb)| {
        (&sa.statement.entity_id, a).cmp(&(&sb.statement.entity_id, b))
    });
    for (id, stored) in &fresh {
        w.put_statement(&stored.statement.entity_id, *id, stored)?;
        added += 1;
        done += 1;
        if done.is_multiple_of(4096) {
            progress(done, total);
        }
    }
    // The dataset index is written after the statements, also in key order: one B-tree at a
    // time keeps each one's pages hot. `fresh` is grouped by entity: one entry each.
    let mut last: Option<&str> = None;
    for (_, stored) in &fresh {
        let entity = stored.statement.entity_id.as_str();
        if last == Some(entity) {
            continue;
        }
        last = Some(entity);
        if !prev_entities.contains(entity) {
            w.index_dataset(&req.dataset, entity)?;
        }
        touched.insert(entity.to_string());
    }
    progress(total, total);
    if req.mode == LoadMode::Append && added == 0 {
        // Nothing new (the documents were ingested before): no version, nothing written.
        if let Some(prev) = previous {
            return Ok(LoadOutcome {
                unchanged: true,
                version: prev.clone(),
            });
        }
    }

    let mut by_schema: BTreeMap<String, u64> = BTreeMap::new();
    for schema in schema_of.values() {
        *by_schema.entry(schema.name().to_string()).or_default() += 1;
    }
    let new_entities: HashSet<&String> = schema_of.keys().collect();
    let entities_added = new_entities
        .iter()
        .filter(|e| !prev_entities.contains(**e))
        .count();
    let entities_removed = prev_entities
        .iter()
        .filter(|e| !new_entities.contains(e))
        .count();
    let entities_changed = touched
        .iter()
        .filter(|e| prev_entities.contains(*e) && new_entities.contains(e))
        .count();

    // Labels name versions in `diff`; a label already taken gets the seq appended.
    let label = if versions.iter().any(|v| v.version == req.version) {
        format!("{}+{seq}", req.version)
    } else {
        req.version.clone()
    };
    let info = VersionInfo {
        dataset: req.dataset.clone(),
        seq,
        published: crate::types::published_of(&label),
        version: label,
        format: req.format.clone(),
        files: req.files.clone(),
        content_hash: req.content_hash.clone(),
        loaded_at: req.loaded_at.clone(),
        entities: schema_of.len() as u64,
        statements: total + kept,
        by_schema,
        statements_added: added,
        statements_removed: removed,
        entities_added: entities_added as u64,
        entities_removed: entities_removed as u64,
        entities_changed: entities_changed as u64,
    };
    w.put_version(&info)?;
    Ok(LoadOutcome {
        unchanged: false,
        version: info,
    })
}

fn label(versions: &[VersionInfo], seq: u32) -> String {
    if seq == OPEN {
        return versions
            .last()
            .map(|v| v.version.clone())
            .unwrap_or_default();
    }
    versions
        .iter()
        .find(|v| v.seq == seq)
        .map(|v| v.version.clone())
        .unwrap_or_else(|| format!("#{seq}"))
}

/// Every statement about an entity, across datasets and versions, with seen labels.
pub fn read_entity<R: KvRead>(r: &R, id: &str) -> Result<Vec<StatementRecord>, StoreError> {
    let mut versions_cache: HashMap<String, Vec<VersionInfo>> = HashMap::new();
    let mut out = Vec::new();
    for stored in r.entity_statements(id)? {
        let ds = stored.statement.dataset.clone();
        if !versions_cache.contains_key(&ds) {
            versions_cache.insert(ds.clone(), r.versions(&ds)?);
        }
        let versions = versions_cache.get(&ds).map(Vec::as_slice).unwrap_or(&[]);
        let first = stored.seen.first().map_or(0, |r| r.0);
        let last = stored.seen.last().map_or(0, |r| r.1);
        out.push(StatementRecord {
            first_seen: label(versions, first),
            last_seen: label(versions, last),
            current: stored.is_current(),
            statement: stored.statement,
        });
    }
    out.sort_by(|a, b| {
        (&a.statement.dataset, &a.statement.prop, &a.statement.value).cmp(&(
            &b.statement.dataset,
            &b.statement.prop,
            &b.statement.value,
        ))
    });
    Ok(out)
}

/// The current entity assembled from statements of datasets still asserting them.
pub fn current_entity<R: KvRead>(
    r: &R,
    id: &str,
    dataset: Option<&str>,
) -> Result<Option<Entity>, StoreError> {
    Ok(current_of(r.entity_statements(id)?, dataset))
}

/// The entity its current statements (of `dataset`, or of all) describe, if any.
pub fn current_of(statements: Vec<StoredStatement>, dataset: Option<&str>) -> Option<Entity> {
    let current: Vec<_> = statements
        .into_iter()
        .filter(|s| s.is_current() && dataset.is_none_or(|d| d == s.statement.dataset))
        .map(|s| s.statement)
        .collect();
    Entity::from_statements(&current)
}

fn resolve_seq(versions: &[VersionInfo], label: &str) -> Option<u32> {
    versions
        .iter()
        .rev()
        .find(|v| v.version == label || v.seq.to_string() == label)
        .map(|v| v.seq)
}

/// Differences between versions `from` and `to` (labels or seqs) of a dataset. Defaults: the
/// version before the latest, and the latest.
pub fn diff<R: KvRead>(
    r: &R,
    dataset: &str,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Diff, StoreError> {
    let versions = r.versions(dataset)?;
    let latest = versions
        .last()
        .ok_or_else(|| StoreError::UnknownDataset(dataset.to_string()))?;
    let find = |l: &str| {
        resolve_seq(&versions, l).ok_or_else(|| StoreError::UnknownVersion {
            dataset: dataset.to_string(),
            version: l.to_string(),
        })
    };
    let to_seq = match to {
        Some(l) => find(l)?,
        None => latest.seq,
    };
    let from_seq = match from {
        Some(l) => find(l)?,
        None => to_seq.saturating_sub(1),
    };
    let seen_at = |st: &StoredStatement, seq: u32| seq != 0 && st.seen_in(seq);

    #[derive(Default)]
    struct Acc {
        schema: String,
        caption: Option<String>,
        in_from: bool,
        in_to: bool,
        added: BTreeSet<(String, String)>,
        removed: BTreeSet<(String, String)>,
    }
    let mut per_entity: BTreeMap<String, Acc> = BTreeMap::new();
    r.each_dataset_statement(dataset, &mut |_, _, st| {
        let (a, b) = (seen_at(&st, from_seq), seen_at(&st, to_seq));
        if !a && !b {
            return Ok(true);
        }
        let s = &st.statement;
        let acc = per_entity.entry(s.entity_id.clone()).or_default();
        acc.schema = s.schema.name().to_string();
        acc.in_from |= a;
        acc.in_to |= b;
        if s.prop == "name" && (acc.caption.is_none() || b) {
            acc.caption = Some(s.value.clone());
        }
        let pv = (s.prop.clone(), s.value.clone());
        match (a, b) {
            (false, true) => {
                acc.added.insert(pv);
            }
            (true, false) => {
                acc.removed.insert(pv);
            }
            _ => {}
        }
        Ok(true)
    })?;
    let mut out = Diff {
        dataset: dataset.to_string(),
        from: if from_seq == 0 {
            String::new()
        } else {
            label(&versions, from_seq)
        },
        to: label(&versions, to_seq),
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
    };
    for (id, acc) in per_entity {
        let change = EntityChange {
            caption: acc.caption.clone().unwrap_or_else(|| id.clone()),
            id,
            schema: acc.schema,
            added: acc.added.into_iter().collect(),
            removed: acc.removed.into_iter().collect(),
        };
        match (acc.in_from, acc.in_to) {
            (false, true) => out.added.push(change),
            (true, false) => out.removed.push(change),
            _ if !change.added.is_empty() || !change.removed.is_empty() => out.changed.push(change),
            _ => {}
        }
    }
    Ok(out)
}
