//! `dangbo schema`: the JSON Schema of a report.
//!
//! The schema itself belongs to the core crate (`dangbo::schema()`). Until that
//! function is in the `dangbo` crate this build uses, the command fails with a
//! message that says so (exit status 1), rather than print a schema of its own
//! that could disagree with the model.

use crate::{Error, Outcome};

/// Runs `dangbo schema`.
pub(crate) fn run() -> Result<Outcome, Error> {
    // Placeholder: replace with
    //     println!("{}", serde_json::to_string_pretty(&dangbo::schema()).expect(..));
    // once `dangbo::schema() -> serde_json::Value` is on main.
    Err(Error::SchemaUnavailable)
}
