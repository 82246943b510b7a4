//! Who is calling: the API key of a request and whether its role may do what it asks.

use crate::{ApiError, AppState, Role};
use axum::http::{HeaderMap, StatusCode};

/// The caller's key: `Authorization: ApiKey <key>` (yente's form), `Bearer <key>` or
/// `X-API-Key`.
pub(crate) fn authorize(
    state: &AppState,
    headers: &HeaderMap,
    need: Role,
) -> Result<String, ApiError> {
    let presented = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("ApiKey ")
                .or_else(|| v.strip_prefix("Bearer "))
                .map(str::trim)
        })
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
                eprintln!(
                    "vigil: authentication failed: {}",
                    match id {
                        Some(id) => format!("unknown or revoked key id {id}"),
                        None => "not a vigil key".to_string(),
                    }
                );
                Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "unknown or revoked API key",
                ))
            }
            Some(rec) if rec.role < need => {
                eprintln!(
                    "vigil: refused key id {} (role {:?}) a request needing role {need:?}",
                    rec.id, rec.role
                );
                Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    format!("this key's role ({:?}) may not do this", rec.role).to_lowercase(),
                ))
            }
            Some(rec) => Ok(rec.id),
        },
    }
}
