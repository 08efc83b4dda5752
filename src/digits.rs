//! Decimal digits of every script, and the marks inside figures, read as the ASCII ones they stand for:
//! "١٢", "۱۲", "১২", "๑๒" and "１２" are all 12, and "٣٫٥" and "３・５" are 3.5.
//!
//! Arabic, Persian, Bengali, Thai and other outlets write their figures in their own digits, Japanese and
//! Chinese ones often in full-width digits, and two copies of one story may differ only in that. Folding
//! (a word's key), sentences, dates and the reading of figures (facts) ask here, so that such a figure is
//! a figure, and the same figure in either writing is the same.

/// The zero of each run of ten decimal digits in the Basic Multilingual Plane beyond ASCII, ascending
/// (Unicode's `Nd` characters whose decimal value is 0; each is followed by the nine others in order).
const ZEROS: [u32; 36] = [
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Persian, Urdu)
    0x07C0, // NKo
    0x0966, // Devanagari
    0x09E6, // Bengali
    0x0A66, // Gurmukhi
    0x0AE6, // Gujarati
    0x0B66, // Oriya
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0DE6, // Sinhala Lith
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar
    0x1090, // Myanmar Shan
    0x17E0, // Khmer
    0x1810, // Mongolian
    0x1946, // Limbu
    0x19D0, // New Tai Lue
    0x1A80, // Tai Tham Hora
    0x1A90, // Tai Tham Tham
    0x1B50, // Balinese
    0x1BB0, // Sundanese
    0x1C40, // Lepcha
    0x1C50, // Ol Chiki
    0xA620, // Vai
    0xA8D0, // Saurashtra
    0xA900, // Kayah Li
    0xA9D0, // Javanese
    0xA9F0, // Myanmar Tai Laing
    0xAA50, // Cham
    0xABF0, // Meetei Mayek
    0xFF10, // Full-width
];

/// The ASCII digit that a decimal digit of another script stands for; `None` for every other character,
/// ASCII digits among them.
pub fn ascii_digit(c: char) -> Option<char> {
    let c = u32::from(c);
    if !(ZEROS[0]..=ZEROS[ZEROS.len() - 1] + 9).contains(&c) {
        return None;
    }
    let zero = ZEROS[ZEROS.partition_point(|&z| z <= c).checked_sub(1)?];
    let value = c - zero;
    (value < 10).then(|| char::from(b'0' + value as u8))
}

/// The ASCII mark that a mark between two digits stands for: Arabic script's decimal and thousands
/// separators ("٣٫٥" is 3.5, "١٬٢٠٠" is 1,200), the middle dot and full-width full stop that Japanese
/// writes as a decimal point ("２４・３キロ" is 24.3 km), and the full-width colon of a time; `None` for
/// every other character.
pub fn ascii_figure_mark(c: char) -> Option<char> {
    match c {
        '\u{066B}' | '・' | '．' => Some('.'),
        '\u{066C}' => Some(','),
        // The full-width colon of a time ("１８：００").
        '：' => Some(':'),
        _ => None,
    }
}

/// Arabic script's percent sign, which a figure's reading writes as ASCII's ("٪٤٠" is 40%).
const ARABIC_PERCENT: char = '\u{066A}';

/// Whether a character is a decimal digit of any script.
pub fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit() || ascii_digit(c).is_some()
}

/// Whether [`with_ascii_digits`] reads `text` otherwise than it is written: it holds a digit of another
/// script than ASCII, a mark of [`ascii_figure_mark`] between two digits, or Arabic script's percent sign.
///
/// Asked of every sentence whose facts are read: the lead bytes of those characters' UTF-8 rule out most
/// text (English's curly quotation marks among it) before any character is decoded.
pub fn reads_in_ascii(text: &str) -> bool {
    let may = text.bytes().any(|b| matches!(b, 0xd9 | 0xdb | 0xdf | 0xe0 | 0xe1 | 0xe3 | 0xea | 0xef));
    may && readings(text).any(|(_, _, read)| read.is_some())
}

/// `text` with each digit of another script written as its ASCII digit, each mark of [`ascii_figure_mark`]
/// between two digits as ASCII's, and Arabic script's percent sign as `%`; and, for each byte of that and
/// one past its end, the byte of `text` it was read from, so that a span of the one is a span of the other.
pub fn with_ascii_digits(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len() + 1);
    for (at, c, read) in readings(text) {
        let read = read.unwrap_or(c);
        out.push(read);
        from.extend(std::iter::repeat_n(at, read.len_utf8()));
    }
    from.push(text.len());
    (out, from)
}

/// Each character of `text`, with its place and, where [`with_ascii_digits`] reads it otherwise, its
/// reading: the one rule both that and [`reads_in_ascii`] follow.
fn readings(text: &str) -> impl Iterator<Item = (usize, char, Option<char>)> + '_ {
    let mut prev = None;
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (at, c) = chars.next()?;
        let between = |mark| {
            (prev.is_some_and(is_any_digit) && chars.peek().is_some_and(|&(_, n)| is_any_digit(n))).then_some(mark)
        };
        let read = match c {
            ARABIC_PERCENT => Some('%'),
            c => ascii_digit(c).or_else(|| ascii_figure_mark(c).and_then(between)),
        };
        prev = Some(c);
        Some((at, c, read))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_scripts_digits_read_as_ascii() {
        for (digits, script) in [
            ("٠١٢٣٤٥٦٧٨٩", "Arabic-Indic"),
            ("۰۱۲۳۴۵۶۷۸۹", "Persian"),
            ("०१२३४५६७८९", "Devanagari"),
            ("০১২৩৪৫৬৭৮৯", "Bengali"),
            ("௦௧௨௩௪௫௬௭௮௯", "Tamil"),
            ("๐๑๒๓๔๕๖๗๘๙", "Thai"),
            ("၀၁၂၃၄၅၆၇၈၉", "Myanmar"),
            ("០១២៣៤៥៦៧៨៩", "Khmer"),
            ("０１２３４５６７８９", "full-width"),
        ] {
            let read: String = digits.chars().map(|c| ascii_digit(c).unwrap_or('?')).collect();
            assert_eq!(read, "0123456789", "{script}");
        }
    }

    #[test]
    fn letters_marks_and_ascii_digits_are_no_digits_of_another_script() {
        for c in ['7', 'a', 'ب', 'ক', 'ก', '人', '٫', '\u{0E4F}', '\u{066D}', '\u{09F0}', '\u{FF1A}'] {
            assert_eq!(ascii_digit(c), None, "{c:?}");
        }
    }

    #[test]
    fn a_figure_is_read_with_its_marks() {
        assert_eq!(with_ascii_digits("بنحو ٣٫٥ مليون و١٬٢٠٠ و٪٤٠").0, "بنحو 3.5 مليون و1,200 و%40");
        assert_eq!(with_ascii_digits("全長２４・３キロ、24・3キロ、1．5倍").0, "全長24.3キロ、24.3キロ、1.5倍");
        // A middle dot between words is no decimal point.
        assert_eq!(with_ascii_digits("梶ノ浦・奥鹿、３・").0, "梶ノ浦・奥鹿、3・");
    }

    #[test]
    fn which_text_reads_otherwise_in_ascii() {
        for text in ["إصابة ١٢ شخصا", "大雨で１２人", "১২ জন", "24・3キロ", "٪40"] {
            assert!(reads_in_ascii(text), "{text}");
            assert_ne!(with_ascii_digits(text).0, text);
        }
        for text in ["“12 people,” she said", "إصابة 12 شخصا", "梶ノ浦・奥鹿", "3・ 4"] {
            assert!(!reads_in_ascii(text), "{text}");
            assert_eq!(with_ascii_digits(text).0, text);
        }
    }

    proptest! {
        /// Every Unicode decimal digit of the plane is read as its value, and nothing else is read.
        #[test]
        fn a_digit_is_read_as_its_value_and_only_a_digit_is(c in any::<char>()) {
            let decimal = c.is_numeric() && ZEROS.iter().any(|&z| (z..z + 10).contains(&u32::from(c)));
            prop_assert_eq!(ascii_digit(c).is_some(), decimal);
        }

        /// The map leads each byte of the reading back to the character it came from, and the text reads
        /// otherwise exactly when [`reads_in_ascii`] says so.
        #[test]
        fn the_map_leads_back_to_each_character(text in "[a-z0-9 ٠-٩٫٬٪০-৯０-９人.・．]{0,20}") {
            let (ascii, from) = with_ascii_digits(&text);
            prop_assert_eq!(from.len(), ascii.len() + 1);
            prop_assert_eq!(reads_in_ascii(&text), ascii != text);
            for (at, c) in ascii.char_indices() {
                let original = text[from[at]..].chars().next().unwrap();
                let read = ascii_digit(original).or_else(|| ascii_figure_mark(original)).unwrap_or(original);
                prop_assert!(c == original || c == read || (original == ARABIC_PERCENT && c == '%'));
            }
        }
    }
}
