//! Corpus-scale benchmark: generate a corpus of news-like articles (clusters of reports of one story that
//! copy and reword each other's sentences, with headlines, quotes, numbers, names and page furniture), then
//! time the real release binary on it and read its peak memory.
//!
//! `cargo bench --bench corpus` runs 10,000 articles (about 50 MB); `PRESSDIFF_BENCH_ARTICLES=2000` runs
//! fewer. The figures go to stdout; BENCHMARKS.md records them.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// xorshift64*: small, seeded, the same corpus on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const FUNCTION: &[&str] = &[
    "the", "the", "the", "of", "of", "to", "and", "and", "a", "in", "in", "that", "for", "on", "with", "as", "was",
    "by", "it", "from", "at", "has", "had", "have", "its", "their", "which", "after", "but", "over", "said",
];

/// A pronounceable made-up word, so that the vocabulary is large like a real one.
fn word(rng: &mut Rng) -> String {
    const C: &[&str] = &["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "st", "tr", "pl", "ch"];
    const V: &[&str] = &["a", "e", "i", "o", "u", "ea", "ou", "io"];
    let syllables = 1 + rng.below(3);
    let mut w = String::new();
    for _ in 0..syllables {
        let c: &&str = rng.pick(C);
        w.push_str(c);
        let v: &&str = rng.pick(V);
        w.push_str(v);
    }
    if rng.chance(0.4) {
        let end: &&str = rng.pick(&["s", "ed", "ing", "tion", "ly", "er"]);
        w.push_str(end);
    }
    w
}

fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

struct Story {
    title: String,
    sentences: Vec<String>,
}

fn story(rng: &mut Rng, vocab: &[String], names: &[String]) -> Story {
    let cast: Vec<&String> = (0..4).map(|_| rng.pick(names)).collect();
    let mut sentences = Vec::new();
    for _ in 0..(26 + rng.below(20)) {
        let len = 12 + rng.below(18);
        let mut ws: Vec<String> = Vec::new();
        for k in 0..len {
            let w = if rng.chance(0.4) { rng.pick(FUNCTION).to_string() } else { rng.pick(vocab).clone() };
            ws.push(w);
            if k == 3 && rng.chance(0.5) {
                ws.push(rng.pick(&cast).to_string());
            }
            if k == 6 && rng.chance(0.25) {
                ws.push(format!("{} {}", 2 + rng.below(900), rng.pick(vocab)));
            }
        }
        if rng.chance(0.3) {
            let from = 2 + rng.below(len - 6);
            ws[from] = format!("“{}", ws[from]);
            ws[from + 3] = format!("{}”", ws[from + 3]);
        }
        let mut s = ws.join(" ");
        s = capitalised(&s);
        s.push('.');
        sentences.push(s);
    }
    let title = capitalised(&(0..6).map(|_| rng.pick(vocab).as_str()).collect::<Vec<_>>().join(" "));
    Story { title, sentences }
}

/// Reword a sentence: swap a few words for others, as a rewriting outlet does.
fn reword(rng: &mut Rng, s: &str, vocab: &[String]) -> String {
    s.split(' ')
        .map(|w| if rng.chance(0.2) && !w.contains(['“', '”', '.']) { rng.pick(vocab).clone() } else { w.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

fn article(rng: &mut Rng, st: &Story, vocab: &[String], outlet: usize) -> String {
    let mut out = String::new();
    if rng.chance(0.5) {
        let _ = writeln!(out, "Home | World | Politics | Business | Sport | Opinion\n");
    }
    let _ = writeln!(out, "{}\n", if rng.chance(0.7) { st.title.clone() } else { reword(rng, &st.title, vocab) });
    if rng.chance(0.5) {
        let _ = writeln!(out, "Published {} March 2022\n", 1 + rng.below(28));
    }
    for s in &st.sentences {
        if rng.chance(0.2) {
            continue;
        }
        let s = if rng.chance(0.35) { reword(rng, s, vocab) } else { s.clone() };
        let _ = writeln!(out, "{s}\n");
        if rng.chance(0.1) {
            let own = story(rng, vocab, &[format!("Outlet{outlet}")]);
            let _ = writeln!(out, "{}\n", own.sentences[0]);
        }
    }
    let _ = writeln!(out, "Read More: {}\n", st.title);
    let _ = writeln!(out, "© 2022 Outlet {outlet}. All rights reserved.\n\nLeave a Reply");
    out
}

fn generate(dir: &Path, n: usize) -> u64 {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let vocab: Vec<String> = (0..20_000).map(|_| word(&mut rng)).collect();
    let names: Vec<String> =
        (0..3_000).map(|_| format!("{} {}", capitalised(&word(&mut rng)), capitalised(&word(&mut rng)))).collect();
    let mut bytes = 0;
    let mut i = 0;
    while i < n {
        let st = story(&mut rng, &vocab, &names);
        let size = (3 + rng.below(13)).min(n - i);
        for k in 0..size {
            let outlet = rng.below(200);
            let text = article(&mut rng, &st, &vocab, outlet);
            let sub = dir.join(format!("{:03}", i / 1000));
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(sub.join(format!("{i:05}_{k}.txt")), &text).unwrap();
            bytes += text.len() as u64;
            i += 1;
        }
    }
    bytes
}

/// Run the binary under `/usr/bin/time`: wall seconds and peak resident memory in bytes.
fn measure(args: &[&str]) -> (f64, u64) {
    let bin = env!("CARGO_BIN_EXE_pressdiff");
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(bin)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("/usr/bin/time runs");
    let wall = start.elapsed().as_secs_f64();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    let kb: u64 = err.lines().last().and_then(|l| l.trim().parse().ok()).unwrap_or(0);
    (wall, kb * 1024)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this with no flag and should stay quick.
    let benching = std::env::args().any(|a| a == "--bench");
    let n: usize = std::env::var("PRESSDIFF_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(if benching {
        10_000
    } else {
        200
    });
    // PRESSDIFF_BENCH_DIR keeps the corpus in a folder of your choice, for profiling.
    let keep = std::env::var_os("PRESSDIFF_BENCH_DIR").map(std::path::PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let dir = keep.as_deref().unwrap_or(temp.path());
    let t = Instant::now();
    let bytes = generate(dir, n);
    let mb = bytes as f64 / 1e6;
    println!("corpus: {n} articles, {mb:.1} MB, generated in {:.1} s", t.elapsed().as_secs_f64());
    let path = dir.to_str().unwrap();
    let runs: [(&str, Vec<&str>, f64); 2] =
        [("list", vec!["list", path], 3.0), ("matrix --top 5", vec!["matrix", "--top", "5", path], 10.0)];
    for (name, args, budget) in runs {
        let best =
            (0..if benching { 3 } else { 1 }).map(|_| measure(&args)).min_by(|a, b| a.0.total_cmp(&b.0)).unwrap();
        let ratio = best.1 as f64 / bytes as f64;
        let ok = if n >= 10_000 {
            if best.0 <= budget && ratio <= 4.0 { "  within budget" } else { "  OVER BUDGET" }
        } else {
            ""
        };
        println!("{name:<16} {:>6.2} s  peak RSS {:>6.1} MB ({ratio:.2}× corpus){ok}", best.0, best.1 as f64 / 1e6);
    }
}
