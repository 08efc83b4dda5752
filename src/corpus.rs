//! Loading a corpus: files and folders in, [`Article`]s out, each cut into blocks, judged body or boilerplate,
//! and split into sentences.
//!
//! Files are opened read-only and nothing is ever written beside them. Binary files inside a folder are
//! skipped with a warning; a binary file named on its own is an error, since the user asked for it.

use crate::alignment::{self, SentenceKey};
use crate::blocks::{self, Block};
use crate::boilerplate::{self, Reason};
use crate::decode::{decode, decode_owned, shown_path};
use crate::error::{Error, Result};
use crate::files::{self, Files, Found};
use crate::markdown;
use crate::progress::LoadProgress;
use crate::sentences;
use crate::text::Text;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::num::NonZeroU64;
use std::path::Path;
use std::sync::Arc;

/// A block of an article with the verdict of the boilerplate stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleBlock {
    /// The block's text and line number. The text of a body block is empty: it lives in the article's
    /// sentences, and [`Article::block_text`] joins it back, so a large corpus is not held twice.
    pub block: Block<'static>,
    /// `None` for story text, or why the block is boilerplate.
    pub boilerplate: Option<Reason>,
}

/// One sentence of an article's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence as written, with whitespace collapsed: a range of the report's text as it was read,
    /// shared with a comparison's segments and word runs.
    pub text: Text,
    /// Its exact-match key ([`SentenceKey::hash`]), made once at load for every comparison to use.
    pub key: Option<NonZeroU64>,
    /// Index of the block it comes from, in [`Article::blocks`]. (Four bytes each for this and `words`:
    /// a large corpus holds hundreds of thousands of sentences.)
    pub block: u32,
    /// Its number of words.
    pub words: u32,
}

impl Sentence {
    /// [`Sentence::block`] as an index.
    pub fn block(&self) -> usize {
        self.block as usize
    }
}

/// One report of the story.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// A short identifier, unique within the corpus: the file name without its extension.
    pub id: String,
    /// The path as the user gave it (or `sample/…` for the embedded corpus).
    pub path: String,
    /// The headline, or the file name when none was found.
    pub title: String,
    /// The encoding the file was decoded from.
    pub encoding: String,
    /// Every block of the file, story and boilerplate, in order.
    pub blocks: Vec<ArticleBlock>,
    /// The sentences of the body blocks, in reading order.
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// Build an article from already decoded text. Boilerplate is judged with this article's own signals;
    /// [`Corpus::from_articles`] adds the support of other articles.
    pub fn from_text(path: impl Into<String>, text: &str, encoding: impl Into<String>) -> Article {
        Article::from_string(path.into(), text.to_string(), encoding.into())
    }

    /// [`Article::from_text`], keeping `text` itself: the article's sentences are ranges of it.
    fn from_string(path: String, text: String, encoding: String) -> Article {
        let base = Arc::new(text);
        let whole = Text::whole(base.clone());
        let mut blocks = blocks::split_blocks(&base);
        let title_at = boilerplate::find_title(&blocks);
        // Markdown is markup, not words of the story: a heading's `#` marks are dropped once they have told
        // the headline apart, and links read as their words.
        for b in &mut blocks {
            if let Some(text) = markdown::story_text(&b.text) {
                b.text = Cow::Owned(text);
            }
        }
        // Each block's text as shared text: a range of the report's, where the block stands in it as it is.
        let texts: Vec<(Text, usize)> = blocks.into_iter().map(|b| (whole.part(b.text), b.line)).collect();
        let strs: Vec<&str> = texts.iter().map(|(t, _)| &**t).collect();
        // Every block is split into sentences before the verdicts are in, so that the boilerplate scan's
        // words' keys key them block by block as they come; a list of every word's key, kept until the
        // verdicts were in, was a quarter of the memory a long report took to load. Boilerplate's
        // sentences are dropped after.
        let mut sentences = Vec::new();
        let mut starts = Vec::with_capacity(texts.len() + 1);
        for (i, (text, _)) in texts.iter().enumerate() {
            starts.push(sentences.len());
            let block = u32::try_from(i).unwrap_or(u32::MAX);
            sentences.extend(sentences::split_text(text).into_iter().map(|text| {
                let words = u32::try_from(sentences::count_words(&text)).unwrap_or(u32::MAX);
                Sentence { text, key: None, block, words }
            }));
        }
        starts.push(sentences.len());
        let verdicts = boilerplate::classify_keyed(&strs, title_at, |i, keys| {
            key_sentences(&mut sentences[starts[i]..starts[i + 1]], keys);
        });
        sentences.retain(|s| verdicts[s.block()].is_none());
        // A corpus keeps its articles' sentences for as long as it is open: not the room the boilerplate's
        // took, nor the slack of growing.
        sentences.shrink_to_fit();
        let title = title_at
            .or_else(|| strs.iter().position(|t| !t.is_empty()))
            .map(|i| clip(&sentences::collapse(strs[i]), 200))
            .unwrap_or_else(|| stem_of(&path));
        // Only boilerplate keeps a block's text: the body's is in its sentences.
        let blocks = texts
            .iter()
            .zip(verdicts)
            .map(|((text, line), boilerplate)| {
                let text = if boilerplate.is_some() { Cow::Owned(text.to_string()) } else { Cow::Borrowed("") };
                ArticleBlock { block: Block { text, line: *line }, boilerplate }
            })
            .collect();
        Article { id: stem_of(&path), path, title, encoding, blocks, sentences }
    }

    /// Turn the given boilerplate blocks into body: split them into sentences, keep those in reading order,
    /// and free the blocks' text.
    fn move_into_sentences(&mut self, blocks: &[usize]) {
        for &i in blocks {
            let text = Text::from(std::mem::take(&mut self.blocks[i].block.text).into_owned());
            let block = u32::try_from(i).unwrap_or(u32::MAX);
            for text in sentences::split_text(&text) {
                let key = alignment::text_key(&text);
                let words = u32::try_from(key.words).unwrap_or(u32::MAX);
                self.sentences.push(Sentence { text, key: key.hash, block, words });
            }
        }
        // Stable, so sentences of one block keep their order. Blocks nearly always come in order, and a
        // stable sort sets aside a copy of the list before it finds that out.
        if !self.sentences.is_sorted_by_key(|s| s.block) {
            self.sentences.sort_by_key(|s| s.block);
        }
    }

    /// The text of block `i`: as written for boilerplate, joined from its sentences for a body block.
    pub fn block_text(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let b = &self.blocks[i];
        if b.boilerplate.is_some() {
            return std::borrow::Cow::Borrowed(&b.block.text);
        }
        let start = self.sentences.partition_point(|s| s.block() < i);
        let texts: Vec<&str> =
            self.sentences[start..].iter().take_while(|s| s.block() == i).map(|s| &*s.text).collect();
        std::borrow::Cow::Owned(texts.join(" "))
    }

    /// Number of words in the body.
    pub fn word_count(&self) -> usize {
        self.sentences.iter().map(|s| s.words as usize).sum()
    }

    /// The boilerplate blocks, in order.
    pub fn boilerplate(&self) -> impl Iterator<Item = (&Block<'static>, Reason)> {
        self.blocks.iter().filter_map(|b| b.boilerplate.map(|r| (&b.block, r)))
    }
}

/// Key one block's sentences from its words' keys, as the boilerplate scan made them.
///
/// The splitter cuts between words and collapsing keeps them, so the sentences' words are the block's
/// words in order, unless a cut fell inside a word or a fragment was merged back with a space. Either only
/// adds words: the counts agreeing shows the keys line up. (In Chinese or Japanese, where each character
/// is a word but spaces are rare, they never agree, and the keys are made from the text.)
fn key_sentences(sentences: &mut [Sentence], keys: &[u32]) {
    let lined_up = sentences.iter().map(|s| s.words as usize).sum::<usize>() == keys.len();
    let mut rest = keys;
    for s in sentences {
        let key = if lined_up {
            let (own, after) = rest.split_at(s.words as usize);
            rest = after;
            SentenceKey::of_words(own)
        } else {
            alignment::text_key(&s.text)
        };
        s.key = key.hash;
        s.words = u32::try_from(key.words).unwrap_or(u32::MAX);
    }
}

/// A set of articles about one story.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The articles, sorted by path within each argument.
    pub articles: Vec<Article>,
    /// Things the reader should know that did not stop the load: skipped binary files, for example.
    pub warnings: Vec<String>,
}

/// The sample corpus that ships inside the binary: five web copies of one story, junk included.
const SAMPLE: &[(&str, &[u8])] = &[
    ("000_e1ce51db32a55e92.txt", include_bytes!("../assets/corpus/000_e1ce51db32a55e92.txt")),
    ("001_be7a17cd2114efca.txt", include_bytes!("../assets/corpus/001_be7a17cd2114efca.txt")),
    ("002_b163edcbdd175167.txt", include_bytes!("../assets/corpus/002_b163edcbdd175167.txt")),
    ("003_e51ecf91464a7da7.txt", include_bytes!("../assets/corpus/003_e51ecf91464a7da7.txt")),
    ("004_5abb5772e0315b45.txt", include_bytes!("../assets/corpus/004_5abb5772e0315b45.txt")),
];

impl Corpus {
    /// The embedded sample corpus.
    pub fn sample() -> Corpus {
        let articles = SAMPLE
            .iter()
            .filter_map(|(name, bytes)| {
                decode(bytes).map(|d| Article::from_string(format!("sample/{name}"), d.text, d.encoding))
            })
            .collect();
        Corpus::from_articles(articles)
    }

    /// Load files and folders. Folders are read recursively for `.txt`, `.md` and `.text` files, hidden
    /// entries skipped, sorted by path.
    pub fn load<P: AsRef<Path>>(paths: &[P]) -> Result<Corpus> {
        Corpus::load_counting(paths, &LoadProgress::default())
    }

    /// [`Corpus::load`], counting its progress in `progress` for a front end to show.
    pub fn load_counting<P: AsRef<Path>>(paths: &[P], progress: &LoadProgress) -> Result<Corpus> {
        let Files { found: files, mut warnings } = files::collect(paths)?;
        progress.found(files.len());
        let loaded: Vec<Result<Option<Article>>> = files
            .par_iter()
            .map(|Found { path, named }| {
                let bytes = std::fs::read(path).map_err(|e| Error::Io { path: path.clone(), source: e })?;
                // Clean UTF-8 is not copied at all, and blocks borrow it.
                match decode_owned(bytes) {
                    Some(d) => Ok(Some(Article::from_string(shown_path(path), d.text, d.encoding))),
                    None if *named => Err(Error::Binary(path.clone())),
                    None => Ok(None),
                }
            })
            .inspect(|_| progress.read_one())
            .collect();
        let mut articles = Vec::new();
        for (result, Found { path, .. }) in loaded.into_iter().zip(&files) {
            match result? {
                Some(a) => articles.push(a),
                None => warnings.push(format!("{}: skipped, binary file", shown_path(path))),
            }
        }
        if articles.is_empty() {
            let first = paths.first().map(|p| p.as_ref().to_path_buf()).unwrap_or_default();
            // Files were found, so "no articles found" would send the reader looking for the wrong fault.
            return Err(match files.first() {
                Some(Found { path, .. }) => Error::AllBinary(first, files.len(), path.clone()),
                None => Error::NoArticles(first),
            });
        }
        progress.checking();
        let mut corpus = Corpus::from_articles(articles);
        corpus.warnings = warnings;
        Ok(corpus)
    }

    /// Gather articles into a corpus: make ids unique, and let support from other articles overturn
    /// topic-based boilerplate verdicts.
    pub fn from_articles(mut articles: Vec<Article>) -> Corpus {
        unique_ids(&mut articles);
        rescue_supported(&mut articles);
        Corpus { articles, warnings: Vec::new() }
    }

    /// The article with this id or path.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == key || a.path == key)
    }
}

/// A block judged off topic or after the story, that shares [`boilerplate::SUPPORT_SHINGLES`] word
/// trigrams with the body of another article, is story after all: two outlets rarely copy each other's
/// page furniture, and if they do, the furniture rules (which are not overturned) have already caught it.
fn rescue_supported(articles: &mut [Article]) {
    if articles.len() < 2 {
        return;
    }
    // The doubtful prose blocks' shingles, as one sorted array of (shingle, article, block): flat and
    // allocation-light even when a big corpus doubts millions of words. Short lines are never rescued.
    let mut wanted: Vec<(u64, u32, u32)> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(ai, a)| {
            a.blocks.iter().enumerate().filter(|(_, b)| b.boilerplate.is_some_and(Reason::is_topical)).flat_map(
                move |(bi, b)| {
                    let mut sh = boilerplate::shingles(&b.block.text);
                    sh.sort_unstable();
                    sh.dedup();
                    sh.into_iter().map(move |s| (s, ai as u32, bi as u32))
                },
            )
        })
        .collect();
    if wanted.is_empty() {
        return;
    }
    wanted.par_sort_unstable();
    // A phrase found in many doubtful blocks ("said that the") says nothing about copying, and walking
    // its long run for every article that uses it would make this pass quadratic.
    const MAX_RUN: usize = 64;
    let mut common: Vec<u64> = Vec::new();
    for run in wanted.chunk_by(|x, y| x.0 == y.0) {
        if run.len() > MAX_RUN {
            common.push(run[0].0);
        }
    }
    if !common.is_empty() {
        wanted.retain(|w| common.binary_search(&w.0).is_err());
    }
    let buckets = Buckets::new(&wanted);
    // For every article, the doubtful blocks of *other* articles that its body shares shingles with.
    let mut rescued: Vec<(u32, u32)> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(ai, a)| {
            // Only the body's shingles that some doubtful block has are kept: most are not, and sorting
            // every shingle of every article was a third of this pass.
            let mut mine: Vec<u64> = Vec::new();
            for s in &a.sentences {
                boilerplate::for_each_shingle(&s.text, |sh| {
                    if buckets.contains(&wanted, sh) {
                        mine.push(sh);
                    }
                });
            }
            mine.sort_unstable();
            mine.dedup();
            let mut hits: Vec<(u32, u32)> = Vec::new();
            for s in mine {
                let at = buckets.lower_bound(&wanted, s);
                for &(k, other, block) in &wanted[at..] {
                    if k != s {
                        break;
                    }
                    if other as usize != ai {
                        hits.push((other, block));
                    }
                }
            }
            hits.sort_unstable();
            let mut out = Vec::new();
            for run in hits.chunk_by(|x, y| x == y) {
                if run.len() >= boilerplate::SUPPORT_SHINGLES {
                    out.push(run[0]);
                }
            }
            out
        })
        .collect();
    rescued.sort_unstable();
    rescued.dedup();
    for run in rescued.chunk_by(|x, y| x.0 == y.0) {
        let article = &mut articles[run[0].0 as usize];
        let blocks: Vec<usize> = run.iter().map(|&(_, b)| b as usize).collect();
        for &b in &blocks {
            article.blocks[b].boilerplate = None;
        }
        article.move_into_sentences(&blocks);
    }
}

/// A direct index over sorted, uniformly distributed 64-bit keys by their top bits: finding a key costs
/// one table read and a scan of a few entries, where a binary search over millions of keys would miss
/// the cache at every step.
struct Buckets {
    starts: Vec<u32>,
    /// How many top bits of a key pick its bucket: about one bucket per entry, so that a small corpus
    /// does not build (and zero) a table sized for millions.
    bits: u32,
}

impl Buckets {
    /// The most buckets: 2^20 (4 MB of table).
    const MAX_BITS: u32 = 20;

    fn new(entries: &[(u64, u32, u32)]) -> Buckets {
        let bits = entries.len().max(2).next_power_of_two().trailing_zeros().min(Self::MAX_BITS);
        let mut starts = vec![0u32; (1 << bits) + 1];
        for &(k, _, _) in entries {
            starts[(k >> (64 - bits)) as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        Buckets { starts, bits }
    }

    /// Whether `target` is among the entries.
    fn contains(&self, entries: &[(u64, u32, u32)], target: u64) -> bool {
        entries.get(self.lower_bound(entries, target)).is_some_and(|e| e.0 == target)
    }

    /// The first index whose key is not below `target` (`entries` must be the sorted entries given to `new`).
    fn lower_bound(&self, entries: &[(u64, u32, u32)], target: u64) -> usize {
        let b = (target >> (64 - self.bits)) as usize;
        let (lo, hi) = (self.starts[b] as usize, self.starts[b + 1] as usize);
        lo + entries[lo..hi].partition_point(|e| e.0 < target)
    }
}

/// Ids are file stems; a stem seen before gets `-2`, `-3` …
fn unique_ids(articles: &mut [Article]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for a in articles {
        let n = seen.entry(a.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            a.id = format!("{}-{}", a.id, n);
        }
    }
}

/// A file's stem, which is its article's id unless another file had that stem first.
pub(crate) fn stem_of(path: &str) -> String {
    Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.to_string())
}

/// Cut a string to at most `max` characters, at a character boundary, with an ellipsis.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::words;

    /// Keys made from the boilerplate scan's word keys must be the keys of the sentences' own text, also
    /// where the splitter cuts inside a word or merges a fragment back, and in text without spaces.
    #[test]
    fn sentence_keys_from_the_scan_match_their_text() {
        let tricky = "Headline of the day\n\nHe cut off relations after the move. . Both faced isolation.\n\n\
            “We will win.”She left. It was 3.5 per cent… or not?!No.\n\nMr. Putin met U.S. officials — again – \
            and Korea’s envoy.\n\nShe said: ‘fine’. Then: “no.” End.\n\n明日の朝、東京で会議が開かれる。参加者は百人だ。";
        let mut articles = Corpus::sample().articles;
        articles.push(Article::from_text("t.txt", tricky, "utf-8"));
        for a in &articles {
            for s in &a.sentences {
                let key = alignment::text_key(&s.text);
                assert_eq!((s.key, s.words as usize), (key.hash, key.words), "{}: {}", a.id, s.text);
            }
        }
    }

    #[test]
    fn sample_corpus_loads_with_titles() {
        let c = Corpus::sample();
        assert_eq!(c.articles.len(), 5);
        for a in &c.articles {
            assert!(!a.sentences.is_empty(), "{}", a.path);
            assert!(words(&a.title).count() >= 3, "{}", a.title);
        }
    }

    #[test]
    fn empty_text_is_an_article_without_sentences() {
        let a = Article::from_text("dir/empty.txt", "", "utf-8");
        assert_eq!(a.title, "empty");
        assert!(a.sentences.is_empty());
        assert_eq!(a.word_count(), 0);
    }

    #[test]
    fn duplicate_stems_get_unique_ids() {
        let a = Article::from_text("x/a.txt", "Hello there world", "utf-8");
        let b = Article::from_text("y/a.txt", "Hello there world", "utf-8");
        let c = Corpus::from_articles(vec![a, b]);
        assert_eq!(c.articles[1].id, "a-2");
    }

    #[test]
    fn buckets_find_the_lower_bound() {
        // Keys spread over the whole range and crowded into one bucket, with duplicates.
        let mut keys: Vec<u64> = (0..500u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15)).collect();
        keys.extend([7, 7, 8, u64::MAX, u64::MAX - 1]);
        keys.sort_unstable();
        let entries: Vec<(u64, u32, u32)> = keys.iter().map(|&k| (k, 0, 0)).collect();
        let b = Buckets::new(&entries);
        for &t in keys.iter().chain(&[0, 6, 9, u64::MAX / 2, 1 << 63]) {
            for t in [t, t.wrapping_add(1), t.wrapping_sub(1)] {
                assert_eq!(b.lower_bound(&entries, t), keys.partition_point(|&k| k < t), "target {t}");
            }
        }
    }

    #[test]
    fn block_text_joins_a_body_block_back() {
        let a =
            Article::from_text("a.txt", "Harbour bridge reopens today\n\nIt opened. Traffic   was light.\n", "utf-8");
        assert_eq!(a.blocks[1].block.text, "");
        assert_eq!(a.block_text(1), "It opened. Traffic was light.");
        assert_eq!(a.block_text(0), "Harbour bridge reopens today");
    }

    #[test]
    fn markdown_heading_marks_are_not_story_words() {
        let a =
            Article::from_text("a.md", "# Ferry resumes\n\n## The strike\n\nThe ferry resumed on Friday.\n", "utf-8");
        assert_eq!(a.title, "Ferry resumes");
        assert!(a.sentences.iter().all(|s| !s.text.contains('#')), "{:?}", a.sentences);
    }

    #[test]
    fn clip_is_char_safe() {
        assert_eq!(clip("ééé", 2), "éé…");
        assert_eq!(clip("ab", 2), "ab");
    }
}
