//! The few thinc layers a spaCy CNN pipeline is made of, forward only: hash embeddings,
//! maxout with layer normalisation, windowed residual convolution, affine maps.

use std::path::Path;

use crate::hash::embed_keys;
use crate::quant::QuantBlock;
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
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx2")
        {
            // SAFETY: the processor has the features the copy is compiled for.
            unsafe { matvec_avx512(x, i, w, bias, out) };
            return;
        }
    }
    matvec_body(x, i, w, bias, out);
}

/// [`matvec_into`] compiled for AVX-512: the same sums in the same lanes, wider registers.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx2")]
unsafe fn matvec_avx512(x: &[f32], i: usize, w: &[f32], bias: Option<&[f32]>, out: &mut [f32]) {
    matvec_body(x, i, w, bias, out);
}

#[inline(always)]
fn matvec_body(x: &[f32], i: usize, w: &[f32], bias: Option<&[f32]>, out: &mut [f32]) {
    for (k, (o, row)) in out.iter_mut().zip(w.chunks_exact(i)).enumerate() {
        *o = dot(&x[..i], row) + bias.map_or(0.0, |b| b[k]);
    }
}

/// A dot product over eight lanes, which the compiler turns into vector instructions.
#[inline(always)]
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

/// The sum of `f` over `x`, added in 16 lanes and then across them: an order the compiler
/// can keep in vector registers (a plain sum must be added one value at a time), the same on
/// every machine.
#[inline(always)]
fn lane_sum(x: &[f32], f: impl Fn(f32) -> f32) -> f32 {
    let mut lanes = [0.0f32; 16];
    let chunks = x.chunks_exact(16);
    let rest: f32 = chunks.remainder().iter().map(|&v| f(v)).sum();
    for chunk in chunks {
        for (l, &v) in lanes.iter_mut().zip(chunk) {
            *l += f(v);
        }
    }
    lanes.iter().sum::<f32>() + rest
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
        self.maximum_normalised(&y, n)
    }

    /// The maximum over the pieces of each output, layer-normalised: from `y`, the affine
    /// map's `n` rows of `n_out · pieces` values (piece-major).
    #[inline(always)]
    fn maximum_normalised(&self, y: &[f32], n: usize) -> Vec<f32> {
        let mut out = vec![0.0f32; n * self.n_out];
        for (row_out, row_y) in out
            .chunks_exact_mut(self.n_out)
            .zip(y.chunks_exact(self.n_out * self.pieces))
        {
            self.maximum_normalised_row(row_y, row_out);
        }
        out
    }

    /// One row of [`MaxoutNorm::maximum_normalised`]: `row_y` holds `n_out · pieces`
    /// values, `row_out` gets `n_out`.
    #[inline(always)]
    fn maximum_normalised_row(&self, row_y: &[f32], row_out: &mut [f32]) {
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
        let mean = lane_sum(row_out, |v| v) / width;
        let var = lane_sum(row_out, |v| (v - mean) * (v - mean)) / width + 1e-8;
        let scale = 1.0 / var.sqrt();
        for ((v, g), s) in row_out.iter_mut().zip(&self.gain).zip(&self.shift) {
            *v = (*v - mean) * scale * g + s;
        }
    }
}

/// A plain affine layer (thinc `Linear`): `W` is (nO, nI).
pub struct Linear {
    w: Vec<f32>,
    /// `W` transposed, each input's row padded to [`LANES`] outputs a block: what
    /// [`Linear::forward_one`] reads.
    by_input: Vec<f32>,
    b: Vec<f32>,
    pub n_out: usize,
    pub n_in: usize,
}

/// Outputs [`Linear::forward_one`] sums at once (one 512-bit register of floats).
const LANES: usize = 16;

impl Linear {
    pub fn from_node(node: &Node, path: &Path) -> Result<Linear, SpacyError> {
        let w = node.param("W", path)?;
        let b = node.param("b", path)?;
        if w.shape.len() != 2 || b.data.len() != w.shape[0] {
            return Err(SpacyError::format(path, "linear weights are not (nO, nI)"));
        }
        let (n_out, n_in) = (w.shape[0], w.shape[1]);
        let padded = n_out.div_ceil(LANES) * LANES;
        let mut by_input = vec![0.0f32; n_in * padded];
        for o in 0..n_out {
            for i in 0..n_in {
                by_input[i * padded + o] = w.data[o * n_in + i];
            }
        }
        Ok(Linear {
            w: w.data.clone(),
            by_input,
            b: b.data.clone(),
            n_out,
            n_in,
        })
    }

    pub fn forward(&self, x: &[f32], n: usize) -> Vec<f32> {
        affine(x, n, self.n_in, &self.w, self.n_out, Some(&self.b))
    }

    /// One row's outputs into `out` (`n_out` floats): a transition step's move scores. Each
    /// input scales its row of the transposed weights into 16 outputs' sums held in
    /// registers, where a dot product per output would add across lanes once per output.
    pub fn forward_one(&self, x: &[f32], out: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx2")
            {
                // SAFETY: the processor has the features the copy is compiled for.
                unsafe { self.forward_one_avx512(x, out) };
                return;
            }
        }
        self.forward_one_body(x, out);
    }

    /// [`Linear::forward_one`] compiled for AVX-512: the same sums in the same order.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx2")]
    unsafe fn forward_one_avx512(&self, x: &[f32], out: &mut [f32]) {
        self.forward_one_body(x, out);
    }

    #[inline(always)]
    fn forward_one_body(&self, x: &[f32], out: &mut [f32]) {
        let padded = self.n_out.div_ceil(LANES) * LANES;
        let blocks = padded / LANES;
        let x = &x[..self.n_in];
        let out = &mut out[..self.n_out];
        // Four blocks of sums at a time: four independent chains of additions, where one
        // would wait on each addition before the next.
        let mut first = 0;
        while first < blocks {
            match blocks - first {
                1 => self.sum_blocks::<1>(x, padded, first, out),
                2 => self.sum_blocks::<2>(x, padded, first, out),
                3 => self.sum_blocks::<3>(x, padded, first, out),
                _ => self.sum_blocks::<4>(x, padded, first, out),
            }
            first += 4;
        }
    }

    /// Outputs of blocks `first .. first + B` (16 a block) into `out`, bias added.
    #[inline(always)]
    fn sum_blocks<const B: usize>(&self, x: &[f32], padded: usize, first: usize, out: &mut [f32]) {
        let mut acc = [[0.0f32; LANES]; B];
        for (row, &xk) in self.by_input.chunks_exact(padded).zip(x) {
            let row = &row[first * LANES..(first + B) * LANES];
            for (a, w) in acc.iter_mut().zip(row.chunks_exact(LANES)) {
                for (a, &wv) in a.iter_mut().zip(w) {
                    *a += xk * wv;
                }
            }
        }
        let start = first * LANES;
        for (i, a) in acc.iter().flatten().enumerate() {
            if let Some(o) = out.get_mut(start + i) {
                *o = a + self.b[start + i];
            }
        }
    }
}

/// `MaxoutWindowEncoder`: residual blocks, each seeing `window` neighbours either side.
/// thinc pads a document with `window × depth` zero rows on each side before the first
/// block and lets those rows take values as the blocks run, so the padding is kept here
/// too: the first and last tokens read exactly what they read in spaCy.
pub struct WindowEncoder {
    /// Each block with its 8-bit form where its products run in 8 bits.
    blocks: Vec<(MaxoutNorm, Option<QuantBlock>)>,
    window: usize,
}

/// How a window encoder's products are computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// 32-bit floats, as thinc computes them.
    Float,
    /// 8-bit integers (see `quant.rs`): what reading runs. The recogniser's encoder reads
    /// every token of every report; the parser's reads the sentences claims come from, and in
    /// 8 bits it costs a third less (model ingest 5.19 -> 4.56 CPU-s on 1,000 synthetic
    /// reports) for a parse that still agrees with Python spaCy's on over 99.5 % of heads.
    Int8,
}

impl WindowEncoder {
    /// Blocks reading `2·window + 1` token rows of `width` each.
    pub fn new(
        blocks: Vec<MaxoutNorm>,
        window: usize,
        width: usize,
        precision: Precision,
    ) -> WindowEncoder {
        let segments = 2 * window + 1;
        let blocks = blocks
            .into_iter()
            .map(|b| {
                let q = (precision == Precision::Int8)
                    .then(|| QuantBlock::new(&b.w, b.n_out * b.pieces, segments, width));
                (b, q)
            })
            .collect();
        WindowEncoder { blocks, window }
    }

    /// Several documents' rows, concatenated, in one pass: laid out as thinc lays out a
    /// batch (`pad` zero rows before, between and after the documents, `pad` being the
    /// receptive field), so each document reads exactly what it reads alone while every
    /// matrix product covers the whole batch.
    pub fn forward_many(&self, x: &[f32], lengths: &[usize], width: usize) -> Vec<f32> {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512bw")
                && std::arch::is_x86_feature_detected!("avx512vl")
                && std::arch::is_x86_feature_detected!("avx2")
            {
                // SAFETY: the processor has the features the copy is compiled for.
                return unsafe { self.forward_many_avx512(x, lengths, width) };
            }
        }
        self.forward_many_body(x, lengths, width)
    }

    /// [`WindowEncoder::forward_many`] compiled for AVX-512, so that the loops around the
    /// 8-bit products (quantising, scaling the sums, maxout, normalisation) run 16 lanes
    /// wide. The same operations in the same order: no fused multiply-add is introduced, so
    /// the floats are those of the plain copy.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx512bw,avx512vl,avx2")]
    unsafe fn forward_many_avx512(&self, x: &[f32], lengths: &[usize], width: usize) -> Vec<f32> {
        self.forward_many_body(x, lengths, width)
    }

    #[inline(always)]
    fn forward_many_body(&self, x: &[f32], lengths: &[usize], width: usize) -> Vec<f32> {
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
        let mut h = vec![0.0f32; width];
        for (block, quant) in &self.blocks {
            match quant {
                // Every row of the buffer in 8 bits; window `r` starts at row `r` (its token
                // is `r + window`), as the float product reads it in place. The products
                // read the 8-bit copy, so each window's output is added back into `seq` as
                // soon as it is computed.
                Some(quant) => {
                    let bytes = quant.quantise(&seq);
                    quant.forward_each(&bytes, rows, &block.b, |r, y| {
                        block.maximum_normalised_row(y, &mut h);
                        let at = (border + r) * width;
                        for (s, v) in seq[at..at + width].iter_mut().zip(&h) {
                            *s += v;
                        }
                    });
                }
                None => {
                    let h = block.forward_strided(&seq, width, rows);
                    for (s, v) in seq[border * width..(border + rows) * width]
                        .iter_mut()
                        .zip(&h)
                    {
                        *s += v;
                    }
                }
            }
        }
        let mut out = Vec::with_capacity(total * width);
        for (&start, &n) in starts.iter().zip(lengths) {
            out.extend_from_slice(&seq[start * width..(start + n) * width]);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quant::lcg;

    fn block(seed: &mut u64, width: usize, pieces: usize, window: usize) -> MaxoutNorm {
        let n_in = width * (2 * window + 1);
        let mut f = |n: usize| (0..n).map(|_| lcg(seed)).collect::<Vec<f32>>();
        MaxoutNorm {
            w: f(width * pieces * n_in),
            b: f(width * pieces),
            gain: f(width),
            shift: f(width),
            n_out: width,
            pieces,
            n_in,
        }
    }

    /// The copy of the encoder compiled for AVX-512 computes the floats the plain copy does
    /// (no reordered sum, no fused multiply-add), in both precisions: a pipeline reads alike on
    /// every machine.
    #[test]
    fn every_copy_of_the_encoder_computes_the_same_floats() {
        let mut seed = 3;
        let (width, window) = (24, 1);
        let lengths = [5, 1, 17];
        let x: Vec<f32> = (0..lengths.iter().sum::<usize>() * width)
            .map(|_| lcg(&mut seed) * 2.0)
            .collect();
        for precision in [Precision::Float, Precision::Int8] {
            let blocks = (0..3).map(|_| block(&mut seed, width, 3, window)).collect();
            let encoder = WindowEncoder::new(blocks, window, width, precision);
            let plain = encoder.forward_many_body(&x, &lengths, width);
            let dispatched = encoder.forward_many(&x, &lengths, width);
            assert_eq!(plain.len(), x.len());
            let same = plain
                .iter()
                .zip(&dispatched)
                .all(|(a, b)| a.to_bits() == b.to_bits());
            assert!(same, "{precision:?}: the copies differ");
        }
    }

    /// The 8-bit encoder stays close to the float one.
    #[test]
    fn the_8_bit_encoder_is_close_to_the_float_encoder() {
        let mut seed = 5;
        let (width, window) = (32, 1);
        let lengths = [40, 9];
        let x: Vec<f32> = (0..lengths.iter().sum::<usize>() * width)
            .map(|_| lcg(&mut seed))
            .collect();
        let blocks: Vec<MaxoutNorm> = (0..4).map(|_| block(&mut seed, width, 3, window)).collect();
        let copy = |b: &MaxoutNorm| MaxoutNorm {
            w: b.w.clone(),
            b: b.b.clone(),
            gain: b.gain.clone(),
            shift: b.shift.clone(),
            ..*b
        };
        let float = WindowEncoder::new(
            blocks.iter().map(copy).collect(),
            window,
            width,
            Precision::Float,
        )
        .forward_many(&x, &lengths, width);
        let int8 = WindowEncoder::new(blocks, window, width, Precision::Int8)
            .forward_many(&x, &lengths, width);
        let worst = float
            .iter()
            .zip(&int8)
            .map(|(a, b)| (a - b).abs() / (1.0 + a.abs()))
            .fold(0.0f32, f32::max);
        assert!(worst < 0.1, "largest relative difference {worst}");
        assert!(float != int8, "the 8-bit encoder did not run");
    }
}
