//! One pipeline shared by threads reads every text as it reads it alone: the state the
//! threads share (the embedding memo, the tokenizer's cache) must not leak one text's rows
//! into another's. Needs the pipeline directory (`VIGIL_SPACY_MODEL`), which .ci/run sets up;
//! skips with a note where it is absent.

use std::path::PathBuf;

use vigil_spacy::{Pipeline, TokenSpan};

fn model() -> Option<PathBuf> {
    let dir = std::env::var_os("VIGIL_SPACY_MODEL").map(PathBuf::from)?;
    dir.join("meta.json").exists().then_some(dir)
}

/// Texts with many words seen once (made-up names, numbers), so that the threads meet new
/// words at the same moments, and common ones between them.
fn texts() -> Vec<String> {
    let given = [
        "Ali", "Marta", "Jonas", "Leila", "Pieter", "Sara", "Omid", "Ines",
    ];
    let bodies = [
        "Ministry",
        "Council",
        "Bank",
        "Agency",
        "Foundation",
        "Guard",
    ];
    let places = ["Vienna", "Ghent", "Oslo", "Milan", "Lyon", "Tabriz"];
    (0..240)
        .map(|i| {
            format!(
                "{} Varo{i}kian of the {} of Zel{}ora met officials in {} on {} March, \
                 said the report number {}. The Kest{i}an {} denied paying {} euros.",
                given[i % given.len()],
                bodies[i % bodies.len()],
                i * 7,
                places[i % places.len()],
                1 + i % 28,
                1000 + i * 13,
                bodies[(i + 3) % bodies.len()],
                500 + i,
            )
        })
        .collect()
}

#[test]
fn threads_sharing_a_pipeline_read_as_one_thread_does() {
    let Some(dir) = model() else {
        eprintln!("note: VIGIL_SPACY_MODEL not set; shared-pipeline reading not checked");
        return;
    };
    let texts = texts();
    let alone = Pipeline::load(&dir).expect("pipeline loads");
    let want: Vec<Vec<TokenSpan>> = texts
        .iter()
        .map(|t| alone.analyse_entities(t).entities)
        .collect();
    let shared = Pipeline::load(&dir).expect("pipeline loads");
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    texts
                        .iter()
                        .map(|t| shared.analyse_entities(t).entities)
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for worker in workers {
            let got = worker.join().expect("a reading thread");
            for (k, (g, w)) in got.iter().zip(&want).enumerate() {
                assert_eq!(g, w, "text {k} read differently in a thread: {}", texts[k]);
            }
        }
    });
}
