//! Extracts each file given on the command line and prints one report JSON per
//! line: the Rust side of the Python tests that check `dangbo.extract` gives
//! exactly what the Rust extractor gives.
//!
//! `cargo run -p dangbo-py --example extract_jsonl -- FILE...`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let report = dangbo_extract::extract(&text, &dangbo_extract::Options::default());
                println!("{}", report.to_json());
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
