//! Who is calling: the API key of a request and whether its role may do what it asks.

use crate::{ApiError, AppState, Role};
use axum::http::{HeaderMap, StatusCode};

/// The key an `Authorization` value presents: `ApiKey <key>` (yente's form) or `Bearer <key>`,
/// the scheme in any case, as HTTP has it (yente's clients send `Apikey`).
fn key_of_authorization(value: &str) -> Option<&str> {
    let (scheme, key) = value.trim().split_once(char::is_whitespace)?;
    (scheme.eq_ignore_ascii_case("apikey") || scheme.eq_ignore_ascii_case("bearer"))
        .then(|| key.trim())
        .filter(|k| !k.is_empty())
}

/// The caller's key: `Authorization: ApiKey <key>` (yente's form), `Bearer <key>`,
/// `X-API-Key`, or yente's `?api_key=` (moved into `X-API-Key` by [`api_key_from_query`]).
pub(crate) fn authorize(
    state: &AppState,
    headers: &HeaderMap,
    need: Role,
) -> Result<String, ApiError> {
    let presented = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(key_of_authorization)
        .or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()));
    match presented {
        None if need == Role::Screen && state.public_read => Ok("anonymous".into()),
        None => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "an API key is required: send `Authorization: ApiKey <key>`",
        )),
        Some(k) => match state.keys.check(k) {
            None => {
                // Logged without the key: at most its id, which is no secret.
                let id = k
                    .strip_prefix("vgl_")
                    .and_then(|r| r.split_once('_'))
                    .map(|(id, _)| id)
                    .filter(|id| id.len() <= 16 && id.bytes().all(|b| b.is_ascii_hexdigit()));
                log_refusal(format!(
                    "vigil: authentication failed: {}",
                    match id {
                        Some(id) => format!("unknown or revoked key id {id}"),
                        None => "not a vigil key".to_string(),
                    }
                ));
                Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "unknown or revoked API key",
                ))
            }
            Some(rec) if rec.role < need => {
                log_refusal(format!(
                    "vigil: refused key id {} (role {:?}) a request needing role {need:?}",
                    rec.id, rec.role
                ));
                Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    format!("this key's role ({:?}) may not do this", rec.role).to_lowercase(),
                ))
            }
            Some(rec) => Ok(rec.id),
        },
    }
}

/// Refusals logged in the current second, and refusals left unlogged since the last line.
static LOGGED: std::sync::Mutex<(u64, u32, u64)> = std::sync::Mutex::new((0, 0, 0));
/// Most refusal lines a second: a client hammering with bad keys must not flood the log.
const REFUSALS_LOGGED_PER_SECOND: u32 = 20;

/// Log a refused authentication, at most [`REFUSALS_LOGGED_PER_SECOND`] a second; the lines
/// left out are counted in the next one.
fn log_refusal(line: String) {
    let second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut logged = LOGGED.lock().unwrap_or_else(|p| p.into_inner());
    let (at, count, skipped) = &mut *logged;
    if *at != second {
        *at = second;
        *count = 0;
    }
    if *count >= REFUSALS_LOGGED_PER_SECOND {
        *skipped += 1;
        return;
    }
    *count += 1;
    if *skipped > 0 {
        eprintln!("{line} ({} more refusals not logged)", *skipped);
        *skipped = 0;
    } else {
        eprintln!("{line}");
    }
}

/// yente's clients may pass the key as `?api_key=KEY`. It is taken out of the URI before
/// anything sees it (an audit record or log line keeps the path and query, never a key) and
/// presented as `X-API-Key`, unless the request already carries a key in a header.
pub(crate) async fn api_key_from_query(
    mut request: axum::extract::Request,
) -> axum::extract::Request {
    let Some(query) = request.uri().query() else {
        return request;
    };
    if !query.split('&').any(|p| p.starts_with("api_key=")) {
        return request;
    }
    let mut key = None;
    let rest: Vec<&str> = query
        .split('&')
        .filter(|p| match p.strip_prefix("api_key=") {
            Some(k) => {
                key.get_or_insert(k.to_string());
                false
            }
            None => true,
        })
        .collect();
    let path = request.uri().path().to_string();
    let uri = if rest.is_empty() {
        path
    } else {
        format!("{path}?{}", rest.join("&"))
    };
    if let Ok(uri) = uri.parse() {
        *request.uri_mut() = uri;
    }
    let headers = request.headers_mut();
    if !headers.contains_key("authorization") && !headers.contains_key("x-api-key") {
        if let Some(v) = key.and_then(|k| axum::http::HeaderValue::from_str(&k).ok()) {
            headers.insert("x-api-key", v);
        }
    }
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authorization_schemes_in_any_case() {
        for (value, want) in [
            ("ApiKey vgl_1_x", Some("vgl_1_x")),
            ("Apikey vgl_1_x", Some("vgl_1_x")),
            ("apikey  vgl_1_x ", Some("vgl_1_x")),
            ("BEARER vgl_1_x", Some("vgl_1_x")),
            ("Basic dXNlcg==", None),
            ("ApiKey", None),
        ] {
            assert_eq!(key_of_authorization(value), want, "{value}");
        }
    }
}
