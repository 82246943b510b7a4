//! `vigil match-pairs`: score labelled or unlabelled name pairs from a CSV, for evaluation.
//! Reads `schema,name1,name2` (other columns pass through) and adds `score`, `match`,
//! `explanation` and `error`; a bad row gets its error in that column, never a panic and
//! never a silently dropped row.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use vigil_matcher::{match_names, DEFAULT_THRESHOLD};
use vigil_model::Schema;

#[derive(clap::Args)]
pub struct PairsArgs {
    /// Input CSV with a header row and the columns schema, name1, name2.
    #[arg(long)]
    pub input: PathBuf,
    /// Output CSV (default: standard output).
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Score at or above which `match` is true.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f32,
}

pub fn run(args: &PairsArgs) -> Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&args.input)
        .with_context(|| format!("opening {}", args.input.display()))?;
    let headers = reader
        .headers()
        .with_context(|| format!("{}: reading the header", args.input.display()))?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(cs), Some(c1), Some(c2)) = (col("schema"), col("name1"), col("name2")) else {
        bail!(
            "{}: needs the columns schema, name1 and name2; found {}",
            args.input.display(),
            headers.iter().collect::<Vec<_>>().join(",")
        );
    };
    let sink: Box<dyn std::io::Write> = match &args.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = csv::Writer::from_writer(sink);
    let mut out_headers = headers.clone();
    for extra in ["score", "match", "explanation", "error"] {
        out_headers.push_field(extra);
    }
    writer.write_record(&out_headers)?;
    let (mut pairs, mut matched_pairs, mut errors) = (0u64, 0u64, 0u64);
    for (i, rec) in reader.records().enumerate() {
        let line = i + 2;
        let mut row: Vec<String> = Vec::with_capacity(headers.len() + 4);
        let (score, matched, explanation, error) = match rec {
            Err(e) => {
                row.resize(headers.len(), String::new());
                (
                    String::new(),
                    String::new(),
                    String::new(),
                    format!("line {line}: unreadable row: {e}"),
                )
            }
            Ok(rec) => {
                row.extend(rec.iter().map(str::to_string));
                row.resize(headers.len(), String::new());
                let get = |c: usize| rec.get(c).unwrap_or("").trim();
                match (Schema::from_name(get(cs)), get(c1), get(c2)) {
                    (None, ..) => (
                        String::new(),
                        String::new(),
                        String::new(),
                        format!("line {line}: unknown schema {:?}", get(cs)),
                    ),
                    (_, "", _) | (_, _, "") => (
                        String::new(),
                        String::new(),
                        String::new(),
                        format!("line {line}: empty name"),
                    ),
                    (Some(schema), a, b) => {
                        let m = match_names(schema, a, b);
                        (
                            format!("{:.4}", m.score),
                            (m.score >= args.threshold).to_string(),
                            m.detail,
                            String::new(),
                        )
                    }
                }
            }
        };
        pairs += 1;
        matched_pairs += u64::from(matched == "true");
        errors += u64::from(!error.is_empty());
        row.extend([score, matched, explanation, error]);
        writer.write_record(&row)?;
    }
    writer.flush()?;
    // Written to a file, the run says what it did (on standard output the rows say it).
    if let Some(p) = &args.output {
        eprintln!(
            "vigil: scored {pairs} pairs ({matched_pairs} match at {}, {errors} with an error) into {}",
            args.threshold,
            p.display()
        );
    }
    Ok(())
}
