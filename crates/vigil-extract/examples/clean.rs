//! Print what the cleaner keeps and drops for each file given.
fn main() {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).expect("read");
        let doc = vigil_extract::clean(&raw);
        println!(
            "== {path}: source {:?} byline {:?} dateline {:?}",
            doc.source, doc.byline, doc.dateline
        );
        println!(
            "kept {} chars, {} sentences; first: {:?}",
            doc.text.len(),
            vigil_extract::sentences(&doc.text).len(),
            doc.text.chars().take(70).collect::<String>()
        );
        println!(
            "last: {:?}",
            doc.text
                .chars()
                .rev()
                .take(70)
                .collect::<String>()
                .chars()
                .rev()
                .collect::<String>()
        );
        for (b, why) in &doc.dropped {
            println!(
                "  dropped ({why}): {:?}",
                b.chars().take(60).collect::<String>()
            );
        }
    }
}
