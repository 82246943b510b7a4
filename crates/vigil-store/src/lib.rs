//! vigil's statement store: every fact with the dataset version that asserted it, every version
//! of every dataset, and what changed between them.
//!
//! The [`Store`] trait is the contract; [`RedbStore`] (embedded, crash-safe, the default) and
//! [`MemoryStore`] (tests, scratch work) implement it, and [`contract`] holds the test suite any
//! backend must pass.
//!
//! ```
//! use vigil_model::{Schema, Statement};
//! use vigil_store::{MemoryStore, Store, VersionRequest};
//!
//! let store = MemoryStore::default();
//! let req = VersionRequest {
//!     dataset: "demo".into(), version: "2024-01-01".into(), format: "test".into(),
//!     files: vec![], content_hash: "h1".into(), loaded_at: "2024-01-01T00:00:00Z".into(),
//!     mode: vigil_store::LoadMode::Replace,
//! };
//! let st = Statement::new("e1", Schema::Person, "name", "Ann Example", "demo");
//! let out = store.load_version(&req, vec![st], &mut |_, _| {}).unwrap();
//! assert_eq!(out.version.entities, 1);
//! assert_eq!(store.entity("e1").unwrap().len(), 1);
//! ```
//!
//! Architecture invariant: a load is one transaction. Either the whole version is recorded
//! (statements, indexes and the version record) or none of it is.
//!
//! Dataset names are FtM's form (`vigil_model::vocab::dataset_name`): every name a caller
//! gives, an old one (`ofac-sdn`) included, is read as that, and a store written with the old
//! names is migrated when opened.

/// The read half of [`Store`], the same for every backend built on the KV interface: each
/// method opens a consistent read view with `self.read` and runs the shared algorithm on it.
macro_rules! kv_store_reads {
    () => {
        fn datasets(&self) -> Result<Vec<$crate::DatasetInfo>, $crate::StoreError> {
            self.read($crate::datasets_from)
        }

        fn versions(&self, dataset: &str) -> Result<Vec<$crate::VersionInfo>, $crate::StoreError> {
            let dataset = &vigil_model::vocab::dataset_name(dataset);
            self.read(|r| $crate::versioning::KvRead::versions(r, dataset))
        }

        fn entity(&self, id: &str) -> Result<Vec<$crate::StatementRecord>, $crate::StoreError> {
            self.read(|r| $crate::versioning::read_entity(r, id))
        }

        fn current_entity(
            &self,
            id: &str,
        ) -> Result<Option<vigil_model::Entity>, $crate::StoreError> {
            self.read(|r| $crate::versioning::current_entity(r, id, None))
        }

        fn diff(
            &self,
            dataset: &str,
            from: Option<&str>,
            to: Option<&str>,
        ) -> Result<$crate::Diff, $crate::StoreError> {
            let dataset = &vigil_model::vocab::dataset_name(dataset);
            self.read(|r| $crate::versioning::diff(r, dataset, from, to))
        }

        fn entity_seen(
            &self,
            id: &str,
        ) -> Result<Option<(vigil_model::Entity, $crate::EntitySeen)>, $crate::StoreError> {
            self.read(|r| $crate::entity_seen_from(r, id))
        }

        fn for_each_entity(
            &self,
            dataset: Option<&str>,
            f: &mut dyn FnMut(vigil_model::Entity) -> bool,
        ) -> Result<(), $crate::StoreError> {
            let dataset = dataset.map(vigil_model::vocab::dataset_name);
            self.read(|r| $crate::for_each_entity_from(r, dataset.as_deref(), f))
        }

        fn for_each_entity_seen(
            &self,
            dataset: Option<&str>,
            f: &mut dyn FnMut(vigil_model::Entity, &$crate::EntitySeen) -> bool,
        ) -> Result<(), $crate::StoreError> {
            let dataset = dataset.map(vigil_model::vocab::dataset_name);
            self.read(|r| $crate::for_each_entity_seen_from(r, dataset.as_deref(), f))
        }
    };
}

pub mod contract;
mod memory;
pub mod private;
mod redb_store;
mod types;
mod versioning;

pub use memory::MemoryStore;

/// The interface a backend implements and the algorithm written once over it: a backend that
/// answers [`kv::KvRead`] and takes [`kv::KvWrite`] inside one transaction gets versioning,
/// diffs and entity assembly identical to every other backend's.
pub mod kv {
    pub use crate::versioning::{
        apply_loads, current_entity, current_of, diff, read_entity, EntityVisitor, KvRead, KvWrite,
    };
    pub use crate::{
        check_journal_at, datasets_from, entity_seen_from, for_each_entity_from,
        for_each_entity_seen_from, loaded_by_seq, seen_of,
    };
}
pub use redb_store::{RedbStore, DB_FILE};
pub use types::*;

use vigil_model::{Entity, Statement};

/// Store failures. `InUse`, `UnknownDataset` and `UnknownVersion` are the caller's to fix;
/// the rest are the store's.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the store at {path} is in use by another vigil process (a `vigil serve` holds it while it runs: screen through its API, POST /match/default or /search/default, and load through POST /ingest; or stop it first)")]
    InUse { path: String },
    #[error("no store at {path}: load lists into it first (vigil load, update or ingest make one), or fix --db / VIGIL_DB")]
    Missing { path: String },
    #[error("no dataset named {0:?} in the store")]
    UnknownDataset(String),
    #[error("dataset {dataset:?} has no version {version:?}")]
    UnknownVersion { dataset: String, version: String },
    #[error("invalid load: {0}")]
    Invalid(String),
    #[error("the store is inconsistent: {0}")]
    Corrupt(String),
    #[error("store backend error: {0}")]
    Backend(String),
    /// A conditional append found the journal moved on: read it again and decide again.
    #[error("the {kind} journal has records after number {expected}: another process wrote first")]
    Conflict { kind: String, expected: u64 },
}

/// The statement store contract.
pub trait Store: Send + Sync {
    /// Record new versions of several datasets in one transaction: all of them or none.
    /// Each holds exactly its statements; an identical re-load (same content hash as the
    /// dataset's latest version) writes nothing for that dataset.
    /// `progress(dataset, done, total)` is called as statements are applied.
    fn load_versions(
        &self,
        loads: Vec<(VersionRequest, Vec<Statement>)>,
        progress: &mut dyn FnMut(&str, u64, u64),
    ) -> Result<Vec<LoadOutcome>, StoreError>;

    /// Record a new version of one dataset (see [`Store::load_versions`]).
    fn load_version(
        &self,
        req: &VersionRequest,
        statements: Vec<Statement>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<LoadOutcome, StoreError> {
        let mut outcomes = self
            .load_versions(vec![(req.clone(), statements)], &mut |_, d, t| {
                progress(d, t)
            })?;
        outcomes
            .pop()
            .ok_or_else(|| StoreError::Corrupt("a load of one version returned no outcome".into()))
    }

    /// Every dataset with its latest version, by name.
    fn datasets(&self) -> Result<Vec<DatasetInfo>, StoreError>;

    /// Every version of a dataset, oldest first.
    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError>;

    /// Every statement ever made about an entity (current and historical), with seen labels.
    /// Empty when the id is unknown.
    fn entity(&self, id: &str) -> Result<Vec<StatementRecord>, StoreError>;

    /// The entity as its datasets currently describe it, or `None`.
    fn current_entity(&self, id: &str) -> Result<Option<Entity>, StoreError>;

    /// The current entity with when it was first and last loaded and last changed (as
    /// [`Store::for_each_entity_seen`] gives it), in one read: what an API answer shows of a
    /// result.
    fn entity_seen(&self, id: &str) -> Result<Option<(Entity, EntitySeen)>, StoreError>;

    /// What changed in a dataset between two versions (labels or seq numbers; defaults: the
    /// version before the latest and the latest).
    fn diff(&self, dataset: &str, from: Option<&str>, to: Option<&str>)
        -> Result<Diff, StoreError>;

    /// Visit every current entity, optionally of one dataset only; stop when `f` returns false.
    fn for_each_entity(
        &self,
        dataset: Option<&str>,
        f: &mut dyn FnMut(Entity) -> bool,
    ) -> Result<(), StoreError>;

    /// Visit every current entity with when it last changed: the `loaded_at` of the latest
    /// version that added one of its statements or dropped one (what delta screening,
    /// yente's `changed_since`, asks for). Stop when `f` returns false.
    fn for_each_entity_changed(
        &self,
        f: &mut dyn FnMut(Entity, Option<&str>) -> bool,
    ) -> Result<(), StoreError> {
        self.for_each_entity_seen(None, &mut |e, seen| f(e, seen.last_change.as_deref()))
    }

    /// Visit every current entity (of one dataset, or of all) with when it was first and last
    /// loaded and when a load last changed it (yente's `first_seen`, `last_seen`,
    /// `last_change`). Stop when `f` returns false.
    fn for_each_entity_seen(
        &self,
        dataset: Option<&str>,
        f: &mut dyn FnMut(Entity, &EntitySeen) -> bool,
    ) -> Result<(), StoreError>;

    /// Append records to the journal `kind`: vigil's own records of what its users and
    /// workflows did (watched subjects, alerts, decisions), kept apart from the statements,
    /// which are what sources say. All of them or none; each is numbered after every record
    /// the journal already holds, and none is ever rewritten.
    fn append_records(&self, kind: &str, records: &[serde_json::Value]) -> Result<(), StoreError> {
        self.append_records_checked(kind, None, records)
    }

    /// [`Store::append_records`], but only if the journal's last record is number `expected`
    /// (0: it is empty) when given: a [`StoreError::Conflict`] otherwise, and nothing written.
    /// What a process decided from the journal it read is appended only if nobody appended
    /// meanwhile (two processes screening the same load must not both raise its alerts).
    fn append_records_checked(
        &self,
        kind: &str,
        expected: Option<u64>,
        records: &[serde_json::Value],
    ) -> Result<(), StoreError>;

    /// Visit the journal `kind` in order, from the record after number `after` (0: from the
    /// start), with each record's number; stop when `f` returns false. An unknown journal is
    /// empty.
    fn each_record(
        &self,
        kind: &str,
        after: u64,
        f: &mut dyn FnMut(u64, serde_json::Value) -> bool,
    ) -> Result<(), StoreError>;
}

/// Every dataset with its latest version: the read side of [`Store::datasets`] for backends
/// built on the KV interface.
pub fn datasets_from<R: versioning::KvRead>(r: &R) -> Result<Vec<DatasetInfo>, StoreError> {
    let mut out = Vec::new();
    for name in r.dataset_names()? {
        let versions = r.versions(&name)?;
        if let Some(latest) = versions.last() {
            out.push(DatasetInfo {
                name,
                versions: versions.len() as u32,
                latest: latest.clone(),
            });
        }
    }
    Ok(out)
}

pub fn for_each_entity_seen_from<R: versioning::KvRead>(
    r: &R,
    dataset: Option<&str>,
    f: &mut dyn FnMut(Entity, &EntitySeen) -> bool,
) -> Result<(), StoreError> {
    // Per dataset, `loaded_at` by version seq (seqs run 1, 2, 3, ...).
    let mut loaded: std::collections::HashMap<String, Vec<String>> = Default::default();
    for name in r.dataset_names()? {
        let at = loaded_by_seq(r.versions(&name)?.into_iter().map(|v| (v.seq, v.loaded_at)));
        loaded.insert(name, at);
    }
    r.each_entity(&mut |_, mut statements| {
        if let Some(ds) = dataset {
            statements.retain(|s| s.statement.dataset == ds);
        }
        let seen = seen_of(&statements, &loaded);
        Ok(match versioning::current_of(statements, None) {
            Some(e) => f(e, &seen),
            None => true,
        })
    })
}

/// A dataset's versions' `loaded_at` indexed by version seq (seqs run 1, 2, 3, ...; index 0
/// and any gap empty), as [`seen_of`] takes them.
pub fn loaded_by_seq(versions: impl IntoIterator<Item = (u32, String)>) -> Vec<String> {
    let mut at = Vec::new();
    for (seq, loaded_at) in versions {
        let i = seq as usize;
        if at.len() <= i {
            at.resize(i + 1, String::new());
        }
        at[i] = loaded_at;
    }
    at
}

/// A conditional append's check: `Conflict` unless the journal's last record is `expected`
/// (when one is given).
pub fn check_journal_at(kind: &str, expected: Option<u64>, last: u64) -> Result<(), StoreError> {
    match expected {
        Some(e) if e != last => Err(StoreError::Conflict {
            kind: kind.to_string(),
            expected: e,
        }),
        _ => Ok(()),
    }
}

/// One entity as it currently stands with when it was first and last loaded and last changed.
pub fn entity_seen_from<R: versioning::KvRead>(
    r: &R,
    id: &str,
) -> Result<Option<(Entity, EntitySeen)>, StoreError> {
    let statements = r.entity_statements(id)?;
    let mut loaded: std::collections::HashMap<String, Vec<String>> = Default::default();
    for s in &statements {
        let ds = &s.statement.dataset;
        if loaded.contains_key(ds) {
            continue;
        }
        let at = loaded_by_seq(r.versions(ds)?.into_iter().map(|v| (v.seq, v.loaded_at)));
        loaded.insert(ds.clone(), at);
    }
    let seen = seen_of(&statements, &loaded);
    Ok(versioning::current_of(statements, None).map(|e| (e, seen)))
}

/// When the statements were first and last loaded, and when a load last changed them: a
/// statement still current changed its entity when it appeared; one dropped, in the version
/// after it was last seen. `loaded` gives per dataset the `loaded_at` of each version by seq
/// (index 0 unused).
pub fn seen_of(
    statements: &[StoredStatement],
    loaded: &std::collections::HashMap<String, Vec<String>>,
) -> EntitySeen {
    let mut seen = EntitySeen::default();
    let at = |ds: &str, seq: u32| -> Option<&str> {
        let times = loaded.get(ds)?;
        let i = if seq == OPEN {
            times.len().checked_sub(1)?
        } else {
            seq as usize
        };
        times.get(i).map(String::as_str).filter(|a| !a.is_empty())
    };
    let earlier = |a: &mut Option<String>, b: Option<&str>| {
        if let Some(b) = b {
            if a.as_deref().is_none_or(|x| b < x) {
                *a = Some(b.to_string());
            }
        }
    };
    let later = |a: &mut Option<String>, b: Option<&str>| {
        if let Some(b) = b {
            if a.as_deref().is_none_or(|x| b > x) {
                *a = Some(b.to_string());
            }
        }
    };
    for s in statements {
        let ds = s.statement.dataset.as_str();
        let (Some(&(first, _)), Some(&(from, to))) = (s.seen.first(), s.seen.last()) else {
            continue;
        };
        earlier(&mut seen.first_seen, at(ds, first));
        later(&mut seen.last_seen, at(ds, to));
        let changed = if s.is_current() { from } else { to + 1 };
        later(&mut seen.last_change, at(ds, changed));
    }
    seen
}

pub fn for_each_entity_from<R: versioning::KvRead>(
    r: &R,
    dataset: Option<&str>,
    f: &mut dyn FnMut(Entity) -> bool,
) -> Result<(), StoreError> {
    match dataset {
        // One dataset: its own statements, in key order (grouped by entity); no scan of the
        // others.
        Some(ds) => {
            let mut current: Option<String> = None;
            let mut group: Vec<StoredStatement> = Vec::new();
            let mut stopped = false;
            r.each_dataset_statement(ds, &mut |entity, _, stored| {
                if current.as_deref() != Some(entity) {
                    if current.is_some() {
                        if let Some(e) = versioning::current_of(std::mem::take(&mut group), None) {
                            if !f(e) {
                                stopped = true;
                                return Ok(false);
                            }
                        }
                    }
                    current = Some(entity.to_string());
                }
                group.push(stored);
                Ok(true)
            })?;
            if !stopped {
                if let Some(e) = versioning::current_of(group, None) {
                    f(e);
                }
            }
            Ok(())
        }
        // Everything: one sequential scan, already grouped by entity.
        None => r.each_entity(&mut |_, statements| {
            Ok(match versioning::current_of(statements, None) {
                Some(e) => f(e),
                None => true,
            })
        }),
    }
}
