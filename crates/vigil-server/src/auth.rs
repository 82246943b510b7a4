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
