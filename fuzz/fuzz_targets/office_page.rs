#![no_main]
//! An office document as `vigil ingest` reads one: an RTF file, or a ZIP package read as Word
//! or OpenDocument. Nothing panics out of it, overflows the stack or takes seconds: a file it
//! cannot read is an error saying why.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte chooses the format, so the fuzzer explores both readers, not the other
    // formats the cleaner tells apart.
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let mut file = if choice % 2 == 0 {
        b"{\\rtf1".to_vec()
    } else {
        b"PK\x03\x04".to_vec()
    };
    file.extend_from_slice(rest);
    let _ = vigil_extract::clean_page_checked(&file);
});
