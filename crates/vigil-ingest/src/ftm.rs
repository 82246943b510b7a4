//! FollowTheMoney entities, one JSON object per line: `{"id", "schema", "properties": {p: [v]}}`.

use std::collections::BTreeMap;

use serde_json::Value;
use vigil_model::Schema;

use crate::error::{IngestError, Location};
use crate::source::SourceText;
use crate::{dataset_name, Emit, ParserOutput};

pub(crate) fn parse(text: &SourceText, dataset: Option<&str>) -> Result<ParserOutput, IngestError> {
    let file = text.file_label();
    let dataset = dataset_name(dataset, || {
        let stem = file.split('.').next().unwrap_or("ftm");
        format!("ftm_{}", vigil_model::slug(stem))
    });
    let mut emit = Emit::new(&dataset);
    let mut unknown: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut records = 0u64;
    for (i, line) in text.text.lines().enumerate() {
        let n = i as u64 + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let bad = |field: &str, msg: String| {
            IngestError::malformed(&text.path, Location::line(n).field(field), msg)
        };
        let v: Value = serde_json::from_str(line).map_err(|e| bad("-", format!("JSON: {e}")))?;
        let id = v
            .get("id")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| bad("id", "missing or empty id".into()))?;
        let schema_name = v
            .get("schema")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("schema", "missing schema".into()))?;
        let schema = Schema::from_name(schema_name)
            .ok_or_else(|| bad("schema", format!("unknown schema {schema_name:?}")))?;
        let props = v
            .get("properties")
            .and_then(Value::as_object)
            .ok_or_else(|| bad("properties", "missing or not an object".into()))?;
        records += 1;
        let origin = format!("{file}:{n}");
        // OpenSanctions' entity-level fields: the ids merged into this one, and when the
        // publisher first saw it and last saw it change (`last_seen` is left out: it moves
        // with every export, and vigil's own loads say it).
        for field in vigil_model::ftm_fields::ALL {
            let values: Vec<&str> = match v.get(field) {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::String(s)) => vec![s.as_str()],
                Some(Value::Array(a)) => a
                    .iter()
                    .map(|x| {
                        x.as_str()
                            .ok_or_else(|| bad(field, format!("values must be strings, found {x}")))
                    })
                    .collect::<Result<_, _>>()?,
                Some(other) => {
                    return Err(bad(
                        field,
                        format!("must be a string or a list, found {other}"),
                    ))
                }
            };
            for value in values {
                if field != vigil_model::ftm_fields::REFERENTS
                    && !vigil_model::dates::is_iso_date_or_time(value)
                {
                    return Err(bad(field, format!("{value:?} is not an ISO date or time")));
                }
                if !value.is_empty() && value != id {
                    emit.add(id, schema, field, value, &origin);
                }
            }
        }
        for (prop, values) in props {
            let values = values
                .as_array()
                .ok_or_else(|| bad(prop, "values must be an array".into()))?;
            if schema.property(prop).is_none() {
                *unknown
                    .entry((schema_name.to_string(), prop.clone()))
                    .or_default() += values.len() as u64;
            }
            for value in values {
                let value = match value {
                    Value::String(s) => s.clone(),
                    Value::Number(x) => x.to_string(),
                    Value::Bool(b) => b.to_string(),
                    other => {
                        return Err(bad(prop, format!("value must be a string, found {other}")))
                    }
                };
                // FtM is an exchange format: unknown properties are kept verbatim so an export
                // gives back what was loaded; the warning says which.
                emit.add(id, schema, prop, &value, &origin);
            }
        }
    }
    for ((schema, prop), count) in unknown {
        emit.warnings.push(format!("{file}: {count} values of {schema}.{prop}, a property vigil does not type, kept as text"));
    }
    Ok(ParserOutput {
        dataset,
        version: None,
        records,
        emit,
    })
}
