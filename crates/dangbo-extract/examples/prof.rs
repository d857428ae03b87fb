//! A plain loop over the example articles, for profilers (`perf record`,
//! `valgrind --tool=callgrind`) and quick A/B runs; criterion's bench is the
//! measurement of record.
//!
//!     cargo run --release -p dangbo-extract --example prof -- examples/articles 60
//!
//! Every article is read once before the clock starts, so the automata built
//! on first use are not counted; the timed loop is `measured`, which callgrind
//! can be told to count alone:
//!
//!     valgrind --tool=callgrind --collect-atstart=no --toggle-collect='prof::measured' \
//!         target/release/examples/prof examples/articles 10

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use dangbo_extract::{extract, Options};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(Ok(reps))) = (args.first(), args.get(1).map(|r| r.parse::<usize>()))
    else {
        eprintln!("usage: prof ARTICLES_DIR REPETITIONS");
        return ExitCode::from(2);
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("{dir}: cannot read the directory");
        return ExitCode::FAILURE;
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let articles: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes = articles.iter().map(String::len).sum::<usize>() * reps;
    for a in &articles {
        black_box(extract(a, &Options::default()));
    }
    let start = Instant::now();
    let figures = measured(&articles, reps);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{figures} figures; {:.1} MB/s, {:.0} articles/s",
        bytes as f64 / 1e6 / secs,
        (articles.len() * reps) as f64 / secs
    );
    ExitCode::SUCCESS
}

/// Extracts every article `reps` times; returns the number of figures found.
#[inline(never)]
fn measured(articles: &[String], reps: usize) -> usize {
    let mut figures = 0;
    for _ in 0..reps {
        for a in articles {
            figures += black_box(extract(black_box(a), &Options::default()))
                .indicators()
                .len();
        }
    }
    figures
}
