//! Print the quantities found in each cleaned page given.
fn main() {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).expect("read");
        let doc = vigil_extract::clean(&raw);
        for q in vigil_extract::quantities(&doc.text) {
            println!(
                "{path}: {:?} {:.1}{} {:?}",
                q.measure,
                q.value,
                if q.approximate { " (approx)" } else { "" },
                &doc.text[q.span.start..q.span.end]
            );
        }
    }
}
