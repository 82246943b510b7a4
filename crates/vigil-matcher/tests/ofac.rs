//! `algorithm=ofac` against scores OFAC's Sanctions List Search gave: the parity fixture
//! nomenklatura captured from the public tool (`../shared/data/names/nomenklatura-ofac`).
//! Prints the mean absolute error and the share within 5 points; skips where the shared data
//! is absent.

/// A note that shows in `cargo test`'s output even when the test passes: libtest keeps what
/// `eprintln!` prints for failures only, not what is written to stderr directly.
macro_rules! note {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::Path;

#[test]
fn scores_track_ofac_s_own_tool() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/names/nomenklatura-ofac/ofac_fixtures.csv");
    if !path.exists() {
        note!("skipped: {} is absent", path.display());
        return;
    }
    let mut reader = csv::Reader::from_path(&path).expect("fixture");
    let mut errors = Vec::new();
    let mut worst = Vec::new();
    let mut unlisted = Vec::new();
    for row in reader.records() {
        let row = row.expect("row");
        let (query, result) = (&row[0], &row[1]);
        let ofac: f64 = row[2].parse().expect("score");
        let ours = vigil_matcher::ofac::name_score(query, result) * 100.0;
        // -1: the tool did not list the entry at all (no score to compare).
        if ofac < 0.0 {
            unlisted.push(format!("{query} / {result}: ours {ours:.1}"));
            continue;
        }
        let err = (ours - ofac).abs();
        errors.push(err);
        if err > 5.0 {
            worst.push(format!("{query} / {result}: OFAC {ofac}, ours {ours:.1}"));
        }
    }
    let n = errors.len() as f64;
    let mae = errors.iter().sum::<f64>() / n;
    let within = errors.iter().filter(|e| **e <= 5.0).count() as f64 / n;
    note!(
        "ofac parity: {} scored pairs, mean absolute error {mae:.2} points, {:.1}% within 5 points\n{}\n{} pairs the tool did not list: {}",
        errors.len(),
        within * 100.0,
        worst.join("\n"),
        unlisted.len(),
        unlisted.join("; ")
    );
    assert!(errors.len() > 150, "the fixture has its rows");
    assert!(within >= 0.90, "{:.1}% within 5 points", within * 100.0);
    assert!(mae <= 3.0, "mean absolute error {mae:.2}");
}
