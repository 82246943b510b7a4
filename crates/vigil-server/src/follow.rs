//! Following loads other processes commit to a shared store: when one is announced, the index
//! and graph are rebuilt in the background and swapped in, as after this server's own
//! `/ingest`; requests keep the old ones meanwhile.

use std::sync::Arc;
use std::time::Duration;

use crate::AppState;

/// Waits up to the given time for loads committed elsewhere: the datasets they changed, `None`
/// when none came, an error when the announcements cannot be heard (the caller retries).
pub type WaitForLoads =
    Box<dyn FnMut(Duration) -> Result<Option<Vec<String>>, vigil_store::StoreError> + Send>;

/// Rebuild and swap in the index and graph whenever `wait` hears of a load; runs until the
/// process ends (start it on a thread of its own). After the announcements could not be heard
/// for a while it rebuilds anyway, in case a load committed meanwhile (a rebuild of an
/// unchanged store reads its cache).
pub fn follow_loads(state: Arc<AppState>, mut wait: WaitForLoads) {
    crate::lower_priority();
    let mut missed = false;
    loop {
        match wait(Duration::from_secs(30)) {
            Ok(None) if !missed => continue,
            Ok(heard) => {
                missed = false;
                if let Some(datasets) = &heard {
                    eprintln!(
                        "vigil: a load elsewhere changed {}: rebuilding the index and graph",
                        datasets.join(", ")
                    );
                }
                rebuild(&state);
            }
            Err(e) => {
                if !missed {
                    eprintln!("vigil: cannot hear loads committed elsewhere ({e}); retrying");
                }
                missed = true;
                std::thread::sleep(Duration::from_secs(5));
            }
        }
    }
}

fn rebuild(state: &AppState) {
    let Some(ingestor) = &state.ingestor else {
        return;
    };
    // One rebuild at a time with this server's own writes.
    let _write = state.write_lock.lock().unwrap_or_else(|p| p.into_inner());
    match ingestor.derived() {
        Ok((index, graph)) => {
            crate::jobs::install_derived(state, index, graph);
            let _ = state.warm_discrepancies();
        }
        Err(e) => eprintln!("vigil: rebuilding after a load elsewhere failed: {e}"),
    }
}

/// Poll the feeds that are due, once a minute, until the process ends (start it on a thread of
/// its own): new pages are read as reports, the watched subjects screened against them, and
/// the index and graph rebuilt and swapped in when anything was read. A poll that fails is
/// said and tried again at the next turn.
pub fn poll_feeds(state: Arc<AppState>) {
    crate::lower_priority();
    loop {
        if let Some(engine) = state.ingestor.as_ref().and_then(|i| i.engine()) {
            let polled = {
                let _write = state.write_lock.lock().unwrap_or_else(|p| p.into_inner());
                engine.poll_feeds(true)
            };
            match polled {
                Ok(polls) => {
                    for p in polls
                        .iter()
                        .filter(|p| p.status == "failed" || !p.errors.is_empty())
                    {
                        eprintln!(
                            "vigil: feed {}: {}{}",
                            p.feed_id,
                            p.error.as_deref().unwrap_or("polled"),
                            if p.errors.is_empty() {
                                String::new()
                            } else {
                                format!(", {} page(s) failed", p.errors.len())
                            }
                        );
                    }
                    if polls.iter().any(|p| p.ingested > 0) {
                        rebuild(&state);
                    }
                }
                Err(e) => eprintln!("vigil: polling the feeds: {}", e.chain()),
            }
        }
        std::thread::sleep(Duration::from_secs(60));
    }
}
