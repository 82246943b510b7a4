//! Judging tables of name pairs at the default threshold.

use vigil_matcher::{match_names, DEFAULT_THRESHOLD};
use vigil_model::Schema;

/// The pairs of `cases` judged the other way than `matching` says, each with its score and
/// account, one per line; empty when every pair is judged as it should be.
pub fn misjudged(schema: Schema, cases: &[(&str, &str)], matching: bool) -> String {
    let mut wrong = Vec::new();
    for (a, b) in cases {
        let m = match_names(schema, a, b);
        if (m.score >= DEFAULT_THRESHOLD) != matching {
            wrong.push(format!("{a} / {b}: {:.3} ({})", m.score, m.detail));
        }
    }
    wrong.join("\n")
}
