//! The network: every relation statement in the store as an edge with its type, dates,
//! direction and the sources that assert it, and every dated fact as a timeline entry.
//!
//! Derived from the store like the screening index, cached beside it (`graph.bin`) and stamped
//! with every dataset's latest version, so it is rebuilt only when something was loaded.
//! Edges come from FtM relation schemata (`Membership`, `Employment`, `Family`, `Associate`,
//! `Ownership`, `Directorship`, `UnknownLink` — OFAC's `Linked To:` —, `Representation`,
//! `Payment`), from report events (each `Event` is a node its parties are `involved` in), and
//! analysts' merges are applied (a merged id is its group's id). Adjacency lists per node mean a
//! traversal touches only what it visits.
//!
//! ```
//! use vigil_graph::{Graph, Filter};
//! use vigil_model::{Entity, Schema};
//! let mut a = Entity::new("a", Schema::Person);
//! a.add("name", "Karim Zand");
//! let mut b = Entity::new("b", Schema::Organization);
//! b.add("name", "Office of Secrets");
//! let mut m = Entity::new("m1", Schema::Membership);
//! m.add("member", "a");
//! m.add("organization", "b");
//! let g = Graph::from_entities(vec![a, b, m], &Default::default(), "stamp");
//! let n = g.neighbourhood(g.node("a").unwrap(), 1, &Filter::default(), 100);
//! assert_eq!(n.edges.len(), 1);
//! assert_eq!(g.nodes[n.nodes[1].0 as usize].caption, "Office of Secrets");
//! ```

use std::collections::{BTreeMap, VecDeque};
use std::path::Path;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use vigil_link::Judgements;
use vigil_model::{Entity, Schema};

/// Bump when the cached layout or what goes into it changes.
pub const LAYOUT: &str = "vigil-graph/3";

#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error(transparent)]
    Store(#[from] vigil_store::StoreError),
    #[error(transparent)]
    Index(#[from] vigil_index::IndexError),
}

/// Where an edge or an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    /// A watchlist or FtM dataset.
    List,
    /// A report (a claim read from a document).
    Report,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::List => "list",
            SourceKind::Report => "report",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub schema: String,
    pub caption: String,
    pub datasets: Vec<String>,
    /// Named by a sanctions listing (a `Sanction`) or a list dataset.
    pub listed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Edge {
    /// From (the relation's first end: member, employee, subject, owner, involved party).
    pub a: u32,
    /// To (organisation, employer, object, asset, the event).
    pub b: u32,
    /// The FtM schema of the relation (`Membership`, `UnknownLink`, ...) or `involved`.
    pub relation: String,
    /// Role, relationship or claim kind, when stated.
    pub role: Option<String>,
    /// The relation entity (or the event) that carries the evidence.
    pub entity: String,
    pub datasets: Vec<String>,
    pub source: SourceKind,
    /// The document, for report claims.
    pub document: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
}

/// A dated fact.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// ISO date, as precise as the source (`2018`, `2018-06`, `2018-06-30`).
    pub date: String,
    /// `listed`, a claim kind (`arrest`, `plot`, ...), `version`.
    pub kind: String,
    pub summary: String,
    /// Nodes the entry is about.
    pub nodes: Vec<u32>,
    pub place: Option<String>,
    pub source: SourceKind,
    /// The dataset, or the document for report events.
    pub origin: String,
    /// The entity carrying it (sanction, event), if any.
    pub entity: Option<String>,
}

/// A spelling of an entity's name in one report: what the analyst sees as "every name form".
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NameForm {
    pub node: u32,
    /// The text of the mention, as the report wrote it.
    pub form: String,
    /// The document (`Article`) id.
    pub document: String,
    /// How many times the document wrote it so.
    pub mentions: u32,
}

/// Which edges a traversal may follow.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Relation schemata or roles, lower case (`membership`, `unknownlink`, `arrest`); empty: all.
    pub relations: Vec<String>,
    /// Source kinds; empty: all.
    pub sources: Vec<SourceKind>,
}

impl Filter {
    fn allows(&self, e: &Edge) -> bool {
        let rel_ok = self.relations.is_empty()
            || self.relations.iter().any(|r| {
                e.relation.eq_ignore_ascii_case(r)
                    || e.role.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(r))
            });
        let src_ok = self.sources.is_empty() || self.sources.contains(&e.source);
        rel_ok && src_ok
    }
}

/// The nodes and edges within some hops of a start.
#[derive(Debug, Clone, Default)]
pub struct Neighbourhood {
    /// (node, hops from the start), the start first, in breadth-first order.
    pub nodes: Vec<(u32, u8)>,
    /// Edge indexes, each once.
    pub edges: Vec<u32>,
    /// Nodes whose edges were cut at the fan-out limit: (node, edges it has, edges followed).
    pub cut: Vec<(u32, usize, usize)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Graph {
    pub fingerprint: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub timeline: Vec<TimelineEntry>,
    /// Report name forms, sorted by node.
    forms: Vec<NameForm>,
    /// (listed node, `Sanction` entity id), sorted by node.
    listings: Vec<(u32, String)>,
    adjacency: Vec<Vec<u32>>,
    #[serde(skip)]
    by_id: FxHashMap<String, u32>,
}

const NOT_LISTS: &[&str] = &["reports", "judgements"];

fn source_of(datasets: &[String]) -> SourceKind {
    if datasets.iter().any(|d| d == vigil_link::REPORTS_DATASET) {
        SourceKind::Report
    } else {
        SourceKind::List
    }
}

impl Graph {
    /// Why `relation` cannot filter this graph's edges, if it cannot: it must be a relation
    /// schema (`Membership`, `UnknownLink`, ...), `involved`, a claim kind, or a role some edge
    /// carries (any case). A misspelt filter would otherwise follow no edge and look empty.
    pub fn check_relation(&self, relation: &str) -> Result<(), String> {
        let known_schema = Schema::ALL
            .iter()
            .any(|s| s.edge().is_some() && s.name().eq_ignore_ascii_case(relation));
        let known = known_schema
            || relation.eq_ignore_ascii_case("involved")
            || vigil_model::vocab::CLAIM_KINDS
                .iter()
                .any(|k| k.eq_ignore_ascii_case(relation))
            || self.edges.iter().any(|e| {
                e.relation.eq_ignore_ascii_case(relation)
                    || e.role
                        .as_deref()
                        .is_some_and(|r| r.eq_ignore_ascii_case(relation))
            });
        if known {
            return Ok(());
        }
        let mut types: Vec<&str> = Schema::ALL
            .iter()
            .filter(|s| s.edge().is_some())
            .map(|s| s.name())
            .collect();
        types.push("involved");
        let shown: String = relation.chars().take(60).collect();
        Err(format!(
            "{shown:?} is no relation: use a relation ({}), a claim kind ({}), or a role an edge in this store carries (director, brother, ...)",
            types.join(", "),
            vigil_model::vocab::CLAIM_KINDS.join(", ")
        ))
    }

    /// Build from entities (all of them: parties, relations, events, sanctions).
    pub fn from_entities(
        entities: impl IntoIterator<Item = Entity>,
        judgements: &Judgements,
        fingerprint: &str,
    ) -> Graph {
        let mut g = Graph {
            fingerprint: fingerprint.to_string(),
            nodes: Vec::new(),
            edges: Vec::new(),
            timeline: Vec::new(),
            forms: Vec::new(),
            listings: Vec::new(),
            adjacency: Vec::new(),
            by_id: FxHashMap::default(),
        };
        let resolve = |id: &str| {
            if judgements.is_empty() {
                id.to_string()
            } else {
                judgements.resolve(id, "")
            }
        };
        let mut relations = Vec::new();
        let mut sanctions = Vec::new();
        // (resolved entity, form, document) per mention, counted once every node exists.
        let mut forms: BTreeMap<(String, String, String), u32> = BTreeMap::new();
        for e in entities {
            if e.schema == Schema::Article {
                for m in vigil_link::mention_spans(&e) {
                    let Some(id) = m.resolved else { continue };
                    // A split moves a form to another entity: resolve by the form.
                    let id = if judgements.is_empty() {
                        id.to_string()
                    } else {
                        judgements.resolve(id, m.name)
                    };
                    *forms
                        .entry((id, m.name.to_string(), e.id.clone()))
                        .or_default() += 1;
                }
                continue;
            }
            if e.schema == Schema::Sanction {
                sanctions.push(e);
            } else if e.schema.edge().is_some() || e.schema == Schema::Event {
                if e.schema == Schema::Event {
                    g.put_node(&resolve(&e.id), &e);
                }
                relations.push(e);
            } else if matches!(
                e.schema,
                Schema::Article | Schema::Mention | Schema::Judgement | Schema::Identification
            ) || e.schema == Schema::Passport
            {
                continue;
            } else {
                let id = resolve(&e.id);
                g.put_node(&id, &e);
            }
        }
        for e in &relations {
            let source = source_of(&e.datasets);
            let document = e.first("proof").map(str::to_string);
            let start = e.first("startDate").or(e.first("date")).map(str::to_string);
            let end = e.first("endDate").map(str::to_string);
            let role = e
                .first("role")
                .or(e.first("relationship"))
                .or(e.first("claimKind"))
                .map(str::to_string);
            let link = |g: &mut Graph, a: &str, b: &str, relation: &str| {
                let a = g.node_or_stub(&resolve(a));
                let b = g.node_or_stub(&resolve(b));
                if a == b {
                    return;
                }
                g.edges.push(Edge {
                    a,
                    b,
                    relation: relation.to_string(),
                    role: role.clone(),
                    entity: e.id.clone(),
                    datasets: e.datasets.clone(),
                    source,
                    document: document.clone(),
                    start: start.clone(),
                    end: end.clone(),
                });
            };
            if e.schema == Schema::Event {
                let event = resolve(&e.id);
                let parties = || {
                    e.values("involved")
                        .iter()
                        .chain(e.values("organizer"))
                        .chain(e.values("target"))
                };
                for p in parties() {
                    link(&mut g, p, &event, "involved");
                }
                if let Some(date) = e.first("date") {
                    let nodes = parties().filter_map(|p| g.node(&resolve(p))).collect();
                    g.timeline.push(TimelineEntry {
                        date: date.to_string(),
                        kind: e.first("claimKind").unwrap_or("event").to_string(),
                        summary: e.caption().to_string(),
                        nodes,
                        place: e.first("location").map(str::to_string),
                        source,
                        origin: document.clone().unwrap_or_else(|| e.datasets.join(",")),
                        entity: Some(e.id.clone()),
                    });
                }
            } else if let Some((from, to)) = e.schema.edge() {
                for a in e.values(from) {
                    for b in e.values(to) {
                        link(&mut g, a, b, e.schema.name());
                    }
                }
                // A dated relation (a role held since 2014, a membership from a date) is on
                // the timeline of both ends.
                if let Some(date) = start.as_deref().filter(|d| d.len() >= 4) {
                    let nodes: Vec<u32> = e
                        .values(from)
                        .iter()
                        .chain(e.values(to))
                        .filter_map(|p| g.node(&resolve(p)))
                        .collect();
                    if !nodes.is_empty() {
                        g.timeline.push(TimelineEntry {
                            date: date.to_string(),
                            kind: e
                                .first("claimKind")
                                .map_or_else(|| e.schema.name().to_lowercase(), str::to_string),
                            summary: e
                                .first("summary")
                                .unwrap_or_else(|| e.caption())
                                .to_string(),
                            nodes,
                            place: None,
                            source,
                            origin: document.clone().unwrap_or_else(|| e.datasets.join(",")),
                            entity: Some(e.id.clone()),
                        });
                    }
                }
            }
        }
        for s in &sanctions {
            for target in s.values("entity") {
                let n = g.node_or_stub(&resolve(target));
                g.nodes[n as usize].listed = true;
                g.listings.push((n, s.id.clone()));
                let date = s
                    .first("listingDate")
                    .or(s.first("startDate"))
                    .or(s.first("date"));
                if let Some(date) = date {
                    let authority = s
                        .first("authority")
                        .or(s.first("program"))
                        .unwrap_or("a list");
                    g.timeline.push(TimelineEntry {
                        date: date.to_string(),
                        kind: "listed".into(),
                        summary: format!("{} listed by {authority}", g.nodes[n as usize].caption),
                        nodes: vec![n],
                        place: None,
                        source: SourceKind::List,
                        origin: s.datasets.join(","),
                        entity: Some(s.id.clone()),
                    });
                }
            }
        }
        g.edges
            .sort_by(|x, y| (x.a, x.b, &x.entity).cmp(&(y.a, y.b, &y.entity)));
        g.edges
            .dedup_by(|x, y| x.a == y.a && x.b == y.b && x.entity == y.entity);
        g.timeline.sort_by(|x, y| x.date.cmp(&y.date));
        g.listings.sort();
        g.listings.dedup();
        g.forms = forms
            .into_iter()
            .filter_map(|((id, form, document), mentions)| {
                let node = g.node(&id)?;
                Some(NameForm {
                    node,
                    form,
                    document,
                    mentions,
                })
            })
            .collect();
        g.forms.sort_by_key(|f| f.node);
        g.index_adjacency();
        g
    }

    /// The report name forms of a node, each with its document and count.
    pub fn forms_of(&self, n: u32) -> &[NameForm] {
        let from = self.forms.partition_point(|f| f.node < n);
        let to = self.forms.partition_point(|f| f.node <= n);
        &self.forms[from..to]
    }

    /// The `Sanction` entities listing a node.
    pub fn sanctions_of(&self, n: u32) -> impl Iterator<Item = &str> {
        let from = self.listings.partition_point(|(x, _)| *x < n);
        self.listings[from..]
            .iter()
            .take_while(move |(x, _)| *x == n)
            .map(|(_, id)| id.as_str())
    }

    fn put_node(&mut self, id: &str, e: &Entity) -> u32 {
        let listed_dataset =
            e.datasets.iter().any(|d| !NOT_LISTS.contains(&d.as_str())) && e.schema.is_matchable();
        match self.by_id.get(id) {
            Some(&n) => {
                let node = &mut self.nodes[n as usize];
                for d in &e.datasets {
                    if !node.datasets.contains(d) {
                        node.datasets.push(d.clone());
                    }
                }
                if node.caption == node.id {
                    node.caption = e.caption().to_string();
                    node.schema = e.schema.name().to_string();
                }
                node.listed |= listed_dataset;
                n
            }
            None => {
                let n = self.nodes.len() as u32;
                self.nodes.push(Node {
                    id: id.to_string(),
                    schema: e.schema.name().to_string(),
                    caption: e.caption().to_string(),
                    datasets: e.datasets.clone(),
                    listed: listed_dataset,
                });
                self.by_id.insert(id.to_string(), n);
                n
            }
        }
    }

    /// A node for an id that relations name but no entity carries (kept, so no edge is lost).
    fn node_or_stub(&mut self, id: &str) -> u32 {
        if let Some(&n) = self.by_id.get(id) {
            return n;
        }
        let n = self.nodes.len() as u32;
        self.nodes.push(Node {
            id: id.to_string(),
            schema: "Thing".into(),
            caption: id.to_string(),
            datasets: Vec::new(),
            listed: false,
        });
        self.by_id.insert(id.to_string(), n);
        n
    }

    fn index_adjacency(&mut self) {
        self.adjacency = vec![Vec::new(); self.nodes.len()];
        for (i, e) in self.edges.iter().enumerate() {
            self.adjacency[e.a as usize].push(i as u32);
            self.adjacency[e.b as usize].push(i as u32);
        }
        self.by_id = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i as u32))
            .collect();
    }

    /// The node of an entity id.
    pub fn node(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// Edge indexes at a node.
    pub fn edges_of(&self, n: u32) -> &[u32] {
        self.adjacency
            .get(n as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The other end of edge `e` seen from `n`.
    pub fn other(&self, e: u32, n: u32) -> u32 {
        let edge = &self.edges[e as usize];
        if edge.a == n {
            edge.b
        } else {
            edge.a
        }
    }

    /// Breadth-first neighbourhood within `hops`, following at most `fan_out` edges per node
    /// (the cut is reported). Evidence edges between visited nodes are all returned.
    pub fn neighbourhood(
        &self,
        start: u32,
        hops: usize,
        f: &Filter,
        fan_out: usize,
    ) -> Neighbourhood {
        let mut out = Neighbourhood::default();
        let mut depth: FxHashMap<u32, u8> = FxHashMap::default();
        let mut seen_edges: FxHashMap<u32, ()> = FxHashMap::default();
        let mut queue = VecDeque::new();
        depth.insert(start, 0);
        out.nodes.push((start, 0));
        queue.push_back(start);
        while let Some(n) = queue.pop_front() {
            let d = depth[&n];
            if d as usize >= hops {
                continue;
            }
            let edges: Vec<u32> = self
                .edges_of(n)
                .iter()
                .copied()
                .filter(|&e| f.allows(&self.edges[e as usize]))
                .collect();
            if edges.len() > fan_out {
                out.cut.push((n, edges.len(), fan_out));
            }
            for e in edges.into_iter().take(fan_out) {
                if seen_edges.insert(e, ()).is_none() {
                    out.edges.push(e);
                }
                let m = self.other(e, n);
                if let std::collections::hash_map::Entry::Vacant(v) = depth.entry(m) {
                    v.insert(d + 1);
                    out.nodes.push((m, d + 1));
                    queue.push_back(m);
                }
            }
        }
        out
    }

    /// The listed entities a neighbourhood reached, with their hops (the start left out):
    /// what `exposure` reports.
    pub fn listed_in<'a>(&'a self, n: &'a Neighbourhood) -> impl Iterator<Item = (u32, u8)> + 'a {
        n.nodes
            .iter()
            .skip(1)
            .copied()
            .filter(move |(x, _)| self.nodes[*x as usize].listed)
    }

    /// The shortest paths from `a` to `b` (as edge lists), at most `max_paths`, within
    /// `max_hops`.
    pub fn shortest_paths(
        &self,
        a: u32,
        b: u32,
        max_hops: usize,
        f: &Filter,
        max_paths: usize,
    ) -> Vec<Vec<u32>> {
        if a == b {
            return vec![Vec::new()];
        }
        // Breadth-first from a, remembering every parent edge on a shortest route.
        let mut depth: FxHashMap<u32, usize> = FxHashMap::default();
        let mut parents: FxHashMap<u32, Vec<(u32, u32)>> = FxHashMap::default();
        depth.insert(a, 0);
        let mut frontier = vec![a];
        let mut found = false;
        for d in 0..max_hops {
            let mut next = Vec::new();
            for &n in &frontier {
                for &e in self.edges_of(n) {
                    if !f.allows(&self.edges[e as usize]) {
                        continue;
                    }
                    let m = self.other(e, n);
                    match depth.get(&m) {
                        Some(&dm) if dm == d + 1 => {
                            parents.entry(m).or_default().push((n, e));
                        }
                        Some(_) => {}
                        None => {
                            depth.insert(m, d + 1);
                            parents.entry(m).or_default().push((n, e));
                            next.push(m);
                            found |= m == b;
                        }
                    }
                }
            }
            if found || next.is_empty() {
                break;
            }
            frontier = next;
        }
        if !found {
            return Vec::new();
        }
        // Walk back from b.
        let mut paths = Vec::new();
        let mut stack: Vec<(u32, Vec<u32>)> = vec![(b, Vec::new())];
        while let Some((n, path)) = stack.pop() {
            if paths.len() >= max_paths {
                break;
            }
            if n == a {
                let mut p = path.clone();
                p.reverse();
                paths.push(p);
                continue;
            }
            for &(parent, e) in parents.get(&n).map(Vec::as_slice).unwrap_or(&[]) {
                let mut p = path.clone();
                p.push(e);
                stack.push((parent, p));
            }
        }
        paths
    }

    /// Timeline entries, optionally about one node, within dates (ISO prefixes compare).
    pub fn timeline(
        &self,
        node: Option<u32>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Vec<&TimelineEntry> {
        self.timeline
            .iter()
            .filter(|t| node.is_none_or(|n| t.nodes.contains(&n)))
            .filter(|t| from.is_none_or(|f| t.date.as_str() >= f))
            .filter(|t| to.is_none_or(|x| t.date.get(..x.len()).unwrap_or(&t.date) <= x))
            .collect()
    }

    /// Build from a store.
    pub fn build(
        store: &dyn vigil_store::Store,
        judgements: &Judgements,
    ) -> Result<Graph, GraphError> {
        let fingerprint = fingerprint(store)?;
        let mut entities = Vec::new();
        store.for_each_entity(None, &mut |e| {
            entities.push(e);
            true
        })?;
        let mut g = Graph::from_entities(entities, judgements, &fingerprint);
        g.add_versions(store)?;
        Ok(g)
    }

    /// List versions as timeline entries ("OFAC SDN 2024-05-03 loaded: +N -M").
    fn add_versions(&mut self, store: &dyn vigil_store::Store) -> Result<(), GraphError> {
        for d in store.datasets()? {
            if NOT_LISTS.contains(&d.name.as_str()) {
                continue;
            }
            for v in store.versions(&d.name)? {
                let loaded: String = v.loaded_at.chars().take(10).collect();
                // Dated by the list's own date, else by the load day, said for what it is.
                let (date, what) = match &v.published {
                    Some(p) => (
                        p.chars().take(10).collect(),
                        format!("list of {p}, loaded {loaded}"),
                    ),
                    None => (
                        loaded.clone(),
                        format!("list loaded {loaded} (the file gives no date)"),
                    ),
                };
                self.timeline.push(TimelineEntry {
                    date,
                    kind: "version".into(),
                    summary: format!("{} {what}: {}", d.name, v.change_summary()),
                    nodes: Vec::new(),
                    place: None,
                    source: SourceKind::List,
                    origin: d.name.clone(),
                    entity: None,
                });
            }
        }
        self.timeline.sort_by(|x, y| x.date.cmp(&y.date));
        Ok(())
    }

    /// The cached graph for `store` if current, else a fresh one (saved to `cache`).
    pub fn open(
        store: &dyn vigil_store::Store,
        judgements: &Judgements,
        cache: &Path,
    ) -> Result<(Graph, bool), GraphError> {
        let want = fingerprint(store)?;
        if let Some(mut g) = std::fs::read(cache)
            .ok()
            .and_then(|b| postcard::from_bytes::<Graph>(&b).ok())
        {
            if g.fingerprint == want {
                g.by_id = g
                    .nodes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.id.clone(), i as u32))
                    .collect();
                return Ok((g, false));
            }
        }
        let g = Graph::build(store, judgements)?;
        // A cache that cannot be written costs the next run a rebuild, nothing else.
        if let Ok(bytes) = postcard::to_allocvec(&g) {
            let tmp = cache.with_extension("tmp");
            if std::fs::write(&tmp, bytes).is_ok() {
                let _ = std::fs::rename(&tmp, cache);
            }
        }
        Ok((g, true))
    }

    /// Counts per relation, for `stats`.
    pub fn relation_counts(&self) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for e in &self.edges {
            *m.entry(e.relation.clone()).or_default() += 1;
        }
        m
    }
}

/// Reads what report edges rest on — the claim entity and the file its document came from —
/// remembering file names already read. Shared by the CLI and the server.
pub struct ClaimReader<'a> {
    store: &'a dyn vigil_store::Store,
    files: FxHashMap<String, String>,
    titles: FxHashMap<String, String>,
}

impl<'a> ClaimReader<'a> {
    pub fn new(store: &'a dyn vigil_store::Store) -> ClaimReader<'a> {
        ClaimReader {
            store,
            files: FxHashMap::default(),
            titles: FxHashMap::default(),
        }
    }

    /// The file name a document was ingested from ("" if unknown).
    pub fn file_of(&mut self, doc: &str) -> Result<String, GraphError> {
        if let Some(f) = self.files.get(doc) {
            return Ok(f.clone());
        }
        let f = self
            .store
            .current_entity(doc)?
            .and_then(|d| d.first("fileName").map(str::to_string))
            .unwrap_or_default();
        self.files.insert(doc.to_string(), f.clone());
        Ok(f)
    }

    /// What to call a document to a reader: its title where the page gave one, else the file.
    pub fn label_of(&mut self, doc: &str) -> Result<String, GraphError> {
        if let Some(t) = self.titles.get(doc) {
            return Ok(t.clone());
        }
        let title = self
            .store
            .current_entity(doc)?
            .and_then(|d| d.first("title").map(str::to_string));
        let label = match title {
            Some(t) => t,
            None => self.file_of(doc)?,
        };
        self.titles.insert(doc.to_string(), label.clone());
        Ok(label)
    }

    /// A claim entity (its sentence, span, asserter, kind...) with its document's file name.
    pub fn claim(&mut self, id: &str) -> Result<Option<(Entity, String)>, GraphError> {
        let Some(c) = self.store.current_entity(id)? else {
            return Ok(None);
        };
        let file = self.file_of(c.first("proof").unwrap_or(""))?;
        Ok(Some((c, file)))
    }
}

/// The stamp: every dataset's latest version (judgements included) and the layout.
pub fn fingerprint(store: &dyn vigil_store::Store) -> Result<String, GraphError> {
    Ok(format!("{LAYOUT}|{}", vigil_index::fingerprint(store)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, schema: Schema, props: &[(&str, &str)], dataset: &str) -> Entity {
        let mut e = Entity::new(id, schema);
        for (p, v) in props {
            e.add(p, v);
        }
        e.datasets = vec![dataset.to_string()];
        e
    }

    fn sample() -> Graph {
        let es = vec![
            entity("p1", Schema::Person, &[("name", "Karim Zand")], "reports"),
            entity("p2", Schema::Person, &[("name", "Olek Varga")], "reports"),
            entity(
                "o1",
                Schema::Organization,
                &[("name", "Office of Secrets")],
                "list-a",
            ),
            entity(
                "o2",
                Schema::Organization,
                &[("name", "Front Company")],
                "list-a",
            ),
            entity(
                "l1",
                Schema::UnknownLink,
                &[("subject", "o2"), ("object", "o1")],
                "list-a",
            ),
            entity(
                "c1",
                Schema::Membership,
                &[
                    ("member", "p1"),
                    ("organization", "o1"),
                    ("role", "operative"),
                    ("proof", "doc-1"),
                    ("startDate", "2014"),
                ],
                "reports",
            ),
            entity(
                "ev1",
                Schema::Event,
                &[
                    ("name", "arrest: Karim Zand, Olek Varga"),
                    ("involved", "p1"),
                    ("involved", "p2"),
                    ("date", "2018-07-01"),
                    ("claimKind", "arrest"),
                    ("location", "Germany"),
                ],
                "reports",
            ),
            entity(
                "s1",
                Schema::Sanction,
                &[
                    ("entity", "o1"),
                    ("listingDate", "2019-01-08"),
                    ("authority", "Authority A"),
                ],
                "list-a",
            ),
        ];
        Graph::from_entities(es, &Judgements::default(), "t")
    }

    #[test]
    fn neighbourhoods_filters_and_fan_out() {
        let g = sample();
        let p1 = g.node("p1").unwrap();
        let one = g.neighbourhood(p1, 1, &Filter::default(), 100);
        let names: Vec<&str> = one
            .nodes
            .iter()
            .map(|(n, _)| g.nodes[*n as usize].id.as_str())
            .collect();
        assert_eq!(names.len(), 3, "{names:?}"); // p1, o1, ev1
        let two = g.neighbourhood(p1, 2, &Filter::default(), 100);
        assert!(two
            .nodes
            .iter()
            .any(|(n, d)| g.nodes[*n as usize].id == "o2" && *d == 2));
        let lists = Filter {
            relations: vec![],
            sources: vec![SourceKind::List],
        };
        assert_eq!(g.neighbourhood(p1, 2, &lists, 100).edges.len(), 0);
        let cut = g.neighbourhood(p1, 1, &Filter::default(), 1);
        assert_eq!(cut.cut, vec![(p1, 2, 1)]);
        assert!(g.nodes[g.node("o1").unwrap() as usize].listed);
        assert!(!g.nodes[p1 as usize].listed);
    }

    #[test]
    fn shortest_paths_and_timeline() {
        let g = sample();
        let (p2, o2) = (g.node("p2").unwrap(), g.node("o2").unwrap());
        let paths = g.shortest_paths(p2, o2, 6, &Filter::default(), 5);
        assert_eq!(paths.len(), 1);
        assert_eq!(paths[0].len(), 4, "p2 - ev1 - p1 - o1 - o2");
        let rels: Vec<&str> = paths[0]
            .iter()
            .map(|&e| g.edges[e as usize].relation.as_str())
            .collect();
        assert_eq!(rels, ["involved", "involved", "Membership", "UnknownLink"]);
        // An entity's timeline: its dated relations (a membership since 2014) and events.
        let t = g.timeline(Some(g.node("p1").unwrap()), None, None);
        let kinds: Vec<(&str, &str)> = t
            .iter()
            .map(|x| (x.date.as_str(), x.kind.as_str()))
            .collect();
        assert_eq!(kinds, [("2014", "membership"), ("2018-07-01", "arrest")]);
        assert_eq!(t[1].place.as_deref(), Some("Germany"));
        let o1 = g.timeline(Some(g.node("o1").unwrap()), None, None);
        let kinds: Vec<&str> = o1.iter().map(|x| x.kind.as_str()).collect();
        assert_eq!(kinds, ["membership", "listed"], "both ends of a relation");
        assert_eq!(g.timeline(None, Some("2019"), None).len(), 1);
        assert_eq!(g.timeline(None, None, Some("2018")).len(), 2);
        assert_eq!(g.timeline(None, Some("2018"), Some("2019-06")).len(), 2);
    }

    #[test]
    fn name_forms_per_document_and_sanctions_per_entity() {
        let text = "Karim Zand met Zand. K. Zand left; Olek Varga stayed.";
        let span = |w: &str, from: usize| {
            let s = text[from..].find(w).unwrap() + from;
            (s, s + w.len())
        };
        let (a, b, c, d) = (
            span("Karim Zand", 0),
            span("Zand", 11),
            span("K. Zand", 0),
            span("Olek Varga", 0),
        );
        let table = format!(
            "{}\t{}\tperson\tp1\n{}\t{}\tperson\tp1\n{}\t{}\tperson\tp1\n{}\t{}\tperson\tp2\n",
            a.0, a.1, b.0, b.1, c.0, c.1, d.0, d.1
        );
        let mut es = vec![
            entity("p1", Schema::Person, &[("name", "Karim Zand")], "reports"),
            entity("p2", Schema::Person, &[("name", "Olek Varga")], "reports"),
            entity(
                "doc-1",
                Schema::Article,
                &[("bodyText", text), ("mentionSpans", &table)],
                "reports",
            ),
        ];
        es.push(entity(
            "s1",
            Schema::Sanction,
            &[("entity", "p2"), ("program", "P")],
            "list-a",
        ));
        let g = Graph::from_entities(es, &Judgements::default(), "t");
        let p1 = g.node("p1").unwrap();
        let forms: Vec<(&str, &str, u32)> = g
            .forms_of(p1)
            .iter()
            .map(|f| (f.form.as_str(), f.document.as_str(), f.mentions))
            .collect();
        assert_eq!(
            forms,
            [
                ("K. Zand", "doc-1", 1),
                ("Karim Zand", "doc-1", 1),
                ("Zand", "doc-1", 1)
            ]
        );
        let p2 = g.node("p2").unwrap();
        assert_eq!(g.forms_of(p2).len(), 1);
        assert_eq!(g.sanctions_of(p2).collect::<Vec<_>>(), ["s1"]);
        assert_eq!(g.sanctions_of(p1).count(), 0);
        assert!(g.node("doc-1").is_none(), "documents are not nodes");
    }

    #[test]
    fn merges_join_nodes() {
        let es = vec![
            entity("a", Schema::Person, &[("name", "A")], "reports"),
            entity("b", Schema::Person, &[("name", "B")], "reports"),
            entity("o", Schema::Organization, &[("name", "O")], "reports"),
            entity(
                "m",
                Schema::Membership,
                &[("member", "b"), ("organization", "o")],
                "reports",
            ),
        ];
        let j = Judgements::new(vec![vigil_link::Judgement {
            id: "j".into(),
            verdict: vigil_link::Verdict::Positive,
            left: "a".into(),
            right: "b".into(),
            form: None,
            author: "t".into(),
            created_at: "2026".into(),
            note: None,
            reverted: false,
        }]);
        let g = Graph::from_entities(es, &j, "t");
        let a = g.node("a").unwrap();
        assert_eq!(g.neighbourhood(a, 1, &Filter::default(), 10).edges.len(), 1);
    }
}
