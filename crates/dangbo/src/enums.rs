//! The enumerations of the model, each a snake_case JSON string.

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident as $what:literal { $( $(#[$vdoc:meta])* $variant:ident = $text:literal ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vdoc])* $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// Every JSON spelling, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($text),*];

            /// The JSON spelling.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;
            /// Reads the JSON spelling.
            ///
            /// # Errors
            ///
            /// [`Error::UnknownVariant`](crate::Error::UnknownVariant) naming the input and the allowed values.
            fn from_str(s: &str) -> Result<$name, $crate::Error> {
                match s {
                    $($text => Ok($name::$variant),)*
                    _ => Err($crate::Error::UnknownVariant { what: $what, input: $crate::error::clip(s), expected: $name::NAMES }),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                // A visitor reads the string where it lies (serde's `Cow<str>`
                // would allocate a `String` for every value).
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<$name, E> {
                        text.parse::<$name>()
                            .map_err(|_| E::unknown_variant(text, $name::NAMES))
                    }
                }
                d.deserialize_str(Visitor)
            }
        }
    };
}

pub(crate) use string_enum;

string_enum! {
    /// The level of a party organization (DOMAIN.md, Organizations).
    Level as "level" {
        /// Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư.
        Central = "central",
        /// Tỉnh ủy; Thành ủy of a centrally-run city.
        Provincial = "provincial",
        /// Huyện ủy, Quận ủy, Thị ủy, Thành ủy of a provincial city (until 2025-06-30).
        District = "district",
        /// Đảng ủy xã, phường, thị trấn, đặc khu.
        Grassroots = "grassroots",
        /// Sector and agency party organizations.
        Other = "other",
    }
}

string_enum! {
    /// The kind of administrative unit a committee leads.
    UnitKind as "unit_kind" {
        /// The whole country.
        Central = "central",
        /// Tỉnh.
        Province = "province",
        /// Thành phố trực thuộc Trung ương.
        CentrallyRunCity = "centrally_run_city",
        /// Huyện.
        District = "district",
        /// Quận.
        UrbanDistrict = "urban_district",
        /// Thị xã.
        Town = "town",
        /// Thành phố thuộc tỉnh.
        ProvincialCity = "provincial_city",
        /// Xã.
        Commune = "commune",
        /// Phường.
        Ward = "ward",
        /// Thị trấn (until 2025).
        Township = "township",
        /// Đặc khu (from 2025-07-01).
        SpecialZone = "special_zone",
        /// Anything else (sector, agency).
        Other = "other",
    }
}

impl UnitKind {
    /// The level a committee of this unit kind sits at.
    pub fn level(self) -> Level {
        match self {
            UnitKind::Central => Level::Central,
            UnitKind::Province | UnitKind::CentrallyRunCity => Level::Provincial,
            UnitKind::District
            | UnitKind::UrbanDistrict
            | UnitKind::Town
            | UnitKind::ProvincialCity => Level::District,
            UnitKind::Commune | UnitKind::Ward | UnitKind::Township | UnitKind::SpecialZone => {
                Level::Grassroots
            }
            UnitKind::Other => Level::Other,
        }
    }
}

impl Level {
    /// The level one step up, if any (`Other` has none).
    pub fn parent(self) -> Option<Level> {
        match self {
            Level::Central | Level::Other => None,
            Level::Provincial => Some(Level::Central),
            Level::District => Some(Level::Provincial),
            Level::Grassroots => Some(Level::District),
        }
    }
}

string_enum! {
    /// The body that meets.
    Organ as "organ" {
        /// Ban Chấp hành (BCH).
        ExecutiveCommittee = "executive_committee",
        /// Ban Thường vụ (BTV).
        StandingCommittee = "standing_committee",
        /// Đại hội.
        Congress = "congress",
        /// Bộ Chính trị.
        Politburo = "politburo",
        /// Ban Bí thư.
        Secretariat = "secretariat",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// What kind of meeting a session is.
    SessionKind as "session kind" {
        /// A regular, usually numbered meeting.
        Plenary = "plenary",
        /// Hội nghị giao ban.
        Briefing = "briefing",
        /// Sơ kết / tổng kết, mid-term review included.
        Review = "review",
        /// Đại hội.
        Congress = "congress",
        /// A meeting on one subject (chuyên đề).
        Thematic = "thematic",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// What qualifies a figure: "trên 35,8 tỷ đồng" is `Over`.
    Qualifier as "qualifier" {
        /// No qualifier word.
        Exact = "exact",
        /// trên, hơn, trở lên.
        Over = "over",
        /// khoảng.
        About = "about",
        /// dưới.
        Under = "under",
        /// gần.
        Nearly = "nearly",
    }
}

impl Default for Qualifier {
    /// No qualifier word: `Exact`.
    fn default() -> Qualifier {
        Qualifier::Exact
    }
}

string_enum! {
    /// Whether a figure is achieved, estimated or planned.
    Figure as "figure" {
        /// đạt, được, thực hiện.
        Actual = "actual",
        /// ước, ước đạt, ước tính, ước thực hiện.
        Estimate = "estimate",
        /// dự kiến, phấn đấu, next-period targets.
        Projected = "projected",
    }
}

impl Default for Figure {
    /// No marker word: `Actual`.
    fn default() -> Figure {
        Figure::Actual
    }
}

string_enum! {
    /// What an achievement percent is measured against.
    Basis as "basis" {
        /// kế hoạch, KH.
        Plan = "plan",
        /// Nghị quyết, NQ, chỉ tiêu Nghị quyết.
        Resolution = "resolution",
        /// dự toán (tỉnh, huyện, thành phố) giao.
        AssignedEstimate = "assigned_estimate",
        /// dự toán HĐND giao.
        CouncilEstimate = "council_estimate",
        /// cùng kỳ (a ratio to the same period).
        SamePeriod = "same_period",
        /// Anything else or unstated.
        Other = "other",
    }
}

string_enum! {
    /// What a change is measured against.
    RelativeTo as "relative_to" {
        /// so với cùng kỳ.
        SamePeriod = "same_period",
        /// so với năm trước.
        PreviousPeriod = "previous_period",
        /// Averages and other comparisons.
        Other = "other",
    }
}

string_enum! {
    /// Up or down.
    Direction as "direction" {
        /// tăng; for a target, higher is better.
        Increase = "increase",
        /// giảm; for a target, lower is better.
        Decrease = "decrease",
    }
}

string_enum! {
    /// The status a tally states for its targets.
    TallyStatus as "tally status" {
        /// đạt và vượt, hoàn thành và vượt.
        MetOrExceeded = "met_or_exceeded",
        /// đạt.
        Met = "met",
        /// vượt.
        Exceeded = "exceeded",
        /// hoàn thành.
        Completed = "completed",
        /// không đạt, chưa đạt.
        NotMet = "not_met",
        /// Anything else (đang trong lộ trình, đảm bảo tiến độ).
        Other = "other",
    }
}

string_enum! {
    /// The area an indicator belongs to.
    Category as "category" {
        /// GRDP, growth, income.
        Economy = "economy",
        /// Budget revenue and spending.
        Budget = "budget",
        /// Crops, livestock, new rural areas.
        Agriculture = "agriculture",
        /// Industry and handicrafts.
        Industry = "industry",
        /// Trade, services, tourism.
        TradeServices = "trade_services",
        /// Investment and disbursement.
        Investment = "investment",
        /// Poverty, jobs, social security.
        Social = "social",
        /// Schools.
        Education = "education",
        /// Health insurance, clinics.
        Health = "health",
        /// Culture.
        Culture = "culture",
        /// Environment.
        Environment = "environment",
        /// Defence and security.
        DefenseSecurity = "defense_security",
        /// Party building: new members, cells.
        PartyBuilding = "party_building",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// A person's part in a session.
    RoleInSession as "role_in_session" {
        /// chủ trì, đồng chủ trì.
        Chair = "chair",
        /// dự, tham dự.
        Attendee = "attendee",
        /// phát biểu, kết luận, báo cáo.
        Speaker = "speaker",
        /// Byline or photo credit.
        Author = "author",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// The kind of a party document, by the abbreviation in its symbol.
    DocumentKind as "document kind" {
        /// Nghị quyết.
        NQ = "NQ",
        /// Chỉ thị.
        CT = "CT",
        /// Kết luận.
        KL = "KL",
        /// Quyết định.
        QD = "QĐ",
        /// Quy định.
        QDi = "QĐi",
        /// Hướng dẫn.
        HD = "HD",
        /// Báo cáo.
        BC = "BC",
        /// Kế hoạch.
        KH = "KH",
        /// Chương trình.
        CTr = "CTr",
        /// Thông báo.
        TB = "TB",
        /// Đề án.
        DA = "ĐA",
        /// Công văn.
        CV = "CV",
        /// Tờ trình.
        TTr = "TTr",
    }
}

string_enum! {
    /// Which numbering order a document symbol follows.
    SymbolSystem as "symbol system" {
        /// "05-NQ/TU": number, kind, issuer.
        Party = "party",
        /// "12/NQ-CP": number / kind - issuer.
        State = "state",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_through_json_and_text() {
        for kind in UnitKind::ALL {
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(serde_json::from_str::<UnitKind>(&json).unwrap(), *kind);
            assert_eq!(kind.as_str().parse::<UnitKind>().unwrap(), *kind);
        }
        assert_eq!(serde_json::to_string(&DocumentKind::DA).unwrap(), "\"ĐA\"");
        assert_eq!(
            serde_json::to_string(&DocumentKind::QDi).unwrap(),
            "\"QĐi\""
        );
    }

    #[test]
    fn unknown_enum_string_names_value_and_choices() {
        let err = "countyish".parse::<UnitKind>().unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("countyish") && text.contains("province"),
            "{text}"
        );
        let json_err = serde_json::from_str::<Basis>("\"budget\"").unwrap_err();
        assert!(json_err.to_string().contains("budget"));
    }

    #[test]
    fn unit_kind_decides_level() {
        assert_eq!(UnitKind::ProvincialCity.level(), Level::District);
        assert_eq!(UnitKind::CentrallyRunCity.level(), Level::Provincial);
        assert_eq!(Level::District.parent(), Some(Level::Provincial));
    }
}
