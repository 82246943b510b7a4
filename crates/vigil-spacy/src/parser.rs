//! spaCy's arc-eager dependency parser (`TransitionBasedParser.v2`, `state_type = "parser"`),
//! greedy, over the shared `tok2vec` component. Its first use here is the sentence boundaries
//! the entity recogniser respects (an entity never crosses a sentence start the parse sets);
//! the heads and labels are kept for claims. The state follows spaCy's: a stack, a buffer
//! with a "rebuffer" of tokens pushed back by Reduce, arcs kept per head in the order added
//! (children counted from the most recent), and the same validity rules per move.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::layers::Precision;
use crate::ner::Tok2Vec;
use crate::transition::{ordered_moves, StateModel};
use crate::weights::read_model;
use crate::SpacyError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Shift,
    Reduce,
    Left,
    Right,
    Break,
}

#[derive(Debug, Clone)]
struct Move {
    kind: Kind,
    label: usize,
}

/// A parse: each token's head (its own index for a sentence root) and label, and which
/// tokens start a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parse {
    pub heads: Vec<usize>,
    pub labels: Vec<String>,
    pub sentence_starts: Vec<bool>,
}

pub struct Parser {
    model: StateModel,
    moves: Vec<Move>,
    labels: Vec<String>,
}

/// Feature slots of the parser's state: B0, B1, S0, S1, S2, and the most recent left child
/// of B0 and of S0 and right child of S0.
const N_FEATS: usize = 8;

#[derive(Clone, Copy)]
struct Arc {
    head: isize,
    child: isize,
}

struct State {
    n: usize,
    heads: Vec<isize>,
    labels: Vec<usize>,
    stack: Vec<usize>,
    rebuffer: Vec<usize>,
    b_i: usize,
    left: HashMap<usize, Vec<Arc>>,
    right: HashMap<usize, Vec<Arc>>,
    unshiftable: Vec<bool>,
    sent_starts: HashSet<usize>,
}

impl State {
    fn b(&self, i: usize) -> isize {
        if i < self.rebuffer.len() {
            self.rebuffer[self.rebuffer.len() - 1 - i] as isize
        } else {
            let b = self.b_i + (i - self.rebuffer.len());
            if b >= self.n {
                -1
            } else {
                b as isize
            }
        }
    }

    fn s(&self, i: usize) -> isize {
        if i >= self.stack.len() {
            -1
        } else {
            self.stack[self.stack.len() - 1 - i] as isize
        }
    }

    fn buffer_length(&self) -> usize {
        (self.n - self.b_i) + self.rebuffer.len()
    }

    fn nth_child(arcs: &HashMap<usize, Vec<Arc>>, head: isize, idx: usize) -> isize {
        if head < 0 {
            return -1;
        }
        let Some(list) = arcs.get(&(head as usize)) else {
            return -1;
        };
        let mut seen = 0;
        for arc in list.iter().rev() {
            if arc.child != -1 {
                seen += 1;
                if seen == idx {
                    return arc.child;
                }
            }
        }
        -1
    }

    fn is_sent_start(&self, w: isize) -> bool {
        w >= 0 && (w as usize) < self.n && self.sent_starts.contains(&(w as usize))
    }

    fn push(&mut self) {
        let b0 = match self.rebuffer.pop() {
            Some(b) => b,
            None => {
                self.b_i += 1;
                self.b_i - 1
            }
        };
        self.stack.push(b0);
    }

    fn del_arc(&mut self, head: usize, child: usize) {
        let arcs = if head > child {
            &mut self.left
        } else {
            &mut self.right
        };
        let Some(list) = arcs.get_mut(&head) else {
            return;
        };
        // As spaCy does: only the most recent arc is really removed (an earlier one is left
        // in place), which the features see.
        if let Some(last) = list.last() {
            if last.head == head as isize && last.child == child as isize {
                list.pop();
            }
        }
    }

    fn add_arc(&mut self, head: usize, child: usize, label: usize) {
        if self.heads[child] >= 0 {
            let old = self.heads[child] as usize;
            self.del_arc(old, child);
        }
        let arc = Arc {
            head: head as isize,
            child: child as isize,
        };
        if head > child {
            self.left.entry(head).or_default().push(arc);
        } else {
            self.right.entry(head).or_default().push(arc);
        }
        self.heads[child] = head as isize;
        self.labels[child] = label;
    }

    fn valid(&self, kind: Kind) -> bool {
        match kind {
            Kind::Shift => {
                if self.stack.is_empty() {
                    return true;
                }
                let b0 = self.b(0);
                !(self.buffer_length() < 2
                    || self.is_sent_start(b0)
                    || (b0 >= 0 && self.unshiftable[b0 as usize]))
            }
            Kind::Reduce => !self.stack.is_empty(),
            Kind::Left | Kind::Right => {
                !self.stack.is_empty() && self.buffer_length() > 0 && !self.is_sent_start(self.b(0))
            }
            Kind::Break => {
                self.buffer_length() >= 2
                    && self.b(1) == self.b(0) + 1
                    && !self.is_sent_start(self.b(1))
            }
        }
    }

    fn apply(&mut self, mv: &Move) {
        match mv.kind {
            Kind::Shift => self.push(),
            Kind::Reduce => {
                let s0 = self.stack[self.stack.len() - 1];
                if self.heads[s0] >= 0 || self.stack.len() == 1 {
                    self.stack.pop();
                } else {
                    self.unshiftable[s0] = true;
                    self.rebuffer.push(s0);
                    self.stack.pop();
                }
            }
            Kind::Left => {
                let (b0, s0) = (self.b(0) as usize, self.s(0) as usize);
                self.add_arc(b0, s0, mv.label);
                self.unshiftable[b0] = false;
                self.stack.pop();
            }
            Kind::Right => {
                let (s0, b0) = (self.s(0) as usize, self.b(0) as usize);
                self.add_arc(s0, b0, mv.label);
                self.push();
            }
            Kind::Break => {
                let b1 = self.b(1);
                if b1 >= 0 {
                    self.sent_starts.insert(b1 as usize);
                }
            }
        }
    }
}

impl Parser {
    /// Reads a pipeline's `parser/` directory; its tok2vec is the shared component's.
    pub fn load(dir: &Path) -> Result<Parser, SpacyError> {
        let model_path = dir.join("model");
        let nodes = read_model(&model_path)?;
        let model = StateModel::from_nodes(&nodes, &model_path, N_FEATS)?;
        let (moves, labels) = read_moves(&dir.join("moves"))?;
        if moves.len() > model.outputs() {
            return Err(SpacyError::format(&model_path, "more moves than outputs"));
        }
        Ok(Parser {
            model,
            moves,
            labels,
        })
    }

    /// Parses one document from the shared tok2vec's vectors.
    pub fn parse(&self, vectors: &[f32], n: usize, is_space: &[bool]) -> Parse {
        self.parse_many(vectors, &[(n, is_space)])
            .pop()
            .unwrap_or_else(|| Parse {
                heads: Vec::new(),
                labels: Vec::new(),
                sentence_starts: Vec::new(),
            })
    }

    /// Parses several documents whose vectors are concatenated in `vectors`, the state
    /// layer's share of every token computed as one batch.
    pub fn parse_many(&self, vectors: &[f32], docs: &[(usize, &[bool])]) -> Vec<Parse> {
        let total: usize = docs.iter().map(|d| d.0).sum();
        let cached = self.model.precompute(vectors, total);
        let per_token = self.model.per_token();
        let mut out = Vec::with_capacity(docs.len());
        let mut offset = 0;
        for &(n, is_space) in docs {
            out.push(self.decode(
                &cached[offset * per_token..(offset + n) * per_token],
                n,
                is_space,
            ));
            offset += n;
        }
        out
    }

    fn decode(&self, cached: &[f32], n: usize, is_space: &[bool]) -> Parse {
        if n == 0 {
            return Parse {
                heads: Vec::new(),
                labels: Vec::new(),
                sentence_starts: Vec::new(),
            };
        }

        let mut st = State {
            n,
            heads: vec![-1; n],
            labels: vec![usize::MAX; n],
            stack: Vec::new(),
            rebuffer: Vec::new(),
            b_i: 0,
            left: HashMap::new(),
            right: HashMap::new(),
            unshiftable: vec![false; n],
            sent_starts: HashSet::new(),
        };
        let mut scratch = self.model.scratch();
        while !(st.stack.is_empty() && st.buffer_length() == 0) {
            let (b0, s0) = (st.b(0), st.s(0));
            let ids = [
                b0,
                st.b(1),
                s0,
                st.s(1),
                st.s(2),
                State::nth_child(&st.left, b0, 1),
                State::nth_child(&st.left, s0, 1),
                State::nth_child(&st.right, s0, 1),
            ];
            let scores = self.model.scores(cached, &ids, &mut scratch);
            let mut best: Option<usize> = None;
            for (i, mv) in self.moves.iter().enumerate() {
                if st.valid(mv.kind) && best.is_none_or(|b| scores[i] > scores[b]) {
                    best = Some(i);
                }
            }
            match best {
                Some(i) => st.apply(&self.moves[i]),
                None => {
                    st.stack.clear();
                    st.b_i = n;
                    st.rebuffer.clear();
                }
            }
        }
        // Heads as indexes (a root is its own head); sentences start at each root's leftmost
        // descendant, as spaCy's `set_children_from_heads` sets them.
        let heads: Vec<usize> = (0..n)
            .map(|i| {
                if st.heads[i] < 0 {
                    i
                } else {
                    st.heads[i] as usize
                }
            })
            .collect();
        let labels: Vec<String> = (0..n)
            .map(|i| {
                if st.heads[i] < 0 {
                    "ROOT".to_string()
                } else {
                    self.labels.get(st.labels[i]).cloned().unwrap_or_default()
                }
            })
            .collect();
        let (heads, labels) = deprojectivize(heads, labels, is_space);
        let mut leftmost: Vec<usize> = (0..n).collect();
        for i in 0..n {
            // Walk up to the root (bounded: a malformed chain stops after n steps).
            let mut h = i;
            let mut steps = 0;
            while heads[h] != h && steps <= n {
                h = heads[h];
                steps += 1;
            }
            if leftmost[h] > i {
                leftmost[h] = i;
            }
        }
        let mut sentence_starts = vec![false; n];
        for i in 0..n {
            if heads[i] == i {
                sentence_starts[leftmost[i]] = true;
            }
        }
        Parse {
            heads,
            labels,
            sentence_starts,
        }
    }
}

/// Each token's subtree extent (leftmost and rightmost descendant, itself included).
fn edges(heads: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let n = heads.len();
    let (mut left, mut right): (Vec<usize>, Vec<usize>) = ((0..n).collect(), (0..n).collect());
    for i in 0..n {
        let mut h = i;
        let mut steps = 0;
        while heads[h] != h && steps < n {
            h = heads[h];
            steps += 1;
            left[h] = left[h].min(i);
            right[h] = right[h].max(i);
        }
    }
    (left, right)
}

/// The pseudo-projective decoding spaCy applies after parsing (Nivre & Nilsson's HEAD
/// scheme): an arc labelled `x||y` is re-attached to the first token labelled `y` found
/// breadth-first below its head, left to right, and labelled `x`. As in spaCy, tokens are
/// taken in order and each search sees the heads changed before it, with the subtree
/// extents of the parse as it came.
fn deprojectivize(
    mut heads: Vec<usize>,
    mut labels: Vec<String>,
    is_space: &[bool],
) -> (Vec<usize>, Vec<String>) {
    let (left, right) = edges(&heads);
    for i in 0..heads.len() {
        let Some((new_label, head_label)) = labels[i]
            .split_once("||")
            .map(|(a, b)| (a.to_string(), b.to_string()))
        else {
            continue;
        };
        let mut queue = vec![heads[i]];
        let mut found = None;
        'search: while !queue.is_empty() {
            let mut next = Vec::new();
            for q in queue {
                let children = (left[q]..q)
                    .chain(q + 1..=right[q])
                    .filter(|&c| heads[c] == q && c != q);
                for c in children {
                    if is_space.get(c).copied().unwrap_or(false) || c == i {
                        continue;
                    }
                    if labels[c] == head_label {
                        found = Some(c);
                        break 'search;
                    }
                    next.push(c);
                }
            }
            queue = next;
            if queue.len() > heads.len() {
                break;
            }
        }
        if let Some(h) = found {
            heads[i] = h;
        }
        labels[i] = new_label;
    }
    (heads, labels)
}

/// The shared `tok2vec` component's encoder.
pub fn shared_tok2vec(dir: &Path, precision: Precision) -> Result<Tok2Vec, SpacyError> {
    let path = dir.join("tok2vec").join("model");
    let nodes = read_model(&path)?;
    Tok2Vec::from_nodes(&nodes, &path, precision)
}

fn read_moves(path: &Path) -> Result<(Vec<Move>, Vec<String>), SpacyError> {
    let mut labels: Vec<String> = Vec::new();
    let mut moves: Vec<Move> = Vec::new();
    for (action, label) in ordered_moves(path)? {
        let kind = match action {
            0 => Kind::Shift,
            1 => Kind::Reduce,
            2 => Kind::Left,
            3 => Kind::Right,
            4 => Kind::Break,
            other => return Err(SpacyError::format(path, format!("unknown move {other}"))),
        };
        let l = match labels.iter().position(|x| *x == label) {
            Some(i) => i,
            None => {
                labels.push(label);
                labels.len() - 1
            }
        };
        moves.push(Move { kind, label: l });
    }
    Ok((moves, labels))
}
