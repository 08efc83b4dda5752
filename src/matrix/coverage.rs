//! Sentence coverage: for each sentence of one article, how many other articles carry it, judged by shared
//! word trigrams (the matrix's shingles). A sentence is carried by an article that holds at least half of its
//! shingles.

use super::shingles::{sentence_shingles, shingles};
use crate::corpus::Article;
use rayon::prelude::*;

/// Share of a sentence's shingles another article must hold to carry it.
pub const CARRIED: f64 = 0.5;

/// The shingle sets of a corpus, built once, to ask which sentences each article shares with the rest.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    sets: Vec<Vec<u32>>,
}

impl Coverage {
    /// Shingle every article's body.
    pub fn build(articles: &[Article]) -> Coverage {
        let sets = articles.par_iter().map(|a| shingles(a.sentences.iter().map(|s| &*s.text))).collect();
        Coverage { sets }
    }

    /// For each sentence of article `i`, the number of other articles carrying it; `None` for a sentence too
    /// short to have a shingle (under three words), which cannot be judged.
    pub fn sentences(&self, articles: &[Article], i: usize) -> Vec<Option<usize>> {
        let Some(article) = articles.get(i) else { return Vec::new() };
        let mut out = Vec::with_capacity(article.sentences.len());
        for s in &article.sentences {
            let mut own = Vec::new();
            sentence_shingles(&s.text, &mut own);
            own.sort_unstable();
            own.dedup();
            if own.is_empty() {
                out.push(None);
                continue;
            }
            let need = (own.len() as f64 * CARRIED).ceil() as usize;
            let n = self
                .sets
                .par_iter()
                .enumerate()
                .filter(|&(j, set)| j != i && own.iter().filter(|h| set.binary_search(h).is_ok()).count() >= need)
                .count();
            out.push(Some(n));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(name: &str, text: &str) -> Article {
        Article::from_text(name, text, "utf-8")
    }

    #[test]
    fn counts_the_other_articles_carrying_each_sentence() {
        let a = art(
            "a.txt",
            "Bridge reopens\n\nThe harbour bridge reopened on Monday after months of repairs.\n\nA bakery nearby sold out of bread by noon.\n\nOk then.",
        );
        let b = art("b.txt", "Bridge\n\nThe harbour bridge reopened on Monday after months of repairs to its deck.");
        let c = art("c.txt", "News\n\nThe harbour bridge reopened, officials said.");
        let d = art("d.txt", "Weather\n\nRain is expected across the north tonight.");
        let articles = vec![a, b, c, d];
        let cov = Coverage::build(&articles);
        let got = cov.sentences(&articles, 0);
        let texts: Vec<&str> = articles[0].sentences.iter().map(|s| &*s.text).collect();
        let at = |needle: &str| texts.iter().position(|t| t.contains(needle)).expect(needle);
        // b holds all of the first sentence; c only its first four words, under half its trigrams.
        assert_eq!(got[at("harbour")], Some(1), "{texts:?} {got:?}");
        assert_eq!(got[at("bakery")], Some(0));
        assert_eq!(got[at("Ok then")], None);
        // Seen from b, its sentence is in a (c holds too little of it).
        assert_eq!(cov.sentences(&articles, 1).iter().flatten().max(), Some(&1));
        assert!(cov.sentences(&articles, 9).is_empty());
    }
}
