//! Extracts every `*.txt` article of a directory into `OUT/<stem>.json`.
//!
//!     cargo run --release -p dangbo-extract --example dump -- ARTICLES_DIR OUT_DIR

use std::path::PathBuf;
use std::process::ExitCode;

use dangbo_extract::{extract_bytes, Options};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: dump ARTICLES_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    let output = PathBuf::from(output);
    if let Err(e) = std::fs::create_dir_all(&output) {
        eprintln!("{}: {e}", output.display());
        return ExitCode::FAILURE;
    }
    let entries = match std::fs::read_dir(input) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("{input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut failed = false;
    for path in paths {
        let result = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                extract_bytes(&bytes, &Options::default()).map_err(|e| e.to_string())
            });
        match result {
            Ok(report) => {
                let json =
                    serde_json::to_string_pretty(&report).unwrap_or_else(|_| report.to_json());
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if let Err(e) = std::fs::write(output.join(format!("{stem}.json")), json + "\n") {
                    eprintln!("{}: {e}", path.display());
                    failed = true;
                }
            }
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
