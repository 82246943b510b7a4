//! A bounded load test of `/match` on a running server: `load_test URL KEY [SECONDS]
//! [THREADS]`. Each thread posts one-query requests (names varied so no answer is cached)
//! for SECONDS (default 10), then it prints requests per second, latency percentiles and
//! errors. It stops by itself. With `SAMPLES=FILE` it also writes one line per request, the
//! time it was answered (milliseconds since the Unix epoch) and its latency in milliseconds
//! (or `error`), so a script can take the figures for a part of the run, such as the time a
//! list load was running.
//!
//! With `ATTACKERS=N` it also runs N attacker connections beside the clients, each sending
//! what `ATTACK` names, as fast as answers come: `long-name` (default), a `/match` body with
//! one name of a megabyte (refused, 422); or `heavy`, the largest query that is accepted
//! (100 queries of 20 names of 500 bytes). Their answers are counted by status, apart from
//! the clients' figures, which stay those of the normal requests.

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
    let attackers: usize = std::env::var("ATTACKERS")
        .ok()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0);
    let attack = std::env::var("ATTACK").unwrap_or_else(|_| "long-name".into());
    let attack_body = match attack.as_str() {
        "heavy" => {
            let word = |i: usize| format!("Name{i:04}x");
            let name: String = (0..45).map(word).collect::<Vec<_>>().join(" ");
            let names: Vec<String> = (0..20).map(|j| format!("{name} {j}")).collect();
            let queries: serde_json::Map<String, serde_json::Value> = (0..100)
                .map(|q| {
                    (
                        format!("q{q}"),
                        serde_json::json!({"schema": "Person", "properties": {"name": names}}),
                    )
                })
                .collect();
            serde_json::json!({ "queries": queries }).to_string()
        }
        _ => serde_json::json!({"queries": {"q": {"schema": "Person",
            "properties": {"name": ["x".repeat(1_000_000)]}}}})
        .to_string(),
    };
    let attack_handles: Vec<_> = (0..attackers)
        .map(|_| {
            let (url, key, body) = (url.clone(), key.clone(), attack_body.clone());
            std::thread::spawn(move || {
                let agent = ureq::AgentBuilder::new()
                    .timeout(Duration::from_secs(60))
                    .build();
                let mut statuses: std::collections::BTreeMap<String, usize> = Default::default();
                while Instant::now() < deadline {
                    let r = agent
                        .post(&format!("{url}/match/default"))
                        .set("Authorization", &format!("ApiKey {key}"))
                        .set("Content-Type", "application/json")
                        .send_string(&body);
                    let status = match r {
                        Ok(resp) => resp.status().to_string(),
                        Err(ureq::Error::Status(code, _)) => code.to_string(),
                        Err(_) => "error".into(),
                    };
                    *statuses.entry(status).or_default() += 1;
                }
                statuses
            })
        })
        .collect();
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
    let mut attacked: std::collections::BTreeMap<String, usize> = Default::default();
    for h in attack_handles {
        for (k, v) in h.join().expect("attacker") {
            *attacked.entry(k).or_default() += v;
        }
    }
    if attackers > 0 {
        println!("{attackers} attackers ({attack}): answers by status {attacked:?}");
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
