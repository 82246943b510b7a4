//! spaCy's transition-based named-entity recogniser (`TransitionBasedParser.v2` with
//! `state_type = "ner"`), greedy decoding: tokens are embedded once, each token's share of
//! the hidden layer is precomputed for the three state slots (next token, first token of
//! the open entity, token before the next), and each step sums three rows, takes the
//! maxout, scores the moves and applies the best valid one (BILUO).

use std::path::Path;
use std::sync::Mutex;

use rustc_hash::FxHashMap;

use crate::layers::{HashEmbed, MaxoutNorm, Precision, WindowEncoder};
use crate::lexicon::{Attr, Lexicon};
use crate::tokenizer::RawToken;
use crate::transition::{ordered_moves, StateModel};
use crate::weights::{read_model, Node};
use crate::SpacyError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MoveKind {
    Begin,
    In,
    Last,
    Unit,
    Out,
}

#[derive(Debug, Clone)]
struct Move {
    kind: MoveKind,
    /// Index into `labels`; `None` for the label-less moves.
    label: Option<usize>,
}

/// A token-level CNN encoder (`Tok2Vec.v2` = `MultiHashEmbed` + `MaxoutWindowEncoder`).
pub struct Tok2Vec {
    columns: Vec<Attr>,
    embeds: Vec<(usize, HashEmbed)>,
    reduce: MaxoutNorm,
    encoder: WindowEncoder,
    pub width: usize,
    /// Embedded rows by their feature keys. A token's row before the encoder depends on
    /// its features alone, and news repeats its words: most rows come from here, exactly
    /// the floats the layers would compute again.
    embedded: Mutex<EmbedMemo>,
}

/// Rows of the embedding layer's output, `width` floats each, found by the feature keys
/// that made them. Bounded: emptied when it holds `EMBED_MEMO_ROWS` rows.
#[derive(Default)]
struct EmbedMemo {
    rows: FxHashMap<Box<[u64]>, usize>,
    floats: Vec<f32>,
}

const EMBED_MEMO_ROWS: usize = 1 << 16;

impl Tok2Vec {
    pub(crate) fn from_nodes(
        nodes: &[Node],
        path: &Path,
        precision: Precision,
    ) -> Result<Tok2Vec, SpacyError> {
        let columns = nodes
            .iter()
            .find(|n| n.name == "extract_features")
            .and_then(|n| n.list_attrs.get("columns"))
            .ok_or_else(|| SpacyError::Unsupported {
                path: path.to_path_buf(),
                what: "a tok2vec shared with another component (Tok2VecListener)".into(),
            })?;
        let columns = columns
            .iter()
            .map(|c| {
                Attr::parse(c).ok_or_else(|| SpacyError::Unsupported {
                    path: path.to_path_buf(),
                    what: format!("the token attribute {c} as a feature"),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut embeds = Vec::new();
        for node in nodes.iter().filter(|n| n.name == "hashembed") {
            let column = node.int_attrs.get("column").copied().unwrap_or(0) as usize;
            if column >= columns.len() {
                return Err(SpacyError::format(path, "hashembed reads a missing column"));
            }
            embeds.push((column, HashEmbed::from_node(node, path)?));
        }
        if nodes.iter().any(|n| n.name.starts_with("static_vectors")) {
            return Err(SpacyError::Unsupported {
                path: path.to_path_buf(),
                what: "static word vectors".into(),
            });
        }
        let maxouts: Vec<&Node> = nodes.iter().filter(|n| n.name == "maxout").collect();
        let norms: Vec<&Node> = nodes.iter().filter(|n| n.name == "layernorm").collect();
        if maxouts.len() < 2 || maxouts.len() != norms.len() {
            return Err(SpacyError::Unsupported {
                path: path.to_path_buf(),
                what: "a tok2vec other than MultiHashEmbed + MaxoutWindowEncoder".into(),
            });
        }
        let reduce = MaxoutNorm::from_nodes(maxouts[0], norms[0], path)?;
        let width = reduce.n_out;
        let embed_width: usize = embeds.iter().map(|(_, e)| e.width).sum();
        if reduce.n_in != embed_width {
            return Err(SpacyError::format(path, "embedding widths do not add up"));
        }
        let window = nodes
            .iter()
            .find(|n| n.name == "expand_window")
            .and_then(|n| n.int_attrs.get("window_size"))
            .copied()
            .unwrap_or(1) as usize;
        let mut blocks = Vec::new();
        for (m, n) in maxouts[1..].iter().zip(&norms[1..]) {
            let block = MaxoutNorm::from_nodes(m, n, path)?;
            if block.n_in != width * (2 * window + 1) || block.n_out != width {
                return Err(SpacyError::format(path, "encoder block sizes disagree"));
            }
            blocks.push(block);
        }
        Ok(Tok2Vec {
            columns,
            embeds,
            reduce,
            encoder: WindowEncoder::new(blocks, window, width, precision),
            width,
            embedded: Mutex::new(EmbedMemo::default()),
        })
    }

    /// One row of `width` floats per token of several documents, concatenated, computed as
    /// one batch.
    pub fn forward_many(&self, lexicon: &Lexicon, docs: &[(&str, &[RawToken])]) -> Vec<f32> {
        let n: usize = docs.iter().map(|(_, t)| t.len()).sum();
        let columns = self.columns.len();
        let mut keys = Vec::with_capacity(n * columns);
        for (text, tokens) in docs {
            for token in tokens.iter() {
                let orth = &text[token.start..token.end];
                for attr in &self.columns {
                    keys.push(lexicon.feature(
                        *attr,
                        orth,
                        token.norm.as_deref(),
                        token.space_after,
                    ));
                }
            }
        }
        let reduced = self.embed(&keys, n);
        let lengths: Vec<usize> = docs.iter().map(|(_, t)| t.len()).collect();
        self.encoder.forward_many(&reduced, &lengths, self.width)
    }

    /// The embedding layer's rows for `n` tokens whose feature keys `keys` holds, `columns`
    /// keys a token: remembered rows where the memo has them, the rest computed in one
    /// batch (each distinct token once) and remembered.
    fn embed(&self, keys: &[u64], n: usize) -> Vec<f32> {
        let (columns, width) = (self.columns.len(), self.width);
        let mut out = vec![0.0f32; n * width];
        // Tokens still to compute: the first row each distinct key goes to, and every row.
        let mut missing: FxHashMap<&[u64], Vec<usize>> = FxHashMap::default();
        {
            let memo = self.embedded.lock().unwrap_or_else(|e| e.into_inner());
            for (row, key) in keys.chunks_exact(columns.max(1)).take(n).enumerate() {
                match memo.rows.get(key) {
                    Some(&at) => out[row * width..(row + 1) * width]
                        .copy_from_slice(&memo.floats[at * width..(at + 1) * width]),
                    None => missing.entry(key).or_default().push(row),
                }
            }
        }
        if missing.is_empty() {
            return out;
        }
        let embed_width = self.reduce.n_in;
        let todo: Vec<(&[u64], Vec<usize>)> = missing.into_iter().collect();
        let mut concat = vec![0.0f32; todo.len() * embed_width];
        for ((key, _), row) in todo.iter().zip(concat.chunks_exact_mut(embed_width)) {
            let mut at = 0;
            for (column, embed) in &self.embeds {
                embed.add_into(key[*column], &mut row[at..at + embed.width]);
                at += embed.width;
            }
        }
        let computed = self.reduce.forward(&concat, todo.len());
        let mut memo = self.embedded.lock().unwrap_or_else(|e| e.into_inner());
        if memo.rows.len() + todo.len() > EMBED_MEMO_ROWS {
            memo.rows.clear();
            memo.floats.clear();
        }
        for ((key, rows), value) in todo.iter().zip(computed.chunks_exact(width)) {
            for row in rows {
                out[row * width..(row + 1) * width].copy_from_slice(value);
            }
            // Another thread may have remembered the same key meanwhile: a key's row is its
            // place in `floats`, so a second insert must not move it.
            if memo.rows.len() < EMBED_MEMO_ROWS && !memo.rows.contains_key(*key) {
                let at = memo.floats.len() / width;
                memo.rows.insert(Box::from(*key), at);
                memo.floats.extend_from_slice(value);
            }
        }
        out
    }
}

/// A document for the recogniser: its text, tokens and (where known) sentence starts.
pub type NerDoc<'a> = (&'a str, &'a [RawToken], Option<&'a [bool]>);

/// An entity the recogniser found: tokens `start..end`, label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

pub struct Ner {
    tok2vec: Tok2Vec,
    model: StateModel,
    moves: Vec<Move>,
    pub labels: Vec<String>,
}

const N_FEATS: usize = 3;

impl Ner {
    /// Reads a pipeline's `ner/` directory.
    pub fn load(dir: &Path, precision: Precision) -> Result<Ner, SpacyError> {
        let model_path = dir.join("model");
        let nodes = read_model(&model_path)?;
        let tok2vec = Tok2Vec::from_nodes(&nodes, &model_path, precision)?;
        let model = StateModel::from_nodes(&nodes, &model_path, N_FEATS)?;
        let (moves, labels) = read_moves(&dir.join("moves"))?;
        if moves.len() > model.outputs() {
            return Err(SpacyError::format(
                &model_path,
                format!("{} moves but {} outputs", moves.len(), model.outputs()),
            ));
        }
        Ok(Ner {
            tok2vec,
            model,
            moves,
            labels,
        })
    }

    /// Entities over `tokens`. `sentence_starts`, where known, keeps entities inside
    /// sentences as spaCy's parser-set boundaries do.
    pub fn recognise(
        &self,
        lexicon: &Lexicon,
        text: &str,
        tokens: &[RawToken],
        sentence_starts: Option<&[bool]>,
    ) -> Vec<TokenSpan> {
        self.recognise_many(lexicon, &[(text, tokens, sentence_starts)])
            .pop()
            .unwrap_or_default()
    }

    /// Entities of several documents, their token vectors computed as one batch.
    pub fn recognise_many(&self, lexicon: &Lexicon, docs: &[NerDoc<'_>]) -> Vec<Vec<TokenSpan>> {
        let n: usize = docs.iter().map(|d| d.1.len()).sum();
        if n == 0 {
            return vec![Vec::new(); docs.len()];
        }
        let pairs: Vec<(&str, &[RawToken])> = docs.iter().map(|d| (d.0, d.1)).collect();
        let vectors = self.tok2vec.forward_many(lexicon, &pairs);
        let cached = self.model.precompute(&vectors, n);
        let per_token = self.model.per_token();
        let mut out = Vec::with_capacity(docs.len());
        let mut offset = 0;
        for (text, tokens, starts) in docs {
            let m = tokens.len();
            out.push(self.decode(
                &cached[offset * per_token..(offset + m) * per_token],
                text,
                tokens,
                *starts,
            ));
            offset += m;
        }
        out
    }

    /// Greedy BILUO decoding of one document from its tokens' precomputed rows.
    fn decode(
        &self,
        cached: &[f32],
        text: &str,
        tokens: &[RawToken],
        sentence_starts: Option<&[bool]>,
    ) -> Vec<TokenSpan> {
        let n = tokens.len();
        let is_space: Vec<bool> = tokens
            .iter()
            .map(|t| crate::tokenizer::is_space_token(text, t))
            .collect();
        let starts_sentence =
            |i: usize| sentence_starts.is_some_and(|s| s.get(i).copied().unwrap_or(false));

        let mut scratch = self.model.scratch();
        let mut valid = vec![false; self.moves.len()];
        let mut entities = Vec::new();
        let mut open: Option<(usize, usize)> = None; // (start, label)
        let mut b0 = 0usize;
        while b0 < n {
            let ids: [isize; N_FEATS] = {
                let first = open.map_or(-1, |(s, _)| s as isize);
                let before = if first >= 0 { b0 as isize - 1 } else { -1 };
                [b0 as isize, first, before]
            };
            let scores = self.model.scores(cached, &ids, &mut scratch);
            let remaining = n - b0;
            let next_starts = b0 + 1 < n && starts_sentence(b0 + 1);
            for (v, mv) in valid.iter_mut().zip(&self.moves) {
                *v = match mv.kind {
                    MoveKind::Begin => {
                        open.is_none()
                            && remaining >= 2
                            && mv.label.is_some()
                            && !next_starts
                            && !is_space[b0]
                    }
                    MoveKind::In => {
                        remaining >= 2
                            && !next_starts
                            && matches!((open, mv.label), (Some((_, l)), Some(m)) if l == m)
                    }
                    MoveKind::Last => matches!((open, mv.label), (Some((_, l)), Some(m)) if l == m),
                    MoveKind::Unit => open.is_none() && mv.label.is_some() && !is_space[b0],
                    MoveKind::Out => open.is_none(),
                };
            }
            let mut best: Option<usize> = None;
            for (i, ok) in valid.iter().enumerate() {
                if *ok && best.is_none_or(|b| scores[i] > scores[b]) {
                    best = Some(i);
                }
            }
            let Some(best) = best else {
                // spaCy forces the state to its end when nothing is valid.
                break;
            };
            let mv = &self.moves[best];
            match (mv.kind, mv.label) {
                (MoveKind::Begin, Some(l)) => open = Some((b0, l)),
                (MoveKind::Last, _) => {
                    if let Some((s, l)) = open.take() {
                        entities.push(TokenSpan {
                            start: s,
                            end: b0 + 1,
                            label: self.labels[l].clone(),
                        });
                    }
                }
                (MoveKind::Unit, Some(l)) => entities.push(TokenSpan {
                    start: b0,
                    end: b0 + 1,
                    label: self.labels[l].clone(),
                }),
                _ => {}
            }
            b0 += 1;
        }
        entities
    }
}

/// `ner/moves`: move number (1 begin, 2 in, 3 last, 4 unit, 5 out) and label, in spaCy's
/// order (the output layer's columns follow it). Missing-value moves and labelled Out moves
/// are not moves spaCy makes.
fn read_moves(path: &Path) -> Result<(Vec<Move>, Vec<String>), SpacyError> {
    let mut labels: Vec<String> = Vec::new();
    let mut moves: Vec<Move> = Vec::new();
    for (action, label) in ordered_moves(path)? {
        let kind = match action {
            1 => MoveKind::Begin,
            2 => MoveKind::In,
            3 => MoveKind::Last,
            4 => MoveKind::Unit,
            5 => MoveKind::Out,
            _ => continue,
        };
        if kind == MoveKind::Out && !label.is_empty() {
            continue;
        }
        let label = if label.is_empty() {
            None
        } else {
            Some(match labels.iter().position(|l| *l == label) {
                Some(i) => i,
                None => {
                    labels.push(label);
                    labels.len() - 1
                }
            })
        };
        if !moves.iter().any(|m| m.kind == kind && m.label == label) {
            moves.push(Move { kind, label });
        }
    }
    Ok((moves, labels))
}
