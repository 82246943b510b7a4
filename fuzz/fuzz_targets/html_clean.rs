#![no_main]
//! The HTML reader alone (html5ever's tree, the block walk, chrome rules, attribution), fast
//! enough for the fuzzer to explore markup: deep (`D` + two bytes of depth, as in
//! `html_report`), wide (`W`) or as given. Nothing panics, overflows the stack or takes
//! seconds, and the text it keeps is no larger than the page.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = match data {
        [b'D', hi, lo, rest @ ..] => {
            let n = usize::from(*hi) << 8 | usize::from(*lo);
            let tag = if n % 3 == 0 { "<span><p>" } else { "<div>" };
            format!("<html><body>{}{}", tag.repeat(n), String::from_utf8_lossy(rest))
        }
        [b'W', hi, lo, rest @ ..] => {
            // Wide, not merely large: at most about 500,000 bytes in all, so each run stays
            // well inside libFuzzer's time limit (reading is linear, about 1.5 MB/s).
            let n = (usize::from(*hi) << 8 | usize::from(*lo)).min(500_000 / rest.len().max(1));
            format!("<html><body>{}", String::from_utf8_lossy(rest).repeat(n))
        }
        _ => String::from_utf8_lossy(data).into_owned(),
    };
    let doc = vigil_extract::clean_html(&page);
    // The text kept is drawn from the page: never more than the page (blocks are joined by a
    // blank line each).
    assert!(doc.text.len() <= 3 * page.len() + 16, "{} from {}", doc.text.len(), page.len());
});
