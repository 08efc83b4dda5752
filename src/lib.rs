//! pressdiff compares news reports of the same story: which sentences one outlet copied, reworded, added,
//! dropped or moved, down to the words.
//!
//! The pipeline, one module a stage:
//!
//! ```text
//! files ──corpus──▶ Article { title, blocks (body | boilerplate), sentences }
//!        ──alignment(A, B)──▶ pairs (1–1, 1–2, 2–1) + moved flags, unpaired sentences
//!        ──word_diff(pair)──▶ equal / delete / insert runs
//!        ══▶ Comparison { similarity, counts, segments in B's reading order }
//! ```
//!
//! ```
//! use pressdiff::{Article, compare, Kind};
//!
//! let a = Article::from_text("a.txt", "Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs.\n\nTraffic was light.", "utf-8");
//! let b = Article::from_text("b.txt", "Harbour bridge reopens\n\nThe Harbour Bridge re-opened on Monday, after storm repairs.\n\nTraffic was light.", "utf-8");
//! let c = compare(&a, &b);
//! assert_eq!(c.counts.paraphrased, 1);
//! assert_eq!(c.counts.copied, 2);
//! assert_eq!(c.segments[1].kind, Kind::Paraphrased);
//! ```
//!
//! The library has no terminal code: the `app` feature adds the CLI and the TUI on top of it.

pub mod alignment;
pub mod anchors;
pub mod blocks;
pub mod boilerplate;
pub mod comparison;
pub mod corpus;
pub mod decode;
pub mod digits;
pub mod error;
pub mod facts;
pub mod files;
pub mod html;
pub mod inflection;
pub mod markdown;
pub mod matrix;
pub mod months;
pub mod normalize;
pub mod output;
pub mod progress;
pub mod segment;
pub mod sentences;
pub mod stem;
pub mod text;
pub mod unspaced;
pub mod width;
pub mod word_diff;
pub mod wrap;

pub use comparison::{Comparison, Counts, Kind, Segment, Side, compare};
pub use corpus::{Article, Corpus, Sentence};
pub use error::{Error, Result};
pub use text::Text;
pub use word_diff::{Op, Word};
