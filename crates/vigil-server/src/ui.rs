//! The web UI's assets, embedded in the binary, and the security headers every answer carries.

use axum::response::{IntoResponse, Response};
use axum::Router;

pub(crate) const INDEX_HTML: &str = include_str!("../assets/index.html");
pub(crate) const CYTOSCAPE_JS: &str = include_str!("../assets/cytoscape.min.js");

pub(crate) async fn ui() -> axum::response::Html<&'static str> {
    axum::response::Html(INDEX_HTML)
}

pub(crate) const APP_JS: &str = include_str!("../assets/app.js");
pub(crate) const APP_CSS: &str = include_str!("../assets/app.css");

/// A static asset of the UI with its type; vigil's own change with the binary, so they are
/// revalidated, while the vendored library keeps for a day.
pub(crate) fn asset(
    content_type: &'static str,
    cache: &'static str,
    body: &'static str,
) -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (axum::http::header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

pub(crate) async fn cytoscape_js() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        "public, max-age=86400",
        CYTOSCAPE_JS,
    )
}

pub(crate) async fn app_js() -> Response {
    asset("text/javascript; charset=utf-8", "no-cache", APP_JS)
}

pub(crate) async fn app_css() -> Response {
    asset("text/css; charset=utf-8", "no-cache", APP_CSS)
}

/// The Content-Security-Policy of every response: scripts, styles and data from this origin
/// only, no inline script, no framing. The one inline style allowed (by hash) is the rule
/// Cytoscape.js adds for its container.
pub(crate) const CSP: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:; \
    connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

/// Security headers on every answer, API and UI alike.
pub(crate) fn security_headers(router: Router) -> Router {
    use axum::http::{header, HeaderValue};
    use tower_http::set_header::SetResponseHeaderLayer;
    let set = |name: header::HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    router
        .layer(set(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set(header::REFERRER_POLICY, "no-referrer"))
}
