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
/// dataset name → (entity id, 0) for each entity it asserts something about. Stores written
/// before this index went per entity hold (entity id, statement id) for each statement; both
/// read the same (the entity is what counts), so neither layout needs rewriting.
const BY_DATASET: MultimapTableDefinition<&str, (&str, u128)> =
    MultimapTableDefinition::new("by_dataset");
/// (dataset, seq) → JSON [`VersionInfo`]
const VERSIONS: TableDefinition<(&str, u32), &[u8]> = TableDefinition::new("versions");
/// format markers
const META: TableDefinition<&str, &str> = TableDefinition::new("meta");
/// (journal, number) → JSON record (`Store::append_records`)
const RECORDS: TableDefinition<(&str, u64), &[u8]> = TableDefinition::new("records");

/// The on-disk layout version; bump it when a table's encoding changes.
const LAYOUT: &str = "vigil-store/3";
/// The layout before dataset names took FtM's form (`ofac-sdn` → `us_ofac_sdn`): migrated on
/// open.
const LAYOUT_OLD_NAMES: &str = "vigil-store/2";
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
            let mut tables = Tables {
                statements: txn.open_table(STATEMENTS).map_err(backend)?,
                by_dataset: txn.open_multimap_table(BY_DATASET).map_err(backend)?,
                versions: txn.open_table(VERSIONS).map_err(backend)?,
            };
            // Made here so that a reader never meets a store without it.
            txn.open_table(RECORDS).map_err(backend)?;
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
                // In the same transaction as the new layout mark: all or nothing.
                Some(LAYOUT_OLD_NAMES) => {
                    rename_datasets(&mut tables)?;
                    meta.insert("layout", LAYOUT).map_err(backend)?;
                }
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

impl<S, D, V> Tables<S, D, V>
where
    D: ReadableMultimapTable<&'static str, (&'static str, u128)>,
{
    /// Every entity the dataset ever asserted something about, in id order, once each.
    fn dataset_entities(&self, dataset: &str) -> Result<Vec<String>, StoreError> {
        let mut out: Vec<String> = Vec::new();
        // Values come in (entity, id) order: an entity's rows are adjacent.
        for g in self.by_dataset.get(dataset).map_err(backend)? {
            let guard = g.map_err(backend)?;
            let (e, _) = guard.value();
            if out.last().map(String::as_str) != Some(e) {
                out.push(e.to_string());
            }
        }
        Ok(out)
    }
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
            let mut info: VersionInfo = serde_json::from_slice(v.value())
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            // Recorded before versions said their publication date: read it off the label.
            if info.published.is_none() {
                info.published = crate::types::published_of(&info.version);
            }
            out.push(info);
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

    /// An entity's statements are one range: read each entity of the dataset once and keep
    /// the dataset's, rather than one lookup per statement.
    fn each_dataset_statement(
        &self,
        dataset: &str,
        f: &mut dyn FnMut(&str, u128, StoredStatement) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        for entity in self.dataset_entities(dataset)? {
            for row in self
                .statements
                .range((entity.as_str(), 0)..=(entity.as_str(), u128::MAX))
                .map_err(backend)?
            {
                let (k, v) = row.map_err(backend)?;
                let stored = decode(k.value(), v.value())?;
                if stored.statement.dataset == dataset && !f(&entity, k.value().1, stored)? {
                    return Ok(());
                }
            }
        }
        Ok(())
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

/// Give every dataset its FtM-form name (`vigil_model::vocab::dataset_name`): each statement
/// re-keyed under the id its new dataset gives it (ids hash the dataset), with its seen ranges;
/// the dataset index and version records moved. Version seqs are per dataset, so the history
/// is kept whole.
fn rename_datasets(t: &mut WriteTables<'_>) -> Result<(), StoreError> {
    for old in t.dataset_names()? {
        let new = vigil_model::vocab::dataset_name(&old);
        if new == old {
            continue;
        }
        if !t.versions(&new)?.is_empty() {
            return Err(StoreError::Corrupt(format!(
                "datasets {old:?} and {new:?} are both in the store; {new:?} is the name {old:?} now takes"
            )));
        }
        let mut moved: Vec<(String, u128, StoredStatement)> = Vec::new();
        t.each_dataset_statement(&old, &mut |entity, id, stored| {
            moved.push((entity.to_string(), id, stored));
            Ok(true)
        })?;
        for (entity, id, mut stored) in moved {
            stored.statement.dataset = new.clone();
            let new_id = stored.statement.id().0;
            t.statements
                .remove((entity.as_str(), id))
                .map_err(backend)?;
            t.put_statement(&entity, new_id, &stored)?;
        }
        for entity in t.dataset_entities(&old)? {
            t.index_dataset(&new, &entity)?;
        }
        t.by_dataset.remove_all(old.as_str()).map_err(backend)?;
        for mut info in t.versions(&old)? {
            t.versions
                .remove((old.as_str(), info.seq))
                .map_err(backend)?;
            info.dataset = new.clone();
            t.put_version(&info)?;
        }
    }
    Ok(())
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

    fn index_dataset(&mut self, dataset: &str, entity: &str) -> Result<(), StoreError> {
        self.by_dataset
            .insert(dataset, (entity, 0))
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

    fn append_records_checked(
        &self,
        kind: &str,
        expected: Option<u64>,
        records: &[serde_json::Value],
    ) -> Result<(), StoreError> {
        let txn = self.db.begin_write().map_err(backend)?;
        {
            let mut table = txn.open_table(RECORDS).map_err(backend)?;
            let last = table
                .range((kind, 0)..=(kind, u64::MAX))
                .map_err(backend)?
                .next_back()
                .transpose()
                .map_err(backend)?
                .map_or(0, |(k, _)| k.value().1);
            crate::check_journal_at(kind, expected, last)?;
            for (i, r) in records.iter().enumerate() {
                let bytes = serde_json::to_vec(r)
                    .map_err(|e| StoreError::Invalid(format!("a record of {kind:?}: {e}")))?;
                table
                    .insert((kind, last + 1 + i as u64), bytes.as_slice())
                    .map_err(backend)?;
            }
        }
        txn.commit().map_err(backend)
    }

    fn each_record(
        &self,
        kind: &str,
        after: u64,
        f: &mut dyn FnMut(u64, serde_json::Value) -> bool,
    ) -> Result<(), StoreError> {
        let txn = self.db.begin_read().map_err(backend)?;
        let table = txn.open_table(RECORDS).map_err(backend)?;
        for row in table
            .range((kind, after.saturating_add(1))..=(kind, u64::MAX))
            .map_err(backend)?
        {
            let (k, v) = row.map_err(backend)?;
            let n = k.value().1;
            let record = serde_json::from_slice(v.value())
                .map_err(|e| StoreError::Corrupt(format!("record {n} of {kind:?}: {e}")))?;
            if !f(n, record) {
                break;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::LoadMode;
    use vigil_model::Schema;

    /// Two versions of `ofac-sdn` written as vigil wrote them before dataset names took FtM's
    /// form, in a store marked with that layout.
    fn old_store(dir: &Path) {
        let store = RedbStore::open(dir).expect("open");
        let txn = store.db.begin_write().expect("txn");
        {
            let mut t = Tables {
                statements: txn.open_table(STATEMENTS).expect("t"),
                by_dataset: txn.open_multimap_table(BY_DATASET).expect("t"),
                versions: txn.open_table(VERSIONS).expect("t"),
            };
            let st = |id: &str, prop: &str, value: &str| {
                Statement::new(id, Schema::Person, prop, value, "ofac-sdn")
            };
            for (version, extra) in [
                ("v1", None),
                ("v2", Some(st("p2", "name", "Second Person"))),
            ] {
                let req = VersionRequest {
                    dataset: "ofac-sdn".into(),
                    version: version.into(),
                    format: "test".into(),
                    files: Vec::new(),
                    content_hash: version.into(),
                    loaded_at: format!("2026-0{}-01T00:00:00Z", &version[1..]),
                    mode: LoadMode::Replace,
                };
                let mut sts = vec![st("p1", "name", "First Person")];
                sts.extend(extra);
                versioning::apply_load(&mut t, &req, sts, &mut |_, _| {}).expect("load");
            }
            let mut meta = txn.open_table(META).expect("meta");
            meta.insert("layout", LAYOUT_OLD_NAMES).expect("mark");
        }
        txn.commit().expect("commit");
    }

    #[test]
    fn a_store_with_the_old_dataset_names_is_migrated_whole() {
        let dir = tempfile::tempdir().expect("dir");
        old_store(dir.path());
        let store = RedbStore::open(dir.path()).expect("reopen migrates");
        let names: Vec<String> = store
            .datasets()
            .expect("datasets")
            .into_iter()
            .map(|d| d.name)
            .collect();
        assert_eq!(names, ["us_ofac_sdn"]);
        let versions = store.versions("us_ofac_sdn").expect("versions");
        assert_eq!(versions.len(), 2, "the history is kept");
        assert_eq!(versions[1].dataset, "us_ofac_sdn");
        // The old name still names it; statements moved with their seen ranges.
        let diff = store
            .diff("ofac-sdn", None, None)
            .expect("diff by the old name");
        assert_eq!(diff.added.len(), 1, "{diff:?}");
        let records = store.entity("p1").expect("p1");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].statement.dataset, "us_ofac_sdn");
        assert_eq!(records[0].first_seen, "v1");
        assert!(records[0].current);
        // Re-keyed under the ids the new name gives: the same list loaded again under the
        // new name changes nothing.
        let same = ["First Person", "Second Person"]
            .iter()
            .zip(["p1", "p2"])
            .map(|(n, id)| Statement::new(id, Schema::Person, "name", *n, "us_ofac_sdn"))
            .collect();
        let req = VersionRequest {
            dataset: "us_ofac_sdn".into(),
            version: "v3".into(),
            format: "test".into(),
            files: Vec::new(),
            content_hash: "v3".into(),
            loaded_at: "2026-03-01T00:00:00Z".into(),
            mode: LoadMode::Replace,
        };
        let out = store.load_version(&req, same, &mut |_, _| {}).expect("v3");
        assert_eq!(
            (out.version.statements_added, out.version.statements_removed),
            (0, 0)
        );
        // A second open finds nothing left to do.
        drop(store);
        let again = RedbStore::open(dir.path()).expect("open");
        assert_eq!(again.versions("us_ofac_sdn").expect("v").len(), 3);
    }
}
