//! Shared fixtures: a valid report written in the style of a district
//! committee's article (our own sentences), and helpers to break it.

#![allow(dead_code)]

use dangbo::{Code, Error, Issue, Report};
use serde_json::{json, Value};

/// A valid report: a district plenum in 2023 with three figures, a tally and a
/// resolution.
pub fn base() -> Value {
    json!({
        "source": {"title": "Huyện ủy Đồng Xuân họp Hội nghị lần thứ 12 (mở rộng)",
                   "published": "2023-10-02", "url": null},
        "committee": {"text": "Huyện ủy Đồng Xuân", "level": "district", "unit_kind": "district",
                      "locality": "Đồng Xuân", "province": "Phú Yên", "id": null},
        "session": {"organ": "executive_committee", "kind": "plenary", "ordinal": 12,
                    "term": {"ordinal": 21, "start_year": 2020, "end_year": 2025},
                    "expanded": true, "extraordinary": false, "date": "2023-09-28",
                    "end_date": null, "date_text": "Ngày 28/9/2023"},
        "periods": {"review": {"kind": "year_to_date", "year": 2023, "months": 9},
                    "plan": {"kind": "year_remainder", "year": 2023, "months": 3}},
        "people": [{"name": "Lê Văn Tám", "titles": ["Bí thư Huyện ủy"],
                    "positions": [{"role": "Bí thư", "organ": "Huyện ủy", "organization": null}],
                    "role_in_session": "chair"}],
        "indicators": [
            {"text": "tổng sản lượng lương thực đạt 41.250 tấn, bằng 76,4% kế hoạch",
             "name": "sản lượng lương thực", "category": "agriculture", "unit": "tấn",
             "value": 41250.0, "qualifier": "exact", "figure": "actual", "target": null,
             "achievements": [{"percent": 76.4, "qualifier": "exact", "basis": "plan", "basis_text": "kế hoạch"}],
             "change": null, "share": null, "period": null},
            {"text": "thu ngân sách trên địa bàn ước đạt 52,3 tỷ đồng, tăng 8,2% so với cùng kỳ",
             "name": "thu ngân sách", "category": "budget", "unit": "tỷ đồng",
             "value": 52.3, "qualifier": "exact", "figure": "estimate", "target": null,
             "achievements": [],
             "change": {"percent": 8.2, "amount": null, "direction": "increase", "relative_to": "same_period"},
             "share": null, "period": null},
            {"text": "giải ngân vốn đầu tư công đạt 68% kế hoạch, chiếm 12,5% vốn toàn tỉnh",
             "name": "giải ngân vốn đầu tư công", "category": "investment", "unit": null,
             "value": null, "qualifier": "exact", "figure": "actual", "target": null,
             "achievements": [{"percent": 68.0, "qualifier": "exact", "basis": "plan", "basis_text": "kế hoạch"}],
             "change": null, "share": {"percent": 12.5, "of": "vốn toàn tỉnh"}, "period": null}
        ],
        "tallies": [{"text": "9/21 chỉ tiêu đạt và vượt kế hoạch", "count": 9, "total": 21,
                     "of": "chỉ tiêu", "status": "met_or_exceeded", "basis": "plan"}],
        "resolutions": [{"text": "Nghị quyết số 15-NQ/HU về phát triển du lịch",
                         "symbol": {"number": 15, "kind": "NQ", "issuer": "HU", "system": "party", "text": "15-NQ/HU"},
                         "kind": "NQ", "title": "về phát triển du lịch", "adopted": true}],
        "findings": []
    })
}

/// `base()` with the value at each JSON pointer replaced.
pub fn with(changes: &[(&str, Value)]) -> Value {
    let mut v = base();
    for (pointer, new) in changes {
        *v.pointer_mut(pointer)
            .unwrap_or_else(|| panic!("no {pointer} in the fixture")) = new.clone();
    }
    v
}

/// The issues of a document the crate must reject.
pub fn rejected(doc: &Value) -> Vec<Issue> {
    match Report::from_json(&doc.to_string()) {
        Ok(r) => panic!("accepted a broken report: {}", r.to_json()),
        Err(e) => e.issues(),
    }
}

/// The error of a document the crate must reject.
pub fn error_of(doc: &Value) -> Error {
    Report::from_json(&doc.to_string()).expect_err("a broken report must be rejected")
}

/// Code and path of each issue.
pub fn codes(issues: &[Issue]) -> Vec<(Code, String)> {
    issues
        .iter()
        .map(|i| (i.code, i.path.to_string()))
        .collect()
}

/// Only the errors of a list of issues.
pub fn errors(issues: &[Issue]) -> Vec<Issue> {
    issues.iter().filter(|i| i.is_error()).cloned().collect()
}

/// Asserts that the document breaks exactly one rule, `code` at `path`, and
/// that the message names the offending input.
pub fn breaks_one(doc: &Value, code: Code, path: &str) -> Issue {
    let issues = rejected(doc);
    assert_eq!(codes(&issues), vec![(code, path.to_owned())], "{issues:#?}");
    let issue = issues.into_iter().next().expect("one issue");
    assert_names_value(&issue);
    issue
}

/// The message names the offending value (as is, or quoted with escapes).
pub fn assert_names_value(issue: &Issue) {
    let quoted = format!("{:?}", issue.input);
    assert!(
        issue.message.contains(&issue.input) || issue.message.contains(&quoted),
        "message {:?} does not name the input {:?}",
        issue.message,
        issue.input
    );
    assert!(!issue.message.trim().is_empty());
}
