//! Read-only commands: datasets, versions, stats, show, diff, export.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use serde::Serialize;
use vigil_store::{EntityChange, Store};

use crate::print_json;

pub fn datasets(store: &dyn Store, json: bool) -> Result<()> {
    let ds = store.datasets()?;
    if json {
        return print_json(&ds);
    }
    if ds.is_empty() {
        println!("no datasets; load some with `vigil load FILE` or `vigil load --bundled`");
    }
    for d in ds {
        let l = &d.latest;
        println!(
            "{:28} {:14} {:>3} version(s) {:>7} entities {:>8} statements  {}  {}",
            d.name,
            l.version,
            d.versions,
            l.entities,
            l.statements,
            l.format,
            three_dates(l)
        );
    }
    Ok(())
}

/// A version's dates in words: the list's publication date (or that the file gives none) and
/// when vigil loaded it. An entity's listing date is the authority's, on its Sanction.
fn three_dates(v: &vigil_store::VersionInfo) -> String {
    let loaded = v
        .loaded_at
        .get(..16)
        .unwrap_or(&v.loaded_at)
        .replace('T', " ");
    match &v.published {
        Some(p) => format!("published {p}, loaded {loaded} UTC"),
        None => format!("publication date not in the file, loaded {loaded} UTC"),
    }
}

pub fn versions(store: &dyn Store, dataset: &str, json: bool) -> Result<()> {
    let vs = store.versions(dataset)?;
    if vs.is_empty() {
        bail!("no dataset named {dataset:?}; `vigil datasets` lists them");
    }
    if json {
        return print_json(&vs);
    }
    for v in vs {
        println!(
            "#{:<3} {:14} {:>7} entities {:>8} statements  {}  {}",
            v.seq,
            v.version,
            v.entities,
            v.statements,
            v.change_summary(),
            three_dates(&v)
        );
    }
    Ok(())
}

#[derive(Serialize)]
struct DatasetStats {
    name: String,
    version: String,
    entities: u64,
    statements: u64,
    by_schema: BTreeMap<String, u64>,
}

#[derive(Serialize)]
struct Stats {
    datasets: Vec<DatasetStats>,
    /// Sum over datasets (an entity two datasets describe counts in each).
    entities: u64,
    statements: u64,
}

pub fn stats(store: &dyn Store, json: bool) -> Result<()> {
    let datasets: Vec<DatasetStats> = store
        .datasets()?
        .into_iter()
        .map(|d| DatasetStats {
            name: d.name,
            version: d.latest.version,
            entities: d.latest.entities,
            statements: d.latest.statements,
            by_schema: d.latest.by_schema,
        })
        .collect();
    let stats = Stats {
        entities: datasets.iter().map(|d| d.entities).sum(),
        statements: datasets.iter().map(|d| d.statements).sum(),
        datasets,
    };
    if json {
        return print_json(&stats);
    }
    for d in &stats.datasets {
        let schemas: Vec<String> = d
            .by_schema
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        println!(
            "{:28} {:14} {:>7} entities {:>8} statements  {}",
            d.name,
            d.version,
            d.entities,
            d.statements,
            schemas.join(", ")
        );
    }
    println!(
        "{:28} {:14} {:>7} entities {:>8} statements",
        "total", "", stats.entities, stats.statements
    );
    Ok(())
}

pub fn show(
    store: &dyn Store,
    graph: Option<&vigil_graph::Graph>,
    id: &str,
    history: bool,
    json: bool,
) -> Result<()> {
    let mut records = store.entity(id)?;
    // Ids are lower case; one typed as a list prints it (`eu-oj-32001R2580-...`) is one.
    let lower = id.to_lowercase();
    let id = if records.is_empty() && lower != id {
        records = store.entity(&lower)?;
        lower.as_str()
    } else {
        id
    };
    if records.is_empty() {
        bail!("no entity with id {id:?}");
    }
    if !history {
        records.retain(|r| r.current);
    }
    let entity = store.current_entity(id)?;
    // The authority's listing date, the list version's publication date and the load date,
    // each said for what it is.
    let listings = vigil_engine::network::listings(store, graph, id)
        .map_err(|e| anyhow::anyhow!(e.chain()))?;
    if json {
        #[derive(Serialize)]
        struct Out<'a> {
            entity: Option<serde_json::Value>,
            listings: &'a [vigil_engine::network::Listing],
            statements: &'a [vigil_store::StatementRecord],
        }
        return print_json(&Out {
            entity: entity.map(|e| e.to_ftm_json()),
            listings: &listings,
            statements: &records,
        });
    }
    match &entity {
        Some(e) => println!("{} [{}] {}", e.id, e.schema, e.caption()),
        None => println!("{id}: no dataset carries this entity any more (shown with --history)"),
    }
    for l in &listings {
        println!("  {}", l.describe());
    }
    for r in &records {
        let s = &r.statement;
        let mark = if r.current { ' ' } else { '-' };
        let orig = s
            .original_value
            .as_deref()
            .map(|o| format!("  (source: {o})"))
            .unwrap_or_default();
        println!(
            "{mark} {:18} {}{orig}\n      {} {} .. {}  {}",
            s.prop,
            s.value,
            s.dataset,
            r.first_seen,
            r.last_seen,
            s.origin.as_deref().unwrap_or("")
        );
    }
    Ok(())
}

pub fn diff(
    store: &dyn Store,
    dataset: &str,
    from: Option<&str>,
    to: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<()> {
    let d = store.diff(dataset, from, to)?;
    if json {
        return print_json(&d);
    }
    let from_label = if d.from.is_empty() {
        "(nothing)"
    } else {
        d.from.as_str()
    };
    println!(
        "{}: {} -> {}: {} added, {} removed, {} changed",
        d.dataset,
        from_label,
        d.to,
        d.added.len(),
        d.removed.len(),
        d.changed.len()
    );
    let section = |title: &str, items: &[EntityChange], detail: bool| {
        if items.is_empty() {
            return;
        }
        println!("\n{title}:");
        let n = if limit == 0 {
            items.len()
        } else {
            limit.min(items.len())
        };
        for c in &items[..n] {
            println!("  {} [{}] {}", c.id, c.schema, c.caption);
            if detail {
                for (p, v) in &c.removed {
                    println!("      - {p}: {v}");
                }
                for (p, v) in &c.added {
                    println!("      + {p}: {v}");
                }
            }
        }
        if n < items.len() {
            println!(
                "  ... and {} more (--limit 0 for all, --json for details)",
                items.len() - n
            );
        }
    };
    section("added", &d.added, false);
    section("removed", &d.removed, false);
    section("changed", &d.changed, true);
    Ok(())
}

#[derive(clap::Args)]
pub struct ExportArgs {
    /// Output format: ftm (FollowTheMoney JSON lines), statements (FtM's statements CSV),
    /// graphml or cytoscape (the network).
    #[arg(long, default_value = "ftm")]
    pub format: String,
    /// For graph formats: only the neighbourhood of this entity (id or name).
    #[arg(long)]
    pub entity: Option<String>,
    /// For graph formats with --entity: how many hops.
    #[arg(long, default_value_t = 2)]
    pub hops: usize,
    /// Only entities of this dataset.
    #[arg(long)]
    pub dataset: Option<String>,
    /// Write to a file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn export(store: &dyn Store, args: &ExportArgs) -> Result<()> {
    use vigil_engine::export::{export, is_closed_pipe, ExportFormat};
    let format = match args.format.as_str() {
        "ftm" => ExportFormat::Ftm,
        "statements" => ExportFormat::Statements,
        other => {
            bail!("unknown export format {other:?}; supported: ftm, statements, graphml, cytoscape")
        }
    };
    if let Some(ds) = &args.dataset {
        if store.versions(ds)?.is_empty() {
            bail!("no dataset named {ds:?}; `vigil datasets` lists them");
        }
    }
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    let count = match export(store, format, args.dataset.as_deref(), &mut out) {
        Ok(n) => n,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if is_closed_pipe(&e) => return Ok(()),
        Err(e) => return Err(anyhow::anyhow!(e.chain())),
    };
    if args.output.is_some() {
        let what = match format {
            ExportFormat::Ftm => "entities",
            ExportFormat::Statements => "statements",
        };
        eprintln!("exported {count} {what}");
    }
    Ok(())
}
