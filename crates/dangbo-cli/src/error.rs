//! The crate's one error type: everything that can go wrong with one input or
//! with the command as a whole. Each message names the file it is about.

use std::io;
use std::path::{Path, PathBuf};

/// Everything that can go wrong in the `dangbo` command.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// A file or directory that cannot be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The path as given.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A file whose bytes are not UTF-8.
    #[error("{}: not UTF-8 text: invalid byte at offset {offset}", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A directory given as input that holds no file of the kinds read.
    #[error("{}: no {wanted} files in this directory", path.display())]
    EmptyDir {
        /// The directory.
        path: PathBuf,
        /// The kinds looked for (".txt", ".json or .jsonl").
        wanted: &'static str,
    },
    /// Two inputs that would write the same output file.
    #[error("{}: same output name as {}, skipped", path.display(), first.display())]
    DuplicateStem {
        /// The later input.
        path: PathBuf,
        /// The input that has the name.
        first: PathBuf,
    },
    /// The extractor failed on a file (it panicked: a bug to report).
    #[error("{}: extractor failed: {message}", path.display())]
    Extract {
        /// The article.
        path: PathBuf,
        /// What the extractor said.
        message: String,
    },
    /// A report file that does not hold a valid report.
    #[error("{}:{line}: not a valid report: {message}", path.display())]
    Report {
        /// The file.
        path: PathBuf,
        /// 1-based line of the record.
        line: usize,
        /// What the model said, on one line.
        message: String,
    },
    /// An output file or directory that cannot be written.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The output path.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Standard output cannot be written.
    #[error("standard output: {0}")]
    Stdout(io::Error),
    /// Standard output was closed by its reader (`dangbo … | head`): stop quietly.
    #[error("standard output closed")]
    BrokenPipe,
    /// `dangbo report` with no argument, and no example articles to be found.
    #[error("no example articles found (looked for {looked}); give files or directories")]
    NoExamples {
        /// Where it looked.
        looked: String,
    },
}

impl Error {
    /// A read error for `path`.
    pub(crate) fn read(path: &Path, source: io::Error) -> Error {
        Error::Read {
            path: path.to_owned(),
            source,
        }
    }

    /// A write error for `path`.
    pub(crate) fn write(path: &Path, source: io::Error) -> Error {
        Error::Write {
            path: path.to_owned(),
            source,
        }
    }

    /// A report that does not read, with the model's issues on one line.
    pub(crate) fn report(path: &Path, line: usize, source: &dangbo::Error) -> Error {
        let issues = source.issues();
        let message = match issues.iter().find(|i| i.is_error()) {
            None => source.to_string().replace('\n', " "),
            Some(first) => {
                let more = issues.iter().filter(|i| i.is_error()).count() - 1;
                let first = first.to_string().replace('\n', " ");
                if more == 0 {
                    first
                } else {
                    format!("{first} (and {more} more)")
                }
            }
        };
        Error::Report {
            path: path.to_owned(),
            line,
            message,
        }
    }

    /// An error writing standard output; a closed pipe is its own quiet case.
    pub(crate) fn stdout(source: io::Error) -> Error {
        if source.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Stdout(source)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_names_its_file_on_one_line() {
        let p = Path::new("bài/viết.txt");
        let errors = [
            Error::read(p, io::Error::new(io::ErrorKind::NotFound, "gone")),
            Error::NotUtf8 {
                path: p.to_owned(),
                offset: 7,
            },
            Error::Extract {
                path: p.to_owned(),
                message: "boom".into(),
            },
            Error::write(p, io::Error::other("disk full")),
        ];
        for e in errors {
            let text = e.to_string();
            assert!(text.starts_with("bài/viết.txt: "), "{text}");
            assert!(!text.contains('\n'), "{text}");
        }
    }

    #[test]
    fn a_closed_pipe_is_quiet() {
        let e = Error::stdout(io::Error::new(io::ErrorKind::BrokenPipe, "x"));
        assert!(matches!(e, Error::BrokenPipe));
        let e = Error::stdout(io::Error::other("x"));
        assert!(matches!(e, Error::Stdout(_)));
    }
}
