//! Benchmarks: one sample pair, and a generated pair of ~2 MB reports compared against git's and dwdiff's
//! word diffs in the same run, the commands taking turns.
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
    let mut rng = Rng::new(2024);
    let vocab = 8000;
    let a: Vec<String> = (0..SENTENCES).map(|_| sentence(&mut rng, vocab)).collect();
    let mut b: Vec<String> = Vec::with_capacity(SENTENCES + SENTENCES / 20);
    for s in &a {
        match rng.below(100) {
            0..3 => {}
            3..13 => {
                let mut ws: Vec<String> = s.split(' ').map(str::to_string).collect();
                for _ in 0..1 + rng.below(2) {
                    let at = rng.below(ws.len() - 1);
                    ws[at] = common::word(vocab + rng.below(1000));
                }
                b.push(ws.join(" "));
            }
            13..16 => {
                b.push(s.clone());
                b.push(sentence(&mut rng, vocab));
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
    let title = "Generated report of a long inquiry\n\n";
    let para = |ss: &[String], rng: &mut Rng| {
        let mut out = String::from(title);
        let mut k = 0;
        while k < ss.len() {
            let n = (1 + rng.below(6)).min(ss.len() - k);
            out.push_str(&ss[k..k + n].join(" "));
            out.push_str("\n\n");
            k += n;
        }
        out
    };
    let mut prng = Rng::new(99);
    (para(&a, &mut prng), para(&b, &mut prng))
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
struct Peer<'a> {
    name: &'a str,
    program: &'a str,
    args: &'a [&'a str],
    /// Environment variables set for it.
    env: &'a [(&'a str, &'a str)],
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
                .args(peer.args)
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

fn report(name: &str, t: Option<&Samples>) {
    match t {
        Some(t) => println!(
            "{name:<44} wall median {:>9.3} ms   cpu median {:.4} s   mean {:.4} s",
            median(t.wall.iter().map(|w| w.as_secs_f64() * 1e3).collect()),
            median(t.cpu.clone()),
            t.cpu.iter().sum::<f64>() / t.cpu.len() as f64,
        ),
        None => println!("{name:<44} skipped (not installed)"),
    }
}

/// `x`'s CPU over `y`'s, round by round: the median, and the lowest and highest.
fn report_ratio(name: &str, x: Option<&Samples>, y: Option<&Samples>) {
    if let (Some(x), Some(y)) = (x, y) {
        let mut r: Vec<f64> = x.cpu.iter().zip(&y.cpu).map(|(a, b)| a / b).collect();
        r.sort_by(f64::total_cmp);
        println!("{name:<44} median {:.2}   lowest {:.2}   highest {:.2}", r[r.len() / 2], r[0], r[r.len() - 1]);
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();

    // (1) One seed pair: the BBC report against a close paraphrase.
    let corpus = Corpus::sample();
    let a = &corpus.articles[corpus.find("004_5abb5772e0315b45").unwrap()];
    let b = &corpus.articles[corpus.find("001_be7a17cd2114efca").unwrap()];
    c.bench_function("compare/sample BBC vs 001", |bench| bench.iter(|| compare(black_box(a), black_box(b))));

    // (2) Two ~2 MB reports.
    let (ta, tb) = generated_pair();
    // PRESSDIFF_BENCH_DIR keeps a.txt and b.txt in a folder of your choice, for profiling.
    let keep = std::env::var_os("PRESSDIFF_BENCH_DIR").map(std::path::PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let dir = keep.as_deref().unwrap_or(temp.path());
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("a.txt"), &ta).unwrap();
    std::fs::write(dir.join("b.txt"), &tb).unwrap();
    let big_a = Article::from_text("a.txt", &ta, "utf-8");
    let big_b = Article::from_text("b.txt", &tb, "utf-8");
    println!(
        "generated pair: A {:.2} MB, {} body sentences; B {:.2} MB, {} body sentences",
        ta.len() as f64 / 1e6,
        big_a.sentences.len(),
        tb.len() as f64 / 1e6,
        big_b.sentences.len()
    );
    let cmp = compare(&big_a, &big_b);
    println!("generated pair: {:?}, similarity {}", cmp.counts, cmp.similarity);

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

    // CPU of one in-process compare, all threads included.
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    for _ in 0..RUNS {
        black_box(compare(&big_a, &big_b));
    }
    let wall = t.elapsed() / RUNS as u32;
    let cpu = cpu0.zip(cpu_seconds()).map(|(x, y)| (y.0 - x.0) / RUNS as f64);

    // (3) Peers on the same files, in the same run, in turn.
    println!("\n== 2 MB pair, whole programs (output to /dev/null; {ROUNDS} rounds, each command once a round) ==");
    println!(
        "{:<44} wall mean   {:>9.3} ms   cpu/run {}",
        "pressdiff compare() in process",
        wall.as_secs_f64() * 1e3,
        cpu.map_or("n/a".into(), |c| format!("{:.3} s", c))
    );
    let bin = env!("CARGO_BIN_EXE_pressdiff");
    let text = ["diff", "a.txt", "b.txt", "--color", "never"];
    let peers = [
        Peer { name: "pressdiff diff a.txt b.txt --color never", program: bin, args: &text, env: &[] },
        Peer {
            name: "the same, one thread (RAYON_NUM_THREADS=1)",
            program: bin,
            args: &text,
            env: &[("RAYON_NUM_THREADS", "1")],
        },
        Peer {
            name: "pressdiff diff a.txt b.txt --format json",
            program: bin,
            args: &["diff", "a.txt", "b.txt", "--format", "json"],
            env: &[],
        },
        Peer {
            name: "git diff --no-index --word-diff",
            program: "git",
            args: &["diff", "--no-index", "--word-diff", "a.txt", "b.txt"],
            env: &[],
        },
        Peer { name: "dwdiff a.txt b.txt", program: "dwdiff", args: &["a.txt", "b.txt"], env: &[] },
    ];
    let samples = time_interleaved(&peers, dir);
    for (peer, s) in peers.iter().zip(&samples) {
        report(peer.name, s.as_ref());
    }
    report_ratio("CPU, pressdiff diff (text) / git diff", samples[0].as_ref(), samples[3].as_ref());
    report_ratio("the same, one thread / git diff", samples[1].as_ref(), samples[3].as_ref());

    c.final_summary();
}
