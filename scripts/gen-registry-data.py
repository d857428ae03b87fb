#!/usr/bin/env python3
"""Generate crates/dangbo/src/registry/units.tsv, the data of `dangbo::registry`.

Usage:
    pip download --no-deps vietnamadminunits==1.0.4 -d /tmp/vau
    (cd /tmp/vau && unzip -o vietnamadminunits-1.0.4-py3-none-any.whl)
    python3 scripts/gen-registry-data.py \
        /tmp/vau/vietnamadminunits/data/parser_legacy.json \
        [crates/dangbo/src/registry/units.tsv]

The 63 provinces and centrally-run cities as they stood before 2025-07-01 and
their district-level units come from `parser_legacy.json` of the PyPI package
vietnamadminunits 1.0.4 (https://github.com/tranngocminhhieu/vietnamadminunits),
Copyright (c) 2025 Tran Ngoc Minh Hieu, MIT License. The 2025 reorganization
(34 provincial units from 2025-07-01) and the change of Thừa Thiên Huế into the
centrally-run city of Huế (2025-01-01) are written out below by hand.

The output is deterministic: run it again and commit the result.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

CENTRAL_ID = "tw"
REORG_DAY = "2025-07-01"
LAST_OLD_DAY = "2025-06-30"
HUE_DAY = "2025-01-01"
LAST_TTH_DAY = "2024-12-31"

# Province-level units from 2025-07-01: receiving unit (keeps its id, name and
# committee) <- the units merged into it. Names as `provinceShort` in the source.
MERGERS = {
    "Tuyên Quang": ["Hà Giang"],
    "Lào Cai": ["Yên Bái"],
    "Thái Nguyên": ["Bắc Kạn"],
    "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Giang"],
    "Hưng Yên": ["Thái Bình"],
    "Hải Phòng": ["Hải Dương"],
    "Ninh Bình": ["Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Bình"],
    "Đà Nẵng": ["Quảng Nam"],
    "Quảng Ngãi": ["Kon Tum"],
    "Gia Lai": ["Bình Định"],
    "Khánh Hòa": ["Ninh Thuận"],
    "Lâm Đồng": ["Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Phú Yên"],
    "Hồ Chí Minh": ["Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Bình Phước"],
    "Tây Ninh": ["Long An"],
    "Cần Thơ": ["Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Tiền Giang"],
    "Cà Mau": ["Bạc Liêu"],
    "An Giang": ["Kiên Giang"],
}
UNCHANGED = [
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
    "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
]
CENTRALLY_RUN = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
# Display names that differ from "<committee word> <locality>".
NAME_OVERRIDES = {"Hồ Chí Minh": "Thành ủy TP. Hồ Chí Minh"}

# District-level units whose first day is known: the two urban districts
# created with the centrally-run city of Huế.
KNOWN_FROM = {("Huế", "Phú Xuân", "Quận"): HUE_DAY, ("Huế", "Thuận Hóa", "Quận"): HUE_DAY}

DISTRICT_KINDS = {
    # districtType: (unit_kind, committee word, id prefix)
    "Huyện": ("district", "Huyện ủy", "hu"),
    "Quận": ("urban_district", "Quận ủy", "qu"),
    "Thị xã": ("town", "Thị ủy", "tx"),
    "Thành phố": ("provincial_city", "Thành ủy", "tp"),
}

COLUMNS = [
    "id", "name", "level", "unit_kind", "locality", "province",
    "parent_id", "valid_from", "valid_to", "successor_ids",
]


def slug(text):
    """ASCII, lower-case, hyphen-separated: 'Bà Rịa - Vũng Tàu' -> 'ba-ria-vung-tau'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def bare(short):
    """'Cao Lãnh (Thành phố)' -> 'Cao Lãnh': the source disambiguates in parentheses."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", short).strip()


def nfc(text):
    return unicodedata.normalize("NFC", text)


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    source = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    out_path = Path(argv[2]) if len(argv) == 3 else (
        Path(__file__).resolve().parent.parent / "crates/dangbo/src/registry/units.tsv")

    provinces = sorted(source["DICT_PROVINCE"].items(), key=lambda kv: kv[1]["provinceCode"])
    assert len(provinces) == 63, len(provinces)
    short_names = [nfc(p["provinceShort"]) for _, p in provinces]
    province_id = {name: "tu-" + slug(name) for name in short_names}

    # Check the hand-written reorganization against the source.
    absorbed = {old: new for new, olds in MERGERS.items() for old in olds}
    listed = set(UNCHANGED) | set(MERGERS) | set(absorbed)
    assert listed == set(short_names), sorted(listed ^ set(short_names))
    assert len(UNCHANGED) + len(MERGERS) == 34
    assert len(set(province_id.values())) == 63

    rows = [[CENTRAL_ID, "Ban Chấp hành Trung ương", "central", "central",
             "", "", "", "", "", ""]]
    districts = []
    for key, p in provinces:
        name = nfc(p["provinceShort"])
        pid = province_id[name]
        city = name in CENTRALLY_RUN
        kind = "centrally_run_city" if city else "province"
        committee = NAME_OVERRIDES.get(name, ("Thành ủy " if city else "Tỉnh ủy ") + name)
        valid_from, valid_to, successors = "", "", ""
        if name in absorbed:
            valid_to, successors = LAST_OLD_DAY, province_id[absorbed[name]]
        if name == "Huế":
            valid_from = HUE_DAY
            rows.append(["tu-thua-thien-hue", "Tỉnh ủy Thừa Thiên Huế", "provincial", "province",
                         "Thừa Thiên Huế", "Thừa Thiên Huế", CENTRAL_ID, "", LAST_TTH_DAY, pid])
        rows.append([pid, committee, "provincial", kind, name, name, CENTRAL_ID,
                     valid_from, valid_to, successors])

        for d in sorted(source["DICT_PROVINCE_DISTRICT"][key].values(),
                        key=lambda d: d["districtCode"]):
            dtype = nfc(d["districtType"])
            unit_kind, word, prefix = DISTRICT_KINDS[dtype]
            locality = bare(nfc(d["districtShort"]))
            did = f"{prefix}-{slug(locality)}-{slug(name)}"
            known_from = KNOWN_FROM.get((name, locality, dtype), "")
            districts.append([did, f"{word} {locality}", "district", unit_kind, locality, name,
                              pid, known_from, LAST_OLD_DAY, ""])
    rows.extend(districts)

    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        assert all("\t" not in f and "\n" not in f for f in r), r

    header = [
        "# dangbo::registry: party committees of the central, provincial and district levels.",
        "# Generated by scripts/gen-registry-data.py; do not edit by hand.",
        "# Provinces before 2025-07-01 and district-level units: vietnamadminunits 1.0.4",
        "# (parser_legacy.json, https://github.com/tranngocminhhieu/vietnamadminunits),",
        "# Copyright (c) 2025 Tran Ngoc Minh Hieu, MIT License.",
        "# 2025 reorganization written by hand in the script. Empty field = unknown / none.",
        "# " + "\t".join(COLUMNS),
    ]
    text = "\n".join(header + ["\t".join(r) for r in rows]) + "\n"
    out_path.write_text(text, encoding="utf-8")
    print(f"{out_path}: {len(rows)} committees "
          f"({sum(r[2] == 'provincial' for r in rows)} provincial, {len(districts)} district)")


if __name__ == "__main__":
    main(sys.argv)
