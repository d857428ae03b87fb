//! Throughput of [`dangbo_extract::extract`] on one core, beside a naïve baseline.
//!
//! The corpus is the example articles of `examples/articles`, repeated until it
//! holds at least 20 MB. Two measurements run on it in the same process:
//!
//! - `extract`: every article through the extractor;
//! - `naive_regex`: every article through one `regex` scan for numbers with a
//!   unit (what a one-pattern figure finder would cost), as a yardstick.
//!
//! Before criterion's own report, one timed pass of each prints MB/s and
//! articles/s. Run with `cargo bench -p dangbo-extract --bench extract`.

use std::hint::black_box;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dangbo_extract::{extract, Options};
use regex::Regex;

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
const TARGET_BYTES: usize = 20 * 1024 * 1024;

/// The example articles, repeated to at least [`TARGET_BYTES`].
fn corpus() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(Path::new(EXAMPLES))
        .expect("examples/articles exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let originals: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("example articles are UTF-8"))
        .collect();
    assert!(!originals.is_empty(), "no example articles in {EXAMPLES}");
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for a in &originals {
            bytes += a.len();
            out.push(a.clone());
        }
    }
    out
}

/// The baseline's one pattern: a Vietnamese number (thousands dots, decimal
/// comma) followed by a unit.
fn baseline_pattern() -> Regex {
    Regex::new(
        r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:%|nghìn tỷ đồng|tỷ đồng|triệu đồng|tỷ USD|triệu USD|tấn|ha|tạ/ha|lượt khách|lượt|đảng viên|lao động)",
    )
    .expect("the baseline pattern compiles")
}

fn naive(re: &Regex, text: &str) -> usize {
    re.find_iter(text).count()
}

fn extract_all(corpus: &[String], options: &Options) -> usize {
    corpus
        .iter()
        .map(|a| black_box(extract(black_box(a), options)).indicators().len())
        .sum()
}

fn naive_all(re: &Regex, corpus: &[String]) -> usize {
    corpus.iter().map(|a| naive(re, black_box(a))).sum()
}

/// One timed pass, printed as MB/s and articles/s.
fn report_once(name: &str, corpus: &[String], bytes: usize, pass: impl FnOnce() -> usize) {
    let start = Instant::now();
    let found = pass();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{name:>12}: {:8.1} MB/s {:10.0} articles/s ({found} figures in {} articles, {:.1} MB, {secs:.2} s)",
        bytes as f64 / 1e6 / secs,
        corpus.len() as f64 / secs,
        corpus.len(),
        bytes as f64 / 1e6,
    );
}

/// Whether the extractor is implemented yet (it `todo!()`s until it lands).
fn extractor_ready(sample: &str) -> bool {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let ok = panic::catch_unwind(AssertUnwindSafe(|| extract(sample, &Options::default()))).is_ok();
    panic::set_hook(hook);
    ok
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let re = baseline_pattern();
    let options = Options::default();
    let ready = extractor_ready(&corpus[0]);

    if ready {
        report_once("extract", &corpus, bytes, || extract_all(&corpus, &options));
    } else {
        println!("     extract: not implemented yet (todo!()), skipped");
    }
    report_once("naive_regex", &corpus, bytes, || naive_all(&re, &corpus));

    let mut group = c.benchmark_group("corpus_20MB");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    if ready {
        group.bench_function("extract", |b| b.iter(|| extract_all(&corpus, &options)));
    }
    group.bench_function("naive_regex", |b| b.iter(|| naive_all(&re, &corpus)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
