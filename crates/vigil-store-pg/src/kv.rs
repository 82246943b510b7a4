//! The KV interface of `vigil_store::kv` over one PostgreSQL transaction, so versioning, diffs
//! and entity assembly are the very code the embedded store runs.

use std::cell::RefCell;

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{ToSql, Type};
use postgres::{Row, Transaction};
use vigil_model::{Schema, Statement};
use vigil_store::kv::{EntityVisitor, KvRead, KvWrite};
use vigil_store::{StoreError, StoredStatement, VersionInfo};

use crate::schema::STATEMENT_COLUMNS;
use crate::sql_error;

/// Statements written are gathered and sent with `COPY` in batches this size: a load of a
/// whole list is a few round trips, and memory stays bounded.
const FLUSH_AT: usize = 20_000;

/// One transaction seen as the KV interface. Reads take `&self` in the interface, and a
/// query needs the transaction mutably: the cell gives it, one query at a time.
pub(crate) struct PgKv<'c> {
    tx: RefCell<Transaction<'c>>,
    pending: Vec<(String, u128, StoredStatement)>,
}

impl<'c> PgKv<'c> {
    pub(crate) fn new(tx: Transaction<'c>) -> PgKv<'c> {
        PgKv {
            tx: RefCell::new(tx),
            pending: Vec::new(),
        }
    }

    /// The transaction, with everything written so far sent.
    pub(crate) fn into_transaction(mut self) -> Result<Transaction<'c>, StoreError> {
        self.flush()?;
        Ok(self.tx.into_inner())
    }

    fn tx(&self) -> Result<std::cell::RefMut<'_, Transaction<'c>>, StoreError> {
        self.tx.try_borrow_mut().map_err(|_| {
            StoreError::Backend("a store read was started inside another one's visitor".into())
        })
    }

    /// Send the gathered statements: `COPY` into a staging table, then one upsert (a statement
    /// written again only gets its seen ranges replaced).
    fn flush(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let tx = self.tx.get_mut();
        tx.batch_execute(
            "CREATE TEMP TABLE IF NOT EXISTS vigil_stage (LIKE vigil_statements) ON COMMIT DROP;
             TRUNCATE vigil_stage;",
        )
        .map_err(sql_error)?;
        let sink = tx
            .copy_in(&format!(
                "COPY vigil_stage ({STATEMENT_COLUMNS}) FROM STDIN (FORMAT binary)"
            ))
            .map_err(sql_error)?;
        let mut writer = BinaryCopyInWriter::new(
            sink,
            &[
                Type::TEXT,
                Type::BYTEA,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::TEXT,
                Type::INT8_ARRAY,
            ],
        );
        for (entity, id, stored) in self.pending.drain(..) {
            let s = &stored.statement;
            let key = id.to_be_bytes();
            let seen = seen_column(&stored.seen);
            let row: [&(dyn ToSql + Sync); 10] = [
                &entity,
                &&key[..],
                &s.dataset,
                &s.schema.name(),
                &s.prop,
                &s.value,
                &s.lang,
                &s.original_value,
                &s.origin,
                &seen,
            ];
            writer.write(&row).map_err(sql_error)?;
        }
        writer.finish().map_err(sql_error)?;
        tx.execute(
            "INSERT INTO vigil_statements SELECT * FROM vigil_stage
             ON CONFLICT (entity_id, statement_id) DO UPDATE SET seen = EXCLUDED.seen",
            &[],
        )
        .map_err(sql_error)?;
        Ok(())
    }

    /// Stream the rows of `sql` (with `params`) to `f`, without holding them all.
    fn each_row(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        f: &mut dyn FnMut(&Row) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        let mut tx = self.tx()?;
        let mut rows = tx
            .query_raw(sql, params.iter().copied())
            .map_err(sql_error)?;
        while let Some(row) = rows.next().map_err(sql_error)? {
            if !f(&row)? {
                break;
            }
        }
        Ok(())
    }
}

/// Seen ranges as the table holds them: pairs flattened.
fn seen_column(seen: &[(u32, u32)]) -> Vec<i64> {
    seen.iter()
        .flat_map(|&(a, b)| [i64::from(a), i64::from(b)])
        .collect()
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("a row of vigil_statements {what}"))
}

/// A statement row, in [`STATEMENT_COLUMNS`] order, with its key.
fn row_statement(row: &Row) -> Result<(String, u128, StoredStatement), StoreError> {
    let get_text = |i: usize| -> Result<String, StoreError> { row.try_get(i).map_err(corrupt) };
    let get_opt =
        |i: usize| -> Result<Option<String>, StoreError> { row.try_get(i).map_err(corrupt) };
    let entity = get_text(0)?;
    let key: &[u8] = row.try_get(1).map_err(corrupt)?;
    let key: [u8; 16] = key.try_into().map_err(|_| {
        corrupt(format!(
            "of {entity} has a statement id of {} bytes",
            key.len()
        ))
    })?;
    let id = u128::from_be_bytes(key);
    let schema_name = get_text(3)?;
    let schema = Schema::from_name(&schema_name).ok_or_else(|| {
        corrupt(format!(
            "of {entity} names an unknown schema {schema_name:?}"
        ))
    })?;
    let flat: Vec<i64> = row.try_get(9).map_err(corrupt)?;
    if !flat.len().is_multiple_of(2) || flat.is_empty() {
        return Err(corrupt(format!("of {entity} has seen ranges {flat:?}")));
    }
    let mut seen = Vec::with_capacity(flat.len() / 2);
    for pair in flat.chunks_exact(2) {
        let a = u32::try_from(pair[0]).map_err(corrupt)?;
        let b = u32::try_from(pair[1]).map_err(corrupt)?;
        seen.push((a, b));
    }
    let statement = Statement {
        entity_id: entity.clone(),
        schema,
        prop: get_text(4)?,
        value: get_text(5)?,
        dataset: get_text(2)?,
        lang: get_opt(6)?,
        original_value: get_opt(7)?,
        origin: get_opt(8)?,
    };
    Ok((entity, id, StoredStatement { statement, seen }))
}

impl KvRead for PgKv<'_> {
    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        let rows = self
            .tx()?
            .query(
                "SELECT info FROM vigil_versions WHERE dataset = $1 ORDER BY seq",
                &[&dataset],
            )
            .map_err(sql_error)?;
        rows.iter()
            .map(|row| {
                let info: serde_json::Value = row.try_get(0).map_err(sql_error)?;
                serde_json::from_value(info).map_err(|e| {
                    StoreError::Corrupt(format!("a version record of {dataset:?}: {e}"))
                })
            })
            .collect()
    }

    fn dataset_names(&self) -> Result<Vec<String>, StoreError> {
        let rows = self
            .tx()?
            .query(
                "SELECT DISTINCT dataset FROM vigil_versions ORDER BY dataset",
                &[],
            )
            .map_err(sql_error)?;
        rows.iter()
            .map(|r| r.try_get(0).map_err(sql_error))
            .collect()
    }

    fn dataset_keys(&self, dataset: &str) -> Result<Vec<(String, u128)>, StoreError> {
        let mut out = Vec::new();
        self.each_row(
            "SELECT entity_id, statement_id FROM vigil_statements WHERE dataset = $1
             ORDER BY entity_id, statement_id",
            &[&dataset],
            &mut |row| {
                let entity: String = row.try_get(0).map_err(corrupt)?;
                let key: &[u8] = row.try_get(1).map_err(corrupt)?;
                let key: [u8; 16] = key
                    .try_into()
                    .map_err(|_| corrupt(format!("of {entity} has a bad statement id")))?;
                out.push((entity, u128::from_be_bytes(key)));
                Ok(true)
            },
        )?;
        Ok(out)
    }

    fn statement(&self, entity: &str, id: u128) -> Result<Option<StoredStatement>, StoreError> {
        let key = id.to_be_bytes();
        let row = self
            .tx()?
            .query_opt(
                &format!(
                    "SELECT {STATEMENT_COLUMNS} FROM vigil_statements
                     WHERE entity_id = $1 AND statement_id = $2"
                ),
                &[&entity, &&key[..]],
            )
            .map_err(sql_error)?;
        row.map(|r| row_statement(&r).map(|(_, _, s)| s))
            .transpose()
    }

    fn entity_statements(&self, entity: &str) -> Result<Vec<StoredStatement>, StoreError> {
        let rows = self
            .tx()?
            .query(
                &format!(
                    "SELECT {STATEMENT_COLUMNS} FROM vigil_statements WHERE entity_id = $1
                     ORDER BY statement_id"
                ),
                &[&entity],
            )
            .map_err(sql_error)?;
        rows.iter()
            .map(|r| row_statement(r).map(|(_, _, s)| s))
            .collect()
    }

    fn each_entity(&self, f: &mut EntityVisitor<'_>) -> Result<(), StoreError> {
        let mut current: Option<String> = None;
        let mut group: Vec<StoredStatement> = Vec::new();
        let mut stopped = false;
        self.each_row(
            &format!(
                "SELECT {STATEMENT_COLUMNS} FROM vigil_statements ORDER BY entity_id, statement_id"
            ),
            &[],
            &mut |row| {
                let (entity, _, stored) = row_statement(row)?;
                if current.as_deref() != Some(entity.as_str()) {
                    if let Some(prev) = current.take() {
                        if !f(&prev, std::mem::take(&mut group))? {
                            stopped = true;
                            return Ok(false);
                        }
                    }
                    current = Some(entity);
                }
                group.push(stored);
                Ok(true)
            },
        )?;
        if let (false, Some(prev)) = (stopped, current) {
            f(&prev, group)?;
        }
        Ok(())
    }

    fn each_dataset_statement(
        &self,
        dataset: &str,
        f: &mut dyn FnMut(&str, u128, StoredStatement) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.each_row(
            &format!(
                "SELECT {STATEMENT_COLUMNS} FROM vigil_statements WHERE dataset = $1
                 ORDER BY entity_id, statement_id"
            ),
            &[&dataset],
            &mut |row| {
                let (entity, id, stored) = row_statement(row)?;
                f(&entity, id, stored)?;
                Ok(true)
            },
        )
    }
}

impl KvWrite for PgKv<'_> {
    fn put_statement(
        &mut self,
        entity: &str,
        id: u128,
        st: &StoredStatement,
    ) -> Result<(), StoreError> {
        self.pending.push((entity.to_string(), id, st.clone()));
        if self.pending.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// The dataset column is indexed: nothing more to record.
    fn index_dataset(
        &mut self,
        _dataset: &str,
        _entity: &str,
        _id: u128,
    ) -> Result<(), StoreError> {
        Ok(())
    }

    fn put_version(&mut self, info: &VersionInfo) -> Result<(), StoreError> {
        // A later load in the same call reads this version's statements: send them first.
        self.flush()?;
        let json = serde_json::to_value(info)
            .map_err(|e| StoreError::Backend(format!("encoding a version record: {e}")))?;
        let seq = i32::try_from(info.seq)
            .map_err(|_| StoreError::Invalid(format!("version number {} too large", info.seq)))?;
        self.tx
            .get_mut()
            .execute(
                "INSERT INTO vigil_versions (dataset, seq, loaded_at, info) VALUES ($1, $2, $3, $4)",
                &[&info.dataset, &seq, &info.loaded_at, &json],
            )
            .map_err(sql_error)?;
        Ok(())
    }
}
