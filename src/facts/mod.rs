//! Facts: the quotes, numbers and names each report carries, folded so that surface variants count once,
//! gathered into a corpus ledger and compared pair by pair.
//!
//! ```text
//! Article ──extract──▶ [Fact { kind, text, key }]          (extract.rs: quotes, numbers, entities)
//! [Article] ──extract_all──▶ the same, per article           (shared.rs: shared text read once)
//! [Article] ──Ledger::build──▶ rows of facts × articles     (ledger.rs: folding, clustering, conflicts)
//! [Article] ──align pairs──▶ numbers replaced in aligned sentences, joined in the ledger (aligned.rs)
//! (A, B) ──compare──▶ shared / only A / only B / altered    (pair.rs)
//! ```
//!
//! Every heuristic is general typography and grammar (quotation marks, capitals, honorifics, month names,
//! mostly English; the quotation marks and counts of other scripts, and German's capitalised nouns);
//! nothing is keyed to one story or one outlet.

mod aligned;
mod extract;
mod ledger;
mod pair;
mod roles;
mod shared;
mod speaker;

pub(crate) use extract::{any_month, is_joined_mark};
pub use extract::{entity_key, extract, extract_sentences, quote_key};
pub use ledger::{ArticleRef, Ledger, LedgerFact, Variant, one_figure};
pub use pair::{Altered, FactRef, PairFacts, compare, compare_with, is_figure};
pub use shared::extract_all;
pub use speaker::opening_words;

use serde::Serialize;

/// What a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// Words inside quotation marks.
    Quote,
    /// A number with what it counts, a year, a decade or a date.
    Number,
    /// A person, place, organisation or agency.
    Entity,
}

impl FactKind {
    /// The kind as a word.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Quote => "quote",
            FactKind::Number => "number",
            FactKind::Entity => "entity",
        }
    }
}

/// One fact as one article states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Quote, number or entity.
    pub kind: FactKind,
    /// The fact as written (quotes without their marks).
    pub text: String,
    /// The folded identity: two facts with the same kind and key are the same fact.
    pub key: String,
    /// Index of the sentence it was found in (the first one, for a quote spanning several).
    pub sentence: usize,
    /// Numbers: the value alone ("30", "2022", "02-24"), so that the same count with other words for
    /// the noun is the same fact, and another value for the same noun is a conflict. Empty otherwise.
    pub value: String,
    /// Numbers: the stem of the counted noun ("missil"), or "year", "decade", "date"; empty otherwise.
    pub unit: String,
    /// Numbers: stems of the content words around the number, to tell the same count stated differently
    /// from two different counts. Entities: the name's words, lowercased, for folding surnames.
    pub context: Vec<String>,
    /// Entities: a title or honorific ("Mr", "President") stood before the name, so it is a person.
    pub person: bool,
    /// Quotes: the person the report gives the quotation to, as its attribution names them
    /// ([`speaker`]), or the one person the report names in the role it gives ([`roles`]); `None` when it
    /// names no one.
    pub speaker: Option<String>,
    /// Quotes: the role the attribution gives the speaker where it names no one ("the judge said" gives
    /// "judge"), or its pronoun ("she said" gives "she"), lowercase; `None` otherwise.
    pub role: Option<String>,
}
