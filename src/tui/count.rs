//! Counts in words: a number with its noun in the right number, so no screen says "1 rows" or "3 match".

/// `n` and the noun for it: `one` for exactly one, `many` otherwise ("0 matches", "1 match", "2 matches").
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_takes_the_singular_and_every_other_number_the_plural() {
        assert_eq!(count(0, "match", "matches"), "0 matches");
        assert_eq!(count(1, "match", "matches"), "1 match");
        assert_eq!(count(2, "row matches", "rows match"), "2 rows match");
        assert_eq!(count(1, "row matches", "rows match"), "1 row matches");
    }
}
