//! The progress bar on stderr, and error lines printed beside it.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::Error;

/// From how many files on a bar is shown.
const MANY: usize = 20;

/// Progress over `n` files: a bar on stderr when stderr is a terminal and there
/// are many files, otherwise nothing.
#[derive(Debug, Clone)]
pub(crate) struct Progress(ProgressBar);

impl Progress {
    /// A bar for `n` files, hidden when stderr is not a terminal or `n` is small.
    pub(crate) fn new(n: usize) -> Progress {
        if n < MANY || !std::io::stderr().is_terminal() {
            return Progress(ProgressBar::hidden());
        }
        let bar = ProgressBar::new(n as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} files ({per_sec}, {eta} left)",
        ) {
            bar.set_style(style);
        }
        Progress(bar)
    }

    /// One more file done.
    pub(crate) fn inc(&self) {
        self.0.inc(1);
    }

    /// Prints `err` as one line on stderr, above the bar.
    pub(crate) fn error(&self, err: &Error) {
        self.0.suspend(|| eprintln!("dangbo: {err}"));
    }

    /// Removes the bar.
    pub(crate) fn finish(&self) {
        self.0.finish_and_clear();
    }
}
