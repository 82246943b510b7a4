//! Time 2-hop neighbourhood queries on a store's graph: `graph_bench STORE_DIR [QUERIES]`.
//! Prints the graph's size, its load (or build) time, and the median, p95 and max time of a
//! 2-hop query (traversal plus collecting every reached node's caption) from a spread of start
//! nodes: every node with edges, sampled evenly, and the ten with the most edges.

use std::time::Instant;

use vigil_graph::{Filter, Graph};
use vigil_store::RedbStore;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::path::PathBuf::from(args.first().expect("STORE_DIR"));
    let queries: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(2000);
    let store = RedbStore::open(&dir).expect("open store");
    let cache = store.path().with_file_name("graph.bin");
    let t = Instant::now();
    let (g, rebuilt) = Graph::open(&store, &Default::default(), &cache).expect("graph");
    let load = t.elapsed().as_secs_f64();
    let mut starts: Vec<u32> = (0..g.nodes.len() as u32)
        .filter(|&n| !g.edges_of(n).is_empty())
        .collect();
    let connected = starts.len();
    let step = (starts.len() / queries.max(1)).max(1);
    starts = starts.into_iter().step_by(step).take(queries).collect();
    let mut by_degree: Vec<u32> = (0..g.nodes.len() as u32).collect();
    by_degree.sort_by_key(|&n| std::cmp::Reverse(g.edges_of(n).len()));
    starts.extend(by_degree.iter().take(10));
    let mut times = Vec::with_capacity(starts.len());
    let mut reached = 0usize;
    for &s in &starts {
        let t = Instant::now();
        let n = g.neighbourhood(s, 2, &Filter::default(), 500);
        let captions: usize = n
            .nodes
            .iter()
            .map(|(x, _)| g.nodes[*x as usize].caption.len())
            .sum();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        reached += n.nodes.len() + (captions == usize::MAX) as usize;
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "graph: {} nodes ({} with edges), {} edges, {} timeline entries; {} in {:.2} s",
        g.nodes.len(),
        connected,
        g.edges.len(),
        g.timeline.len(),
        if rebuilt {
            "built"
        } else {
            "loaded from cache"
        },
        load
    );
    println!(
        "2-hop queries: {} (incl. the 10 highest-degree nodes, degree up to {}); mean {} nodes reached",
        times.len(),
        g.edges_of(by_degree[0]).len(),
        reached / times.len().max(1)
    );
    println!(
        "time per query: median {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        pct(0.5),
        pct(0.95),
        pct(1.0)
    );
}
