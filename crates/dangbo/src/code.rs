//! The stable codes of every rule, with their descriptions.
//!
//! The table in the crate documentation is generated from the same list as this
//! enum (see `codes_table_matches_enum` in the tests), so it cannot drift.

use std::fmt::{self, Write as _};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $text:literal, $sev:ident, $en:literal, $vi:literal; )*) => {
        /// A stable code naming the rule an [`Issue`](crate::Issue) breaks.
        ///
        /// Codes are `snake_case` strings in JSON and never change meaning; new
        /// rules get new codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in table order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The JSON spelling.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text,)* }
            }

            /// Whether the rule rejects the value (`Error`) or reports a finding (`Warning`).
            pub fn severity(self) -> crate::Severity {
                match self { $(Code::$variant => crate::Severity::$sev,)* }
            }

            /// What the rule says, in English.
            pub fn description(self) -> &'static str {
                match self { $(Code::$variant => $en,)* }
            }

            /// What the rule says, in Vietnamese.
            pub fn description_vi(self) -> &'static str {
                match self { $(Code::$variant => $vi,)* }
            }
        }

        impl FromStr for Code {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Code, crate::Error> {
                match s {
                    $($text => Ok(Code::$variant),)*
                    _ => Err(crate::Error::UnknownVariant {
                        what: "code",
                        input: crate::error::clip(s),
                        expected: &[$($text),*],
                    }),
                }
            }
        }
    };
}

codes! {
    // ---- reading values from text ----
    /// A number is not written the Vietnamese way ("1.23", "1,2,3").
    NumberMalformed = "number_malformed", Error, "not a number written the Vietnamese way", "không phải số viết theo cách Việt Nam";
    /// A number is too large to be a real figure, or not finite.
    NumberOverflow = "number_overflow", Error, "number too large or not finite", "số quá lớn hoặc không hữu hạn";
    /// A quantity has no number or an unreadable qualifier.
    QuantityMalformed = "quantity_malformed", Error, "not a quantity (qualifier, number, unit)", "không phải một đại lượng (từ chỉ mức, số, đơn vị)";
    /// A Roman numeral is not in canonical form ("IIII") or has other letters.
    RomanMalformed = "roman_malformed", Error, "not a canonical Roman numeral", "không phải số La Mã viết đúng chuẩn";
    /// A Roman numeral outside 1..=3999.
    RomanOutOfRange = "roman_out_of_range", Error, "Roman numeral outside 1..=3999", "số La Mã ngoài khoảng 1..3999";
    /// An ordinal in words that is not a number word ("lần thứ mười sáu" is fine).
    OrdinalMalformed = "ordinal_malformed", Error, "not an ordinal in digits, words or Roman numerals", "không phải số thứ tự (chữ số, chữ hoặc số La Mã)";
    /// A document symbol that is not `<n>-<KIND>/<ISSUER>` or `<n>/<KIND>-<ISSUER>`.
    SymbolMalformed = "symbol_malformed", Error, "not a document symbol such as 05-NQ/TU", "không phải số ký hiệu văn bản như 05-NQ/TU";
    /// A document kind that is not one of `NQ`, `CT`, `KL`, `QĐ`, `QĐi`, `HD`, `BC`, `KH`, `CTr`, `TB`, `ĐA`.
    SymbolKindUnknown = "symbol_kind_unknown", Error, "unknown document kind", "loại văn bản không xác định";
    /// A period that is not one of the forms of the domain.
    PeriodMalformed = "period_malformed", Error, "not a period such as '9 tháng đầu năm 2023'", "không phải một kỳ như '9 tháng đầu năm 2023'";
    /// A date that is not written in a known form.
    DateMalformed = "date_malformed", Error, "not a date such as 15/9/2023", "không phải ngày tháng như 15/9/2023";
    /// A day and month that do not exist ("31/2/2023").
    DateInvalid = "date_invalid", Error, "no such day", "ngày không tồn tại";
    /// A date with no year and no reference date to take one from.
    DateYearMissing = "date_year_missing", Error, "date has no year and none can be inferred", "ngày không có năm và không suy ra được năm";
    /// A piece of text is empty where text is required.
    TextEmpty = "text_empty", Error, "text is empty", "văn bản trống";
    /// Text far beyond any real article field.
    TextTooLong = "text_too_long", Error, "text too long", "văn bản quá dài";

    // ---- JSON ----
    /// JSON that does not parse.
    JsonSyntax = "json_syntax", Error, "JSON does not parse", "JSON không đúng cú pháp";
    /// A JSON value of the wrong type, or a required field missing.
    JsonType = "json_type", Error, "JSON value of the wrong type or missing", "giá trị JSON sai kiểu hoặc bị thiếu";
    /// A required field that is absent or null.
    MissingField = "missing_field", Error, "required field is missing", "thiếu trường bắt buộc";
    /// A field the model does not have.
    UnknownField = "unknown_field", Error, "unknown field", "trường không xác định";
    /// A string that is not one of an enumeration's values.
    UnknownVariant = "unknown_variant", Error, "unknown enumeration value", "giá trị liệt kê không xác định";

    // ---- terms ----
    /// A term whose end year is not five years after its start year.
    TermSpan = "term_span", Error, "a term spans five years (end - start = 5)", "nhiệm kỳ kéo dài 5 năm (năm cuối - năm đầu = 5)";
    /// A term year outside 1930..=2100.
    TermYearRange = "term_year_range", Error, "term year outside 1930..=2100", "năm của nhiệm kỳ ngoài khoảng 1930..2100";
    /// A term ordinal (khóa) of 0.
    TermOrdinal = "term_ordinal", Error, "term ordinal (khóa) must be at least 1", "số khóa phải từ 1 trở lên";
    /// A term with neither an ordinal nor years, or with only one of its two years.
    TermEmpty = "term_empty", Error, "a term needs an ordinal or both years", "nhiệm kỳ cần số khóa hoặc đủ hai năm";

    // ---- sessions ----
    /// A plenary session numbered 0.
    SessionOrdinal = "session_ordinal", Error, "a session ordinal must be at least 1", "số thứ tự hội nghị phải từ 1 trở lên";
    /// A session dated outside the years of its term.
    SessionOutsideTerm = "session_outside_term", Error, "session date outside its term's years", "ngày hội nghị nằm ngoài các năm của nhiệm kỳ";
    /// A session dated outside its committee's validity.
    SessionOutsideCommittee = "session_outside_committee", Error, "session date outside its committee's validity", "ngày hội nghị nằm ngoài thời gian tồn tại của cấp ủy";
    /// A district-level committee meeting after 2025-06-30, when that level was abolished.
    SessionAfterDistrictAbolition = "session_after_district_abolition", Error, "district-level committees held no session after 2025-06-30", "cấp ủy cấp huyện không còn họp sau ngày 30/6/2025";
    /// A session that ends before it starts.
    SessionEndBeforeStart = "session_end_before_start", Error, "session end date before its start date", "ngày kết thúc hội nghị trước ngày bắt đầu";

    // ---- committees ----
    /// A level that does not agree with the unit kind.
    CommitteeLevelMismatch = "committee_level_mismatch", Error, "level does not agree with unit kind", "cấp không khớp với loại đơn vị hành chính";
    /// A parent that is not exactly one level up.
    CommitteeParentLevel = "committee_parent_level", Error, "parent committee is not one level up", "cấp ủy cấp trên không đúng một cấp";
    /// A committee valid from a date after it is valid to.
    CommitteeValidity = "committee_validity", Error, "valid_from after valid_to", "ngày bắt đầu hiệu lực sau ngày hết hiệu lực";
    /// A committee that names itself as parent or successor.
    CommitteeSelfReference = "committee_self_reference", Error, "committee refers to itself", "cấp ủy tự tham chiếu chính mình";

    // ---- periods ----
    /// Months of a `year_to_date` or `year_remainder` period outside 1..=12.
    PeriodMonths = "period_months", Error, "months outside 1..=12", "số tháng ngoài khoảng 1..12";
    /// A quarter outside 1..=4.
    PeriodQuarter = "period_quarter", Error, "quarter outside 1..=4", "quý ngoài khoảng 1..4";
    /// A period year outside 1930..=2100.
    PeriodYearRange = "period_year_range", Error, "period year outside 1930..=2100", "năm của kỳ ngoài khoảng 1930..2100";
    /// A multi-year period that ends before it starts, or a term-long one that is not five years.
    PeriodSpan = "period_span", Error, "period ends before it starts, or a term is not five years", "kỳ kết thúc trước khi bắt đầu, hoặc nhiệm kỳ không đủ 5 năm";

    // ---- figures ----
    /// A value or percent that is NaN or infinite.
    NotFinite = "not_finite", Error, "number is NaN or infinite", "số không hữu hạn (NaN hoặc vô cực)";
    /// A value or percent below zero.
    Negative = "negative", Error, "number is negative", "số âm";
    /// A value with an empty unit.
    UnitMissing = "unit_missing", Error, "a value needs a unit", "giá trị cần có đơn vị";
    /// An indicator with no value, no achievement and no change.
    IndicatorEmpty = "indicator_empty", Error, "an indicator needs a value, an achievement or a change", "chỉ tiêu cần có giá trị, tỷ lệ đạt hoặc mức tăng giảm";
    /// A tally whose count exceeds its total.
    TallyCountExceedsTotal = "tally_count_exceeds_total", Error, "tally count greater than its total", "số đạt lớn hơn tổng số";
    /// A tally with a total of zero.
    TallyTotalZero = "tally_total_zero", Error, "tally total must be at least 1", "tổng số phải từ 1 trở lên";
    /// A share of a whole above 100%.
    ShareExceedsWhole = "share_exceeds_whole", Error, "share percent above 100", "tỷ trọng vượt quá 100%";

    // ---- findings (warnings): figures that disagree ----
    /// A stated percent that disagrees with the stated value and target beyond rounding.
    PercentMismatch = "percent_mismatch", Warning, "stated percent disagrees with value and target", "tỷ lệ phần trăm không khớp với giá trị và chỉ tiêu";
    /// A tally whose status says met while its figures say not, or the reverse.
    TallyStatusContradiction = "tally_status_contradiction", Warning, "tally status contradicts its own words or the figures", "trạng thái trái với lời văn hoặc số liệu";
    /// An actual figure for a period that ends after the report was published.
    PeriodAfterPublication = "period_after_publication", Warning, "actual figure for a period ending after publication", "số liệu thực hiện cho kỳ kết thúc sau ngày đăng bài";
    /// Two achievements of the same basis that disagree beyond rounding.
    StatusContradiction = "status_contradiction", Warning, "achievements of the same basis disagree", "các tỷ lệ đạt so với cùng một căn cứ mâu thuẫn nhau";
    /// A document kind that differs from the kind in its symbol ("NQ" with "12-KL/TU").
    DocumentKindMismatch = "document_kind_mismatch", Warning, "document kind differs from its symbol's kind", "loại văn bản khác loại trong số ký hiệu";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Code, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The table of every code as Markdown: code, severity, meaning.
pub fn codes_table() -> String {
    let mut out = String::from("| code | severity | meaning |\n|---|---|---|\n");
    for code in Code::ALL {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            code.as_str(),
            code.severity(),
            code.description()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_snake_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{s}");
            assert_eq!(s.parse::<Code>().unwrap(), *code);
            assert!(!code.description_vi().is_empty());
        }
        assert!("no_such_code".parse::<Code>().is_err());
    }

    #[test]
    fn codes_table_matches_enum() {
        let doc = include_str!("lib.rs");
        for code in Code::ALL {
            assert!(
                doc.contains(&format!("`{}`", code.as_str())),
                "the crate docs' code table lacks `{}`",
                code.as_str()
            );
        }
        assert_eq!(codes_table().lines().count(), Code::ALL.len() + 2);
    }
}
