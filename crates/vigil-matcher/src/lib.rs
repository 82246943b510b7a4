//! Name and entity matching that explains itself.
//!
//! [`names::compare`] aligns the parts of two analysed names and scores them; every score comes
//! with the pairs it rests on and a readable account.
//!
//! ```
//! use vigil_matcher::match_names;
//! use vigil_model::Schema;
//!
//! let m = match_names(Schema::Person, "Asadollah Assadi", "ASSADI Assadollah");
//! assert!(m.score > 0.9);
//! let m = match_names(Schema::Person, "Maryam Rajavi", "Massoud Rajavi");
//! assert!(m.score < 0.5, "{}", m.detail);
//! ```

pub mod entity;
pub mod names;
pub mod ofac;

/// The score at or above which two names are called a match unless a request says otherwise.
/// Chosen on nomenklatura's name benchmark (cases.csv): best F1 there (see README).
pub const DEFAULT_THRESHOLD: f32 = 0.8;

use vigil_model::Schema;
use vigil_normalize::{analyze, name_variants, NameKind};

pub use entity::{
    score_entity, score_entity_with, CandidateFacts, EntityScore, Explanation, Feature, QueryFacts,
    Weights,
};
pub use names::NameComparison;

/// How names of entities of a schema are parsed.
pub fn name_kind(schema: Schema) -> NameKind {
    if schema.is_a(Schema::Person) {
        NameKind::Person
    } else if schema.is_a(Schema::LegalEntity) {
        // LegalEntity may be either; organisation rules (legal forms) harm person names less
        // than person rules (initials, honorifics) harm organisation names.
        NameKind::Organization
    } else {
        NameKind::Other
    }
}

/// Compare two names as names of entities of `schema`. A name written as several
/// (`Al-Qa'ida/Islamic Army`, `Maher (a.k.a. Mahir) AL-ASSAD`) is compared variant by variant;
/// the best counts.
pub fn match_names(schema: Schema, query: &str, candidate: &str) -> NameComparison {
    let kind = name_kind(schema);
    let mut best: Option<NameComparison> = None;
    for q in name_variants(query) {
        let aq = analyze(&q, kind);
        for c in name_variants(candidate) {
            let m = names::compare(&aq, &analyze(&c, kind));
            if best.as_ref().is_none_or(|b| m.score > b.score) {
                best = Some(m);
            }
        }
    }
    best.unwrap_or_else(|| names::compare(&analyze(query, kind), &analyze(candidate, kind)))
}
