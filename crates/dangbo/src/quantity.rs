//! Quantities: "trên 35,8 tỷ đồng".

use std::str::FromStr;

use crate::draft::{entity, Rules};
use crate::error::Error;
use crate::issue::Issue;
use crate::Qualifier;

entity! {
    /// A qualified amount with its unit as written.
    pub struct Quantity / QuantityDraft {
        /// The number (35.8).
        value: f64 [copy] = required ~ f64,
        /// The unit with its scale word ("tỷ đồng").
        unit: String [str] = required ~ String,
        /// trên → over …
        qualifier: Qualifier [copy] = ~ Qualifier,
    }
}

impl Rules for QuantityDraft {
    fn rules(&self) -> Vec<Issue> {
        Vec::new()
    }
}

impl Quantity {
    /// The value in the unit without its scale word.
    pub fn to_base(&self) -> (f64, String) {
        todo!("helper A")
    }
}

impl FromStr for Quantity {
    type Err = Error;
    fn from_str(_s: &str) -> Result<Quantity, Error> {
        todo!("helper A")
    }
}
