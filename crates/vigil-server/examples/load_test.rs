//! A bounded load test of `/match` on a running server: `load_test URL KEY [SECONDS]
//! [THREADS]`. Each thread posts one-query requests (names varied so no answer is cached)
//! for SECONDS (default 10), then it prints requests per second, latency percentiles and
//! errors. It stops by itself. With `SAMPLES=FILE` it also writes one line per request, the
//! time it was answered (milliseconds since the Unix epoch) and its latency in milliseconds
//! (or `error`), so a script can take the figures for a part of the run, such as the time a
//! list load was running.

use std::io::Write;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The 100 person names `vigil-index`'s screen_bench screens too.
const BENCH_NAMES: &str = include_str!("../../vigil-index/examples/bench_names.txt");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let url = args
        .first()
        .cloned()
        .unwrap_or_else(|| "http://127.0.0.1:8000".into());
    let key = args.get(1).cloned().unwrap_or_default();
    let seconds: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10);
    let threads: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(8);
    let limit: usize = std::env::var("LIMIT")
        .ok()
        .and_then(|l| l.parse().ok())
        .unwrap_or(5);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let (url, key) = (url.clone(), key.clone());
            std::thread::spawn(move || {
                let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(5)).build();
                let mut lat = Vec::new();
                let mut samples: Vec<(u128, Option<f64>)> = Vec::new();
                let mut errors = 0usize;
                let names: Vec<&str> = BENCH_NAMES.lines().collect();
                let mut i = t;
                while Instant::now() < deadline {
                    let name = names[(i + 10 * t) % names.len()];
                    i += 7;
                    let body = format!(
                        "{{\"queries\":{{\"q\":{{\"schema\":\"Person\",\"properties\":{{\"name\":[\"{name}\"]}}}}}}}}"
                    );
                    let t0 = Instant::now();
                    let r = agent
                        .post(&format!("{url}/match/default?limit={limit}"))
                        .set("Authorization", &format!("ApiKey {key}"))
                        .set("Content-Type", "application/json")
                        .send_string(&body);
                    let ok = match r {
                        Ok(resp) => resp.status() == 200 && resp.into_string().is_ok(),
                        Err(_) => false,
                    };
                    let ms = t0.elapsed().as_secs_f64() * 1000.0;
                    let at = SystemTime::now()
                        .duration_since(UNIX_EPOCH)
                        .map(|d| d.as_millis())
                        .unwrap_or(0);
                    if ok {
                        lat.push(ms);
                    } else {
                        errors += 1;
                    }
                    samples.push((at, ok.then_some(ms)));
                }
                (lat, errors, samples)
            })
        })
        .collect();
    let mut lat = Vec::new();
    let mut errors = 0;
    let mut samples = Vec::new();
    for h in handles {
        let (l, e, s) = h.join().expect("thread");
        lat.extend(l);
        errors += e;
        samples.extend(s);
    }
    if let Ok(path) = std::env::var("SAMPLES") {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("SAMPLES file"));
        for (at, ms) in samples {
            match ms {
                Some(ms) => writeln!(out, "{at} {ms:.3}"),
                None => writeln!(out, "{at} error"),
            }
            .expect("write SAMPLES");
        }
    }
    let secs = started.elapsed().as_secs_f64();
    lat.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 - 1.0) * p) as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!(
        "{} requests in {secs:.1} s over {threads} connections: {:.0} requests/s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; errors {errors}",
        lat.len(),
        lat.len() as f64 / secs,
        pct(0.5),
        pct(0.99),
        pct(1.0)
    );
}
