#![no_main]
//! Any text: zero or more ISO dates, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        for d in vigil_model_dates(text) {
            assert!(d.len() == 4 || d.len() == 7 || d.len() == 10, "{d}");
        }
    }
});

fn vigil_model_dates(text: &str) -> Vec<String> {
    vigil_model::dates::parse_dates(text)
}
