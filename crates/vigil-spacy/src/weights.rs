//! thinc's serialised models: a msgpack map of `nodes` (name and dimensions of every layer,
//! depth first), `attrs` (each value itself msgpack-encoded) and `params` (per node, named
//! numpy arrays in msgpack-numpy's layout). Read into plain `f32` tensors, nothing else.

use std::collections::HashMap;
use std::path::Path;

use rmpv::Value;

use crate::SpacyError;

/// A dense float array with its numpy shape, row-major.
#[derive(Debug, Clone)]
pub struct Tensor {
    pub shape: Vec<usize>,
    pub data: Vec<f32>,
}

/// One layer of a serialised thinc model.
#[derive(Debug, Clone, Default)]
pub struct Node {
    pub name: String,
    /// Attributes, decoded from their msgpack encoding; integers only (what the layers
    /// read: seeds, columns, window sizes).
    pub int_attrs: HashMap<String, i64>,
    /// Attributes that are lists of strings (the feature extractor's `columns`).
    pub list_attrs: HashMap<String, Vec<String>>,
    /// Named references to other nodes, by index (`tok2vec`, `lower`, `upper`).
    pub refs: HashMap<String, usize>,
    pub params: HashMap<String, Tensor>,
}

impl Node {
    pub fn param(&self, name: &str, path: &Path) -> Result<&Tensor, SpacyError> {
        self.params.get(name).ok_or_else(|| {
            SpacyError::format(
                path,
                format!("layer `{}` has no parameter `{name}`", self.name),
            )
        })
    }
}

/// Reads a thinc model file (`ner/model`, `tok2vec/model`, ...) into its nodes, in the
/// order thinc walked them.
pub fn read_model(path: &Path) -> Result<Vec<Node>, SpacyError> {
    let bytes = std::fs::read(path).map_err(|e| SpacyError::io(path, e))?;
    // Model files nest a few levels; a bound keeps a hostile file from recursing deep.
    let value = rmpv::decode::read_value_with_max_depth(&mut bytes.as_slice(), 64)
        .map_err(|e| SpacyError::format(path, format!("not msgpack: {e}")))?;
    let top = as_map(&value).ok_or_else(|| SpacyError::format(path, "not a thinc model"))?;
    let nodes = lookup(top, "nodes")
        .and_then(Value::as_array)
        .ok_or_else(|| SpacyError::format(path, "no `nodes`"))?;
    let attrs = lookup(top, "attrs").and_then(Value::as_array);
    let params = lookup(top, "params")
        .and_then(Value::as_array)
        .ok_or_else(|| SpacyError::format(path, "no `params`"))?;
    let mut out = Vec::with_capacity(nodes.len());
    for (index, node) in nodes.iter().enumerate() {
        let map = as_map(node).ok_or_else(|| SpacyError::format(path, "a node is not a map"))?;
        let name = lookup(map, "name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let mut refs = HashMap::new();
        if let Some(r) = lookup(map, "refs").and_then(as_map) {
            for (k, v) in r {
                if let (Some(k), Some(v)) = (key_str(k), v.as_u64()) {
                    refs.insert(k.to_string(), v as usize);
                }
            }
        }
        let mut int_attrs = HashMap::new();
        let mut list_attrs = HashMap::new();
        if let Some(a) = attrs.and_then(|a| a.get(index)).and_then(as_map) {
            for (k, v) in a {
                let Some(k) = key_str(k) else { continue };
                let decoded = match v {
                    Value::Binary(b) => {
                        rmpv::decode::read_value_with_max_depth(&mut b.as_slice(), 8).ok()
                    }
                    other => Some(other.clone()),
                };
                match decoded {
                    Some(Value::Integer(n)) => {
                        if let Some(n) = n.as_i64() {
                            int_attrs.insert(k.to_string(), n);
                        }
                    }
                    Some(Value::Array(items)) => {
                        let strings: Vec<String> = items
                            .iter()
                            .filter_map(key_str)
                            .map(str::to_string)
                            .collect();
                        list_attrs.insert(k.to_string(), strings);
                    }
                    _ => {}
                }
            }
        }
        let mut tensors = HashMap::new();
        if let Some(p) = params.get(index).and_then(as_map) {
            for (k, v) in p {
                let Some(k) = key_str(k) else { continue };
                let tensor = read_array(v)
                    .map_err(|why| SpacyError::format(path, format!("{name}.{k}: {why}")))?;
                tensors.insert(k.to_string(), tensor);
            }
        }
        out.push(Node {
            name,
            int_attrs,
            list_attrs,
            refs,
            params: tensors,
        });
    }
    Ok(out)
}

fn as_map(v: &Value) -> Option<&Vec<(Value, Value)>> {
    match v {
        Value::Map(m) => Some(m),
        _ => None,
    }
}

fn key_str(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => s.as_str(),
        Value::Binary(b) => std::str::from_utf8(b).ok(),
        _ => None,
    }
}

fn lookup<'a>(map: &'a [(Value, Value)], key: &str) -> Option<&'a Value> {
    map.iter()
        .find(|(k, _)| key_str(k) == Some(key))
        .map(|(_, v)| v)
}

/// msgpack-numpy's array: `{nd: true, type: "<f4", shape: [...], data: bytes}`.
fn read_array(v: &Value) -> Result<Tensor, String> {
    let map = as_map(v).ok_or("not an array")?;
    let dtype = lookup(map, "type").and_then(key_str).ok_or("no dtype")?;
    if dtype != "<f4" {
        return Err(format!("dtype {dtype}, only little-endian float32 is read"));
    }
    let shape: Vec<usize> = lookup(map, "shape")
        .and_then(Value::as_array)
        .ok_or("no shape")?
        .iter()
        .map(|d| d.as_u64().map(|d| d as usize).ok_or("bad shape"))
        .collect::<Result<_, _>>()?;
    let data = match lookup(map, "data") {
        Some(Value::Binary(b)) => b,
        _ => return Err("no data".into()),
    };
    let count = shape
        .iter()
        .try_fold(1usize, |acc, d| acc.checked_mul(*d))
        .ok_or("shape overflows")?;
    if data.len() != count * 4 {
        return Err(format!("{} bytes of data for shape {shape:?}", data.len()));
    }
    let data = data
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    Ok(Tensor { shape, data })
}

/// Reads a msgpack file written by srsly into a generic value (tokenizer, lookups, moves).
pub fn read_msgpack(path: &Path) -> Result<Value, SpacyError> {
    let bytes = std::fs::read(path).map_err(|e| SpacyError::io(path, e))?;
    rmpv::decode::read_value_with_max_depth(&mut bytes.as_slice(), 64)
        .map_err(|e| SpacyError::format(path, format!("not msgpack: {e}")))
}

pub(crate) fn map_get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    as_map(v).and_then(|m| lookup(m, key))
}

pub(crate) fn map_entries(v: &Value) -> Option<&Vec<(Value, Value)>> {
    as_map(v)
}

pub(crate) fn value_str(v: &Value) -> Option<&str> {
    key_str(v)
}
