//! Score vigil's report reading against gold annotations, from a store the reports were
//! ingested into. Run by scripts/eval-reports.sh:
//! `eval_reports --vigil target/release/vigil --db DB [--errors] [--check] GOLD.json...`

#[path = "../tests/gold/mod.rs"]
mod gold;

use std::collections::HashMap;
use std::process::Command;

fn run(vigil: &str, db: &str, args: &[&str]) -> serde_json::Value {
    let out = Command::new(vigil)
        .args(["--db", db])
        .args(args)
        .arg("--json")
        .output()
        .unwrap_or_else(|e| panic!("running {vigil}: {e}"));
    assert!(
        out.status.success(),
        "vigil {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("vigil {args:?}: {e}"))
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let take = |args: &mut Vec<String>, flag: &str| -> Option<String> {
        let i = args.iter().position(|a| a == flag)?;
        args.remove(i);
        (i < args.len()).then(|| args.remove(i))
    };
    let vigil = take(&mut args, "--vigil").unwrap_or_else(|| "target/release/vigil".into());
    let db = take(&mut args, "--db").expect("--db DB");
    let errors = args.iter().any(|a| a == "--errors");
    let check = args.iter().any(|a| a == "--check");
    args.retain(|a| !a.starts_with("--"));
    let mentions = run(&vigil, &db, &["mentions"]);
    let mut texts = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for m in mentions.as_array().into_iter().flatten() {
        let doc = m["doc"].as_str().unwrap_or("").to_string();
        if seen.insert(doc.clone()) {
            let shown = run(&vigil, &db, &["show", &doc]);
            let body = shown["entity"]["properties"]["bodyText"][0]
                .as_str()
                .unwrap_or("")
                .to_string();
            texts.insert(m["file"].as_str().unwrap_or("").to_string(), body);
        }
    }
    let output = gold::Output {
        mentions: mentions.as_array().cloned().unwrap_or_default(),
        claims: run(&vigil, &db, &["claims"])
            .as_array()
            .cloned()
            .unwrap_or_default(),
        discrepancies: run(&vigil, &db, &["discrepancies"])
            .as_array()
            .cloned()
            .unwrap_or_default(),
        texts,
    };
    let mut failed = false;
    for path in &args {
        let g: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}")),
        )
        .unwrap_or_else(|e| panic!("{path}: {e}"));
        match gold::evaluate(&g, &output) {
            Ok(r) => {
                r.print(path);
                if errors {
                    r.print_errors();
                }
                for f in r.failures() {
                    println!("  GOAL NOT MET: {f}");
                    failed = true;
                }
            }
            Err(e) => {
                println!("{path}: {e}");
                failed = true;
            }
        }
    }
    if check && failed {
        std::process::exit(1);
    }
}
