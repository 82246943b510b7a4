//! Serving on a socket: the accept loop with its connection limits and graceful shutdown.

use crate::{app, AppState};
use std::sync::Arc;

/// Serve the API on a bound listener until `shutdown` completes (in-flight requests finish).
/// How long a connection may take to send a request's headers, and how long an idle
/// keep-alive connection stays open: a half-sent request or a silent client is dropped then.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long a request body may take to arrive in full (lists of tens of megabytes included).
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);
/// Most connections open at once; more wait to be accepted.
pub const MAX_CONNECTIONS: usize = 1024;

/// Connection limits of [`run`].
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: std::time::Duration,
    pub body_timeout: std::time::Duration,
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: HEADER_TIMEOUT,
            body_timeout: BODY_TIMEOUT,
            max_connections: MAX_CONNECTIONS,
        }
    }
}

/// Serve until `shutdown` resolves, then let the requests in flight finish. Each connection
/// is HTTP/1.1 with a header-read timeout that also closes idle keep-alive connections, each
/// body has a time limit, and at most `max_connections` are open at once.
pub async fn run(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let jobs_state = state.clone();
    let router = app(state).layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
        limits.body_timeout,
    ));
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    eprintln!("vigil: accepting a connection: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    // The running job finishes; the queued ones are cancelled, each logged and recorded.
    let state = jobs_state;
    let _ = tokio::task::spawn_blocking(move || state.stop_jobs()).await;
    Ok(())
}
