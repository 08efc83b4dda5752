//! Counts in words: a number with its noun in the right number, so no screen says "1 rows" or "3 match";
//! and where a row stands in a list longer than its pane.

/// `n` and the noun for it: `one` for exactly one, `many` otherwise ("0 matches", "1 match", "2 matches").
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// " 3 of 68 ": where row `at` (from 0) stands among `len` rows, for a pane that shows `shown` of them at
/// once; `None` when they all fit, and nothing lies out of sight.
pub fn position(at: usize, len: usize, shown: usize) -> Option<String> {
    (len > shown).then(|| format!(" {} of {len} ", at + 1))
}

/// Which of `n` columns a table shows, from `first` to `last` (from 0): the word and the range, "columns"
/// and "3–7 of 12", or "column" and "3 of 12" for one, not "columns 3–3 of 12".
pub fn columns_shown(first: usize, last: usize, n: usize) -> (&'static str, String) {
    match first == last {
        true => ("column", format!("{} of {n}", first + 1)),
        false => ("columns", format!("{}–{} of {n}", first + 1, last + 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::{count, position};

    #[test]
    fn a_position_is_given_only_for_rows_out_of_sight() {
        assert_eq!(position(0, 68, 12).as_deref(), Some(" 1 of 68 "));
        assert_eq!(position(67, 68, 12).as_deref(), Some(" 68 of 68 "));
        assert_eq!(position(2, 5, 5), None);
        assert_eq!(position(0, 0, 3), None);
    }

    #[test]
    fn one_takes_the_singular_and_every_other_number_the_plural() {
        assert_eq!(count(0, "match", "matches"), "0 matches");
        assert_eq!(count(1, "match", "matches"), "1 match");
        assert_eq!(count(2, "row matches", "rows match"), "2 rows match");
        assert_eq!(count(1, "row matches", "rows match"), "1 row matches");
    }
}
