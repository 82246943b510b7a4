#![no_main]
//! Any bytes as a batch CSV: every line is accounted for (a row or a row's error), line
//! numbers only grow, and a stray quote never swallows the lines after it.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut rows = vigil_ingest::batch::BatchRows::new(data);
    let _ = rows.headers();
    let mut last = 1u64;
    for (line, row) in rows {
        assert!(line > last, "line {line} after {last}");
        last = line;
        if let Ok(r) = row {
            assert!(r.iter().all(|f| !f.contains('\n')), "a field holds a line break");
        }
    }
    let total = data.split(|&b| b == b'\n').count() as u64;
    assert!(last <= total.max(1), "line {last} of {total}");
});
