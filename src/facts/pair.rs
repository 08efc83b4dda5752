//! Facts of a pair: which A and B share, which only one carries, and which they give differently.

use super::extract::{AGE, ELISION, PARTICLES, RATIO, age_holder, is_money, quote_key, trim_figure};
use super::ledger::{
    ArticleRef, Ledger, LedgerFact, POINT, Relation, TIME, Variant, common_count, converts, counts_a_noun, is_measure,
    is_ordinal, magnitude, one_figure_as_written, one_joins_the_others, relation, rescaled, same_figure,
    shared_context, size, values_agree, variant_key, within_ten_times, wordings_relation, written,
};
use super::{Fact, FactKind, extract_all};
use crate::comparison::{Comparison, Kind, Segment};
use crate::corpus::Article;
use crate::normalize::hash_str;
use crate::word_diff::Op;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

/// A fact as the pair view lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactRef {
    /// Quote, number or entity.
    pub kind: FactKind,
    /// The wording (A's, for a shared fact).
    pub text: String,
}

/// An aligned pair this alike says one thing: two numbers that are the only ones each side gives alone
/// there, counting other nouns, are one number changed ([`sole_in_pairs`]). The pairs of one story's
/// sentences that share a topic but tell other facts score below it.
const CLOSE_PAIR: f64 = 0.4;

/// The content words about two measures in one unit that must be alike for a loosely paired sentence to
/// change one into the other ([`sole_in_pairs`]).
const MEASURE_CONTEXT: usize = 2;

/// A fact both give, in different words or numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Altered {
    /// Quote or number.
    pub kind: FactKind,
    /// As A gives it.
    pub a: String,
    /// As B gives it.
    pub b: String,
    /// Quotes: the people A and B give the quotation to, when they give it to two different people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speakers: Option<[String; 2]>,
    /// Whether the words themselves changed: false for a quotation given to another speaker in the same
    /// words or as an excerpt, which a reader should not be shown as reworded.
    #[serde(skip)]
    pub reworded: bool,
}

/// The facts of A against B.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PairFacts {
    /// Carried by both, in the same words (or one quoting an excerpt of the other).
    pub shared: Vec<FactRef>,
    /// Only in A: omitted by B.
    pub only_a: Vec<FactRef>,
    /// Only in B: added by B.
    pub only_b: Vec<FactRef>,
    /// In both, but worded or counted differently. Changed quotations come first.
    pub altered: Vec<Altered>,
}

/// Compare the facts of two articles.
pub fn compare(a: &Article, b: &Article) -> PairFacts {
    compare_with(a, b, &crate::comparison::compare(a, b))
}

/// Compare the facts of two articles, given their comparison.
///
/// The comparison says which sentences say the same thing, which the facts of each report alone cannot:
/// a number only A gives, in the words one aligned pair changed, that B gives another number in place of,
/// is that number altered ("would cut about 1,200 jobs" against "would eliminate roughly 1,500
/// positions"), though the two count their nouns in other words and share too little else around them
/// for the ledger to join them. With one value, it is the same number in other words, shared. So is a
/// quotation whose changed words are another's in the same place ([`replaced_quotes`]).
pub fn compare_with(a: &Article, b: &Article, c: &Comparison) -> PairFacts {
    let facts = extract_all(&[a, b]);
    // Copied: the pair's ledger takes the facts.
    let own = |kind| own_facts([&facts[0], &facts[1]], kind).map(|fs| fs.into_iter().cloned().collect::<Vec<Fact>>());
    let (numbers, quotes, names) = (own(FactKind::Number), own(FactKind::Quote), own(FactKind::Entity));
    // For a figure changed in place though the other side gives it elsewhere ([`changed_in_place`]): the
    // numbers of the paraphrased pairs where either side gives one of its own. Only those: a copy of every
    // number of a long pair was a fifth of its facts' work.
    let in_pairs = sentences_of_pairs_with_own(&numbers, c);
    let all_numbers = [0, 1].map(|s| {
        facts[s]
            .iter()
            .filter(|f| f.kind == FactKind::Number && in_pairs[s].contains(&f.sentence))
            .cloned()
            .collect::<Vec<_>>()
    });
    // Made before the ledger takes the facts: the pairs in which a number may stand for another.
    let c_numbers = &of_one_subject(c, &Subjects::of([&facts[0], &facts[1]]));
    let refs = [a, b].map(|x| ArticleRef { id: x.id.clone(), path: x.path.clone() }).to_vec();
    let ledger = Ledger::from_facts(refs, facts);
    let mut replaced = replaced_quotes(&only_facts(&ledger, [&quotes[0], &quotes[1]], FactKind::Quote), c);
    let only_numbers = only_facts(&ledger, [&numbers[0], &numbers[1]], FactKind::Number);
    replaced.extend(replaced_numbers(&only_numbers, c_numbers, c));
    let fact_of = ledger_facts_by_key(&ledger, FactKind::Number);
    let numbering = Numbering {
        id: |f: &Fact| fact_of.get(variant_key(f)).copied(),
        both: |i: usize| ledger.facts[i].carried_by(0) && ledger.facts[i].carried_by(1),
    };
    let in_place =
        changed_in_place(&numbering, [&all_numbers[0], &all_numbers[1]], &only_numbers, c_numbers, &replaced);
    replaced.extend(in_place);
    replaced.extend(lengthened_names(&only_facts(&ledger, [&names[0], &names[1]], FactKind::Entity), c));
    PairFacts::with_replaced(&ledger, 0, 1, &replaced)
}

/// Each side's sentences in the paraphrased pairs of `c` where either side has one of `own` (by side).
fn sentences_of_pairs_with_own(own: &[Vec<Fact>; 2], c: &Comparison) -> [FxHashSet<usize>; 2] {
    let with_own: [FxHashSet<usize>; 2] = [0, 1].map(|s| own[s].iter().map(|f| f.sentence).collect());
    let mut out: [FxHashSet<usize>; 2] = Default::default();
    for seg in c.segments.iter().filter(|s| s.kind == Kind::Paraphrased) {
        let sides = [&seg.a_sentences, &seg.b_sentences];
        if (0..2).any(|s| sides[s].iter().any(|&i| with_own[s].contains(&(i as usize)))) {
            for s in 0..2 {
                out[s].extend(sides[s].iter().map(|&i| i as usize));
            }
        }
    }
    out
}

/// Each side's facts of `kind` whose key the other side lacks: only those can be one side's alone. In two
/// near copies few are, and a copy of every number was 3% of a long pair's work.
fn own_facts<'a>(facts: [&'a [Fact]; 2], kind: FactKind) -> [Vec<&'a Fact>; 2] {
    let keys = |fs: &'a [Fact]| -> FxHashSet<&'a str> {
        fs.iter().filter(|f| f.kind == kind).map(|f| f.key.as_str()).collect()
    };
    let own = |fs: &'a [Fact], other: &FxHashSet<&str>| -> Vec<&'a Fact> {
        fs.iter()
            .enumerate()
            .filter(|&(k, f)| f.kind == kind && !other.contains(f.key.as_str()) && !glosses(fs, k))
            .map(|(_, f)| f)
            .collect()
    };
    [own(facts[0], &keys(facts[1])), own(facts[1], &keys(facts[0]))]
}

/// Whether number `k` of a report's facts restates the one before it in the same sentence in other units:
/// "121.6 grams, or about 4.3 ounces". The gloss says nothing the figure does not; taken for a figure of its
/// own, it stood in for a figure the other report gives and this one dropped ("50 grams" against "4.3
/// ounces", a changed number).
fn glosses(facts: &[Fact], k: usize) -> bool {
    let f = &facts[k];
    f.kind == FactKind::Number
        && is_measure(&f.unit)
        && facts[..k].iter().rev().take_while(|g| g.sentence == f.sentence).any(|g| {
            g.kind == FactKind::Number && g.unit != f.unit && converts((&g.value, &g.unit), (&f.value, &f.unit))
        })
}

/// The numbers and quotations two reports with these facts replace one for the other in the aligned pairs
/// of their comparison (as [`compare_with`] finds them), each by its kind and keys: A's, then B's. The
/// corpus ledger joins them. Apart, by their keys: the numbers changed where the report that changed one
/// gives the old figure elsewhere ([`changed_in_place`]), which the ledger joins though one report gives
/// both.
pub(super) fn replaced_keys(pair: [&Article; 2], facts: [&[Fact]; 2]) -> ReplacedKeys {
    // A fact whose key the other report lacks stands for one only its report gives. The pair's own ledger
    // would also join the facts the words around them link, as [`compare_with`] does; but it was as much
    // work as aligning the two, and those facts the corpus ledger joins anyway.
    fn by_sentence<'a>(fs: &[&'a Fact]) -> OnlyFacts<'a> {
        let mut by: OnlyFacts = FxHashMap::default();
        fs.iter().enumerate().for_each(|(i, f)| by.entry(f.sentence).or_default().push((i, *f)));
        by
    }
    let numbers = own_facts(facts, FactKind::Number);
    let quotes = own_facts(facts, FactKind::Quote);
    // Numbers are told apart by key, one index for a key either report gives: so a number both give
    // has one index on both sides, as in a pair's ledger ([`changed_in_place`]).
    let in_place = InPlace::of(facts);
    let only_numbers = [0, 1].map(|side| in_place.by_sentence(&numbers[side]));
    let only_quotes = [by_sentence(&quotes[0]), by_sentence(&quotes[1])];
    let mut content = SentenceContent { pair, memo: FxHashMap::default() };
    let numbers_may = may_be_replaced(&mut content, [&only_numbers[0], &only_numbers[1]], comparable);
    let sets: FxHashMap<&str, Vec<u64>> = quotes.iter().flatten().map(|f| (f.key.as_str(), word_set(&f.key))).collect();
    let quotes_may = may_be_replaced(&mut content, [&only_quotes[0], &only_quotes[1]], |a, b| {
        sets_one_word_apart(&sets[a.key.as_str()], &sets[b.key.as_str()])
            && relation(&a.key, &b.key) == Relation::Unrelated
    });
    let names = own_facts(facts, FactKind::Entity);
    let only_names = [by_sentence(&names[0]), by_sentence(&names[1])];
    let names_may =
        may_be_replaced(&mut content, [&only_names[0], &only_names[1]], |a, b| names_one(&a.context, &b.context));
    // Asked only when nothing else would align the pair: a long pair's numbers make it slow to answer.
    let worth_aligning = numbers_may
        || quotes_may
        || names_may
        || (0..2).any(|kept| in_place.may_be_changed(&mut content, &only_numbers, kept));
    if !worth_aligning {
        return (Vec::new(), Vec::new());
    }
    let c = crate::comparison::compare(pair[0], pair[1]);
    let mut replaced = if quotes_may { replaced_quotes(&only_quotes, &c) } else { Vec::new() };
    let c_numbers = of_one_subject(&c, &Subjects::of(facts));
    let numbers_replaced = if numbers_may { replaced_numbers(&only_numbers, &c_numbers, &c) } else { Vec::new() };
    let numbering = Numbering { id: |f: &Fact| in_place.ids.get(f.key.as_str()).copied(), both: |i| in_place.both[i] };
    let changed = changed_in_place(&numbering, facts, &only_numbers, &c_numbers, &numbers_replaced);
    replaced.extend(numbers_replaced);
    if names_may {
        replaced.extend(lengthened_names(&only_names, &c));
    }
    (replaced.into_iter().map(|r| (r.kind, r.keys)).collect(), changed.into_iter().map(|r| r.keys).collect())
}

/// What [`replaced_keys`] finds a pair replaces: facts by kind and keys (A's, then B's), and the keys of
/// numbers changed in place.
type ReplacedKeys = (Vec<(FactKind, [String; 2])>, Vec<[String; 2]>);

/// The numbers of a pair of reports by key, for [`changed_in_place`] when no pair's ledger is built: the
/// corpus ledger asks each pair for the figures its aligned sentences change, and a figure changed where
/// the report gives the old one elsewhere ("a fund of €2.5 million", "the damage at 1.5 million euros")
/// is no number only one side gives.
struct InPlace<'a> {
    /// Each side's numbers.
    numbers: [Vec<&'a Fact>; 2],
    /// An index for each key of a number either side gives.
    ids: FxHashMap<&'a str, usize>,
    /// By index: whether both sides give the key.
    both: Vec<bool>,
    /// Each side's sentences with the indices of the numbers they give.
    given: [FxHashSet<(usize, usize)>; 2],
}

impl<'a> InPlace<'a> {
    fn of(facts: [&'a [Fact]; 2]) -> InPlace<'a> {
        let numbers = facts.map(|fs| fs.iter().filter(|f| f.kind == FactKind::Number).collect::<Vec<_>>());
        let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
        let mut sides: Vec<[bool; 2]> = Vec::new();
        let mut given: [FxHashSet<(usize, usize)>; 2] = Default::default();
        for (side, fs) in numbers.iter().enumerate() {
            for f in fs {
                let next = ids.len();
                let id = *ids.entry(f.key.as_str()).or_insert(next);
                if id == next {
                    sides.push([false; 2]);
                }
                sides[id][side] = true;
                given[side].insert((f.sentence, id));
            }
        }
        let both = sides.iter().map(|s| s[0] && s[1]).collect();
        InPlace { numbers, ids, both, given }
    }

    /// [`OnlyFacts`] of these numbers, each by its key's index.
    fn by_sentence(&self, fs: &[&'a Fact]) -> OnlyFacts<'a> {
        let mut by: OnlyFacts = FxHashMap::default();
        for f in fs {
            by.entry(f.sentence).or_default().push((self.ids[f.key.as_str()], *f));
        }
        by
    }

    /// Whether a sentence of side `kept` may hold a number both sides give, that a sentence of the other
    /// side changes for one of `only` its own, as [`changed_in_place`] finds: the two are of one sort, the
    /// other's sentence gives the kept number in no words, and the two sentences share a word of content.
    fn may_be_changed(&self, content: &mut SentenceContent<'_>, only: &[OnlyFacts<'a>; 2], kept: usize) -> bool {
        let other = 1 - kept;
        let mut both: OnlyFacts = FxHashMap::default();
        for f in &self.numbers[kept] {
            let id = self.ids[f.key.as_str()];
            if self.both[id] {
                both.entry(f.sentence).or_default().push((id, *f));
            }
        }
        let without = |kept_fact: &Fact, in_other: &Fact| {
            !self.given[other].contains(&(in_other.sentence, self.ids[kept_fact.key.as_str()]))
                && comparable(kept_fact, in_other)
        };
        if kept == 0 {
            may_be_replaced(content, [&both, &only[1]], without)
        } else {
            may_be_replaced(content, [&only[0], &both], |fa, fb| without(fb, fa))
        }
    }
}

/// The words of content of the sentences of a pair of reports, by stem hash, each made once: a sentence
/// with a number and a quotation only its report gives is asked about for both.
struct SentenceContent<'a> {
    pair: [&'a Article; 2],
    memo: FxHashMap<(usize, usize), FxHashSet<u64>>,
}

impl SentenceContent<'_> {
    /// Whether sentence `a` of A and sentence `b` of B share a word of content.
    fn share_a_word(&mut self, a: usize, b: usize) -> bool {
        self.make(0, a);
        self.make(1, b);
        !self.memo[&(0, a)].is_disjoint(&self.memo[&(1, b)])
    }

    /// Make the content words of sentence `sentence` of report `side`, once.
    fn make(&mut self, side: usize, sentence: usize) {
        let pair = self.pair;
        self.memo.entry((side, sentence)).or_insert_with(|| {
            let text = pair[side].sentences.get(sentence).map_or("", |s| &*s.text);
            crate::normalize::words(text)
                .filter_map(crate::normalize::stem_token)
                .filter(|t| !t.stop)
                .map(|t| t.hash)
                .collect()
        });
    }
}

/// Whether some sentence of A with a fact only A gives may be aligned with some sentence of B with a fact
/// only B gives that may stand for it: the two facts are `alike`, and the two sentences share a word of
/// content, without which the alignment never pairs them. Aligning two reports is most of the work, and a
/// corpus ledger asks this of thousands of pairs.
fn may_be_replaced(
    content: &mut SentenceContent<'_>,
    only: [&OnlyFacts; 2],
    alike: impl Fn(&Fact, &Fact) -> bool,
) -> bool {
    if only.iter().any(|o| o.is_empty()) {
        return false;
    }
    for (&sa, in_a) in only[0] {
        for (&sb, in_b) in only[1] {
            // The facts first: they are few, and most pairs of sentences hold none alike.
            if in_a.iter().any(|(_, fa)| in_b.iter().any(|(_, fb)| alike(fa, fb))) && content.share_a_word(sa, sb) {
                return true;
            }
        }
    }
    false
}

/// A number, quotation or name one report alone gives where the other alone gives one in its place, in an
/// aligned pair.
struct Replaced {
    /// Number, quote or name.
    kind: FactKind,
    /// The two facts, by index in the lists of [`OnlyFacts`]: A's, then B's.
    facts: [usize; 2],
    /// How A and B write them.
    texts: [String; 2],
    /// Their facts' keys.
    keys: [String; 2],
    /// The two numbers' values agree: one figure, counting its noun in other words ("two separatist
    /// entities", "two Moscow-backed breakaway states"). Never so for two quotations, whose keys differ.
    same: bool,
    /// The side (0 for A, 1 for B) whose fact the other side gives too, elsewhere ([`changed_in_place`]):
    /// that fact stays shared, and only the other side's is taken for the change.
    kept: Option<usize>,
}

/// The numbers only A gives (`only[0]`) and only B gives replaced one for the other in the changed words of
/// the pairs of `c`: where a run of changed words takes out exactly one of A's and puts in exactly one of
/// B's, of the same sort and within ten times of each other (as the ledger joins a
/// conflict); and counts of one value whose nouns the pair words otherwise ([`recounted`]).
///
/// A count of one value recounted in other words changes nothing, so it is looked for in every aligned
/// pair (`all`); a change only in the pairs of `c`, those that speak of one subject ([`of_one_subject`]). A
/// wire's "The trial, called TIDEWATER, enrolled 4,812 patients" and a rewrite's "Researchers tested
/// lorvastide, a medicine developed by Norveld Pharma, in 4,812 volunteers" name no one in common, and the
/// two counts were each report's own.
fn replaced_numbers(only: &[OnlyFacts; 2], c: &Comparison, all: &Comparison) -> Vec<Replaced> {
    let mut pairs = swapped_in_runs(only, c, |words| words, |f, words| stands_in(f, words));
    pairs.retain(|&[a, b]| comparable(a.1, b.1) && !rivalled(a.1, b, &only[1]) && !rivalled(b.1, a, &only[0]));
    for pair in recounted(only, all).into_iter().chain(units_changed(only, c)) {
        if !pairs.iter().any(|[x, y]| x.0 == pair[0].0 || y.0 == pair[1].0) {
            pairs.push(pair);
        }
    }
    for pair in sole_in_pairs(only, c) {
        if !pairs.iter().any(|[x, y]| x.0 == pair[0].0 || y.0 == pair[1].0) {
            pairs.push(pair);
        }
    }
    pairs
        .into_iter()
        .map(|[(ia, fa), (ib, fb)]| {
            let same = one_figure_of(fa, fb);
            let (texts, keys) = ([fa.text.clone(), fb.text.clone()], [fa.key.clone(), fb.key.clone()]);
            Replaced { kind: FactKind::Number, facts: [ia, ib], texts, keys, same, kept: None }
        })
        .collect()
}

/// Whether `put`, a count that a changed run of an aligned pair sets where `taken` stood, has a rival in
/// its sentence: another count of its noun that only its report gives, which the words around `taken` fit
/// as well. Then the place in the run is all that joins the two, and a sentence rebuilt around its counts
/// moves them: "Four people were still missing" against "Seven people have died and six are still
/// unaccounted for" sets the dead where the missing stood, and the missing are the six.
fn rivalled(taken: &Fact, put: (usize, &Fact), only: &OnlyFacts) -> bool {
    let near = shared_context(taken, put.1);
    counts_a_noun(put.1)
        && only.get(&put.1.sentence).is_some_and(|fs| {
            fs.iter().any(|&(_, r)| !std::ptr::eq(r, put.1) && r.unit == put.1.unit && shared_context(taken, r) >= near)
        })
}

/// Whether two numbers give one figure, as written ([`one_figure_as_written`]).
fn one_figure_of(a: &Fact, b: &Fact) -> bool {
    one_figure_as_written(written(a), written(b))
}

/// The pairs of numbers, one that only A gives and one that only B gives, that are the only such numbers of
/// an aligned pair, and of one sort ([`comparable`]): "Dunmore said the company would cut about 1,200
/// jobs …" against "The company plans to eliminate roughly 1,500 positions …, Dunmore said". A sentence
/// rebuilt around its figure leaves the two in two changed runs, one of words taken out and one of words
/// put in, where [`swapped_in_runs`] looks for them in one; the alignment still says the two sentences
/// tell one thing, and each gives one number the other does not.
///
/// Unless the two count one noun, or measure in one unit what the words around them say alike (then even
/// beside other figures only one side gives), the pair must be close ([`CLOSE_PAIR`]): a headline is paired with the other's headline whatever each says, and a
/// loosely paired sentence shares its topic more than its statement ("4,200 residents told to prepare"
/// against "Deputies to knock on 1,650 doors"). A tabloid's lead rewritten around a term ("was jailed for
/// seven years on Friday after a judge said …" against "… has been jailed for eight years") shares little
/// but the term's own words; which report is A then decided whether the word diff set both figures in one
/// run, and so whether the change was found.
fn sole_in_pairs<'a>(only: &[OnlyFacts<'a>; 2], c: &Comparison) -> Vec<[(usize, &'a Fact); 2]> {
    // One unit measured, with two of the words around each figure alike: one ("for") is any sentence's. Not
    // a count: a story counts people in many sentences ("killing 12 workers", "when 23 people died in a
    // blast"), where a term of prison or a stretch of time is seldom given twice.
    let alike = |a: &Fact, b: &Fact| a.unit == b.unit && is_measure(&a.unit) && shared_context(a, b) >= MEASURE_CONTEXT;
    let sole_of_its_unit = |cands: &Candidates<'a>, f: &Fact| cands.iter().filter(|x| x.1.unit == f.unit).count() == 1;
    let mut out = Vec::new();
    for (seg, cand_a, cand_b) in paraphrased_with_facts(only, c) {
        if let (&[a], &[b]) = (&cand_a[..], &cand_b[..])
            && comparable(a.1, b.1)
            && ((counts_a_noun(a.1) && a.1.unit == b.1.unit) || seg.similarity >= CLOSE_PAIR)
        {
            out.push([a, b]);
            continue;
        }
        // Beside other figures only one side gives ("who cheated 140 homeowners of £2.3m was jailed for six
        // years"), a figure the only one of its unit on each side.
        for &a in &cand_a {
            for &b in &cand_b {
                if alike(a.1, b.1)
                    && comparable(a.1, b.1)
                    && sole_of_its_unit(&cand_a, a.1)
                    && sole_of_its_unit(&cand_b, b.1)
                {
                    out.push([a, b]);
                }
            }
        }
    }
    out
}

/// The numbers changed in an aligned pair of `c` where the other report gives the old figure elsewhere: "an
/// emergency fund of [-€1.5-] {+€2.5+} million", in a report that also puts the damage at "1.5 million
/// euros". The ledger joins the two €1.5 million as one fact both give, so neither side gives it alone and
/// [`replaced_numbers`] never meets it; yet in the pair's sentences it is one side's alone, and the other's
/// figure stands in its place.
///
/// Each side in turn is the one whose figure the other gives elsewhere: its candidates are its numbers
/// that both give but that the pair's sentences on the other side do not give in any words; the other's
/// are those only it gives (`only`), not taken by `replaced` already. A run of changed words swaps one for
/// the other, as [`swapped_in_runs`] finds, and the two are of one sort and differ.
fn changed_in_place<'a>(
    numbering: &Numbering<impl Fn(&Fact) -> Option<usize>, impl Fn(usize) -> bool>,
    facts: [&'a [Fact]; 2],
    only: &[OnlyFacts<'a>; 2],
    c: &Comparison,
    replaced: &[Replaced],
) -> Vec<Replaced> {
    // Each side's numbers that both give, by sentence, with their fact's index; and each side's numbers'
    // indices by sentence.
    let mut both: [OnlyFacts; 2] = Default::default();
    let mut by_sentence: [FxHashMap<usize, Vec<usize>>; 2] = Default::default();
    for (side, fs) in facts.iter().enumerate() {
        for f in fs.iter().filter(|f| f.kind == FactKind::Number) {
            let Some(i) = (numbering.id)(f) else { continue };
            by_sentence[side].entry(f.sentence).or_default().push(i);
            if (numbering.both)(i) {
                both[side].entry(f.sentence).or_default().push((i, f));
            }
        }
    }
    let mut out = Vec::new();
    for kept in [0, 1] {
        let other = 1 - kept;
        if both[kept].is_empty() || only[other].is_empty() {
            continue;
        }
        // Those the pair's own sentences on the other side do not give.
        let mut alone: OnlyFacts = FxHashMap::default();
        for seg in c.segments.iter().filter(|s| s.kind == Kind::Paraphrased) {
            let (own, theirs) =
                if kept == 0 { (&seg.a_sentences, &seg.b_sentences) } else { (&seg.b_sentences, &seg.a_sentences) };
            let given: Vec<usize> =
                theirs.iter().filter_map(|&s| by_sentence[other].get(&(s as usize))).flatten().copied().collect();
            for &s in own.iter() {
                for &(i, f) in both[kept].get(&(s as usize)).into_iter().flatten() {
                    if !given.contains(&i) {
                        alone.entry(s as usize).or_default().push((i, f));
                    }
                }
            }
        }
        let taken: FxHashSet<usize> = replaced.iter().chain(&out).map(|r: &Replaced| r.facts[other]).collect();
        let free: OnlyFacts = only[other]
            .iter()
            .map(|(&s, fs)| (s, fs.iter().filter(|(i, _)| !taken.contains(i)).copied().collect()))
            .collect();
        let sides = if kept == 0 { [alone, free] } else { [free, alone] };
        let mut pairs = swapped_in_runs(&sides, c, |words| words, |f, words| stands_in(f, words));
        pairs.retain(|[(_, fa), (_, fb)]| comparable(fa, fb) && !one_figure_of(fa, fb));
        out.extend(pairs.into_iter().map(|[(ia, fa), (ib, fb)]| {
            let (texts, keys) = ([fa.text.clone(), fb.text.clone()], [fa.key.clone(), fb.key.clone()]);
            Replaced { kind: FactKind::Number, facts: [ia, ib], texts, keys, same: false, kept: Some(kept) }
        }));
    }
    out
}

/// The names only A gives (`only[0]`) and only B gives that an aligned pair of `c` writes one longer than
/// the other: "Northwind Foods said on Monday …" against "… the Northwind packing plant …", "Mayor Dana
/// Ruiz" against "Ruiz said". The shorter's words are the longer's first or last ([`lengthens`]), and in the
/// pair's sentences no other name of either side is so related to one of the other's. Across reports the
/// ledger keeps a short name apart from a longer one that holds it ("Washington", "the Washington Post");
/// the alignment says that the two sentences speak of one thing, and each name read as one report's alone.
fn lengthened_names(only: &[OnlyFacts; 2], c: &Comparison) -> Vec<Replaced> {
    let mut out: Vec<Replaced> = Vec::new();
    for (_, cand_a, cand_b) in paraphrased_with_facts(only, c) {
        let related: Vec<[(usize, &Fact); 2]> = cand_a
            .iter()
            .flat_map(|&a| cand_b.iter().filter(move |b| names_one(&a.1.context, &b.1.context)).map(move |&b| [a, b]))
            .collect();
        for [(ia, fa), (ib, fb)] in &related {
            let alone = related.iter().filter(|[x, y]| x.0 == *ia || y.0 == *ib).count() == 1;
            if alone && !out.iter().any(|r| r.facts[0] == *ia || r.facts[1] == *ib) {
                let (texts, keys) = ([fa.text.clone(), fb.text.clone()], [fa.key.clone(), fb.key.clone()]);
                // A name spelt otherwise is the name altered; a longer one is the same name.
                let same = !misspells(&fa.context, &fb.context);
                out.push(Replaced { kind: FactKind::Entity, facts: [*ia, *ib], texts, keys, same, kept: None });
            }
        }
    }
    out
}

/// Whether two names (their words, as a name's fact gives them) are one: one holds the other
/// ([`lengthens`]), or one spells the other otherwise ([`misspells`]).
pub(super) fn names_one(x: &[String], y: &[String]) -> bool {
    lengthens(x, y) || misspells(x, y)
}

/// Whether two names (their words, lowercased, a hyphen's pieces apart) are one name with one word spelt
/// otherwise: the same number of words, all the same but one, and that one a letter or two off
/// ("tobias lindqvist" and "tobias lindquist"): an edit for every four letters of a word of five or more,
/// two at most ("Sakamaki" and "Sakamoto" are three apart). A shorter word may be one letter off where two
/// words of the name are the same ("Miriam Okonkwo-Hale" and "Miriam Okonkwo-Hall"); "John Hale" and "John
/// Hall" may be two people. A name of one word is never taken: a translation spells places its own way
/// ("Viena", "Vienna"), and "Iran" is not "Iraq".
pub(crate) fn misspells(x: &[String], y: &[String]) -> bool {
    if x.len() != y.len() || x.len() < 2 {
        return false;
    }
    let mut differing = x.iter().zip(y).filter(|(a, b)| a != b);
    let Some((a, b)) = differing.next() else { return false };
    if differing.next().is_some() {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = a.len().min(b.len());
    let allowed = if shorter >= MISSPELT_LETTERS {
        (shorter / 4).min(2)
    } else if x.len() >= 3 && shorter >= 3 {
        1
    } else {
        0
    };
    allowed > 0 && edits(&a, &b) <= allowed
}

/// The fewest letters of a name's word that [`misspells`] reads as spelt otherwise.
const MISSPELT_LETTERS: usize = 5;

/// The edit distance of two words: the fewest letters put in, taken out or changed to make one the other.
pub(super) fn edits(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Whether the words of one name (`x` or `y`, as a name's fact gives them) are the first or the last words
/// of the other, which has more. Not when the longer is built with a particle: "England" is no short form
/// of "Bank of England", nor "Paris" of "Université de Paris".
pub(super) fn lengthens(x: &[String], y: &[String]) -> bool {
    let (short, long) = if x.len() < y.len() { (x, y) } else { (y, x) };
    !short.is_empty()
        && short.len() < long.len()
        && (long.starts_with(short) || long.ends_with(short))
        && !long.iter().any(|w| PARTICLES.contains(&w.as_str()))
}

/// The pairs of counts, one that only A gives and one that only B gives, of one value in an aligned pair,
/// counting their nouns in other words: "About 14,000 employees work for the firm" against "The firm has
/// about 14,000 workers", "killed 12 workers" against "Twelve people … lost their lives". Each is the only
/// count of that value its side of the pair gives alone. The ledger joins counts of one noun, or of nouns
/// in like words; these share neither, and each read as a number one report alone gave.
fn recounted<'a>(only: &[OnlyFacts<'a>; 2], c: &Comparison) -> Vec<[(usize, &'a Fact); 2]> {
    // Not sizes: "a 5 km zone" and "a 5 mile zone" are two sizes of one figure.
    one_value_alone(only, c, |f| counts_a_noun(f) && !is_measure(&f.unit), |_, _| true)
}

/// The pairs of numbers, one that only A gives and one that only B gives, of one figure in an aligned pair
/// but in units that make them two: "fell 18 points" against "fell 18 percent", "a 5 km zone" against "a 5
/// mile zone". The word diff keeps the figure in an equal run and changes the unit beside it, so no changed
/// run holds a figure ([`swapped_in_runs`]); each is the only number of that figure its side gives alone.
fn units_changed<'a>(only: &[OnlyFacts<'a>; 2], c: &Comparison) -> Vec<[(usize, &'a Fact); 2]> {
    one_value_alone(only, c, |_| true, |a, b| comparable(a, b) && !one_figure_of(a, b))
}

/// The pairs of numbers, one that only A gives and one that only B gives, in an aligned pair of `c`, that
/// are each the only one of their value among their side's `eligible` numbers there, and are `alike`. Each
/// number in one pair at most, in the order first met.
fn one_value_alone<'a>(
    only: &[OnlyFacts<'a>; 2],
    c: &Comparison,
    eligible: impl Fn(&Fact) -> bool,
    alike: impl Fn(&Fact, &Fact) -> bool,
) -> Vec<[(usize, &'a Fact); 2]> {
    let mut out: Vec<[(usize, &'a Fact); 2]> = Vec::new();
    for (_, cand_a, cand_b) in paraphrased_with_facts(only, c) {
        let keep = |cands: Vec<(usize, &'a Fact)>| -> Vec<(usize, &'a Fact)> {
            cands.into_iter().filter(|(_, f)| eligible(f)).collect()
        };
        let (cand_a, cand_b) = (keep(cand_a), keep(cand_b));
        let of_value = |cands: &[(usize, &'a Fact)], value: &str| -> Vec<(usize, &'a Fact)> {
            cands.iter().filter(|(_, f)| values_agree(&f.value, value)).copied().collect()
        };
        for &(_, fa) in &cand_a {
            if let (&[a], &[b]) = (&of_value(&cand_a, &fa.value)[..], &of_value(&cand_b, &fa.value)[..])
                && alike(a.1, b.1)
                && !out.iter().any(|[x, y]| x.0 == a.0 || y.0 == b.0)
            {
                out.push([a, b]);
            }
        }
    }
    out
}

/// The pairs of facts, one that only A gives (`only[0]`) and one that only B gives, that a run of changed
/// words of a paraphrased pair of `c` takes out and puts in: the run's words, as `words` makes them of its
/// display words once, stand for exactly one fact of A's sentences of the pair on the side taken out and
/// exactly one of B's on the side put in, as `in_run` tells. Each pair once, in the order first met.
fn swapped_in_runs<'a, 'c, W>(
    only: &[OnlyFacts<'a>; 2],
    c: &'c Comparison,
    words: impl Fn(Vec<&'c str>) -> W,
    in_run: impl Fn(&Fact, &W) -> bool,
) -> Vec<[(usize, &'a Fact); 2]> {
    let mut out: Vec<[(usize, &'a Fact); 2]> = Vec::new();
    for (seg, cand_a, cand_b) in paraphrased_with_facts(only, c) {
        for (taken, put) in changed_runs(seg) {
            let (taken, put) = (words(taken), words(put));
            let in_it = |cands: &[(usize, &'a Fact)], run: &W| -> Vec<(usize, &'a Fact)> {
                cands.iter().filter(|(_, f)| in_run(f, run)).copied().collect()
            };
            if let (&[a], &[b]) = (&in_it(&cand_a, &taken)[..], &in_it(&cand_b, &put)[..])
                && !out.iter().any(|[x, y]| (x.0, y.0) == (a.0, b.0))
            {
                out.push([a, b]);
            }
        }
    }
    out
}

/// One side's facts of one kind that the other side of a pair does not give, by sentence, each with an
/// index that tells it apart: its fact's in the pair's ledger, or its place in its side's list.
type OnlyFacts<'a> = FxHashMap<usize, Vec<(usize, &'a Fact)>>;

/// How [`changed_in_place`] tells a pair's numbers apart: `id` gives a number's index, one for every
/// wording the two reports share (an index into the pair's ledger, or one for each key when no ledger
/// was built), and `both` whether both reports give the number of an index.
struct Numbering<I, B> {
    id: I,
    both: B,
}

/// The pair's `ledger` facts of `kind`, by the key of each of their wordings ([`variant_key`]).
fn ledger_facts_by_key(ledger: &Ledger, kind: FactKind) -> FxHashMap<&str, usize> {
    let mut fact_of: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, f) in ledger.facts.iter().enumerate().filter(|(_, f)| f.kind == kind) {
        for v in &f.variants {
            fact_of.insert(&v.key, i);
        }
    }
    fact_of
}

/// The facts of `kind` of A (`facts[0]`) and of B that the pair's `ledger` has only that side give: few,
/// in a long pair of near copies.
fn only_facts<'a>(ledger: &Ledger, facts: [&'a [Fact]; 2], kind: FactKind) -> [OnlyFacts<'a>; 2] {
    let fact_of = ledger_facts_by_key(ledger, kind);
    let only = |side: usize| {
        let mut by_sentence: OnlyFacts = FxHashMap::default();
        for f in facts[side] {
            let Some(&i) = fact_of.get(variant_key(f)) else { continue };
            if ledger.facts[i].carried_by(side) && !ledger.facts[i].carried_by(1 - side) {
                by_sentence.entry(f.sentence).or_default().push((i, f));
            }
        }
        by_sentence
    };
    [only(0), only(1)]
}

/// The quotations only A gives (`only[0]`) and only B gives replaced one for the other in the changed words
/// of the pairs of `c`: where a run of changed words takes a word out of exactly one of A's and puts one
/// into exactly one of B's, or only one of the two, and the quotations differ by that word
/// ([`one_word_apart`]): "a tragedy" against "a national tragedy" too.
///
/// The ledger alone joins two quotations that share most of their words, two of them of content: "a
/// disgrace" and "a tragedy" share one word, and "deeply unfair" and "deeply cruel" one of two. Said in
/// the same place of one sentence, each pair is one quotation with a word changed, which is what a
/// fact-checker asks. Two quotations further apart stay apart, though said in one
/// place: a speaker's other words ("It took a team in our own building" where the press release had "This
/// discovery was made in our own studio") are not his words changed. Nor is a quotation cut short, which
/// the ledger reads as an excerpt.
fn replaced_quotes(only: &[OnlyFacts; 2], c: &Comparison) -> Vec<Replaced> {
    // A run that puts in a word and takes none out ("it is bad", "it is very bad") has no word of the
    // quotation it changed on the side it took nothing from: there, the one quotation of the pair's
    // sentences that side alone gives is the one.
    let holds_a_word =
        |f: &Fact, words: &Vec<String>| words.is_empty() || f.key.split(' ').any(|k| words.iter().any(|w| w == k));
    swapped_in_runs(only, c, |words| run_keys(&words), holds_a_word)
        .into_iter()
        .filter(|[(_, fa), (_, fb)]| one_word_apart(&fa.key, &fb.key))
        .map(|[(ia, fa), (ib, fb)]| {
            let (texts, keys) = ([fa.text.clone(), fb.text.clone()], [fa.key.clone(), fb.key.clone()]);
            Replaced { kind: FactKind::Quote, facts: [ia, ib], texts, keys, same: false, kept: None }
        })
        .collect()
}

/// The words of a run of changed words, folded as a quotation's key folds them. Stopwords among them: a
/// quotation whose "no threat" became "a threat", or "very fair" "not fair", says the opposite.
fn run_keys(words: &[&str]) -> Vec<String> {
    quote_key(&words.join(" ")).split(' ').filter(|w| !w.is_empty() && *w != ELISION).map(str::to_owned).collect()
}

/// Whether two quotations differ by one word each way at most, and share one at least, the ledger not
/// relating them already: one word of one replaced by another ("a disgrace", "a tragedy"), counting each
/// word once.
fn one_word_apart(a: &str, b: &str) -> bool {
    sets_one_word_apart(&word_set(a), &word_set(b)) && relation(a, b) == Relation::Unrelated
}

/// A quotation key's words, each once, by hash, in order: two lists to merge, where [`one_word_apart`] is
/// asked of every quotation one report alone gives against every one the other alone gives.
fn word_set(key: &str) -> Vec<u64> {
    let mut w: Vec<u64> = key.split(' ').filter(|w| !w.is_empty() && *w != ELISION).map(hash_str).collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// [`one_word_apart`]'s count of two word sets ([`word_set`]).
fn sets_one_word_apart(x: &[u64], y: &[u64]) -> bool {
    if x.len().abs_diff(y.len()) > 1 {
        return false;
    }
    let shared = common_count(x, y);
    shared > 0 && x.len() - shared <= 1 && y.len() - shared <= 1
}

/// The names each side's sentences give (people, places, bodies), by sentence: who and what a pair of
/// sentences speaks of ([`of_one_subject`]).
struct Subjects<'a>([FxHashMap<usize, Vec<&'a Fact>>; 2]);

impl<'a> Subjects<'a> {
    fn of(facts: [&'a [Fact]; 2]) -> Subjects<'a> {
        Subjects(facts.map(|fs| {
            let mut by: FxHashMap<usize, Vec<&'a Fact>> = FxHashMap::default();
            for f in fs.iter().filter(|f| f.kind == FactKind::Entity) {
                by.entry(f.sentence).or_default().push(f);
            }
            by
        }))
    }

    /// Whether the two sides of a pair speak of others: each names someone or something, and no word of
    /// any name one side gives stands in the other side's sentences.
    fn differ(&self, seg: &Segment) -> bool {
        let names = |side: usize, sentences: &[u32]| -> Vec<&'a Fact> {
            sentences.iter().filter_map(|&s| self.0[side].get(&(s as usize))).flatten().copied().collect()
        };
        let (na, nb) = (names(0, &seg.a_sentences), names(1, &seg.b_sentences));
        if na.is_empty() || nb.is_empty() {
            return false;
        }
        // Each side's words, lowercased as a name's words are ([`Fact::context`]).
        let words = |own: Op| -> FxHashSet<String> {
            seg.words
                .iter()
                .filter(|w| w.op == Op::Equal || w.op == own)
                .flat_map(|w| w.text.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let foreign = |names: &[&Fact], other: &FxHashSet<String>| {
            names.iter().all(|f| f.context.iter().all(|w| !other.contains(w)))
        };
        foreign(&na, &words(Op::Insert)) && foreign(&nb, &words(Op::Delete))
    }
}

/// The paraphrased pairs of `c` in which a number one side gives may stand for one the other gives: those
/// whose sides speak of one subject. Two sentences that name no one in common, each naming someone, tell
/// of two people or places in like words: "Brannigan … was jailed for four years at an earlier hearing"
/// against "an earlier post said Kettleworth had been jailed for 14 years". Each figure is its own
/// subject's; read as one changed, one man's sentence conflicted with another's across a whole corpus.
fn of_one_subject(c: &Comparison, subjects: &Subjects<'_>) -> Comparison {
    let segments = c.segments.iter().filter(|s| s.kind == Kind::Paraphrased && !subjects.differ(s)).cloned().collect();
    Comparison { a: c.a.clone(), b: c.b.clone(), similarity: c.similarity, counts: c.counts, segments }
}

/// Facts one side alone gives in some sentences, each with the index [`OnlyFacts`] gives it.
type Candidates<'a> = Vec<(usize, &'a Fact)>;

/// Each paraphrased pair of `c` whose sentences hold facts of `only` on both sides, with A's facts in its
/// sentences and B's: where a fact one side alone gives may stand for one the other alone gives.
fn paraphrased_with_facts<'a, 'c>(
    only: &[OnlyFacts<'a>; 2],
    c: &'c Comparison,
) -> impl Iterator<Item = (&'c Segment, Candidates<'a>, Candidates<'a>)> {
    c.segments.iter().filter(|s| s.kind == Kind::Paraphrased).filter_map(|seg| {
        let (cand_a, cand_b) = (in_sentences(&only[0], &seg.a_sentences), in_sentences(&only[1], &seg.b_sentences));
        (!cand_a.is_empty() && !cand_b.is_empty()).then_some((seg, cand_a, cand_b))
    })
}

/// The numbers of `by` (by sentence) in these sentences.
fn in_sentences<'a>(by: &FxHashMap<usize, Vec<(usize, &'a Fact)>>, sentences: &[u32]) -> Vec<(usize, &'a Fact)> {
    sentences.iter().filter_map(|&s| by.get(&(s as usize))).flatten().copied().collect()
}

/// The runs of changed words of a pair, each as the words it takes out of A and the words it puts in.
fn changed_runs(seg: &Segment) -> Vec<(Vec<&str>, Vec<&str>)> {
    let mut runs = Vec::new();
    let mut run: (Vec<&str>, Vec<&str>) = Default::default();
    for w in &seg.words {
        match w.op {
            Op::Equal => {
                if !run.0.is_empty() || !run.1.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
            }
            Op::Delete => run.0.extend(w.text.split_whitespace()),
            Op::Insert => run.1.extend(w.text.split_whitespace()),
        }
    }
    if !run.0.is_empty() || !run.1.is_empty() {
        runs.push(run);
    }
    runs
}

/// Whether a number's figure is among `words`: its first word with a digit ("1,200" of "1,200 jobs", "30"
/// of "Sept. 30"); spelled out, the last word of a share ("fifth" of "a fifth", "eight" of "One in
/// eight") and the first of anything else ("eleven" of "eleven others").
fn stands_in(f: &Fact, words: &[&str]) -> bool {
    f.figure().is_some_and(|figure| words.iter().any(|w| is_figure(w, figure)))
}

impl Fact {
    /// A number's word that holds its figure ([`stands_in`]), as written; `None` for a quote or a name.
    pub fn figure(&self) -> Option<&str> {
        if self.kind != FactKind::Number {
            return None;
        }
        let pieces = self.text.split_whitespace();
        let spelled = || match self.unit.as_str() {
            "percent" | RATIO => pieces.clone().next_back(),
            _ => pieces.clone().next(),
        };
        pieces.clone().find(|w| w.contains(|c: char| c.is_ascii_digit())).or_else(spelled)
    }
}

/// Whether a word of a text is the figure word `figure` ([`Fact::figure`]), the punctuation around each
/// aside: "12," is "12".
pub fn is_figure(word: &str, figure: &str) -> bool {
    trim_figure(word) == trim_figure(figure)
}

/// Whether two numbers are of one sort, so that one may stand for the other: two sums in one currency, two
/// shares, two dates or years, two counts of things (of any nouns), two bare figures; and within ten times
/// of each other, since a report changes a figure, not its scale. Two sums of one figure in two currencies
/// too ("$5 million", "€5 million"): the currency changed, not the figure. A sum given in another figure
/// and currency may be the same sum converted, and is not taken for a stand-in.
fn comparable(a: &Fact, b: &Fact) -> bool {
    let sort = |f: &Fact| -> String {
        // Points of a share are what a report slips into for per cent, and back ("fell 18 points", "fell
        // 18 percent"): one sort, so that the slip is a changed number.
        if f.unit == POINT {
            "percent".into()
        } else if counts_a_noun(f) {
            "count".into()
        } else if is_ordinal(f) {
            "ordinal".into()
        } else if size((&f.value, &f.unit)).is_some_and(|(q, _)| q == TIME) {
            // "5 hours" and "5 days" are one sort, so that the slip between them is a changed number.
            TIME.into()
        } else {
            // A share, a currency, the calendar's or the clock's unit, or none.
            f.unit.clone()
        }
    };
    // An age is one person's ([`AGE`]): another's is no stand-in for it. An age given without a name
    // ("the 24-year-old") may be anyone's, and the alignment says whose.
    if a.unit == AGE && b.unit == AGE && age_holder(a).zip(age_holder(b)).is_some_and(|(x, y)| x != y) {
        return false;
    }
    // Measures of one quantity are near by their sizes ("48 hours" is near "two days"), or when one figure
    // stands in another unit ("5 hours", "5 days"), as a figure with another scale word does.
    let near = match (size((&a.value, &a.unit)), size((&b.value, &b.unit))) {
        (Some((qa, x)), Some((qb, y))) if qa == qb && x > 0.0 && y > 0.0 => {
            x.max(y) / x.min(y) <= 10.0 || values_agree(&a.value, &b.value)
        }
        _ => within_ten_times(&a.value, &b.value) || rescaled(&a.value, &b.value),
    };
    let recurrency =
        is_money(&a.unit) && is_money(&b.unit) && magnitude(&a.value).is_some_and(|x| Some(x) == magnitude(&b.value));
    (sort(a) == sort(b) || recurrency) && near
}

impl PairFacts {
    /// The pair view of two articles of a ledger.
    pub fn from_ledger(ledger: &Ledger, a: usize, b: usize) -> PairFacts {
        PairFacts::with_replaced(ledger, a, b, &[])
    }

    /// [`PairFacts::from_ledger`], with the facts `replaced` in aligned pairs shared (one value) or
    /// altered (two values, or two wordings of a quotation), rather than each given by one side only.
    fn with_replaced(ledger: &Ledger, a: usize, b: usize, replaced: &[Replaced]) -> PairFacts {
        let gone: FxHashSet<usize> = replaced
            .iter()
            .flat_map(|r| r.facts.iter().enumerate().filter(|(side, _)| r.kept != Some(*side)).map(|(_, &i)| i))
            .collect();
        let mut out = PairFacts::default();
        for f in ledger.facts.iter().enumerate().filter(|(i, _)| !gone.contains(i)).map(|(_, f)| f) {
            match (f.carried_by(a), f.carried_by(b)) {
                (true, true) => match differ(f, a, b) {
                    Some(alt) => out.altered.push(alt),
                    None => out.shared.push(FactRef { kind: f.kind, text: first_text(f, a) }),
                },
                (true, false) => out.only_a.push(FactRef { kind: f.kind, text: first_text(f, a) }),
                (false, true) => out.only_b.push(FactRef { kind: f.kind, text: first_text(f, b) }),
                (false, false) => {}
            }
        }
        for r in replaced {
            let [a, b] = r.texts.clone();
            match r.same {
                // A name is shown in full, as the ledger shows it.
                true if r.kind == FactKind::Entity && b.len() > a.len() => {
                    out.shared.push(FactRef { kind: r.kind, text: b })
                }
                true => out.shared.push(FactRef { kind: r.kind, text: a }),
                false => out.altered.push(Altered { kind: r.kind, a, b, speakers: None, reworded: true }),
            }
        }
        // Stable: changed quotations first, and the ledger's conflicts before the pairs' replacements.
        out.altered.sort_by_key(|x| x.kind);
        out
    }
}

fn first_text(f: &LedgerFact, i: usize) -> String {
    f.variants_of(i).next().map_or_else(|| f.text.clone(), |v| v.text.clone())
}

/// How A and B differ on a fact both carry, if they do: `None` when they share a wording (or, for quotes,
/// one quotes an excerpt of the other; for numbers, one value).
fn differ(f: &LedgerFact, a: usize, b: usize) -> Option<Altered> {
    let va: Vec<_> = f.variants_of(a).collect();
    let vb: Vec<_> = f.variants_of(b).collect();
    let pairs = || va.iter().flat_map(|x| vb.iter().map(move |y| (*x, *y)));
    match f.kind {
        // A name spelt otherwise by one of the two ([`super::ledger`] joins it to the other's): altered,
        // unless both give one spelling.
        FactKind::Entity => {
            if pairs().any(|(x, y)| x.key == y.key) {
                return None;
            }
            let (x, y) = pairs().find(|(x, y)| f.changes(x) || f.changes(y))?;
            Some(Altered { kind: f.kind, a: x.text.clone(), b: y.text.clone(), speakers: None, reworded: true })
        }
        FactKind::Quote => {
            // One wording both give is the quotation shared. Short of that, one of A's that B gives changed
            // is altered, though B quotes another piece of it faithfully: a quotation B split in two, one
            // half changed ("in a generation" made "in decades"), is a changed quotation.
            if pairs().any(|(x, y)| x.key == y.key && !x.said_by_another(y)) {
                return None;
            }
            // Words changed, or the quotation given to someone else (in the same words, or an excerpt).
            let reworded = |x: &Variant, y: &Variant| {
                wordings_relation(x, y) == Relation::Altered && !one_joins_the_others(x, y, &f.variants)
            };
            let (x, y) =
                pairs().find(|(x, y)| reworded(x, y)).or_else(|| pairs().find(|(x, y)| x.said_by_another(y)))?;
            let speakers = match (&x.speaker, &y.speaker) {
                (Some(p), Some(q)) if x.said_by_another(y) => Some([p.clone(), q.clone()]),
                _ => None,
            };
            let reworded = reworded(x, y);
            Some(Altered { kind: f.kind, a: x.text.clone(), b: y.text.clone(), speakers, reworded })
        }
        FactKind::Number => {
            if pairs().any(|(x, y)| same_figure(x, y)) {
                return None;
            }
            let (x, y) = pairs().next()?;
            Some(Altered { kind: f.kind, a: x.text.clone(), b: y.text.clone(), speakers: None, reworded: true })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_given_to_another_speaker_is_altered_with_both_speakers() {
        let a = Article::from_text(
            "a.txt",
            "Capsule lands\n\n“We will not open the canister for ten days,” said Dr Haruto Sakamaki.",
            "utf-8",
        );
        let b = Article::from_text(
            "b.txt",
            "Capsule lands\n\n“We will not open the canister for ten days,” said Dr Miriam Okonkwo-Hale.",
            "utf-8",
        );
        let p = compare(&a, &b);
        let quote = "We will not open the canister for ten days".to_string();
        let speakers = Some(["Haruto Sakamaki".to_string(), "Miriam Okonkwo-Hale".to_string()]);
        assert_eq!(
            p.altered,
            [Altered { kind: FactKind::Quote, a: quote.clone(), b: quote, speakers, reworded: false }],
            "{p:#?}"
        );
        // The same speaker, named otherwise: shared.
        let c = Article::from_text(
            "c.txt",
            "Capsule lands\n\n“We will not open the canister for ten days,” Sakamaki said.",
            "utf-8",
        );
        let p = compare(&a, &c);
        assert!(p.altered.is_empty() && p.shared.iter().any(|f| f.kind == FactKind::Quote), "{p:#?}");
        // An excerpt given to someone else: the speaker changed, not the words.
        let d = Article::from_text(
            "d.txt",
            "Capsule lands\n\n“We will not open the canister,” said Dr Miriam Okonkwo-Hale.",
            "utf-8",
        );
        let p = compare(&a, &d);
        assert!(matches!(&p.altered[..], [Altered { speakers: Some(_), reworded: false, .. }]), "{p:#?}");
    }

    #[test]
    fn pair_sorts_facts_into_four_lists() {
        let a = Article::from_text(
            "a.txt",
            "Ties grow\n\nMr Putin pledged “comprehensive and constructive relations” with Pyongyang in 2022.",
            "utf-8",
        );
        let b = Article::from_text(
            "b.txt",
            "Ties grow\n\nMr Putin pledged “constructive and comprehensive relations” with Moscow in 2022.",
            "utf-8",
        );
        let p = compare(&a, &b);
        assert_eq!(
            p.altered,
            [Altered {
                kind: FactKind::Quote,
                a: "comprehensive and constructive relations".into(),
                b: "constructive and comprehensive relations".into(),
                speakers: None,
                reworded: true
            }]
        );
        assert!(p.shared.contains(&FactRef { kind: FactKind::Number, text: "2022".into() }));
        assert!(p.shared.contains(&FactRef { kind: FactKind::Entity, text: "Putin".into() }));
        assert_eq!(p.only_a, [FactRef { kind: FactKind::Entity, text: "Pyongyang".into() }]);
        assert_eq!(p.only_b, [FactRef { kind: FactKind::Entity, text: "Moscow".into() }]);
    }

    fn numbers(facts: &[FactRef]) -> Vec<&str> {
        facts.iter().filter(|f| f.kind == FactKind::Number).map(|f| f.text.as_str()).collect()
    }

    /// The wordings of each number or quotation changed between two one-sentence reports, A's then B's.
    fn altered_in_pair(a: &str, b: &str) -> Vec<(String, String)> {
        pair(a, b).altered.iter().map(|x| (x.a.clone(), x.b.clone())).collect()
    }

    fn pair(a: &str, b: &str) -> PairFacts {
        let head = "Northwind to close plants\n\n";
        compare(
            &Article::from_text("a.txt", &format!("{head}{a}"), "utf-8"),
            &Article::from_text("b.txt", &format!("{head}{b}"), "utf-8"),
        )
    }

    #[test]
    fn a_name_spelt_otherwise_is_told_from_two_names() {
        let w = |t: &str| t.split([' ', '-']).map(str::to_lowercase).collect::<Vec<String>>();
        assert!(misspells(&w("Tobias Lindqvist"), &w("Tobias Lindquist")));
        assert!(misspells(&w("Elena Varga-Morales"), &w("Elena Varga-Moralez")));
        assert!(misspells(&w("Miriam Okonkwo-Hale"), &w("Miriam Okonkwo-Hall")));
        // Short words, two names, two words changed, or too many letters: not one name.
        assert!(!misspells(&w("Iran"), &w("Iraq")) && !misspells(&w("Niger"), &w("Nigeria")));
        assert!(!misspells(&w("Vienna"), &w("Viena")));
        assert!(!misspells(&w("John Hale"), &w("John Hall")));
        assert!(!misspells(&w("Haruto Sakamaki"), &w("Haruto Sakamoto")));
        assert!(!misspells(&w("Anna Berg"), &w("Anna Berg")) && !misspells(&w("Anna Lindqvist"), &w("Ann Lindquist")));
        // In an aligned pair, the name is altered.
        let p = pair(
            "The plant's manager, Tobias Lindqvist, said the line would close on Friday after the inspection.",
            "The plant's manager, Tobias Lindquist, said the line would close on Friday after the inspection.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.kind, x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [(FactKind::Entity, "Tobias Lindqvist", "Tobias Lindquist")], "{p:#?}");
    }

    #[test]
    fn a_figure_given_again_in_other_units_stands_in_for_no_dropped_figure() {
        // B drops the target of 50 grams and gives its own figure in ounces too: no number was changed.
        let p = pair(
            "Engineers estimate that the sealed canister holds 121.6 grams of material, more than double the \
mission's minimum target of 50 grams.",
            "Engineers estimate that the sealed canister holds 121.6 grams, or about 4.3 ounces, of material.",
        );
        assert!(p.altered.is_empty(), "{p:#?}");
        assert_eq!(numbers(&p.only_a), ["50 grams"], "{p:#?}");
        // A figure in other units that is no conversion of the one before it is compared as ever.
        let p = pair(
            "Engineers estimate that the sealed canister holds 121.6 grams of material, more than double the \
mission's minimum target of 50 grams.",
            "Engineers estimate that the sealed canister holds 121.6 grams, against a target of 3 ounces.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("50 grams", "3 ounces")], "{p:#?}");
    }

    #[test]
    fn a_number_replaced_in_an_aligned_pair_is_altered() {
        // Other nouns, and too few words in common around them for the ledger alone.
        let p = pair(
            "Northwind also said it would cut about 1,200 jobs, or 3% of its workforce, as it closes two plants in \
             Ohio by the end of 2026.",
            "The company also announced it would eliminate roughly 1,500 positions, about 3% of its staff, and shut \
             two Ohio plants by end-2026.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.kind, x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [(FactKind::Number, "1,200 jobs", "1,500 positions")], "{p:#?}");
        // A's "2026" has no number in its place ("end-2026" is none).
        assert_eq!((numbers(&p.only_a), numbers(&p.only_b)), (vec!["2026"], vec![]), "{p:#?}");
        // The same value with its noun in other words is one number, shared.
        let p = pair(
            "Moscow recognised the independence of two separatist entities in the east.",
            "Moscow recognised the independence of two breakaway states in the east.",
        );
        assert_eq!(numbers(&p.shared), ["two separatist entities"], "{p:#?}");
        assert!(p.altered.is_empty() && numbers(&p.only_a).is_empty() && numbers(&p.only_b).is_empty());
        // So it is in two sentences that name no one in common, which no change is read in.
        let p = pair(
            "The trial, called TIDEWATER, enrolled 4,812 patients at 312 hospitals in 23 countries.",
            "Researchers tested lorvastide, a medicine developed by the Swiss company Norveld Pharma, in 4,812 \
             volunteers recruited at 312 hospitals across twenty-three countries.",
        );
        assert!(numbers(&p.shared).contains(&"4,812 patients"), "{p:#?}");
        assert!(p.altered.is_empty() && numbers(&p.only_a).is_empty() && numbers(&p.only_b).is_empty(), "{p:#?}");
    }

    #[test]
    fn figures_of_two_people_in_like_sentences_are_no_change() {
        // A live page aligns its correction of one man's sentence with a copy's line about his accomplice,
        // whose four years it gives elsewhere: like words, other people. Each figure is its own man's.
        let a = "The judge jailed Kettleworth for 12 years on Friday. His accomplice Brannigan admitted arson and \
                 was jailed for four years at an earlier hearing in the same court.";
        let b = |who: &str| {
            format!(
                "The judge jailed Kettleworth for 12 years on Friday. An earlier post said {who} had been jailed for \
                 14 years at the hearing in the same court. Brannigan is already serving four years."
            )
        };
        let p = pair(a, &b("Kettleworth"));
        assert!(p.altered.is_empty(), "{p:#?}");
        // The same man's sentence, changed: altered.
        let p = pair(a, &b("Brannigan"));
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("four years", "14 years")], "{p:#?}");
    }

    #[test]
    fn a_figure_in_the_place_of_one_of_two_counts_of_its_noun_is_no_change_by_place_alone() {
        // B leads with the dead and counts the missing after: "Seven" stands where "Four" stood, but the
        // missing are the "six", and too few words around them say which of the two A's count became.
        let a = "Four people were still missing on Tuesday afternoon.";
        let b = "Seven people have died and six are still unaccounted for, the regional emergency agency said this \
                 afternoon.";
        let p = pair(a, b);
        assert!(p.altered.is_empty(), "{p:#?}");
        assert_eq!(numbers(&p.only_a), ["Four people"], "{p:#?}");
        // Where the words around them say so, the count that stands in its place is the changed one.
        let p = pair(a, "Seven people were still missing on Tuesday afternoon, and six have died.");
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("Four people", "Seven people")], "{p:#?}");
    }

    #[test]
    fn a_number_changed_in_place_is_altered_though_the_other_report_gives_the_old_figure_elsewhere() {
        // B keeps the damage at 1.5 million euros, and changes the fund: the ledger has "€1.5 million" in
        // both, yet in the pair of sentences about the fund the figure changed.
        let (a, b) = (
            "The regional government approved an emergency fund of €1.5 million for the flooded villages on \
             Friday. Insurers estimate the damage at 1.5 million euros.",
            "The regional government approved an emergency fund of €2.5 million for the flooded villages on \
             Friday. Insurers estimate the damage at 1.5 million euros.",
        );
        let altered =
            |p: &PairFacts| -> Vec<(String, String)> { p.altered.iter().map(|x| (x.a.clone(), x.b.clone())).collect() };
        let p = pair(a, b);
        assert_eq!(altered(&p), [("€1.5 million".to_string(), "€2.5 million".to_string())], "{p:#?}");
        // The old figure stays shared, as the damage's.
        assert!(numbers(&p.shared).contains(&"€1.5 million"), "{p:#?}");
        // Swapped, the change is the other way round.
        let p = pair(b, a);
        assert_eq!(altered(&p), [("€2.5 million".to_string(), "€1.5 million".to_string())], "{p:#?}");
        // Where the pair's own sentence gives the old figure too, nothing changed in place.
        let p = pair(a, &b.replace("€2.5 million", "€2.5 million, after €1.5 million last year,"));
        assert!(p.altered.is_empty(), "{p:#?}");
    }

    #[test]
    fn a_number_replaced_in_a_sentence_rebuilt_around_it_is_altered() {
        // B puts the speaker last, so the word diff puts B's figure in a run of words put in before the
        // speaker, and A's in a run taken out after: no one run holds both.
        let p = pair(
            "Chief executive Rachel Dunmore said the company would cut about 1,200 jobs as part of a plan to save \
             $300 million a year.",
            "The company plans to eliminate roughly 1,500 positions under a cost-cutting programme expected to \
             save $300 million annually, chief executive Rachel Dunmore said.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.kind, x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [(FactKind::Number, "1,200 jobs", "1,500 positions")], "{p:#?}");
        // Counts of one noun, in a pair that shares less.
        let p = pair(
            "Heavy rain on Tuesday forced about 4,000 people from their homes along the river.",
            "About 4,500 people had to leave their homes on Tuesday after the river burst its banks.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("4,000 people", "4,500 people")], "{p:#?}");
    }

    #[test]
    fn a_term_changed_in_a_loosely_reworded_sentence_is_altered_either_way() {
        // A tabloid rewrites the lead and changes the term. Which side is A decides where the word diff puts
        // the two terms: in one run of changed words one way, in two the other. Both ways it is one change.
        let (a, b) = (
            "A builder who cheated 140 homeowners of £2.3m was jailed for six years on Monday after a judge said \
             he had preyed on families who trusted him with their home savings.",
            "A ROGUE builder who swindled more than 100 homeowners out of their home savings has been jailed for \
             nine years.",
        );
        let terms = |p: PairFacts| p.altered.iter().map(|x| (x.a.clone(), x.b.clone())).collect::<Vec<_>>();
        assert_eq!(terms(pair(a, b)), [("six years".to_string(), "nine years".to_string())]);
        assert_eq!(terms(pair(b, a)), [("nine years".to_string(), "six years".to_string())]);
    }

    #[test]
    fn counts_of_other_nouns_in_loosely_paired_sentences_stay_apart() {
        // Two headlines are paired whatever each says; each count here is its own fact.
        let a = Article::from_text(
            "a.txt",
            "Inspectors find deep cracks in Calder Creek Dam; 4,200 residents told to prepare for evacuation\n\n\
             Engineers found cracks in the spillway on Tuesday.",
            "utf-8",
        );
        let b = Article::from_text(
            "b.txt",
            "Deputies to knock on 1,650 doors below cracked Calder Creek Dam\n\n\
             Engineers found cracks in the spillway on Tuesday.",
            "utf-8",
        );
        let p = compare(&a, &b);
        assert!(p.altered.is_empty(), "{p:#?}");
        assert_eq!((numbers(&p.only_a), numbers(&p.only_b)), (vec!["4,200 residents"], vec!["1,650 doors"]));
    }

    #[test]
    fn counts_of_one_value_in_an_aligned_pair_are_one_number_whatever_noun_they_count() {
        // The figure kept, the noun and every word around it changed.
        let p = pair(
            "About 14,000 employees work for the firm across the country.",
            "The firm has about 14,000 workers nationwide.",
        );
        assert_eq!(numbers(&p.shared), ["14,000 employees"], "{p:#?}");
        assert!(numbers(&p.only_a).is_empty() && numbers(&p.only_b).is_empty() && p.altered.is_empty(), "{p:#?}");
        // A sum in dollars is no count of workers, though its figure is the same.
        let p = pair("The firm paid 14,000 workers a bonus this year.", "The firm paid $14,000 as a bonus this year.");
        assert!(numbers(&p.shared).is_empty(), "{p:#?}");
        // The figure spelled out by one report, every word around it changed.
        let p = pair(
            "A fire that tore through the plant early on Tuesday killed 12 workers, officials said.",
            "Twelve people working at the plant lost their lives when fire swept through it on Tuesday.",
        );
        assert_eq!(numbers(&p.shared), ["12 workers"], "{p:#?}");
        assert!(numbers(&p.only_a).is_empty() && numbers(&p.only_b).is_empty(), "{p:#?}");
        // Sizes in two units are not one figure: a changed one.
        let p = pair(
            "The operator has set up a 5 km exclusion zone around the site while engineers check the rock.",
            "The operator has set up a 5 mile exclusion zone around the site while engineers check the rock.",
        );
        assert!(numbers(&p.shared).is_empty(), "{p:#?}");
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("5 km", "5 mile")], "{p:#?}");
        // So in American spelling and in other languages; and a sum whose currency changed, its figure
        // kept, is altered as one whose figure changed is.
        let span = "The span that collapsed was {} long, engineers said on Tuesday.";
        let damage = "The storm caused damage estimated at {}, officials said on Monday.";
        let shares = "Shares in the bus company fell {} on Tuesday after the crash.";
        let nurse = "A {} nurse was hurt when a bus hit her car on Tuesday.";
        let driver = "The driver, {}, was arrested at the scene, police said.";
        let vote = "The council voted {} on Monday to lower the speed limit.";
        for (frame, a, b) in [
            (span, "42 meters", "42 feet"),
            (span, "42 metri", "42 piedi"),
            (span, "3 kilometer", "3 mijl"),
            (damage, "$5 million", "€5 million"),
            (damage, "$5 million", "$6 million"),
            // A share's per cent against points, its figure kept; an age, a vote's split, in any writing.
            (shares, "18 points", "18 percent"),
            (shares, "18%", "18 points"),
            (nurse, "24-year-old", "25-year-old"),
            (driver, "aged 61", "aged 63"),
            (vote, "7-2", "6-3"),
        ] {
            let p = pair(&frame.replace("{}", a), &frame.replace("{}", b));
            let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
            assert_eq!(altered, [(a, b)], "{p:#?}");
        }
        // Another figure in another currency may be the sum converted: each side's alone.
        let p = pair(
            "The storm caused damage estimated at $5 million, officials said on Monday.",
            "The storm caused damage estimated at €4.6 million, officials said on Monday.",
        );
        assert!(p.altered.is_empty() && numbers(&p.only_a) == ["$5 million"], "{p:#?}");
        // Two counts of that figure on one side: which one B's is, the figure does not say.
        let p = pair(
            "The firm has 40 plants and 40 depots across the country.",
            "The firm runs 40 factories and warehouses across the country.",
        );
        assert!(numbers(&p.shared).is_empty(), "{p:#?}");
    }

    fn names(facts: &[FactRef]) -> Vec<&str> {
        facts.iter().filter(|f| f.kind == FactKind::Entity).map(|f| f.text.as_str()).collect()
    }

    #[test]
    fn a_name_an_aligned_pair_writes_shorter_is_one_name_shown_in_full() {
        let p = pair(
            "Eastwood Packing said on Monday that a fire had destroyed its plant near Calder.",
            "A fire destroyed the Eastwood plant near Calder early on Monday, the company said.",
        );
        assert_eq!(names(&p.shared), ["Calder", "Eastwood Packing"], "{p:#?}");
        assert!(names(&p.only_a).is_empty() && names(&p.only_b).is_empty(), "{p:#?}");
        // A person named in full by one report and by surname by the other.
        let p = pair(
            "Mayor Dana Ruiz said on Tuesday that the plant in Calder would reopen within a year.",
            "The plant in Calder would reopen within a year, Ruiz said on Tuesday.",
        );
        assert!(names(&p.shared).contains(&"Dana Ruiz"), "{p:#?}");
        assert!(names(&p.only_a).is_empty() && names(&p.only_b).is_empty(), "{p:#?}");
    }

    #[test]
    fn names_that_only_hold_one_another_in_other_ways_stay_apart() {
        // A body built with "of" is not the place it is of.
        let p = pair(
            "The Bank of England raised its main rate on Thursday, the governor said.",
            "England's central bank raised its main rate on Thursday, the governor said.",
        );
        assert_eq!((names(&p.only_a), names(&p.only_b)), (vec!["Bank of England"], vec!["England"]), "{p:#?}");
        // Two names of A that B's short one may stand for: no guess.
        let p = pair(
            "Eastwood Packing and Eastwood Freight said the plant near Calder was closed.",
            "Eastwood said its plant near Calder was closed.",
        );
        assert!(names(&p.only_b).contains(&"Eastwood"), "{p:#?}");
        // Sentences that say other things: the short name may be another's.
        let p = pair(
            "Reporters at the Calder Gazette first learned of the closure on Monday.",
            "Calder has about 40,000 residents and two schools.",
        );
        assert!(names(&p.only_a).contains(&"Calder Gazette") && names(&p.only_b).contains(&"Calder"), "{p:#?}");
    }

    #[test]
    fn a_measure_converted_to_other_units_is_the_same_figure() {
        let p = pair(
            "The quake struck at a depth of 10km, the institute said. Its epicentre was 14km south-west of Velko.",
            "The quake struck at a depth of about 6.2 miles, the institute said. Its epicenter was about 8.7 miles \
             southwest of Velko.",
        );
        assert!(p.altered.is_empty(), "{p:#?}");
        assert_eq!(numbers(&p.shared), ["10km", "14km"], "{p:#?}");
        // Another size in other units is still a changed figure.
        let p = pair(
            "The quake struck at a depth of 10km under the city, the institute said on Sunday.",
            "The quake struck at a depth of about 16 miles under the city, the institute said on Sunday.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("10km", "16 miles")], "{p:#?}");
    }

    #[test]
    fn a_dose_in_another_unit_of_mass_is_a_changed_figure() {
        let altered = altered_in_pair;
        let dose = |d: &str| format!("The drug was given as a {d} injection once a week, the researchers said.");
        // A thousand times the dose behind one figure.
        assert_eq!(altered(&dose("2.5 mg"), &dose("2.5 g")), [("2.5 mg".into(), "2.5 g".into())]);
        assert_eq!(altered(&dose("100 mg"), &dose("100 mcg")), [("100 mg".into(), "100 mcg".into())]);
        // The same dose in micrograms is the same figure, and so is a unit spelled out.
        let p = pair(&dose("2.5 mg"), &dose("2,500 micrograms"));
        assert!(p.altered.is_empty() && numbers(&p.shared) == ["2.5 mg"], "{p:#?}");
        assert!(altered(&dose("2.5 mg"), &dose("2.5 milligram")).is_empty());
        // Ten times less is a changed figure.
        assert_eq!(altered(&dose("2.5 mg"), &dose("250 micrograms")), [("2.5 mg".into(), "250 micrograms".into())]);
    }

    #[test]
    fn a_stretch_of_time_in_another_unit_is_a_changed_figure() {
        let altered = altered_in_pair;
        let follow = |t: &str| format!("Patients were followed for {t} after the last dose, the trial team said.");
        assert_eq!(altered(&follow("6 weeks"), &follow("6 months")), [("6 weeks".into(), "6 months".into())]);
        assert_eq!(altered(&follow("5 hours"), &follow("5 days")), [("5 hours".into(), "5 days".into())]);
        // One stretch written in two units is one figure, rounded as news rounds it.
        for (a, b) in [("48 hours", "two days"), ("four weeks", "a month"), ("18 months", "a year and a half")] {
            assert!(altered(&follow(a), &follow(b)).is_empty(), "{a} / {b}");
        }
    }

    #[test]
    fn a_fraction_replaced_in_an_aligned_pair_is_altered() {
        let p = pair(
            "Walking for half an hour a day cuts the risk of heart disease by a fifth, the study found.",
            "Walking for half an hour a day cuts the risk of heart disease by a quarter, the study found.",
        );
        let altered: Vec<_> = p.altered.iter().map(|x| (x.a.as_str(), x.b.as_str())).collect();
        assert_eq!(altered, [("a fifth", "a quarter")], "{p:#?}");
        // The fraction's figure is its last word: an "a" changed elsewhere in the pair does not stand for it.
        let fifth = Fact {
            kind: FactKind::Number,
            text: "a fifth".into(),
            key: "20".into(),
            sentence: 0,
            value: "20".into(),
            unit: "percent".into(),
            context: Vec::new(),
            person: false,
            speaker: None,
            role: None,
        };
        assert!(!stands_in(&fifth, &["a", "week"]) && stands_in(&fifth, &["by", "a", "fifth,"]));
    }

    fn quotes(p: &PairFacts) -> (Vec<(&str, &str)>, Vec<&str>, Vec<&str>) {
        fn only(fs: &[FactRef]) -> Vec<&str> {
            fs.iter().filter(|f| f.kind == FactKind::Quote).map(|f| f.text.as_str()).collect()
        }
        let altered = p.altered.iter().filter(|x| x.kind == FactKind::Quote).map(|x| (x.a.as_str(), x.b.as_str()));
        (altered.collect(), only(&p.only_a), only(&p.only_b))
    }

    #[test]
    fn a_quotation_with_one_word_replaced_in_an_aligned_pair_is_altered() {
        // Too few words in common for the ledger alone: one of two in each.
        let p = pair(
            "The minister called the closures \"a disgrace\" and \"deeply unfair\" on Monday.",
            "The minister called the closures \"a tragedy\" and \"deeply cruel\" on Monday.",
        );
        let none: Vec<&str> = Vec::new();
        assert_eq!(
            quotes(&p),
            (vec![("a disgrace", "a tragedy"), ("deeply unfair", "deeply cruel")], none.clone(), none),
            "{p:#?}"
        );
        // The same where B moved the sentence and reworded around it.
        let p = pair(
            "The minister called the closures \"a disgrace\" on Monday. Shops shut early across the region.",
            "Shops shut early across the region. Speaking in the capital, the minister called the closures \"a \
             tragedy\" on Monday.",
        );
        assert_eq!(quotes(&p).0, [("a disgrace", "a tragedy")], "{p:#?}");
    }

    #[test]
    fn a_quotation_turned_by_a_small_word_is_altered() {
        let p = pair(
            "He said the reactor posed \"no threat\" to the town. The union called the offer \"very fair\" today.",
            "He said the reactor posed \"a threat\" to the town. The union called the offer \"not fair\" today.",
        );
        assert_eq!(quotes(&p).0, [("no threat", "a threat"), ("very fair", "not fair")], "{p:#?}");
    }

    #[test]
    fn a_quotation_with_one_word_put_in_or_left_out_is_altered() {
        let p = pair(
            "The mayor called the flooding \"a tragedy\" on Monday. She said: \"It is very bad.\"",
            "The mayor called the flooding \"a national tragedy\" on Monday. She said: \"It is bad.\"",
        );
        assert_eq!(quotes(&p).0, [("a tragedy", "a national tragedy"), ("It is very bad", "It is bad")], "{p:#?}");
        // A word put in beside a quotation is no change to it: each side's other quotation stays its own.
        let p = pair(
            "The mayor called the flooding \"a tragedy\" on Monday.",
            "The mayor on Monday called the flooding \"a national disaster\" again.",
        );
        assert!(quotes(&p).0.is_empty(), "{p:#?}");
    }

    #[test]
    fn a_quotation_split_in_two_with_one_half_changed_is_altered() {
        let p = pair(
            "\"This is the worst storm our state has seen in a generation. We ask everyone to stay off the roads \
             tonight,\" Governor Ellen Marsh said.",
            "\"This is the worst storm our state has seen in decades,\" Governor Ellen Marsh said. \"We ask \
             everyone to stay off the roads tonight.\"",
        );
        assert_eq!(quotes(&p).0.len(), 1, "{p:#?}");
        assert_eq!(quotes(&p).0[0].1, "This is the worst storm our state has seen in decades", "{p:#?}");
        // Split faithfully, it is shared.
        let p = pair(
            "\"This is the worst storm our state has seen in a generation. We ask everyone to stay off the roads \
             tonight,\" Governor Ellen Marsh said.",
            "\"This is the worst storm our state has seen in a generation,\" Governor Ellen Marsh said. \"We ask \
             everyone to stay off the roads tonight.\"",
        );
        assert!(quotes(&p).0.is_empty(), "{p:#?}");
    }

    #[test]
    fn quotations_further_apart_or_unaligned_or_unquoted_stay_apart() {
        for (a, b) in [
            // Said in the same place, but other words: nothing says the second was once the first.
            (
                "Officials said \"the fire is out\" late on Monday.",
                "Officials said \"the roof collapsed\" late on Monday.",
            ),
            // Not the same sentence.
            (
                "The minister called the closures \"a disgrace\" on Monday.",
                "Ferries to the island stopped while inspectors called the quay \"a tragedy\" waiting to happen.",
            ),
            // B reports the words without quoting them.
            (
                "The minister called the closures \"a disgrace\" on Monday.",
                "The minister called the closures a tragedy on Monday.",
            ),
        ] {
            let p = pair(a, b);
            assert!(quotes(&p).0.is_empty(), "{a} / {b}: {p:#?}");
        }
        // A quotation cut short is an excerpt, not altered, wherever its words changed around it.
        let p = pair(
            "\"We accept the verdict with humility and we will serve as a responsible opposition,\" he said.",
            "\"We accept the verdict with humility,\" he told reporters.",
        );
        assert!(quotes(&p).0.is_empty(), "{p:#?}");
        assert!(one_word_apart("a disgrace", "a tragedy") && !one_word_apart("a disgrace", "the tragedy"));
    }

    #[test]
    fn numbers_in_unaligned_sentences_or_of_other_sorts_stay_apart() {
        // Not the same sentence: each report's number is its own.
        let p = pair(
            "The firm would cut about 1,200 jobs at its plants this year.",
            "Ferries to the island stopped while 1,500 positions on the quay were checked by inspectors.",
        );
        assert!(p.altered.is_empty(), "{p:#?}");
        // A share for a count, a sum ten times as large, or two numbers out where one came in: no guess.
        for (a, b) in [
            ("It would cut about 1,200 jobs at its plants.", "It would cut about 12% at its plants."),
            ("It paid $4 million for the two plants.", "It paid $90 million for the two plants."),
            ("It cut 1,200 jobs and 30 managers at its plants.", "It cut 1,500 posts at its plants."),
        ] {
            let p = pair(a, b);
            assert!(p.altered.iter().all(|x| x.kind != FactKind::Number), "{a} / {b}: {p:#?}");
        }
    }
}
