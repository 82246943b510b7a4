//! The OpenAPI document served at `/openapi.json`.

use serde_json::{json, Value};

fn op(summary: &str, params: &[(&str, &str, bool)]) -> Value {
    let parameters: Vec<Value> = params
        .iter()
        .map(|(name, place, required)| {
            json!({"name": name, "in": place, "required": required, "schema": {"type": "string"}})
        })
        .collect();
    json!({
        "summary": summary,
        "parameters": parameters,
        "responses": {
            "200": {"description": "OK", "content": {"application/json": {}}},
            "default": {"description": "Error", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Error"}}}}
        }
    })
}

pub fn document() -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "vigil", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Entity intelligence: screening (yente-compatible /match), entities with provenance, networks, timelines."},
        "components": {
            "securitySchemes": {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "Authorization",
                    "description": "`ApiKey <key>` or `Bearer <key>`, the scheme in any case; roles screen < write < admin"},
                "ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                "ApiKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key",
                    "description": "as yente's clients send it; taken out of the URL before logging"}},
            "schemas": {
                "Error": {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]},
                "EntityExample": {"type": "object", "required": ["schema", "properties"], "properties": {
                    "schema": {"type": "string"}, "properties": {"type": "object"}}},
                "EntityMatchQuery": {"type": "object", "required": ["queries"], "properties": {
                    "queries": {"type": "object", "minProperties": 1, "maxProperties": 100,
                                "additionalProperties": {"$ref": "#/components/schemas/EntityExample"}},
                    "weights": {"type": "object", "description": "qualifier weights (0 to 1) by vigil's names (birth_date_match, birth_date_mismatch, country_match, country_mismatch, gender_mismatch, weak_alias, identifier_match, identifier_mismatch) or yente's feature names; yente's with no counterpart are listed in weights_not_applied; an unknown name is a 400",
                                "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1}},
                    "config": {"type": "object", "maxProperties": 0, "description": "vigil's matcher takes no configuration: any key is a 400"}}}
            }
        },
        "security": [{"ApiKey": []}, {"ApiKeyHeader": []}, {"ApiKeyQuery": []}],
        "paths": {
            "/healthz": {"get": op("Liveness", &[])},
            "/readyz": {"get": op("Readiness: index and graph loaded", &[])},
            "/datasets": {"get": op("Datasets and their latest versions", &[])},
            "/algorithms": {"get": op("The matching algorithms /match answers to, with default thresholds and features", &[])},
            "/match/{dataset}": {"post": {
                "summary": "Match entity examples (yente's /match): up to 100 queries per request",
                "parameters": [
                    {"name": "dataset", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "threshold", "in": "query", "schema": {"type": "number"}},
                    {"name": "cutoff", "in": "query", "schema": {"type": "number"}},
                    {"name": "limit", "in": "query", "description": "results per query, 1 to 500 (default 5)", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
                    {"name": "algorithm", "in": "query", "description": "one of those /algorithms lists (default vigil); another name is a 400", "schema": {"type": "string"}},
                    {"name": "include_dataset", "in": "query", "description": "only these datasets (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "exclude_dataset", "in": "query", "description": "leave out entities in any of these datasets (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "exclude_schema", "in": "query", "description": "leave out these schemata (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "exclude_entity_ids", "in": "query", "description": "leave out these entities, at most 50 (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "topics", "in": "query", "description": "only entities with one of these topics (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "changed_since", "in": "query", "description": "only entities a list load changed at or after this ISO date or time", "schema": {"type": "string"}}
                ],
                "requestBody": {"required": true, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/EntityMatchQuery"}}}},
                "responses": {"200": {"description": "responses keyed like the queries; a query whose birth date or country read as nothing was screened without it and its response carries `warnings` saying so"},
                              "401": {"description": "no or unknown key"}, "413": {"description": "body too large"},
                              "422": {"description": "invalid query: no name, a name over 500 bytes, more than 20 values, more than 100 queries, an unknown schema, topic or dataset, an impossible changed_since"}, "404": {"description": "unknown dataset"}}
            }},
            "/search/{dataset}": {"get": {
                "summary": "Screen one name (`q`, audited like /match) or browse without it; yente's filters applied, facets counted over every hit that passed them, a page of entities in yente's shape",
                "parameters": [
                    {"name": "dataset", "in": "path", "required": true, "description": "default, all, or a dataset's name (an older name of it too: ofac-sdn for us_ofac_sdn)", "schema": {"type": "string"}},
                    {"name": "q", "in": "query", "description": "a name; none: browse by caption", "schema": {"type": "string"}},
                    {"name": "schema", "in": "query", "description": "FtM schema (descendants included); default LegalEntity with q, Thing without", "schema": {"type": "string"}},
                    {"name": "birth_date", "in": "query", "description": "scores a name search", "schema": {"type": "string"}},
                    {"name": "country", "in": "query", "description": "scores a name search", "schema": {"type": "string"}},
                    {"name": "countries", "in": "query", "description": "only entities of these countries, codes or names (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "topics", "in": "query", "description": "only entities with one of these topics (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "include_dataset", "in": "query", "description": "only these datasets (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "exclude_dataset", "in": "query", "description": "leave out entities in any of these datasets (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "exclude_schema", "in": "query", "description": "leave out these schemata (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "exclude_entity_ids", "in": "query", "description": "leave out these entities, at most 50 (repeat)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "changed_since", "in": "query", "description": "only entities a list load changed at or after this ISO date or time", "schema": {"type": "string"}},
                    {"name": "filter", "in": "query", "description": "prop:value, only entities with this value (repeat: all must hold)", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "facets", "in": "query", "description": "count values of datasets, schema, countries or topics (repeat)", "schema": {"type": "array", "items": {"type": "string", "enum": ["datasets", "schema", "countries", "topics"]}}},
                    {"name": "limit", "in": "query", "description": "1 to 500 (default 10)", "schema": {"type": "integer", "minimum": 1, "maximum": 500}},
                    {"name": "offset", "in": "query", "description": "at most 10,000", "schema": {"type": "integer", "minimum": 0, "maximum": 10000}},
                    {"name": "fuzzy", "in": "query", "description": "taken for yente's clients and without effect: vigil's name search always allows spelling differences, and says so in each result's explanations", "schema": {"type": "boolean"}},
                    {"name": "simple", "in": "query", "description": "taken for yente's clients and without effect: q is a name, never a query language", "schema": {"type": "boolean"}}
                ],
                "responses": {"200": {"description": "{results, facets, total: {value, relation}, limit, offset}"},
                              "400": {"description": "an unknown parameter"},
                              "422": {"description": "an unknown schema, facet, country, topic or dataset; a filter not prop:value; limit or offset out of range"}}
            }},
            "/entities/{id}": {"get": op("An entity in yente's shape: adjacent entities nested in `properties` under their property or FtM's reverse one (first 100 each; `adjacent_total` counts all), `nested=false` for ids only; a merged-away id answers 308 to its survivor", &[("id", "path", true), ("nested", "query", false)])},
            "/entities/{id}/adjacent": {"get": op("The entity and, per property, a page of adjacent entities with their total", &[("id", "path", true), ("limit", "query", false), ("offset", "query", false)])},
            "/entities/{id}/adjacent/{prop}": {"get": op("One property's page of adjacent entities (404 naming the properties there are)", &[("id", "path", true), ("prop", "path", true), ("limit", "query", false), ("offset", "query", false)])},
            "/reconcile/{dataset}": {
                "get": op("OpenRefine's Reconciliation Service API 0.2: the manifest, or `queries` / `extend` (JSON) as URL parameters; queries are screened like /match and audited", &[("dataset", "path", true), ("queries", "query", false), ("extend", "query", false)]),
                "post": op("Reconciliation queries or data extension as form fields `queries` / `extend` (OpenRefine's way); `x-batch-size` says how many", &[("dataset", "path", true)])},
            "/reconcile/{dataset}/suggest/entity": {"get": op("Entities whose caption contains the prefix", &[("dataset", "path", true), ("prefix", "query", true), ("limit", "query", false)])},
            "/reconcile/{dataset}/suggest/type": {"get": op("Reconciliation types (the schemata screening matches)", &[("dataset", "path", true), ("prefix", "query", false)])},
            "/reconcile/{dataset}/suggest/property": {"get": op("Properties a query may carry", &[("dataset", "path", true), ("prefix", "query", false)])},
            "/reconcile/{dataset}/extend/property": {"get": op("Properties data extension offers for a type", &[("dataset", "path", true), ("type", "query", false)])},
            "/catalog": {"get": op("Every dataset with its version, load time and counts; which are current in the index (`ETag`, `If-None-Match` answers 304)", &[])},
            "/updatez": {"post": op("Rebuild the screening index and network graph from the store as it now stands (admin key, or an admin key as `token`); `sync=true` waits", &[("token", "query", false), ("sync", "query", false)])},
            "/entities/{id}/statements": {"get": op("Every statement with first and last seen", &[("id", "path", true)])},
            "/entities/{id}/links": {"get": op("The neighbourhood within N hops", &[("id", "path", true), ("hops", "query", false)])},
            "/timeline": {"get": op("Dated events and listings (the latest `limit`, default 1,000; `total` and counts by kind)", &[("entity", "query", false), ("from", "query", false), ("to", "query", false), ("kind", "query", false), ("limit", "query", false)])},
            "/entities/{id}/claims": {"get": op("What reports claim about an entity, each with its document, sentence and asserter", &[("id", "path", true)])},
            "/discrepancies": {"get": op("Where sources disagree (quantities, spellings, roles), each value with its document and sentence", &[("entity", "query", false), ("document", "query", false)])},
            "/audit": {"get": op("The screening audit trail (admin key)", &[("since", "query", false)])},
            "/ingest": {"post": {
                "summary": "Queue a load of reports or lists (write key): {\"kind\": \"reports\"|\"lists\", \"files\": [{\"name\", \"content\"}], \"version\", \"source\", \"published\", \"format\", \"allow_shrink\"}",
                "responses": {"202": {"description": "the job, to poll at /jobs/{id}"}, "401": {"description": "no or unknown key"},
                              "403": {"description": "the key may not write"}, "413": {"description": "body too large"},
                              "422": {"description": "invalid request: a file name twice, a name or label with directories, markup or over its length"},
                              "429": {"description": "16 jobs are waiting already"}, "503": {"description": "the server is stopping or does not write"}}}},
            "/jobs/{id}": {"get": op("A background job: status (queued, running, rebuilding, done, partial, failed, cancelled, interrupted), progress and result; kept across restarts", &[("id", "path", true)])},
            "/watch/subjects": {
                "get": op("The subjects under watch (write key)", &[]),
                "post": op("Put subjects under watch (write key): {\"subjects\": [{\"id\", \"name\", \"schema\", \"birth_date\", \"country\"}]}, 1 to 10,000, all checked before any is added (422 naming each that cannot be), each screened at once; answers the subjects and the alerts raised", &[])},
            "/watch/subjects/{id}": {"delete": op("Take a subject off the watch list; its alerts and decisions stay (write key)", &[("id", "path", true)])},
            "/alerts": {"get": op("Alerts on watched subjects, newest first, each with its reason (new_listing, changed_entry, report_mention, delisted), explanation, what changed, status and every decision (write key)", &[("status", "query", false), ("subject", "query", false)])},
            "/feeds": {"get": op("The news feeds followed, each with its latest poll: status, items, new documents, pages that failed and why (write key)", &[])},
            "/stories": {"get": op("Reports about the same event from different outlets, grouped: documents, outlets, dates and the people and bodies they name", &[])},
            "/alerts/{id}/decision": {"post": op("Decide an alert (write key): {\"as\": \"false-positive\"|\"true-match\"|\"escalated\", \"note\"}, recorded with the key's holder and the time; a later decision supersedes, both are kept", &[("id", "path", true)])}
        }
    })
}
