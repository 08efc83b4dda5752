//! Extracting the facts of many reports at once, reading each sentence and paragraph they share only once.
//!
//! Reports of one story share most of their text word for word: wire copy that several outlets run, or one
//! report copying another. What extraction finds in a sentence (its numbers and names) depends on nothing
//! but the sentence and the names pooled over the reports, and the quotations of a paragraph on nothing but
//! its sentences. Reading every copy again was a quarter to a third of the work of the facts of a pair of
//! long reports (the generated 2 MB news-like and wire-style pairs).

use super::extract::{
    Lexicon, block_end, capitalised_inside, capitalises_nouns, extract_blocks, quotes, regroup_points, sentence_facts,
};
use super::{Fact, FactKind, entity_key};
use crate::corpus::Article;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::Hash;

/// Distinct items handed to one piece of parallel work: enough that the pieces' results are few to merge.
const PIECE: usize = 1024;

/// The facts of each of `articles`, as [`super::extract`] gives them, except that the names capitalised
/// inside a sentence are pooled over all of them: "Susan Clarke, whose home…" keeps "Susan" when another
/// report names her mid-sentence.
pub fn extract_all(articles: &[&Article]) -> Vec<Vec<Fact>> {
    let texts: Vec<Vec<(&str, usize)>> =
        articles.iter().map(|a| a.sentences.iter().map(|s| (&*s.text, s.block())).collect()).collect();
    let mut sentences = Distinct::default();
    let sentence_ids: Vec<Vec<u32>> = texts.iter().map(|t| t.iter().map(|s| sentences.id(s.0)).collect()).collect();
    // A paragraph is known by its sentences' ids; each article notes its paragraphs' ids where they start.
    let mut paragraphs = Distinct::default();
    let paragraph_at: Vec<Vec<Option<u32>>> = texts
        .iter()
        .zip(&sentence_ids)
        .map(|(t, ids)| {
            let mut at = vec![None; t.len()];
            let mut start = 0;
            while start < t.len() {
                let end = block_end(t, start);
                at[start] = Some(paragraphs.id(&ids[start..end]));
                start = end;
            }
            at
        })
        .collect();

    // Which words are names is a union over sentences, so each distinct sentence adds its own once.
    let lexicon = sentences
        .items
        .par_chunks(PIECE)
        .map(|chunk| capitalised_inside(chunk.iter().copied()))
        .reduce(Lexicon::default, Lexicon::merge)
        .finished();
    let of_sentence: Vec<Vec<Fact>> = sentences
        .items
        .par_iter()
        .with_min_len(PIECE / 4)
        .map(|s| {
            let mut out = Vec::new();
            sentence_facts(s, 0, &lexicon, &mut out);
            out
        })
        .collect();
    // The quotations of each distinct paragraph, numbered from its first sentence, and whether one is left
    // open at its end.
    let of_paragraph: Vec<(bool, Vec<Fact>)> = paragraphs
        .items
        .par_iter()
        .with_min_len(PIECE / 4)
        .map(|ids| {
            let block: Vec<(&str, usize)> = ids.iter().map(|&i| (sentences.items[i as usize], 0)).collect();
            let mut out = Vec::new();
            let open = quotes(&block, 0, &mut out);
            (open, out)
        })
        .collect();

    let mut facts: Vec<Vec<Fact>> = texts
        .par_iter()
        .zip(&sentence_ids)
        .zip(&paragraph_at)
        .map(|((t, ids), at)| {
            let mut facts = extract_blocks(
                t,
                |range, out| match at[range.start] {
                    // One paragraph, as read above.
                    Some(p) if t[range.start].1 == t[range.end - 1].1 => {
                        let (open, facts) = &of_paragraph[p as usize];
                        out.extend(numbered(facts, range.start));
                        *open
                    }
                    // A quotation that runs over paragraphs: these are read together, as they stand here.
                    _ => quotes(&t[range.clone()], range.start, out),
                },
                |i, out| out.extend(numbered(&of_sentence[ids[i] as usize], i)),
            );
            // The paragraphs' quotations were read apart from their reports; a role is the report's own.
            super::roles::resolve(&mut facts, t);
            facts
        })
        .collect();
    let german: Vec<bool> = texts.iter().map(|t| capitalises_nouns(t.iter().map(|s| s.0))).collect();
    keep_names_of_german(&mut facts, &german);
    for (of, &in_german) in facts.iter_mut().zip(&german) {
        regroup_points(of, in_german);
    }
    facts
}

/// In the reports written in German (`german[a]` for report `a`), drop the one-word names that are
/// nouns: every noun there is capitalised, so a German report's names were "Brücke", "Wasser",
/// "Feuerwehr" and the like. A one-word name is kept when it is also a word of a longer name in any report ("Becker"
/// of "Tom Becker"), or a name in a report not in German ("Hartfield"). Names of two words or more are
/// kept: German nouns seldom stand in a row.
fn keep_names_of_german(facts: &mut [Vec<Fact>], german: &[bool]) {
    if !german.contains(&true) {
        return;
    }
    let mut names: FxHashSet<String> = FxHashSet::default();
    for (of, &in_german) in facts.iter().zip(german) {
        for f in of.iter().filter(|f| f.kind == FactKind::Entity) {
            if f.text.contains(' ') {
                names.extend(f.text.split(' ').map(entity_key));
            } else if !in_german {
                names.insert(f.key.clone());
            }
        }
    }
    for (of, _) in facts.iter_mut().zip(german).filter(|(_, g)| **g) {
        of.retain(|f| f.kind != FactKind::Entity || f.text.contains(' ') || names.contains(&f.key));
    }
}

/// Facts read with their sentences numbered from 0, numbered from `first`.
fn numbered(facts: &[Fact], first: usize) -> impl Iterator<Item = Fact> + '_ {
    facts.iter().map(move |f| Fact { sentence: first + f.sentence, ..f.clone() })
}

/// Items numbered in the order first met, each once.
struct Distinct<K> {
    ids: FxHashMap<K, u32>,
    items: Vec<K>,
}

impl<K> Default for Distinct<K> {
    fn default() -> Self {
        Distinct { ids: FxHashMap::default(), items: Vec::new() }
    }
}

impl<K: Hash + Eq + Copy> Distinct<K> {
    /// The number of `item`, given it if it is new.
    fn id(&mut self, item: K) -> u32 {
        *self.ids.entry(item).or_insert_with(|| {
            self.items.push(item);
            self.items.len() as u32 - 1
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two reports that share a paragraph and a sentence, and each say something of their own.
    fn pair() -> (Article, Article) {
        let shared = "Mr Putin said “we will stand together” on Tuesday.\n\nRescuers found 12 people in Faenza.";
        let a = Article::from_text("a.txt", &format!("Floods\n\n{shared}\n\nSusan Clarke lost 3 cars."), "utf-8");
        let b = Article::from_text(
            "b.txt",
            &format!("Floods hit\n\nOfficials said 40 homes flooded.\n\n{shared}\n\nHer neighbour, Susan, agreed."),
            "utf-8",
        );
        (a, b)
    }

    /// What reading each article through, sentence by sentence, with the names pooled over all of them
    /// gives: the reference [`extract_all`] must equal.
    fn read_through(articles: &[&Article]) -> Vec<Vec<Fact>> {
        let texts: Vec<Vec<(&str, usize)>> =
            articles.iter().map(|a| a.sentences.iter().map(|s| (&*s.text, s.block())).collect()).collect();
        let lexicon = capitalised_inside(texts.iter().flatten().map(|s| s.0)).finished();
        texts
            .iter()
            .map(|t| {
                let mut facts = extract_blocks(
                    t,
                    |range, out| quotes(&t[range.clone()], range.start, out),
                    |i, out| sentence_facts(t[i].0, i, &lexicon, out),
                );
                crate::facts::roles::resolve(&mut facts, t);
                facts
            })
            .collect()
    }

    #[test]
    fn shared_text_read_once_gives_what_reading_each_article_through_gives() {
        let (a, b) = pair();
        let all = extract_all(&[&a, &b]);
        assert_eq!(all, read_through(&[&a, &b]));
        // The shared paragraphs' quote and number, at their places in each (the headline is no sentence).
        let at = |facts: &[Fact], text: &str| facts.iter().find(|f| f.text == text).map(|f| f.sentence);
        assert_eq!(at(&all[0], "we will stand together"), Some(0));
        assert_eq!(at(&all[1], "we will stand together"), Some(1));
        assert_eq!(at(&all[0], "12 people"), Some(1));
        assert_eq!(at(&all[1], "12 people"), Some(2));
        // A sentence opening with a name B uses inside one keeps the whole name.
        assert_eq!(at(&all[0], "Susan Clarke"), Some(2));
    }

    #[test]
    fn the_sample_corpus_read_once_gives_what_reading_it_through_gives() {
        let corpus = crate::corpus::Corpus::sample();
        let articles: Vec<&Article> = corpus.articles.iter().collect();
        let all = extract_all(&articles);
        assert!(all.iter().all(|f| f.len() > 10), "{all:?}");
        assert_eq!(all, read_through(&articles));
    }

    #[test]
    fn names_are_pooled_over_the_articles() {
        let a = Article::from_text("a.txt", "Floods\n\nThe family of Susan Clarke was rescued.", "utf-8");
        let b = Article::from_text("b.txt", "Floods\n\nSusan waited on the roof.", "utf-8");
        let alone = crate::facts::extract(&b);
        let pooled = extract_all(&[&a, &b]);
        assert!(!alone.iter().any(|f| f.text == "Susan"), "{alone:?}");
        assert!(pooled[1].iter().any(|f| f.text == "Susan"), "{:?}", pooled[1]);
    }

    /// The names found in each report's facts.
    fn names(facts: &[Vec<Fact>]) -> Vec<Vec<&str>> {
        facts
            .iter()
            .map(|f| f.iter().filter(|f| f.kind == FactKind::Entity).map(|f| f.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn german_nouns_are_no_names_and_german_names_are() {
        let de = Article::from_text(
            "de.txt",
            "Brücke eingestürzt\n\nEine Straßenbrücke ist am Donnerstag in den Fluss gestürzt, teilte die Feuerwehr \
             mit. Bürgermeister Tom Becker kündigte eine Untersuchung an. Die Familien verdienen Antworten, sagte \
             Becker. Die Polizei sucht in Hartfield nach zwei Menschen, die seit dem Abend vermisst werden.",
            "utf-8",
        );
        let en =
            Article::from_text("en.txt", "Bridge falls\n\nThe bridge in Hartfield fell, Tom Becker said.", "utf-8");
        // Alone, the German report keeps its names of two words and their pieces, and no noun.
        assert_eq!(names(&extract_all(&[&de])), [vec!["Tom Becker", "Becker"]]);
        // Beside a report in English, which names Hartfield, it keeps Hartfield too; the English report
        // loses nothing.
        assert_eq!(
            names(&extract_all(&[&de, &en])),
            [vec!["Tom Becker", "Becker", "Hartfield"], vec!["Hartfield", "Tom Becker"]]
        );
    }

    #[test]
    fn only_german_reports_are_read_as_capitalising_their_nouns() {
        let text = |a: &Article| a.sentences.iter().map(|s| s.text.to_string()).collect::<Vec<_>>();
        let english = Article::from_text(
            "en.txt",
            "EU plan\n\nUrsula von der Leyen said on Monday that the plan, which Germany and France back, would \
             go to a vote in the war-weary parliament before the summer, and that she hat no doubt it would pass.",
            "utf-8",
        );
        assert!(!capitalises_nouns(text(&english).iter().map(String::as_str)));
        let corpus = crate::corpus::Corpus::sample();
        assert!(corpus.articles.iter().all(|a| !capitalises_nouns(text(a).iter().map(String::as_str))));
        let german = Article::from_text(
            "de.txt",
            "Plan\n\nDie Kommission hat am Montag einen Plan vorgelegt, der nach dem Willen der Regierung noch \
             vor dem Sommer beschlossen werden soll.",
            "utf-8",
        );
        assert!(capitalises_nouns(text(&german).iter().map(String::as_str)));
    }

    #[test]
    fn a_point_before_three_digits_groups_thousands_where_a_report_writes_figures_so() {
        let values = |text: &str| -> Vec<String> {
            let a = Article::from_text("a.txt", &format!("Headline here\n\n{text}"), "utf-8");
            extract_all(&[&a]).remove(0).into_iter().filter(|f| f.kind == FactKind::Number).map(|f| f.value).collect()
        };
        // German: 4.200 is four thousand two hundred.
        let german = "Bei dem Angriff auf das Krankenhaus haben die Hacker die Daten von 4.200 Patienten \
                      erbeutet, wie die Klinik am Mittwoch mitteilte und die Polizei bestätigte.";
        assert_eq!(values(german), ["4200"]);
        // So in any report that writes a decimal comma, and in none that groups with commas.
        assert_eq!(values("The rate rose 3,5 points and 4.200 people left."), ["3.5", "4200"]);
        assert_eq!(values("The 1,200 staff saw 4.200 more people left."), ["1200", "4.200"]);
        assert_eq!(values("Some 4.200 people left."), ["4.200"]);
        // "0,125" is a decimal comma, not a group.
        assert_eq!(values("A share of 0,125 and 4.200 people left."), ["0.125", "4200"]);
    }

    #[test]
    fn a_quotation_over_two_paragraphs_is_read_whole_in_each_report() {
        let quote = "“The water came fast.\n\n“We had minutes to leave,” she said.";
        let a = Article::from_text("a.txt", &format!("Floods\n\n{quote}"), "utf-8");
        let b = Article::from_text("b.txt", &format!("Floods hit\n\nIt rained all night.\n\n{quote}"), "utf-8");
        let all = extract_all(&[&a, &b]);
        for facts in &all {
            assert!(facts.iter().any(|f| f.text == "The water came fast. We had minutes to leave"), "{facts:?}");
        }
    }
}
