//! Resolutions and documents, mentioned or adopted.

mod common;

use common::read;
use dangbo::DocumentKind;

#[test]
fn an_adopted_draft_resolution_and_a_cited_one() {
    let r = read("Ngày 5/10, Huyện ủy Văn Quan tổ chức hội nghị lần thứ 20. Hội nghị đã biểu quyết thông qua Dự thảo Nghị quyết hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện Văn Quan, khóa XXII về nhiệm vụ quý IV năm 2023. Các cấp ủy tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy.");
    let res = r.resolutions();
    assert_eq!(res.len(), 2, "{res:?}");
    assert!(res[0].adopted());
    assert_eq!(res[0].kind(), DocumentKind::NQ);
    assert_eq!(
        res[0].text(),
        "Dự thảo Nghị quyết hội nghị lần thứ 20 Ban Chấp hành Đảng bộ huyện Văn Quan, khóa XXII"
    );
    assert!(!res[1].adopted());
    let sym = res[1].symbol().expect("symbol");
    assert_eq!(
        (sym.number(), sym.kind(), sym.issuer()),
        (5, DocumentKind::NQ, "TU")
    );
}

#[test]
fn directives_and_state_documents_with_symbols() {
    let r = read("Hội nghị quán triệt Chỉ thị số 18- CT/HU của Ban Thường vụ Huyện ủy và Quyết định số 12/QĐ-UBND của UBND tỉnh.");
    let kinds: Vec<DocumentKind> = r
        .resolutions()
        .iter()
        .map(dangbo::ResolutionMention::kind)
        .collect();
    assert_eq!(kinds, [DocumentKind::CT, DocumentKind::QD]);
}

#[test]
fn a_generic_mention_is_not_a_resolution() {
    let r = read("Các cấp ủy cần cụ thể hóa nghị quyết thành kế hoạch hành động.");
    assert!(r.resolutions().is_empty());
}
