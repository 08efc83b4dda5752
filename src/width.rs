//! Text as wide as a terminal shows it: the columns of printers and of the TUI's tables line up by
//! display width, in which a Chinese or Japanese character takes two.

use unicode_width::UnicodeWidthStr;

/// The columns `text` takes on a terminal.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text`, then spaces up to `columns` columns. `format!("{text:<columns$}")` counts characters: a wide
/// character then pushed every column after it out of line.
pub fn pad(text: &str, columns: usize) -> String {
    let mut out = String::with_capacity(text.len() + columns);
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', columns.saturating_sub(width(text))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(width("火災"), 4);
        assert_eq!(pad("火災", 6), "火災  ");
        assert_eq!(pad("fire", 6), "fire  ");
        assert_eq!(pad("warehouse", 6), "warehouse");
        assert_eq!(width(&pad("東京", 9)), width(&pad("Tokyo", 9)));
    }
}
