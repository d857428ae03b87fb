//! People named in an article, with their titles and their part in the session.

use crate::draft::{entity, CheckChild, Rules};
use crate::issue::Issue;
use crate::RoleInSession;

entity! {
    /// A position: a role in an organ of an organization ("Bí thư" of "Tỉnh ủy"
    /// "Long An").
    pub struct Position / PositionDraft {
        /// The role ("Bí thư", "Phó Chủ tịch", "Ủy viên Ban Thường vụ").
        role: String [str] = required ~ String,
        /// The organ ("Tỉnh ủy", "UBND").
        organ: Option<String> [opt_str] = ~ Option<String>,
        /// The organization or place ("tỉnh Long An").
        organization: Option<String> [opt_str] = ~ Option<String>,
    }
}

impl Rules for PositionDraft {
    fn rules(&self) -> Vec<Issue> {
        crate::rules::position(self)
    }
}

entity! {
    /// A named person: "đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, Thường
    /// trực Ban Bí thư". Bylines are people too, with role `author`.
    pub struct PersonMention / PersonMentionDraft {
        /// The name as written.
        name: String [str] = required ~ String,
        /// Each title as written, split at commas and dashes.
        titles: Vec<String> [list String] = ~ Vec<String>,
        /// The titles read as positions, where they can be.
        positions: Vec<Position> [list Position] = ~ Vec<PositionDraft>,
        /// Chair, attendee, speaker, author or other.
        role_in_session: Option<RoleInSession> [copy] = ~ Option<RoleInSession>,
    }
}

impl Rules for PersonMentionDraft {
    fn rules(&self) -> Vec<Issue> {
        let mut out = Vec::new();
        self.positions.check_at("positions", &mut out);
        out.extend(crate::rules::person(self));
        out
    }
}
