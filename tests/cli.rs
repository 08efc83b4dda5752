//! The command line as scripts and readers meet it: exit codes, error lines, warnings, encodings, hostile
//! bytes, huge inputs, pipes and colour. Every bad input a user reported has a test here.

use crate::common::{
    BBC, Rng, SAMPLES, data, first_control, json_strings, pressdiff, sample, sample_dir, sentence, strip_sgr,
};
use predicates::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

/// The error contract: exit 2, exactly one stderr line `pressdiff: <path>: <reason>`, nothing on stdout,
/// and no trace of a panic even with RUST_BACKTRACE=1.
fn assert_one_line_error(out: &std::process::Output, path: &str) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(2), "exit status; stderr: {err}");
    assert!(out.stdout.is_empty(), "stdout should be empty on error: {}", stdout_of(out));
    assert_eq!(err.lines().count(), 1, "one error line expected: {err:?}");
    let prefix = format!("pressdiff: {path}: ");
    assert!(err.starts_with(&prefix), "error should start with {prefix:?}: {err:?}");
    assert!(err.trim_end().len() > prefix.len(), "error should give a reason: {err:?}");
    for bad in ["panicked", "backtrace", "RUST_BACKTRACE", "Error {", "Os {", "at src/"] {
        assert!(!err.contains(bad), "error line leaks {bad:?}: {err:?}");
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

// ── Missing paths, folders, binary and empty files ──────────────────────────────────────────────────────

#[test]
fn a_mistake_in_the_arguments_is_one_line_with_exit_2() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["list", "--format", "xml"], &["'xml'", "--format", "text, json"]),
        (&["diff", "--color", "sometimes", "a", "b"], &["'sometimes'", "auto, always, never"]),
        (&["diff", "a"], &["required", "<B>"]),
        (&["matrix", "--top", "0"], &["'0'", "--top"]),
        (&["matrix", "--top", "-1"], &["'-1'"]),
        (&["list", "--colr", "never"], &["'--colr'"]),
    ];
    for (args, said) in cases {
        let out = pressdiff().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("pressdiff: ") && err.contains("--help"), "{args:?}: {err}");
        for s in *said {
            assert!(err.contains(s), "{args:?}: {s} not in {err}");
        }
    }
    // Help and the version are no mistakes.
    pressdiff().arg("--help").assert().success().stdout(predicate::str::contains("Usage"));
    pressdiff().arg("--version").assert().success().stdout(predicate::str::contains("pressdiff"));
    pressdiff().args(["diff", "--help"]).assert().success().stdout(predicate::str::contains("--no-facts"));
}

#[test]
fn missing_path_is_one_line_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-report.txt").display().to_string();
    let out = pressdiff().args(["list", &missing]).output().unwrap();
    assert_one_line_error(&out, &missing);

    let out = pressdiff().args(["list", "--format", "json", &missing]).output().unwrap();
    assert_one_line_error(&out, &missing);
}

#[test]
fn diff_with_a_missing_side_names_that_side() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt").display().to_string();
    let bbc = sample(BBC).display().to_string();
    let out = pressdiff().args(["diff", &bbc, &missing]).output().unwrap();
    assert_one_line_error(&out, &missing);
    // It may have been meant as an id: the message says which ids `diff` takes, and where they are listed.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("id of the sample corpus") && err.contains("`pressdiff list` with no path"), "{err}");
    let out = pressdiff().args(["diff", &missing, &bbc, "--format", "json"]).output().unwrap();
    assert_one_line_error(&out, &missing);
}

#[test]
fn folder_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    // Files that are not articles by extension, and a hidden text file: none count.
    write(dir.path(), "photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg");
    write(dir.path(), "notes.csv", b"a,b,c\n1,2,3\n");
    write(dir.path(), ".hidden.txt", b"A hidden draft that must not be read.\n");
    let d = dir.path().display().to_string();
    let out = pressdiff().args(["list", &d]).output().unwrap();
    assert_one_line_error(&out, &d);

    let empty = tempfile::tempdir().unwrap();
    let e = empty.path().display().to_string();
    let out = pressdiff().args(["list", "--format", "json", &e]).output().unwrap();
    assert_one_line_error(&out, &e);
}

#[test]
fn a_sentence_split_in_two_or_joined_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let head = "Pier collapse closes the crossing\n\n";
    let a = write(
        dir.path(),
        "a.txt",
        format!("{head}The pier, built in 1968, had been due for a refurbishment that was put off twice.\n").as_bytes(),
    );
    let b = write(
        dir.path(),
        "b.txt",
        format!("{head}The pier was built in 1968. It had been due for a refurbishment that was put off twice.\n")
            .as_bytes(),
    );
    let out = pressdiff().args(["diff", "--color", "never", &a, &b]).output().unwrap();
    assert!(stdout_of(&out).contains("put off twice.  (split in two in B)\n"), "{}", stdout_of(&out));
    let out = pressdiff().args(["diff", "--color", "never", &b, &a]).output().unwrap();
    assert!(stdout_of(&out).contains("put off twice.  (two sentences of A joined in B)\n"), "{}", stdout_of(&out));
}

#[test]
fn an_empty_folder_among_others_is_a_warning() {
    let (full, empty) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::copy(sample(BBC), full.path().join("bbc.txt")).unwrap();
    let (f, e) = (full.path().display().to_string(), empty.path().display().to_string());
    for args in [["list", &e, &f], ["facts", &f, &e], ["matrix", &e, &f]] {
        let out = pressdiff().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        let warned = format!("pressdiff: warning: {e}: no articles found (looked for .txt, .md and .text files)\n");
        assert!(stderr_of(&out).contains(&warned), "{args:?}: {}", stderr_of(&out));
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    // Alone, it is still an error.
    let out = pressdiff().args(["list", &e]).output().unwrap();
    assert_one_line_error(&out, &e);
}

/// A PNG header (NUL bytes early) and a blob of control bytes without any NUL.
fn binary_fixtures(dir: &Path) -> Vec<String> {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00".repeat(50);
    let mut rng = Rng::new(7);
    let controls: Vec<u8> = (0..4000).map(|_| [1u8, 2, 3, 4, 5, 6, 0x0e, 0x0f, 0x10, 0x11][rng.below(10)]).collect();
    vec![write(dir, "image.txt", &png), write(dir, "blob.md", &controls)]
}

#[test]
fn binary_files_in_a_folder_are_skipped_with_a_warning_each() {
    let dir = tempfile::tempdir().unwrap();
    for name in &SAMPLES[..2] {
        std::fs::copy(sample(name), dir.path().join(name)).unwrap();
    }
    let binaries = binary_fixtures(dir.path());
    let d = dir.path().display().to_string();
    let out = pressdiff().args(["list", "--format", "json", &d]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr_of(&out));
    let err = stderr_of(&out);
    for b in &binaries {
        assert!(
            err.lines().any(|l| l.starts_with("pressdiff: warning: ") && l.contains(b.as_str())),
            "no warning naming {b}: {err}"
        );
    }
    assert_eq!(err.lines().count(), binaries.len(), "one warning per binary file: {err}");
    let v = json_of(&out);
    let paths: Vec<&str> = v["articles"].as_array().unwrap().iter().map(|a| a["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    for name in &SAMPLES[..2] {
        assert!(paths.iter().any(|p| p.ends_with(name)), "{name} missing from {paths:?}");
    }
    // Text output lists the same articles.
    let out = pressdiff().args(["list", &d]).output().unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    for name in &SAMPLES[..2] {
        assert!(text.contains(name.trim_end_matches(".txt")), "{text}");
    }
}

/// The ids `list --format json` prints.
fn listed_ids(args: &[&str]) -> Vec<String> {
    let out =
        pressdiff().args(["list", "--format", "json"]).args(args).timeout(Duration::from_secs(60)).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr_of(&out));
    json_of(&out)["articles"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap().to_string()).collect()
}

#[cfg(unix)]
#[test]
fn symlink_loops_end_and_each_file_is_listed_once() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("a");
    std::fs::create_dir(&inner).unwrap();
    std::fs::copy(sample(BBC), inner.join("bbc.txt")).unwrap();
    // Two links back up and one to itself: walking them blindly never ends.
    std::os::unix::fs::symlink("..", inner.join("p")).unwrap();
    std::os::unix::fs::symlink("..", inner.join("q")).unwrap();
    std::os::unix::fs::symlink(".", inner.join("self")).unwrap();
    let d = dir.path().display().to_string();
    assert_eq!(listed_ids(&[&d]), ["bbc"]);
    // The same folder or file named twice is read once.
    let bbc = inner.join("bbc.txt").display().to_string();
    assert_eq!(listed_ids(&[&d, &d, &bbc]), ["bbc"]);
    let out = pressdiff().args(["list", &d, &bbc]).output().unwrap();
    assert!(stderr_of(&out).contains("given twice, read once"), "{}", stderr_of(&out));
}

#[cfg(unix)]
#[test]
fn a_link_that_leads_nowhere_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let (loop_a, loop_b, dangling) = (dir.path().join("a.txt"), dir.path().join("b.txt"), dir.path().join("d.txt"));
    std::os::unix::fs::symlink(&loop_b, &loop_a).unwrap();
    std::os::unix::fs::symlink(&loop_a, &loop_b).unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), &dangling).unwrap();
    let bbc = sample(BBC).display().to_string();
    for (link, why) in [(&loop_a, "a link that cannot be followed"), (&dangling, "a broken link")] {
        let l = link.display().to_string();
        for args in [vec!["list", &l], vec!["diff", &bbc, &l]] {
            let out = pressdiff().args(&args).output().unwrap();
            assert_one_line_error(&out, &l);
            // Not "no such file … nor an id of the sample corpus", nor a bare error of the system.
            assert!(stderr_of(&out).contains(&format!("{l}: {why}")), "{args:?}: {}", stderr_of(&out));
        }
    }
}

#[test]
fn diff_of_a_file_with_itself_warns_that_it_is_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.txt");
    std::fs::copy(sample(BBC), &path).unwrap();
    let (p, same) = (path.display().to_string(), format!("{}/./story.txt", dir.path().display()));
    let out = pressdiff().args(["diff", &p, &same]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr_of(&out).contains("are the same file"), "{}", stderr_of(&out));
    // A copy is another file: no warning.
    let copy = dir.path().join("copy.txt");
    std::fs::copy(&path, &copy).unwrap();
    let out = pressdiff().args(["diff", &p, &copy.display().to_string()]).output().unwrap();
    assert_eq!((out.status.code(), stderr_of(&out)), (Some(0), String::new()));
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused_not_read() {
    let out = pressdiff().args(["list", "/dev/zero"]).timeout(Duration::from_secs(30)).output().unwrap();
    assert_one_line_error(&out, "/dev/zero");
    assert!(stderr_of(&out).contains("not a regular file"), "{}", stderr_of(&out));

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let f = fifo.display().to_string();
    let out = pressdiff().args(["list", &f]).timeout(Duration::from_secs(30)).output().unwrap();
    assert_one_line_error(&out, &f);
    let out = pressdiff()
        .args(["diff", &f, &sample(BBC).display().to_string()])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_one_line_error(&out, &f);
    // Inside a folder, a pipe is skipped with a warning and the articles are listed.
    std::fs::copy(sample(BBC), dir.path().join("bbc.txt")).unwrap();
    let d = dir.path().display().to_string();
    assert_eq!(listed_ids(&[&d]), ["bbc"]);
}

#[test]
fn an_unknown_id_says_ids_are_accepted_too() {
    let out = pressdiff().args(["diff", "000", "001"]).output().unwrap();
    assert_one_line_error(&out, "000");
    assert!(stderr_of(&out).contains("id of the sample corpus"), "{}", stderr_of(&out));
}

#[test]
fn all_gives_json_each_report_s_boilerplate_with_its_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let page = |name: &str, extra: &str| {
        let text = format!(
            "Home | News | Sport | Weather | Contact\n\nFerry resumes after strike\n\nThe ferry to the island \
             resumed on Friday after a two-week strike by its crew.{extra}\n\n© 2025 Island Times. All rights reserved.\n"
        );
        write(dir.path(), name, text.as_bytes())
    };
    let (a, b) = (page("a.txt", ""), page("b.txt", "\n\nThe union said talks would go on next week."));
    let reasons = |v: &Value| -> Vec<(String, String)> {
        v.as_array()
            .expect("a list of blocks")
            .iter()
            .map(|x| (x["text"].as_str().unwrap().to_owned(), x["reason"].as_str().unwrap().to_owned()))
            .collect()
    };
    let out = pressdiff().args(["diff", &a, &b, "--all", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let json = json_of(&out);
    for side in ["a", "b"] {
        let got = reasons(&json["boilerplate"][side]);
        assert!(got.contains(&("Home | News | Sport | Weather | Contact".into(), "before-headline".into())), "{got:?}");
        assert!(
            got.contains(&("© 2025 Island Times. All rights reserved.".into(), "page-furniture".into())),
            "{got:?}"
        );
    }
    // Without --all the JSON is as it was.
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    assert!(json_of(&out).get("boilerplate").is_none());
    // `list` gives the reasons beside its list of blocks.
    let out = pressdiff().args(["list", &a, "--format", "json"]).output().unwrap();
    let article = &json_of(&out)["articles"][0];
    let texts: Vec<String> = reasons(&article["set_aside"]).into_iter().map(|(t, _)| t).collect();
    let plain: Vec<String> =
        article["boilerplate"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_owned()).collect();
    assert_eq!(texts, plain);
}

#[test]
fn all_says_so_when_a_report_has_no_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    let a =
        write(dir.path(), "a.md", b"# Ferry resumes\n\nThe ferry to the island resumed on Friday after a strike.\n");
    let out = pressdiff().args(["diff", &a, &a, "--all", "--color", "never"]).output().unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert_eq!(text.matches("(none: every block is story)").count(), 2, "{text}");
    // The Markdown heading is the title, shown without its marks.
    assert!(text.starts_with(&format!("A {a}  \u{201c}Ferry resumes\u{201d}")), "{text}");
}

#[test]
fn folder_of_only_binary_files_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    binary_fixtures(dir.path());
    let d = dir.path().display().to_string();
    let out = pressdiff().args(["list", &d]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(!err.contains("panicked"), "{err}");
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with(&format!("pressdiff: {d}: ")), "last line should be the error: {err}");
    // It says the files were there and binary, not that none were found.
    let n = std::fs::read_dir(dir.path()).unwrap().count();
    assert!(last.contains(&format!("{n} .txt, .md or .text file(s) found, all binary")), "{err}");
    assert_one_line_error(&out, &d);
}

#[test]
fn binary_file_named_on_its_own_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let bins = binary_fixtures(dir.path());
    let out = pressdiff().args(["list", &bins[0]]).output().unwrap();
    assert_one_line_error(&out, &bins[0]);
    let out = pressdiff().args(["diff", &sample(BBC).display().to_string(), &bins[1]]).output().unwrap();
    assert_one_line_error(&out, &bins[1]);
}

#[test]
fn empty_file_is_listed_with_zero_words_and_diffs() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.txt", b"");
    let out = pressdiff().args(["list", "--format", "json", &empty]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    let a = &v["articles"][0];
    assert_eq!(a["words"], 0);
    assert_eq!(a["body"].as_array().map(Vec::len), Some(0));
    assert_eq!(a["path"], empty.as_str());
    // Listed, and said to have no text, once.
    let warned = format!("pressdiff: warning: {empty}: no story text, the file is empty\n");
    assert_eq!(stderr_of(&out), warned);

    // Empty against a report: everything is added. And the other way round: everything omitted.
    let bbc = sample(BBC).display().to_string();
    let out = pressdiff().args(["diff", &empty, &bbc, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    let segs = v["segments"].as_array().unwrap();
    assert!(!segs.is_empty());
    assert!(segs.iter().all(|s| s["kind"] == "added"), "{v}");
    assert_eq!(stderr_of(&out), warned);
    assert_eq!(v["counts"]["added"].as_u64(), Some(segs.len() as u64));
    assert_eq!(v["similarity"].as_f64(), Some(0.0));

    let out = pressdiff().args(["diff", &bbc, &empty, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert!(v["segments"].as_array().unwrap().iter().all(|s| s["kind"] == "omitted"), "{v}");

    // Empty against empty, in text too.
    let out = pressdiff().args(["diff", &empty, &empty, "--color", "never"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("0 copied"), "{}", stdout_of(&out));
}

#[test]
fn whitespace_only_file_is_an_empty_article() {
    let dir = tempfile::tempdir().unwrap();
    let blank = write(dir.path(), "blank.txt", b"  \n\t\n\r\n   \n");
    let out = pressdiff().args(["list", "--format", "json", &blank]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(json_of(&out)["articles"][0]["words"], 0);
    assert!(stderr_of(&out).contains("blank.txt: no story text, the file is empty"), "{}", stderr_of(&out));
    // A file of page furniture alone has no story either, and says why.
    let bar = write(dir.path(), "bar.txt", b"Home | News | Sport | Weather | Contact us\n\nCookie settings\n");
    let out = pressdiff().args(["list", &bar]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("bar.txt: no story text, every block of it reads as page furniture"),
        "{}",
        stderr_of(&out)
    );
    // Its title is its file's name, not its bar of links.
    let out = pressdiff().args(["list", "--format", "json", &bar]).output().unwrap();
    assert_eq!(json_of(&out)["articles"][0]["title"], "bar", "{}", stdout_of(&out));
}

/// A paragraph longer than the splitter takes at once, whose only spaces are no-break spaces: it is cut
/// between characters, not inside a two-byte space (which panicked).
#[test]
fn long_paragraph_of_no_break_spaces_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("Storm closes the harbour road\n\n{}\n", "word\u{a0}".repeat(5_000));
    let path = write(dir.path(), "nbsp.txt", text.as_bytes());
    let out = pressdiff().args(["list", "--format", "json", &path]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    // The headline is story too: five words.
    assert_eq!(json_of(&out)["articles"][0]["words"], 5_005);
    let out = pressdiff().args(["diff", &path, &path, "--color", "never"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

// ── Encodings and line ends ─────────────────────────────────────────────────────────────────────────────

/// A report in Windows-1252: curly quotes (0x93/0x94), an apostrophe (0x92), an em dash (0x97), accents.
const CP1252: &[u8] = b"Paris caf\xe9 owners fear the new terrace tax\n\n\
\x93We will lose our terraces,\x94 said Ren\xe9e Dupr\xe9, who runs a caf\xe9 near the Op\xe9ra \x97 one of 300 owners.\n\
The caf\xe9 owners say the terrace tax will double from January, and that the Op\xe9ra quarter pays most.\n\
City hall\x92s r\xe9sum\xe9 of the terrace tax plan promises that caf\xe9 owners will be consulted.\n";

/// The same kind of report in Latin-1 (ISO-8859-1): guillemets and accents, no Windows-only bytes.
const LATIN1: &[u8] = b"Paris caf\xe9 owners fear the new terrace tax\n\n\
\xabWe will lose our terraces\xbb, said Ren\xe9e Dupr\xe9, who runs a caf\xe9 near the Op\xe9ra, one of 300 owners.\n\
The caf\xe9 owners say the terrace tax will double from January, and that the Op\xe9ra quarter pays most.\n\
The city\xa0hall r\xe9sum\xe9 of the terrace tax plan promises that caf\xe9 owners will be na\xefvely consulted.\n";

/// Title, body and boilerplate of a listed article, one per line: all the text the file gave.
fn all_text(a: &Value) -> String {
    let mut out = vec![a["title"].as_str().unwrap().to_string()];
    for k in ["body", "boilerplate"] {
        out.extend(a[k].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()));
    }
    out.join("\n")
}

fn list_one(path: &str) -> Value {
    let out = pressdiff().args(["list", "--format", "json", path]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    json_of(&out)["articles"][0].clone()
}

#[test]
fn windows_1252_is_decoded_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "cp1252.txt", CP1252);
    let a = list_one(&p);
    assert_eq!(a["encoding"], "windows-1252", "{a}");
    assert_eq!(a["title"], "Paris café owners fear the new terrace tax");
    let text = all_text(&a);
    assert!(
        text.contains("“We will lose our terraces,” said Renée Dupré, who runs a café near the Opéra — one"),
        "{text}"
    );
    assert!(text.contains("City hall’s résumé"), "{text}");
    assert!(!text.contains('\u{fffd}'), "replacement character in {text}");
    assert!(first_control(&text).is_none());
    // A story this short is all story.
    assert!(a["boilerplate"].as_array().unwrap().is_empty(), "{a}");
    // The text listing reports the encoding too.
    let out = pressdiff().args(["list", &p]).output().unwrap();
    assert!(stdout_of(&out).contains("windows-1252"), "{}", stdout_of(&out));
}

#[test]
fn latin1_is_decoded_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "latin1.txt", LATIN1);
    let a = list_one(&p);
    // WHATWG treats ISO-8859-1 as Windows-1252, its superset; either name is honest.
    let enc = a["encoding"].as_str().unwrap();
    assert!(matches!(enc, "windows-1252" | "iso-8859-1"), "{enc}");
    let text = all_text(&a);
    assert!(text.contains("«We will lose our terraces», said Renée Dupré"), "{text}");
    assert!(text.contains("naïvely"), "{text}");
    assert!(!text.contains('\u{fffd}'), "{text}");
    assert!(first_control(&text).is_none());
}

#[test]
fn legacy_encodings_diff_against_utf8() {
    // The same report in Windows-1252 and UTF-8 differs only in quote style: all copied.
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "cp1252.txt", CP1252);
    let utf8: String = CP1252.iter().map(|&b| encoding_char(b)).collect();
    let utf8 = utf8.replace(['“', '”'], "\"");
    let b = write(dir.path(), "utf8.txt", utf8.as_bytes());
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert_eq!(v["counts"]["paraphrased"], 0, "{v}");
    assert_eq!(v["counts"]["added"], 0, "{v}");
    assert_eq!(v["counts"]["omitted"], 0, "{v}");
    assert!(v["counts"]["copied"].as_u64().unwrap() >= 3, "{v}");
}

/// Windows-1252 byte to char, for the bytes used in [`CP1252`].
fn encoding_char(b: u8) -> char {
    match b {
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x97 => '—',
        b => b as char, // ASCII and Latin-1 range map to the same code point
    }
}

#[test]
fn crlf_gives_the_same_json_as_lf() {
    let lf = std::fs::read(sample(BBC)).unwrap();
    let lf_text = String::from_utf8(lf.clone()).unwrap();
    assert!(!lf_text.contains('\r'));
    let crlf = lf_text.replace('\n', "\r\n");
    let (d1, d2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(d1.path().join("story.txt"), &lf).unwrap();
    std::fs::write(d2.path().join("story.txt"), &crlf).unwrap();
    std::fs::write(d1.path().join("other.txt"), std::fs::read(sample(SAMPLES[2])).unwrap()).unwrap();
    let other_crlf = std::fs::read_to_string(sample(SAMPLES[2])).unwrap().replace('\n', "\r\n");
    std::fs::write(d2.path().join("other.txt"), other_crlf).unwrap();

    // Same relative paths in both folders, so the JSON can be compared byte for byte.
    let run = |dir: &Path, args: &[&str]| {
        let out = pressdiff().current_dir(dir).args(args).output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        out.stdout
    };
    for args in [
        &["list", "--format", "json", "story.txt", "other.txt"][..],
        &["diff", "story.txt", "other.txt", "--format", "json"][..],
        &["diff", "story.txt", "other.txt", "--color", "never", "--all"][..],
    ] {
        let (a, b) = (run(d1.path(), args), run(d2.path(), args));
        assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b), "{args:?}");
        assert!(!b.contains(&b'\r'), "a CR reached the output of {args:?}");
    }
}

// ── Hostile bytes: escapes, BEL, C0 and C1 controls ─────────────────────────────────────────────────────

/// A report whose text is laced with every kind of terminal escape and control character (UTF-8).
fn hostile_utf8() -> String {
    [
        "Harbour \u{1b}[31mbridge\u{1b}[0m reopens after storm repairs\u{7}",
        "",
        "\u{1b}]0;pwned title\u{7}The harbour bridge reopened to traffic on Monday \u{1b}[2J\u{1b}[Hmorning.",
        "Engineers \u{1b}]8;;http://evil.example/\u{1b}\\replaced cables\u{1b}]8;;\u{1b}\\ on the southern approach.",
        "The council\u{9b}31m said the cost was\u{9d}0;x\u{9c} about four million \u{85}pounds\u{90}q\u{9c} in total.",
        "Ferries will \u{1b}creturn\u{1b}7 to the \u{1b}(0normal\u{1b}(B timetable\u{8}\u{8} from \u{7f}Tuesday.",
        "Shop owners \u{1b}P1;2|secret\u{1b}\\said takings \u{1b}_apc\u{1b}\\fell \u{202e}by half\u{202c} \u{1}\u{2}\u{1f}today.",
        // The same escapes written as HTML character references, which loading reads as characters.
        "Crews &#27;[31mrepaired&#x1B;[0m the &#155;2Jdeck &#x202E;today&#7; and &#x1b;]0;x&#7;left&#0;.",
        "A lone escape at the end \u{1b}",
    ]
    .join("\n")
}

/// A Latin-1 report with raw C1 bytes (0x80–0x9F) and C0 controls.
fn hostile_latin1() -> Vec<u8> {
    let mut v: Vec<u8> = b"Le pont du port rouvre apr\xe8s la temp\xeate\n\n".to_vec();
    v.extend_from_slice(
        b"Le maire a d\xe9clar\xe9 que le pont \x81\x8d\x8f\x90\x9d\x9b2J\x9b\x1b[31m\xe9tait s\xfbr\x07.\n",
    );
    v.extend_from_slice(
        b"Les travaux ont dur\xe9 trois semaines\x85 et ont co\xfbt\xe9 \x9d0;t\x07cher \xe0 la ville.\n",
    );
    v.extend_from_slice(
        b"Les commer\xe7ants esp\xe8rent que les clients reviendront tr\xe8s vite\x1b]2;x\x1b\\ apr\xe8s.\n",
    );
    v
}

/// No control character (other than newline) in `text` once SGR sequences are removed, and no escape that is
/// not SGR; with `allow_sgr` false, no escape at all.
fn assert_terminal_safe(text: &str, allow_sgr: bool, what: &str) {
    let plain = if allow_sgr {
        strip_sgr(text).unwrap_or_else(|e| panic!("{what}: {e}"))
    } else {
        assert!(!text.contains('\u{1b}'), "{what}: escape in uncoloured output");
        text.to_string()
    };
    if let Some((i, c)) = first_control(&plain) {
        let around: String = plain[i.saturating_sub(30)..].chars().take(60).collect();
        panic!("{what}: control {c:?} (U+{:04X}) near {around:?}", c as u32);
    }
    for bidi in ['\u{202e}', '\u{202d}', '\u{2066}', '\u{2067}', '\u{2068}'] {
        assert!(!plain.contains(bidi), "{what}: bidi override {bidi:?}");
    }
}

fn assert_json_safe(v: &Value, what: &str) {
    for s in json_strings(v) {
        if let Some((_, c)) = first_control(&s) {
            panic!("{what}: control U+{:04X} in JSON string {s:?}", c as u32);
        }
    }
}

#[test]
fn escapes_and_controls_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let u = write(dir.path(), "hostile.txt", hostile_utf8().as_bytes());
    let l = write(dir.path(), "hostile-latin1.txt", &hostile_latin1());
    let bbc = sample(BBC).display().to_string();
    let clean = data("harbour_a.txt").display().to_string();

    for p in [&u, &l] {
        let out = pressdiff().args(["list", "--format", "json", p]).output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_json_safe(&json_of(&out), "list json");
        let out = pressdiff().args(["list", p]).output().unwrap();
        assert!(out.status.success());
        assert_terminal_safe(&stdout_of(&out), false, "list text");
        assert_terminal_safe(&stderr_of(&out), false, "list stderr");
    }

    for (a, b) in [(&u, &clean), (&clean, &u), (&l, &bbc), (&u, &l), (&u, &u)] {
        let out = pressdiff().args(["diff", a, b, "--format", "json"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_json_safe(&json_of(&out), "diff json");
        for (color, sgr) in [("never", false), ("auto", false), ("always", true)] {
            for all in [false, true] {
                let mut cmd = pressdiff();
                cmd.args(["diff", a, b, "--color", color]);
                if all {
                    cmd.arg("--all");
                }
                let out = cmd.output().unwrap();
                assert!(out.status.success(), "{}", stderr_of(&out));
                let what = format!("diff {a} {b} --color {color} all={all}");
                assert_terminal_safe(&stdout_of(&out), sgr, &what);
                assert_terminal_safe(&stderr_of(&out), false, &what);
            }
        }
    }
}

#[test]
fn a_page_saved_with_its_html_reads_as_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "page.txt",
        b"Harbour bridge reopens after storm repairs\n\n<p>The harbour bridge reopened to traffic on Monday, \
          &#8220;at last,&#8221; the mayor said.</p><p>Engineers replaced two cables &ndash; at a cost of \
          &pound;4m.</p>\n",
    );
    let out = pressdiff().args(["diff", &page, &page, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let json = json_of(&out);
    let texts: Vec<&str> = json["segments"].as_array().unwrap().iter().filter_map(|s| s["a_text"].as_str()).collect();
    assert_eq!(
        texts,
        [
            "Harbour bridge reopens after storm repairs",
            "The harbour bridge reopened to traffic on Monday, \u{201c}at last,\u{201d} the mayor said.",
            "Engineers replaced two cables \u{2013} at a cost of \u{a3}4m.",
        ]
    );
}

#[test]
fn same_named_files_are_listed_with_their_paths() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["bbc", "reuters"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        write(&dir.path().join(sub), "index.txt", b"Bridge reopens\n\nThe bridge reopened on Monday.\n");
    }
    let out = pressdiff().args(["list", &dir.path().display().to_string()]).output().unwrap();
    let text = stdout_of(&out);
    assert!(text.lines().next().unwrap().contains("PATH"), "{text}");
    for (id, sub) in [("index ", "bbc"), ("index-2", "reuters")] {
        let row = text.lines().find(|l| l.starts_with(id)).unwrap_or_else(|| panic!("{id}: {text}"));
        assert!(row.contains(&format!("{sub}/index.txt")), "{row}");
    }
    // Without a clash the ids say it all, and the list stays narrow.
    let out = pressdiff().args(["list"]).output().unwrap();
    assert!(!stdout_of(&out).contains("PATH"));
}

#[test]
fn columns_line_up_under_wide_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let story = "Bridge reopens\n\nThe bridge reopened on Monday after two years of repairs.\n";
    for name in ["火災.txt", "fire.txt"] {
        write(dir.path(), name, story.as_bytes());
    }
    let at = |text: &str, id: &str| {
        let row = text.lines().find(|l| l.starts_with(id)).unwrap_or_else(|| panic!("{id}: {text}"));
        // The display column where the word count ends: a wide character takes two.
        let end = row.find(" 10 ").unwrap_or_else(|| panic!("{row}")) + 3;
        unicode_width::UnicodeWidthStr::width(&row[..end])
    };
    let out = pressdiff().args(["list", &dir.path().display().to_string()]).output().unwrap();
    let text = stdout_of(&out);
    assert_eq!(at(&text, "火災"), at(&text, "fire"), "{text}");
    let out = pressdiff().args(["matrix", &dir.path().display().to_string()]).output().unwrap();
    let text = stdout_of(&out);
    let col = |id: &str| {
        let row = text.lines().find(|l| l.contains(&format!("  {id} "))).unwrap_or_else(|| panic!("{id}: {text}"));
        unicode_width::UnicodeWidthStr::width(&row[..row.find('—').unwrap()])
    };
    assert_eq!(col("fire") + 6, col("火災"), "{text}");
}

#[test]
fn escapes_in_file_names_never_reach_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let story = "Bridge reopens\n\nThe bridge reopened on Monday after two years of repairs.\n";
    let red = write(dir.path(), "a\u{1b}[31mred\u{7}.txt", story.as_bytes());
    let osc = write(dir.path(), "b\u{1b}]0;pwned\u{7}\u{9b}2J.txt", story.as_bytes());
    write(dir.path(), "c\u{1b}[5mbin.txt", b"\x00\x01\x02binary\x00");
    // A right-to-left override shows "d\u{202e}txt.gpj.md" as "dmd.jpg.txt" in a terminal.
    write(dir.path(), "d\u{202e}txt.gpj.md", story.as_bytes());
    let gone = dir.path().join("gone\u{1b}[2J.txt").display().to_string();
    let folder = dir.path().display().to_string();
    let runs: [&[&str]; 7] = [
        &["list", &folder],
        &["facts", &folder],
        &["matrix", &folder],
        &["diff", &red, &osc],
        &["diff", &red, &osc, "--all"],
        &["diff", &red, &gone],
        &["list", &gone],
    ];
    for args in runs {
        let out = pressdiff().args(args).output().unwrap();
        let what = format!("{args:?}");
        assert_terminal_safe(&stdout_of(&out), false, &what);
        assert_terminal_safe(&stderr_of(&out), false, &what);
    }
    // The names are still there to read, each control character shown as `?`.
    let out = pressdiff().args(["list", &folder]).output().unwrap();
    assert!(stdout_of(&out).contains("a?[31mred?"), "{}", stdout_of(&out));
    assert!(stdout_of(&out).contains("d?txt.gpj"), "{}", stdout_of(&out));
    for run in [["list", &folder], ["facts", &folder], ["matrix", &folder]] {
        let out = pressdiff().args(run).args(["--format", "json"]).output().unwrap();
        assert!(!stdout_of(&out).contains('\u{202e}'), "{run:?}: {}", stdout_of(&out));
    }
    assert!(stderr_of(&out).contains("c?[5mbin.txt: skipped, binary file"), "{}", stderr_of(&out));
}

#[test]
fn sanitising_keeps_the_words_around_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let u = write(dir.path(), "hostile.txt", hostile_utf8().as_bytes());
    let a = list_one(&u);
    assert_eq!(a["title"], "Harbour bridge reopens after storm repairs");
    let body = all_text(&a);
    for kept in ["reopened to traffic on Monday morning.", "replaced cables on the southern approach", "timetable"] {
        assert!(body.contains(kept), "{kept:?} lost from {body}");
    }
    // Parameters and payloads of the sequences are gone with them.
    for gone in ["pwned", "evil.example", "secret", "apc", "31m", "2J"] {
        assert!(!body.contains(gone), "{gone:?} survived in {body}");
    }

    let l = write(dir.path(), "hostile-latin1.txt", &hostile_latin1());
    let a = list_one(&l);
    let body = all_text(&a);
    assert!(body.contains("déclaré"), "{body}");
    assert!(body.contains("sûr"), "{body}");
}

#[test]
fn color_always_uses_only_sgr_and_colours_something() {
    let out = pressdiff()
        .args(["diff", &data("harbour_a.txt").display().to_string(), &data("harbour_b.txt").display().to_string()])
        .args(["--color", "always", "--all"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    assert!(text.contains("\u{1b}["), "--color always printed no colour: {text}");
    let plain = strip_sgr(&text).unwrap();
    assert!(!plain.contains("[-") && !plain.contains("{+"), "brackets are for uncoloured output: {plain}");
}

// ── Text written without spaces ─────────────────────────────────────────────────────────────────────────

/// The runs of a diff's JSON that are not equal, as (operation, text), in order.
fn changed_runs(v: &Value) -> Vec<(String, String)> {
    v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["words"].as_array().unwrap().iter())
        .filter(|w| w["op"] != "equal")
        .map(|w| (w["op"].as_str().unwrap().to_string(), w["text"].as_str().unwrap().to_string()))
        .collect()
}

/// Two reports written to a fresh folder as `a.txt` and `b.txt`, and `diff --format json` of them: the
/// folder (which must outlive the paths' use), the two paths, and the JSON.
fn pair_as_json(a: &str, b: &str) -> (tempfile::TempDir, String, String, Value) {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (write(dir.path(), "a.txt", a.as_bytes()), write(dir.path(), "b.txt", b.as_bytes()));
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    (dir, a, b, v)
}

/// Two Japanese reports of one story, each sentence reworded by a word or two.
const JA_A: &str = "東京で大雨\n\n東京都内で昨夜から激しい雨が降り、多くの道路が冠水しました。気象庁によると、雨は明日の朝まで続く見込みです。住民には避難の準備が呼びかけられています。\n";
const JA_B: &str = "東京で記録的な大雨\n\n東京都内で昨夜から記録的な雨が降り、多くの道路が冠水しました。気象庁によると、雨は明日の昼まで続く見込みです。住民には避難の準備が呼びかけられています。\n";

#[test]
fn japanese_sentences_pair_and_show_the_changed_words() {
    let (_dir, a, b, v) = pair_as_json(JA_A, JA_B);
    // The headline is story, and every reworded sentence is paired rather than dropped and added.
    assert_eq!(v["counts"]["added"], 0, "{v}");
    assert_eq!(v["counts"]["omitted"], 0, "{v}");
    assert_eq!(v["counts"]["copied"], 1, "{v}");
    assert_eq!(v["counts"]["paraphrased"], 3, "{v}");
    let changed = changed_runs(&v);
    let want =
        [("insert", "記録的な"), ("delete", "激しい"), ("insert", "記録的な"), ("delete", "朝"), ("insert", "昼")];
    assert_eq!(changed, want.map(|(o, t)| (o.to_string(), t.to_string())));

    // In text, the runs join as they were written: no space appears inside the sentence.
    let out = pressdiff().args(["diff", &a, &b, "--color", "never"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("~  気象庁によると、雨は明日の[-朝-]{+昼+}まで続く見込みです。"), "{text}");
}

/// Two Thai reports of one story: spaces between phrases only, full stops only after shortened words.
const TH_A: &str = "น้ำป่าหลากถล่มแม่ลานคำ อพยพด่วน 386 คน\n\nเมื่อวันที่ 17 ก.ย. 2567 น้ำป่าไหลหลากเข้าท่วมหมู่บ้านริมลำห้วย อ.แม่ลานคำ จ.ภูผาทอง ชาวบ้านต้องอพยพกลางดึก\n\nนายอำเภอแม่ลานคำเปิดเผยว่า ได้เปิดศูนย์พักพิงชั่วคราวที่โรงเรียนบ้านห้วยหินลาด รองรับผู้ประสบภัยได้ราว 500 คน\n";
const TH_B: &str = "น้ำป่าหลากท่วมแม่ลานคำ อพยพด่วน 386 คน\n\nเมื่อวันที่ 17 ก.ย. 2567 น้ำป่าไหลหลากเข้าท่วมหมู่บ้านริมลำห้วย อ.แม่ลานคำ จ.ภูผาทอง ชาวบ้านต้องหนีกลางดึก\n\nนายอำเภอแม่ลานคำกล่าวว่า ได้เปิดศูนย์พักพิงชั่วคราวที่โรงเรียนบ้านห้วยหินลาด รองรับผู้ประสบภัยได้ราว 500 คน\n";

#[test]
fn thai_paragraphs_pair_and_show_the_changed_words() {
    let (_dir, a, b, v) = pair_as_json(TH_A, TH_B);
    // Each paragraph is one sentence, its abbreviations' full stops ("ก.ย.", "จ.") no ends, and each is
    // paired with its rewording rather than dropped and added.
    assert_eq!(v["counts"]["paraphrased"], 3, "{v}");
    assert_eq!(v["counts"]["added"], 0, "{v}");
    assert_eq!(v["counts"]["omitted"], 0, "{v}");
    // The word diff names the words that changed, not the phrases that hold them.
    let changed = changed_runs(&v);
    let want = [
        ("delete", "ถล่ม"),
        ("insert", "ท่วม"),
        ("delete", "อพยพ"),
        ("insert", "หนี"),
        ("delete", "เปิดเผย"),
        ("insert", "กล่าว"),
    ];
    assert_eq!(changed, want.map(|(o, t)| (o.to_string(), t.to_string())));
    // In text, the runs join inside a phrase without a space.
    let out = pressdiff().args(["diff", &a, &b, "--color", "never"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("น้ำป่าหลาก[-ถล่ม-]{+ท่วม+}แม่ลานคำ"), "{text}");
}

#[test]
fn chinese_headlines_are_story_and_words_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "东京发生地震\n\n东京今天发生了里氏六级地震。目前没有人员伤亡的报告。\n".as_bytes());
    let out = pressdiff().args(["list", &dir.path().display().to_string(), "--format", "json"]).output().unwrap();
    let v = json_of(&out);
    let art = &v["articles"][0];
    assert_eq!(art["title"], "东京发生地震");
    assert_eq!(art["boilerplate"].as_array().unwrap().len(), 0, "{art}");
    assert_eq!(art["body"][0], "东京发生地震");
    // One word per character, punctuation riding on the character before it.
    assert_eq!(art["words"], 6 + 13 + 11, "{art}");
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────────────────────

#[test]
fn markdown_links_and_pictures_are_markup_not_story() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.md",
        b"# Bridge reopens after repairs\n\nThe [transport ministry](https://gov.example/statement/2024) said the bridge would reopen on Monday.\n\n![A view of the bridge](https://img.example/bridge.jpg)\n\nEngineers replaced two cables.\n",
    );
    let b = write(
        dir.path(),
        "b.md",
        b"# Bridge reopens after repairs\n\nThe transport ministry said the bridge would reopen on Monday.\n\nEngineers replaced two cables.\n",
    );
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    let v = json_of(&out);
    // The link reads as its words, so the sentence is a copy; the picture is no omitted story.
    assert_eq!(v["counts"]["copied"], 3, "{v}");
    assert_eq!(v["counts"]["omitted"], 0, "{v}");
    assert!(!stdout_of(&out).contains("https://"), "{v}");
    // The picture is set aside as boilerplate, and `--all` still shows it.
    let out = pressdiff().args(["diff", &a, &b, "--all", "--color", "never"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(text.contains("![A view of the bridge](https://img.example/bridge.jpg)  [page furniture]"), "{text}");
}

// ── Huge inputs ─────────────────────────────────────────────────────────────────────────────────────────

/// Two 16 MB files, each one line: A is generated text, B the same with every fifth sentence reworded and
/// every seventh dropped. `diff` must finish and say so; the timeout is a hang guard, not a speed test.
///
/// An unoptimised build needs about two CPU-minutes for this pair, which is why the test profile optimises
/// a little (Cargo.toml): there it takes about ten seconds, alongside the other tests.
#[test]
fn two_16_mb_one_line_files_diff() {
    const SIZE: usize = 16 * 1024 * 1024;
    let mut rng = Rng::new(16);
    let (mut a, mut b) = (String::with_capacity(SIZE + 200), String::with_capacity(SIZE + 200));
    let mut n = 0usize;
    while a.len() < SIZE {
        let s = sentence(&mut rng, 5000);
        a.push_str(&s);
        a.push(' ');
        if n % 7 != 3 {
            if n.is_multiple_of(5) {
                b.push_str(&sentence(&mut rng, 5000));
            } else {
                b.push_str(&s);
            }
            b.push(' ');
        }
        n += 1;
    }
    while b.len() < SIZE {
        b.push_str(&sentence(&mut rng, 5000));
        b.push(' ');
    }
    assert!(!a.contains('\n') && !b.contains('\n'));
    let dir = tempfile::tempdir().unwrap();
    let pa = write(dir.path(), "a.txt", a.as_bytes());
    let pb = write(dir.path(), "b.txt", b.as_bytes());
    drop((a, b));

    let out =
        pressdiff().args(["diff", &pa, &pb, "--format", "json"]).timeout(Duration::from_secs(120)).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "timed out or failed: {}", stderr_of(&out));
    let v = json_of(&out);
    let c = &v["counts"];
    let total: u64 = ["copied", "paraphrased", "added", "omitted"].iter().map(|k| c[k].as_u64().unwrap()).sum();
    assert_eq!(total, v["segments"].as_array().unwrap().len() as u64);
    // Most of B is A's text: the result must say so.
    assert!(c["copied"].as_u64().unwrap() > 0, "{c}");
    let sim = v["similarity"].as_f64().unwrap();
    assert!(sim > 0.5, "similarity {sim} for files sharing most of their text");
}

// ── The corpus is read, never written ───────────────────────────────────────────────────────────────────

type Listing = BTreeMap<String, (u64, SystemTime, Vec<u8>)>;

fn listing(dir: &Path) -> Listing {
    let mut out = Listing::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let m = e.metadata().unwrap();
        let bytes = if m.is_file() { std::fs::read(e.path()).unwrap() } else { Vec::new() };
        out.insert(e.file_name().to_string_lossy().into_owned(), (m.len(), m.modified().unwrap(), bytes));
    }
    out
}

#[test]
fn corpus_is_opened_read_only() {
    // A copy, so the check also covers a folder of binary files and a subfolder; and the shipped corpus.
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        std::fs::copy(sample(name), dir.path().join(name)).unwrap();
    }
    binary_fixtures(dir.path());
    let corpus = sample_dir();
    let before = (listing(dir.path()), listing(&corpus));
    let d = dir.path().display().to_string();
    let a = dir.path().join(SAMPLES[4]).display().to_string();
    let b = dir.path().join(SAMPLES[0]).display().to_string();
    let sa = corpus.join(SAMPLES[4]).display().to_string();
    let sb = corpus.join(SAMPLES[1]).display().to_string();
    let runs: Vec<Vec<&str>> = vec![
        vec!["list", &d],
        vec!["list", "--format", "json", &d],
        vec!["diff", &a, &b, "--all", "--color", "always"],
        vec!["diff", &a, &b, "--format", "json"],
        vec!["list", corpus.to_str().unwrap()],
        vec!["diff", &sa, &sb, "--all"],
        vec!["diff", &sa, &sb, "--format", "json"],
    ];
    for args in runs {
        let out = pressdiff().current_dir(dir.path()).args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    }
    let after = (listing(dir.path()), listing(&corpus));
    assert_eq!(before.0.keys().collect::<Vec<_>>(), after.0.keys().collect::<Vec<_>>(), "files appeared or vanished");
    assert!(before.0 == after.0, "a file in the copied corpus changed");
    assert_eq!(before.1.keys().collect::<Vec<_>>(), after.1.keys().collect::<Vec<_>>(), "sample corpus listing");
    assert!(before.1 == after.1, "a file in the sample corpus changed");
}

// ── Pipes and colour ────────────────────────────────────────────────────────────────────────────────────

/// Run with stdout on a pipe whose read end is already closed: every write fails with EPIPE.
fn run_into_closed_pipe(args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let child = Command::new(env!("CARGO_BIN_EXE_pressdiff"))
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn broken_pipe_is_a_quiet_success() {
    let bbc = sample(BBC).display().to_string();
    let other = sample(SAMPLES[1]).display().to_string();
    for args in [
        vec!["list", "--format", "json"],
        vec!["list"],
        vec!["diff", &bbc, &other, "--format", "json"],
        vec!["diff", &bbc, &other, "--color", "always", "--all"],
    ] {
        let out = run_into_closed_pipe(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        assert!(out.stderr.is_empty(), "{args:?} printed: {}", stderr_of(&out));
    }
}

#[test]
fn a_full_disk_is_an_error_that_names_the_output() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // A system without /dev/full has no disk that is always full to write to.
    };
    let out = Command::new(env!("CARGO_BIN_EXE_pressdiff")).arg("list").stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("pressdiff: standard output: No space left on device"), "{err}");
}

#[test]
fn reader_closing_early_is_a_quiet_success() {
    // `pressdiff list --format json | head -c 10`, with enough output that the writer is still writing.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..12 {
        for name in SAMPLES {
            std::fs::copy(sample(name), dir.path().join(format!("{i:02}-{name}"))).unwrap();
        }
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_pressdiff"))
        .args(["list", "--format", "json", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 10];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut head).unwrap();
    assert_eq!(&head[..1], b"{");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(out.stderr.is_empty(), "{}", stderr_of(&out));
}

#[test]
fn no_color_and_color_auto_on_a_pipe_print_no_escapes() {
    let (a, b) = (data("harbour_a.txt").display().to_string(), data("harbour_b.txt").display().to_string());
    for no_color in [None, Some("1")] {
        let mut cmd = pressdiff();
        cmd.args(["diff", &a, &b, "--color", "auto"]);
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        let text = stdout_of(&out);
        assert!(!text.contains('\u{1b}'), "NO_COLOR={no_color:?}: {text}");
        assert!(text.contains("[-") || text.contains("{+"), "uncoloured changes use brackets: {text}");
    }
    // `always` beats NO_COLOR; `never` beats nothing.
    let out = pressdiff().env("NO_COLOR", "1").args(["diff", &a, &b, "--color", "always"]).output().unwrap();
    assert!(stdout_of(&out).contains("\u{1b}["), "--color always must colour even with NO_COLOR");
}

/// Run the binary on a pseudo-terminal through `script(1)`, so that `--color auto` sees a terminal.
fn on_a_terminal(args: &str, no_color: bool) -> Option<String> {
    let script = ["/usr/bin/script", "/bin/script"].into_iter().find(|p| Path::new(p).exists())?;
    let cmd = format!("{} {args}", env!("CARGO_BIN_EXE_pressdiff"));
    let mut c = Command::new(script);
    c.args(["-qec", &cmd, "/dev/null"]).env_remove("NO_COLOR").stdin(Stdio::null());
    if no_color {
        c.env("NO_COLOR", "1");
    }
    let out = c.output().ok()?;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn no_color_is_honoured_on_a_terminal() {
    let args = format!("diff {} {} --color auto", data("harbour_a.txt").display(), data("harbour_b.txt").display());
    let Some(coloured) = on_a_terminal(&args, false) else {
        eprintln!("skipped: script(1) is not installed");
        return;
    };
    // Control: on a terminal, auto colours.
    assert!(coloured.contains("\u{1b}["), "auto did not colour a terminal: {coloured:?}");
    let plain = on_a_terminal(&args, true).unwrap();
    assert!(!plain.contains('\u{1b}'), "NO_COLOR=1 still coloured: {plain:?}");
    assert!(plain.contains("{+"), "{plain:?}");
}

// ── Exit codes and the diff contract ────────────────────────────────────────────────────────────────────

#[test]
fn diff_exits_0_when_reports_differ() {
    let (a, b) = (data("harbour_a.txt").display().to_string(), data("harbour_b.txt").display().to_string());
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    let c = &v["counts"];
    assert!(c["added"].as_u64().unwrap() + c["omitted"].as_u64().unwrap() + c["paraphrased"].as_u64().unwrap() > 0);
    assert!(v["similarity"].as_f64().unwrap() < 1.0);

    pressdiff().args(["diff", &a, &b]).assert().code(0).stdout(predicate::str::contains("{+"));
}

#[test]
fn diff_with_a_folder_argument_is_an_error() {
    let bbc = sample(BBC).display().to_string();
    let corpus = sample_dir().display().to_string();
    let out = pressdiff().args(["diff", &corpus, &bbc]).output().unwrap();
    assert_one_line_error(&out, &corpus);
    let out = pressdiff().args(["diff", &bbc, &corpus, "--format", "json"]).output().unwrap();
    assert_one_line_error(&out, &corpus);
    // A folder with exactly one article is still a folder.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample(SAMPLES[0]), dir.path().join("only.txt")).unwrap();
    let d = dir.path().display().to_string();
    let out = pressdiff().args(["diff", &bbc, &d]).output().unwrap();
    assert_one_line_error(&out, &d);
}

#[test]
fn diff_json_has_the_documented_shape() {
    let (a, b) = (data("harbour_a.txt").display().to_string(), data("harbour_b.txt").display().to_string());
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    let v = json_of(&out);
    for side in ["a", "b"] {
        for k in ["path", "title"] {
            assert!(v[side][k].is_string(), "{side}.{k}: {v}");
        }
    }
    assert_eq!(v["a"]["path"], a.as_str());
    assert!(v["similarity"].is_f64());
    for k in ["copied", "paraphrased", "added", "omitted", "moved"] {
        assert!(v["counts"][k].is_u64(), "counts.{k}");
    }
    let segs = v["segments"].as_array().unwrap();
    let mut counted: BTreeMap<&str, u64> = BTreeMap::new();
    let mut last_b = None;
    for s in segs {
        let kind = s["kind"].as_str().unwrap();
        *counted.entry(kind).or_default() += 1;
        assert!(s["moved"].is_boolean() && s["similarity"].is_number());
        let (at, bt) = (&s["a_text"], &s["b_text"]);
        match kind {
            "added" => assert!(at.is_null() && bt.is_string()),
            "omitted" => assert!(at.is_string() && bt.is_null()),
            "copied" | "paraphrased" => assert!(at.is_string() && bt.is_string()),
            k => panic!("unknown kind {k}"),
        }
        assert!(s["a_sentences"].is_array() && s["b_sentences"].is_array());
        for w in s["words"].as_array().unwrap() {
            assert!(matches!(w["op"].as_str(), Some("equal" | "delete" | "insert")), "{w}");
            assert!(w["text"].is_string());
        }
        // Segments come in B's reading order.
        if let Some(j) = s["b_sentences"].as_array().unwrap().first().and_then(Value::as_u64) {
            assert!(last_b.is_none_or(|l| l < j), "segments out of B order at {s}");
            last_b = Some(j);
        }
    }
    for (k, n) in counted {
        assert_eq!(v["counts"][k].as_u64(), Some(n), "counts.{k}");
    }
    let moved = segs.iter().filter(|s| s["moved"] == true).count() as u64;
    assert_eq!(v["counts"]["moved"].as_u64(), Some(moved));
}

#[test]
fn list_json_has_the_documented_shape() {
    let out = pressdiff().args(["list", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let v = json_of(&out);
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), SAMPLES.len());
    for a in arts {
        for k in ["id", "path", "title", "encoding"] {
            assert!(a[k].is_string(), "{k}: {a}");
        }
        assert!(a["words"].is_u64());
        assert!(a["body"].as_array().unwrap().iter().all(Value::is_string));
        assert!(a["boilerplate"].as_array().unwrap().iter().all(Value::is_string));
        // words counts the body's words.
        let body_words: usize =
            a["body"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().split_whitespace().count()).sum();
        assert_eq!(a["words"].as_u64(), Some(body_words as u64), "{}", a["id"]);
    }
}

#[test]
fn sample_ids_work_as_diff_arguments() {
    let id = |n: &str| n.trim_end_matches(".txt").to_string();
    let dir = tempfile::tempdir().unwrap();
    let out = pressdiff()
        .current_dir(dir.path())
        .args(["diff", &id(BBC), &id(SAMPLES[2]), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    assert!(v["a"]["path"].as_str().unwrap().ends_with(BBC));
}

// ── A report shaped unlike the sample ───────────────────────────────────────────────────────────────────

/// A local paper's report against a Markdown explainer of the same story: the explainer sets its points
/// out as a bulleted list under question subheads, credits a desk with a reading time, and ends on a
/// short paragraph under another question. None of it is in the sample corpus.
#[test]
fn an_explainers_list_and_last_section_are_story_and_its_desk_credit_is_not() {
    let (a, b) = (data("bridge_herald.txt").display().to_string(), data("bridge_blog.md").display().to_string());
    let out = pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v = json_of(&out);
    let segments = v["segments"].as_array().unwrap();
    let b_text: Vec<&str> = segments.iter().filter_map(|s| s["b_text"].as_str()).collect();
    let story = b_text.join("\n");
    // The list's points, one of them in words the rest of the story does not use, and the closing section.
    for kept in ["- Buses go over the Northgate crossing", "- Cyclists and walkers", "The council says £4.3m"] {
        assert!(story.contains(kept), "{kept:?} is not story:\n{story}");
    }
    // The desk's credit line is not, and no subhead is taken into a paragraph's pair.
    assert!(!story.contains("Posted by"), "{story}");
    assert!(!b_text.iter().any(|t| t.contains("What will it cost?") && t.contains("The council says")), "{story}");
    // The two headlines stand side by side.
    assert_eq!(segments[0]["kind"], "paraphrased", "{}", segments[0]);
    assert_eq!((segments[0]["a_sentences"][0].as_u64(), segments[0]["b_sentences"][0].as_u64()), (Some(0), Some(0)));
}

#[test]
fn an_outlets_correction_is_printed_on_one_line_under_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let story = "Water rationing begins in Urubamba\n\nThe town of Urubamba began rationing water on Friday as its reservoir fell to a record low after months without rain.\n\nOfficials said supplies would be cut for twelve hours a day until the rains return to the valley.\n";
    let a = write(dir.path(), "a.txt", story.as_bytes());
    let corrected = format!(
        "{story}\nCORRECTION: An earlier version\tof this story said Urubamba has 1,200 residents.\u{2028}It has 12,000.\n"
    );
    let b = write(dir.path(), "b.txt", corrected.as_bytes());
    let out = pressdiff().args(["diff", &a, &b, "--color", "never"]).output().unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    let notes: Vec<&str> = text.lines().filter(|l| l.starts_with("note in")).collect();
    assert_eq!(
        notes,
        ["note in B: CORRECTION: An earlier version of this story said Urubamba has 1,200 residents. It has 12,000."],
        "{text}"
    );
    // Not a row of the comparison.
    assert!(!text.lines().any(|l| l.starts_with('+')), "{text}");
    let json = json_of(&pressdiff().args(["diff", &a, &b, "--format", "json"]).output().unwrap());
    assert_eq!(json["a"]["notes"], serde_json::json!([]));
    assert_eq!(json["b"]["notes"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_comment_line_that_ends_in_a_wide_character_is_read_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    for tail in ["“", "ã", "US$100.5.“"] {
        let text = format!("y  s\ne  f f a e d y .\nComments\n, {tail}");
        let p = write(dir.path(), "c.txt", text.as_bytes());
        pressdiff().args(["list", &p]).assert().success();
    }
}
