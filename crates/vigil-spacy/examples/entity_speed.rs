//! How fast the entity recogniser reads (what `vigil ingest --reader model` runs on every
//! report), on one thread: `cargo run --release -p vigil-spacy --example entity_speed --
//! PIPELINE_DIR FILE_OR_DIR...`. Prints tokens, MB, seconds, tokens/s and MB per second of
//! the tokenizer plus recogniser (loading not counted), and a digest of every entity found so
//! that two builds can be checked to read alike.
use std::path::{Path, PathBuf};

fn files(path: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for e in entries {
            files(&e, out)?;
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or("usage: entity_speed PIPELINE_DIR FILE_OR_DIR...")?;
    let pipeline = vigil_spacy::Pipeline::load(Path::new(&dir))?;
    let mut paths = Vec::new();
    for a in args {
        files(Path::new(&a), &mut paths)?;
    }
    let texts: Vec<String> = paths
        .iter()
        .map(std::fs::read_to_string)
        .collect::<Result<_, _>>()?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let started = std::time::Instant::now();
    let analyses: Vec<vigil_spacy::Analysis> =
        texts.iter().map(|t| pipeline.analyse_entities(t)).collect();
    let secs = started.elapsed().as_secs_f64();
    let tokens: usize = analyses.iter().map(|a| a.tokens.len()).sum();
    // FNV-1a over every entity's offsets and label: equal digests, equal readings.
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    let mut entities = 0usize;
    for a in &analyses {
        for e in &a.entities {
            entities += 1;
            let (s, end) = a.byte_range(e);
            for b in format!("{s}:{end}:{};", e.label).bytes() {
                digest = (digest ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
            }
        }
    }
    // Every entity, one per line, where ENTITY_SPEED_OUT names a file: for comparing builds.
    if let Ok(out) = std::env::var("ENTITY_SPEED_OUT") {
        let mut lines = String::new();
        for (i, a) in analyses.iter().enumerate() {
            for e in &a.entities {
                let (s, end) = a.byte_range(e);
                lines.push_str(&format!("{i}\t{s}\t{end}\t{}\n", e.label));
            }
        }
        std::fs::write(out, lines)?;
    }
    println!(
        "{} texts, {tokens} tokens, {:.2} MB; {entities} entities, digest {digest:016x}",
        texts.len(),
        bytes as f64 / 1e6
    );
    println!(
        "one thread: {secs:.2} s, {:.0} tokens/s, {:.3} MB/s",
        tokens as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
