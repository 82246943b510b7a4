//! The KV interface of `vigil_store::kv` over one PostgreSQL transaction, so versioning, diffs
//! and entity assembly are the very code the embedded store runs.

use std::cell::RefCell;
use std::collections::HashMap;

use postgres::binary_copy::BinaryCopyInWriter;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{ToSql, Type};
use postgres::{GenericClient, Row, Statement as Prepared};
use vigil_model::{Schema, Statement};
use vigil_store::kv::{EntityVisitor, KvRead, KvWrite};
use vigil_store::{StoreError, StoredStatement, VersionInfo};

use crate::schema::STATEMENT_COLUMNS;
use crate::sql_error;

/// Statements written are gathered and sent with `COPY` in batches this size: a load of a
/// whole list is a few round trips, and memory stays bounded.
const FLUSH_AT: usize = 20_000;

/// One connection, or one transaction on it, seen as the KV interface. Reads take `&self` in
/// the interface, and a query needs the client mutably: the cell gives it, one query at a time.
/// Each query is prepared once a connection (`prepared`) and then sent in one round trip.
pub(crate) struct PgKv<'a, C: GenericClient> {
    client: RefCell<Session<'a, C>>,
    pending: Vec<(String, u128, StoredStatement)>,
}

struct Session<'a, C> {
    client: &'a mut C,
    prepared: &'a mut HashMap<String, Prepared>,
}

impl<C: GenericClient> Session<'_, C> {
    fn prepared(&mut self, sql: &str) -> Result<Prepared, StoreError> {
        if let Some(p) = self.prepared.get(sql) {
            return Ok(p.clone());
        }
        let p = self.client.prepare(sql).map_err(sql_error)?;
        self.prepared.insert(sql.to_string(), p.clone());
        Ok(p)
    }

    fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>, StoreError> {
        let p = self.prepared(sql)?;
        self.client.query(&p, params).map_err(sql_error)
    }
}

impl<'a, C: GenericClient> PgKv<'a, C> {
    pub(crate) fn new(
        client: &'a mut C,
        prepared: &'a mut HashMap<String, Prepared>,
    ) -> PgKv<'a, C> {
        PgKv {
            client: RefCell::new(Session { client, prepared }),
            pending: Vec::new(),
        }
    }

    /// Send everything written so far.
    pub(crate) fn finish(mut self) -> Result<(), StoreError> {
        self.flush()
    }

    fn session(&self) -> Result<std::cell::RefMut<'_, Session<'a, C>>, StoreError> {
        self.client.try_borrow_mut().map_err(|_| {
            StoreError::Backend("a store read was started inside another one's visitor".into())
        })
    }

    /// Run one query (prepared once a connection).
    pub(crate) fn query(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>, StoreError> {
        self.session()?.query(sql, params)
    }

    /// Send the gathered statements: `COPY` into a staging table, then one upsert (a statement
    /// written again only gets its seen ranges replaced).
    fn flush(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let tx = &mut *self.client.get_mut().client;
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

    /// One entity as it stands, with when it was first and last loaded and last changed, in
    /// one query.
    pub(crate) fn entity_seen(
        &self,
        id: &str,
    ) -> Result<Option<(vigil_model::Entity, vigil_store::EntitySeen)>, StoreError> {
        let columns = STATEMENT_COLUMNS
            .split(", ")
            .map(|c| format!("s.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = self.query(
            &format!(
                "SELECT {columns}, v.seqs, v.loaded FROM vigil_statements s
                 LEFT JOIN LATERAL (
                     SELECT array_agg(seq ORDER BY seq) AS seqs,
                            array_agg(loaded_at ORDER BY seq) AS loaded
                     FROM vigil_versions WHERE dataset = s.dataset
                 ) v ON true
                 WHERE s.entity_id = $1 ORDER BY s.statement_id"
            ),
            &[&id],
        )?;
        let mut statements = Vec::with_capacity(rows.len());
        let mut loaded: HashMap<String, Vec<String>> = HashMap::new();
        for row in &rows {
            let (_, _, stored) = row_statement(row)?;
            if !loaded.contains_key(&stored.statement.dataset) {
                let seqs: Option<Vec<i32>> = row.try_get(10).map_err(corrupt)?;
                let times: Option<Vec<String>> = row.try_get(11).map_err(corrupt)?;
                let mut versions = Vec::new();
                for (seq, time) in seqs
                    .unwrap_or_default()
                    .into_iter()
                    .zip(times.unwrap_or_default())
                {
                    versions.push((u32::try_from(seq).map_err(corrupt)?, time));
                }
                loaded.insert(
                    stored.statement.dataset.clone(),
                    vigil_store::kv::loaded_by_seq(versions),
                );
            }
            statements.push(stored);
        }
        let seen = vigil_store::kv::seen_of(&statements, &loaded);
        Ok(vigil_store::kv::current_of(statements, None).map(|e| (e, seen)))
    }

    /// The records of journal `kind` after number `after`, in order, to `f` until it says stop.
    pub(crate) fn each_record(
        &self,
        kind: &str,
        after: i64,
        f: &mut dyn FnMut(u64, serde_json::Value) -> bool,
    ) -> Result<(), StoreError> {
        self.each_row(
            "SELECT seq, body FROM vigil_records WHERE kind = $1 AND seq > $2 ORDER BY seq",
            &[&kind, &after],
            &mut |row| {
                let n: i64 = row.try_get(0).map_err(sql_error)?;
                let body: serde_json::Value = row.try_get(1).map_err(sql_error)?;
                Ok(f(u64::try_from(n).unwrap_or(0), body))
            },
        )
    }

    /// Stream the rows of `sql` (with `params`) to `f`, without holding them all.
    fn each_row(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        f: &mut dyn FnMut(&Row) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        let mut session = self.session()?;
        let prepared = session.prepared(sql)?;
        let mut rows = session
            .client
            .query_raw(&prepared, params.iter().copied())
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

impl<C: GenericClient> KvRead for PgKv<'_, C> {
    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        let rows = self.query(
            "SELECT info FROM vigil_versions WHERE dataset = $1 ORDER BY seq",
            &[&dataset],
        )?;
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
        let rows = self.query(
            "SELECT DISTINCT dataset FROM vigil_versions ORDER BY dataset",
            &[],
        )?;
        rows.iter()
            .map(|r| r.try_get(0).map_err(sql_error))
            .collect()
    }

    fn statement(&self, entity: &str, id: u128) -> Result<Option<StoredStatement>, StoreError> {
        let key = id.to_be_bytes();
        let rows = self.query(
            &format!(
                "SELECT {STATEMENT_COLUMNS} FROM vigil_statements
                 WHERE entity_id = $1 AND statement_id = $2"
            ),
            &[&entity, &&key[..]],
        )?;
        rows.first()
            .map(|r| row_statement(r).map(|(_, _, s)| s))
            .transpose()
    }

    fn entity_statements(&self, entity: &str) -> Result<Vec<StoredStatement>, StoreError> {
        let rows = self.query(
            &format!(
                "SELECT {STATEMENT_COLUMNS} FROM vigil_statements WHERE entity_id = $1
                 ORDER BY statement_id"
            ),
            &[&entity],
        )?;
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
        f: &mut dyn FnMut(&str, u128, StoredStatement) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        self.each_row(
            &format!(
                "SELECT {STATEMENT_COLUMNS} FROM vigil_statements WHERE dataset = $1
                 ORDER BY entity_id, statement_id"
            ),
            &[&dataset],
            &mut |row| {
                let (entity, id, stored) = row_statement(row)?;
                f(&entity, id, stored)
            },
        )
    }
}

impl<C: GenericClient> KvWrite for PgKv<'_, C> {
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
    fn index_dataset(&mut self, _dataset: &str, _entity: &str) -> Result<(), StoreError> {
        Ok(())
    }

    fn put_version(&mut self, info: &VersionInfo) -> Result<(), StoreError> {
        // A later load in the same call reads this version's statements: send them first.
        self.flush()?;
        let json = serde_json::to_value(info)
            .map_err(|e| StoreError::Backend(format!("encoding a version record: {e}")))?;
        let seq = i32::try_from(info.seq)
            .map_err(|_| StoreError::Invalid(format!("version number {} too large", info.seq)))?;
        self.client
            .get_mut()
            .client
            .execute(
                "INSERT INTO vigil_versions (dataset, seq, loaded_at, info) VALUES ($1, $2, $3, $4)",
                &[&info.dataset, &seq, &info.loaded_at, &json],
            )
            .map_err(sql_error)?;
        Ok(())
    }
}
