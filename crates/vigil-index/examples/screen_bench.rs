//! Screening speed on one core, without HTTP: the load test's 100 person names screened
//! against a cached index, ROUNDS times, with five results each and, as the server's
//! `/match/default`, only list datasets admitted (not `reports` or `judgements`).
//! `cargo run --release -p vigil-index --example screen_bench -- DB_DIR/index.bin [ROUNDS]`
//! With `DUMP=names.txt` it instead prints every result (query, id, score, matched name) for
//! the names in that file, one per line: the same output before and after a speed change
//! shows the change kept the answers.

use std::time::Instant;

/// 100 person names, shared with `vigil-server`'s load test.
const BENCH_NAMES: &str = include_str!("bench_names.txt");

use vigil_index::{Index, Options, Query};
use vigil_model::Schema;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: screen_bench INDEX.bin [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let index = Index::load(std::path::Path::new(&path)).expect("a readable index cache");
    if let Ok(file) = std::env::var("DUMP") {
        let text = std::fs::read_to_string(&file).expect("names file");
        for name in text.lines().filter(|l| !l.trim().is_empty()) {
            let q = Query::name(Schema::Person, name);
            for m in index.screen(&q, &Options::default()) {
                println!("{name}\t{}\t{:.4}\t{}", m.id, m.score, m.matched_name);
            }
        }
        return;
    }
    // NAMES=FILE: time these names (one per line) instead of the bench names.
    let own = std::env::var("NAMES")
        .ok()
        .map(|f| std::fs::read_to_string(f).expect("names file"));
    let queries: Vec<Query> = own
        .as_deref()
        .unwrap_or(BENCH_NAMES)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|n| Query::name(Schema::Person, n))
        .collect();
    let o = Options {
        limit: 5,
        datasets: index
            .datasets()
            .iter()
            .filter(|d| !matches!(d.as_str(), "reports" | "judgements"))
            .cloned()
            .collect(),
        ..Options::default()
    };
    let start = Instant::now();
    let mut results = 0usize;
    for _ in 0..rounds {
        for q in &queries {
            results += index.screen(q, &o).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = rounds * queries.len();
    println!(
        "{n} queries over {} entities: {:.0} queries/s on one core, {:.3} ms each, {results} results",
        index.len(),
        n as f64 / secs,
        secs * 1000.0 / n as f64
    );
}
