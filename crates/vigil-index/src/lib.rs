//! Screening: candidate retrieval over the store's listed entities, then scoring.
//!
//! [`Index`] is derived from the store and can always be rebuilt from it: every current entity
//! of a screenable schema with its analysed names and qualifying facts, and an inverted index
//! from match keys to entities. Keys per name part: the folded form (`t`), the consonant
//! skeleton (`s`, what Arabic script and its romanisation share), every one-letter deletion of
//! the folded form (`d`, so a one-letter slip still meets its target), and the whole name
//! written together (`j`, SergeiLavrov), whose consonants in every rotation of the parts are
//! skeleton keys too (Arabic script may write a whole name as one word). A query collects, for each of its parts, the rarest key
//! it shares with each entity (inverse document frequency), keeps the best few hundred entities
//! and scores only those with [`vigil_matcher::score_entity`].
//!
//! The index is cached next to the store, stamped with the store's dataset versions; a load of
//! any list makes the stamp stale and the next screening rebuilds it.

mod build;
mod query;

use std::path::Path;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use vigil_model::Schema;
use vigil_normalize::AnalyzedName;

pub use build::{fingerprint, BuildStats};
pub use query::{
    Algorithm, Match, Options, Query, ScoreMemo, MAX_FACT_BYTES, MAX_NAME_BYTES, MAX_QUERY_VALUES,
    OFAC_THRESHOLD,
};

/// Index failures.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Store(#[from] vigil_store::StoreError),
    #[error("index cache {path}: {message}")]
    Cache { path: String, message: String },
}

/// One screenable entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub schema: Schema,
    pub caption: String,
    pub datasets: Vec<String>,
    /// `datasets` as positions in [`Index::datasets`]: a request's dataset filter is tested
    /// on numbers, not names (a store holds dozens of list datasets).
    pub dataset_ids: Vec<u32>,
    pub names: Vec<AnalyzedName>,
    /// Parallel to `names`: weak aliases count for less.
    pub weak: Vec<bool>,
    pub birth_dates: Vec<String>,
    /// ISO 3166-1 alpha-2 codes from nationality, citizenship, country and similar properties.
    pub countries: Vec<String>,
    /// The countries the entity's addresses end in ("..., Moscow, 107031, RU"): where a body
    /// sits, evidence for linking a report's name to it, never a screening qualifier.
    pub address_countries: Vec<String>,
    /// The countries of the birth places the entry gives ("Aleppo, Syria"): where a person
    /// comes from, evidence for linking a report's name to them, never a screening qualifier.
    #[serde(default)]
    pub birth_countries: Vec<String>,
    pub gender: Option<String>,
    /// IMO, passport, registration numbers ... in canonical form.
    pub identifiers: Vec<vigil_model::identifiers::Identifier>,
    pub topics: Vec<String>,
    /// What the list says the person is or was ("head of ... in the city of Sanandaj"): the
    /// `position` property. Evidence for linking a report's description against, never a
    /// screening qualifier.
    pub positions: Vec<String>,
    /// The entities a list ties this one to by a relation (OFAC's "Linked To", a membership,
    /// an employer, a relative ...), by id: evidence for telling two listed namesakes apart by
    /// what a report names beside them, never a screening qualifier. Report-made relations
    /// are left out.
    #[serde(default)]
    pub linked: Vec<String>,
    /// When the entity last changed (RFC 3339 `loaded_at` of the version that last added or
    /// dropped one of its statements); empty if unknown.
    pub changed: String,
}

/// The screening index.
#[derive(Debug, Serialize, Deserialize)]
pub struct Index {
    /// The store state this index was built from (see [`fingerprint`]).
    pub fingerprint: String,
    records: Vec<Record>,
    /// Every dataset a record belongs to, sorted.
    datasets: Vec<String>,
    keys: FxHashMap<Box<str>, Vec<u32>>,
}

/// Bumped when the record layout or the retrieval weights change. Changes to name analysis
/// and keys need no bump: the stamp includes the analysis of a set of probe names.
const LAYOUT: &str = "vigil-index/23";

impl Index {
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// The record of entity `id`, if the index holds it (records are kept in id order).
    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records
            .binary_search_by(|r| r.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.records[i])
    }

    /// Every dataset a record belongs to, sorted.
    pub fn datasets(&self) -> &[String] {
        &self.datasets
    }

    /// Number of distinct keys and of postings, for statistics.
    pub fn key_stats(&self) -> (usize, usize) {
        (self.keys.len(), self.keys.values().map(Vec::len).sum())
    }

    /// Write the index to `path` atomically (a temporary file renamed into place).
    pub fn save(&self, path: &Path) -> Result<(), IndexError> {
        let err = |message: String| IndexError::Cache {
            path: path.display().to_string(),
            message,
        };
        let bytes = postcard::to_allocvec(self).map_err(|e| err(e.to_string()))?;
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, bytes).map_err(|e| err(e.to_string()))?;
        std::fs::rename(&tmp, path).map_err(|e| err(e.to_string()))
    }

    /// Read an index written by [`Index::save`]; `None` when there is none or it is unreadable
    /// (a cache, so the caller rebuilds).
    pub fn load(path: &Path) -> Option<Index> {
        let bytes = std::fs::read(path).ok()?;
        postcard::from_bytes(&bytes).ok()
    }

    /// The cached index for `store` if it is current, else a fresh one (saved to `cache`).
    /// Returns whether it was rebuilt.
    pub fn open(
        store: &dyn vigil_store::Store,
        cache: &Path,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(Index, bool), IndexError> {
        let want = fingerprint(store)?;
        if let Some(index) = Index::load(cache) {
            if index.fingerprint == want {
                return Ok((index, false));
            }
        }
        let (index, _) = Index::build(store, progress)?;
        // A cache that cannot be written only costs the next run a rebuild.
        let _ = index.save(cache);
        Ok((index, true))
    }
}
