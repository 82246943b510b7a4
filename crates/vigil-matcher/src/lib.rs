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
    score_entity, score_entity_by, score_entity_with, CandidateFacts, EntityScore, Explanation,
    Feature, QueryFacts, Weights,
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
    let queries: Vec<_> = name_variants(query)
        .iter()
        .map(|q| analyze(q, kind))
        .collect();
    let candidates: Vec<_> = name_variants(candidate)
        .iter()
        .map(|c| analyze(c, kind))
        .collect();
    // One writing on each side (most names): that pair is the one explained.
    if let ([q], [c]) = (queries.as_slice(), candidates.as_slice()) {
        return names::compare(q, c);
    }
    // Every pair of variants is scored; only the best is explained (the account's text costs
    // more than the score).
    let mut best: Option<(f32, usize, usize)> = None;
    for (i, q) in queries.iter().enumerate() {
        for (j, c) in candidates.iter().enumerate() {
            let score = names::name_score(q, c);
            if best.is_none_or(|b| score > b.0) {
                best = Some((score, i, j));
            }
        }
    }
    match best {
        Some((_, i, j)) => names::compare(&queries[i], &candidates[j]),
        None => names::compare(&analyze(query, kind), &analyze(candidate, kind)),
    }
}
