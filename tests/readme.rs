//! The README's examples are real output: every `$ pressdiff …` line in a `console` block is run, and
//! each line shown under it must be a line of the output, in order. A `…` line stands for lines left out,
//! and the output may go on after the last line shown.

use crate::common::pressdiff;

/// Each example: the command's arguments, how many lines `| head -N` keeps (if piped), and the lines shown.
fn examples(readme: &str) -> Vec<(Vec<String>, Option<usize>, Vec<String>)> {
    let mut out: Vec<(Vec<String>, Option<usize>, Vec<String>)> = Vec::new();
    let mut in_console = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ pressdiff ") {
            let (args, head) = match command.split_once(" | head -") {
                Some((args, n)) => (args, Some(n.trim().parse().expect("head count"))),
                None => (command, None),
            };
            out.push((args.split_whitespace().map(str::to_owned).collect(), head, Vec::new()));
        } else if let Some((_, _, shown)) = out.last_mut() {
            shown.push(line.to_owned());
        }
    }
    // A blank line before the next command separates examples; it is not output.
    for (_, _, shown) in &mut out {
        while shown.last().is_some_and(|l| l.is_empty()) {
            shown.pop();
        }
    }
    out
}

#[test]
fn every_console_example_is_what_the_binary_prints() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let examples = examples(&readme);
    assert!(examples.len() >= 4, "found {} examples", examples.len());
    for (args, head, shown) in examples {
        let out = pressdiff().args(&args).env("NO_COLOR", "1").output().expect("run pressdiff");
        assert!(out.status.success(), "pressdiff {args:?} failed");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let actual: Vec<&str> = text.lines().take(head.unwrap_or(usize::MAX)).collect();
        let mut at = 0;
        let mut skipping = false;
        for want in &shown {
            if want == "…" {
                skipping = true;
                continue;
            }
            let found = if skipping {
                actual[at..].iter().position(|l| l == want).map(|k| at + k)
            } else {
                (actual.get(at) == Some(&want.as_str())).then_some(at)
            };
            let Some(k) = found else {
                panic!(
                    "pressdiff {}: README shows\n{want}\nbut the output has\n{}",
                    args.join(" "),
                    actual.get(at).unwrap_or(&"(nothing)")
                );
            };
            at = k + 1;
            skipping = false;
        }
    }
}
