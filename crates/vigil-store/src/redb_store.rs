//! The embedded default backend on redb: one file, ACID transactions, copy-on-write pages, so a
//! crash or `kill -9` mid-load leaves the last committed state readable.

use std::path::{Path, PathBuf};

use redb::{
    Database, MultimapTableDefinition, ReadableMultimapTable, ReadableTable, TableDefinition,
};
use vigil_model::Statement;

use crate::types::{LoadOutcome, StoredStatement, VersionInfo, VersionRequest};
use crate::versioning::{self, EntityVisitor, KvRead, KvWrite};
use crate::{Store, StoreError};

/// (entity id, statement id) → postcard-encoded [`StoredStatement`]: an entity is one range.
const STATEMENTS: TableDefinition<(&str, u128), &[u8]> = TableDefinition::new("statements");
/// dataset name → keys of its statements
const BY_DATASET: MultimapTableDefinition<&str, (&str, u128)> =
    MultimapTableDefinition::new("by_dataset");
/// (dataset, seq) → JSON [`VersionInfo`]
const VERSIONS: TableDefinition<(&str, u32), &[u8]> = TableDefinition::new("versions");
/// format markers
const META: TableDefinition<&str, &str> = TableDefinition::new("meta");

/// The on-disk layout version; bump it when a table's encoding changes.
const LAYOUT: &str = "vigil-store/2";
/// File name of the database inside the store directory.
pub const DB_FILE: &str = "vigil.redb";

fn damaged(path: &Path, why: &str) -> StoreError {
    StoreError::Corrupt(format!(
        "{} is damaged ({why}): restore it from a backup, or move it away and load the lists again",
        path.display()
    ))
}

/// Run `open`, turning a panic inside redb (it asserts on a truncated or overwritten file)
/// into an error that says the store is damaged. The panic's own message is not printed.
fn guard_panics<T>(
    path: &Path,
    open: impl FnOnce() -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(open));
    std::panic::set_hook(hook);
    outcome.unwrap_or_else(|_| Err(damaged(path, "truncated or overwritten")))
}

fn backend<E: std::fmt::Display>(e: E) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// The embedded redb store, one file in a directory.
pub struct RedbStore {
    db: Database,
    path: PathBuf,
}

impl RedbStore {
    /// Open (creating if needed) the store in directory `dir`. A new directory is made 0700
    /// and the database file 0600: the store says whom an organisation screens.
    pub fn open(dir: &Path) -> Result<RedbStore, StoreError> {
        if !dir.exists() {
            crate::private::dir(dir).map_err(|e| {
                StoreError::Backend(format!("cannot create {}: {e}", dir.display()))
            })?;
        }
        let path = dir.join(DB_FILE);
        if std::fs::metadata(&path).is_ok_and(|m| m.len() == 0) {
            // redb would make a fresh database of it, losing every list without a word.
            return Err(damaged(&path, "the file is empty"));
        }
        let store = guard_panics(&path, || {
            let db = Database::create(&path).map_err(|e| match e {
                redb::DatabaseError::DatabaseAlreadyOpen => StoreError::InUse {
                    path: path.display().to_string(),
                },
                other => StoreError::Backend(format!("cannot open {}: {other}", path.display())),
            })?;
            let store = RedbStore {
                db,
                path: path.clone(),
            };
            store.init()?;
            Ok(store)
        })?;
        crate::private::restrict(&path)
            .map_err(|e| StoreError::Backend(format!("cannot restrict {}: {e}", path.display())))?;
        Ok(store)
    }

    /// Open the store in `dir`, which must exist: a mistyped path must not become a new, empty
    /// store that screens every name clean.
    pub fn open_existing(dir: &Path) -> Result<RedbStore, StoreError> {
        RedbStore::must_exist(dir)?;
        RedbStore::open(dir)
    }

    /// Whether `dir` holds a store: `Missing`, naming the path, when it does not.
    pub fn must_exist(dir: &Path) -> Result<(), StoreError> {
        if dir.join(DB_FILE).exists() {
            return Ok(());
        }
        Err(StoreError::Missing {
            path: dir.display().to_string(),
        })
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn init(&self) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(backend)?;
        {
            txn.open_table(STATEMENTS).map_err(backend)?;
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
            by_dataset: txn.open_multimap_table(BY_DATASET).map_err(backend)?,
            versions: txn.open_table(VERSIONS).map_err(backend)?,
        };
        f(&tables)
    }
}

struct Tables<S, D, V> {
    statements: S,
    by_dataset: D,
    versions: V,
}

type ReadTables = Tables<
    redb::ReadOnlyTable<(&'static str, u128), &'static [u8]>,
    redb::ReadOnlyMultimapTable<&'static str, (&'static str, u128)>,
    redb::ReadOnlyTable<(&'static str, u32), &'static [u8]>,
>;

type WriteTables<'t> = Tables<
    redb::Table<'t, (&'static str, u128), &'static [u8]>,
    redb::MultimapTable<'t, &'static str, (&'static str, u128)>,
    redb::Table<'t, (&'static str, u32), &'static [u8]>,
>;

fn decode(key: (&str, u128), bytes: &[u8]) -> Result<StoredStatement, StoreError> {
    postcard::from_bytes(bytes)
        .map_err(|e| StoreError::Corrupt(format!("statement {}/{:032x}: {e}", key.0, key.1)))
}

impl<S, D, V> KvRead for Tables<S, D, V>
where
    S: ReadableTable<(&'static str, u128), &'static [u8]>,
    D: ReadableMultimapTable<&'static str, (&'static str, u128)>,
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

    fn dataset_keys(&self, dataset: &str) -> Result<Vec<(String, u128)>, StoreError> {
        let mut out = Vec::new();
        for g in self.by_dataset.get(dataset).map_err(backend)? {
            let guard = g.map_err(backend)?;
            let (e, id) = guard.value();
            out.push((e.to_string(), id));
        }
        Ok(out)
    }

    fn statement(&self, entity: &str, id: u128) -> Result<Option<StoredStatement>, StoreError> {
        match self.statements.get((entity, id)).map_err(backend)? {
            None => Ok(None),
            Some(g) => decode((entity, id), g.value()).map(Some),
        }
    }

    fn entity_statements(&self, entity: &str) -> Result<Vec<StoredStatement>, StoreError> {
        let mut out = Vec::new();
        for row in self
            .statements
            .range((entity, 0)..=(entity, u128::MAX))
            .map_err(backend)?
        {
            let (k, v) = row.map_err(backend)?;
            out.push(decode(k.value(), v.value())?);
        }
        Ok(out)
    }

    fn each_entity(&self, f: &mut EntityVisitor<'_>) -> Result<(), StoreError> {
        let mut current = String::new();
        let mut group: Vec<StoredStatement> = Vec::new();
        for row in self.statements.iter().map_err(backend)? {
            let (k, v) = row.map_err(backend)?;
            let key = k.value();
            if key.0 != current {
                if !group.is_empty() && !f(&current, std::mem::take(&mut group))? {
                    return Ok(());
                }
                current = key.0.to_string();
            }
            group.push(decode(key, v.value())?);
        }
        if !group.is_empty() {
            f(&current, group)?;
        }
        Ok(())
    }
}

impl KvWrite for WriteTables<'_> {
    fn put_statement(
        &mut self,
        entity: &str,
        id: u128,
        st: &StoredStatement,
    ) -> Result<(), StoreError> {
        let bytes = postcard::to_allocvec(st).map_err(backend)?;
        self.statements
            .insert((entity, id), bytes.as_slice())
            .map_err(backend)?;
        Ok(())
    }

    fn index_dataset(&mut self, dataset: &str, entity: &str, id: u128) -> Result<(), StoreError> {
        self.by_dataset
            .insert(dataset, (entity, id))
            .map_err(backend)?;
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
        let outcomes;
        {
            let mut tables: WriteTables<'_> = Tables {
                statements: txn.open_table(STATEMENTS).map_err(backend)?,
                by_dataset: txn.open_multimap_table(BY_DATASET).map_err(backend)?,
                versions: txn.open_table(VERSIONS).map_err(backend)?,
            };
            outcomes = versioning::apply_loads(&mut tables, loads, progress)?;
        }
        if outcomes.iter().all(|o| o.unchanged) {
            txn.abort().map_err(backend)?;
        } else {
            txn.commit().map_err(backend)?;
        }
        Ok(outcomes)
    }

    kv_store_reads!();
}
