//! What goes in and out of a store.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use vigil_model::Statement;

/// The end of a seen-range that is still open: the statement is in the dataset's latest version.
pub const OPEN: u32 = u32::MAX;

/// A file that a dataset version was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
}

/// A request to record a new version of a dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionRequest {
    pub dataset: String,
    /// A label for the version, usually the list's publication date.
    pub version: String,
    /// The loader that read it (`ofac-csv`, `un-xml`, ...).
    pub format: String,
    pub files: Vec<SourceFile>,
    /// Hash over the source files: an identical re-load is recognised and changes nothing.
    pub content_hash: String,
    /// When the load ran (RFC 3339).
    pub loaded_at: String,
    /// Whether the version replaces the dataset's content (lists) or adds to it (reports).
    #[serde(default)]
    pub mode: LoadMode,
}

/// How a version relates to the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LoadMode {
    /// The version is the dataset's whole content: what it lacks is no longer asserted (a list).
    #[default]
    Replace,
    /// The version adds statements and removes none (a collection of reports, one at a time).
    /// An append that adds nothing is recognised as unchanged and writes nothing.
    Append,
}

/// One recorded version of a dataset, with what it held and what changed against the previous one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub dataset: String,
    /// 1 for the first version loaded, then 2, 3, ...
    pub seq: u32,
    /// The label `diff` and `versions` name it by: the list's publication date when the file
    /// gives one (or `--version` does), else `load-YYYY-MM-DD` (the day vigil loaded it); a
    /// label taken already gets `+seq`.
    pub version: String,
    /// The list's publication date, when the file or `--version` gives one: never the load
    /// date, which is `loaded_at`.
    #[serde(default)]
    pub published: Option<String>,
    pub format: String,
    pub files: Vec<SourceFile>,
    pub content_hash: String,
    pub loaded_at: String,
    pub entities: u64,
    pub statements: u64,
    pub by_schema: BTreeMap<String, u64>,
    pub statements_added: u64,
    pub statements_removed: u64,
    pub entities_added: u64,
    pub entities_removed: u64,
    pub entities_changed: u64,
}

/// The publication date a version label states (`2024-05-03`, `2024-05-03+3`), if it is one:
/// `load-2026-11-30` and free labels state none.
pub fn published_of(label: &str) -> Option<String> {
    let base = label.split('+').next().unwrap_or("");
    vigil_model::dates::is_iso_date_or_time(base).then(|| base.to_string())
}

impl VersionInfo {
    /// What this version changed, in words: "2,054 entities added, 17,195 removed, 7,471
    /// changed (41,542 statements added, 94,284 removed)".
    pub fn change_summary(&self) -> String {
        fn n(x: u64) -> String {
            let digits = x.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push(',');
                }
                out.push(c);
            }
            out
        }
        format!(
            "{} entities added, {} removed, {} changed ({} statements added, {} removed)",
            n(self.entities_added),
            n(self.entities_removed),
            n(self.entities_changed),
            n(self.statements_added),
            n(self.statements_removed)
        )
    }
}

/// What a load did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadOutcome {
    /// True when the content was identical to the latest version: nothing was written.
    pub unchanged: bool,
    pub version: VersionInfo,
}

/// A dataset with its latest version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetInfo {
    pub name: String,
    pub versions: u32,
    pub latest: VersionInfo,
}

/// A statement as stored: the fact plus the versions of its dataset that carried it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredStatement {
    pub statement: Statement,
    /// Inclusive ranges of version seqs; the last end is [`OPEN`] while the statement is current.
    pub seen: Vec<(u32, u32)>,
}

impl StoredStatement {
    /// Whether the statement was in version `seq` of its dataset (`latest` resolves [`OPEN`]).
    pub fn seen_in(&self, seq: u32) -> bool {
        self.seen.iter().any(|&(a, b)| a <= seq && seq <= b)
    }

    pub fn is_current(&self) -> bool {
        self.seen.last().is_some_and(|&(_, b)| b == OPEN)
    }
}

/// When an entity was first and last loaded and when a load last changed it: the `loaded_at`
/// times (RFC 3339) of the versions concerned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitySeen {
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub last_change: Option<String>,
}

/// A statement for display: the fact, with first and last seen as version labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementRecord {
    #[serde(flatten)]
    pub statement: Statement,
    pub first_seen: String,
    pub last_seen: String,
    /// Whether the latest version of the dataset still asserts it.
    pub current: bool,
}

/// One entity's changes between two versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityChange {
    pub id: String,
    pub schema: String,
    pub caption: String,
    /// `(property, value)` pairs present in `to` but not in `from`.
    pub added: Vec<(String, String)>,
    pub removed: Vec<(String, String)>,
}

/// Differences between two versions of one dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diff {
    pub dataset: String,
    pub from: String,
    pub to: String,
    pub added: Vec<EntityChange>,
    pub removed: Vec<EntityChange>,
    pub changed: Vec<EntityChange>,
}
