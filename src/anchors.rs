//! A quick test that a text holds none of many fixed phrases, asked before an automaton searches it.
//!
//! The boilerplate stage searches every short block of a report for a few hundred phrases of page
//! furniture ("all rights reserved", "continues below advertisement"), and nearly every block holds none.
//! An Aho-Corasick automaton reads each byte through a chain of state transitions, each waiting on the
//! last: on a report of 20,000 one-sentence paragraphs that was 38 M instructions and a twelfth of the
//! time. Here each phrase is given an anchor, six bytes of it, and a text's every six bytes are hashed and
//! looked up in a small Bloom filter of the anchors; the hashes do not wait on each other. A text that
//! holds a phrase holds its anchor, so a text the filter turns away holds no phrase; a text it lets
//! through is searched as before.

/// The bytes of an anchor.
const ANCHOR: usize = 6;

/// The filter's bits: 2^16 of them (8 KB), two for each anchor. With the boilerplate stage's 256 phrases,
/// a window of text that is no anchor passes about once in 18,000, and a short block of a hundred bytes
/// about once in 180 (on a generated report of 20,000 one-sentence paragraphs, 66 of 8,772 short blocks
/// passed, those that hold a phrase among them).
const BITS: usize = 1 << 16;

/// The Bloom filter of the anchors of a list of phrases, and the phrases too short to have one.
pub struct Anchors {
    bits: Box<[u64; BITS / 64]>,
    /// Phrases shorter than [`ANCHOR`], looked for whole, each with a searcher made once.
    short: Vec<memchr::memmem::Finder<'static>>,
}

impl Anchors {
    /// The anchors of `phrases`: for each, the window of [`ANCHOR`] bytes whose bytes are rarest in text
    /// ([`commonness`]), so that few texts without the phrase hold its anchor.
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a [u8]>) -> Anchors {
        let mut anchors = Anchors { bits: Box::new([0; BITS / 64]), short: Vec::new() };
        for phrase in phrases {
            match phrase.windows(ANCHOR).min_by_key(|w| w.iter().map(|&b| commonness(b)).sum::<u32>()) {
                Some(window) => {
                    let value = window_value(window);
                    for bit in [first_bit(value), second_bit(value)] {
                        anchors.bits[bit / 64] |= 1 << (bit % 64);
                    }
                }
                None => anchors.short.push(memchr::memmem::Finder::new(phrase).into_owned()),
            }
        }
        anchors
    }

    /// Whether `text` may hold one of the phrases: `false` only when it holds none.
    pub fn may_hold(&self, text: &[u8]) -> bool {
        self.short.iter().any(|p| p.find(text).is_some()) || self.any_window_passes(text)
    }

    fn any_window_passes(&self, text: &[u8]) -> bool {
        if text.len() < ANCHOR {
            return false;
        }
        let set = |bit: usize| self.bits[bit / 64] & (1 << (bit % 64)) != 0;
        // The second hash is made only for the few windows whose first bit is set.
        let passes = |value: u64| set(first_bit(value)) && set(second_bit(value));
        // Eight bytes are read at once where eight remain, and the window is their first six; the last few
        // windows are read from a copy padded with zeros.
        let last = text.len() - ANCHOR;
        let mut at = 0;
        while let Some(eight) = text.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            if passes(u64::from_le_bytes(*eight) & WINDOW_MASK) {
                return true;
            }
            at += 1;
        }
        while at <= last {
            if passes(window_value(&text[at..at + ANCHOR])) {
                return true;
            }
            at += 1;
        }
        false
    }
}

/// The low six bytes of a little-endian word.
const WINDOW_MASK: u64 = (1 << (8 * ANCHOR)) - 1;

/// A window of [`ANCHOR`] bytes as the number [`Anchors::any_window_passes`] reads it as.
fn window_value(window: &[u8]) -> u64 {
    let mut eight = [0u8; 8];
    eight[..ANCHOR].copy_from_slice(&window[..ANCHOR]);
    u64::from_le_bytes(eight)
}

/// How far a hash is shifted to leave the filter's bit: its top sixteen bits.
const SHIFT: u32 = 64 - BITS.trailing_zeros();

/// The filter's first bit for a window: a multiplicative hash of it.
#[inline(always)]
fn first_bit(value: u64) -> usize {
    (value.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> SHIFT) as usize
}

/// The filter's second bit for a window, by another multiplier.
#[inline(always)]
fn second_bit(value: u64) -> usize {
    (value.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> SHIFT) as usize
}

/// How common a byte is in lowered text of the languages the phrases are in, roughly: a space most, then
/// the commonest letters of English and its neighbours, and bytes beyond ASCII, punctuation and digits
/// least. Only the choice of anchors depends on it, and so only the filter's speed, never its answer.
fn commonness(byte: u8) -> u32 {
    match byte {
        b' ' => 20,
        b'e' => 13,
        b't' => 9,
        b'a' | b'o' => 8,
        b'i' | b'n' => 7,
        b's' | b'h' | b'r' => 6,
        b'd' | b'l' => 4,
        b'c' | b'u' => 3,
        b'm' | b'w' | b'f' | b'g' | b'y' | b'p' => 2,
        b'b' | b'v' | b'k' => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PHRASES: &[&str] = &["all rights reserved", "continues below advertisement", "©", "(c) 20", "comment"];

    fn anchors() -> Anchors {
        Anchors::new(PHRASES.iter().map(|p| p.as_bytes()))
    }

    #[test]
    fn a_text_holding_a_phrase_passes_wherever_it_stands() {
        let a = anchors();
        for phrase in PHRASES {
            for text in [phrase.to_string(), format!("x {phrase}"), format!("{phrase} y"), format!("— {phrase}!")] {
                assert!(a.may_hold(text.as_bytes()), "{text}");
            }
        }
    }

    #[test]
    fn story_sentences_are_turned_away() {
        let a = anchors();
        for text in [
            "The ferry service resumed on Friday after a two-week strike by crews ended, the operator said.",
            "Officials said the bridge would reopen in March.",
            "",
            "short",
        ] {
            assert!(!a.may_hold(text.as_bytes()), "{text}");
        }
    }

    proptest! {
        /// The filter never turns away a text that holds a phrase: it has no false negatives, whatever
        /// the phrases and wherever one stands.
        #[test]
        fn no_text_holding_a_phrase_is_turned_away(
            phrases in proptest::collection::vec("[a-e ©]{1,12}", 1..8),
            before in "[a-e ©]{0,20}",
            after in "[a-e ©]{0,20}",
            which in 0usize..8,
        ) {
            let a = Anchors::new(phrases.iter().map(|p| p.as_bytes()));
            let text = format!("{before}{}{after}", phrases[which % phrases.len()]);
            prop_assert!(a.may_hold(text.as_bytes()));
        }
    }
}
