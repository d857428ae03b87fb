//! Ordinals as sessions and terms write them: digits ("17"), Roman numerals
//! ("XVII"), and Vietnamese number words ("Ba", "mười sáu", "Nhất").

/// A canonical Roman numeral (upper case), 1..=3999.
pub(crate) fn roman(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 15 {
        return None;
    }
    let value = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let digits: Option<Vec<u32>> = text.chars().map(value).collect();
    let digits = digits?;
    let mut total = 0;
    let mut i = 0;
    while i < digits.len() {
        let d = digits[i];
        match digits.get(i + 1) {
            Some(&n) if n > d => {
                total += n - d;
                i += 2;
            }
            _ => {
                total += d;
                i += 1;
            }
        }
    }
    (1..=3999)
        .contains(&total)
        .then_some(total)
        .filter(|t| to_roman(*t) == text)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= *v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// The value of one number word (folded), and whether it is a tens word.
fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "một" | "nhất" | "mốt" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" | "tư" => 4,
        "năm" | "lăm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// Reads number words (folded, split at spaces) from the start of `words`:
/// value and how many words were used. "mười sáu" → 16, "hai mươi mốt" → 21.
pub(crate) fn number_words(words: &[&str]) -> Option<(u32, usize)> {
    let first = *words.first()?;
    if first == "mười" {
        return match words.get(1).and_then(|w| unit_word(w)) {
            Some(u) if words[1] != "nhất" && words[1] != "tư" && words[1] != "mốt" => {
                Some((10 + u, 2))
            }
            _ => Some((10, 1)),
        };
    }
    let u = unit_word(first)?;
    if matches!(first, "mốt" | "lăm") {
        return None;
    }
    if words.get(1) == Some(&"mươi") && u >= 2 {
        return match words.get(2).and_then(|w| unit_word(w)) {
            Some(v) if words[2] != "nhất" => Some((u * 10 + v, 3)),
            _ => Some((u * 10, 2)),
        };
    }
    Some((u, 1))
}

/// An ordinal written after "lần thứ" / "khóa": digits, a Roman numeral or
/// number words. `orig` and `key` are the same text (original and folded).
/// Gives the value and the byte length used.
pub(crate) fn ordinal_at(orig: &str, key: &str) -> Option<(u32, usize)> {
    let digits = orig.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if digits > 4 {
            return None;
        }
        let v: u32 = orig[..digits].parse().ok()?;
        return (v >= 1).then_some((v, digits));
    }
    let word_len = orig
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(orig.len());
    let word = &orig[..word_len];
    if let Some(v) = roman(word) {
        return Some((v, word_len));
    }
    // Number words: up to three.
    let mut words = Vec::new();
    let mut ends = Vec::new();
    let mut pos = 0;
    for _ in 0..3 {
        let rest = key.get(pos..)?;
        let wl = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if wl == 0 {
            break;
        }
        words.push(&rest[..wl]);
        ends.push(pos + wl);
        if !rest[wl..].starts_with(' ') {
            break;
        }
        pos += wl + 1;
    }
    let (v, used) = number_words(&words)?;
    Some((v, ends[used - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romans_are_canonical() {
        assert_eq!(roman("XVII"), Some(17));
        assert_eq!(roman("XXII"), Some(22));
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("Xa"), None);
    }

    #[test]
    fn ordinals_in_three_writings() {
        let read = |s: &str| ordinal_at(s, &crate::text::fold(s)).map(|x| x.0);
        assert_eq!(read("17 (mở rộng)"), Some(17));
        assert_eq!(read("XVII, nhiệm kỳ"), Some(17));
        assert_eq!(read("Ba, khóa"), Some(3));
        assert_eq!(read("Chín Ban"), Some(9));
        assert_eq!(read("mười sáu"), Some(16));
        assert_eq!(read("hai mươi mốt"), Some(21));
        assert_eq!(read("Nhất"), Some(1));
        assert_eq!(read("Ban Chấp"), None);
    }
}
