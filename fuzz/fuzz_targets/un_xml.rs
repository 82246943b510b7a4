#![no_main]
//! Any bytes: a parsed source or a typed error, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = vigil_ingest::parse_bytes(vigil_ingest::Format::UnXml, "un.xml", data.to_vec(), None);
});
