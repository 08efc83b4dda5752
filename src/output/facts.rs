//! Printers of the fact ledger: a table for people (altered quotes and conflicting numbers first, then
//! every fact with the articles that carry it) and JSON for scripts.

use super::style::Style;
use crate::facts::{FactKind, Ledger, LedgerFact, Variant};
use serde::Serialize;
use std::io::{self, Write};

/// Up to this many articles, each fact shows a presence grid (one column per article); beyond, a count.
const GRID_MAX: usize = 16;

#[derive(Serialize)]
struct LedgerJson<'a> {
    articles: Vec<ArticleJson<'a>>,
    facts: Vec<FactJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    id: &'a str,
    path: &'a str,
}

#[derive(Serialize)]
struct FactJson<'a> {
    kind: FactKind,
    text: &'a str,
    articles: Vec<&'a str>,
    variants: Vec<VariantJson<'a>>,
    altered: bool,
}

#[derive(Serialize)]
struct VariantJson<'a> {
    text: &'a str,
    articles: Vec<&'a str>,
    /// This wording changes the fact: other words inside the quotation marks than the first wording's,
    /// or another figure. False for the first, an excerpt of it, or its figure in other words or units,
    /// so that a script building corrections need not tell "US$4,200 million" from "$4.2 billion" itself.
    /// True too for the same words given to another speaker.
    changes: bool,
    /// Quotes: who these articles give the quotation to, when one of them names someone.
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
}

/// Print the ledger as JSON.
pub fn json(w: &mut impl Write, ledger: &Ledger) -> io::Result<()> {
    let path = |i: &usize| ledger.articles[*i].path.as_str();
    let value = LedgerJson {
        articles: ledger.articles.iter().map(|a| ArticleJson { id: &a.id, path: &a.path }).collect(),
        facts: ledger
            .facts
            .iter()
            .map(|f| FactJson {
                kind: f.kind,
                text: &f.text,
                articles: f.articles.iter().map(path).collect(),
                variants: f
                    .variants
                    .iter()
                    .map(|v| VariantJson {
                        text: &v.text,
                        articles: v.articles.iter().map(path).collect(),
                        changes: f.changes(v),
                        speaker: v.speaker.as_deref(),
                    })
                    .collect(),
                altered: f.altered,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &value)?;
    writeln!(w)
}

/// A count and its noun, singular for one: "1 article", "3 quotes".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Print the ledger as a table: the articles and their column numbers, the altered facts with each
/// wording, then quotes, numbers and names with the articles carrying them.
pub fn text(w: &mut impl Write, ledger: &Ledger, style: Style) -> io::Result<()> {
    let n = ledger.articles.len();
    let count = |k: FactKind| ledger.facts.iter().filter(|f| f.kind == k).count();
    let altered = |k: FactKind| ledger.altered().filter(|f| f.kind == k).count();
    // The quotations given to another speaker are counted among the altered: under "altered" alone, a
    // reader looked for changed words that no report made; counted apart from them, those whose words
    // changed too went uncounted, and six rows marked "another speaker" stood under a header that said two.
    let misattributed = ledger.altered().filter(|f| f.misattributed()).count();
    let quotes_changed = match misattributed {
        0 => format!("{} altered", altered(FactKind::Quote)),
        m => format!("{} altered, {m} of them misattributed", altered(FactKind::Quote)),
    };
    writeln!(
        w,
        "{}",
        style.bold(&format!(
            "{} · {} ({quotes_changed}) · {} ({} conflicting) · {} ({} misspelt)",
            counted(n, "article", "articles"),
            counted(count(FactKind::Quote), "quote", "quotes"),
            counted(count(FactKind::Number), "number", "numbers"),
            altered(FactKind::Number),
            counted(count(FactKind::Entity), "name", "names"),
            altered(FactKind::Entity)
        ))
    )?;
    if n <= GRID_MAX {
        writeln!(w)?;
        for (i, a) in ledger.articles.iter().enumerate() {
            writeln!(w, "  {:>2}  {}", column(i), a.path)?;
        }
    }
    let quotes_title = if misattributed > 0 { "Altered or misattributed quotes" } else { "Altered quotes" };
    for (kind, title) in [(FactKind::Quote, quotes_title), (FactKind::Number, "Conflicting numbers")] {
        let facts: Vec<&LedgerFact> = ledger.altered().filter(|f| f.kind == kind).collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(w)?;
        writeln!(w, "{}", style.bold(&format!("{title} ({})", facts.len())))?;
        let changed = if kind == FactKind::Number { "conflicts" } else { "altered" };
        for f in facts {
            writeln!(w, "  {}", style.paint("33", &shown(f.kind, &f.text)))?;
            // The wordings that say what the first does, then those that change it, each marked: in a list
            // of all of them, three reports' "1,200 jobs", "1,200 posts" and "1,500 positions" did not say
            // which one conflicts.
            let (agree, differ): (Vec<&Variant>, Vec<&Variant>) =
                f.variants.iter().partition(|v| f.agrees_with_first(v));
            for v in agree {
                writeln!(w, "    {}  {}", carriers(ledger, &v.articles, style), worded(f, v))?;
            }
            for v in differ {
                let (who, text) = (carriers(ledger, &v.articles, style), worded(f, v));
                // The same words given to someone else are told apart from other words.
                let how = if f.only_speaker_changes(v) {
                    "another speaker".to_string()
                } else if f.said_by_another_than_first(v) {
                    format!("{changed}, another speaker")
                } else {
                    changed.to_string()
                };
                writeln!(w, "    {who}  {text}  {}", style.dim(&format!("({how})")))?;
            }
        }
    }
    for (kind, title) in [(FactKind::Quote, "Quotes"), (FactKind::Number, "Numbers"), (FactKind::Entity, "Names")] {
        let facts: Vec<&LedgerFact> = ledger.facts.iter().filter(|f| f.kind == kind).collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(w)?;
        writeln!(w, "{}", style.bold(&format!("{title} ({})", facts.len())))?;
        for f in facts {
            // The first column is who gives the first wording, or one that says what it does: under
            // everyone who carries the fact in any wording, "12 workers (conflicts with: 19 workers ·2·4)"
            // read as if reports 2 and 4 gave 12 too.
            let mut agreeing: Vec<usize> =
                f.variants.iter().filter(|v| f.agrees_with_first(v)).flat_map(|v| v.articles.iter().copied()).collect();
            agreeing.sort_unstable();
            agreeing.dedup();
            let shown_first = match f.variants.first() {
                Some(v) if v.text == f.text => worded(f, v),
                _ => shown(f.kind, &f.text),
            };
            let mut line = format!("  {}  {}", carriers(ledger, &agreeing, style), shown_first);
            // Each other wording names its own carriers.
            // Plain inside the dimmed parenthesis: a colour reset of its own would end the dimming.
            let listed =
                |v: &&Variant| format!("{} {}", worded(f, v), carriers(ledger, &v.articles, Style { color: false }));
            // The wordings that say what the first does ("also"), apart from those that change it: an
            // excerpt of an altered quotation, or a count that agrees with the first, is no alteration. The
            // first's own words given to another speaker are listed too.
            let first = &f.variants[0];
            let (agree, differ): (Vec<_>, Vec<_>) =
                f.variants.iter().filter(|v| v.text != f.text || v.said_by_another(first)).partition(|v| !f.changes(v));
            let (given, differ): (Vec<_>, Vec<_>) = differ.into_iter().partition(|v| f.only_speaker_changes(v));
            let changed = if f.kind == FactKind::Number { "conflicts with" } else { "altered" };
            let groups: Vec<String> = [("also", agree), (changed, differ), ("another speaker", given)]
                .into_iter()
                .filter(|(_, wordings)| !wordings.is_empty())
                .map(|(label, wordings)| {
                    format!("{label}: {}", wordings.iter().map(listed).collect::<Vec<_>>().join(", "))
                })
                .collect();
            if !groups.is_empty() {
                line.push_str(&style.dim(&format!("  ({})", groups.join("; "))).to_string());
            }
            if f.articles.len() == 1 && n > 1 {
                line.push_str(&style.dim(&format!("  only {}", ledger.articles[f.articles[0]].id)).to_string());
            }
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// The column label of article `i`: 1–9, then letters, so each fits one character of the grid.
fn column(i: usize) -> char {
    const LABELS: &[u8] = b"123456789abcdefghijklmnopqrstuvwxyz";
    LABELS.get(i).map_or('?', |&b| b as char)
}

/// Which articles carry a fact: a grid of column labels and dots, or a count for a big corpus.
fn carriers(ledger: &Ledger, articles: &[usize], style: Style) -> String {
    let n = ledger.articles.len();
    if n <= GRID_MAX {
        (0..n)
            .map(
                |i| {
                    if articles.binary_search(&i).is_ok() { column(i).to_string() } else { style.dim("·").to_string() }
                },
            )
            .collect()
    } else {
        format!("{:>5} articles", articles.len())
    }
}

/// A wording as a row shows it: a quotation with its speaker, where the reports give it to more than one.
fn worded(f: &LedgerFact, v: &Variant) -> String {
    match &v.speaker {
        Some(name) if f.misattributed() => format!("{} said by {name}", shown(f.kind, &v.text)),
        _ => shown(f.kind, &v.text),
    }
}

fn shown(kind: FactKind, text: &str) -> String {
    match kind {
        FactKind::Quote => format!("“{text}”"),
        _ => text.to_string(),
    }
}
