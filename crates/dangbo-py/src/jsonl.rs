//! Reports as JSON Lines: one report per line, read in a stream and checked,
//! errors naming the line.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};

use dangbo::Report;
use pyo3::prelude::*;
use rayon::prelude::*;

use crate::classes::PyReport;
use crate::errors::{decode_error, io_error, validation_error};

/// Bytes read at a time (the chunk is extended to the end of its last line);
/// a reader thread fills the next chunk while all cores parse the current one,
/// so at most three chunks are in memory whatever the file's size.
const CHUNK: usize = 8 << 20;

enum LoadFailure {
    Io(std::io::Error),
    Utf8 {
        line: usize,
        bytes: Vec<u8>,
        err: std::str::Utf8Error,
    },
    Model {
        line: usize,
        err: dangbo::Error,
    },
}

/// Whole lines of the file: the bytes and the number of their first line.
struct Chunk {
    first_line: usize,
    bytes: Vec<u8>,
}

/// Reads the file in chunks of whole lines, sending each down `tx`.
///
/// Buffers come back through `recycled` once parsed and are filled again: a
/// fresh 8 MiB buffer per chunk would be zeroed, faulted in page by page and
/// handed back to the system each time, which cost as much kernel time as
/// the reports themselves. The file is read straight into a buffer's spare
/// capacity (no zeroing).
fn read_chunks(
    mut file: File,
    tx: &mpsc::SyncSender<std::io::Result<Chunk>>,
    recycled: &mpsc::Receiver<Vec<u8>>,
) -> std::io::Result<()> {
    let mut carry: Vec<u8> = Vec::new();
    let mut first_line = 1;
    loop {
        let mut bytes = recycled
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(CHUNK + carry.len()));
        bytes.clear();
        bytes.extend_from_slice(&carry);
        carry.clear();
        let start = bytes.len();
        // Reads until CHUNK bytes or the end of the file (retrying short reads).
        let read = (&mut file).take(CHUNK as u64).read_to_end(&mut bytes)?;
        let eof = read < CHUNK;
        if !eof {
            // Keep the unfinished last line for the next chunk.
            if let Some(cut) = memchr::memrchr(b'\n', &bytes[start..]) {
                carry.extend_from_slice(&bytes[start + cut + 1..]);
                bytes.truncate(start + cut + 1);
            } else {
                // No line ends in this chunk: it all carries over.
                carry = bytes;
                continue;
            }
        }
        let lines = memchr::memchr_iter(b'\n', &bytes).count();
        let next = first_line + lines;
        if !bytes.is_empty() && tx.send(Ok(Chunk { first_line, bytes })).is_err() {
            return Ok(()); // the parser stopped at an error
        }
        first_line = next;
        if eof {
            return Ok(());
        }
    }
}

/// One line: `None` when blank.
fn parse_line(line: usize, bytes: &[u8]) -> Result<Option<Arc<Report>>, LoadFailure> {
    // simdutf8 checks Vietnamese text (most characters several bytes) about
    // ten times faster than the standard library; only a bad line is checked
    // again by the standard library, for the position of its error.
    let text = simdutf8::basic::from_utf8(bytes)
        .or_else(|_| std::str::from_utf8(bytes))
        .map_err(|err| LoadFailure::Utf8 {
            line,
            bytes: bytes.to_vec(),
            err,
        })?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Report::from_json(text)
        .map(|r| Some(Arc::new(r)))
        .map_err(|err| LoadFailure::Model { line, err })
}

/// Parses the lines of a chunk on all cores, appending the reports in order;
/// the first bad line, in file order, is the error.
fn parse_chunk(chunk: &Chunk, out: &mut Vec<Arc<Report>>) -> Result<(), LoadFailure> {
    // memchr, not `split`: a byte-at-a-time split of the chunk was 6 % of the
    // whole load, on the one thread that every core waits for.
    let bytes = chunk.bytes.strip_suffix(b"\n").unwrap_or(&chunk.bytes);
    let mut lines: Vec<&[u8]> = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', bytes) {
        lines.push(&bytes[start..end]);
        start = end + 1;
    }
    lines.push(&bytes[start..]);
    let parsed: Vec<Result<Option<Arc<Report>>, LoadFailure>> = lines
        .par_iter()
        .enumerate()
        .map(|(i, bytes)| parse_line(chunk.first_line + i, bytes))
        .collect();
    for item in parsed {
        if let Some(report) = item? {
            out.push(report);
        }
    }
    Ok(())
}

fn load(path: &Path) -> Result<Vec<Arc<Report>>, LoadFailure> {
    let file = File::open(path).map_err(LoadFailure::Io)?;
    let (tx, rx) = mpsc::sync_channel(1);
    let (give_back, recycled) = mpsc::channel();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            if let Err(e) = read_chunks(file, &tx, &recycled) {
                // The parser may have stopped already; then the error is moot.
                let _ = tx.send(Err(e));
            }
        });
        let mut out = Vec::new();
        let mut result = Ok(());
        for chunk in &rx {
            match chunk {
                Ok(chunk) => {
                    if let Err(e) = parse_chunk(&chunk, &mut out) {
                        result = Err(e);
                        break;
                    }
                    // The reader may have finished; then the buffer is dropped.
                    let _ = give_back.send(chunk.bytes);
                }
                Err(e) => {
                    result = Err(LoadFailure::Io(e));
                    break;
                }
            }
        }
        drop(rx); // stops the reader at its next send
        let _ = reader.join();
        result.map(|()| out)
    })
}

/// Reads a JSON Lines file of reports, checking each; blank lines are skipped.
#[pyfunction]
pub(crate) fn load_jsonl(py: Python<'_>, path: PathBuf) -> PyResult<Vec<PyReport>> {
    match py.detach(|| load(&path)) {
        Ok(reports) => Ok(reports
            .into_iter()
            .map(|inner| PyReport { inner })
            .collect()),
        Err(LoadFailure::Io(e)) => Err(io_error(&e, &path)),
        Err(LoadFailure::Utf8 { line, bytes, err }) => Err(decode_error(
            py,
            &bytes,
            err,
            &format!("{}, line {line}", path.display()),
        )),
        Err(LoadFailure::Model { line, err }) => Err(validation_error(
            py,
            format!("{}, line {line}: {err}", path.display()),
            err.issues(),
            Some(line),
        )),
    }
}

fn dump(reports: &[Arc<Report>], path: &Path) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    for report in reports {
        out.write_all(report.to_json().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Writes reports to a JSON Lines file, one report per line.
#[pyfunction]
pub(crate) fn dump_jsonl(
    py: Python<'_>,
    reports: &Bound<'_, PyAny>,
    path: PathBuf,
) -> PyResult<()> {
    let reports = crate::table::collect_reports(reports)?;
    py.detach(|| dump(&reports, &path))
        .map_err(|e| io_error(&e, &path))
}
