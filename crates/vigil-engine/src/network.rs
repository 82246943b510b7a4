//! The network: an entity resolved from an id or a name, its neighbourhood and the paths
//! between two, each edge with its evidence (dataset and version for lists; document,
//! sentence and asserter for reports).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use vigil_graph::{Filter, Graph, SourceKind};
use vigil_index::{Options, Query};
use vigil_model::Schema;
use vigil_store::Store;

use crate::{Engine, EngineError, Result, ResultExt};

/// How an argument was resolved to a node.
#[derive(Serialize, Clone)]
pub struct Resolved {
    pub id: String,
    pub caption: String,
    pub how: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
}

impl Engine {
    /// An entity id, or a name screened against everything in the store: the node, and how it
    /// was resolved.
    pub fn resolve(&self, g: &Graph, arg: &str) -> Result<(u32, Resolved)> {
        // Ids are lower case; one typed as a list prints it (`eu-oj-32001R2580-...`) is one.
        if let Some(n) = g.node(arg).or_else(|| g.node(&arg.to_lowercase())) {
            let node = &g.nodes[n as usize];
            return Ok((
                n,
                Resolved {
                    id: node.id.clone(),
                    caption: node.caption.clone(),
                    how: "entity id".into(),
                    score: None,
                },
            ));
        }
        let index = self.index()?;
        let hits = index.screen(
            &Query::name(Schema::LegalEntity, arg),
            &Options {
                limit: 5,
                ..Options::default()
            },
        );
        let best = hits
            .iter()
            .find(|m| m.is_match && g.node(&m.id).is_some())
            .ok_or_else(|| {
                EngineError::refused(format!(
                    "{arg:?} is no entity id and matches no entity at the screening threshold"
                ))
            })?;
        let Some(n) = g.node(&best.id) else {
            return Err(EngineError::refused(format!(
                "{} is not in the graph",
                best.id
            )));
        };
        let others = hits
            .iter()
            .filter(|m| m.is_match && m.id != best.id)
            .count();
        Ok((
            n,
            Resolved {
                id: best.id.clone(),
                caption: best.caption.clone(),
                how: format!(
                    "name matched {:?} in {} (score {:.2}{})",
                    best.matched_name,
                    best.datasets.join(", "),
                    best.score,
                    if others > 0 {
                        format!("; {others} other matches, see `vigil screen`")
                    } else {
                        String::new()
                    }
                ),
                score: Some(best.score),
            },
        ))
    }
}

/// Why an edge holds: the list version, or the report sentence.
#[derive(Serialize, Clone)]
pub struct Evidence {
    pub source: String,
    pub dataset: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asserted_by: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct EdgeOut {
    pub from: String,
    pub from_caption: String,
    pub to: String,
    pub to_caption: String,
    pub relation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub entity: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// `list` or `report`.
    pub source: String,
    /// The datasets asserting it.
    pub datasets: Vec<String>,
    /// The report it was read from, its file and its headline (report edges).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// Reads evidence from the store, remembering versions and file names already read.
pub struct EvidenceReader<'a> {
    versions: HashMap<String, String>,
    claims: vigil_graph::ClaimReader<'a>,
}

impl<'a> EvidenceReader<'a> {
    pub fn new(store: &'a dyn Store) -> Result<EvidenceReader<'a>> {
        let versions = store
            .datasets()?
            .into_iter()
            .map(|d| (d.name, d.latest.version))
            .collect();
        Ok(EvidenceReader {
            versions,
            claims: vigil_graph::ClaimReader::new(store),
        })
    }

    /// The file a document was read from.
    pub fn file_of(&mut self, doc: &str) -> Result<String> {
        self.claims.file_of(doc).ctx("reading the evidence")
    }

    pub fn edge(&mut self, g: &Graph, e: u32) -> Result<EdgeOut> {
        let edge = &g.edges[e as usize];
        let (a, b) = (&g.nodes[edge.a as usize], &g.nodes[edge.b as usize]);
        let mut evidence = Vec::new();
        let (mut file_of_doc, mut article) = (None, None);
        match edge.source {
            SourceKind::List => {
                for d in &edge.datasets {
                    evidence.push(Evidence {
                        source: "list".into(),
                        dataset: d.clone(),
                        version: self.versions.get(d).cloned(),
                        document: None,
                        file: None,
                        sentence: None,
                        span: None,
                        asserted_by: None,
                    });
                }
            }
            SourceKind::Report => {
                let doc = edge.document.clone().unwrap_or_default();
                let (claim, file) = match self
                    .claims
                    .claim(&edge.entity)
                    .ctx("reading the evidence")?
                {
                    Some((c, file)) => (Some(c), file),
                    None => (None, self.file_of(&doc)?),
                };
                let get = |p: &str| claim.as_ref().and_then(|c| c.first(p)).map(str::to_string);
                article = self.claims.label_of(&doc).ok();
                file_of_doc = Some(file.clone());
                evidence.push(Evidence {
                    source: "report".into(),
                    dataset: edge.datasets.join(","),
                    version: None,
                    document: Some(doc),
                    file: Some(file),
                    sentence: get("sourceSentence"),
                    span: get("sourceSpan"),
                    asserted_by: get("assertedBy"),
                });
            }
        }
        Ok(EdgeOut {
            from: a.id.clone(),
            from_caption: a.caption.clone(),
            to: b.id.clone(),
            to_caption: b.caption.clone(),
            relation: edge.relation.clone(),
            role: edge.role.clone(),
            entity: edge.entity.clone(),
            start: edge.start.clone(),
            source: edge.source.as_str().to_string(),
            datasets: edge.datasets.clone(),
            document: edge.document.clone(),
            file: file_of_doc,
            article,
            evidence,
        })
    }
}

/// One node of a neighbourhood.
#[derive(Serialize, Clone)]
pub struct NodeOut {
    pub id: String,
    pub caption: String,
    pub schema: String,
    pub datasets: Vec<String>,
    pub listed: bool,
    pub hops: u8,
}

/// A node whose edges were not all followed.
#[derive(Serialize, Clone)]
pub struct Cut {
    pub id: String,
    pub edges: usize,
    pub followed: usize,
}

/// The nodes of a neighbourhood whose edges were not all followed.
fn cuts(g: &Graph, n: &vigil_graph::Neighbourhood) -> Vec<Cut> {
    n.cut
        .iter()
        .map(|&(i, edges, followed)| Cut {
            id: g.nodes[i as usize].id.clone(),
            edges,
            followed,
        })
        .collect()
}

/// The nodes within `hops` of node `start`, following at most `limit` edges per node, and every
/// edge with its evidence, and where edges were left unfollowed: what `vigil links` and the
/// server's `/entities/{id}/links` both answer.
pub fn neighbourhood_of(
    store: &dyn Store,
    g: &Graph,
    start: u32,
    hops: usize,
    filter: &Filter,
    limit: usize,
) -> Result<(Vec<NodeOut>, Vec<EdgeOut>, Vec<Cut>)> {
    let n = g.neighbourhood(start, hops, filter, limit);
    let mut reader = EvidenceReader::new(store)?;
    let edges: Vec<EdgeOut> = n
        .edges
        .iter()
        .map(|&e| reader.edge(g, e))
        .collect::<Result<_>>()?;
    let nodes = n
        .nodes
        .iter()
        .map(|&(i, hops)| {
            let x = &g.nodes[i as usize];
            NodeOut {
                id: x.id.clone(),
                caption: x.caption.clone(),
                schema: x.schema.clone(),
                datasets: x.datasets.clone(),
                listed: x.listed,
                hops,
            }
        })
        .collect();
    Ok((nodes, edges, cuts(g, &n)))
}

/// The network around an entity: the nodes within some hops and every edge with its evidence.
pub struct Links {
    pub resolved: Resolved,
    pub nodes: Vec<NodeOut>,
    pub edges: Vec<EdgeOut>,
    pub cut: Vec<Cut>,
}

/// The shortest explained paths between two entities.
pub struct Paths {
    pub from: Resolved,
    pub to: Resolved,
    pub paths: Vec<Vec<EdgeOut>>,
}

impl Engine {
    /// The network within `hops` of `entity` (an id or a name) in `g`, following at most
    /// `limit` edges per node.
    pub fn links(
        &self,
        g: &Graph,
        entity: &str,
        hops: usize,
        filter: &Filter,
        limit: usize,
    ) -> Result<Links> {
        if hops == 0 || hops > 6 {
            return Err(EngineError::refused("--hops must be 1 to 6"));
        }
        let (start, resolved) = self.resolve(g, entity)?;
        let (nodes, edges, cut) = neighbourhood_of(self.store(), g, start, hops, filter, limit)?;
        Ok(Links {
            resolved,
            nodes,
            edges,
            cut,
        })
    }

    /// At most `most` shortest paths of at most `max_hops` between two entities.
    pub fn paths(
        &self,
        g: &Graph,
        from: &str,
        to: &str,
        max_hops: usize,
        filter: &Filter,
        most: usize,
    ) -> Result<Paths> {
        let (a, ra) = self.resolve(g, from)?;
        let (b, rb) = self.resolve(g, to)?;
        let found = g.shortest_paths(a, b, max_hops, filter, most);
        let mut reader = EvidenceReader::new(self.store())?;
        let paths = found
            .iter()
            .map(|p| p.iter().map(|&e| reader.edge(g, e)).collect::<Result<_>>())
            .collect::<Result<_>>()?;
        Ok(Paths {
            from: ra,
            to: rb,
            paths,
        })
    }
}

/// Listed entities near a screened one.
pub struct Exposure {
    /// The start node.
    pub start: u32,
    pub resolved: Resolved,
    /// Per listed entity: id, caption, datasets, hops, and the path there with its evidence.
    pub found: Vec<serde_json::Value>,
    pub cut: Vec<Cut>,
}

impl Engine {
    /// The listed entities within `hops` of `name` (an id or a name), each with a path.
    pub fn exposure(
        &self,
        g: &Graph,
        name: &str,
        hops: usize,
        filter: &Filter,
        limit: usize,
    ) -> Result<Exposure> {
        let (start, resolved) = self.resolve(g, name)?;
        let n = g.neighbourhood(start, hops, filter, limit);
        let mut reader = EvidenceReader::new(self.store())?;
        let mut found = Vec::new();
        for (node, distance) in g.listed_in(&n) {
            let x = &g.nodes[node as usize];
            let path = g
                .shortest_paths(start, node, hops, filter, 1)
                .into_iter()
                .next()
                .unwrap_or_default();
            let steps: Vec<EdgeOut> = path
                .iter()
                .map(|&e| reader.edge(g, e))
                .collect::<Result<_>>()?;
            found.push(serde_json::json!({
                "id": x.id, "caption": x.caption, "datasets": x.datasets, "hops": distance, "path": steps,
            }));
        }
        let cut = cuts(g, &n);
        Ok(Exposure {
            start,
            resolved,
            found,
            cut,
        })
    }

    /// Dated entries (listings, versions, report events; for one entity also when each
    /// dataset first and last carried it), filtered by dates and kinds, oldest first.
    pub fn timeline(
        &self,
        g: &Graph,
        entity: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        kinds: &[String],
    ) -> Result<(Option<Resolved>, Timeline)> {
        let node = match entity {
            Some(e) => Some(self.resolve(g, e)?),
            None => None,
        };
        let t = timeline_of(
            self.store(),
            g,
            node.as_ref().map(|n| n.0),
            from,
            to,
            kinds,
            None,
        )?;
        Ok((node.map(|n| n.1), t))
    }
}

/// A timeline: its entries, oldest first, how many there were before a limit, and how many of
/// each kind the date range holds before the kinds were chosen.
pub struct Timeline {
    pub entries: Vec<serde_json::Value>,
    pub total: usize,
    pub kinds: BTreeMap<String, usize>,
}

/// The dated entries about `node` (or about everything) between `from` and `to`: by default
/// what happened (listings, arrests, plots, roles), list versions when `kinds` asks; for one
/// entity also when each dataset first and, if no longer, last carried it. With `limit`, the
/// latest that many. What `vigil timeline` and the server's `/timeline` both answer.
pub fn timeline_of(
    store: &dyn Store,
    g: &Graph,
    node: Option<u32>,
    from: Option<&str>,
    to: Option<&str>,
    kinds: &[String],
    limit: Option<usize>,
) -> Result<Timeline> {
    let wanted = |kind: &str| {
        if kinds.is_empty() {
            kind != "version"
        } else {
            kinds.iter().any(|k| k == kind)
        }
    };
    let all = g.timeline(node, from, to);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for t in &all {
        *counts.entry(t.kind.clone()).or_default() += 1;
    }
    let chosen: Vec<_> = all.into_iter().filter(|t| wanted(&t.kind)).collect();
    let mut appearing: Vec<serde_json::Value> = Vec::new();
    if let Some(n) = node {
        let entity = &g.nodes[n as usize];
        for r in appearances(store, &entity.id, &entity.caption)? {
            let kind = r["kind"].as_str().unwrap_or("").to_string();
            *counts.entry(kind.clone()).or_default() += 1;
            let date = r["date"].as_str().unwrap_or("");
            let in_range = from.is_none_or(|f| date >= f)
                && to.is_none_or(|t| date.get(..t.len()).unwrap_or(date) <= t);
            if in_range && (kinds.is_empty() || kinds.contains(&kind)) {
                appearing.push(r);
            }
        }
    }
    let total = chosen.len() + appearing.len();
    let limit = limit.unwrap_or(usize::MAX);
    // Only the latest `limit` are answered: without rows of another kind, only those are built.
    let skip = if appearing.is_empty() {
        chosen.len().saturating_sub(limit)
    } else {
        0
    };
    let mut claims = vigil_graph::ClaimReader::new(store);
    let mut entries: Vec<serde_json::Value> = chosen[skip..]
        .iter()
        .map(|t| {
            let precision = match t.date.len() {
                4 => "year",
                7 => "month",
                _ => "day",
            };
            let (file, article) = match t.source {
                SourceKind::Report => (
                    claims.file_of(&t.origin).ok(),
                    claims.label_of(&t.origin).ok(),
                ),
                SourceKind::List => (None, None),
            };
            serde_json::json!({
                "date": t.date, "precision": precision, "kind": t.kind, "summary": t.summary,
                "place": t.place, "source": t.source.as_str(), "origin": t.origin, "file": file,
                "article": article, "entity": t.entity,
                "about": t.nodes.iter().map(|&n| g.nodes[n as usize].id.clone()).collect::<Vec<_>>(),
                "about_captions": t.nodes.iter().map(|&n| g.nodes[n as usize].caption.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    entries.extend(appearing);
    // Stable: entries of one date keep the graph's order.
    entries.sort_by(|a, b| a["date"].as_str().cmp(&b["date"].as_str()));
    let entries = entries.split_off(entries.len().saturating_sub(limit));
    Ok(Timeline {
        entries,
        total,
        kinds: counts,
    })
}

/// One list version, by its three dates kept apart: its label, the list's publication date
/// (`None`: the file gives none) and when vigil loaded it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VersionDates {
    pub label: String,
    pub published: Option<String>,
    pub loaded_at: String,
}

/// How an entity is on a list: the authority's own listing date (from its Sanction:
/// `listingDate`, else `startDate` or `date`), and the first and last list versions that carried
/// it, each with its publication and load dates.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listing {
    pub dataset: String,
    /// The Sanction entity, when the list has one for it.
    pub sanction: Option<String>,
    pub authority: Option<String>,
    pub program: Option<String>,
    /// When the authority listed it (the list's own date); `None` when the list does not say.
    pub listed: Option<String>,
    pub first_version: Option<VersionDates>,
    pub last_version: Option<VersionDates>,
    /// The latest version still carries it.
    pub current: bool,
}

impl Listing {
    /// The listing in words, its three dates each labelled.
    pub fn describe(&self) -> String {
        let listed = match &self.listed {
            Some(d) => format!("listed by the authority {d}"),
            None => "listing date not given by the list".to_string(),
        };
        let version = |v: &Option<VersionDates>| match v {
            Some(v) => {
                let loaded = v.loaded_at.get(..10).unwrap_or(&v.loaded_at);
                match &v.published {
                    Some(p) => format!("list of {p} (loaded {loaded})"),
                    None => format!("list loaded {loaded} (no publication date in the file)"),
                }
            }
            None => "?".to_string(),
        };
        let carried = if self.current {
            format!(
                "on the {} since the {}",
                self.dataset,
                version(&self.first_version)
            )
        } else {
            format!(
                "on the {} from the {} to the {}, since removed",
                self.dataset,
                version(&self.first_version),
                version(&self.last_version)
            )
        };
        let what: Vec<&str> = [self.authority.as_deref(), self.program.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if what.is_empty() {
            format!("{listed}; {carried}")
        } else {
            format!("{}: {listed}; {carried}", what.join(", "))
        }
    }
}

/// Each dataset's versions, read once; a version found by label at its place in the history
/// (labels do not sort by time: `load-2026-11-30` may follow `2024-05-03`).
struct VersionBook<'a> {
    store: &'a dyn Store,
    versions: HashMap<String, Vec<vigil_store::VersionInfo>>,
}

impl<'a> VersionBook<'a> {
    fn new(store: &'a dyn Store) -> VersionBook<'a> {
        VersionBook {
            store,
            versions: HashMap::new(),
        }
    }

    fn position(&mut self, dataset: &str, label: &str) -> Result<Option<usize>> {
        if !self.versions.contains_key(dataset) {
            let vs = self.store.versions(dataset)?;
            self.versions.insert(dataset.to_string(), vs);
        }
        Ok(self.versions[dataset]
            .iter()
            .position(|v| v.version == label))
    }

    /// The version at `i` of `dataset` (found by `position` before).
    fn version(&self, dataset: &str, i: usize) -> &vigil_store::VersionInfo {
        &self.versions[dataset][i]
    }

    fn dates(&self, dataset: &str, i: usize) -> VersionDates {
        let v = self.version(dataset, i);
        VersionDates {
            label: v.version.clone(),
            published: v.published.clone(),
            loaded_at: v.loaded_at.clone(),
        }
    }
}

/// The versions that carried something: the first and the last by place in the history, and
/// whether the latest still does.
#[derive(Default)]
struct Carried {
    first: Option<usize>,
    last: Option<usize>,
    current: bool,
}

impl Carried {
    fn add(&mut self, book: &mut VersionBook, r: &vigil_store::StatementRecord) -> Result<()> {
        let ds = &r.statement.dataset;
        if let Some(f) = book.position(ds, &r.first_seen)? {
            self.first = Some(self.first.map_or(f, |x| x.min(f)));
        }
        if let Some(l) = book.position(ds, &r.last_seen)? {
            self.last = Some(self.last.map_or(l, |x| x.max(l)));
        }
        self.current |= r.current;
        Ok(())
    }
}

/// Every listing of `id`: one per Sanction naming it, and one per list dataset carrying it
/// without a Sanction (an EU Official Journal transcription, say).
pub fn listings(store: &dyn Store, g: Option<&Graph>, id: &str) -> Result<Vec<Listing>> {
    let mut book = VersionBook::new(store);
    let mut with_sanction: Vec<String> = Vec::new();
    let sanctions: Vec<String> = g
        .and_then(|g| {
            g.node(id)
                .map(|n| g.sanctions_of(n).map(str::to_string).collect())
        })
        .unwrap_or_default();
    // Per (dataset, Sanction): the versions carrying it and what the Sanction says.
    type SanctionValues = BTreeMap<String, String>;
    let mut spans: BTreeMap<(String, Option<String>), (Carried, SanctionValues)> = BTreeMap::new();
    for (key_id, sanction) in sanctions
        .iter()
        .map(|s| (s.as_str(), Some(s.clone())))
        .chain(std::iter::once((id, None)))
    {
        for r in store.entity(key_id)? {
            let ds = r.statement.dataset.clone();
            if sanction.is_none()
                && (matches!(ds.as_str(), "reports" | "judgements") || with_sanction.contains(&ds))
            {
                continue;
            }
            if sanction.is_some() && !with_sanction.contains(&ds) {
                with_sanction.push(ds.clone());
            }
            let (carried, values) = spans.entry((ds, sanction.clone())).or_default();
            carried.add(&mut book, &r)?;
            if sanction.is_some() && (r.current || values.is_empty()) {
                values
                    .entry(r.statement.prop.clone())
                    .or_insert_with(|| r.statement.value.clone());
            }
        }
    }
    let mut out = Vec::new();
    for ((dataset, sanction), (carried, values)) in spans {
        let value = |props: &[&str]| props.iter().find_map(|p| values.get(*p).cloned());
        out.push(Listing {
            authority: value(&["authority"]),
            program: value(&["program"]),
            listed: value(&["listingDate", "startDate", "date"]),
            first_version: carried.first.map(|i| book.dates(&dataset, i)),
            last_version: carried.last.map(|i| book.dates(&dataset, i)),
            current: carried.current,
            sanction,
            dataset,
        });
    }
    Ok(out)
}

/// When each dataset first carried an entity and, if it no longer does, when it last did, as
/// timeline rows: dated by the list's publication date, or by the load day said as such
/// (reports: the day they were read).
pub fn appearances(store: &dyn Store, id: &str, caption: &str) -> Result<Vec<serde_json::Value>> {
    let mut book = VersionBook::new(store);
    let mut spans: BTreeMap<String, Carried> = BTreeMap::new();
    for rec in store.entity(id)? {
        if rec.statement.dataset != vigil_link::JUDGEMENTS_DATASET {
            spans
                .entry(rec.statement.dataset.clone())
                .or_default()
                .add(&mut book, &rec)?;
        }
    }
    let mut rows = Vec::new();
    for (dataset, carried) in spans {
        let when = |i: usize| -> (String, String) {
            let v = book.version(&dataset, i);
            let day: String = v.loaded_at.chars().take(10).collect();
            if dataset == vigil_link::REPORTS_DATASET {
                return (day.clone(), format!("read {day}"));
            }
            match &v.published {
                Some(p) => (p.chars().take(10).collect(), format!("list of {p}")),
                None => (
                    day.clone(),
                    format!("list loaded {day}; the file gives no date"),
                ),
            }
        };
        let mut push = |i: Option<usize>, kind: &str, what: &str| {
            let Some((date, version)) = i.map(when) else {
                return;
            };
            rows.push(serde_json::json!({
                "date": date, "precision": "day",
                "kind": kind, "summary": format!("{caption} {what} {dataset} ({version})"),
                "place": null, "source": "list",
                "origin": dataset, "file": null, "entity": id, "about": [id],
                "about_captions": [caption],
            }));
        };
        push(carried.first, "first_seen", "first in");
        if !carried.current {
            push(
                carried.last,
                "last_seen",
                "last in, gone from later versions of",
            );
        }
    }
    Ok(rows)
}
