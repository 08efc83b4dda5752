//! Telling the story apart from the page around it: ads, link lists, comment forms, bios and teasers.
//!
//! Every signal is general; none is a string from one outlet. In order of trust:
//! 1. Position: everything before the headline is furniture (datelines, ad bars, "Now Reading").
//! 2. Page-furniture vocabulary that every CMS shares ("Leave a Reply", "Read More", "©").
//! 3. Shape: short labels without punctuation, and runs of three or more link-like lines (but not the
//!    items of a list a colon line introduces: "Key facts:").
//! 4. Topic: everything after the last on-topic paragraph (a bio, teasers for other stories), and prose
//!    inside the story that furniture boxes in and whose words the rest of the article never uses (a
//!    promotion). Words alone never set a paragraph inside the story aside: stories bring new facts in
//!    new words.
//! 5. Support from other articles: a paragraph that shares phrasing with another report is story, whatever
//!    rule 4 said of it.
//!
//! Nothing is deleted. Each boilerplate block keeps a [`Reason`] so the raw view can explain itself.

use crate::anchors::Anchors;
use crate::blocks::{
    Block, LONGEST_DATELINE, Row, Separators, credit_among_pieces, ends_in_colon, ends_sentence, has_spaced_dash,
    heads_summary, is_list_item, looks_like_bar, looks_like_byline, looks_like_dated_credit, looks_like_dateline,
    looks_like_masthead, looks_like_nav, looks_like_post_credit, looks_like_running_head, looks_like_share_bar,
    looks_like_slug, place_dateline_len, table_rows,
};
use crate::normalize::{
    EMPTY_WORD, HanPairs, STOPWORDS, each_fold, fold_hash, hash_bytes, hash_str, is_double_quote, is_han, tokens,
    with_fold, word_key_of, words,
};
use aho_corasick::AhoCorasick;
use memchr::memmem::Finder;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};
use std::sync::LazyLock;

/// Why a block was judged not to be part of the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// It comes before the headline.
    BeforeHeadline,
    /// It repeats another block word for word (a headline shown twice), or a quotation from one (a pull
    /// quote).
    Repeated,
    /// Comment forms, share and "Read More" lines, copyright lines, ad and navigation bars, datelines.
    PageFurniture,
    /// A short label such as a section name or a button.
    Label,
    /// One of three or more link-like lines in a row.
    LinkList,
    /// Prose whose vocabulary the rest of the article does not share.
    OffTopic,
    /// It comes after the last paragraph of the story.
    AfterStory,
    /// Readers' comments under the story, and whatever follows them.
    Comments,
    /// The file's own metadata above its text: a Markdown clipping's front matter (`---`, `title: …`).
    FrontMatter,
    /// The outlet's note about the report itself: a correction, an editor's note, an update. Not story,
    /// but a fact-checker wants it: the comparison names it apart.
    EditorialNote,
}

impl Reason {
    /// A short human description, for the raw view and the text printer.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::BeforeHeadline => "before the headline",
            Reason::Repeated => "repeated",
            Reason::PageFurniture => "page furniture",
            Reason::Label => "label",
            Reason::LinkList => "link list",
            Reason::OffTopic => "off topic",
            Reason::AfterStory => "after the story",
            Reason::Comments => "readers' comments",
            Reason::FrontMatter => "front matter",
            Reason::EditorialNote => "editorial note",
        }
    }

    /// Topic-based verdicts are the only ones that support from another article may overturn.
    pub fn is_topical(self) -> bool {
        matches!(self, Reason::OffTopic | Reason::AfterStory)
    }
}

/// A paragraph set apart from the story by page furniture is story only if it shares this much.
const ON_TOPIC: f64 = 0.3;
/// Lines of furniture (bars, navigation, bylines, datelines) have at most this many words.
const SHORT_LINE: usize = 40;
/// The most words of a credit and its date on one line ("Valley Voice newsdesk — 10 November 2025, 07:05
/// GMT"), for lines set apart by a dash, which prose has too.
const DASHED_CREDIT_WORDS: usize = 14;
/// Most words in a line that introduces furniture ([`Page::mark_furniture_introductions`]). Such a line is a
/// short label; a longer one ending in a colon above furniture is likelier the story's own sentence, above a
/// post it quotes that the furniture rules took.
const INTRODUCTION_WORDS: usize = 8;
/// Prose: at least this many words.
const PROSE_WORDS: usize = 8;
/// A paragraph that carries a story on, rather than a box's offer or a teaser's line: at least this many
/// words.
const STORY_PARAGRAPH_WORDS: usize = 25;
/// Below this share of its content words found elsewhere in the article, a paragraph is off topic: a long
/// one wherever it stands, any one at the end of the article. At the end the bar is deliberately low: a
/// closing paragraph often brings new facts in new words ("Construction will begin in March and take 18
/// months"), while a bio or a teaser for another story shares next to nothing with the story.
const OFF_TOPIC: f64 = 0.12;

/// Judge each block of one article. `title` is the index of the headline block, if one was found.
pub fn classify(blocks: &[&str], title: Option<usize>) -> Vec<Option<Reason>> {
    let mut scans = Scans::with_room(blocks.iter().map(|b| b.len()).sum(), blocks.len());
    let mut keys = Vec::new();
    for b in blocks {
        keys.clear();
        scans.scan(b, &mut keys, &Separators::none());
    }
    classify_scanned(blocks, 0, title, &scans)
}

/// What the boilerplate stage reads in each block of one article on its own, block after block: its
/// length, its repeat key, whether its own words mark it as page furniture, and its topic words.
///
/// None of it depends on where the block stands, so a block that stands word for word in two reports (wire
/// copy that two outlets both run) is read once, and [`Scans::drawn`] lends its scan to the second report.
#[derive(Default)]
pub struct Scans {
    blocks: Vec<BlockScan>,
    topics: Topics,
    lowered: Lowered,
}

/// Room to lower a short block in ([`lowered_in`]), kept from block to block: a fresh buffer for each
/// was zeroed each time, five hundred bytes a block that the lowering then writes over.
struct Lowered(Box<[u8; LOWERED_MAX]>);

impl Default for Lowered {
    fn default() -> Lowered {
        Lowered(Box::new([0; LOWERED_MAX]))
    }
}

/// What [`Scans`] keeps of one block.
#[derive(Clone, Copy)]
struct BlockScan {
    /// Number of words.
    words: usize,
    /// A hash of the folded words, to spot a block repeated word for word.
    hash: u64,
    /// Its own words or shape mark it as page furniture, wherever it stands.
    furniture: bool,
}

impl Scans {
    /// Scans with room for the topic words of `bytes` of text, in `blocks` blocks.
    pub fn with_room(bytes: usize, blocks: usize) -> Scans {
        let mut scans = Scans::default();
        // Room for every topic word up front (a word takes at least two bytes with its space, and prose
        // about six), and for every block: growing the lists copied them over and over; room not written
        // to costs nothing.
        scans.topics.keys.reserve(bytes / 4);
        scans.topics.start.reserve(blocks);
        scans.blocks.reserve(blocks);
        scans
    }

    /// Scan one more block, `text`, adding each of its words' keys to `keys`. `separators` are those of the
    /// text the block is a slice of, if it was searched whole.
    pub fn scan(&mut self, text: &str, keys: &mut Vec<u32>, separators: &Separators<'_>) {
        let Scan { words, hash, leading } = Scan::new(text, &mut self.topics, keys);
        let furniture = is_furniture(text, words, &leading, &mut self.lowered)
            // Bars, navigation, bylines and datelines are short lines; paragraphs need not be searched.
            || (words <= SHORT_LINE
                // Bars and mastheads hold a separator, which few lines do: one search rules both out.
                && ((separators.in_block(text)
                    && (looks_like_bar(text) || looks_like_masthead(text) || credit_among_pieces(text)))
                    // A credit and its date set apart by a spaced dash, which is no bar's separator.
                    || (words <= DASHED_CREDIT_WORDS && has_spaced_dash(text) && credit_among_pieces(text))
                    || looks_like_dateline(text)
                    // A line of navigation opens with one of its words, and most lines do not: their
                    // first word's key, which the scan kept, rules them out without folding it again.
                    || (leading.keys().first().is_some_and(|w| NAV_FIRST.contains(w)) && looks_like_nav(text))
                    // So does a bar of share buttons with no separator but spaces.
                    || (leading.keys().first().is_some_and(|w| SHARE_FIRST.contains(w)) && looks_like_share_bar(text))
                    || looks_like_byline(text)
                    || looks_like_post_credit(text)
                    // A slug line and a dateline alone are a few words; prose need not be read for them.
                    || (words <= 8 && looks_like_slug(text))
                    || (words <= LONGEST_DATELINE && place_dateline_len(text) == Some(text.len()))
                    || (words <= 10 && looks_like_running_head(text))));
        self.blocks.push(BlockScan { words, hash, furniture });
    }

    /// The scans of every block of a report that another report's reading, `a`, lends blocks to: block
    /// `i` is `a`'s block `from_a[i]`, or, where that is `None`, the next block of `own`, which scanned
    /// only those.
    ///
    /// `own`'s topic words are moved up in place to make room for the lent blocks', back to front: its
    /// list was sized for the whole report, and a fresh list would be fresh memory, page by page.
    pub fn drawn(own: Scans, from_a: &[Option<usize>], a: &Scans) -> Scans {
        let Scans { blocks: own_blocks, topics: Topics { mut keys, start: own_start }, lowered } = own;
        let own_end = keys.len();
        let own_range = |k: usize| own_start[k]..own_start.get(k + 1).copied().unwrap_or(own_end);
        let mut blocks = Vec::with_capacity(from_a.len());
        let mut start = Vec::with_capacity(from_a.len());
        let (mut total, mut next_own) = (0, 0);
        for at in from_a {
            let len = match *at {
                Some(k) => {
                    blocks.push(a.blocks[k]);
                    a.topics.of(k).len()
                }
                None => {
                    blocks.push(own_blocks[next_own]);
                    next_own += 1;
                    own_range(next_own - 1).len()
                }
            };
            start.push(total);
            total += len;
        }
        // Back to front, every block's words move right or stay: the words before block `i` are those of
        // the own blocks before it, which still lie at the front, and the lent blocks' besides.
        keys.resize(total, 0);
        for (i, at) in from_a.iter().enumerate().rev() {
            let to = start[i];
            match *at {
                Some(k) => {
                    let lent = a.topics.of(k);
                    keys[to..to + lent.len()].copy_from_slice(lent);
                }
                None => {
                    next_own -= 1;
                    keys.copy_within(own_range(next_own), to);
                }
            }
        }
        Scans { blocks, topics: Topics { keys, start }, lowered }
    }

    /// Number of blocks scanned.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// Whether no block was scanned.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }
}

/// [`classify`], for blocks already read by [`Scans`] (block `i` of `scans` is `blocks[i]`), the first
/// `front` of which are the file's front matter ([`crate::blocks::front_matter_end`]).
pub fn classify_scanned(blocks: &[&str], front: usize, title: Option<usize>, scans: &Scans) -> Vec<Option<Reason>> {
    let n = blocks.len();
    debug_assert_eq!(n, scans.len());
    let mut verdict: Vec<Option<Reason>> = vec![None; n];
    let nwords: Vec<usize> = scans.blocks.iter().map(|s| s.words).collect();
    let start = title.unwrap_or(front);
    let rows = table_rows(blocks);

    // Sized for every block at once: growing it rehashed it into fresh memory again and again.
    let mut seen = FxHashSet::with_capacity_and_hasher(n, Default::default());
    for i in 0..n {
        let text = blocks[i];
        verdict[i] = if i < front {
            Some(Reason::FrontMatter)
        } else if i < start {
            Some(Reason::BeforeHeadline)
        } else if let Some(row) = rows[i] {
            // A table's rows are story, and two tables may share a row word for word; the line of dashes
            // under a Markdown table's header is markup.
            (row == Row::Rule).then_some(Reason::PageFurniture)
        } else if !seen.insert(scans.blocks[i].hash) {
            Some(Reason::Repeated)
        } else if i == start && title.is_some() {
            None
        } else if scans.blocks[i].furniture
            // A date and a credit line on one line stands under the headline ("03 March 2026 By FoodTrade
            // Weekly staff"); asked of every short block, it made comparing two reports written one sentence a
            // paragraph 0.6% dearer.
            || (title.is_some() && i <= start + 2 && looks_like_dated_credit(text))
        {
            Some(Reason::PageFurniture)
        } else if nwords[i] <= 3 && !ends_sentence(text) {
            match labelled_figure(text) {
                Some(Figure::Count) => Some(Reason::PageFurniture),
                Some(Figure::Stated) => None,
                None => Some(Reason::Label),
            }
        } else {
            None
        };
    }
    let page = Page { blocks, nwords: &nwords, rows: &rows, topics: &scans.topics, scanned: &scans.blocks, title };
    page.mark_mail_headers(&mut verdict);
    page.mark_video_titles(&mut verdict);
    page.mark_comments(&mut verdict);
    page.mark_forum_replies(&mut verdict);
    page.mark_paywall(&mut verdict);
    page.mark_about_sections(&mut verdict);
    page.mark_link_lists(&mut verdict);
    page.mark_announced_links(&mut verdict);
    page.mark_furniture_introductions(&mut verdict);
    page.mark_captions(&mut verdict);
    page.mark_advertisements(&mut verdict);
    page.mark_pull_quotes(&mut verdict);
    page.mark_off_topic(&mut verdict);
    // Named last, so that every rule above reads a note as the page furniture it is.
    for (i, v) in verdict.iter_mut().enumerate() {
        if *v == Some(Reason::PageFurniture) && is_editorial_note(blocks[i], nwords[i]) {
            *v = Some(Reason::EditorialNote);
        }
    }
    verdict
}

/// The most words of a paywall's notice that ends a copy of the story ([`Page::mark_paywall`]): a line,
/// or two sentences ("Vous avez lu 3 articles gratuits ce mois-ci. Abonnez-vous dès 1 € le premier mois.").
const PAYWALL_NOTICE_WORDS: usize = 20;

/// The most lines of a paywall's box under its notice (its offer, its buttons, a sign-in link) before the
/// story it cut goes on, if it does ([`Page::mark_paywall`]).
const PAYWALL_BOX_LINES: usize = 6;
/// How many sentences in one run of them, each on its line and in the story's words, under a paywall's box
/// show the story going on past it.
const STORY_RUN_AFTER_PAYWALL: usize = 3;

/// The fewest words of each of the points a page sets between a headline and its byline, without
/// bullets or heading ([`Page::lists_story_points`]).
const SUMMARY_POINT_WORDS: usize = 8;

/// The most words of a caption over a picture's credit ([`Page::mark_captions`]): a sentence or two.
const CAPTION_WORDS: usize = 30;

/// The least words a pull quote has: a shorter quotation alone on its line may be said twice.
const PULL_QUOTE_WORDS: usize = 4;
/// How many blocks either side of a pull quote the paragraph it lifts may stand.
const PULL_QUOTE_REACH: usize = 12;

/// The headline: the first block that reads as one and is not page furniture ("Subscribe now: 3 months
/// for $1" reads like a headline to the block layer).
pub fn find_title(blocks: &[Block]) -> Option<usize> {
    let mut lowered = Lowered::default();
    crate::blocks::find_title_where(blocks, |text| {
        let nwords = tokens(text).count();
        !is_furniture(text, nwords, &LeadingKeys::of(text), &mut lowered) && !is_long_consent_notice(text, nwords)
    })
}

/// Whether a block of more than forty words is a consent banner ("We, and our partners, use cookies to: …
/// Click 'Accept all' to agree."), which runs longer than the furniture [`is_furniture`] knows. Above the
/// headline, taken for the story's lead, it kept the headline under it from being found; the headline
/// found, a banner above it is furniture by where it stands. Only the few blocks the headline is sought
/// among are asked: searching every paragraph of every report was 3% of comparing two long ones.
fn is_long_consent_notice(text: &str, nwords: usize) -> bool {
    // A notice's word, as written ("Cookies", "consent"), rules out most paragraphs before they are lowered.
    let names_notice =
        || [&b"ookie"[..], b"onsent", b"rivacy"].iter().any(|w| memchr::memmem::find(text.as_bytes(), w).is_some());
    (41..=CONSENT_WORDS).contains(&nwords) && names_notice() && is_consent_notice(text.to_lowercase().as_bytes())
}

/// What the rules that judge blocks by their neighbours know of an article besides the verdicts so far:
/// the blocks' text and length, its tables, its topic words and its headline.
#[derive(Clone, Copy)]
struct Page<'a> {
    blocks: &'a [&'a str],
    nwords: &'a [usize],
    rows: &'a [Option<Row>],
    topics: &'a Topics,
    /// What each block's own words and shape say of it.
    scanned: &'a [BlockScan],
    title: Option<usize>,
}

impl Page<'_> {
    /// Whether block `i` is a paragraph of prose still judged story: long enough, and ending like a
    /// sentence. Credit lines and subheads are not.
    fn is_prose(&self, verdict: &[Option<Reason>], i: usize) -> bool {
        verdict[i].is_none() && self.nwords[i] >= PROSE_WORDS && ends_sentence(self.blocks[i])
    }

    /// Whether block `i` reads as a subhead still judged story: a few words, no list item, and not a line
    /// ending in a colon, which introduces what follows rather than heading a section.
    fn is_subhead(&self, verdict: &[Option<Reason>], i: usize) -> bool {
        let text = self.blocks[i];
        matches!(verdict[i], None | Some(Reason::Label))
            && self.nwords[i] < PROSE_WORDS
            && !is_list_item(text)
            && !ends_in_colon(text)
            && Some(i) != self.title
    }

    /// The story's first paragraph below the headline: where the sections that close a page (comments, a
    /// company's "About") can begin.
    /// Whether the last block before `to` that no rule has set aside is story prose: furniture set into
    /// the story ("Read also: …") may stand between.
    fn follows_prose(&self, verdict: &[Option<Reason>], to: usize) -> bool {
        (0..to).rev().find(|&j| verdict[j].is_none()).is_some_and(|j| self.is_prose(verdict, j))
    }

    /// Whether prose that no rule has set aside stands at `from` or after it, other than a numbered item (a
    /// comment of a thread numbered one by one).
    fn story_goes_on(&self, verdict: &[Option<Reason>], from: usize) -> bool {
        (from..self.blocks.len()).any(|j| self.is_prose(verdict, j) && !is_list_item(self.blocks[j]))
    }

    fn first_prose(&self, verdict: &[Option<Reason>]) -> Option<usize> {
        let start = self.title.map_or(0, |t| t + 1);
        (start..self.blocks.len()).find(|&i| self.is_prose(verdict, i))
    }

    /// A video's title under its player, as a page copied to text leaves them: the player's position at its
    /// start ("00:00", "00:00 / 01:45"), its length or its buttons, then the title ("La sindaca Ornella
    /// Tafuri tra i vicoli del centro storico"), a line of a few words that ends no sentence. It describes
    /// the video in the story's words, and read as a line the other report left out.
    ///
    /// Only under a player's start: a live report's entry opens with its time of day ("14:32") over its
    /// heading, which is story.
    fn mark_video_titles(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, .. } = *self;
        for k in 1..blocks.len() {
            if verdict[k].is_some() || nwords[k] > VIDEO_TITLE_WORDS || ends_sentence(blocks[k]) {
                continue;
            }
            // The player's lines right above it, all of them furniture, one of them its start.
            let mut player = (k.saturating_sub(PLAYER_LINES)..k).rev().take_while(|&j| verdict[j].is_some());
            if player.any(|j| starts_a_player(blocks[j])) {
                verdict[k] = Some(Reason::PageFurniture);
            }
        }
    }

    /// A mail's header, as a list's archive or a pasted message shows it: two or more header lines in a row
    /// ("From: …", "Date: …", "Subject: …"). Each alone may be a story's line.
    fn mark_mail_headers(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, .. } = *self;
        let mut k = 0;
        while k < blocks.len() {
            let run = blocks[k..].iter().take_while(|b| crate::blocks::is_mail_header(b)).count();
            if run >= 2 {
                for v in &mut verdict[k..k + run] {
                    if v.is_none() || *v == Some(Reason::Label) {
                        *v = Some(Reason::PageFurniture);
                    }
                }
            }
            k += run.max(1);
        }
    }

    /// Readers' comments: everything from the heading of a comment thread on ("14 Comments", "Comments
    /// (3)", "2 thoughts on …"), once the story has begun above it and the thread shows below it as one (a
    /// "Reply" button, or a commenter's "Jane says:").
    ///
    /// Comments discuss the story in its own words, so the topic rules kept them as story, and a reader's
    /// "The dam was inspected in 2024 and they said it was fine" was paired with the report's sentence as
    /// a rewording of it. Their heading and buttons are furniture of every comment system; the story
    /// never runs on past them.
    fn mark_comments(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, .. } = *self;
        let Some(first_prose) = self.first_prose(verdict) else { return };
        // A heading is a few words: most blocks are not read further.
        // "2 thoughts on “…”" names the story after its count, and runs as long as the headline: a block that
        // opens with a figure is read at any length a heading runs to.
        // The thread starts right under its heading: a count of comments under the byline ("42 Comments", a
        // link down to the thread) heads the story's paragraphs, not a thread, and the thread's lines far
        // below it cut nothing.
        let heading = (first_prose + 1..blocks.len()).find(|&k| {
            (nwords[k] <= 8 || (nwords[k] <= 40 && blocks[k].starts_with(|c: char| c.is_ascii_digit())))
                && heads_comments(blocks[k])
                && (k + 1..blocks.len())
                    .take(THREAD_REACH)
                    .take_while(|&j| {
                        // Comments are short; and a second heading means the first was a count that links
                        // down to the thread.
                        (nwords[j] < STORY_PARAGRAPH_WORDS || !ends_sentence(blocks[j]))
                            && !(nwords[j] <= 8 && heads_comments(blocks[j]))
                    })
                    .any(|j| is_thread_line(blocks[j]))
        });
        let Some(heading) = heading else { return };
        // A commenter's name and time, or a comment's buttons, are the thread's too, though furniture by
        // their shape: the time a comment was posted is not when the page was published
        // ([`crate::matrix::publication_date`] passes over comments).
        for (k, v) in verdict.iter_mut().enumerate().skip(heading) {
            let thread_line = *v == Some(Reason::PageFurniture) && is_thread_line(blocks[k]);
            if v.is_none() || *v == Some(Reason::Label) || thread_line {
                *v = Some(Reason::Comments);
            }
        }
    }

    /// A forum thread's replies: everything from the header of its second post on ("Jun 12, 2025 #2", a
    /// post's date and number, or the number alone), once the story has begun above it. The first post
    /// is what the thread is about (often a report pasted whole); the replies discuss it in the story's
    /// own words, so the topic rules kept them, and a forum's copy of a report was compared reply by reply.
    ///
    /// A forum has no "Comments" heading for [`Page::mark_comments`] to find. The numbered headers are
    /// its sign: another post's header (the first, or the third) must stand too, as a report's line that
    /// ends in "#2" stands alone.
    fn mark_forum_replies(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, .. } = *self;
        let Some(first_prose) = self.first_prose(verdict) else { return };
        let post = |k: usize| if nwords[k] <= 8 { post_number(blocks[k]) } else { None };
        let Some(second) = (first_prose + 1..blocks.len()).find(|&k| post(k) == Some(2)) else { return };
        if !(0..second).any(|k| post(k) == Some(1)) && !(second + 1..blocks.len()).any(|k| post(k) == Some(3)) {
            return;
        }
        for v in &mut verdict[second..] {
            if v.is_none() || *v == Some(Reason::Label) {
                *v = Some(Reason::Comments);
            }
        }
    }

    /// A paywall where a copy of the story stops: from its notice on ("Subscribe to continue reading",
    /// "Already a subscriber? Log in"), once the story has begun above it and no paragraph of the story's
    /// length comes after, everything is after the story. The box's offer ("You've read 3 of 3 free
    /// articles this month", "Get unlimited digital access for £1. Cancel anytime.") is written in words
    /// no rule names, and stood in the comparison as sentences the other report omitted.
    ///
    /// The notice itself is furniture by its words ([`PAYWALL_NOTICES`]), so only the few furniture lines
    /// are read.
    fn mark_paywall(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, .. } = *self;
        let Some(first_prose) = self.first_prose(verdict) else { return };
        let notice = (first_prose + 1..blocks.len()).find(|&k| {
            verdict[k] == Some(Reason::PageFurniture)
                && nwords[k] <= PAYWALL_NOTICE_WORDS
                && is_paywall_notice(blocks[k])
        });
        let Some(notice) = notice else { return };
        // The story goes on past a notice set between its paragraphs: a paragraph of a story's length, or,
        // in a story written a sentence a line, a run of sentences right under the notice's box. A box's
        // offer is a sentence or two between its buttons; teasers come under headlines of their own.
        if (notice + 1..blocks.len()).any(|k| nwords[k] >= STORY_PARAGRAPH_WORDS && ends_sentence(blocks[k])) {
            return;
        }
        // The sentences must be the story's, in its words: the box's offer is a sentence or two too ("You've
        // read 3 of 3 free articles this month."), in words of its own.
        let story: FxHashSet<Topic> = (0..notice)
            .filter(|&i| Some(i) == self.title || self.is_prose(verdict, i))
            .flat_map(|i| self.topics.of(i).iter().copied())
            .collect();
        let tells_story = |k: usize| share_of(&self.topics.set_of(&[k]), |w| story.contains(w)) >= OFF_TOPIC;
        let reach = (notice + 1 + PAYWALL_BOX_LINES).min(blocks.len());
        // Sentences in a row, and how many of them tell the story: a story's line may bring only new facts
        // in new words ("WREMA said 212 people had been rescued"), so not every one must.
        let mut telling = None;
        for k in notice + 1..blocks.len() {
            telling = match (self.is_prose(verdict, k), telling) {
                (true, told) => Some(told.unwrap_or(0) + usize::from(tells_story(k))),
                (false, _) => None,
            };
            if telling >= Some(STORY_RUN_AFTER_PAYWALL) {
                return;
            }
            if telling.is_none() && k >= reach {
                break;
            }
        }
        for v in &mut verdict[notice + 1..] {
            if v.is_none() || *v == Some(Reason::Label) {
                *v = Some(Reason::AfterStory);
            }
        }
    }

    /// The sections a press release or a company's page closes with about itself ("About Midwest Fiber
    /// Supply", then a paragraph on the company and what it does), a research page's sources, and a
    /// release's end mark and notes to editors ([`ends_release`]): everything after the first such
    /// heading, once the story has begun above it. That paragraph names the company and its trade, words
    /// the story uses too, so the topic rules kept it as story; a report that copies it word for word
    /// still shows it, by the support of the other report.
    fn mark_about_sections(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, .. } = *self;
        let Some(first_prose) = self.first_prose(verdict) else { return };
        let heading = (first_prose + 1..blocks.len()).find(|&k| {
            nwords[k] <= 6
                && ((verdict[k] == Some(Reason::PageFurniture) && heads_about_section(blocks[k], nwords[k]))
                    || heads_sources(blocks[k])
                    || ends_release(blocks[k]))
        });
        let Some(heading) = heading else { return };
        verdict[heading].get_or_insert(Reason::PageFurniture);
        // Labels under it too ("Cite This Page:", "MLA"): none of them heads story, and a line ending in a
        // colon would otherwise make its items a list of the story's points.
        for v in &mut verdict[heading + 1..] {
            if v.is_none() || *v == Some(Reason::Label) {
                *v = Some(Reason::AfterStory);
            }
        }
    }

    /// A picture's caption over its credit ([`is_credit_line`]): the short block right above a line that
    /// credits a picture, once the story has begun. A caption describes the picture in the story's own
    /// words ("Divers survey a kelp site near Sollvik."), so the topic rules kept it, and it was compared
    /// as a sentence one report added. Speech is the story's, and is not read as a caption.
    ///
    /// The story's first paragraph is never taken for one: a credit under it is a picture's with no
    /// caption, set between the lead and the rest ("Der Garten bleibt trocken: …" over "Foto: Archiv").
    /// Nor is its last: a sentence under the story's prose, with no more prose after its credit. A page may
    /// set the credit of the picture above the story at the story's foot ("Гарантійний термін … 10 років."
    /// over "Фото: прес-служба …", then the count of views).
    fn mark_captions(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, .. } = *self;
        let Some(lead) = self.first_prose(verdict) else { return };
        for k in lead + 1..blocks.len().saturating_sub(1) {
            // Every block is asked: a credit's few words rule out the most, before any is read.
            if nwords[k + 1] <= CREDIT_LINE_WORDS
                && verdict[k].is_none()
                && nwords[k] <= CAPTION_WORDS
                && is_credit_line(blocks[k + 1])
                && !blocks[k].contains(is_double_quote)
                && !(ends_sentence(blocks[k]) && self.follows_prose(verdict, k) && !self.story_goes_on(verdict, k + 2))
            {
                // A page that sets the credit over its caption: a line of a few words that ends no sentence
                // under the credit, and a sentence of the story above it ("Авария произошла около 03:40 …"
                // over "Фото: пресс-служба …" over "Затопленная улица Литейная утром 14 января").
                let under = k + 2;
                let caption_under = ends_sentence(blocks[k])
                    && verdict.get(under).is_some_and(Option::is_none)
                    && (1..=CAPTION_WORDS).contains(&nwords[under])
                    && !ends_sentence(blocks[under])
                    && self.story_goes_on(verdict, under + 1);
                verdict[if caption_under { under } else { k }] = Some(Reason::PageFurniture);
            }
        }
    }

    /// An advertisement's own line under its label ("ADVERTISEMENT" over "Local plumbers from £49 – call
    /// … today"): a short line that ends no sentence with a stop and shares none of the story's words. A
    /// page copied to text mostly leaves the slot empty, and the story goes on under the label: a
    /// paragraph, or a subhead in the story's words, stays.
    fn mark_advertisements(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, topics, .. } = *self;
        let label_alone = |k: usize| nwords[k] <= 2 && is_ad_label(blocks[k]);
        let asked: Vec<usize> = (1..blocks.len())
            .filter(|&k| {
                verdict[k].is_none()
                    && verdict[k - 1].is_some()
                    && label_alone(k - 1)
                    && nwords[k] <= AD_LINE_WORDS
                    && !blocks[k].trim_end().ends_with('.')
                    && !topics.of(k).is_empty()
            })
            .collect();
        if asked.is_empty() {
            return;
        }
        let story: FxHashSet<Topic> = (0..blocks.len())
            .filter(|&i| self.is_prose(verdict, i) && !asked.contains(&i))
            .flat_map(|i| topics.of(i).iter().copied())
            .collect();
        for k in asked {
            if !topics.of(k).iter().any(|w| story.contains(w)) {
                verdict[k] = Some(Reason::PageFurniture);
            }
        }
    }

    /// A pull quote: a block that is one quotation and nothing else, set apart in large type, whose words
    /// the story gives in full in another block ("“This is the biggest investment…”" above the paragraph
    /// that quotes it and names who said it). It is the page's design, not a second saying of it.
    fn mark_pull_quotes(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, title, .. } = *self;
        // Blocks are cut trimmed, so a quotation's opening mark is the first character.
        let quoted = |k: usize| {
            // The name after a quotation is sought only in a block that opens with one: searching every
            // block for a dash was 8% of comparing two reports written one sentence a paragraph.
            blocks[k].starts_with(is_double_quote)
                && verdict[k].is_none()
                && Some(k) != title
                && nwords[k] >= PULL_QUOTE_WORDS
                && {
                    let t = without_attribution(blocks[k]);
                    t.trim_end_matches(['.', ',', '!', '?']).ends_with(is_double_quote)
                        // One quotation: no mark inside it closes it and opens another.
                        && t.chars().filter(|&c| is_double_quote(c)).count() == 2
                }
        };
        let candidates: Vec<usize> = (0..blocks.len()).filter(|&k| quoted(k)).collect();
        if candidates.is_empty() {
            return;
        }
        // Each story block's folded words, spaced, with a space at each end so that a match is of whole words.
        let folded = |text: &str| {
            let mut out = String::from(" ");
            for w in words(text) {
                with_fold(w, |f| {
                    if !f.is_empty() {
                        out.push_str(f);
                        out.push(' ');
                    }
                });
            }
            out
        };
        for k in candidates {
            let quote = folded(without_attribution(blocks[k]));
            // Its longest word, as written: a paragraph without it is not read further.
            let longest = words(without_attribution(blocks[k]))
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .max_by_key(|w| w.len())
                .unwrap_or_default();
            let finder = Finder::new(longest.as_bytes());
            // A page sets a pull quote near the paragraph it lifts: a whole long report need not be read
            // for each quotation that stands alone.
            let near = k.saturating_sub(PULL_QUOTE_REACH)..(k + PULL_QUOTE_REACH + 1).min(blocks.len());
            let lifted = near
                .filter(|&j| j != k && verdict[j].is_none() && nwords[j] > nwords[k])
                .filter(|&j| finder.find(blocks[j].as_bytes()).is_some())
                .any(|j| folded(blocks[j]).contains(&quote));
            if lifted {
                verdict[k] = Some(Reason::Repeated);
            }
        }
    }

    /// A line of furniture ending in a colon announces links ("Read more:", "Mehr zum Thema:"): the one to
    /// three short lines under it that read as headlines, not sentences, are those links. Three make a link
    /// list by themselves; one or two were compared as story ("Marode Brücken im Land: Wo es jetzt eng
    /// wird").
    ///
    /// A sponsor's label ("SPONSORED", "Promoted") announces the one line under it: the sponsor's link
    /// ("Shoppers are going wild for this £12 air fryer hack"), which read as the story's own line.
    fn mark_announced_links(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, rows, .. } = *self;
        for k in 0..blocks.len() {
            if !matches!(verdict[k], Some(Reason::PageFurniture | Reason::Label)) {
                continue;
            }
            let teasers = verdict[k] == Some(Reason::PageFurniture) && heads_teasers(blocks[k], nwords[k]);
            let lines = if verdict[k] == Some(Reason::PageFurniture) && (ends_in_colon(blocks[k]) || teasers) {
                3
            } else if nwords[k] <= 2 && labels_sponsor(blocks[k]) {
                1
            } else {
                continue;
            };
            let mut j = k + 1;
            let mut links = 0;
            while j < blocks.len() && links < lines {
                // A teaser's date under its title ("Published 2 February 2023") is passed over.
                if teasers && verdict[j].is_some() && looks_like_dateline(blocks[j]) {
                    j += 1;
                    continue;
                }
                // A link's title may ask a question ("- ¿Quién es Marisol Vantreight?", or under a teasers'
                // heading "What is prediabetes and how do I know if I have it?"); a story's point set out
                // in a list ends in a stop.
                let question_link = (teasers || is_list_item(blocks[j])) && blocks[j].trim_end().ends_with(['?', '？']);
                if verdict[j].is_some()
                    || nwords[j] > 16
                    || (ends_sentence(blocks[j]) && !question_link)
                    || rows[j].is_some()
                {
                    break;
                }
                verdict[j] = Some(Reason::LinkList);
                links += 1;
                j += 1;
            }
        }
    }

    /// A short line ending in a colon that introduces page furniture ("Like this article? Share it:" above a
    /// bar of sharing links, "Connect with us:") is furniture too: what it announces is not the story.
    fn mark_furniture_introductions(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, title, .. } = *self;
        for k in title.map_or(0, |t| t + 1)..blocks.len().saturating_sub(1) {
            if verdict[k].is_none()
                && nwords[k] <= INTRODUCTION_WORDS
                && ends_in_colon(blocks[k])
                && verdict[k + 1] == Some(Reason::PageFurniture)
            {
                verdict[k] = Some(Reason::PageFurniture);
            }
        }
    }

    /// Runs of three or more link-like blocks (short, no closing punctuation) are link lists. Blocks already
    /// judged furniture or labels count toward a run, so "Related" followed by two links is caught.
    fn mark_link_lists(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, rows, title, .. } = *self;
        let start = title.unwrap_or(0);
        // A list that a line ending in a colon introduces ("Key facts:", "The agreement sets out:") lists the
        // story's own points: a page announces its links with furniture ("Read more:", "Related:"), which the
        // rules before this one have already marked. Its items are story, short ones too ("- 23 fires", which
        // the label rule took for a button), up to the first block of furniture or the first long paragraph.
        let colon: Vec<bool> = (0..blocks.len())
            // Not under a section that closes the page ("Cite This Page:" under "References"): what it
            // introduces is the page's too.
            .map(|k| {
                k > start
                    && ends_in_colon(blocks[k])
                    && !matches!(verdict[k], Some(Reason::PageFurniture | Reason::AfterStory))
            })
            .collect();
        let mut item = vec![false; blocks.len()];
        for k in (0..blocks.len()).filter(|&k| colon[k]) {
            for j in k + 1..blocks.len() {
                if colon[j] || nwords[j] > SHORT_LINE || !matches!(verdict[j], None | Some(Reason::Label)) {
                    break;
                }
                item[j] = true;
            }
        }
        for k in (0..blocks.len()).filter(|&k| item[k]) {
            verdict[k] = None;
        }
        // Runs of link-like blocks, each cut at a colon line and at a list's items.
        let mut linkish: Vec<bool> = (0..blocks.len())
            .map(|i| {
                i > start
                    && !colon[i]
                    && !item[i]
                    && rows[i].is_none()
                    && (verdict[i].is_some_and(|r| r != Reason::Repeated)
                        || (nwords[i] <= 16
                            && !ends_sentence(blocks[i])
                            && !ends_in_colon(blocks[i])
                            // A fact box's rows ("Deaths: 12", "Injured: 40") are no links.
                            && (nwords[i] > 3 || labelled_figure(blocks[i]) != Some(Figure::Stated))))
            })
            .collect();
        // A link's title may ask its question ("Is it safe to eat eggs every day?") among other links' titles:
        // it is one of them when a title that asks nothing stands next to it, set out as it is (both list
        // items, or neither). An explainer's question heads its own points ("How do I book?" over "- Tickets
        // go on sale at noon"), which are items where it is none, or prose.
        let asks: Vec<bool> = (0..blocks.len())
            .map(|i| {
                i > start
                    && !linkish[i]
                    && verdict[i].is_none()
                    && !colon[i]
                    && !item[i]
                    && rows[i].is_none()
                    && asks_as_headline(blocks[i])
            })
            .collect();
        let beside = |i: usize, j: usize| {
            linkish[j] && !asks[j] && verdict[j].is_none() && is_list_item(blocks[j]) == is_list_item(blocks[i])
        };
        let titles: Vec<usize> = (0..blocks.len())
            .filter(|&i| asks[i] && ((i > 0 && beside(i, i - 1)) || (i + 1 < blocks.len() && beside(i, i + 1))))
            .collect();
        for i in titles {
            linkish[i] = true;
        }
        let mut i = 0;
        while i < blocks.len() {
            if !linkish[i] {
                i += 1;
                continue;
            }
            let run_start = i;
            while i < blocks.len() && linkish[i] {
                i += 1;
            }
            let fresh = (run_start..i).filter(|&j| verdict[j].is_none()).count();
            if i - run_start >= 3 && fresh >= 2 {
                // A part of the run between pieces of furniture that lists the story's own points stays
                // story ("Key points" and its items, then "Share this article").
                let furniture = |j: usize| is_furniture_verdict(verdict[j]);
                // Indexed from the run's start, so each run's list is as long as the run, not the page.
                let mut keep = vec![false; i - run_start];
                let mut part = run_start;
                while part < i {
                    let end = (part..i).find(|&j| furniture(j)).unwrap_or(i);
                    if end > part && self.lists_story_points(verdict, part..end) {
                        keep[part - run_start..end - run_start].fill(true);
                    }
                    part = end + 1;
                }
                for j in (run_start..i).filter(|&j| !keep[j - run_start]) {
                    verdict[j].get_or_insert(Reason::LinkList);
                }
            }
        }
    }

    /// Whether a run of short lines is a bulleted list of the story's own points set into it ("Key findings"
    /// and its items, "- Sea levels rose 4.5 mm a year"), not a box of links: every item is marked as one,
    /// no page furniture heads it ("Related", "Read more"), story prose follows it, and its words are the
    /// story's (as a closing paragraph's are: the same low bar, since such a list brings new facts).
    fn lists_story_points(&self, verdict: &[Option<Reason>], run: std::ops::Range<usize>) -> bool {
        let Page { blocks, nwords, topics, title, .. } = *self;
        let items: Vec<usize> = run.clone().filter(|&j| verdict[j].is_none()).collect();
        let prose = |j: usize| self.is_prose(verdict, j);
        // Story on one side at least: prose right after the list, or right before it (a list that closes
        // the story). Furniture right above it ("Related") makes it a box of links. The prose after it may
        // open with its time, as each entry of a live report does ("Key points", its items, then "09:14 GMT"),
        // or with the credit line, as a report that opens with its key points does.
        //
        // A subhead may stand between the list and that prose, on either side: an explainer sets its points
        // out under questions ("How will I get across?", the list, "What will it cost?", a paragraph).
        //
        // Under a heading that names a summary ("Summary", "Key points"), the items may have lost their
        // bullets, as a page saved as text loses them: a live report's summary of its latest facts. Such a
        // box says what it is, so page furniture between it and the story (an advertisement, a picture's
        // caption) does not part it from the story either.
        let headed =
            [Some(run.start), run.start.checked_sub(1)].into_iter().flatten().any(|k| heads_summary(blocks[k]));
        let subhead = |k: usize| self.is_subhead(verdict, k) || (headed && is_furniture_verdict(verdict[k]));
        let after = (run.end..blocks.len())
            .find(|&k| !looks_like_dateline(blocks[k]) && !looks_like_byline(blocks[k]) && !subhead(k));
        let before = (0..run.start).rev().find(|&k| !subhead(k));
        let beside_prose = after.is_some_and(prose) || before.is_some_and(prose);
        let under_furniture = run.start.checked_sub(1).is_some_and(|k| is_furniture_verdict(verdict[k]));
        // Between the headline and its byline or date, a page sets the story's points without bullets or
        // heading ("Leanne Marchetti found the crocodile as she went to clean her pool" over "By TOM
        // HOLLOWAY"): never a box of links, which stands apart from the headline's credit.
        // Each point is a clause of some words: a score widget's rows of scorers ("Dunmore United: Osei
        // (12')") are not.
        let sums_up_headline = title.is_some_and(|t| t + 1 == run.start)
            && blocks.get(run.end).is_some_and(|b| looks_like_byline(b) || looks_like_dateline(b))
            && items.iter().all(|&j| nwords[j] >= SUMMARY_POINT_WORDS);
        // The heading itself opens the run when it is too long for a label ("Key figures (third quarter 2025)").
        let listed = |j: usize| {
            is_list_item(blocks[j])
                || (headed && !heads_summary(blocks[j]))
                || sums_up_headline
                || (j == run.start && heads_summary(blocks[j]))
        };
        if !items.iter().all(|&j| listed(j))
            // Items that are each a link and nothing else point elsewhere, whatever their words.
            || items.iter().all(|&j| crate::markdown::is_link_only(blocks[j]))
            || run.clone().any(|j| is_furniture_verdict(verdict[j]))
            || !(beside_prose || sums_up_headline)
            // A summary's heading names what it heads, whatever furniture (a time stamp) stands above it.
            || (under_furniture && !headed)
        {
            return false;
        }
        // Story prose on both sides, with nothing but subheads between: the list stands inside the story, and
        // a page heads a box of links it sets there with furniture ("Related", "Top stories"), tested above.
        // Its points may well bring facts in words the rest of the story does not use ("- Cyclists ride the
        // ferry for free"); of the two errors, a box of links shown as added sentences is the visible one.
        if after.is_some_and(prose) && before.is_some_and(prose) {
            return true;
        }
        let others: Vec<usize> = (0..blocks.len()).filter(|&j| !run.contains(&j) && prose(j)).chain(title).collect();
        let uses = paragraph_uses(topics, &others, &items);
        share_of(&topics.set_of(&items), |w| uses.get(w).is_some_and(|&(n, _)| n >= 1)) >= OFF_TOPIC
    }

    /// Topic signals: the share of a block's content words that also appear in the headline or in another
    /// prose block still judged to be story.
    ///
    /// The end of the story is found walking back from the last block: a trailing block counts as story only
    /// if its words are found *before* it. Measuring against the whole article would let two footer blocks
    /// (an "About us" blurb and the credit line above it) vouch for each other.
    fn mark_off_topic(&self, verdict: &mut [Option<Reason>]) {
        let Page { blocks, nwords, rows, topics, scanned, title } = *self;
        // Prose is a paragraph that ends like a sentence: credit lines and subheads neither count nor vouch.
        let prose: Vec<usize> = (0..blocks.len()).filter(|&i| self.is_prose(verdict, i)).collect();
        // With fewer than three paragraphs there is no "rest of the article" to measure against.
        if prose.len() < 3 {
            return;
        }
        let in_title: FxHashSet<Topic> = title.map(|t| topics.of(t).iter().copied().collect()).unwrap_or_default();
        // Share of the words of the paragraph at position `p` of `prose` found in the headline or in a
        // paragraph before it. Asked in batches walking back from the end: one pass over the paragraphs before
        // a batch finds where each of the batch's words is first used; each next batch is twice as long, so a
        // long tail of footer paragraphs is not a pass each.
        // Walk back to the last paragraph whose words the story before it already uses. A paragraph that share
        // lines, link lists or a comment form separate from the prose before it (a bio under the comments)
        // must share more: a word or two in common is then chance, not topic. A time does not separate: each
        // entry of a live report opens with one ("09:14 GMT").
        let separates = |k: usize| verdict[k].is_some() && !looks_like_dateline(blocks[k]);
        let bar = |p: usize| {
            if p > 0 && prose[p] > prose[p - 1] + 1 && (prose[p - 1] + 1..prose[p]).any(separates) {
                ON_TOPIC
            } else {
                OFF_TOPIC
            }
        };
        // A writer's note at the story's foot ends it: the paragraphs under it are the page's, and its words
        // (the outlet's name, a book's publisher) must not vouch for a footer line under it ("The Easel is
        // published by Larchwood Media Ltd." under "Harriet Quayle is a senior editor at The Easel…").
        let tail = prose.len().saturating_sub(BIO_REACH).max(2)..prose.len();
        // The last one: a story may tell of a journalist in a writer's note's words ("Paul Girard est
        // journaliste au Courrier et a été blessé …"), and taken for the note, the first cut off the rest.
        let bio = tail.clone().rev().find(|&p| looks_like_bio(blocks[prose[p]]));
        let mut last = None;
        let (mut hi, mut batch) = (bio.unwrap_or(prose.len()), 4);
        while last.is_none() && hi > 0 {
            let lo = hi.saturating_sub(batch);
            let first = first_uses(topics, &prose, lo.max(2)..hi);
            let share = |p: usize| {
                share_of(&topics.set_of(&[prose[p]]), |w| in_title.contains(w) || first.get(w).is_some_and(|&f| f < p))
            };
            last = (lo..hi).rev().find(|&p| p < 2 || (share(p) >= bar(p) && !looks_like_bio(blocks[prose[p]])));
            hi = lo;
            batch *= 2;
        }
        let Some(on_topic) = last else { return };
        // Closing paragraphs often bring new facts in new words ("Union leaders warned that talks on pay could
        // break down again"), and a last line may be short ("Work is due to start in May."). What tells them
        // from a bio or a teaser is where they stand: right after the story, with no share line, link list or
        // credit line in between. So the story runs on over every sentence that follows directly.
        // A list of the story's points right after it ("Key findings:" and its items) runs on with it.
        //
        // A subhead ("Rescue efforts"), a picture's caption or credit ("Photo: Martin Mejia/AP"), the credit
        // under an embedded post, a button's line ("Link copied!"), or the time a live report's entry opens
        // with ("09:14 GMT") stands inside a story, and the story runs on past one to the paragraph that
        // follows. Teasers and promotions after a story come under headings of furniture ("More from the
        // region", "Related", "Newsletter"), which stop it. Between the two errors this prefers the visible
        // one: a teaser under an unknown heading shows as an added sentence, where a story's last section set
        // aside would hide its changes.
        let n = blocks.len();
        let aside = |k: usize| {
            verdict[k] == Some(Reason::Label)
                || (verdict[k] == Some(Reason::PageFurniture)
                    // A line of the page's tools that reads as a sentence ("Link copied!", "Follow us for
                    // the latest updates."): what heads a teaser or a list below a story never does.
                    && (ends_sentence(blocks[k])
                        || is_picture_note(blocks[k])
                        || is_interruption(blocks[k])
                        || looks_like_dateline(blocks[k])
                        || looks_like_post_credit(blocks[k])))
                || (verdict[k].is_none()
                    && nwords[k] <= SHORT_LINE
                    && !ends_sentence(blocks[k])
                    && !is_list_item(blocks[k])
                    && rows[k].is_none())
                // A live report's entry heading, repeated from its list of key events ("GOAL! Northam 2-1
                // Sefton Vale (Reddy 58)"): a short line no furniture word marks, as a subhead is. A repeated
                // "Share" is furniture by its words, and still ends the story.
                || (verdict[k] == Some(Reason::Repeated)
                    && !scanned[k].furniture
                    && nwords[k] <= SHORT_LINE
                    && !ends_sentence(blocks[k]))
        };
        let paragraph = |k: usize| self.is_prose(verdict, k) && !looks_like_bio(blocks[k]);
        let story_goes_on_past = |k: usize| (k..n).find(|&j| !aside(j)).is_some_and(paragraph);
        let mut end = prose[on_topic];
        let mut in_list = false;
        while let Some(next) = blocks.get(end + 1) {
            // A printed story's jump line ("Continued on Page 9") ends what this page holds of it: the rest
            // of the page is other stories, briefs and ads.
            if crate::blocks::is_jump_line(next) {
                break;
            }
            // A heading ending in a colon, or a label right above an item kept as story ("Key findings" and
            // "- Sea levels rose 4.5 mm a year"), opens the story's own list.
            let opens_items = blocks.get(end + 2).is_some_and(|b| verdict[end + 2].is_none() && is_list_item(b));
            let heading = matches!(verdict[end + 1], None | Some(Reason::Label))
                && (ends_in_colon(next) || (verdict[end + 1] == Some(Reason::Label) && opens_items));
            // Only marked items: a newsletter box or a bio after the list is not one of its points.
            let item = in_list && verdict[end + 1].is_none() && nwords[end + 1] <= SHORT_LINE && is_list_item(next);
            // A printed story's paragraph stops mid-sentence where a jump line sends the reader on to
            // another page ("… Residents said supplies were" over "Continued on Page 9"), and a web copy's
            // where a paywall's notice cuts it ("… et le Département envisage déjà de" over "Cet article est
            // réservé aux abonnés").
            let jumps = || {
                blocks.get(end + 2).is_some_and(|b| {
                    crate::blocks::is_jump_line(b) || (nwords[end + 2] <= PAYWALL_NOTICE_WORDS && is_paywall_notice(b))
                })
            };
            let sentence = verdict[end + 1].is_none()
                && nwords[end + 1] >= 3
                && (ends_sentence(next) || jumps())
                && !looks_like_bio(next);
            // A table right after the story's last paragraph (or its heading) is the story's.
            let row = rows[end + 1].is_some();
            let subhead_or_picture = !in_list && aside(end + 1) && story_goes_on_past(end + 1);
            // A live report's entry ends with its buttons ("Share"), and the next entry opens with its time
            // ("17.56 BST"): a button line followed by a time, then the entry's paragraph, is inside the story.
            // After a story, the buttons head teasers and lists, with no time of an entry before them.
            let buttons = verdict[end + 1] == Some(Reason::PageFurniture)
                || (verdict[end + 1] == Some(Reason::Repeated) && scanned[end + 1].furniture);
            let between_entries = !in_list && buttons && nwords[end + 1] <= 3 && {
                let timed = (end + 2..n)
                    .take_while(|&j| aside(j))
                    .any(|j| looks_like_dateline(blocks[j]) || crate::matrix::is_clock_line(blocks[j]));
                // The entry may be one short sentence ("90 min: There will be four minutes of stoppage time.").
                let entry =
                    |j: usize| paragraph(j) || (verdict[j].is_none() && nwords[j] >= 3 && ends_sentence(blocks[j]));
                timed && (end + 2..n).find(|&j| !aside(j)).is_some_and(entry)
            };
            if !(heading || item || sentence || row || subhead_or_picture || between_entries) {
                break;
            }
            in_list = heading || (in_list && item);
            end += 1;
        }
        for v in &mut verdict[end + 1..] {
            v.get_or_insert(Reason::AfterStory);
        }
        // A long paragraph inside the story whose words nothing else uses, boxed in by page furniture on both
        // sides, is a promotion or a teaser set into the story. Words alone do not make that call: a story
        // keeps bringing new facts in new words ("Rescue crews used boats to reach people trapped on rooftops
        // in the town of Faenza"), and on reports of every kind most paragraphs judged by words alone were
        // story. Not the lead, which the story around it exists to explain, and not reported speech: a
        // quotation brings its own words, and a promotion quotes nobody. The closing paragraphs kept by their
        // position alone are not judged again by the words that failed them.
        let boxed_in = |i: usize| i > 0 && verdict[i - 1].is_some() && verdict.get(i + 1).is_some_and(|v| v.is_some());
        let boxed: Vec<usize> =
            prose[1..=on_topic].iter().copied().filter(|&i| nwords[i] >= 15 && boxed_in(i)).collect();
        if boxed.is_empty() {
            return;
        }
        // Share of a paragraph's words found in the headline or in another prose paragraph, anywhere.
        let uses = paragraph_uses(topics, &prose, &boxed);
        let share = |i: usize| {
            share_of(&topics.set_of(&[i]), |w| in_title.contains(w) || uses.get(w).is_some_and(|&(n, _)| n >= 2))
        };
        let off: Vec<usize> =
            boxed.into_iter().filter(|&i| share(i) < OFF_TOPIC && !reports_speech(blocks[i])).collect();
        for i in off {
            verdict[i] = Some(Reason::OffTopic);
        }
    }
}

/// Whether a line is a sponsor's label over the link it pays for: "SPONSORED", "Promoted", "Partner
/// content". An advertisement's label is not: it marks a slot, which a page copied to text leaves empty, the
/// story going on under it.
/// Whether a short line of furniture heads a list of other stories' links: "More on this story",
/// "Related stories", "You may also like". Such a list's titles may ask questions, which read as sentences.
fn heads_teasers(text: &str, nwords: usize) -> bool {
    nwords <= 5 && TEASER_HEADING_PHRASES.iter().any(|p| opens_with(LeadingKeys::of(text).keys(), p))
}

/// The openings of [`heads_teasers`]'s headings.
#[rustfmt::skip]
const TEASER_HEADINGS: &[&str] = &[
    "more on", "more from", "more stories", "related", "you may also like", "you might also like", "read next",
    "most read", "top stories", "latest news", "latest stories", "further reading", "recommended",
    "elsewhere on", "in other news", "don't miss", "what to read next",
];

fn labels_sponsor(text: &str) -> bool {
    const SPONSOR: &[&str] = &[
        "sponsored",
        "promoted",
        "sponsored content",
        "promoted content",
        "partner content",
        "paid content",
        "paid post",
    ];
    let words: Vec<String> = words(text).map(crate::normalize::fold).collect();
    SPONSOR.contains(&words.join(" ").as_str())
}

/// A verdict of page furniture other than a label ("Related", "Share this article"): what a list of the
/// story's own points never holds or stands under.
fn is_furniture_verdict(verdict: Option<Reason>) -> bool {
    verdict.is_some_and(|r| r != Reason::Label)
}

/// For each content word of the paragraphs at positions `asked` of `prose`: the position of the first
/// paragraph that uses it, if one before the end of `asked` does.
fn first_uses(topics: &Topics, prose: &[usize], asked: std::ops::Range<usize>) -> FxHashMap<Topic, usize> {
    let mut first: FxHashMap<Topic, usize> =
        asked.clone().flat_map(|p| topics.of(prose[p])).map(|&w| (w, usize::MAX)).collect();
    // Most words of a story's paragraphs are used early on: stop once every word has been found.
    let mut missing = first.len();
    for (p, &i) in prose[..asked.end].iter().enumerate() {
        if missing == 0 {
            break;
        }
        for w in topics.of(i) {
            if let Some(f) = first.get_mut(w)
                && *f == usize::MAX
            {
                *f = p;
                missing -= 1;
            }
        }
    }
    first
}

/// For each content word of the `asked` blocks: how many prose paragraphs use it (and the last that did,
/// so that a paragraph counts once).
fn paragraph_uses(topics: &Topics, prose: &[usize], asked: &[usize]) -> FxHashMap<Topic, (usize, usize)> {
    let mut uses: FxHashMap<Topic, (usize, usize)> =
        asked.iter().flat_map(|&i| topics.of(i)).map(|&w| (w, (0, usize::MAX))).collect();
    for (p, &i) in prose.iter().enumerate() {
        for w in topics.of(i) {
            if let Some((n, last)) = uses.get_mut(w)
                && *last != p
            {
                *n += 1;
                *last = p;
            }
        }
    }
    uses
}

/// A pull quote without the name a page sets after it: `“This was not a perk.” — Professor Juliet Schor`
/// is the quotation. Only a dash after the closing mark, and a few words after the dash.
fn without_attribution(text: &str) -> &str {
    // A name ends in a letter; a paragraph that quotes someone ends with its full stop or quotation mark,
    // and is not searched.
    if !text.ends_with(char::is_alphabetic) {
        return text;
    }
    let Some(at) = text.rfind(['—', '–']) else { return text };
    let (quote, name) = (text[..at].trim_end(), &text[at..]);
    let closed = quote.trim_end_matches(['.', ',', '!', '?']).ends_with(is_double_quote);
    if closed && (1..=6).contains(&words(name).count().saturating_sub(1)) { quote } else { text }
}

/// What a short line that labels a figure states ([`labelled_figure`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    /// A page's count of its readers' doings: "Views: 1,204", "Shares: 58".
    Count,
    /// A figure of the story: "Attendance: 24,312", "Turnout: 61%", "Death toll: 12".
    Stated,
}

/// A line of one or two words, a colon, and a figure ("Attendance: 24,312", "Final score: 3-1"): a fact
/// box's row or a match report's attendance, which the story states once, in as few words as a label
/// has. A page's counter of views or shares has that shape too, and its word tells it apart.
fn labelled_figure(text: &str) -> Option<Figure> {
    // What a page counts of its readers, as a counter names it. (Not "votes": an election's are story.)
    #[rustfmt::skip]
    const COUNTERS: &[&str] = &[
        "views", "shares", "likes", "reads", "reactions", "followers", "subscribers", "retweets", "reposts",
        "claps", "upvotes", "plays", "downloads",
        // A video player's progress: "Loaded: 0%".
        "loaded",
    ];
    let (label, value) = text.split_once(':')?;
    let label = label.trim();
    let first = label.split_whitespace().next()?;
    let value = value.trim();
    let figure = value.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥'))
        && value.contains(|c: char| c.is_ascii_digit());
    if !figure || !first.starts_with(char::is_uppercase) || label.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let last = label.rsplit(' ').next().unwrap_or(label).to_lowercase();
    Some(if COUNTERS.contains(&last.as_str()) { Figure::Count } else { Figure::Stated })
}

/// The heading of a comment thread: "14 Comments", "Comments (14)", "Comments", "2 thoughts on “Dam
/// bursts”", "3 responses to …", "Reader comments", "214 points · 63 comments".
fn heads_comments(text: &str) -> bool {
    const THREAD: &[&str] = &[
        "comment",
        "comments",
        "responses",
        "replies",
        "thoughts",
        "reactions",
        // The same in French, German, Spanish, Italian and Dutch pages: "Commentaires (4)".
        "commentaires",
        "réactions",
        "kommentare",
        "comentarios",
        "commenti",
        "reacties",
        // And in Polish, Czech, Swedish, Danish, Norwegian, Portuguese, Romanian and Afrikaans pages:
        // "Komentarze (3)", "Kommentaar (12)".
        "komentarze",
        "komentáře",
        "kommentarer",
        "comentários",
        "comentarii",
        "kommentaar",
        // And in Russian, Ukrainian, Bulgarian and Serbian, Greek, Hebrew, Arabic, Persian, Urdu and Hindi
        // pages: "Коментари (14)", "Σχόλια", "תגובות (8)".
        "комментарии",
        "коментарі",
        "коментари",
        "σχόλια",
        "תגובות",
        "التعليقات",
        "تعليقات",
        "نظرات",
        "تبصرے",
        "टिप्पणियां",
        "टिप्पणियाँ",
        // And in Thai, Vietnamese, Indonesian and Bengali pages.
        "ความคิดเห็น",
        "bình luận",
        "komentar",
        "মন্তব্য",
    ];
    // A Thai heading is written without spaces ("ความคิดเห็นทั้งหมด (26)", all comments), and its word
    // for comments is three to its dictionary: the heading opens with the word, "all" may follow, then
    // the count.
    if crate::segment::may_hold_segmented(text) {
        let t = text.trim();
        if let Some(rest) = THREAD.iter().filter(|w| !w.is_ascii()).find_map(|w| t.strip_prefix(w)) {
            let count = rest.trim_start_matches("ทั้งหมด").trim();
            let count = count.strip_prefix('(').and_then(|c| c.strip_suffix(')')).unwrap_or(count);
            return count.bytes().all(|b| b.is_ascii_digit());
        }
    }
    let ws: Vec<String> =
        words(text).take(8).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    let ws: Vec<&str> = ws.iter().map(String::as_str).filter(|w| !w.is_empty()).collect();
    let number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    // A discussion site's bar of counts over its thread, the comments' count last: "214 points · 87%
    // upvoted · 63 comments". Every piece is a count.
    let pieces: Vec<&str> = text.split(['·', '|']).map(str::trim).collect();
    if pieces.len() >= 2
        && pieces.iter().all(|p| p.starts_with(|c: char| c.is_ascii_digit()) && words(p).count() == 2)
        && pieces
            .last()
            .and_then(|p| p.split_whitespace().nth(1))
            .is_some_and(|c| THREAD.contains(&c.to_lowercase().as_str()))
    {
        return true;
    }
    match ws[..] {
        // "Comments", "Comments (14)", "Reader comments", "Readers' comments (3)"
        [c] | [c, _] if THREAD.contains(&c) && ws.get(1).is_none_or(|n| number(n)) => {
            !matches!(c, "thoughts" | "comment")
        }
        ["reader" | "readers", c] | ["reader" | "readers", c, _] if c == "comments" => ws.len() == 2 || number(ws[2]),
        // A word of two, as Vietnamese writes it: "Bình luận (14)".
        [a, b] | [a, b, _] if THREAD.iter().any(|t| t.split_once(' ') == Some((a, b))) => {
            ws.len() == 2 || number(ws[2])
        }
        // "14 Comments", "1 comment", "2 thoughts on “…”", "3 responses to …"
        [n, c, ..] if number(n) && THREAD.contains(&c) => {
            (ws.len() == 2 && c != "thoughts") || (ws.len() > 3 && matches!(ws[2], "on" | "to") && !ends_sentence(text))
        }
        // A call to comment over the thread, a few words with its count in brackets: "Have your say (12
        // comments)", "Join the conversation (1 comment)". A sentence that counts comments has no brackets.
        [ref call @ .., n, c] if (2..=4).contains(&call.len()) && number(n) && THREAD.contains(&c) => {
            text.trim_end().ends_with(')') && text.contains(&format!("({n} ")) && c != "thoughts"
        }
        _ => false,
    }
}

/// A link down to a page's comments, a few words ending in the word for them: "Go to comments", "Ir a los
/// comentarios", "Zu den Kommentaren", "Voir les commentaires". Only the words that name comments and
/// nothing else: "Mixed reactions" heads a story's section. A thread's heading ("14 Comments", "Reader
/// comments") is left to [`Page::mark_comments`], which names what it heads.
fn links_to_comments(text: &str) -> bool {
    #[rustfmt::skip]
    const COMMENTS: &[&str] = &[
        "comments", "commentaires", "kommentare", "kommentaren", "comentarios", "commenti", "reacties", "komentarze",
        "komentáře", "kommentarer", "kommentarerna", "kommentarene", "kommentarerne", "comentários", "comentarii",
        "комментариям", "комментарии", "коментарів", "коментари", "коментарите", "σχόλια", "תגובות", "التعليقات",
    ];
    !ends_sentence(text)
        && words(text).count() >= 2
        && !heads_comments(text)
        && words(text).last().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            COMMENTS.contains(&w.as_str())
        })
}

/// A line only a comment thread has: a button under a comment ("Reply", "Report"), or a commenter's name
/// before the comment ("Jane D. says:", "Peter wrote:").
fn is_thread_line(text: &str) -> bool {
    // A comment's buttons on a line of their own beside [`REPLY_BUTTONS`]: a report button, Bulgarian's
    // other "reply", and Bengali's "reply" with its verb ("জবাব দিন").
    #[rustfmt::skip]
    const BUTTONS: &[&str] = &[
        "reply ↓", "report", "report abuse", "report comment", "flag", "отговор", "জবাব দিন", "উত্তর দিন",
    ];
    // A reply to a comment may be marked as one by an arrow before it: "↳ Jane · 2 hours ago".
    let t = text.trim().trim_start_matches(['↳', '└', '→']).trim_start();
    let lower = t.to_lowercase();
    REPLY_BUTTONS.contains(&lower.as_str())
        || BUTTONS.contains(&lower.as_str())
        // "Reply (3)": the button with its count of replies.
        || lower.strip_prefix("reply (").and_then(|r| r.strip_suffix(')')).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        // "Jane says:", "Jane wrote:", and a blog platform's "Jane said..."
        || ([" says:", " wrote:", " said...", " said…"].iter().any(|e| lower.ends_with(e)) && words(t).count() <= 5)
        || is_comment_bar(&lower)
        || is_commenter_line(t)
        || ["load more comments", "show more comments", "view more comments"].contains(&lower.as_str())
        // A comment's rating buttons and their counts: "Click to rate 112 54".
        || (lower.starts_with("click to rate") && words(t).count() <= 5)
        // The thread's order: "Sort by: Top", "Sort by Newest", "Trier par : Récents".
        || (SORTS.iter().any(|s| lower.starts_with(s)) && words(t).count() <= 5)
}

/// The button that answers a comment, alone on a line ([`is_thread_line`]) or in a bar of a comment's
/// buttons ([`is_comment_bar`]): in English, Russian, Ukrainian, Bulgarian, Serbian, Greek, Hebrew, Arabic
/// and Persian, Indonesian, Vietnamese and Thai pages ("Ответить · 👍 11", "Thích (12) · Trả lời").
#[rustfmt::skip]
const REPLY_BUTTONS: &[&str] = &[
    "reply", "ответить", "відповісти", "отговори", "одговори", "απάντηση", "השב", "הגב", "رد", "پاسخ", "balas",
    "trả lời", "ตอบกลับ",
];

/// How many blocks under a comment thread's heading the thread shows as one ([`is_thread_line`]), with no
/// paragraph of a story's length before: a sign-in line, a commenter's name and time, and a short comment may come
/// before its first button.
const THREAD_REACH: usize = 10;

/// How a comment thread's order control opens, in English, French, German, Spanish, Italian and Dutch.
const SORTS: &[&str] = &["sort by", "trier par", "sortieren nach", "ordenar por", "ordina per", "sorteer op"];

/// A comment's bar of buttons and counts, set apart by dots or bars: "Reply · 23 likes", "Like | Reply |
/// Report", "Reply · 2 replies". `lower` is the line in lower case.
fn is_comment_bar(lower: &str) -> bool {
    // The button that answers a comment beside [`REPLY_BUTTONS`], in German, French, Spanish and
    // Portuguese, Italian, Dutch, Swedish and Norwegian, and Polish pages ("Antworten · 24 Empfehlungen"),
    // and Bengali's without its verb.
    const REPLY: &[&str] = &[
        "antworten",
        "répondre",
        "responder",
        "rispondi",
        "reageer",
        "beantwoorden",
        "svara",
        "svar",
        "odpowiedz",
        "জবাব",
        "উত্তর",
    ];
    const PIECES: &[&str] = &[
        "report",
        "like",
        "likes",
        "share",
        "flag",
        "replies",
        "upvote",
        "downvote",
        "melden",
        "empfehlung",
        "empfehlungen",
        "signaler",
        "denunciar",
        "segnala",
        // Report, and like, in Russian, Ukrainian, Serbian, Bulgarian, Greek, Hebrew and Arabic pages.
        "пожаловаться",
        "поскаржитися",
        "пријави",
        "сигнализирай",
        "αναφορά",
        "דווח",
        "إبلاغ",
        "нравится",
        "подобається",
        "μου αρέσει",
        // Like, in Indonesian, Vietnamese, Thai and Bengali pages.
        "suka",
        "thích",
        "ถูกใจ",
        "লাইক",
    ];
    // Set apart by dots or bars, or by the wide gaps a page copied to text leaves between buttons ("👍 37  👎 0
    // Відповісти").
    let pieces: Vec<&str> =
        lower.split(['·', '|', '•']).flat_map(|p| p.split("  ")).map(str::trim).filter(|p| !p.is_empty()).collect();
    let digits = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    let is_count = |p: &str| {
        let mut ws = p.split_whitespace();
        match (ws.next(), ws.next(), ws.next()) {
            // "23 likes"; or a like's sign and its count, in any language: "👍 11", "♥ 3"; or the button
            // before its count, "Thích (12)", "ถูกใจ 30".
            (Some(a), Some(b), None) => {
                (digits(a) && (PIECES.contains(&b) || b == "points"))
                    || ((LIKE_SIGNS.contains(&a) || PIECES.contains(&a))
                        && digits(b.strip_prefix('(').and_then(|n| n.strip_suffix(')')).unwrap_or(b)))
            }
            _ => false,
        }
    };
    let replies = |p: &&str| REPLY_BUTTONS.iter().chain(REPLY).any(|r| p.starts_with(r));
    pieces.len() >= 2
        && pieces.iter().any(replies)
        && pieces.iter().all(|p| replies(p) || PIECES.contains(p) || is_count(p))
}

/// The signs a comment's likes and dislikes are counted beside: "Ответить · 👍 11 · 👎 2".
const LIKE_SIGNS: &[&str] = &["👍", "👎", "♥", "❤", "❤️", "♡"];

/// A commenter's name and when the comment was posted, set apart by a dot, a bar, a spaced dash or a comma
/// after the commenter's place: "Steve_T · 2 hours ago", "**ecoPhil** · 10 April 2025", "Lyonnais69 - il y a
/// 3 heures", "Marguerite L. — March 12, 2025 at 4:12 pm", "Carol1962, Devon, 3 hours ago". A name (with its place) is a few words and no sentence.
fn is_commenter_line(text: &str) -> bool {
    let split = text
        .split_once(['·', '|', '•'])
        .or_else(|| text.split_once(" - "))
        .or_else(|| text.split_once(" – "))
        .or_else(|| text.split_once(" — "))
        // Columns a page set side by side come out as a run of spaces, or a tab, between them.
        .or_else(|| text.split_once("   ").or_else(|| text.split_once('\t')))
        .or_else(|| text.rsplit_once(", "));
    let Some((name, when)) = split else { return false };
    let (name, when) = (name.trim().trim_matches('*'), when.trim());
    let name_words = words(name).count();
    let ws: Vec<&str> = when.split_whitespace().collect();
    let digits = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    // "2 hours ago", "an hour ago", "2h", "3d"; in French, German, Spanish and Portuguese pages "il y a 3
    // heures", "vor 3 Stunden", "hace 3 horas", "há 3 horas"; in Dutch, Italian and Polish ones "3 uur
    // geleden", "3 ore fa", "3 godziny temu"; in Swedish, Danish and Norwegian ones "för 3 timmar sedan",
    // "for 3 timer siden"; in Afrikaans ones "2 uur gelede"; or a date of more than a figure ("10 April
    // 2025", not "£4").
    let ago = matches!(ws[..], [n, _, "ago"] if digits(n) || n == "an" || n == "a")
        || matches!(ws[..], [n, _, "geleden" | "gelede" | "fa" | "temu"] if digits(n))
        || matches!(ws[..], ["il", "y", "a", n, _] | ["vor" | "hace" | "há", n, _] if digits(n))
        || matches!(ws[..], ["för" | "for", n, _, "sedan" | "siden"] if digits(n))
        // In Vietnamese and Indonesian pages "2 giờ trước", "2 jam yang lalu", "2 jam lalu"; in Thai ones
        // "58 นาทีที่แล้ว", the unit joined to its "ago".
        || matches!(ws[..], [n, _, "trước" | "lalu"] | [n, _, "yang", "lalu"] if digits(n))
        || matches!(ws[..], [n, w] if digits(n) && w.len() > "ที่แล้ว".len() && w.ends_with("ที่แล้ว"));
    // The unit is tested first: it is one byte, so the figure before it is a slice at a character's edge.
    let short = matches!(ws[..], [w] if w.len() >= 2 && w.ends_with(['m', 'h', 'd', 'w']) && digits(&w[..w.len() - 1]));
    // A name may end in an initial's full stop ("Marie-Claude B."), which ends no sentence.
    let initial = name.rsplit(' ').next().is_some_and(crate::normalize::is_initial);
    (1..=3).contains(&name_words)
        && (!ends_sentence(name) || initial)
        && (ago || short || (ws.len() >= 2 && looks_like_dateline(when)))
}

/// A writer's note at the foot of a report: a name, then what the writer does ("Jane Doe is our Europe
/// correspondent.", "Ali Khan covers technology for the paper.", "Jane Doe writes about food."). Asked only of
/// the paragraphs after the story's last on-topic one, where a bio stands.
fn looks_like_bio(text: &str) -> bool {
    // A bio that names itself on its own line ("About the writer: The Review's companies desk covers
    // listed firms."): its heading, run in, is the heading of a bio section ([`heads_about_section`]).
    if let Some((head, rest)) = text.split_once(':')
        && head.len() <= 24
        && !rest.trim().is_empty()
        && is_author_heading(head)
    {
        return true;
    }
    // In English, then in French, Spanish, Italian, Portuguese and German pages ("Julie Roche est
    // journaliste au service Société depuis 2015.", "Ana Ruiz es periodista de la sección de Local.").
    const ROLES: &[&str] = &[
        "correspondent",
        "reporter",
        "editor",
        "writer",
        "journalist",
        "columnist",
        "contributor",
        "photographer",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "correspondant",
        "correspondante",
        "chroniqueur",
        "chroniqueuse",
        "periodista",
        "redactor",
        "redactora",
        "corresponsal",
        "columnista",
        "giornalista",
        "redattore",
        "redattrice",
        "corrispondente",
        "jornalista",
        "repórter",
        "correspondente",
        "colunista",
        "journalistin",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "reporterin",
        "autorin",
    ];
    // The verb that names the job: "is" and its kin in those languages.
    const IS: &[&str] = &["is", "est", "es", "è", "é", "ist"];
    const DOES: &[&str] = &["covers", "writes", "reports"];
    // "has covered the area for the paper since 2009"
    const HAS_DONE: &[&str] = &["covered", "written", "reported", "worked"];
    // One to four capitalised words open it, the name, and a verb of the job follows: this rules out nearly
    // every paragraph asked (the last few of every report) from its first words, before it is read whole.
    let name = words(text).take(5).take_while(|w| w.starts_with(char::is_uppercase)).count();
    let mut after = words(text).skip(name);
    let Some(verb) = after.next() else { return false };
    let is = |w: &str, list: &[&str]| with_fold(w, |f| list.contains(&f));
    let has_done = is(verb, &["has"]) && after.next().is_some_and(|w| is(w, HAS_DONE));
    let is_role = is(verb, IS);
    if !(1..=4).contains(&name) || !(is(verb, DOES) || has_done || is_role) {
        return false;
    }
    // The first sentence names the writer and the job; a long bio goes on with a career ("Before joining
    // the magazine in 2019 she spent eight years as a conservator…").
    let first = text.find(". ").map_or(text, |end| &text[..end + 1]);
    let first_words: Vec<&str> = words(first).take(41).collect();
    if first_words.len() > 40 || words(text).nth(BIO_WORDS).is_some() || reports_speech(text) {
        return false;
    }
    !is_role || first_words.iter().any(|w| with_fold(w, |f| ROLES.contains(&f.trim_end_matches('s'))))
}

/// How many of a report's last paragraphs of prose are asked whether they are a writer's note.
const BIO_REACH: usize = 8;

/// The most words of a writer's note at the foot of a report ([`looks_like_bio`]).
const BIO_WORDS: usize = 150;

/// Whether a paragraph quotes someone: it holds a double quotation mark, or a reporting verb.
fn reports_speech(text: &str) -> bool {
    const REPORTING: &[&str] = &["said", "says", "told", "tells", "added", "according", "stated", "quoted"];
    text.contains(is_double_quote) || words(text).any(|w| with_fold(w, |f| REPORTING.contains(&f)))
}

/// What one pass over a block's words finds.
struct Scan {
    /// Number of words.
    words: usize,
    /// A hash of the folded words, to spot a block repeated word for word.
    hash: u64,
    /// Its first words, for the furniture test.
    leading: LeadingKeys,
}

impl Scan {
    /// Count and hash the block's words, add each word's key to `keys`, and list its content words in
    /// `topics`: folded, stopwords dropped, a plural `s` trimmed.
    fn new(text: &str, topics: &mut Topics, keys: &mut Vec<u32>) -> Scan {
        let mut h = FxHasher::default();
        let mut n = 0;
        let mut leading = LeadingKeys::default();
        let not_topical = &*NOT_TOPICAL;
        topics.start.push(topics.keys.len());
        let mut pairs = HanPairs::default();
        each_fold(text, |at, f| {
            n += 1;
            // One hash of the folded word serves the repeat key, the word's key, the stopword test and most
            // topic keys.
            let key = hash_bytes(f);
            h.write_u64(key);
            if !f.is_empty() {
                leading.push(key);
            }
            keys.push(if f.is_empty() { EMPTY_WORD } else { word_key_of(key) });
            // A Chinese character's topic words are the pairs it makes with its neighbours ([`is_han`]).
            // Alone, each was a topic word, and any two paragraphs of Chinese or Japanese shared so many
            // that a list of other stories' headlines under a story read as more of it.
            if f.len() > 2 && f[0] >= 0xe3 && is_han(f) {
                han_topic(&mut pairs, at, f, &mut topics.keys);
            } else if f.len() > 2 && !not_topical.contains(&key) {
                if f.len() > 4 && f.ends_with(b"s") {
                    topics.keys.push(word_key_of(hash_bytes(&f[..f.len() - 1])));
                } else {
                    topics.keys.push(word_key_of(key));
                }
            }
        });
        Scan { words: n, hash: h.finish(), leading }
    }
}

/// Add the topic word a Chinese character makes with the one before it, if any ([`HanPairs`]). Kept out of
/// the loop over every word of every report, most of which are no such character.
#[cold]
#[inline(never)]
fn han_topic(pairs: &mut HanPairs, at: std::ops::Range<usize>, folded: &[u8], keys: &mut Vec<Topic>) {
    if let Some(pair) = pairs.next(at, folded) {
        keys.push(word_key_of(pair));
    }
}

/// A content word, by its four-byte key ([`word_key_of`]). Two words that collide only nudge a share of
/// topic words.
type Topic = u32;

/// The content words of every block of one article, by hash, repeats and all, block after block.
///
/// The topic measures ask about a few blocks (the last paragraphs, and paragraphs boxed in by furniture),
/// so they look up only those blocks' words, in a map of a few dozen. An id for every word of the article
/// in one map cost a cache miss per word on a long report: 7% of the time of a 2 MB comparison.
#[derive(Default)]
struct Topics {
    keys: Vec<Topic>,
    /// Where each block's keys start.
    start: Vec<usize>,
}

impl Topics {
    /// The content words of block `i`, as they come.
    fn of(&self, i: usize) -> &[Topic] {
        let end = self.start.get(i + 1).copied().unwrap_or(self.keys.len());
        &self.keys[self.start[i]..end]
    }

    /// The content words of blocks `at`, each once.
    fn set_of(&self, at: &[usize]) -> Vec<Topic> {
        let mut own: Vec<Topic> = at.iter().flat_map(|&i| self.of(i)).copied().collect();
        own.sort_unstable();
        own.dedup();
        own
    }
}

/// The share of the words `own` (each once) for which `found` holds; none of none.
fn share_of(own: &[Topic], found: impl Fn(&Topic) -> bool) -> f64 {
    if own.is_empty() { 0.0 } else { own.iter().filter(|w| found(w)).count() as f64 / own.len() as f64 }
}

/// Hashes of the words that never say what a paragraph is about: stopwords and [`COMMON_WORDS`].
static NOT_TOPICAL: LazyLock<HashedWords> = LazyLock::new(|| HashedWords::new(STOPWORDS.iter().chain(COMMON_WORDS)));

/// A set of a few hundred words by hash, asked about every word of every article, most of which it does not
/// hold: a bit for each of 4,096 slices of the hashes answers most of them before the set is looked in
/// (a set lookup was a tenth of the boilerplate scan's work).
struct HashedWords {
    bits: [u64; 64],
    set: FxHashSet<u64>,
}

impl HashedWords {
    fn new<'a>(words: impl Iterator<Item = &'a &'a str>) -> HashedWords {
        HashedWords::of_hashes(words.map(|w| hash_str(w)))
    }

    fn of_hashes(hashes: impl Iterator<Item = u64>) -> HashedWords {
        let set: FxHashSet<u64> = hashes.collect();
        let mut bits = [0u64; 64];
        for &h in &set {
            let slot = Self::slot(h);
            bits[slot / 64] |= 1 << (slot % 64);
        }
        HashedWords { bits, set }
    }

    /// The slice a hash falls in: its top twelve bits (FxHash mixes its top bits best).
    fn slot(hash: u64) -> usize {
        (hash >> 52) as usize
    }

    fn contains(&self, hash: &u64) -> bool {
        let slot = Self::slot(*hash);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0 && self.set.contains(hash)
    }
}

/// Whether a block (lowercased) is a notice an outlet sets on a story's page for its readers, in the words
/// publishing systems give it: where to find help after a story of a death, a crime or abuse ("If you have
/// been affected by any of the issues raised in this story, support is available from …"), the court's
/// limits on what may be reported ("Reporting restrictions apply to this case."), what a live page is
/// ("About this live page: updates are posted as they happen") and a live page's sign-off ("Thank you for
/// following our coverage."). None is a fact of the story: kept, the helpline's charities were names one
/// report "added", and its wording made the copy that carried it the likelier source of another.
///
/// Matched on the notice's opening, as written: a quotation that opens so is someone's words.
/// Whether a block opens with the label a broadcaster's page sets before a caption: "Image caption, Rescue
/// workers search the rubble", "Media caption, “I feel I've been given a second chance” – one patient".
/// Unlike a caption's single word ([`PICTURE_WORDS`]), which a sentence may open with, such a label marks
/// a caption at any length.
fn opens_with_caption_label(leading: &LeadingKeys) -> bool {
    CAPTION_PHRASES.iter().any(|p| opens_with(leading.keys(), p))
}

/// Labels of a caption ([`opens_with_caption_label`]).
#[rustfmt::skip]
const CAPTION_LABELS: &[&str] =
    &["image caption", "media caption", "video caption", "picture caption", "photo caption", "image source"];

/// Whether a block ends with a video's length, as a page sets it under a player's title: "Watch: the lead
/// author explains what the trial found. Video, 00:01:42", "Duration 2:14".
fn ends_with_video_length(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    let (Some(length), Some(label)) = (words.next(), words.next()) else { return false };
    let parts: Vec<&str> = length.split(':').collect();
    let clock = (2..=3).contains(&parts.len())
        && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let label = label.trim_end_matches([',', ':']).to_lowercase();
    clock && matches!(label.as_str(), "video" | "audio" | "duration")
}

/// Whether a short block ends with a shop's or an advertiser's call to act, and maybe the arrow of its
/// link: "Save 40% on your first order of … gummies – shop now »". A story's line ends with its stop.
fn ends_with_call_to_action(lower: &[u8]) -> bool {
    const CALLS: &[&str] =
        &["shop now", "buy now", "order now", "book now", "learn more", "find out more", "get the deal"];
    let end = lower.trim_ascii_end();
    let end = ["»", "›", "→", "▶", ">"].iter().fold(end, |e, arrow| e.strip_suffix(arrow.as_bytes()).unwrap_or(e));
    let end = end.trim_ascii_end();
    CALLS.iter().any(|c| end.ends_with(c.as_bytes()))
}

/// Whether a block is a page's disclaimer under its label, at any length a box runs to: "Disclaimer: this
/// is not medical advice. Always talk to your doctor … Some links on this page are affiliate links".
fn is_disclaimer(lower: &[u8]) -> bool {
    const LABELS: &[&str] = &["disclaimer:", "disclosure:", "medical disclaimer:", "affiliate disclosure:"];
    matches!(lower.first(), Some(b'd' | b'm' | b'a')) && LABELS.iter().any(|l| lower.starts_with(l.as_bytes()))
}

fn is_reader_notice(lower: &[u8]) -> bool {
    const OPENINGS: &[&str] = &[
        "if you have been affected by",
        "if you are affected by",
        "if you or someone you know",
        "reporting restrictions apply",
        "reporting restrictions:",
        "about this live page",
        "about this page:",
        "about this blog:",
        "about this coverage:",
        "thank you for following",
        "thanks for following",
        "thank you for joining us",
        "thanks for joining us",
    ];
    // Asked of every block of 40 words or fewer: its first three letters rule out nearly all of them ("The"
    // opens many a paragraph, and no notice).
    matches!(lower.get(..3), Some(b"if " | b"rep" | b"abo" | b"tha"))
        && OPENINGS.iter().any(|o| lower.starts_with(o.as_bytes()))
}

/// Words too common in any English text to say what a paragraph is about.
#[rustfmt::skip]
const COMMON_WORDS: &[&str] = &[
    "able", "across", "again", "against", "ago", "almost", "already", "although", "always", "another", "around",
    "away", "back", "bad", "before", "being", "best", "better", "between", "big", "both", "call", "came", "come",
    "day", "days", "didnt", "does", "doesnt", "done", "dont", "down", "during", "each", "early", "either", "else",
    "even", "ever", "every", "few", "find", "first", "get", "give", "given", "going", "good", "great", "here",
    "high", "however", "just", "keep", "know", "large", "last", "later", "least", "less", "let", "like", "little",
    "long", "look", "made", "make", "many", "may", "might", "more", "most", "much", "must", "need", "never", "new",
    "next", "now", "off", "often", "old", "ones", "own", "part", "people", "per", "put", "really", "right", "same",
    "see", "seem", "should", "since", "small", "something", "still", "take", "tell", "thing", "things", "think",
    "three", "through", "time", "times", "today", "too", "under", "until", "upon", "use", "used", "want", "way",
    "well", "went", "where", "whether", "why", "without", "work", "year", "years", "yet", "youre",
];

/// Page furniture that every publishing system prints. Matched on whole leading words, and only in short
/// blocks, so that a story sentence that happens to contain "read more" is never touched. `nwords` and
/// `leading` are the block's number of words and its [`LeadingKeys`]; `lowered` is room to lower it in.
fn is_furniture(text: &str, nwords: usize, leading: &LeadingKeys, lowered: &mut Lowered) -> bool {
    // Chinese, Japanese and Korean pages mark their furniture in ways of their own ([`crate::unspaced`]),
    // and there every character counts as a word: a caption with its credit runs past the limits below.
    if text.len() <= CJK_FURNITURE_BYTES && crate::unspaced::may_be_cjk(text) && crate::unspaced::is_furniture(text) {
        return true;
    }
    if nwords > 40 {
        // A long list of a page's tags is furniture at any length: "Tags: mangroves, mangrove restoration,
        // coir, coastal erosion, …".
        return is_tag_list(text);
    }
    // A picture, or a picture that links somewhere: a Markdown block with no words but its markup's.
    let ends_in_digit = text.as_bytes().last().is_some_and(u8::is_ascii_digit);
    if crate::markdown::is_markup_only(text)
        || opens_with_picture_count(text)
        || (ends_in_digit && is_picture_counter(text))
    {
        return true;
    }
    let owned;
    let lower: &[u8] = match lowered_in(text, &mut lowered.0) {
        Some(lower) => lower,
        None => {
            owned = text.to_lowercase();
            owned.as_bytes()
        }
    };
    if nwords > 20 {
        // A longer block is furniture only when it is a copyright line, a picture's caption with its credit,
        // a consent banner, or a list of tags. (A Thai banner's words are many: its dictionary cuts them
        // short.)
        return is_copyright(lower)
            || is_reader_notice(lower)
            || is_disclaimer(lower)
            || opens_with_caption_label(leading)
            // A row of buttons ends in no sentence's stop, as prose does: prose is not searched for them.
            || (!ends_sentence(text) && link_labels(lower) >= 2)
            || has_picture_credit(text)
            || is_consent_notice(lower)
            || is_tag_list(text)
            || (in_other_script(text) && is_other_script_consent(lower));
    }
    // A short block is furniture wherever it holds a copyright sign or one of [`ANYWHERE`]; and a consent
    // banner's heading names the site after its cookies ("Cookies on the Gazette").
    if lower.starts_with(b"copyright")
        || is_reader_notice(lower)
        || opens_with_caption_label(leading)
        || ends_with_video_length(text)
        || ends_with_call_to_action(lower)
        || (holds_furniture_phrase(lower) && !ends_story_with_credit(text))
        || (in_other_script(text) && OTHER_SCRIPT_AUTOMATON.is_match(lower))
        || (nwords <= 6
            && (lower.starts_with(b"cookies on ") || COOKIE_HEADINGS.iter().any(|h| lower.ends_with(h.as_bytes()))))
    {
        return true;
    }
    let folded = leading.keys();
    let colon = || {
        let opened = lower.iter().position(|c| !matches!(c, b'[' | b'(')).unwrap_or(lower.len());
        lower[opened..].contains(&b':')
    };
    let leads = |phrase: &[u64]| {
        opens_with(folded, phrase)
            // A leading word only marks furniture when the line is short or the phrase ends in a colon.
            && (nwords <= phrase.len() + 12 || colon())
    };
    // A word that also opens a story's sentences ("Share prices fell 5% in early trading.") marks
    // furniture only in a line that does not read as a sentence: "Share this article", "Comments (12)".
    // A dash after the word labels what follows as a colon does: "ADVERTISEMENT – Earn £500 a day from home!"
    // is an advertisement, its cry no sentence.
    let dashed = || words(text).nth(1).is_some_and(|w| matches!(w, "–" | "—" | "-"));
    let reads_as_sentence = || nwords >= 4 && ends_sentence(text) && !colon() && !dashed();
    // Most blocks open with a word no phrase opens with, and are not compared with every phrase.
    let may_lead = folded.first().is_some_and(|w| LEADING_FIRST.contains(w));
    // A newsletter's promotion runs longer than other furniture lines ("Sign up to First Edition, our free
    // daily newsletter – every weekday morning at 7am GMT"): opening as one and naming a newsletter tells.
    let promotes_newsletter = || {
        PROMOTION_PHRASES.iter().any(|p| opens_with(folded, p)) && memchr::memmem::find(lower, b"newsletter").is_some()
    };
    // The same promotion after a question that leads into it: "Want more news from your area? Sign up to
    // our free daily newsletter."
    // Few blocks hold a question mark: one search rules the rest out.
    let asks_then_promotes = || {
        memchr::memchr(b'?', lower).is_some()
            && memchr::memmem::find(lower, b"newsletter").is_some()
            && [&b"? sign up"[..], b"? subscribe"].iter().any(|p| memchr::memmem::find(lower, p).is_some())
    };
    // A link to another story, headed in capitals as a tabloid sets it between paragraphs: "MORE: NASA boss
    // warns of 'city killer' asteroid", "WATCH: The capsule's descent". In capitals and with the colon
    // only: "More: the figures" may open a story's own line.
    let teaser = || {
        nwords <= TEASER_WORDS
            && (text.starts_with("MORE:") || text.starts_with("WATCH:") || text.starts_with("SEE ALSO:"))
    };
    // A call for tips after the question that leads into it: "Got a story? Email newsdesk@… or message us on
    // WhatsApp." It asks to be written to, at an address or to "us": a story's question and answer does not.
    let asks_for_tips = || {
        memchr::memchr(b'?', lower).is_some()
            && (memchr::memchr(b'@', lower).is_some() || memchr::memmem::find(lower, b" us ").is_some())
            && TIP_REPLIES.iter().any(|p| memchr::memmem::find(lower, p.as_bytes()).is_some())
    };
    (may_lead && (LEADING_PHRASES.iter().any(|p| leads(p)) || promotes_newsletter()))
        || asks_then_promotes()
        || asks_for_tips()
        || teaser()
        || (may_lead && LEADING_WORDS.iter().any(|p| leads(p)) && !reads_as_sentence())
        || heads_about_section(text, nwords)
        || is_editorial_note(text, nwords)
        || (nwords <= 4 && links_to_comments(text))
        // A writer's contact at the foot of a report: "Rachel Dunmore can be reached at rdunmore@… or
        // 555-0188." A hotline or a web page the story gives has no address of mail.
        || (memchr::memchr(b'@', lower).is_some() && memchr::memmem::find(lower, b"can be reached at").is_some())
        || (nwords <= 3 && !ends_sentence(text) && folded.first().is_some_and(|w| HEADING_WORDS.contains(w)))
        || has_picture_credit(text)
        // "Foto: Tomas Brekkeland / Universitetet i Halvorsund": the credit's word in any of the languages
        // [`CREDIT_WORDS`] knows.
        || (nwords <= CREDIT_LINE_WORDS && is_credit_line(text))
        // A ticker's line ends in a per cent sign, a post's counts open with a figure, a rule with its
        // marks, a bar of bracketed links with a bracket: every short block is asked, and its first and
        // last bytes rule nearly all of them out without a call.
        || (lower.last() == Some(&b'%') && is_ticker_line(text))
        || (lower.first().is_some_and(u8::is_ascii_digit) && is_count_bar(text))
        || (matches!(lower.first(), Some(b'-' | b'=' | b'_' | b'*')) && is_rule_with_words(text))
        || (lower.first() == Some(&b'[') && is_bracketed_bar(text))
        || (nwords <= PLAYER_LINE_WORDS && is_player_line(text))
        // A sponsor's offer: "Use code LABNOTES for 15% off at fernway.example.com". Few blocks hold a per
        // cent sign, and fewer a discount with a code.
        || (memchr::memchr(b'%', lower).is_some() && is_discount_code(lower))
        // A forum post's credit: "posted 5h ago by gridnerd_88".
        || (nwords <= FORUM_CREDIT_WORDS && lower.starts_with(b"posted ") && memchr::memmem::find(lower, b" ago by ").is_some())
        // A transcript's own note: "Transcript (auto-generated, may contain errors)".
        || (nwords <= FORUM_CREDIT_WORDS && lower.starts_with(b"transcript") && memchr::memmem::find(lower, b"generated").is_some())
        // A menu that opens below its label: "For Business ▾", "Sections ▼". The last byte of those marks
        // rules out nearly every block.
        || (matches!(lower.last(), Some(0xbe | 0xbc)) && nwords <= MENU_LABEL_WORDS && text.trim_end().ends_with(['▾', '▼']))
}

/// A headline that asks its question, as a link's title often does ("Is it safe to eat eggs every day?"):
/// one question of a few words, no sentence before it. A run of them with other links is a link list; a
/// story's questions stand alone between its answers, which end in stops and break the run.
fn asks_as_headline(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with(['?', '？'])
        && words(text).count() <= QUESTION_HEADLINE_WORDS
        && ![". ", "! ", "? "].iter().any(|stop| text.contains(stop))
}

/// The most words of a question read as a link's title ([`asks_as_headline`]).
const QUESTION_HEADLINE_WORDS: usize = 12;

/// The most words of a link's teaser headed "MORE:" or "WATCH:" (a headline's length).
const TEASER_WORDS: usize = 20;

/// How a call for tips goes on after its question ("Got a story? Email …", "Seen something? Contact us
/// …"), lowered: the question mark, a space, and the request to be written to.
const TIP_REPLIES: &[&str] = &[
    "? email",
    "? e-mail",
    "? contact",
    "? get in touch",
    "? message us",
    "? call us",
    "? tell us",
    "? write to us",
    "? send us",
    "? drop us",
    "? whatsapp us",
];

/// Whether a block, lowered, offers a discount with a code, as a sponsor's read or an advertisement does:
/// "use code labnotes for 15% off", "15% off with promo code spring". A story's discount ("fares are 20%
/// off at weekends") names no code.
fn is_discount_code(lower: &[u8]) -> bool {
    let has = |p: &[u8]| memchr::memmem::find(lower, p).is_some();
    has(b"% off") && (has(b"use code") || has(b"promo code") || has(b"discount code") || has(b"coupon code"))
}

/// The most words of a forum post's credit ("posted 5h ago by gridnerd_88") and of a transcript's note.
const FORUM_CREDIT_WORDS: usize = 8;

/// The most words of a menu's label with the mark of a menu that opens below it ("For Business ▾").
const MENU_LABEL_WORDS: usize = 4;

/// The longest block [`crate::unspaced::is_furniture`] is asked about: a caption of some 130 characters.
const CJK_FURNITURE_BYTES: usize = 400;

/// A page's list of tags or topics, any length: a label of its own ("Tags:", "Topics:", "Schlagwörter:")
/// and words set apart by commas, which end no sentence. Lists of twenty words or fewer are furniture by
/// [`LEADING_NOUNS`].
fn is_tag_list(text: &str) -> bool {
    // Every paragraph of more than twenty words is asked: the colon is looked for only where a label's
    // would stand, right after one of [`TAG_LABELS`], before anything is lowered.
    let b = text.as_bytes();
    let Some(colon) = TAG_LABELS.iter().map(|l| l.len()).find(|&k| b.get(k) == Some(&b':')) else { return false };
    TAG_LABELS.contains(&text[..colon].to_lowercase().as_str())
        && !ends_sentence(text)
        && memchr::memchr_iter(b',', &b[colon..]).count() >= TAG_LIST_COMMAS
}

/// The labels of a list of tags ([`is_tag_list`]), in English, German, Spanish, Polish and the Nordic
/// languages.
#[rustfmt::skip]
const TAG_LABELS: &[&str] = &[
    "tags", "tag", "tagged", "topics", "schlagwörter", "etiquetas", "tagi", "emner", "ämnen", "témata", "aiheet",
    "теги", "метки", "етикети", "ετικέτες", "תגיות", "الوسوم",
];
/// The fewest commas of a long list of tags ([`is_tag_list`]).
const TAG_LIST_COMMAS: usize = 5;

/// How a consent banner's heading ends, after the site's name: "Omroep Vliedal gebruikt cookies", "The
/// Gazette uses cookies", in English, Dutch, French, German, Spanish, Italian, Swedish, Danish, Norwegian,
/// Polish and Czech pages. Only a line of a few words that ends so is one: a story's sentence goes on.
#[rustfmt::skip]
const COOKIE_HEADINGS: &[&str] = &[
    "uses cookies", "gebruikt cookies", "utilise des cookies", "verwendet cookies", "nutzt cookies", "usa cookies",
    "utiliza cookies", "utilizza i cookie", "utilizza cookie", "använder cookies", "bruger cookies", "bruker cookies",
    "używa plików cookie", "používá cookies",
];

/// The most words of a player's label ([`is_player_line`]).
const PLAYER_LINE_WORDS: usize = 16;

/// A media player's label, as a page copied to text keeps it: a play sign ("▶ Écouter le reportage"), or
/// the clip's length or the file's size in brackets at its end ("Video: Heat in Haldenau (1:48 Min.)",
/// "Audio herunterladen (2 MB | MP3)", "Listen (2 min 14 s)"). A story's sentence ends in neither.
fn is_player_line(text: &str) -> bool {
    let t = text.trim();
    // '▶' and '►' are E2 96 B6 and E2 96 BA in UTF-8. Every short block is asked: the lead byte is found
    // with memchr, where testing each character was a tenth of the furniture test's time.
    let b = t.as_bytes();
    if memchr::memchr_iter(0xE2, b).any(|i| b.get(i + 1) == Some(&0x96) && matches!(b.get(i + 2), Some(0xB6 | 0xBA))) {
        return true;
    }
    let Some(inside) = t.strip_suffix(')').and_then(|t| t.rsplit_once('(')).map(|(_, inside)| inside) else {
        return false;
    };
    const UNITS: &[&str] =
        &["min", "min.", "mins", "minutes", "minuten", "s", "sec", "sek.", "h", "mb", "kb", "mp3", "mp4", "|"];
    // A figure and its unit, or a clip's minutes and seconds ("1:48"): a year or a count alone in brackets
    // ("(2019)", "(14)") is no length.
    let (mut figure, mut unit) = (false, false);
    inside.len() <= 24
        && inside.split_whitespace().all(|w| {
            let is_figure = w.split([':', ',', '.']).all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            let is_unit = UNITS.iter().any(|u| w.eq_ignore_ascii_case(u));
            figure |= is_figure;
            unit |= is_unit || (is_figure && w.contains(':'));
            is_figure || is_unit
        })
        && figure
        && unit
}

/// The words a picture's credit names itself with. A video set into the page is credited as a picture is
/// ("Courtesy: Jane Doe/Instagram").
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "photograph",
    "picture",
    "pictures",
    "foto",
    "fotos",
    "bild",
    "video",
    "courtesy",
    // The same in Finnish, Portuguese, Spanish, Italian and Welsh pages: "Kuva: Ville Pesonen / Yle".
    "kuva",
    "kuvat",
    "fotografia",
    "fotografía",
    "imagem",
    "imagen",
    "immagine",
    "llun",
    // And in Russian, Ukrainian and Serbian, Bulgarian, Greek, Hebrew, Persian and Urdu, Arabic and Hindi
    // pages: "Фото: Оксана Литвин", "(Φωτ.: …)", "צילום: …", "عکس: …".
    "фото",
    "фотографија",
    "снимка",
    "φωτογραφία",
    "φωτ",
    "צילום",
    "عکس",
    "تصویر",
    "صورة",
    "الصورة",
    "फोटो",
    "तस्वीर",
    // And in Vietnamese ("… Ảnh: Hoàng Yến"), Thai and Bengali pages.
    "ảnh",
    "ภาพ",
    "ছবি",
    // And in Swahili ("… PICHA | MWANGAZA LEO", "(Picha kwa hisani ya …)") and Tamil ones.
    "picha",
    "படம்",
];

/// Whether `word` is one of [`CREDIT_WORDS`], in any case.
fn is_credit_word(word: &str) -> bool {
    // A word beyond ASCII ("Фото", "Φωτογραφία") is lowered whole: few are asked.
    CREDIT_WORDS.iter().any(|c| word.eq_ignore_ascii_case(c))
        || (!word.is_ascii() && word.len() <= MAX_CREDIT_WORD_BYTES && {
            let lower = word.to_lowercase();
            CREDIT_WORDS.contains(&lower.as_str())
        })
}

/// Whether `word` labels a picture's credit before a colon: one of [`CREDIT_WORDS`], or "Credit" itself ("…
/// (stock image). Credit: Shutterstock"). Without the colon that word is a bank's or a loan's ("Credit
/// Suisse", "(credit card)"), so only the colon's forms ask this.
fn is_credit_label(word: &str) -> bool {
    is_credit_word(word) || word.eq_ignore_ascii_case("credit") || word.eq_ignore_ascii_case("credits")
}

/// The longest of [`CREDIT_WORDS`], in bytes: a longer word is none of them in any case.
const MAX_CREDIT_WORD_BYTES: usize = 24;

/// The most words of a picture's credit on a line of its own ([`is_credit_line`]): its word and a source
/// of up to eight.
const CREDIT_LINE_WORDS: usize = 9;

/// A picture's credit on a line of its own, under its caption: "Photo: Tomas Brekkeland / University of
/// Halvorsund", "Foto: Matthias Degenhart". The credit's word and a colon, then its source, a few words
/// and no sentence.
fn is_credit_line(text: &str) -> bool {
    let text = text.trim();
    if credits_via_agency(text) {
        return true;
    }
    let Some((label, source)) = text.split_once(':') else {
        // Or with no colon, as some pages write it: "Foto Vigili del fuoco", the word and a name. (Every
        // block is asked: nearly all end as sentences, which rules them out first.)
        if ends_sentence(text) || !(2..=6).contains(&words(text).count()) {
            return false;
        }
        let mut ws = words(text);
        let (credit, name) = (ws.next().unwrap_or_default(), ws.next().unwrap_or_default());
        return name.starts_with(char::is_uppercase) && is_credit_word(credit);
    };
    let mut label_words = words(label);
    label_words.next().is_some_and(is_credit_label)
        && label_words.next().is_none()
        && (1..=8).contains(&words(source).count())
        && source.contains(char::is_alphabetic)
        && !ends_sentence(source)
}

/// A picture's credit that names who took it and the agency it came through: "Asterion Space Agency via
/// AP", "Jane Doe/Reuters via Getty Images". Names alone, "via", then a name of one to three capitalised
/// words, and no sentence: a story's "via" runs on in lower case ("delivered via a courier").
fn credits_via_agency(text: &str) -> bool {
    if ends_sentence(text) || !text.contains(" via ") {
        return false;
    }
    let ws: Vec<&str> = words(text).collect();
    let Some(at) = ws.iter().position(|w| *w == "via") else { return false };
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let (who, agency) = (&ws[..at], &ws[at + 1..]);
    (1..=5).contains(&who.len())
        && (1..=3).contains(&agency.len())
        && who.iter().chain(agency).all(|w| capital(w) || matches!(*w, "of" | "and" | "the"))
}

/// A picture's caption that carries its credit in brackets, at the end or at the start: "Firefighters work
/// at the scene on Tuesday. (AP Photo/Jay LaPrete)", "… (Getty Images)", "… [Photo: Reuters]", "(AP
/// Photo/Jay LaPrete) Firefighters work at the scene". Agencies and picture desks write them so, and a
/// story's sentence neither ends nor opens on one.
fn has_picture_credit(text: &str) -> bool {
    let credits = |inside: &str| {
        inside.len() <= 60
            && (inside.split(|c: char| !c.is_alphanumeric()).any(is_credit_word)
                || inside.split_once(':').is_some_and(|(label, _)| is_credit_label(label.trim())))
    };
    let text = text.trim();
    // At the end, after the caption; or a video's still, its source named so: "Chopper 6 video shows smoke
    // rising from the warehouse early Tuesday. (Source: River 6)".
    if let Some(close) = text.chars().next_back().filter(|c| matches!(c, ')' | ']')) {
        let open = if close == ')' { '(' } else { '[' };
        if let Some(at) = text.rfind(open)
            && at > 0
            && let inside = &text[at + 1..text.len() - 1]
            && (credits(inside) || named_source(inside))
        {
            return true;
        }
    }
    // After the caption, as its last words: "People walk in a park in London. Photograph: Dan Kitwood/Getty
    // Images". The credit's word after a full stop or a dash ("… no terminal central — Foto: Ana Lima"), a
    // colon or a bar ("… Sarovec. PHOTO | CIVIL PROTECTION"), and its source, which is a few words and no
    // sentence. Every short block is asked, and nearly all end as sentences, which rules them out at once.
    if !ends_sentence(text)
        && let Some(colon) = memchr::memrchr2(b':', b'|', text.as_bytes())
        && let (before, source) = (text[..colon].trim_end(), &text[colon + 1..])
        && let word_at = before.rfind(' ').map_or(0, |k| k + 1)
        && is_credit_label(&before[word_at..])
        // Or after a slash: "… در نشست خبری امروز / عکس: آرشیو".
        && before[..word_at].trim_end().ends_with(['.', '—', '–', '/'])
        && (1..=6).contains(&words(source).count())
    {
        return true;
    }
    // After the caption's last sentence, with no colon. Every short block is asked, and nearly all end as
    // sentences: the words after the last full stop are found once, for both shapes.
    if !ends_sentence(text)
        && let Some(stop) = text.rfind(". ")
    {
        let tail = &text[stop + 2..];
        // In capitals, as a paper prints it: "Smoke rises above Tanner Road on Tuesday morning. LEDGER PHOTO
        // BY TOM VARGA".
        if (2..=8).contains(&words(tail).count())
            && !tail.chars().any(char::is_lowercase)
            && tail.split(|c: char| !c.is_alphanumeric()).any(is_credit_word)
        {
            return true;
        }
        // The credit's word, then its source: "Les flammes étaient visibles. Photo Le Courrier du Rhône /
        // Éric Dumas". Without the colon, the slash between outlet and photographer names the source.
        if let Some((word, source)) = tail.split_once(' ')
            && is_credit_word(word)
            && source.contains('/')
            && (2..=8).contains(&words(source).count())
        {
            return true;
        }
    }
    // At the start, before the caption: a credit names its source as well as the word, after a slash or a
    // colon or in capitals ("AP Photo/Jane Doe", "Photo: Reuters", "Getty Images"); "(Photo) Boats." and
    // "(Photos of the crash) spread." are none.
    let Some(open) = text.chars().next().filter(|c| matches!(c, '(' | '[')) else { return false };
    let close = if open == '(' { ')' } else { ']' };
    text.find(close).is_some_and(|at| {
        let inside = &text[1..at];
        let names_source =
            inside.contains(['/', ':']) || words(inside).all(|w| w.starts_with(|c: char| c.is_uppercase()));
        credits(inside) && words(inside).nth(1).is_some() && names_source && !text[at + 1..].trim().is_empty()
    })
}

/// A source named in brackets at a caption's end: "Source:" and a name of a few words ("Source: River 6",
/// "Source: WCXR"). A sentence's note of where its figures come from ("(Source: figures from the office)")
/// is no name.
fn named_source(inside: &str) -> bool {
    let Some(name) = inside.get(..7).filter(|w| w.eq_ignore_ascii_case("source:")).map(|_| &inside[7..]) else {
        return false;
    };
    (1..=SOURCE_WORDS).contains(&words(name).count())
        && words(name).all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// The most words of a source named at a caption's end ([`named_source`]).
const SOURCE_WORDS: usize = 4;

/// Whether a block, lowered, holds a copyright sign ("©", "(c) 2024") or opens with "copyright".
fn is_copyright(lower: &[u8]) -> bool {
    lower.starts_with(b"copyright") || FINDERS.copyright.iter().any(|f| f.find(lower).is_some())
}

/// The number of a forum post from its header: "#2" alone, or after the post's date ("Jun 12, 2025 #2",
/// "06-12-2025, 03:04 PM #2"), as forum software heads each post.
fn post_number(text: &str) -> Option<u32> {
    // Every short block is asked, and few hold a '#'.
    memchr::memchr(b'#', text.as_bytes())?;
    let text = text.trim();
    let (when, number) = text.rsplit_once(char::is_whitespace).unwrap_or(("", text));
    let n = number.strip_prefix('#')?;
    if n.is_empty() || n.len() > 6 || !n.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let when = when.trim();
    (when.is_empty() || looks_like_dateline(when)).then(|| n.parse().ok()).flatten()
}

/// An outlet's note about the report itself, not the story: "This article was amended on 12 November to
/// correct the spelling of a name", "This interview has been edited for length and clarity", "Editor's
/// note: …", "Correction: An earlier version of this story …". A reader finds it in the boilerplate view;
/// compared as story it showed as a fact one report added.
fn is_editorial_note(text: &str, nwords: usize) -> bool {
    const REPORTS: &[&str] = &["article", "story", "interview", "piece", "report", "post", "transcript"];
    const CHANGES: &[&str] = &[
        "amended",
        "updated",
        "corrected",
        "edited",
        "condensed",
        "adapted",
        "translated",
        "revised",
        "changed",
        "generated",
        // An aggregator's note on where it took the report from: "This article was automatically aggregated
        // from NewsWire."
        "aggregated",
        "syndicated",
    ];
    const NOTES: &[&str] = &["correction", "corrections", "clarification", "update", "updated"];
    // Every short block is asked: its first letter rules most out.
    if nwords > 40 || !text.starts_with(['T', 't', 'E', 'e', 'C', 'c', 'U', 'u', 'A']) {
        return false;
    }
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // A word with a comma after it ends a clause: "This story was amended, the operator said" is no note.
    let mut ws = words(text).map(|w| {
        if w.ends_with(',') { "," } else { w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') }
    });
    let Some(first) = ws.next() else { return false };
    // "Editor's note:", "Correction:", "Update:" — a label and its colon. The label opens the block, so its
    // first word rules out every other block (most open with "The") before the colon is looked for.
    // (Asked of the first word as written: "Correction, 12 March:" has a comma after it.)
    let opener =
        words(text).next().unwrap_or_default().trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    let may_label = is(opener, NOTES) || is(opener, &["editor's", "editor’s", "editors'", "editors’"]);
    let labelled = may_label
        && text.split_once(':').is_some_and(|(label, note)| {
            // A date may stand in brackets or after a comma: "Correction (March 3, 2026):", "Correction, 12
            // March:".
            let label = label.split_once(" (").map_or(label, |(l, _)| l);
            let label = label.split_once(',').map_or(label, |(l, _)| l).trim();
            let label = label.replace('’', "'");
            // The label alone is no note: it says what, and the words after it say what changed.
            (is(&label, NOTES)
                || label.eq_ignore_ascii_case("editor's note")
                || label.eq_ignore_ascii_case("editors' note"))
                && words(note).nth(2).is_some()
        });
    // "Updated: 2 hours ago" is when, not what: a dateline, however its label reads.
    if labelled {
        return !looks_like_dateline(text);
    }
    // "A version of this article appears in print on March 4, 2025, Section B, Page 12."
    let mut first = first;
    if first.eq_ignore_ascii_case("a") {
        if !ws.next().is_some_and(|w| w.eq_ignore_ascii_case("version"))
            || !ws.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        {
            return false;
        }
        first = ws.next().unwrap_or_default();
        let report = ws.next().is_some_and(|w| is(w, REPORTS));
        return first.eq_ignore_ascii_case("this")
            && report
            && ws.next().is_some_and(|w| ["appears", "appeared", "ran"].iter().any(|v| w.eq_ignore_ascii_case(v)));
    }
    // "This article was amended", "This story has been updated".
    if !first.eq_ignore_ascii_case("this") || !ws.next().is_some_and(|w| is(w, REPORTS)) {
        return false;
    }
    match ws.next() {
        Some(w) if w.eq_ignore_ascii_case("was") || w.eq_ignore_ascii_case("is") => {}
        Some(w) if w.eq_ignore_ascii_case("has") && ws.next().is_some_and(|w| w.eq_ignore_ascii_case("been")) => {}
        _ => return false,
    }
    // Past how it was done: "This article was automatically generated".
    let change = ws.next().filter(|w| !w.ends_with("ly")).or_else(|| ws.next());
    change.is_some_and(|w| is(w, CHANGES))
}

/// The heading of the sources a science or research page lists after its story: "Story Source:", "Journal
/// Reference:", "References", "Cite This Page:". A story never runs on under one, and its entries (authors,
/// titles, DOIs) were compared as story, a row for each piece of a reference.
fn heads_sources(text: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "story source",
        "journal reference",
        "journal references",
        "references",
        "bibliography",
        "cite this page",
        "cite this article",
    ];
    let t = text.trim().trim_end_matches(':').trim_end();
    t.len() <= 20 && HEADINGS.iter().any(|h| t.eq_ignore_ascii_case(h))
}

/// The mark a press release ends its story with, or the heading of what it sets after it for editors:
/// "###", "-30-", "- ENDS -", "Notes to editors", "Media contact", and the same in French, German,
/// Spanish, Italian, Portuguese and Dutch releases ("-- EINDE PERSBERICHT --", "Noot voor de redactie").
/// What follows is the sender's notes and contacts, not the story.
fn ends_release(text: &str) -> bool {
    const ENDS: &[&str] = &[
        "ends",
        "end",
        "end of release",
        "end of press release",
        "notes to editors",
        "note to editors",
        "notes for editors",
        "editor's notes",
        "editors' notes",
        "media contact",
        "media contacts",
        "press contact",
        "press contacts",
        "media enquiries",
        "media inquiries",
        "fin",
        "fin du communiqué",
        "note aux rédactions",
        "note aux rédacteurs",
        "contact presse",
        "ende der pressemitteilung",
        "hinweis für redaktionen",
        "pressekontakt",
        "fin del comunicado",
        "nota para editores",
        "contacto de prensa",
        "fine del comunicato",
        "nota per le redazioni",
        "contatti stampa",
        "nota aos editores",
        "contacto para imprensa",
        "einde persbericht",
        "noot voor de redactie",
        "noot voor redacties",
        "perscontact",
    ];
    let t = text.trim();
    if t.len() > 40 {
        return false;
    }
    let core = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | '#' | ' ')).trim_end_matches(':');
    (core.is_empty() && t.contains("###"))
        || (core == "30" && t.starts_with('-'))
        // Every short line after the story's start is asked: only one beyond ASCII is lowered.
        || if core.is_ascii() {
            ENDS.iter().any(|e| core.eq_ignore_ascii_case(e))
        } else {
            ENDS.contains(&core.to_lowercase().as_str())
        }
}

/// The heading of the section a press release or a site closes with about its company: "About Halvorsen
/// Foods", "About The Associated Press". "About" then a capital, in a short line that is no sentence; "About
/// 200 people were killed" and "About 200 killed in floods" are not.
///
/// The heading of a writer's bio closes a story the same way: "About the author", and "Over de auteur",
/// "À propos de l'auteur", "Über den Autor", "Sobre el autor", "Sull'autore", "O autorze" in other pages.
fn heads_about_section(text: &str, nwords: usize) -> bool {
    if nwords > 6 || ends_sentence(text) {
        return false;
    }
    let mut ws = words(text);
    let Some(first) = ws.next() else { return false };
    if first.eq_ignore_ascii_case("about") && ws.next().is_some_and(|w| w.starts_with(char::is_uppercase)) {
        return true;
    }
    // Every short line is asked: only one whose first word opens a heading above is lowered.
    const OPENERS: &[&str] = &["about", "over", "à", "über", "sobre", "sull'autore", "sull’autore", "o", "om"];
    let opens =
        |w: &str| OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w) || (!w.is_ascii() && *o == w.to_lowercase()));
    opens(first) && is_author_heading(text)
}

/// Whether `text` is one of [`AUTHOR_HEADINGS`], any case, a colon after it or not.
fn is_author_heading(text: &str) -> bool {
    AUTHOR_HEADINGS.contains(&text.trim().trim_end_matches(':').to_lowercase().as_str())
}

/// The headings of a writer's bio ([`heads_about_section`]), in lower case. Each opens with one of the
/// function's openers.
#[rustfmt::skip]
const AUTHOR_HEADINGS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the writer",
    "about the reporter",
    "about this author",
    "over de auteur",
    "à propos de l'auteur",
    "à propos de l’auteur",
    "über den autor",
    "über die autorin",
    "sobre el autor",
    "sobre la autora",
    "sobre o autor",
    "sull'autore",
    "sull’autore",
    "o autorze",
    "o autorovi",
    "om skribenten",
    "om forfatteren",
    "om författaren",
];

/// A block's first words, folded and hashed, as far as the longest leading phrase reaches, and how many
/// there are (words that fold to nothing are skipped). Nothing is allocated, and the boilerplate scan,
/// which folds every word anyway, keeps these as it goes: folding the block's first words again took a
/// thirtieth of loading a report written one sentence a paragraph.
#[derive(Default, Clone, Copy)]
struct LeadingKeys {
    first: [u64; LONGEST_LEADING],
    n: usize,
}

impl LeadingKeys {
    /// The leading keys of `text`, read from its first words alone.
    fn of(text: &str) -> LeadingKeys {
        let mut leading = LeadingKeys::default();
        for w in tokens(text) {
            if leading.n == LONGEST_LEADING {
                break;
            }
            if let Some(key) = with_fold(w, |f| (!f.is_empty()).then(|| hash_str(f))) {
                leading.push(key);
            }
        }
        leading
    }

    /// Take the hash of the next word that folds to something, if there is room.
    fn push(&mut self, key: u64) {
        if self.n < LONGEST_LEADING {
            self.first[self.n] = key;
            self.n += 1;
        }
    }

    fn keys(&self) -> &[u64] {
        &self.first[..self.n]
    }
}

/// Whether a block's first words ([`LeadingKeys`]) are `phrase` (folded and hashed the same way).
fn opens_with(first: &[u64], phrase: &[u64]) -> bool {
    phrase.len() <= first.len() && first.iter().zip(phrase).all(|(a, b)| a == b)
}

/// Phrases that open a furniture line, as written; they are compared word by word after folding, so
/// "what's" here meets "What’s" or "WHAT'S" in a page.
#[rustfmt::skip]
const LEADING: &[&str] = &[
    "related articles", "related stories",
    "more on this story", "share this", "share post", "share on",
    "follow us", "subscribe", "sign up", "click here", "filed under", "posted in", "posted on",
    "published on", "updated on", "now reading", "next article", "previous article", "you may also like",
    "most read", "most popular", "most viewed", "most shared", "most watched", "most commented", "editors choice",
    "editors picks",
    "editor's choice", "editor's picks", "leave a reply", "leave a comment", "post a comment", "view comments",
    "add comment", "what's your reaction", "scroll to top", "back to top", "embedpost", "মন্তব্য যোগ করুন",
    // "Write a comment…" in Thai and Vietnamese pages.
    "เขียน ความ คิด เห็น", "viết bình luận",
    "about us", "about the author", "skip to content", "skip to main content", "log in", "sign in",
    "get in touch", "open in app",
    // A list archive's links between messages: "Previous message: [list] …", "Messages sorted by: [ date ]".
    "previous message", "next message", "messages sorted by",
    // A radio station's page: "Now playing: Weekend Breakfast with Tash Morley".
    "now playing",
    // A translation widget's label: "Select Language ▼".
    "select language",
    // A government site's banner: "An official website of the United States government".
    "an official website of",
    // A release's label over its headline: "Press release | Regulated information", "News Release".
    "press release", "news release",
    // A live page's button over its entries: "Show latest updates".
    "show latest updates", "show more updates", "load more updates", "see latest updates",
    // A release's contact line between its headline and its story: "Media contact: press office, …".
    "media contact", "media contacts", "press contact", "press contacts", "media enquiries", "media inquiries",
    "press enquiries", "press inquiries",
    // A forum's control that opens a quoted post: "Click to expand...".
    "click to expand",
    // An offer to a paper's subscribers set between paragraphs: "Subscriber-only: Download our 2024 market
    // share tracker (PDF)".
    "subscriber-only", "subscribers only", "subscriber exclusive", "for subscribers",
    // A Canadian wire credit: "With files from The Canadian Press"; a Brazilian one: "Com informações da
    // agência …", and a Spanish one.
    "with files from", "com informações", "con información de",
    // The skip link in French, German, Spanish and Italian pages.
    "aller au contenu", "passer au contenu", "zum inhalt springen", "direkt zum inhalt", "saltar al contenido",
    "ir al contenido", "vai al contenuto", "salta al contenuto",
    // And in Ukrainian, Russian, Bulgarian, Serbian, Greek, Hebrew, Arabic, Persian, Urdu and Hindi pages:
    // "Перейти до основного вмісту", "מעבר לתוכן", "मुख्य सामग्री पर जाएं".
    "перейти до основного вмісту", "перейти до вмісту", "перейти до змісту", "перейти к основному содержанию",
    "перейти к содержанию", "към съдържанието", "пређи на садржај", "μετάβαση στο περιεχόμενο", "דלג לתוכן",
    "דילוג לתוכן", "מעבר לתוכן", "עבור לתוכן", "انتقل إلى المحتوى", "تخطى إلى المحتوى", "پرش به محتوا",
    "رفتن به محتوای اصلی", "مواد پر جائیں", "मुख्य सामग्री पर जाएं", "सामग्री पर जाएं",
    // And in Thai, Vietnamese and Indonesian ones ("ข้ามไปยังเนื้อหาหลัก", skip to the main content), with
    // their links to log in.
    "ข้าม ไป ยัง เนื้อหา", "ข้าม ไป ที่ เนื้อหา", "chuyển đến nội dung", "langsung ke konten", "lewati ke konten",
    "เข้า สู่ ระบบ", "đăng nhập",
    // The same page's link to its menu: "Skip to navigation", "Vai alla navigazione".
    "skip to navigation", "aller à la navigation", "zur navigation springen", "ir a la navegación",
    "vai alla navigazione",
    // "Follow us" in the same languages: "Síguenos en Google News".
    "síguenos en", "suivez-nous sur", "folgen sie uns", "seguici su",
    // A reading time: "Lesezeit: 3 Min.", "Temps de lecture : 4 min".
    "lesezeit", "temps de lecture", "tiempo de lectura", "tempo di lettura", "thời gian đọc",
    "listen to this article", "listen to this story", "artikel anhören", "écouter cet article",
    // A broadcaster's promotion of its programme: "Listen to the full report on Radio North West at 8am",
    // "Watch the full interview on our website".
    "listen to the full", "watch the full", "hear the full", "listen again", "listen live", "watch live",
    "get your", "download the", "download our", "shop now", "buy now", "order now",
    // A gallery's link: "View all 8 photos", "View gallery".
    "view all", "view gallery", "open gallery",
    // The controls of a live report, which posts its updates one under another.
    "show key events", "load more",
    // The same furniture in German pages.
    "mehr zum thema", "auch interessant",
    // Headings of teasers and promotions after a story.
    "more from", "more on", "more stories", "latest news", "latest stories", "top stories", "you might also like",
    "further reading", "read next", "recommended reading", "what to read next",
    "you may like", "don't miss", "in other news", "elsewhere on",
];
/// Words that open a picture's caption or credit: "Photo: Martin Mejia/AP", "(Photo by …/Getty Images)",
/// "Image source, Reuters", "Image caption, Rescue workers search the rubble". Furniture when the line is
/// not a sentence, as [`LEADING_NOUNS`] are.
#[rustfmt::skip]
const PICTURE_WORDS: &[&str] = &[
    "photo", "image", "picture", "photograph", "caption", "credit", "gallery",
    // A caption that names who is shown: "Pictured: The drug is given as a weekly injection (stock image)".
    // "Pictured at the launch were …" reads as a sentence, and is not furniture.
    "pictured",
    // A player's caption, as a broadcaster's page sets it under a video: "Media caption: Watch: what the
    // takeover means for shoppers".
    "media caption", "video caption",
    // The same in Russian, Ukrainian, Bulgarian and Serbian pages ("Фото: …", "Подпись к фото, …"), and in
    // Greek, Hebrew, Persian and Urdu, Arabic and Hindi ones.
    "фото", "подпись", "снимка", "φωτογραφία", "φωτ", "צילום", "عکس", "تصویر", "صورة", "الصورة", "फोटो", "तस्वीर",
    // And in Indonesian ("FOTO: …"), Thai ("ภาพ: …", "ภาพจาก …", picture from), Vietnamese and Bengali ones.
    "foto", "ภาพ", "ảnh", "ছবি", "picha", "படம்",
];
/// An advertisement's label, in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
/// Danish, Polish and Czech pages. Furniture
/// when the line is not a sentence, as [`LEADING_NOUNS`] are.
#[rustfmt::skip]
const AD_LABELS: &[&str] = &[
    "advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie",
    "annons", "annonce", "reklama",
    // And in Russian, Ukrainian and Bulgarian, Serbian, Greek, Arabic, Hebrew, Persian, Urdu and Hindi pages.
    "реклама", "реклами", "διαφήμιση", "إعلان", "اعلان", "פרסומת", "تبلیغات", "اشتہار", "विज्ञापन",
];
/// A link to another story set into this one ("Read more: Floods kill three in Bolivia", "Lees ook: …",
/// "Zobacz także: …"), in the same languages, Norwegian and Romanian. Furniture, as [`LEADING`] is.
#[rustfmt::skip]
const READ_MORE: &[&str] = &[
    "read more", "read also", "also read", "see also", "lesen sie auch", "lire aussi", "à lire aussi",
    "voir aussi", "leer más", "lee también", "lea también", "lee además", "lea además", "ver también",
    "te puede interesar", "leggi anche", "leia também",
    "leia mais", "veja também", "lees ook", "lees meer", "läs även", "läs också", "læs også", "les også",
    "zobacz także", "zobacz też", "czytaj także", "czytaj też", "čtěte také", "čtěte též", "přečtěte si také",
    "citește și", "vezi și",
    // And in Finnish pages: "Lue myös: …".
    "lue myös", "lue lisää",
    // In Russian, Ukrainian, Bulgarian and Serbian pages ("Читайте также: …", "Прочетете още: …"), and in
    // Greek ones ("Διαβάστε επίσης").
    "читайте также", "читайте тоже", "смотрите также", "читайте також", "дивіться також", "прочетете още",
    "прочетете също", "вижте още", "прочитајте још", "прочитајте и", "читајте још", "pročitajte još",
    "pročitajte i", "διαβάστε επίσης", "διαβάστε ακόμη", "δείτε επίσης",
    // In Arabic ("اقرأ أيضاً: …", its hamza and its vowel mark written or not: folding keeps the mark),
    // Hebrew, Persian, Urdu and Hindi pages ("यह भी पढ़ें: …", and "ये भी देखें", see also).
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ ايضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرا ايضا", "شاهد أيضا",
    "شاهد أيضاً", "קראו גם", "קראו עוד", "بیشتر بخوانید",
    "یہ بھی پڑھیں", "یہ بھی دیکھیں", "यह भी पढ़ें", "ये भी पढ़ें", "यह भी देखें", "ये भी देखें",
    // In Thai ("อ่านข่าวที่เกี่ยวข้อง : …", read related news), Vietnamese ("Đọc thêm: …", "Xem thêm: …"),
    // Indonesian ("Baca Juga: …") and Bengali ("আরও পড়ুন: …") pages.
    "อ่าน ข่าว ที่ เกี่ยวข้อง", "อ่าน เพิ่ม เติม", "อ่าน ต่อ", "đọc thêm", "xem thêm", "tin liên quan", "baca juga",
    "baca selengkapnya", "simak juga", "আরও পড়ুন", "আরো পড়ুন",
    // And in Swahili ("SOMA PIA: …") and Tamil ("இதையும் படிக்க: …") ones, and Thai's "read more" of
    // other sites ("อ่านเพิ่ม : …", "อ่านข่าวเพิ่มเติม : …").
    "soma pia", "soma zaidi", "இதையும் படிக்க", "மேலும் படிக்க", "อ่าน เพิ่ม", "อ่าน ข่าว เพิ่ม เติม",
];

/// The line an advertisement or a fold leaves between a story's paragraphs, the story going on below it:
/// "Story continues below advertisement", "Continue reading the main story". Furniture by [`ANYWHERE`].
#[rustfmt::skip]
const CONTINUES: &[&str] = &["story continues", "article continues", "continue reading"];

/// A picture's caption or credit ([`PICTURE_WORDS`], or a credit in brackets at its end), as the furniture
/// test found it.
fn is_picture_note(text: &str) -> bool {
    LeadingKeys::of(text).keys().first().is_some_and(|w| PICTURE_KEYS.contains(w)) || has_picture_credit(text)
}

/// Whether a line is an advertisement's label alone ([`AD_LABELS`]): "Advertisement", "ANZEIGE".
fn is_ad_label(text: &str) -> bool {
    let leading = LeadingKeys::of(text);
    leading.keys().len() == 1 && AD_LABEL_KEYS.contains(&leading.keys()[0])
}

/// The most words of an advertisement's line under its label ([`Page::mark_advertisements`]).
const AD_LINE_WORDS: usize = 20;

/// A line a page sets between a story's paragraphs, with the story going on after it: an advertisement's
/// label ([`AD_LABELS`]), a link to another story ([`READ_MORE`]), or a note that the story goes on
/// ([`CONTINUES`]).
fn is_interruption(text: &str) -> bool {
    let leading = LeadingKeys::of(text);
    INTERRUPTION_PHRASES.iter().any(|p| opens_with(leading.keys(), p))
}

/// Words that open furniture lines ("Share", "Comments (12)", "Related:", "Print this page") and story
/// sentences alike ("Share prices fell 5% in early trading.", "Email alerts went out to staff."): they
/// mark furniture only in a line that does not read as a sentence.
#[rustfmt::skip]
const LEADING_NOUNS: &[&str] = &[
    "related", "sponsored", "share", "tags", "tag", "recommended", "trending", "comments", "embed", "print", "email",
    "menu",
    // An outlet's or an author's notice: "Disclosure: The author holds no shares in the companies named."
    // ("Disclosure of the files showed …" is a sentence of the story.)
    "disclosure", "disclaimer",
    // A credit for checking rather than writing, under the byline: "Fact checked by our medical review
    // board", "Medically reviewed by Dr Ana Ruiz". It names a desk as often as a person, so
    // [`crate::blocks::looks_like_byline`], which wants names, does not take it.
    "fact checked by", "fact-checked by", "medically reviewed by", "reviewed by", "edited by",
    // A page's estimate of a reader's time: "Read time: 3 min". ("Reading time for the bill was
    // extended." is a sentence.)
    "reading time", "read time",
    // A ticker's label over another story: "BREAKING: …", "Última hora: …", "عاجل | …", "ब्रेकिंग: …", in
    // English, German, French, Spanish and Portuguese, Italian, Russian, Ukrainian, Arabic, Hindi and Hebrew.
    // A list of tags in Ukrainian, Russian, Bulgarian, Serbian, Greek, Hebrew, Arabic, Persian and Hindi
    // pages: "Теги: #лікарня #діти".
    "теги", "метки", "етикети", "тагови", "ετικέτες", "תגיות", "الوسوم", "برچسب‌ها", "टैग",
    "breaking", "eilmeldung", "dernière minute", "última hora", "ultim'ora", "срочно", "терміново", "عاجل",
    "ब्रेकिंग", "מבזק", "מבזקים",
    // And Thai's ticker label ("ข่าวด่วน : …", urgent news), and Vietnamese's list of keywords ("Từ khóa: …").
    "ข่าว ด่วน", "ข่าว เด่น", "từ khóa", "tin nóng",
    // A list of tags in Swahili pages: "Lebo: AJALI, HABARI".
    "lebo",
];
/// Headings of what a page puts after a story ("Video", "Newsletter"): furniture only standing alone, in a
/// line of three words at most, since headlines open with them too ("Opinion: Peru must rebuild its
/// adobe towns", "Watch: rescuers pull a survivor from the rubble").
#[rustfmt::skip]
const HEADINGS: &[&str] = &["video", "watch", "listen", "podcast", "newsletter", "opinion", "latest"];
/// Phrases that mark a line as furniture wherever they occur in it.
#[rustfmt::skip]
const ANYWHERE: &[&str] = &[
    "your email address will not be published", "required fields are marked", "all rights reserved",
    // The heading of a consent banner.
    "we value your privacy", "your privacy choices", "we need your consent", "wir brauchen ihre zustimmung",
    "wir benötigen ihre zustimmung", "nous avons besoin de votre consentement", "necesitamos tu consentimiento",
    "necesitamos su consentimiento", "abbiamo bisogno del tuo consenso", "your privacy is important to us",
    "tu privacidad es importante", "su privacidad es importante", "votre vie privée est importante",
    "la tua privacy è importante", "ihre privatsphäre ist uns wichtig",
    // The same headings in Portuguese, Dutch, Swedish, Danish, Polish and Czech pages.
    "a sua privacidade é importante", "sua privacidade é importante", "uw privacy is belangrijk",
    "jouw privacy is belangrijk", "din integritet är viktig", "dit privatliv er vigtigt",
    "twoja prywatność jest dla nas ważna", "vaše soukromí je pro nás důležité",
    // The kinds of cookie a banner and its buttons ask about: "Accept additional cookies".
    "essential cookies", "additional cookies", "necessary cookies", "optional cookies",
    "nous respectons votre vie privée", "wir respektieren ihre privatsphäre", "respetamos tu privacidad",
    "privacy policy", "terms of use", "terms of service", "cookie policy", "use cookies",
    // The consent notice of the advertising industry's framework: "We and our 843 partners store and/or
    // access information on a device".
    "store and access information", "store and/or access information", "access information on your device",
    "access information on a device",
    // The same notice in German, French, Spanish and Italian pages, and an Italian page's cookie line.
    "informationen auf einem gerät", "informations sur un appareil", "información en un dispositivo",
    "informazioni su un dispositivo", "questo sito utilizza",
    // The same in French, German, Spanish and Italian pages.
    "politique de confidentialité", "utilisons des cookies", "datenschutzerklärung", "verwenden cookies",
    "política de privacidad", "utilizamos cookies", "informativa sulla privacy", "utilizziamo i cookie",
    // The site as the one that uses them: "This site uses cookies.", "Esta web usa cookies.", "Ce site
    // utilise des cookies.", "Diese Website verwendet Cookies.", "Questo sito utilizza cookie", "Este site
    // utiliza cookies". In English the site speaks of itself: a story says "the site uses cookies".
    "this site uses cookies", "this website uses cookies", "our site uses cookies", "our website uses cookies",
    "web usa cookies", "sitio usa cookies", "web utiliza cookies", "sitio utiliza cookies", "site utilise des cookies",
    "website verwendet cookies", "seite verwendet cookies", "sito utilizza cookie", "site utiliza cookies",
    // And in Portuguese, Dutch, Swedish, Danish, Polish and Czech pages.
    "política de privacidade", "wij gebruiken cookies", "we gebruiken cookies", "cookiebeleid",
    "privacyverklaring", "gebruiken cookies", "vi använder cookies", "integritetspolicy", "vi bruger cookies", "privatlivspolitik",
    "używamy plików cookie", "polityka prywatności", "przetwarzamy dane osobowe", "používáme cookies",
    "soubory cookie", "zásady ochrany osobních údajů",
    "sign up for our newsletter", "subscribe to our newsletter",
    // A prompt to the readers under a story: "What do you make of the signing? Let us know below." Each
    // names the comments, or below: "Let us know if you see anything," a story's police may say.
    "let us know in the comments", "let us know below", "tell us in the comments", "share your thoughts in the comments",
    "let us know your thoughts in the comments", "have your say in the comments",
    // The same in French, Spanish, Italian, Portuguese and German pages.
    // Each with "our": "Inscrivez-vous à la newsletter du collectif, ont lancé les organisateurs" is a story's.
    "inscrivez-vous à notre newsletter", "abonnez-vous à notre newsletter", "suscríbete a nuestro boletín",
    "suscríbase a nuestro boletín", "suscríbete a nuestra newsletter", "iscriviti alla nostra newsletter",
    "assine nossa newsletter", "inscreva-se na nossa newsletter", "abonnieren sie unseren newsletter",
    "melden sie sich für unseren newsletter an",
    // An appeal for readers' money or shares, between paragraphs or under the story: "Support local
    // journalism. Become a member today from just £1 a month.", "Enjoyed this article? Share it …",
    // "Thank you for reading. Our journalism relies on readers like you".
    "support local journalism", "support independent journalism", "support our journalism",
    "support quality journalism", "become a member today", "enjoyed this article", "thank you for reading",
    "relies on readers like you",
    // The line an advertisement between paragraphs leaves: "Story continues below advertisement".
    "continues below advertisement", "story continues below", "article continues below",
    // And over one: "SCROLL TO CONTINUE WITH CONTENT".
    "scroll to continue with content",
    "continue reading the main story", "continue reading below", "link copied",
    // What a page shows where a script or a video did not run.
    "enable javascript", "javascript is disabled", "turn on javascript", "does not support the video",
    "does not support video", "browser does not support",
    // A press release's notices: "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT".
    "for immediate release", "embargoed until", "embargoed to",
    // A newsletter's promotion and a call for tips, set between a story's paragraphs: "Get the latest news
    // delivered to your inbox", "Have a news tip? Email us at …".
    "delivered to your inbox", "straight to your inbox", "have a news tip", "got a news tip", "send us a tip",
    "unsubscribe any time", "unsubscribe at any time", "unsubscribe anytime", "have a story for us", "got a story for us",
    "have a story to share",
    // The same promotion as a newsletter sends it ("… in your inbox by 6 a.m."), and in French, German,
    // Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian and Polish pages: "Recevez l'essentiel
    // de l'actualité chaque matin dans votre boîte mail".
    "in your inbox by", "in your inbox every", "in your inbox each", "dans votre boîte mail",
    "dans votre boîte e-mail", "dans votre boîte de réception", "in ihr postfach", "in ihrem postfach",
    "en tu bandeja de entrada", "en su bandeja de entrada", "nella tua casella", "na sua caixa de correio",
    "in je inbox", "in je mailbox", "in uw mailbox", "i din inkorg", "i din indbakke", "i innboksen din",
    "na twoją skrzynkę", "w twojej skrzynce",
    // The call for tips in the same languages: "Har du tips? Ring eller sms:a …", "Heb je een tip voor onze
    // redactie?"
    "vous avez une info", "haben sie einen tipp", "hast du einen tipp", "¿tienes una pista", "hai una segnalazione",
    "tem uma dica", "heb je een tip", "heeft u een tip", "har du tips", "har du et tips", "har du et tip",
    "masz temat dla nas",
    // A call for readers' accounts under a story: "Were you in the area? You can contact us by emailing …".
    "you can contact us by", "you can get in touch", "get in touch with us by", "email us at",
    // A web video player's own text, where its video did not load: "Video Player is loading.", "This is a
    // modal window."
    "video player is loading", "this is a modal window",
    // A newsletter's sign-up box and its sending's notes: "Enter your email address", "We will never share
    // your details", "If someone forwarded this to you, you can sign up below", "Thanks for reading! Subscribe
    // for free to receive new posts".
    "enter your email", "type your email", "will never share your", "our privacy notice", "forwarded this to you",
    "forwarded this email", "forwarded this newsletter", "receive new posts", "thanks for reading",
    // A note on a machine-made text: "This transcript was produced automatically", "This summary was
    // generated automatically".
    "this transcript was", "this summary was generated", "this summary was produced",
    // A shop link's disclosure: "If you buy something from a link, we may earn a commission."
    "may earn a commission", "may earn an affiliate commission", "may receive a commission",
    "contains affiliate links", "are affiliate links", "affiliate disclosure",
    // A shop's link in a blog's text, marked as one: "Check your levels with the … monitor (£24.99 on Amazon)
    // – affiliate link".
    "affiliate link",
    // A thread closed under a story: "Comments are closed for this article.", in Italian, German and French
    // too.
    "comments are closed", "commenting is closed", "comments have been closed", "i commenti sono chiusi",
    "kommentare sind geschlossen", "commentaires sont fermés",
    // A government body's banner, longer than [`LEADING`]'s phrases run: "This is the official website of
    // the National Food Safety Authority".
    "this is the official website of", "this is an official website of",
    // A reprint's note: "This article first appeared in The Maritime Ledger and is reproduced with the
    // publisher's permission", "A version of this article appears in print".
    "this article first appeared", "this story first appeared", "this article originally appeared",
    "this story originally appeared", "this article was originally published", "this story was originally published",
    "this article appeared in", "this article appears in", "this story appeared in", "a version of this article",
    "a version of this story", "reproduced with permission", "republished with permission",
    "reproduced with the permission", "republished with the permission",
    // A newspaper's copy of its printed pages, named over them: "Fenwick County Ledger e-Edition".
    "e-edition", "replica edition",
    // A charity's registration at a page's foot: "… is a registered charity in England and Wales, no. 1205518."
    "a registered charity in", "registered charity no", "registered charity number",
    // The notice Vietnamese sites set at their foot, that a copy must name its source: "Ghi rõ nguồn “Báo …”
    // khi phát hành lại thông tin từ website này."
    "khi phát hành lại thông tin",
];
/// A paywall's notice where a story's copy stops: "Subscribe to keep reading", "Already a subscriber?".
/// Credit lines under wire copy: "Reporting by …; Editing by …", "… contributed to this report."
/// Furniture wherever they stand, as [`ANYWHERE`] is, but for a paragraph of the story they end
/// ([`ends_story_with_credit`]).
const WIRE_CREDITS: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "additional reporting by",
    "editing by",
    "writing by",
];

/// A paragraph of the story that a page runs on into the wire's credit: "The central bank raised rates
/// by half a point on Wednesday. Reuters contributed reporting." Set aside by the credit's phrase, the
/// paragraph took its story sentences with it, unseen; kept, the credit shows as one more sentence of
/// the story, an error a reader sees. Asked only of the few short blocks that hold a furniture phrase.
fn ends_story_with_credit(text: &str) -> bool {
    let sentences = crate::sentences::split(text);
    let Some((credit, story)) = sentences.split_last() else { return false };
    let story = story.join(" ");
    let credit = credit.to_lowercase();
    WIRE_CREDITS.iter().any(|c| credit.contains(c))
        && words(&story).count() >= PROSE_WORDS
        && ends_sentence(&story)
        && !holds_furniture_phrase(story.to_lowercase().as_bytes())
}

/// What a link says to a screen reader, kept when a page's share buttons are copied as text: "Click to
/// share on X (Opens in new window)". English, French, German, Spanish, Portuguese and Italian. Furniture
/// wherever it stands in a short block, as [`ANYWHERE`] is, and in a block of any length that holds two:
/// a row of buttons copied as one line runs past the words of a short block.
#[rustfmt::skip]
const LINK_LABELS: &[&str] = &[
    "opens in new window", "opens in a new window", "opens in new tab", "opens in a new tab",
    "s'ouvre dans une nouvelle fenêtre", "s'ouvre dans un nouvel onglet", "öffnet in neuem fenster",
    "öffnet sich in einem neuen fenster", "öffnet in neuem tab", "se abre en una nueva ventana",
    "se abre en una ventana nueva", "abre em uma nova janela", "abre numa nova janela",
    "si apre in una nuova finestra",
];

/// The number of link labels ([`LINK_LABELS`]) a block, lowered, holds: one search of the block for all
/// of them, since every long block is asked.
fn link_labels(lower: &[u8]) -> usize {
    static LABELS: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(LINK_LABELS).expect("fixed phrases build an automaton"));
    LABELS.find_iter(lower).count()
}

/// Furniture wherever it stands, as [`ANYWHERE`] is; and the story ends there ([`Page::mark_paywall`]).
#[rustfmt::skip]
const PAYWALL_NOTICES: &[&str] = &[
    "subscribe to continue reading", "subscribe to keep reading", "subscribe to read more", "already a subscriber",
    "for subscribers only", "limit of free articles", "free articles left", "free articles remaining",
    "only available to subscribers", "available only to subscribers", "available to subscribers only",
    // The same notices, and a subscriber's thanks, in French, German, Spanish, Italian, Portuguese, Dutch,
    // Swedish, Danish and Norwegian pages: "Vous avez lu 3 articles gratuits ce mois-ci. Abonnez-vous dès
    // 1 €", "Sie lesen diesen Artikel mit Ihrem Plus-Abo", "Inte prenumerant? Läs allt för 1 kr".
    "articles gratuits", "abonnez-vous", "déjà abonné", "réservé aux abonnés", "plus-abo", "jetzt abonnieren",
    "bereits abonnent", "nur für abonnenten", "suscríbete", "ya eres suscriptor", "exclusivo para suscriptores",
    "già abbonato", "riservato agli abbonati", "já é assinante", "exclusivo para assinantes", "word abonnee",
    "al abonnee", "alleen voor abonnees", "inte prenumerant", "inloggad som prenumerant", "bli prenumerant",
    "allerede abonnent", "bli abonnent", "ikke abonnent",
    // A notice that the story is for subscribers only, in Danish and Norwegian, Swedish, Finnish, Polish,
    // Czech, Spanish and Italian pages: "Denne artikel er forbeholdt abonnenter".
    "forbeholdt abonnenter", "kun for abonnenter", "endast för prenumeranter", "vain tilaajille",
    "tylko dla prenumeratorów", "tylko dla subskrybentów", "pouze pro předplatitele", "solo para suscriptores",
    "solo per gli abbonati",
    // And in Vietnamese pages: "Nội dung này dành riêng cho Hội viên", "Bạn đã là Hội viên? Đăng nhập",
    // "Bạn đã đọc hết 3 bài viết miễn phí trong tháng này".
    "dành riêng cho hội viên", "đăng ký hội viên để đọc", "bạn đã là hội viên", "bài viết miễn phí trong tháng",
];
/// Phrases of [`ANYWHERE`] and [`PAYWALL_NOTICES`] in Russian, Ukrainian, Bulgarian, Greek, Hebrew and
/// Arabic pages: "Этот материал доступен только для подписчиков", "Αυτό το άρθρο είναι διαθέσιμο μόνο για
/// συνδρομητές", and a consent banner's heading, "Σεβόμαστε την ιδιωτικότητά σας". Kept out of
/// [`PHRASES`], which every short block goes through, and whose alphabet their letters' bytes would widen:
/// they are searched for in blocks that open or end in those scripts alone ([`in_other_script`]).
#[rustfmt::skip]
const OTHER_SCRIPT_PHRASES: &[&str] = &[
    // The paywall's notices first ([`OTHER_SCRIPT_PAYWALL`]).
    "только для подписчиков", "лише для передплатників", "само за абонати", "μόνο για συνδρομητές",
    "ήδη συνδρομητής", "למנויים בלבד", "للمشتركين فقط",
    "σεβόμαστε την ιδιωτικότητά σας", "мы ценим вашу конфиденциальность",
    // A Thai consent banner: "เราใช้คุกกี้เพื่อ…", "เว็บไซต์นี้มีการใช้คุกกี้…" (we use cookies to …).
    "ใช้คุกกี้",
];
/// Whether `lower` holds one of [`OTHER_SCRIPT_PHRASES`] that a consent banner says.
fn is_other_script_consent(lower: &[u8]) -> bool {
    OTHER_SCRIPT_AUTOMATON.find_iter(lower).any(|m| m.pattern().as_usize() >= OTHER_SCRIPT_PAYWALL)
}

/// How many of [`OTHER_SCRIPT_PHRASES`], from the first, are a paywall's notices.
const OTHER_SCRIPT_PAYWALL: usize = 7;

/// Whether a block opens or ends in Greek, Cyrillic, Armenian, Hebrew or Arabic letters, whose UTF-8 lead
/// bytes are 0xCE to 0xDB, or in the scripts of India and Thailand, whose lead byte is 0xE0: a trailing stop
/// or mark may follow the last letter.
fn in_other_script(text: &str) -> bool {
    let b = text.as_bytes();
    let lead = |c: &u8| (0xce..=0xdb).contains(c) || *c == 0xe0;
    b.first().is_some_and(lead) || b[b.len().saturating_sub(4)..].iter().any(lead)
}

/// [`OTHER_SCRIPT_PHRASES`], in the crate's default automaton: few blocks are searched, and it builds fast.
static OTHER_SCRIPT_AUTOMATON: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(OTHER_SCRIPT_PHRASES).expect("fixed phrases build an automaton"));
/// Phrases of cookie and consent notices: furniture when a block holds two of these or of [`ANYWHERE`]. One
/// alone is too common in a story ("would not accept all of the terms").
#[rustfmt::skip]
const CONSENT: &[&str] = &[
    "accept all", "reject all", "manage preferences", "cookie settings", "use of cookies", "uses cookies",
    "by continuing to", "you agree to", "you consent to",
    // A banner's buttons in French, German, Spanish and Italian pages.
    "tout accepter", "tout refuser", "accepter et fermer", "continuer sans accepter", "alle akzeptieren",
    "alle ablehnen", "aceptar todo", "rechazar todo", "accetta tutto", "rifiuta tutto",
    // "By continuing to browse you agree to …" and "our own and third-party cookies" in the same languages.
    "si continúa navegando", "si sigue navegando", "acepta su uso", "aceptas su uso", "cookies propias y de terceros",
    "en poursuivant votre navigation", "vous acceptez l'utilisation", "cookies tiers", "weitere nutzung",
    "stimmen sie der verwendung", "proseguendo la navigazione", "continuando a navigare", "cookie di terze parti",
    // The "similar technologies" a banner names beside cookies.
    "similar technologies",
    "ähnliche technologien", "datenschutz-einstellungen", "technologies similaires", "tecnologías similares",
    "tecnologie simili", "usamos cookies", "información en tu dispositivo", "información en su dispositivo",
    // A Romanian page's banner: "Acest site folosește cookie-uri … Continuând navigarea, sunteți de acord".
    "folosește cookie-uri", "folosim cookie-uri", "continuând navigarea", "sunteți de acord", "politica de cookie-uri",
    // "We use cookies" and "similar technologies" in Greek, Russian and Ukrainian pages.
    "χρησιμοποιούμε cookies", "παρόμοιες τεχνολογίες", "используем файлы cookie", "использует файлы cookie",
    "використовуємо файли cookie",
];
/// A searcher for each of [`ANYWHERE`] and [`CONSENT`], made once: most short blocks of an article are
/// searched for every phrase, and building a searcher for each search cost more than the searches.
struct Finders {
    anywhere: Vec<Finder<'static>>,
    consent: Vec<Finder<'static>>,
    /// Words that name a notice about cookies, consent or privacy ("cooki" for cookie and cookies).
    notice: Vec<Finder<'static>>,
    /// A copyright sign, or a year after a written-out one.
    copyright: [Finder<'static>; 2],
}

/// The copyright signs, [`ANYWHERE`], [`LINK_LABELS`], [`WIRE_CREDITS`], [`PAYWALL_NOTICES`] and
/// [`COMMENTING`] in one automaton, for short blocks, which are searched for each: one search for each
/// phrase was a third of the furniture test's work.
///
/// The crate's default automaton, not its DFA. The DFA searched a short block some 900 instructions faster,
/// but building it for these phrases took 37 M instructions: more than it saved on a report of 20,000
/// one-sentence paragraphs (579.6 M against 564.7 M to compare two), and no less than it saved on `facts`
/// of 2,000 short generated reports. Few blocks are searched at all: [`PHRASE_ANCHORS`] turns away the
/// rest (on that report, all but 66 of 8,772 short blocks).
static PHRASES: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(furniture_phrases()).expect("fixed phrases build an automaton"));

/// The anchors of [`PHRASES`]: a block they turn away holds none of them, and is not searched.
static PHRASE_ANCHORS: LazyLock<Anchors> = LazyLock::new(|| Anchors::new(furniture_phrases().map(str::as_bytes)));

/// The phrases of [`PHRASES`], in its order.
fn furniture_phrases() -> impl Iterator<Item = &'static str> {
    COPYRIGHT_SIGNS
        .into_iter()
        .chain(ANYWHERE.iter().copied())
        .chain(LINK_LABELS.iter().copied())
        .chain(WIRE_CREDITS.iter().copied())
        .chain(PAYWALL_NOTICES.iter().copied())
        .chain(COMMENTING.iter().copied())
}

/// Whether a short block, lowered, holds a phrase of [`PHRASES`] that marks furniture: one of the
/// copyright signs, [`ANYWHERE`], [`LINK_LABELS`], [`WIRE_CREDITS`] or [`PAYWALL_NOTICES`], or a word of
/// [`COMMENTING`] with one of [`SIGNED_IN`]: a comment form's note that only readers with an account may
/// comment ("Um kommentieren zu können, müssen Sie sich anmelden.", "Para comentar debes estar suscrito a
/// …"). Either word alone is a story's ("declined to comment", "users who logged in").
///
/// The search reports overlapping matches, so that a word of commenting never hides a phrase that starts
/// before it and ends after it.
fn holds_furniture_phrase(lower: &[u8]) -> bool {
    if !PHRASE_ANCHORS.may_hold(lower) {
        return false;
    }
    let alone = COPYRIGHT_SIGNS.len() + ANYWHERE.len() + LINK_LABELS.len() + WIRE_CREDITS.len() + PAYWALL_NOTICES.len();
    let mut commenting = false;
    for found in PHRASES.find_overlapping_iter(lower) {
        if found.pattern().as_usize() < alone {
            return true;
        }
        commenting = true;
    }
    // Few blocks speak of comments: the account's words are looked for in those alone, and kept out of
    // the automaton, whose build grows with every phrase.
    commenting && SIGNED_IN.iter().any(|w| memchr::memmem::find(lower, w.as_bytes()).is_some())
}

/// The stems of commenting, in English, French and Italian; Spanish and Portuguese; German and the Nordic
/// languages; Polish and Czech; and Dutch ("reageren", "reacties"): what a comment form's note
/// ([`holds_furniture_phrase`]) is about.
#[rustfmt::skip]
const COMMENTING: &[&str] = &["comment", "coment", "komment", "koment", "reageren", "reactie"];

/// Having an account, signed in or subscribed, as a comment form's note asks of its reader, in English,
/// German, Spanish, Portuguese, French, Italian, Dutch, Swedish, Norwegian, Danish, Polish and Czech.
/// No word a story uses of its own people ("registered", "subscriber").
#[rustfmt::skip]
const SIGNED_IN: &[&str] = &[
    "log in", "logged in", "sign in", "signed in", "anmelden", "angemeldet", "einloggen", "eingeloggt",
    "iniciar sesión", "inicia sesión", "inicie sesión", "sesión iniciada", "regístrate", "estar suscrito",
    "ser suscriptor", "sessão iniciada", "inicie sessão", "iniciar sessão", "registe-se", "ser assinante",
    "connecté", "connectez-vous", "être abonné", "accedi", "registrati", "inloggen", "ingelogd", "logga in",
    "inloggad", "logge inn", "innlogget", "logge ind", "logget ind", "zaloguj", "zalogowan", "přihlás",
];

static FINDERS: LazyLock<Finders> = LazyLock::new(|| Finders {
    anywhere: ANYWHERE.iter().chain(WIRE_CREDITS).chain(PAYWALL_NOTICES).map(Finder::new).collect(),
    consent: CONSENT.iter().map(Finder::new).collect(),
    notice: ["cooki", "consent", "privacy"].iter().map(Finder::new).collect(),
    copyright: [COPYRIGHT_SIGNS[0], COPYRIGHT_SIGNS[1]].map(Finder::new),
});
/// A caption that opens with its picture's place in a gallery: "[1/2] A delivery truck is seen outside
/// the bakery …", "[3/12] Rescuers search the rubble". Only captions are numbered so.
fn opens_with_picture_count(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('[') else { return false };
    let Some((count, after)) = rest.split_once(']') else { return false };
    let Some((n, of)) = count.split_once('/') else { return false };
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(n) && digits(of) && after.starts_with(' ')
}

/// A post's counts of its readers' doings, as a social network's page or a blog shows them under it: "214
/// replies 1.2K reposts 8.4K likes 96K views", "57 likes · 3 comments". Two counts at least, and nothing
/// else.
fn is_count_bar(text: &str) -> bool {
    #[rustfmt::skip]
    const COUNTED: &[&str] = &[
        "replies", "reply", "reposts", "repost", "likes", "like", "views", "view", "comments", "comment", "shares",
        "share", "retweets", "retweet", "reactions", "reaction", "claps", "upvotes", "points", "bookmarks", "quotes",
    ];
    let ws: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | '•')).filter(|w| !w.is_empty()).collect();
    let count = |w: &str| {
        let n = w.trim_end_matches(['K', 'k', 'M']);
        !n.is_empty()
            && n.starts_with(|c: char| c.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    ws.len() >= 4
        && ws.len().is_multiple_of(2)
        && ws.chunks(2).all(|p| count(p[0]) && COUNTED.contains(&p[1].to_lowercase().as_str()))
}

/// A rule drawn around a few words, as a mail client marks a forwarded or quoted message: "----------
/// Forwarded text ----------", "-----Original Message-----", "===== End of story =====".
fn is_rule_with_words(text: &str) -> bool {
    let t = text.trim();
    let Some(mark) = t.chars().next().filter(|c| matches!(c, '-' | '=' | '_' | '*')) else { return false };
    let run = |s: &str| s.len() >= 3 && s.chars().all(|c| c == mark);
    let inner = t.trim_matches(mark);
    run(&t[..t.len() - t.trim_start_matches(mark).len()])
        && run(&t[t.trim_end_matches(mark).len()..])
        && (1..=6).contains(&words(inner).count())
}

/// A bar of links each in square brackets, as a list's archive or a text browser shows them: "[Date Prev]
/// [Date Next] [Thread Prev] [Thread Next]". Three at least, of three words or fewer each, and nothing
/// between them. (A Markdown link, a bracket and then its address, is Markdown's.)
fn is_bracketed_bar(text: &str) -> bool {
    let t = text.trim();
    if !t.starts_with('[') || !t.ends_with(']') || t.contains("](") {
        return false;
    }
    let pieces: Vec<&str> = t[1..t.len() - 1].split("] [").collect();
    pieces.len() >= 3 && pieces.iter().all(|p| !p.contains(['[', ']']) && (1..=3).contains(&words(p).count()))
}

/// The most words of a video's title under its player ([`Page::mark_video_titles`]).
const VIDEO_TITLE_WORDS: usize = 20;
/// The most lines of a player (its start, its length, its buttons) over a video's title.
const PLAYER_LINES: usize = 3;

/// A media player's position at its start, as a page copied to text shows it: "00:00", "0:00", "00:00 /
/// 01:45".
fn starts_a_player(text: &str) -> bool {
    let t = text.trim();
    let start = t.strip_prefix("00:00").or_else(|| t.strip_prefix("0:00"));
    start.is_some_and(|rest| {
        let rest = rest.trim();
        rest.is_empty()
            || rest.strip_prefix('/').is_some_and(|len| {
                let len = len.trim();
                len.contains(':') && len.bytes().all(|b| b.is_ascii_digit() || b == b':')
            })
    })
}

/// Whether a block holds a paywall's notice ([`PAYWALL_NOTICES`]).
fn is_paywall_notice(text: &str) -> bool {
    let lower = text.to_lowercase();
    PAYWALL_NOTICES.iter().any(|n| lower.contains(n))
        || (in_other_script(text)
            && OTHER_SCRIPT_AUTOMATON.find_iter(&lower).any(|m| m.pattern().as_usize() < OTHER_SCRIPT_PAYWALL))
}

/// A stock ticker's line set into a business story: "BORV -1.97%", "NVDA +2.1% AAPL −0.4%", "HLM 412.50
/// +3.2%". Symbols in capitals, each followed by figures, and a change in per cent with its sign.
fn is_ticker_line(text: &str) -> bool {
    let t = text.trim();
    // Nearly every block ends otherwise, and is not read further.
    if !t.ends_with('%') {
        return false;
    }
    let ws: Vec<&str> = t.split_whitespace().collect();
    let symbol = |w: &str| (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
    let signs: &[char] = &['+', '-', '−', '▲', '▼'];
    let figure = |w: &str| {
        let n = w.trim_start_matches(signs).trim_end_matches('%');
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    let change = |w: &str| w.starts_with(signs) && w.ends_with('%') && figure(w);
    ws.len() <= 12
        && ws.first().is_some_and(|w| symbol(w))
        && ws.iter().all(|w| symbol(w) || figure(w))
        && ws.iter().any(|w| change(w))
}

/// A gallery's counter on a line of its own: "Foto: 1/12", "Photo 3 of 12", "Kuva 2/8". A credit's word
/// ([`CREDIT_WORDS`]) and the picture's place, and nothing else.
fn is_picture_counter(text: &str) -> bool {
    let mut ws = words(text);
    let Some(label) = ws.next() else { return false };
    if !is_credit_word(label.trim_end_matches(':')) {
        return false;
    }
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = ws.collect();
    match rest[..] {
        [count] => count.split_once('/').is_some_and(|(n, of)| digits(n) && digits(of)),
        [n, "/" | "of" | "von" | "de" | "di" | "z" | "av" | "af" | "van", of] => digits(n) && digits(of),
        _ => false,
    }
}

/// The most words a consent banner is taken to hold.
const CONSENT_WORDS: usize = 150;

/// Whether a block, lowered, is a notice about cookies, consent or privacy, as two of its phrases say: a
/// consent banner names cookies, consent and its buttons, where a story's sentence about a privacy policy
/// names one of them. Most blocks name none of the three, and are not searched for every phrase.
fn is_consent_notice(lower: &[u8]) -> bool {
    let found = |f: &Finder| f.find(lower).is_some();
    FINDERS.notice.iter().any(found)
        && FINDERS.anywhere.iter().chain(&FINDERS.consent).filter(|f| found(f)).nth(1).is_some()
}

/// A copyright sign, and a year after a written-out one.
const COPYRIGHT_SIGNS: [&str; 2] = ["©", "(c) 20"];
/// `text.to_lowercase()`, written into `buf`, when `text` fits and lower case changes none of its characters
/// beyond ASCII (curly quotes, dashes, lower-case letters): then lowering its ASCII letters is all it takes.
/// `None` otherwise, for the general way.
///
/// [`is_furniture`] lowers every short block. `str::to_lowercase` allocates, and after the first character
/// beyond ASCII (in news, the quotation mark that opens a quote) it looks every character up in Unicode's
/// tables: a twentieth of the loading of a report written one sentence a paragraph.
fn lowered_in<'b>(text: &str, buf: &'b mut [u8; LOWERED_MAX]) -> Option<&'b [u8]> {
    let lower = buf.get_mut(..text.len())?;
    let b = text.as_bytes();
    // Every character beyond ASCII starts with a byte of 0xC0 or more.
    let unchanged = |i: usize| {
        let c = text[i..].chars().next().unwrap_or_default();
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    };
    // Eight bytes at a time past plain ASCII (no high bit set), which is most of a block: only the bytes of
    // a chunk with a character beyond ASCII are looked at one by one.
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok())
            && u64::from_le_bytes(chunk) & 0x8080_8080_8080_8080 == 0
        {
            i += 8;
            continue;
        }
        if b[i] >= 0xc0 && !unchanged(i) {
            return None;
        }
        i += 1;
    }
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    Some(lower)
}

/// Blocks up to this long are lowered in a buffer ([`Lowered`]) by [`is_furniture`]: it asks only blocks
/// of 40 words or fewer, and such a block of prose runs to about 300 bytes.
const LOWERED_MAX: usize = 512;
/// Phrases split into words and each folded word hashed ([`fold_hash`]), once, not once per block.
fn hashed(phrases: &[&str]) -> Vec<Vec<u64>> {
    phrases.iter().map(|p| p.split(' ').map(fold_hash).collect()).collect()
}
/// [`LEADING`] and [`READ_MORE`], hashed.
static LEADING_PHRASES: LazyLock<Vec<Vec<u64>>> = LazyLock::new(|| [hashed(LEADING), hashed(READ_MORE)].concat());
/// The openings of a newsletter's promotion, hashed.
static PROMOTION_PHRASES: LazyLock<Vec<Vec<u64>>> = LazyLock::new(|| hashed(&["sign up", "subscribe"]));
/// [`LEADING_NOUNS`], [`AD_LABELS`] and [`PICTURE_WORDS`], hashed.
static LEADING_WORDS: LazyLock<Vec<Vec<u64>>> =
    LazyLock::new(|| [hashed(LEADING_NOUNS), hashed(AD_LABELS), hashed(PICTURE_WORDS)].concat());
/// The first word of each of [`LEADING_PHRASES`] and [`LEADING_WORDS`].
static LEADING_FIRST: LazyLock<HashedWords> = LazyLock::new(|| {
    let phrases = [LEADING, READ_MORE, LEADING_NOUNS, AD_LABELS, PICTURE_WORDS].concat();
    HashedWords::of_hashes(phrases.iter().map(|p| fold_hash(p.split(' ').next().unwrap_or_default())))
});
/// [`crate::blocks::NAV`], hashed.
static NAV_FIRST: LazyLock<HashedWords> = LazyLock::new(|| HashedWords::new(crate::blocks::NAV.iter()));
/// [`crate::blocks::NETWORKS`] and [`crate::blocks::SHARE_TOOLS`], hashed: the words a bar of share buttons
/// opens with.
static SHARE_FIRST: LazyLock<HashedWords> =
    LazyLock::new(|| HashedWords::new(crate::blocks::NETWORKS.iter().chain(crate::blocks::SHARE_TOOLS)));
/// [`AD_LABELS`], hashed.
static AD_LABEL_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| AD_LABELS.iter().map(|w| fold_hash(w)).collect());
/// [`AD_LABELS`] and [`READ_MORE`], hashed: the furniture the story goes on after.
static INTERRUPTION_PHRASES: LazyLock<Vec<Vec<u64>>> =
    LazyLock::new(|| [hashed(AD_LABELS), hashed(READ_MORE), hashed(CONTINUES)].concat());
/// [`TEASER_HEADINGS`], hashed.
static TEASER_HEADING_PHRASES: LazyLock<Vec<Vec<u64>>> = LazyLock::new(|| hashed(TEASER_HEADINGS));
/// [`CAPTION_LABELS`], hashed.
static CAPTION_PHRASES: LazyLock<Vec<Vec<u64>>> = LazyLock::new(|| hashed(CAPTION_LABELS));
/// [`PICTURE_WORDS`], hashed.
static PICTURE_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| PICTURE_WORDS.iter().map(|w| fold_hash(w)).collect());
/// [`HEADINGS`], hashed.
static HEADING_WORDS: LazyLock<Vec<u64>> = LazyLock::new(|| HEADINGS.iter().map(|w| fold_hash(w)).collect());
/// Words in the longest of [`LEADING`].
const LONGEST_LEADING: usize = 4;

/// Word-trigram shingles of a block, hashed, for support across articles.
pub fn shingles(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    for_each_shingle(text, |s| out.push(s));
    out
}

/// Call `f` with each word-trigram shingle of `text`, in order, without collecting them. Words made only of
/// punctuation are skipped.
pub fn for_each_shingle(text: &str, mut f: impl FnMut(u64)) {
    // A word folds to nothing exactly when it has no letter or digit.
    let empty = hash_str("");
    let (mut k0, mut k1, mut seen) = (0, 0, 0);
    for w in words(text) {
        let k = fold_hash(w);
        if k == empty {
            continue;
        }
        if seen >= 2 {
            let mut h = FxHasher::default();
            [k0, k1, k][..].hash(&mut h);
            f(h.finish());
        }
        (k0, k1, seen) = (k1, k, seen + 1);
    }
}

/// How many shingles a topical verdict must share with one other article to be overturned.
pub const SUPPORT_SHINGLES: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // Cheap cases, and many of them: a character beyond ASCII must land at every place of the
        // eight-byte chunks the lowering skips through.
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// Lowering in a buffer gives what `to_lowercase` gives, or leaves the block to it.
        #[test]
        fn lowering_in_a_buffer_is_lowering(t in "([A-Za-z0-9 .,'-]{0,12}|“|”|’|—|é|É|Σ|ΣΑ|İ|ß|ǅ|K|Ⅻ|Ⓐ|東){0,30}") {
            let mut buf = [0u8; LOWERED_MAX];
            if let Some(lower) = lowered_in(&t, &mut buf) {
                let want = t.to_lowercase();
                proptest::prop_assert_eq!(lower, want.as_bytes());
            } else {
                proptest::prop_assert!(t.len() > LOWERED_MAX || t.chars().any(|c| c.to_lowercase().ne([c])));
            }
        }
    }

    proptest::proptest! {
        /// A block's first words read one by one are the first words the one-pass fold gives, and the
        /// ones the scan keeps.
        #[test]
        fn leading_keys_are_the_first_folded_words(t in "([A-Za-z0-9]{0,6}|[ .,'“”’-]|東京|。){0,16}") {
            let mut want = Vec::new();
            each_fold(&t, |_, f| {
                if want.len() < LONGEST_LEADING && !f.is_empty() {
                    want.push(hash_bytes(f));
                }
            });
            let leading = LeadingKeys::of(&t);
            proptest::prop_assert_eq!(leading.keys(), want.as_slice());
            // The scan keeps the same keys as it folds the whole block.
            let scanned = Scan::new(&t, &mut Topics::default(), &mut Vec::new()).leading;
            proptest::prop_assert_eq!(scanned.keys(), want.as_slice());
        }
    }

    #[test]
    fn short_blocks_with_curly_quotes_are_lowered_in_a_buffer() {
        let mut buf = [0u8; LOWERED_MAX];
        assert_eq!(
            lowered_in("“We Will Win,” She Said — Twice.", &mut buf),
            Some("“we will win,” she said — twice.".as_bytes())
        );
        assert_eq!(lowered_in("ΣΟΦΙΑ", &mut buf), None);
        assert_eq!(lowered_in(&"a".repeat(LOWERED_MAX + 1), &mut buf), None);
    }

    #[test]
    fn share_buttons_copied_as_text_are_furniture_at_any_length() {
        assert!(furniture("Share on X (Opens in new window)"));
        assert!(furniture(
            "Click to share on X (Opens in new window) Click to share on Facebook (Opens in new window) Click to print"
        ));
        assert!(furniture("Partager sur Facebook (s'ouvre dans une nouvelle fenêtre)"));
        // One label in a paragraph of the story is the story's own.
        assert!(!furniture(
            "The council's new website, whose every link opens in a new window, drew more than two hundred \
             complaints from residents in its first week, the mayor said on Monday."
        ));
    }

    #[test]
    fn every_leading_phrase_fits_the_words_a_block_keeps() {
        for p in [LEADING, READ_MORE, LEADING_NOUNS, AD_LABELS, PICTURE_WORDS, CONTINUES].concat() {
            assert!(p.split(' ').count() <= LONGEST_LEADING, "{p}");
        }
    }

    #[test]
    fn thai_phrases_are_written_cut_as_its_dictionary_cuts_a_line() {
        // A line's words are cut by the dictionary ([`LeadingKeys::of`]), and the phrases by their spaces,
        // so that they are hashed without loading it: the two must cut alike.
        for p in [LEADING, READ_MORE, LEADING_NOUNS, AD_LABELS, PICTURE_WORDS].concat() {
            if p.chars().any(crate::segment::is_segmented) {
                let joined = p.replace(' ', "");
                assert_eq!(tokens(&joined).collect::<Vec<_>>(), p.split(' ').collect::<Vec<_>>(), "{p}");
            }
        }
    }

    #[test]
    fn the_word_filter_answers_as_its_set_does() {
        let words = &*NOT_TOPICAL;
        for w in STOPWORDS.iter().chain(COMMON_WORDS) {
            assert!(words.contains(&hash_str(w)), "{w}");
        }
        for w in ["harbour", "ferry", "strike", "union", "crews", "minister", "flood", "shares"] {
            assert!(!words.contains(&hash_str(w)), "{w}");
        }
    }

    /// The headline `find_title` takes from a page, as the program cuts it into blocks.
    fn title_of(page: &str) -> Option<String> {
        let blocks = crate::blocks::split_blocks(page);
        find_title(&blocks).map(|i| blocks[i].text.to_string())
    }

    /// The furniture test of one block, its words counted and its first words read as the scan does.
    fn furniture(text: &str) -> bool {
        is_furniture(text, tokens(text).count(), &LeadingKeys::of(text), &mut Lowered::default())
    }

    #[test]
    fn a_writers_note_and_a_newsletter_sign_up_in_french_and_spanish_are_furniture() {
        let fr = "Le pont de la Loire fermé pour six mois\n\n\
Le pont principal de la ville sera fermé à la circulation à partir de lundi, a annoncé la mairie.\n\n\
Des fissures ont été découvertes sur deux piles lors d'une inspection menée en février.\n\n\
Environ 18 000 véhicules empruntent le pont chaque jour, selon la mairie.\n\n\
Julie Roche est journaliste au service Société depuis 2015.\n\n\
Abonnez-vous à notre newsletter et recevez l'actualité chaque soir.\n";
        let v = run(fr);
        assert!(reason(&v, "Julie Roche").is_some(), "{v:#?}");
        assert!(reason(&v, "Abonnez-vous").is_some(), "{v:#?}");
        assert_eq!(reason(&v, "Environ 18 000"), None, "{v:#?}");
        let es = "Cierran el puente del río por obras\n\n\
El puente principal de la ciudad se cerrará al tráfico a partir del lunes, informó el ayuntamiento.\n\n\
Los técnicos hallaron grietas en dos de sus pilares durante una inspección en febrero.\n\n\
Ana Ruiz es periodista de la sección Local desde 2018.\n\n\
Suscríbete a nuestro boletín y recibe las noticias cada mañana.\n";
        let v = run(es);
        assert!(reason(&v, "Ana Ruiz").is_some(), "{v:#?}");
        assert!(reason(&v, "Suscríbete").is_some(), "{v:#?}");
        // A story's sentence about a journalist is no note.
        let story = "Le pont de la Loire fermé pour six mois\n\n\
Le pont principal de la ville sera fermé à la circulation à partir de lundi, a annoncé la mairie.\n\n\
Des fissures ont été découvertes sur deux piles lors d'une inspection menée en février.\n\n\
Un journaliste local, présent sur place, a filmé les fissures et publié les images lundi soir.\n";
        let v = run(story);
        assert_eq!(reason(&v, "Un journaliste"), None, "{v:#?}");
        // A story that tells of a journalist in a note's words, with the writer's own note at its foot: the
        // last note ends the story, and what the story says after the first stays. So does a story's
        // sentence about another newsletter than the outlet's.
        let story = "Nantes : un journaliste blessé lors de la manifestation\n\n\
Environ 4 500 personnes ont défilé samedi à Nantes contre le projet d'extension de l'aéroport.\n\n\
Paul Girard est journaliste au Courrier de l'Ouest et a été blessé à la tête lors des affrontements.\n\n\
Le syndicat national des journalistes a dénoncé une attaque contre la liberté de la presse.\n\n\
Inscrivez-vous à la newsletter du collectif, ont lancé les organisateurs en fin de journée.\n\n\
Sophie Lemoine est journaliste à la rédaction de Nantes depuis 2018.\n\n\
Inscrivez-vous à notre newsletter et recevez l'essentiel de l'info chaque matin.\n";
        let v = run(story);
        for story in ["Paul Girard", "Le syndicat", "Inscrivez-vous à la newsletter du collectif"] {
            assert_eq!(reason(&v, story), None, "{story}: {v:#?}");
        }
        assert!(reason(&v, "Sophie Lemoine").is_some(), "{v:#?}");
        assert!(reason(&v, "Inscrivez-vous à notre").is_some(), "{v:#?}");
        // A cookie notice that names the site as the one using them, above the headline.
        for notice in ["Esta web usa cookies. Aceptar | Rechazar", "Ce site utilise des cookies. Tout accepter"] {
            let page = format!("{notice}\n\n{es}");
            let blocks = crate::blocks::split_blocks(&page);
            let title = find_title(&blocks).map(|t| &*blocks[t].text);
            assert_eq!(title, Some("Cierran el puente del río por obras"), "{notice}");
            assert!(reason(&run(&page), notice).is_some(), "{notice}");
        }
    }

    fn run(text: &str) -> Vec<(String, Option<Reason>)> {
        let blocks = crate::blocks::split_blocks(text);
        let texts: Vec<&str> = blocks.iter().map(|b| &*b.text).collect();
        let title = find_title(&blocks);
        texts.iter().map(|s| s.to_string()).zip(classify(&texts, title)).collect()
    }

    const STORY: &str = "\
Home | World | Sport | Business\n\n\
Harbour bridge reopens after storm repairs\n\n\
The harbour bridge reopened to traffic on Monday after three weeks of storm repairs, the city council said.\n\n\
Engineers replaced two damaged cables on the bridge and resurfaced the eastern traffic lanes, the council added.\n\n\
Traffic on the harbour bridge was light on Monday morning, but the council expects queues to return by Friday.\n\n\
Cable repairs on the bridge cost the council more than it had planned, and the storm bill is still growing.\n\n\
Related\n\
Storm damage closes coastal road\n\
Ferry timetable changes for winter\n\
City council elections: who is standing\n\n\
Jane Doe writes about gardening, cooking and her three cats, and has won prizes for her pastry recipes at county fairs.\n\n\
Leave a Reply\n\n\
Your email address will not be published. Required fields are marked *\n\n\
© 2024 Example Media. All rights reserved.\n";

    #[test]
    fn every_leading_phrase_fits_the_words_looked_at() {
        assert!(LEADING_PHRASES.iter().all(|p| p.len() <= LONGEST_LEADING));
        assert!(LEADING_PHRASES.iter().any(|p| p.len() == LONGEST_LEADING));
    }

    #[test]
    fn story_blocks_survive_and_furniture_goes() {
        let v = run(STORY);
        let body: Vec<&str> = v.iter().filter(|(_, r)| r.is_none()).map(|(t, _)| t.as_str()).collect();
        assert_eq!(body.len(), 5, "{v:#?}");
        assert_eq!(body[0], "Harbour bridge reopens after storm repairs");
        assert!(body[4].starts_with("Cable repairs"));
    }

    #[test]
    fn reasons_are_specific() {
        let v = run(STORY);
        let reason = |prefix: &str| v.iter().find(|(t, _)| t.starts_with(prefix)).unwrap().1;
        assert_eq!(reason("Home |"), Some(Reason::BeforeHeadline));
        assert_eq!(reason("Related"), Some(Reason::PageFurniture));
        assert_eq!(reason("Ferry timetable"), Some(Reason::LinkList));
        assert_eq!(reason("Jane Doe"), Some(Reason::AfterStory));
        assert_eq!(reason("Leave a Reply"), Some(Reason::PageFurniture));
        assert_eq!(reason("©"), Some(Reason::PageFurniture));
    }

    #[test]
    fn a_newsletters_promotion_and_a_listen_button_inside_the_story_are_furniture() {
        let v = run(&ferry(
            "Listen to this article · 3 min\n\n\
Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Subscribers to the island's newsletter were told of the strike a week before it began.\n",
        ));
        assert_eq!(reason(&v, "Listen to this"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Sign up to First Edition"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
        assert_eq!(reason(&v, "Subscribers to the island"), None, "{v:#?}");
        // A broadcaster's promotion of its programme, written as a sentence.
        let v = run(&ferry(
            "Passengers said the strike had cost the island dearly.\n\n\
Listen to the full report on Coast FM at 6pm.\n\n\
Listeners to the island's station heard of the strike a week before it began.\n",
        ));
        assert_eq!(reason(&v, "Listen to the full"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Listeners to the island"), None, "{v:#?}");
        let v = run(&ferry(
            "Story continues below advertisement\n\nPassengers said the strike had cost the island dearly.\n",
        ));
        assert_eq!(reason(&v, "Story continues"), Some(Reason::PageFurniture), "{v:#?}");
        // A post set into the story stays, as a quotation; the credit line under it is the embed's.
        let v = run(&ferry(
            "The first boat is in. Thank you to the crews for their patience.\n\n\
— Island Ferries (@islandferries) March 2, 2026\n\n\
Passengers said the strike had cost the island dearly over the two weeks.\n",
        ));
        assert_eq!(reason(&v, "The first boat is in"), None, "{v:#?}");
        assert_eq!(reason(&v, "— Island Ferries"), Some(Reason::PageFurniture), "{v:#?}");
    }

    #[test]
    fn a_newsletters_promotion_and_a_call_for_tips_between_paragraphs_are_furniture() {
        let v = run(&ferry(
            "Get the latest news delivered to your inbox\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Have a news tip? Email us at tips@example.com\n\n\
Subscribers to the island's newsletter were told of the strike a week before it began.\n",
        ));
        assert_eq!(reason(&v, "Get the latest news"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Have a news tip"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
        assert_eq!(reason(&v, "Subscribers to the island"), None, "{v:#?}");
    }

    #[test]
    fn an_authors_disclosure_is_furniture_and_a_disclosure_in_the_story_is_not() {
        assert!(furniture("Disclosure: The author holds no shares in any company named."));
        // A shop link's disclosure under the byline.
        assert!(furniture(
            "If you buy something from one of our links, we may earn a commission. See our ethics policy."
        ));
        assert!(furniture("Disclaimer: Views expressed are the writer's own."));
        assert!(!furniture("Disclosure of the ferry accounts showed the strike cost the operator dearly."));
    }

    #[test]
    fn a_short_line_that_introduces_furniture_is_furniture() {
        let v = run(&ferry(
            "The strike was settled on these terms:\n\n\
- a 4% rise in pay this year\n\n\
- two more crew on every crossing\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Liked this story? Pass it on:\n\n\
Twitter | Facebook | LinkedIn\n",
        ));
        assert_eq!(reason(&v, "Twitter | Facebook"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Liked this story?"), Some(Reason::PageFurniture), "{v:#?}");
        // A line of the story's own that ends in a colon introduces the story's points.
        assert_eq!(reason(&v, "The strike was settled"), None, "{v:#?}");
        assert_eq!(reason(&v, "- a 4% rise"), None, "{v:#?}");
    }

    #[test]
    fn a_live_reports_controls_are_furniture() {
        let v = run(&ferry(
            "Show key events only\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Load more\n",
        ));
        assert_eq!(reason(&v, "Show key events"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Load more"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
    }

    #[test]
    fn notices_to_the_reader_are_furniture_and_a_quotation_that_opens_so_is_not() {
        let v = run(&ferry(
            "Reporting restrictions apply to this case. Do not post comments that could identify witnesses.\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
\"Thank you for following the talks so closely,\" the union's secretary told members on the quay.\n\n\
If you have been affected by any of the issues raised in this story, support is available from the island's \
advice line on 0800 123 4567, or you can call the Samaritans free on 116 123, 24 hours a day.\n\n\
About this live page: updates are posted as they happen and may be revised.\n\n\
Thank you for following our coverage.\n",
        ));
        for notice in ["Reporting restrictions", "If you have been", "About this live page", "Thank you for following"]
        {
            assert_eq!(reason(&v, notice), Some(Reason::PageFurniture), "{notice}: {v:#?}");
        }
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
        assert_eq!(reason(&v, "\"Thank you for following"), None, "{v:#?}");
    }

    #[test]
    fn the_story_runs_on_past_a_continue_reading_line_and_a_posts_credit_to_a_paywall() {
        // The last paragraphs bring new words, so only where they stand keeps them as story.
        let tail = "Nobody was hurt, and investigators have not said what caused the outage.";
        let v = run(&ferry(&format!(
            "Continue reading the main story\n\n{tail}\n\n\
You have reached your limit of free articles. Subscribe to keep reading.\n"
        )));
        assert_eq!(reason(&v, "Continue reading"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Nobody was hurt"), None, "{v:#?}");
        assert_eq!(reason(&v, "You have reached"), Some(Reason::PageFurniture), "{v:#?}");
        let v = run(&ferry(&format!(
            "What a morning on the quay, unreal. pic.twitter.com/AbC123\n\n\
— Tom Reed (@tomreed) March 2, 2026\n\n{tail}\n"
        )));
        assert_eq!(reason(&v, "What a morning"), None, "{v:#?}");
        assert_eq!(reason(&v, "— Tom Reed"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Nobody was hurt"), None, "{v:#?}");
    }

    #[test]
    fn a_caption_with_its_credit_in_brackets_is_furniture_and_the_story_runs_on_past_it() {
        let v = run(&ferry(
            "Passengers board the first ferry to leave the harbour in two weeks, Friday, March 6, 2026, in the \
port of Dover, England. (AP Photo/Jane Doe)\n\nCrews cheered from the quay as the boat pulled away and the harbour master sounded \
the horn.\n\n\
The crossing took 40 minutes. [Photo: Reuters]\n\n\
Nobody was hurt, and investigators have not said what caused the outage.\n",
        ));
        assert_eq!(reason(&v, "Passengers board"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "The crossing took"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Nobody was hurt"), None, "{v:#?}");
        for story in ["The ferry (pictured) left at noon.", "He posted the images (three of them).", "(Photo) Boats."] {
            assert!(!has_picture_credit(story), "{story}");
        }
        // The credit after the caption's sentence, without brackets.
        assert!(has_picture_credit("Passengers board the ferry at Dover. Photograph: Jane Doe/Getty Images"));
        assert!(has_picture_credit("Video shows the ferry leaving Dover. Courtesy: Jane Doe/Instagram"));
        assert!(has_picture_credit("The first ferry leaves Dover (Video: Reuters)"));
        assert!(!has_picture_credit("The ferry left. Photo: it was a sight."));
        // After a dash, or with a bar for the colon.
        assert!(has_picture_credit("Passengers at the quay in Dover — Foto: Ana Lima/Island Times"));
        assert!(has_picture_credit("Rescuers search the rubble in Sarovec. PHOTO | CIVIL PROTECTION"));
        assert!(!has_picture_credit("The vote went 14 to 7 | Photo finish for the mayor"));
        // The credit first, then the caption.
        assert!(has_picture_credit("(AP Photo/Jane Doe) Passengers board the first ferry, Friday, March 6, 2026."));
        assert!(has_picture_credit("[Photo: Reuters] Passengers board the first ferry on Friday."));
        for story in ["(Reuters) - The ferry left at noon.", "(AP Photo/Jane Doe)", "(Photos of the crash) spread."] {
            assert!(!has_picture_credit(story), "{story}");
        }
    }

    #[test]
    fn a_caption_over_a_pictures_credit_is_furniture() {
        let page = |caption: &str, credit: &str| {
            run(&ferry(&format!(
                "{caption}\n{credit}\n\nPassengers on the first crossing said the strike had cost the island \
dearly over the two weeks.\n"
            )))
        };
        let v =
            page("Crews cheer on the quay as the first ferry leaves the harbour.", "Photo: Ana Lima / Island Times");
        assert_eq!(reason(&v, "Crews cheer"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
        let v = page("Die Fähre am Freitagmorgen im Hafen.", "Foto: Matthias Degenhart");
        assert_eq!(reason(&v, "Die Fähre"), Some(Reason::PageFurniture), "{v:#?}");
        // Speech is the story's; and a line under which no credit stands is no caption.
        let v = page("\"We are glad to be back,\" one of the crew said.", "Photo: Ana Lima / Island Times");
        assert_eq!(reason(&v, "\"We are glad"), None, "{v:#?}");
        let v = page(
            "Crews cheer on the quay as the first ferry leaves the harbour.",
            "Photo: it was quite a sight to see.",
        );
        assert_eq!(reason(&v, "Crews cheer"), None, "{v:#?}");
        // The lead, with a picture's credit and no caption under it, is the story's.
        let v = run("Ferry service to the island resumes\n\nThe ferry service to the island resumed on Friday after \
a two-week strike by crews ended.\nPhoto: Island Times\n\nThe operator said the first crossing left the harbour at \
six in the morning with forty passengers.\n\nPassengers said the strike had cost the island dearly.\n");
        assert_eq!(reason(&v, "The ferry service"), None, "{v:#?}");
        assert!(is_credit_line("Photo: Tomas Brekkeland / University of Halvorsund"));
        assert!(!is_credit_line("Photo finish: the mayor won by one vote.") && !is_credit_line("Photos: 12"));
    }

    #[test]
    fn one_link_under_a_line_that_announces_links_is_a_link() {
        let v = run(&ferry(
            "Read more:\n\nIsland ferries: what the strike cost\n\nCrews cheered as the first boat left the harbour on Friday.\n",
        ));
        assert_eq!(reason(&v, "Island ferries"), Some(Reason::LinkList), "{v:#?}");
        assert_eq!(reason(&v, "Crews cheered"), None, "{v:#?}");
        // A story's own lead-in announces its points, not links.
        let v = run(&ferry("The agreement sets out:\n\nA pay rise of 4%\n\nCrews cheered as the first boat left.\n"));
        assert_eq!(reason(&v, "A pay rise"), None, "{v:#?}");
    }

    #[test]
    fn a_summarys_points_under_their_heading_are_story() {
        // A live page's box of key points between its byline and its first entry: short items, no stops.
        let v = run("Ferry strike live: crossings resume\n\nBy Harbour live team\n\nKey points\n\
- Crossings to the island resume on Monday after 14 days\n- Two extra boats a day to clear the backlog\n\
- Freight queues of up to 9 hours at the quay\n\nShow latest updates\n\n14:32\n\
The first ferry to the island left the harbour at noon, the operator said.\n\n\
Crews on the quay cheered as the ferry to the island left the harbour.\n\n\
The operator said the backlog of freight would take a week to clear.\n");
        for item in ["- Crossings", "- Two extra", "- Freight queues"] {
            assert_eq!(reason(&v, item), None, "{item}: {v:#?}");
        }
        // Its credit and its button are furniture: taken for links, they made one run with the box, which
        // then read as a list of links ([`Page::lists_story_points`]).
        assert_eq!(reason(&v, "Show latest updates"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "By Harbour live team"), Some(Reason::PageFurniture), "{v:#?}");
        // A list of links under its heading stays one.
        let v = run(&ferry("Related\n\n- Island ferries: what the strike cost\n- Who runs the island's boats?\n"));
        assert_ne!(reason(&v, "- Island ferries"), None, "{v:#?}");
    }

    #[test]
    fn a_gallerys_lines_and_a_newsletter_after_a_question_are_furniture() {
        let v = run(&ferry(
            "Gallery: 8 photos\n\nView all 8 photos\n\nCrews cheered as the first boat left the harbour on Friday morning.\n\n\
Want more news from the island? Sign up to our free daily newsletter.\n\n\
Have a story for us? Email the newsdesk.\n",
        ));
        for line in ["Gallery", "View all", "Want more news", "Have a story"] {
            assert_eq!(reason(&v, line), Some(Reason::PageFurniture), "{v:#?}");
        }
        assert_eq!(reason(&v, "Crews cheered"), None, "{v:#?}");
        // A story's question about a newsletter is no promotion.
        let v = run(&ferry("Who reads the island's newsletter? Nobody subscribes now, the operator said.\n"));
        assert_eq!(reason(&v, "Who reads"), None, "{v:#?}");
    }

    #[test]
    fn an_outlets_note_about_the_report_is_furniture_and_a_sentence_about_an_article_is_not() {
        for note in [
            "This article was amended on 12 November 2026 to correct the spelling of the minister's name.",
            "This interview has been edited for length and clarity.",
            "This story has been updated with comment from the operator.",
            "Editor's note: The ferry operator is a client of our parent company.",
            "Correction: An earlier version of this story gave the wrong date for the strike.",
            "A version of this article appears in print on March 4, 2025, Section B, Page 12.",
            "Correction (March 3, 2026): The town has about 12,000 residents, not 1,200.",
            "Correction, 12 March: An earlier version of this article misnamed the councillor.",
            "Editors' note: This story was reported from Lima.",
            "This article was automatically aggregated from Harbour Wire. Ferrylink is not responsible for its content.",
        ] {
            assert!(is_editorial_note(note, words(note).count()), "{note}");
        }
        for story in [
            "This article of the constitution was amended in 1992.",
            "This story was amended, the operator said, after crews complained.",
            "Corrections officers found the cell empty.",
            "The update: crews will sail on Friday.",
            "A version of this story circulated on social media before it was denied.",
            "CORRECTION:",
            "Updated: 2 hours ago",
            "Updated: 14 March 2025, 10:02",
            "Update: 11:45 GMT",
        ] {
            assert!(!is_editorial_note(story, words(story).count()), "{story}");
        }
        let v = run(&ferry(
            "This interview has been edited for length and clarity.
",
        ));
        assert_eq!(reason(&v, "This interview"), Some(Reason::EditorialNote), "{v:#?}");
    }

    #[test]
    fn a_press_releases_notice_and_about_section_are_not_its_story() {
        let v = run("FOR IMMEDIATE RELEASE\n\nIsland Ferries resumes service after strike\n\n\
BOSTON, March 3, 2026 /PRNewswire/ -- Island Ferries said on Friday that its boats to the island would run again \
from Monday after a two-week strike by crews ended.\n\n\
\"We thank our passengers for their patience,\" said chief executive Dana Holt of Island Ferries.\n\n\
The company will add a second boat to the island route in March, Holt said.\n\n\
About Island Ferries\n\n\
Island Ferries is a family-owned ferry company based in Boston that runs boats to the island and employs 240 \
people.\n\n###\n");
        assert_eq!(reason(&v, "FOR IMMEDIATE"), Some(Reason::BeforeHeadline), "{v:#?}");
        assert_eq!(reason(&v, "Island Ferries resumes"), None, "{v:#?}");
        // The lead: its dateline is set apart when the report is loaded (`blocks::set_dateline_apart`).
        assert_eq!(reason(&v, "BOSTON, March 3"), None, "{v:#?}");
        assert_eq!(reason(&v, "The company will add"), None, "{v:#?}");
        assert_eq!(reason(&v, "About Island"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Island Ferries is a family"), Some(Reason::AfterStory), "{v:#?}");
    }

    #[test]
    fn a_releases_issue_date_and_contact_line_under_its_headline_are_furniture() {
        let v = run("Island Ferries resumes service after strike\n\nIssued: Tuesday 14 May, 11:30\n\n\
Media contact: press office, Island Ferries\n\nReleased: 14 May 2024\n\n\
Island Ferries said on Friday that its boats to the island would run again from Monday after a two-week strike \
by crews ended.\n\nThe company will add a second boat to the island route in March, Holt said.\n");
        for line in ["Issued:", "Media contact:", "Released:"] {
            assert_eq!(reason(&v, line), Some(Reason::PageFurniture), "{line}: {v:#?}");
        }
        assert_eq!(reason(&v, "Island Ferries said"), None, "{v:#?}");
    }

    #[test]
    fn the_story_runs_on_past_a_pages_tools_but_not_past_a_teasers_heading() {
        // Paragraphs in new words, each below a line of the page's tools: only where they stand tells.
        let v = run(&ferry(
            "Copy link\n\nLink copied!\n\n\
Harbour workers painted the hulls of both boats during the strike, a union official told reporters.\n\n\
Follow us on Twitter for the latest updates.\n\n\
Tickets for the night crossing go on sale next week at the quay and online.\n",
        ));
        assert_eq!(reason(&v, "Link copied!"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Harbour workers painted"), None, "{v:#?}");
        assert_eq!(reason(&v, "Follow us"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Tickets for the night"), None, "{v:#?}");
        let v = run(&ferry(
            "More from the region\n\n\
Council members said on Monday they would vote on the new budget for road repairs next week.\n",
        ));
        assert_eq!(reason(&v, "Council members"), Some(Reason::AfterStory), "{v:#?}");
    }

    #[test]
    fn a_list_introduced_by_a_colon_is_story() {
        let v = run(&ferry(
            "The operator listed the changes:\n\n- 12 crossings a day\n\n- a night boat on Fridays\n\n- fares frozen until May\n\n\
Passengers welcomed the news, the operator said.\n",
        ));
        assert_eq!(reason(&v, "- 12 crossings"), None, "{v:#?}");
        assert_eq!(reason(&v, "- fares frozen"), None, "{v:#?}");
        let v = run(&ferry(
            "Key points:\n\n- 12 crossings a day\n\n- a night boat on Fridays\n\n- fares frozen until May\n\n\
Passengers welcomed the news, the operator said.\n",
        ));
        assert_eq!(reason(&v, "- a night boat"), None, "{v:#?}");
        // After a link announced by furniture, and with items short enough to pass for buttons.
        let v = run(&ferry(
            "Read more: Island school reopens after the summer\n\nKey points:\n\n- 12 crossings a day\n\n- No delays\n\n- fares frozen until May\n\n\
Passengers welcomed the news, the operator said.\n",
        ));
        assert_eq!(reason(&v, "- 12 crossings"), None, "{v:#?}");
        assert_eq!(reason(&v, "- No delays"), None, "{v:#?}");
        assert_eq!(reason(&v, "Read more"), Some(Reason::PageFurniture), "{v:#?}");
        // At the end of the story, before the page's own furniture.
        let v = run(&ferry(
            "Passengers welcomed the news, the operator said.\n\nKey points:\n\n- 12 crossings a day\n\n- fares frozen until May\n\n\
Sign up for our newsletter\n\nMaria Lopez is our transport correspondent in the north of the country.\n",
        ));
        assert_eq!(reason(&v, "- 12 crossings"), None, "{v:#?}");
        assert_eq!(reason(&v, "- fares frozen"), None, "{v:#?}");
        assert!(reason(&v, "Maria Lopez").is_some(), "{v:#?}");
        // Unmarked blocks after the list are not its items.
        let v = run(&ferry(
            "Passengers welcomed the news, the operator said.\n\nKey points:\n\n- 12 crossings a day\n\n\
Enjoyed this story? Get our free newsletter every Tuesday. Enter your email. Sign up\n\n\
Maria Lopez is our transport correspondent in the north of the country.\n",
        ));
        assert_eq!(reason(&v, "- 12 crossings"), None, "{v:#?}");
        assert!(reason(&v, "Enjoyed this story").is_some(), "{v:#?}");
        assert!(reason(&v, "Maria Lopez").is_some(), "{v:#?}");
        // Announced by furniture, the same shape is a link list.
        let v = run(&ferry(
            "Passengers welcomed the news, the operator said.\n\nRead more:\n\nIsland school reopens after the summer\n\nHarbour fees to rise in the spring\n\nNew pier opens on the north shore\n",
        ));
        assert_eq!(reason(&v, "Harbour fees"), Some(Reason::LinkList), "{v:#?}");
    }

    #[test]
    fn a_prompt_to_comment_under_the_story_is_furniture() {
        let v = run(&ferry(
            "Passengers welcomed the news, the operator said.\n\nWhat do you make of the return of the ferry? Let us know below.\n",
        ));
        assert_eq!(reason(&v, "What do you make"), Some(Reason::PageFurniture), "{v:#?}");
        // The police's own appeal is story.
        let v = run(&ferry(
            "\"Let us know if you see anything on the quay,\" a police officer told passengers.\n\nPassengers welcomed the news, the operator said.\n",
        ));
        assert_eq!(reason(&v, "\"Let us know"), None, "{v:#?}");
    }

    #[test]
    fn a_paragraph_of_new_facts_between_story_paragraphs_stays_story() {
        let text = STORY.replace(
            "Traffic on the harbour bridge",
            "The span, opened in 1932 at a cost of four million pounds, was widened twice in the following decades.\n\nTraffic on the harbour bridge",
        );
        let v = run(&text);
        assert_eq!(v.iter().find(|(t, _)| t.starts_with("The span")).unwrap().1, None, "{v:#?}");
    }

    #[test]
    fn an_off_topic_paragraph_inside_the_story_is_found() {
        let text = STORY.replace(
            "Traffic on the harbour bridge",
            "Advertisement\n\nOur podcast team loves sourdough baking, mountain hiking and vintage vinyl records every single weekend.\n\nAdvertisement\n\nTraffic on the harbour bridge",
        );
        let v = run(&text);
        let r = v.iter().find(|(t, _)| t.starts_with("Our podcast")).unwrap().1;
        assert_eq!(r, Some(Reason::OffTopic));
        assert!(v.iter().find(|(t, _)| t.starts_with("Traffic on")).unwrap().1.is_none());
    }

    /// The opening of a ferry story the tests below continue in their own ways.
    fn ferry(rest: &str) -> String {
        format!(
            "Ferry service to the island resumes\n\n\
The ferry service to the island resumed on Friday after a two-week strike by crews ended.\n\n\
The operator said the first crossing left the harbour at six in the morning with forty passengers.\n\n{rest}"
        )
    }

    /// The verdict on the block that starts with `prefix`.
    fn reason(v: &[(String, Option<Reason>)], prefix: &str) -> Option<Reason> {
        v.iter().find(|(t, _)| t.starts_with(prefix)).unwrap().1
    }

    #[test]
    fn players_sign_up_boxes_release_labels_and_writers_contacts_are_furniture() {
        for line in [
            "Video player is loading.",
            "This is a modal window.",
            "Enter your email address",
            "Type your email...",
            "We will never share your details. See our privacy notice.",
            "Thanks for reading The High Street Dispatch! Subscribe for free to receive new posts and support my work.",
            "Now playing: Weekend Breakfast with Tash Morley",
            "This transcript was produced automatically and checked by our sport desk. It may contain errors.",
            "Rachel Dunmore can be reached at rdunmore@fenwickledger.com or 555-0188.",
            "Press release | Regulated information – Inside information",
            "News Release",
            "This is the official website of the National Food Safety Authority",
            "Thanks for reading. If you enjoyed this, pass it on to a friend who still owns a library card.",
        ] {
            assert!(furniture(line), "{line}");
        }
        for line in [
            "The hotline can be reached at 0800 555 0199 from eight in the morning, the council said.",
            "Thanks to the volunteers, the beach was clear by Sunday evening, the organisers said.",
            "The player is loading the ball onto the ferry, the club's spokesman joked.",
            "Press releases from the ministry were delayed by the strike, the union said.",
        ] {
            assert!(!furniture(line), "{line}");
        }
        // A video player's progress is a count of the page's, not a figure of the story.
        let v = run(&ferry("Loaded: 0%\n\nAttendance: 24,312\n\nThe operator said crossings would run every hour.\n"));
        assert_eq!(reason(&v, "Loaded"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Attendance"), None, "{v:#?}");
    }

    #[test]
    fn checking_credits_pictured_captions_credits_after_a_caption_and_asked_tips_are_furniture() {
        for line in [
            "Fact checked by our medical review board",
            "Medically reviewed by Dr Ana Ruiz, consultant nephrologist",
            "[Pictured: The drug is given as a weekly injection under the skin (stock image). Credit: Shutterstock]",
            "Pictured: Dr Helena Marsh at the congress in Vienna on Wednesday",
            "The drug is given as a weekly injection under the skin (stock image). Credit: Shutterstock",
            "Crews clear the road near the harbour on Tuesday. (Credit: Harbour Police)",
            "Got a story? Email newsdesk@example.co.uk or message us on WhatsApp.",
            "Seen something? Contact us on 0113 496 0000.",
            "Asterion Space Agency via AP",
            "Jane Doe/Reuters via Getty Images",
            "MORE: NASA boss warns of 'city killer' asteroid heading our way",
            "WATCH: The capsule's descent over the outback",
        ] {
            assert!(furniture(line), "{line}");
        }
        for line in [
            // Sentences that open with the same words.
            "Pictured at the congress were the trial's lead researchers and several patients who took part.",
            "Reviewed by the regulator, the plan was approved on Friday after a month of talks.",
            // "Credit" without a colon is a bank's or a loan's word.
            "Shares in the lender fell 4% after the deal. (Credit Suisse)",
            // A story's own question and answer, neither an address nor "us".
            "Why did the ferry stop? Engineers found a crack in the hull on Tuesday.",
            "Got a plan? Contact tracing, officials said, would start on Monday.",
            // A story's "via", and its "more".
            "The samples were flown to Leiden via Singapore.",
            "Samples delivered via a courier",
            "More: the figures the agency gave on Monday",
        ] {
            assert!(!furniture(line), "{line}");
        }
    }

    #[test]
    fn headlines_that_ask_their_question_join_a_list_of_links_but_a_subhead_stays_story() {
        // Under "Most viewed", a link's title may ask a question; it breaks no run of links.
        let v = run(&ferry(
            "Crews said the next crossing would leave at noon.\n\n\
Most viewed\nFive signs your blood pressure is too high\nIs it safe to eat eggs every day?\n\
Heatwave warning as temperatures set to hit 30C\n",
        ));
        assert_eq!(reason(&v, "Is it safe"), Some(Reason::LinkList), "{v:#?}");
        assert_eq!(reason(&v, "Five signs"), Some(Reason::LinkList), "{v:#?}");
        // A run of links' titles that ask, set out as list items beside others.
        let v = run(&ferry(
            "Crews said the next crossing would leave at noon.\n\n\
Related\n- Island ferries: what you need to know\n- Will fares rise this summer?\n- Harbour fees frozen for a year\n",
        ));
        assert_eq!(reason(&v, "- Will fares"), Some(Reason::LinkList), "{v:#?}");
        // An explainer's question over its own points stays story (a subhead, not a link): its neighbours
        // are items where it is none.
        let v = run(&ferry(
            "How will I get across?\n\n- Buses go over the Northgate crossing to the island\n- Ferries run every \
ten minutes at peak times from the harbour\n- Cyclists can use the ferry for free\n\nWhat will the crossing cost?\n\n\
The operator said the ferry service to the island would cost crews and passengers nothing extra on Friday.\n",
        ));
        assert_eq!(reason(&v, "How will"), None, "{v:#?}");
        assert_eq!(reason(&v, "What will"), None, "{v:#?}");
    }

    #[test]
    fn comment_forms_newsletters_calls_for_tips_counters_and_tickers_are_furniture() {
        for line in [
            // A comment form's note that commenting needs an account.
            "Um kommentieren zu können, müssen Sie sich anmelden.",
            "Para comentar, tem de ter sessão iniciada. Inicie sessão ou registe-se.",
            "Para comentar debes estar suscrito a Diario Meseta.",
            "You must be logged in to post a comment.",
            "Connectez-vous pour commenter cet article.",
            "Log ind for at kommentere.",
            // A link down to the comments.
            "Ir a los comentarios",
            "Zu den Kommentaren",
            "Voir les commentaires",
            // A newsletter's promotion and a call for tips.
            "Recevez l’essentiel de l’actualité du Morbihan chaque matin dans votre boîte mail.",
            "Get the Courier Morning Brief: county news, fire updates and weather, in your inbox by 6 a.m.",
            "Heb je een tip voor onze redactie? Mail naar tips@krant.example of app ons.",
            "Har du tips? Ring eller sms:a oss. Vi betalar för publicerade tips.",
            // A gallery's counter, a picture's credit and a link in Finnish, and a stock ticker's line.
            "Foto: 1/12",
            "Photo 3 of 12",
            "Kuva: Ville Pesonen / Kaiku",
            "Lue myös: Turvetuotanto hiipuu – viimeiset suot jäävät ennalleen",
            "BORV -1.97%",
            "NVDA +2.1% AAPL −0.4%",
            // A mail's marks and a list archive's links.
            "---------- Forwarded text ----------",
            "-----Original Message-----",
            "[Date Prev] [Date Next] [Thread Prev] [Thread Next] [Date Index] [Thread Index]",
            // A post's counts, a Welsh picture credit, a Brazilian wire credit, a charity's registration.
            "214 replies 1.2K reposts 8.4K likes 96K views",
            "57 likes · 3 comments",
            "Llun: Ymddiriedolaeth Ysgol Gymunedol Llangwennol",
            "Com informações da agência Lusomar.",
            "The Trust is a registered charity in England and Wales, no. 1205518.",
            // A closed thread, an affiliate disclosure, an Italian page's tags.
            "Comments are closed for this article.",
            "Affiliate disclosure: Some links in this post are affiliate links.",
            "Tag: Roccalvena, case a 1 euro, spopolamento, centro storico",
            "Previous message: [heatstore-l] Thermal storage tender templates?",
        ] {
            assert!(furniture(line), "{line}");
        }
        for line in [
            // Either word alone is a story's.
            "The mayor declined to comment on the closure of the bridge.",
            "Staff who logged in on Monday found the system locked.",
            "Der Bürgermeister wollte den Vorfall nicht kommentieren.",
            // A story's section of reactions, and its readers' inbox.
            "Mixed reactions in the town",
            "Scam emails in your inbox are rising, the regulator warned.",
            "Photo 3 of 12 was taken by a resident, the police said.",
            "GDP rose 2.1%",
            "Inflation: 3.4%",
            "--- a/src/main.rs",
            "3 people were hurt and 2 homes lost",
            "12 points behind the leaders",
            "[Editor's note] [Updated] [This story was corrected on Monday to give the right date]",
        ] {
            assert!(!furniture(line), "{line}");
        }
    }

    #[test]
    fn a_printed_pages_column_is_read_as_paragraphs_up_to_its_jump_line() {
        // An e-paper's text: a running head wider than the column, the column folded at its width with
        // words cut at their hyphens, and the story sent on to another page mid-sentence.
        let page = "\
PAGE 7 | THE HARBOUR OBSERVER | TUESDAY, MAY 14, 2024
Alpine village cut off as landslide buries its only road
PRALOUZET, France — Helicopters were fer-
rying food and medicine yesterday to the
230 residents of this French Alpine vil-
lage, cut off since a landslide buried its
only road on Sunday.
Nearly 80,000 cubic metres of rock and mud
covered the road. No one was hurt.
\"We will not leave anyone without sup-
plies,\" said the prefect. The geologist
said the slope was still moving and that
clearing could cost €1.8 million. Residents
said supplies were
Continued on Page 9
IN BRIEF
Ferry strike ends after nine days
OSTVANGEN, Norway — Crews on the coastal
ferry routes returned to work yesterday
after the union accepted a pay offer.
";
        let v = run(page);
        assert_eq!(reason(&v, "PRALOUZET, France — Helicopters were fer-rying food"), None, "{v:#?}");
        assert_eq!(reason(&v, "\"We will not leave anyone without sup-plies,\" said"), None, "{v:#?}");
        assert_ne!(reason(&v, "Continued on Page 9"), None, "{v:#?}");
        assert_ne!(reason(&v, "Ferry strike ends"), None, "{v:#?}");
    }

    #[test]
    fn a_videos_title_under_its_player_is_furniture_and_a_live_entrys_heading_is_not() {
        let v = run(&ferry(
            "Guarda il video\n00:00\n02:14\nThe first crossing after the strike, filmed from the harbour wall\n\n\
The operator said crossings would run every hour until the end of the month.\n",
        ));
        assert_eq!(reason(&v, "The first crossing after"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "The operator said crossings"), None, "{v:#?}");
        // A live report's entry: its time of day over its heading.
        let v = run(&ferry(
            "14:32\nCrews vote to accept the pay offer\n\nThe crews voted by a large majority to accept the \
operator's offer, the union said.\n",
        ));
        assert_eq!(reason(&v, "Crews vote to accept"), None, "{v:#?}");
        assert!(starts_a_player("00:00 / 01:45") && starts_a_player("0:00") && !starts_a_player("00:00 GMT"));
    }

    #[test]
    fn a_bar_of_share_buttons_set_apart_by_spaces_is_furniture() {
        let v = run(&ferry(
            "Facebook   X   WhatsApp   E-mail\n\nThe operator said crossings would run every hour until the end of \
the month.\n\nFacebook   X   LinkedIn   Copiar link\n\nEmail Print\n",
        ));
        assert_eq!(reason(&v, "Facebook   X   WhatsApp"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Facebook   X   LinkedIn"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "The operator said crossings"), None, "{v:#?}");
    }

    #[test]
    fn a_long_list_of_tags_is_furniture() {
        let tags = "Tags: mangroves, mangrove restoration, coir, coconut fibre, coastal erosion, climate change, \
blue carbon, Marrowbank University, seedlings, wetlands, tidal flats, river deltas, coastal communities, \
biodegradable materials, restoration ecology, field trials, Bangladesh, Kenya, Sundarbans, coastal flooding, \
Tidewater Foundation, Blue Delta Trust, nature-based solutions";
        assert!(tokens(tags).count() > 40 && furniture(tags));
        let sentence = "Topics: the council discussed the budget, the harbour, the ferry, the school, the roads, \
the library, the parks and the new bus routes for the villages on the island, and it agreed to come back to \
each of them at its next meeting in the town hall in March of next year.";
        assert!(tokens(sentence).count() > 40 && !furniture(sentence));
        // And a list of more than twenty words.
        let tags = "Tags: mangroves, mangrove restoration, coir, coconut fibre, coastal erosion, climate change, \
blue carbon, Marrowbank University, Ananya Rao-Pillai, environment news, science news, latest news";
        assert!((21..=40).contains(&tokens(tags).count()) && furniture(tags));
    }

    #[test]
    fn captions_that_end_on_a_source_or_a_printed_credit_are_furniture() {
        for caption in [
            "Chopper 6 video shows smoke rising from the warehouse on Tanner Road early Tuesday. (Source: River 6)",
            "Smoke from the warehouse rises above Tanner Road on Tuesday morning. LEDGER PHOTO BY TOM VARGA",
        ] {
            assert!(furniture(caption), "{caption}");
        }
        for line in [
            "Prices rose by 4 per cent in the year to March, the office said. (Source: figures from the office)",
            "The warehouse stored used batteries. THE FIRE CHIEF SAID",
            "Crews stayed at the site overnight. NO PHOTOS were allowed, police said.",
        ] {
            assert!(!furniture(line), "{line}");
        }
    }

    #[test]
    fn a_byline_may_name_the_writers_role_before_the_name() {
        assert!(crate::blocks::looks_like_byline("By science reporter Liam Ferraro"));
        assert!(crate::blocks::looks_like_byline("By political correspondent Jane Doe"));
        assert!(!crate::blocks::looks_like_byline("By science reporters in the north"));
    }

    #[test]
    fn a_credit_set_apart_from_its_date_by_a_dot_or_a_dash_is_furniture() {
        for credit in [
            "Coast Daily staff and agencies · 10 November 2025 01:10 GMT",
            "Valley Voice newsdesk — 10 November 2025, 07:05 GMT",
        ] {
            let v = run(&format!(
                "Vantreight elected mayor of Port Ellery\n\n{credit}\n\nMarisol Vantreight was elected mayor of Port \
                 Ellery on Sunday night, winning 48,312 votes.\n\nHer rival took 39,871 votes, leaving a margin of \
                 8,441.\n"
            ));
            assert!(reason(&v, credit).is_some(), "{v:#?}");
            assert_eq!(reason(&v, "Marisol Vantreight"), None, "{v:#?}");
        }
        // A sentence of the story with a spaced dash and a role's word stays story.
        let v = run("Vantreight elected mayor of Port Ellery\n\nThe count went on late — officials and party staff \
             watched.\n\nMarisol Vantreight was elected mayor on Sunday night, winning 48,312 votes.\n");
        assert_eq!(reason(&v, "The count went on late"), None, "{v:#?}");
    }

    #[test]
    fn comment_threads_in_more_languages_are_comments() {
        let v = run(&ferry(
            "The operator said crossings would run every hour until the backlog was cleared.\n\nKomentarze (3)\n\n\
Marek_z_Ballinure · 10.09.2024, 09:02\n\nU nas w centrum zrobili to samo i po roku nikt nie chciałby wracać.\n",
        ));
        assert_eq!(reason(&v, "Komentarze"), Some(Reason::Comments), "{v:#?}");
        assert_eq!(reason(&v, "U nas"), Some(Reason::Comments), "{v:#?}");
        assert_eq!(reason(&v, "The operator said crossings"), None, "{v:#?}");
        // A thread whose commenters' names and dates stand on lines of their own, known by its buttons.
        let v = run(&ferry(
            "The operator said crossings would run every hour until the backlog was cleared.\n\nKommentare (12)\n\n\
Hansruedi Keller\n\n08.06.2024, 21:14\n\nSchön, dass die Fähre wieder fährt und nicht im Hafen liegt.\n\n\
Antworten · 24 Empfehlungen\n",
        ));
        assert_eq!(reason(&v, "Schön"), Some(Reason::Comments), "{v:#?}");
        assert!(is_comment_bar("antworten · 24 empfehlungen") && is_comment_bar("répondre | signaler"));
        assert!(!is_comment_bar("antworten · fragen · lernen"));
        // A discussion site's thread under its bar of counts, the report quoted in the post above it.
        let v = run(&ferry(
            "The operator said crossings would run every hour until the backlog was cleared.\n\n\
214 points · 87% upvoted · 63 comments\n\nu/okere_commuter · 8 hr ago\n\nOf course it's the old ferry again, \
three breakdowns last winter.\n\nReply · 96 points\n",
        ));
        assert_eq!(reason(&v, "Of course"), Some(Reason::Comments), "{v:#?}");
        assert_eq!(reason(&v, "The operator said crossings"), None, "{v:#?}");
        assert!(!heads_comments("3 killed · 12 injured · 40 comments made by police"));
    }

    #[test]
    fn a_forums_replies_are_comments_and_its_first_post_is_the_story() {
        let page = |replies: &str| {
            format!(
                "Island ferry is back\n\nMay 2, 2026 #1\n\nislandfan\n\n\
The ferry service to the island resumed on Friday after a two-week strike by crews ended.\n\n\
The operator said the first crossing left the harbour at six in the morning with forty passengers.\n\n{replies}"
            )
        };
        let v = run(&page(
            "May 2, 2026 #2\n\nharbourwatch\n\n\
The crews were right to strike, and the operator should have paid them weeks before the first crossing.\n\n\
May 3, 2026 #3\n\nIslandMum\n\nForty passengers on the first crossing shows how much the island needs the ferry.\n",
        ));
        assert_eq!(reason(&v, "The ferry service"), None, "{v:#?}");
        assert_eq!(reason(&v, "The operator said"), None, "{v:#?}");
        for reply in ["harbourwatch", "The crews were right", "IslandMum", "Forty passengers"] {
            assert_eq!(reason(&v, reply), Some(Reason::Comments), "{v:#?}");
        }
        // A bare number heads each post in some forums' copies.
        let v = run(&page(
            "#2\n\nharbourwatch\n\nThe crews were right to strike, and the operator should have paid them.\n\n#3\n",
        ));
        assert_eq!(reason(&v, "The crews were right"), Some(Reason::Comments), "{v:#?}");
        // A line of the story that ends with a number after "#" heads no thread.
        let v = run(&ferry(
            "The island's harbour is ranked #2\n\nThe crews were right to strike, the union said on Friday after the vote.\n",
        ));
        assert_eq!(reason(&v, "The crews were right"), None, "{v:#?}");
        assert_eq!(post_number("06-12-2025, 03:04 PM #12"), Some(12));
        assert_eq!(post_number("Ranked #2"), None);
        assert_eq!(post_number("#2a"), None);
    }

    #[test]
    fn closing_paragraphs_with_new_facts_stay_story() {
        let v = run(&ferry(
            "\
Timetables will return to normal by December, and fares are frozen until spring, the operator added.\n\n\
Union leaders warned that talks on pay could break down again.\n\n\
Share this article\n\n\
Maria Lopez writes about gardening, cooking and her three cats, and has won prizes for her pastry recipes.\n",
        ));
        assert_eq!(reason(&v, "Timetables will return"), None, "{v:#?}");
        assert_eq!(reason(&v, "Union leaders warned"), None, "{v:#?}");
        assert_eq!(reason(&v, "Maria Lopez"), Some(Reason::AfterStory), "{v:#?}");
    }

    #[test]
    fn quotes_and_short_last_lines_stay_story() {
        let v = run(&ferry(
            "\
Harbourmaster Ines Moreau said: 'We will not comment on the talks. Our thoughts are with the families waiting.'\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Fares are frozen.\n\n\
More on this story\n\n\
Island school reopens after repairs\n",
        ));
        assert_eq!(reason(&v, "Harbourmaster Ines Moreau"), None, "{v:#?}");
        assert_eq!(reason(&v, "Fares are frozen"), None, "{v:#?}");
        assert!(reason(&v, "Island school").is_some(), "{v:#?}");
        // A last line closed with an emoji, and the line after it.
        let v = run(&ferry(
            "\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
The losses could reach 2 million euros. 🌊\n\n\
Residents were told to book early.\n",
        ));
        assert_eq!(reason(&v, "The losses could"), None, "{v:#?}");
        assert_eq!(reason(&v, "Residents were told"), None, "{v:#?}");
    }

    #[test]
    fn furniture_is_not_the_headline_and_apostrophes_fold() {
        let v = run(
            "Skip to main content\n\nFerry service resumes\n\nMay 16, 2024 - 4 min read\n\nThe ferry resumed on Friday.\n",
        );
        assert_eq!(v[0].1, Some(Reason::BeforeHeadline), "{v:#?}");
        assert_eq!(v[1].1, None, "{v:#?}");
        assert_eq!(v[2].1, Some(Reason::PageFurniture), "{v:#?}");
        let v = run(
            "Subscribe now: 3 months for $1\n\nFerry service resumes\n\nThe ferry resumed on Friday.\n\nWhat’s your reaction?\n",
        );
        assert_eq!(v[0].1, Some(Reason::BeforeHeadline));
        assert_eq!(v[1].1, None);
        assert_eq!(v[3].1, Some(Reason::PageFurniture), "{v:#?}");
    }

    #[test]
    fn bulleted_points_set_into_the_story_are_story_and_a_box_of_links_is_not() {
        let story = |heading: &str, items: &str| {
            run(&ferry(&format!(
                "{heading}\n\n{items}\n\nPassengers on the first crossing said the strike had cost the island dearly over the two weeks.\n"
            )))
        };
        let points =
            "- The strike lasted two weeks\n- Crews won a pay rise of 4%\n- The first ferry carried forty passengers";
        let v = story("Key points", points);
        assert_eq!(reason(&v, "- Crews won"), None, "{v:#?}");
        assert_eq!(reason(&v, "- The first ferry"), None, "{v:#?}");
        // The same points closing the story.
        let v = run(&ferry(&format!(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\nKey points\n\n{points}\n\nShare this article\n"
        )));
        assert_eq!(reason(&v, "- Crews won"), None, "{v:#?}");
        assert_eq!(reason(&v, "- The first ferry"), None, "{v:#?}");
        // Right under the headline, then the credit line, then the story.
        let v = run(&format!(
            "Ferry service to the island resumes\n\nKey points\n\n{points}\n\nBy our transport correspondent\n\n\
The ferry service to the island resumed on Friday after a two-week strike by crews ended.\n\n\
The operator said the first crossing left the harbour at six in the morning with forty passengers.\n"
        ));
        assert_eq!(reason(&v, "- Crews won"), None, "{v:#?}");
        assert_eq!(reason(&v, "By our transport"), Some(Reason::PageFurniture), "{v:#?}");
        // Right under the headline and a picture's caption, with an advertisement between it and the story:
        // a box that names itself a summary is still the story's.
        let v = run(&format!(
            "Ferry service to the island resumes\n\nBy Ana Ruiz · 3 June 2025\n\n\
The first ferry leaves the harbour. (Photo: Island Times)\n\nKey facts\n\n{}\n\nAdvertisement\n\n\
The ferry service to the island resumed on Friday after a two-week strike by crews ended.\n\n\
The operator said the first crossing left the harbour at six in the morning with forty passengers.\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n",
            points.replace('-', "•")
        ));
        assert_eq!(reason(&v, "• Crews won"), None, "{v:#?}");
        assert_eq!(reason(&v, "Advertisement"), Some(Reason::PageFurniture), "{v:#?}");
        // Between the headline and its byline, without bullets or heading: the points of a tabloid's
        // standfirst. Rows of a few words there are no such points.
        let page = |points: &str| {
            run(&format!(
                "Ferry service to the island resumes\n{points}\nBy TOM HOLLOWAY FOR THE ISLAND TIMES\ne-mail\n\n\
The ferry service to the island resumed on Friday after a two-week strike by crews ended.\n\n\
The operator said the first crossing left the harbour at six in the morning with forty passengers.\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n"
            ))
        };
        let v = page(
            "Crews ended their strike after two weeks when the operator agreed a pay rise\n\
The first ferry left the harbour at six with forty passengers on board\n\
Passengers said the strike had cost the island dearly over the two weeks",
        );
        assert_eq!(reason(&v, "The first ferry left"), None, "{v:#?}");
        let v = page("Ferries: 12 a day\nFares: frozen\nCrews: 40 back at work");
        assert_eq!(reason(&v, "Crews: 40"), Some(Reason::LinkList), "{v:#?}");
        // Teasers for other stories, or a list under furniture, stay a box of links.
        let teasers =
            "- Council budget row deepens\n- New tram line opens in the east\n- Local team wins the cup final";
        let v = story("Top stories", teasers);
        assert_eq!(reason(&v, "- New tram line"), Some(Reason::LinkList), "{v:#?}");
        let v = story("Related", points);
        assert_eq!(reason(&v, "- Crews won"), Some(Reason::LinkList), "{v:#?}");
        // Items that are each a link, under a heading no rule names, are a box of links too.
        let links = "- [The strike in pictures](/strike)\n- [Crews win pay rise](/pay)\n- [Timetable](/times)";
        let v = story("From our archive", links);
        assert_eq!(reason(&v, "- [Crews win"), Some(Reason::LinkList), "{v:#?}");
        // An explainer's points under a question, in words the rest of the story does not use, with the
        // story going on under the next question: story, and so is all that follows.
        let v = run(&ferry(
            "How do I book?

- Tickets go on sale online at noon
- Cyclists pay nothing extra
- Dogs travel free

What about the crews?

The crews said they would return to the harbour for the first crossing on Friday.

Sign up to our newsletter
",
        ));
        assert_eq!(reason(&v, "- Cyclists"), None, "{v:#?}");
        assert_eq!(reason(&v, "The crews said"), None, "{v:#?}");
        assert_eq!(reason(&v, "Sign up"), Some(Reason::PageFurniture), "{v:#?}");
    }

    #[test]
    fn a_pull_quote_is_set_aside_and_a_paragraph_of_quotation_is_not() {
        let v = run(&ferry(
            "“The first crossing of the ferry was full, and the island cheered the crews”\n\n\
\"The first crossing of the ferry was full, and the island cheered the crews,\" the operator said on Friday.\n\n\
“The strike by the crews cost the island two weeks of passengers.”\n\n\
“Ferry resumed”\n\n\
The operator said the ferry resumed on Friday and the crews returned to the harbour for the crossing.\n",
        ));
        assert_eq!(reason(&v, "“The first crossing"), Some(Reason::Repeated), "{v:#?}");
        assert_eq!(reason(&v, "\"The first crossing"), None, "{v:#?}");
        // A quotation said once, and one too short to tell.
        assert_eq!(reason(&v, "“The strike by the crews"), None, "{v:#?}");
        assert_ne!(reason(&v, "“Ferry resumed”"), Some(Reason::Repeated), "{v:#?}");
        // With the name the page sets after it.
        let v = run(&ferry(
            "“The first crossing of the ferry was full, and the island cheered.” — Captain Ana Ruiz\n\n\
\"The first crossing of the ferry was full, and the island cheered,\" Captain Ana Ruiz said on Friday.\n",
        ));
        assert_eq!(reason(&v, "“The first crossing"), Some(Reason::Repeated), "{v:#?}");
        assert_eq!(
            without_attribution("“Yes.” — a long line of many words that is no name at all here"),
            "“Yes.” — a long line of many words that is no name at all here"
        );
    }

    #[test]
    fn a_consent_banner_above_the_headline_is_set_aside() {
        let v = run(&format!(
            "We value your privacy\n\n\
We and our partners store and access information on a device, such as cookies, and process personal data, \
such as unique identifiers and standard information sent by a device, for personalised advertising and \
content, advertising and content measurement, and audience insights, and to develop and improve products.\n\n\
With your permission we and our partners may use precise geolocation data and identification through \
device scanning. You may click to consent to our processing as described above, or change your mind and \
your choices at any time.\n\n\
Accept all | Reject all | Manage preferences\n\n{}",
            ferry("")
        ));
        for banner in ["We value", "We and our partners", "With your permission", "Accept all"] {
            assert_eq!(reason(&v, banner), Some(Reason::BeforeHeadline), "{v:#?}");
        }
        assert_eq!(reason(&v, "Ferry service to the island resumes"), None, "{v:#?}");
    }

    #[test]
    fn a_live_reports_summary_without_bullets_is_story() {
        let v =
            run("Harbour bridge collapse: rescue teams search river after span falls\n\nUpdated 14 minutes ago\n\n\
Summary\nPart of the Kingsmill harbour bridge collapsed into the river at about 06:40 on Tuesday\nAt least four people \
have died and 11 are in hospital, police say\nTwo cars and a bus were on the span when it fell\n\n18:05\nDeath toll \
rises to four\nMerton Police have confirmed that a fourth person has died in hospital this afternoon, a spokesperson \
said.\nEleven people remain in hospital, two of them in a critical condition, after the bridge fell into the river.\n");
        for point in ["Part of the Kingsmill", "At least four people", "Two cars and a bus"] {
            assert_eq!(reason(&v, point), None, "{v:#?}");
        }
        // The same lines under a heading that names no summary are a box of links.
        let v =
            run("Harbour bridge collapse: rescue teams search river after span falls\n\nUpdated 14 minutes ago\n\n\
More from Kingsmill\nCouncil votes to close two libraries in the town centre\nSchool inspection finds pupils safe \
and happy\nNew bus timetable starts on Monday for the coast road\n\nMerton Police have confirmed that a fourth person \
has died in hospital this afternoon, a spokesperson said.\n");
        assert_ne!(reason(&v, "Council votes"), None, "{v:#?}");
    }

    #[test]
    fn the_heading_of_a_writers_bio_ends_the_story() {
        for heading in ["About the author", "Über den Autor", "À propos de l'auteur", "Over de auteur"] {
            let v = run(&ferry(&format!(
                "{heading}\n\nDana Whitcombe has been sailing to the island since 2014, when a single crossing \
in a storm made her decide the ferries needed a chronicler.\n\nShe lives on the island with two cats.\n"
            )));
            assert_eq!(reason(&v, "Dana Whitcombe"), Some(Reason::AfterStory), "{heading} {v:#?}");
            assert_eq!(reason(&v, "She lives"), Some(Reason::AfterStory), "{heading} {v:#?}");
        }
        assert!(!heads_about_section("About the crossing", 3) && !heads_about_section("Over the harbour", 3));
        for heading in AUTHOR_HEADINGS {
            let capital: String =
                heading.chars().take(1).flat_map(char::to_uppercase).chain(heading.chars().skip(1)).collect();
            assert!(heads_about_section(heading, 4) && heads_about_section(&capital, 4), "{heading}");
        }
    }

    #[test]
    fn a_releases_end_mark_and_notes_to_editors_end_its_story() {
        for (end, notes) in [
            ("- ENDS -", "Notes to editors"),
            ("-30-", "Media contact:"),
            ("-- EINDE PERSBERICHT --", "Noot voor de redactie"),
            ("###", "Note aux rédactions"),
        ] {
            let v = run(&ferry(&format!(
                "{end}\n\n{notes}\n\nIsland Ferries runs 14 crossings a day to the island and carries 1.2 million \
passengers a year on its two boats.\n\nJoost Verhagen, spokesman, on 030 555 41 20.\n"
            )));
            assert_eq!(reason(&v, "Island Ferries runs"), Some(Reason::AfterStory), "{end} {v:#?}");
            assert_eq!(reason(&v, "Joost Verhagen"), Some(Reason::AfterStory), "{end} {v:#?}");
            assert_eq!(reason(&v, "The operator said"), None, "{end} {v:#?}");
        }
        assert!(!ends_release("The end of the strike") && !ends_release("### The crossings resume"));
    }

    #[test]
    fn a_releases_highlights_without_bullets_are_story() {
        let page = |heading: &str| {
            run(&format!(
                "Harbour Freight Reports Third Quarter Results\n\nThe company today reported results for the third \
quarter ended Sept. 27, 2025, its best quarter yet.\n\nDownload PDF\n\nPrint\n\n{heading}\nRevenue of $7.36 billion, \
up 18% year over year\nFreight segment revenue of $3.9 billion, up 41% year over year\nNet income of $1.12 billion, \
or $2.41 per diluted share\n\n\"Customers are moving more freight than ever,\" said the chief executive.\n\nThe \
company expects fourth-quarter revenue of between $7.6 billion and $7.8 billion, with net income up on the year.\n"
            ))
        };
        let v = page("Third Quarter Highlights");
        for point in ["Revenue of $7.36", "Freight segment", "Net income of"] {
            assert_eq!(reason(&v, point), None, "{v:#?}");
        }
        // Under a heading that names no summary, the same lines after the page's buttons are a box of links.
        let v = page("More from Harbour Freight");
        assert_ne!(reason(&v, "Revenue of $7.36"), None, "{v:#?}");
        assert!(heads_summary("Highlights:") && heads_summary("Financial highlights"));
        assert!(!heads_summary("Watch the highlights of Saturday's game") && !heads_summary("Spotlights"));
        // A heading may say what it covers.
        for heading in ["Key figures (third quarter 2025)", "KEY FIGURES: Q3 2025", "Highlights — nine months"] {
            assert!(heads_summary(heading), "{heading}");
        }
        assert!(!heads_summary("Summary judgment (appeal) was refused by the court") && !heads_summary("(Summary)"));
    }

    #[test]
    fn a_results_box_headed_with_its_period_is_story() {
        // A bulleted box of the quarter's figures, headed with the period it covers, between paragraphs.
        for heading in ["Key figures (third quarter 2025)", "Key figures: Q3 2025", "KEY FIGURES (Q3)"] {
            let v = run(&format!(
                "Quellmark tops forecasts\n\nQuellmark reported third-quarter revenue of $4.2 billion on \
Wednesday, up 12.5% from a year earlier.\n\nNet income rose to $486 million, or 18 cents a share.\n\n{heading}\n- \
Revenue: $4.2 billion, up 12.5%\n- Net income: $486 million\n- Earnings per share: 18 cents\n\n\"Demand for our \
storage keeps growing,\" said the chief executive of Quellmark.\n\nQuellmark expects fourth-quarter revenue of \
between $4.4 billion and $4.6 billion, with net income up on the year.\n"
            ));
            for point in ["- Revenue: $4.2", "- Net income", "- Earnings per share"] {
                assert_eq!(reason(&v, point), None, "{heading}: {v:#?}");
            }
        }
    }

    #[test]
    fn a_comment_thread_under_the_story_is_set_aside_whole() {
        let thread = "\
14 Comments\n\n\
Peter K. says:\n\n\
March 2, 2026 at 3:14 pm\n\n\
The ferry crews were right to strike, and the operator should have paid them sooner than this.\n\n\
Reply\n\n\
Anna M. says:\n\n\
Forty passengers on the first crossing after two weeks of strike shows how much the island needs it.\n\n\
Reply\n\n\
Leave a Reply\n";
        let v = run(&ferry(thread));
        for comment in ["14 Comments", "Peter K. says", "The ferry crews were right", "Anna M.", "Forty passengers"] {
            assert_eq!(reason(&v, comment), Some(Reason::Comments), "{v:#?}");
        }
        assert_eq!(reason(&v, "The operator said"), None, "{v:#?}");
        // A thread whose comments carry a bar of buttons and counts, under each commenter's name and time.
        let v = run(&ferry(
            "Comments (47)\n\nIslandMum · 2 hours ago\nAbsolutely the right result for the crews.\nReply · 23 likes\n\n\
Steve_T · 58 minutes ago\nThe operator should have paid them weeks ago and saved everyone the trouble.\n\
Reply · 1 like\n\nLoad more comments\n",
        ));
        for comment in ["IslandMum", "Absolutely the right", "The operator should have paid", "Reply · 1 like"] {
            assert_eq!(reason(&v, comment), Some(Reason::Comments), "{v:#?}");
        }
        // A blog platform's commenter ("Lone Fjeldsøe said..."), and an Afrikaans page's time of posting.
        for line in [
            "Reply · 23 likes",
            "Like | Reply | Report",
            "**ecoPhil** · 10 April 2025",
            "Steve_T · 2 hours ago",
            "Lone Fjeldsøe said...",
            "Thandi M · 2 uur gelede",
        ] {
            assert!(is_thread_line(line), "{line}");
        }
        for line in [
            "Reply to the council · 23 pages",
            "The crews said · it was over",
            "Price · £4",
            "The mayor of the island said...",
        ] {
            assert!(!is_thread_line(line), "{line}");
        }
        // A thread whose only control is its order, under a bare heading; and a heading that names the story
        // after its count, as long as the headline.
        let v = run(&ferry("Comments\n\nSort by: Top\n\nislandfan\n\nThis is why I moved here. Ferries forever.\n"));
        assert_eq!(reason(&v, "This is why I moved here"), Some(Reason::Comments), "{v:#?}");
        let v = run(&ferry(
            "2 thoughts on \"Ferry service to the island resumes after two weeks of strike by its crews\"\n\n\
Margaret Foyle says:\n\nWell said. See you on the boat.\n\nReply\n",
        ));
        assert_eq!(reason(&v, "Well said"), Some(Reason::Comments), "{v:#?}");
        // A thread whose first button comes after a sign-in line, a commenter, a time and a comment.
        let v = run(&ferry(
            "38 comments\n\nLog in to comment\n\nIslandFan\n\n22 Nov 2025, 6:02pm\n\n\
The crews were right to strike. Give them a new contract.\n\nReply (3)\n",
        ));
        assert_eq!(reason(&v, "The crews were right"), Some(Reason::Comments), "{v:#?}");
        assert!(is_thread_line("Sort by Newest") && is_thread_line("Trier par : Récents"));
        assert!(!is_thread_line("Sort by size, the crews said, was the first job of the morning"));
        // A commenter's name and time set apart by a run of spaces, as a page's columns come out as text.
        let v = run(&ferry(
            "Comments\nIslandMum   2 March 2026 15:49\nShould have been sooner. My dad waited a week.\n\
GullWatcher   2 March 2026 16:02\nWell done to the crews for holding out.\n",
        ));
        for comment in ["IslandMum", "Should have been sooner", "GullWatcher", "Well done to the crews"] {
            assert_eq!(reason(&v, comment), Some(Reason::Comments), "{v:#?}");
        }
        assert!(is_thread_line("IslandMum\t2 March 2026 15:49") && is_thread_line("Carol1962   3 hours ago"));
        assert!(!is_thread_line("The crews said   it was over"));
        // A count of comments under the byline links down to the thread: the story under it stays.
        let v =
            run("Ferry service to the island resumes\n\nThe ferry service to the island resumed on Friday after a \
two-week strike by crews ended.\n\n42 Comments\n\nThe operator said the first crossing left the harbour at six in \
the morning with forty passengers.\n\nIt said timetables would return to normal in December, after repairs.\n\n\
Comments\n\nSort by: Top\n\nislandfan\n\nFerries forever.\n");
        assert_eq!(reason(&v, "The operator said"), None, "{v:#?}");
        assert_eq!(reason(&v, "Ferries forever"), Some(Reason::Comments), "{v:#?}");
        // Without a thread below it, a line that counts comments cuts nothing.
        let v = run(&ferry("14 Comments\n\nTimetables return to normal in December, the operator added.\n"));
        assert_eq!(reason(&v, "Timetables return"), None, "{v:#?}");
        // Nor does one above the story's first paragraph.
        let v = run(&format!("Ferry service to the island resumes\n\nComments (2)\n\n{}", &ferry(thread)[36..]));
        assert_eq!(reason(&v, "The ferry service to the island resumed"), None, "{v:#?}");
    }

    #[test]
    fn headings_of_comment_threads() {
        for heading in [
            "14 Comments",
            "1 comment",
            "Comments",
            "Comments (3)",
            "Reader comments",
            "2 thoughts on “Ferry resumes”",
            "3 Responses to Ferry resumes",
            "Kommentaar (12)",
            "Have your say (12 comments)",
            "Join the conversation (1 comment)",
        ] {
            assert!(heads_comments(heading), "{heading}");
        }
        for not in [
            "Comment",
            "Comments from residents",
            "14 comments were received by the council.",
            "Thoughts",
            "2 thoughts",
            "Residents made 12 comments",
        ] {
            assert!(!heads_comments(not), "{not}");
        }
    }

    #[test]
    fn a_live_reports_entries_run_on_past_headings_repeated_from_its_key_events() {
        let v = run("\
Ferry strike: live updates\n\n\
Key events\n\n\
First ferry leaves harbour\n\n\
Crews vote to end strike\n\n\
Volunteers thanked\n\n\
09:14 GMT\n\n\
First ferry leaves harbour\n\n\
The first ferry crossing since the strike left the harbour at six with forty passengers on board.\n\n\
08:50 GMT\n\n\
Crews vote to end strike\n\n\
The operator says crews voted to end the two-week strike late on Thursday night, after talks.\n\n\
08:30 GMT\n\n\
Volunteers thanked\n\n\
Harbour master Ruth Keane thanked volunteers who staffed the quay cafe overnight with soup and blankets.\n");
        for entry in ["The first ferry crossing", "The operator says", "Harbour master Ruth Keane"] {
            assert_eq!(reason(&v, entry), None, "{v:#?}");
        }
        // Each entry ends with its buttons, and one is a single short sentence; the earliest, at the foot of
        // the page, is in words of its own.
        let page = |last: &str| {
            run(&format!(
                "Ferry strike: live updates\n\nKey events\n\nCrews vote to end strike\n\n09:14 GMT\n\n\
The first ferry crossing since the strike left the harbour at six with forty passengers on board.\n\n\
Share\n\n08:55 GMT\n\nTimetables return on Monday.\n\nShare\n\n08:50 GMT\n\nCrews vote to end strike\n\n\
The operator says the ferry crews voted to end the two-week strike late on Thursday night.\n\nShare\n\n{last}\n"
            ))
        };
        let v = page(
            "07:30 GMT\n\nGood morning and welcome to our coverage from the quayside, where the cafe opened early.",
        );
        for entry in ["Timetables return", "The operator says", "Good morning and welcome"] {
            assert_eq!(reason(&v, entry), None, "{v:#?}");
        }
        // Buttons with no entry's time after them end the story: a teaser under them is not one.
        let v = page("Wind farm plan for the bay draws hundreds of objections from residents of the coast.");
        assert_eq!(reason(&v, "Wind farm plan"), Some(Reason::AfterStory), "{v:#?}");
    }

    #[test]
    fn a_live_reports_key_points_and_timed_entries_are_story() {
        let v = run("\
Ferry strike: live updates\n\n\
Key points\n\n\
- Crews ended their two-week strike and the ferry service resumed\n\
- The first crossing carried forty passengers\n\n\
09:14 GMT\n\n\
The first ferry crossing since the strike left the harbour at six with forty passengers on board.\n\n\
08:50 GMT\n\n\
The operator says crews voted to end the two-week strike late on Thursday night.\n\n\
08:30 GMT\n\n\
Islanders waiting at the harbour cheered as the morning ferry came in to dock.\n");
        for story in ["- Crews ended", "- The first crossing", "The first ferry", "The operator", "Islanders"] {
            assert_eq!(reason(&v, story), None, "{v:#?}");
        }
        assert_eq!(reason(&v, "09:14 GMT"), Some(Reason::PageFurniture), "{v:#?}");
    }

    #[test]
    fn a_sponsors_link_and_a_subscribers_offer_inside_the_story_are_furniture() {
        let v = run(&ferry(
            "\
SPONSORED\n\
Islanders are going wild for this £12 rain jacket - here's why\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Subscriber-only: Download our 2025 guide to the island's timetables (PDF)\n\n\
Crews said the ferry to the island would keep to its winter timetable after the strike.\n",
        ));
        for furniture in ["SPONSORED", "Islanders are going wild", "Subscriber-only"] {
            assert!(reason(&v, furniture).is_some(), "{furniture}: {v:#?}");
        }
        // The label announces one line: the paragraph under it is the story's.
        for story in ["Passengers on", "Crews said"] {
            assert_eq!(reason(&v, story), None, "{story}: {v:#?}");
        }
    }

    #[test]
    fn subheads_and_pictures_inside_the_story_do_not_end_it() {
        let v = run(&ferry(
            "\
Image caption, Crews wait at the harbour gate\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Rescue plans\n\n\
Coastguard boats stood by at both ends of the crossing for the first week of the service.\n\n\
Tugs from the mainland were moored in the bay in case the engines failed again.\n\n\
Media caption: Watch: What does the crossing's return mean for the island?\n\n\
(Photo by Ana Ruiz/Getty Images)\n\n\
What happens next\n\n\
Timetables return to normal in December, and fares are frozen until the spring.\n",
        ));
        for story in ["Coastguard boats", "Tugs from", "Timetables return"] {
            assert_eq!(reason(&v, story), None, "{v:#?}");
        }
        assert_eq!(reason(&v, "Image caption"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Media caption"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "(Photo by"), Some(Reason::PageFurniture), "{v:#?}");
        // An advertisement's label and a link to another story between paragraphs do not end it either.
        let v = run(&ferry(
            "\
Advertisement\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Read more: Storm closes the coastal road\n\n\
Tugs from the mainland were moored in the bay in case the engines failed again.\n",
        ));
        assert_eq!(reason(&v, "Tugs from"), None, "{v:#?}");
        assert_eq!(reason(&v, "Read more"), Some(Reason::PageFurniture), "{v:#?}");
        // A company's closing section is not the story's, though it names the company.
        let v = run(&ferry(
            "About Island Ferries\n\nIsland Ferries runs the crossing to the island and two routes on the mainland coast.\n",
        ));
        assert_eq!(reason(&v, "About Island"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Island Ferries runs"), Some(Reason::AfterStory), "{v:#?}");
        assert!(!furniture("About 200 people were killed.") && !furniture("About 200 killed in floods"));
        // Headlines may open with a heading's word; the heading alone is furniture.
        assert!(!furniture("Opinion: Peru must rebuild its adobe towns"));
        assert!(!furniture("Watch: rescuers pull a survivor from the rubble"));
        assert!(furniture("Video") && furniture("Latest news"));
    }

    #[test]
    fn wire_credit_lines_are_furniture() {
        let v = run(&ferry(
            "\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Associated Press writer Ana Ruiz in Lisbon contributed to this report.\n\n\
Reporting by Marco Aquino; Editing by Sandra Maler\n",
        ));
        assert_eq!(reason(&v, "Associated Press writer"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Reporting by"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
    }

    #[test]
    fn a_paragraph_of_the_story_that_runs_on_into_the_wire_credit_is_story() {
        let v = run(&ferry(
            "The first ferry left the harbour at dawn on Friday. Reuters contributed reporting.

Passengers on the first crossing said the strike had cost the island dearly over the two weeks.

Reuters contributed reporting. Editing by Sandra Maler.
",
        ));
        assert_eq!(reason(&v, "The first ferry left"), None, "{v:#?}");
        // A credit on its own, in two sentences, is still furniture.
        assert_eq!(reason(&v, "Reuters contributed reporting. Editing"), Some(Reason::PageFurniture), "{v:#?}");
    }

    #[test]
    fn a_line_of_navigation_words_is_furniture() {
        let v = run(&ferry(
            "\
News Sport Weather Travel Culture\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Sport fans travelled from the mainland for the match on Saturday.\n",
        ));
        assert_eq!(reason(&v, "News Sport Weather"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Sport fans travelled"), None, "{v:#?}");
    }

    #[test]
    fn a_table_of_figures_is_story() {
        let reason = |v: &[(String, Option<Reason>)], word: &str| v.iter().find(|(t, _)| t.contains(word)).unwrap().1;
        // In the story, and as its last part; the line of dashes is markup.
        for table in
            ["| Party | Seats |\n|---|---|\n| Greens | 24 |\n| Liberals | 6 |", "Party\tSeats\nGreens\t24\nLiberals\t6"]
        {
            let v = run(&ferry(&format!(
                "Results:\n\n{table}\n\nThe operator said the first crossing left the harbour with forty passengers on board.\n"
            )));
            assert_eq!(reason(&v, "Greens"), None, "{v:#?}");
            assert_eq!(reason(&v, "Liberals"), None, "{v:#?}");
            if table.contains("---") {
                assert_eq!(reason(&v, "|---|"), Some(Reason::PageFurniture), "{v:#?}");
            }
            let v = run(&ferry(&format!("Results:\n\n{table}\n\nShare this article\n")));
            assert_eq!(reason(&v, "Greens"), None, "{v:#?}");
            assert_eq!(reason(&v, "Share this"), Some(Reason::PageFurniture), "{v:#?}");
        }
    }

    #[test]
    fn a_long_tail_of_teasers_is_after_the_story() {
        // Ten teasers for other stories, each in words of its own: the walk back from the end passes them
        // all (several of its batches) before it reaches the story.
        const SYLLABLES: [&str; 10] = ["zor", "quil", "marn", "tesk", "bolv", "fiur", "gand", "hopt", "jusk", "lerm"];
        let teasers: Vec<String> = (0..10)
            .map(|k| {
                let words: Vec<String> = (0..9).map(|j| format!("{}{}ex", SYLLABLES[k], SYLLABLES[j])).collect();
                format!("Q{k} {}.", words.join(" "))
            })
            .collect();
        let v = run(&ferry(&format!(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Crews on the island ferry said the strike ended after the operator agreed to their pay offer.\n\n\
More from the region\n\n{}\n",
            teasers.join("\n\n")
        )));
        for k in 0..10 {
            assert_eq!(reason(&v, &format!("Q{k} ")), Some(Reason::AfterStory), "{v:#?}");
        }
        assert_eq!(reason(&v, "Crews on the island"), None, "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
    }

    #[test]
    fn a_bio_under_the_comments_is_not_story_for_one_shared_word() {
        let v = run(&ferry(
            "\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Share on Facebook | Share on Twitter | Share via Email\n\n\
Comments (12)\n\n\
Maria Lopez is our transport correspondent. She has covered ferries and harbour news for ten years.\n",
        ));
        assert_eq!(reason(&v, "Maria Lopez"), Some(Reason::AfterStory), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
    }

    #[test]
    fn a_long_cookie_notice_is_furniture_and_not_the_headline() {
        let v = run(
            "We use cookies to make this site work and to measure how it is used. By continuing to browse the site you agree to our use of cookies. Accept all | Manage preferences\n\n\
Ferry service to the island resumes\n\nThe ferry service to the island resumed on Friday after a strike.\n",
        );
        assert_eq!(v[0].1, Some(Reason::BeforeHeadline), "{v:#?}");
        assert_eq!(v[1].1, None, "{v:#?}");
        let title = find_title(&crate::blocks::split_blocks(
            &v.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join("\n\n"),
        ));
        assert_eq!(title, Some(1));
        // One such phrase in a long story sentence is not enough.
        let text = "Ferry service resumes\n\nThe operator said it had changed its privacy policy after the regulator found that passengers had not been told how their booking details were kept and shared.\n";
        assert!(run(text).iter().all(|(_, r)| r.is_none()), "{:#?}", run(text));
    }

    #[test]
    fn a_consent_banner_of_many_words_above_the_headline_is_not_the_story() {
        // A skip link and a menu's lines above a banner of sixty words, its buttons on lines of their own.
        let banner = "We, the Daily Wire, are part of the Wire family of brands. When you use our sites and apps, we use cookies to: provide our sites and apps to you, authenticate users, apply security measures, and prevent spam and abuse, measure your use of our sites and apps, and show you adverts that suit you. Click 'Accept all' to agree. Click 'Reject all' to decline.";
        let text = format!(
            "Skip to main content\nHome\nNews\nSearch the web\nSign in\n\n{banner}\nAccept all\nReject all\n\n\
Council approves a city-centre traffic charge\n\nThe city council voted on Tuesday night to bring in a daily \
traffic charge for most vehicles entering the city centre from next spring.\n\nTraders said the charge would drive \
shoppers to retail parks out of town.\n"
        );
        let v = run(&text);
        assert_eq!(reason(&v, "We, the Daily Wire"), Some(Reason::BeforeHeadline), "{v:#?}");
        assert_eq!(reason(&v, "Council approves"), None, "{v:#?}");
        let blocks = crate::blocks::split_blocks(&text);
        assert_eq!(
            find_title(&blocks).map(|i| &*blocks[i].text),
            Some("Council approves a city-centre traffic charge")
        );
        // The same banner in a French page, with its heading.
        let text = "Aller au contenu principal\n\nNous respectons votre vie privée\nAvec votre accord, nous et nos \
partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations \
personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement à tout moment en cliquant \
sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.\nAccepter et fermer\n\n\
Un incendie ravage un entrepôt à Vénissieux\n\nUn incendie a détruit un entrepôt de 6 000 m² dans la nuit \
de lundi à mardi, dans la zone industrielle de Vénissieux.\n";
        let blocks = crate::blocks::split_blocks(text);
        assert_eq!(find_title(&blocks).map(|i| &*blocks[i].text), Some("Un incendie ravage un entrepôt à Vénissieux"));
        // The skip link and the banner's heading are furniture wherever they stand.
        assert!(furniture("Aller au contenu principal") && furniture("Zum Inhalt springen"));
        assert!(furniture("Nous respectons votre vie privée"));
    }

    #[test]
    fn a_sites_name_over_bars_of_links_gives_way_to_the_headline() {
        let story = "A survey by the University of Tormes finds that hams in the valley's curing sheds now cure in \
ten months rather than twelve.\n\nThe survey's authors at the University of Tormes measured the sheds' warmth \
for six years.\n";
        // The name is the body the story names, so it shares two of the story's words; the bars of links
        // under it are a menu, set as a text browser sets one.
        let page = format!(
            "Skip to main content\nUniversity of Tormes\nStudents | Staff | Alumni | Library\n\
Study | Research | About | News and events\nHome › News › 2025\nPress release | 3 June 2025\n\
Hams cure faster in a warmer valley, survey finds\n\n{story}"
        );
        assert_eq!(title_of(&page).as_deref(), Some("Hams cure faster in a warmer valley, survey finds"));
        // A headline over its byline and date, then the page's share buttons: one bar under it is no menu.
        let page = format!(
            "Why Tormes hams taste different now\nBy Ana Ruiz | 3 June 2025\nShare | Email | Print\n\
Hams cure faster in a warmer valley, survey of curing sheds finds\n\n{story}"
        );
        assert_eq!(title_of(&page).as_deref(), Some("Why Tormes hams taste different now"));
    }

    #[test]
    fn a_headline_by_its_dated_line_beats_a_stations_name() {
        let story = "Wegen der Hitze darf im Landkreis Haldenau ab Donnerstag kein Leitungswasser mehr für Rasen \
und Pools verwendet werden.\n\nDer Verband in Haldenau nennt den hohen Verbrauch an heißen Tagen als Grund.\n";
        // The station's name shares the district's name with the story; the headline has the date of its
        // posting over it.
        let page = format!(
            "Radio Haldenau 98,4\nDie besten Hits und alles aus dem Kreis\n▶ JETZT LIVE HÖREN\n\n\
Startseite | Nachrichten | Verkehr | Wetter\n\nLokalnachrichten\n15.07.2025, 14:05 Uhr\n\
Hitze in Haldenau: Ab Donnerstag kein Wasser mehr für Rasen und Pools\n\n{story}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Hitze in Haldenau: Ab Donnerstag kein Wasser mehr für Rasen und Pools")
        );
        // A time alone is no such mark: a live report's entries and a ticker's items have theirs.
        assert!(crate::blocks::dated_line("Stand: 15.07.2025 16:42 Uhr"));
        assert!(!crate::blocks::dated_line("14:05") && !crate::blocks::dated_line("Updated 14 minutes ago"));
    }

    #[test]
    fn a_headline_under_its_sections_label_and_over_its_day_of_posting_beats_a_broadcasters_name() {
        let story = "The ferry between Carrigmoyle and the island will run again from Friday after crews voted \
to end their strike.\n\nThe operator said the first crossing would leave Carrigmoyle at seven.\n";
        // The broadcaster's name in capitals over its menu; the headline under its section's label, the day
        // it was posted under it, without the year.
        let page = format!(
            "Skip to content\nRIVERSIDE 4 NEWS\nWatch Live\nHome  UK  World  Business  Politics  Sport\nTravel\n\n\
Island ferry to run again from Friday as crews end strike\n\nPublished 18 March\nUpdated 2 hours ago\nShare\n\n{story}"
        );
        assert_eq!(title_of(&page).as_deref(), Some("Island ferry to run again from Friday as crews end strike"));
        assert!(crate::blocks::dated_line("Published 18 March") && crate::blocks::dated_line("Updated 3 June"));
        assert!(!crate::blocks::dated_line("Posted at 14:32"));
    }

    #[test]
    fn a_sites_name_over_two_links_in_a_bar_gives_way_to_the_headline() {
        // The paper's name is in its own story ("told the Harbour Courant"); its account links and its
        // sections are the menu under it.
        let page = "The Harbour Courant\nSubscribe | Sign in\nNews | Politics | Business | Sport | Opinion\n\
Premium\nMain Street in Carrigmoyle to stay car-free after council vote\n\nThe council in Carrigmoyle voted on \
Monday to keep cars off Main Street for good after a trial of fourteen months.\n\nA trader on Main Street told \
the Harbour Courant that takings had fallen since the council closed the street to cars.\n";
        assert_eq!(title_of(page).as_deref(), Some("Main Street in Carrigmoyle to stay car-free after council vote"));
    }

    #[test]
    fn a_stations_name_over_its_menu_and_its_player_gives_way_to_the_headline() {
        let blocks = crate::blocks::split_blocks(
            "Halvorsen Sound 98.4 FM\nListen Live | Schedule | News | Sport | Podcasts\n\
Now playing: Weekend Breakfast with Tash Morley\n\nSport › Sunday Sport Review\n\n\
Halvorsen United's cup final: \"Nobody deserved it more\"\nForty-one years after their last major trophy, \
Halvorsen United are cup winners, and our reporter heard from the fans at Redcliff Park.\n\n\
The fans of Halvorsen United sang long after the final whistle at Redcliff Park on Saturday.\n",
        );
        assert_eq!(
            find_title(&blocks).map(|i| &*blocks[i].text),
            Some("Halvorsen United's cup final: \"Nobody deserved it more\"")
        );
    }

    #[test]
    fn a_headline_of_short_sentences_over_its_byline_beats_a_blogs_motto() {
        let page = "Margins & Marmalade\nNotes on books, small towns and the occasional scone\nHome\nArchive\n\
About\nKelmouth bought its bookshop. Good. Now go and buy a book there.\nFiona Baird\n19 Feb 2025\n5 min read\n\
I have been a customer of the bookshop in Kelmouth for twenty years, so forgive me if I am not neutral about the \
town buying it.\nThe share offer to save the bookshop closed at £212,000, raised from 1,480 investors in Kelmouth \
and beyond.\n";
        assert_eq!(title_of(page).as_deref(), Some("Kelmouth bought its bookshop. Good. Now go and buy a book there."));
    }

    #[test]
    fn a_score_widget_is_not_the_headline() {
        let story = "Emre Kilicaslan came off the bench to curl in an 88th-minute winner and give Halvorsen United \
the Northmoor Cup against Kestrel Town at Redcliff Park.\n\nKestrel Town had led through Ashby-Crane before Strand \
levelled for Halvorsen United just before the hour.\n";
        // The score, its scorers and their minutes, then the report's headline under a label.
        let page = format!(
            "Northmoor Cup final · Redcliff Park · Att: 18,432\nFT\nHalvorsen United 2–1 Kestrel Town\nStrand 58', Kilicaslan 88'\n\
Ashby-Crane 23'\n\nMatch report\nKilicaslan ends five-month wait to win Northmoor Cup for Halvorsen\n{story}"
        );
        assert_eq!(
            title_of(&page).as_deref(),
            Some("Kilicaslan ends five-month wait to win Northmoor Cup for Halvorsen")
        );
        // The score alone over the report is its headline.
        let page = format!("Halvorsen United 2–1 Kestrel Town\n\n{story}");
        assert_eq!(title_of(&page).as_deref(), Some("Halvorsen United 2–1 Kestrel Town"));
    }

    #[test]
    fn a_bodys_name_that_opens_its_release_is_not_the_headline() {
        // A fire service's own page: its name over its menu, and again as the first words of its release.
        let page = "Skip to main content\n\nHarwick County Fire Rescue\nSearch this site\nHome\nStations\n\n\
News Release\nRelease No. 25-041\n\nFirefighters contain warehouse fire on Mill Road; evacuation order lifted\n\n\
Harwick County Fire Rescue and partner agencies have contained a fire at a battery warehouse on Mill Road, and the \
evacuation order for the area was lifted at noon.\n\nThe first engine reached the warehouse on Mill Road at 4:22 \
a.m. and found heavy fire at the back of the building.\n";
        assert_eq!(
            title_of(page).as_deref(),
            Some("Firefighters contain warehouse fire on Mill Road; evacuation order lifted")
        );
        // A headline whose first words open the story's lead stays the headline.
        let page = "Harbour Blaze Contained\n\nHarbour blaze contained after crews worked through the night, the \
fire service said on Tuesday morning.\n\nThe harbour fire started in a warehouse of batteries on Mill Road.\n";
        assert_eq!(title_of(page).as_deref(), Some("Harbour Blaze Contained"));
        // A body's name over its own statement, and over its second name, gives way to the headline.
        let page = "Harwick Healthcare Group
Harwick Mill Road Hospital
12 Quay Street, Harwick

MEDIA STATEMENT

Mill Road Hospital stays open during the water outage on its own reserve tanks

Mill Road Hospital will stay open during the water outage, using its own reserve tanks and water brought in by tanker, the Harwick Healthcare Group said.

The hospital's reserve tanks hold enough water for three days of normal use.
";
        assert_eq!(
            title_of(page).as_deref(),
            Some("Mill Road Hospital stays open during the water outage on its own reserve tanks")
        );
        // A headline that ends in a body's name, with no later line that sums up the story better, stays.
        let page = "Strike called off at the Harbour Authority

The strike at the Harbour Authority was called off on Tuesday after talks between the union and the board.

Ferries ran on time on Wednesday.
";
        assert_eq!(title_of(page).as_deref(), Some("Strike called off at the Harbour Authority"));
        // The release may name the body after an article: "The Harwick … Agency (HCEMA) is …".
        let page = "Skip to main content\nHarwick County Emergency Management Agency\nHome | About us | Alerts | \
Contact\n\nPress briefing: Mill Road warehouse fire and evacuation in Harwick\nIssued: Tuesday 14 May, 11:30\n\n\
The Harwick County Emergency Management Agency (HCEMA) is coordinating the response to the warehouse fire on Mill \
Road in Harwick, where an evacuation order was lifted at noon.\n\nThe fire at the Mill Road warehouse started \
shortly before 4am, and the evacuation of Harwick's riverside streets followed within the hour.\n";
        assert_eq!(
            title_of(page).as_deref(),
            Some("Press briefing: Mill Road warehouse fire and evacuation in Harwick")
        );
    }

    #[test]
    fn a_cookie_banners_heading_an_edition_and_a_reprints_note_are_no_headline() {
        let story = "Vrachtschip ramt brug\n\nEen vrachtschip is dinsdagochtend tegen de brug over de rivier \
gevaren, waardoor de brug zeker zes weken dicht blijft voor al het verkeer.\n";
        let page = format!(
            "Omroep Vliedal gebruikt cookies\nWij en onze partners gebruiken cookies om de website goed te laten \
werken.\nAkkoord\n\n{story}"
        );
        assert_eq!(title_of(&page).as_deref(), Some("Vrachtschip ramt brug"));
        for heading in ["The Gazette uses cookies", "Omroep Vliedal gebruikt cookies", "Ten serwis używa plików cookie"]
        {
            assert!(furniture(heading), "{heading}");
        }
        assert!(!furniture("The regulator found that the site uses cookies to follow readers across the web."));
        assert!(furniture("Wij en onze partners gebruiken cookies om de website goed te laten werken."));
        assert!(furniture("This site uses cookies. Continue browsing if you are happy with this, or find out more."));
        // A newspaper's copy of its printed pages, named over them, with the day's date under the name.
        let page = "Fenwick County Ledger e-Edition\nWednesday, June 11, 2025\nSections\nPage A1\n\
Battery fire forces residents indoors\nBy RACHEL DUNMORE\nA battery fire at a recycling warehouse on Tanner \
Road kept residents of Fenwick County indoors for nine hours on Tuesday, the county said.\n";
        assert_eq!(title_of(page).as_deref(), Some("Battery fire forces residents indoors"));
        // A reprint's note above the headline reads as prose: taken for the story's lead, it put the
        // headline under it out of reach.
        let page = "Clean Tideline Alliance\nKeeping our shores clear of plastic since 2009\nPrint this page\n\
This article first appeared in The Maritime Ledger and is reproduced on our website with the publisher's \
permission.\nMonday 7 October 2024\nBoots on the beach: shipping line to pay for clean-up of Revsted Strand\n\
By Peter Lindholm\nVolunteers of the Clean Tideline Alliance gathered thousands of rubber boots on Revsted \
Strand on Sunday, and the shipping line said it would pay for the clean-up.\n";
        assert_eq!(
            title_of(page).as_deref(),
            Some("Boots on the beach: shipping line to pay for clean-up of Revsted Strand")
        );
        assert!(!furniture("The boots first appeared in the water off Revsted Strand on Saturday morning."));
    }

    #[test]
    fn a_point_under_a_summarys_heading_is_not_the_headline() {
        // A live report's headline under its section's labels, and its key points, which share more of
        // the entries' words than it does.
        let text = "Meridian24\nSign in | Subscribe | Listen\nWatch live | Europe | World | Business\nEurope\nLIVE\n\
Lake ferry aground: all passengers brought ashore after fog rescue\nUpdated 22:18 CEST, Saturday 16 August\n\n\
Key points\nA passenger ferry, the Liselotte, ran aground in dense fog near the island of Werth on Saturday \
evening\nThe four crew of the Liselotte are safe, police said\nThree people are being treated for minor injuries\n\n\
Pinned\n22:18 CEST\nThe Liselotte is still stuck near the island of Werth, in dense fog, police said on Saturday \
evening.\nShare this post\n\n21:10 CEST\nThe passenger ferry Liselotte had sailed from Werth island on Saturday \
evening before the dense fog came down.\nShare this post\n\n20:32 CEST\nPolice say the Liselotte ran aground near \
Werth island in dense fog on Saturday evening.\nShare this post\n";
        let blocks = crate::blocks::split_blocks(text);
        assert_eq!(
            find_title(&blocks).map(|i| &*blocks[i].text),
            Some("Lake ferry aground: all passengers brought ashore after fog rescue")
        );
    }

    #[test]
    fn a_numbered_caption_and_a_wire_credit_are_furniture() {
        assert!(furniture(
            "[1/2] A delivery truck is seen outside the company's bakery in Wakefield, Britain, March 3, 2026."
        ));
        assert!(furniture("[12/14] Rescuers search the rubble"));
        assert!(furniture("With files from The Canadian Press."));
        // Brackets that are no count open story sentences too.
        assert!(!furniture("[The mayor] said the bridge would reopen on Monday after repairs."));
        assert!(!furniture("[1/2 of the town] was flooded on Monday, the council said."));
    }

    #[test]
    fn consent_banners_skip_links_and_credits_in_other_shapes_are_furniture() {
        // The advertising framework's notice, short enough to be asked only for phrases found anywhere.
        assert!(furniture(
            "We and our 843 partners store and access information on your device. Click \"I Accept\" to consent."
        ));
        // A Spanish banner: "we use cookies" and "if you go on browsing, you accept".
        assert!(furniture(
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso."
        ));
        assert!(furniture("Ir al contenido") && furniture("Síguenos en Google News") && furniture("Lesezeit: 3 Min."));
        // A Romanian banner, a Romanian link to another story, and a picture's credit in Norwegian.
        assert!(furniture(
            "Acest site folosește cookie-uri pentru a vă oferi o experiență cât mai bună. Continuând navigarea, sunteți de acord cu politica noastră de cookie-uri."
        ));
        assert!(furniture("Citește și: Cum te pregătești pentru un cutremur"));
        // A media player's labels.
        for line in [
            "▶ Écouter le reportage (2 min 14 s)",
            "Audio herunterladen (2 MB | MP3)",
            "Video: Hitze in Haldenau – Freibäder melden Besucherrekord (1:48 Min.)",
        ] {
            assert!(furniture(line), "{line}");
        }
        for line in ["The ferry was late (by 12 min)", "Fares rose (to 4.90)", "The study (2019)", "Seats won (14)"] {
            assert!(!is_player_line(line), "{line}");
        }
        assert!(furniture("Foto: Tomas Brekkeland / Universitetet i Halvorsund"));
        assert!(furniture(
            "Wir und unsere 843 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu."
        ));
        assert!(furniture("Noi e i nostri 843 partner archiviamo e/o accediamo a informazioni su un dispositivo."));
        assert!(furniture("Get in touch") && furniture("You can contact us by emailing news@example.org."));
        assert!(!furniture("Officials said they would get in touch with every family by Friday."));
        // A caption's credit after it without a colon, the outlet and the photographer apart by a slash.
        assert!(furniture(
            "Les flammes étaient visibles à plusieurs kilomètres. Photo Le Courrier du Rhône / Éric Dumas"
        ));
        // A story's sentences in the same words are not.
        assert!(!furniture(
            "Regulators said websites that store and share browsing data without asking must now pay fines."
        ));
        assert!(!furniture("Les pompiers ont pris une photo du bâtiment. Photo et vidéo circulent depuis."));
        // A banner's heading and buttons, and its notice, in English and German.
        for line in [
            "Cookies on the Harbour Gazette",
            "Accept additional cookies",
            "Wir brauchen Ihre Zustimmung",
            "Tu privacidad es importante para nosotros",
            "Vai alla navigazione",
        ] {
            assert!(furniture(line), "{line}");
        }
        assert!(furniture(
            "We use some essential cookies to make this website work. We'd like to set additional cookies to \
understand how you use the Harbour Gazette, remember your settings and improve our services."
        ));
        assert!(furniture(
            "Wir und unsere 187 Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales \
Nutzungserlebnis zu bieten, Inhalte und Anzeigen zu personalisieren und die Reichweite zu messen. Ihre Einwilligung \
können Sie jederzeit unter „Datenschutz-Einstellungen“ am Seitenende widerrufen."
        ));
        assert!(!furniture("Cookies on sale at the harbour fair were gone within an hour, the organisers said."));
        // The same in Polish and Dutch pages.
        assert!(furniture(
            "Twoja prywatność jest dla nas ważna. Wraz z naszymi 812 partnerami przetwarzamy dane osobowe w celach \
marketingowych."
        ));
        assert!(furniture("Wij gebruiken cookies om de site te verbeteren en advertenties te tonen. Lees meer."));
        // A government site's banner, a reading app's link, a forum's control.
        for line in [
            "An official website of the United States government",
            "Open in app",
            "Click to expand...",
            "Select Language ▼",
        ] {
            assert!(furniture(line), "{line}");
        }
        assert!(!furniture("The official website of the festival crashed within minutes of tickets going on sale."));
        // Links to other stories and advertisements' labels in Dutch, Swedish, Polish and Czech pages.
        for line in [
            "Lees ook: Dit zijn de busroutes die donderdag wél rijden",
            "Läs även: Så skyddar du dig mot nätfiske",
            "Zobacz także: Kradzież w muzeum w Gnieźnie",
            "Čtěte také: Zloději vykradli muzeum v Brně",
            "Support local journalism. Become a member today from just £1 a month.",
            "Enjoyed this article? Share it with your friends and help us reach more readers.",
            "Thank you for reading. Our journalism relies on readers like you: donate from £3 today.",
            "Reklama",
            "ANNONS",
        ] {
            assert!(furniture(line), "{line}");
        }
    }

    #[test]
    fn every_phrase_alone_is_found_and_a_story_sentence_holds_none() {
        let story = "The ferry service resumed on Friday after a two-week strike by crews ended, the operator said.";
        assert!(!holds_furniture_phrase(story.as_bytes()));
        for phrase in COPYRIGHT_SIGNS.iter().chain(ANYWHERE).chain(WIRE_CREDITS).chain(PAYWALL_NOTICES) {
            assert!(holds_furniture_phrase(format!("see {phrase} here").as_bytes()), "{phrase}");
        }
    }

    #[test]
    fn comment_threads_in_other_languages_are_comments() {
        assert!(heads_comments("Commentaires (4)") && heads_comments("12 Kommentare") && heads_comments("Comentarios"));
        assert!(is_thread_line("Lyonnais69 - il y a 3 heures") && is_thread_line("Marie-Claude B. – il y a 2 heures"));
        assert!(is_thread_line("Hans_K · vor 3 Stunden") && is_thread_line("pepe77 | hace 2 horas"));
        assert!(is_thread_line("Jan_uit_Velp · 2 uur geleden") && is_thread_line("Marco R. · 3 ore fa"));
        assert!(is_thread_line("kasia88 · 5 godzin temu") && is_thread_line("Zé Carlos · há 2 horas"));
        assert!(is_thread_line("Lasse · för 4 timmar sedan") && is_thread_line("Mette H. · for 2 timer siden"));
        // A commenter with a place, and a comment's rating buttons.
        assert!(is_thread_line("Carol1962, Devon, 3 hours ago") && is_thread_line("Click to rate 112 54"));
        assert!(is_thread_line("Marguerite L. — March 12, 2025 at 4:12 pm"));
        assert!(!is_thread_line("The bridge — closed on March 12, 2025 — reopens."));
        assert!(!is_thread_line("The bridge shut at noon, 3 hours ago.") && !is_thread_line("Leeds, Devon and Kent"));
        // A character wider than a byte where a time could stand ("3h") is no time, and no panic.
        assert!(!is_thread_line("Carol, “") && !is_thread_line("Carol, ã"));
        // A dash in a story's line is no commenter's.
        assert!(!is_thread_line("Kim Jong Un - a leader who rarely travels abroad, arrived by train."));
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Commentaires (2)\n\nLyonnais69 - il y a 3 heures\nEncore une grève, et toujours les mêmes qui paient.\n\nRépondre\n",
        ));
        assert_eq!(reason(&v, "Encore une grève"), Some(Reason::Comments), "{v:#?}");
    }

    #[test]
    fn a_date_and_credit_line_under_the_headline_is_furniture() {
        let v = run("Caldwell Foods to close Wakefield bakery\n03 March 2026 By FoodTrade Weekly staff\n\n\
Caldwell Foods is to close its Wakefield bakery by the end of September, putting 420 jobs at risk.\n");
        assert_eq!(reason(&v, "03 March 2026"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Caldwell Foods is to close"), None, "{v:#?}");
    }

    #[test]
    fn a_paywall_ends_the_copy_of_the_story() {
        let story = "Ferry service to the island resumes\n\nThe ferry service to the island resumed on Friday after a \
strike that lasted two weeks.\n\nPassengers on the first crossing said the strike had cost the island dearly.\n\n";
        let offer = "Subscribe to continue reading\n\nYou've read 3 of 3 free articles this month.\n\n\
Get unlimited digital access for just £1 for your first 3 months. Cancel anytime.\n";
        let v = run(&format!("{story}{offer}"));
        assert_eq!(reason(&v, "You've read"), Some(Reason::AfterStory), "{v:#?}");
        assert_eq!(reason(&v, "Get unlimited"), Some(Reason::AfterStory), "{v:#?}");
        assert_eq!(reason(&v, "Passengers on the first"), None, "{v:#?}");
        // A notice set between the story's paragraphs, the story going on after it, ends nothing.
        let more = "The operator said it would add two crossings a day from Monday to clear the backlog of freight \
and cars that built up on both sides of the water during the strike.\n";
        let v = run(&format!("{story}{offer}\n{more}"));
        assert_eq!(reason(&v, "The operator said"), None, "{v:#?}");
        assert_eq!(reason(&v, "You've read"), None, "{v:#?}");
        // So does a story written a sentence a line that goes on under the box, none of its lines a
        // paragraph's length.
        let lines = "The operator said it would add two crossings a day from Monday.\n\
Freight drivers had queued at the quay for most of the strike.\nThe island's council said shops had run short of \
fresh food by the second week.\n";
        let v = run(&format!("{story}{offer}\n{lines}"));
        for line in ["The operator said", "Freight drivers", "The island's council"] {
            assert_eq!(reason(&v, line), None, "{line}: {v:#?}");
        }
        // Two sentences under the box may be its offer: the story does not go on.
        let two = "The operator said it would add two crossings a day from Monday.\n\
Freight drivers had queued at the quay for most of the strike.\n";
        let v = run(&format!("{story}{offer}\n{two}"));
        assert_eq!(reason(&v, "Freight drivers"), Some(Reason::AfterStory), "{v:#?}");
        // The same notice in a French page, and a subscriber's thanks in German and Swedish ones.
        let offer = "Vous avez lu 3 articles gratuits ce mois-ci. Abonnez-vous dès 1 € le premier mois.\n\n\
Profitez de tous nos contenus en illimité.\n";
        let v = run(&format!("{story}{offer}"));
        assert_eq!(reason(&v, "Vous avez lu"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Profitez"), Some(Reason::AfterStory), "{v:#?}");
        for note in [
            "Sie lesen diesen Artikel mit Ihrem HT Plus-Abo. Vielen Dank, dass Sie Lokaljournalismus unterstützen!",
            "Inte prenumerant? Läs allt från Posten för 1 kr första månaden.",
        ] {
            assert!(furniture(note), "{note}");
        }
        assert!(!furniture("Der Verein hat 400 Mitglieder, sagte die Sprecherin am Sonntag."));
        // A Danish page's notice that the story is for subscribers.
        assert!(furniture("Denne artikel er forbeholdt abonnenter"));
        // A Vietnamese page's notice, and the note at its foot that a copy must name its source; a story's
        // sentence about a club's members is neither.
        for note in [
            "Nội dung này dành riêng cho Hội viên Sông Lam+",
            "Bạn đã là Hội viên? Đăng nhập",
            "Ghi rõ nguồn “Báo Sông Lam” khi phát hành lại thông tin từ website này.",
        ] {
            assert!(furniture(note), "{note}");
        }
        assert!(!furniture("Câu lạc bộ có 400 hội viên, người phát ngôn cho biết hôm Chủ nhật."));
        // A premium story's copy that stops at its notice.
        let offer = "This article is only available to subscribers\n\nSubscribe to the Post for unlimited access to \
our journalism, the daily ePaper and our archive back to 1859.\n";
        let v = run(&format!("{story}{offer}"));
        assert_eq!(reason(&v, "This article is only"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Subscribe to the Post"), Some(Reason::AfterStory), "{v:#?}");
        // The paragraph the notice cuts off mid-sentence is the story's.
        let cut = "The operator said it would add two crossings a day from Monday, and the island's council has already begun to";
        let v = run(&format!(
            "{story}Crews said the two weeks of the strike had been the hardest of their working lives on the \
ferry.\n\n{cut}\n\nCet article est réservé aux abonnés. Il vous reste 60 % à découvrir.\n\nVoir les offres\n"
        ));
        assert_eq!(reason(&v, "The operator said"), None, "{v:#?}");
    }

    #[test]
    fn a_research_pages_sources_after_the_story_are_set_aside() {
        let v = run(&ferry(
            "Story Source:\n\nMaterials provided by Harbour University. Note: Content may be edited for style.\n\n\
References:\n\n1. Harlow, P., & Eng, T. (2019). Ferry crews and island trade. Island Studies, 8(2), 44–59. \
https://doi.org/10.5511/is.2019.0088\n\nCite This Page:\n\nMLA\n\nAPA\n",
        ));
        for line in ["Story Source", "Materials provided", "References", "1. Harlow", "MLA"] {
            assert_ne!(reason(&v, line), None, "{line}: {v:#?}");
        }
        assert_eq!(reason(&v, "The operator said"), None, "{v:#?}");
        assert!(heads_sources("Journal Reference:") && heads_sources("REFERENCES"));
        assert!(!heads_sources("References to the strike were made in parliament"));
    }

    #[test]
    fn a_bio_right_after_the_story_is_not_story() {
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Maria Lopez is our transport correspondent in the north of the country.\n",
        ));
        assert_eq!(reason(&v, "Maria Lopez"), Some(Reason::AfterStory), "{v:#?}");
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Captain Ali Khan is the longest-serving master on the route.\n",
        ));
        assert_eq!(reason(&v, "Captain Ali Khan"), None, "{v:#?}");
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Maria Lopez has covered the island for the paper since 2009.\n",
        ));
        assert_eq!(reason(&v, "Maria Lopez"), Some(Reason::AfterStory), "{v:#?}");
        // A long bio, its career after the job.
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Maria Lopez is a senior reporter at the Gazette, where she writes about transport, the islands and the sea. Before \
joining the paper in 2019 she spent eight years as a ferry deckhand on routes in the north and worked on the \
harbour's own newsletter for its fishing fleet. She has written for a number of magazines and is the author of a \
short history of the island's boats. She lives on the island with her husband and two cats.\n\n\
Topics\n\nFerries\n\nThe Gazette is published by Island Boats Media Ltd.\n",
        ));
        assert_eq!(reason(&v, "Maria Lopez"), Some(Reason::AfterStory), "{v:#?}");
        // The bio's words do not vouch for the footer under it.
        assert_eq!(reason(&v, "The Gazette is published"), Some(Reason::AfterStory), "{v:#?}");
        // A bio that says what it is in its first words, with the paper's desk for a writer.
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.

About the writer: The Island Gazette's transport desk covers the ferries and the harbour.
",
        ));
        assert_eq!(reason(&v, "About the writer"), Some(Reason::AfterStory), "{v:#?}");
        // A paragraph that opens with "About" is no bio for that.
        let v = run(&ferry(
            "Passengers on the first crossing said the strike had cost the island dearly over the two weeks.

About the strike: crews said the island's ferries had been short of staff for two years.
",
        ));
        assert_eq!(reason(&v, "About the strike"), None, "{v:#?}");
    }

    #[test]
    fn a_figure_with_its_label_is_story_and_a_readers_counter_is_not() {
        // A page's counters sit by the byline; a fact box's rows, and a match's attendance, in the story.
        let v = run("Ferry service to the island resumes\n\nViews: 1,204\n\nLikes: 58\n\n\
The ferry service to the island resumed on Friday after a two-week strike by crews ended.\n\n\
Deaths: 0\n\nInjured: 4\n\nTurnout: 61%\n\n\
The crews voted to return to work on Thursday evening, the union said.\n\nAttendance: 24,312\n\n\
Final score: 3-1\n\n\
The operator said the first crossing left the harbour at six in the morning with forty passengers.\n");
        for story in ["Attendance", "Final score", "Deaths", "Injured", "Turnout"] {
            assert_eq!(reason(&v, story), None, "{story}: {v:#?}");
        }
        assert_eq!(reason(&v, "Views"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Likes"), Some(Reason::PageFurniture), "{v:#?}");
        // Labels without a figure stay labels, and a figure without a label is no labelled figure.
        assert_eq!(labelled_figure("Sport: football"), None);
        assert_eq!(labelled_figure("Page 2: 12"), None);
        assert_eq!(labelled_figure("12:30"), None);
        assert_eq!(labelled_figure("Price: $4.99"), Some(Figure::Stated));
        // A page's reading time has the shape too, and its words mark it.
        let v = run(&ferry("Read time: 3 min\n\nReading time: 4 minutes\n"));
        assert_eq!(reason(&v, "Read time"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Reading time"), Some(Reason::PageFurniture), "{v:#?}");
        let v = run(&ferry("Reading time for the harbour bill was extended by a week, the council said.\n"));
        assert_eq!(reason(&v, "Reading time"), None, "{v:#?}");
    }

    #[test]
    fn a_promotion_after_the_story_is_furniture() {
        let v = run(&ferry(
            "Passengers welcomed the news, the operator said.\n\n\
Get your island ferry pass now at the harbour shop.\n\nDownload the official ferry app for live sailing times.\n",
        ));
        assert_eq!(reason(&v, "Get your"), Some(Reason::PageFurniture), "{v:#?}");
        assert_eq!(reason(&v, "Download the"), Some(Reason::PageFurniture), "{v:#?}");
        let v = run(&ferry("Download speeds on the island fell by half after the storm, the operator said.\n"));
        assert_eq!(reason(&v, "Download speeds"), None, "{v:#?}");
    }

    #[test]
    fn a_story_sentence_with_furniture_words_stays() {
        let text = "Title of the story here\n\nShare prices fell sharply on Monday after the bank said it would read more of the report before deciding.\n";
        assert!(run(text).iter().all(|(_, r)| r.is_none()));
        // Short sentences that open with a word furniture uses too.
        let v = run(&ferry(
            "\
Share prices fell 5% in early trading.\n\n\
Print sales of the ferry timetable have fallen for a decade.\n\n\
Comments from the operator were brief.\n\n\
Email alerts went out to passengers before dawn, the operator said.\n\n\
Related costs will reach four million pounds, the council said.\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Share this article\n\n\
Comments (12)\n\n\
Lesen Sie auch: Fähre nach Sylt fällt aus\n",
        ));
        for story in ["Share prices", "Print sales", "Comments from", "Email alerts", "Related costs"] {
            assert_eq!(reason(&v, story), None, "{v:#?}");
        }
        for furniture in ["Share this", "Comments (12)", "Lesen Sie"] {
            assert_eq!(reason(&v, furniture), Some(Reason::PageFurniture), "{v:#?}");
        }
        // A dash after the word labels the line, as a colon does, however it ends.
        assert!(furniture("ADVERTISEMENT – Earn £500 a day from home!"));
        assert!(furniture("Advertisement — Save 40% on your first order today."));
        assert!(!furniture("Comments from the operator were brief, the council said."));
    }

    #[test]
    fn a_repeated_headline_is_marked() {
        let v = run(
            "A headline for the story\n\nSection\n\nA headline for the story\n\nThe story begins here with a sentence.\n",
        );
        assert_eq!(v[2].1, Some(Reason::Repeated));
        assert_eq!(v[1].1, Some(Reason::Label));
    }

    #[test]
    fn furniture_words_of_pages_in_other_scripts_are_known() {
        for line in [
            "Перейти до основного вмісту",
            "Теги: #лікарня #здоров'я #діти",
            "عاجل | ارتفاع أسعار الذهب إلى مستوى قياسي جديد",
            "BREAKING: Storm closes the coastal road at Kelby",
            "Última hora: cortada la carretera de la costa",
            "मुख्य सामग्री पर जाएं",
            "דלג לתוכן",
            "Читайте также: Почему трубы рвутся именно в сильный мороз",
            "Прочетете още: Опашки от по 3 часа на границата през уикенда",
            "Διαβάστε επίσης",
            "اقرأ أيضاً: المغرب يطلق مناقصة لأكبر مزرعة رياح في تاريخه",
            "بیشتر بخوانید: ۱۰ راه ساده برای صرفه‌جویی در مصرف آب خانه",
            "यह भी पढ़ें: बिजली बिल के नाम पर ठगी, बुजुर्ग के खाते से उड़ाए 2 लाख",
            "Фото: Оксана Литвин / Вишнегір.info",
            "Снимка: Областна администрация – Кременска област",
            "Φωτογραφία: Κυπριακό Κέντρο Θαλάσσιας Αρχαιολογίας",
            "Αμφορείς στον βυθό, όπως τους κατέγραψε το όχημα. (Φωτ.: Ινστιτούτο Ενάλιων Ερευνών)",
            "سپهری‌نیا در نشست خبری امروز / عکس: آرشیو",
            "צילום: יוסי אלמוג | בית החולים נווה ארזים. הצוותים חזרו לעבוד עם עט ונייר",
            "Реклама",
            "Αυτό το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.",
            "Σεβόμαστε την ιδιωτικότητά σας",
        ] {
            assert!(furniture(line), "{line}");
        }
        // The same words in a story's sentences.
        for line in [
            "Фото с места аварии опубликовала пресс-служба мэрии.",
            "Реклама алкоголя на телевидении запрещена с 2012 года.",
            "Читайте внимательно инструкцию, сказали в администрации.",
            "Η φωτογραφία τραβήχτηκε το πρωί της Δευτέρας από δύτες.",
            "Breaking the deadlock took the council six hours.",
        ] {
            assert!(!furniture(line), "{line}");
        }
        assert!(crate::blocks::looks_like_share_bar("Поділитися:  Facebook  Telegram  Viber  X  Копіювати посилання"));
        assert!(is_credit_word("ФОТО") && is_credit_word("Φωτογραφία") && !is_credit_word("Фотограф"));
        assert!(is_paywall_notice("Этот материал доступен только для подписчиков."));
        assert!(!is_paywall_notice("Σεβόμαστε την ιδιωτικότητά σας") && furniture("Σεβόμαστε την ιδιωτικότητά σας"));
        assert!(OTHER_SCRIPT_PHRASES[..OTHER_SCRIPT_PAYWALL].iter().all(|p| is_paywall_notice(p)));
    }

    #[test]
    fn furniture_words_of_thai_vietnamese_indonesian_and_bengali_pages_are_known() {
        for line in [
            "ข้ามไปยังเนื้อหาหลัก",
            "อ่านข่าวที่เกี่ยวข้อง : กรมอุตุฯ เตือน 25 จังหวัดรับมือฝนตกหนักถึง 20 ก.ย.",
            "ภาพ: ทีมข่าวภูมิภาค ข่าวสยามรายวัน",
            "ภาพจาก เพจอาสากู้ภัยแม่ลานคำ",
            "เราใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดแก่คุณ",
            "Đọc thêm: Hòa Lâm đề xuất nâng cấp quốc lộ nối khu công nghiệp với cảng biển",
            "Các đại biểu cắt băng thông xe cầu Tân Hà. Ảnh: Hoàng Yến",
            "Từ khóa: cầu Tân Hà, Hòa Lâm, thông xe",
            "Thời gian đọc: 6 phút",
            "Baca Juga: Pasar Tradisional Rawan Terbakar, Pemprov Minta Audit Instalasi Listrik",
            "FOTO: Pedagang mengais sisa barang dagangan di Blok C. (Kabar Parahyangan/Rizal Fauzi)",
            "আরও পড়ুন: অনলাইন জুয়া ও প্রতারণা: তিন মাসে সারা দেশে গ্রেপ্তার ৩১২",
            "Foto Vigili del fuoco",
            "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน อ่านเพิ่มเติมที่ นโยบายคุกกี้",
            "SCROLL TO CONTINUE WITH CONTENT",
            "মন্তব্য যোগ করুন...",
            "SOMA PIA: Serikali yatenga Sh bilioni 12 kwa ajili ya vivuko vipya",
            "Abiria wakishushwa katika bandari ya Nyakabusi alfajiri ya Jumapili. PICHA | MWANGAZA LEO",
            "Wavuvi wakiwa na boti zao katika bandari (Picha kwa hisani ya msomaji wetu)",
            "Lebo: AJALI, HABARI, ZIWA VICTORIA",
            "இதையும் படிக்க: நூற்பாலையில் தீ விபத்து",
            "อ่านเพิ่ม : เปิดพิกัดจุดรับบริจาคช่วยผู้ประสบภัย",
            "เขียนความคิดเห็น...",
            "Viết bình luận của bạn...",
            "Tin nóng: Khánh thành cầu Rạch Sậy ‖ Giá lúa Thu Đông tăng nhẹ",
        ] {
            assert!(furniture(line), "{line}");
        }
        // The same words in a story's sentences.
        for line in [
            "ภาพมุมสูงจากโดรนของทีมข่าวพบว่า ไร่ข้าวโพดและนาข้าวริมลำห้วยจมอยู่ใต้น้ำเป็นบริเวณกว้าง ขณะที่วัวและควายของ\
ชาวบ้านถูกน้ำพัดสูญหายไปอย่างน้อย 120 ตัว",
            "Ảnh hưởng của cây cầu tới giá đất ở Phước Lộc đã thấy rõ từ năm ngoái.",
            "Foto dan video kebakaran beredar luas di media sosial sejak subuh.",
        ] {
            assert!(!furniture(line), "{line}");
        }
        assert!(is_thread_line("Thích (12) · Trả lời") && is_thread_line("ถูกใจ 30 · ตอบกลับ"));
        assert!(is_thread_line("Balas") && is_thread_line("ลุงชม ชอบเที่ยว · 58 นาทีที่แล้ว"));
        assert!(is_thread_line("Trần Quang · 2 giờ trước") && is_thread_line("Rina · 2 jam yang lalu"));
        assert!(heads_comments("ความคิดเห็น (26)") && heads_comments("Bình luận (14)"));
        assert!(heads_comments("ความคิดเห็นทั้งหมด (26)") && !heads_comments("ความคิดเห็นของชาวบ้านแตกเป็นสองฝ่าย"));
        assert!(is_thread_line("↳ คนแม่ลานแท้ · 2 ชั่วโมงที่แล้ว") && is_thread_line("↳ ถูกใจ 41 · ตอบกลับ"));
        assert!(crate::blocks::looks_like_byline("โดย ทีมข่าวภูมิภาค ข่าวสยามรายวัน"));
        assert!(!crate::blocks::looks_like_byline(
            "โดย ผู้ว่าราชการจังหวัด ได้สั่งการให้ทุกอำเภอ เตรียมพร้อมรับมือ น้ำป่า ที่อาจเกิดขึ้นอีก"
        ));
        assert!(crate::blocks::looks_like_byline("Diposting oleh Kang Dedi Suherman"));
        assert!(crate::blocks::looks_like_dateline("เผยแพร่: 17 ก.ย. 2567 10:42 น. | ปรับปรุง: 17 ก.ย. 2567 15:10 น."));
    }

    #[test]
    fn comment_threads_in_other_scripts_are_known() {
        assert!(heads_comments("Коментари (14)") && heads_comments("Σχόλια") && heads_comments("תגובות (8)"));
        assert!(
            is_thread_line("Ответить · 👍 11") && is_thread_line("Ответить") && is_thread_line("Одговори | Пријави")
        );
        assert!(!is_thread_line("Ответить на вопрос мэр не смог."));
        assert!(is_thread_line("👍 37  👎 0  Відповісти"));
    }

    #[test]
    fn the_story_s_last_paragraph_over_the_credit_of_the_picture_above_it_is_the_story_s() {
        let lead = "В Новозаречске ночью прорвало магистральный трубопровод теплосети, и без отопления остались \
около сорока многоквартирных домов.";
        let more = "По данным городской администрации, без тепла остался сорок один жилой дом, в которых проживают \
около девяти тысяч человек, а также две школы и поликлиника.";
        // The credit at the story's foot, the count of views under it.
        let v = run(&format!(
            "Прорыв теплотрассы в Новозаречске\n\n{lead}\n\n{more}\n\nПрокуратура города начала проверку.\n\
Фото: пресс-служба администрации Новозаречска\nКоличество просмотров: 1 208\n"
        ));
        assert_eq!(reason(&v, "Прокуратура"), None, "{v:#?}");
        assert_eq!(reason(&v, "Фото:"), Some(Reason::PageFurniture), "{v:#?}");
        // The credit over its caption, in the story: the caption goes, the sentence above it stays.
        let v = run(&format!(
            "Прорыв теплотрассы в Новозаречске\n\n{lead}\n\nАвария произошла около 03:40 на улице Литейной.\n\
Фото: пресс-служба администрации\nЗатопленная улица Литейная утром 14 января\n\n{more}\n"
        ));
        assert_eq!(reason(&v, "Авария"), None, "{v:#?}");
        assert_eq!(reason(&v, "Затопленная"), Some(Reason::PageFurniture), "{v:#?}");
    }

    #[test]
    fn a_japanese_headline_is_told_from_the_site_s_name_by_its_date_of_posting() {
        let story = "青葉鉄道の山線がきょう、およそ1年ぶりに全線で運転を再開しました。沿線の駅では住民が小旗を振って\
一番列車を見送りました。\n\n山線は大雨で鉄橋が流され、運休が続いていました。青葉鉄道の社長は「地域の支えがあって再開できた」と\
話しました。\n";
        let headline = "青葉鉄道・山線が1年ぶり全線再開\u{3000}沿線の住民「やっと町が目を覚ました」";
        for date in ["3/16(日) 12:08配信", "2025年3月16日(日) 11:50 更新"] {
            let page =
                format!("ABC 青葉テレビ\n\nニュース\u{3000}天気\u{3000}番組表\n\n{headline}\n\n{date}\n\n{story}");
            assert_eq!(title_of(&page).as_deref(), Some(headline), "{date}");
        }
    }

    #[test]
    fn a_site_s_name_and_motto_give_way_to_the_headline_its_breadcrumb_repeats() {
        let headline = "Council approves Kelby bike lane network after marathon debate";
        let page = format!(
            "Radio Kelby 98.3 — Kelby's News & Talk\n\nShows · Podcasts · News · Traffic\n\n\
Home / Shows / Transcripts / {headline}\n\n{headline}\n\nKelby city council voted seven to four just after \
midnight to approve a network of protected bike lanes across the city.\n\nThe council debated the bike lane \
network for more than six hours before the vote.\n"
        );
        assert_eq!(title_of(&page).as_deref(), Some(headline));
    }

    #[test]
    fn a_menu_s_label_with_its_mark_is_furniture() {
        assert!(furniture("For Business ▾") && furniture("Sections ▼"));
        assert!(!furniture("The river fell ▼ two metres overnight, officials said."));
    }

    #[test]
    fn sponsors_codes_forum_credits_and_transcripts_notes_are_furniture() {
        for line in [
            "This episode is brought to you by Fernway Mattresses. Use code LABNOTES for 15% off at fernway.example.com.",
            "posted 5h ago by gridnerd_88",
            "Transcript (auto-generated, may contain errors)",
            "This transcript was generated automatically and edited for clarity.",
        ] {
            assert!(furniture(line), "{line}");
        }
        for line in [
            "Fares are 20% off at weekends, the operator said, and children travel free.",
            "The code was posted two days ago by the ministry.",
            "Transcripts of the hearing were released on Friday.",
        ] {
            assert!(!furniture(line), "{line}");
        }
    }

    #[test]
    fn a_browser_window_s_title_gives_way_to_the_headline_it_opens_with() {
        let headline = "Harbour bridge reopens after storm repairs: traffic back by Friday";
        let page = format!(
            "Harbour bridge reopens after storm repairs — The Kelby Gazette\n\nThe Kelby Gazette\n\n\
Home | News | Sport | Weather\n\n{headline}\n\nThe harbour bridge reopened to traffic on Monday after three weeks \
of storm repairs, the city council said.\n\nEngineers replaced two damaged cables on the bridge and resurfaced the \
eastern lanes.\n"
        );
        assert_eq!(title_of(&page).as_deref(), Some(headline));
    }

    #[test]
    fn a_site_s_name_and_motto_give_way_when_the_copyright_line_names_the_site() {
        let headline = "New north bridge in Kelby opens to traffic after two years of works";
        let page = format!(
            "Kelby.info — news of Kelby and its villages\n\nNews | Sport | Weather\n\n{headline}\n\n\
The new north bridge in Kelby opened to traffic on Monday after two years of works, the \
council said.\n\nThe bridge carries two lanes of traffic and a cycle path over the river.\n\n\
© 2012–2024 Kelby.info. All rights reserved.\n"
        );
        assert_eq!(title_of(&page).as_deref(), Some(headline));
    }

    #[test]
    fn captions_by_label_video_lengths_shop_calls_and_disclaimers_are_furniture() {
        // A broadcaster's caption label marks a caption however long it runs.
        for line in [
            "Image caption, Velmorin has been used for years to treat a rare liver disease in adults and children",
            "Media caption, “I feel like I've been given a second chance” – one trial participant tells the station",
        ] {
            assert!(furniture(line), "{line}");
        }
        assert!(furniture("Watch: The lead author explains what the trial found. Video, 00:01:42"));
        assert!(furniture("The ferry's last crossing in pictures. Duration 2:14"));
        assert!(!furniture("The first crossing left the harbour at 6:15"));
        assert!(furniture("Save 40% on your first order of Kelpo sugar-balance gummies – shop now »"));
        assert!(furniture("Island breaks from £99 a night. Book now ›"));
        assert!(!furniture("Residents were told to shop now, before prices rise."));
        assert!(furniture(
            ">> Check your own levels at home with the Glucomo monitor (£24.99 online) – affiliate link"
        ));
        assert!(furniture(
            "Disclaimer: this is not medical advice. Always talk to your doctor before changing your medication. \
             Some links on this page are affiliate links, which means we may earn a small commission at no cost to you."
        ));
        assert!(!furniture(
            "Disclosure of the files showed that the council had been warned about the bridge three times between \
             2019 and 2022, and that engineers had asked twice for it to be closed to lorries."
        ));
        // An advertiser's line over the headline is not the headline.
        let page = "ADVERTISEMENT\nSave 40% on your first order of Kelpo gummies – shop now »\n\n\
MIRACLE PILL SLASHES DIABETES RISK – and it costs just pennies\n\n\
A cheap pill taken once a day could spare thousands of people type 2 diabetes, scientists say.\n";
        assert_eq!(title_of(page).as_deref(), Some("MIRACLE PILL SLASHES DIABETES RISK – and it costs just pennies"));
    }

    #[test]
    fn an_advertisements_line_under_its_label_is_furniture_and_the_story_under_a_label_is_not() {
        let v = run(&ferry(
            "\
Advertisement\nLocal plumbers from £49 – call 01632 960 777 today\n\n\
Crews will vote on the new contract next month, the union said.\n\n\
ADVERTISEMENT\n\n\
Island crossings return to the timetable\n\n\
Passengers on the first crossing said the strike had cost the island dearly over the two weeks.\n\n\
Advertisement\n\n\
The operator said crews would be paid for the two weeks of the strike once the contract was signed.\n",
        ));
        assert_eq!(reason(&v, "Local plumbers"), Some(Reason::PageFurniture), "{v:#?}");
        // A subhead in the story's words, and a paragraph, under a label stay story.
        for story in ["Crews will vote", "Island crossings", "Passengers on", "The operator said crews"] {
            assert_eq!(reason(&v, story), None, "{v:#?}");
        }
    }

    #[test]
    fn a_teasers_heading_announces_the_titles_under_it_questions_too() {
        let v = run(&ferry(
            "Crews will vote on the new contract next month, the union said.\n\n\
More on this story\n\n\
What is a ferry strike and how long can it last?\n\n\
Published 2 February 2023\n\n\
Island crossings to rise in price next year\n",
        ));
        assert_eq!(reason(&v, "Crews will vote"), None, "{v:#?}");
        assert_eq!(reason(&v, "What is a ferry strike"), Some(Reason::LinkList), "{v:#?}");
        assert_eq!(reason(&v, "Island crossings"), Some(Reason::LinkList), "{v:#?}");
    }
}
