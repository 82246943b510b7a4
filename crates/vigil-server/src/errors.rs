//! Errors as yente answers them, `{"detail": ...}` with the status that fits, and the
//! extractors whose rejections are such errors too (JSON bodies, URL parameters).

use axum::extract::rejection::JsonRejection;
use axum::extract::Query as UrlQuery;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::{MAX_BODY, MAX_INGEST_BODY};

/// An error answered as `{"detail": ...}`; internal failures say no more than that.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl ApiError {
    pub(crate) fn new(status: StatusCode, detail: impl Into<String>) -> ApiError {
        ApiError(status, detail.into())
    }
    pub(crate) fn internal(what: &str) -> ApiError {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error while {what}"),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "detail": self.1 }))).into_response()
    }
}

/// JSON bodies whose rejections are JSON errors too.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(mut req: Request, state: &S) -> Result<Self, Self::Rejection> {
        // yente (FastAPI) reads a body sent without a Content-Type as JSON; clients written
        // against it may not set one. A type that says something else is still refused.
        let headers = req.headers_mut();
        if !headers.contains_key(axum::http::header::CONTENT_TYPE) {
            headers.insert(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/json"),
            );
        }
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(match &e {
                JsonRejection::BytesRejection(_) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    ApiError::new(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        format!("request body too large (limit {MAX_BODY} bytes; {MAX_INGEST_BODY} for /ingest)"),
                    )
                }
                JsonRejection::JsonDataError(d) => {
                    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, d.body_text())
                }
                JsonRejection::MissingJsonContentType(_) => ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "send the body as JSON (Content-Type: application/json)",
                ),
                _ => ApiError::new(
                    StatusCode::BAD_REQUEST,
                    format!("malformed JSON: {}", e.body_text()),
                ),
            }),
        }
    }
}

/// URL parameters whose rejections (`?limit=abc`) are JSON errors naming the parameter, like
/// every other error, rather than axum's plain text.
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match UrlQuery::<T>::from_request_parts(parts, state).await {
            Ok(UrlQuery(v)) => Ok(ApiQuery(v)),
            Err(e) => Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("bad URL parameter: {}", e.body_text()),
            )),
        }
    }
}
