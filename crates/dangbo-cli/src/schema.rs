//! `dangbo schema`: the JSON Schema of a report, from the core crate.

use std::io::{self, Write};

use crate::{Error, Outcome};

/// Runs `dangbo schema`: prints `dangbo::schema()`, pretty, on stdout.
pub(crate) fn run() -> Result<Outcome, Error> {
    let text = serde_json::to_string_pretty(&dangbo::schema())
        .map_err(|e| Error::stdout(io::Error::other(e)))?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{text}").map_err(Error::stdout)?;
    out.flush().map_err(Error::stdout)?;
    Ok(Outcome::Success)
}
