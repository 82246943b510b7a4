//! `vigil screen`: one name, or a CSV of them in a streamed batch on all cores.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use vigil_engine::screening::{parse_schema, screen_row, BatchColumns, RowResult};
use vigil_engine::Engine;
use vigil_index::{Index, Options, Query};
use vigil_matcher::DEFAULT_THRESHOLD;
use vigil_model::identifiers::parse_identifier;
use vigil_model::Schema;

#[derive(clap::Args)]
pub struct ScreenArgs {
    /// The name to screen (or use --batch, or give only --identifier).
    #[arg(required_unless_present_any = ["batch", "identifier"])]
    pub name: Option<String>,
    /// An identifier to screen by, with or without a name: `IMO 9179842`, `passport:A1234567`,
    /// `lei:...`; kinds imo, mmsi, passport, national, registration, tax, lei, bic, wallet.
    /// Repeatable.
    #[arg(long)]
    pub identifier: Vec<String>,
    /// Schema of the query: Person, Organization, Company, LegalEntity, Vessel, ...
    #[arg(long, default_value = "LegalEntity")]
    pub schema: String,
    /// Birth date (YYYY, YYYY-MM-DD, 31 Aug 1960, ...); qualifies person matches.
    #[arg(long)]
    pub birth_date: Option<String>,
    /// Country or nationality (name or code).
    #[arg(long)]
    pub country: Vec<String>,
    /// Gender: male or female.
    #[arg(long)]
    pub gender: Option<String>,
    /// Only entities of these datasets.
    #[arg(long)]
    pub dataset: Vec<String>,
    /// Leave out entities in any of these datasets.
    #[arg(long)]
    pub exclude_dataset: Vec<String>,
    /// Only entities with one of these topics (`sanction`, `role.pep`, `crime.terror`, ...).
    #[arg(long)]
    pub topic: Vec<String>,
    /// Only entities a list load changed at or after this date or time (delta screening):
    /// `2026-11-01`, `2026-11-01T08:00:00Z`.
    #[arg(long)]
    pub changed_since: Option<String>,
    /// Score at or above which a result is a match [default: the algorithm's: 0.80 vigil,
    /// 0.85 ofac].
    #[arg(long)]
    pub threshold: Option<f32>,
    /// Results below this score are not shown.
    #[arg(long, default_value_t = 0.5)]
    pub cutoff: f32,
    /// The scorer: vigil (names across scripts, qualifiers, identifiers) or ofac (OFAC's
    /// Sanctions List Search score emulated, names only).
    #[arg(long, default_value = "vigil", value_parser = ["vigil", "ofac"])]
    pub algorithm: String,
    /// Most results per query.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Screen every row of this CSV instead of one name.
    #[arg(long, conflicts_with = "name")]
    pub batch: Option<PathBuf>,
    /// Where batch results go (default: standard output).
    #[arg(long, requires = "batch")]
    pub output: Option<PathBuf>,
    /// Screen only part K of N of the batch, so that N processes (on N machines, over one
    /// shared store) split one file: the rows whose number among the file's rows, counted
    /// from 0, leaves K-1 divided by N. Each writes the header and its rows; together the N
    /// outputs hold every row once.
    #[arg(long, requires = "batch", value_name = "K/N", value_parser = parse_partition)]
    pub partition: Option<Partition>,
    /// Batch column with the name.
    #[arg(long, default_value = "name")]
    pub name_column: String,
    /// Batch column with the FtM schema of each row's name (Person, Company, ...; empty: any).
    #[arg(long, default_value = "schema")]
    pub schema_column: String,
    /// Batch column with a birth date or year (persons).
    #[arg(long, default_value = "birth_date")]
    pub birth_date_column: String,
    /// Batch column with a country name or code (nationality, citizenship, jurisdiction).
    #[arg(long, default_value = "country")]
    pub country_column: String,
    /// Batch column with identifiers (several separated by `;`), as --identifier takes them
    /// [default: identifier, when the file has one].
    #[arg(long)]
    pub identifier_column: Option<String>,
    /// One output row per result instead of one per input row.
    #[arg(long)]
    pub all_results: bool,
    /// Batch: add `exposure_count` and `exposure` columns, the listed entities within this
    /// many hops of each row's match in the network (`vigil exposure` for one name).
    #[arg(long, requires = "batch", conflicts_with = "all_results")]
    pub exposure_hops: Option<usize>,
    /// How many retrieved candidates are scored in full per query.
    #[arg(long, default_value_t = Options::default().candidates)]
    pub candidates: usize,
    /// Skip candidates sharing less than this share of the query's key weight.
    #[arg(long, default_value_t = Options::default().min_share)]
    pub min_share: f32,
    /// Qualifier weights as JSON, any subset: {"birth_date_match", "birth_date_mismatch",
    /// "country_match", "country_mismatch", "gender_mismatch", "weak_alias"}.
    #[arg(long)]
    pub weights: Option<String>,
}

fn options(args: &ScreenArgs) -> Result<Options> {
    let weights = match &args.weights {
        Some(json) => serde_json::from_str(json)
            .with_context(|| format!("--weights: not a weights object: {json}"))?,
        None => vigil_matcher::Weights::default(),
    };
    let (algorithm, default_threshold) = match args.algorithm.as_str() {
        "ofac" => (vigil_index::Algorithm::Ofac, vigil_index::OFAC_THRESHOLD),
        _ => (vigil_index::Algorithm::Vigil, DEFAULT_THRESHOLD),
    };
    let threshold = args.threshold.unwrap_or(default_threshold);
    Ok(Options {
        weights,
        algorithm,
        threshold,
        cutoff: args.cutoff.min(threshold),
        limit: args.limit.max(1),
        datasets: args.dataset.clone(),
        exclude_datasets: args.exclude_dataset.clone(),
        topics: args.topic.clone(),
        changed_since: args.changed_since.clone(),
        candidates: args.candidates.max(1),
        min_share: args.min_share.clamp(0.0, 1.0),
        ..Options::default()
    })
}

pub fn run(engine: &Engine, args: &ScreenArgs, json: bool) -> Result<()> {
    let store = engine.store();
    let schema = parse_schema(&args.schema)?;
    if let Some(t) = args.threshold.filter(|t| !(0.0..=1.0).contains(t)) {
        bail!("--threshold must be between 0 and 1, got {t}");
    }
    if let Some(since) = &args.changed_since {
        if !vigil_model::dates::is_iso_date_or_time(since) {
            bail!("--changed-since {since:?}: give an ISO date or time (2026-11-01, 2026-11-01T08:00:00Z)");
        }
    }
    for t in &args.topic {
        vigil_model::vocab::check("--topic", t, vigil_model::vocab::TOPICS)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    // A misspelt dataset would screen against nothing (or exclude nothing) and look clean.
    let known: Vec<String> = store
        .datasets()
        .context("reading the store")?
        .into_iter()
        .map(|d| d.name)
        .collect();
    for (flag, names) in [
        ("--dataset", &args.dataset),
        ("--exclude-dataset", &args.exclude_dataset),
    ] {
        // An old name (`un-sc`) names the dataset it became (`un_sc_sanctions`).
        if let Some(bad) = names
            .iter()
            .find(|d| !known.contains(&vigil_model::vocab::dataset_name(d)))
        {
            bail!("{flag} {bad:?}: no such dataset (`vigil datasets` lists them)");
        }
    }
    let index = engine.index()?;
    let mut opts = options(args)?;
    if args.dataset.is_empty() {
        // Screening answers against the lists, as `/match/default` does: an entity read from
        // a report is no list hit. Report entities only when asked (`--dataset reports`).
        opts.datasets = known
            .iter()
            .filter(|d| {
                !matches!(
                    d.as_str(),
                    vigil_link::REPORTS_DATASET | vigil_link::JUDGEMENTS_DATASET
                )
            })
            .cloned()
            .collect();
        if opts.datasets.is_empty() {
            bail!("no lists loaded to screen against: load some (`vigil load`), or pass --dataset reports to screen the entities read from reports");
        }
    }
    if let Some(batch) = &args.batch {
        let graph = match args.exposure_hops {
            Some(h) if h == 0 || h > 4 => bail!("--exposure-hops must be 1 to 4"),
            Some(_) => Some(engine.graph()?),
            None => None,
        };
        return run_batch(&index, graph.as_ref(), batch, args, schema, &opts);
    }
    let name = args.name.as_deref().unwrap_or("");
    if name.trim().is_empty() && args.identifier.is_empty() {
        bail!("the name to screen is empty, and no --identifier is given");
    }
    let query = Query {
        schema,
        names: Some(name)
            .filter(|n| !n.trim().is_empty())
            .map(str::to_string)
            .into_iter()
            .collect(),
        birth_dates: args.birth_date.iter().cloned().collect(),
        countries: args.country.clone(),
        gender: args.gender.clone(),
        identifiers: args
            .identifier
            .iter()
            .map(|i| parse_identifier(i))
            .collect(),
    };
    query.check_strict().map_err(|e| anyhow::anyhow!("{e}"))?;
    let results = index.screen(&query, &opts);
    if json {
        return crate::print_json(
            &serde_json::json!({ "query": query, "threshold": opts.threshold, "results": results }),
        );
    }
    if results.is_empty() {
        let asked = if name.trim().is_empty() {
            args.identifier.join(", ")
        } else {
            name.to_string()
        };
        let name = asked.as_str();
        let shown: String = name.chars().take(80).collect();
        let more = if name.chars().count() > 80 { "..." } else { "" };
        println!(
            "no result at or above {:.2} for {shown:?}{more} among {} entities",
            opts.cutoff,
            index.len()
        );
    }
    for m in &results {
        println!(
            "{} {:.3} {} [{}] {} ({})",
            if m.is_match { "MATCH" } else { "     " },
            m.score,
            m.id,
            m.schema,
            m.caption,
            m.datasets.join(", ")
        );
        if m.matched_name != m.caption {
            println!("        as {:?}", m.matched_name);
        }
        let words: Vec<String> = m
            .explanation
            .iter()
            .map(|(feature, f)| vigil_engine::screening::in_words(feature, f.score))
            .collect();
        println!("        why: {}", words.join("; "));
        for (feature, f) in &m.explanation {
            println!("        {feature:10} {:+.3}  {}", f.score, f.detail);
        }
    }
    Ok(())
}

const RESULT_COLUMNS: [&str; 6] = [
    "match",
    "top_score",
    "top_id",
    "top_name",
    "top_dataset",
    "error",
];
const ALL_COLUMNS: [&str; 8] = [
    "rank",
    "match",
    "score",
    "id",
    "name",
    "dataset",
    "explanation",
    "error",
];

/// Part K of N of a batch (1 ≤ K ≤ N).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    pub part: u64,
    pub parts: u64,
}

impl Partition {
    /// Whether the row numbered `row` (from 0 among the file's rows) is this part's.
    pub fn takes(&self, row: u64) -> bool {
        row % self.parts == self.part - 1
    }
}

fn parse_partition(s: &str) -> Result<Partition, String> {
    let bad = || format!("{s:?}: write K/N, part K of N, with 1 <= K <= N (e.g. 2/4)");
    let (k, n) = s.split_once('/').ok_or_else(bad)?;
    let (part, parts): (u64, u64) = (
        k.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if part == 0 || parts == 0 || part > parts {
        return Err(bad());
    }
    Ok(Partition { part, parts })
}

fn run_batch(
    index: &Index,
    graph: Option<&vigil_graph::Graph>,
    input: &Path,
    args: &ScreenArgs,
    default_schema: Schema,
    opts: &Options,
) -> Result<()> {
    let file =
        std::fs::File::open(input).with_context(|| format!("opening {}", input.display()))?;
    let total_bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut rows = vigil_ingest::batch::BatchRows::new(std::io::BufReader::new(file));
    let headers = rows
        .headers()
        .map_err(|e| anyhow::anyhow!("{}: reading the header: {e}", input.display()))?;
    let col = |name: &str| headers.iter().position(|h| h == name);
    let name_col = col(&args.name_column).with_context(|| {
        format!(
            "{}: no column {:?} (columns: {}); name it with --name-column",
            input.display(),
            args.name_column,
            shown_columns(&headers)
        )
    })?;
    let identifier = match &args.identifier_column {
        Some(c) => Some(col(c).with_context(|| {
            format!(
                "{}: no column {c:?} (columns: {})",
                input.display(),
                shown_columns(&headers)
            )
        })?),
        None => col("identifier"),
    };
    let columns = BatchColumns {
        name: name_col,
        schema: col(&args.schema_column),
        birth_date: col(&args.birth_date_column),
        country: col(&args.country_column),
        identifier,
    };
    let exposure_of = graph.zip(args.exposure_hops);
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(sink));
    let mut out_headers = headers.clone();
    let extra: &[&str] = if args.all_results {
        &ALL_COLUMNS
    } else {
        &RESULT_COLUMNS
    };
    for h in extra {
        out_headers.push_field(h);
    }
    if graph.is_some() {
        out_headers.push_field("exposure_count");
        out_headers.push_field("exposure");
    }
    writer.write_record(&out_headers)?;

    let pb = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("screening [{bar:30}] {bytes}/{total_bytes} {msg} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let started = Instant::now();
    let mut rows_done = 0u64;
    let mut matched = 0u64;
    // Rows go through in chunks: memory stays flat however long the file, and each chunk is
    // screened on every core.
    const CHUNK: usize = 4096;
    let mut chunk: Vec<(u64, Result<csv::StringRecord, String>)> = Vec::with_capacity(CHUNK);
    let mut unreadable = 0u64;
    // Rows read, this part's or not (a partition counts every row the file has).
    let mut row_number = 0u64;
    loop {
        chunk.clear();
        while let Some(row) = rows.next_row() {
            row_number += 1;
            if args.partition.is_some_and(|p| !p.takes(row_number - 1)) {
                continue;
            }
            unreadable += u64::from(row.1.is_err());
            chunk.push(row);
            if chunk.len() == CHUNK {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let outcomes: Vec<RowResult> = chunk
            .par_iter()
            .map(|(line, rec)| match rec {
                Ok(r) => screen_row(index, exposure_of, *line, r, columns, default_schema, opts),
                Err(e) => RowResult::Failed(format!("line {line}: {e}")),
            })
            .collect();
        for ((_, rec), outcome) in chunk.iter().zip(outcomes) {
            let mut base: Vec<String> = match rec {
                Ok(r) => r.iter().map(str::to_string).collect(),
                Err(_) => Vec::new(),
            };
            base.resize(headers.len(), String::new());
            write_rows(
                &mut writer,
                base,
                outcome,
                args.all_results,
                graph.is_some(),
                &mut matched,
            )?;
            rows_done += 1;
        }
        pb.set_position(rows.byte());
        pb.set_message(format!("{rows_done} rows, {matched} matched"));
    }
    writer.flush()?;
    pb.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    let part = args
        .partition
        .map(|p| format!(" (part {} of {} of {row_number} rows)", p.part, p.parts))
        .unwrap_or_default();
    eprintln!(
        "vigil: screened {rows_done} rows{part} in {secs:.1}s ({:.0} rows/s), {matched} with a match at {:.2}",
        rows_done as f64 / secs.max(1e-9),
        opts.threshold
    );
    if unreadable > 0 {
        bail!(
            "{}: {unreadable} row(s) could not be read as CSV; each has its error in the error column, the other rows were screened",
            input.display()
        );
    }
    Ok(())
}

/// The header's columns for an error message: at most 20, each cut short, so a hostile
/// million-column header gives a line, not megabytes.
fn shown_columns(headers: &csv::StringRecord) -> String {
    let mut shown: Vec<String> = headers
        .iter()
        .take(20)
        .map(|h| {
            if h.chars().count() > 40 {
                format!("{}...", h.chars().take(40).collect::<String>())
            } else {
                h.to_string()
            }
        })
        .collect();
    if headers.len() > 20 {
        shown.push(format!("and {} more", headers.len() - 20));
    }
    shown.join(",")
}

fn write_rows<W: Write>(
    writer: &mut csv::Writer<W>,
    base: Vec<String>,
    outcome: RowResult,
    all: bool,
    exposure_columns: bool,
    matched: &mut u64,
) -> Result<()> {
    match outcome {
        RowResult::Failed(e) => {
            let mut row = base;
            let blanks = if all {
                ALL_COLUMNS.len() - 1
            } else {
                RESULT_COLUMNS.len() - 1
            };
            row.extend(std::iter::repeat_n(String::new(), blanks));
            row.push(e);
            if exposure_columns {
                row.extend([String::new(), String::new()]);
            }
            writer.write_record(&row)?;
        }
        RowResult::Done(results, exposed, note) => {
            let note = note.unwrap_or_default();
            if results.first().is_some_and(|m| m.is_match) {
                *matched += 1;
            }
            if !all {
                let mut row = base;
                match results.first() {
                    Some(m) => row.extend([
                        m.is_match.to_string(),
                        format!("{:.4}", m.score),
                        m.id.clone(),
                        m.caption.clone(),
                        m.datasets.join(";"),
                        note.clone(),
                    ]),
                    None => row.extend([
                        "false".to_string(),
                        String::new(),
                        String::new(),
                        String::new(),
                        String::new(),
                        note.clone(),
                    ]),
                }
                if let Some((count, names)) = exposed {
                    row.extend([count.to_string(), names]);
                }
                writer.write_record(&row)?;
            } else if results.is_empty() {
                let mut row = base;
                row.extend(std::iter::repeat_n(String::new(), ALL_COLUMNS.len() - 1));
                row.push(note.clone());
                writer.write_record(&row)?;
            } else {
                for (rank, m) in results.iter().enumerate() {
                    let mut row = base.clone();
                    let explanation = m
                        .explanation
                        .iter()
                        .map(|(k, f)| format!("{k} {:+.2}: {}", f.score, f.detail))
                        .collect::<Vec<_>>()
                        .join(" | ");
                    row.extend([
                        (rank + 1).to_string(),
                        m.is_match.to_string(),
                        format!("{:.4}", m.score),
                        m.id.clone(),
                        m.caption.clone(),
                        m.datasets.join(";"),
                        explanation,
                        note.clone(),
                    ]);
                    writer.write_record(&row)?;
                }
            }
        }
    }
    Ok(())
}

#[derive(clap::Args)]
pub struct IndexArgs {
    /// Rebuild even when the cached index is current.
    #[arg(long)]
    pub rebuild: bool,
    /// Measure retrieval recall against exhaustive scoring on the names of this CSV.
    #[arg(long)]
    pub recall: Option<PathBuf>,
    #[arg(long, default_value = "name")]
    pub name_column: String,
    #[arg(long, default_value = "Person")]
    pub schema: String,
    /// Use at most this many rows of the recall file.
    #[arg(long, default_value_t = 2000)]
    pub rows: usize,
    /// With --recall: print every pair exhaustive scoring finds and retrieval misses.
    #[arg(long, requires = "recall")]
    pub show_misses: bool,
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f32,
    /// Candidates scored per query by retrieval (as `screen --candidates`).
    #[arg(long, default_value_t = Options::default().candidates)]
    pub candidates: usize,
    /// As `screen --min-share`.
    #[arg(long, default_value_t = Options::default().min_share)]
    pub min_share: f32,
}

pub fn index_command(engine: &Engine, args: &IndexArgs, json: bool) -> Result<()> {
    let cache = engine.dir().join("index.bin");
    if args.rebuild {
        let _ = std::fs::remove_file(&cache);
    }
    let started = Instant::now();
    let index = engine.index()?;
    let open_secs = started.elapsed().as_secs_f64();
    let (keys, postings) = index.key_stats();
    let names: usize = index.records().iter().map(|r| r.names.len()).sum();
    let mut report = serde_json::json!({
        "entities": index.len(), "names": names, "keys": keys, "postings": postings,
        "open_seconds": open_secs, "cache": cache.display().to_string(),
    });
    if let Some(file) = &args.recall {
        let schema = parse_schema(&args.schema)?;
        let mut reader =
            csv::Reader::from_path(file).with_context(|| format!("opening {}", file.display()))?;
        let headers = reader.headers()?.clone();
        let col = headers
            .iter()
            .position(|h| h == args.name_column)
            .with_context(|| format!("no column {:?}", args.name_column))?;
        let names: Vec<String> = reader
            .records()
            .filter_map(|r| r.ok().and_then(|r| r.get(col).map(str::to_string)))
            .filter(|n| !n.trim().is_empty())
            .take(args.rows)
            .collect();
        let opts = Options {
            threshold: args.threshold,
            cutoff: args.threshold,
            limit: usize::MAX,
            candidates: args.candidates.max(1),
            min_share: args.min_share.clamp(0.0, 1.0),
            ..Options::default()
        };
        let t = Instant::now();
        let counts: Vec<(usize, usize, Vec<String>)> = names
            .par_iter()
            .map(|n| {
                let q = Query::name(schema, n);
                let truth = index.screen_exhaustive(&q, &opts);
                let got = index.screen(&q, &opts);
                let missed: Vec<String> = truth
                    .iter()
                    .filter(|m| !got.iter().any(|g| g.id == m.id))
                    .map(|m| format!("{n:?} -> {:?} ({}, {:.2})", m.matched_name, m.id, m.score))
                    .collect();
                (truth.len(), truth.len() - missed.len(), missed)
            })
            .collect();
        if args.show_misses {
            for (_, _, missed) in &counts {
                for m in missed {
                    eprintln!("missed: {m}");
                }
            }
        }
        let (expected, found): (usize, usize) =
            counts.iter().fold((0, 0), |a, c| (a.0 + c.0, a.1 + c.1));
        let recall = if expected == 0 {
            1.0
        } else {
            found as f64 / expected as f64
        };
        report["recall"] = serde_json::json!({
            "queries": names.len(), "pairs_above_threshold_exhaustive": expected, "found_by_retrieval": found,
            "recall": recall, "seconds": t.elapsed().as_secs_f64(),
        });
    }
    if json {
        return crate::print_json(&report);
    }
    println!(
        "{} entities, {} names, {} keys, {} postings; opened in {:.2}s ({})",
        index.len(),
        names,
        keys,
        postings,
        open_secs,
        cache.display()
    );
    if let Some(r) = report.get("recall") {
        println!(
            "retrieval recall: {} of {} pairs above {:.2} found by exhaustive scoring = {:.4} ({} queries, {:.1}s)",
            r["found_by_retrieval"], r["pairs_above_threshold_exhaustive"], args.threshold, r["recall"].as_f64().unwrap_or(0.0), r["queries"], r["seconds"].as_f64().unwrap_or(0.0)
        );
    }
    Ok(())
}
