//! The terminal UI: open the terminal, run the loop (draw, read an event, step), and give the terminal back
//! on every way out: q, Ctrl-C, SIGTERM/SIGHUP/SIGINT, an error or a panic; and for the while the reader
//! suspends it with Ctrl-z.

pub mod action;
pub mod app;
pub mod article_list;
pub mod count;
pub mod detail;
pub mod diff_pane;
pub mod facts_view;
pub mod footer;
pub mod help;
pub mod matrix_view;
pub mod overview;
pub mod prompt;
pub mod repaint;
pub mod search;
pub mod theme;
pub mod worker;
pub mod wrap;

#[cfg(test)]
mod tests;

use app::App;
use ratatui::Frame;
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub use app::Options;
pub use theme::ThemeName;

/// Below this the panes cannot show a sentence; the screen says so instead.
pub const MIN_WIDTH: u16 = 36;
pub const MIN_HEIGHT: u16 = 10;

/// Gives the terminal back when dropped, so an early return or an error restores it too.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        release();
        ratatui::restore();
    }
}

/// What must happen before ratatui leaves the alternate screen: release the mouse, and blank the screen.
///
/// A terminal may carry alternate-screen text over into the main screen. tmux, when the window grew while
/// the alternate screen was up, shrinks the screen back to the size it was entered at before restoring the
/// main one, and the parts of lines wider than that size survive the shrink; growing again brings them
/// back as rows of the shell's screen. Blank, the alternate screen has nothing left to carry over.
fn release() {
    let _ = execute!(std::io::stdout(), DisableMouseCapture, Clear(ClearType::All), MoveTo(0, 0));
}

/// Run the TUI on a loaded corpus until the reader quits.
pub fn run(corpus: pressdiff::Corpus, options: Options) -> anyhow::Result<()> {
    // crossterm reads keys, not signals: a flag set by the handler ends the loop at its next turn.
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let mut app = App::new(corpus, options);

    // ratatui's panic hook restores the screen; ours, installed after it, runs first and releases the mouse
    // and blanks the screen.
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release();
        previous(info);
    }));
    execute!(std::io::stdout(), EnableMouseCapture)?;
    spawn_hangup_watchdog();

    let mut dirty = true;
    let mut split_clusters = false;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|f| {
                draw(f, &mut app);
                split_clusters = repaint::mark(f.buffer_mut(), split_clusters);
            })?;
            // Keys typed ahead act once the screen is ready for them, which a frame's layout may have made it.
            if app.replay() {
                continue;
            }
        }
        // Wake for input, for finished work, or for the spinner; never block longer than a quarter second
        // so a signal is noticed promptly.
        let timeout = if app.busy() { Duration::from_millis(80) } else { Duration::from_millis(250) };
        dirty = app.busy();
        if event::poll(timeout)? {
            // Take every queued event before drawing again, so a held key never lags behind.
            loop {
                let ev = event::read()?;
                match app.input(ev) {
                    Some(action::Action::Suspend) => {
                        suspend(&mut terminal)?;
                        dirty = true;
                    }
                    Some(action) => {
                        app.step(action);
                        dirty = true;
                    }
                    None => {}
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        dirty |= app.poll();
    }
    Ok(())
}

/// Ctrl-z: give the terminal back, stop as the shell's job control expects, and take the terminal again
/// when the shell continues the process (`fg`). In raw mode the terminal sends Ctrl-z as a key instead of
/// stopping the process, so the stop is raised here.
fn suspend(terminal: &mut ratatui::DefaultTerminal) -> anyhow::Result<()> {
    use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};
    release();
    ratatui::restore();
    // No handler is installed for SIGTSTP, so its default action stops the process here; `fg` continues it.
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enable_raw_mode()?;
    execute!(std::io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    // The shell drew over the screen meanwhile: draw every cell again, not only those that changed.
    terminal.clear()?;
    Ok(())
}

/// End the process once the terminal has gone away (window closed, tmux session killed, ssh dropped).
///
/// The SIGHUP flag alone is not enough: crossterm's reader loops forever when a read on the hung-up
/// terminal returns end-of-file, so the input loop never comes back to look at the flag, and the
/// process would spin at full CPU with no one to see it. With no terminal left there is nothing to
/// restore, so exiting from this thread loses nothing.
fn spawn_hangup_watchdog() {
    use std::io::IsTerminal;
    std::thread::spawn(|| {
        loop {
            std::thread::sleep(Duration::from_millis(250));
            if !std::io::stdin().is_terminal() {
                std::process::exit(0);
            }
        }
    });
}

/// Whether a window this size can show the panes.
pub fn fits(width: u16, height: u16) -> bool {
    width >= MIN_WIDTH && height >= MIN_HEIGHT
}

/// Draw the whole screen.
pub fn draw(frame: &mut Frame, app: &mut App) {
    let area = frame.area();
    app.too_small = !fits(area.width, area.height);
    if app.too_small {
        render_too_small(frame, area, app);
        return;
    }
    let footer_height = if area.height >= 16 { 2 } else { 1 };
    // The help box stands over the panes, not the footer: over it, a short window showed the status line's
    // first characters beside the box's corner.
    let above_footer = Rect { height: area.height.saturating_sub(footer_height), ..area };
    if app.screen != app::Screen::Comparison {
        let [main, footer] = Layout::vertical([Constraint::Fill(1), Constraint::Length(footer_height)]).areas(area);
        match app.screen {
            app::Screen::Facts => facts_view::render(frame, main, app),
            _ => matrix_view::render(frame, main, app),
        }
        footer::render(frame, footer, app);
        if app.help.is_some() {
            help::render(frame, above_footer, app);
        }
        return;
    }
    let n = u16::try_from(app.corpus.articles.len()).unwrap_or(u16::MAX);
    // The list gets its rows plus border and header, but never more than a third of the screen.
    let list_height = n.saturating_add(3).min((area.height / 3).max(4));
    let [list, comparison, footer] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1), Constraint::Length(footer_height)])
            .areas(area);
    article_list::render(frame, list, app);
    render_comparison(frame, comparison, app);
    footer::render(frame, footer, app);
    if app.help.is_some() {
        help::render(frame, above_footer, app);
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, app: &App) {
    let text = vec![
        Line::from(Span::styled("Window too small", app.theme.strong)),
        Line::from(format!("{}x{}, need {MIN_WIDTH}x{MIN_HEIGHT}", area.width, area.height)),
        Line::from(Span::styled("q quits", app.theme.faint)),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// The comparison pane: a bordered block with the column headings, the text, and the overview strip.
fn render_comparison(frame: &mut Frame, area: Rect, app: &mut App) {
    let t = app.theme;
    let focused = app.focus == app::Focus::Comparison;
    let block = Block::bordered()
        .title(Span::styled(
            format!(" Comparison: {} ", app.view.name()),
            if focused { t.title_focus } else { t.strong },
        ))
        .border_style(if focused { t.border_focus } else { t.border });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    app.areas.comparison = area;
    let [header, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    // The strip runs beside the scrolling text only, so its rows map onto the document.
    // A blank column keeps the text off the strip: "after┃~" read as one word.
    let [body, _, strip] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(1), Constraint::Length(2)]).areas(rest);
    // The headings sit over the text's columns, not over the strip, so their separator lines up with it.
    let header = Rect { width: body.width, ..header };
    app.areas.body = body;
    if app.corpus.articles.is_empty() {
        frame.render_widget(Paragraph::new("No articles."), body);
        return;
    }
    if app.alone() {
        // Not A against itself, which reads as a perfect copy: the reader learns why, and how to open more.
        let text = vec![
            Line::from(Span::styled("Only one article: there is nothing to compare it with.", t.strong)),
            Line::from(Span::styled(
                "Open two or more reports of the story: pressdiff FILE FILE…, or a folder that holds them.",
                t.faint,
            )),
        ];
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
        return;
    }
    let corpus = Arc::clone(&app.corpus);
    let (a, b) = (&corpus.articles[app.a], &corpus.articles[app.b]);
    let gutter = diff_pane::gutter_width(corpus.articles.len());
    diff_pane::render_header(frame, header, app.view, gutter, (a, b), &t);
    if app.layout(body.width).is_none() {
        let msg = format!("Comparing {} with {}…", a.id, b.id);
        frame.render_widget(Paragraph::new(Span::styled(msg, t.faint)), body);
        return;
    }
    app.keep_marked_row();
    let Some(lines) = app.lines.as_ref() else { return };
    if lines.items.is_empty() {
        frame.render_widget(Paragraph::new(Span::styled("Both reports have no story text.", t.faint)), body);
        return;
    }
    let query = app.search.highlight();
    diff_pane::render_body(
        frame,
        body,
        &diff_pane::Frame_ { lines, scroll: app.scroll, query: &query, current: app.cursor, theme: &t },
    );
    overview::render(frame, strip, lines, app.scroll, usize::from(body.height), &t);
}
