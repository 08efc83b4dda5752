//! Facts of a pair: which A and B share, which only one carries, and which they give differently.

use super::FactKind;
use super::ledger::{Ledger, LedgerFact, Relation, relation};
use crate::corpus::Article;
use serde::Serialize;

/// A fact as the pair view lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactRef {
    /// Quote, number or entity.
    pub kind: FactKind,
    /// The wording (A's, for a shared fact).
    pub text: String,
}

/// A fact both give, in different words or numbers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Altered {
    /// Quote or number.
    pub kind: FactKind,
    /// As A gives it.
    pub a: String,
    /// As B gives it.
    pub b: String,
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
    PairFacts::from_ledger(&Ledger::build_refs(&[a, b]), 0, 1)
}

impl PairFacts {
    /// The pair view of two articles of a ledger.
    pub fn from_ledger(ledger: &Ledger, a: usize, b: usize) -> PairFacts {
        let mut out = PairFacts::default();
        for f in &ledger.facts {
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
        FactKind::Entity => None,
        FactKind::Quote => {
            if pairs().any(|(x, y)| x.key == y.key || relation(&x.key, &y.key) == Relation::Excerpt) {
                return None;
            }
            let (x, y) = pairs().find(|(x, y)| relation(&x.key, &y.key) == Relation::Altered)?;
            Some(Altered { kind: f.kind, a: x.text.clone(), b: y.text.clone() })
        }
        FactKind::Number => {
            if pairs().any(|(x, y)| x.value == y.value) {
                return None;
            }
            let (x, y) = pairs().next()?;
            Some(Altered { kind: f.kind, a: x.text.clone(), b: y.text.clone() })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                b: "constructive and comprehensive relations".into()
            }]
        );
        assert!(p.shared.contains(&FactRef { kind: FactKind::Number, text: "2022".into() }));
        assert!(p.shared.contains(&FactRef { kind: FactKind::Entity, text: "Putin".into() }));
        assert_eq!(p.only_a, [FactRef { kind: FactKind::Entity, text: "Pyongyang".into() }]);
        assert_eq!(p.only_b, [FactRef { kind: FactKind::Entity, text: "Moscow".into() }]);
    }
}
