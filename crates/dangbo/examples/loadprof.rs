//! Profiling aid: parses a JSON Lines file of reports (every rule checked)
//! REPS times on one core and prints MB/s; run it under `valgrind --tool=callgrind`
//! to compare two versions of the core's reading by instruction count.
//!
//!     cargo run --release -p dangbo --example loadprof -- reports.jsonl 2
//!
//! (A file of bench reports: `benches/python/_data.py`'s `write_jsonl`.)
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("PATH");
    let reps: usize = args.next().map_or(1, |r| r.parse().expect("REPS"));
    let text = std::fs::read_to_string(&path).expect("read");
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..reps {
        for line in text.lines() {
            let r = dangbo::Report::from_json(line).expect("report");
            n += r.indicators().len();
        }
    }
    let s = start.elapsed().as_secs_f64();
    println!(
        "{n} indicators, {:.1} MB/s",
        (text.len() * reps) as f64 / s / 1e6
    );
}
