//! Claims read from the dependency parse (`vigil ingest --model`): who plotted against whom,
//! who handed what to whom, who arrested, charged or sentenced whom. Text written for the
//! test. Needs `VIGIL_SPACY_MODEL` (set by .ci/run) for the parse; the rules-only part runs
//! everywhere.

#[macro_use]
mod util;

use serde_json::Value;
use util::{spacy_model, Vigil};

const REPORT: &str = "\
GHENT, Belgium (Wire) — Federal prosecutors say Lukas Brandt, an attaché at the Valdorian \
consulate, conspired to bomb a congress of the Union of Free Valdorians in Ghent on 3 May 2031.

Brandt, who handed the detonators to Sanne Vermeer, was detained by Dutch police in Utrecht.

Investigators said the conspiracy against the Union of Free Valdorians was directed by the \
Valdorian Bureau of Internal Security.

A court in Ghent later sentenced Brandt to 18 years in prison. Vermeer was charged with \
attempted murder.
";

/// Ingest the report (with the pipeline in `model`, or the rules alone); its claims and a
/// map from entity ids to the names the report gives them.
fn read(
    model: Option<&std::path::Path>,
) -> (Vec<Value>, std::collections::HashMap<String, String>) {
    read_page(model, REPORT)
}

/// [`read`] for any page text.
fn read_page(
    model: Option<&std::path::Path>,
    text: &str,
) -> (Vec<Value>, std::collections::HashMap<String, String>) {
    let v = Vigil::new();
    let page = v.dir.path().join("page.txt");
    std::fs::write(&page, text).unwrap();
    let mut args = vec!["ingest", page.to_str().unwrap()];
    match model {
        Some(m) => args.extend(["--model", m.to_str().unwrap()]),
        None => args.extend(["--reader", "rules"]),
    }
    v.run(&args).ok();
    let claims = v.run(&["claims", "--json"]).ok().json();
    let mentions = v.run(&["mentions", "--json"]).ok().json();
    let mut names = std::collections::HashMap::new();
    for m in mentions.as_array().unwrap() {
        if let Some(id) = m["entity_id"].as_str() {
            let text = m["text"].as_str().unwrap_or("").to_string();
            let e = names.entry(id.to_string()).or_insert_with(String::new);
            if text.len() > e.len() {
                *e = text;
            }
        }
    }
    (claims.as_array().unwrap().clone(), names)
}

/// The names of a claim's parties under `prop` (`organizer`, `target`, `involved`).
fn parties(
    c: &Value,
    prop: &str,
    names: &std::collections::HashMap<String, String>,
) -> Vec<String> {
    c["parties"][prop]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|id| names.get(id.as_str().unwrap_or("")).cloned())
        .collect()
}

fn of_kind<'a>(claims: &'a [Value], kind: &str) -> Vec<&'a Value> {
    claims.iter().filter(|c| c["kind"] == kind).collect()
}

#[test]
fn the_parse_tells_the_doer_from_the_one_done_to() {
    let Some(model) = spacy_model() else {
        return;
    };
    let (claims, names) = read(Some(&model));
    let summaries: Vec<&str> = claims
        .iter()
        .filter_map(|c| c["summary"].as_str())
        .collect();

    // Plots: the plotters are organizers, the targeted group a target, never a plotter.
    let plots = of_kind(&claims, "plot");
    let plotters: Vec<Vec<String>> = plots
        .iter()
        .map(|c| parties(c, "organizer", &names))
        .collect();
    let targets: Vec<Vec<String>> = plots.iter().map(|c| parties(c, "target", &names)).collect();
    assert!(
        plotters
            .iter()
            .any(|p| p.contains(&"Lukas Brandt".to_string())),
        "{summaries:?}"
    );
    assert!(
        plotters
            .iter()
            .any(|p| p.contains(&"Valdorian Bureau of Internal Security".to_string())),
        "a passive 'directed by' names the plotter: {summaries:?}"
    );
    assert!(
        plotters
            .iter()
            .all(|p| !p.contains(&"Union of Free Valdorians".to_string())),
        "the target is no plotter: {summaries:?}"
    );
    assert!(
        targets
            .iter()
            .all(|t| t.contains(&"Union of Free Valdorians".to_string())),
        "{summaries:?}"
    );
    assert!(
        summaries.contains(&"plot by Lukas Brandt against Union of Free Valdorians"),
        "{summaries:?}"
    );

    // Supply: the giver from a relative clause, the recipient after "to", the item.
    let supply = of_kind(&claims, "supply");
    assert_eq!(supply.len(), 1, "{summaries:?}");
    assert_eq!(parties(supply[0], "organizer", &names), ["Lukas Brandt"]);
    assert_eq!(parties(supply[0], "target", &names), ["Sanne Vermeer"]);
    assert!(supply[0]["summary"]
        .as_str()
        .unwrap()
        .contains("detonators"));

    // Arrest: the passive subject arrested, by police the report does not name as an entity.
    let arrest = of_kind(&claims, "arrest");
    assert_eq!(arrest.len(), 1, "{summaries:?}");
    assert_eq!(parties(arrest[0], "target", &names), ["Lukas Brandt"]);
    assert!(arrest[0]["summary"]
        .as_str()
        .unwrap()
        .contains("by Dutch police"));
    assert_eq!(arrest[0]["place"], "Utrecht");

    // Sentence and charge, each with its term.
    let conviction = of_kind(&claims, "conviction");
    assert_eq!(conviction.len(), 1, "{summaries:?}");
    assert_eq!(parties(conviction[0], "target", &names), ["Lukas Brandt"]);
    assert!(conviction[0]["role"]
        .as_str()
        .unwrap()
        .contains("18 years in prison"));
    assert!(conviction[0]["summary"]
        .as_str()
        .unwrap()
        .contains("court in Ghent"));
    let charge = of_kind(&claims, "charge");
    assert_eq!(charge.len(), 1, "{summaries:?}");
    assert_eq!(parties(charge[0], "target", &names), ["Sanne Vermeer"]);
    assert!(charge[0]["role"]
        .as_str()
        .unwrap()
        .contains("attempted murder"));

    // Every claim keeps its sentence.
    for c in &claims {
        let sentence = c["sentence"].as_str().unwrap();
        assert!(REPORT.replace('\n', " ").contains(sentence) || REPORT.contains(sentence));
    }
}

#[test]
fn without_a_parse_the_targeted_group_is_no_plotter() {
    let (claims, names) = read(None);
    let plots = of_kind(&claims, "plot");
    assert_eq!(plots.len(), 1, "{claims:?}");
    assert_eq!(
        parties(plots[0], "target", &names),
        ["Union of Free Valdorians"]
    );
    assert!(parties(plots[0], "organizer", &names).is_empty());
    assert!(plots[0]["summary"]
        .as_str()
        .unwrap()
        .starts_with("plot against Union of Free Valdorians"));
}

#[test]
fn names_given_by_a_participle_are_the_parties_and_being_paid_hands_nothing_over() {
    let Some(model) = spacy_model() else {
        return;
    };
    let (claims, _) = read_page(
        Some(&model),
        "Surveillance ring before the court\n\n\
         ROTTERDAM (Wire) — Jeroen Dekker told the court that he had been paid to follow \
         exiled journalists through the city for a year.\n\n\
         The two other suspects, identified only as Samir K. and Eline W., were detained in \
         Utrecht last spring.\n",
    );
    let claims = claims.as_slice();
    let summaries: Vec<&str> = claims
        .iter()
        .filter_map(|c| c["summary"].as_str())
        .collect();
    let arrest = of_kind(claims, "arrest");
    assert_eq!(arrest.len(), 1, "{summaries:?}");
    assert_eq!(
        arrest[0]["parties"]["target"].as_array().map(Vec::len),
        Some(2),
        "{summaries:?}"
    );
    // Being paid names the one paid; no handover from him.
    for c in of_kind(claims, "supply") {
        assert!(
            c["parties"]["organizer"].is_null(),
            "the one paid handed nothing over: {summaries:?}"
        );
    }
}
