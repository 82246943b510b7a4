//! The embedded default backend on redb: one file, ACID transactions, copy-on-write pages, so a
//! crash or `kill -9` mid-load leaves the last committed state readable.

use std::path::{Path, PathBuf};

use redb::{
    Database, MultimapTableDefinition, ReadableMultimapTable, ReadableTable, TableDefinition,
};
use vigil_model::{Entity, Statement};

use crate::types::{
    DatasetInfo, Diff, LoadOutcome, StatementRecord, StoredStatement, VersionInfo, VersionRequest,
};
use crate::versioning::{self, KvRead, KvWrite};
use crate::{Store, StoreError};

/// statement id → postcard-encoded [`StoredStatement`]
const STATEMENTS: TableDefinition<u128, &[u8]> = TableDefinition::new("statements");
/// entity id → statement ids
const BY_ENTITY: MultimapTableDefinition<&str, u128> = MultimapTableDefinition::new("by_entity");
/// dataset name → statement ids
const BY_DATASET: MultimapTableDefinition<&str, u128> = MultimapTableDefinition::new("by_dataset");
/// (dataset, seq) → JSON [`VersionInfo`]
const VERSIONS: TableDefinition<(&str, u32), &[u8]> = TableDefinition::new("versions");
/// format markers
const META: TableDefinition<&str, &str> = TableDefinition::new("meta");

/// The on-disk layout version; bump it when a table's encoding changes.
const LAYOUT: &str = "vigil-store/1";
/// File name of the database inside the store directory.
pub const DB_FILE: &str = "vigil.redb";

fn backend<E: std::fmt::Display>(e: E) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// The embedded redb store, one file in a directory.
pub struct RedbStore {
    db: Database,
    path: PathBuf,
}

impl RedbStore {
    /// Open (creating if needed) the store in directory `dir`.
    pub fn open(dir: &Path) -> Result<RedbStore, StoreError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Backend(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join(DB_FILE);
        let db = Database::create(&path).map_err(|e| match e {
            redb::DatabaseError::DatabaseAlreadyOpen => StoreError::InUse {
                path: path.display().to_string(),
            },
            other => StoreError::Backend(format!("cannot open {}: {other}", path.display())),
        })?;
        let store = RedbStore { db, path };
        store.init()?;
        Ok(store)
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn init(&self) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(backend)?;
        {
            txn.open_table(STATEMENTS).map_err(backend)?;
            txn.open_multimap_table(BY_ENTITY).map_err(backend)?;
            txn.open_multimap_table(BY_DATASET).map_err(backend)?;
            txn.open_table(VERSIONS).map_err(backend)?;
            let mut meta = txn.open_table(META).map_err(backend)?;
            let layout = meta
                .get("layout")
                .map_err(backend)?
                .map(|g| g.value().to_string());
            match layout.as_deref() {
                None => {
                    meta.insert("layout", LAYOUT).map_err(backend)?;
                }
                Some(l) if l == LAYOUT => {}
                Some(other) => {
                    return Err(StoreError::Corrupt(format!(
                        "{} has layout {other:?}; this vigil reads {LAYOUT:?}",
                        self.path.display()
                    )))
                }
            }
        }
        txn.commit().map_err(backend)
    }

    fn read<T>(
        &self,
        f: impl FnOnce(&ReadTables) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let txn = self.db.begin_read().map_err(backend)?;
        let tables = Tables {
            statements: txn.open_table(STATEMENTS).map_err(backend)?,
            by_entity: txn.open_multimap_table(BY_ENTITY).map_err(backend)?,
            by_dataset: txn.open_multimap_table(BY_DATASET).map_err(backend)?,
            versions: txn.open_table(VERSIONS).map_err(backend)?,
        };
        f(&tables)
    }
}

struct Tables<S, E, D, V> {
    statements: S,
    by_entity: E,
    by_dataset: D,
    versions: V,
}

type ReadTables = Tables<
    redb::ReadOnlyTable<u128, &'static [u8]>,
    redb::ReadOnlyMultimapTable<&'static str, u128>,
    redb::ReadOnlyMultimapTable<&'static str, u128>,
    redb::ReadOnlyTable<(&'static str, u32), &'static [u8]>,
>;

type WriteTables<'t> = Tables<
    redb::Table<'t, u128, &'static [u8]>,
    redb::MultimapTable<'t, &'static str, u128>,
    redb::MultimapTable<'t, &'static str, u128>,
    redb::Table<'t, (&'static str, u32), &'static [u8]>,
>;

fn ids_of(values: redb::MultimapValue<'_, u128>) -> Result<Vec<u128>, StoreError> {
    values
        .map(|g| g.map(|g| g.value()).map_err(backend))
        .collect()
}

impl<S, E, D, V> KvRead for Tables<S, E, D, V>
where
    S: ReadableTable<u128, &'static [u8]>,
    E: ReadableMultimapTable<&'static str, u128>,
    D: ReadableMultimapTable<&'static str, u128>,
    V: ReadableTable<(&'static str, u32), &'static [u8]>,
{
    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        let mut out = Vec::new();
        for row in self
            .versions
            .range((dataset, 0)..=(dataset, u32::MAX))
            .map_err(backend)?
        {
            let (_, v) = row.map_err(backend)?;
            out.push(
                serde_json::from_slice(v.value())
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            );
        }
        Ok(out)
    }

    fn dataset_names(&self) -> Result<Vec<String>, StoreError> {
        let mut names: Vec<String> = Vec::new();
        for row in self.versions.iter().map_err(backend)? {
            let (k, _) = row.map_err(backend)?;
            let name = k.value().0;
            if names.last().map(String::as_str) != Some(name) {
                names.push(name.to_string());
            }
        }
        Ok(names)
    }

    fn dataset_statement_ids(&self, dataset: &str) -> Result<Vec<u128>, StoreError> {
        ids_of(self.by_dataset.get(dataset).map_err(backend)?)
    }

    fn entity_statement_ids(&self, entity: &str) -> Result<Vec<u128>, StoreError> {
        ids_of(self.by_entity.get(entity).map_err(backend)?)
    }

    fn statement(&self, id: u128) -> Result<Option<StoredStatement>, StoreError> {
        match self.statements.get(id).map_err(backend)? {
            None => Ok(None),
            Some(g) => postcard::from_bytes(g.value())
                .map(Some)
                .map_err(|e| StoreError::Corrupt(format!("statement {id:032x}: {e}"))),
        }
    }

    fn each_entity_id(
        &self,
        f: &mut dyn FnMut(&str) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        for row in self.by_entity.iter().map_err(backend)? {
            let (k, _) = row.map_err(backend)?;
            if !f(k.value())? {
                break;
            }
        }
        Ok(())
    }
}

impl KvWrite for WriteTables<'_> {
    fn put_statement(&mut self, id: u128, st: &StoredStatement) -> Result<(), StoreError> {
        let bytes = postcard::to_allocvec(st).map_err(backend)?;
        self.statements
            .insert(id, bytes.as_slice())
            .map_err(backend)?;
        Ok(())
    }

    fn index_dataset(&mut self, dataset: &str, id: u128) -> Result<(), StoreError> {
        self.by_dataset.insert(dataset, id).map_err(backend)?;
        Ok(())
    }

    fn index_entity(&mut self, entity: &str, id: u128) -> Result<(), StoreError> {
        self.by_entity.insert(entity, id).map_err(backend)?;
        Ok(())
    }

    fn put_version(&mut self, info: &VersionInfo) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(info).map_err(backend)?;
        self.versions
            .insert((info.dataset.as_str(), info.seq), bytes.as_slice())
            .map_err(backend)?;
        Ok(())
    }
}

impl Store for RedbStore {
    fn load_versions(
        &self,
        loads: Vec<(VersionRequest, Vec<Statement>)>,
        progress: &mut dyn FnMut(&str, u64, u64),
    ) -> Result<Vec<LoadOutcome>, StoreError> {
        let txn = self.db.begin_write().map_err(backend)?;
        let mut outcomes = Vec::with_capacity(loads.len());
        {
            let mut tables: WriteTables<'_> = Tables {
                statements: txn.open_table(STATEMENTS).map_err(backend)?,
                by_entity: txn.open_multimap_table(BY_ENTITY).map_err(backend)?,
                by_dataset: txn.open_multimap_table(BY_DATASET).map_err(backend)?,
                versions: txn.open_table(VERSIONS).map_err(backend)?,
            };
            for (req, statements) in loads {
                let ds = req.dataset.clone();
                outcomes.push(versioning::apply_load(
                    &mut tables,
                    &req,
                    statements,
                    &mut |d, t| progress(&ds, d, t),
                )?);
            }
        }
        if outcomes.iter().all(|o| o.unchanged) {
            txn.abort().map_err(backend)?;
        } else {
            txn.commit().map_err(backend)?;
        }
        Ok(outcomes)
    }

    fn datasets(&self) -> Result<Vec<DatasetInfo>, StoreError> {
        self.read(crate::datasets_from)
    }

    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        self.read(|t| t.versions(dataset))
    }

    fn entity(&self, id: &str) -> Result<Vec<StatementRecord>, StoreError> {
        self.read(|t| versioning::read_entity(t, id))
    }

    fn current_entity(&self, id: &str) -> Result<Option<Entity>, StoreError> {
        self.read(|t| versioning::current_entity(t, id, None))
    }

    fn diff(
        &self,
        dataset: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Diff, StoreError> {
        self.read(|t| versioning::diff(t, dataset, from, to))
    }

    fn for_each_entity(
        &self,
        dataset: Option<&str>,
        f: &mut dyn FnMut(Entity) -> bool,
    ) -> Result<(), StoreError> {
        self.read(|t| crate::for_each_entity_from(t, dataset, f))
    }
}
