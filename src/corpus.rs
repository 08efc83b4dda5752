//! Loading a corpus: files and folders in, [`Article`]s out, each cut into blocks, judged body or boilerplate,
//! and split into sentences.
//!
//! Files are opened read-only and nothing is ever written beside them. Binary files inside a folder are
//! skipped with a warning; a binary file named on its own is an error, since the user asked for it.

use crate::alignment::{self, SentenceKey};
use crate::blocks::{self, Block};
use crate::boilerplate::{self, Reason, Scans};
use crate::decode::{BINARY_HEAD, Decoded, decode, decode_owned, is_binary_head, shown_path};
use crate::error::{Error, Result};
use crate::files::{self, Files, Found};
use crate::markdown;
use crate::progress::LoadProgress;
use crate::sentences;
use crate::text::Text;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
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
    /// The block of the headline, if one was found.
    pub headline: Option<usize>,
}

impl Article {
    /// Build an article from already decoded text. Boilerplate is judged with this article's own signals;
    /// [`Corpus::from_articles`] adds the support of other articles.
    pub fn from_text(path: impl Into<String>, text: &str, encoding: impl Into<String>) -> Article {
        Article::from_string(path.into(), text.to_string(), encoding.into())
    }

    /// [`Article::from_text`], keeping `text` itself: the article's sentences are ranges of it.
    fn from_string(path: String, text: String, encoding: String) -> Article {
        let cut = Cut::new(text);
        let read = Read::of(&cut, 0..cut.texts.len());
        cut.finish(path, encoding, &read.scans, |verdicts| story_of(read.sentences, verdicts))
    }

    /// Two reports at once, as [`Article::from_string`] makes each: a block that stands word for word in
    /// both is read (split, scanned and keyed) once, in A.
    ///
    /// Outlets that run the same wire copy share most of their paragraphs word for word, and reading them
    /// twice was most of the work of comparing two such reports. The two are still cut and read side by
    /// side: B reads only the blocks A does not hold, then takes the rest from A's reading.
    fn pair_from_strings(a: (String, Decoded), b: (String, Decoded)) -> (Article, Article) {
        let ((path_a, a), (path_b, b)) = (a, b);
        let (cut_a, cut_b) = rayon::join(|| Cut::new(a.text), || Cut::new(b.text));
        // Each block of B that A holds, by its first place in A.
        let mut in_a: FxHashMap<&str, usize> = FxHashMap::default();
        in_a.reserve(cut_a.texts.len());
        for (k, (text, _)) in cut_a.texts.iter().enumerate() {
            in_a.entry(&**text).or_insert(k);
        }
        let from_a: Vec<Option<usize>> = cut_b.texts.iter().map(|(text, _)| in_a.get(&**text).copied()).collect();
        drop(in_a);
        let own = from_a.iter().enumerate().filter(|(_, k)| k.is_none()).map(|(i, _)| i);
        let (read_a, read_b) = rayon::join(|| Read::of(&cut_a, 0..cut_a.texts.len()), || Read::of(&cut_b, own));
        let Read { scans, sentences, starts } = read_b;
        let scans_b = Scans::drawn(scans, &from_a, &read_a.scans);
        let drawn = |verdicts: &[Option<Reason>]| {
            let own = (sentences, &starts[..]);
            drawn_story(&cut_b, verdicts, own, &from_a, (&cut_a, &read_a))
        };
        // A's reading is lent to B while A keeps its story, so A's sentences are copied out of it.
        let story_a = |verdicts: &[Option<Reason>]| {
            let kept = |s: &&Sentence| verdicts[s.block()].is_none();
            let mut story = Vec::with_capacity(read_a.sentences.iter().filter(kept).count());
            story.extend(read_a.sentences.iter().filter(kept).cloned());
            story
        };
        rayon::join(
            || cut_a.finish(path_a, a.encoding, &read_a.scans, story_a),
            || cut_b.finish(path_b, b.encoding, &scans_b, drawn),
        )
    }

    /// Turn the given boilerplate blocks into body: split them into sentences, keep those in reading order,
    /// and free the blocks' text.
    fn move_into_sentences(&mut self, blocks: &[usize]) {
        for &i in blocks {
            let text = Text::from(std::mem::take(&mut self.blocks[i].block.text).into_owned());
            let block = u32::try_from(i).unwrap_or(u32::MAX);
            sentences::split_text(&text, |text| {
                let key = alignment::text_key(&text);
                let words = u32::try_from(key.words).unwrap_or(u32::MAX);
                self.sentences.push(Sentence { text, key: key.hash, block, words });
            });
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

    /// The index in [`Article::sentences`] of the headline's first sentence; `None` when no headline was
    /// found or it was judged boilerplate.
    pub fn headline_sentence(&self) -> Option<usize> {
        let block = self.headline?;
        let at = self.sentences.partition_point(|s| s.block() < block);
        self.sentences.get(at).is_some_and(|s| s.block() == block).then_some(at)
    }

    /// A warning for a report with no story text to compare, which says why: an empty file, or one whose
    /// every block reads as page furniture. Such a report is still listed, and compares as all omitted or
    /// all added; without a word, that read as if the other report had written everything anew.
    pub fn no_text_warning(&self) -> Option<String> {
        if self.word_count() > 0 {
            return None;
        }
        let why = match self.boilerplate().next() {
            None => "the file is empty",
            Some(_) => "every block of it reads as page furniture",
        };
        Some(format!("{}: no story text, {why}", self.path))
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

/// A report cut into blocks, before any block is read.
struct Cut {
    /// The report's text.
    whole: Text,
    /// Each block's text, as a range of the report's text where the block stands in it as it is, and its
    /// line number.
    texts: Vec<(Text, usize)>,
    /// How many blocks the front matter takes, at the start; none in most reports.
    front: usize,
    /// The headline block, if one was found.
    title_at: Option<usize>,
}

impl Cut {
    fn new(text: String) -> Cut {
        let base = Arc::new(text);
        let whole = Text::whole(base.clone());
        // A clipping's front matter is the file's metadata: its `title:` line is no headline, and the
        // headline is sought below it.
        let (mut blocks, front) = blocks::split_with_front_matter(&base);
        let title_at = boilerplate::find_title(&blocks[front..]).map(|t| t + front);
        // Markdown is markup, not words of the story: a heading's `#` marks are dropped once they have told
        // the headline apart, and links read as their words.
        for b in &mut blocks {
            if let Some(text) = markdown::story_text(&b.text) {
                b.text = Cow::Owned(text);
            }
        }
        blocks::set_dateline_apart(&mut blocks, title_at.map_or(front, |t| t + 1));
        let texts = blocks.into_iter().map(|b| (whole.part(b.text), b.line)).collect();
        Cut { whole, texts, front, title_at }
    }

    /// Judge the blocks by what `scans` (of every block) found in them, and make the article of the
    /// sentences `story` gives for the verdicts: those of the blocks judged story, in order.
    fn finish(
        &self,
        path: String,
        encoding: String,
        scans: &Scans,
        story: impl FnOnce(&[Option<Reason>]) -> Vec<Sentence>,
    ) -> Article {
        let Cut { texts, front, title_at, .. } = self;
        let title_at = *title_at;
        let strs: Vec<&str> = texts.iter().map(|(t, _)| &**t).collect();
        let verdicts = boilerplate::classify_scanned(&strs, *front, title_at, scans);
        let sentences = story(&verdicts);
        // With no headline, the title is the story's first block: the page's first line was often a skip
        // link or a cookie notice's heading, which the list then showed as the report's title. A page with
        // no story at all is named by its file: its first line was a bar of links ("Home | News | Sport"),
        // shown as if it were the report's headline.
        let first = (*front..strs.len()).find(|&i| !strs[i].is_empty() && verdicts[i].is_none());
        let title =
            title_at.or(first).map(|i| clip(&sentences::collapse(strs[i]), 200)).unwrap_or_else(|| stem_of(&path));
        // Only boilerplate keeps a block's text: the body's is in its sentences.
        let blocks = texts
            .iter()
            .zip(verdicts)
            .map(|((text, line), boilerplate)| {
                let text = if boilerplate.is_some() { Cow::Owned(text.to_string()) } else { Cow::Borrowed("") };
                ArticleBlock { block: Block { text, line: *line }, boilerplate }
            })
            .collect();
        Article { id: stem_of(&path), path, title, encoding, blocks, sentences, headline: title_at }
    }
}

/// What reading some blocks of a report gives, block after block: the boilerplate stage's scans, and the
/// sentences, keyed. Every block is split into sentences before the verdicts are in, so that the scan's
/// words' keys key them block by block as they come; a list of every word's key, kept until the verdicts
/// were in, was a quarter of the memory a long report took to load. Boilerplate's sentences are dropped
/// once the verdicts are in.
struct Read {
    scans: Scans,
    sentences: Vec<Sentence>,
    /// Where the sentences of each block read start in `sentences`, then where the last one's end.
    starts: Vec<usize>,
}

impl Read {
    /// Read the blocks `which` of `cut`, in the order given.
    fn of(cut: &Cut, which: impl Iterator<Item = usize> + Clone) -> Read {
        let bytes = cut.texts.iter().map(|(t, _)| t.len()).sum();
        let blocks = which.clone().count();
        // Room up front for every block's start and scan, and for a sentence every forty bytes (news runs
        // a hundred and more): grown by doubling, the lists were copied over and over, 1.9 M instructions
        // of comparing two 2.5 MB reports. Room not written to costs nothing.
        let mut read = Read {
            scans: Scans::with_room(bytes, blocks),
            sentences: Vec::with_capacity(blocks.max(bytes / 40)),
            starts: Vec::with_capacity(blocks + 1),
        };
        // Every block is split, then every block scanned. Splitting and scanning a block in turn was 7%
        // slower for the same instructions: the splitter's code and tables and the scan's kept pushing
        // each other out of the caches.
        for i in which.clone() {
            read.starts.push(read.sentences.len());
            let block = u32::try_from(i).unwrap_or(u32::MAX);
            sentences::split_text(&cut.texts[i].0, |text| {
                let words = u32::try_from(sentences::count_words(&text)).unwrap_or(u32::MAX);
                read.sentences.push(Sentence { text, key: None, block, words });
            });
        }
        read.starts.push(read.sentences.len());
        // A reading of most of the report searches its whole text for bars' separators at once; one of a
        // few blocks (B's own, beside the blocks A lends it) searches those.
        let separators =
            if 2 * blocks > cut.texts.len() { blocks::Separators::of(&cut.whole) } else { blocks::Separators::none() };
        let mut keys = Vec::new();
        for (k, i) in which.enumerate() {
            keys.clear();
            read.scans.scan(&cut.texts[i].0, &mut keys, &separators);
            key_sentences(&mut read.sentences[read.starts[k]..read.starts[k + 1]], &keys);
        }
        read
    }

    /// The sentences of the `k`th block read.
    fn block(&self, k: usize) -> &[Sentence] {
        &self.sentences[self.starts[k]..self.starts[k + 1]]
    }
}

/// The sentences of the blocks judged story, of a reading of every block.
fn story_of(mut sentences: Vec<Sentence>, verdicts: &[Option<Reason>]) -> Vec<Sentence> {
    sentences.retain(|s| verdicts[s.block()].is_none());
    // A corpus keeps its articles' sentences for as long as it is open: not the room the boilerplate's
    // took, nor the slack of growing.
    sentences.shrink_to_fit();
    sentences
}

/// [`story_of`] for B of a pair ([`Article::pair_from_strings`]): block `i` of `cut` was read by A, as
/// A's block `from_a[i]`, or, where that is `None`, by B's own reading, which read those blocks in order
/// (`own`: their sentences, and where each block's start). A's sentences become ranges of the same words
/// in B's text.
fn drawn_story(
    cut: &Cut,
    verdicts: &[Option<Reason>],
    (own, own_starts): (Vec<Sentence>, &[usize]),
    from_a: &[Option<usize>],
    (cut_a, read_a): (&Cut, &Read),
) -> Vec<Sentence> {
    let own_len = |k: usize| own_starts[k + 1] - own_starts[k];
    let mut next_own = 0;
    let lens: Vec<usize> = from_a
        .iter()
        .map(|at| match *at {
            Some(k) => read_a.block(k).len(),
            None => {
                next_own += 1;
                own_len(next_own - 1)
            }
        })
        .collect();
    let kept = lens.iter().zip(verdicts).filter(|(_, v)| v.is_none()).map(|(n, _)| n).sum();
    // Built to its size at once: the story is kept as long as the corpus is open.
    let mut story = Vec::with_capacity(kept);
    let mut own = own.into_iter();
    for (i, (at, n)) in from_a.iter().zip(lens).enumerate() {
        let keep = verdicts[i].is_none();
        match *at {
            Some(k) if keep => {
                let (from, to) = (&cut_a.texts[k].0, &cut.texts[i].0);
                let block = u32::try_from(i).unwrap_or(u32::MAX);
                story.extend(read_a.block(k).iter().map(|s| Sentence {
                    text: s.text.rebased(from, to),
                    block,
                    ..s.clone()
                }));
            }
            Some(_) => {}
            None => story.extend(own.by_ref().take(n).filter(|_| keep)),
        }
    }
    story
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
        // A file the user named must be read; one found in a folder is skipped with a warning when it is
        // binary or cannot be read (no permission), as the walk skips a folder it cannot read.
        let loaded: Vec<Result<Result<Article, String>>> = files
            .par_iter()
            .map(|Found { path, named }| match read_decoded(path) {
                Ok(Some(d)) => Ok(Ok(Article::from_string(shown_path(path), d.text, d.encoding))),
                Ok(None) if *named => Err(Error::Binary(path.clone())),
                Ok(None) => Ok(Err(format!("{}: skipped, binary file", shown_path(path)))),
                Err(e) if *named => Err(e),
                Err(e) => Ok(Err(e.skipped())),
            })
            .inspect(|_| progress.read_one())
            .collect();
        let mut articles = Vec::new();
        for result in loaded {
            match result? {
                Ok(a) => articles.push(a),
                Err(note) => warnings.push(note),
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
        warnings.extend(corpus.articles.iter().filter_map(Article::no_text_warning));
        corpus.warnings = warnings;
        Ok(corpus)
    }

    /// Read and decode one file named by the user, with the path to show for it: [`Corpus::load`] of one
    /// file, before it is made an article. A binary file is an error, and so is a folder.
    pub fn read_file(path: &Path) -> Result<(String, Decoded)> {
        let Files { found, .. } = files::collect(&[path])?;
        match found.as_slice() {
            [Found { path, named: true }] => {
                read_decoded(path)?.map(|d| (shown_path(path), d)).ok_or_else(|| Error::Binary(path.clone()))
            }
            _ => Err(Error::Folder(path.to_path_buf())),
        }
    }

    /// The text of the sample article with this id or path, as [`Corpus::sample`] names it.
    pub fn sample_file(key: &str) -> Option<(String, Decoded)> {
        SAMPLE.iter().find_map(|(name, bytes)| {
            let path = format!("sample/{name}");
            (stem_of(&path) == key || path == key).then(|| decode(bytes).map(|d| (path, d)))?
        })
    }

    /// Two reports as a corpus of two, so each lends the other its support against boilerplate: the
    /// corpus [`Corpus::from_articles`] makes of the two. A paragraph that stands word for word in both
    /// (wire copy both run) is split, scanned and keyed once.
    pub fn pair(a: (String, Decoded), b: (String, Decoded)) -> Corpus {
        let (a, b) = Article::pair_from_strings(a, b);
        Corpus::from_articles(vec![a, b])
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

/// Read and decode the file at `path`; `None` if it is binary. Clean UTF-8 is not copied at all, and the
/// article's blocks borrow it.
///
/// The binary test reads only a file's head, so the head is read first: a 2 GB file of zeros in a folder
/// of reports was read whole (22 s and 2 GB of memory) only to be skipped.
fn read_decoded(path: &Path) -> Result<Option<Decoded>> {
    use std::io::Read;
    let io = |e| Error::Io { path: path.to_path_buf(), source: e };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    (&mut file).take(BINARY_HEAD as u64).read_to_end(&mut bytes).map_err(io)?;
    if is_binary_head(&bytes) {
        return Ok(None);
    }
    file.read_to_end(&mut bytes).map_err(io)?;
    Ok(decode_owned(bytes))
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

    /// Read as a pair, and read one by one: the articles must be the same.
    fn pair_and_apart(a: &str, b: &str) -> ((Article, Article), (Article, Article)) {
        let source =
            |name: &str, text: &str| (name.to_string(), Decoded { text: text.into(), encoding: "utf-8".into() });
        let pair = Article::pair_from_strings(source("a.txt", a), source("b.txt", b));
        let apart = (Article::from_text("a.txt", a, "utf-8"), Article::from_text("b.txt", b, "utf-8"));
        (pair, apart)
    }

    #[test]
    fn a_paragraph_both_reports_hold_is_read_once_into_each_reports_own_text() {
        let a = "Ferry resumes after strike\n\nThe ferry resumed on Friday.  Traffic was light.\n\n\
                 Officials said the line would add a second boat.\n\nShare this article";
        let b = "Share this article\n\n# Ferry back after strike\n\nThe ferry resumed on Friday.  Traffic was light.\n\n\
                 Passengers cheered the first boat.";
        let ((pa, pb), (sa, sb)) = pair_and_apart(a, b);
        assert_eq!((&pa, &pb), (&sa, &sb));
        let texts: Vec<&str> = pb.sentences.iter().map(|s| &*s.text).collect();
        let want = [
            "Ferry back after strike",
            "The ferry resumed on Friday.",
            "Traffic was light.",
            "Passengers cheered the first boat.",
        ];
        assert_eq!(texts, want);
        // B's sentences are ranges of B's text, not of A's, even those read in A.
        let own = &pb.sentences[3].text;
        assert!(pb.sentences[2].text.shares_string_with(own));
        assert!(!pa.sentences.iter().any(|s| s.text.shares_string_with(own)));
        // A block both hold is judged where it stands in each: before the headline in B.
        assert_eq!(pb.blocks[0].boilerplate, Some(Reason::BeforeHeadline));
        assert_eq!(pa.blocks[3].boilerplate, Some(Reason::PageFurniture));
    }

    #[test]
    fn a_wire_copys_slug_and_dateline_are_furniture_and_its_lead_a_copy() {
        let a = "BC-UK-Ferry-Strike 1st Ld-Writethru\n\nFerry resumes after strike\n\nDOVER, England (AP) — The ferry \
                 resumed on Friday after a two-week strike, officials said.\n\nTraffic was light.";
        let b = "Ferry back after strike\n\nThe ferry resumed on Friday after a two-week strike, officials said.";
        let ((pa, pb), _) = pair_and_apart(a, b);
        assert_eq!(pa.title, "Ferry resumes after strike");
        let furniture: Vec<(&str, Option<Reason>)> =
            pa.blocks.iter().filter(|b| b.boilerplate.is_some()).map(|b| (&*b.block.text, b.boilerplate)).collect();
        assert_eq!(
            furniture,
            [
                ("BC-UK-Ferry-Strike 1st Ld-Writethru", Some(Reason::BeforeHeadline)),
                ("DOVER, England (AP) —", Some(Reason::PageFurniture))
            ]
        );
        assert_eq!(pa.sentences[1].text.as_str(), pb.sentences[1].text.as_str());
        // A dateline that gives the time and the agency too is as long as a short sentence, and as much
        // furniture.
        let dateline = "MANCHESTER, 14 March 2025, 13:42 GMT (Northline Press Agency) -";
        let a = format!(
            "Ferry resumes after strike\n\n{dateline} The ferry resumed on Friday after a two-week strike, officials said."
        );
        let ((pa, pb), _) = pair_and_apart(&a, b);
        let furniture: Vec<&str> = pa.boilerplate().map(|(b, _)| &*b.text).collect();
        assert_eq!(furniture, [dateline]);
        assert_eq!(pa.sentences[1].text.as_str(), pb.sentences[1].text.as_str());
    }

    #[test]
    fn a_release_under_its_bodys_initials_and_name_is_titled_by_its_headline() {
        // The site sets the body's initials and name over a bar; the release's lead opens with the name, the
        // initials in brackets. A name too long for a masthead's piece read as the headline.
        let page = "Skip to main content\nDTU | Dock and Tugboat Workers' Union\nHome | About us | Join | News\n\n\
Tugboat strike suspended after talks produce a new pay offer\nPress release | 7 May 2024\n\n\
The Dock and Tugboat Workers' Union (DTU) has suspended the tugboat strike planned for next week after talks with \
the port authority produced a new pay offer.\n\nThe talks lasted eleven hours and ended before dawn on Tuesday, \
the union said.\n";
        let a = Article::from_text("release.txt", page, "utf-8");
        assert_eq!(a.title, "Tugboat strike suspended after talks produce a new pay offer");
    }

    #[test]
    fn a_spanish_pages_formal_read_also_heads_a_list_of_links() {
        let page = "# Vantreight gana la alcaldía de Port Ellery\n\nMarisol Vantreight fue elegida alcaldesa de Port \
                    Ellery el domingo por la noche, con 48.312 votos.\n\nSu rival obtuvo 39.871 votos.\n\n**Lea \
                    también:**\n- [Elecciones municipales: todas las claves](/politica/claves)\n- [¿Quién es \
                    Marisol Vantreight?](/politica/perfil)\n";
        let article = Article::from_text("a.md", page, "utf-8");
        let story: Vec<&str> = article.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(story.len(), 3, "the headline and two sentences: {story:#?}");
        assert!(
            story.iter().all(|s| !s.contains("también") && !s.contains("claves") && !s.contains("Quién")),
            "{story:#?}"
        );
    }

    #[test]
    fn a_clippings_front_matter_is_set_aside_and_its_headline_found_below() {
        let a = "---\ntitle: \"Ferry resumes after strike\"\ndescription: \"The ferry resumed on Friday.\"\n---\n\
                 # Ferry resumes after strike\n\nThe ferry resumed on Friday after a two-week strike.\n";
        let article = Article::from_text("a.md", a, "utf-8");
        assert_eq!(article.title, "Ferry resumes after strike");
        let front: Vec<Option<Reason>> = article.blocks.iter().take(5).map(|b| b.boilerplate).collect();
        assert_eq!(
            front,
            [
                Some(Reason::FrontMatter),
                Some(Reason::FrontMatter),
                Some(Reason::FrontMatter),
                Some(Reason::FrontMatter),
                None
            ]
        );
        assert_eq!(article.sentences.len(), 2);
        // Without a headline below it, the title is the first line of the text, not a field.
        let article = Article::from_text("b.md", "---\ntitle: x\n---\nThe ferry resumed on Friday.\n", "utf-8");
        assert_eq!(article.title, "The ferry resumed on Friday.");
    }

    #[test]
    fn a_report_is_read_from_a_file_or_the_sample_and_a_folder_is_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "Ferry resumes\n\nThe ferry resumed on Friday.").expect("written");
        let (path, read) = Corpus::read_file(&file).expect("read");
        assert_eq!((path, read.text.as_str()), (shown_path(&file), "Ferry resumes\n\nThe ferry resumed on Friday."));
        assert!(matches!(Corpus::read_file(dir.path()), Err(Error::Folder(_))));
        let (id, path) = ("000_e1ce51db32a55e92", "sample/000_e1ce51db32a55e92.txt");
        assert_eq!(Corpus::sample_file(id).map(|s| s.0).as_deref(), Some(path));
        assert_eq!(Corpus::sample_file(path).map(|s| s.0).as_deref(), Some(path));
        assert!(Corpus::sample_file("000").is_none());
    }

    /// Paragraphs of every kind the loader treats apart: prose with quotes, abbreviations and doubled
    /// spaces, a Markdown heading and link, furniture, a label, a list item, a table row, an empty line.
    const PARAGRAPHS: &[&str] = &[
        "Ferry resumes after strike",
        "The ferry resumed on Friday after a two-week strike, officials said.",
        "“We are glad to be back,” said Mr. Jones of the U.S. line.  Traffic was light.",
        "Officials said the line would add a second boat in March. It will cost $2.4m.",
        "# The strike",
        "Read more: [Strike ends](https://example.com/strike)",
        "Share this article",
        "Related",
        "- Boats run every hour.",
        "| Route | Boats |",
        "Copyright 2024 Example News. All rights reserved.",
        "The union said its members voted 312 to 40 to accept the offer.",
        "Passengers   cheered\tthe first boat; some had waited hours.",
        "DOVER, England (Reuters) - The ferry line said it would add a second boat in March, officials said.",
        "",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

        /// Whatever paragraphs two reports share, and in whatever order, reading them as a pair gives the
        /// articles reading them one by one gives.
        #[test]
        fn a_pair_reads_as_its_reports_read_apart(
            a in proptest::collection::vec(0..PARAGRAPHS.len(), 0..14),
            b in proptest::collection::vec(0..PARAGRAPHS.len(), 0..14),
        ) {
            let join = |picks: &[usize]| picks.iter().map(|&i| PARAGRAPHS[i]).collect::<Vec<_>>().join("\n\n");
            let ((pa, pb), (sa, sb)) = pair_and_apart(&join(&a), &join(&b));
            proptest::prop_assert_eq!(pa, sa);
            proptest::prop_assert_eq!(pb, sb);
        }
    }

    /// Keys made from the boilerplate scan's word keys must be the keys of the sentences' own text, also
    /// where the splitter cuts inside a word or merges a fragment back, and in text without spaces.
    #[test]
    fn sentence_keys_from_the_scan_match_their_text() {
        let tricky = "Headline of the day\n\nHe cut off relations after the move. . Both faced isolation.\n\n\
            “We will win.”She left. It was 3.5 per cent… or not?!No.\n\nMr. Putin met U.S. officials — again – \
            and Korea’s envoy.\n\nShe said: ‘fine’. Then: “no.” End. pic.twitter.com/AbC1\n\n明日の朝、東京で会議が開かれる。参加者は百人だ。";
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
    fn without_a_headline_the_title_is_the_storys_first_block_not_a_skip_link() {
        // Paragraphs too long to read as a headline, and no line that does.
        let text = "Skip to content\n\nThe harbour bridge was shut on Monday after a storm damaged its deck, the \
council said in a statement that gave no date for its reopening and asked drivers to use the ring road instead.\n\n\
Engineers will inspect it on Tuesday, and the council expects it to reopen next week if they find that the deck \
can carry traffic again without repairs that would take months.\n";
        let a = Article::from_text("bridge.txt", text, "utf-8");
        assert!(a.title.starts_with("The harbour bridge was shut on Monday"), "{}", a.title);
    }

    #[test]
    fn a_story_without_a_headline_keeps_its_lead() {
        let lead = "The river burst its banks early on Tuesday after three days of heavy rain, flooding more than 200 \
                    homes in the lower town and forcing the council to open two shelters, officials said.";
        let a = Article::from_text("lead.txt", &format!("{lead}\n\nThe town was evacuated by noon.\n"), "utf-8");
        let texts: Vec<&str> = a.sentences.iter().map(|s| &*s.text).collect();
        assert_eq!(texts, [lead, "The town was evacuated by noon."]);
        assert!(a.blocks.iter().all(|b| b.boilerplate.is_none()), "{:?}", a.blocks);
        assert!(a.title.starts_with("The river burst its banks"), "{}", a.title);
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
