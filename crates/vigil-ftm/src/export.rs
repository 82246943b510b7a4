//! Entities as FtM JSON lines and as FtM statement rows.
//!
//! What vigil keeps beyond FtM's model goes into properties FtM has: a claim's sentence is its
//! `summary`, its character span the `recordId`, who asserts it the `publisher`, an event's
//! kind a `keyword`; a mention's span and link score ride on a `Documentation` entity between
//! the report and the entity it names. Values FtM's types reject are kept as `notes` (on
//! intervals, which have none, as `description`) with the property they came from.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use vigil_model::{Entity, Schema};
use vigil_store::EntitySeen as Seen;

use crate::values::clean_value;

pub use vigil_model::ftm_fields::{FIRST_SEEN, LAST_CHANGE, REFERENTS};

/// Where a vigil-only property goes in FtM.
enum Mapped {
    To(&'static str),
    Note(&'static str),
    Drop,
}

fn extension(schema: Schema, prop: &str) -> Option<Mapped> {
    Some(match prop {
        "sourceSentence" => Mapped::To("summary"),
        "sourceSpan" => Mapped::To("recordId"),
        "assertedBy" => Mapped::To("publisher"),
        // A relation's schema says its kind already (Employment, Membership, Family).
        "claimKind" if schema == Schema::Event => Mapped::To("keywords"),
        "claimKind" => Mapped::Drop,
        "item" => Mapped::Note("item"),
        // FtM's Event has no target; the target stays a party, and the event's name says
        // which way round it was ("plot by X against Y").
        "target" if schema == Schema::Event => Mapped::To("involved"),
        "ownerName" => Mapped::Note("owner"),
        // The span table rides out as Mention and Documentation entities.
        "mentionSpans" => Mapped::Drop,
        "kind" | "start" | "end" | "sentence" | "score" | "value" if schema == Schema::Mention => {
            Mapped::Drop
        }
        "notes" if !schema.is_a(Schema::Thing) => Mapped::To("description"),
        REFERENTS | FIRST_SEEN | LAST_CHANGE => Mapped::Drop,
        _ => return None,
    })
}

/// The property that keeps what FtM's types cannot hold, if the schema has one.
fn note_property(schema: Schema) -> Option<&'static str> {
    if schema.is_a(Schema::Thing) {
        Some("notes")
    } else if schema.property("description").is_some() {
        Some("description")
    } else {
        None
    }
}

/// Dataset names as FtM's `dataset_name_check` wants them: lower case, underscores (the
/// store's own names already are; older exports' and commands' names map to them).
pub fn ftm_dataset_name(name: &str) -> String {
    vigil_model::vocab::dataset_name(name)
}

/// The FtM (property, value) pairs one stored value of `prop` becomes: its FtM form(s), and a
/// note with the source's wording when FtM's type holds none or only part of it. `claim` says
/// the entity is a claim read from a report, whose sentence takes the `summary`.
pub fn ftm_values(schema: Schema, prop: &str, value: &str, claim: bool) -> Vec<(String, String)> {
    let note = |text: String| -> Vec<(String, String)> {
        note_property(schema)
            .map(|np| vec![(np.to_string(), text)])
            .unwrap_or_default()
    };
    let target = match extension(schema, prop) {
        Some(Mapped::Drop) => return Vec::new(),
        Some(Mapped::Note(label)) => return note(format!("{label}: {value}")),
        Some(Mapped::To(t)) => t,
        None if prop == "summary" && claim => "description",
        None => prop,
    };
    // A property vigil does not type came from an FtM file: it goes back as it came.
    let Some(kind) = schema.property(target).map(|p| p.kind) else {
        return vec![(target.to_string(), value.to_string())];
    };
    let cleaned = clean_value(kind, target, value);
    let mut out: Vec<(String, String)> = cleaned
        .values
        .into_iter()
        .map(|v| (target.to_string(), v))
        .collect();
    if out.is_empty() || cleaned.partial {
        out.extend(note(format!("{prop}: {value}")));
    }
    out
}

/// `e`'s properties as yente answers them: FtM's own properties in the forms FtM's types hold
/// (countries as codes, one phone a value; a value FtM would reject kept in `notes`), vigil's
/// own properties (a claim's sentence, a report's span table) and FtM properties vigil does
/// not type as they are, the entity-level fields (`referents`, ...) left out.
pub fn api_properties(e: &Entity) -> BTreeMap<String, Vec<String>> {
    let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut push = |p: String, v: String| {
        let vs = props.entry(p).or_default();
        if !vs.contains(&v) {
            vs.push(v);
        }
    };
    for (prop, values) in &e.properties {
        if vigil_model::ftm_fields::ALL.contains(&prop.as_str()) {
            continue;
        }
        let own = extension(e.schema, prop).is_some() && prop != "notes";
        for v in values {
            if own || e.schema.property(prop).is_none() {
                push(prop.clone(), v.clone());
            } else {
                for (p, v) in ftm_values(e.schema, prop, v, false) {
                    push(p, v);
                }
            }
        }
    }
    props
}

/// Whether `e` is a claim read from a report (its sentence becomes the FtM `summary`).
pub fn is_claim(e: &Entity) -> bool {
    e.properties.contains_key("sourceSentence")
}

/// The FtM properties of `e`: values in FtM's forms, vigil's extensions mapped.
pub fn ftm_properties(e: &Entity) -> BTreeMap<String, Vec<String>> {
    let claim = is_claim(e);
    let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (prop, values) in &e.properties {
        for v in values {
            for (p, v) in ftm_values(e.schema, prop, v, claim) {
                let vs = props.entry(p).or_default();
                if !vs.contains(&v) {
                    vs.push(v);
                }
            }
        }
    }
    props
}

/// FtM's datetime form of an RFC 3339 time (`2026-11-30T09:37:46`).
pub fn ftm_time(t: &str) -> Option<String> {
    clean_value(vigil_model::PropType::Date, "createdAt", t)
        .values
        .into_iter()
        .next()
}

/// One FtM JSON line for `e`, as OpenSanctions' exports carry them: caption, datasets,
/// referents (merged ids and those an FtM source gave), first seen, last seen, last change.
pub fn ftm_entity(e: &Entity, seen: &Seen, merged: &[String]) -> Value {
    let mut referents: Vec<String> = e.values(REFERENTS).to_vec();
    for m in merged {
        if !referents.contains(m) && *m != e.id {
            referents.push(m.clone());
        }
    }
    // An FtM source's own dates go further back than vigil's loads.
    let source_first = e
        .values(FIRST_SEEN)
        .iter()
        .filter_map(|t| ftm_time(t))
        .min();
    let source_change = e
        .values(LAST_CHANGE)
        .iter()
        .filter_map(|t| ftm_time(t))
        .max();
    let ours = |t: &Option<String>| t.as_deref().and_then(ftm_time);
    let first_seen = match (source_first, ours(&seen.first_seen)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let last_change = source_change.or_else(|| ours(&seen.last_change));
    let mut datasets: Vec<String> = e.datasets.iter().map(|d| ftm_dataset_name(d)).collect();
    datasets.dedup();
    json!({
        "id": e.id,
        "schema": e.schema.name(),
        "caption": e.caption(),
        "properties": ftm_properties(e),
        "datasets": datasets,
        "referents": referents,
        "first_seen": first_seen,
        "last_seen": ours(&seen.last_seen),
        "last_change": last_change,
    })
}

/// The FtM `Documentation` line that carries a mention's span and link score: the report
/// documents the entity the mention resolved to. `None` for mentions linked to nothing.
pub fn mention_documentation(mention: &Entity, seen: &Seen) -> Option<Value> {
    let resolved = mention.first("resolved")?;
    let document = mention.first("document")?;
    let mut props: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    props.insert("document", vec![document.to_string()]);
    props.insert("entity", vec![resolved.to_string()]);
    if let Some(kind) = mention.first("kind") {
        props.insert("role", vec![format!("mention ({kind})")]);
    }
    if let (Some(s), Some(e)) = (mention.first("start"), mention.first("end")) {
        props.insert("recordId", vec![format!("{s}-{e}")]);
    }
    if let Some(score) = mention.first("score") {
        props.insert("description", vec![format!("linked with score {score}")]);
    }
    let ours = |t: &Option<String>| t.as_deref().and_then(ftm_time);
    let datasets: Vec<String> = mention
        .datasets
        .iter()
        .map(|d| ftm_dataset_name(d))
        .collect();
    Some(json!({
        "id": format!("{}-doc", mention.id),
        "schema": "Documentation",
        "caption": mention.caption(),
        "properties": props,
        "datasets": datasets,
        "referents": [],
        "first_seen": ours(&seen.first_seen),
        "last_seen": ours(&seen.last_seen),
        "last_change": ours(&seen.last_change),
    }))
}

/// FtM's type name of property `prop` of `schema` (`country`, `name`, ...), from FtM's own
/// model (`types_table.rs`); `id` for FtM's schema statement; `string` for a property FtM
/// does not have (none is written: [`ftm_values`] maps vigil's own).
pub fn ftm_prop_type(schema: Schema, prop: &str) -> &'static str {
    use crate::types_table::{BY_NAME, BY_SCHEMA};
    if prop == "id" {
        return "id";
    }
    if let Ok(i) = BY_NAME.binary_search_by(|(name, _)| (*name).cmp(prop)) {
        return BY_NAME[i].1;
    }
    BY_SCHEMA
        .iter()
        .find(|(s, p, _)| *p == prop && *s == schema.name())
        .or_else(|| BY_SCHEMA.iter().find(|(_, p, _)| *p == prop))
        .map_or("string", |(_, _, t)| t)
}

/// The property under which FtM shows, on the entity `prop` of `schema` points at, the entity
/// that points (a Sanction's `entity` → `sanctions`; an Ownership's `owner` →
/// `ownershipOwner`): yente's adjacent and nested properties.
pub fn reverse_property(schema: &str, prop: &str) -> Option<&'static str> {
    crate::types_table::REVERSE
        .binary_search_by(|(s, p, _)| (*s, *p).cmp(&(schema, prop)))
        .ok()
        .map(|i| crate::types_table::REVERSE[i].2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prop_types_are_ftm_s() {
        assert_eq!(ftm_prop_type(Schema::Person, "firstName"), "string");
        assert_eq!(ftm_prop_type(Schema::Person, "nationality"), "country");
        assert_eq!(ftm_prop_type(Schema::Article, "contentHash"), "checksum");
        assert_eq!(ftm_prop_type(Schema::UnknownLink, "subject"), "entity");
        assert_eq!(ftm_prop_type(Schema::Sanction, "authority"), "string");
        assert_eq!(ftm_prop_type(Schema::Person, "id"), "id");
        assert_eq!(reverse_property("Sanction", "entity"), Some("sanctions"));
        assert_eq!(
            reverse_property("Ownership", "owner"),
            Some("ownershipOwner")
        );
        assert_eq!(reverse_property("Person", "name"), None);
    }

    #[test]
    fn claims_keep_their_provenance_in_ftm_properties() {
        let mut c = Entity::new("clm-1", Schema::Event);
        c.add("name", "denial: Iran");
        c.add("claimKind", "denial");
        c.add("sourceSentence", "Iran rejected the claims.");
        c.add("sourceSpan", "10-35");
        c.add("assertedBy", "Iran");
        c.add("item", "TATP");
        c.add("country", "Iran");
        let p = ftm_properties(&c);
        assert_eq!(p["summary"], ["Iran rejected the claims."]);
        assert_eq!(p["recordId"], ["10-35"]);
        assert_eq!(p["publisher"], ["Iran"]);
        assert_eq!(p["keywords"], ["denial"]);
        assert_eq!(p["notes"], ["item: TATP"]);
        assert_eq!(p["country"], ["ir"]);
        for invented in [
            "claimKind",
            "sourceSentence",
            "sourceSpan",
            "assertedBy",
            "item",
        ] {
            assert!(!p.contains_key(invented), "{invented}");
        }
        // A relation's label moves to its description; the sentence is its summary.
        let mut r = Entity::new("clm-2", Schema::Employment);
        r.add("summary", "X: ambassador of Y");
        r.add("sourceSentence", "X, Y's ambassador, said.");
        let p = ftm_properties(&r);
        assert_eq!(p["summary"], ["X, Y's ambassador, said."]);
        assert_eq!(p["description"], ["X: ambassador of Y"]);
    }

    #[test]
    fn rejected_values_are_kept_in_notes_with_their_property() {
        let mut e = Entity::new("p1", Schema::Person);
        e.add("nationality", "Atlantean");
        e.add("phone", "+7 (3412) 43-05-05; 8017 230 11 22");
        let p = ftm_properties(&e);
        assert_eq!(p["phone"], ["+73412430505"]);
        assert!(p["notes"].contains(&"nationality: Atlantean".to_string()));
        assert!(p["notes"]
            .iter()
            .any(|n| n.starts_with("phone: ") && n.contains("8017")));
        assert!(!p.contains_key("nationality"));
        // Intervals have no notes: their description keeps it.
        let mut s = Entity::new("s1", Schema::Sanction);
        s.add("notes", "listed twice");
        assert_eq!(ftm_properties(&s)["description"], ["listed twice"]);
    }

    #[test]
    fn api_properties_are_ftm_s_forms_with_vigil_s_own_kept() {
        let mut c = Entity::new("clm-1", Schema::Event);
        c.add("country", "Iran");
        c.add("sourceSentence", "Iran rejected the claims.");
        c.add(REFERENTS, "x");
        let p = api_properties(&c);
        assert_eq!(p["country"], ["ir"]);
        assert_eq!(
            p["sourceSentence"],
            ["Iran rejected the claims."],
            "the UI reads it"
        );
        assert!(!p.contains_key(REFERENTS));
    }

    #[test]
    fn lines_carry_referents_and_dates_as_opensanctions_does() {
        let mut e = Entity::new("a", Schema::Person);
        e.add("name", "A");
        e.add(REFERENTS, "ofac-1");
        e.add(FIRST_SEEN, "2020-01-02T03:04:05");
        e.datasets = vec!["eu-oj-32012R0267".into()];
        let seen = Seen {
            first_seen: Some("2026-01-01T00:00:00Z".into()),
            last_seen: Some("2026-02-01T00:00:00.123Z".into()),
            last_change: Some("2026-01-01T00:00:00Z".into()),
        };
        let line = ftm_entity(&e, &seen, &["b".to_string()]);
        assert_eq!(line["referents"], serde_json::json!(["ofac-1", "b"]));
        assert_eq!(
            line["first_seen"], "2020-01-02T03:04:05",
            "the source's is earlier"
        );
        assert_eq!(line["last_seen"], "2026-02-01T00:00:00");
        assert_eq!(line["last_change"], "2026-01-01T00:00:00");
        assert_eq!(line["datasets"], serde_json::json!(["eu_oj_32012r0267"]));
        assert!(line["properties"].get(REFERENTS).is_none());
    }
}
