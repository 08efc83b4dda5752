//! Snapshots of the sample corpus: the BBC report against each other report, and the JSON listing.
//!
//! Alignment and boilerplate tuning change these outputs on purpose; a reviewed change is re-accepted with
//! `cargo insta review`. The assertions next to each snapshot state what must stay true whatever the tuning.

use crate::common::{BBC, SAMPLES, pressdiff};
use pressdiff::normalize::{fold, words};
use pressdiff::{Comparison, Corpus, Kind, Op, compare};

/// Page furniture found in the sample files, which no segment may show as story.
const FURNITURE: [&str; 7] =
    ["Leave a Reply", "©", "Read More", "Google Ads", "Share post", "View Comments", "Posted on"];

fn keys(text: &str) -> Vec<String> {
    words(text).map(fold).filter(|k| !k.is_empty()).collect()
}

fn comparison_with(other: &str) -> Comparison {
    let corpus = Corpus::sample();
    let id = |n: &str| n.trim_end_matches(".txt").to_string();
    let a = &corpus.articles[corpus.find(&id(BBC)).unwrap()];
    let b = &corpus.articles[corpus.find(&id(other)).unwrap()];
    compare(a, b)
}

/// What a reader checks in any comparison of two sample reports.
fn assert_reads_right(c: &Comparison) {
    for s in &c.segments {
        let texts = [s.a_text.as_deref(), s.b_text.as_deref()];
        for t in texts.into_iter().flatten().chain(s.words.iter().map(|w| &*w.text)) {
            for f in FURNITURE {
                assert!(!t.contains(f), "furniture {f:?} shown as story in {t:?}");
            }
        }
        // Copied means the same words up to case, quotes and punctuation; anything else is not copied.
        if let (Some(a), Some(b)) = (&s.a_text, &s.b_text) {
            assert_eq!(s.kind == Kind::Copied, keys(a) == keys(b), "{s:?}");
        }
        // A change is never a quote-style or case change: a delete next to an insert must differ in words.
        for w in s.words.windows(2) {
            if w[0].op == Op::Delete && w[1].op == Op::Insert {
                assert_ne!(keys(&w[0].text), keys(&w[1].text), "no-op change in {s:?}");
            }
        }
    }
    let moved = c.segments.iter().filter(|s| s.moved).count();
    assert_eq!(c.counts.moved, moved);
    assert!((0.0..=1.0).contains(&c.similarity));
}

/// The segment that holds A's sentence containing `needle`.
fn segment_of_a<'c>(c: &'c Comparison, needle: &str) -> &'c pressdiff::Segment {
    c.segments
        .iter()
        .find(|s| s.a_text.as_deref().is_some_and(|t| t.contains(needle)))
        .unwrap_or_else(|| panic!("no segment holds A's {needle:?}"))
}

#[test]
fn bbc_vs_000() {
    let c = comparison_with(SAMPLES[0]);
    assert_reads_right(&c);
    // This copy is a loose rewrite that adds a long tail of its own.
    assert!(c.counts.added > c.counts.omitted, "{:?}", c.counts);
    insta::assert_json_snapshot!("bbc_vs_000", c);
}

#[test]
fn bbc_vs_001() {
    let c = comparison_with(SAMPLES[1]);
    assert_reads_right(&c);
    // A close paraphrase: nearly every BBC sentence has its counterpart.
    assert!(c.counts.omitted <= 2, "{:?}", c.counts);
    // Straight quotes in the BBC, curly quotes here: still a copy.
    let s = segment_of_a(&c, "strategic and tactical cooperation");
    assert!(s.a_text.as_deref().unwrap().contains('"') && s.b_text.as_deref().unwrap().contains('“'), "{s:?}");
    assert_eq!(s.kind, Kind::Copied, "{s:?}");
    insta::assert_json_snapshot!("bbc_vs_001", c);
}

#[test]
fn bbc_vs_002() {
    let c = comparison_with(SAMPLES[2]);
    assert_reads_right(&c);
    // The headline is the same story with a different verb.
    assert_ne!(c.segments.iter().find(|s| s.b_sentences.contains(&0)).map(|s| s.kind), Some(Kind::Added));
    insta::assert_json_snapshot!("bbc_vs_002", c);
}

#[test]
fn bbc_vs_003() {
    let c = comparison_with(SAMPLES[3]);
    assert_reads_right(&c);
    // This copy tells of the Soviet alliance right after the "comradely friendship" line, where the BBC
    // tells it near the end: a move.
    let s = segment_of_a(&c, "The Soviet Union was once a major ally");
    assert!(s.b_text.is_some(), "{s:?}");
    assert!(s.moved, "{s:?}");
    insta::assert_json_snapshot!("bbc_vs_003", c);
}

#[test]
fn list_json_of_the_sample_corpus() {
    let out = pressdiff().args(["list", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arts = v["articles"].as_array().unwrap();
    let mut furniture_set_aside = Vec::new();
    for a in arts {
        let body: Vec<&str> = a["body"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
        assert!(body.len() >= 5, "{}: {body:?}", a["id"]);
        for s in &body {
            for f in FURNITURE {
                assert!(!s.contains(f), "{}: furniture {f:?} in body sentence {s:?}", a["id"]);
            }
        }
        for b in a["boilerplate"].as_array().unwrap() {
            let b = b.as_str().unwrap();
            furniture_set_aside.extend(FURNITURE.iter().filter(|f| b.contains(*f)));
        }
        assert!(!a["title"].as_str().unwrap().contains("Posted on"));
    }
    // The furniture is kept, as boilerplate, not lost.
    for f in ["Leave a Reply", "©", "Read More", "Google Ads"] {
        assert!(furniture_set_aside.contains(&&f), "{f:?} not among the boilerplate");
    }
    insta::assert_json_snapshot!("list_sample", v);
}
