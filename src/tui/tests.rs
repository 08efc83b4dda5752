//! Screens drawn on a test backend after scripted actions, at 80x24 and 120x40 (and a window too small to
//! use). The sample corpus is used throughout, in the no-colour theme: the snapshots hold text only, and the
//! marks must carry the meaning on their own.

use super::action::Action::{self, *};
use super::app::{App, Options};
use super::theme::ThemeName;
use pressdiff::{Article, Corpus};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Run `actions` on a fresh app (waiting for background work after each) and return the final screen.
fn screen(width: u16, height: u16, actions: &[Action]) -> String {
    screen_of(Corpus::sample(), width, height, actions)
}

/// [`screen`], on a corpus of the test's own.
fn screen_of(corpus: Corpus, width: u16, height: u16, actions: &[Action]) -> String {
    let mut app = App::new(corpus, Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    app.settle();
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    for a in actions {
        app.step(a.clone());
        app.settle();
        term.draw(|f| super::draw(f, &mut app)).expect("draw");
    }
    term.backend().to_string()
}

fn typed(text: &str) -> Vec<Action> {
    text.chars().map(Type).collect()
}

/// The BBC report (the last in the sample) as A, the first report as B.
fn bbc_vs_first() -> Vec<Action> {
    vec![Bottom, MakeBase, Top, Compare]
}

#[test]
fn opening_screen() {
    insta::assert_snapshot!("open_80x24", screen(80, 24, &[]));
    insta::assert_snapshot!("open_120x40", screen(120, 40, &[]));
}

#[test]
fn side_by_side_bbc() {
    insta::assert_snapshot!("bbc_side_by_side_120x40", screen(120, 40, &bbc_vs_first()));
    insta::assert_snapshot!("bbc_side_by_side_80x24", screen(80, 24, &bbc_vs_first()));
}

#[test]
fn inline_bbc() {
    let mut script = bbc_vs_first();
    script.push(ToggleView);
    insta::assert_snapshot!("bbc_inline_120x40", screen(120, 40, &script));
    insta::assert_snapshot!("bbc_inline_80x24", screen(80, 24, &script));
}

#[test]
fn boilerplate_shown() {
    let mut script = bbc_vs_first();
    script.push(ToggleBoilerplate);
    insta::assert_snapshot!("bbc_boilerplate_120x40", screen(120, 40, &script));
}

#[test]
fn next_change_and_page() {
    let mut script = bbc_vs_first();
    script.extend([NextChange, NextChange, PageDown]);
    insta::assert_snapshot!("bbc_scrolled_80x24", screen(80, 24, &script));
}

#[test]
fn after_g_the_previous_change_is_the_last_one() {
    let mut script = bbc_vs_first();
    script.extend([Bottom, PrevChange]);
    let (app, term) = run_on(Corpus::sample(), 80, 24, &script);
    let items = &app.lines.as_ref().expect("lines").items;
    let last = (0..items.len()).rev().find(|&i| items[i].is_change());
    assert!(last.is_some() && app.cursor == last, "{:?} {last:?}\n{}", app.cursor, term.backend());
    // From the top, `[` finds nothing above.
    let mut script = bbc_vs_first();
    script.push(PrevChange);
    let (app, _) = run_on(Corpus::sample(), 80, 24, &script);
    assert_eq!(app.cursor, None);
}

#[test]
fn help_overlay() {
    insta::assert_snapshot!("help_80x24", screen(80, 24, &[ToggleHelp]));
    let mut script = vec![ToggleHelp, StartSearch];
    script.extend(typed("search"));
    insta::assert_snapshot!("help_filtered_120x40", screen(120, 40, &script));
    // Esc drops the filter, and a second closes help.
    let mut closed = script.clone();
    closed.push(Close);
    assert_eq!(screen(120, 40, &closed), screen(120, 40, &[ToggleHelp]));
    closed.push(Close);
    assert_eq!(screen(120, 40, &closed), screen(120, 40, &[]));
}

#[test]
fn help_scrolls_with_j_and_says_what_is_below() {
    let top = screen(80, 24, &[ToggleHelp]);
    assert!(top.contains("more lines ↓"), "{top}");
    // `j` scrolls, as in the panes; it does not start a filter.
    let down = screen(80, 24, &[ToggleHelp, Down, Down]);
    assert!(down.contains("Press / to filter") && !down.contains("filter: "), "{down}");
    assert_ne!(down, top);
    let bottom = screen(80, 24, &[ToggleHelp, Bottom]);
    assert!(!bottom.contains("more lines ↓") && bottom.contains("(Jaccard; == identical)"), "{bottom}");
    // Enter ends typing and keeps the filter; `j` then scrolls again.
    let mut kept = vec![ToggleHelp, StartSearch];
    kept.extend(typed("swap"));
    kept.extend([Submit, Down]);
    let s = screen(80, 24, &kept);
    assert!(s.contains("filter: swap") && s.contains("swap A and B"), "{s}");
}

/// [`bbc_vs_first`], then a search for `query`, submitted.
fn searched(query: &str) -> Vec<Action> {
    let mut script = bbc_vs_first();
    script.push(StartSearch);
    script.extend(typed(query));
    script.push(Submit);
    script
}

#[test]
fn search() {
    let mut script = searched("kim");
    insta::assert_snapshot!("search_120x40", screen(120, 40, &script));
    script.push(Next);
    insta::assert_snapshot!("search_next_80x24", screen(80, 24, &script));
}

#[test]
fn prompts_edit_like_a_shell_and_an_empty_search_repeats_the_last() {
    let mut script = bbc_vs_first();
    script.push(StartSearch);
    script.extend(typed("north kor"));
    script.push(DeleteWord);
    script.extend(typed("kim"));
    let (app, _) = run_on(Corpus::sample(), 120, 40, &script);
    assert_eq!(app.search.input.as_deref(), Some("north kim"));
    script.extend([ClearInput, Type('k'), Type('i'), Type('m'), Submit]);
    let (app, _) = run_on(Corpus::sample(), 120, 40, &script);
    assert_eq!(app.search.query.as_deref(), Some("kim"));
    let first = app.cursor.expect("on a match");
    // `/` Enter goes on to the next match of the same search, as `n` does.
    script.extend([StartSearch, Submit]);
    let (app, _) = run_on(Corpus::sample(), 120, 40, &script);
    assert_eq!(app.search.query.as_deref(), Some("kim"));
    assert!(app.cursor.is_some_and(|c| c > first), "{:?} after {first}", app.cursor);
}

#[test]
fn small_windows() {
    insta::assert_snapshot!("tiny_30x8", screen(30, 8, &[]));
    insta::assert_snapshot!("small_40x12", screen(40, 12, &bbc_vs_first()));
    // Every size from one cell up draws without panicking, before and after the layout is cached.
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    app.settle();
    for (w, h) in (1..=61).step_by(3).flat_map(|w| (1..=16).map(move |h| (w, h))) {
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        for a in [Resize { width: w, height: h }, ToggleView, Bottom, ToggleHelp, Close] {
            app.step(a);
            term.draw(|f| super::draw(f, &mut app)).expect("draw");
        }
    }
}

/// A long pair of reports: thousands of segments. The lines are wrapped once per width; a frame only slices
/// them, so paging through the whole document wraps nothing again.
#[test]
fn big_comparison_wraps_once() {
    use pressdiff::Article;
    let para = |i: usize, twist: &str| {
        format!(
            "Officials in district {i} said the {twist} bridge would reopen on Monday after repairs costing {i} million."
        )
    };
    let mut a = String::from("A long report\n\n");
    let mut b = String::from("A long report\n\n");
    for i in 0..3000 {
        a.push_str(&para(i, "old"));
        a.push_str("\n\n");
        if i % 7 != 0 {
            b.push_str(&para(i, if i % 3 == 0 { "new" } else { "old" }));
            b.push_str("\n\n");
        }
        if i % 11 == 0 {
            b.push_str(&format!("An added remark number {i} about traffic.\n\n"));
        }
    }
    let corpus =
        Corpus::from_articles(vec![Article::from_text("a.txt", &a, "utf-8"), Article::from_text("b.txt", &b, "utf-8")]);
    let mut app = App::new(corpus, Options { theme: ThemeName::Dark });
    app.settle();
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    let segments = app.comparison().map_or(0, |c| c.segments.len());
    assert!(segments > 3000);
    assert_eq!(app.wraps, 1);
    app.step(SwitchFocus);
    for _ in 0..200 {
        app.step(PageDown);
        term.draw(|f| super::draw(f, &mut app)).expect("draw");
    }
    app.step(Bottom);
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    assert!(app.scroll > 0);
    assert_eq!(app.wraps, 1, "scrolling re-wrapped the comparison");
    // A new width wraps once more, and only once.
    term.backend_mut().resize(100, 40);
    term.resize(ratatui::layout::Rect::new(0, 0, 100, 40)).expect("resize");
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    app.step(PageUp);
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    assert_eq!(app.wraps, 2);
}

#[test]
fn facts_view() {
    insta::assert_snapshot!("facts_120x40", screen(120, 40, &[Facts]));
    insta::assert_snapshot!("facts_80x24", screen(80, 24, &[Facts]));
    insta::assert_snapshot!("facts_quotes_120x40", screen(120, 40, &[Facts, Digit(1)]));
    // Tab cycles the kinds: all → quotes → numbers; Esc goes back to the comparison.
    assert_eq!(screen(120, 40, &[Facts, SwitchFocus]), screen(120, 40, &[Facts, Digit(1)]));
    // Shift-Tab goes the other way: all → names → numbers.
    assert_eq!(screen(120, 40, &[Facts, SwitchBack]), screen(120, 40, &[Facts, Digit(3)]));
    assert_eq!(screen(120, 40, &[Facts, SwitchBack, SwitchBack]), screen(120, 40, &[Facts, Digit(2)]));
    assert_eq!(screen(120, 40, &[Facts, Digit(1), SwitchBack]), screen(120, 40, &[Facts, Digit(0)]));
    assert_eq!(screen(120, 40, &[Facts, Close]), screen(120, 40, &[]));
}

#[test]
fn a_list_longer_than_its_pane_says_where_the_highlight_stands() {
    let foot = |s: &str, row: usize| s.lines().nth(row).unwrap_or_default().to_string();
    // The facts table's rows run past its foot: the border counts them, and follows the highlight.
    let s = screen(80, 24, &[Facts, Down, Down, Bottom]);
    assert!(foot(&s, 21).contains(" 68 of 68 "), "{s}");
    let s = screen(80, 24, &[Facts, Down, Down]);
    assert!(foot(&s, 21).contains(" 3 of 68 "), "{s}");
    // Five articles in a pane of five rows: nothing lies out of sight, and nothing is said.
    let s = screen(120, 40, &[]);
    assert!(!s.contains(" of 5 "), "{s}");
}

#[test]
fn the_facts_grid_stays_in_line_beside_wide_characters() {
    use pressdiff::corpus::Article;
    let texts = [
        (
            "ja1",
            "倉庫で火災\n\n消防当局は「到着して数分で屋根から炎が出ていた」と話した。倉庫には約1万2000トンがあった。",
        ),
        (
            "ja2",
            "倉庫火災\n\n消防当局は「到着して数秒で屋根から炎が出ていた」と語った。倉庫には約1万5000トンがあった。",
        ),
        ("en", "Warehouse fire\n\n\"We had flames coming through the roof,\" Dana Ruiz said of the 300 residents."),
    ];
    let articles = texts.iter().map(|(id, t)| Article::from_text(format!("{id}.txt"), t, "utf-8")).collect();
    let s = screen_of(Corpus::from_articles(articles), 100, 24, &[Facts]);
    // The display column of the rule before the articles' columns, on every row of the table.
    let rule = |row: &str| {
        row.rfind('│').and_then(|end| row[..end].rfind('│')).map(|at| unicode_width::UnicodeWidthStr::width(&row[..at]))
    };
    let rows: Vec<&str> = s.lines().filter(|l| l.matches('│').count() == 3).collect();
    assert!(rows.iter().any(|r| r.contains("到着")) && rows.iter().any(|r| r.contains("flames")), "{s}");
    let columns: Vec<Option<usize>> = rows.iter().map(|r| rule(r)).collect();
    assert!(columns.iter().all(|c| c.is_some() && *c == columns[0]), "{columns:?}\n{s}");
}

#[test]
fn two_copies_with_one_headline_are_told_apart_by_their_ids() {
    let text = "Harbour bridge closed after ship strike\n\nThe harbour bridge was closed on Tuesday after a ship \
                struck one of its supports, officials said.";
    let copy = format!("{text}\n\nEngineers will inspect it this week.");
    let articles = vec![
        Article::from_text("coastal-wire.txt", text, "utf-8"),
        Article::from_text("eastgate-echo.txt", &copy, "utf-8"),
    ];
    let s = screen_of(Corpus::from_articles(articles), 120, 24, &[Compare]);
    let header = s.lines().find(|l| l.contains("A coastal-wire")).unwrap_or_else(|| panic!("{s}"));
    assert!(header.contains("B eastgate-echo · Harbour bridge"), "{s}");
}

#[test]
fn an_empty_report_is_not_made_a_or_b_at_the_start() {
    let sample = Corpus::sample();
    let mut articles = vec![Article::from_text("000_blank.txt", "", "utf-8")];
    articles.extend(sample.articles.iter().take(2).cloned());
    let (app, term) = run_on(Corpus::from_articles(articles), 100, 24, &[]);
    assert_eq!((app.a, app.b), (1, 2), "{}", term.backend());
    // With one report of text, it is A, and B is the other.
    let lone = vec![Article::from_text("blank.txt", "", "utf-8"), sample.articles[0].clone()];
    let (app, _) = run_on(Corpus::from_articles(lone), 100, 24, &[]);
    assert_eq!((app.a, app.b), (1, 0));
}

#[test]
fn what_loading_skipped_is_said_on_the_first_screen() {
    let mut corpus = Corpus::sample();
    corpus.warnings = vec!["corpus/photo.txt: skipped, binary file".into()];
    let s = screen_of(corpus, 100, 24, &[]);
    assert!(s.contains("warning: corpus/photo.txt: skipped, binary file"), "{s}");
    let mut corpus = Corpus::sample();
    corpus.warnings = vec!["a.txt: skipped, binary file".into(), "b.txt: skipped, binary file".into()];
    let s = screen_of(corpus, 100, 24, &[]);
    assert!(s.contains("2 warnings (listed again on quit): a.txt: skipped, binary file; …"), "{s}");
    // The note goes with the next key.
    let mut corpus = Corpus::sample();
    corpus.warnings = vec!["a.txt: skipped, binary file".into()];
    assert!(!screen_of(corpus, 100, 24, &[Down]).contains("warning:"));
}

#[test]
fn ids_named_alike_stay_apart_in_the_list() {
    let sample = Corpus::sample();
    let named = |id: &str, k: usize| {
        let a = &sample.articles[k];
        Article::from_text(
            format!("{id}.txt"),
            &a.sentences.iter().map(|s| &*s.text).collect::<Vec<_>>().join("\n\n"),
            "utf-8",
        )
    };
    let articles = vec![
        named("guardian-2025-03-04-north-korea-russia-ties", 0),
        named("guardian-2025-03-05-north-korea-russia-ties", 1),
    ];
    for width in [80, 100, 140] {
        let s = screen_of(Corpus::from_articles(articles.clone()), width, 24, &[]);
        let ids: Vec<&str> = s
            .lines()
            .skip(2)
            .take(2)
            .map(|l| l.split_whitespace().find(|w| w.starts_with("guardia")).unwrap_or_else(|| panic!("{s}")))
            .collect();
        assert_ne!(ids[0], ids[1], "{width}:\n{s}");
    }
}

#[test]
fn matrix_view() {
    insta::assert_snapshot!("matrix_120x40", screen(120, 40, &[Matrix, Down, Right, Right]));
    insta::assert_snapshot!("matrix_80x24", screen(80, 24, &[Matrix]));
    assert_eq!(screen(80, 24, &[Matrix, Close]), screen(80, 24, &[]));
    // In a narrow window the title is cut with "…", not by the border.
    let s = screen(36, 12, &[Matrix]);
    let top = s.lines().next().unwrap();
    assert!(top.contains("Word-trigram") && top.trim_matches('"').ends_with("…┐"), "{s}");
}

#[test]
fn matrix_detail_names_who_draws_on_a_source() {
    // Row 4 is 003, which 001 draws on; row 1 (000) neither draws on another report nor is drawn on.
    let s = screen(160, 40, &[Matrix, Down, Down, Down]);
    assert!(s.contains("003_e51ecf91464a7da7: a source; 001_be7a17cd2114efca draws on it"), "{s}");
}

#[test]
fn list_filtered() {
    let mut script = vec![StartSearch];
    script.extend(typed("rsexpand"));
    insta::assert_snapshot!("list_filtered_80x24", screen(80, 24, &script));
    script.push(Submit);
    let s = screen(120, 40, &script);
    assert!(s.contains("Articles (2/5 match “rsexpand”)"), "{s}");
    // Esc shows every article again; the highlighted one stays highlighted.
    script.push(Close);
    let s = screen(120, 40, &script);
    assert!(s.contains("Articles (5)") && s.contains("│▶   Russia promises to “expand”"), "{s}");
}

#[test]
fn the_list_filter_highlights_a_title_that_holds_the_query_over_a_loose_match_above_it() {
    // "ties" comes letter by letter in the first title ("bilaTeral relatIons bEtween ruSsia"), and as a word
    // in the third: the third is the one meant.
    let mut script = vec![StartSearch];
    script.extend(typed("ties"));
    script.push(Submit);
    let s = screen(120, 40, &script);
    assert!(s.contains("Articles (3/5 match “ties”)"), "{s}");
    assert!(s.contains("│▶   Russia promises to “expand”"), "{s}");
}

#[test]
fn list_filters_by_id_too() {
    let mut script = vec![StartSearch];
    script.extend(typed("003_e51"));
    script.push(Submit);
    let s = screen(120, 40, &script);
    assert!(s.contains("Articles (1/5 matches “003_e51”)"), "{s}");
    assert!(s.contains("003_e51ecf9"), "{s}");
}

/// Settle, draw once, and return the app, for tests that look at its state.
fn drawn(app: &mut App, term: &mut Terminal<TestBackend>) {
    app.settle();
    term.draw(|f| super::draw(f, app)).expect("draw");
}

#[test]
fn enter_on_an_altered_quote_scrolls_to_it() {
    use super::app::Screen;
    use pressdiff::facts::FactKind;
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    drawn(&mut app, &mut term);
    app.step(Facts);
    drawn(&mut app, &mut term);
    let ledger = app.ledger.clone().expect("ledger");
    // Pick an altered quote that A (the first article) does not carry, so A must change too.
    let pos = app
        .facts
        .rows
        .iter()
        .position(|&i| {
            let f = &ledger.facts[i];
            f.kind == FactKind::Quote && f.altered && !f.carried_by(0)
        })
        .expect("an altered quote not in the first article");
    for _ in 0..pos {
        app.step(Down);
    }
    let fact = app.selected_fact().expect("selected").clone();
    app.step(Compare);
    drawn(&mut app, &mut term);
    assert_eq!(app.screen, Screen::Comparison);
    assert!(fact.carried_by(app.a) && fact.carried_by(app.b) && app.a != app.b, "{} {}", app.a, app.b);
    let lines = app.lines.as_ref().expect("lines");
    let top = &lines.items[lines.item_at(app.scroll).expect("item")];
    let text = super::app::fold_text(&top.text);
    let wordings: Vec<String> = fact.variants.iter().map(|v| super::app::fold_text(&v.text)).collect();
    assert!(wordings.iter().any(|w| text.contains(w.as_str())), "{text:?} lacks any of {wordings:?}");
    // The wording is highlighted as a search, and the screen shows it.
    assert!(app.search.query.is_some());
    assert!(app.scroll > 0);
    // Both sides' wordings are highlighted, not only A's: the pair was chosen because B words it otherwise.
    let highlighted: Vec<String> = app.search.highlight().iter().map(|h| super::app::fold_text(h)).collect();
    let of = |i: usize| -> Vec<String> { fact.variants_of(i).map(|v| super::app::fold_text(&v.text)).collect() };
    let (in_a, in_b) = (of(app.a), of(app.b));
    assert!(highlighted.iter().any(|h| in_a.contains(h)), "{highlighted:?} has none of A's {in_a:?}");
    assert!(highlighted.iter().any(|h| in_b.contains(h) && !in_a.contains(h)), "{highlighted:?} lacks B's {in_b:?}");
    // On screen, matches stand out (reversed, in this theme) in both columns of the side-by-side view.
    let buf = term.backend().buffer().clone();
    let reversed_in = |cols: std::ops::Range<u16>| {
        (0..buf.area.height).any(|y| {
            cols.clone().any(|x| buf[(x, y)].style().add_modifier.contains(ratatui::style::Modifier::REVERSED))
        })
    };
    assert!(reversed_in(4..58) && reversed_in(62..116), "{}", term.backend());
    // Esc clears both.
    app.step(Close);
    assert!(app.search.highlight().is_empty());
}

#[test]
fn a_wide_matrix_says_which_columns_are_on_screen() {
    use pressdiff::Article;
    let corpus = |n: usize| {
        Corpus::from_articles(
            (0..n)
                .map(|i| {
                    Article::from_text(
                        format!("r{i}.txt"),
                        &format!("Report number {i}\n\nIt rained in town {i}."),
                        "utf-8",
                    )
                })
                .collect(),
        )
    };
    let (_, term) = run_on(corpus(120), 80, 24, &[Matrix]);
    let s = term.backend().to_string();
    assert!(s.contains("columns 1–20"), "{s}");
    let mut keys = vec![Matrix];
    keys.extend(std::iter::repeat_n(Right, 110));
    let (_, term) = run_on(corpus(120), 80, 24, &keys);
    let s = term.backend().to_string();
    assert!(s.contains("columns 93–112"), "{s}");
    // Two digits each: column 100 is "00" between 99 and 01.
    assert!(s.contains(" 98 99 00 01 02 "), "{s}");
    let (_, term) = run_on(corpus(12), 80, 24, &[Matrix]);
    assert!(term.backend().to_string().contains("row ╲ column"));
    // A small corpus in a narrow window: the columns cut off are said too.
    let (_, term) = run_on(corpus(7), 40, 12, &[Matrix]);
    assert!(term.backend().to_string().contains("columns 1–6 of 7"), "{}", term.backend());
    let mut keys = vec![Matrix];
    keys.extend(std::iter::repeat_n(Right, 6));
    let (_, term) = run_on(corpus(7), 40, 12, &keys);
    assert!(term.backend().to_string().contains("columns 2–7 of 7"), "{}", term.backend());
}

#[test]
fn enter_on_a_matrix_cell_opens_the_pair() {
    use super::app::Screen;
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(80, 24)).expect("test backend");
    drawn(&mut app, &mut term);
    app.step(Matrix);
    drawn(&mut app, &mut term);
    assert!(app.matrix.is_some());
    for a in [Down, Down, Right, Right, Right] {
        app.step(a);
    }
    assert_eq!((app.cells.row, app.cells.col), (2, 4));
    app.step(Compare);
    drawn(&mut app, &mut term);
    assert_eq!(app.screen, Screen::Comparison);
    assert_eq!((app.a, app.b), (2, 4));
    // On the diagonal there is no pair to open.
    app.step(Matrix);
    app.step(Left);
    app.step(Left);
    app.step(Compare);
    assert_eq!(app.screen, Screen::Matrix);
    assert!(app.message.is_some());
}

#[test]
fn an_empty_filter_leaves_nothing_to_compare() {
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(100, 20)).expect("test backend");
    drawn(&mut app, &mut term);
    let pair = (app.a, app.b);
    let mut script = vec![StartSearch];
    script.extend(typed("zzz"));
    script.push(Submit);
    for a in script {
        app.step(a);
    }
    drawn(&mut app, &mut term);
    assert_eq!(app.highlighted(), None);
    for key in [MakeBase, Compare] {
        app.step(key.clone());
        drawn(&mut app, &mut term);
        assert_eq!((app.a, app.b), pair, "{key:?} acted on a hidden article");
        let s = term.backend().to_string();
        assert!(s.contains("no article selected: the filter matches nothing"), "{s}");
    }
    // Once a row shows again, the keys work again.
    app.step(Close);
    app.step(MakeBase);
    assert_eq!(app.a, app.selected);
}

#[test]
fn enter_on_a_itself_is_refused() {
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(100, 30)).expect("test backend");
    drawn(&mut app, &mut term);
    let pair = (app.a, app.b);
    app.step(Top);
    assert_eq!(app.highlighted(), Some(app.a));
    app.step(Compare);
    drawn(&mut app, &mut term);
    assert_eq!((app.a, app.b), pair);
    let s = term.backend().to_string();
    assert!(s.contains("that is A itself: pick another article"), "{s}");
    assert!(!s.contains("▶AB"), "{s}");
}

#[test]
fn a_window_too_small_takes_no_keys_but_quit() {
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(30, 8)).expect("test backend");
    drawn(&mut app, &mut term);
    assert!(term.backend().to_string().contains("Window too small"));
    let before = (app.screen, app.focus, app.a, app.b, app.selected, app.view);
    for a in [Facts, Close, Matrix, ToggleHelp, Down, Compare, MakeBase, ToggleView, SwitchFocus, StartSearch] {
        app.step(a);
        drawn(&mut app, &mut term);
    }
    assert_eq!((app.screen, app.focus, app.a, app.b, app.selected, app.view), before);
    assert!(app.help.is_none() && !app.list_filter.typing && app.search.input.is_none());
    // Grown again, the screen is the one left behind, and keys act again.
    app.step(Resize { width: 200, height: 50 });
    term.backend_mut().resize(200, 50);
    term.resize(ratatui::layout::Rect::new(0, 0, 200, 50)).expect("resize");
    drawn(&mut app, &mut term);
    assert_eq!(term.backend().to_string(), screen(200, 50, &[]));
    app.step(Matrix);
    assert_eq!(app.screen, super::app::Screen::Matrix);
    // Shrunk while the help is open, q quits rather than filtering the help.
    app.step(ToggleHelp);
    app.step(Resize { width: 30, height: 8 });
    assert_eq!(app.mode(), super::action::Mode::TooSmall);
    app.step(Quit);
    assert!(app.quit);
}

#[test]
fn a_long_article_keeps_the_leading_digits_of_its_word_count() {
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(100, 30)).expect("test backend");
    app.settle();
    app.words[2] = 400_000;
    app.words[3] = 99_999;
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    let s = term.backend().to_string();
    let row = |id: &str| s.lines().find(|l| l.contains(id)).unwrap_or_default().to_string();
    assert!(row("002_b163edc").contains(" 400k "), "{s}");
    assert!(row("003_e51ecf9").contains(" 99999 "), "{s}");
    assert!(!s.contains("00000"), "{s}");
}

#[test]
fn both_titles_are_cut_the_same_way() {
    let s = screen(70, 24, &[Down, Down, MakeBase, Up, Compare]);
    let header = s.lines().find(|l| l.contains(" A Russia promises")).unwrap_or_else(|| panic!("{s}"));
    let (a, b) = header.split_once(" │ B ").unwrap_or_else(|| panic!("{header}"));
    assert!(a.trim_end().ends_with('…'), "{header}");
    assert!(b.trim_end_matches(['"', '│']).trim_end().ends_with('…'), "{header}");
    // The separator of the headings is the separator of the text below.
    let at = |l: &str| l.chars().enumerate().filter(|&(_, c)| c == '│').nth(1).map(|(i, _)| i);
    let body = s.lines().skip_while(|l| *l != header).nth(1).unwrap_or_default();
    assert_eq!(at(header), at(body), "{header}\n{body}");
}

/// Every key hint the footers give, whole.
const HINTS: &[&str] = &[
    "? help",
    "j/k move",
    "j/k scroll",
    "Tab focus",
    "Enter compare",
    "a base",
    "s swap",
    "]/[ change",
    "/ filter",
    "/ search",
    "f facts",
    "x matrix",
    "v view",
    "r boilerplate",
    "q quit",
    "Tab kind",
    "1/2/3/0 quotes/numbers/names/all",
    "h/l columns",
    "Enter show in comparison",
    "Esc back",
    "p A vs B",
    "p all facts",
    "h/j/k/l move",
    "Enter compare row with column",
    "J/K detail",
];

#[test]
fn key_hints_are_dropped_whole_and_help_comes_first() {
    for screen_keys in [vec![], vec![SwitchFocus], vec![Facts], vec![Facts, Pair], vec![Matrix]] {
        for width in (36..=160).step_by(7) {
            let s = screen(width, 24, &screen_keys);
            let last = s.lines().last().unwrap_or_default().trim_matches('"').trim_end();
            assert!(last.starts_with("? help"), "{width}: {last}");
            for hint in last.split("  ") {
                assert!(HINTS.contains(&hint), "{width}: {hint:?} is cut in {last:?}");
            }
        }
    }
    // With room for one footer row, the help key leads it.
    let s = screen(60, 15, &[]);
    let last = s.lines().last().unwrap_or_default().trim_matches('"');
    assert!(last.starts_with("? help │ "), "{s}");
    // A message still shows there, where the reader looks.
    let s = screen(60, 15, &[Top, Compare]);
    assert!(s.lines().last().unwrap_or_default().contains("that is A itself"), "{s}");
}

/// The list and footer show the pair's aligned share, the matrix the word-trigram similarity: two measures,
/// each named where it is shown, with the numbers as they were.
#[test]
fn each_similarity_is_named_where_it_is_shown() {
    // The BBC report (5, id 004) as A: report 2 (id 001) is 0.91 aligned with it.
    let s = screen(120, 40, &bbc_vs_first());
    assert!(s.contains("Words Aligned│"), "{s}");
    let row = s.lines().find(|l| l.contains("001_be7a17c")).unwrap_or_default();
    assert!(row.trim_end_matches(['"', '│']).ends_with("0.91"), "{row}");
    assert!(s.contains("│ aligned 0.59 │"), "{s}");
    assert!(!s.contains("sim "), "{s}");
    // The same pair in the matrix: 22 hundredths of their word trigrams shared.
    let s = screen(120, 40, &[Bottom, MakeBase, Top, Down, Compare, Matrix]);
    assert!(s.contains("Word-trigram similarity matrix (5×5)"), "{s}");
    assert!(s.contains("word-trigram similarity 0.22"), "{s}");
    assert!(s.contains("cells: word-trigram similarity in hundredths"), "{s}");
    let row = s.lines().find(|l| l.contains("   5 004_5abb5772e0315b45 ")).unwrap_or_default();
    assert!(row.contains("  3 22  2  9 ██"), "{row}");
    // The help tells them apart.
    let mut script = vec![ToggleHelp, StartSearch];
    script.extend(typed("aligned"));
    let s = screen(120, 40, &script);
    assert!(s.contains("share of both reports' words in aligned sentences"), "{s}");
    let mut script = vec![ToggleHelp, StartSearch];
    script.extend(typed("trigram"));
    let s = screen(120, 40, &script);
    assert!(s.contains("matrix view: word-trigram similarity of every pair"), "{s}");
}

/// Three reports of a flood: A (guardian) and B (localnews) disagree on a number; the third (reuters) words a
/// quote so that it wraps in the comparison.
fn story() -> Corpus {
    use pressdiff::Article;
    Corpus::from_articles(vec![
        Article::from_text("guardian.md", include_str!("testdata/story/guardian.md"), "utf-8"),
        Article::from_text("localnews.txt", include_str!("testdata/story/localnews.txt"), "utf-8"),
        Article::from_text("reuters.txt", include_str!("testdata/story/reuters.txt"), "utf-8"),
    ])
}

/// Run `actions` on `corpus` in the no-colour theme and return the app and its terminal, drawn.
fn run_on(corpus: Corpus, width: u16, height: u16, actions: &[Action]) -> (App, Terminal<TestBackend>) {
    let mut app = App::new(corpus, Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    drawn(&mut app, &mut term);
    for a in actions {
        app.step(a.clone());
        drawn(&mut app, &mut term);
    }
    (app, term)
}

/// The highlighted (reverse video) text of the comparison's A and B columns, each read across its lines.
fn highlighted(app: &App, term: &Terminal<TestBackend>) -> (String, String) {
    use ratatui::style::Modifier;
    let body = app.areas.body;
    let gutter = app.lines.as_ref().expect("lines").key.gutter;
    let (lw, _) = super::diff_pane::columns(usize::from(body.width), gutter);
    let split = body.x + u16::try_from(gutter + lw).expect("width");
    let buf = term.backend().buffer();
    let (mut a, mut b) = (String::new(), String::new());
    for y in body.y..body.y + body.height {
        for (side, xs) in [(&mut a, body.x..split), (&mut b, split..body.x + body.width)] {
            let mut run = String::new();
            for x in xs {
                let cell = &buf[(x, y)];
                if cell.modifier.contains(Modifier::REVERSED) {
                    run.push_str(cell.symbol());
                }
            }
            if !run.is_empty() {
                side.push_str(&run);
                side.push(' ');
            }
        }
    }
    (a.split_whitespace().collect::<Vec<_>>().join(" "), b.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn a_match_broken_by_the_wrap_is_highlighted_whole() {
    let mut script = vec![Down, Compare, StartSearch];
    script.extend(typed("never designed"));
    script.push(Submit);
    let (app, term) = run_on(story(), 120, 35, &script);
    let s = term.backend().to_string();
    assert!(s.contains("the barrier was never │") || s.contains("the barrier was never ┃"), "{s}");
    assert_eq!(highlighted(&app, &term), ("never designed".into(), "never designed".into()), "{s}");
}

#[test]
fn a_fact_opened_from_the_facts_view_is_highlighted_across_lines() {
    // Reuters as A; the first fact is the council leader's quote, which wraps in A's column.
    let (app, term) = run_on(story(), 120, 35, &[Down, MakeBase, Facts, Compare]);
    let s = term.backend().to_string();
    let (a, b) = highlighted(&app, &term);
    let quote = "We did everything we could, but the barrier was never designed for this";
    assert!(a.contains(quote), "{a:?} {b:?}\n{s}");
}

#[test]
fn without_colour_a_match_runs_through_the_change_brackets() {
    let mut script = vec![SwitchFocus, StartSearch];
    script.extend(typed("6.4 metres"));
    script.push(Submit);
    let (app, term) = run_on(story(), 120, 35, &script);
    let s = term.backend().to_string();
    assert!(s.contains("[-6.4-] metres"), "{s}");
    let (a, _) = highlighted(&app, &term);
    assert!(a.starts_with("6.4") && a.ends_with("metres"), "{a:?}\n{s}");
}

/// The footer's "i/N rows match", or "N rows match" with no current match.
fn counter(term: &Terminal<TestBackend>) -> String {
    let s = term.backend().to_string();
    let line =
        s.lines().find(|l| l.contains("rows match") || l.contains("row matches")).unwrap_or_default().to_string();
    line.split_whitespace().find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit())).unwrap_or("").to_string()
}

#[test]
fn a_one_row_footer_shows_where_the_search_is() {
    let mut script = vec![Compare, StartSearch];
    script.extend(typed("said"));
    script.extend([Submit, Next]);
    // At 12 rows the footer has one row: the match counter stands after the help key.
    let (app, term) = run_on(Corpus::sample(), 60, 12, &script);
    let row = status_row(&term.backend().to_string());
    assert!(row.starts_with("? help │ /said  2/") && row.contains("rows match"), "{row:?}\n{}", term.backend());
    assert!(app.search.query.is_some());
    // Esc ends the search, and the counts come back.
    script.push(Close);
    let (_, term) = run_on(Corpus::sample(), 60, 12, &script);
    let row = status_row(&term.backend().to_string());
    assert!(row.starts_with("? help │ =") && !row.contains("said"), "{row:?}");
}

#[test]
fn n_reaches_every_match_and_the_counter_keeps_its_place() {
    let mut app = App::new(story(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(120, 35)).expect("test backend");
    drawn(&mut app, &mut term);
    let mut script = vec![SwitchFocus, StartSearch];
    script.extend(typed("barrier"));
    script.push(Submit);
    for a in script {
        app.step(a);
        drawn(&mut app, &mut term);
    }
    let hits = super::search::matches(app.lines.as_ref().expect("lines"), "barrier");
    assert!(hits.len() >= 4, "{hits:?}");
    for (k, &hit) in hits.iter().enumerate() {
        assert_eq!(counter(&term), format!("{}/{}", k + 1, hits.len()), "{}", term.backend());
        assert_eq!(app.cursor, Some(hit));
        // The current row is marked in the gutter, wherever the view could scroll.
        assert!(term.backend().to_string().contains("▶"), "{}", term.backend());
        app.step(Next);
        drawn(&mut app, &mut term);
    }
    // Past the last match the search goes round to the first, and says so; back from the first, to the last.
    assert!(app.message.as_deref().is_some_and(|m| m.contains("continuing at TOP")), "{:?}", app.message);
    assert_eq!(app.cursor, Some(hits[0]));
    app.step(Prev);
    drawn(&mut app, &mut term);
    assert!(app.message.as_deref().is_some_and(|m| m.contains("continuing at BOTTOM")), "{:?}", app.message);
    assert_eq!(app.cursor, hits.last().copied());
    for k in (0..hits.len() - 1).rev() {
        app.step(Prev);
        drawn(&mut app, &mut term);
        assert_eq!(counter(&term), format!("{}/{}", k + 1, hits.len()), "{}", term.backend());
    }
}

#[test]
fn every_change_is_reached_to_the_end() {
    let mut app = App::new(story(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(120, 35)).expect("test backend");
    drawn(&mut app, &mut term);
    app.step(SwitchFocus);
    let changes: Vec<usize> = {
        let l = app.lines.as_ref().expect("lines");
        (0..l.items.len()).filter(|&i| l.items[i].is_change()).collect()
    };
    let mut seen = Vec::new();
    for _ in 0..changes.len() + 2 {
        app.step(NextChange);
        drawn(&mut app, &mut term);
        if app.message.is_some() {
            break;
        }
        seen.push(app.cursor.expect("cursor"));
    }
    // From the top, the first `]` lands on the first change, even when it is the top row.
    assert_eq!(seen, changes, "{}", term.backend());
}

#[test]
fn change_and_match_keys_on_reports_with_no_text_only_say_so() {
    use pressdiff::Article;
    let empty = || {
        Corpus::from_articles(vec![Article::from_text("e.txt", "", "utf-8"), Article::from_text("f.txt", "", "utf-8")])
    };
    for keys in [vec![PrevChange], vec![NextChange], vec![SwitchFocus, PrevChange], vec![SwitchFocus, Prev, Next]] {
        let (app, term) = run_on(empty(), 80, 12, &keys);
        assert!(term.backend().to_string().contains("no story text"), "{keys:?}:\n{}", term.backend());
        assert!(app.cursor.is_none());
    }
    let mut script = vec![SwitchFocus, StartSearch];
    script.extend(typed("x"));
    script.extend([Submit, Prev, Next]);
    run_on(empty(), 80, 12, &script);
}

/// Two long reports whose one changed word sits deep inside a long paragraph.
fn tok() -> Corpus {
    use pressdiff::Article;
    Corpus::from_articles(vec![
        Article::from_text("a.txt", include_str!("testdata/tok/a.txt"), "utf-8"),
        Article::from_text("b.txt", include_str!("testdata/tok/b.txt"), "utf-8"),
    ])
}

#[test]
fn next_change_brings_the_changed_words_on_screen() {
    for n in 1..=2 {
        let mut script = vec![SwitchFocus];
        script.extend(std::iter::repeat_n(NextChange, n));
        let (app, term) = run_on(tok(), 80, 24, &script);
        let body = app.areas.body;
        let buf = term.backend().buffer();
        let text: String = (body.y..body.y + body.height)
            .flat_map(|y| (body.x..body.x + body.width).map(move |x| (x, y)))
            .map(|p| buf[p].symbol().to_string())
            .collect();
        assert!(text.contains("[-") || text.contains("{+"), "after {n} ]:\n{}", term.backend());
    }
}

#[test]
fn boilerplate_shown_from_the_top_is_seen_from_its_start() {
    let (app, term) = run_on(story(), 120, 35, &[SwitchFocus, ToggleBoilerplate]);
    assert_eq!(app.scroll, 0);
    assert!(term.backend().to_string().contains("Skip to main"), "{}", term.backend());
}

#[test]
fn a_resize_round_trip_keeps_the_row_at_the_top() {
    let (mut app, mut term) = run_on(story(), 120, 35, &[SwitchFocus, PageDown, PageDown]);
    let top = |app: &App| {
        let l = app.lines.as_ref().expect("lines");
        l.items[l.item_shown_at(app.scroll).expect("row")].segment
    };
    // The top line is the blank line under a row: the row below it is the one being read.
    let (first, height) = {
        let it = &app.lines.as_ref().expect("lines").items[3];
        (it.first_line, it.height)
    };
    app.scroll = first + height;
    drawn(&mut app, &mut term);
    let before = top(&app);
    assert_eq!(before, app.lines.as_ref().expect("lines").items[4].segment);
    for (w, h) in [(80, 24), (100, 30), (120, 35)] {
        app.step(Resize { width: w, height: h });
        term.backend_mut().resize(w, h);
        term.resize(ratatui::layout::Rect::new(0, 0, w, h)).expect("resize");
        drawn(&mut app, &mut term);
        assert_eq!(top(&app), before, "{w}x{h}\n{}", term.backend());
    }
}

/// Resize the test terminal, as the run loop does on a resize event.
fn resized(app: &mut App, term: &mut Terminal<TestBackend>, (w, h): (u16, u16)) {
    app.step(Resize { width: w, height: h });
    term.backend_mut().resize(w, h);
    term.resize(ratatui::layout::Rect::new(0, 0, w, h)).expect("resize");
    drawn(app, term);
}

#[test]
fn the_marked_row_stays_on_screen_when_the_window_grows_and_shrinks_back() {
    let (mut app, mut term) = run_on(story(), 80, 24, &[SwitchFocus]);
    let changes = app.lines.as_ref().expect("lines").items.iter().filter(|it| it.is_change()).count();
    // Down to a change in the lower half of the comparison, which a taller view shows near its end.
    for _ in 0..changes * 2 / 3 {
        app.step(NextChange);
        drawn(&mut app, &mut term);
    }
    let marked = app.cursor.expect("a marked row");
    let shown = |app: &App| {
        let it = &app.lines.as_ref().expect("lines").items[app.cursor.expect("a marked row")];
        it.first_line < app.scroll + usize::from(app.areas.body.height) && it.first_line + it.height > app.scroll
    };
    assert!(shown(&app));
    for size in [(120, 40), (80, 24), (200, 30), (80, 24), (80, 60), (80, 24), (60, 20)] {
        resized(&mut app, &mut term, size);
        assert_eq!(app.cursor, Some(marked), "{size:?}");
        assert!(shown(&app), "{size:?}: scroll {}\n{}", app.scroll, term.backend());
    }
}

#[test]
fn swapping_a_and_b_keeps_the_place() {
    let (mut app, mut term) = run_on(story(), 120, 35, &[SwitchFocus, NextChange, NextChange, NextChange]);
    let row = |app: &App| {
        let c = app.comparison().expect("comparison");
        let s =
            &c.segments[app.lines.as_ref().expect("lines").items[app.cursor.expect("marked")].segment.expect("seg")];
        (s.a_sentences.to_vec(), s.b_sentences.to_vec(), s.kind)
    };
    let (a, b, kind) = row(&app);
    assert!(app.scroll > 0);
    app.step(Swap);
    drawn(&mut app, &mut term);
    let (a2, b2, kind2) = row(&app);
    assert_eq!((a2, b2), (b, a), "the same row, sides turned");
    let turned = match kind {
        pressdiff::Kind::Added => pressdiff::Kind::Omitted,
        pressdiff::Kind::Omitted => pressdiff::Kind::Added,
        k => k,
    };
    assert_eq!(kind2, turned);
    // On screen, and the view did not go back to the top.
    assert!(app.scroll > 0);
    let it = &app.lines.as_ref().expect("lines").items[app.cursor.expect("marked")];
    assert!(it.first_line >= app.scroll && it.first_line < app.scroll + usize::from(app.areas.body.height));
}

#[test]
fn keys_typed_while_the_comparison_is_made_act_once_it_is_ready() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |c: char| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    // What `Tab ] ] ]` does, step by step, on a settled screen.
    let (want, _) = run_on(story(), 120, 35, &[SwitchFocus, NextChange, NextChange, NextChange]);
    // The same keys typed at once after opening, before the first comparison is made.
    let mut app = App::new(story(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(120, 35)).expect("test backend");
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    assert!(app.waiting(), "the comparison is not drawn yet");
    let tab = Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
    for ev in [tab, key(']'), key(']'), key(']')] {
        assert_eq!(app.input(ev), None, "kept for later");
    }
    drawn(&mut app, &mut term);
    assert!(app.replay());
    drawn(&mut app, &mut term);
    assert_eq!((app.cursor, app.scroll), (want.cursor, want.scroll));
    assert!(want.cursor.is_some());
    // A search typed ahead reads its letters as the query, not as keys: `/` is taken before them.
    let mut app = App::new(story(), Options { theme: ThemeName::Mono });
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let tab = Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
    for ev in [tab, key('/'), key('q'), key('j'), enter] {
        assert_eq!(app.input(ev), None);
    }
    drawn(&mut app, &mut term);
    app.replay();
    assert!(!app.quit, "the q was part of the query");
    assert_eq!(app.search.query.as_deref(), Some("qj"));
    // With nothing typed ahead, q leaves at once.
    let mut app = App::new(story(), Options { theme: ThemeName::Mono });
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    assert_eq!(app.input(key('q')), Some(Quit));
}

#[test]
fn enter_on_a_conflicting_number_opens_two_reports_that_differ() {
    use pressdiff::facts::FactKind;
    // Reuters as B: it gives the river's peak as guardian (A) does; localnews gives another value.
    let (mut app, mut term) = run_on(story(), 120, 35, &[Down, Compare, Facts]);
    let ledger = app.ledger.clone().expect("ledger");
    let pos = app
        .facts
        .rows
        .iter()
        .position(|&i| {
            let f = &ledger.facts[i];
            f.kind == FactKind::Number && f.altered && f.text.contains("metres")
        })
        .expect("a conflicting number");
    for _ in 0..pos {
        app.step(Down);
    }
    let fact = app.selected_fact().expect("selected").clone();
    app.step(Compare);
    drawn(&mut app, &mut term);
    let of = |i: usize| fact.variants_of(i).map(|v| v.text.clone()).collect::<Vec<_>>();
    assert_eq!(app.a, 0);
    assert_ne!(of(app.a), of(app.b), "{} {}", app.a, app.b);
    let s = term.backend().to_string();
    let msg = app.message.clone().unwrap_or_default();
    assert!(msg.contains("6.4 metres in A") && msg.contains("6.9 metres in B"), "{msg}\n{s}");
    assert!(!msg.contains('“'), "{msg}");
}

#[test]
fn a_short_window_still_shows_every_wording_of_an_altered_fact() {
    let (_, term) = run_on(story(), 50, 14, &[Facts]);
    let s = term.backend().to_string();
    assert!(s.contains("│a “We did everything") && s.contains("│b “We did everything"), "{s}");
    assert!(s.contains("simply never designed"), "{s}");
}

#[test]
fn a_title_cut_in_the_list_ends_in_an_ellipsis() {
    let (_, term) = run_on(story(), 80, 24, &[]);
    let s = term.backend().to_string();
    let row = s.lines().find(|l| l.contains("reuters")).unwrap_or_default();
    let title = row.split("reuters").next().unwrap_or_default().trim_end();
    assert!(title.ends_with('…'), "{row}");
    assert!(title.contains("Flood barrier fails in Harwick as river hits"), "{row}");
}

#[test]
fn labels_say_what_is_shown() {
    // The facts footer counts conflicting numbers with the altered quotes.
    let s = screen(120, 40, &[Facts]);
    assert!(s.contains("≠ 6 altered or conflicting"), "{s}");
    // Without colour the inline legend names the brackets the changes are shown with.
    let mut script = bbc_vs_first();
    script.push(ToggleView);
    let s = screen(120, 40, &script);
    // The one column also names the two reports.
    assert!(
        s.contains("A 004_5abb5772e0315b45: [-…-] · B 000_e1ce51db32a55e92: {+…+}") && !s.contains("struck through"),
        "{s}"
    );
    // Narrow, the ids are cut to fit and the legend stays whole.
    let s = screen(40, 16, &script);
    let line = s.lines().find(|l| l.contains("[-…-]")).expect("the legend");
    assert!(line.contains("A 004_…: [-…-] · B 000_…: {+…+}"), "{s}");
}

#[test]
fn a_long_query_on_a_narrow_footer_leaves_room_for_the_count() {
    let s = screen(40, 15, &searched("comprehensive and constructive bilateral relations"));
    let footer = s.lines().last().expect("a footer");
    assert!(footer.contains("/comprehensiv…  1/1 row matches"), "{s}");
}

#[test]
fn a_search_that_only_boilerplate_holds_says_so() {
    // The BBC report's boilerplate holds a line of links the story does not.
    let a = &Corpus::sample().articles[4];
    let line = a
        .boilerplate()
        .map(|(b, _)| b.text.to_string())
        .find(|t| t.split_whitespace().count() >= 2)
        .expect("boilerplate");
    let word: String = line.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let mut script = searched(&word);
    let s = screen(120, 40, &script);
    assert!(s.contains("the boilerplate holds it (r shows it)"), "{word:?}\n{s}");
    // With boilerplate shown, it is found.
    script.insert(script.len() - word.chars().count() - 2, ToggleBoilerplate);
    let s = screen(120, 40, &script);
    assert!(!s.contains("no match for") && s.contains("match"), "{word:?}\n{s}");
}

#[test]
fn a_facts_filter_that_matches_nothing_says_so() {
    let mut script = vec![Facts, StartSearch];
    script.extend(typed("zzqx"));
    let s = screen(120, 40, &script);
    assert!(s.contains("no facts match the filter “zzqx” (Esc clears it)"), "{s}");
    script.push(Submit);
    let s = screen(120, 40, &script);
    assert!(s.contains("no facts match the filter “zzqx” (/ then Esc clears it)"), "{s}");
}

#[test]
fn switching_the_view_keeps_the_place_among_boilerplate_rows() {
    // At the bottom, where the boilerplate rows are, the view switch stays at the bottom.
    let (app, term) = run_on(story(), 100, 16, &[SwitchFocus, ToggleBoilerplate, Bottom, ToggleView]);
    let lines = app.lines.as_ref().expect("lines");
    assert!(app.scroll > 0 && app.scroll + 8 >= lines.lines.len(), "{}", term.backend());
    // The current row, a boilerplate row found by a search, stays current and on screen.
    let mut keys = vec![SwitchFocus, ToggleBoilerplate, StartSearch];
    keys.extend(typed("leave a comment"));
    keys.push(Submit);
    let (before, _) = run_on(story(), 100, 16, &keys);
    let row = before.cursor.expect("on the match");
    assert!(before.lines.as_ref().expect("lines").items[row].segment.is_none(), "a boilerplate row");
    keys.push(ToggleView);
    let (after, term) = run_on(story(), 100, 16, &keys);
    assert_eq!(after.cursor, Some(row));
    assert!(term.backend().to_string().contains("Leave a comment"), "{}", term.backend());
}

#[test]
fn the_focused_pane_shows_it_without_colour() {
    use ratatui::style::Modifier;
    // Whether the title cell that starts `title` is drawn reversed.
    let reversed = |term: &Terminal<TestBackend>, title: &str| {
        let buf = term.backend().buffer();
        let area = buf.area;
        (0..area.height)
            .find_map(|y| {
                let row: String = (0..area.width).map(|x| buf[(x, y)].symbol().to_string()).collect();
                let at = row.find(title)?;
                let x = row[..at].chars().count() as u16;
                Some(buf[(x, y)].modifier.contains(Modifier::REVERSED))
            })
            .expect("title on screen")
    };
    let (_, term) = run_on(Corpus::sample(), 80, 24, &[]);
    assert!(reversed(&term, "Articles (5)") && !reversed(&term, "Comparison:"));
    let (_, term) = run_on(Corpus::sample(), 80, 24, &[SwitchFocus]);
    assert!(!reversed(&term, "Articles (5)") && reversed(&term, "Comparison:"));
}

#[test]
fn facts_being_gathered_show_no_count() {
    let mut app = App::new(Corpus::sample(), Options { theme: ThemeName::Mono });
    let mut term = Terminal::new(TestBackend::new(80, 24)).expect("test backend");
    // Not settled: the ledger is still being built in the background.
    app.step(Facts);
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    let s = term.backend().to_string();
    // The worker's result is taken only when the app polls, which `settle` does below.
    assert!(app.ledger.is_none());
    assert!(s.contains("Facts: all ") && !s.contains("Facts: all (0)") && s.contains("Gathering"), "{s}");
    app.settle();
    term.draw(|f| super::draw(f, &mut app)).expect("draw");
    assert!(term.backend().to_string().contains("Facts: all (68)"), "{}", term.backend());
}

#[test]
fn the_facts_view_filters_as_the_reader_types() {
    let mut keys = vec![Facts, StartSearch];
    keys.extend(typed("kim"));
    let (app, term) = run_on(Corpus::sample(), 120, 40, &keys);
    let ledger = app.ledger.as_ref().expect("ledger");
    assert!(!app.facts.rows.is_empty() && app.facts.rows.len() < ledger.facts.len());
    for &i in &app.facts.rows {
        assert!(ledger.facts[i].variants.iter().any(|v| v.text.to_lowercase().contains("kim")));
    }
    let s = term.backend().to_string();
    assert!(s.contains(&format!("Facts: all ({}, filter: kim▏)", app.facts.rows.len())), "{s}");
    // Enter keeps the filter and j moves again; Esc while typing drops it.
    keys.extend([Submit, Down]);
    let (app, _) = run_on(Corpus::sample(), 120, 40, &keys);
    assert!(!app.facts.typing && app.facts.filter == "kim" && app.facts.selected == 1);
    let mut keys = vec![Facts, StartSearch];
    keys.extend(typed("kim"));
    keys.push(Close);
    let (app, _) = run_on(Corpus::sample(), 120, 40, &keys);
    assert_eq!(app.facts.rows.len(), app.ledger.as_ref().expect("ledger").facts.len());
}

#[test]
fn boilerplate_shown_or_hidden_keeps_the_marked_row_on_screen_at_the_end() {
    // At the end, on the last change: `r` adds the boilerplate after the story, and the view stayed at the
    // new end, with the ▶ row above it.
    for view in [vec![], vec![ToggleView]] {
        let script = [vec![Compare], view, vec![Bottom, PrevChange]].concat();
        let (app, _) = run_on(Corpus::sample(), 100, 30, &script);
        let marked = app.cursor.expect("on the last change");
        assert!(app.on_screen(marked));
        for toggles in 1..=2 {
            let script = [script.clone(), vec![ToggleBoilerplate; toggles]].concat();
            let (app, term) = run_on(Corpus::sample(), 100, 30, &script);
            let c = app.cursor.expect("still marked");
            assert!(app.on_screen(c), "after {toggles} r:\n{}", term.backend());
        }
    }
}

#[test]
fn the_facts_filter_finds_a_figure_without_its_grouping_commas() {
    let text =
        |n: &str| format!("Hospital attack\n\nHackers stole the records of {n} patients, the trust said on Monday.");
    let articles = vec![
        Article::from_text("wire.txt", &text("4,200"), "utf-8"),
        Article::from_text("radio.txt", &text("4,500"), "utf-8"),
    ];
    let mut keys = vec![Facts, StartSearch];
    keys.extend(typed("4200"));
    let (app, _) = run_on(Corpus::from_articles(articles), 120, 40, &keys);
    let ledger = app.ledger.as_ref().expect("ledger");
    let shown: Vec<&str> = app.facts.rows.iter().flat_map(|&i| &ledger.facts[i].variants).map(|v| &*v.text).collect();
    assert!(shown.contains(&"4,200 patients"), "{shown:?}");
}

#[test]
fn a_fact_highlight_goes_with_its_pair() {
    let (app, _) = run_on(Corpus::sample(), 120, 40, &[Facts, Compare]);
    assert!(app.search.query.is_some() && app.search.from_fact, "the fact is highlighted");
    let pair = (app.a, app.b);
    // Another pair, opened from the matrix: the highlight does not follow as a search nobody typed.
    let (app, _) = run_on(Corpus::sample(), 120, 40, &[Facts, Compare, Matrix, Down, Down, Compare]);
    assert_ne!((app.a, app.b), pair);
    assert_eq!(app.search.query, None);
    // A typed search does follow.
    let mut keys = vec![SwitchFocus, StartSearch];
    keys.extend(typed("kim"));
    keys.extend([Submit, Matrix, Down, Down, Compare]);
    let (app, _) = run_on(Corpus::sample(), 120, 40, &keys);
    assert_eq!(app.search.query.as_deref(), Some("kim"));
}

#[test]
fn the_search_prompt_has_a_caret_that_moves() {
    let mut keys = vec![SwitchFocus, StartSearch];
    keys.extend(typed("quit"));
    keys.extend([Left, Left, Type('X')]);
    let (app, term) = run_on(Corpus::sample(), 100, 30, &keys);
    assert_eq!(app.search.input.as_deref(), Some("quXit"));
    assert!(term.backend().to_string().contains("/quX▏it"), "{}", term.backend());
    // Home and End, as the key map gives them in a prompt.
    keys.extend([Top, Type('>'), Bottom, Type('<')]);
    let (app, _) = run_on(Corpus::sample(), 100, 30, &keys);
    assert_eq!(app.search.input.as_deref(), Some(">quXit<"));
}

#[test]
fn a_pair_with_a_dash_standing_alone_shows_as_a_wrote_it() {
    use pressdiff::Article;
    let head = "Council backs harbour plan\n\n";
    let corpus = Corpus::from_articles(vec![
        Article::from_text(
            "a.txt",
            &format!("{head}The plan — announced on Monday — was \"BOLD and overdue\", the mayor said."),
            "utf-8",
        ),
        Article::from_text(
            "b.txt",
            &format!("{head}The Plan, announced on Tuesday, was “bold and overdue,” the Mayor said."),
            "utf-8",
        ),
    ]);
    let (_, term) = run_on(corpus, 120, 14, &[Down, Compare]);
    let s = term.backend().to_string();
    // A's column in A's case, quotation marks, dashes and commas; B's in B's.
    assert!(s.contains("│~ 1 The plan — announced on [-Monday —-] was \"BOLD and "), "{s}");
    assert!(s.contains("│    overdue\", the mayor said. "), "{s}");
    assert!(s.contains("│ The Plan, announced on {+Tuesday,+} was “bold and "), "{s}");
    assert!(s.contains("│ overdue,” the Mayor said. "), "{s}");
}

#[test]
fn a_closing_mark_kept_apart_leaves_a_its_own_spelling() {
    use pressdiff::Article;
    let head = "Council backs harbour plan\n\n";
    let corpus = Corpus::from_articles(vec![
        Article::from_text("a.txt", &format!("{head}The MAYOR said the bridge was \"SAFE\" and checked it."), "utf-8"),
        Article::from_text(
            "b.txt",
            &format!("{head}The mayor said the bridge was “safe” and checked it carefully."),
            "utf-8",
        ),
    ]);
    let (_, term) = run_on(corpus, 120, 14, &[Down, Compare]);
    let s = term.backend().to_string();
    // A's column keeps A's case and quotation marks, and its full stop once, at the end; B's new word comes
    // before B's.
    assert!(s.contains("│~ 1 The MAYOR said the bridge was \"SAFE\" and checked it. "), "{s}");
    assert!(s.contains("│ The mayor said the bridge was “safe” and checked it "), "{s}");
    assert!(s.contains("│ {+carefully+}. "), "{s}");
}

#[test]
fn clearing_the_list_filter_shows_every_row_again() {
    // `vow` matches the last article only; once the filter goes, the list has room for all five again, and
    // none may stay scrolled off the top with blank rows below.
    let mut typing = vec![StartSearch];
    typing.extend(typed("vow"));
    let mut kept = typing.clone();
    kept.push(Submit);
    for mut keys in [typing, kept] {
        keys.push(Close);
        let (app, term) = run_on(Corpus::sample(), 100, 30, &keys);
        let s = term.backend().to_string();
        assert_eq!(app.list_offset, 0, "{keys:?}\n{s}");
        for article in &app.corpus.articles {
            assert!(s.contains(&article.title), "{keys:?}: {} is hidden\n{s}", article.title);
        }
        assert!(s.contains("│▶   Russia vows to expand relations"), "{keys:?}\n{s}");
    }
}

#[test]
fn an_empty_search_repeats_the_last_after_esc_too() {
    // Esc clears the highlight, as `:noh` does in vim; the search itself is remembered for `/` Enter.
    let mut script = vec![Compare, StartSearch];
    script.extend(typed("Putin"));
    script.extend([Submit, Close]);
    let (app, _) = run_on(Corpus::sample(), 100, 30, &script);
    assert!(app.search.highlight().is_empty());
    script.extend([StartSearch, Submit]);
    let (app, term) = run_on(Corpus::sample(), 100, 30, &script);
    assert_eq!(app.search.query.as_deref(), Some("Putin"));
    assert!(app.cursor.is_some(), "{}", term.backend());
    assert!(term.backend().to_string().contains("rows match"), "{}", term.backend());
    // It goes on from the ▶ row, as `n` does, not back to the first match on screen.
    let mut script = vec![Compare, StartSearch];
    script.extend(typed("Putin"));
    script.extend([Submit, Next, Close]);
    let (app, _) = run_on(Corpus::sample(), 100, 30, &script);
    let second = app.cursor.expect("on the second match");
    let (by_n, _) = run_on(Corpus::sample(), 100, 30, &[script.clone(), vec![Next]].concat());
    script.extend([StartSearch, Submit]);
    let (app, _) = run_on(Corpus::sample(), 100, 30, &script);
    assert!(app.cursor.is_some_and(|c| c > second), "{:?} after {second}", app.cursor);
    assert_eq!(app.cursor, by_n.cursor);
    // With no search before it, an empty one says so rather than doing nothing.
    let (app, _) = run_on(Corpus::sample(), 100, 30, &[Compare, StartSearch, Submit]);
    assert_eq!(app.search.query, None);
    assert_eq!(app.message.as_deref(), Some("no previous search"));
}

#[test]
fn q_closes_the_help_and_quits_elsewhere() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let key = |app: &mut App, code: KeyCode, mods: KeyModifiers| {
        if let Some(a) = super::action::from_event(&Event::Key(KeyEvent::new(code, mods)), app.mode()) {
            app.step(a);
        }
    };
    let q = |app: &mut App| key(app, KeyCode::Char('q'), KeyModifiers::NONE);
    // As in less, vim and delta, q leaves the help screen, not the program; so do Esc and `?`.
    for close in [KeyCode::Char('q'), KeyCode::Esc, KeyCode::Char('?')] {
        let (mut app, _) = run_on(Corpus::sample(), 100, 30, &[ToggleHelp, Down]);
        key(&mut app, close, KeyModifiers::NONE);
        assert!(app.help.is_none() && !app.quit, "{close:?}");
        q(&mut app);
        assert!(app.quit, "{close:?}");
    }
    // While the help's filter is typed, q is a letter of it.
    let (mut app, _) = run_on(Corpus::sample(), 100, 30, &[ToggleHelp, StartSearch]);
    q(&mut app);
    assert_eq!(app.help.as_ref().map(|h| h.filter.as_str()), Some("q"));
    // Ctrl-c quits from anywhere.
    let (mut app, _) = run_on(Corpus::sample(), 100, 30, &[ToggleHelp]);
    key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
}

#[test]
fn enter_on_the_pair_shown_keeps_the_place() {
    let keys = [Compare, NextChange, NextChange, NextChange];
    let (mut app, mut term) = run_on(Corpus::sample(), 100, 30, &keys);
    let (scroll, cursor, wraps) = (app.scroll, app.cursor, app.wraps);
    assert!(scroll > 0 && cursor.is_some(), "{}", term.backend());
    let before = term.backend().to_string();
    app.step(Compare);
    drawn(&mut app, &mut term);
    assert_eq!((app.scroll, app.cursor, app.wraps), (scroll, cursor, wraps));
    assert_eq!(term.backend().to_string(), before);
}

#[test]
fn a_corpus_of_one_article_is_not_compared_with_itself() {
    use pressdiff::Article;
    let one = || {
        Corpus::from_articles(vec![Article::from_text(
            "only.txt",
            "Harbour bridge reopens\n\nThe bridge reopened on Monday after repairs costing 4 million.",
            "utf-8",
        )])
    };
    let (app, term) = run_on(one(), 100, 30, &[Compare]);
    let s = term.backend().to_string();
    assert!(app.comparison().is_none(), "{s}");
    assert!(s.contains("Only one article") && s.contains("pressdiff FILE FILE"), "{s}");
    assert!(!s.contains("aligned 1.00") && !s.contains("copied") && !s.contains("│ B "), "{s}");
    assert!(s.contains("nothing to compare it with"), "{s}");
    // Nor does the matrix give the article's likeness to itself as a result.
    let (_, term) = run_on(one(), 100, 30, &[Matrix]);
    let s = term.backend().to_string();
    assert!(!s.contains("similarity 1.00") && s.contains("the article itself"), "{s}");
}

/// The bold text of the comparison's body (the gutter aside): what carries the fact style in the no-colour
/// theme, each run of it as one string.
fn bold_runs(app: &App, term: &Terminal<TestBackend>) -> Vec<String> {
    use ratatui::style::Modifier;
    let body = app.areas.body;
    let buf = term.backend().buffer();
    let mut runs = Vec::new();
    for y in body.y..body.y + body.height {
        let mut run = String::new();
        for x in
            body.x + u16::try_from(app.lines.as_ref().map_or(4, |l| l.key.gutter)).unwrap_or(4)..body.x + body.width
        {
            let cell = &buf[(x, y)];
            if cell.modifier.contains(Modifier::BOLD) {
                run.push_str(cell.symbol());
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        runs.extend(Some(run).filter(|r| !r.is_empty()));
    }
    runs
}

#[test]
fn only_the_words_inside_a_quotation_are_emphasised() {
    // B: "… has committed to “expand [its] comprehensive …”": the inserted run starts before the quotation.
    let (app, term) = run_on(Corpus::sample(), 120, 40, &[Compare]);
    let s = term.backend().to_string();
    assert!(s.contains("committed to “expand [its]+}"), "{s}");
    let bold = bold_runs(&app, &term);
    assert!(bold.iter().any(|r| r == "expand [its]"), "{bold:?}\n{s}");
    assert!(!bold.iter().any(|r| r.contains("committed") || r.contains('“')), "{bold:?}\n{s}");
    // A quotation set „…“, as German sets it, ends at its closing mark: the changed day after it is no
    // quote's word.
    use pressdiff::Article;
    let corpus = Corpus::from_articles(vec![
        Article::from_text(
            "a.txt",
            "Brücke\n\nDer Minister sagte „wir bauen die Brücke“ am Montag in Berlin.",
            "utf-8",
        ),
        Article::from_text(
            "b.txt",
            "Brücke\n\nDer Minister sagte „wir bauen die Straße“ am Dienstag in Berlin.",
            "utf-8",
        ),
    ]);
    let (app, term) = run_on(corpus, 120, 14, &[Down, Compare]);
    let s = term.backend().to_string();
    let bold = bold_runs(&app, &term);
    assert!(bold.iter().any(|r| r.contains("Brücke")) && bold.iter().any(|r| r.contains("Straße")), "{bold:?}\n{s}");
    assert!(!bold.iter().any(|r| r.contains("Montag") || r.contains("Dienstag")), "{bold:?}\n{s}");
}

#[test]
fn a_wide_facts_table_says_which_columns_are_on_screen() {
    use pressdiff::Article;
    let corpus = || {
        Corpus::from_articles(
            (0..30)
                .map(|i| {
                    Article::from_text(
                        format!("r{i}.txt"),
                        &format!("Report number {i}\n\nMayor Dana Ruiz said \"the river rose\" in town {i}."),
                        "utf-8",
                    )
                })
                .collect(),
        )
    };
    let (_, term) = run_on(corpus(), 100, 30, &[Facts]);
    let s = term.backend().to_string();
    assert!(s.contains("columns 1–22 of 30"), "{s}");
    let mut keys = vec![Facts];
    keys.extend(std::iter::repeat_n(Right, 10));
    let (_, term) = run_on(corpus(), 100, 30, &keys);
    let s = term.backend().to_string();
    assert!(s.contains("columns 9–30 of 30"), "{s}");
    // A window with room for one column names it alone.
    let (_, term) = run_on(corpus(), 36, 10, &[Facts]);
    let s = term.backend().to_string();
    assert!(s.contains("column 1 of 30") && !s.contains("1–1"), "{s}");
    // With every column on screen there is nothing to say.
    let s = screen(120, 40, &[Facts]);
    assert!(!s.contains("columns 1–") && s.contains("  kind   fact "), "{s}");
}

#[test]
fn the_legends_give_titles_where_there_is_room() {
    let s = screen(120, 40, &[Facts]);
    assert!(s.contains("│2 001_be7a17cd2114efca (B) Russia shakes hand with North Korea "), "{s}");
    let s = screen(120, 40, &[Matrix]);
    assert!(s.contains("│row 1     Bilateral Relations between Russia and North Korea "), "{s}");
    assert!(s.contains("│column 2  Russia shakes hand with North Korea "), "{s}");
    // A short window keeps the numbers and ids, and the rest of the detail, rather than the titles.
    let s = screen(80, 24, &[Facts]);
    assert!(s.contains("1 000_e1ce51db32a55e92 (A)  2 001_be7a17cd2114efca (B)") && !s.contains("shakes hand"), "{s}");
    let s = screen(80, 16, &[Matrix]);
    assert!(s.contains("row 1 000_e1ce51db32a55e92 against column 2") && !s.contains("shakes hand"), "{s}");
}

#[test]
fn n_after_esc_repeats_the_last_search() {
    // Esc clears the highlight as vim's `:noh` does; `n` brings the search back and goes to its next match,
    // not to the next change.
    let mut script = vec![SwitchFocus, StartSearch];
    script.extend(typed("barrier"));
    script.extend([Submit, Close]);
    let (app, _) = run_on(story(), 120, 35, &script);
    let first = app.cursor.expect("on the first match");
    assert_eq!(app.search.query, None);
    for (key, forward) in [(Next, true), (Prev, false)] {
        let mut keys = script.clone();
        keys.push(key);
        let (app, term) = run_on(story(), 120, 35, &keys);
        assert_eq!(app.search.query.as_deref(), Some("barrier"), "{}", term.backend());
        let hits = super::search::matches(app.lines.as_ref().expect("lines"), "barrier");
        let want = if forward { hits.iter().find(|&&h| h > first) } else { hits.last() };
        assert_eq!(app.cursor, want.copied(), "{}", term.backend());
        assert_eq!(app.search.highlight(), ["barrier"]);
    }
    // Before any search, n goes to the next change.
    let (app, _) = run_on(story(), 120, 35, &[SwitchFocus, Next]);
    assert_eq!(app.search.query, None);
    assert!(app.cursor.is_some_and(|c| app.lines.as_ref().expect("lines").items[c].is_change()));
}

#[test]
fn a_second_click_on_an_article_compares_it() {
    let (mut app, mut term) = run_on(Corpus::sample(), 100, 30, &[]);
    let rows = app.areas.list_rows;
    // The fourth article's row, then the same row again.
    let click = Click { column: rows.x + 5, row: rows.y + 3 };
    app.step(click.clone());
    drawn(&mut app, &mut term);
    assert_eq!((app.selected, app.b), (3, 1), "a first click only picks the row");
    app.step(click.clone());
    app.settle();
    drawn(&mut app, &mut term);
    assert_eq!((app.a, app.b), (0, 3), "{}", term.backend());
    assert_eq!(app.focus, super::app::Focus::Comparison);
    assert!(term.backend().to_string().contains("│ B Russia promises to improve ties"), "{}", term.backend());
    // Back in the list, a click on A's row is refused as Enter on it is.
    let a_row = Click { column: rows.x + 5, row: rows.y };
    app.step(a_row.clone());
    app.step(a_row);
    assert_eq!((app.a, app.b), (0, 3));
    assert!(app.message.as_deref().is_some_and(|m| m.contains("A itself")), "{:?}", app.message);
}

#[test]
fn counts_agree_with_their_nouns() {
    // A search that one row matches.
    let mut script = vec![SwitchFocus, StartSearch];
    script.extend(typed("leisure"));
    script.push(Submit);
    let (_, term) = run_on(story(), 120, 35, &script);
    let s = term.backend().to_string();
    assert!(s.contains("1/1 row matches") && !s.contains("rows match"), "{s}");
    // The list's filter: none, one, several.
    for (text, footer, title) in
        [("zzz", "0 matches", "0/3 match"), ("localnews", "1 match ", "1/3 matches"), ("r", "3 matches", "")]
    {
        let mut script = vec![StartSearch];
        script.extend(typed(text));
        let (_, term) = run_on(story(), 120, 35, &script);
        let s = term.backend().to_string();
        assert!(s.contains(&format!("  {footer}")), "{text}: {s}");
        assert!(s.contains(&format!("({title} “{text}”)")) || title.is_empty(), "{text}: {s}");
    }
    // The help's note on what lies below, one line from its end.
    let (mut app, mut term) = run_on(story(), 100, 30, &[ToggleHelp, Bottom]);
    app.step(Up);
    drawn(&mut app, &mut term);
    assert!(term.backend().to_string().contains(" 1 more line ↓"), "{}", term.backend());
}

/// The footer's first row (the status, or in a one-row footer "? help │ " and the status).
fn status_row(s: &str) -> String {
    let rows: Vec<&str> = s.lines().collect();
    let at = rows.iter().rposition(|l| l.contains('┘')).unwrap_or(0) + 1;
    rows.get(at).unwrap_or(&"").trim_matches('"').trim_end().to_string()
}

#[test]
fn the_footer_never_cuts_a_figure() {
    let tokens = |status: &str| -> Vec<String> {
        status
            .split(|c: char| c.is_whitespace() || "=~+->│,".contains(c))
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    for keys in [&[][..], &[Facts], &[Matrix]] {
        // Every word and figure of a narrow status is one of the wide status: parts give way whole.
        let wide = tokens(&status_row(&screen(200, 50, keys)));
        for (w, h) in [(36, 10), (38, 12), (40, 12), (45, 12), (52, 14), (60, 20), (80, 24)] {
            let status = status_row(&screen(w, h, keys));
            assert!(!status.contains('…') && status.chars().count() <= usize::from(w), "{w}x{h}: {status:?}");
            for token in tokens(&status) {
                assert!(
                    token == "?" || token == "help" || wide.contains(&token),
                    "{w}x{h}: {token:?} cut in {status:?}"
                );
            }
        }
    }
    // The comparison's counts and its aligned share stay on screen down to the smallest window.
    for (w, h) in [(36, 10), (40, 12), (60, 20)] {
        let words = tokens(&status_row(&screen(w, h, &[])));
        for f in ["0", "6", "10", "15", "1", "0.37"] {
            assert!(words.iter().any(|t| t == f), "{w}x{h}: {f} missing from {words:?}");
        }
    }
}

#[test]
fn the_detail_under_the_facts_and_the_matrix_scrolls() {
    // At 60x20 the matrix's detail takes the rows its grid of five does not need, and shows whole.
    let last = "Enter: compare row (A) with column (B)";
    let s = screen(60, 20, &[Matrix]);
    assert!(s.contains(last) && s.contains("draws on no other report") && !s.contains("more line"), "{s}");
    // At 60x14 it does not fit: the rule says so, and J brings the rest.
    let s = screen(60, 14, &[Matrix]);
    assert!(s.contains("more line") && !s.contains(last), "{s}");
    let mut keys = vec![Matrix];
    keys.extend(std::iter::repeat_n(DetailDown, 20));
    let s = screen(60, 14, &keys);
    assert!(s.contains(last) && s.contains("↑"), "{s}");
    // A shorter window leaves the facts' detail too small for it: each line is reached with J, and K goes
    // back; j moves to another fact and the detail starts again at its top.
    let (mut app, mut term) = run_on(Corpus::sample(), 60, 16, &[Facts]);
    let top = term.backend().to_string();
    assert!(top.contains("more line") && top.contains("↓"), "{top}");
    let mut seen = String::new();
    for _ in 0..30 {
        seen.push_str(&term.backend().to_string());
        app.step(DetailDown);
        drawn(&mut app, &mut term);
    }
    for text in ["2, 4, 5", "— in 1", "Enter: show it in the comparison", "004_5abb5772e0315b45"] {
        assert!(seen.contains(text), "{text} never shown:\n{seen}");
    }
    assert!(app.detail_scroll > 0);
    app.step(Down);
    drawn(&mut app, &mut term);
    assert_eq!(app.detail_scroll, 0);
    // The wheel over the detail scrolls it too.
    let detail = app.areas.detail;
    app.step(Wheel { column: detail.x + 1, row: detail.y + 1, lines: 3 });
    drawn(&mut app, &mut term);
    assert!(app.detail_scroll > 0 && app.facts.selected == 1, "{}", term.backend());
    // The matrix opens with its detail at the top, whatever the facts' detail was scrolled to.
    app.step(Matrix);
    drawn(&mut app, &mut term);
    assert_eq!(app.detail_scroll, 0);
    assert!(term.backend().to_string().contains("│row 1 000_e1ce51db32a55e92 against"), "{}", term.backend());
}

#[test]
fn coverage_counts_past_nine_are_written_out() {
    use pressdiff::Article;
    // Twelve copies of one report: each sentence of A is carried by the eleven others.
    let text = include_str!("testdata/story/reuters.txt");
    let copies = |n: usize| {
        Corpus::from_articles((0..n).map(|i| Article::from_text(format!("r{i:02}.txt"), text, "utf-8")).collect())
    };
    for view in [vec![], vec![ToggleView]] {
        let (_, term) = run_on(copies(12), 80, 24, &view);
        let s = term.backend().to_string();
        assert!(s.contains("│= 11 Flood barrier fails"), "{s}");
        // The gutter's only "+" would be the added mark, in its first column.
        let rows: Vec<Vec<char>> = s.lines().map(|l| l.trim_matches('"').chars().collect()).collect();
        for row in rows.iter().filter(|r| r.len() > 6 && "=~+->#".contains(r[1])) {
            assert!(!row[2..6].contains(&'+'), "{}\n{s}", row.iter().collect::<String>());
        }
        // The headings stay over their columns.
        let rule = |r: &Vec<char>| r.iter().skip(1).position(|&c| c == '│');
        if view.is_empty() {
            let head = rows.iter().find(|r| r.iter().collect::<String>().contains("│ B ")).expect("headings");
            let body = rows.iter().find(|r| r.iter().collect::<String>().contains("│= 11")).expect("a row");
            assert_eq!(rule(head), rule(body), "{s}");
        }
    }
    // Up to ten articles a count takes one digit, as before.
    let (_, term) = run_on(copies(10), 80, 24, &[]);
    assert!(term.backend().to_string().contains("│= 9 Flood barrier fails"), "{}", term.backend());
}

#[test]
fn half_pages_move_in_the_matrix_too() {
    let (app, _) = run_on(Corpus::sample(), 120, 40, &[Matrix, HalfPageDown]);
    assert!(app.cells.row > 0, "Ctrl-d left the cursor on row {}", app.cells.row + 1);
    let row = app.cells.row;
    let (app, _) = run_on(Corpus::sample(), 120, 40, &[Matrix, HalfPageDown, HalfPageUp]);
    assert!(app.cells.row < row);
}

#[test]
fn the_list_filter_prompt_keeps_its_count_whole() {
    for width in [36, 40, 45, 52, 60, 80] {
        let mut keys = vec![StartSearch];
        keys.extend(typed("russia"));
        let s = screen(width, 12, &keys);
        let prompt = s.lines().last().unwrap_or_default().trim_matches('"').trim_end().to_string();
        assert!(prompt.contains("russia▏") && !prompt.contains('…'), "{width}: {prompt:?}");
        assert!(prompt.ends_with("5 matches") || prompt.ends_with("Esc clears"), "{width}: {prompt:?}");
    }
}

#[test]
fn an_outlets_correction_shows_with_the_boilerplate_hidden() {
    let story = "Water rationing begins in Urubamba\n\nThe town of Urubamba began rationing water on Friday as its reservoir fell to a record low after months without rain.\n\nOfficials said supplies would be cut for twelve hours a day until the rains return to the valley.";
    let corrected = format!(
        "{story}\n\nCORRECTION: An earlier version of this story incorrectly said Urubamba has 1,200 residents. The town has about 12,000 residents.\n\nRelated\n\nMore stories from the region"
    );
    let articles = vec![Article::from_text("a.txt", story, "utf-8"), Article::from_text("b.txt", &corrected, "utf-8")];
    let s = screen_of(Corpus::from_articles(articles), 100, 24, &[]);
    assert!(s.contains("[boilerplate: editorial note] CORRECTION") && s.contains("12,000 residents"), "{s}");
    // The rest of the boilerplate stays hidden until asked for.
    assert!(!s.contains("More stories from the region"), "{s}");
}

#[test]
fn a_view_toggled_there_and_back_keeps_the_marked_rows_first_line_on_screen() {
    // A long paragraph only A gives, near the end: tall side by side, short inline. Inline, the view was
    // clamped at its end; back side by side, the reader stayed at the end, with the ▶ row's mark above the
    // top and only its last lines on screen.
    let short: Vec<String> =
        (0..10).map(|i| format!("Council officials confirmed detail number {i} of the count.")).collect();
    let long = "The returning officer said that every ballot had been counted twice, that observers from all \
                four parties had watched the count in each ward, that the recount requested in two wards had \
                changed no result, and that the final figures would be published in full on the council's \
                website on Monday morning, together with the turnout in every ward and the number of ballots \
                rejected as spoiled.";
    let tail: Vec<String> =
        (0..4).map(|i| format!("The council will publish the results of ward number {i} in full tomorrow.")).collect();
    let a = format!("Mayor elected after a long count\n\n{}\n\n{long}\n\n{}", short.join("\n\n"), tail.join("\n\n"));
    let b = format!("Mayor elected after a long count\n\n{}\n\n{}", short.join("\n\n"), tail.join("\n\n"));
    let corpus = || {
        Corpus::from_articles(vec![Article::from_text("a.txt", &a, "utf-8"), Article::from_text("b.txt", &b, "utf-8")])
    };
    let script = [Compare, NextChange];
    let (before, _) = run_on(corpus(), 100, 30, &script);
    let c = before.cursor.expect("on the omitted paragraph");
    assert!(before.head_on_screen(c));
    let (app, term) = run_on(corpus(), 100, 30, &[&script[..], &[ToggleView, ToggleView]].concat());
    assert_eq!(app.cursor, Some(c));
    assert!(app.head_on_screen(c), "after v v:\n{}", term.backend());
}

#[test]
fn inline_the_old_and_new_words_of_a_quotation_keep_their_own_marks() {
    use ratatui::style::Modifier;
    let a = "Rival concedes the mayoral race\n\n\"The voters have spoken and I respect their decision,\" he said.";
    let b = "Rival concedes the mayoral race\n\n\"The voters have spoken and I accept their decision,\" he said.";
    let corpus =
        Corpus::from_articles(vec![Article::from_text("a.txt", a, "utf-8"), Article::from_text("b.txt", b, "utf-8")]);
    let (_, term) = run_on(corpus, 100, 30, &[Compare, ToggleView]);
    let buf = term.backend().buffer();
    // The style of the first letter of `word` on screen.
    let style_of = |word: &str| {
        let area = buf.area;
        (area.y..area.y + area.height)
            .find_map(|y| {
                let row: String = (area.x..area.x + area.width).map(|x| buf[(x, y)].symbol()).collect();
                let at = row.find(word)?;
                let x = row[..at].chars().count();
                Some(buf[(area.x + u16::try_from(x).ok()?, y)].modifier)
            })
            .unwrap_or_else(|| panic!("{word} not on screen:\n{}", term.backend()))
    };
    let (old, new) = (style_of("respect"), style_of("accept"));
    assert!(old.contains(Modifier::CROSSED_OUT) && !old.contains(Modifier::UNDERLINED), "{old:?}");
    assert!(new.contains(Modifier::UNDERLINED) && !new.contains(Modifier::CROSSED_OUT), "{new:?}");
}

/// Three reports of one quotation, one of which gives it to another speaker.
fn misattributed_corpus() -> Corpus {
    let quote = "“We will not open the canister until it is inside the clean room,”";
    let texts = [
        format!("Capsule lands in the outback\n\n{quote} said Dr Haruto Sakamaki, who leads the curation team."),
        format!("Asteroid capsule comes home\n\n{quote} Sakamaki told reporters on Monday."),
        format!("Space capsule found in desert\n\n{quote} said Dr Miriam Okonkwo-Hale, the lead scientist."),
    ];
    numbered_corpus(&texts)
}

/// A corpus of `texts`, read as r1.txt, r2.txt and on.
fn numbered_corpus(texts: &[impl AsRef<str>]) -> Corpus {
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::from_text(format!("r{}.txt", i + 1), t.as_ref(), "utf-8"))
        .collect();
    Corpus::from_articles(articles)
}

#[test]
fn a_wording_apart_for_its_speaker_alone_is_the_same_words_not_an_excerpt() {
    // The first report names no one; the second gives the same words to Sakamaki, the third to another.
    let quote = "“We will not open the canister until it is inside the clean room,”";
    let texts = [
        format!("Capsule lands in the outback\n\n{quote} a member of the team said."),
        format!("Asteroid capsule comes home\n\n{quote} said Dr Haruto Sakamaki, who leads the curation team."),
        format!("Space capsule found in desert\n\n{quote} said Dr Miriam Okonkwo-Hale, the lead scientist."),
    ];
    let facts = screen_of(numbered_corpus(&texts), 100, 30, &[Facts]);
    assert!(facts.contains("(the same words as a)") && !facts.contains("excerpt"), "{facts}");
    assert!(facts.contains("(another speaker)"), "{facts}");
}

#[test]
fn a_quotation_given_to_another_speaker_says_so_and_names_both() {
    let facts = screen_of(misattributed_corpus(), 100, 30, &[Facts]);
    assert!(facts.contains("≠ quote given to another speaker"), "{facts}");
    // The footer says how many of the altered are misattributed, as the text header does.
    assert!(facts.contains("≠ 1 altered or conflicting, 1 of them misattributed"), "{facts}");
    insta::assert_snapshot!("facts_another_speaker_100x30", facts);
    // Enter opens the two reports that name two speakers, and the status line says who each names.
    let compared = screen_of(misattributed_corpus(), 100, 30, &[Facts, Compare]);
    assert!(compared.contains("said by Haruto Sakamaki in A vs b “We will not open…” said by Miriam"), "{compared}");
}

#[test]
fn a_conflicting_figure_opens_beside_the_report_that_changes_it_not_one_that_rewords_it() {
    // Report 2 gives A's sum in other words, report 3 another sum: Enter shows the conflict.
    let texts = [
        "Council backs new bridge\n\nThe council will spend £4.2m on the new bridge over the river, officials said.",
        "Bridge plan approved\n\nThe council will spend £4.2 million on the new bridge over the river, officials said.",
        "River bridge gets go-ahead\n\nThe council will spend £4.7m on the new bridge over the river, officials said.",
    ];
    let (app, term) = run_on(numbered_corpus(&texts), 100, 30, &[Facts, Compare]);
    assert_eq!((app.a, app.b), (0, 2), "{}", term.backend());
}

#[test]
fn p_lists_the_facts_a_and_b_give_apart() {
    use super::app::{PairMark, Screen, pair_mark};
    // The BBC report against the first: `p` in the comparison opens the facts view on their differences.
    let keys = [bbc_vs_first(), vec![Pair]].concat();
    let (app, term) = run_on(Corpus::sample(), 120, 40, &keys);
    assert_eq!(app.screen, Screen::Facts);
    let ledger = app.ledger.as_ref().expect("ledger");
    let (a, b) = (app.a, app.b);
    assert_ne!(a, b);
    // Every fact listed is one the two give apart, and every such fact is listed, changes first.
    let apart: Vec<usize> = (0..ledger.facts.len()).filter(|&i| pair_mark(&ledger.facts[i], a, b).is_some()).collect();
    let mut listed = app.facts.rows.clone();
    let marks: Vec<PairMark> = listed.iter().filter_map(|&i| pair_mark(&ledger.facts[i], a, b)).collect();
    assert!(marks.is_sorted(), "{marks:?}");
    listed.sort_unstable();
    assert_eq!(listed, apart);
    assert!(!apart.is_empty() && apart.len() < ledger.facts.len());
    let s = term.backend().to_string();
    assert!(s.contains(&format!("Facts: all, A vs B ({})", apart.len())), "{s}");
    insta::assert_snapshot!("facts_pair_120x40", s);
    // `p` again lists every fact; the marks are the corpus's again.
    let (app, term) = run_on(Corpus::sample(), 120, 40, &[keys.clone(), vec![Pair]].concat());
    assert_eq!(app.facts.rows.len(), app.ledger.as_ref().expect("ledger").facts.len());
    let s = term.backend().to_string();
    assert!(!s.contains(", A vs B (") && !s.contains("A vs B:") && s.contains("p A vs B"), "{s}");
    // Enter keeps the pair, even on a fact only A gives.
    let only_a = app_rows_position(&keys, |m| m == PairMark::OnlyA);
    let mut open = keys.clone();
    open.extend(vec![Down; only_a]);
    open.push(Compare);
    let (opened, _) = run_on(Corpus::sample(), 120, 40, &open);
    assert_eq!((opened.screen, opened.a, opened.b), (Screen::Comparison, a, b));
    // Another pair opened since: `f` brings the facts view back on that pair's differences.
    let other = [keys.clone(), vec![Close, SwitchFocus, Down, Compare, Facts]].concat();
    let (app, _) = run_on(Corpus::sample(), 120, 40, &other);
    assert_ne!((app.a, app.b), (a, b));
    let ledger = app.ledger.as_ref().expect("ledger");
    assert!(app.facts.rows.iter().all(|&i| pair_mark(&ledger.facts[i], app.a, app.b).is_some()));
}

/// Where in the pair-filtered facts list the first row with a mark `wanted` stands.
fn app_rows_position(keys: &[Action], wanted: impl Fn(super::app::PairMark) -> bool) -> usize {
    let (app, _) = run_on(Corpus::sample(), 120, 40, keys);
    let ledger = app.ledger.as_ref().expect("ledger");
    app.facts
        .rows
        .iter()
        .position(|&i| super::app::pair_mark(&ledger.facts[i], app.a, app.b).is_some_and(&wanted))
        .expect("a row with that mark")
}
