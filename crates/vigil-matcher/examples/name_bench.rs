//! Score nomenklatura's name benchmark (cases.csv) and print precision, recall and F1 at a range
//! of thresholds, then the wrong cases at the chosen one.
//! `cargo run --release -p vigil-matcher --example name_bench -- CASES.csv [THRESHOLD]`

use std::time::Instant;

use vigil_matcher::match_names;
use vigil_model::Schema;

/// Timed with the allocator the vigil binary (CLI and server) runs with: scoring allocates a
/// few dozen small strings per pair, and the system allocator's cost would be measured instead.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "../shared/data/names/nomenklatura-name_bench/cases.csv".into());
    let threshold: f32 = args.next().and_then(|t| t.parse().ok()).unwrap_or(0.7);
    let mut reader = csv::Reader::from_path(&path).expect("open cases.csv");
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.expect("row");
        let schema = Schema::from_name(&rec[1]).unwrap_or(Schema::LegalEntity);
        rows.push((
            schema,
            rec[2].to_string(),
            rec[3].to_string(),
            &rec[4] == "true",
            rec[5].to_string(),
            rec[0].to_string(),
        ));
    }
    let start = Instant::now();
    let scored: Vec<(f32, String)> = rows
        .iter()
        .map(|(s, a, b, ..)| {
            let m = match_names(*s, a, b);
            (m.score, m.detail)
        })
        .collect();
    let per_pair = start.elapsed().as_secs_f64() * 1e6 / rows.len() as f64;
    for t in [0.5f32, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85] {
        let (mut tp, mut fp, mut fnn) = (0, 0, 0);
        for ((_, _, _, truth, ..), (score, _)) in rows.iter().zip(&scored) {
            match (*score >= t, *truth) {
                (true, true) => tp += 1,
                (true, false) => fp += 1,
                (false, true) => fnn += 1,
                _ => {}
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fnn).max(1) as f64;
        println!(
            "thr {t:.2}  P {p:.3}  R {r:.3}  F1 {:.3}",
            2.0 * p * r / (p + r).max(1e-9)
        );
    }
    println!(
        "{} pairs, {per_pair:.2} us per pair (analysis of both names included)",
        rows.len()
    );
    // Screening analyses list names once, when the index is built: time the comparison alone.
    let analyzed: Vec<_> = rows
        .iter()
        .map(|(s, a, b, ..)| {
            let k = vigil_matcher::name_kind(*s);
            (
                vigil_normalize::analyze(a, k),
                vigil_normalize::analyze(b, k),
            )
        })
        .collect();
    let rounds = 50;
    let start = Instant::now();
    let mut sink = 0.0f32;
    for _ in 0..rounds {
        for (a, b) in &analyzed {
            sink += vigil_matcher::names::compare(a, b).score;
        }
    }
    let compare_only = start.elapsed().as_secs_f64() * 1e6 / (rounds * rows.len()) as f64;
    let start = Instant::now();
    for _ in 0..rounds {
        for (s, a, b, ..) in &rows {
            sink += match_names(*s, a, b).score;
        }
    }
    let full = start.elapsed().as_secs_f64() * 1e6 / (rounds * rows.len()) as f64;
    println!("one core, {rounds} rounds: {full:.2} us per pair with analysis of both names, {compare_only:.2} us compare only (checksum {sink:.1})");
    for ((schema, a, b, truth, quality, group), (score, detail)) in rows.iter().zip(&scored) {
        if (*score >= threshold) != *truth {
            println!(
                "{} {:6} {:.2} {:?} | {} | {} | {} | {}",
                if *truth { "FN" } else { "FP" },
                quality,
                score,
                schema,
                a,
                b,
                group,
                detail
            );
        }
    }
}
