//! An in-memory backend: the same contract with no disk, for tests and scratch work.
//! A load works on a copy and swaps it in at the end, so a failed load leaves nothing behind.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::RwLock;

use vigil_model::Statement;

use crate::types::{LoadOutcome, StoredStatement, VersionInfo, VersionRequest};
use crate::versioning::{self, EntityVisitor, KvRead, KvWrite};
use crate::{Store, StoreError};

#[derive(Default, Clone)]
struct Maps {
    statements: BTreeMap<(String, u128), StoredStatement>,
    /// dataset → the entities it asserts something about.
    by_dataset: BTreeMap<String, BTreeSet<String>>,
    versions: BTreeMap<(String, u32), VersionInfo>,
}

/// The in-memory store.
#[derive(Default)]
pub struct MemoryStore {
    maps: RwLock<Maps>,
    records: RwLock<BTreeMap<(String, u64), serde_json::Value>>,
}

impl KvRead for Maps {
    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        Ok(self
            .versions
            .range((dataset.to_string(), 0)..=(dataset.to_string(), u32::MAX))
            .map(|(_, v)| v.clone())
            .collect())
    }

    fn dataset_names(&self) -> Result<Vec<String>, StoreError> {
        let names: BTreeSet<&String> = self.versions.keys().map(|(d, _)| d).collect();
        Ok(names.into_iter().cloned().collect())
    }

    fn each_dataset_statement(
        &self,
        dataset: &str,
        f: &mut dyn FnMut(&str, u128, StoredStatement) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        for entity in self.by_dataset.get(dataset).into_iter().flatten() {
            let range = (entity.clone(), 0)..=(entity.clone(), u128::MAX);
            for ((_, id), stored) in self.statements.range(range) {
                if stored.statement.dataset == dataset && !f(entity, *id, stored.clone())? {
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn statement(&self, entity: &str, id: u128) -> Result<Option<StoredStatement>, StoreError> {
        Ok(self.statements.get(&(entity.to_string(), id)).cloned())
    }

    fn entity_statements(&self, entity: &str) -> Result<Vec<StoredStatement>, StoreError> {
        Ok(self
            .statements
            .range((entity.to_string(), 0)..=(entity.to_string(), u128::MAX))
            .map(|(_, v)| v.clone())
            .collect())
    }

    fn each_entity(&self, f: &mut EntityVisitor<'_>) -> Result<(), StoreError> {
        let mut entity: Option<&str> = None;
        let mut group = Vec::new();
        for ((e, _), st) in &self.statements {
            if entity != Some(e.as_str()) {
                if let Some(prev) = entity {
                    if !f(prev, std::mem::take(&mut group))? {
                        return Ok(());
                    }
                }
                entity = Some(e.as_str());
            }
            group.push(st.clone());
        }
        if let Some(prev) = entity {
            f(prev, group)?;
        }
        Ok(())
    }
}

impl KvWrite for Maps {
    fn put_statement(
        &mut self,
        entity: &str,
        id: u128,
        st: &StoredStatement,
    ) -> Result<(), StoreError> {
        self.statements.insert((entity.to_string(), id), st.clone());
        Ok(())
    }

    fn index_dataset(&mut self, dataset: &str, entity: &str) -> Result<(), StoreError> {
        self.by_dataset
            .entry(dataset.to_string())
            .or_default()
            .insert(entity.to_string());
        Ok(())
    }

    fn put_version(&mut self, info: &VersionInfo) -> Result<(), StoreError> {
        self.versions
            .insert((info.dataset.clone(), info.seq), info.clone());
        Ok(())
    }
}

impl MemoryStore {
    fn read<T>(&self, f: impl FnOnce(&Maps) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let guard = self
            .maps
            .read()
            .map_err(|_| StoreError::Corrupt("lock poisoned".into()))?;
        f(&guard)
    }
}

impl Store for MemoryStore {
    fn load_versions(
        &self,
        loads: Vec<(VersionRequest, Vec<Statement>)>,
        progress: &mut dyn FnMut(&str, u64, u64),
    ) -> Result<Vec<LoadOutcome>, StoreError> {
        let mut guard = self
            .maps
            .write()
            .map_err(|_| StoreError::Corrupt("lock poisoned".into()))?;
        let mut work = guard.clone();
        let outcomes = versioning::apply_loads(&mut work, loads, progress)?;
        if outcomes.iter().any(|o| !o.unchanged) {
            *guard = work;
        }
        Ok(outcomes)
    }

    kv_store_reads!();

    fn append_records_checked(
        &self,
        kind: &str,
        expected: Option<u64>,
        records: &[serde_json::Value],
    ) -> Result<(), StoreError> {
        let mut journal = self
            .records
            .write()
            .map_err(|_| StoreError::Corrupt("lock poisoned".into()))?;
        let last = journal
            .range((kind.to_string(), 0)..=(kind.to_string(), u64::MAX))
            .next_back()
            .map_or(0, |((_, n), _)| *n);
        crate::check_journal_at(kind, expected, last)?;
        for (i, r) in records.iter().enumerate() {
            journal.insert((kind.to_string(), last + 1 + i as u64), r.clone());
        }
        Ok(())
    }

    fn each_record(
        &self,
        kind: &str,
        after: u64,
        f: &mut dyn FnMut(u64, serde_json::Value) -> bool,
    ) -> Result<(), StoreError> {
        let journal = self
            .records
            .read()
            .map_err(|_| StoreError::Corrupt("lock poisoned".into()))?;
        for ((_, n), r) in journal
            .range((kind.to_string(), after.saturating_add(1))..=(kind.to_string(), u64::MAX))
        {
            if !f(*n, r.clone()) {
                break;
            }
        }
        Ok(())
    }
}
