//! `vigil links`, `vigil path`, `vigil exposure`, `vigil timeline` and the graph exports:
//! the network derived from every relation in the store, each edge with its evidence (dataset
//! and version for lists; document, sentence and asserter for reports).

use std::io::Write;

use anyhow::{bail, Result};
use vigil_engine::network::EdgeOut;
use vigil_engine::Engine;
use vigil_graph::{Filter, SourceKind};

fn print_edge(e: &EdgeOut, indent: &str) {
    println!(
        "{indent}{} —{}{}→ {}{}",
        e.from_caption,
        e.relation,
        e.role
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default(),
        e.to_caption,
        e.start
            .as_deref()
            .map(|s| format!(", from {s}"))
            .unwrap_or_default()
    );
    for ev in &e.evidence {
        match ev.source.as_str() {
            "list" => println!(
                "{indent}    {} version {}",
                ev.dataset,
                ev.version.as_deref().unwrap_or("?")
            ),
            _ => println!(
                "{indent}    {} [{}]{}: {}",
                ev.file.as_deref().unwrap_or("?"),
                ev.span.as_deref().unwrap_or("?"),
                ev.asserted_by
                    .as_deref()
                    .map(|a| format!(" (asserted by {a})"))
                    .unwrap_or_default(),
                ev.sentence.as_deref().unwrap_or("")
            ),
        }
    }
}

#[derive(clap::Args)]
pub struct FilterArgs {
    /// Only these relations (schema names or roles/claim kinds, comma-separated):
    /// UnknownLink,Membership,Employment,Family,involved,arrest,...
    #[arg(long, value_delimiter = ',')]
    pub relation: Vec<String>,
    /// Only edges from these sources: list, report (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub source: Vec<String>,
}

impl FilterArgs {
    pub fn filter(&self, graph: &vigil_graph::Graph) -> Result<Filter> {
        for r in &self.relation {
            graph
                .check_relation(r)
                .map_err(|e| anyhow::anyhow!("--relation {e}"))?;
        }
        let mut sources = Vec::new();
        for s in &self.source {
            sources.push(match s.as_str() {
                "list" | "lists" => SourceKind::List,
                "report" | "reports" => SourceKind::Report,
                other => bail!("--source {other:?}: expected list or report"),
            });
        }
        Ok(Filter {
            relations: self.relation.iter().map(|r| r.to_lowercase()).collect(),
            sources,
        })
    }
}

#[derive(clap::Args)]
pub struct LinksArgs {
    /// An entity id, or a name (screened; the best match is used and named).
    pub entity: String,
    #[arg(long, default_value_t = 1)]
    pub hops: usize,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Edges followed per node at most (a cut is reported).
    #[arg(long, default_value_t = 500)]
    pub limit: usize,
}

pub fn links(engine: &Engine, args: &LinksArgs, json: bool) -> Result<()> {
    if args.hops == 0 || args.hops > 6 {
        bail!("--hops must be 1 to 6");
    }
    let g = engine.graph()?;
    let filter = args.filter.filter(&g)?;
    let vigil_engine::network::Links {
        resolved,
        nodes,
        edges,
        cut,
    } = engine.links(&g, &args.entity, args.hops, &filter, args.limit)?;
    if json {
        return crate::print_json(&serde_json::json!({
            "entity": resolved,
            "hops": args.hops,
            "nodes": nodes,
            "edges": edges,
            "cut": cut,
        }));
    }
    println!("{} ({}) — {}", resolved.caption, resolved.id, resolved.how);
    println!(
        "{} entities within {} hop(s), {} edges",
        nodes.len() - 1,
        args.hops,
        edges.len()
    );
    for e in &edges {
        print_edge(e, "  ");
    }
    for c in &cut {
        println!(
            "note: {} has {} edges; only {} were followed (raise --limit)",
            c.id, c.edges, c.followed
        );
    }
    Ok(())
}

#[derive(clap::Args)]
pub struct PathArgs {
    pub from: String,
    pub to: String,
    #[arg(long, default_value_t = 6)]
    pub max_hops: usize,
    /// Shortest paths shown at most.
    #[arg(long, default_value_t = 5)]
    pub paths: usize,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn path(engine: &Engine, args: &PathArgs, json: bool) -> Result<()> {
    let g = engine.graph()?;
    let filter = args.filter.filter(&g)?;
    let vigil_engine::network::Paths {
        from: ra,
        to: rb,
        paths: out,
    } = engine.paths(&g, &args.from, &args.to, args.max_hops, &filter, args.paths)?;
    if json {
        return crate::print_json(&serde_json::json!({
            "from": ra, "to": rb, "paths": out,
        }));
    }
    println!("from {} ({}) — {}", ra.caption, ra.id, ra.how);
    println!("to   {} ({}) — {}", rb.caption, rb.id, rb.how);
    if out.is_empty() {
        println!("no path within {} hops", args.max_hops);
    }
    for (i, p) in out.iter().enumerate() {
        println!("path {} ({} hops):", i + 1, p.len());
        for e in p {
            print_edge(e, "  ");
        }
    }
    Ok(())
}

#[derive(clap::Args)]
pub struct ExposureArgs {
    /// The name to screen (or an entity id).
    pub name: String,
    /// How many links away listed entities are looked for.
    #[arg(long, default_value_t = 2)]
    pub hops: usize,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Most links followed from one entity (a hub's beyond this are left, and said so).
    #[arg(long, default_value_t = 500)]
    pub limit: usize,
    /// Listed entities printed under each first step (all with --json).
    #[arg(long, default_value_t = 10)]
    pub show: usize,
}

pub fn exposure(engine: &Engine, args: &ExposureArgs, json: bool) -> Result<()> {
    let g = engine.graph()?;
    let filter = args.filter.filter(&g)?;
    let vigil_engine::network::Exposure {
        start,
        resolved,
        found,
        cut,
    } = engine.exposure(&g, &args.name, args.hops, &filter, args.limit)?;
    if json {
        return crate::print_json(&serde_json::json!({
            "entity": resolved,
            "start_listed": g.nodes[start as usize].listed,
            "hops": args.hops,
            "listed": found,
        }));
    }
    println!("{} ({}) — {}", resolved.caption, resolved.id, resolved.how);
    if g.nodes[start as usize].listed {
        println!(
            "  itself listed: {}",
            g.nodes[start as usize].datasets.join(", ")
        );
    }
    println!(
        "{} listed entities within {} hop(s)",
        found.len(),
        args.hops
    );
    // Grouped by the first step of their path: 64 entries reached through one ministry are one
    // heading and a line each, not 64 copies of the same first hop.
    let step = |s: &serde_json::Value| {
        format!(
            "{} —{}→ {}",
            s["from_caption"].as_str().unwrap_or(""),
            s["relation"].as_str().unwrap_or(""),
            s["to_caption"].as_str().unwrap_or("")
        )
    };
    let mut groups: Vec<(String, Vec<&serde_json::Value>)> = Vec::new();
    for f in &found {
        let first = f["path"].get(0).map(step).unwrap_or_default();
        match groups.iter_mut().find(|(k, _)| *k == first) {
            Some((_, v)) => v.push(f),
            None => groups.push((first, vec![f])),
        }
    }
    let shown = args.show.max(1);
    for (first, members) in &groups {
        println!("through {first}: {} listed", members.len());
        for f in members.iter().take(shown) {
            let datasets = f["datasets"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|d| d.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            let rest: Vec<String> = f["path"]
                .as_array()
                .map(|p| p.iter().skip(1).map(step).collect())
                .unwrap_or_default();
            println!(
                "  {} ({datasets}) at {} hop(s){}",
                f["caption"].as_str().unwrap_or(""),
                f["hops"],
                if rest.is_empty() {
                    String::new()
                } else {
                    format!(": {}", rest.join("; "))
                }
            );
        }
        if members.len() > shown {
            println!(
                "  ... and {} more (--show {} for all, --json for paths and evidence)",
                members.len() - shown,
                members.len()
            );
        }
    }
    for c in &cut {
        println!(
            "note: {} has {} edges; only {} were followed (raise --limit)",
            c.id, c.edges, c.followed
        );
    }
    Ok(())
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    /// Only entries about this entity (id or name).
    #[arg(long)]
    pub entity: Option<String>,
    /// From this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date.
    #[arg(long)]
    pub to: Option<String>,
    /// Only these kinds (listed, version, arrest, plot, ...; comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
}

pub fn timeline(engine: &Engine, args: &TimelineArgs, json: bool) -> Result<()> {
    for d in [&args.from, &args.to].into_iter().flatten() {
        if vigil_model::dates::parse_calendar_date(d).is_none() {
            bail!("not a date: {d:?} (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
    for k in &args.kind {
        vigil_model::vocab::check("--kind", k, &vigil_model::vocab::TIMELINE_KINDS)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let g = engine.graph()?;
    let (node, timeline) = engine.timeline(
        &g,
        args.entity.as_deref(),
        args.from.as_deref(),
        args.to.as_deref(),
        &args.kind,
    )?;
    let rows = timeline.entries;
    if json {
        return crate::print_json(&serde_json::json!({
            "entity": node, "entries": rows,
        }));
    }
    if let Some(r) = &node {
        println!("{} ({}) — {}", r.caption, r.id, r.how);
    }
    for r in &rows {
        println!(
            "{:<10} {:<9} {}{}  [{}]",
            r["date"].as_str().unwrap_or(""),
            r["kind"].as_str().unwrap_or(""),
            r["summary"].as_str().unwrap_or(""),
            r["place"]
                .as_str()
                .map(|p| format!(", in {p}"))
                .unwrap_or_default(),
            r["file"].as_str().or(r["origin"].as_str()).unwrap_or("")
        );
    }
    println!("{} entries", rows.len());
    Ok(())
}

/// GraphML or Cytoscape JSON of the whole graph or a neighbourhood.
pub fn export_graph(
    engine: &Engine,
    format: &str,
    entity: Option<&str>,
    hops: usize,
    out: &mut dyn Write,
) -> Result<usize> {
    let g = engine.graph()?;
    let (nodes, edges): (Vec<u32>, Vec<u32>) = match entity {
        Some(e) => {
            let (start, _) = engine.resolve(&g, e)?;
            let n = g.neighbourhood(start, hops, &Filter::default(), usize::MAX);
            (n.nodes.iter().map(|x| x.0).collect(), n.edges)
        }
        None => (
            (0..g.nodes.len() as u32).collect(),
            (0..g.edges.len() as u32).collect(),
        ),
    };
    match format {
        "graphml" => {
            writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
            writeln!(
                out,
                r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
            )?;
            for (k, on) in [
                ("caption", "node"),
                ("schema", "node"),
                ("datasets", "node"),
                ("listed", "node"),
                ("relation", "edge"),
                ("role", "edge"),
                ("source", "edge"),
                ("evidence", "edge"),
            ] {
                writeln!(
                    out,
                    r#"  <key id="{k}" for="{on}" attr.name="{k}" attr.type="string"/>"#
                )?;
            }
            writeln!(out, r#"  <graph id="vigil" edgedefault="directed">"#)?;
            for &n in &nodes {
                let x = &g.nodes[n as usize];
                writeln!(
                    out,
                    r#"    <node id="{}"><data key="caption">{}</data><data key="schema">{}</data><data key="datasets">{}</data><data key="listed">{}</data></node>"#,
                    xml(&x.id),
                    xml(&x.caption),
                    xml(&x.schema),
                    xml(&x.datasets.join(",")),
                    x.listed
                )?;
            }
            for &e in &edges {
                let x = &g.edges[e as usize];
                writeln!(
                    out,
                    r#"    <edge id="{}" source="{}" target="{}"><data key="relation">{}</data><data key="role">{}</data><data key="source">{}</data><data key="evidence">{}</data></edge>"#,
                    xml(&format!("{}#{}-{}", x.entity, x.a, x.b)),
                    xml(&g.nodes[x.a as usize].id),
                    xml(&g.nodes[x.b as usize].id),
                    xml(&x.relation),
                    xml(x.role.as_deref().unwrap_or("")),
                    x.source.as_str(),
                    xml(x.document.as_deref().unwrap_or(&x.datasets.join(",")))
                )?;
            }
            writeln!(out, "  </graph>\n</graphml>")?;
        }
        "cytoscape" => {
            let elements: Vec<serde_json::Value> = nodes
                .iter()
                .map(|&n| {
                    let x = &g.nodes[n as usize];
                    serde_json::json!({"group": "nodes", "data": {
                        "id": x.id, "label": x.caption, "schema": x.schema,
                        "datasets": x.datasets, "listed": x.listed}})
                })
                .chain(edges.iter().map(|&e| {
                    let x = &g.edges[e as usize];
                    serde_json::json!({"group": "edges", "data": {
                        "id": format!("{}#{}-{}", x.entity, x.a, x.b),
                        "source": g.nodes[x.a as usize].id, "target": g.nodes[x.b as usize].id,
                        "relation": x.relation, "role": x.role, "source_kind": x.source.as_str(),
                        "entity": x.entity, "document": x.document, "datasets": x.datasets}})
                }))
                .collect();
            serde_json::to_writer(&mut *out, &serde_json::json!({ "elements": elements }))?;
            writeln!(out)?;
        }
        other => bail!("unknown graph format {other:?}"),
    }
    Ok(nodes.len() + edges.len())
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
