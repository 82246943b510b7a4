//! vigil's data model: FollowTheMoney-compatible schemata, statements with provenance, entities.
//!
//! Everything vigil knows is a [`Statement`]: one value of one property of one entity, asserted by
//! one dataset. An [`Entity`] is assembled from the statements that share its id. This crate does
//! no IO and cannot fail on its input.
//!
//! ```
//! use vigil_model::{Entity, Schema, Statement};
//!
//! let s = Statement::new("ofac-306", Schema::Organization, "alias", "BNC", "ofac-sdn");
//! let entity = Entity::from_statements([&s]).unwrap();
//! assert_eq!(entity.values("alias"), ["BNC"]);
//! assert!(Schema::Company.is_a(Schema::LegalEntity));
//! ```

mod capitals;
mod countries;
mod countries_table;
pub mod dates;
mod entity;
pub mod identifiers;
pub mod markup;
mod schema;
mod statement;
pub mod vocab;

pub use capitals::country_of_capital;
pub use countries::{country_code, country_code_of_word, country_words};
pub use entity::{entity_statements, Entity};
pub use schema::{PropDef, PropType, Schema, SchemaDef};
pub use statement::{statement_id, Statement, StatementId};

/// Make an id fragment safe and stable: lower-case ASCII letters and digits, runs of anything
/// else collapsed to one `-`. Used for ids derived from names or reference numbers.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A short stable hash of text, for ids of things the source gives no id for.
pub fn short_hash(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn slug_is_stable() {
        assert_eq!(super::slug("QDi.025 "), "qdi-025");
        assert_eq!(super::slug("--A  b--"), "a-b");
    }
}

/// Entity-level fields of an FtM line (OpenSanctions' `referents`, `first_seen`,
/// `last_change`), kept by the FtM loader as statements of these reserved property names so
/// they carry their dataset's provenance; FtM exports lift them back to the top level.
pub mod ftm_fields {
    pub const REFERENTS: &str = "referents";
    pub const FIRST_SEEN: &str = "first_seen";
    pub const LAST_CHANGE: &str = "last_change";
    /// Every reserved name.
    pub const ALL: [&str; 3] = [REFERENTS, FIRST_SEEN, LAST_CHANGE];
}
