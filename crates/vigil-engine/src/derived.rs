//! What is derived from the store and cached beside it: the screening index and the network
//! graph, each rebuilt when anything was loaded since it was cached.

use std::time::Instant;

use vigil_graph::Graph;
use vigil_index::Index;

use crate::{Engine, Result, ResultExt};

impl Engine {
    /// The screening index for the store as it is now.
    pub fn index(&self) -> Result<Index> {
        let cache = self.dir.join("index.bin");
        let pb = self.progress.spinner("opening the screening index");
        let started = Instant::now();
        let (index, rebuilt) = Index::open(self.store(), &cache, &mut |done, total| {
            pb.set_message(format!(
                "building the screening index ({done}/{total} entities)"
            ));
        })
        .ctx("opening the screening index")?;
        pb.finish_and_clear();
        if rebuilt {
            eprintln!(
                "vigil: built the screening index: {} entities in {:.1}s",
                index.len(),
                started.elapsed().as_secs_f64()
            );
        }
        Ok(index)
    }

    /// The network graph for the store as it is now, analysts' judgements applied.
    pub fn graph(&self) -> Result<Graph> {
        let cache = self.dir.join("graph.bin");
        let judgements =
            vigil_reports::load_judgements(self.store()).ctx("reading the judgements")?;
        let started = Instant::now();
        let (g, rebuilt) =
            Graph::open(self.store(), &judgements, &cache).ctx("building the network graph")?;
        if rebuilt {
            eprintln!(
                "vigil: built the network graph: {} nodes, {} edges in {:.1}s",
                g.nodes.len(),
                g.edges.len(),
                started.elapsed().as_secs_f64()
            );
        }
        Ok(g)
    }
}
