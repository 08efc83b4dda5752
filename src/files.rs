//! Finding the article files under the paths a user gave: folders walked recursively, each file taken once.
//!
//! A folder tree on disk is not a tree: symbolic links can point back up (a loop that would never end) or
//! across (the same file reached twice, listed as two "reports" that agree perfectly). Every folder and
//! every file is therefore keyed by its identity on disk and visited once. Only regular files are read: a
//! FIFO would block forever and `/dev/zero` would fill memory. What cannot be read inside a folder (a
//! subfolder or file without permission, a broken link) is skipped with a warning, as a binary file is.

use crate::decode::shown_path;
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A file to read, and whether the user named it (a named file that is not an article is an error; one
/// found in a folder is skipped with a warning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub named: bool,
}

/// The files to read, in the order given (folders sorted by path), and warnings for what was skipped.
#[derive(Debug, Default)]
pub struct Files {
    pub found: Vec<Found>,
    pub warnings: Vec<String>,
}

/// Collect the article files under `paths`. Errors name the path: one that does not exist, one that is
/// neither a file nor a folder, or a folder with no articles in it when no other path holds any.
///
/// A folder with no articles beside paths that hold some is a warning: `pressdiff list sites/*` over one
/// outlet's folder not yet filled should list the others, not stop. A path that does not exist still
/// stops the run, since it is most likely mistyped.
pub fn collect<P: AsRef<Path>>(paths: &[P]) -> Result<Files> {
    let mut walker = Walker::default();
    let mut empty: Vec<Error> = Vec::new();
    for p in paths {
        let p = p.as_ref();
        let meta = std::fs::metadata(p).map_err(|e| match (link_trouble(p, &e), e.kind()) {
            (Some(why), _) => Error::BadLink(p.to_path_buf(), why),
            (None, std::io::ErrorKind::NotFound) => Error::NotFound(p.to_path_buf()),
            (None, _) => Error::Io { path: p.to_path_buf(), source: e },
        })?;
        if meta.is_dir() {
            // A folder named twice, or whose files were all reached before, still holds articles.
            let (before, warned) = (walker.articles_seen, walker.files.warnings.len());
            let again = !walker.walk(p, &meta)?;
            if !again && walker.articles_seen == before {
                // What the walk could not read may hold the articles: say so, or the warnings that name it
                // are lost with the run.
                empty.push(match walker.files.warnings.get(warned..).unwrap_or_default() {
                    [] => Error::NoArticles(p.to_path_buf()),
                    skipped => Error::NoneReadable(p.to_path_buf(), skipped.len(), skipped[0].clone()),
                });
            }
        } else if meta.is_file() {
            walker.take(p, &meta, true);
        } else {
            return Err(Error::NotRegular(p.to_path_buf()));
        }
    }
    let mut empty = empty.into_iter();
    if walker.files.found.is_empty()
        && let Some(first) = empty.next()
    {
        return Err(first);
    }
    walker.files.warnings.extend(empty.map(|e| e.to_string()));
    if let Some(note) = passed_over_note(&walker.passed_over) {
        walker.files.warnings.push(note);
    }
    Ok(walker.files)
}

/// One line for the files in folders that were not read for their extension: how many, and the first few
/// names. A folder of saved pages may hold many (pictures, scripts), so they are not named one a line.
fn passed_over_note(paths: &[PathBuf]) -> Option<String> {
    if paths.is_empty() {
        return None;
    }
    let shown: Vec<String> = paths.iter().take(PASSED_OVER_NAMED).map(shown_path).collect();
    let more = paths.len().saturating_sub(PASSED_OVER_NAMED);
    let rest = if more > 0 { format!(" and {more} more") } else { String::new() };
    let what = if paths.len() == 1 { "a file" } else { "files" };
    Some(format!("not read: {what} in folders without a .txt, .md or .text extension ({}{rest})", shown.join(", ")))
}

/// How many of the files passed over for their extension [`passed_over_note`] names.
const PASSED_OVER_NAMED: usize = 3;

/// A file's or a folder's identity on disk, whatever the path that reached it.
///
/// On Unix, its device and inode, which the metadata already read gives. The canonical path served before,
/// but finding it looks up every folder above, each lookup walking the path again: a folder a thousand
/// levels deep took ten seconds to list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Identity {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg(not(unix))]
    Canonical(PathBuf),
}

impl Identity {
    #[cfg(unix)]
    fn of(_path: &Path, meta: &std::fs::Metadata) -> Identity {
        use std::os::unix::fs::MetadataExt;
        Identity::Inode(meta.dev(), meta.ino())
    }

    #[cfg(not(unix))]
    fn of(path: &Path, _meta: &std::fs::Metadata) -> Identity {
        Identity::Canonical(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
    }
}

/// Whether two paths reach one file on disk ("story.txt" and "./story.txt", or a link and its target).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => Identity::of(a, &x) == Identity::of(b, &y),
        _ => false,
    }
}

#[derive(Default)]
struct Walker {
    files: Files,
    /// The folders walked so far.
    folders: HashSet<Identity>,
    /// Each file taken, and its place in `files.found`.
    taken: HashMap<Identity, usize>,
    /// Article files met so far, counting those reached twice.
    articles_seen: usize,
    /// Files in folders passed over for their extension, by path: a report saved as "page.html" or with no
    /// extension is not read, and the reader is told so once ([`collect`]).
    passed_over: Vec<PathBuf>,
}

impl Walker {
    /// Walk `dir` (whose metadata is `meta`) unless it was walked before; whether it was new. A folder
    /// that cannot be read is an error when the user named it, and is skipped with a warning inside one.
    fn walk(&mut self, dir: &Path, meta: &std::fs::Metadata) -> Result<bool> {
        // A folder reached a second time (through a link back up, or named twice) has been read already.
        if !self.folders.insert(Identity::of(dir, meta)) {
            return Ok(false);
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            // By its bytes: a name that is not UTF-8 (an old Latin-1 file name) is an article like any
            // other, and was skipped without a word when it was asked for as text.
            let hidden = path.file_name().is_none_or(|n| n.as_encoded_bytes().starts_with(b"."));
            if hidden {
                continue;
            }
            // Symlinks are followed for metadata.
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => {
                    let why = link_trouble(&path, &e).unwrap_or_else(|| e.to_string());
                    self.files.warnings.push(format!("{}: skipped, {why}", shown_path(&path)));
                    continue;
                }
            };
            if meta.is_dir() {
                if let Err(e) = self.walk(&path, &meta) {
                    self.files.warnings.push(e.skipped());
                }
            } else if has_article_extension(&path) {
                self.articles_seen += 1;
                if meta.is_file() {
                    self.take(&path, &meta, false);
                } else {
                    self.files.warnings.push(format!("{}: skipped, not a regular file", shown_path(path)));
                }
            } else if meta.is_file() {
                self.passed_over.push(path);
            }
        }
        Ok(true)
    }

    /// Take a file unless the same file was taken before under another name. Of two names for one file,
    /// the file's own is kept rather than a link's, so the report is listed under the name it was saved as.
    fn take(&mut self, path: &Path, meta: &std::fs::Metadata, named: bool) {
        let key = Identity::of(path, meta);
        let Some(&at) = self.taken.get(&key) else {
            self.taken.insert(key, self.files.found.len());
            self.files.found.push(Found { path: path.to_path_buf(), named });
            return;
        };
        let first = self.files.found[at].path.clone();
        let note = if first == path {
            format!("{}: given twice, read once", shown_path(path))
        } else if is_link(&first) && !is_link(path) {
            self.files.found[at].path = path.to_path_buf();
            format!("{}: skipped, same file as {}", shown_path(first), shown_path(path))
        } else {
            format!("{}: skipped, same file as {}", shown_path(path), shown_path(first))
        };
        self.files.warnings.push(note);
    }
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Why a link could not be followed, in the reader's words, when `path` is a link and following it gave
/// `e`: its target is missing, or the links loop. `None` when `path` is no link: `e` says it then.
pub fn link_trouble(path: &Path, e: &std::io::Error) -> Option<String> {
    is_link(path).then(|| match e.kind() {
        std::io::ErrorKind::NotFound => "a broken link".to_string(),
        _ => format!("a link that cannot be followed ({e})"),
    })
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "md" | "text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(files: &Files) -> Vec<String> {
        files.found.iter().map(|f| f.path.file_name().unwrap().to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn folders_are_sorted_hidden_skipped_and_only_articles_taken() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for f in ["b.txt", "a.md", "sub/c.TEXT", ".hidden.txt", "notes.pdf"] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(names(&files), ["a.md", "b.txt", "c.TEXT"]);
        // The file of another kind is passed over, and the reader told so in one line.
        assert_eq!(files.warnings.len(), 1, "{:?}", files.warnings);
        assert!(files.warnings[0].starts_with("not read: a file in folders"), "{:?}", files.warnings);
        assert!(files.warnings[0].contains("notes.pdf"), "{:?}", files.warnings);
        // Many are counted, not each named.
        for k in 0..5 {
            std::fs::write(dir.path().join(format!("pic{k}.png")), "x").unwrap();
        }
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(files.warnings.len(), 1, "{:?}", files.warnings);
        assert!(files.warnings[0].ends_with("pic1.png and 3 more)"), "{:?}", files.warnings);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_whose_name_is_not_utf8_is_taken() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        if std::fs::write(dir.path().join(name), "x").is_err() {
            return; // A file system that takes only UTF-8 names cannot hold one.
        }
        std::fs::write(dir.path().join(std::ffi::OsStr::from_bytes(b".\xe9.txt")), "x").unwrap();
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(files.found.len(), 1, "{:?}", files.found.iter().map(|f| &f.path).collect::<Vec<_>>());
        assert_eq!(files.found[0].path.file_name(), Some(name));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_back_up_is_walked_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("inner")).unwrap();
        std::fs::write(dir.path().join("inner/story.txt"), "x").unwrap();
        std::os::unix::fs::symlink("..", dir.path().join("inner/up")).unwrap();
        std::os::unix::fs::symlink(".", dir.path().join("inner/self")).unwrap();
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(names(&files), ["story.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_reached_twice_is_taken_once_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink("a.txt", dir.path().join("b.txt")).unwrap();
        let a = dir.path().join("a.txt");
        let files = collect(&[dir.path(), a.as_path()]).unwrap();
        assert_eq!(names(&files), ["a.txt"]);
        assert_eq!(files.warnings.len(), 2, "{:?}", files.warnings);
        assert!(files.warnings[0].contains("same file as"), "{:?}", files.warnings);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_keeps_its_own_name_over_a_link_to_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("report.txt"), "x").unwrap();
        // The link sorts first, so it is reached first.
        std::os::unix::fs::symlink("report.txt", dir.path().join("copy.txt")).unwrap();
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(names(&files), ["report.txt"]);
        assert!(files.warnings[0].contains("copy.txt: skipped, same file as"), "{:?}", files.warnings);
    }

    #[cfg(unix)]
    #[test]
    fn broken_links_and_link_loops_are_skipped_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("story.txt"), "x").unwrap();
        std::os::unix::fs::symlink("gone.txt", dir.path().join("dangling.txt")).unwrap();
        std::os::unix::fs::symlink("loop_b", dir.path().join("loop_a")).unwrap();
        std::os::unix::fs::symlink("loop_a", dir.path().join("loop_b")).unwrap();
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(names(&files), ["story.txt"]);
        let w = &files.warnings;
        assert_eq!(w.len(), 3, "{w:?}");
        assert!(w[0].ends_with("dangling.txt: skipped, a broken link"), "{w:?}");
        assert!(w[1].contains("loop_a: skipped, a link that cannot be followed"), "{w:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_whose_only_files_cannot_be_read_says_so() {
        // A folder without permission cannot be made for a test run as root; a broken link is skipped the
        // same way.
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("gone.txt", dir.path().join("story.txt")).unwrap();
        let e = collect(&[dir.path()]).unwrap_err().to_string();
        assert!(e.contains("no articles found, and 1 file(s) or folder(s) in it could not be read"), "{e}");
        assert!(e.contains("story.txt: skipped, a broken link"), "{e}");
        // An empty folder is only empty.
        let empty = tempfile::tempdir().unwrap();
        let e = collect(&[empty.path()]).unwrap_err().to_string();
        assert!(e.ends_with("no articles found (looked for .txt, .md and .text files)"), "{e}");
    }

    #[test]
    fn an_empty_folder_beside_articles_is_a_warning_and_alone_an_error() {
        let (full, empty, other) =
            (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        std::fs::write(full.path().join("a.txt"), "A story.\n").unwrap();
        for paths in [[empty.path(), full.path()], [full.path(), empty.path()]] {
            let files = collect(&paths).unwrap();
            assert_eq!(names(&files), ["a.txt"]);
            assert_eq!(files.warnings.len(), 1, "{:?}", files.warnings);
            assert!(files.warnings[0].ends_with("no articles found (looked for .txt, .md and .text files)"));
            assert!(files.warnings[0].starts_with(&*empty.path().to_string_lossy()), "{:?}", files.warnings);
        }
        // Two empty folders: the first is named.
        let e = collect(&[other.path(), empty.path()]).unwrap_err().to_string();
        assert!(e.starts_with(&*other.path().to_string_lossy()), "{e}");
        // A path that does not exist still stops the run.
        assert!(matches!(collect(&[full.path(), &full.path().join("gone")]), Err(Error::NotFound(_))));
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_when_named_and_skipped_in_folders() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        std::fs::write(dir.path().join("story.txt"), "x").unwrap();
        let files = collect(&[dir.path()]).unwrap();
        assert_eq!(names(&files), ["story.txt"]);
        assert!(files.warnings[0].contains("not a regular file"), "{:?}", files.warnings);
        assert!(matches!(collect(&[&fifo]), Err(Error::NotRegular(_))));
        assert!(matches!(collect(&["/dev/zero"]), Err(Error::NotRegular(_))));
    }
}
