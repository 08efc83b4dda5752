//! The ledger: every fact of a corpus, once, with the articles that carry it and the variants they use.
//!
//! Three foldings happen here because they need more than one article to decide:
//! - a surname after a title ("Mr Putin") joins the one full name that ends or starts with it;
//! - quotations that are the same words reordered or partly replaced join one fact, with one variant per
//!   wording, and the fact is *altered* when two wordings are not mere excerpts of each other;
//! - numbers counting the same noun in the same context with different values join one fact, *altered*.

use super::aligned::{Across, Replaced, replaced_across};
use super::extract::{
    AGE, Bound, CELSIUS, ELISION, FAHRENHEIT, RATIO, SCORE, age_holder, bound_of, fraction_share, is_calendar_unit,
    is_money, name_tokens, quote_clauses,
};
use super::extract_all;
use super::{Fact, FactKind};
use crate::corpus::Article;
use crate::normalize::{hash_str, is_stopword, stem_key};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Candidate lists longer than this (a word in thousands of quotes) are not used to find related quotes:
/// they cost quadratic time and such common words are weak evidence anyway.
const MAX_POSTING: usize = 400;
/// Share of the shorter quotation's words the longer one must hold for the two to be one quotation.
const QUOTE_OVERLAP: f64 = 0.6;
/// Context words two numbers must share to be the same thing counted differently.
const NUMBER_CONTEXT: usize = 2;
/// Context words enough when each report counts that noun only once: two reports of one story that each
/// give a single number of jobs cut are giving the same count ("cut 2,300 jobs", "axe 3,200 jobs"). Only
/// for counts of a noun: a share or a sum names no noun, and a story's one share in each of two reports
/// may be two things ("80 percent of the yearly rainfall", "40 percent of roads").
const SOLE_COUNT_CONTEXT: usize = 1;
/// For years and dates, which recur in every story, more context is needed.
const DATE_CONTEXT: usize = 3;
/// Context words two counts of *different* nouns must share to be one count, worded two ways ("1,500
/// people were evacuated from the valley on Monday", "1,200 residents were evacuated from the valley on
/// Monday"): with no common noun to vouch for them, the sentence around them must.
const REWORDED_CONTEXT: usize = 4;
/// ... and at least this share of the smaller of the two contexts.
const REWORDED_SHARE: f64 = 0.75;

/// An article as the ledger refers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    /// The article's id.
    pub id: String,
    /// The article's path.
    pub path: String,
}

/// One wording of a fact and the articles that use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The wording, as the first article carrying it writes it.
    pub text: String,
    /// The folded wording: quotes and numbers with the same key are one variant.
    pub key: String,
    /// Numbers: the value this variant states.
    pub value: String,
    /// Indices into [`Ledger::articles`], ascending.
    pub articles: Vec<usize>,
    /// Quotes: the person these articles give the quotation to, when one of them names someone. Two
    /// articles that give the same words to two people carry two variants.
    pub speaker: Option<String>,
    /// Quotes: every article of this wording gives it to "he" or "she", read as the person named just
    /// before ([`super::roles`]), and none by name.
    pub by_pronoun: bool,
}

impl Variant {
    /// Whether article `i` uses this wording.
    pub fn used_by(&self, i: usize) -> bool {
        self.articles.binary_search(&i).is_ok()
    }

    /// Whether this wording and `other` give a quotation to two different people. Not when either names
    /// no one, nor when both give it to "he" or "she": two reports that keep the attribution's words alike
    /// did not change it, though a sentence moved or put in before it names another person.
    pub fn said_by_another(&self, other: &Variant) -> bool {
        let both_by_pronoun = self.by_pronoun && other.by_pronoun;
        !both_by_pronoun && !speakers_agree(self.speaker.as_deref(), other.speaker.as_deref())
    }
}

/// Whether a fact's speaker is read from "he" or "she" alone.
fn by_pronoun(f: &Fact) -> bool {
    f.speaker.is_some() && f.role.as_deref().is_some_and(|r| super::speaker::PERSONAL.contains(&r))
}

/// Whether two attributions may be one person's: either names no one, or both name one person
/// ([`super::speaker::same_speaker`]).
fn speakers_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => super::speaker::same_speaker(a, b),
        _ => true,
    }
}

/// One fact of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerFact {
    /// Quote, number or entity.
    pub kind: FactKind,
    /// The wording most articles use; a number's, a wording of the figure most articles give.
    pub text: String,
    /// Indices into [`Ledger::articles`] of every article carrying the fact in any wording, ascending.
    pub articles: Vec<usize>,
    /// The wordings, most widely carried first; a number's, those of the figure most articles give first
    /// ([`figure_most_give_first`]).
    pub variants: Vec<Variant>,
    /// Two articles give it differently: other words inside the quotation marks, the same words given to
    /// another speaker, or another number.
    pub altered: bool,
}

impl LedgerFact {
    /// Whether article `i` carries the fact.
    pub fn carried_by(&self, i: usize) -> bool {
        self.articles.binary_search(&i).is_ok()
    }

    /// The wordings article `i` uses.
    pub fn variants_of(&self, i: usize) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(move |v| v.used_by(i))
    }

    /// Whether a wording of this fact says what its first, most carried one does: an excerpt of the same
    /// quotation, or the same figure in other words or units. An altered fact's other wordings are not all
    /// alterations: beside "1,200 jobs" and "1,500 positions", "1,200 positions" agrees with the first.
    pub fn agrees_with_first(&self, v: &Variant) -> bool {
        // The same words given to someone else are the quotation altered. Who the first wording names, or,
        // when it names no one ("she said"), the first wording that names someone: else two copies that
        // gave the wire's unnamed words to two people each agreed with the wire, and neither was marked.
        !self.said_by_another_than_first(v) && self.agrees_with_first_words(v)
    }

    /// Whether wording `v` gives the quotation to another person than the first wording that names one
    /// ([`LedgerFact::agrees_with_first`]).
    pub fn said_by_another_than_first(&self, v: &Variant) -> bool {
        self.variants.iter().find(|w| w.speaker.is_some()).is_some_and(|first| v.said_by_another(first))
    }

    /// Whether wording `v` says in its words what the first wording does, whoever it is given to.
    pub fn agrees_with_first_words(&self, v: &Variant) -> bool {
        self.variants.first().is_none_or(|first| self.words_agree(first, v))
    }

    /// Whether wording `y` says in its words what `x` does: an excerpt of the same quotation, the same
    /// figure, the same spelling of a name.
    fn words_agree(&self, x: &Variant, y: &Variant) -> bool {
        x.key == y.key
            || match self.kind {
                FactKind::Quote => wordings_relation(x, y) == Relation::Excerpt,
                FactKind::Number => same_figure(x, y),
                FactKind::Entity => !misspelt(x, y),
            }
    }

    /// Whether wording `v` changes the first only in who says it: its words, or an excerpt of them, given
    /// to another speaker.
    pub fn only_speaker_changes(&self, v: &Variant) -> bool {
        self.said_by_another_than_first(v) && self.agrees_with_first_words(v)
    }

    /// Whether two reports give this quotation to two different people.
    pub fn misattributed(&self) -> bool {
        self.kind == FactKind::Quote
            && self
                .variants
                .iter()
                .enumerate()
                .any(|(i, v)| self.variants[i + 1..].iter().any(|w| v.said_by_another(w)))
    }

    /// Whether wording `v` changes the fact: another figure, or other words inside the quotation marks,
    /// than the first wording gives. Never in a fact no report changes.
    pub fn changes(&self, v: &Variant) -> bool {
        self.altered && !self.agrees_with_first(v)
    }

    /// Whether two wordings give the fact differently, one against the other rather than each against
    /// the first: two wordings that each change the first may agree with each other, as two copies that
    /// kept the source's figure, in words of their own, where most reports changed it.
    pub fn differ(&self, x: &Variant, y: &Variant) -> bool {
        self.altered && ((self.kind == FactKind::Quote && x.said_by_another(y)) || !self.words_agree(x, y))
    }
}

/// Whether two wordings of a name spell one of its words otherwise ([`super::pair::misspells`]):
/// "Miriam Okonkwo-Hale" and "Miriam Okonkwo-Hall", which aligned sentences write one for the other.
fn misspelt(x: &Variant, y: &Variant) -> bool {
    // Folded as a name's words are: "Zúrich" and "Zurich", "St Brigid's" and "St Brigid’s" are one spelling.
    super::pair::misspells(&name_tokens(&x.text), &name_tokens(&y.text))
}

/// Whether two wordings of a number give one figure: one value, one the other rounded, or one size in
/// units of two systems.
pub(super) fn same_figure(x: &Variant, y: &Variant) -> bool {
    // A number's key is its value, then its unit's words ("10 kilomet", "5 million dollar",
    // [`super::extract`]). The value may have words of its own: the unit is the first word after it.
    let unit = |v: &Variant| {
        let rest = v.key.strip_prefix(v.value.as_str()).unwrap_or(&v.key);
        rest.split(['|', ' ']).find(|w| !w.is_empty()).unwrap_or_default().to_string()
    };
    one_figure_as_written((&x.text, &x.value, &unit(x)), (&y.text, &y.value, &unit(y)))
}

/// How far a share in figures may stand from a fraction in words and be the same figure: a tenth of the
/// fraction. A report that writes "a third" for another's "34%" rounds it, as one that writes "roughly a
/// quarter" for "24%" does; "a third" for "43%" changes it.
const FRACTION_SLACK: f64 = 0.1;

/// Whether two numbers, each its text as written, value and unit key, give one figure: as
/// [`one_figure_in_units`] has it, or as a fraction in words rounds a share in figures.
pub(super) fn one_figure_as_written(a: Written, b: Written) -> bool {
    one_figure_in_units((a.1, a.2), (b.1, b.2)) || fraction_rounds(a, b) || bounds_meet(a, b)
}

/// The sizes a number as written may stand for, from the words that bound it ([`bound_of`]): "more than
/// 400" is 400 to twice that, "nearly 5" a little under 5; a figure alone is itself. `None` for a value
/// that is no size.
fn bounds(text: &str, value: &str) -> Option<(f64, f64)> {
    let v = magnitude(value)?;
    let (lo, hi) = match bound_of(text) {
        Some(Bound::JustOver) => (1.0, 1.0 + BOUND_SLACK),
        Some(Bound::Nearly) => (1.0 - BOUND_SLACK, 1.0),
        Some(Bound::Over) => (1.0, 2.0),
        Some(Bound::Under) => (0.5, 1.0),
        None => (1.0, 1.0),
    };
    // A negative figure's bounds turn over.
    let (x, y) = (v * lo, v * hi);
    Some((x.min(y), x.max(y)))
}

/// How far a figure bound closely ("nearly 5", "just over 400") may stand from it: a seventh or so.
const BOUND_SLACK: f64 = 0.15;

/// Whether two numbers as written, bounded otherwise by their words ("more than 400 scientists" and "430
/// scientists", "nearly 5 percent" and "4.7 percent"), may be one figure: the sizes each may stand for meet ([`bounds`]). Only numbers of one unit,
/// or of two nouns counted: a sum in two currencies, a share against a count, and two units of measure
/// (which [`converts`] compares) never are.
fn bounds_meet(a: Written, b: Written) -> bool {
    // Two figures bound alike ("more than 1,500" and "more than 1,200") are compared as figures: the
    // figure is what changed.
    let (x, y) = (bound_of(a.0), bound_of(b.0));
    let special = |u: &str| u == "percent" || u == POINT || is_money(u) || is_measure(u);
    if x == y || (a.2 != b.2 && (special(a.2) || special(b.2))) {
        return false;
    }
    bounds(a.0, a.1).zip(bounds(b.0, b.1)).is_some_and(|((alo, ahi), (blo, bhi))| alo <= bhi && blo <= ahi)
}

/// A number as written: its text, value and unit key.
pub(super) type Written<'a> = (&'a str, &'a str, &'a str);

/// A number of a report, as written.
pub(super) fn written(f: &Fact) -> Written<'_> {
    (&f.text, &f.value, &f.unit)
}

/// Whether one of two shares is written as a fraction in words and the other in figures within
/// [`FRACTION_SLACK`] of it. Two fractions in words are compared as their values are.
fn fraction_rounds(a: Written, b: Written) -> bool {
    let rounds = |(text, _, unit): Written, (share_text, value, share_unit): Written| {
        unit == "percent"
            && share_unit == "percent"
            && fraction_share(share_text).is_none()
            && fraction_share(text)
                .zip(magnitude(value))
                .is_some_and(|(exact, x)| (x - exact).abs() <= FRACTION_SLACK * exact + 1e-9)
    };
    rounds(a, b) || rounds(b, a)
}

/// Whether two numbers, each a value and its unit key, give one figure: one value, one the other rounded,
/// or one size in units of two systems. Sizes in two units are one figure only when one converts to the
/// other: "5 km" is not "5 miles". Sums in two currencies never are: "$5 million" is not "€5 million", and
/// what a sum is worth in another currency depends on the day.
pub(super) fn one_figure_in_units(a: (&str, &str), b: (&str, &str)) -> bool {
    if a.1 != b.1 && is_money(a.1) && is_money(b.1) {
        return false;
    }
    // A share is never one figure with a count: "18 percent" is not "18 points", nor "18 people".
    if a.1 != b.1 && (a.1 == "percent" || b.1 == "percent") {
        return false;
    }
    if a.1 != b.1 && is_measure(a.1) && is_measure(b.1) {
        return converts(a, b);
    }
    one_figure(a.0, b.0) || converts(a, b)
}

/// All facts of a corpus: rows of a facts × articles table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// The articles, in corpus order: the columns.
    pub articles: Vec<ArticleRef>,
    /// The facts: quotes, then numbers, then entities; altered ones first in each kind, then the most
    /// widely carried.
    pub facts: Vec<LedgerFact>,
}

impl Ledger {
    /// Extract and gather the facts of these articles.
    pub fn build(articles: &[Article]) -> Ledger {
        let refs: Vec<&Article> = articles.iter().collect();
        Ledger::build_refs(&refs)
    }

    /// [`Ledger::build`] over borrowed articles.
    pub fn build_refs(articles: &[&Article]) -> Ledger {
        // Names seen mid-sentence in any report count at the start of a sentence in every report.
        let facts = extract_all(articles);
        let across = replaced_across(articles, &facts);
        let refs = articles.iter().map(|a| ArticleRef { id: a.id.clone(), path: a.path.clone() }).collect();
        Ledger::from_facts_joined(refs, facts, &across)
    }

    /// Gather already extracted facts, one list per article.
    pub fn from_facts(articles: Vec<ArticleRef>, facts: Vec<Vec<Fact>>) -> Ledger {
        Ledger::from_facts_joined(articles, facts, &Across::default())
    }

    /// [`Ledger::from_facts`], joining first the numbers and quotations that aligned sentences replace one
    /// for another.
    fn from_facts_joined(articles: Vec<ArticleRef>, facts: Vec<Vec<Fact>>, across: &Across) -> Ledger {
        let replaced = &across.replaced[..];
        let mut occ: Vec<(usize, Fact)> =
            facts.into_iter().enumerate().flat_map(|(i, fs)| fs.into_iter().map(move |f| (i, f))).collect();
        fold_affiliations(&mut occ);
        fold_surnames(&mut occ);
        fold_back_references(&mut occ);
        let mut out = Vec::new();
        for kind in [FactKind::Quote, FactKind::Number, FactKind::Entity] {
            let of_kind: Vec<&(usize, Fact)> = occ.iter().filter(|(_, f)| f.kind == kind).collect();
            let mut facts = match kind {
                // One report's quotes may be joined through another's that merges them; its figures never.
                FactKind::Quote => {
                    // Two wordings an aligned pair replaces one for the other are the quotation altered,
                    // however few words they share.
                    let swapped: HashSet<(&str, &str)> = replaced
                        .iter()
                        .filter(|(k, _)| *k == FactKind::Quote)
                        .flat_map(|(_, [(_, x), (_, y)])| [(x.as_str(), y.as_str()), (y.as_str(), x.as_str())])
                        .collect();
                    let link = |g: &[Group]| {
                        let mut out = link_quotes(g);
                        out.extend(link_replaced(g, replaced, FactKind::Quote));
                        out
                    };
                    group(&of_kind, link, no_links, false, |x, y| swapped.contains(&(x, y)), |m| vec![m.concat()])
                }
                FactKind::Number => {
                    // A figure changed in place is the changing report's alone to give twice. Two figures
                    // that several reports each give both are two facts of the story, whatever one pair
                    // of sentences aligned in error replaces ("a 38% premium" for "shares rose 31%").
                    let in_place = |g: &[Group]| {
                        let mut links: Vec<(usize, usize)> = link_replaced(g, &across.in_place, FactKind::Number)
                            .into_iter()
                            .filter(|&(x, y)| g[x].articles().intersection(&g[y].articles()).nth(1).is_none())
                            .collect();
                        links.extend(link_bare_figures(g));
                        links
                    };
                    let untie = |m| untie_strays(m, [replaced, &across.in_place[..]]);
                    group(&of_kind, |g| link_numbers(g, replaced), in_place, true, |_, _| false, untie)
                }
                // A short name and a longer one that holds it, which an aligned pair writes one for
                // the other, are one name.
                FactKind::Entity => {
                    let names = unambiguous_names(replaced);
                    let link = |g: &[Group]| {
                        let mut links = link_replaced(g, &names, FactKind::Entity);
                        links.extend(link_misspelt(g));
                        links
                    };
                    group(&of_kind, link, no_links, false, |_, _| false, |m| vec![m.concat()])
                }
            };
            facts.sort_by(|a, b| {
                (!a.altered, std::cmp::Reverse(a.articles.len()), a.articles.first()).cmp(&(
                    !b.altered,
                    std::cmp::Reverse(b.articles.len()),
                    b.articles.first(),
                ))
            });
            out.extend(facts);
        }
        Ledger { articles, facts: out }
    }

    /// The altered facts: changed quotations and conflicting numbers.
    pub fn altered(&self) -> impl Iterator<Item = &LedgerFact> {
        self.facts.iter().filter(|f| f.altered)
    }
}

/// How two wordings of a quotation relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relation {
    /// One is a run of the other's words: the same quotation, cut shorter.
    Excerpt,
    /// The same quotation with words changed, moved, added or dropped.
    Altered,
    /// Different quotations.
    Unrelated,
}

/// Compare two quotation keys (folded words joined by spaces).
pub(crate) fn relation(a: &str, b: &str) -> Relation {
    QuoteWords::new(a).relation(&QuoteWords::new(b))
}

/// [`relation`] of two wordings of a quotation, read with where their clauses end ([`quote_clauses`]): a
/// negation an excerpt leaves out turns it round only when it stood in a clause the excerpt keeps words of.
pub(crate) fn wordings_relation(a: &Variant, b: &Variant) -> Relation {
    QuoteWords::of_text(&a.key, &a.text).relation(&QuoteWords::of_text(&b.key, &b.text))
}

/// A quotation key's words, and its words' stems in sorted order: what [`QuoteWords::relation`] reads of
/// it. Finding related quotes compares each quote with many others, so its stems are made once, not once
/// per pair: on two 2.5 MB news-like reports, stemming every pair's words again took half the ledger's
/// time.
///
/// Words and stems carry their hashes, and stems are sorted by hash first: two 2.5 MB reports once asked
/// 5.6 million pairs of quotes how they relate, and comparing their words and stems as strings, letter by
/// letter, was a sixth of the time `diff --format json` took. Strings are compared only where the hashes
/// agree, so the answer is the strings' own.
pub(crate) struct QuoteWords<'a> {
    words: Vec<&'a str>,
    /// Each word's clause ([`quote_clauses`]); empty when unknown, and then all words are of one clause.
    clauses: Vec<u32>,
    word_hashes: Vec<u64>,
    /// (hash, stem, whether it is a stopword), in the order of hash then stem.
    stems: Vec<(u64, String, bool)>,
}

impl<'a> QuoteWords<'a> {
    pub(crate) fn new(key: &'a str) -> QuoteWords<'a> {
        let words: Vec<&str> = key.split(' ').collect();
        let word_hashes = words.iter().map(|w| hash_str(w)).collect();
        let mut stems: Vec<(u64, String, bool)> = words
            .iter()
            .filter_map(|w| stem_key(w))
            .map(|s| {
                let (hash, stop) = (hash_str(&s), is_stopword(&s));
                (hash, s, stop)
            })
            .collect();
        stems.sort_unstable();
        QuoteWords { words, clauses: Vec::new(), word_hashes, stems }
    }

    /// [`QuoteWords::new`] of the key of `text`, with its words' clauses.
    pub(crate) fn of_text(key: &'a str, text: &str) -> QuoteWords<'a> {
        let mut q = QuoteWords::new(key);
        let clauses = quote_clauses(text);
        // Made from the text the key was made of, word for word; if ever not, the clauses are unknown.
        if clauses.len() == q.words.len() {
            q.clauses = clauses;
        }
        q
    }

    /// Whether word `k` stands in the clause of one of the words `of`: always, when clauses are unknown.
    fn in_clause_of(&self, k: usize, of: &[usize]) -> bool {
        self.clauses.is_empty() || of.iter().any(|&j| self.clauses[k] == self.clauses[j])
    }

    /// The stems that are not stopwords, each once.
    fn content(&self) -> impl Iterator<Item = &str> {
        let mut last = None;
        self.stems.iter().filter(|s| !s.2).map(|s| s.1.as_str()).filter(move |s| last.replace(*s) != Some(*s))
    }

    /// How two quotations relate: an excerpt when the shorter's words run in the longer; altered when the
    /// longer holds enough of the shorter's stems, as many times as the shorter has them.
    pub(crate) fn relation(&self, other: &QuoteWords) -> Relation {
        // Counted without the marks of words left out: "Nobody wanted a strike … nobody should" stands for
        // "Nobody wanted a strike, but nobody should" with a mark for its "but", as many words, and read as
        // the longer of the two it was no excerpt, only when it came first.
        let len = |q: &QuoteWords| q.words.iter().filter(|w| **w != ELISION).count();
        let (short, long) = if len(self) <= len(other) { (self, other) } else { (other, self) };
        let (n, first) = (short.words.len(), short.word_hashes.first());
        // A window is compared whole only where its first word's hash is the shorter's first: most are not.
        let runs_at = long
            .word_hashes
            .windows(n)
            .zip(long.words.windows(n))
            .position(|(h, w)| h.first() == first && h == short.word_hashes && w == short.words);
        if let Some(at) = runs_at {
            // An excerpt that leaves out a negation of the quotation it is cut from says another thing: "The
            // crew was to blame for what happened", cut from "I would never say that the crew was to blame
            // for what happened", is the quotation turned round. Only a negation in a clause the excerpt
            // keeps words of: one in a sentence left out whole governs none of the excerpt's words.
            let ends = [at, at + n - 1];
            let mut left_out = (0..at).chain(at + n..long.words.len());
            let turned = left_out.any(|k| is_negation(long.words[k]) && long.in_clause_of(k, &ends));
            return if turned { Relation::Altered } else { Relation::Excerpt };
        }
        if elides_nothing(&short.words, &long.words) {
            return Relation::Excerpt;
        }
        // Words left out where the shorter marks them ("We had no time ... at all"): the same quotation,
        // shortened by its outlet, when the words on each side of every mark run, in order, in the longer.
        // An excerpt, as a quotation cut at either end is: a cut the outlet marks is everyday practice, and
        // read as an alteration it filled the list of altered quotations, which a reader checks first,
        // with briefs' honest cuts. Unless what the marks leave out holds a negation, as at the ends: "We
        // will ... support the plan", cut from "We will not under any circumstances support the plan",
        // says the opposite.
        if short.words.contains(&ELISION)
            && let Some(kept) = pieces_run_in_order(&short.words, &long.words)
        {
            // A negation left out counts where it stood in a clause of a word kept beside the cut.
            let turned = (0..long.words.len()).filter(|k| !kept[*k] && is_negation(long.words[*k])).any(|k| {
                let before = (0..k).rev().find(|&j| kept[j]);
                let after = (k + 1..long.words.len()).find(|&j| kept[j]);
                long.in_clause_of(k, &[before, after].into_iter().flatten().collect::<Vec<_>>())
            });
            return if turned { Relation::Altered } else { Relation::Excerpt };
        }
        let (ss, sl) = (&short.stems, &long.stems);
        // Both sorted alike: the stems they share, repeats counted as often as both have them.
        let (mut i, mut j, mut common, mut content) = (0, 0, 0, 0);
        while i < ss.len() && j < sl.len() {
            match ss[i].0.cmp(&sl[j].0).then_with(|| ss[i].1.cmp(&sl[j].1)) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    if !ss[i].2 {
                        content += 1;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        let enough = if ss.len() <= 2 { common == ss.len() && ss.len() == sl.len() } else { content >= 2 };
        // Most of the shorter's words of content too, or most of its words in their order: "I just wanted
        // to walk my own street" and "… I just want to sell fish" share "I just want to" and "my", and are
        // two people's; "had been set on a new high level" keeps six of its eight words in the order of
        // "had been put on a new high stage", and is that quotation with two words changed.
        let own_content = ss.iter().filter(|s| !s.2).count();
        let most = |k: usize, of: usize| k as f64 >= QUOTE_OVERLAP * of as f64;
        if enough
            && most(common, ss.len())
            && (most(content, own_content) || most(in_order(&short.word_hashes, &long.word_hashes), short.words.len()))
        {
            Relation::Altered
        } else {
            Relation::Unrelated
        }
    }
}

/// The length of the longest run of words `a` and `b` both hold in this order, gaps allowed. Asked only
/// of the few pairs of quotations that share most of their words but not most of their words of content.
fn in_order(a: &[u64], b: &[u64]) -> usize {
    // One row of the usual table, over `b`, kept from word to word of `a`.
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Whether one of two quotations marks words left out ([`ELISION`]) where it left none: without its marks,
/// its words run whole in the other's ("inspected in March ... nobody told us" for "inspected in March.
/// Nobody told us", a mark set where a sentence ended).
fn elides_nothing<'a>(a: &[&'a str], b: &[&'a str]) -> bool {
    if !a.contains(&ELISION) && !b.contains(&ELISION) {
        return false;
    }
    let unmarked = |w: &[&'a str]| -> Vec<&'a str> { w.iter().copied().filter(|w| *w != ELISION).collect() };
    let (a, b) = (unmarked(a), unmarked(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// Whether the pieces of `short` between its [`ELISION`] marks each run, whole and in order, in `long`:
/// if so, which words of `long` they keep.
fn pieces_run_in_order(short: &[&str], long: &[&str]) -> Option<Vec<bool>> {
    let mut kept = vec![false; long.len()];
    let mut from = 0;
    for piece in short.split(|w| *w == ELISION).filter(|p| !p.is_empty()) {
        let at = from + long[from..].windows(piece.len()).position(|w| w == piece)?;
        kept[at..at + piece.len()].iter_mut().for_each(|k| *k = true);
        from = at + piece.len();
    }
    Some(kept)
}

/// Whether a word of a quotation's key negates: in English, French, Spanish, German, Italian and
/// Portuguese, with or without the apostrophe folding keeps ("don't", "dont").
fn is_negation(word: &str) -> bool {
    const NEGATIONS: &[&str] = &[
        "not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot", "dont", "doesnt", "didnt",
        "wont", "wouldnt", "cant", "couldnt", "shouldnt", "isnt", "wasnt", "arent", "werent", "hasnt", "havent",
        "hadnt", "ne", "pas", "jamais", "aucun", "aucune", "rien", "nunca", "jamas", "jamás", "nadie", "nada",
        "ningun", "ningún", "ninguna", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner",
        "nichts", "niemand", "non", "mai", "nessuno", "niente", "nao", "não", "ninguem", "ninguém", "nenhum",
        "nenhuma",
    ];
    if word.contains('\'') {
        return NEGATIONS.contains(&word.replace('\'', "").as_str());
    }
    NEGATIONS.contains(&word)
}

/// A title before a lone surname ("Mr Kim", "President Putin") marks a person; when exactly one full
/// name in the corpus starts or ends with that surname, every lone mention of it joins that name.
/// News style names a person in full once and then by surname alone ("Owen Price … Price said"). Within
/// one report, a one-word name that ends exactly one longer name of that report is that name, person or
/// not. Only within a report: across reports a lone surname may be someone else.
fn fold_back_references(occ: &mut [(usize, Fact)]) {
    let mut by_article: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, (a, f)) in occ.iter().enumerate() {
        if f.kind == FactKind::Entity {
            by_article.entry(*a).or_default().push(n);
        }
    }
    let mut renames: Vec<(usize, String)> = Vec::new();
    for list in by_article.values() {
        for &n in list {
            let lone = &occ[n].1;
            if lone.context.len() != 1 {
                continue;
            }
            // "Geophysical Institute of Peru", "Bank of England": a name built with "of" is a body or a place,
            // and its last word a name of its own, not a short form of it.
            // "Météo-France", "Rolls-Royce": a last word joined on by a hyphen makes one word of a name
            // with the one before, and alone it is another name ("France").
            let mut ends = list.iter().map(|&m| &occ[m].1).filter(|f| {
                f.context.len() >= 2
                    && f.context.last() == lone.context.first()
                    && f.key != lone.key
                    && !f.context.iter().any(|w| w == "of")
                    && !f.text.split_whitespace().next_back().is_some_and(|w| w.contains(['-', '‐', '‑']))
            });
            if let Some(full) = ends.next()
                && ends.all(|f| f.key == full.key)
            {
                renames.push((n, full.key.clone()));
            }
        }
    }
    for (n, key) in renames {
        occ[n].1.key = key;
    }
}

/// A name with its affiliation after "of" ("Alan Fairbairn of Merton Police", "Juliet Schor of Boston
/// College") is the name alone, when some report names it alone: reports differ in whether they add where
/// a person works, and the two spellings stood as two names, each "only" in one report. Only a name of two
/// or more words before the "of" is cut, so "Bank of England" and "University of Cambridge" stay whole; and
/// only when the short name is found, so "Royal Bank of Scotland" stays whole unless a report names a "Royal
/// Bank" alone.
fn fold_affiliations(occ: &mut [(usize, Fact)]) {
    // Where a name's "of" stands, when two or more words come before it.
    let cut = |f: &Fact| (f.kind == FactKind::Entity).then(|| f.context.iter().position(|w| w == "of")).flatten();
    let cut = |f: &Fact| cut(f).filter(|&of| of >= 2);
    // The names before an "of" are few in a corpus: only they are looked for among the others (a map of
    // every name's words cost 1% of the facts of 2,000 articles).
    let mut alone: HashMap<&[String], Option<usize>> =
        occ.iter().filter_map(|(_, f)| cut(f).map(|of| (&f.context[..of], None))).collect();
    if alone.is_empty() {
        return;
    }
    for (n, (_, f)) in occ.iter().enumerate() {
        if f.kind == FactKind::Entity
            && let Some(first) = alone.get_mut(&f.context[..])
        {
            first.get_or_insert(n);
        }
    }
    let renames: Vec<(usize, usize)> =
        occ.iter().enumerate().filter_map(|(n, (_, f))| Some((n, alone[&f.context[..cut(f)?]]?))).collect();
    for (n, m) in renames {
        let (key, person, len) = (occ[m].1.key.clone(), occ[m].1.person, occ[m].1.context.len());
        let f = &mut occ[n].1;
        // The text may hold words the context leaves out (a title before the name): cut it at its "of".
        if let Some(at) = f.text.find(" of ") {
            f.text.truncate(at);
        }
        f.key = key;
        f.person |= person;
        f.context.truncate(len);
    }
}

fn fold_surnames(occ: &mut [(usize, Fact)]) {
    let entities = || occ.iter().map(|(_, f)| f).filter(|f| f.kind == FactKind::Entity);
    let lone_persons: HashSet<&str> =
        entities().filter(|f| f.person && f.context.len() == 1).map(|f| f.key.as_str()).collect();
    let mut full: HashMap<&str, (&str, &str)> = HashMap::new(); // key → (first token, last token)
    for f in entities().filter(|f| f.context.len() >= 2) {
        let (first, last) = (f.context[0].as_str(), f.context[f.context.len() - 1].as_str());
        if f.person || lone_persons.contains(first) || lone_persons.contains(last) {
            full.insert(f.key.as_str(), (first, last));
        }
    }
    let mut target: HashMap<String, String> = HashMap::new();
    for lone in &lone_persons {
        let mut found = full.iter().filter(|(_, (first, last))| first == lone || last == lone).map(|(k, _)| *k);
        if let (Some(one), None) = (found.next(), found.next()) {
            target.insert(lone.to_string(), one.to_string());
        }
    }
    for (_, f) in occ.iter_mut() {
        if f.kind == FactKind::Entity
            && let Some(t) = target.get(&f.key)
        {
            f.key = t.clone();
        }
    }
}

/// Whether two number values say the same: equal, the same size in other words ("4.2 million" and
/// "4200000", from "€4,200,000"; "1.5 thousand" and "1500"), or one date the other with less detail
/// ("Feb. 28" and "February 28, 2026"; "March 2026" and "March 5, 2026"). Dates are `YYYY-MM-DD`, `MM-DD`
/// or `YYYY-MM` ([`super::extract`]).
pub(super) fn values_agree(a: &str, b: &str) -> bool {
    let shape = |v: &str| -> Option<&'static str> {
        let b = v.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match b.len() {
            10 if b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10) => Some("ymd"),
            7 if b[4] == b'-' && digits(0..4) && digits(5..7) => Some("ym"),
            5 if b[2] == b'-' && digits(0..2) && digits(3..5) => Some("md"),
            _ => None,
        }
    };
    let within = |short: &str, long: &str| match (shape(short), shape(long)) {
        (Some("md"), Some("ymd")) => long.ends_with(short),
        (Some("ym"), Some("ymd")) => long.starts_with(short),
        _ => false,
    };
    // Sizes are products of a few decimals, so two writings of one size may differ in the last bits.
    let same_size =
        || magnitude(a).zip(magnitude(b)).is_some_and(|(x, y)| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()));
    a == b || within(a, b) || within(b, a) || same_size() || of_day(a).is_some_and(|x| of_day(b) == Some(x))
}

/// A time of day's key as minutes since midnight: "9:42am" and "9:42" (a clock of 24 hours) are 582, "9:42pm"
/// and "21:42" are 1302, "3am" is 180. `None` for a value that is no time of day.
fn of_day(value: &str) -> Option<u32> {
    let (clock, half) = match value.strip_suffix("am").or_else(|| value.strip_suffix("pm")) {
        Some(clock) => (clock, Some(value.ends_with("pm"))),
        None => (value, None),
    };
    let (h, m) = match clock.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        // A bare hour is a time of day only with its half of the day: "9" is a count.
        None if half.is_some() => (clock.parse::<u32>().ok()?, 0),
        None => return None,
    };
    let h = match half {
        Some(pm) if (1..=12).contains(&h) => h % 12 + if pm { 12 } else { 0 },
        Some(_) => return None,
        None => h,
    };
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Whether two values give one figure: the same size ([`values_agree`]), or one rounded from the other
/// ([`rounds_to`]). Two reports that write them so have changed no number.
pub fn one_figure(a: &str, b: &str) -> bool {
    values_agree(a, b) || rounds_to(a, b) || within_round_count(a, b) || within_round_count(b, a)
}

/// Whether two measures give one size in units of two systems: "10km" and "6.2 miles", "9 metres" and "30
/// feet", "97 km/h" and "60 mph". An American report converts what a European one gives, and rounds it;
/// within a twentieth, the two are one figure, not a changed one. `unit` is a fact's unit key.
///
/// A stretch of time may be further off, a tenth: "four weeks" and "a month" are one stretch as news writes
/// it, "six weeks" and "six months" are not.
pub(super) fn converts(a: (&str, &str), b: (&str, &str)) -> bool {
    let (Some((qa, x)), Some((qb, y))) = (size(a), size(b)) else { return false };
    if qa == TEMPERATURE {
        // Near freezing a twentieth of the figure is nothing: "0C" is "32F", and "1C" is "34F" rounded. A
        // temperature may be below nought.
        return a.1 != b.1 && qb == TEMPERATURE && (x - y).abs() <= (0.05 * x.abs().max(y.abs())).max(1.0);
    }
    let within = if qa == TIME { 0.1 } else { 0.05 };
    a.1 != b.1 && qa == qb && x > 0.0 && (x - y).abs() <= within * x.max(y)
}

/// A measure's quantity ("length", [`TIME`]) and its size in that quantity's base unit, from its value and
/// unit key; `None` for a number that is no measure.
pub(super) fn size((value, unit): (&str, &str)) -> Option<(&'static str, f64)> {
    // A temperature's two scales do not meet at nought: its size is in degrees Celsius.
    match unit {
        CELSIUS => return Some((TEMPERATURE, magnitude(value)?)),
        FAHRENHEIT => return Some((TEMPERATURE, (magnitude(value)? - 32.0) * 5.0 / 9.0)),
        _ => {}
    }
    let (quantity, base) = measure(unit)?;
    Some((quantity, magnitude(value)? * base))
}

/// The quantity of temperatures ([`size`]).
const TEMPERATURE: &str = "temperature";

/// A unit key's quantity and its size in that quantity's base unit ([`UNITS`]); `None` for no unit of
/// measure.
fn measure(unit: &str) -> Option<(&'static str, f64)> {
    UNITS.iter().find(|(u, _, _)| *u == unit).map(|&(_, quantity, base)| (quantity, base))
}

/// The quantity of stretches of time, whose units [`UNITS`] lists beside lengths and masses.
pub(super) const TIME: &str = "time";

/// Whether a number's unit key is a unit of measure ("kilomet", "mile"): a size, not a count of things.
pub(super) fn is_measure(unit: &str) -> bool {
    measure(unit).is_some() || unit == CELSIUS || unit == FAHRENHEIT
}

/// Each unit of measure's quantity and its size in that quantity's base unit, by the unit's key.
#[rustfmt::skip]
const UNITS: &[(&str, &str, f64)] = &[
    ("kilomet", "length", 1000.0), ("metr", "length", 1.0), ("centimet", "length", 0.01),
    ("millimet", "length", 0.001), ("mile", "length", 1609.344), ("feet", "length", 0.3048),
    ("foot", "length", 0.3048), ("inch", "length", 0.0254), ("yard", "length", 0.9144),
    ("kilogram", "mass", 1.0), ("gram", "mass", 0.001), ("tonn", "mass", 1000.0), ("pound", "mass", 0.453_592_37),
    ("mph", "speed", 0.447_04), ("kph", "speed", 1.0 / 3.6), ("kmh", "speed", 1.0 / 3.6),
    ("litr", "volume", 1.0), ("gallon", "volume", 3.785_411_784),
    // A dose is where a unit changed by a thousand hides behind one figure: "a 2.5 mg injection" against "a
    // 2.5 g injection" is no wording of one fact, and "2,500 micrograms" is the same dose as "2.5 mg".
    ("milligram", "mass", 1e-6), ("microgram", "mass", 1e-9), ("ounc", "mass", 0.028_349_523_125),
    ("millilitr", "volume", 0.001), ("millilit", "volume", 0.001),
    // Stretches of time, in seconds: "5 hours" against "5 days" is a changed figure, "48 hours" and "two
    // days" one. A month and a year are their average lengths. Decades and centuries are left out: their
    // keys are a calendar's too ("the 1990s").
    ("second", TIME, 1.0), ("minut", TIME, 60.0), ("hour", TIME, 3600.0), ("day", TIME, 86_400.0),
    ("week", TIME, 604_800.0), ("month", TIME, 2_629_800.0), ("year", TIME, 31_557_600.0),
    // American spellings, and the units of other languages' reports (their keys are what the English stemmer
    // makes of them). Left out: words with another sense ("metro", a railway; "pied", English "pie";
    // "mille", a thousand; "ton", of two sizes).
    ("meter", "length", 1.0), ("liter", "volume", 1.0),
    ("metri", "length", 1.0), ("mètres", "length", 1.0), ("mètre", "length", 1.0),
    ("chilometri", "length", 1000.0), ("chilometro", "length", 1000.0), ("kilometro", "length", 1000.0),
    ("kilómetro", "length", 1000.0), ("kilomètr", "length", 1000.0),
    ("centimetri", "length", 0.01), ("centímetro", "length", 0.01), ("zentimet", "length", 0.01),
    ("centimètr", "length", 0.01), ("millimetri", "length", 0.001),
    ("piedi", "length", 0.3048), ("voet", "length", 0.3048), ("voeten", "length", 0.3048),
    ("fuß", "length", 0.3048), ("fuss", "length", 0.3048),
    ("miglia", "length", 1609.344), ("miglio", "length", 1609.344), ("mijl", "length", 1609.344),
    ("mijlen", "length", 1609.344), ("meilen", "length", 1609.344), ("meil", "length", 1609.344),
    ("milla", "length", 1609.344),
    ("chilogrammi", "mass", 1.0), ("chilogrammo", "mass", 1.0), ("kilogramm", "mass", 1.0),
    ("kilogramo", "mass", 1.0), ("kilo", "mass", 1.0), ("tonnel", "mass", 1000.0), ("tonnen", "mass", 1000.0),
    ("tonelada", "mass", 1000.0),
    ("litri", "volume", 1.0), ("litro", "volume", 1.0),
];

/// Whether `a` is a round count ("hundreds", valued "100s"; "thousands", "dozens") that takes in the
/// figure `b`: "hundreds of fake invoices" is what another report counts as "412 fake invoices", no
/// changed number. Two round counts are compared as values are.
fn within_round_count(a: &str, b: &str) -> bool {
    let range = match a {
        "12s" => 24.0..150.0,
        "100s" => 200.0..1e3,
        "1000s" => 2e3..1e6,
        _ => return false,
    };
    magnitude(b).is_some_and(|x| range.contains(&x))
}

/// Whether one value is the other rounded to the places it is written to, and within 5% of it: "18
/// million" of "17.9 million", "12" of "12.4". One report rounding another's figure changes no fact;
/// "45,000" against "44,800" does (a whole number is written to its last digit, whatever its zeros), and
/// so does "1 million" against "1.4 million", which is more than rounding.
fn rounds_to(a: &str, b: &str) -> bool {
    // The place a value is written to: its last decimal, times its scale word.
    let place = |v: &str| -> Option<f64> {
        let number = v.split(' ').next()?;
        let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
        Some(magnitude(v)? / number.parse::<f64>().ok()? * 10f64.powi(-(decimals as i32)))
    };
    let (Some(x), Some(y), Some(px), Some(py)) = (magnitude(a), magnitude(b), place(a), place(b)) else {
        return false;
    };
    if !(x.is_finite() && y.is_finite()) || x <= 0.0 || y <= 0.0 || (x - y).abs() > 0.05 * x.max(y) {
        return false;
    }
    // The coarser writing, and the finer value rounded to its place.
    let (coarse, fine, place) = if px >= py { (x, y, px) } else { (y, x, py) };
    ((fine / place).round() * place - coarse).abs() <= 1e-9 * coarse
}

/// The identity of a group before linking: quotes by key, numbers by value and noun, entities by key.
fn group_key(f: &Fact) -> String {
    match f.kind {
        // An age is one person's: the key holds the name too.
        FactKind::Number if f.unit == AGE => f.key.clone(),
        FactKind::Number => format!("{}|{}", f.value, f.unit),
        _ => f.key.clone(),
    }
}

/// The identity of a variant within a fact: the folded key, or for names the spelling as written.
pub(super) fn variant_key(f: &Fact) -> &str {
    match f.kind {
        FactKind::Entity => &f.text,
        _ => &f.key,
    }
}

/// One group before linking: its occurrences.
struct Group<'a> {
    occ: Vec<&'a (usize, Fact)>,
}

impl Group<'_> {
    fn articles(&self) -> BTreeSet<usize> {
        self.occ.iter().map(|(a, _)| *a).collect()
    }
}

/// No groups to join.
fn no_links(_: &[Group]) -> Vec<(usize, usize)> {
    Vec::new()
}

/// Group occurrences by identity, join the groups `link` pairs up, then those `link_anyway` pairs up, and
/// build the facts, each of the occurrences `untie` leaves together of a joined fact's groups. Two variants of a fact that `swapped`
/// holds (by key) are altered, whatever else says so ([`build_fact`]).
fn group<'a>(
    occ: &[&'a (usize, Fact)],
    link: impl Fn(&[Group]) -> Vec<(usize, usize)>,
    link_anyway: impl Fn(&[Group]) -> Vec<(usize, usize)>,
    apart_in_one_report: bool,
    swapped: impl Fn(&str, &str) -> bool,
    untie: impl Fn(Vec<Vec<&'a (usize, Fact)>>) -> Vec<Vec<&'a (usize, Fact)>>,
) -> Vec<LedgerFact> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    for o in occ {
        let k = group_key(&o.1);
        let g = *index.entry(k).or_insert_with(|| {
            groups.push(Group { occ: Vec::new() });
            groups.len() - 1
        });
        groups[g].occ.push(o);
    }
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    // Each joined fact's articles. With `apart_in_one_report`, two wordings one article gives side by side
    // are two facts ("net income rose to $3.2 billion from $2.9 billion"): a link that would join them is
    // refused, so a third report's "$3.4 billion" conflicts with the figure it links to first, not with
    // both. Quotes are joined all the same: a report that quotes two sentences as one ("…at all. Our
    // priority is to protect human lives") must meet both, or the word it changed goes unseen.
    let mut articles: Vec<BTreeSet<usize>> = groups.iter().map(Group::articles).collect();
    // The links to make anyway come last, so that the others are refused as before: a figure a report
    // changed in one sentence and kept in another is both that report's, and the alignment says one
    // stands for the other ([`Across::in_place`]).
    let anyway = link_anyway(&groups);
    let links = link(&groups).into_iter().map(|l| (l, false)).chain(anyway.into_iter().map(|l| (l, true)));
    for ((a, b), anyway) in links {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb && (anyway || !apart_in_one_report || articles[ra].is_disjoint(&articles[rb])) {
            let (root, child) = (ra.min(rb), ra.max(rb));
            parent[child] = root;
            let moved = std::mem::take(&mut articles[child]);
            articles[root].extend(moved);
        }
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for g in 0..groups.len() {
        let r = find(&mut parent, g);
        members[r].push(g);
    }
    members
        .into_iter()
        .filter(|m| !m.is_empty())
        .flat_map(|m| untie(m.iter().map(|&g| groups[g].occ.clone()).collect()))
        .map(|occ| build_fact(occ.iter(), &swapped))
        .collect()
}

/// A number as one report gives it: the report and the number's key.
type Occurrence<'a> = (usize, &'a str);

/// The occurrences of a number fact, given by figure (the groups of one value and unit it joins), split
/// where a figure only shares its value and unit with one that is tied to the fact: each such figure's
/// loose occurrences are a fact of their own.
///
/// A share, a sum or a measure names nothing it counts, so one story's "4.7%" may be two figures: a copy
/// turns the shares' "rose 7.4%" into "rose 4.7%", and a rewrite writes the drug's "4.7 percentage points"
/// as "cut the risk by 4.7%". Keyed by value and unit, the two were one group, and the copy's tie to the
/// share price brought the rewrite along: the ledger listed the rewrite as changing a price it never
/// mentions.
///
/// An occurrence is tied to the fact when the aligned pairs replace it for one of another figure of the
/// fact (`replaced`), or when the words around it are enough like those of one of another figure, as
/// [`link_counts_of_one_noun`] asks; and so is one whose words are enough like a tied one's. A figure's
/// loose occurrences go apart when some of its occurrences are tied; the most widely carried figure's
/// only when its loose reports are as many as its tied ones, since a story's main figure is often given
/// in words of an outlet's own. A figure none of whose occurrences is tied stays whole: something beyond
/// these joined it. Counts of a noun are not split: the noun says what they count.
fn untie_strays<'a>(figures: Vec<Vec<&'a (usize, Fact)>>, replaced: [&[Replaced]; 2]) -> Vec<Vec<&'a (usize, Fact)>> {
    let occ = figures.concat();
    let names_nothing = |f: &Fact| f.unit == "percent" || f.unit == POINT || is_money(&f.unit) || is_measure(&f.unit);
    if figures.len() < 2 || occ.len() > MAX_POSTING || !occ.iter().all(|(_, f)| names_nothing(f)) {
        return vec![occ];
    }
    // Each occurrence's figure.
    let figure: Vec<usize> = figures.iter().enumerate().flat_map(|(g, f)| std::iter::repeat_n(g, f.len())).collect();
    let pairs: FxHashSet<[Occurrence; 2]> = replaced
        .iter()
        .flat_map(|r| r.iter())
        .filter(|(k, _)| *k == FactKind::Number)
        .flat_map(|(_, [(a, x), (b, y)])| [[(*a, x.as_str()), (*b, y.as_str())], [(*b, y.as_str()), (*a, x.as_str())]])
        .collect();
    let ties = |i: usize, j: usize| {
        let ((a, x), (b, y)) = (occ[i], occ[j]);
        let need = if counts_a_noun(x) && counts_a_noun(y) { SOLE_COUNT_CONTEXT } else { NUMBER_CONTEXT };
        shared_context(x, y) >= need || pairs.contains(&[(*a, x.key.as_str()), (*b, y.key.as_str())])
    };
    let mut tied: Vec<bool> =
        (0..occ.len()).map(|i| (0..occ.len()).any(|j| figure[j] != figure[i] && ties(i, j))).collect();
    let mut grew = true;
    while grew {
        grew = false;
        for i in 0..occ.len() {
            if !tied[i] && (0..occ.len()).any(|j| tied[j] && ties(i, j)) {
                tied[i] = true;
                grew = true;
            }
        }
    }
    // Each figure's reports, tied and loose.
    let reports: Vec<[BTreeSet<usize>; 2]> = (0..figures.len())
        .map(|g| {
            let of = |t: bool| (0..occ.len()).filter(|&i| figure[i] == g && tied[i] == t).map(|i| occ[i].0).collect();
            [of(true), of(false)]
        })
        .collect();
    let main = (0..figures.len()).max_by_key(|&g| (reports[g][0].union(&reports[g][1]).count(), std::cmp::Reverse(g)));
    let apart: Vec<bool> = reports
        .iter()
        .enumerate()
        .map(|(g, [tied, loose])| {
            !tied.is_empty() && !loose.is_empty() && (Some(g) != main || loose.len() >= tied.len())
        })
        .collect();
    let mut kept = Vec::with_capacity(occ.len());
    let mut strays: Vec<Vec<&(usize, Fact)>> = vec![Vec::new(); figures.len()];
    for (i, o) in occ.iter().enumerate() {
        if tied[i] || !apart[figure[i]] { kept.push(*o) } else { strays[figure[i]].push(*o) }
    }
    std::iter::once(kept).chain(strays.into_iter().filter(|s| !s.is_empty())).collect()
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn build_fact<'a>(
    occ: impl Iterator<Item = &'a &'a (usize, Fact)>,
    swapped: impl Fn(&str, &str) -> bool,
) -> LedgerFact {
    let mut variants: Vec<Variant> = Vec::new();
    // Each variant's speakers as its reports name them, to show the name most of them use.
    let mut named: Vec<Vec<&str>> = Vec::new();
    let mut kind = FactKind::Entity;
    // Reports that name a speaker first: one wording given to two people is two variants, and a report
    // that names no one joins its wording's one speaker, or, where the reports name two, a variant of its
    // own, which counts for neither (it made a misattribution the most carried wording).
    let (named_first, unnamed): (Vec<&&(usize, Fact)>, Vec<_>) = occ.partition(|o| o.1.speaker.is_some());
    for (a, f) in named_first.into_iter().chain(unnamed).map(|o| (&o.0, &o.1)) {
        kind = f.kind;
        let same = |v: &Variant| {
            v.key == variant_key(f)
                && match &f.speaker {
                    Some(_) if by_pronoun(f) && v.by_pronoun => true,
                    Some(_) => speakers_agree(v.speaker.as_deref(), f.speaker.as_deref()),
                    None => v.speaker.is_none() || variants.iter().filter(|w| w.key == v.key).count() == 1,
                }
        };
        let k = match variants.iter().position(same) {
            Some(k) => {
                variants[k].articles.push(*a);
                if variants[k].speaker.is_none() {
                    variants[k].speaker.clone_from(&f.speaker);
                    variants[k].by_pronoun = by_pronoun(f);
                } else if f.speaker.is_some() && !by_pronoun(f) {
                    variants[k].by_pronoun = false;
                }
                k
            }
            None => {
                variants.push(Variant {
                    text: f.text.clone(),
                    key: variant_key(f).to_string(),
                    value: f.value.clone(),
                    articles: vec![*a],
                    speaker: f.speaker.clone(),
                    by_pronoun: by_pronoun(f),
                });
                named.push(Vec::new());
                variants.len() - 1
            }
        };
        named[k].extend(f.speaker.as_deref());
    }
    for (v, names) in variants.iter_mut().zip(&mut named) {
        v.articles.sort_unstable();
        v.articles.dedup();
        // The spelling most of its reports use ("Ingrid Solberg", not one report's "Ingrit Solberg"); among
        // as many, the fullest.
        names.sort_unstable();
        let most = names.chunk_by(|x, y| x == y).max_by_key(|run| (run.len(), run[0].split(' ').count()));
        if let Some(run) = most {
            v.speaker = Some(run[0].to_string());
        }
    }
    variants.sort_by(|a, b| b.articles.len().cmp(&a.articles.len()).then(a.articles.cmp(&b.articles)));
    if kind == FactKind::Quote {
        fuller_first(&mut variants);
    }
    if kind == FactKind::Number {
        figure_most_give_first(&mut variants);
    }
    let mut articles: Vec<usize> = variants.iter().flat_map(|v| v.articles.iter().copied()).collect();
    articles.sort_unstable();
    articles.dedup();
    let altered = variants.iter().enumerate().any(|(i, a)| {
        variants[i + 1..].iter().any(|b| {
            a.articles != b.articles
                && match kind {
                    FactKind::Quote => {
                        swapped(&a.key, &b.key)
                            || a.said_by_another(b)
                            || (wordings_relation(a, b) == Relation::Altered && !one_joins_the_others(a, b, &variants))
                    }
                    FactKind::Number => !same_figure(a, b),
                    FactKind::Entity => misspelt(a, b),
                }
        })
    });
    // A name is shown in full ("Vladimir Putin", not the "Putin" most reports use after the first mention).
    let text = match kind {
        FactKind::Entity => variants.iter().max_by_key(|v| (v.text.split(' ').count(), v.articles.len())),
        _ => variants.first(),
    }
    .map(|v| v.text.clone())
    .unwrap_or_default();
    LedgerFact { kind, text, articles, variants, altered }
}

/// A number's wordings with those of the figure most reports give first, each as many as before among
/// them. Every other wording is measured against the first ([`LedgerFact::changes`]): by wording alone,
/// the two copies that gave "40,000 union members" led the four reports that kept the source's 42,000,
/// each in words of its own ("42,000 members", "forty-two thousand members"), and the source and the
/// faithful three were listed as the ones that changed it.
///
/// A vague wording, one that agrees with two figures that differ ("nearly 500 stores" with 487 and 478),
/// leads only where no figure does: it agrees with every report, and measured against it none changed.
fn figure_most_give_first(variants: &mut Vec<Variant>) {
    let n = variants.len();
    // Which wordings agree, asked once a pair: a figure many reports give has many wordings.
    let agree: Vec<Vec<bool>> = variants.iter().map(|v| variants.iter().map(|w| same_figure(v, w)).collect()).collect();
    let key = |i: usize| {
        let agreeing: Vec<usize> = (0..n).filter(|&j| agree[i][j]).collect();
        let mut giving: Vec<usize> = agreeing.iter().flat_map(|&j| variants[j].articles.iter().copied()).collect();
        giving.sort_unstable();
        giving.dedup();
        let vague = agreeing.iter().any(|&x| agreeing.iter().any(|&y| !agree[x][y]));
        (vague, std::cmp::Reverse(giving.len()))
    };
    let keys: Vec<_> = (0..n).map(key).collect();
    let mut keyed: Vec<_> = keys.into_iter().zip(variants.drain(..)).collect();
    // Stable: among the wordings of one standing, the order of [`build_fact`]'s sort stands.
    keyed.sort_by_key(|x| x.0);
    variants.extend(keyed.into_iter().map(|(_, v)| v));
}

/// Whether one of two wordings of a quotation is the other's words joined with those of other wordings
/// one report gives: a speech the wire quotes in two pieces ("Tonight we chose to build, not to blame," she
/// told supporters. "I will be a mayor for every street.") and an outlet quotes whole. Read alone, the second
/// piece was an excerpt that left out the first's "not", and so the quotation turned round: every report
/// that quoted the speech as the wire did was listed as altering it.
pub(super) fn one_joins_the_others(a: &Variant, b: &Variant, variants: &[Variant]) -> bool {
    let joins = |short: &Variant, long: &Variant| {
        let words: Vec<&str> = long.key.split(' ').collect();
        short.articles.iter().any(|report| {
            let pieces: Vec<Vec<&str>> = variants
                .iter()
                .filter(|v| v.key != long.key && v.articles.contains(report))
                .map(|v| v.key.split(' ').collect())
                .collect();
            tiles(&words, &pieces)
        })
    };
    joins(a, b) || joins(b, a)
}

/// Whether `words` are two or more of `pieces` one after another, each word once.
fn tiles(words: &[&str], pieces: &[Vec<&str>]) -> bool {
    // The fewest pieces that reach each place, from the start.
    let mut fewest: Vec<Option<usize>> = vec![None; words.len() + 1];
    fewest[0] = Some(0);
    for at in 0..words.len() {
        let Some(n) = fewest[at] else { continue };
        for p in pieces.iter().filter(|p| !p.is_empty() && words[at..].starts_with(p)) {
            let to = at + p.len();
            fewest[to] = Some(fewest[to].map_or(n + 1, |m| m.min(n + 1)));
        }
    }
    fewest[words.len()].is_some_and(|n| n >= 2)
}

/// Put first, among a quotation's wordings (most carried first), the one the first is shortened from,
/// when the first marks words left out ("cooperating fully with investigators … our thoughts are with
/// the families") and another gives the words on each side of every mark, in order, with none left out.
/// The shortening is drawn from the fuller wording, never the other way; shown first, the shortening made
/// the report that quoted in full read as the one that altered the quotation.
fn fuller_first(variants: &mut [Variant]) {
    let elides = |v: &Variant| v.key.split(' ').any(|w| w == ELISION);
    let Some(first) = variants.first().filter(|v| elides(v)) else { return };
    let pieces: Vec<&str> = first.key.split(' ').collect();
    let fuller = variants
        .iter()
        .position(|v| !elides(v) && pieces_run_in_order(&pieces, &v.key.split(' ').collect::<Vec<_>>()).is_some());
    if let Some(at) = fuller {
        variants[..=at].rotate_right(1);
    }
}

/// Pairs of quote groups that are one quotation: found through shared content words, then checked.
fn link_quotes(groups: &[Group]) -> Vec<(usize, usize)> {
    let quotes: Vec<QuoteWords> = groups.iter().map(|g| QuoteWords::new(&g.occ[0].1.key)).collect();
    let mut postings: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (g, q) in quotes.iter().enumerate() {
        for s in q.content() {
            postings.entry(s).or_default().push(g);
        }
    }
    // Each quote meets the later quotes that share a content stem with it through those stems' lists (each
    // in ascending order), and marks them met so that a pair sharing several stems is checked once. Each
    // quote's pairs come out in order, and are checked in parallel: gathering every pair in one set first,
    // then sorting them, was 1.5% of `diff --format json` on two 2.5 MB news-like reports (159,000 pairs of
    // 6,600 quotes).
    let lists: Vec<Vec<&[usize]>> = quotes
        .iter()
        .map(|q| {
            let of = |s| postings.get(s).map(Vec::as_slice).filter(|l| l.len() <= MAX_POSTING);
            q.content().filter_map(of).collect()
        })
        .collect();
    let linked: Vec<Vec<(usize, usize)>> = (0..quotes.len())
        .into_par_iter()
        .map_init(
            || vec![usize::MAX; quotes.len()],
            |met, a| {
                let mut later = Vec::new();
                for list in &lists[a] {
                    for &b in &list[list.partition_point(|&b| b <= a)..] {
                        if met[b] != a {
                            met[b] = a;
                            later.push(b);
                        }
                    }
                }
                later.sort_unstable();
                later.retain(|&b| quotes[a].relation(&quotes[b]) != Relation::Unrelated);
                later.into_iter().map(|b| (a, b)).collect()
            },
        )
        .collect();
    linked.concat()
}

/// Pairs of number groups that count the same thing in different articles: the same noun in the same
/// context, or two nouns in nearly the same sentence ([`link_reworded_counts`]).
fn link_numbers(groups: &[Group], replaced: &[Replaced]) -> Vec<(usize, usize)> {
    // The alignment's evidence first: where it and the words around the numbers disagree, as when a report
    // gives two figures of one noun, the group it joins keeps its report's figure.
    let mut out = link_replaced(groups, replaced, FactKind::Number);
    out.extend(link_counts_of_one_noun(groups));
    out.extend(link_reworded_counts(groups));
    // A report changes a figure, not its scale: "$79" (a price) and "$40 million" (a cost) in like words
    // are two figures, not one in conflict. Values more than ten times apart are never joined, save one
    // figure with its scale word changed ([`rescaled`]).
    let value = |g: usize| groups[g].occ[0].1.value.as_str();
    out.retain(|&(a, b)| within_ten_times(value(a), value(b)) || rescaled(value(a), value(b)));
    out.sort_unstable();
    out.dedup();
    // Links between one figure's writings, rounded or not, come first. A report that gives two figures in
    // one sentence may be linked to only one of them ([`group`]): "about 14% of those given placebo"
    // against "9.2% of patients given the drug and 13.9% of those given placebo" is the 13.9%, rounded, not
    // a changed 9.2%. Not a round count's ("thousands of records"): it takes in figures far apart.
    let rounded = |(a, b): (usize, usize)| {
        let (x, y) = (written(&groups[a].occ[0].1), written(&groups[b].occ[0].1));
        (x.2 == y.2 && (values_agree(x.1, y.1) || rounds_to(x.1, y.1))) || fraction_rounds(x, y)
    };
    out.sort_by_key(|&link| !rounded(link));
    out
}

/// The names that aligned pairs write one for the other (a short name and a longer one that holds it), where
/// across the corpus each is written for that one partner only. Each pair of reports finds its own, and
/// chained they joined what no pair said is one: "Ta Vou" written for "Ta" in one pair and for "Vou" in
/// another made "Ta" and "Vou" one name, as "Washington" would be both "Washington Post" and "George
/// Washington".
fn unambiguous_names(replaced: &[Replaced]) -> Vec<Replaced> {
    let names = || replaced.iter().filter(|(k, _)| *k == FactKind::Entity);
    let mut partners: FxHashMap<&str, HashSet<&str>> = FxHashMap::default();
    for (_, [(_, x), (_, y)]) in names() {
        partners.entry(x).or_default().insert(y);
        partners.entry(y).or_default().insert(x);
    }
    names()
        .filter(|(_, [(_, x), (_, y)])| partners[x.as_str()].len() == 1 && partners[y.as_str()].len() == 1)
        .cloned()
        .collect()
}

/// Pairs of groups that hold two facts of `kind` replaced one for the other in aligned sentences.
fn link_replaced(groups: &[Group], replaced: &[Replaced], kind: FactKind) -> Vec<(usize, usize)> {
    if !replaced.iter().any(|(k, _)| *k == kind) {
        return Vec::new();
    }
    let mut group_of: FxHashMap<(usize, &str), usize> = FxHashMap::default();
    for (g, grp) in groups.iter().enumerate() {
        for (a, f) in grp.occ.iter().map(|o| (o.0, &o.1)) {
            group_of.insert((a, f.key.as_str()), g);
        }
    }
    let group = |(a, key): &(usize, String)| group_of.get(&(*a, key.as_str())).copied();
    replaced
        .iter()
        .filter(|(k, _)| *k == kind)
        .filter_map(|(_, [x, y])| Some((group(x)?, group(y)?)))
        .filter(|(g, h)| g != h)
        .map(|(g, h)| (g.min(h), g.max(h)))
        .collect()
}

/// The groups of names that are one person's or one body's name of two words or more with one word spelt
/// otherwise ([`super::pair::misspells`]), in reports that do not give both: "Tobias Lindqvist" in most and
/// "Tobias Lindquist" in one. Within one story, the same first words and a surname a letter or two off are
/// one name misspelt, wherever the sentences stand; a report that writes both may name two people.
///
/// Names are compared only with those that open with the same word, and a word that opens many names
/// ("New") is passed over: the pairs of a large corpus's names were too many to compare.
fn link_misspelt(groups: &[Group]) -> Vec<(usize, usize)> {
    // A group's fullest wording: its first may be a surname alone, folded into it.
    let words: Vec<&[String]> =
        groups.iter().map(|g| g.occ.iter().map(|o| &o.1.context[..]).max_by_key(|c| c.len()).unwrap_or(&[])).collect();
    let mut by_first: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (g, w) in words.iter().enumerate() {
        if w.len() >= 2 {
            by_first.entry(w[0].as_str()).or_default().push(g);
        }
    }
    let mut links = Vec::new();
    for bucket in by_first.values().filter(|b| (2..=MISSPELT_BUCKET).contains(&b.len())) {
        for (k, &g) in bucket.iter().enumerate() {
            for &h in &bucket[k + 1..] {
                if super::pair::misspells(words[g], words[h]) && groups[g].articles().is_disjoint(&groups[h].articles())
                {
                    links.push((g.min(h), g.max(h)));
                }
            }
        }
    }
    links
}

/// The most names opening with one word that [`link_misspelt`] compares with each other.
const MISSPELT_BUCKET: usize = 64;

/// Whether two values are within ten times of each other, or either has no magnitude to compare.
pub(super) fn within_ten_times(a: &str, b: &str) -> bool {
    match (magnitude(a), magnitude(b)) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) <= 10.0,
        _ => true,
    }
}

/// Whether two values are one figure with another scale word: "2.3 billion" and "2.3 million". Such a
/// change is a classic slip of copying, not two figures that happen to share a sentence's words, as
/// "$79" and "$40 million" do.
pub(super) fn rescaled(a: &str, b: &str) -> bool {
    fn split(v: &str) -> Option<(&str, &str)> {
        v.split_once(' ').filter(|(_, scales)| scales.split(' ').all(|w| scale(w).is_some()))
    }
    match (split(a), split(b)) {
        (Some((x, sx)), Some((y, sy))) => x == y && sx != sy,
        _ => false,
    }
}

/// The size of a number's value ("1.2 million", "3000", "79"), if it reads as one.
pub(super) fn magnitude(value: &str) -> Option<f64> {
    let mut words = value.split(' ');
    let mut x: f64 = words.next()?.parse().ok()?;
    for w in words {
        x *= scale(w)?;
    }
    Some(x)
}

/// What a scale word of a value multiplies its figure by ("million" of "1.2 million").
fn scale(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Fewest digits of a figure given alone (a results table's "48,312") that is joined to the count of the
/// same value: a smaller one ("12", "250") may be anything.
const BARE_FIGURE_DIGITS: usize = 4;
/// Figures two reports share to be of one story, for [`link_bare_figures`].
const BARE_FIGURE_STORY: usize = 2;

/// Pairs of number groups: a figure given without a noun (a table's cell, "48,312"; a live blog's
/// "39,871 for Okonkwo-Hale") and the one count of the same value ("48,312 votes"). Apart, a report's table
/// read as a figure it alone gives, and a changed cell as a conflict with another report's bare figure
/// rather than with the count. The same report may give both: the link is made whatever reports give them
/// ([`group`]'s `link_anyway`), as the two are one value.
fn link_bare_figures(groups: &[Group]) -> Vec<(usize, usize)> {
    let value = |g: usize| groups[g].occ[0].1.value.as_str();
    let unit = |g: usize| groups[g].occ[0].1.unit.as_str();
    let bare = |g: usize| {
        unit(g).is_empty()
            && value(g).bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && value(g).bytes().filter(u8::is_ascii_digit).count() >= BARE_FIGURE_DIGITS
    };
    let mut counted: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (g, grp) in groups.iter().enumerate() {
        let f = &grp.occ[0].1;
        if !f.unit.is_empty() && f.unit != "percent" && !is_calendar_unit(&f.unit) && !is_ordinal(f) {
            counted.entry(f.value.as_str()).or_default().push(g);
        }
    }
    // Each report's groups, for how many figures two reports share.
    let mut figures_of: FxHashMap<usize, FxHashSet<usize>> = FxHashMap::default();
    for (g, grp) in groups.iter().enumerate() {
        for &&(report, _) in &grp.occ {
            figures_of.entry(report).or_default().insert(g);
        }
    }
    let shared_figures = |x: usize, y: usize| figures_of[&x].intersection(&figures_of[&y]).count();
    let mut out = Vec::new();
    for g in (0..groups.len()).filter(|&g| bare(g)) {
        let Some(with_value) = counted.get(value(g)) else { continue };
        // Only where no report counts two nouns with the value: "1,500 jobs" beside "1,500 homes" leaves a
        // bare "1,500" to neither. Other reports may name the noun in other words or another language
        // ("48,312 votes", "48.312 votos"): the bare figure joins each.
        let mut nouns_of: FxHashMap<usize, &str> = FxHashMap::default();
        let one_noun_each = with_value.iter().all(|&h| {
            groups[h].occ.iter().all(|(report, f)| *nouns_of.entry(*report).or_insert(f.unit.as_str()) == f.unit)
        });
        if !one_noun_each {
            continue;
        }
        // And only within one story: a report giving the bare figure shares other figures with one giving
        // the count. A corpus of many stories has many a "1,200"; a Czech report's bare "1 200" is no
        // Japanese report's "1,200台".
        let own = groups[g].articles();
        let same_story = |h: usize| {
            let theirs = groups[h].articles();
            own.iter().any(|&x| theirs.iter().any(|&y| x == y || shared_figures(x, y) >= BARE_FIGURE_STORY))
        };
        out.extend(with_value.iter().filter(|&&h| same_story(h)).map(|&h| (g.min(h), g.max(h))));
    }
    out
}

/// Pairs of number groups that count the same noun in the same context, in different articles.
fn link_counts_of_one_noun(groups: &[Group]) -> Vec<(usize, usize)> {
    // Every number of each article, for [`gives_it_elsewhere`].
    let mut numbers_of: FxHashMap<usize, Vec<&Fact>> = FxHashMap::default();
    for (a, f) in groups.iter().flat_map(|g| g.occ.iter().map(|o| (o.0, &o.1))) {
        numbers_of.entry(a).or_default().push(f);
    }
    let mut by_unit: HashMap<&str, Vec<usize>> = HashMap::new();
    for (g, grp) in groups.iter().enumerate() {
        let unit = grp.occ[0].1.unit.as_str();
        if !unit.is_empty() {
            by_unit.entry(unit).or_default().push(g);
        }
    }
    let mut out = Vec::new();
    for (unit, list) in by_unit {
        if list.len() > MAX_POSTING {
            continue;
        }
        let date = is_calendar_unit(unit);
        // Each group's articles, once: the pair loop below asks for them again and again.
        let articles: Vec<BTreeSet<usize>> = list.iter().map(|&g| groups[g].articles()).collect();
        // How many counts of this noun each article gives, and whether each group's articles give only it.
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for &a in articles.iter().flatten() {
            *counts.entry(a).or_default() += 1;
        }
        let sole: Vec<bool> = articles.iter().map(|arts| arts.iter().all(|a| counts[a] == 1)).collect();
        for (i, &a) in list.iter().enumerate() {
            for (k, &b) in list.iter().enumerate().skip(i + 1) {
                let (ga, gb) = (&groups[a], &groups[b]);
                // "the 51st minute" is a moment, "14 minutes" a stretch of time: an ordinal is no count.
                if !articles[i].is_disjoint(&articles[k]) || is_ordinal(&ga.occ[0].1) != is_ordinal(&gb.occ[0].1) {
                    continue;
                }
                // Ages ([`AGE`]) set after a name carry it in their key: two reports give one person's age
                // differently, whatever the words around it. Ages without a name ("a 24-year-old nurse")
                // are joined by the words around them, as counts are.
                if unit == AGE {
                    match (age_holder(&ga.occ[0].1), age_holder(&gb.occ[0].1)) {
                        (Some(x), Some(y)) => {
                            if x == y {
                                out.push((a.min(b), a.max(b)));
                            }
                            continue;
                        }
                        (None, None) => {}
                        _ => continue,
                    }
                }
                let need = match () {
                    _ if date => DATE_CONTEXT,
                    _ if sole[i] && sole[k] && counts_a_noun(&ga.occ[0].1) => SOLE_COUNT_CONTEXT,
                    _ => NUMBER_CONTEXT,
                };
                let close = ga.occ.iter().any(|(_, fa)| gb.occ.iter().any(|(_, fb)| shared_context(fa, fb) >= need));
                // One figure written two ways ("£1.5 million", "£1,500,000") is one fact: the number another
                // report gives "elsewhere" is this one, and asking kept the two apart as each report's own.
                let one_value = values_agree(&ga.occ[0].1.value, &gb.occ[0].1.value);
                if close
                    && (one_value
                        || (!gives_it_elsewhere(ga, gb, &numbers_of) && !gives_it_elsewhere(gb, ga, &numbers_of)))
                {
                    out.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    out
}

/// The context words two numbers share.
pub(super) fn shared_context(a: &Fact, b: &Fact) -> usize {
    a.context.iter().filter(|c| b.context.contains(c)).count()
}

/// Whether an article of `other` gives the value of a number of `group` elsewhere, in words as like that
/// number's as `other`'s own are, or more: the number is that one restated, not a conflict with `other`.
/// Where the words say no more of one than of the other, one figure given again is likelier than one
/// changed into another that the same report also gives. A copy that splits "killing 42 workers and
/// injuring 17 others" into two sentences counts the injured as "Seventeen more people"; the original's
/// only other count of people is of another fire's dead ("31 people died in a blast …"), and the two are
/// no conflict.
fn gives_it_elsewhere(group: &Group, other: &Group, numbers_of: &FxHashMap<usize, Vec<&Fact>>) -> bool {
    group.occ.iter().any(|(_, f)| {
        let to_other = other.occ.iter().map(|(_, o)| shared_context(f, o)).max().unwrap_or(0);
        other
            .occ
            .iter()
            .filter_map(|(a, _)| numbers_of.get(a))
            .flatten()
            .any(|same| values_agree(&same.value, &f.value) && shared_context(f, same) >= to_other.max(1))
    })
}

/// The unit key of "points" ("fell 18 points"), which a report may write for a share's per cent.
pub(super) const POINT: &str = "point";

/// Whether a number counts a noun: not a date, year, decade, time, share or sum of money (their units are
/// not nouns to reword), and not an ordinal.
pub(super) fn counts_a_noun(f: &Fact) -> bool {
    // A stretch of time ("two weeks") says how long, not how many of a thing the sentence is about. Decades
    // and centuries are stretches too, though no unit of measure ([`UNITS`]).
    let duration = matches!(measure(&f.unit), Some((TIME, _))) || matches!(f.unit.as_str(), "decad" | "centuri");
    !f.unit.is_empty()
        && !is_calendar_unit(&f.unit)
        && !duration
        && f.unit != "percent"
        && f.unit != AGE
        && f.unit != RATIO
        && f.unit != SCORE
        && !is_money(&f.unit)
        && !is_ordinal(f)
}

/// Whether a number is an ordinal ("51st", "third"): its value is marked so ([`super::extract`]).
pub(super) fn is_ordinal(f: &Fact) -> bool {
    f.value.starts_with('#')
}

/// Pairs of number groups in different articles that count different nouns in nearly the same sentence:
/// one count, reworded ("1,500 people" and "1,200 residents" evacuated from the valley on Monday). Found
/// through shared context words, then checked pair by pair of occurrences.
fn link_reworded_counts(groups: &[Group]) -> Vec<(usize, usize)> {
    // Each count's context words over all its occurrences, as ids, sorted (only counts of nouns take
    // part), and the articles that give it: a large corpus weighs millions of pairs, compared by number.
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut beside: Vec<u32> = Vec::new(); // per word: how many counts it stands beside
    let mut words: Vec<Vec<u32>> = Vec::with_capacity(groups.len());
    for g in groups {
        let mut w: Vec<u32> = Vec::new();
        if counts_a_noun(&g.occ[0].1) {
            for c in g.occ.iter().flat_map(|(_, f)| &f.context) {
                let next = ids.len() as u32;
                let id = *ids.entry(c.as_str()).or_insert(next);
                if id == next {
                    beside.push(0);
                }
                w.push(id);
            }
            w.sort_unstable();
            w.dedup();
            w.iter().for_each(|&x| beside[x as usize] += 1);
        }
        words.push(w);
    }
    // Prefix filtering: two lists that share REWORDED_CONTEXT words share one of the `len -
    // REWORDED_CONTEXT + 1` rarest words of each, so only those are indexed.
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (g, w) in words.iter().enumerate().filter(|(_, w)| w.len() >= REWORDED_CONTEXT) {
        let mut rarest = w.clone();
        rarest.sort_unstable_by_key(|&x| (beside[x as usize], x));
        for &x in &rarest[..w.len() - REWORDED_CONTEXT + 1] {
            postings.entry(x).or_default().push(g);
        }
    }
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for list in postings.values().filter(|l| l.len() <= MAX_POSTING) {
        for (i, &a) in list.iter().enumerate() {
            candidates.extend(list[i + 1..].iter().map(|&b| (a.min(b), a.max(b))));
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let arts: Vec<Vec<usize>> =
        groups.iter().zip(&words).map(|(g, w)| if w.is_empty() { Vec::new() } else { sorted_articles(g) }).collect();
    let frame = |fa: &Fact, fb: &Fact| {
        let common = fa.context.iter().filter(|c| fb.context.contains(c)).count();
        let smaller = fa.context.len().min(fb.context.len());
        common >= REWORDED_CONTEXT && common as f64 >= REWORDED_SHARE * smaller as f64
    };
    candidates
        .into_iter()
        .filter(|&(a, b)| {
            let (ga, gb) = (&groups[a], &groups[b]);
            common_count(&words[a], &words[b]) >= REWORDED_CONTEXT
                && common_count(&arts[a], &arts[b]) == 0
                && ga.occ[0].1.unit != gb.occ[0].1.unit
                && ga.occ.iter().any(|(_, fa)| gb.occ.iter().any(|(_, fb)| frame(fa, fb)))
        })
        .collect()
}

/// The articles that give a group, sorted, each once.
fn sorted_articles(g: &Group) -> Vec<usize> {
    let mut a: Vec<usize> = g.occ.iter().map(|(a, _)| *a).collect();
    a.sort_unstable();
    a.dedup();
    a
}

/// How many items two sorted lists share.
pub(super) fn common_count<T: Ord>(x: &[T], y: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_written_for_two_others_joins_neither() {
        let pair = |x: &str, y: &str| (FactKind::Entity, [(0, x.to_string()), (1, y.to_string())]);
        let replaced = vec![
            pair("ta vou", "ta"),
            pair("vou", "ta vou"),
            pair("northwind foods", "northwind"),
            pair("mo", "mo si"),
        ];
        let kept: Vec<_> = unambiguous_names(&replaced).into_iter().map(|(_, [(_, x), (_, y)])| (x, y)).collect();
        assert_eq!(kept, [("northwind foods".into(), "northwind".into()), ("mo".into(), "mo si".into())]);
    }

    fn ledger(texts: &[&str]) -> Ledger {
        let articles: Vec<Article> =
            texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("a{i}.txt"), t, "utf-8")).collect();
        Ledger::build(&articles)
    }

    #[test]
    fn an_excerpt_that_leaves_out_a_negation_is_altered() {
        let q = |t: &str| crate::facts::extract::quote_key(t);
        let full = q("I would never say that the crew was to blame for what happened");
        assert_eq!(relation(&full, &q("The crew was to blame for what happened")), Relation::Altered);
        assert_eq!(relation(&q("We don't think the bridge is safe"), &q("the bridge is safe")), Relation::Altered);
        assert_eq!(relation(&q("Nous ne pensons pas que le pont soit sûr"), &q("le pont soit sûr")), Relation::Altered);
        // An excerpt that keeps the negation, or cuts away none, is still an excerpt.
        assert_eq!(relation(&full, &q("never say that the crew was to blame")), Relation::Excerpt);
        assert_eq!(relation(&q("The crew was to blame for what happened"), &q("to blame")), Relation::Excerpt);
    }

    #[test]
    fn a_negation_left_out_counts_only_in_a_clause_the_excerpt_keeps_words_of() {
        let wording = |text: &str| Variant {
            text: text.to_string(),
            key: crate::facts::extract::quote_key(text),
            value: String::new(),
            articles: vec![0],
            speaker: None,
            by_pronoun: false,
        };
        let r = |a: &str, b: &str| wordings_relation(&wording(a), &wording(b));
        let judge = "I am not satisfied that you intended her to die, but you gave her life no thought at all. You \
                     knew she was there. This was not a moment of panic; it was planned over weeks and driven by greed.";
        // Cut at the ends, or in the middle where the marks stand for whole clauses: faithful excerpts.
        for excerpt in [
            "You gave her life no thought at all",
            "driven by greed",
            "I am not satisfied that you intended her to die, but you gave her life no thought at all",
            "You knew she was there. This was not a moment of panic; it was planned over weeks and driven by greed",
            "I am not satisfied that you intended her to die ... it was planned over weeks and driven by greed",
        ] {
            assert_eq!(r(judge, excerpt), Relation::Excerpt, "{excerpt}");
        }
        // A negation in a clause the excerpt keeps words of turns it round, at an end or at a mark.
        for (full, excerpt) in [
            ("I would never say that the crew was to blame for what happened", "the crew was to blame"),
            ("We will not under any circumstances support the plan.", "We will … support the plan"),
            (
                "No sentence can give her back to us, but today the truth has been told.",
                "… sentence can give her back to us",
            ),
            (judge, "you intended her to die"),
        ] {
            assert_eq!(r(full, excerpt), Relation::Altered, "{excerpt}");
        }
        // A mark for one word left out is an excerpt whichever comes first.
        let full = "Nobody wanted a strike, but nobody should mistake our members' patience for weakness";
        let cut = "Nobody wanted a strike … nobody should mistake our members' patience for weakness";
        assert_eq!((r(full, cut), r(cut, full)), (Relation::Excerpt, Relation::Excerpt));
    }

    #[test]
    fn a_quotation_shortened_with_a_mark_puts_the_fuller_wording_first_however_many_carry_it() {
        let full = "“We are cooperating fully with investigators and our thoughts are with the families,” Reyes said.";
        let cut = "“We are cooperating fully with investigators … our thoughts are with the families,” Reyes said.";
        let l = ledger(&[full, cut, cut]);
        let q: Vec<&LedgerFact> = l.facts.iter().filter(|f| f.kind == FactKind::Quote).collect();
        assert_eq!(q.len(), 1, "{q:#?}");
        assert!(q[0].text.contains("investigators and our"), "{q:#?}");
        assert_eq!(q[0].variants[0].articles, [0], "{q:#?}");
        // A cut the outlet marks is an excerpt, not an alteration ([`QuoteWords::relation`]), though its mark
        // stands for one word and it has as many words as the fuller wording.
        assert!(!q[0].altered && q[0].agrees_with_first(&q[0].variants[1]), "{q:#?}");
        // Two shortenings without the fuller wording keep the most carried first.
        let other = "“We are cooperating fully … our thoughts are with the families,” Reyes said.";
        let l = ledger(&[other, cut, cut]);
        let q = l.facts.iter().find(|f| f.kind == FactKind::Quote).unwrap();
        assert_eq!(q.variants[0].articles, [1, 2], "{q:#?}");
    }

    /// [`ledger`] as the words around the numbers alone join them, without aligning the reports.
    fn ledger_by_words(texts: &[&str]) -> Ledger {
        let articles: Vec<Article> =
            texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("a{i}.txt"), t, "utf-8")).collect();
        let refs: Vec<&Article> = articles.iter().collect();
        let ids = articles.iter().map(|a| ArticleRef { id: a.id.clone(), path: a.path.clone() }).collect();
        Ledger::from_facts(ids, extract_all(&refs))
    }

    fn find<'a>(l: &'a Ledger, kind: FactKind, text: &str) -> &'a LedgerFact {
        l.facts
            .iter()
            .find(|f| f.kind == kind && f.variants.iter().any(|v| v.text == text))
            .unwrap_or_else(|| panic!("{text} not in {:#?}", l.facts))
    }

    #[test]
    fn a_preposition_or_a_lone_share_in_common_makes_no_conflict() {
        // Two years that share "since", "city" and "percent": a record's year and a mayor's first.
        let l = ledger_by_words(&[
            "Title one here\n\nRainfall reached 80 percent of the yearly average, the wettest since 1998, according to the city weather office.",
            "Title two here\n\nMayor Ana Ruiz, who has run the city since 2017, said 40 percent of roads were flooded.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // Each report's one count of a noun still needs only one word in common.
        let l = ledger_by_words(&[
            "Title one here\n\nThe carmaker will cut 2,300 jobs at its plants.",
            "Title two here\n\nThe carmaker said it would axe 3,200 jobs.",
        ]);
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
    }

    #[test]
    fn two_quotations_that_share_only_their_small_words_are_two() {
        let key = |q: &str| super::super::quote_key(q);
        // Two people's words that share "I just want to" and "my".
        assert_eq!(
            relation(
                &key("I just wanted to walk my own street"),
                &key("Half my customers voted one way and half the other. I just want to sell fish")
            ),
            Relation::Unrelated
        );
        // Two words changed, six of eight kept in their order.
        assert_eq!(
            relation(
                &key("had been set on a new high level"),
                &key("had been put on a new high stage, in the common front")
            ),
            Relation::Altered
        );
        // Words of content reordered.
        assert_eq!(
            relation(
                &key("constructive and comprehensive relations"),
                &key("comprehensive and constructive relations")
            ),
            Relation::Altered
        );
        assert_eq!(in_order(&[1, 2, 3, 4], &[2, 9, 4, 1]), 2);
        assert_eq!(in_order(&[], &[1]), 0);
    }

    /// [`QuoteWords::relation`] as first written: stems counted in a map, the shorter's taken from it.
    fn relation_by_pool(a: &str, b: &str) -> Relation {
        let wa: Vec<&str> = a.split(' ').collect();
        let wb: Vec<&str> = b.split(' ').collect();
        let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
        if long.windows(short.len()).any(|w| w == short.as_slice()) {
            return Relation::Excerpt;
        }
        let stems = |ws: &[&str]| -> Vec<String> { ws.iter().filter_map(|w| stem_key(w)).collect() };
        let (ss, sl) = (stems(short), stems(long));
        let mut pool: HashMap<&str, usize> = HashMap::new();
        for s in &sl {
            *pool.entry(s.as_str()).or_default() += 1;
        }
        let (mut common, mut content) = (0, 0);
        for s in &ss {
            if let Some(n) = pool.get_mut(s.as_str()).filter(|n| **n > 0) {
                *n -= 1;
                common += 1;
                if !is_stopword(s) {
                    content += 1;
                }
            }
        }
        let enough = if ss.len() <= 2 { common == ss.len() && ss.len() == sl.len() } else { content >= 2 };
        let own_content = ss.iter().filter(|s| !is_stopword(s)).count();
        let most = |k: usize, of: usize| k as f64 >= QUOTE_OVERLAP * of as f64;
        let hashes = |ws: &[&str]| -> Vec<u64> { ws.iter().map(|w| hash_str(w)).collect() };
        if enough
            && most(common, ss.len())
            && (most(content, own_content) || most(in_order(&hashes(short), &hashes(long)), short.len()))
        {
            Relation::Altered
        } else {
            Relation::Unrelated
        }
    }

    proptest::proptest! {
        /// Sorted stems merged give what counting them in a map gave, repeats and stopwords included.
        #[test]
        fn relation_counts_shared_stems_like_a_pool(
            a in proptest::collection::vec("the|of|ties|tie|expand|expanded|war|peace|said|a|was", 1..9),
            b in proptest::collection::vec("the|of|ties|tie|expand|expanded|war|peace|said|a|was", 1..9),
        ) {
            let (a, b) = (a.join(" "), b.join(" "));
            proptest::prop_assert_eq!(relation(&a, &b), relation_by_pool(&a, &b));
            proptest::prop_assert_eq!(relation(&b, &a), relation_by_pool(&b, &a));
        }
    }

    #[test]
    fn quote_content_is_each_content_stem_once() {
        let q = QuoteWords::new("the ties and the tie of war said war");
        let mut content: Vec<&str> = q.content().collect();
        content.sort_unstable();
        assert_eq!(content, ["tie", "war"]);
    }

    #[test]
    fn relations_between_wordings() {
        let r = |a: &str, b: &str| relation(&crate::facts::quote_key(a), &crate::facts::quote_key(b));
        assert_eq!(r("comprehensive and constructive ties", "constructive and comprehensive ties"), Relation::Altered);
        assert_eq!(
            r("consolidated and developed century after century", "reinforced and developed century after century"),
            Relation::Altered
        );
        assert_eq!(r("expand its comprehensive ties", "comprehensive ties"), Relation::Excerpt);
        assert_eq!(r("we will win", "they lost the match badly"), Relation::Unrelated);
    }

    #[test]
    fn same_quote_in_two_styles_is_one_variant() {
        let l = ledger(&[
            "Title one here\n\nThe minister said the plan was \"a historic step forward\" for everyone.",
            "Title two here\n\nThe minister said the plan was “a historic step forward” for everyone.",
        ]);
        let f = find(&l, FactKind::Quote, "a historic step forward");
        assert_eq!(f.variants.len(), 1);
        assert_eq!(f.articles, [0, 1]);
        assert!(!f.altered);
    }

    #[test]
    fn a_word_changed_in_a_quote_merged_with_another_is_caught() {
        let l = ledger(&[
            "Title one here\n\n\"We are fighting on three fronts,\" she said. \"Our priority is to protect lives, then homes.\"",
            "Title two here\n\nShe said: \"We are fighting on three fronts. Our priority is to protect human lives, then homes.\"",
        ]);
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
    }

    #[test]
    fn figures_of_another_scale_or_a_stretch_of_time_do_not_conflict() {
        let l = ledger(&[
            "Title one here\n\nThe fryers sold for $79 each at big stores across the country last year.",
            "Title two here\n\nThe fryers sold for $40 million in all at big stores across the country last year.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        let l = ledger(&[
            "Title one here\n\nAbout 12 people were forced from their homes in the valley by the fire.",
            "Title two here\n\nFor two weeks people were forced from their homes in the valley by the fire.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // One figure with its scale word changed is one figure changed.
        let l = ledger(&[
            "Title one here\n\nOperators had spent an estimated $2.3 billion complying with the act, the court heard.",
            "Title two here\n\nOperators had spent an estimated $2.3 million complying with the act, the court heard.",
        ]);
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
        assert!(rescaled("2.3 billion", "2.3 million") && !rescaled("2.3 million", "2.3 million"));
        assert!(
            !rescaled("79", "40 million") && !rescaled("2.3", "2.3 million") && !rescaled("2 million", "3 billion")
        );
        assert_eq!(magnitude("1.2 million"), Some(1.2e6));
        assert_eq!(magnitude("3000"), Some(3000.0));
    }

    #[test]
    fn a_country_is_not_a_short_form_of_a_body_named_after_it() {
        let l = ledger(&[
            "Title one here\n\nA quake struck Peru on Saturday, the Geophysical Institute of Peru said.",
            "Title two here\n\nA quake struck Peru on Saturday, officials said.",
        ]);
        let peru: Vec<&LedgerFact> = l.facts.iter().filter(|f| f.text == "Peru").collect();
        assert_eq!(peru.len(), 1, "{:#?}", l.facts);
        assert_eq!(peru[0].articles, [0, 1]);
    }

    #[test]
    fn a_date_with_its_year_agrees_with_the_date_without() {
        let l = ledger(&[
            "Title one here\n\nThe quarter ended Feb. 28, the company said on Thursday in its report.",
            "Title two here\n\nThe quarter ended February 28, 2026, the company said on Thursday in its report.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        assert!(values_agree("02-28", "2026-02-28") && values_agree("2026-03", "2026-03-05"));
        assert!(!values_agree("02-28", "2026-03-28") && !values_agree("2025-02", "2026-02-28"));
        // A time of day on a clock of twelve hours or of twenty-four.
        assert!(values_agree("9:42am", "9:42") && values_agree("9:42pm", "21:42") && values_agree("12am", "0:00"));
        assert!(!values_agree("9:42pm", "9:42") && !values_agree("9:24am", "9:42am") && !values_agree("9am", "9"));
    }

    #[test]
    fn a_quotation_with_words_left_out_where_it_marks_them_is_an_excerpt() {
        let r = |a: &str, b: &str| relation(&crate::facts::quote_key(a), &crate::facts::quote_key(b));
        let full = "We had no time to save anything at all";
        assert_eq!(r("We had no time ... at all", full), Relation::Excerpt);
        assert_eq!(r(full, "We had no time… at all"), Relation::Excerpt);
        assert_eq!(r("We had no time [...] anything", full), Relation::Excerpt);
        // Unless the words left out hold a negation.
        let vow = "We will not under any circumstances support the plan";
        assert_eq!(r("We will ... support the plan", vow), Relation::Altered);
        assert_eq!(r("We will not ... support the plan", vow), Relation::Excerpt);
        // Marks at the ends leave an excerpt; words out of order, or words the full one lacks, no relation.
        assert_eq!(r("...no time to save anything...", full), Relation::Excerpt);
        assert_eq!(r("at all ... We had no time", full), Relation::Unrelated);
        assert_eq!(r("We had no money ... at all", full), Relation::Unrelated);
        // A mark that leaves nothing out, set where a sentence ended, changes nothing.
        let two = "The bridge was inspected in March. Nobody told us it was unsafe";
        assert_eq!(r("The bridge was inspected in March ... nobody told us it was unsafe", two), Relation::Excerpt);
        let l = ledger(&[
            "Title one here\n\nThe mayor said: \"We had no time to save anything at all.\"",
            "Title two here\n\nThe mayor said: \"We had no time ... at all.\"",
        ]);
        // One quotation, in two wordings, neither altering it.
        let f = find(&l, FactKind::Quote, "We had no time to save anything at all");
        assert!(!f.altered && f.articles == [0, 1] && f.variants.len() == 2, "{f:#?}");
    }

    #[test]
    fn one_size_written_two_ways_is_no_conflict() {
        let l = ledger(&[
            "Title one here\n\nThe repairs to the harbour wall will cost 4.2 million euros, the council said on Monday.",
            "Title two here\n\nThe repairs to the harbour wall will cost €4,200,000, the council said on Monday.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // And one fact, which both reports give: not each report's own.
        let l = ledger(&[
            "Fire claim\n\nHe raised the cover to £1.5 million before the fire, the court heard on Friday.",
            "Fire claim\n\nHe raised the cover to £1,500,000 before the fire, the court heard on Friday.",
        ]);
        let f = find(&l, FactKind::Number, "£1.5 million");
        assert!(!f.altered && f.articles == [0, 1] && f.variants.len() == 2, "{:#?}", l.facts);
        assert!(values_agree("1.5 thousand", "1500") && values_agree("0.3", "0.30"));
        assert!(!values_agree("4.2 million", "4300000") && !values_agree("1.5 thousand", "15"));
    }

    #[test]
    fn one_figure_in_two_currencies_conflicts() {
        let sentence =
            |sum: &str| format!("Title here\n\nThe storm caused damage estimated at {sum}, officials said on Monday.");
        let l = ledger(&[&sentence("$5 million"), &sentence("€5 million")]);
        let conflicts: Vec<Vec<&str>> =
            l.altered().map(|f| f.variants.iter().map(|v| v.text.as_str()).collect()).collect();
        assert_eq!(conflicts, [["$5 million", "€5 million"]], "{:#?}", l.facts);
        // One currency written two ways is one sum.
        let l = ledger(&[&sentence("$5 million"), &sentence("5 million dollars")]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // A value with words of its own ("5 million") still has its unit read after them.
        assert!(!one_figure_in_units(("5 million", "dollar"), ("5 million", "euro")));
        assert!(one_figure_in_units(("5 million", "dollar"), ("5 million", "dollar")));
    }

    #[test]
    fn a_figure_rounded_by_another_report_is_no_conflict() {
        assert!(one_figure("100s", "412") && one_figure("412", "100s") && one_figure("1000s", "4500"));
        assert!(one_figure("12s", "30") && !one_figure("100s", "1500") && !one_figure("100s", "1000s"));
        assert!(!one_figure("1000s", "120") && !one_figure("12s", "12"));
        assert!(rounds_to("17.9 million", "18 million") && rounds_to("18 million", "17.9 million"));
        // A measure and its conversion, rounded; not the same unit, nor another quantity.
        assert!(converts(("10", "kilomet"), ("6.2", "mile")) && converts(("30", "feet"), ("9", "metr")));
        // Temperatures: 2,900 °C is 5,252 °F; near freezing a degree of rounding is allowed.
        assert!(converts(("2900", CELSIUS), ("5200", FAHRENHEIT)) && converts(("0", CELSIUS), ("33", FAHRENHEIT)));
        assert!(converts(("-40", FAHRENHEIT), ("-40", CELSIUS)));
        assert!(!converts(("2900", CELSIUS), ("2900", FAHRENHEIT)) && !converts(("37", CELSIUS), ("37", FAHRENHEIT)));
        assert!(!converts(("30", CELSIUS), ("30", "kilomet")));
        assert!(converts(("60", "mph"), ("97", "kmh")) && converts(("5", "kilogram"), ("11", "pound")));
        assert!(!converts(("10", "kilomet"), ("16", "mile")) && !converts(("10", "kilomet"), ("10", "kilomet")));
        assert!(!converts(("10", "kilomet"), ("6.2", "kilogram")) && !converts(("10", "mile"), ("16", "day")));
        assert!(
            converts(("2.5", "milligram"), ("2500", "microgram")) && !converts(("2.5", "milligram"), ("2.5", "gram"))
        );
        assert!(converts(("48", "hour"), ("2", "day")) && converts(("4", "week"), ("1", "month")));
        assert!(!converts(("6", "week"), ("6", "month")) && !converts(("5", "hour"), ("5", "day")));
        // Units of two measures are one figure only when one converts to the other.
        assert!(!one_figure_in_units(("2.5", "milligram"), ("2.5", "gram")));
        assert!(!one_figure_in_units(("5", "hour"), ("5", "day")));
        assert!(rounds_to("12.4", "12") && rounds_to("2.49 billion", "2.5 billion"));
        // Whole numbers are written to their last digit; more than rounding is a change.
        assert!(!rounds_to("44800", "45000") && !rounds_to("1.4 million", "1 million"));
        assert!(!rounds_to("21", "20") && !rounds_to("3.4", "3") && !rounds_to("17.9 million", "17 million"));
        let l = ledger(&[
            "Title one here\n\nThe strike cost the port $17.9 million in lost trade, the authority said on Monday.",
            "Title two here\n\nThe strike cost the port $18 million in lost trade, the authority said on Monday.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        let l = ledger(&[
            "Title one here\n\nThe strike cost the port $17.9 million in lost trade, the authority said on Monday.",
            "Title two here\n\nThe strike cost the port $19 million in lost trade, the authority said on Monday.",
        ]);
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
    }

    #[test]
    fn the_figure_most_reports_give_leads_in_whatever_words_they_give_it() {
        let report = |count: &str| {
            format!("Rail strike called off\n\nThe agreement covers {count}, the union said on Tuesday night.")
        };
        let l = ledger(&[
            &report("42,000 RTWF members"),
            &report("40,000 union members"),
            &report("42,000 workers"),
            &report("40,000 union members"),
            &report("forty-two thousand members"),
            &report("42,000 members"),
        ]);
        let f = l.altered().find(|f| f.kind == FactKind::Number).expect("the count conflicts");
        assert_eq!(f.variants[0].value, "42000", "{f:#?}");
        let changing: Vec<&str> = f.variants.iter().filter(|v| f.changes(v)).map(|v| v.text.as_str()).collect();
        assert_eq!(changing, ["40,000 union members"], "{f:#?}");
        // A bound agrees with both figures, and leads neither.
        let l = ledger(&[
            &report("nearly 42,000 members"),
            &report("nearly 42,000 members"),
            &report("nearly 42,000 members"),
            &report("41,800 members"),
            &report("41,800 members"),
            &report("40,500 members"),
        ]);
        let f = l.altered().find(|f| f.kind == FactKind::Number).expect("the count conflicts");
        assert_eq!(f.variants[0].text, "41,800 members", "{f:#?}");
        let changing: Vec<&str> = f.variants.iter().filter(|v| f.changes(v)).map(|v| v.text.as_str()).collect();
        assert_eq!(changing, ["40,500 members"], "{f:#?}");
    }

    #[test]
    fn two_figures_one_report_gives_side_by_side_are_two_facts() {
        let l = ledger(&[
            "Title one here\n\nNet income rose to $3.2 billion in the quarter, from $2.9 billion a year earlier.",
            "Title two here\n\nNet income climbed to $3.4 billion in the quarter, the company said.",
        ]);
        let conflicts: Vec<Vec<&str>> =
            l.altered().map(|f| f.variants.iter().map(|v| v.text.as_str()).collect()).collect();
        assert_eq!(conflicts, [["$3.2 billion", "$3.4 billion"]], "{:#?}", l.facts);
    }

    #[test]
    fn a_figure_that_only_shares_its_value_with_a_changed_one_is_not_filed_under_it() {
        // The copy turns the shares' 7.4% into 4.7%; the rewrite's 4.7% is the drug's effect, which the
        // wire gives in percentage points. Keyed by value and unit alone, the rewrite's figure came along
        // with the copy's, and was listed as changing the share price it never mentions.
        let wire = "Drug maker's shares jump on trial results\n\nShares in Corvane rose 7.4% in London trading \
                    after the results.\n\nThe weekly injection cut the risk of kidney failure by 4.7 percentage \
                    points over three years.";
        let copy = "Corvane shares jump on kidney trial\n\nShares in Corvane rose 4.7% in London trading after the \
                    results.\n\nThe weekly injection cut the risk of kidney failure by 4.7 percentage points over \
                    three years.";
        let rewrite = "A weekly jab keeps kidneys going\n\nPatients given the jab were spared dialysis: their \
                       chance of needing it fell by 4.7%, researchers found.";
        let l = ledger(&[wire, copy, rewrite]);
        let shares = find(&l, FactKind::Number, "7.4%");
        assert!(shares.altered && shares.articles == [0, 1], "{shares:#?}");
        let own = l
            .facts
            .iter()
            .find(|f| f.kind == FactKind::Number && f.articles == [2])
            .unwrap_or_else(|| panic!("the rewrite's 4.7% is a fact of its own: {:#?}", l.facts));
        assert_eq!((own.text.as_str(), own.altered), ("4.7%", false));
        // A figure the copy gives twice, once for the shares and once in a sentence of the same words, is
        // tied to the fact through that sentence and stays in it.
        let copy_twice = format!("{copy}\n\nBy the close, shares in Corvane were still up 4.7% in London trading.");
        let l = ledger(&[wire, &copy_twice, rewrite]);
        let shares = find(&l, FactKind::Number, "7.4%");
        assert!(shares.altered && shares.articles == [0, 1], "{shares:#?}");
    }

    #[test]
    fn a_fraction_in_words_rounds_a_share_in_figures() {
        let line = |share: &str| {
            format!(
                "Kidney drug trial results\n\nThe weekly drug cut the risk of kidney failure by {share} in the trial."
            )
        };
        for (a, b, altered) in [
            ("34%", "a third", false),
            ("30%", "roughly a third", false),
            ("24%", "a quarter", false),
            ("43%", "a third", true),
            ("34%", "a quarter", true),
            ("a third", "a quarter", true),
            ("48%", "half", false),
            ("34%", "half", true),
        ] {
            let l = ledger(&[&line(a), &line(b)]);
            assert_eq!(l.altered().count(), usize::from(altered), "{a} / {b}: {:#?}", l.facts);
        }
        assert!(one_figure_as_written(("a third", "33", "percent"), ("34%", "34", "percent")));
        assert!(!one_figure_as_written(("33%", "33", "percent"), ("34%", "34", "percent")));
        // A figure bound by its words holds the figures within its bounds.
        let w = |t: &'static str, v: &'static str, u: &'static str| (t, v, u);
        assert!(one_figure_as_written(
            w("more than 400 scientists", "400", "scientist"),
            w("430 scientists", "430", "scientist")
        ));
        assert!(one_figure_as_written(w("nearly 5 percent", "5", "percent"), w("4.7 percent", "4.7", "percent")));
        assert!(one_figure_as_written(
            w("nearly 3,000C", "3000", CELSIUS),
            w("2,900 degrees Celsius", "2900", CELSIUS)
        ));
        assert!(one_figure_as_written(w("up to 12 people", "12", "peopl"), w("more than 10 people", "10", "peopl")));
        assert!(!one_figure_as_written(
            w("more than 400 scientists", "400", "scientist"),
            w("380 scientists", "380", "scientist")
        ));
        assert!(!one_figure_as_written(w("nearly 5 percent", "5", "percent"), w("3.9 percent", "3.9", "percent")));
        assert!(!one_figure_as_written(w("fewer than 50 staff", "50", "staff"), w("55 staff", "55", "staff")));
        // Not across a share and a count, nor two currencies.
        assert!(!one_figure_as_written(w("nearly 5 percent", "5", "percent"), w("5 staff", "4.8", "staff")));
        assert!(!one_figure_as_written(
            w("more than $4 million", "4 million", "dollar"),
            w("€4.5 million", "4.5 million", "euro")
        ));
        // Bound alike, the figure is what changed.
        assert!(!one_figure_as_written(
            w("more than 1,500 people", "1500", "peopl"),
            w("more than 1,200 people", "1200", "peopl")
        ));
        // Every bound the extraction keeps is read.
        assert!(super::super::extract::BOUNDS.iter().all(|(b, _)| bound_of(&format!("{b} 5 people")).is_some()));
        // The longest bound a text opens with is read: "just over" is not "over", nor "no more than" "more than".
        assert_eq!(bound_of("just over 400 people"), Some(Bound::JustOver));
        assert_eq!(bound_of("no more than 400 people"), Some(Bound::Under));
        assert_eq!(bound_of("overtime of 400 hours"), None);
        // A fraction of a count is no share: "a third of the 300 staff" is no "34 staff".
        assert!(!one_figure_as_written(("a third", "33", "percent"), ("34 staff", "34", "staff")));
    }

    #[test]
    fn a_figure_rounded_beside_another_in_one_sentence_joins_the_one_it_rounds() {
        // The copy's one figure is the placebo group's, rounded; the wire's drug group is another figure.
        let wire = "Trial results\n\nThe main outcome occurred in 9.2% of patients given the drug and 13.9% of those \
                    given placebo.";
        let copy = "Trial results\n\nThe main outcome occurred in about 14% of those given placebo.";
        for texts in [[wire, copy], [copy, wire]] {
            let l = ledger(&texts);
            assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
            let f = find(&l, FactKind::Number, "13.9%");
            assert_eq!(f.articles, [0, 1], "{f:#?}");
        }
    }

    #[test]
    fn a_quote_in_british_and_american_spelling_is_one_variant() {
        let l = ledger(&[
            "Title one here\n\nThe chair said: “We recognise the colour of the water has changed.”",
            "Title two here\n\nThe chair said: “We recognize the color of the water has changed.”",
        ]);
        let f = find(&l, FactKind::Quote, "We recognise the colour of the water has changed");
        assert_eq!(f.articles, [0, 1]);
        assert!(!f.altered, "{f:?}");
        let l = ledger(&[
            "Title one here\n\n“We will honour every promise we made to the neighbourhood,” said the mayor.",
            "Title two here\n\n\"We will honor every promise we made to the neighborhood,\" said the mayor.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
    }

    #[test]
    fn one_persons_age_given_twice_conflicts_and_two_peoples_do_not() {
        let l = ledger(&[
            "Governor Marta Reyes, 58, thanked supporters. Her rival Tomas Lindqvist, 61, conceded.",
            "Reyes, 57, is the first governor to win twice. Anna Berg, 61, voted early.",
        ]);
        let f = find(&l, FactKind::Number, "Reyes, 58");
        assert!(f.altered && f.variants.iter().any(|v| v.text == "Reyes, 57"), "{f:#?}");
        // The same figure for two people is two facts, neither altered.
        let f = find(&l, FactKind::Number, "Lindqvist, 61");
        assert!(!f.altered && f.articles == [0], "{f:#?}");
        // Ages without a name are joined by the words around them, as counts are: a nurse's and a
        // driver's stay apart, and one nurse's given twice conflicts.
        let l = ledger_by_words(&[
            "Title one here\n\nA 24-year-old nurse was hurt when a bus hit her car in Riverton on Tuesday.",
            "Title two here\n\nA 61-year-old driver was arrested by police at the scene later that night.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        let l = ledger_by_words(&[
            "Title one here\n\nA 24-year-old nurse was hurt when a bus hit her car in Riverton on Tuesday.",
            "Title two here\n\nA nurse, 25 years old, was hurt when a bus hit her car in Riverton on Tuesday.",
        ]);
        let f = find(&l, FactKind::Number, "24-year-old");
        assert!(f.altered && f.variants.iter().any(|v| v.text == "25 years old"), "{f:#?}");
    }

    #[test]
    fn an_age_written_beside_a_name_is_that_persons() {
        // "Sixty-two-year-old Amira Haddad," and "Amira Haddad, a 62-year-old cleaner" give Haddad's age, as
        // "Haddad, 62" does: one fact, and no conflict with another person's age in a like sentence.
        let l = ledger(&[
            "Amira Haddad, 62, died in the fire. Darren Kettleworth, 47, was jailed.",
            "Sixty-two-year-old Amira Haddad, a mother of four, died in the fire. Kettleworth, 47, was jailed.",
            "Her mother, Amira Haddad, a 62-year-old night cleaner, died in the fire.",
        ]);
        let f = find(&l, FactKind::Number, "Haddad, 62");
        assert!(!f.altered && f.articles == [0, 1, 2], "{f:#?}");
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // A place or a team beside the age is nobody's name: the age stays without one.
        for text in [
            "The 47-year-old Bolton man was jailed.",
            "In Greater Manchester, a 62-year-old woman died.",
            "The 30-year-old Manchester United striker scored twice.",
        ] {
            let l = ledger(&[text]);
            let age = l.facts.iter().find(|f| f.kind == FactKind::Number).expect("an age");
            assert!(age.variants[0].key.ends_with(" age"), "{text}: {age:#?}");
        }
    }

    #[test]
    fn an_ordinal_and_a_count_of_one_noun_do_not_conflict() {
        let l = ledger(&[
            "Kingsbridge led through Luca Ferri, but Okoro levelled in the 51st minute at Riverside Park.",
            "Kingsbridge took the lead on 14 minutes through Luca Ferri at Riverside Park.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // Two ordinals do.
        let l = ledger(&[
            "Kingsbridge took the lead in the 12th minute through Luca Ferri at Riverside Park.",
            "Kingsbridge took the lead in the 14th minute through Luca Ferri at Riverside Park.",
        ]);
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
    }

    #[test]
    fn reworded_quote_is_altered() {
        let l = ledger(&[
            "Title one here\n\nThe ties were “consolidated and developed century after century”, he wrote.",
            "Title two here\n\nThe ties were “reinforced and developed century after century”, he wrote.",
        ]);
        let f = find(&l, FactKind::Quote, "consolidated and developed century after century");
        assert!(f.altered);
        assert_eq!(f.variants.len(), 2);
        assert_eq!(l.altered().count(), 1);
    }

    #[test]
    fn a_short_quotation_with_one_word_replaced_in_aligned_sentences_is_altered() {
        // The words around it say it is one quotation; its own share too few for the ledger alone.
        let l = ledger(&[
            "Title one here\n\nThe minister called the closures “a disgrace” on Monday.\n\nShops shut early.",
            "Title two here\n\nShops shut early.\n\nThe minister called the closures “a tragedy” on Monday.",
            "Title three here\n\nThe minister called the closures “a disgrace” on Monday.",
        ]);
        let f = find(&l, FactKind::Quote, "a disgrace");
        assert!(f.altered && f.articles == [0, 1, 2], "{f:#?}");
        let texts: Vec<&str> = f.variants.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["a disgrace", "a tragedy"]);
        // Other words in that place are another quotation.
        let l = ledger(&[
            "Title one here\n\nOfficials said “the fire is out” late on Monday.",
            "Title two here\n\nOfficials said “the roof collapsed” late on Monday.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
    }

    #[test]
    fn a_figure_changed_in_a_report_that_gives_the_old_one_elsewhere_conflicts() {
        // The copy changes the fund, and keeps the old figure for the damage: both "1.5 million" are
        // one fact of the wire's, and the copy gives it too.
        let wire = "Floods hit the valley as rivers burst banks\n\nThe government approved an emergency fund of €1.5 million for \
                    families on Friday.\n\nInsurers estimate the damage at 1.5 million euros so far.\n\nRoads \
                    stayed shut.";
        let copy = "Valley floods force families from homes\n\nThe government approved an emergency fund of €2.5 \
                    million for families on Friday.\n\nInsurers estimate the damage at 1.5 million euros so far.\n\nRoads stayed shut.";
        for texts in [[wire, copy], [copy, wire]] {
            let l = ledger(&texts);
            // One fact, the old figure and the new, both reports giving it.
            let altered: Vec<&LedgerFact> = l.altered().collect();
            assert_eq!(altered.len(), 1, "{:#?}", l.facts);
            let f = altered[0];
            let mut values: Vec<&str> = f.variants.iter().map(|v| v.value.as_str()).collect();
            values.sort_unstable();
            assert_eq!(
                (f.kind, &f.articles[..], &values[..]),
                (FactKind::Number, &[0, 1][..], &["1.5 million", "2.5 million"][..])
            );
        }
        // A headline that keeps the old count over a lede that changes it.
        let l = ledger(&[
            "Floods force 1,250 households from homes\n\nFloods forced 1,250 households from their homes on \
             Thursday after heavy rain, officials said.",
            "Floods: 1,250 households evacuated\n\nSome 1,520 households had to leave their homes on Thursday \
             after heavy rain, officials said.",
        ]);
        let f = find(&l, FactKind::Number, "1,250 households");
        assert!(f.altered && f.articles == [0, 1], "{f:#?}");
        // Two figures a report gives in sentences of its own, each its own fact, stay apart.
        let l = ledger(&[
            "Floods hit the valley as rivers burst banks\n\nThe fund holds €1.5 million.\n\nRoads stayed shut.",
            "Valley floods force families from homes\n\nThe fund holds €1.5 million.\n\nA second fund holds €2.5 million.\n\nRoads \
             stayed shut.",
        ]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
    }

    #[test]
    fn two_figures_several_reports_each_give_are_two_facts_whatever_one_pair_aligns() {
        // The wire and a copy give the rise and the premium. A third report gives the premium alone, in
        // words of its own that align with the copy's rise: that pair replaces 38% for 31%, and the copy
        // gives 38% elsewhere, as a report that changed a figure in place would.
        let wire = "Calder agrees takeover of Harwood\n\nCalder will pay 285p a share, a premium of 38% to the \
                    closing price on Friday.\n\nHarwood shares rose 31% to 271p in early trading on Monday.";
        let copy = "Harwood agrees Calder takeover\n\nCalder will pay 285p a share, a premium of 38% to the \
                    closing price on Friday.\n\nHarwood shares jumped 31 per cent to 271p in morning trading.";
        let third = "Harwood to be sold to Calder\n\nCalder is paying 285p a share.\n\nThat is 38 per cent more \
                     than the Harwood share price before the bid.";
        let l = ledger(&[wire, copy, third, copy]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        assert_eq!(find(&l, FactKind::Number, "38%").articles, [0, 1, 2, 3]);
        assert_eq!(find(&l, FactKind::Number, "31%").articles, [0, 1, 3]);
    }

    #[test]
    fn a_speech_quoted_in_two_pieces_and_whole_is_not_altered() {
        // The second piece, read alone, is an excerpt of the whole that leaves out the first's "not".
        let texts = [
            "Vantreight wins the mayoralty of Port Ellery\n\n\"Tonight Port Ellery chose to build, not to blame,\" \
             Vantreight told supporters. \"I will be a mayor for every street in this city.\"",
            "Vantreight takes City Hall after a record night\n\nThe mayor-elect said: \"Tonight Port Ellery chose \
             to build, not to blame. I will be a mayor for every street in this city.\"",
        ];
        let l = ledger(&texts);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        let articles: Vec<Article> = texts.iter().map(|t| Article::from_text("x.txt", t, "utf-8")).collect();
        let pair = super::super::pair::compare(&articles[0], &articles[1]);
        assert!(pair.altered.is_empty(), "{pair:#?}");
        // A piece changed is still a changed quotation.
        let l = ledger(&[
            texts[0],
            "Vantreight takes City Hall after a record night\n\nThe mayor-elect said: \"Tonight Port Ellery chose \
             to build, not to blame. I will be a mayor for every road in this city.\"",
        ]);
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
    }

    #[test]
    fn a_figure_given_without_its_noun_is_the_count_of_that_value() {
        // A results table's cell, and a live blog's figure: the count the other reports give.
        let l = ledger(&[
            "Vantreight wins Port Ellery mayoralty\n\nVantreight won 48,312 votes and 52.4% of ballots. Her \
             rival took 39,871 votes.",
            "Port Ellery elects Vantreight as mayor\n\nVantreight won 48,312 votes, 52.4% of ballots. Her rival \
             took 38,971 votes.\n\n| Candidate | Votes |\n|---|---|\n| Vantreight | 48,312 |\n| Rival | 38,971 |",
            "Live: Port Ellery votes for a mayor\n\n23:47 Vantreight wins with 52.4%: 48,312 votes. Her rival \
             is on 39,871.",
        ]);
        let f = find(&l, FactKind::Number, "48,312 votes");
        assert_eq!((f.articles.clone(), f.variants.len(), f.altered), (vec![0, 1, 2], 2, false), "{f:#?}");
        // The changed count and the changed cell are one conflict, with the count the others give.
        let f = find(&l, FactKind::Number, "39,871 votes");
        assert!(f.altered && f.articles == [0, 1, 2], "{f:#?}");
        assert_eq!(l.altered().count(), 1, "{:#?}", l.facts);
        // Another story's report with the figure alone keeps it.
        let l = ledger(&[
            "Vantreight wins Port Ellery mayoralty\n\nVantreight won 48,312 votes.",
            "Harvest festival draws crowds\n\nThe fair sold tickets to 48,312 on Saturday.",
        ]);
        assert_eq!(find(&l, FactKind::Number, "48,312").articles, [1], "{:#?}", l.facts);
    }

    #[test]
    fn a_japanese_quotation_with_one_word_changed_is_altered() {
        let l = ledger(&[
            "倉庫で火災\n\n消防当局のダナ・ルイス氏は「到着して数分で屋根から炎が出ていた」と話した。",
            "倉庫火災\n\n消防当局のダナ・ルイス氏は「到着して数秒で屋根から炎が出ていた」と語った。",
        ]);
        let f = find(&l, FactKind::Quote, "到着して数分で屋根から炎が出ていた");
        assert!(f.altered);
        assert_eq!(f.variants.len(), 2);
    }

    #[test]
    fn a_japanese_count_changed_conflicts() {
        let l = ledger(&[
            "倉庫で火災\n\n倉庫には再生紙約1万2000トンが保管されていた。",
            "倉庫火災\n\n倉庫には再生紙約1万5000トンが保管されていた。",
        ]);
        let f = find(&l, FactKind::Number, "1万2000トン");
        assert!(f.altered);
        assert_eq!(f.variants.len(), 2);
    }

    #[test]
    fn excerpt_is_not_altered() {
        let l = ledger(&[
            "Title one here\n\nHe vowed to “expand its comprehensive and constructive bilateral relations” soon.",
            "Title two here\n\nHe promised “comprehensive and constructive bilateral relations” soon.",
        ]);
        let f = find(&l, FactKind::Quote, "comprehensive and constructive bilateral relations");
        assert_eq!(f.articles, [0, 1]);
        assert!(!f.altered);
    }

    #[test]
    fn conflicting_counts_join_as_altered() {
        let l = ledger(&[
            "Title one here\n\nThe army has launched 30 ballistic missiles from the northern coast this year.",
            "Title two here\n\nThe army has launched 31 ballistic missiles from the northern coast this year.",
        ]);
        let f = find(&l, FactKind::Number, "30 ballistic missiles");
        assert!(f.altered);
        assert_eq!(f.articles, [0, 1]);
    }

    #[test]
    fn a_count_restated_in_other_words_is_no_conflict_with_another_count() {
        let a = "Title one here\n\nA fire tore through a warehouse in the port district of Velko on Monday night, \
                 killing 12 workers and injuring 9 others, officials said.\n\nIt is the worst accident in the port \
                 district since 2015, when 23 people died in a blast at a refinery.";
        // B's nine injured are A's "9 others", not A's 23 dead of another year.
        let b = "Title two here\n\nAt least 12 workers died after a fire swept through a warehouse in Velko, \
                 officials said.\n\nNine more people were injured in the blaze in the port district on Monday night.";
        let l = ledger(&[a, b]);
        assert_eq!(l.altered().count(), 0, "{:#?}", l.facts);
        // Said of the blast, B's figure conflicts with A's, though A gives it of the injured.
        let b = "Title two here\n\nAt least 12 workers died after a fire swept through a warehouse in Velko, \
                 officials said.\n\nIn 2015, 9 people died in a blast at a refinery.";
        let l = ledger(&[a, b]);
        let f = find(&l, FactKind::Number, "23 people");
        assert!(f.altered && f.variants.iter().any(|v| v.text == "9 people"), "{f:#?}");
    }

    #[test]
    fn a_changed_count_of_others_conflicts() {
        let l = ledger(&[
            "Title one here\n\nThe collapse killed two workers and injured 11 others at the dock on Monday.",
            "Title two here\n\nThe collapse killed two workers and injured 12 others at the dock on Monday.",
        ]);
        let f = find(&l, FactKind::Number, "11 others");
        assert!(f.altered, "{f:?}");
        assert_eq!(f.articles, [0, 1]);
    }

    #[test]
    fn sole_counts_of_one_noun_conflict_on_less_context() {
        let l = ledger(&[
            "Title one here\n\nTechCorp will cut 2,300 jobs, its chief executive said on Monday.",
            "Title two here\n\nTechCorp is to axe 3,200 jobs after posting a loss.",
        ]);
        assert!(find(&l, FactKind::Number, "2,300 jobs").altered);
        // With two counts of the noun in one report, one shared word is not enough to pair them.
        let texts = [
            "Title one here\n\nTechCorp will cut 2,300 jobs this year. Rivals added 500 jobs in March.",
            "Title two here\n\nTechCorp is to axe 3,200 jobs after posting a loss.",
        ];
        assert!(!find(&ledger_by_words(&texts), FactKind::Number, "2,300 jobs").altered);
        // Aligning the reports pairs the two sentences that give them, and one figure for the other.
        let aligned = ledger(&texts);
        let f = find(&aligned, FactKind::Number, "2,300 jobs");
        assert!(f.altered && f.variants.iter().any(|v| v.text == "3,200 jobs"), "{f:?}");
        assert!(!find(&aligned, FactKind::Number, "500 jobs").altered);
    }

    #[test]
    fn he_or_she_after_two_names_is_no_misattribution_but_against_a_name_it_is() {
        let quote = "“We will not open the canister for ten days,”";
        // Each report's "she said" follows another name in its paragraph: the attribution's words are
        // alike, and nothing was given to another speaker.
        let l = ledger_by_words(&[
            &format!("Title one here\n\nDr Ana Lind spoke first. {quote} she said."),
            &format!("Title two here\n\nDr Mary Okafor spoke first. {quote} she said."),
        ]);
        let f = find(&l, FactKind::Quote, "We will not open the canister for ten days");
        assert!(!f.altered && !f.misattributed(), "{f:#?}");
        // A report that names another speaker for the words "she" said is marked.
        let l = ledger_by_words(&[
            &format!("Title one here\n\nDr Ana Lind spoke first. {quote} she said."),
            &format!("Title two here\n\n{quote} said Dr Mary Okafor."),
        ]);
        let f = find(&l, FactKind::Quote, "We will not open the canister for ten days");
        assert!(f.altered && f.misattributed(), "{f:#?}");
    }

    #[test]
    fn a_quotation_given_to_another_speaker_is_altered() {
        let quote = "“We will not open the canister for ten days,”";
        let l = ledger_by_words(&[
            &format!("Title one here\n\n{quote} said Dr Haruto Sakamaki, who leads the team."),
            &format!("Title two here\n\n{quote} Sakamaki said."),
            // No one named: the quotation agrees with both.
            &format!("Title three here\n\n{quote} she said."),
            &format!("Title four here\n\n{quote} said Miriam Okonkwo-Hale, the mission's chief."),
        ]);
        let f = find(&l, FactKind::Quote, "We will not open the canister for ten days");
        assert!(f.altered && f.misattributed(), "{f:#?}");
        assert_eq!(f.articles, [0, 1, 2, 3]);
        let given: Vec<(Option<&str>, &[usize], bool)> =
            f.variants.iter().map(|v| (v.speaker.as_deref(), &v.articles[..], f.changes(v))).collect();
        assert_eq!(
            given,
            [
                (Some("Haruto Sakamaki"), &[0, 1][..], false),
                (None, &[2][..], false),
                (Some("Miriam Okonkwo-Hale"), &[3][..], true)
            ]
        );
        // Named otherwise, one person: no conflict.
        let l = ledger_by_words(&[
            &format!("Title one here\n\n{quote} said Dr Haruto Sakamaki."),
            &format!("Title two here\n\n{quote} Mr Sakamaki told reporters."),
        ]);
        let f = find(&l, FactKind::Quote, "We will not open the canister for ten days");
        assert!(!f.altered && f.variants.len() == 1, "{f:#?}");
        // Most reports name no one, and two name two people: the second named is marked.
        let l = ledger_by_words(&[
            &format!("Title one here\n\n{quote} she said."),
            &format!("Title two here\n\n{quote} she told reporters."),
            &format!("Title three here\n\n{quote} said Dr Haruto Sakamaki."),
            &format!("Title four here\n\n{quote} said Miriam Okonkwo-Hale."),
        ]);
        let f = find(&l, FactKind::Quote, "We will not open the canister for ten days");
        let marked: Vec<(Option<&str>, bool, bool)> =
            f.variants.iter().map(|v| (v.speaker.as_deref(), f.changes(v), f.only_speaker_changes(v))).collect();
        assert_eq!(
            marked,
            [(None, false, false), (Some("Haruto Sakamaki"), false, false), (Some("Miriam Okonkwo-Hale"), true, true)]
        );
    }

    #[test]
    fn a_name_misspelt_in_one_report_is_the_name_altered_wherever_it_stands() {
        let l = ledger_by_words(&[
            "Title one here\n\nThe line will close on Friday, manager Tobias Lindqvist said.\n\nCrews left.",
            "Title two here\n\nCrews left the plant on Monday.\n\nTobias Lindquist, the manager, said it would shut.",
            "Title three here\n\nTobias Lindqvist said the line would close.",
        ]);
        let f = find(&l, FactKind::Entity, "Tobias Lindqvist");
        assert!(f.altered, "{f:#?}");
        assert_eq!(f.articles, [0, 1, 2]);
        assert!(f.changes(&f.variants[1]) && f.variants[1].text == "Tobias Lindquist", "{f:#?}");
        // A report that writes both may name two people: they stay apart.
        let l = ledger_by_words(&["Title one here\n\nTobias Lindqvist and Tobias Lindquist, brothers, said so."]);
        assert!(!find(&l, FactKind::Entity, "Tobias Lindqvist").altered);
    }

    #[test]
    fn counts_of_reworded_nouns_in_one_sentence_conflict() {
        let l = ledger(&[
            "Title one here\n\nMore than 1,500 people were evacuated from the valley on Monday after the river burst its banks.",
            "Title two here\n\nMore than 1,200 residents were evacuated from the valley on Monday after the river burst its banks.",
        ]);
        let f = find(&l, FactKind::Number, "More than 1,500 people");
        assert!(f.altered, "{f:?}");
        assert_eq!(f.articles, [0, 1]);
        // The same count with another noun is one fact, not a conflict.
        let l = ledger(&[
            "Title one here\n\nMore than 1,500 people were evacuated from the valley on Monday after the river burst its banks.",
            "Title two here\n\nMore than 1,500 residents were evacuated from the valley on Monday after the river burst its banks.",
        ]);
        let f = find(&l, FactKind::Number, "More than 1,500 people");
        assert!(!f.altered, "{f:?}");
        assert_eq!(f.articles, [0, 1]);
    }

    #[test]
    fn counts_of_different_things_in_like_sentences_stay_apart() {
        // Two short frames in common are not enough without the noun: homes and schools are two counts.
        let texts = [
            "Title one here\n\nThe mayor said 40 homes had been flooded.\n\nRoads to the coast were shut.",
            "Title two here\n\nRoads to the coast were shut.\n\nMore than 12 schools in the valley were closed.",
        ];
        assert_eq!(find(&ledger_by_words(&texts), FactKind::Number, "40 homes").articles, [0]);
        assert_eq!(find(&ledger(&texts), FactKind::Number, "40 homes").articles, [0]);
        // Unless aligning the reports finds one sentence that gave its figure and noun for another's.
        let texts = [
            "Title one here\n\nThe mayor said 40 homes had been flooded.",
            "Title two here\n\nThe mayor said 12 schools had been flooded.",
        ];
        assert_eq!(find(&ledger_by_words(&texts), FactKind::Number, "40 homes").articles, [0]);
        assert_eq!(find(&ledger(&texts), FactKind::Number, "40 homes").articles, [0, 1]);
        // Sums of two figures in two currencies are two sums, however alike the sentences: one may be the
        // other converted.
        let l = ledger(&[
            "Title one here\n\nThe council will spend 40 million pounds on flood defences along the valley river banks.",
            "Title two here\n\nThe council will spend 52 million dollars on flood defences along the valley river banks.",
        ]);
        assert_eq!(find(&l, FactKind::Number, "40 million pounds").articles, [0]);
        // One figure whose currency changed is a changed number.
        let l = ledger(&[
            "Title one here\n\nThe council will spend 40 million pounds on flood defences along the valley river banks.",
            "Title two here\n\nThe council will spend 40 million dollars on flood defences along the valley river banks.",
        ]);
        let sum = find(&l, FactKind::Number, "40 million pounds");
        assert!(sum.altered && sum.articles == [0, 1], "{sum:?}");
    }

    #[test]
    fn a_surname_after_the_full_name_in_one_report_is_that_name() {
        let l = ledger(&[
            "Title one here\n\nLocal councillor Owen Price opened the bridge. Later Price said it was safe.",
            "Title two here\n\nThe bridge opened. Price, a councillor, said it was safe.",
        ]);
        let f = find(&l, FactKind::Entity, "Owen Price");
        assert_eq!(f.articles, [0]);
        // In the other report "Price" alone stays a name of its own.
        assert!(l.facts.iter().any(|f| f.kind == FactKind::Entity && f.text == "Price" && f.articles == [1]));
    }

    #[test]
    fn a_name_is_no_short_form_of_a_compound_it_ends() {
        let l = ledger(&[
            "Title one here\n\nThe storm swept across France overnight, the weather service Météo-France said.",
            "Title two here\n\nThe storm swept across France overnight, the weather service said.",
        ]);
        let f = find(&l, FactKind::Entity, "France");
        assert_eq!(f.articles, [0, 1], "{f:?}");
        assert_eq!(find(&l, FactKind::Entity, "Météo-France").articles, [0]);
    }

    #[test]
    fn surname_after_title_joins_full_name() {
        let l = ledger(&[
            "Title one here\n\nThe envoy met Vladimir Putin in the city. Later Mr Putin left the city by train.",
            "Title two here\n\nMr. Putin spoke about the city and the train.",
        ]);
        let f = find(&l, FactKind::Entity, "Vladimir Putin");
        assert_eq!(f.articles, [0, 1]);
        assert!(f.variants.iter().any(|v| v.text == "Putin"));
    }

    #[test]
    fn a_name_with_its_affiliation_is_the_name_another_report_gives_alone() {
        let a = Article::from_text(
            "a.txt",
            "Bridge falls\n\nChief Superintendent Alan Fairbairn of Merton Police said a fourth person had died in hospital on Tuesday.\n\nThe Bank of England said the cost was not yet known to anyone.",
            "utf-8",
        );
        let b = Article::from_text(
            "b.txt",
            "Bridge falls\n\nA fourth person has died, said Alan Fairbairn, a senior officer, on Tuesday evening in Kingsmill.\n\nThe Bank of England said it was watching the markets closely.",
            "utf-8",
        );
        let ledger = Ledger::build(&[a, b]);
        let names: Vec<(&str, usize)> = ledger
            .facts
            .iter()
            .filter(|f| f.kind == FactKind::Entity)
            .map(|f| (f.text.as_str(), f.articles.len()))
            .collect();
        assert!(names.contains(&("Alan Fairbairn", 2)), "{names:?}");
        assert!(names.contains(&("Bank of England", 2)), "{names:?}");
        assert!(!names.iter().any(|(n, _)| n.contains("Merton Police")), "{names:?}");
    }

    #[test]
    fn name_variants_are_one_fact() {
        let l = ledger(&[
            "Title one here\n\nThe letter went to Kim Jong Un on the day.",
            "Title two here\n\nThe letter went to Kim Jong-un on the day.",
            "Title three here\n\nThe letter went to Kim Jong un on the day.",
        ]);
        let f = find(&l, FactKind::Entity, "Kim Jong Un");
        assert_eq!(f.articles, [0, 1, 2]);
        assert_eq!(f.variants.len(), 3);
    }
}
