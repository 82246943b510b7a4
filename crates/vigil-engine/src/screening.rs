//! Screening: one name, or the rows of a batch, each with what it was screened without and
//! the listed entities near its match when asked.

use vigil_index::{Index, Options, Query};
use vigil_model::identifiers::{parse_identifier, Identifier};
use vigil_model::Schema;

use crate::{EngineError, Result};

/// A schema named on the command line or in a batch row: any case, and one that is screened.
pub fn parse_schema(name: &str) -> Result<Schema> {
    let s = Schema::from_name(name)
        .or_else(|| {
            Schema::ALL
                .iter()
                .copied()
                .find(|s| s.name().eq_ignore_ascii_case(name))
        })
        .ok_or_else(|| EngineError::refused(format!("unknown schema {name:?}")))?;
    if !(s.is_matchable() || s == Schema::Thing) {
        return Err(EngineError::refused(format!("schema {name:?} is not screened; use Person, Organization, Company, LegalEntity, Vessel, Airplane")));
    }
    Ok(s)
}

/// One input row's outcome.
pub enum RowResult {
    /// Results, the exposure columns when asked for, and what the row was screened without.
    Done(
        Vec<vigil_index::Match>,
        Option<(usize, String)>,
        Option<String>,
    ),
    Failed(String),
}

/// The listed entities within `hops` of a matched entity: how many, and the first few named.
pub fn exposure(graph: &vigil_graph::Graph, id: &str, hops: usize) -> (usize, String) {
    let Some(start) = graph.node(id) else {
        return (0, String::new());
    };
    let n = graph.neighbourhood(start, hops, &vigil_graph::Filter::default(), 500);
    let listed: Vec<String> = graph
        .listed_in(&n)
        .map(|(x, d)| {
            let node = &graph.nodes[x as usize];
            format!("{} ({}, {d} hop)", node.caption, node.id)
        })
        .collect();
    let mut shown: Vec<String> = listed.iter().take(5).cloned().collect();
    if listed.len() > 5 {
        shown.push(format!("and {} more", listed.len() - 5));
    }
    (listed.len(), shown.join("; "))
}

/// Which columns of a batch hold what.
#[derive(Debug, Clone, Copy)]
pub struct BatchColumns {
    pub name: usize,
    pub schema: Option<usize>,
    pub birth_date: Option<usize>,
    pub country: Option<usize>,
    /// Identifiers (IMO, passport ... numbers), several in one cell separated by `;`.
    pub identifier: Option<usize>,
}

/// Screen one batch row (read from `line`): its query from the columns, checked, screened
/// without any birth date, country or identifier that reads as nothing (and saying so), with the listed
/// entities within `exposure` hops of a match when a graph is given.
pub fn screen_row(
    index: &Index,
    exposure_of: Option<(&vigil_graph::Graph, usize)>,
    line: u64,
    row: &csv::StringRecord,
    columns: BatchColumns,
    default_schema: Schema,
    opts: &Options,
) -> RowResult {
    let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(str::trim).unwrap_or("");
    let name = get(Some(columns.name));
    let identifiers: Vec<Identifier> = get(columns.identifier)
        .split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(parse_identifier)
        .collect();
    if name.is_empty() && identifiers.is_empty() {
        return RowResult::Failed(format!("line {line}: empty name and no identifier"));
    }
    if name.len() > vigil_index::MAX_NAME_BYTES {
        return RowResult::Failed(format!(
            "line {line}: a name of {} bytes: at most {}",
            name.len(),
            vigil_index::MAX_NAME_BYTES
        ));
    }
    let schema = match get(columns.schema) {
        "" => default_schema,
        s => match parse_schema(s) {
            Ok(s) => s,
            Err(e) => return RowResult::Failed(format!("line {line}: {e}")),
        },
    };
    let value = |c: Option<usize>| {
        Some(get(c))
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .into_iter()
            .collect()
    };
    let query = Query {
        schema,
        names: Some(name)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .into_iter()
            .collect(),
        birth_dates: value(columns.birth_date),
        countries: value(columns.country),
        gender: None,
        identifiers,
    };
    if let Err(e) = query.check() {
        return RowResult::Failed(format!("line {line}: {e}"));
    }
    // A date or country that reads as nothing: screened without it, and said so.
    let (query, left_out) = query.readable();
    let note = (!left_out.is_empty())
        .then(|| format!("line {line}: screened without {}", left_out.join("; ")));
    let results = index.screen(&query, opts);
    let exposed = match (exposure_of, results.first()) {
        (Some((g, h)), Some(m)) if m.is_match => Some(exposure(g, &m.id, h)),
        (Some(_), _) => Some((0, String::new())),
        _ => None,
    };
    RowResult::Done(results, exposed, note)
}

/// A feature of a score in words, before its numbers (as the web UI says it).
pub fn in_words(feature: &str, score: f32) -> String {
    match feature {
        "name" if score >= 0.99 => "the same name".into(),
        "name" if score >= 0.9 => "the same name in another spelling or script".into(),
        "name" if score >= 0.8 => "a close name".into(),
        "name" => "a name only partly alike".into(),
        "birth_date" if score > 0.0 => "the same birth date (for)".into(),
        "birth_date" => "birth dates differ (against)".into(),
        "country" if score > 0.0 => "the same country (for)".into(),
        "country" => "countries differ (against)".into(),
        "gender" => "genders differ (against)".into(),
        "identifier" if score > 0.0 => "a shared identifier (for)".into(),
        "identifier" => "an identifier of the same kind differs (against)".into(),
        "ofac_name" => format!("OFAC's tool would score it {:.0}", score * 100.0),
        other => other.to_string(),
    }
}

/// A match's explanation in words, with its score: "score 0.93: the same name in another
/// spelling or script; the same birth date (for)".
pub fn explain_in_words(m: &vigil_index::Match) -> String {
    let words: Vec<String> = m
        .explanation
        .iter()
        .map(|(feature, f)| in_words(feature, f.score))
        .collect();
    format!("score {:.2}: {}", m.score, words.join("; "))
}
