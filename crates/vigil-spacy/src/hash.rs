//! The two hash functions a spaCy pipeline's weights were trained against: strings become
//! 64-bit ids by MurmurHash64A (seed 1, as spaCy's `StringStore`), and those ids pick
//! embedding rows through thinc's 128-bit MurmurHash3 of one 64-bit key. A different hash
//! would read a different row of every table, so both are bit-exact ports of the
//! algorithms (public domain, Austin Appleby).

/// spaCy's id of a string: MurmurHash64A of its UTF-8 bytes with seed 1.
pub fn string_id(text: &str) -> u64 {
    murmur64a(text.as_bytes(), 1)
}

fn murmur64a(data: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let mut h = seed ^ (data.len() as u64).wrapping_mul(M);
    let mut blocks = data.chunks_exact(8);
    for block in &mut blocks {
        let mut k = u64::from_le_bytes([
            block[0], block[1], block[2], block[3], block[4], block[5], block[6], block[7],
        ]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        for (i, byte) in tail.iter().enumerate() {
            h ^= u64::from(*byte) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^= k >> 33;
    k
}

/// thinc's `ops.hash` for one key: MurmurHash3 x86-128 specialised to an 8-byte input,
/// returned as the four 32-bit words `HashEmbed` takes rows from.
pub fn embed_keys(key: u64, seed: u32) -> [u32; 4] {
    let seed = u64::from(seed);
    let mut h1 = key.wrapping_mul(0x87c3_7b91_1142_53d5);
    h1 = h1.rotate_left(31);
    h1 = h1.wrapping_mul(0x4cf5_ad43_2745_937f);
    h1 ^= seed;
    h1 ^= 8;
    let mut h2 = seed ^ 8;
    h1 = h1.wrapping_add(h2);
    h2 = h2.wrapping_add(h1);
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 = h1.wrapping_add(h2);
    h2 = h2.wrapping_add(h1);
    [h1 as u32, (h1 >> 32) as u32, h2 as u32, (h2 >> 32) as u32]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_ids_are_spacys() {
        // Values printed by spaCy 3.8's `spacy.strings.hash_string`.
        assert_eq!(string_id("Hello"), 15_777_305_708_150_031_551);
        assert_eq!(string_id("Ayatollah Khamenei"), 13_258_730_600_022_014_097);
        assert_eq!(string_id("é"), 16_256_712_947_286_012_828);
        assert_ne!(string_id("Hello"), string_id("hello"));
    }

    #[test]
    fn embed_keys_are_thincs() {
        // thinc 8.3 `NumpyOps().hash(ids, 8)` for the id above.
        assert_eq!(
            embed_keys(13_258_730_600_022_014_097, 8),
            [1_194_746_508, 1_990_202_737, 3_939_603_410, 2_985_304_105]
        );
    }
}
