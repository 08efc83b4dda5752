//! Properties that hold for any input, checked on generated reports: a report against itself, A and B
//! swapped, the word diff read back, hostile bytes, and the sanitiser.

use pressdiff::alignment::Options;
use pressdiff::comparison::compare_sentences;
use pressdiff::decode::{decode, decode_owned, sanitize};
use pressdiff::normalize::{fold, words};
use pressdiff::output::{json, style::Style, text};
use pressdiff::{Article, Comparison, Corpus, Kind, Op, Side, compare};
use proptest::prelude::*;

use crate::common::{first_control, strip_sgr, word};

fn config() -> ProptestConfig {
    ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() }
}

fn side(n: &str) -> Side {
    Side { id: n.into(), path: n.into(), title: n.into(), notes: Vec::new() }
}

fn cmp(a: &[String], b: &[String]) -> Comparison {
    let sa: Vec<&str> = a.iter().map(String::as_str).collect();
    let sb: Vec<&str> = b.iter().map(String::as_str).collect();
    compare_sentences(side("a"), side("b"), &sa, &sb, &Options::default())
}

/// A case the swap law above found: two chains of the same words, one with more pairs than the other.
/// Which of them was kept depended on which report was A, and the moved counts differed (5 against 7).
#[test]
fn swapping_a_and_b_keeps_the_moved_count_when_two_chains_weigh_the_same() {
    let a: Vec<String> = [
        "gafa lega geda tefa teda.",
        "“figa” zoda faka fifa sa zaga “mofa” kaka loga.",
        "mu ze “laka” nada vufa gofa.",
        "be me loda tifa DAGA “biga” rega zefa leka.",
        "ba KOFA VEDA fifa faka.",
        "zofa piga maga, fe bi po.",
        "KAFA foda zu fada.",
        "kega “laga” zoga, zo.",
        "du TU pifa vu ti kuga fufa.",
        "geka naga nu “lega” beka gefa nuda roda difa.",
        "poda lo rofa zifa.",
        "gaka vuga gufa zuda, tafa ki sofa “niga” boda, buga,.",
        "re roda gafa ko RE voga.",
        "teda fofa fofa PO fofa, luda mifa suda zega moda vada “tofa”.",
    ]
    .map(String::from)
    .to_vec();
    let b: Vec<String> = [
        "“ba” “ba” “ba” “ba”.",
        "du TU pifa vu ti kuga fufa.",
        "meka naga nu “lega” beka gefa nuda roda difa.",
        "gaka vuga gufa zuda, tafa ki sofa “niga” boda, buga,.",
        "re roda gafa ko RE voga.",
        "teda fofa fofa PO fofa, luda mifa suda zega moda vada “tofa”.",
        "meka zoda faka fifa sa zaga “mofa” kaka loga.",
        "mu ze “laka” nada vufa gofa.",
        "be me loda tifa DAGA “biga” rega zefa leka.",
        "ba KOFA VEDA fifa faka.",
        "“ba” “ba” “ba” “ba”.",
        "zofa piga maga, fe bi po.",
        "KAFA foda zu fada.",
        "kega “laga” zoga, zo.",
    ]
    .map(String::from)
    .to_vec();
    let (ab, ba) = (cmp(&a, &b), cmp(&b, &a));
    assert_eq!(ab.counts.moved, ba.counts.moved, "ab {:?} ba {:?}", ab.counts, ba.counts);
    assert_eq!((ab.counts.added, ab.counts.omitted), (ba.counts.omitted, ba.counts.added));
}

/// A sentence of 4–14 made-up words from a vocabulary of 300, with some punctuation and case noise.
fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec((0usize..300, 0u8..12), 4..14).prop_map(|ws| {
        let mut s = String::new();
        for (k, (w, deco)) in ws.iter().enumerate() {
            if k > 0 {
                s.push(' ');
            }
            let w = word(*w);
            match deco {
                0 => s.push_str(&format!("“{w}”")),
                1 => s.push_str(&format!("{w},")),
                2 => s.push_str(&w.to_uppercase()),
                _ => s.push_str(&w),
            }
        }
        s.push('.');
        s
    })
}

fn report() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 1..25)
}

/// A report that says the same few things over and over: each of up to 80 sentences is one of a pool
/// of one to four, so most stand many times ("No decision was reached." after each proposal).
fn repetitive_report() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 1..5).prop_flat_map(|pool| {
        let n = pool.len();
        prop::collection::vec(0..n, 1..80).prop_map(move |picks| picks.iter().map(|&k| pool[k].clone()).collect())
    })
}

/// An edit of one sentence of A on its way to B.
#[derive(Debug, Clone)]
enum Edit {
    Keep,
    Drop,
    /// Replace the word at this share of the sentence.
    Reword(usize, usize),
    /// Add a new sentence after this one.
    Insert(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => Just(Edit::Keep),
        1 => Just(Edit::Drop),
        2 => (0usize..100, 300usize..400).prop_map(|(at, w)| Edit::Reword(at, w)),
        1 => sentence().prop_map(Edit::Insert),
    ]
}

/// A, and B derived from it by edits and by moving one block of sentences elsewhere.
fn pair() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
    report().prop_flat_map(|a| {
        let n = a.len();
        (Just(a), prop::collection::vec(edit(), n), 0..=n, 0..=n, 0..=n).prop_map(|(a, edits, x, y, to)| {
            let mut b: Vec<String> = Vec::new();
            for (s, e) in a.iter().zip(edits) {
                match e {
                    Edit::Keep => b.push(s.clone()),
                    Edit::Drop => {}
                    Edit::Reword(at, w) => {
                        let mut ws: Vec<String> = words(s).map(str::to_string).collect();
                        let i = at * ws.len() / 100;
                        ws[i] = word(w);
                        b.push(ws.join(" "));
                    }
                    Edit::Insert(t) => {
                        b.push(s.clone());
                        b.push(t);
                    }
                }
            }
            // Move the block [lo, hi) to position `to` of what remains.
            let (lo, hi) = (x.min(y).min(b.len()), x.max(y).min(b.len()));
            let block: Vec<String> = b.drain(lo..hi).collect();
            let at = to.min(b.len());
            b.splice(at..at, block);
            (a, b)
        })
    })
}

/// The folded, non-empty keys of a text's words: what "the same words" means.
fn keys(text: &str) -> Vec<String> {
    words(text).map(fold).filter(|k| !k.is_empty()).collect()
}

/// A sentence index as a segment lists it.
fn alignment_index(i: usize) -> u32 {
    u32::try_from(i).expect("a small report")
}

fn keys_of_ops(c: &pressdiff::Segment, keep: Op) -> Vec<String> {
    c.words.iter().filter(|w| w.op == Op::Equal || w.op == keep).flat_map(|w| keys(&w.text)).collect()
}

/// The law of a report compared with itself: every sentence copied, nothing else, and no word changed.
fn all_copied(a: &[String]) -> Result<(), TestCaseError> {
    let c = cmp(a, a);
    prop_assert_eq!(c.counts.copied, a.len(), "{:?}", c.counts);
    prop_assert_eq!((c.counts.paraphrased, c.counts.added, c.counts.omitted, c.counts.moved), (0, 0, 0, 0));
    prop_assert_eq!(c.similarity, 1.0);
    for s in &c.segments {
        prop_assert!(s.words.iter().all(|w| w.op == Op::Equal), "{:?}", s);
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_report_against_itself_is_all_copied(a in report()) {
        all_copied(&a)?;
    }

    /// Every copy of a sentence that repeats pairs with its copy: probing keeps a sentence's best few
    /// candidates, and past a few copies (seven, at first) they ran out.
    #[test]
    fn a_report_that_repeats_itself_against_itself_is_all_copied(a in repetitive_report()) {
        all_copied(&a)?;
    }

    #[test]
    fn an_article_against_itself_is_all_copied(a in report(), title in sentence()) {
        let text = format!("{title}\n\n{}", a.join("\n"));
        let art = Article::from_text("x.txt", &text, "utf-8");
        let c = compare(&art, &art);
        prop_assert_eq!(c.counts.copied, art.sentences.len());
        prop_assert_eq!(c.segments.len(), art.sentences.len());
        prop_assert!(c.segments.iter().all(|s| s.kind == Kind::Copied && !s.moved));
    }

    #[test]
    fn swapping_a_and_b_swaps_added_and_omitted((a, b) in pair()) {
        let ab = cmp(&a, &b);
        let ba = cmp(&b, &a);
        prop_assert_eq!(ab.counts.added, ba.counts.omitted, "ab {:?} ba {:?}", ab.counts, ba.counts);
        prop_assert_eq!(ab.counts.omitted, ba.counts.added);
        prop_assert_eq!(ab.counts.copied, ba.counts.copied);
        prop_assert_eq!(ab.counts.paraphrased, ba.counts.paraphrased);
        prop_assert_eq!(ab.counts.moved, ba.counts.moved);
        prop_assert_eq!(ab.similarity, ba.similarity);
    }

    /// The same law for two reports with headlines, which pair only with each other.
    #[test]
    fn swapping_reports_with_headlines_swaps_added_and_omitted(
        (a, b) in pair(),
        heads in (sentence(), sentence(), 0usize..3, 0usize..100),
    ) {
        let (head_a, head_b, kind, at) = heads;
        // B's headline is A's with a word added, so that the two pair; or one of A's sentences with a word
        // added, which only A's headline may pair with; or a sentence of its own.
        let head_b = match kind {
            0 => format!("{} {}", head_a.trim_end_matches('.'), word(7)),
            1 => format!("{} {}", a[at * a.len() / 100].trim_end_matches('.'), word(7)),
            _ => head_b,
        };
        let article = |name: &str, head: &str, body: &[String]| {
            let text = format!("{}\n\n{}\n", head.trim_end_matches('.'), body.join("\n\n"));
            Article::from_text(name, &text, "utf-8")
        };
        let (x, y) = (article("a.txt", &head_a, &a), article("b.txt", &head_b, &b));
        prop_assume!(x.headline_sentence().is_some() && y.headline_sentence().is_some());
        let (ab, ba) = (compare(&x, &y), compare(&y, &x));
        prop_assert_eq!((ab.counts.added, ab.counts.omitted), (ba.counts.omitted, ba.counts.added));
        prop_assert_eq!((ab.counts.copied, ab.counts.paraphrased), (ba.counts.copied, ba.counts.paraphrased));
        prop_assert_eq!(ab.counts.moved, ba.counts.moved);
        prop_assert_eq!(ab.similarity, ba.similarity);
        // A headline is in no pair but the headlines' own.
        let (hx, hy) = (x.headline_sentence().map(alignment_index), y.headline_sentence().map(alignment_index));
        for s in ab.segments.iter().filter(|s| s.a_text.is_some() && s.b_text.is_some()) {
            prop_assert_eq!(s.a_sentences.first().copied() == hx, s.b_sentences.first().copied() == hy, "{:?}", s);
        }
    }

    #[test]
    fn the_words_of_both_sides_read_back_from_the_diff((a, b) in pair()) {
        let c = cmp(&a, &b);
        let mut from_a: Vec<(usize, Vec<String>)> = Vec::new();
        let mut from_b: Vec<(usize, Vec<String>)> = Vec::new();
        for s in &c.segments {
            // Equal + delete give A's words; equal + insert give B's.
            if let Some(t) = &s.a_text {
                prop_assert_eq!(keys_of_ops(s, Op::Delete), keys(t), "A side of {:?}", s);
                from_a.push((s.a_sentences[0] as usize, keys(t)));
            }
            if let Some(t) = &s.b_text {
                prop_assert_eq!(keys_of_ops(s, Op::Insert), keys(t), "B side of {:?}", s);
                from_b.push((s.b_sentences[0] as usize, keys(t)));
            }
            prop_assert_eq!(s.kind == Kind::Copied, s.a_text.is_some() && s.b_text.is_some() && s.words.iter().all(|w| w.op == Op::Equal));
        }
        // Every sentence of each side is in exactly one segment, and its text is the sentence's.
        from_a.sort();
        from_b.sort();
        let all_a: Vec<String> = a.iter().flat_map(|t| keys(t)).collect();
        let all_b: Vec<String> = b.iter().flat_map(|t| keys(t)).collect();
        prop_assert_eq!(from_a.into_iter().flat_map(|x| x.1).collect::<Vec<_>>(), all_a);
        prop_assert_eq!(from_b.into_iter().flat_map(|x| x.1).collect::<Vec<_>>(), all_b);
    }

    #[test]
    fn unmoved_pairs_keep_their_order((a, b) in pair()) {
        let c = cmp(&a, &b);
        let order: Vec<usize> = c.segments.iter()
            .filter(|s| !s.moved && s.a_text.is_some() && s.b_text.is_some())
            .map(|s| s.a_sentences[0] as usize).collect();
        prop_assert!(order.windows(2).all(|w| w[0] < w[1]), "{:?}", order);
        let b_order: Vec<usize> = c.segments.iter().filter_map(|s| s.b_sentences.first().map(|&j| j as usize)).collect();
        prop_assert!(b_order.windows(2).all(|w| w[0] < w[1]), "segments not in B order: {:?}", b_order);
        prop_assert_eq!(c.counts.moved, c.segments.iter().filter(|s| s.moved).count());
    }

    #[test]
    fn a_file_decoded_in_its_own_buffer_reads_as_one_decoded_from_a_copy(
        a in prop_oneof![hostile(), "[A-Za-z .,\n“”’—é£]{0,200}".prop_map(String::into_bytes)],
        bom in any::<bool>(),
    ) {
        let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        bytes.extend_from_slice(&a);
        prop_assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
    }

    #[test]
    fn no_control_character_reaches_any_output(a in hostile(), b in hostile()) {
        let (da, db) = (decode(&a), decode(&b));
        let (Some(da), Some(db)) = (da, db) else { return Ok(()) };
        for t in [&da.text, &db.text] {
            prop_assert!(t.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'), "{:?}", t);
        }
        let corpus = Corpus::from_articles(vec![
            Article::from_text("a.txt", &da.text, da.encoding),
            Article::from_text("b.txt", &db.text, db.encoding),
        ]);
        let (x, y) = (&corpus.articles[0], &corpus.articles[1]);
        let c = compare(x, y);
        let facts = pressdiff::facts::compare_with(x, y, &c);
        let mut out = Vec::new();
        json::diff(&mut out, &c).unwrap();
        json::diff_with_facts(&mut out, &c, Some(&facts), Some((x, y))).unwrap();
        json::list(&mut out, &corpus).unwrap();
        let s = String::from_utf8(out).unwrap();
        // serde_json escapes C0 as \u00XX; the text must not contain any such escape or raw control.
        prop_assert!(!s.contains("\\u00"), "escaped control in JSON");
        prop_assert!(first_control(&s).is_none(), "{:?}", first_control(&s));
        for color in [false, true] {
            let mut out = Vec::new();
            text::diff(&mut out, &c, x, y, Some(&facts), true, Style { color }).unwrap();
            text::list(&mut out, &corpus, Style { color }).unwrap();
            let s = String::from_utf8(out).unwrap();
            let plain = strip_sgr(&s).map_err(TestCaseError::fail)?;
            prop_assert!(color || !s.contains('\u{1b}'), "escape without colour");
            prop_assert!(first_control(&plain).is_none(), "{:?} in {:?}", first_control(&plain), plain);
        }
    }

    #[test]
    fn sanitize_is_idempotent_and_leaves_no_controls(s in hostile_str()) {
        let once = sanitize(&s);
        prop_assert_eq!(sanitize(&once), once.clone());
        prop_assert!(once.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'), "{:?}", once);
        prop_assert!(!once.contains('\r'));
    }

    #[test]
    fn sanitize_keeps_plain_text(s in "[a-zA-Z0-9 .,;:'\"“”é—\n\t-]{0,200}") {
        prop_assert_eq!(sanitize(&s), s);
    }
}

/// Text made of words, escape-sequence fragments, C0 and C1 controls, CR, bidi controls.
fn hostile_str() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,8}( |\\. |\n|\n\n)",
        1 => Just("\u{1b}[31m".to_string()),
        1 => Just("\u{1b}[0m".to_string()),
        1 => Just("\u{1b}]0;title\u{7}".to_string()),
        1 => Just("\u{1b}]8;;http://x\u{1b}\\".to_string()),
        1 => Just("\u{1b}P1;2|q\u{1b}\\".to_string()),
        1 => Just("\u{1b}[".to_string()),
        1 => Just("\u{1b}]".to_string()),
        1 => Just("\u{1b}".to_string()),
        1 => Just("\r\n".to_string()),
        1 => Just("\r".to_string()),
        1 => "[\u{0}-\u{1f}\u{7f}-\u{9f}]{1,3}",
        1 => "[\u{202a}-\u{202e}\u{2066}-\u{2069}]",
        1 => "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Bytes of a hostile file: UTF-8 hostile text, or the same with raw Latin-1/C1 bytes mixed in.
fn hostile() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        hostile_str().prop_map(String::into_bytes),
        (hostile_str(), prop::collection::vec(0x80u8..=0xff, 1..20)).prop_map(|(s, extra)| {
            let mut v = s.into_bytes();
            let step = (v.len() / extra.len()).max(1);
            for (k, b) in extra.into_iter().enumerate() {
                let at = (k * step).min(v.len());
                v.insert(at, b);
            }
            v
        }),
    ]
}
