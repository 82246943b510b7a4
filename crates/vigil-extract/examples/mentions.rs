//! Print the mentions and document entities of pages or of a sentence:
//! `cargo run -p vigil-extract --example mentions -- FILE...` or `-- --text "..."`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gaz = vigil_extract::Gazetteer::new();
    let texts: Vec<(String, String)> = if args.first().map(String::as_str) == Some("--text") {
        vec![("text".into(), args[1..].join(" "))]
    } else {
        args.iter()
            .map(|p| {
                let raw = std::fs::read_to_string(p).unwrap_or_default();
                (p.clone(), vigil_extract::clean(&raw).text)
            })
            .collect()
    };
    for (name, text) in texts {
        let ex = vigil_extract::extract_mentions(&text, &gaz);
        println!(
            "== {name}: {} mentions, {} entities",
            ex.mentions.len(),
            ex.entities.len()
        );
        for m in &ex.mentions {
            println!(
                "  {:>5}-{:<5} {:<13} e{:<3} {:<40} {}{}",
                m.start,
                m.end,
                m.kind.as_str(),
                m.entity.map(|e| e.to_string()).unwrap_or_default(),
                m.text,
                m.rule,
                m.role
                    .as_ref()
                    .map(|r| format!(" [role {r}]"))
                    .unwrap_or_default()
            );
        }
        let dates = vigil_extract::dates(&text, None);
        for c in vigil_extract::extract_claims(&text, &ex, &dates) {
            let n = |e: Option<usize>| {
                e.and_then(|e| ex.entities.get(e))
                    .map(|e| e.name.as_str())
                    .unwrap_or("-")
            };
            let inv: Vec<&str> = c.involved.iter().map(|&e| n(Some(e))).collect();
            println!(
                "  claim {:<11} {} -> {} role {:?} place {} date {:?} item {:?} involved {:?} by {:?} (s{})",
                c.kind.as_str(), n(Some(c.subject)), n(c.object), c.role, n(c.place), c.date, c.item, inv, c.asserted_by, c.sentence
            );
        }
        for (i, e) in ex.entities.iter().enumerate() {
            println!(
                "  e{i}: {:?} {:?} forms {:?} acronyms {:?} roles {:?}",
                e.kind, e.name, e.forms, e.acronyms, e.roles
            );
        }
    }
}
