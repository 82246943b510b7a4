#![no_main]
//! A PDF file as `vigil ingest` reads one: parsed by lopdf, laid out, cleaned as text. Nothing
//! panics out of it, overflows the stack or takes seconds: a file it cannot read is an error
//! saying why.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Every input is a PDF by its header, so the fuzzer explores the PDF reader, not the
    // other formats the cleaner tells apart.
    let mut file = b"%PDF-1.7\n".to_vec();
    file.extend_from_slice(data);
    let _ = vigil_extract::clean_page_checked(&file);
});
