//! Benchmarks: one sample pair, and three generated pairs of ~2 MB reports (plain pseudo-words; news-like;
//! the same news-like text one sentence a paragraph, as wire copy is), each compared against git's and
//! dwdiff's word diffs in the same run, the commands taking turns.
//!
//! `cargo bench --bench pipeline`. Inputs come from a seeded generator and are written to a temporary
//! folder; nothing is committed. Peers that are not installed are skipped.

#[path = "../tests/common.rs"]
mod common;

use common::{Rng, sentence};
use criterion::{Criterion, black_box};
use pressdiff::{Article, Corpus, compare};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Sentences in the generated base report.
const SENTENCES: usize = 20_000;
/// Runs of the in-process comparison whose CPU time is reported.
const RUNS: usize = 5;

/// A base report of [`SENTENCES`] sentences in paragraphs of 1–6, and a copy that keeps most sentences,
/// rewords about one in ten, drops and adds a few, and moves 40 blocks of 5–30 sentences elsewhere.
fn generated_pair() -> (String, String) {
    let vocab = 8000;
    let reword = |s: &str, rng: &mut Rng| {
        let mut ws: Vec<String> = s.split(' ').map(str::to_string).collect();
        for _ in 0..1 + rng.below(2) {
            let at = rng.below(ws.len() - 1);
            ws[at] = common::word(vocab + rng.below(1000));
        }
        ws.join(" ")
    };
    let shape = Shape { seed: 2024, paragraph_seed: 99, longest_paragraph: 6 };
    shape.pair("Generated report of a long inquiry", |rng| sentence(rng, vocab), reword)
}

/// How a generated pair is made, whatever its sentences look like.
struct Shape {
    /// Seed of the sentences and of the changes.
    seed: u64,
    /// Seed of the paragraph breaks.
    paragraph_seed: u64,
    /// Most sentences in a paragraph.
    longest_paragraph: usize,
}

impl Shape {
    /// A title, then a base report of [`SENTENCES`] sentences made by `sentence`; and a copy that keeps most
    /// sentences, rewords about one in ten with `reword`, drops about 3%, adds about 3% (each after a kept
    /// sentence), and moves 40 blocks of 5–30 sentences elsewhere. Both in paragraphs of 1 to
    /// `longest_paragraph` sentences, drawn independently.
    fn pair(
        &self,
        title: &str,
        sentence: impl FnMut(&mut Rng) -> String,
        reword: impl FnMut(&str, &mut Rng) -> String,
    ) -> (String, String) {
        let (a, b) = self.sentences(sentence, reword);
        let mut prng = Rng::new(self.paragraph_seed);
        let mut length = || 1 + prng.below(self.longest_paragraph);
        (paragraphs(title, &a, &mut length), paragraphs(title, &b, &mut length))
    }

    /// The sentences of [`Shape::pair`]'s base report and of its copy, before they are put in paragraphs.
    fn sentences(
        &self,
        mut sentence: impl FnMut(&mut Rng) -> String,
        mut reword: impl FnMut(&str, &mut Rng) -> String,
    ) -> (Vec<String>, Vec<String>) {
        let mut rng = Rng::new(self.seed);
        let a: Vec<String> = (0..SENTENCES).map(|_| sentence(&mut rng)).collect();
        let mut b: Vec<String> = Vec::with_capacity(SENTENCES + SENTENCES / 20);
        for s in &a {
            match rng.below(100) {
                0..3 => {}
                3..13 => b.push(reword(s, &mut rng)),
                13..16 => {
                    b.push(s.clone());
                    b.push(sentence(&mut rng));
                }
                _ => b.push(s.clone()),
            }
        }
        for _ in 0..40 {
            let len = 5 + rng.below(26);
            let from = rng.below(b.len() - len);
            let block: Vec<String> = b.drain(from..from + len).collect();
            let to = rng.below(b.len());
            b.splice(to..to, block);
        }
        (a, b)
    }
}

/// `title`, then the sentences `ss` in paragraphs, each as many sentences as `length` says (fewer at the
/// end), paragraphs separated by a blank line.
fn paragraphs(title: &str, ss: &[String], mut length: impl FnMut() -> usize) -> String {
    let mut out = format!("{title}\n\n");
    let mut k = 0;
    while k < ss.len() {
        let n = length().min(ss.len() - k);
        out.push_str(&ss[k..k + n].join(" "));
        out.push_str("\n\n");
        k += n;
    }
    out
}

/// Made-up words of the news-like report, as in [`generated_pair`].
const NEWS_VOCAB: usize = 8000;

/// The short words that make up about two words in five of English prose.
const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "to", "and", "a", "in", "that", "for", "on", "with", "as", "was", "by", "it", "from", "at", "has",
    "had", "said", "is", "be", "were", "are", "have", "its", "their", "after", "but", "not", "an", "who", "which",
    "this", "will", "would", "been", "they", "he", "she", "more", "than", "about", "over", "into", "also", "we",
];

/// A generator of sentences that look like a news report's: made-up words among real function words, with
/// the names of a cast of made-up people, numbers, “quotations” and (asides) in them.
struct News {
    /// Two-word names, each word capitalised.
    cast: Vec<String>,
}

impl News {
    fn new() -> News {
        let mut rng = Rng::new(31);
        // Name words are above the vocabulary and its rewordings, so no name is also a lower-case word.
        let mut name_word = || capitalised(&common::word(NEWS_VOCAB + 1000 + rng.below(1_000_000)));
        let first: Vec<String> = (0..60).map(|_| name_word()).collect();
        let cast = (0..200).map(|i| format!("{} {}", first[i % first.len()], name_word())).collect();
        News { cast }
    }

    fn name(&self, rng: &mut Rng) -> String {
        self.cast[rng.below(self.cast.len())].clone()
    }

    fn plain_word(rng: &mut Rng) -> String {
        if rng.below(100) < 40 {
            FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].to_string()
        } else {
            common::word(rng.below(NEWS_VOCAB))
        }
    }

    /// "37", "2,400", "12.5 percent", "1998" or "$4.5 million".
    fn number(rng: &mut Rng) -> String {
        match rng.below(10) {
            0..4 => format!("{}", 2 + rng.below(98)),
            4..6 => format!("{},{:03}", 1 + rng.below(99), 100 * rng.below(10)),
            6..8 => format!("{}.{} percent", 1 + rng.below(60), rng.below(10)),
            8 => format!("{}", 1990 + rng.below(35)),
            _ => format!("${}.{} million", 1 + rng.below(20), rng.below(10)),
        }
    }

    /// A sentence of 12–30 words, capitalised, ending in a full stop. About half also name someone, a quarter
    /// hold a number, 8% an aside of 1–3 words in brackets; a tenth are a quotation with its speaker
    /// after it (`“…,” she said.`) and a fifth quote 3–8 words of themselves.
    fn sentence(&self, rng: &mut Rng) -> String {
        // Parts that stay together: a word, a name, a number with its unit, an aside.
        // The last word is never a function word: a sentence ending "… of a." is not one a reporter writes,
        // and the splitter reads "a." as an initial.
        let mut parts: Vec<String> = (0..11 + rng.below(19)).map(|_| News::plain_word(rng)).collect();
        parts.push(common::word(rng.below(NEWS_VOCAB)));
        if rng.below(2) == 0 {
            let at = rng.below(parts.len() + 1);
            parts.insert(at, self.name(rng));
        }
        if rng.below(4) == 0 {
            let at = 1 + rng.below(parts.len());
            parts.insert(at, News::number(rng));
        }
        if rng.below(100) < 8 {
            let words: Vec<String> = (0..1 + rng.below(3)).map(|_| News::plain_word(rng)).collect();
            let at = 1 + rng.below(parts.len());
            parts.insert(at, format!("({})", words.join(" ")));
        }
        if rng.below(100) < 35 {
            let at = 2 + rng.below(parts.len() - 4);
            parts[at].push(',');
        }
        let mut attribution = None;
        match rng.below(100) {
            0..10 => {
                parts[0].insert(0, '“');
                parts.last_mut().unwrap().push_str(",”");
                attribution = Some(match rng.below(6) {
                    0 => "she said".to_string(),
                    1 => "he said".to_string(),
                    2 => "she added".to_string(),
                    3 => "he told reporters".to_string(),
                    4 => format!("{} said", self.name(rng)),
                    _ => format!("said {}", self.name(rng)),
                });
            }
            10..30 => {
                let len = (3 + rng.below(6)).min(parts.len());
                let from = rng.below(parts.len() - len + 1);
                parts[from].insert(0, '“');
                parts[from + len - 1].push('”');
            }
            _ => {}
        }
        parts.extend(attribution);
        let mut s = parts.join(" ");
        // The first letter, after an opening quote mark.
        if let Some((at, c)) = s.char_indices().find(|(_, c)| c.is_alphanumeric()) {
            s.replace_range(at..at + c.len_utf8(), &c.to_uppercase().to_string());
        }
        // A quotation that ends the sentence takes the full stop inside: `… of the city.”`
        match s.strip_suffix('”') {
            Some(open) => s = format!("{open}.”"),
            None => s.push('.'),
        }
        s
    }

    /// Swap one or two words of `s` for new words (capitalised where the old one was, keeping a trailing
    /// comma), leaving alone every word with a quote mark, a bracket or a full stop.
    fn reword(s: &str, rng: &mut Rng) -> String {
        let mut ws: Vec<String> = s.split(' ').map(str::to_string).collect();
        let free: Vec<usize> = (0..ws.len()).filter(|&i| !ws[i].contains(['“', '”', '"', '(', ')', '.'])).collect();
        for _ in 0..1 + rng.below(2) {
            let at = free[rng.below(free.len())];
            let mut new = common::word(NEWS_VOCAB + rng.below(1000));
            if ws[at].starts_with(char::is_uppercase) {
                new = capitalised(&new);
            }
            if ws[at].ends_with(',') {
                new.push(',');
            }
            ws[at] = new;
        }
        ws.join(" ")
    }
}

/// `w` with its first letter in upper case.
fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The shape of the news-like pairs.
const NEWS_SHAPE: Shape = Shape { seed: 7001, paragraph_seed: 7002, longest_paragraph: 3 };

/// A pair of the same shape as [`generated_pair`] whose text looks like news: sentences of 12–30 words with
/// names, numbers, curly quotes and brackets (see [`News::sentence`]), in paragraphs of 1–3 sentences.
fn news_pair() -> (String, String) {
    let news = News::new();
    NEWS_SHAPE.pair("Generated news report of a long inquiry", |rng| news.sentence(rng), News::reword)
}

/// The sentences of [`news_pair`], with the same changes, one sentence a paragraph in both reports, as in
/// wire copy that outlets reuse: paragraphs are kept whole, so most lines of B are lines of A and a line
/// diff has only the changed ones to word-diff.
fn wire_pair() -> (String, String) {
    let news = News::new();
    let (a, b) = NEWS_SHAPE.sentences(|rng| news.sentence(rng), News::reword);
    let title = "Generated wire report of a long inquiry";
    (paragraphs(title, &a, || 1), paragraphs(title, &b, || 1))
}

/// CPU seconds (user + system) used so far by this process and, separately, by its waited-for children.
fn cpu_seconds() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let f: Vec<f64> = after.split(' ').filter_map(|x| x.parse().ok()).collect();
    // Fields after the command: state is not numeric and dropped, so utime is index 11 here.
    let tick = 100.0;
    Some(((f[10] + f[11]) / tick, (f[12] + f[13]) / tick))
}

/// Rounds of the peer comparison. Each round runs every command once, in turn, so that all of them share
/// the machine's state: on a shared machine its speed drifts by tens of percent within minutes, and five
/// runs of one command and then five of the next compared two different machines.
const ROUNDS: usize = 15;

/// A command of the peer comparison.
struct Peer {
    name: String,
    program: &'static str,
    args: Vec<String>,
    /// Environment variables set for it.
    env: &'static [(&'static str, &'static str)],
}

/// The commands compared on files `a` and `b`: pressdiff's text and JSON output, the text also on one
/// thread, git's word diff and dwdiff. The first is the one the ratios are of, the fourth the one they
/// are to.
fn peers(a: &str, b: &str) -> Vec<Peer> {
    let bin = env!("CARGO_BIN_EXE_pressdiff");
    let args = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // The word diff alone, without the facts of the pair: the same work as git's, whose time it is set
    // against. The default text, with the facts, is timed last.
    let text = args(&["diff", a, b, "--color", "never", "--no-facts"]);
    vec![
        Peer {
            name: format!("pressdiff diff {a} {b} --color never --no-facts"),
            program: bin,
            args: text.clone(),
            env: &[],
        },
        Peer {
            name: "the same, one thread (RAYON_NUM_THREADS=1)".into(),
            program: bin,
            args: text,
            env: &[("RAYON_NUM_THREADS", "1")],
        },
        Peer {
            name: format!("pressdiff diff {a} {b} --format json"),
            program: bin,
            args: args(&["diff", a, b, "--format", "json"]),
            env: &[],
        },
        Peer {
            name: "git diff --no-index --word-diff".into(),
            program: "git",
            args: args(&["diff", "--no-index", "--word-diff", a, b]),
            env: &[],
        },
        Peer { name: format!("dwdiff {a} {b}"), program: "dwdiff", args: args(&[a, b]), env: &[] },
        Peer {
            name: format!("pressdiff diff {a} {b} --color never (with facts)"),
            program: bin,
            args: args(&["diff", a, b, "--color", "never"]),
            env: &[],
        },
    ]
}

/// One command's wall time and CPU time (user + system, all its threads) in each round.
struct Samples {
    wall: Vec<Duration>,
    cpu: Vec<f64>,
}

/// CPU seconds used by this process's children that have ended, to the microsecond.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn children_cpu() -> f64 {
    // SAFETY: rusage is plain data, for which all zeroes is a valid value, and getrusage only writes into
    // the struct it is given.
    let u = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut u);
        u
    };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(u.ru_utime) + secs(u.ru_stime)
}

/// Elsewhere, the kernel's clock ticks of ended children: coarse, but the same for every command.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn children_cpu() -> f64 {
    cpu_seconds().map_or(0.0, |c| c.1)
}

/// Run every command once a round for [`ROUNDS`] rounds, output to /dev/null; `None` for a program
/// that is not installed.
fn time_interleaved(peers: &[Peer], cwd: &Path) -> Vec<Option<Samples>> {
    let installed = |p: &Peer| {
        Command::new(p.program).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
    };
    let mut out: Vec<Option<Samples>> =
        peers.iter().map(|p| installed(p).then(|| Samples { wall: Vec::new(), cpu: Vec::new() })).collect();
    for _ in 0..ROUNDS {
        for (peer, samples) in peers.iter().zip(&mut out) {
            let Some(samples) = samples else { continue };
            let (cpu0, t) = (children_cpu(), Instant::now());
            let status = Command::new(peer.program)
                .args(&peer.args)
                .envs(peer.env.iter().copied())
                .current_dir(cwd)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            samples.wall.push(t.elapsed());
            samples.cpu.push(children_cpu() - cpu0);
            // diff tools exit 1 when the inputs differ; anything else is a failure.
            assert!(matches!(status.code(), Some(0 | 1)), "{} {:?}: {status}", peer.program, peer.args);
        }
    }
    out
}

/// The median of some numbers.
fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// One command's line, its name padded to `width`.
fn report(name: &str, t: Option<&Samples>, width: usize) {
    match t {
        Some(t) => println!(
            "{name:<width$} wall median {:>9.3} ms   cpu median {:.4} s   mean {:.4} s",
            median(t.wall.iter().map(|w| w.as_secs_f64() * 1e3).collect()),
            median(t.cpu.clone()),
            t.cpu.iter().sum::<f64>() / t.cpu.len() as f64,
        ),
        None => println!("{name:<width$} skipped (not installed)"),
    }
}

/// `x`'s CPU over `y`'s, round by round: the median, and the lowest and highest.
fn report_ratio(name: &str, x: Option<&Samples>, y: Option<&Samples>, width: usize) {
    if let (Some(x), Some(y)) = (x, y) {
        let mut r: Vec<f64> = x.cpu.iter().zip(&y.cpu).map(|(a, b)| a / b).collect();
        r.sort_by(f64::total_cmp);
        println!("{name:<width$} median {:.2}   lowest {:.2}   highest {:.2}", r[r.len() / 2], r[0], r[r.len() - 1]);
    }
}

/// Write a generated pair into `dir` as files `a` and `b`, load both, and print the sizes and sentence
/// counts and what [`compare`] counts, each line starting with `label`.
fn load_pair(label: &str, dir: &Path, (a, b): (&str, &str), (ta, tb): (&str, &str)) -> (Article, Article) {
    std::fs::write(dir.join(a), ta).unwrap();
    std::fs::write(dir.join(b), tb).unwrap();
    let big_a = Article::from_text(a, ta, "utf-8");
    let big_b = Article::from_text(b, tb, "utf-8");
    println!(
        "{label}: A {:.2} MB, {} body sentences; B {:.2} MB, {} body sentences",
        ta.len() as f64 / 1e6,
        big_a.sentences.len(),
        tb.len() as f64 / 1e6,
        big_b.sentences.len()
    );
    let cmp = compare(&big_a, &big_b);
    println!("{label}: {:?}, similarity {}", cmp.counts, cmp.similarity);
    (big_a, big_b)
}

/// Wall time and CPU time (all threads) of one in-process [`compare`], each the mean of [`RUNS`].
fn time_compare(a: &Article, b: &Article) -> (Duration, Option<f64>) {
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    for _ in 0..RUNS {
        black_box(compare(a, b));
    }
    let wall = t.elapsed() / RUNS as u32;
    let cpu = cpu0.zip(cpu_seconds()).map(|(x, y)| (y.0 - x.0) / RUNS as f64);
    (wall, cpu)
}

/// Under `heading`, the in-process figure, then every peer on files `a` and `b` of `dir`, in turn, and
/// pressdiff's CPU over git's.
fn compare_peers(heading: &str, (wall, cpu): (Duration, Option<f64>), (a, b): (&str, &str), dir: &Path) {
    let peers = peers(a, b);
    // At least 44 wide, as the first table has always been.
    let width = peers.iter().map(|p| p.name.len() + 2).fold(44, usize::max);
    println!("\n== {heading}, whole programs (output to /dev/null; {ROUNDS} rounds, each command once a round) ==");
    println!(
        "{:<width$} wall mean   {:>9.3} ms   cpu/run {}",
        "pressdiff compare() in process",
        wall.as_secs_f64() * 1e3,
        cpu.map_or("n/a".into(), |c| format!("{:.3} s", c))
    );
    let samples = time_interleaved(&peers, dir);
    for (peer, s) in peers.iter().zip(&samples) {
        report(&peer.name, s.as_ref(), width);
    }
    report_ratio("CPU, pressdiff diff --no-facts / git diff", samples[0].as_ref(), samples[3].as_ref(), width);
    report_ratio("the same, one thread / git diff", samples[1].as_ref(), samples[3].as_ref(), width);
}

/// A generated pair timed against the peers only, without criterion groups: written to `files` in `dir`,
/// loaded and counted under `label`, then [`compare_peers`] under `heading`.
fn peers_only(label: &str, heading: &str, files: (&str, &str), (ta, tb): (String, String), dir: &Path) {
    println!();
    let (a, b) = load_pair(label, dir, files, (&ta, &tb));
    let in_process = time_compare(&a, &b);
    compare_peers(heading, in_process, files, dir);
}

fn main() {
    let mut c = Criterion::default().configure_from_args();

    // (1) One seed pair: the BBC report against a close paraphrase.
    let corpus = Corpus::sample();
    let a = &corpus.articles[corpus.find("004_5abb5772e0315b45").unwrap()];
    let b = &corpus.articles[corpus.find("001_be7a17cd2114efca").unwrap()];
    c.bench_function("compare/sample BBC vs 001", |bench| bench.iter(|| compare(black_box(a), black_box(b))));
    // The same from a thread of rayon's pool, as the CLI, the TUI's similarity column and the corpus passes
    // call it: the figure above includes handing the work to the pool and waking from it.
    c.bench_function("compare/sample BBC vs 001, on a pool thread", |bench| {
        rayon::scope(|_| bench.iter(|| compare(black_box(a), black_box(b))))
    });

    // (2) Two ~2 MB reports.
    let (ta, tb) = generated_pair();
    // PRESSDIFF_BENCH_DIR keeps a.txt and b.txt (and news_a.txt, news_b.txt, wire_a.txt and wire_b.txt) in a
    // folder of your choice, for profiling.
    let keep = std::env::var_os("PRESSDIFF_BENCH_DIR").map(std::path::PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let dir = keep.as_deref().unwrap_or(temp.path());
    std::fs::create_dir_all(dir).unwrap();
    let (big_a, big_b) = load_pair("generated pair", dir, ("a.txt", "b.txt"), (&ta, &tb));

    let mut g = c.benchmark_group("2MB pair");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("load A (decode + blocks + boilerplate + sentences)", |bench| {
        bench.iter(|| {
            let d = pressdiff::decode::decode(black_box(ta.as_bytes())).unwrap();
            Article::from_text("a.txt", &d.text, d.encoding)
        })
    });
    g.bench_function("compare (align + word diff)", |bench| {
        bench.iter(|| compare(black_box(&big_a), black_box(&big_b)))
    });
    g.finish();

    // (3) Peers on the same files, in the same run, in turn.
    let in_process = time_compare(&big_a, &big_b);
    compare_peers("2 MB pair", in_process, ("a.txt", "b.txt"), dir);
    drop((big_a, big_b));

    // (4) The same on a pair of the same shape whose text looks like news (quotes, names, numbers, brackets,
    // short paragraphs), which takes pressdiff's slower paths. No criterion groups, to keep the run short.
    peers_only("news-like pair", "news-like 2 MB pair", ("news_a.txt", "news_b.txt"), news_pair(), dir);

    // (5) The news-like sentences and changes again, one sentence a paragraph in both reports: most lines
    // are the same in A and B, so git word-diffs only the changed ones, while pressdiff still reads every
    // sentence. No criterion groups.
    let heading = "wire-style 2 MB pair (one sentence a paragraph)";
    peers_only("wire-style pair", heading, ("wire_a.txt", "wire_b.txt"), wire_pair(), dir);

    c.final_summary();
}
