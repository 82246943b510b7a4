//! Scoring a query against a listed entity: the best name comparison, then qualifiers from
//! birth date, country and gender. Every score carries `{feature: {score, detail}}`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use vigil_model::identifiers::{IdKind, Identifier};
use vigil_model::Schema;
use vigil_normalize::{AnalyzedName, NameKind};

use crate::names::{compare_with, name_score};

/// One feature's contribution to a score, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feature {
    pub score: f32,
    pub detail: String,
}

/// What a score rests on, by feature name (`name`, `birth_date`, `country`, `gender`).
pub type Explanation = BTreeMap<String, Feature>;

/// Weights of the qualifiers; every one can be set per request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Added when a birth date agrees to the day (or year, when only years are known).
    pub birth_date_match: f32,
    /// Subtracted when every birth year differs by more than one year.
    pub birth_date_mismatch: f32,
    /// Subtracted when both sides name countries and none is shared.
    pub country_mismatch: f32,
    /// Added when a country is shared.
    pub country_match: f32,
    /// Subtracted when both sides state a gender and they differ.
    pub gender_mismatch: f32,
    /// Multiplies the name score when the best name is a weak alias.
    pub weak_alias: f32,
    /// Added when an identifier (IMO, passport, registration number ...) is on both sides.
    pub identifier_match: f32,
    /// Subtracted when both sides give an identifier of a kind a thing has one of (IMO, LEI,
    /// MMSI) and they differ; a third of it for other kinds (a person has several passports).
    pub identifier_mismatch: f32,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights {
            birth_date_match: 0.05,
            birth_date_mismatch: 0.15,
            country_mismatch: 0.1,
            country_match: 0.02,
            gender_mismatch: 0.15,
            weak_alias: 0.9,
            identifier_match: 0.3,
            identifier_mismatch: 0.3,
        }
    }
}

/// The query side: analysed names and the facts that qualify them.
#[derive(Debug, Clone, Default)]
pub struct QueryFacts {
    pub birth_dates: Vec<String>,
    /// ISO 3166-1 alpha-2 codes, lower case.
    pub countries: Vec<String>,
    pub gender: Option<String>,
    /// In canonical form (see `vigil_model::identifiers`).
    pub identifiers: Vec<Identifier>,
}

/// A listed entity's side.
#[derive(Debug, Clone, Copy)]
pub struct CandidateFacts<'a> {
    pub schema: Schema,
    pub names: &'a [AnalyzedName],
    /// Parallel to `names`: whether that name is a weak alias.
    pub weak: &'a [bool],
    pub birth_dates: &'a [String],
    pub countries: &'a [String],
    pub gender: Option<&'a str>,
    pub identifiers: &'a [Identifier],
}

/// A scored candidate.
#[derive(Debug, Clone)]
pub struct EntityScore {
    pub score: f32,
    /// Index into the candidate's names of the best-matching one.
    pub best_name: usize,
    pub explanation: Explanation,
}

fn year(date: &str) -> Option<i32> {
    date.get(..4).and_then(|y| y.parse().ok())
}

/// A qualifier's account, written only when asked for (screening scores hundreds of
/// candidates per query and explains the few it returns).
fn account(explain: bool, text: impl FnOnce() -> String) -> String {
    if explain {
        text()
    } else {
        String::new()
    }
}

fn birth_date_feature(q: &[String], c: &[String], w: &Weights, explain: bool) -> Option<Feature> {
    if q.is_empty() || c.is_empty() {
        return None;
    }
    // Same date to the precision both sides have.
    for a in q {
        for b in c {
            let n = a.len().min(b.len());
            if n >= 4 && a[..n] == b[..n] {
                return Some(Feature {
                    score: w.birth_date_match,
                    detail: account(explain, || format!("{a} agrees with {b}")),
                });
            }
        }
    }
    let close = q.iter().filter_map(|a| year(a)).any(|ya| {
        c.iter()
            .filter_map(|b| year(b))
            .any(|yb| (ya - yb).abs() <= 1)
    });
    if close {
        return Some(Feature {
            score: 0.0,
            detail: account(explain, || {
                format!("{} within a year of {}", q.join(", "), c.join(", "))
            }),
        });
    }
    Some(Feature {
        score: -w.birth_date_mismatch,
        detail: account(explain, || {
            format!("{} against {}", q.join(", "), c.join(", "))
        }),
    })
}

/// A body's name that says its country (the Russian Ministry of Defence, Iran's Atomic Energy
/// Organization) against an entity of another country whose name says none (North Korea's
/// Ministry of National Defence): the mismatch a query's country would make. Without a
/// country in the query's name, or with one in the candidate's (the name scorer has weighed
/// both), nothing.
fn named_country_feature(
    q: &AnalyzedName,
    c: &AnalyzedName,
    countries: &[String],
    w: &Weights,
    explain: bool,
) -> Option<Feature> {
    if q.kind == NameKind::Person
        || countries.is_empty()
        || c.parts.iter().any(|p| p.country.is_some())
    {
        return None;
    }
    let named: Vec<String> = q
        .parts
        .iter()
        .filter_map(|p| p.country)
        .filter(|&code| code != vigil_normalize::ANY_COUNTRY)
        .filter_map(|code| std::str::from_utf8(&code).ok().map(str::to_string))
        .collect();
    if named.is_empty()
        || named
            .iter()
            .any(|n| countries.iter().any(|c| c.eq_ignore_ascii_case(n)))
    {
        return None;
    }
    Some(Feature {
        score: -w.country_mismatch,
        detail: account(explain, || {
            format!(
                "the name says {}, the entity is of {}",
                named.join(", "),
                countries.join(", ")
            )
        }),
    })
}

fn country_feature(q: &[String], c: &[String], w: &Weights, explain: bool) -> Option<Feature> {
    if q.is_empty() || c.is_empty() {
        return None;
    }
    match q.iter().find(|x| c.contains(x)) {
        Some(shared) => Some(Feature {
            score: w.country_match,
            detail: account(explain, || format!("{shared} on both")),
        }),
        None => Some(Feature {
            score: -w.country_mismatch,
            detail: account(explain, || {
                format!("{} against {}", q.join(", "), c.join(", "))
            }),
        }),
    }
}

/// What the identifiers of both sides say: one shared (the score it gives on its own, and its
/// account), or one of the same kind differing (the penalty and account), or nothing.
enum IdentifierEvidence {
    Shared(f32, String),
    Differs(f32, String),
}

fn identifier_evidence(
    q: &[Identifier],
    c: &[Identifier],
    w: &Weights,
    explain: bool,
) -> Option<IdentifierEvidence> {
    if q.is_empty() || c.is_empty() {
        return None;
    }
    // The same value under any kind: a number given as an id may be listed as a passport.
    if let Some((a, b)) = q
        .iter()
        .find_map(|a| c.iter().find(|b| b.value == a.value).map(|b| (a, b)))
    {
        // On its own an identifier a thing has one of is the thing; a passport or a
        // registration number is strong evidence, short of the name agreeing.
        let strong = |k: IdKind| k.is_unique() || matches!(k, IdKind::Bic | IdKind::Wallet);
        let alone = if strong(a.kind) || strong(b.kind) {
            0.95
        } else {
            0.85
        };
        return Some(IdentifierEvidence::Shared(
            alone,
            account(explain, || {
                format!("{} {} listed", b.kind.as_str(), b.value)
            }),
        ));
    }
    let differing = q.iter().find(|a| c.iter().any(|b| b.kind == a.kind))?;
    let penalty = if differing.kind.is_unique() {
        w.identifier_mismatch
    } else {
        w.identifier_mismatch / 3.0
    };
    Some(IdentifierEvidence::Differs(
        penalty,
        account(explain, || {
            let listed: Vec<&str> = c
                .iter()
                .filter(|b| b.kind == differing.kind)
                .map(|b| b.value.as_str())
                .collect();
            format!(
                "{} {} against {}",
                differing.kind.as_str(),
                differing.value,
                listed.join(", ")
            )
        }),
    ))
}

/// Score a query (its analysed names and facts) against one candidate, with its explanation.
pub fn score_entity(
    query_names: &[AnalyzedName],
    q: &QueryFacts,
    c: &CandidateFacts<'_>,
    w: &Weights,
) -> EntityScore {
    score_entity_with(query_names, q, c, w, true)
}

/// As [`score_entity`]; with `explain` false only the score is computed and the explanation
/// stays empty, for candidates that will be dropped anyway (the text costs more than the score).
pub fn score_entity_with(
    query_names: &[AnalyzedName],
    q: &QueryFacts,
    c: &CandidateFacts<'_>,
    w: &Weights,
    explain: bool,
) -> EntityScore {
    score_entity_by(query_names, q, c, w, explain, &mut |qn, cn, _, _| {
        name_score(qn, cn)
    })
}

/// As [`score_entity_with`], the score of query name `qi` against candidate name `ci` asked
/// of `name_score` (given both names and both positions): a caller that screens the same
/// names again and again remembers them.
pub fn score_entity_by(
    query_names: &[AnalyzedName],
    q: &QueryFacts,
    c: &CandidateFacts<'_>,
    w: &Weights,
    explain: bool,
    name_score: &mut dyn FnMut(&AnalyzedName, &AnalyzedName, usize, usize) -> f32,
) -> EntityScore {
    let mut best: Option<(f32, usize, usize)> = None;
    for (qi, qn) in query_names.iter().enumerate() {
        for (ci, cn) in c.names.iter().enumerate() {
            let score = name_score(qn, cn, qi, ci);
            let weighted = if c.weak.get(ci).copied().unwrap_or(false) {
                score * w.weak_alias
            } else {
                score
            };
            if best.is_none_or(|b| weighted > b.0) {
                best = Some((weighted, ci, qi));
            }
        }
    }
    let mut explanation = Explanation::new();
    let ids = identifier_evidence(&q.identifiers, c.identifiers, w, explain);
    if best.is_none() || query_names.is_empty() {
        // A query by identifier alone: the identifier decides.
        if let Some(IdentifierEvidence::Shared(alone, detail)) = ids {
            explanation.insert(
                "identifier".into(),
                Feature {
                    score: alone,
                    detail,
                },
            );
            return EntityScore {
                score: alone,
                best_name: 0,
                explanation,
            };
        }
    }
    let Some((name_score, best_name, qi)) = best else {
        if explain {
            explanation.insert(
                "name".into(),
                Feature {
                    score: 0.0,
                    detail: "no names to compare".into(),
                },
            );
        }
        return EntityScore {
            score: 0.0,
            best_name: 0,
            explanation,
        };
    };
    if explain {
        let detail = compare_with(&query_names[qi], &c.names[best_name], true).detail;
        let weak = c.weak.get(best_name).copied().unwrap_or(false);
        explanation.insert(
            "name".into(),
            Feature {
                score: name_score,
                detail: format!(
                    "{:?} ~ {:?}{}: {}",
                    query_names[qi].original,
                    c.names[best_name].original,
                    if weak { " (weak alias)" } else { "" },
                    detail
                ),
            },
        );
    }
    let mut score = name_score;
    let mut add = |feature: &str, f: Feature| {
        score += f.score;
        if explain {
            explanation.insert(feature.into(), f);
        }
    };
    // Qualifiers move a score that is already about a name; they cannot make one out of nothing.
    if name_score > 0.0 {
        if c.schema.is_a(Schema::Person) {
            if let Some(f) = birth_date_feature(&q.birth_dates, c.birth_dates, w, explain) {
                add("birth_date", f);
            }
            if let (Some(a), Some(b)) = (q.gender.as_deref(), c.gender) {
                if !a.eq_ignore_ascii_case(b) {
                    let f = Feature {
                        score: -w.gender_mismatch,
                        detail: account(explain, || format!("{a} against {b}")),
                    };
                    add("gender", f);
                }
            }
        }
        if let Some(f) = country_feature(&q.countries, c.countries, w, explain) {
            add("country", f);
        } else if let Some(f) = named_country_feature(
            &query_names[qi],
            &c.names[best_name],
            c.countries,
            w,
            explain,
        ) {
            add("country", f);
        }
    }
    match ids {
        // A shared identifier raises a weak name match, and stands on its own against a name
        // that does not match at all (a renamed ship keeps its IMO number).
        Some(IdentifierEvidence::Shared(alone, detail)) => {
            let raised = (score + w.identifier_match).max(alone);
            let f = Feature {
                score: raised - score,
                detail,
            };
            score = raised;
            if explain {
                explanation.insert("identifier".into(), f);
            }
        }
        Some(IdentifierEvidence::Differs(penalty, detail)) if name_score > 0.0 => {
            score -= penalty;
            if explain {
                explanation.insert(
                    "identifier".into(),
                    Feature {
                        score: -penalty,
                        detail,
                    },
                );
            }
        }
        _ => {}
    }
    EntityScore {
        score: score.clamp(0.0, 1.0),
        best_name,
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_normalize::{analyze, NameKind};

    #[test]
    fn identifiers_decide_alone_and_move_a_name_score() {
        let imo = |v: &str| Identifier {
            kind: IdKind::Imo,
            value: v.into(),
        };
        let listed = [imo("9179842")];
        let names = vec![analyze("OCEAN STAR", NameKind::Other)];
        let c = CandidateFacts {
            schema: Schema::Vessel,
            names: &names,
            weak: &[false],
            birth_dates: &[],
            countries: &[],
            gender: None,
            identifiers: &listed,
        };
        let w = Weights::default();
        let facts = |ids: Vec<Identifier>| QueryFacts {
            identifiers: ids,
            ..QueryFacts::default()
        };
        // By identifier alone.
        let alone = score_entity(&[], &facts(vec![imo("9179842")]), &c, &w);
        assert!(alone.score >= 0.9, "{:?}", alone.explanation);
        assert!(alone.explanation.contains_key("identifier"));
        assert_eq!(
            score_entity(&[], &facts(vec![imo("9179843")]), &c, &w).score,
            0.0
        );
        // A renamed ship keeps its number; a namesake with another number is another ship.
        let renamed = [analyze("SEA PEARL", NameKind::Other)];
        assert!(score_entity(&renamed, &facts(vec![imo("9179842")]), &c, &w).score >= 0.9);
        let namesake = [analyze("OCEAN STAR", NameKind::Other)];
        let plain = score_entity(&namesake, &QueryFacts::default(), &c, &w).score;
        let other = score_entity(&namesake, &facts(vec![imo("1234567")]), &c, &w);
        assert!(other.score <= plain - 0.3 + 1e-6, "{:?}", other.explanation);
    }

    #[test]
    fn qualifiers_move_the_name_score() {
        let names = vec![analyze("ASSADI Assadollah", NameKind::Person)];
        let dates = vec!["1971-12-22".to_string()];
        let countries = vec!["ir".to_string()];
        let c = CandidateFacts {
            schema: Schema::Person,
            names: &names,
            weak: &[false],
            birth_dates: &dates,
            countries: &countries,
            gender: Some("male"),
            identifiers: &[],
        };
        let q = [analyze("Asadollah Assadi", NameKind::Person)];
        let w = Weights::default();
        let plain = score_entity(&q, &QueryFacts::default(), &c, &w);
        let same = score_entity(
            &q,
            &QueryFacts {
                birth_dates: vec!["1971".into()],
                countries: vec!["ir".into()],
                gender: None,
                identifiers: Vec::new(),
            },
            &c,
            &w,
        );
        let other = score_entity(
            &q,
            &QueryFacts {
                birth_dates: vec!["1980-01-01".into()],
                countries: vec!["fr".into()],
                gender: Some("female".into()),
                identifiers: Vec::new(),
            },
            &c,
            &w,
        );
        assert!(same.score >= plain.score);
        assert!(other.score < plain.score - 0.3, "{:?}", other.explanation);
        for feature in ["name", "birth_date", "country", "gender"] {
            assert!(
                other.explanation.contains_key(feature),
                "{feature} explained"
            );
        }
    }
}
