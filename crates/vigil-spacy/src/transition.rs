//! What spaCy's two transition-based components share: the state model (a projection of
//! the token vectors, a state layer whose per-token share is precomputed for each feature
//! slot, maxout, an upper layer scoring the moves) and the order of moves in `moves`.

use std::path::Path;

use crate::layers::{affine, Linear};
use crate::weights::{map_get, read_msgpack, value_str, Node};
use crate::SpacyError;

pub(crate) struct StateModel {
    project: Linear,
    /// (nF, nO, nP, nI) flattened as (nF·nO·nP) rows of nI.
    lower_w: Vec<f32>,
    lower_b: Vec<f32>,
    lower_pad: Vec<f32>,
    hidden: usize,
    pieces: usize,
    n_feats: usize,
    upper: Linear,
}

/// Buffers one decoding reuses from step to step.
pub(crate) struct Scratch {
    unmaxed: Vec<f32>,
    hidden: Vec<f32>,
    scores: Vec<f32>,
}

impl StateModel {
    /// From a transition model's nodes: the `lower` and `upper` layers the root names, and
    /// the projection (the other `linear` layer with weights).
    pub(crate) fn from_nodes(
        nodes: &[Node],
        path: &Path,
        n_feats: usize,
    ) -> Result<StateModel, SpacyError> {
        let root = nodes
            .first()
            .ok_or_else(|| SpacyError::format(path, "empty model"))?;
        let index_of = |name: &str| {
            root.refs
                .get(name)
                .copied()
                .filter(|i| *i < nodes.len())
                .ok_or_else(|| SpacyError::format(path, format!("no `{name}` layer")))
        };
        let (lower_at, upper_at) = (index_of("lower")?, index_of("upper")?);
        let lower = &nodes[lower_at];
        let upper = Linear::from_node(&nodes[upper_at], path)?;
        let project = nodes
            .iter()
            .enumerate()
            .find(|(i, n)| n.name == "linear" && n.params.contains_key("W") && *i != upper_at)
            .map(|(_, n)| n)
            .ok_or_else(|| SpacyError::format(path, "no projection from tok2vec"))?;
        let project = Linear::from_node(project, path)?;
        let w = lower.param("W", path)?;
        if w.shape.len() != 4 || w.shape[0] != n_feats || w.shape[3] != project.n_out {
            return Err(SpacyError::Unsupported {
                path: path.to_path_buf(),
                what: format!("a state layer of shape {:?} (extra_state_tokens?)", w.shape),
            });
        }
        let (hidden, pieces) = (w.shape[1], w.shape[2]);
        if upper.n_in != hidden {
            return Err(SpacyError::format(
                path,
                "upper layer does not read the hidden layer",
            ));
        }
        Ok(StateModel {
            lower_w: w.data.clone(),
            lower_b: lower.param("b", path)?.data.clone(),
            lower_pad: lower.param("pad", path)?.data.clone(),
            hidden,
            pieces,
            n_feats,
            upper,
            project,
        })
    }

    pub(crate) fn outputs(&self) -> usize {
        self.upper.n_out
    }

    pub(crate) fn per_token(&self) -> usize {
        self.n_feats * self.hidden * self.pieces
    }

    /// Every token's share of the state layer for every slot, `per_token()` floats a token.
    pub(crate) fn precompute(&self, vectors: &[f32], n: usize) -> Vec<f32> {
        if n == 0 {
            return Vec::new();
        }
        let projected = self.project.forward(vectors, n);
        affine(
            &projected,
            n,
            self.project.n_out,
            &self.lower_w,
            self.per_token(),
            None,
        )
    }

    pub(crate) fn scratch(&self) -> Scratch {
        Scratch {
            unmaxed: vec![0.0; self.hidden * self.pieces],
            hidden: vec![0.0; self.hidden],
            scores: vec![0.0; self.upper.n_out],
        }
    }

    /// The moves' scores for a state whose slots hold `ids` (-1: empty, the padding row),
    /// written in the scratch buffers: a decoding step allocates nothing.
    pub(crate) fn scores<'s>(
        &self,
        cached: &[f32],
        ids: &[isize],
        scratch: &'s mut Scratch,
    ) -> &'s [f32] {
        let slot = self.hidden * self.pieces;
        let per_token = self.per_token();
        scratch.unmaxed.copy_from_slice(&self.lower_b);
        for (f, id) in ids.iter().enumerate() {
            let row = if *id < 0 {
                &self.lower_pad[f * slot..(f + 1) * slot]
            } else {
                let at = *id as usize * per_token + f * slot;
                &cached[at..at + slot]
            };
            for (u, v) in scratch.unmaxed.iter_mut().zip(row) {
                *u += v;
            }
        }
        for (h, pieces) in scratch
            .hidden
            .iter_mut()
            .zip(scratch.unmaxed.chunks_exact(self.pieces))
        {
            let mut best = pieces[0];
            for &p in &pieces[1..] {
                if p > best {
                    best = p;
                }
            }
            *h = best;
        }
        self.upper.forward_one(&scratch.hidden, &mut scratch.scores);
        &scratch.scores
    }
}

/// The (action, label) pairs of a `moves` file in the order spaCy numbers its moves: actions
/// by number, labels by falling frequency (ties by falling label), labels with negative
/// frequency after all the others.
pub(crate) fn ordered_moves(path: &Path) -> Result<Vec<(u64, String)>, SpacyError> {
    let data = read_msgpack(path)?;
    let json = map_get(&data, "moves")
        .and_then(value_str)
        .ok_or_else(|| SpacyError::format(path, "no `moves`"))?;
    let by_action: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(json).map_err(|e| SpacyError::format(path, format!("moves: {e}")))?;
    let mut actions: Vec<(&String, &serde_json::Value)> = by_action.iter().collect();
    actions.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = Vec::new();
    let mut deferred: Vec<(f64, String, u64)> = Vec::new();
    for (action, freqs) in actions {
        let action: u64 = action
            .parse()
            .map_err(|_| SpacyError::format(path, format!("move {action:?} is not a number")))?;
        let Some(freqs) = freqs.as_object() else {
            continue;
        };
        let mut sorted: Vec<(f64, &String)> = freqs
            .iter()
            .map(|(label, f)| (f.as_f64().unwrap_or(0.0), label))
            .collect();
        sorted.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.1.cmp(a.1)));
        for (freq, label) in sorted {
            if freq < 0.0 {
                deferred.push((freq, label.clone(), action));
            } else {
                out.push((action, label.clone()));
            }
        }
    }
    deferred.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.1.cmp(&a.1)));
    out.extend(
        deferred
            .into_iter()
            .map(|(_, label, action)| (action, label)),
    );
    Ok(out)
}
