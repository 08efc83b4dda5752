//! The fact ledger and the similarity matrix: snapshots on the sample corpus, JSON contracts, altered
//! quotes, and the `facts` and `matrix` commands with good and bad inputs.

use crate::common::{BBC, SAMPLES, sample};
use assert_cmd::Command;
use predicates::prelude::*;
use pressdiff::facts::{self, FactKind, Ledger};
use pressdiff::matrix::Matrix;
use pressdiff::output::style::Style;
use pressdiff::{Article, Corpus};

fn pressdiff() -> Command {
    let mut c = Command::cargo_bin("pressdiff").unwrap();
    c.env_remove("NO_COLOR");
    c
}

fn article(name: &str, body: &str) -> Article {
    Article::from_text(name, &format!("Ties between the two neighbours grow\n\n{body}"), "utf-8")
}

#[test]
fn paraphrased_quote_is_altered_and_identical_quote_is_not() {
    let a = article(
        "a.txt",
        "The president pledged “comprehensive and constructive bilateral relations” in his letter. \
         He called it “a friendship forged in war”.",
    );
    let b = article(
        "b.txt",
        "The president pledged \"constructive and comprehensive bilateral relations\" in his letter. \
         He called it \"a friendship forged in war\".",
    );
    let p = facts::compare(&a, &b);
    assert_eq!(p.altered.len(), 1, "{p:#?}");
    assert_eq!(p.altered[0].kind, FactKind::Quote);
    assert_eq!(p.altered[0].a, "comprehensive and constructive bilateral relations");
    assert_eq!(p.altered[0].b, "constructive and comprehensive bilateral relations");
    assert!(p.shared.iter().any(|f| f.kind == FactKind::Quote && f.text == "a friendship forged in war"));

    let same = facts::compare(&a, &a.clone());
    assert!(same.altered.is_empty());
    assert!(same.only_a.is_empty() && same.only_b.is_empty());
}

#[test]
fn replaced_word_in_a_quote_is_altered() {
    let a = article("a.txt", "The ties had been “consolidated and developed century after century”, he wrote.");
    let b = article("b.txt", "The ties had been “reinforced and developed century after century”, he wrote.");
    let p = facts::compare(&a, &b);
    assert_eq!(p.altered.len(), 1);
    assert_eq!(p.altered[0].b, "reinforced and developed century after century");
}

#[test]
fn conflicting_numbers_are_altered() {
    let a = article("a.txt", "The army has launched 30 ballistic missiles from the northern coast this year.");
    let b = article("b.txt", "The army has launched 31 ballistic missiles from the northern coast this year.");
    let p = facts::compare(&a, &b);
    assert_eq!(p.altered.len(), 1);
    assert_eq!((p.altered[0].a.as_str(), p.altered[0].b.as_str()), ("30 ballistic missiles", "31 ballistic missiles"));
}

#[test]
fn a_count_with_its_noun_reworded_is_altered() {
    let a = article(
        "a.txt",
        "More than 1,500 people were evacuated from the valley on Monday after the river burst its banks.",
    );
    let b = article(
        "b.txt",
        "More than 1,200 residents were evacuated from the valley on Monday after the river burst its banks.",
    );
    let p = facts::compare(&a, &b);
    assert_eq!(p.altered.len(), 1, "{p:#?}");
    assert_eq!(
        (p.altered[0].a.as_str(), p.altered[0].b.as_str()),
        ("More than 1,500 people", "More than 1,200 residents")
    );
    assert!(p.only_a.iter().chain(&p.only_b).all(|f| f.kind != FactKind::Number), "{p:#?}");
}

#[test]
fn sample_ledger_shows_the_altered_quotes() {
    let ledger = Ledger::build(&Corpus::sample().articles);
    let altered: Vec<Vec<&str>> =
        ledger.altered().map(|f| f.variants.iter().map(|v| v.text.as_str()).collect()).collect();
    let has = |x: &str, y: &str| altered.iter().any(|v| v.contains(&x) && v.contains(&y));
    assert!(has(
        "comprehensive and constructive bilateral relations",
        "constructive and comprehensive bilateral relations"
    ));
    assert!(has("consolidated and developed century after century", "reinforced and developed century after century"));
    // Curly and straight marks, case: one variant.
    let strategic = ledger.facts.iter().find(|f| f.text.starts_with("strategic and tactical")).unwrap();
    assert_eq!(strategic.variants.len(), 1);
    assert!(!strategic.altered);
}

#[test]
fn facts_table_snapshot() {
    let ledger = Ledger::build(&Corpus::sample().articles);
    let mut out = Vec::new();
    pressdiff::output::facts::text(&mut out, &ledger, Style { color: false }).unwrap();
    insta::assert_snapshot!("facts_table", String::from_utf8(out).unwrap());
}

#[test]
fn a_conflicts_list_names_apart_the_wordings_that_agree() {
    let texts = [
        "Northwind to close plants\n\nNorthwind said it would cut 1,200 jobs at its plants in Ohio this year.",
        "Northwind to close plants\n\nNorthwind said it would cut 1,200 positions at its plants in Ohio this year.",
        "Northwind to close plants\n\nNorthwind said it would cut 1,500 positions at its plants in Ohio this year.",
    ];
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("r{i}.txt"), t, "utf-8")).collect();
    let ledger = Ledger::build(&articles);
    let mut out = Vec::new();
    pressdiff::output::facts::text(&mut out, &ledger, Style { color: false }).unwrap();
    let out = String::from_utf8(out).unwrap();
    // The first column is who says 1,200: not the third report, which the conflict names.
    let row = out.lines().find(|l| l.starts_with("  12·  1,200 jobs")).unwrap_or_else(|| panic!("{out}"));
    assert!(row.ends_with("(also: 1,200 positions ·2·; conflicts with: 1,500 positions ··3)"), "{out}");
}

#[test]
fn matrix_snapshot() {
    let corpus = Corpus::sample();
    let m = Matrix::build(&corpus);
    let d = m.derivations(&corpus);
    let mut out = Vec::new();
    pressdiff::output::matrix::text(&mut out, &m, None, &d, Style { color: false }).unwrap();
    insta::assert_snapshot!("matrix_grid", String::from_utf8(out).unwrap());
    let mut out = Vec::new();
    pressdiff::output::matrix::text(&mut out, &m, Some(2), &d, Style { color: false }).unwrap();
    insta::assert_snapshot!("matrix_top2", String::from_utf8(out).unwrap());
}

#[test]
fn matrix_is_symmetric_in_similarity() {
    let m = Matrix::build(&Corpus::sample());
    for i in 0..5 {
        for j in 0..5 {
            let (x, y) = (m.cell(i, j), m.cell(j, i));
            assert!((x.similarity - y.similarity).abs() < 1e-12);
            assert!((x.contained - y.contains).abs() < 1e-12);
        }
    }
}

/// The ledger's conflicting numbers, each as its variants' texts.
fn conflicts(ledger: &Ledger) -> Vec<Vec<&str>> {
    ledger
        .altered()
        .filter(|f| f.kind == FactKind::Number)
        .map(|f| f.variants.iter().map(|v| v.text.as_str()).collect())
        .collect()
}

#[test]
fn the_ledger_joins_a_figure_changed_in_a_reworded_sentence() {
    // Both give another magnitude, so the noun alone does not join the two figures, and too few words
    // around them are shared: only aligning the two reports says the two sentences are one.
    let wire = article(
        "wire.txt",
        "A magnitude 6.4 earthquake struck the south early on Thursday.\n\n\
         At least 14 aftershocks were recorded in the following six hours, the strongest of magnitude 4.8.\n\n\
         Schools in the region will stay closed until Monday.",
    );
    let site = article(
        "site.txt",
        "The 6.4-magnitude quake struck the south in the early hours of Thursday.\n\n\
         Schools in the region will stay closed until Monday.\n\n\
         At least 14 aftershocks followed, the largest of magnitude 4.6.",
    );
    let ledger = Ledger::build(&[wire.clone(), site.clone()]);
    assert_eq!(conflicts(&ledger), [["magnitude 4.8", "magnitude 4.6"]], "{:#?}", ledger.facts);
    // The same with a third report between them, and its own figure.
    let third = article("third.txt", "The strongest of the 14 aftershocks measured magnitude 4.7, officials said.");
    let ledger = Ledger::build(&[wire, site, third]);
    let joined = conflicts(&ledger);
    assert!(joined.iter().any(|v| v.contains(&"magnitude 4.8") && v.contains(&"magnitude 4.6")), "{joined:?}");
}

#[test]
fn casualties_counted_in_other_words_conflict() {
    // A headline's count of the hurt against another outlet's of the injured: one count, changed.
    let a = article("a.txt", "Pier collapse halts island ferry, 11 hurt\n\nThe pier collapsed on Friday morning.");
    let b = article("b.txt", "Twelve injured as ferry pier collapses\n\nThe pier collapsed on Friday morning.");
    assert_eq!(conflicts(&Ledger::build(&[a, b])), [["11 hurt", "Twelve injured"]]);
    let a = article("a.txt", "Depot blast leaves 4 dead\n\nThe blast hit the fuel depot on Monday.");
    let b = article("b.txt", "5 killed in depot blast\n\nThe blast hit the fuel depot on Monday.");
    assert_eq!(conflicts(&Ledger::build(&[a, b])), [["4 dead", "5 killed"]]);
    // The same count in other words is one fact, not a conflict.
    let a = article("a.txt", "Storm batters coast, 7 hurt\n\nThe storm hit the coast overnight.");
    let b = article("b.txt", "Seven injured as storm batters coast\n\nThe storm hit the coast overnight.");
    assert!(conflicts(&Ledger::build(&[a, b])).is_empty());
}

#[test]
fn the_ledger_joins_a_count_reworded_with_another_noun_through_the_alignment() {
    let a = article(
        "a.txt",
        "Northwind said it would cut about 1,200 jobs, or 3% of its workforce, as it closes two plants in Ohio.",
    );
    let b = article(
        "b.txt",
        "The company announced it would eliminate roughly 1,500 positions, about 3% of its staff, and shut two \
         Ohio plants.",
    );
    let ledger = Ledger::build(&[a, b]);
    assert_eq!(conflicts(&ledger), [["1,200 jobs", "1,500 positions"]], "{:#?}", ledger.facts);
    // Figures in sentences that say different things stay apart.
    let a = article("a.txt", "The firm would cut about 1,200 jobs at its plants this year.");
    let b = article("b.txt", "Ferries stopped while 1,500 positions on the quay were checked by inspectors.");
    assert!(conflicts(&Ledger::build(&[a, b])).is_empty());
}

#[test]
fn facts_command_lists_a_figure_changed_in_a_reworded_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let head = "Quake strikes the south\n\nA magnitude 6.4 earthquake struck the south early on Thursday.\n\n";
    std::fs::write(
        dir.path().join("a.txt"),
        format!(
            "{head}At least 14 aftershocks were recorded in the following six hours, the strongest of magnitude 4.8.\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        format!("{head}At least 14 aftershocks followed, the largest of magnitude 4.6.\n"),
    )
    .unwrap();
    pressdiff().arg("facts").arg(dir.path()).assert().success().stdout(predicate::str::contains(
        "Conflicting numbers (1)\n  magnitude 4.8\n    1·  magnitude 4.8\n    ·2  magnitude 4.6  (conflicts)",
    ));
}

#[test]
fn figures_in_other_scripts_digits_are_facts_and_one_figure_however_written() {
    // One outlet writes Arabic-Indic digits, one Western digits, one a changed toll; the losses in each.
    let dir = tempfile::tempdir().unwrap();
    let head = "حريق في سوق المدينة القديمة\n\n";
    for (name, injured, losses) in [("a.txt", "١٢", "٣٫٥"), ("b.txt", "12", "3.5"), ("c.txt", "١٤", "٣٫٥")] {
        let body = format!(
            "{head}قال الدفاع المدني إن الحريق أدى إلى إصابة {injured} شخصا صباح الثلاثاء.\n\n\
             وأضاف أن الخسائر تقدر بنحو {losses} مليون دينار.\n"
        );
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let out = pressdiff().args(["facts", "--format", "json"]).arg(dir.path()).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let numbers: Vec<&serde_json::Value> =
        v["facts"].as_array().unwrap().iter().filter(|f| f["kind"] == "number").collect();
    let written = |f: &serde_json::Value| -> Vec<(String, usize)> {
        let variants = f["variants"].as_array().unwrap().iter();
        variants.map(|x| (x["text"].as_str().unwrap().to_string(), x["articles"].as_array().unwrap().len())).collect()
    };
    // The toll: a and b agree, however written; c conflicts. The losses: all three agree.
    assert_eq!(numbers.len(), 2, "{numbers:#?}");
    assert_eq!(numbers[0]["altered"], true);
    assert_eq!(written(numbers[0]), [("١٢ شخصا".to_string(), 2), ("١٤ شخصا".to_string(), 1)]);
    assert_eq!(numbers[1]["altered"], false);
    assert_eq!(numbers[1]["articles"].as_array().unwrap().len(), 3);
}

#[test]
fn matrix_reads_dates_in_other_languages_and_orders_the_reports_by_them() {
    // A city hall's release, and a paper that runs it a day later; each dated in its own language's way.
    let dir = tempfile::tempdir().unwrap();
    let story = "Міська рада відкрила новий міст через річку після чотирнадцяти місяців ремонту.\n\n\
                 Міст коштував 48 мільйонів гривень, і його зводили дві бригади без вихідних.\n\n\
                 «Сьогодні ми цю сторінку закриваємо», — сказав на відкритті міський голова.\n";
    std::fs::write(dir.path().join("paper.txt"), format!("Новий міст відкрито\n\n13 вересня 2024, 09:10\n\n{story}"))
        .unwrap();
    std::fs::write(dir.path().join("release.txt"), format!("Міст відкрито\n\n12.09.2024 11:20\n\n{story}")).unwrap();
    let out = pressdiff().args(["matrix", "--format", "json"]).arg(dir.path()).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let dates: Vec<&str> = v["articles"].as_array().unwrap().iter().map(|a| a["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2024-09-13", "2024-09-12"]);
    let derivation = &v["derivations"][0];
    assert_eq!((derivation["id"].as_str(), derivation["source"].as_str()), (Some("paper"), Some("release")));
    assert_eq!(derivation["basis"], "date");
    // Two days apart, the dates leave no doubt.
    assert!(derivation["uncertain"].is_null(), "{derivation}");
}

#[test]
fn matrix_json_says_why_a_direction_is_uncertain() {
    // A wire at 08:15 and an evening copy at 18:30 that adds a paragraph: the copy holds the whole wire,
    // so containment alone calls the wire the copy. The times, which give no zone, order them, in doubt.
    let dir = tempfile::tempdir().unwrap();
    let story = "A fire destroyed a timber warehouse on the edge of Riverton early on Wednesday, officials said.\n\n\
                 Crews from four stations fought the blaze for six hours before bringing it under control.\n\n\
                 The owner said the building had stood empty since the spring and held no stock.\n";
    std::fs::write(dir.path().join("wire.txt"), format!("Warehouse fire\n\nOctober 8, 2025 8:15 AM\n\n{story}"))
        .unwrap();
    std::fs::write(
        dir.path().join("evening.txt"),
        format!(
            "Warehouse fire\n\nOctober 8, 2025 6:30 PM\n\n{story}\nNeighbours said smoke hung over the river until the afternoon, and the road stayed shut.\n"
        ),
    )
    .unwrap();
    let out = pressdiff().args(["matrix", "--format", "json"]).arg(dir.path()).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let d = v["derivations"].as_array().unwrap();
    assert_eq!(d.len(), 1, "{v}");
    assert_eq!((d[0]["id"].as_str(), d[0]["source"].as_str()), (Some("evening"), Some("wire")), "{v}");
    assert_eq!((d[0]["basis"].as_str(), d[0]["uncertain"].as_str()), (Some("date"), Some("unzoned-times")));
}

#[test]
fn matrix_names_a_source_that_holds_about_as_much_and_sets_a_translation_apart() {
    // A wire; a reprint of it an hour later that adds one word; a rewrite the next day that keeps three of
    // the reprint's sentences, the one with the added word too, so that the wire holds nearly as much of
    // it; and a translation, which shares no wording with any of them.
    let dir = tempfile::tempdir().unwrap();
    let kept = |place: &str| {
        format!(
            "Gregor Haldane was found guilty at the crown court of taking deposits from buyers for the quay flats.\n\n\
             The jury took four hours to reach its verdict after a trial that lasted three weeks in the spring.\n\n\
             Prosecutors said the developer had spent the money on cars, horses and a villa on the {place}.\n\n"
        )
    };
    let rest = "Work on the site stopped two years ago, when only the foundations of the first block were laid.\n\n\
                One buyer told the court she had lost her savings and now rents a small flat with her children.\n\n\
                Haldane, who denied every charge, will be sentenced next month and was remanded in custody.\n";
    let write = |name: &str, text: String| std::fs::write(dir.path().join(name), text).unwrap();
    write("wire.txt", format!("Developer guilty of fraud\n\n12 March 2025 14:05 GMT\n\n{}{rest}", kept("coast")));
    write("reprint.txt", format!("Developer guilty\n\n12 March 2025 15:20 GMT\n\n{}{rest}", kept("Spanish coast")));
    write(
        "rewrite.txt",
        format!(
            "What the verdict means\n\n13 March 2025 09:00 GMT\n\n{}\
             Buyers gathered outside the court and some of them wept quietly as the verdict was read out.\n\n\
             A lawyer for several of the families said they would now try to recover what they had paid.\n\n\
             The council said it would look at whether the empty site could be sold to another builder.\n\n\
             Neighbours said the fenced-off plot had become a danger to the children who played there.\n",
            kept("Spanish coast")
        ),
    );
    write(
        "traduction.txt",
        "Promoteur reconnu coupable\n\nLe jury a délibéré quatre heures avant de rendre son verdict.\n\n\
         Les acheteurs ont perdu leurs économies, selon l'accusation.\n"
            .to_string(),
    );
    let out = pressdiff().args(["matrix", "--format", "json"]).arg(dir.path()).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let d = v["derivations"].as_array().unwrap();
    let of = |id: &str| d.iter().find(|d| d["id"] == id).unwrap_or_else(|| panic!("{v}"));
    let near = |d: &serde_json::Value| -> Vec<String> {
        d["near_sources"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_string()).collect()
    };
    // The reprint holds a little more of the rewrite, and is named; the wire behind it, nearly as much.
    let rewrite = of("rewrite");
    assert_eq!((rewrite["source"].as_str(), near(rewrite)), (Some("reprint"), vec!["wire".to_string()]), "{rewrite}");
    let wire_share = rewrite["near_sources"][0]["containment"].as_f64().unwrap();
    assert!(wire_share < rewrite["containment"].as_f64().unwrap(), "{rewrite}");
    assert_eq!((of("reprint")["source"].as_str(), near(of("reprint"))), (Some("wire"), vec![]));

    let out = pressdiff().arg("matrix").arg(dir.path()).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains(&format!("about as much of it is in wire ({:.0}%)", wire_share * 100.0)), "{text}");
    let apart = "share no wording with any other report (shared wording cannot link a translation): traduction";
    assert!(text.contains(apart), "{text}");
}

#[test]
fn facts_json_contract() {
    let out = pressdiff().args(["facts", "--format", "json"]).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    assert!(v["articles"][0]["id"].is_string() && v["articles"][0]["path"].is_string());
    let facts = v["facts"].as_array().unwrap();
    for f in facts {
        assert!(["quote", "number", "entity"].contains(&f["kind"].as_str().unwrap()));
        assert!(f["text"].is_string());
        assert!(!f["articles"].as_array().unwrap().is_empty());
        for var in f["variants"].as_array().unwrap() {
            assert!(var["text"].is_string() && var["articles"].is_array());
        }
    }
    assert!(facts.iter().any(|f| f["altered"] == true && f["kind"] == "quote"));
}

#[test]
fn diff_json_gains_facts() {
    let a = sample(SAMPLES[1]);
    let b = sample(BBC);
    let out =
        pressdiff().args(["diff", "--format", "json"]).arg(&a).arg(&b).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(v["segments"].is_array(), "the comparison is still there");
    for key in ["shared", "only_a", "only_b", "altered"] {
        assert!(v["facts"][key].is_array(), "{key}");
    }
    assert!(v["facts"]["shared"].as_array().unwrap().iter().any(|f| f["kind"] == "quote"));
}

#[test]
fn diff_json_reports_a_figure_replaced_in_an_aligned_pair_either_way() {
    let dir = tempfile::tempdir().unwrap();
    let head = "Northwind to close plants\n\n";
    let a = dir.path().join("wire.txt");
    let b = dir.path().join("blog.txt");
    std::fs::write(&a, format!("{head}Northwind said it would cut about 1,200 jobs, or 3% of its workforce, as it closes two plants in Ohio by the end of 2026.\n")).unwrap();
    std::fs::write(&b, format!("{head}The company announced it would eliminate roughly 1,500 positions, about 3% of its staff, and shut two Ohio plants by end-2026.\n")).unwrap();
    let altered = |x: &std::path::Path, y: &std::path::Path| {
        let out =
            pressdiff().args(["diff", "--format", "json"]).arg(x).arg(y).assert().success().get_output().stdout.clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let numbers: Vec<(String, String)> = v["facts"]["altered"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["kind"] == "number")
            .map(|x| (x["a"].as_str().unwrap().to_string(), x["b"].as_str().unwrap().to_string()))
            .collect();
        numbers
    };
    assert_eq!(altered(&a, &b), [("1,200 jobs".to_string(), "1,500 positions".to_string())]);
    assert_eq!(altered(&b, &a), [("1,500 positions".to_string(), "1,200 jobs".to_string())]);
}

/// The pair of [`diff_json_reports_a_figure_replaced_in_an_aligned_pair_either_way`], written to `dir`.
fn jobs_pair(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let head = "Northwind to close plants\n\n";
    let (a, b) = (dir.join("wire.txt"), dir.join("blog.txt"));
    std::fs::write(&a, format!("{head}Northwind said it would cut about 1,200 jobs, or 3% of its workforce, as it closes two plants in Ohio by the end of 2026. “We regret this deeply,” a spokeswoman said.\n")).unwrap();
    std::fs::write(&b, format!("{head}The company announced it would eliminate roughly 1,500 positions, about 3% of its staff, and shut two Ohio plants by end-2026. “We regret this greatly,” a spokeswoman said.\n")).unwrap();
    (a, b)
}

#[test]
fn text_diff_lists_the_changed_number_and_quotation_above_the_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = jobs_pair(dir.path());
    let out =
        pressdiff().args(["diff", "--color", "never"]).arg(&a).arg(&b).assert().success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[3].starts_with("facts ") && lines[3].ends_with(" · 2 altered"), "{out}");
    // Quotations first, each with A's wording struck out and B's put in, as in the rows.
    assert_eq!(lines[4], "≠ quote   “We regret this [-deeply-] {+greatly+}”", "{out}");
    assert_eq!(lines[5], "≠ number  [-1,200 jobs-] {+1,500 positions+}", "{out}");
    assert_eq!(lines[6], "", "{out}");
    // The other way round, the other way round.
    let out =
        pressdiff().args(["diff", "--color", "never"]).arg(&b).arg(&a).assert().success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("\n≠ number  [-1,500 positions-] {+1,200 jobs+}\n"), "{out}");
}

#[test]
fn no_facts_leaves_the_facts_out_of_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = jobs_pair(dir.path());
    let run = |args: &[&str]| {
        let out = pressdiff().arg("diff").args(args).arg(&a).arg(&b).assert().success().get_output().stdout.clone();
        String::from_utf8(out).unwrap()
    };
    let (with, without) = (run(&["--color", "never"]), run(&["--color", "never", "--no-facts"]));
    assert!(with.contains("\nfacts ") && with.contains("\n≠ number"), "{with}");
    assert!(!without.contains("\nfacts ") && !without.contains('≠'), "{without}");
    // Nothing else changes: the rows are the same.
    let rows =
        |s: &str| s.lines().filter(|l| l.starts_with(['=', '~', '+', '-'])).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(rows(&with), rows(&without));
    assert!(!rows(&with).is_empty());
    let json = |args: &[&str]| serde_json::from_str::<serde_json::Value>(&run(args)).unwrap();
    let (with, without) = (json(&["--format", "json"]), json(&["--format", "json", "--no-facts"]));
    assert!(with["facts"]["altered"].is_array());
    assert!(without.get("facts").is_none(), "{without}");
    assert_eq!(with["segments"], without["segments"]);
}

#[test]
fn diff_json_reports_altered_quotes() {
    let out = pressdiff()
        .args(["diff", "--format", "json"])
        .arg(sample(SAMPLES[3]))
        .arg(sample(BBC))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let altered = v["facts"]["altered"].as_array().unwrap();
    assert!(altered.iter().any(|x| x["kind"] == "quote"
        && x["a"] == "reinforced and developed century after century"
        && x["b"] == "consolidated and developed century after century"));
}

#[test]
fn matrix_json_pairs_and_nearest() {
    let out = pressdiff().args(["matrix", "--format", "json"]).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let pairs = v["pairs"].as_array().unwrap();
    assert!(!pairs.is_empty());
    for p in pairs {
        for k in ["similarity", "a_in_b", "b_in_a"] {
            let x = p[k].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&x));
        }
    }
    assert!(v["derivations"].is_array());
    let out =
        pressdiff().args(["matrix", "--top", "2", "--format", "json"]).assert().success().get_output().stdout.clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(v.get("pairs").is_none());
    let nearest = v["nearest"].as_array().unwrap();
    assert_eq!(nearest.len(), 5);
    assert!(nearest.iter().all(|n| n["neighbours"].as_array().unwrap().len() <= 2));
    // The shape the README documents.
    let keys = |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    assert_eq!(keys(&nearest[0]), ["id", "neighbours", "path"]);
    assert_eq!(keys(&nearest[0]["neighbours"][0]), ["contained", "contains", "id", "path", "shared", "similarity"]);
}

#[test]
fn matrix_json_gives_the_evidence_whole_and_the_text_clips_it() {
    let dir = tempfile::tempdir().unwrap();
    let long = "The council said on Wednesday that the harbour bridge, closed since the spring storms tore away \
                part of its steel deck and two of its lamp posts, would reopen to cars and buses on Monday \
                after repairs that ran four months late and cost the city far more than first planned.";
    assert!(long.chars().count() > 200);
    let story = format!("{long}\n\nTraffic was light in the morning but grew heavy by the evening rush.\n");
    std::fs::write(dir.path().join("wire.txt"), format!("Bridge reopens\n\n{story}")).unwrap();
    std::fs::write(
        dir.path().join("copy.txt"),
        format!("Bridge to reopen\n\n{story}\nShops near the bridge said trade had fallen by half since it closed.\n"),
    )
    .unwrap();
    let out = pressdiff().args(["matrix", "--format", "json"]).arg(dir.path()).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["derivations"][0]["evidence"].as_str(), Some(long));
    let out = pressdiff().args(["matrix", "--color", "never"]).arg(dir.path()).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let line = text.lines().find(|l| l.contains("e.g. “")).expect("an evidence line");
    assert!(line.ends_with("…”") && line.chars().count() < 200, "{line}");
}

#[test]
fn text_output_has_no_escapes_without_colour() {
    for cmd in ["facts", "matrix"] {
        pressdiff().arg(cmd).env("NO_COLOR", "1").assert().success().stdout(predicate::str::contains("\x1b").not());
        pressdiff().args([cmd, "--color", "never"]).assert().success().stdout(predicate::str::contains("\x1b").not());
    }
    pressdiff().args(["facts", "--color", "always"]).assert().success().stdout(predicate::str::contains("\x1b["));
}

#[test]
fn missing_path_exits_2_naming_it() {
    for cmd in ["facts", "matrix"] {
        pressdiff()
            .args([cmd, "/no/such/folder-xyz"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("/no/such/folder-xyz"))
            .stderr(predicate::function(|s: &str| s.lines().count() == 1));
    }
}

#[test]
fn empty_folder_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["facts", "matrix"] {
        pressdiff().arg(cmd).arg(dir.path()).assert().code(2).stderr(predicate::str::contains("no articles"));
    }
}

#[test]
fn bad_top_is_a_usage_error() {
    for bad in ["0", "five", "-3"] {
        let out = pressdiff().args(["matrix", "--top", bad]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(err.lines().count() == 1 && err.contains(&format!("'{bad}'")), "{bad}: {err}");
    }
}

#[test]
fn folder_of_files_works() {
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        std::fs::copy(sample(name), dir.path().join(name)).unwrap();
    }
    pressdiff().args(["matrix", "--top", "1", "--color", "never"]).arg(dir.path()).assert().success().stdout(
        predicate::str::contains("Who draws on whom")
            .and(predicate::str::contains("The nearest report to each article")),
    );
    pressdiff()
        .args(["facts", "--color", "never"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("Altered quotes"));
    // More than there are: the heading counts the others there are, not the number asked for.
    let others = SAMPLES.len() - 1;
    pressdiff().args(["matrix", "--top", "99", "--color", "never"]).arg(dir.path()).assert().success().stdout(
        predicate::str::contains(format!("The {others} other reports of each article, nearest first"))
            .and(predicate::str::contains("99").not()),
    );
}

#[test]
fn conflicting_numbers_are_printed_as_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("wire.txt", "TechCorp to cut jobs\n\nTechCorp will cut 2,300 jobs, its chief executive said on Monday.\n");
    write("paper.txt", "TechCorp axes jobs\n\nTechCorp is to axe 3,200 jobs after posting a loss.\n");
    let out = pressdiff().args(["facts", "--color", "never"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Conflicting numbers (1)"), "{text}");
    assert!(text.contains("(conflicts with: "), "{text}");
    assert!(!text.contains("(altered: "), "{text}");
    // A third report that agrees with the first is listed with it, before the one that conflicts, which
    // alone is marked.
    write("agency.txt", "TechCorp to shed jobs\n\nTechCorp will cut 2,300 jobs, the company confirmed on Monday.\n");
    let out = pressdiff().args(["facts", "--color", "never"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let block: Vec<&str> = text.lines().skip_while(|l| !l.starts_with("Conflicting numbers")).take(4).collect();
    assert_eq!(block[1..].iter().filter(|l| l.ends_with("(conflicts)")).count(), 1, "{text}");
    assert!(block[3].contains("3,200 jobs  (conflicts)"), "{text}");
}

/// The figures of one variant of a fact, read in ASCII digits, their thousands separators dropped.
fn figures_of(text: &str) -> Vec<String> {
    let ascii = pressdiff::digits::with_ascii_digits(text).0;
    let mut out = Vec::new();
    let mut current = String::new();
    for c in ascii.chars().chain([' ']) {
        if c.is_ascii_digit() || (!current.is_empty() && (c == '.' || c == ',')) {
            current.push(c);
        } else if !current.is_empty() {
            let figure = current.trim_end_matches(['.', ',']).replace(',', "");
            out.push(figure);
            current.clear();
        }
    }
    out
}

#[test]
fn eight_languages_figures_in_their_own_digits_conflict_only_where_the_reports_differ() {
    // Eight stories, three reports each, in Arabic, Persian, Bengali, Hindi, Thai, Japanese, Urdu and
    // Nepali, with figures in the language's own digits in some reports and in ASCII ones in others, and
    // two figures planted in each that one report gives otherwise. `facts` must flag those two, and no
    // figure that agrees however it is written.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/figures");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    for (set, want) in expected.as_object().unwrap() {
        let out = pressdiff().args(["facts", "--format", "json"]).arg(dir.join(set)).assert().success();
        let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let conflicts: Vec<&serde_json::Value> =
            v["facts"].as_array().unwrap().iter().filter(|f| f["kind"] == "number" && f["altered"] == true).collect();
        let planted = want["conflicts"].as_array().unwrap();
        assert_eq!(conflicts.len(), planted.len(), "{set}: {conflicts:#?}");
        for p in planted {
            let (agreeing, conflicting, odd) = (
                p["agreeing_value"].as_str().unwrap(),
                p["conflicting_value"].as_str().unwrap(),
                p["odd_one_out"].as_str().unwrap(),
            );
            let found = conflicts.iter().any(|f| {
                let variants = f["variants"].as_array().unwrap();
                let holds = |value: &str| {
                    variants.iter().find(|x| figures_of(x["text"].as_str().unwrap()).iter().any(|n| n == value))
                };
                let odd_one = holds(conflicting).is_some_and(|x| {
                    let articles = x["articles"].as_array().unwrap();
                    articles.len() == 1 && articles[0].as_str().unwrap().ends_with(odd)
                });
                holds(agreeing).is_some() && odd_one
            });
            assert!(found, "{set}: {agreeing} against {odd}'s {conflicting} not found in {conflicts:#?}");
        }
    }
}

#[test]
fn a_firm_one_report_names_in_full_and_another_in_short_is_one_name() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "a.txt",
        "Fire at packing plant\n\nEastwood Packing said on Monday that a fire had destroyed its plant near Calder.\n",
    );
    write(
        "b.txt",
        "Calder plant destroyed\n\nA fire destroyed the Eastwood plant near Calder early on Monday, the company said.\n",
    );
    let out = pressdiff().args(["facts", "--color", "never"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("12  Eastwood Packing  (also: Eastwood ·2)"), "{text}");
    assert!(!text.contains("only a") && !text.contains("only b"), "{text}");
}

#[test]
fn each_wording_says_whether_it_changes_the_fact() {
    // One figure three ways: the first, another figure, and the first in other words.
    let dir = tempfile::tempdir().unwrap();
    let head = "Quellmark beats forecasts\n\n";
    for (name, revenue) in [("a.txt", "$4.2 billion"), ("b.txt", "$4.6 billion"), ("c.txt", "US$4,200 million")] {
        let body = format!(
            "{head}Quellmark Energy Storage reported third-quarter revenue of {revenue} on Wednesday, as utilities \
             stepped up orders for its batteries.\n\nThe company will hire about 1,800 workers at its Monterrey plant.\n"
        );
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    std::fs::write(dir.path().join("d.txt"), std::fs::read(dir.path().join("a.txt")).unwrap()).unwrap();
    let out = pressdiff().args(["facts", "--format", "json"]).arg(dir.path()).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let revenue = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "number" && f["altered"] == true)
        .unwrap_or_else(|| panic!("no conflict in {v:#}"));
    let flags: Vec<(&str, bool)> = revenue["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["text"].as_str().unwrap(), x["changes"].as_bool().unwrap()))
        .collect();
    // The wordings of the figure most reports give come first.
    assert_eq!(flags, [("$4.2 billion", false), ("US$4,200 million", false), ("$4.6 billion", true)], "{revenue:#}");
    // A fact no report changes has no wording that changes it.
    let workers = v["facts"].as_array().unwrap().iter().find(|f| f["text"] == "1,800 workers").unwrap();
    assert!(workers["variants"].as_array().unwrap().iter().all(|x| x["changes"] == false));
}

/// Two reports of one quotation, the second giving it to another speaker, in a folder of their own.
fn misattributed_pair() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let quote = "\"We will not open the canister until it is inside the clean room,\"";
    let write = |name: &str, text: String| std::fs::write(dir.path().join(name), text).unwrap();
    write("a.txt", format!("Capsule lands in the outback\n\n{quote} said Dr Haruto Sakamaki, who leads the team.\n"));
    write(
        "b.txt",
        format!("Asteroid capsule comes home\n\n{quote} said Dr Miriam Okonkwo-Hale, the lead scientist.\n"),
    );
    dir
}

#[test]
fn a_quotation_given_to_another_speaker_is_flagged_by_diff_and_facts() {
    let dir = misattributed_pair();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    pressdiff().args(["diff", "--color", "never"]).arg(&a).arg(&b).assert().success().stdout(predicate::str::contains(
        "≠ speaker “We will not open the canister…” [-Haruto Sakamaki-] {+Miriam Okonkwo-Hale+}",
    ));
    let out = pressdiff().args(["diff", "--format", "json"]).arg(&a).arg(&b).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let altered = &json["facts"]["altered"][0];
    assert_eq!(altered["kind"], "quote");
    assert_eq!(altered["a"], altered["b"]);
    assert_eq!(altered["speakers"], serde_json::json!(["Haruto Sakamaki", "Miriam Okonkwo-Hale"]));

    let out = pressdiff().args(["facts", "--color", "never"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // Counted as altered, and said to be misattributed: no report here changed its words.
    assert!(text.contains("1 quote (1 altered, 1 of them misattributed)"), "{text}");
    assert!(text.contains("Altered or misattributed quotes (1)"), "{text}");
    assert!(text.contains("said by Miriam Okonkwo-Hale  (another speaker)"), "{text}");
    let out = pressdiff().args(["facts", "--format", "json"]).arg(dir.path()).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let quote = json["facts"].as_array().unwrap().iter().find(|f| f["kind"] == "quote").unwrap();
    let given: Vec<(&str, bool)> = quote["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["speaker"].as_str().unwrap(), v["changes"].as_bool().unwrap()))
        .collect();
    assert_eq!(given, [("Haruto Sakamaki", false), ("Miriam Okonkwo-Hale", true)]);
}
