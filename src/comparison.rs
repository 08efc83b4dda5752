//! The comparison of two articles: aligned sentence pairs labelled copied or paraphrased (and perhaps
//! moved), sentences only in B (added) or only in A (omitted), each with its word diff, in B's reading order.
//!
//! This is the value every printer and the TUI render; it holds no terminal or formatting concern.

use crate::alignment::{self, Indices, Sentences, index};
use crate::boilerplate::Reason;
use crate::corpus::Article;
use crate::text::Text;
use crate::word_diff::{self, Op, Word};
use serde::Serialize;

/// The label of a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Aligned, and identical up to case, quote style, punctuation and whitespace.
    Copied,
    /// Aligned, but worded differently.
    Paraphrased,
    /// Only in B.
    Added,
    /// Only in A.
    Omitted,
}

impl Kind {
    /// All labels, in the order counts are shown.
    pub const ALL: [Kind; 4] = [Kind::Copied, Kind::Paraphrased, Kind::Added, Kind::Omitted];

    /// The label as a word.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Copied => "copied",
            Kind::Paraphrased => "paraphrased",
            Kind::Added => "added",
            Kind::Omitted => "omitted",
        }
    }
}

/// One row of the comparison: an aligned pair, or a sentence found on one side only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// The label.
    pub kind: Kind,
    /// The pair sits elsewhere in B than in A's order.
    pub moved: bool,
    /// Similarity of the two sides in [0, 1]: 1 for copied, 0 for added and omitted.
    pub similarity: f64,
    /// A's sentence(s), joined by a space, or `None` for an added segment.
    pub a_text: Option<Text>,
    /// B's sentence(s), or `None` for an omitted segment.
    pub b_text: Option<Text>,
    /// Indices into A's sentences.
    pub a_sentences: Indices,
    /// Indices into B's sentences.
    pub b_sentences: Indices,
    /// The word diff: equal, delete and insert runs.
    pub words: Vec<Word>,
}

impl Segment {
    /// Whether the reader should look at this segment: anything but an unmoved copy.
    pub fn is_change(&self) -> bool {
        self.kind != Kind::Copied || self.moved
    }

    /// For a pair of one sentence against two, what was done, which the words alone show as rewording:
    /// "split in two in B" or "two sentences of A joined in B". The text printer and the TUI both say it.
    pub fn regrouped(&self) -> Option<&'static str> {
        match (self.a_sentences.len(), self.b_sentences.len()) {
            (1, 2) => Some("split in two in B"),
            (2, 1) => Some("two sentences of A joined in B"),
            _ => None,
        }
    }
}

/// How many segments of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Copied pairs.
    pub copied: usize,
    /// Paraphrased pairs.
    pub paraphrased: usize,
    /// Sentences only in B.
    pub added: usize,
    /// Sentences only in A.
    pub omitted: usize,
    /// Pairs flagged moved (also counted under their label).
    pub moved: usize,
}

impl Counts {
    /// The count for one label.
    pub fn get(&self, kind: Kind) -> usize {
        match kind {
            Kind::Copied => self.copied,
            Kind::Paraphrased => self.paraphrased,
            Kind::Added => self.added,
            Kind::Omitted => self.omitted,
        }
    }
}

/// Which article a side of the comparison is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The article's id.
    pub id: String,
    /// The article's path.
    pub path: String,
    /// The article's title.
    pub title: String,
    /// The outlet's notes about the report itself (corrections, editor's notes), which are not compared
    /// as story but say what the outlet changed.
    pub notes: Vec<String>,
}

impl From<&Article> for Side {
    fn from(a: &Article) -> Side {
        let notes = a.boilerplate().filter(|(_, r)| *r == Reason::EditorialNote).map(|(b, _)| b.text.to_string());
        Side { id: a.id.clone(), path: a.path.clone(), title: a.title.clone(), notes: notes.collect() }
    }
}

/// A compared against B.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The base article.
    pub a: Side,
    /// The compared article.
    pub b: Side,
    /// Share of both sides' words that sit in aligned sentences, in [0, 1]; 0 when neither has story text.
    pub similarity: f64,
    /// Segments per label.
    pub counts: Counts,
    /// The segments in B's reading order, omitted A sentences where they would have been.
    pub segments: Vec<Segment>,
}

/// Compare two articles with the default alignment options.
pub fn compare(a: &Article, b: &Article) -> Comparison {
    compare_with(a, b, &alignment::Options::default())
}

/// Compare two articles.
pub fn compare_with(a: &Article, b: &Article, opts: &alignment::Options) -> Comparison {
    // On a thread of rayon's pool: each parallel step of a comparison started from a thread outside it
    // hands its work over and sleeps until it is done. The sample pair, compared from the main thread with
    // one pool thread, took 1.1 ms a comparison; handed over once, 0.57 ms; from a pool thread, 0.26 ms.
    // (Inside the pool, as in the CLI and the corpus-wide passes, this runs in place.)
    rayon::scope(|_| {
        let ha = alignment::Headed { sentences: &a.sentences[..], headline: a.headline_sentence() };
        let hb = alignment::Headed { sentences: &b.sentences[..], headline: b.headline_sentence() };
        let aligned = alignment::align_keyed(&ha, &hb, opts);
        let (sa, sb) = (&a.sentences, &b.sentences);
        let (share_a, share_b) = (|i: usize| sa[i].text.clone(), |j: usize| sb[j].text.clone());
        compare_keyed(Side::from(a), Side::from(b), (&ha, &hb), (share_a, share_b), aligned)
    })
}

/// Compare two lists of sentences. The building block of [`compare`], public for callers that split text
/// their own way.
pub fn compare_sentences(a: Side, b: Side, sa: &[&str], sb: &[&str], opts: &alignment::Options) -> Comparison {
    // In the pool, as `compare_with` is.
    rayon::scope(|_| {
        let (ta, tb) = (alignment::Texts::new(sa), alignment::Texts::new(sb));
        let aligned = alignment::align_keyed(&ta, &tb, opts);
        let (share_a, share_b) = (|i: usize| Text::from(sa[i]), |j: usize| Text::from(sb[j]));
        compare_keyed(a, b, (&ta, &tb), (share_a, share_b), aligned)
    })
}

/// The comparison of two lists of sentences, once aligned. `share` gives a sentence's text to keep in a
/// segment: an article's own, shared, so that a long comparison does not hold every sentence twice more.
fn compare_keyed<S: Sentences + ?Sized>(
    a: Side,
    b: Side,
    (sa, sb): (&S, &S),
    share: (impl Fn(usize) -> Text + Sync, impl Fn(usize) -> Text + Sync),
    alignment: alignment::Alignment,
) -> Comparison {
    use rayon::prelude::*;
    let alignment::Alignment { pairs } = alignment;

    // Indices in four bytes (see `alignment::index`): these lists hold an entry for every sentence.
    let mut a_in: Vec<Option<u32>> = vec![None; sa.count()];
    let mut b_in: Vec<Option<u32>> = vec![None; sb.count()];
    for (k, p) in pairs.iter().enumerate() {
        p.a.iter().for_each(|&i| a_in[i as usize] = Some(index(k)));
        p.b.iter().for_each(|&j| b_in[j as usize] = Some(index(k)));
    }
    // The order is worked out on indices first; then every segment is made once, straight into its place: a
    // segment is large, and a big comparison has tens of thousands of them.
    // B's reading order: walk B, placing each pair at its first B sentence and each added sentence alone.
    let mut order: Vec<Place> = Vec::with_capacity(sb.count());
    let mut pos_of_pair: Vec<u32> = vec![u32::MAX; pairs.len()];
    for (j, paired_in) in b_in.iter().enumerate() {
        match *paired_in {
            Some(k) if pos_of_pair[k as usize] == u32::MAX => {
                pos_of_pair[k as usize] = index(order.len());
                order.push(Place::Pair(k));
            }
            Some(_) => {}
            None => order.push(Place::Added(index(j))),
        }
    }

    // Omitted A sentences go right after the segment of the nearest earlier A sentence that is paired and
    // not moved (its place in B is trustworthy); before everything when there is none.
    let mut omitted: Vec<(usize, u32)> = Vec::new();
    let mut anchor: usize = 0;
    for (i, paired_in) in a_in.iter().enumerate() {
        match *paired_in {
            Some(k) if !pairs[k as usize].moved => anchor = pos_of_pair[k as usize] as usize + 1,
            Some(_) => {}
            None => omitted.push((anchor, index(i))),
        }
    }
    // Stable, so omitted sentences sharing an anchor keep A's order.
    omitted.sort_by_key(|&(at, _)| at);

    let mut places: Vec<Place> = Vec::with_capacity(order.len() + omitted.len());
    let mut omitted = omitted.into_iter().peekable();
    for (pos, place) in order.into_iter().enumerate() {
        while let Some((_, i)) = omitted.next_if(|&(at, _)| at <= pos) {
            places.push(Place::Omitted(i));
        }
        places.push(place);
    }
    places.extend(omitted.map(|(_, i)| Place::Omitted(i)));

    // A run of a whole sentence: an article's sentences need no collapsing again, nor do two of them
    // joined by a space.
    let whole = |op: Op, text: &Text| {
        if sa.collapsed() && sb.collapsed() { word_diff::whole_collapsed(op, text) } else { word_diff::whole(op, text) }
    };
    // One budget for every word diff of this comparison; see `word_diff::diff_runs`.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    // What takes time in a segment is worked out for every pair in parallel; the segments are then made in
    // one thread, since they take shares of the reports' text (see `word_diff::Run`).
    // Pieces of at least 32 pairs: a pair's word diff takes some microseconds, and handing a piece to the
    // other thread more than that.
    let mut worked: Vec<Option<Box<Worked>>> =
        pairs.par_iter().with_min_len(32).map(|p| Worked::of(p, sa, sb, deadline)).collect();
    let mut segments: Vec<Segment> = Vec::with_capacity(places.len());
    for place in places {
        segments.push(match place {
            Place::Pair(k) => {
                let p = &pairs[k as usize];
                let Worked { a: joined_a, b: joined_b, runs } =
                    worked[k as usize].take().map(|w| *w).unwrap_or_default();
                let at = joined_a.map_or_else(|| share.0(p.a[0] as usize), Text::from);
                let bt = joined_b.map_or_else(|| share.1(p.b[0] as usize), Text::from);
                let copied = runs.is_none();
                let words = match runs {
                    None => whole(Op::Equal, &bt),
                    Some(runs) => word_diff::words_of(runs, &at, &bt),
                };
                Segment {
                    kind: if copied { Kind::Copied } else { Kind::Paraphrased },
                    moved: p.moved,
                    similarity: if copied { 1.0 } else { round3(p.similarity) },
                    a_text: Some(at),
                    b_text: Some(bt),
                    a_sentences: p.a,
                    b_sentences: p.b,
                    words,
                }
            }
            Place::Added(j) => lone(Kind::Added, j as usize, share.1(j as usize), whole),
            Place::Omitted(i) => lone(Kind::Omitted, i as usize, share.0(i as usize), whole),
        });
    }

    let mut counts = Counts::default();
    for s in &segments {
        match s.kind {
            Kind::Copied => counts.copied += 1,
            Kind::Paraphrased => counts.paraphrased += 1,
            Kind::Added => counts.added += 1,
            Kind::Omitted => counts.omitted += 1,
        }
        counts.moved += usize::from(s.moved);
    }

    // Every sentence sits in at most one pair: the aligned words are those of the sentences in one.
    // (Words aligned, words.)
    let words = |side: &S, paired: &[Option<u32>]| -> (usize, usize) {
        (0..side.count()).fold((0, 0), |(aligned, all), i| {
            let w = side.key(i).words;
            (aligned + if paired[i].is_some() { w } else { 0 }, all + w)
        })
    };
    let ((aligned_a, all_a), (aligned_b, all_b)) = (words(sa, &a_in), words(sb, &b_in));
    let (aligned, total) = (aligned_a + aligned_b, all_a + all_b);
    // Two reports without story text share nothing a reader could check: 0, not a perfect match.
    let similarity = if total == 0 { 0.0 } else { round3(aligned as f64 / total as f64) };

    Comparison { a, b, similarity, counts, segments }
}

/// What a pair's segment needs beyond its sentences' shared text: the text of a side of two sentences,
/// joined by a space, and the word diff of a pair that is not copied. None of it for a copied pair of one
/// sentence a side, as most pairs are.
#[derive(Default)]
struct Worked {
    a: Option<String>,
    b: Option<String>,
    /// `None` for a copied pair.
    runs: Option<Vec<word_diff::Run>>,
}

impl Worked {
    fn of<S: Sentences + ?Sized>(
        p: &alignment::Pair,
        sa: &S,
        sb: &S,
        deadline: std::time::Instant,
    ) -> Option<Box<Worked>> {
        let joined = |texts: &S, idx: &[u32]| {
            (idx.len() > 1).then(|| idx.iter().map(|&i| texts.text(i as usize)).collect::<Vec<_>>().join(" "))
        };
        let (a, b) = (joined(sa, &p.a), joined(sb, &p.b));
        let (at, bt) =
            (a.as_deref().unwrap_or(sa.text(p.a[0] as usize)), b.as_deref().unwrap_or(sb.text(p.b[0] as usize)));
        // Copied, too, when the words differ only where the diff joins them: "10 km" and "10km".
        let runs = (!word_diff::same_folded(at, bt))
            .then(|| word_diff::diff_runs(at, bt, deadline))
            .filter(|runs| runs.iter().any(|r| r.op() != Op::Equal));
        (a.is_some() || b.is_some() || runs.is_some()).then(|| Box::new(Worked { a, b, runs }))
    }
}

/// What goes at one place of B's reading order: an aligned pair (by its index), or a sentence found on one
/// side only. Places are small, so a long comparison's order costs little beside its segments.
#[derive(Clone, Copy)]
enum Place {
    Pair(u32),
    Added(u32),
    Omitted(u32),
}

/// The segment of a sentence found on one side only; `whole` makes its one run.
fn lone(kind: Kind, index: usize, text: Text, whole: impl Fn(Op, &Text) -> Vec<Word>) -> Segment {
    let words = whole(if kind == Kind::Omitted { Op::Delete } else { Op::Insert }, &text);
    let (a_text, b_text, a_sentences, b_sentences) = match kind {
        Kind::Omitted => (Some(text), None, Indices::one(index), Indices::NONE),
        _ => (None, Some(text), Indices::NONE, Indices::one(index)),
    };
    Segment { kind, moved: false, similarity: 0.0, a_text, b_text, a_sentences, b_sentences, words }
}

/// Three decimals are plenty for a reader and keep snapshots stable across float noise.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(n: &str) -> Side {
        Side { id: n.into(), path: n.into(), title: n.into(), notes: Vec::new() }
    }

    fn cmp(a: &[&str], b: &[&str]) -> Comparison {
        compare_sentences(side("a"), side("b"), a, b, &alignment::Options::default())
    }

    #[test]
    fn self_comparison_is_all_copied() {
        let s = ["The bridge reopened on Monday.", "Engineers replaced two cables.", "Traffic was light."];
        let c = cmp(&s, &s);
        assert_eq!(c.counts, Counts { copied: 3, ..Counts::default() });
        assert_eq!(c.similarity, 1.0);
    }

    #[test]
    fn omitted_sentence_sits_where_it_was() {
        let a =
            ["The bridge reopened on Monday.", "Engineers replaced two cables.", "Traffic was light in the morning."];
        let b =
            ["The bridge reopened on Monday.", "Traffic was light in the morning.", "Queues are expected by Friday."];
        let c = cmp(&a, &b);
        let kinds: Vec<Kind> = c.segments.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Kind::Copied, Kind::Omitted, Kind::Copied, Kind::Added]);
    }

    #[test]
    fn words_whose_keys_collide_still_show_as_changed() {
        // "fzabaa" and "ywmdaa" share a word key (found by search): the two sentences are equal by key and
        // pair as exact anchors, but are compared word by word before being called copied.
        assert_eq!(crate::normalize::word_key(b"fzabaa"), crate::normalize::word_key(b"ywmdaa"));
        let text = |w: &str| {
            format!("Report on the harbour\n\nThe ship fzabaa docked at noon.\n\nCrowds watched {w} from the pier.\n")
        };
        let (a, b) = (
            Article::from_text("a.txt", &text("fzabaa"), "utf-8"),
            Article::from_text("b.txt", &text("ywmdaa"), "utf-8"),
        );
        let c = compare(&a, &b);
        let changed: Vec<&Segment> = c.segments.iter().filter(|s| s.kind != Kind::Copied).collect();
        assert_eq!(changed.len(), 1, "{:#?}", c.segments);
        assert_eq!(changed[0].kind, Kind::Paraphrased);
        let ops: Vec<(Op, &str)> = changed[0].words.iter().map(|w| (w.op, &*w.text)).collect();
        assert!(ops.contains(&(Op::Delete, "fzabaa")) && ops.contains(&(Op::Insert, "ywmdaa")), "{ops:?}");
    }

    #[test]
    fn reports_headlines_are_compared_with_each_other() {
        let wire = "Incumbent Reyes wins second term as governor\n\n\
            Governor Marta Reyes won a second term on Sunday with 52% of the vote.\n\n\
            Turnout was 61%, the electoral commission said.\n";
        let local = "Reyes re-elected governor in clear win\n\n\
            Governor Marta Reyes has won re-election with 52 per cent of the vote.\n\n\
            Turnout rose to 61 per cent, the electoral commission said.\n\n\
            Reyes is the first governor to win a second term since 1998.\n";
        let (a, b) = (Article::from_text("wire.txt", wire, "utf-8"), Article::from_text("local.txt", local, "utf-8"));
        assert_eq!((a.headline_sentence(), b.headline_sentence()), (Some(0), Some(0)));
        let c = compare(&a, &b);
        let first = &c.segments[0];
        assert_eq!((first.kind, &*first.a_sentences, &*first.b_sentences), (Kind::Paraphrased, &[0][..], &[0][..]));
        assert_eq!(c.segments.last().map(|s| s.kind), Some(Kind::Added), "{:#?}", c.segments);
    }

    #[test]
    fn a_pair_that_differs_only_in_how_units_are_spaced_is_copied() {
        let c = cmp(
            &["The quake struck at 4:17 a.m. about 30 km north of the city."],
            &["The quake struck at 4:17am about 30km north of the city."],
        );
        assert_eq!(c.counts, Counts { copied: 1, ..Counts::default() }, "{:#?}", c.segments);
        assert_eq!(c.segments[0].similarity, 1.0);
    }

    #[test]
    fn a_figure_that_moved_its_point_lost_its_sign_or_changed_currency_is_changed() {
        for (a, b, gone, came) in [
            (
                "Repairs were costed at £1.4m in the council's 2019 report.",
                "Repairs were costed at £14m in the council's 2019 report.",
                "£1.4m",
                "£14m",
            ),
            (
                "Die Preise stiegen im Februar um 3,5 Prozent gegenüber dem Vorjahr.",
                "Die Preise stiegen im Februar um 35 Prozent gegenüber dem Vorjahr.",
                "3,5",
                "35",
            ),
            (
                "Temperatures fell to -3C overnight across the north of the county.",
                "Temperatures fell to 3C overnight across the north of the county.",
                "-3C",
                "3C",
            ),
            (
                "The score was 1-0 at half-time after a penalty in the tenth minute.",
                "The score was 10 at half-time after a penalty in the tenth minute.",
                "1-0",
                "10",
            ),
            (
                "The storm caused damage estimated at $5 million, officials said.",
                "The storm caused damage estimated at €5 million, officials said.",
                "$5",
                "€5",
            ),
            (
                "Support for the plan fell to 25% in March, the survey found.",
                "Support for the plan fell to 25 in March, the survey found.",
                "25%",
                "25",
            ),
            ("Le loyer passe à 900 $ par mois dès janvier.", "Le loyer passe à 900 € par mois dès janvier.", "$", "€"),
        ] {
            let c = cmp(&[a], &[b]);
            assert_eq!(c.counts, Counts { paraphrased: 1, ..Counts::default() }, "{a}");
            let words = &c.segments[0].words;
            let text = |op: Op| words.iter().filter(|w| w.op == op).map(|w| w.text.as_ref()).collect::<Vec<_>>();
            assert_eq!((text(Op::Delete), text(Op::Insert)), (vec![gone], vec![came]), "{a}");
        }
        // Punctuation around a figure is still no change.
        let c = cmp(&["Shares fell 2.5% on Monday, traders said."], &["Shares fell (2.5%) on Monday; traders said."]);
        assert_eq!(c.counts, Counts { copied: 1, ..Counts::default() }, "{:#?}", c.segments);
        let c = cmp(&["Le taux a atteint 25 % en mars."], &["Le taux a atteint (25%) en mars."]);
        assert_eq!(c.counts, Counts { copied: 1, ..Counts::default() }, "{:#?}", c.segments);
        let c = cmp(&["The firm paid $1,200,000 in fines."], &["The firm paid ($1200000) in fines."]);
        assert_eq!(c.counts, Counts { copied: 1, ..Counts::default() }, "{:#?}", c.segments);
    }

    #[test]
    fn an_outlets_correction_is_named_apart_not_compared() {
        let story = "Water rationing begins in Urubamba\n\nThe town of Urubamba began rationing water on Friday as its reservoir fell to a record low after months without rain.\n\nOfficials said supplies would be cut for twelve hours a day until the rains return to the valley.";
        let corrected = format!(
            "{story}\n\nCORRECTION: An earlier version of this story incorrectly said Urubamba has 1,200 residents. The town has about 12,000 residents."
        );
        let (a, b) = (Article::from_text("a.txt", story, "utf-8"), Article::from_text("b.txt", &corrected, "utf-8"));
        let c = compare(&a, &b);
        assert!(c.a.notes.is_empty());
        assert_eq!(c.b.notes.len(), 1, "{:?}", c.b);
        assert!(c.b.notes[0].starts_with("CORRECTION: An earlier version"));
        // Not a sentence B added.
        assert_eq!(c.counts.added, 0, "{:#?}", c.segments);
    }

    #[test]
    fn empty_sides() {
        let c = cmp(&[], &["Only here."]);
        assert_eq!(c.counts.added, 1);
        let c = cmp(&[], &[]);
        assert!(c.segments.is_empty());
        assert_eq!(c.similarity, 0.0);
    }
}
