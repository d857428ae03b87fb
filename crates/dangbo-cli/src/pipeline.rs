//! Work on many files across all cores with bounded memory.
//!
//! Items are taken in windows of a few per thread. While the results of one
//! window are handed on in input order (written out, say), the next window is
//! already being worked on: `rayon::join` runs the hand-on as one task of the
//! pool beside the window's items, so no core waits for the writer and the
//! writer never waits for a whole window. At most two windows' results are
//! held at once, so memory is bounded by twice the window size times the
//! largest item, never by the corpus.

use std::ops::ControlFlow;

use rayon::prelude::*;

/// How many items per thread a window holds.
const PER_THREAD: usize = 16;

/// The window size for the current thread pool.
pub(crate) fn window() -> usize {
    rayon::current_num_threads().max(1) * PER_THREAD
}

/// Applies `work` to every item in parallel and gives each result to `sink` in
/// input order. `sink` can stop the run early with `ControlFlow::Break` (the
/// window being worked on at that moment is finished, not handed on).
pub(crate) fn ordered<T, R, B>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(&T, R) -> ControlFlow<B> + Send,
) -> ControlFlow<B>
where
    T: Sync,
    R: Send,
    B: Send,
{
    let mut chunks = items.chunks(window());
    let Some(first) = chunks.next() else {
        return ControlFlow::Continue(());
    };
    let mut done: &[T] = first;
    let mut results: Vec<R> = first.par_iter().map(&work).collect();
    for chunk in chunks {
        let (flow, next) = rayon::join(
            || hand_on(done, results, &mut sink),
            || chunk.par_iter().map(&work).collect::<Vec<R>>(),
        );
        flow?;
        done = chunk;
        results = next;
    }
    hand_on(done, results, &mut sink)
}

/// Gives the results of one window to `sink`, in order.
fn hand_on<T, R, B>(
    items: &[T],
    results: Vec<R>,
    sink: &mut impl FnMut(&T, R) -> ControlFlow<B>,
) -> ControlFlow<B> {
    for (item, result) in items.iter().zip(results) {
        sink(item, result)?;
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
