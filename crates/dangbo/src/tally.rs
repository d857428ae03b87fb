//! Tallies of targets: "15/18 chỉ tiêu đạt và vượt Nghị quyết".

use crate::draft::{entity, Rules};
use crate::issue::Issue;
use crate::{Basis, TallyStatus};

entity! {
    /// A count of targets or units with a status: "6/20 chỉ tiêu đã hoàn thành và
    /// vượt kế hoạch", "46/63 địa phương không đạt".
    pub struct Tally / TallyDraft {
        /// The clause as written.
        text: String [str] = required ~ String,
        /// How many (6).
        count: u32 [copy] = required ~ u32,
        /// Out of how many (20); null for "có 3 chỉ tiêu không đạt".
        total: Option<u32> [copy] = ~ Option<u32>,
        /// What is counted ("chỉ tiêu", "địa phương").
        of: Option<String> [opt_str] = ~ Option<String>,
        /// The stated status.
        status: Option<TallyStatus> [copy] = ~ Option<TallyStatus>,
        /// Against what.
        basis: Option<Basis> [copy] = ~ Option<Basis>,
    }
}

impl Rules for TallyDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::tally(self)
    }
}
