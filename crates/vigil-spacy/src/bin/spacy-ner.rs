//! Reads lines of text on stdin and prints, per line, one JSON object with the tokens and
//! entities a spaCy pipeline gives (character offsets, as Python counts them). Used by
//! `scripts/spacy-parity.py` and `tests/parity.rs` to compare with Python spaCy; prints the
//! seconds spent analysing (not loading) on stderr. `--float` computes the encoders' products
//! in floats, as Python spaCy does, instead of the 8 bits reading uses.
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: spacy-ner PIPELINE_DIR [--float] < lines";
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or(usage)?;
    let precision = match args.next().as_deref() {
        None => vigil_spacy::Precision::Int8,
        Some("--float") => vigil_spacy::Precision::Float,
        Some(other) => return Err(format!("unknown argument {other}; {usage}").into()),
    };
    let pipeline = vigil_spacy::Pipeline::load_with(std::path::Path::new(&dir), precision)?;
    let stdin = std::io::stdin();
    let texts: Vec<String> = stdin
        .lock()
        .lines()
        .map(|line| Ok(serde_json::from_str(&line?)?))
        .collect::<Result<_, Box<dyn std::error::Error>>>()?;
    let started = std::time::Instant::now();
    // Batches of 256 texts, as spaCy's `nlp.pipe` batches them.
    let mut analyses = Vec::with_capacity(texts.len());
    for chunk in texts.chunks(256) {
        let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
        analyses.extend(pipeline.analyse_many(&refs));
    }
    eprintln!("analysed-seconds {}", started.elapsed().as_secs_f64());
    for (text, analysis) in texts.iter().zip(analyses) {
        let char_at = |byte: usize| text[..byte].chars().count();
        let tokens: Vec<&str> = analysis
            .tokens
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        let ents: Vec<(usize, usize, &str)> = analysis
            .entities
            .iter()
            .map(|e| {
                let (s, en) = analysis.byte_range(e);
                (char_at(s), char_at(en), e.label.as_str())
            })
            .collect();
        let (heads, deps) = match &analysis.parse {
            Some(p) => (p.heads.clone(), p.labels.clone()),
            None => (Vec::new(), Vec::new()),
        };
        println!(
            "{}",
            serde_json::json!({"tokens": tokens, "ents": ents, "heads": heads, "deps": deps})
        );
    }
    Ok(())
}
