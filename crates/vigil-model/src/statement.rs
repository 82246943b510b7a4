//! Statements: one value of one property of one entity, as asserted by one dataset.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::Schema;

/// A stable 128-bit statement id: the hash of what the statement says and who says it.
///
/// Where it came from inside the file (`origin`) is left out on purpose: the same fact on a
/// different line of next month's file is the same statement, only seen again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StatementId(pub u128);

impl fmt::Display for StatementId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

/// One fact with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub entity_id: String,
    pub schema: Schema,
    pub prop: String,
    pub value: String,
    /// The dataset that asserts it (`ofac-sdn`, `un-sc`, a report collection, ...).
    pub dataset: String,
    /// ISO 639 language or script hint of the value, where the source gives one.
    pub lang: Option<String>,
    /// The value as the source wrote it, when `value` is a cleaned form (a date, a country).
    pub original_value: Option<String>,
    /// Where in the source: `file:line` for lists, `doc:sentence:start-end` for reports.
    pub origin: Option<String>,
}

impl Statement {
    /// A statement with no language, original value or origin.
    pub fn new(
        entity_id: impl Into<String>,
        schema: Schema,
        prop: impl Into<String>,
        value: impl Into<String>,
        dataset: impl Into<String>,
    ) -> Statement {
        Statement {
            entity_id: entity_id.into(),
            schema,
            prop: prop.into(),
            value: value.into(),
            dataset: dataset.into(),
            lang: None,
            original_value: None,
            origin: None,
        }
    }

    /// The content id (see [`StatementId`]).
    pub fn id(&self) -> StatementId {
        statement_id(
            &self.dataset,
            &self.entity_id,
            self.schema,
            &self.prop,
            &self.value,
            self.lang.as_deref(),
        )
    }
}

/// Hash the identifying fields of a statement. Fields are separated by a byte that cannot
/// occur in UTF-8 text, so `("ab", "c")` and `("a", "bc")` differ.
pub fn statement_id(
    dataset: &str,
    entity_id: &str,
    schema: Schema,
    prop: &str,
    value: &str,
    lang: Option<&str>,
) -> StatementId {
    let mut buf =
        Vec::with_capacity(dataset.len() + entity_id.len() + prop.len() + value.len() + 32);
    for part in [
        dataset,
        entity_id,
        schema.name(),
        prop,
        value,
        lang.unwrap_or(""),
    ] {
        buf.extend_from_slice(part.as_bytes());
        buf.push(0xff);
    }
    StatementId(xxhash_rust::xxh3::xxh3_128(&buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_ignores_origin_but_not_content() {
        let mut a = Statement::new("ofac-1", Schema::Person, "name", "X", "ofac-sdn");
        let mut b = a.clone();
        b.origin = Some("sdn.csv:40".into());
        assert_eq!(a.id(), b.id());
        a.value = "Y".into();
        assert_ne!(a.id(), b.id());
    }

    #[test]
    fn field_boundaries_matter() {
        let a = statement_id("d", "ab", Schema::Person, "name", "c", None);
        let b = statement_id("d", "a", Schema::Person, "name", "bc", None);
        assert_ne!(a, b);
    }

    #[test]
    fn id_is_stable_across_builds() {
        // Ids are stored on disk: a change of hash function would orphan every store.
        let id = statement_id(
            "ofac-sdn",
            "ofac-306",
            Schema::Organization,
            "alias",
            "BNC",
            None,
        );
        assert_eq!(id.to_string(), format!("{:032x}", id.0));
        assert_eq!(
            id,
            statement_id(
                "ofac-sdn",
                "ofac-306",
                Schema::Organization,
                "alias",
                "BNC",
                None
            )
        );
    }
}
