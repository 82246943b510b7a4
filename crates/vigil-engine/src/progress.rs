//! Progress of the long steps: indicatif bars, drawn on a terminal for the CLI, kept hidden
//! for the server, which reads the step under way into `/jobs/{id}`. `VIGIL_PROGRESS=plain`
//! prints plain lines for logs instead.

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Where progress goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Draw {
    /// Bars on stderr when it is a terminal (`VIGIL_PROGRESS=plain`: lines).
    Terminal,
    /// Nowhere: only [`crate::Engine::progress`] reads it.
    Hidden,
}

pub(crate) struct Hub {
    draw: Draw,
    plain: bool,
    current: Mutex<Option<ProgressBar>>,
}

impl Hub {
    pub(crate) fn new(draw: Draw) -> Hub {
        Hub {
            draw,
            plain: draw == Draw::Terminal
                && std::env::var("VIGIL_PROGRESS").is_ok_and(|v| v == "plain"),
            current: Mutex::new(None),
        }
    }

    /// Plain progress lines asked for (logs and scripts, where a bar cannot be drawn).
    pub(crate) fn plain(&self) -> bool {
        self.plain
    }

    fn target(&self) -> ProgressDrawTarget {
        match self.draw {
            Draw::Terminal => ProgressDrawTarget::stderr(),
            Draw::Hidden => ProgressDrawTarget::hidden(),
        }
    }

    fn track(&self, pb: ProgressBar) -> ProgressBar {
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) = Some(pb.clone());
        pb
    }

    /// A bar over `len` items with `template`, made the step under way.
    pub(crate) fn bar(&self, len: u64, msg: &str, template: &str) -> ProgressBar {
        let pb = ProgressBar::with_draw_target(Some(len), self.target());
        pb.set_style(
            ProgressStyle::with_template(template)
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        pb.set_message(msg.to_string());
        self.track(pb)
    }

    /// A spinner with a message, made the step under way.
    pub(crate) fn spinner(&self, msg: &str) -> ProgressBar {
        let pb = ProgressBar::with_draw_target(None, self.target());
        pb.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        pb.set_message(msg.to_string());
        let pb = self.track(pb);
        pb.enable_steady_tick(Duration::from_millis(120));
        pb
    }

    pub(crate) fn current(&self) -> Option<(String, u64, Option<u64>)> {
        self.current
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|pb| (pb.message(), pb.position(), pb.length()))
    }

    pub(crate) fn clear(&self) {
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}
