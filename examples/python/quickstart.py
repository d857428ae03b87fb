"""dangbo in five minutes: values, validation, JSON, extraction, tables.

Run: python examples/python/quickstart.py
"""

from __future__ import annotations

import datetime
import pickle

import dangbo

# A short article in the style of a district party committee's news page
# (written for this example).
ARTICLE = """Huyện ủy Đồng Hỷ tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 (mở rộng)

Ngày 28/9/2023, Ban Chấp hành Đảng bộ huyện Đồng Hỷ khóa XXII tổ chức Hội nghị lần thứ 12
(mở rộng) để đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm, triển khai nhiệm vụ
trọng tâm 3 tháng cuối năm 2023. Đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy chủ trì hội nghị.

Trong 9 tháng đầu năm, tổng thu ngân sách trên địa bàn ước đạt 212,5 tỷ đồng, bằng 104,6%
dự toán tỉnh giao; giá trị sản xuất công nghiệp tăng 8,2% so với cùng kỳ. Có 14/17 chỉ tiêu
đạt và vượt kế hoạch.

Hoàng Lan
"""


def values() -> None:
    term = dangbo.Term(ordinal=22, start_year=2020, end_year=2025)
    print(term)  # Term(ordinal=22, start_year=2020, end_year=2025)
    assert dangbo.Term.from_json(term.to_json()) == term
    assert pickle.loads(pickle.dumps(term)) == term

    session = dangbo.Session(
        organ="executive_committee",
        kind="plenary",
        ordinal=12,
        term=term,
        expanded=True,
        date=datetime.date(2023, 9, 28),
    )
    print(session.to_dict())

    # Every constructor checks every rule and reports every issue with its path.
    try:
        dangbo.Report(
            indicators=[{"text": "đạt 63% kế hoạch", "name": "giải ngân", "achievements": [{"percent": 63}]}]
        )
    except dangbo.ValidationError as err:
        for e in err.errors():
            print(f"{e['path']}: {e['code']}: {e['message']}")
        for e in err.errors(lang="vi"):
            print(f"{e['path']}: {e['message']}")


def extraction() -> None:
    try:
        report = dangbo.extract(ARTICLE, published=datetime.date(2023, 9, 29))
    except BaseException as err:  # noqa: BLE001 - the extractor may not be built yet
        if type(err).__name__ != "PanicException":
            raise
        print("the extractor is not implemented yet")
        return
    print(report.committee, report.session, sep="\n")
    for indicator in report.indicators:
        print(f"- {indicator.name}: {indicator.value} {indicator.unit or ''}".rstrip())
    for finding in report.findings:
        print(f"finding at {finding.path}: {finding.message}")
    table = dangbo.indicators_table([report])
    print(f"{table.num_rows} indicator rows, columns: {', '.join(table.column_names[:6])}, ...")


if __name__ == "__main__":
    values()
    extraction()
