//! Debug aid (not built by tests): print every mention of a page with the rule that found it.
//! `trace_mentions DB MODEL_DIR FILE` (MODEL_DIR `-`: the rules reader, no model)
use std::sync::Arc;

fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    let store = vigil_store::RedbStore::open(std::path::Path::new(&a[0])).expect("store");
    let engine = vigil_engine::Engine::new(
        Arc::new(store),
        std::path::Path::new(&a[0]),
        vigil_engine::Draw::Hidden,
    );
    let index = engine.index().expect("index");
    let gaz = vigil_link::gazetteer_from_index(&index);
    let raw = std::fs::read(&a[2]).expect("file");
    let doc = vigil_extract::clean_page_checked(&raw).expect("a page vigil reads");
    let text = &doc.text;
    if std::env::var("TRACE_TEXT").is_ok() {
        println!("title: {:?}\n{text}\n----", doc.title);
    }
    if std::env::var("TRACE_DROPPED").is_ok() {
        for (block, why) in &doc.dropped {
            println!("dropped ({why}): {block:?}");
        }
    }
    // MODEL_DIR "-": the rules reader alone, no proposals.
    let props: Vec<vigil_extract::Proposal> = if a[1] == "-" {
        Vec::new()
    } else {
        let model = vigil_spacy::Pipeline::load(std::path::Path::new(&a[1])).expect("model");
        let an = model.analyse_entities(text);
        an.entities
            .iter()
            .map(|e| {
                let (start, end) = an.byte_range(e);
                println!("model {:?} {}", &text[start..end], e.label);
                vigil_extract::Proposal {
                    start,
                    end,
                    label: e.label.clone(),
                }
            })
            .collect()
    };
    let ex = vigil_extract::extract_mentions_from_page(text, &gaz, &props, doc.source.as_deref());
    for m in &ex.mentions {
        println!("{:?} {:?} rule={}", &text[m.start..m.end], m.kind, m.rule);
    }
    if std::env::var("TRACE_ENTITIES").is_ok() {
        for e in &ex.entities {
            println!(
                "entity {:?} {:?} {:?} {:?} {:?}",
                e.name, e.kind, e.country, e.mentions, e.descriptions
            );
        }
    }
}
