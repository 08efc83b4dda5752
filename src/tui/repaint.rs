//! Frames that show a cluster of characters the terminal keeps in separate cells are written out whole.
//!
//! ratatui keeps a grapheme cluster in one cell and treats the columns after it as that cell's, as a wide
//! Chinese character's are. A Devanagari syllable with a vowel sign ("कि", "लो") takes two columns, but a
//! terminal keeps its consonant and its sign in two cells of their own. When the next frame wrote a space
//! over the consonant, ratatui counted the sign's column as blank already and sent nothing for it: the sign
//! stayed on screen, and stray vowel signs littered the comparison after every change of pair or scroll.
//! A frame that shows such a cluster, and the frame after it, has every cell written.

use ratatui::buffer::{Buffer, CellDiffOption};
use unicode_width::UnicodeWidthChar;

/// Mark every cell of `buffer` to be written when it holds a cluster the terminal splits, or when the
/// frame before did (`split_before`). Returns whether this frame holds one.
pub fn mark(buffer: &mut Buffer, split_before: bool) -> bool {
    let split_now = buffer.content.iter().any(|cell| is_split_cluster(cell.symbol()));
    if split_now || split_before {
        for cell in &mut buffer.content {
            cell.set_diff_option(CellDiffOption::AlwaysUpdate);
        }
    }
    split_now
}

/// A cluster of two or more characters that each take a column of their own ("कि": a consonant and a
/// vowel sign), which a terminal keeps in as many cells. A wide character alone ("火") is one cell to a
/// terminal too, and a mark of no width ("कं") joins the cell before it.
fn is_split_cluster(symbol: &str) -> bool {
    symbol.len() > 1 && symbol.chars().filter(|&c| c.width() == Some(1)).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn clusters_of_several_columns_are_told_from_wide_characters_and_marks() {
        assert!(is_split_cluster("कि") && is_split_cluster("लो"));
        for single in ["a", "火", "कं", "क", "é", " "] {
            assert!(!is_split_cluster(single), "{single}");
        }
    }

    #[test]
    fn a_frame_with_a_split_cluster_and_the_frame_after_it_are_written_whole() {
        let area = Rect::new(0, 0, 6, 1);
        let always = |b: &Buffer| b.content.iter().all(|c| c.diff_option == CellDiffOption::AlwaysUpdate);
        let mut plain = Buffer::empty(area);
        plain.set_string(0, 0, "火災 ab", ratatui::style::Style::default());
        assert!(!mark(&mut plain, false) && !always(&plain));
        let mut hindi = Buffer::empty(area);
        hindi.set_string(0, 0, "किया", ratatui::style::Style::default());
        assert!(mark(&mut hindi, false) && always(&hindi));
        let mut after = Buffer::empty(area);
        after.set_string(0, 0, "ab", ratatui::style::Style::default());
        assert!(!mark(&mut after, true) && always(&after));
    }
}
