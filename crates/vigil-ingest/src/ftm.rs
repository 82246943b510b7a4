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
        format!("ftm-{}", vigil_model::slug(stem))
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
