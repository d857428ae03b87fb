//! Command-line paths to the list of files to read.
//!
//! A file is taken as given (whatever its name: reading it tells whether it can
//! be read). A directory gives its files with the wanted extensions, sorted by
//! name, not descending into subdirectories. Only paths are listed here: no file
//! is opened, so the list costs memory per file name, not per file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::Error;

/// The kinds of file a command reads from a directory.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Wanted {
    /// Lower-case extensions, without the dot.
    pub extensions: &'static [&'static str],
    /// How to say them in a message.
    pub label: &'static str,
}

/// Articles.
pub(crate) const ARTICLES: Wanted = Wanted {
    extensions: &["txt"],
    label: ".txt",
};

/// Reports.
pub(crate) const REPORTS: Wanted = Wanted {
    extensions: &["json", "jsonl", "ndjson"],
    label: ".json or .jsonl",
};

/// Articles and reports.
pub(crate) const ANY: Wanted = Wanted {
    extensions: &["txt", "json", "jsonl", "ndjson"],
    label: ".txt, .json or .jsonl",
};

/// Whether `path` has one of the wanted extensions.
pub(crate) fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

/// Every file to read, in order; a directory that cannot be listed or holds no
/// wanted file is an error in its place, so that the others go on.
pub(crate) fn expand(args: &[PathBuf], wanted: Wanted) -> Vec<Result<PathBuf, Error>> {
    let mut out = Vec::new();
    for arg in args {
        if !arg.is_dir() {
            out.push(Ok(arg.clone()));
            continue;
        }
        match list_dir(arg, wanted.extensions) {
            Err(e) => out.push(Err(Error::read(arg, e))),
            Ok(files) if files.is_empty() => out.push(Err(Error::EmptyDir {
                path: arg.clone(),
                wanted: wanted.label,
            })),
            Ok(files) => out.extend(files.into_iter().map(Ok)),
        }
    }
    out
}

fn list_dir(dir: &Path, extensions: &[&str]) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if has_extension(&path, extensions) && !path.is_dir() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads a whole file as UTF-8 text.
pub(crate) fn read_text(path: &Path) -> Result<String, Error> {
    let bytes = fs::read(path).map_err(|e| Error::read(path, e))?;
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_owned(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The file name without its extension, for output names and labels.
pub(crate) fn stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("dangbo-cli-inputs-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_directory_gives_its_wanted_files_sorted_and_a_file_is_kept_as_given() {
        let dir = scratch("sorted");
        for name in ["b.txt", "a.TXT", "c.json", "notes.md"] {
            fs::write(dir.join(name), "x").unwrap();
        }
        fs::create_dir(dir.join("sub.txt")).unwrap();
        let got = expand(&[dir.clone(), PathBuf::from("missing.html")], ARTICLES);
        let got: Vec<_> = got.into_iter().map(Result::unwrap).collect();
        assert_eq!(
            got,
            vec![
                dir.join("a.TXT"),
                dir.join("b.txt"),
                PathBuf::from("missing.html")
            ]
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_empty_directory_is_one_error_in_its_place() {
        let dir = scratch("empty");
        let got = expand(std::slice::from_ref(&dir), REPORTS);
        assert_eq!(got.len(), 1);
        let msg = got[0].as_ref().unwrap_err().to_string();
        assert!(msg.contains("no .json or .jsonl files"), "{msg}");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let dir = scratch("utf8");
        let file = dir.join("bad.txt");
        fs::write(&file, b"Huy\xe1\xbb\x87n \xff").unwrap();
        match read_text(&file) {
            Err(Error::NotUtf8 { offset, .. }) => assert_eq!(offset, 8),
            other => panic!("{other:?}"),
        }
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn stems_drop_the_extension() {
        assert_eq!(stem(Path::new("a/01_tinh.txt")), "01_tinh");
        assert_eq!(stem(Path::new("noext")), "noext");
    }
}
