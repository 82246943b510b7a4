//! Entities assembled from statements, and their FtM JSON form.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::{PropType, Schema, Statement};

/// An entity: the union of the statements made about one id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub schema: Schema,
    /// Property name to values, each value once, in the order first asserted.
    pub properties: BTreeMap<String, Vec<String>>,
    pub datasets: Vec<String>,
}

impl Entity {
    pub fn new(id: impl Into<String>, schema: Schema) -> Entity {
        Entity {
            id: id.into(),
            schema,
            properties: BTreeMap::new(),
            datasets: Vec::new(),
        }
    }

    /// Build an entity from its statements. The most specific schema among them wins
    /// (a FtM entity asserted as LegalEntity by one source and Company by another is a Company).
    pub fn from_statements<'a>(
        statements: impl IntoIterator<Item = &'a Statement>,
    ) -> Option<Entity> {
        let mut entity: Option<Entity> = None;
        for st in statements {
            let e = entity.get_or_insert_with(|| Entity::new(st.entity_id.clone(), st.schema));
            if st.schema != e.schema && st.schema.is_a(e.schema) {
                e.schema = st.schema;
            }
            e.add(&st.prop, &st.value);
            if !e.datasets.contains(&st.dataset) {
                e.datasets.push(st.dataset.clone());
            }
        }
        entity
    }

    /// Add a value unless it is empty or already present.
    pub fn add(&mut self, prop: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let values = self.properties.entry(prop.to_string()).or_default();
        if !values.iter().any(|v| v == value) {
            values.push(value.to_string());
        }
    }

    pub fn first(&self, prop: &str) -> Option<&str> {
        self.properties
            .get(prop)
            .and_then(|v| v.first())
            .map(String::as_str)
    }

    pub fn values(&self, prop: &str) -> &[String] {
        self.properties.get(prop).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every name-typed value (name, aliases, previous names, name parts excluded).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        ["name", "alias", "previousName", "weakAlias", "abbreviation"]
            .into_iter()
            .flat_map(move |p| self.values(p).iter().map(String::as_str))
    }

    /// A display label: the first name, or for edges and other unnamed entities the id.
    pub fn caption(&self) -> &str {
        self.first("name").unwrap_or(&self.id)
    }

    /// Ids of other entities this one refers to, with the property that refers.
    pub fn references(&self) -> impl Iterator<Item = (&str, &str)> {
        let schema = self.schema;
        self.properties.iter().flat_map(move |(prop, values)| {
            let is_ref = schema
                .property(prop)
                .is_some_and(|d| d.kind == PropType::Entity);
            values
                .iter()
                .filter(move |_| is_ref)
                .map(move |v| (prop.as_str(), v.as_str()))
        })
    }

    /// The FtM JSON object: `{"id", "schema", "properties", "datasets"}`.
    pub fn to_ftm_json(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "schema": self.schema.name(),
            "caption": self.caption(),
            "properties": self.properties,
            "datasets": self.datasets,
        })
    }
}

/// Turn an entity back into statements for `dataset` (used by loaders that build whole entities).
pub fn entity_statements(entity: &Entity, dataset: &str, origin: Option<&str>) -> Vec<Statement> {
    let mut out = Vec::new();
    for (prop, values) in &entity.properties {
        for value in values {
            let mut st = Statement::new(&entity.id, entity.schema, prop, value, dataset);
            st.origin = origin.map(str::to_string);
            out.push(st);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assembles_and_refines_schema() {
        let a = Statement::new("x", Schema::LegalEntity, "name", "ACME", "d1");
        let b = Statement::new("x", Schema::Company, "alias", "ACME Ltd", "d2");
        let c = Statement::new("x", Schema::Company, "name", "ACME", "d2");
        let e = Entity::from_statements([&a, &b, &c]).expect("entity");
        assert_eq!(e.schema, Schema::Company);
        assert_eq!(e.values("name"), ["ACME"]);
        assert_eq!(e.datasets, ["d1", "d2"]);
        assert_eq!(e.names().collect::<Vec<_>>(), ["ACME", "ACME Ltd"]);
    }

    #[test]
    fn references_are_entity_typed_props_only() {
        let mut e = Entity::new("l1", Schema::UnknownLink);
        e.add("subject", "a");
        e.add("object", "b");
        e.add("role", "linked to");
        let mut refs: Vec<_> = e.references().collect();
        refs.sort();
        assert_eq!(refs, [("object", "b"), ("subject", "a")]);
    }
}
