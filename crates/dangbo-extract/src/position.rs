//! A title read as a position (MODEL.md's Position): the role, the organ and
//! the organization ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch UBND xã Hòa
//! Bình").

use dangbo::PositionDraft;

use crate::titles::{head_at, prefix_len, HEAD_AC};

/// A title read as a position: role, organ, organization (`key`: the
/// title folded).
pub(crate) fn position_keyed(title: &str, key: &str) -> PositionDraft {
    // "nguyên Chủ tịch UBND tỉnh": the role is still "Chủ tịch" (the title
    // keeps the word); folding keeps byte offsets, so both skip alike.
    let skip = match prefix_len(key, 0) {
        n if n > 0 && head_at(key, 0).is_some() && HEAD_AC.at(key, 0).is_none() => n,
        _ => 0,
    };
    let (title, key) = (&title[skip..], &key[skip..]);
    let mut head_end = head_at(key, 0).unwrap_or(key.len());
    // "Chủ tịch UBND tỉnh": the role is "Chủ tịch", the organ "UBND".
    for organ in [" ubnd", " hđnd"] {
        if key[..head_end].ends_with(organ) {
            head_end -= organ.len();
        }
    }
    // "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" belongs to the role.
    if key[head_end..].starts_with(" thường trực") {
        head_end += " thường trực".len();
    }
    let role = title[..head_end].trim().to_owned();
    let rest = title[head_end..].trim();
    if rest.is_empty() {
        return PositionDraft {
            role: Some(role),
            ..Default::default()
        };
    }
    // The twin of `rest`: the title's twin sliced the same way (folding
    // looks only forward, and `rest` follows a space or the head's end).
    let tail = &key[head_end..];
    let rkey = tail.trim();
    // The first place where a unit word starts (every one starts with a space).
    let split = memchr::memchr_iter(b' ', rkey.as_bytes()).find(|&i| {
        [
            " tỉnh",
            " huyện",
            " thành phố",
            " thị xã",
            " quận",
            " xã",
            " phường",
            " thị trấn",
        ]
        .iter()
        .any(|u| rkey[i..].starts_with(u))
    });
    let (organ, organization) = match split {
        Some(i) => (rest[..i].trim(), Some(rest[i..].trim().to_owned())),
        None => (rest, None),
    };
    PositionDraft {
        role: Some(role),
        organ: (!organ.is_empty()).then(|| organ.to_owned()),
        organization,
    }
}
