//! The JSON Schema of `Report` against JSON the crate writes, with a small
//! checker of the keywords the schema uses.

mod common;

use common::{base, with};
use dangbo::{
    schema, Basis, Category, Code, Direction, DocumentKind, Figure, Level, Organ, PeriodKind,
    Qualifier, RelativeTo, Report, RoleInSession, SessionKind, SymbolSystem, TallyStatus, UnitKind,
};
use serde_json::{json, Map, Value};

/// A small JSON Schema checker: `$ref` (to `#/$defs/…`), `type`, `const`,
/// `enum`, `properties`, `required`, `additionalProperties: false`, `items`,
/// `oneOf`, `anyOf`, `minimum`, `maximum`, `pattern` (only the date pattern).
/// Errors name the instance path.
struct Checker<'a> {
    root: &'a Value,
}

impl Checker<'_> {
    fn check(&self, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
        let schema = schema.as_object().expect("every schema is an object");
        let known = [
            "$schema",
            "$id",
            "$ref",
            "$defs",
            "title",
            "description",
            "type",
            "const",
            "enum",
            "properties",
            "required",
            "additionalProperties",
            "items",
            "oneOf",
            "anyOf",
            "minimum",
            "maximum",
            "pattern",
            "format",
        ];
        for key in schema.keys() {
            assert!(
                known.contains(&key.as_str()),
                "keyword {key} unknown to the checker"
            );
        }
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let name = r.strip_prefix("#/$defs/").expect("local refs only");
            let target = &self.root["$defs"][name];
            assert!(target.is_object(), "dangling $ref {r}");
            self.check(target, value, at, errors);
        }
        if let Some(t) = schema.get("type") {
            let types: Vec<&str> = match t {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => panic!("bad type {t}"),
            };
            if !types.iter().any(|t| has_type(value, t)) {
                errors.push(format!("{at}: {value} is not of type {types:?}"));
                return;
            }
        }
        if let Some(c) = schema.get("const") {
            if c != value {
                errors.push(format!("{at}: {value} is not {c}"));
            }
        }
        if let Some(list) = schema.get("enum").and_then(Value::as_array) {
            if !list.contains(value) {
                errors.push(format!("{at}: {value} is not one of the enum"));
            }
        }
        if let Some(n) = value.as_f64() {
            if schema
                .get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|m| n < m)
            {
                errors.push(format!("{at}: {n} below minimum"));
            }
            if schema
                .get("maximum")
                .and_then(Value::as_f64)
                .is_some_and(|m| n > m)
            {
                errors.push(format!("{at}: {n} above maximum"));
            }
        }
        if let (Some(p), Some(s)) = (schema.get("pattern"), value.as_str()) {
            assert_eq!(
                p, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                "the checker knows only the date pattern"
            );
            let b = s.as_bytes();
            let ok = b.len() == 10
                && b.iter().enumerate().all(|(i, c)| {
                    if i == 4 || i == 7 {
                        *c == b'-'
                    } else {
                        c.is_ascii_digit()
                    }
                });
            if !ok {
                errors.push(format!("{at}: {s:?} is not a date"));
            }
        }
        if let Some(obj) = value.as_object() {
            self.object(schema, obj, at, errors);
        }
        if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
            for (i, v) in arr.iter().enumerate() {
                self.check(items, v, &format!("{at}[{i}]"), errors);
            }
        }
        for (keyword, exactly_one) in [("anyOf", false), ("oneOf", true)] {
            let Some(branches) = schema.get(keyword).and_then(Value::as_array) else {
                continue;
            };
            let results: Vec<Vec<String>> =
                branches.iter().map(|s| self.branch(s, value, at)).collect();
            let passing = results.iter().filter(|e| e.is_empty()).count();
            if passing == 0 {
                errors.push(format!("{at}: {value} matches no {keyword} branch"));
                // Say why each branch failed, so that deeper paths show.
                errors.extend(results.into_iter().flatten());
            } else if exactly_one && passing > 1 {
                errors.push(format!("{at}: {value} matches {passing} oneOf branches"));
            }
        }
    }

    fn object(
        &self,
        schema: &Map<String, Value>,
        obj: &Map<String, Value>,
        at: &str,
        errors: &mut Vec<String>,
    ) {
        let props = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = name.as_str().unwrap();
            if !obj.contains_key(name) {
                errors.push(format!("{at}: missing required {name}"));
            }
        }
        for (k, v) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => self.check(s, v, &format!("{at}.{k}"), errors),
                None => {
                    if schema.get("additionalProperties") == Some(&Value::Bool(false)) {
                        errors.push(format!("{at}: unexpected property {k}"));
                    }
                }
            }
        }
    }

    fn branch(&self, schema: &Value, value: &Value, at: &str) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(schema, value, at, &mut errors);
        errors
    }

    fn errors(&self, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(self.root, value, "$", &mut errors);
        errors
    }
}

fn has_type(value: &Value, t: &str) -> bool {
    match t {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => panic!("unknown type {t}"),
    }
}

fn errors_of(doc: &Value) -> Vec<String> {
    let schema = schema();
    Checker { root: &schema }.errors(doc)
}

#[test]
fn schema_is_draft_2020_12_and_closed() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["$ref"], "#/$defs/Report");
    for (name, def) in s["$defs"].as_object().unwrap() {
        if def["type"] == "object" {
            assert_eq!(def["additionalProperties"], false, "{name}");
        }
    }
    let report = &s["$defs"]["Report"]["properties"];
    let fields: Vec<&String> = report.as_object().unwrap().keys().collect();
    for f in [
        "source",
        "committee",
        "session",
        "periods",
        "people",
        "indicators",
        "tallies",
        "resolutions",
        "findings",
    ] {
        assert!(fields.iter().any(|k| *k == f), "{f}");
    }
    assert_eq!(
        s["$defs"]["Period"]["oneOf"].as_array().unwrap().len(),
        PeriodKind::NAMES.len()
    );
}

#[test]
fn enums_come_from_the_model() {
    let s = schema();
    let names = |n: &str| -> Vec<String> {
        s["$defs"][n]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    let pairs: [(&str, &[&str]); 15] = [
        ("Level", Level::NAMES),
        ("UnitKind", UnitKind::NAMES),
        ("Organ", Organ::NAMES),
        ("SessionKind", SessionKind::NAMES),
        ("Qualifier", Qualifier::NAMES),
        ("Figure", Figure::NAMES),
        ("Basis", Basis::NAMES),
        ("RelativeTo", RelativeTo::NAMES),
        ("Direction", Direction::NAMES),
        ("TallyStatus", TallyStatus::NAMES),
        ("Category", Category::NAMES),
        ("RoleInSession", RoleInSession::NAMES),
        ("DocumentKind", DocumentKind::NAMES),
        ("SymbolSystem", SymbolSystem::NAMES),
        ("PeriodKind", PeriodKind::NAMES),
    ];
    for (name, want) in pairs {
        assert_eq!(names(name), want, "{name}");
    }
    assert_eq!(names("Code").len(), Code::ALL.len());
    let kinds: Vec<&Value> = s["$defs"]["Period"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| &v["properties"]["kind"]["const"])
        .collect();
    for (k, name) in kinds.iter().zip(PeriodKind::NAMES) {
        assert_eq!(k.as_str(), Some(*name));
    }
}

/// Reports the crate builds, written back as JSON.
fn written_reports() -> Vec<Value> {
    let mut docs = vec![
        base(),
        json!({}),
        with(&[("/session/term", json!({"ordinal": 22}))]),
        with(&[
            (
                "/periods/review",
                json!({"kind": "other", "text": "tháng 10 năm 2023"}),
            ),
            (
                "/periods/plan",
                json!({"kind": "term", "start_year": 2020, "end_year": 2025}),
            ),
            (
                "/indicators/0/period",
                json!({"kind": "quarter", "year": 2023, "quarter": 3}),
            ),
            ("/resolutions/0/symbol", Value::Null),
            ("/committee", Value::Null),
            ("/session", Value::Null),
        ]),
        // With findings stored.
        with(&[("/source/published", json!("2023-09-01"))]),
    ];
    for kind in ["mid_term", "stage"] {
        docs.push(with(&[(
            "/periods/plan",
            json!({"kind": kind, "start_year": 2020, "end_year": 2025}),
        )]));
    }
    docs.into_iter()
        .map(|d| {
            let report = Report::from_json(&d.to_string())
                .expect("a valid fixture")
                .with_findings();
            serde_json::from_str(&report.to_json()).unwrap()
        })
        .collect()
}

#[test]
fn reports_the_crate_writes_validate() {
    let docs = written_reports();
    assert!(docs
        .iter()
        .any(|d| !d["findings"].as_array().unwrap().is_empty()));
    for doc in docs {
        assert_eq!(errors_of(&doc), Vec::<String>::new(), "{doc}");
    }
}

#[test]
fn absent_optional_fields_validate_as_the_crate_accepts_them() {
    let doc = json!({"indicators": [{"text": "GRDP ước tăng 6,51%", "name": "GRDP",
                     "change": {"direction": "increase", "percent": 6.51}}],
                     "tallies": [{"text": "6/20 chỉ tiêu", "count": 6}]});
    assert!(Report::from_json(&doc.to_string()).is_ok());
    assert!(errors_of(&doc).is_empty(), "{:?}", errors_of(&doc));
}

#[test]
fn broken_documents_do_not_validate() {
    let mut extra = base();
    extra["session"]["colour"] = json!("đỏ");
    let mut missing = base();
    missing["tallies"][0]
        .as_object_mut()
        .unwrap()
        .remove("count");
    let cases = [
        (
            with(&[("/committee/level", json!("county"))]),
            "$.committee.level",
        ),
        (extra, "$.session: unexpected property colour"),
        (missing, "$.tallies[0]: missing required count"),
        (
            with(&[("/tallies/0/count", json!("nine"))]),
            "$.tallies[0].count",
        ),
        (
            with(&[("/tallies/0/count", json!(-1))]),
            "$.tallies[0].count",
        ),
        (
            with(&[("/session/date", json!("28/9/2023"))]),
            "$.session.date",
        ),
        (
            with(&[(
                "/periods/review",
                json!({"kind": "year_to_date", "year": 2023}),
            )]),
            "$.periods.review",
        ),
        (
            with(&[("/periods/review", json!({"kind": "decade", "year": 2023}))]),
            "$.periods.review",
        ),
        (
            with(&[("/indicators/0/achievements", json!({"percent": 5}))]),
            "$.indicators[0].achievements",
        ),
        (with(&[("/source", Value::Null)]), "$.source"),
        (
            with(&[(
                "/findings",
                json!([{"path": "", "code": "no_such_code", "message": "", "input": "", "severity": "warning"}]),
            )]),
            "$.findings[0].code",
        ),
        (json!([1, 2]), "$"),
    ];
    for (doc, at) in cases {
        let errors = errors_of(&doc);
        assert!(errors.iter().any(|e| e.starts_with(at)), "{at}: {errors:?}");
        // The crate rejects them too.
        assert!(Report::from_json(&doc.to_string()).is_err(), "{at}");
    }
}
