//! End to end: the real binary in a tmux pane. Keys go in, the screen is captured and checked, and after
//! quitting (by q, or by SIGTERM) the terminal must be back: main screen, canonical mode, echo, no mouse.
//! Skipped with a note when tmux is not installed (CI installs it).

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

static NEXT: AtomicUsize = AtomicUsize::new(0);

fn tmux(args: &[&str]) -> Output {
    Command::new("tmux").args(args).output().expect("run tmux")
}

fn have_tmux() -> bool {
    Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success())
}

/// A tmux session running one shell command; killed when dropped, whatever the test's outcome.
struct Pane {
    name: String,
}

impl Pane {
    /// Run `pressdiff ARGS` at 120x40, then report its exit status and the tty modes, and linger.
    fn start(args: &str) -> Pane {
        Pane::start_sized(args, 120, 40)
    }

    /// Run `pressdiff ARGS` in a window `width` by `height`.
    fn start_sized(args: &str, width: u16, height: u16) -> Pane {
        let bin = env!("CARGO_BIN_EXE_pressdiff");
        let script = format!(
            "'{bin}' {args}; echo \"exit=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo; echo end-of-report; sleep 60"
        );
        Pane::spawn(width, height, &["sh", "-c", &script])
    }

    /// A detached session `width` by `height` running `command`, without colour.
    ///
    /// Starting it is retried: when another test kills the last session, the tmux server exits, and a
    /// session started in that moment fails with "server exited unexpectedly".
    fn spawn(width: u16, height: u16, command: &[&str]) -> Pane {
        let name = format!("pressdiff-e2e-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
        let (x, y) = (width.to_string(), height.to_string());
        let mut args = vec!["new-session", "-d", "-s", &name, "-x", &x, "-y", &y, "-e", "NO_COLOR=1"];
        args.extend(command);
        let mut out = tmux(&args);
        for _ in 0..5 {
            if out.status.success() {
                break;
            }
            sleep(Duration::from_millis(200));
            out = tmux(&args);
        }
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        Pane { name }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", &self.name]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            tmux(&["send-keys", "-t", &self.name, k]);
            sleep(Duration::from_millis(60));
        }
    }

    fn format(&self, f: &str) -> String {
        String::from_utf8_lossy(&tmux(&["display-message", "-p", "-t", &self.name, f]).stdout).trim().to_string()
    }

    /// Wait until the screen shows `text`, and return the screen.
    fn wait_for(&self, text: &str) -> String {
        self.wait_for_all(&[text])
    }

    /// Wait until one capture of the screen shows every one of `texts`, and return it. A capture can fall
    /// between the terminal's writes of one frame, so texts of one frame are waited for together.
    fn wait_for_all(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if texts.iter().all(|t| s.contains(t)) {
                return s;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {texts:?}; screen:\n{s}");
            sleep(Duration::from_millis(100));
        }
    }

    /// The pid of the program the shell is running.
    fn child_pid(&self) -> String {
        let sh = self.format("#{pane_pid}");
        let children = std::fs::read_to_string(format!("/proc/{sh}/task/{sh}/children")).unwrap_or_default();
        children.split_whitespace().next().expect("pressdiff is running").to_string()
    }

    /// After the program ended: the main screen is back, with line editing, echo and no mouse reporting.
    fn assert_restored(&self, status: &str) {
        let s = self.wait_for("end-of-report");
        assert!(s.contains(&format!("exit={status}")), "{s}");
        let modes: Vec<&str> = s.lines().map(str::trim).collect();
        assert!(modes.contains(&"icanon") && modes.contains(&"echo"), "tty not restored:\n{s}");
        assert_eq!(self.format("#{alternate_on}"), "0", "still on the alternate screen");
        assert_eq!(self.format("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}"), "000", "mouse on");
        assert!(!s.contains("Comparison"), "TUI left on screen:\n{s}");
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = tmux(&["kill-session", "-t", &self.name]);
    }
}

#[test]
fn read_the_sample_and_quit() {
    if !have_tmux() {
        eprintln!("tmux not installed: end-to-end test skipped");
        return;
    }
    let pane = Pane::start("");
    pane.wait_for("Articles (5)");
    pane.wait_for("Comparison: side by side");
    assert_eq!(pane.format("#{alternate_on}"), "1");
    assert_eq!(pane.format("#{mouse_any_flag}"), "1", "mouse reporting is on while the TUI runs");

    // The BBC report (last) as A, the first report as B.
    pane.keys(&["G", "a", "g", "Enter"]);
    pane.wait_for("A Russia vows to expand relations with North Korea");
    // The comparison runs in the background: the counts show once it is done.
    let s = pane.wait_for("aligned 0.");
    assert!(s.contains("B Bilateral Relations between Russia and North Korea"), "{s}");
    assert!(s.lines().any(|l| l.starts_with("│+ ")), "an added row is marked:\n{s}");

    pane.keys(&["v"]);
    pane.wait_for("Comparison: inline");
    pane.keys(&["?"]);
    pane.wait_for("/ to filter");
    pane.keys(&["/", "s", "w", "a", "p"]);
    let s = pane.wait_for("filter: swap");
    assert!(s.contains("swap A and B"), "{s}");
    pane.keys(&["Escape", "Escape", "/", "K", "i", "m", "Enter"]);
    pane.wait_for("/Kim ");
    pane.keys(&["q"]);
    pane.assert_restored("0");
}

#[test]
fn facts_then_matrix_then_quit() {
    if !have_tmux() {
        return;
    }
    let pane = Pane::start("");
    pane.wait_for("Articles (5)");
    pane.keys(&["f"]);
    pane.wait_for("Facts: all");
    pane.wait_for_all(&["≠ quote", "altered quote", "│ 1  2  3  4  5"]);
    pane.keys(&["1"]);
    pane.wait_for("Facts: quotes");
    pane.keys(&["x"]);
    let s = pane.wait_for("Word-trigram similarity matrix (5×5)");
    let s = if s.contains("██") { s } else { pane.wait_for("██") };
    assert!(s.contains("row 1") && s.contains("word-trigram similarity 0."), "{s}");
    pane.keys(&["Enter"]);
    pane.wait_for("Comparison: side by side");
    pane.keys(&["q"]);
    pane.assert_restored("0");
}

#[test]
fn quitting_after_the_window_grew_leaves_the_shell_screen_clean() {
    if !have_tmux() {
        return;
    }
    let pane = Pane::start_sized("", 80, 20);
    pane.wait_for("Comparison: side by side");
    let _ = tmux(&["resize-window", "-t", &pane.name, "-x", "100", "-y", "30"]);
    // Wait for the frame at the new size: its top border runs the whole width.
    let start = Instant::now();
    while pane.screen().lines().next().is_none_or(|l| l.chars().count() != 100) {
        assert!(start.elapsed() < Duration::from_secs(20), "no redraw at 100x30:\n{}", pane.screen());
        sleep(Duration::from_millis(100));
    }
    pane.keys(&["q"]);
    pane.assert_restored("0");
    let s = pane.screen();
    assert!(!s.contains('│') && !s.contains('┃'), "rows of the TUI left on the shell screen:\n{s}");
}

#[test]
fn sigterm_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let pane = Pane::start("");
    pane.wait_for("Articles (5)");
    let pid = pane.child_pid();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().expect("kill");
    assert!(killed.success());
    pane.assert_restored("0");
}

#[test]
fn bad_path_fails_before_the_screen_opens() {
    if !have_tmux() {
        return;
    }
    let pane = Pane::start("/no/such/pressdiff/path");
    let s = pane.wait_for("exit=2");
    assert!(s.contains("pressdiff: ") && s.contains("/no/such/pressdiff/path"), "{s}");
    pane.assert_restored("2");
}

#[test]
fn closing_the_terminal_ends_the_program() {
    if !have_tmux() {
        return;
    }
    // A closed window (here: the tmux session killed under the program) must not leave the program
    // running; crossterm's reader alone would spin on the hung-up terminal forever.
    let pane = Pane::start("");
    pane.wait_for("Articles (5)");
    let pid = pane.child_pid();
    let _ = tmux(&["kill-session", "-t", &pane.name]);
    let start = Instant::now();
    while std::path::Path::new(&format!("/proc/{pid}")).exists() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = Command::new("kill").args(["-KILL", &pid]).status();
            panic!("pressdiff (pid {pid}) still running 10 s after its terminal closed");
        }
        sleep(Duration::from_millis(100));
    }
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_comes_back() {
    if !have_tmux() {
        return;
    }
    // An interactive shell, for job control: Ctrl-z stops the job and `fg` continues it.
    let pane = Pane::spawn(100, 30, &["bash", "--norc", "-i"]);
    pane.keys(&[&format!("'{}'", env!("CARGO_BIN_EXE_pressdiff")), "Enter"]);
    pane.wait_for("Articles (5)");
    assert_eq!(pane.format("#{alternate_on}"), "1");

    pane.keys(&["C-z"]);
    pane.wait_for("Stopped");
    assert_eq!(pane.format("#{alternate_on}"), "0", "the shell got the main screen back");
    assert_eq!(pane.format("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}"), "000", "mouse on");
    assert_eq!(pane.format("#{pane_current_command}"), "bash");

    pane.keys(&["fg", "Enter"]);
    pane.wait_for_all(&["Articles (5)", "Comparison: side by side"]);
    assert_eq!(pane.format("#{alternate_on}"), "1");
    // Keys reach the TUI again, not the shell.
    pane.keys(&["?"]);
    pane.wait_for("/ to filter");
    pane.keys(&["Escape", "q"]);
    let start = Instant::now();
    while pane.format("#{pane_current_command}") != "bash" {
        assert!(start.elapsed() < Duration::from_secs(10), "pressdiff did not quit");
        sleep(Duration::from_millis(100));
    }
    assert_eq!(pane.format("#{alternate_on}"), "0");
}

/// A Devanagari vowel sign or nasal mark with no letter before it: left on screen by an earlier frame.
fn stray_sign(screen: &str) -> Option<&str> {
    let sign = |c: char| ('\u{0900}'..='\u{0903}').contains(&c) || ('\u{093a}'..='\u{094f}').contains(&c);
    screen.lines().find(|line| {
        let mut before = ' ';
        line.chars().any(|c| {
            let stray = sign(c) && (before == ' ' || ('\u{2500}'..='\u{257f}').contains(&before));
            before = c;
            stray
        })
    })
}

#[test]
fn changing_pairs_of_hindi_reports_leaves_no_stray_vowel_signs() {
    if !have_tmux() {
        return;
    }
    // A consonant and its vowel sign are one cluster of two columns to ratatui, and two cells to the
    // terminal: a frame that wrote over the consonant alone left the sign on screen.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/devanagari");
    let pane = Pane::start_sized(&format!("'{dir}'"), 100, 30);
    pane.wait_for("aligned 0.");
    for keys in [&["j"][..], &["k"], &["Tab", "j", "j", "j"], &["k", "k"]] {
        pane.keys(keys);
        sleep(Duration::from_millis(300));
        let s = pane.wait_for("aligned 0.");
        assert_eq!(stray_sign(&s), None, "after {keys:?}:\n{s}");
    }
    pane.keys(&["q"]);
    pane.assert_restored("0");
}
