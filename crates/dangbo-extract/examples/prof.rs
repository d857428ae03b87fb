//! Profiling loop.
use dangbo_extract::{extract, Options};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let reps: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    let mut arts = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            arts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    let bytes: usize = arts.iter().map(|a| a.len()).sum::<usize>() * reps;
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        for a in &arts {
            n += std::hint::black_box(extract(a, &Options::default()))
                .indicators()
                .len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{n} {:.1} MB/s {:.0} art/s",
        bytes as f64 / 1e6 / s,
        (arts.len() * reps) as f64 / s
    );
}
