//! The store's journals as typed records: what watching, feeds and webhooks keep of what users
//! and workflows did (see `Store::append_records`).

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{Engine, Result, ResultExt};

impl Engine {
    /// Every record of journal `kind`, in order; one that does not read as a `T` is an error
    /// naming its number.
    pub(crate) fn read_journal<T: DeserializeOwned>(&self, kind: &str) -> Result<Vec<T>> {
        Ok(self.read_journal_to(kind)?.0)
    }

    /// [`Engine::read_journal`], with the number of the last record (0: none), for a
    /// conditional append of what is decided from it.
    pub(crate) fn read_journal_to<T: DeserializeOwned>(&self, kind: &str) -> Result<(Vec<T>, u64)> {
        let mut out = Vec::new();
        let mut last = 0;
        let mut bad: Option<String> = None;
        self.store()
            .each_record(kind, 0, &mut |n, v| match serde_json::from_value(v) {
                Ok(r) => {
                    out.push(r);
                    last = n;
                    true
                }
                Err(e) => {
                    bad = Some(format!(
                        "record {n} of the {kind} journal is unreadable: {e}"
                    ));
                    false
                }
            })
            .with_ctx(|| format!("reading the {kind} journal"))?;
        match bad {
            Some(b) => Err(b).with_ctx(|| format!("reading the {kind} journal")),
            None => Ok((out, last)),
        }
    }

    /// Append records to journal `kind`, all or none.
    pub(crate) fn append_journal<T: Serialize>(&self, kind: &str, records: &[T]) -> Result<()> {
        self.append_journal_after(kind, None, records)
    }

    /// Append records to journal `kind` only if its last record is still number `expected`
    /// (when given); a conflict is `EngineError::Store(StoreError::Conflict)`, for the caller to
    /// read the journal again and decide again.
    pub(crate) fn append_journal_after<T: Serialize>(
        &self,
        kind: &str,
        expected: Option<u64>,
        records: &[T],
    ) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let values = records
            .iter()
            .map(serde_json::to_value)
            .collect::<std::result::Result<Vec<_>, _>>()
            .with_ctx(|| format!("writing the {kind} journal"))?;
        match self.store().append_records_checked(kind, expected, &values) {
            Err(e @ vigil_store::StoreError::Conflict { .. }) => Err(e.into()),
            other => other.with_ctx(|| format!("writing the {kind} journal (nothing was written)")),
        }
    }
}
