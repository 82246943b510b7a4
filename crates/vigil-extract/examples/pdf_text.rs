//! `pdf_text [--repeat N] FILE...`: each PDF's text as vigil lays it out, between lines
//! `==> FILE <==`, and on standard error the time the N readings of every file took (for
//! `scripts/bench-pdf.sh`, which sets it beside poppler's `pdftotext`).
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 1usize;
    if args.first().map(String::as_str) == Some("--repeat") && args.len() >= 2 {
        repeat = args[1].parse().expect("--repeat takes a number");
        args.drain(..2);
    }
    let files: Vec<(String, Vec<u8>)> = args
        .iter()
        .map(|f| (f.clone(), std::fs::read(f).expect("a readable file")))
        .collect();
    let started = Instant::now();
    let mut texts = Vec::new();
    for _ in 0..repeat {
        texts = files
            .iter()
            .map(|(_, bytes)| vigil_extract::pdf_laid_out_text(bytes))
            .collect();
    }
    let took = started.elapsed();
    for ((name, _), text) in files.iter().zip(&texts) {
        println!("==> {name} <==");
        match text {
            Ok(t) => println!("{t}"),
            Err(why) => println!("(error: {why})"),
        }
    }
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    eprintln!(
        "vigil: {} files x {repeat} ({} KB) in {:.3} s",
        files.len(),
        bytes / 1024,
        took.as_secs_f64()
    );
}
