//! # dangbo-extract
//!
//! Article text → [`dangbo::Report`]: the session a Vietnamese news article
//! reports (its committee, number, term, date), the periods it reviews and
//! plans for, the people named, the documents mentioned or adopted, and every
//! reported figure (indicators and tallies), each quoting the clause it came
//! from.
//!
//! ```
//! use dangbo_extract::{extract, Options};
//! let text = "Huyện ủy Cam Lộ tổ chức Hội nghị lần thứ 12\n\
//!     Ngày 5/4/2024, Huyện ủy Cam Lộ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12 (mở rộng) \
//!     đánh giá kết quả quý I và nhiệm vụ quý II năm 2024. Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị.";
//! let report = extract(text, &Options::default());
//! let session = report.session().unwrap();
//! assert_eq!(session.ordinal(), Some(12));
//! assert!(session.expanded());
//! assert_eq!(report.committee().unwrap().locality(), Some("Cam Lộ"));
//! assert_eq!(report.people()[0].name(), "Nguyễn Văn Hùng");
//! ```
//!
//! The text is cleaned once: HTML character references left by scrapers
//! ("&nbsp;", "&#8211;") decoded, zero-width characters and soft hyphens
//! removed, the eth of old fonts made "Đ", NFC (only when it is not
//! already), the line breaks inside the paragraphs of a page hard-wrapped at
//! a fixed width made spaces, and paragraphs a scraper joined on one line
//! ("… hội nghị. ¶ Dự hội nghị …") put apart again.
//! Matching runs on a folded twin of it (lower case, one tone-mark
//! placement) with the same byte offsets, so every `text` field quotes the
//! cleaned NFC article.
//! Matching is linear in the input: Aho-Corasick automata and `regex`
//! (finite automata, no backtracking) find cues once, and small hand-written
//! scanners read around each hit within bounded windows.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use chrono::NaiveDate;
use dangbo::Report;

mod article;
mod assemble;
mod committee;
mod cues;
mod dates;
mod figures;
mod frame;
mod furniture;
mod layout;
mod locality;
mod names;
mod ordinal;
mod people;
mod periods;
mod position;
mod read;
mod resolutions;
mod roles;
mod session;
mod source;
mod term;
mod text;
mod titles;
mod when;

/// What the caller knows beside the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date, when the caller knows it better than the page stamp.
    pub published: Option<NaiveDate>,
}

/// Everything that can go wrong when reading an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8.
    #[error("not UTF-8: invalid byte at offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

/// Reads one article's text into a report. Never fails: parts that cannot be
/// read are left out, and parts that break a rule of the model are dropped
/// and noted in `findings`. `options.published` wins over the page's stamp.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use dangbo_extract::{extract, Options};
/// let text = "Thành phố Tây Ninh: Hội nghị Ban Chấp hành Đảng bộ lần thứ 23\n\
///     Ngày 9.12, ông Lê Văn Thế - Bí thư Thành ủy chủ trì hội nghị Ban Chấp hành Đảng bộ thành phố \
///     đánh giá công tác năm 2023 và đề ra phương hướng năm 2024.";
/// let options = Options { published: NaiveDate::from_ymd_opt(2023, 12, 12) };
/// let report = extract(text, &options);
/// let session = report.session().unwrap();
/// assert_eq!(session.date(), NaiveDate::from_ymd_opt(2023, 12, 9));
/// assert_eq!(session.date_text(), Some("Ngày 9.12"));
/// assert_eq!(report.committee().unwrap().locality(), Some("Tây Ninh"));
/// assert_eq!(report.periods().plan().unwrap().year(), Some(2024));
/// ```
pub fn extract(text: &str, options: &Options) -> Report {
    let text = text::nfc(text);
    assemble::build(read::read(&text, options))
}

/// The article as every `text` field of its report quotes it: HTML character
/// references decoded ("&nbsp;" → U+00A0), zero-width characters, soft
/// hyphens and a byte-order mark removed, the eth of old fonts ("Ð") made
/// "Đ", and NFC. On a page hard-wrapped at a fixed width (paragraphs broken
/// into lines of at most W characters), a line break inside a paragraph
/// becomes a space; paragraphs a scraper joined with " ¶ " or " | " are put
/// on lines of their own. Borrowed when the text is
/// that already (most articles). Use it to find a quoted clause in the article.
///
/// # Example
///
/// ```
/// use dangbo_extract::{extract, normalize, Options};
/// let page = "Ngày 5/7/2023, Huyện ủy tổ chức Hội nghị lần thứ 14.\n\nThu ngân sách đạt 52&nbsp;tỷ đồng, đạt 96% dự toán.\n\nHội nghị thống nhất các giải pháp trọng tâm cho 6 tháng cuối năm.";
/// let report = extract(page, &Options::default());
/// let quoted = report.indicators()[0].text();
/// assert!(normalize(page).contains(quoted) && !page.contains(quoted));
/// ```
pub fn normalize(text: &str) -> std::borrow::Cow<'_, str> {
    text::nfc(text)
}

/// Reads one article from bytes: UTF-8, with or without a byte-order mark.
///
/// # Errors
///
/// [`Error::InvalidUtf8`] naming the offset of the first byte that is not
/// UTF-8 (counted in `bytes`, the mark included).
///
/// # Example
///
/// ```
/// use dangbo_extract::{extract_bytes, Error, Options};
/// let report = extract_bytes("\u{feff}Hội nghị Tỉnh ủy lần thứ 14".as_bytes(), &Options::default()).unwrap();
/// assert_eq!(report.session().unwrap().ordinal(), Some(14));
/// let err = extract_bytes(b"Huy\xffn", &Options::default()).unwrap_err();
/// assert_eq!(err, Error::InvalidUtf8 { offset: 3 });
/// ```
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Report, Error> {
    let bom = if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        3
    } else {
        0
    };
    let text = std::str::from_utf8(&bytes[bom..]).map_err(|e| Error::InvalidUtf8 {
        offset: bom + e.valid_up_to(),
    })?;
    Ok(extract(text, options))
}

/// The README's Rust example, run as a doc-test so it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
