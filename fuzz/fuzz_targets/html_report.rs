#![no_main]
//! A page, HTML or text, through everything a report goes through: cleaning, sentences,
//! mentions, dates, quantities, claims and the prose check. Nothing panics, overflows the
//! stack or runs away. The first byte can ask for amplification the fuzzer would not find by
//! itself: `D` nests the rest inside `<div>`s as deep as the next two bytes say (up to 65,535),
//! `W` repeats it side by side as often.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let page = match data {
        [b'D', hi, lo, rest @ ..] => {
            let n = usize::from(*hi) << 8 | usize::from(*lo);
            let rest = String::from_utf8_lossy(rest);
            format!("{}{rest}{}", "<div>".repeat(n), "</div>".repeat(n / 2))
        }
        [b'W', hi, lo, rest @ ..] => {
            // Wide, not merely large: at most about 200,000 bytes in all, so each run stays
            // well inside libFuzzer's time limit (reading is linear, about 1.5 MB/s).
            let n = (usize::from(*hi) << 8 | usize::from(*lo)).min(200_000 / rest.len().max(1));
            String::from_utf8_lossy(rest).repeat(n)
        }
        _ => text.into_owned(),
    };
    let doc = vigil_extract::clean(&page);
    let _ = vigil_extract::not_prose(&doc.text);
    for s in vigil_extract::sentences(&doc.text) {
        assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
    }
    let gazetteer = vigil_extract::Gazetteer::new();
    let ex = vigil_extract::extract_mentions(&doc.text, &gazetteer);
    for m in &ex.mentions {
        assert!(m.end <= doc.text.len() && doc.text.is_char_boundary(m.start));
    }
    let dates = vigil_extract::dates(&doc.text, Some("2018-07-02"));
    let _ = vigil_extract::quantities(&doc.text);
    let _ = vigil_extract::extract_claims(&doc.text, &ex, &dates);
});
