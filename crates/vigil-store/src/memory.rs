//! An in-memory backend: the same contract with no disk, for tests and scratch work.
//! A load works on a copy and swaps it in at the end, so a failed load leaves nothing behind.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::RwLock;

use vigil_model::{Entity, Statement};

use crate::types::{
    DatasetInfo, Diff, LoadOutcome, StatementRecord, StoredStatement, VersionInfo, VersionRequest,
};
use crate::versioning::{self, KvRead, KvWrite};
use crate::{Store, StoreError};

#[derive(Default, Clone)]
struct Maps {
    statements: BTreeMap<u128, StoredStatement>,
    by_entity: BTreeMap<String, BTreeSet<u128>>,
    by_dataset: BTreeMap<String, BTreeSet<u128>>,
    versions: BTreeMap<(String, u32), VersionInfo>,
}

/// The in-memory store.
#[derive(Default)]
pub struct MemoryStore {
    maps: RwLock<Maps>,
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

    fn dataset_statement_ids(&self, dataset: &str) -> Result<Vec<u128>, StoreError> {
        Ok(self
            .by_dataset
            .get(dataset)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default())
    }

    fn entity_statement_ids(&self, entity: &str) -> Result<Vec<u128>, StoreError> {
        Ok(self
            .by_entity
            .get(entity)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default())
    }

    fn statement(&self, id: u128) -> Result<Option<StoredStatement>, StoreError> {
        Ok(self.statements.get(&id).cloned())
    }

    fn each_entity_id(
        &self,
        f: &mut dyn FnMut(&str) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        for id in self.by_entity.keys() {
            if !f(id)? {
                break;
            }
        }
        Ok(())
    }
}

impl KvWrite for Maps {
    fn put_statement(&mut self, id: u128, st: &StoredStatement) -> Result<(), StoreError> {
        self.statements.insert(id, st.clone());
        Ok(())
    }

    fn index_dataset(&mut self, dataset: &str, id: u128) -> Result<(), StoreError> {
        self.by_dataset
            .entry(dataset.to_string())
            .or_default()
            .insert(id);
        Ok(())
    }

    fn index_entity(&mut self, entity: &str, id: u128) -> Result<(), StoreError> {
        self.by_entity
            .entry(entity.to_string())
            .or_default()
            .insert(id);
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
        let mut outcomes = Vec::with_capacity(loads.len());
        for (req, statements) in loads {
            let ds = req.dataset.clone();
            outcomes.push(versioning::apply_load(
                &mut work,
                &req,
                statements,
                &mut |d, t| progress(&ds, d, t),
            )?);
        }
        if outcomes.iter().any(|o| !o.unchanged) {
            *guard = work;
        }
        Ok(outcomes)
    }

    fn datasets(&self) -> Result<Vec<DatasetInfo>, StoreError> {
        self.read(crate::datasets_from)
    }

    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        self.read(|m| m.versions(dataset))
    }

    fn entity(&self, id: &str) -> Result<Vec<StatementRecord>, StoreError> {
        self.read(|m| versioning::read_entity(m, id))
    }

    fn current_entity(&self, id: &str) -> Result<Option<Entity>, StoreError> {
        self.read(|m| versioning::current_entity(m, id, None))
    }

    fn diff(
        &self,
        dataset: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Diff, StoreError> {
        self.read(|m| versioning::diff(m, dataset, from, to))
    }

    fn for_each_entity(
        &self,
        dataset: Option<&str>,
        f: &mut dyn FnMut(Entity) -> bool,
    ) -> Result<(), StoreError> {
        self.read(|m| crate::for_each_entity_from(m, dataset, f))
    }
}
