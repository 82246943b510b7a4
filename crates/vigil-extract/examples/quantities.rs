//! Print the quantities and dates found in each cleaned page given (dates resolved against
//! VIGIL_REFERENCE_DATE when set).
fn main() {
    for path in std::env::args().skip(1) {
        let raw = std::fs::read_to_string(&path).expect("read");
        let doc = vigil_extract::clean(&raw);
        let reference = std::env::var("VIGIL_REFERENCE_DATE").ok();
        for d in vigil_extract::dates(&doc.text, reference.as_deref()) {
            println!(
                "{path}: date {:?} {:?}{}",
                d.value,
                &doc.text[d.span.start..d.span.end],
                if d.relative { " (relative)" } else { "" }
            );
        }
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
