//! The few thinc layers a spaCy CNN pipeline is made of, forward only: hash embeddings,
//! maxout with layer normalisation, windowed residual convolution, affine maps.

use std::path::Path;

use crate::hash::embed_keys;
use crate::weights::{Node, Tensor};
use crate::SpacyError;

/// `out(n×o) = x(n×i) · wᵀ` for row-major `w` of `o` rows, plus `bias` per row if given.
pub fn affine(
    x: &[f32],
    n: usize,
    i: usize,
    w: &[f32],
    o: usize,
    bias: Option<&[f32]>,
) -> Vec<f32> {
    affine_strided(x, i, n, i, w, o, bias)
}

/// [`affine`] with input row `r` being the `i` floats from `x[r · stride]`: rows may overlap,
/// which is how the window encoder reads a token's window in place.
pub fn affine_strided(
    x: &[f32],
    stride: usize,
    n: usize,
    i: usize,
    w: &[f32],
    o: usize,
    bias: Option<&[f32]>,
) -> Vec<f32> {
    let mut out = vec![0.0f32; n * o];
    if n == 0 {
        return out;
    }
    // One row (a transition step's move scores): a matrix-vector product. sgemm would pack
    // the whole weight matrix for it on every step, which cost more than the product.
    if n == 1 && x.len() >= i && w.len() >= o * i {
        matvec_into(x, i, w, bias, &mut out);
        return out;
    }
    if let Some(b) = bias {
        for row in out.chunks_exact_mut(o) {
            row.copy_from_slice(b);
        }
    }
    // SAFETY: `x` holds n rows of i floats `stride` apart, `w` o×i and `out` n×o elements,
    // which the strides below address and no further (checked by the assert).
    assert!(stride >= 1 && x.len() >= (n - 1) * stride + i && w.len() >= o * i);
    // `gemm` computes dst = alpha·dst + beta·lhs·rhs (dst read only where a bias was
    // written); wᵀ is read in place by swapping its strides. One thread: reading runs
    // documents in parallel already.
    unsafe {
        gemm::gemm(
            n,
            o,
            i,
            out.as_mut_ptr(),
            1,
            o as isize,
            bias.is_some(),
            x.as_ptr(),
            1,
            stride as isize,
            w.as_ptr(),
            i as isize,
            1,
            1.0,
            1.0,
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
    out
}

/// `out = w · x (+ bias)` for one row `x` of `i` floats and row-major `w`, one output per row.
fn matvec_into(x: &[f32], i: usize, w: &[f32], bias: Option<&[f32]>, out: &mut [f32]) {
    for (k, (o, row)) in out.iter_mut().zip(w.chunks_exact(i)).enumerate() {
        *o = dot(&x[..i], row) + bias.map_or(0.0, |b| b[k]);
    }
}

/// A dot product over eight lanes, which the compiler turns into vector instructions.
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let (a8, a_rest) = a.split_at(a.len() - a.len() % 8);
    let (b8, b_rest) = b.split_at(a8.len());
    for (x, y) in a8.chunks_exact(8).zip(b8.chunks_exact(8)) {
        for l in 0..8 {
            lanes[l] += x[l] * y[l];
        }
    }
    let tail: f32 = a_rest.iter().zip(b_rest).map(|(x, y)| x * y).sum();
    lanes.iter().sum::<f32>() + tail
}

/// thinc `HashEmbed`: four hashed rows of the table, summed.
pub struct HashEmbed {
    table: Tensor,
    seed: u32,
    pub width: usize,
}

impl HashEmbed {
    pub fn from_node(node: &Node, path: &Path) -> Result<HashEmbed, SpacyError> {
        let table = node.param("E", path)?.clone();
        if table.shape.len() != 2 || table.shape[0] == 0 {
            return Err(SpacyError::format(path, "hashembed table is not a matrix"));
        }
        let seed = node
            .int_attrs
            .get("seed")
            .copied()
            .ok_or_else(|| SpacyError::format(path, "hashembed without a seed"))?;
        Ok(HashEmbed {
            width: table.shape[1],
            seed: seed as u32,
            table,
        })
    }

    pub fn add_into(&self, key: u64, out: &mut [f32]) {
        let rows = self.table.shape[0] as u32;
        for h in embed_keys(key, self.seed) {
            let row = (h % rows) as usize * self.width;
            for (o, v) in out.iter_mut().zip(&self.table.data[row..row + self.width]) {
                *o += v;
            }
        }
    }
}

/// thinc `Maxout` followed by `LayerNorm` (every maxout in these pipelines is normalised).
pub struct MaxoutNorm {
    w: Vec<f32>,
    b: Vec<f32>,
    gain: Vec<f32>,
    shift: Vec<f32>,
    pub n_out: usize,
    pieces: usize,
    pub n_in: usize,
}

impl MaxoutNorm {
    pub fn from_nodes(maxout: &Node, norm: &Node, path: &Path) -> Result<MaxoutNorm, SpacyError> {
        let w = maxout.param("W", path)?;
        let b = maxout.param("b", path)?;
        if w.shape.len() != 3 {
            return Err(SpacyError::format(
                path,
                "maxout weights are not (nO, nP, nI)",
            ));
        }
        let (n_out, pieces, n_in) = (w.shape[0], w.shape[1], w.shape[2]);
        let gain = norm.param("G", path)?.data.clone();
        let shift = norm.param("b", path)?.data.clone();
        if b.data.len() != n_out * pieces || gain.len() != n_out || shift.len() != n_out {
            return Err(SpacyError::format(
                path,
                "maxout and layernorm sizes disagree",
            ));
        }
        // thinc orders the rows (output, piece); they are kept (piece, output), the same
        // dot products in another order, so that taking the maximum over the pieces reads
        // whole slices and vectorises.
        let mut by_piece = vec![0.0f32; w.data.len()];
        let mut bias = vec![0.0f32; b.data.len()];
        for o in 0..n_out {
            for p in 0..pieces {
                let (from, to) = (o * pieces + p, p * n_out + o);
                by_piece[to * n_in..(to + 1) * n_in]
                    .copy_from_slice(&w.data[from * n_in..(from + 1) * n_in]);
                bias[to] = b.data[from];
            }
        }
        Ok(MaxoutNorm {
            w: by_piece,
            b: bias,
            gain,
            shift,
            n_out,
            pieces,
            n_in,
        })
    }

    pub fn forward(&self, x: &[f32], n: usize) -> Vec<f32> {
        self.forward_strided(x, self.n_in, n)
    }

    /// [`MaxoutNorm::forward`] with input row `r` starting at `x[r · stride]`.
    pub fn forward_strided(&self, x: &[f32], stride: usize, n: usize) -> Vec<f32> {
        let y = affine_strided(
            x,
            stride,
            n,
            self.n_in,
            &self.w,
            self.n_out * self.pieces,
            Some(&self.b),
        );
        let mut out = vec![0.0f32; n * self.n_out];
        for (row_out, row_y) in out
            .chunks_exact_mut(self.n_out)
            .zip(y.chunks_exact(self.n_out * self.pieces))
        {
            let mut pieces = row_y.chunks_exact(self.n_out);
            if let Some(first) = pieces.next() {
                row_out.copy_from_slice(first);
            }
            for piece in pieces {
                for (o, &p) in row_out.iter_mut().zip(piece) {
                    *o = if p > *o { p } else { *o };
                }
            }
            let width = self.n_out as f32;
            let mean = row_out.iter().sum::<f32>() / width;
            let var = row_out.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / width + 1e-8;
            let scale = 1.0 / var.sqrt();
            for ((v, g), s) in row_out.iter_mut().zip(&self.gain).zip(&self.shift) {
                *v = (*v - mean) * scale * g + s;
            }
        }
        out
    }
}

/// A plain affine layer (thinc `Linear`): `W` is (nO, nI).
pub struct Linear {
    w: Vec<f32>,
    b: Vec<f32>,
    pub n_out: usize,
    pub n_in: usize,
}

impl Linear {
    pub fn from_node(node: &Node, path: &Path) -> Result<Linear, SpacyError> {
        let w = node.param("W", path)?;
        let b = node.param("b", path)?;
        if w.shape.len() != 2 || b.data.len() != w.shape[0] {
            return Err(SpacyError::format(path, "linear weights are not (nO, nI)"));
        }
        Ok(Linear {
            w: w.data.clone(),
            b: b.data.clone(),
            n_out: w.shape[0],
            n_in: w.shape[1],
        })
    }

    pub fn forward(&self, x: &[f32], n: usize) -> Vec<f32> {
        affine(x, n, self.n_in, &self.w, self.n_out, Some(&self.b))
    }

    /// One row's outputs into `out` (`n_out` floats): a matrix-vector product, with the same
    /// sums as [`affine`] computes for one row.
    pub fn forward_one(&self, x: &[f32], out: &mut [f32]) {
        matvec_into(x, self.n_in, &self.w, Some(&self.b), out);
    }
}

/// `MaxoutWindowEncoder`: residual blocks, each seeing `window` neighbours either side.
/// thinc pads a document with `window × depth` zero rows on each side before the first
/// block and lets those rows take values as the blocks run, so the padding is kept here
/// too: the first and last tokens read exactly what they read in spaCy.
pub struct WindowEncoder {
    pub blocks: Vec<MaxoutNorm>,
    pub window: usize,
}

impl WindowEncoder {
    /// Several documents' rows, concatenated, in one pass: laid out as thinc lays out a
    /// batch (`pad` zero rows before, between and after the documents, `pad` being the
    /// receptive field), so each document reads exactly what it reads alone while every
    /// matrix product covers the whole batch.
    pub fn forward_many(&self, x: &[f32], lengths: &[usize], width: usize) -> Vec<f32> {
        let pad = self.window * self.blocks.len();
        let total: usize = lengths.iter().sum();
        let rows = total + pad * (lengths.len() + 1);
        // `window` rows more of zeros at each end: a row's window is then the `2·window + 1`
        // rows from its own index in this buffer, read in place (the rows overlap), with no
        // copy of every window.
        let border = self.window;
        let mut seq = vec![0.0f32; (rows + 2 * border) * width];
        let mut starts = Vec::with_capacity(lengths.len());
        let (mut at_in, mut at_out) = (0usize, border + pad);
        for &n in lengths {
            seq[at_out * width..(at_out + n) * width]
                .copy_from_slice(&x[at_in * width..(at_in + n) * width]);
            starts.push(at_out);
            at_in += n;
            at_out += n + pad;
        }
        for block in &self.blocks {
            let h = block.forward_strided(&seq, width, rows);
            for (s, v) in seq[border * width..(border + rows) * width]
                .iter_mut()
                .zip(&h)
            {
                *s += v;
            }
        }
        let mut out = Vec::with_capacity(total * width);
        for (&start, &n) in starts.iter().zip(lengths) {
            out.extend_from_slice(&seq[start * width..(start + n) * width]);
        }
        out
    }
}
