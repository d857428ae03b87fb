//! Work on many files across all cores with bounded memory.
//!
//! Items are taken in windows of a few per thread: each window is worked on in
//! parallel, then its results are handed on in input order before the next
//! window starts. At most one window's results are held at once, so memory is
//! bounded by the window size times the largest item, never by the corpus.

use std::ops::ControlFlow;

use rayon::prelude::*;

/// How many items per thread a window holds.
const PER_THREAD: usize = 4;

/// The window size for the current thread pool.
pub(crate) fn window() -> usize {
    rayon::current_num_threads().max(1) * PER_THREAD
}

/// Applies `work` to every item in parallel and gives each result to `sink` in
/// input order. `sink` can stop the run early with `ControlFlow::Break`.
pub(crate) fn ordered<T, R, B>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(&T, R) -> ControlFlow<B>,
) -> ControlFlow<B>
where
    T: Sync,
    R: Send,
{
    for chunk in items.chunks(window()) {
        let results: Vec<R> = chunk.par_iter().map(&work).collect();
        for (item, result) in chunk.iter().zip(results) {
            sink(item, result)?;
        }
    }
    ControlFlow::Continue(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_and_a_break_stops_the_run() {
        let items: Vec<u32> = (0..100).collect();
        let mut seen = Vec::new();
        let flow: ControlFlow<()> = ordered(
            &items,
            |x| x * 2,
            |_, r| {
                seen.push(r);
                ControlFlow::Continue(())
            },
        );
        assert_eq!(flow, ControlFlow::Continue(()));
        assert_eq!(seen, (0..100).map(|x| x * 2).collect::<Vec<_>>());

        let mut count = 0;
        let flow = ordered(
            &items,
            |x| *x,
            |_, r| {
                count += 1;
                if r == 9 {
                    ControlFlow::Break(r)
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        assert_eq!(flow, ControlFlow::Break(9));
        assert_eq!(count, 10);
    }
}
