//! Many short patterns tested at given positions (a word's start): the
//! cue lists of titles, roles and page furniture.

/// Patterns matched at a given position (the longest one that starts
/// there, the first listed on a tie: an anchored leftmost-longest search),
/// for tests run at many positions. A bit table of the patterns' first two
/// bytes rejects most positions at once; the few patterns that share the
/// pair are then compared.
pub(crate) struct Cues {
    patterns: Vec<String>,
    /// Bit `b0 << 8 | b1` is set when a pattern starts with the bytes `b0 b1`.
    pairs: Box<[u64; 1024]>,
    /// Set bits in `pairs` before each of its words.
    rank: Box<[u16; 1024]>,
    /// The patterns of two bytes or more by their first two bytes: those of
    /// the k-th pair (in byte order) are `by_pair[groups[k]..groups[k + 1]]`,
    /// in list order, each with its first eight bytes (zero-padded, as a
    /// little-endian word) and the mask of those bytes.
    by_pair: Vec<(u64, u64, usize)>,
    groups: Vec<usize>,
    /// Patterns shorter than two bytes (compared at every position).
    short: Vec<usize>,
    /// A second sieve, on more bytes: bit `sieve(b0, b1, 0, 0)` is set for
    /// each two-byte pattern, `sieve(b0, b1, b2, 1)` for each three-byte
    /// one, `sieve(b0, b1, b2, b3)` for the longer ones (a hash: a set bit
    /// may be another's; a clear bit rules the length out).
    sieve: Box<[u64; SIEVE_WORDS]>,
}

const SIEVE_WORDS: usize = 256;

/// The bit of four bytes in [`Cues::sieve`].
#[inline]
fn sieve(b0: u8, b1: u8, b2: u8, b3: u8) -> usize {
    let x = u32::from_le_bytes([b0, b1, b2, b3]);
    (x.wrapping_mul(0x9E37_79B1) >> 18) as usize
}

/// Up to the first eight bytes of `b`, zero-padded, little-endian.
#[inline]
fn head8(b: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(buf)
}

/// A pattern found by [`Cues::at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

impl Hit {
    pub(crate) fn start(self) -> usize {
        self.start
    }
    pub(crate) fn end(self) -> usize {
        self.end
    }
    /// The index of the pattern in the list given to [`Cues::new`].
    pub(crate) fn pattern(self) -> usize {
        self.pattern
    }
}

impl Cues {
    pub(crate) fn new(patterns: Vec<String>) -> Cues {
        let mut pairs = Box::new([0u64; 1024]);
        let mut keyed = Vec::new();
        let mut short = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            match p.as_bytes() {
                [b0, b1, ..] => {
                    let pair = usize::from(*b0) << 8 | usize::from(*b1);
                    pairs[pair >> 6] |= 1 << (pair & 63);
                    keyed.push((pair, i));
                }
                _ => short.push(i),
            }
        }
        keyed.sort_unstable();
        let mut rank = Box::new([0u16; 1024]);
        let mut seen = 0u16;
        for (r, w) in rank.iter_mut().zip(pairs.iter()) {
            *r = seen;
            seen += w.count_ones() as u16;
        }
        let mut sieve_bits = Box::new([0u64; SIEVE_WORDS]);
        for p in &patterns {
            let bit = match *p.as_bytes() {
                [b0, b1] => sieve(b0, b1, 0, 0),
                [b0, b1, b2] => sieve(b0, b1, b2, 1),
                [b0, b1, b2, b3, ..] => sieve(b0, b1, b2, b3),
                _ => continue,
            };
            sieve_bits[bit >> 6] |= 1 << (bit & 63);
        }
        let mut groups = Vec::new();
        let mut by_pair = Vec::new();
        for (k, &(pair, i)) in keyed.iter().enumerate() {
            if k == 0 || keyed[k - 1].0 != pair {
                groups.push(by_pair.len());
            }
            let b = patterns[i].as_bytes();
            let mask = head8(&[0xFF; 8][..b.len().min(8)]);
            by_pair.push((head8(b), mask, i));
        }
        groups.push(by_pair.len());
        Cues {
            patterns,
            pairs,
            rank,
            by_pair,
            groups,
            short,
            sieve: sieve_bits,
        }
    }

    /// The pattern that starts at `at` in `key`.
    #[inline]
    pub(crate) fn at(&self, key: &str, at: usize) -> Option<Hit> {
        // Most positions start no pattern: tell at once, inline.
        if let (Some(&b0), Some(&b1), true) = (
            key.as_bytes().get(at),
            key.as_bytes().get(at + 1),
            self.short.is_empty(),
        ) {
            let pair = usize::from(b0) << 8 | usize::from(b1);
            if self.pairs[pair >> 6] & (1 << (pair & 63)) == 0 {
                return None;
            }
        }
        self.find_at(key, at)
    }

    #[inline(never)]
    fn find_at(&self, key: &str, at: usize) -> Option<Hit> {
        let rest = key.as_bytes().get(at..)?;
        let mut best: Option<(usize, usize)> = None;
        let mut consider = |i: usize| {
            let p = self.patterns[i].as_bytes();
            if rest.starts_with(p)
                && best.is_none_or(|(l, j)| p.len() > l || (p.len() == l && i < j))
            {
                best = Some((p.len(), i));
            }
        };
        let set = |bit: usize| self.sieve[bit >> 6] & (1 << (bit & 63)) != 0;
        let sifted = match *rest {
            [b0, b1, b2, b3, ..] => {
                set(sieve(b0, b1, b2, b3)) || set(sieve(b0, b1, b2, 1)) || set(sieve(b0, b1, 0, 0))
            }
            [b0, b1, b2] => set(sieve(b0, b1, b2, 1)) || set(sieve(b0, b1, 0, 0)),
            [b0, b1] => set(sieve(b0, b1, 0, 0)),
            _ => false,
        };
        if let (true, [b0, b1, ..]) = (sifted, rest) {
            let pair = usize::from(*b0) << 8 | usize::from(*b1);
            let word = self.pairs[pair >> 6];
            let bit = 1u64 << (pair & 63);
            if word & bit != 0 {
                let k =
                    usize::from(self.rank[pair >> 6]) + (word & (bit - 1)).count_ones() as usize;
                let head = head8(rest);
                for &(h, mask, i) in &self.by_pair[self.groups[k]..self.groups[k + 1]] {
                    if head & mask == h {
                        consider(i);
                    }
                }
            }
        }
        for &i in &self.short {
            consider(i);
        }
        best.map(|(len, pattern)| Hit {
            start: at,
            end: at + len,
            pattern,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

    #[test]
    fn cues_find_what_an_anchored_leftmost_longest_automaton_finds() {
        let words: Vec<String> = [
            "đồng chí",
            "đồng chí đồng chí",
            "đ/c",
            "ông",
            "bà",
            "bí thư",
            "phó bí thư",
            "b",
            "chủ tịch",
            "chủ tịch ubnd",
            "ủy viên",
            "tin",
            "tin mới",
            "tin",
            "a a",
            "",
        ]
        .iter()
        .map(|w| (*w).to_owned())
        .collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&words)
            .unwrap();
        let cues = Cues::new(words.clone());
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
        let mut texts = vec!["đồng chí đồng chí bí thư, ông bà b tin mới a a".to_owned()];
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(e.path()).ok().map(|t| fold(&t)));
        }
        for t in &texts {
            for at in 0..=t.len() {
                let want = ac
                    .find(Input::new(t).range(at..).anchored(Anchored::Yes))
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()));
                let got = cues.at(t, at).map(|h| (h.start(), h.end(), h.pattern()));
                assert_eq!(got, want, "at {at}");
            }
        }
    }
}
