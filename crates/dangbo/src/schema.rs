//! The JSON Schema (draft 2020-12) of [`Report`](crate::Report), built by hand
//! from the model so that it says exactly what the crate reads and writes.

use serde_json::{json, Map, Value};

use crate::{
    Basis, Category, Code, Direction, DocumentKind, Figure, Level, Organ, PeriodKind, Qualifier,
    RelativeTo, RoleInSession, SessionKind, SymbolSystem, TallyStatus, UnitKind,
};

/// The JSON Schema (draft 2020-12) of a [`Report`](crate::Report) as the crate
/// writes and reads it.
///
/// Every entity is a `$defs` entry with every field under `properties` and
/// `additionalProperties: false`; the fields the model requires are
/// `required` (the others may be absent, and optional ones may be `null`);
/// enumerations are `enum` lists of their JSON spellings; a period is a
/// `oneOf` by `kind`. Dates are `YYYY-MM-DD` strings. The schema describes the
/// shape only: the rules of the model (a term spans five years, a tally's
/// count is at most its total…) are checked by the crate, not by the schema.
///
/// # Example
///
/// ```
/// let schema = dangbo::schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["$defs"]["Report"]["additionalProperties"], false);
/// assert_eq!(schema["$defs"]["Level"]["enum"][2], "district");
/// ```
pub fn schema() -> Value {
    let mut defs = Map::new();
    enums(&mut defs);
    values(&mut defs);
    entities(&mut defs);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/dangbo/report.schema.json",
        "title": "dangbo Report",
        "description": "Everything one article says about one party-committee session: the session, its committee, periods, people, figures, documents and consistency findings.",
        "$ref": "#/$defs/Report",
        "$defs": defs,
    })
}

fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{name}") })
}

fn nullable(schema: Value) -> Value {
    let mut out = Map::new();
    out.insert(
        "anyOf".to_owned(),
        Value::Array(vec![schema, json!({ "type": "null" })]),
    );
    Value::Object(out)
}

fn string() -> Value {
    json!({ "type": "string" })
}

fn number() -> Value {
    json!({ "type": "number" })
}

fn boolean() -> Value {
    json!({ "type": "boolean" })
}

fn u32_schema() -> Value {
    json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX })
}

fn i32_schema() -> Value {
    json!({ "type": "integer", "minimum": i32::MIN, "maximum": i32::MAX })
}

fn date() -> Value {
    json!({ "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
}

fn array(items: Value) -> Value {
    let mut out = Map::new();
    out.insert("type".to_owned(), json!("array"));
    out.insert("items".to_owned(), items);
    Value::Object(out)
}

fn string_enum(description: &str, names: &[&str]) -> Value {
    json!({ "description": description, "type": "string", "enum": names })
}

/// A closed object: the listed properties, `required` among them, nothing else.
fn object(description: &str, properties: Vec<(&str, Value)>, required: &[&str]) -> Value {
    let props: Map<String, Value> = properties
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    debug_assert!(required.iter().all(|r| props.contains_key(*r)));
    json!({
        "description": description,
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

fn enums(defs: &mut Map<String, Value>) {
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let list: [(&str, &str, &[&str]); 16] = [
        ("Level", "level of a party organization", Level::NAMES),
        ("UnitKind", "kind of administrative unit", UnitKind::NAMES),
        ("Organ", "body that meets", Organ::NAMES),
        ("SessionKind", "kind of meeting", SessionKind::NAMES),
        ("Qualifier", "qualifier of a figure", Qualifier::NAMES),
        ("Figure", "actual, estimate or projected", Figure::NAMES),
        ("Basis", "what an achievement percent is of", Basis::NAMES),
        (
            "RelativeTo",
            "what a change is measured against",
            RelativeTo::NAMES,
        ),
        ("Direction", "up or down", Direction::NAMES),
        ("TallyStatus", "status a tally states", TallyStatus::NAMES),
        ("Category", "area of an indicator", Category::NAMES),
        (
            "RoleInSession",
            "a person's part in the session",
            RoleInSession::NAMES,
        ),
        (
            "DocumentKind",
            "kind of party document",
            DocumentKind::NAMES,
        ),
        (
            "SymbolSystem",
            "numbering order of a document symbol",
            SymbolSystem::NAMES,
        ),
        ("PeriodKind", "kind of period", PeriodKind::NAMES),
        ("Severity", "error or warning", &["error", "warning"]),
    ];
    for (name, description, names) in list {
        defs.insert(name.to_owned(), string_enum(description, names));
    }
    defs.insert(
        "Code".to_owned(),
        string_enum("stable code of an issue", &codes),
    );
}

fn values(defs: &mut Map<String, Value>) {
    let year = || ("year", i32_schema());
    let years = || [("start_year", i32_schema()), ("end_year", i32_schema())];
    let kind = |k: &str| ("kind", json!({ "const": k }));
    let variants = vec![
        object(
            "a calendar year",
            vec![kind("year"), year()],
            &["kind", "year"],
        ),
        object(
            "the first months of a year",
            vec![kind("year_to_date"), year(), ("months", u32_schema())],
            &["kind", "year", "months"],
        ),
        object(
            "the last months of a year",
            vec![kind("year_remainder"), year(), ("months", u32_schema())],
            &["kind", "year", "months"],
        ),
        object(
            "a quarter",
            vec![kind("quarter"), year(), ("quarter", u32_schema())],
            &["kind", "year", "quarter"],
        ),
        object(
            "a five-year term",
            [vec![kind("term")], years().to_vec()].concat(),
            &["kind", "start_year", "end_year"],
        ),
        object(
            "the middle of a term",
            [vec![kind("mid_term")], years().to_vec()].concat(),
            &["kind", "start_year", "end_year"],
        ),
        object(
            "a multi-year stage",
            [vec![kind("stage")], years().to_vec()].concat(),
            &["kind", "start_year", "end_year"],
        ),
        object(
            "any other period, as written",
            vec![
                kind("other"),
                ("year", nullable(i32_schema())),
                ("text", string()),
            ],
            &["kind", "text"],
        ),
    ];
    defs.insert(
        "Period".to_owned(),
        json!({ "description": "a period of time, by kind", "oneOf": variants }),
    );
    defs.insert(
        "DocumentSymbol".to_owned(),
        object(
            "the symbol of a document: 05-NQ/TU",
            vec![
                ("number", u32_schema()),
                ("kind", reference("DocumentKind")),
                ("issuer", string()),
                ("system", reference("SymbolSystem")),
                ("text", string()),
            ],
            &["number", "kind", "issuer", "system", "text"],
        ),
    );
    defs.insert(
        "Issue".to_owned(),
        object(
            "a broken rule or a finding",
            vec![
                ("path", string()),
                ("code", reference("Code")),
                ("message", string()),
                ("input", string()),
                ("severity", reference("Severity")),
            ],
            &["path", "code", "message", "input", "severity"],
        ),
    );
}

fn entities(defs: &mut Map<String, Value>) {
    let opt_str = || nullable(string());
    let opt_date = || nullable(date());
    let opt = |name: &str| nullable(reference(name));
    let mut add = |name: &str, schema: Value| {
        defs.insert(name.to_owned(), schema);
    };
    add(
        "Term",
        object(
            "a term: khóa XXII, nhiệm kỳ 2020-2025",
            vec![
                ("ordinal", nullable(u32_schema())),
                ("start_year", nullable(i32_schema())),
                ("end_year", nullable(i32_schema())),
            ],
            &[],
        ),
    );
    add(
        "Session",
        object(
            "one meeting of a party body",
            vec![
                ("organ", reference("Organ")),
                ("kind", reference("SessionKind")),
                ("ordinal", nullable(u32_schema())),
                ("term", opt("Term")),
                ("expanded", boolean()),
                ("extraordinary", boolean()),
                ("date", opt_date()),
                ("end_date", opt_date()),
                ("date_text", opt_str()),
            ],
            &["organ", "kind"],
        ),
    );
    add(
        "CommitteeRef",
        object(
            "a committee as an article names it",
            vec![
                ("text", string()),
                ("level", opt("Level")),
                ("unit_kind", opt("UnitKind")),
                ("locality", opt_str()),
                ("province", opt_str()),
                ("id", opt_str()),
            ],
            &["text"],
        ),
    );
    add(
        "Achievement",
        object(
            "a percent of a basis",
            vec![
                ("percent", number()),
                ("qualifier", reference("Qualifier")),
                ("basis", reference("Basis")),
                ("basis_text", opt_str()),
            ],
            &["percent", "basis"],
        ),
    );
    add(
        "Change",
        object(
            "growth or decline",
            vec![
                ("percent", nullable(number())),
                ("amount", nullable(number())),
                ("direction", reference("Direction")),
                ("relative_to", opt("RelativeTo")),
            ],
            &["direction"],
        ),
    );
    add(
        "Share",
        object(
            "a share of a whole",
            vec![("percent", number()), ("of", opt_str())],
            &["percent"],
        ),
    );
    add(
        "IndicatorReport",
        object(
            "one reported figure of a plan indicator",
            vec![
                ("text", string()),
                ("name", string()),
                ("category", opt("Category")),
                ("unit", opt_str()),
                ("value", nullable(number())),
                ("qualifier", reference("Qualifier")),
                ("figure", reference("Figure")),
                ("target", nullable(number())),
                ("achievements", array(reference("Achievement"))),
                ("change", opt("Change")),
                ("share", opt("Share")),
                ("period", opt("Period")),
            ],
            &["text", "name"],
        ),
    );
    add(
        "Tally",
        object(
            "a count of targets or units with a status",
            vec![
                ("text", string()),
                ("count", u32_schema()),
                ("total", nullable(u32_schema())),
                ("of", opt_str()),
                ("status", opt("TallyStatus")),
                ("basis", opt("Basis")),
            ],
            &["text", "count"],
        ),
    );
    add(
        "Position",
        object(
            "a role in an organ of an organization",
            vec![
                ("role", string()),
                ("organ", opt_str()),
                ("organization", opt_str()),
            ],
            &["role"],
        ),
    );
    add(
        "PersonMention",
        object(
            "a named person",
            vec![
                ("name", string()),
                ("titles", array(string())),
                ("positions", array(reference("Position"))),
                ("role_in_session", opt("RoleInSession")),
            ],
            &["name"],
        ),
    );
    add(
        "ResolutionMention",
        object(
            "a document an article mentions or a session adopts",
            vec![
                ("text", string()),
                ("symbol", opt("DocumentSymbol")),
                ("kind", reference("DocumentKind")),
                ("title", opt_str()),
                ("adopted", boolean()),
            ],
            &["text", "kind"],
        ),
    );
    add(
        "Source",
        object(
            "where a report came from",
            vec![
                ("title", opt_str()),
                ("published", opt_date()),
                ("url", opt_str()),
            ],
            &[],
        ),
    );
    add(
        "Periods",
        object(
            "the reviewed and the planned period",
            vec![("review", opt("Period")), ("plan", opt("Period"))],
            &[],
        ),
    );
    add(
        "Report",
        object(
            "everything one article says about one session",
            vec![
                ("source", reference("Source")),
                ("committee", opt("CommitteeRef")),
                ("session", opt("Session")),
                ("periods", reference("Periods")),
                ("people", array(reference("PersonMention"))),
                ("indicators", array(reference("IndicatorReport"))),
                ("tallies", array(reference("Tally"))),
                ("resolutions", array(reference("ResolutionMention"))),
                ("findings", array(reference("Issue"))),
            ],
            &[],
        ),
    );
}
