//! Plain-text tables with aligned columns, for the terminal.

use std::io::{self, Write};

/// Widest a cell is printed; longer text is cut with "…".
const MAX_CELL: usize = 44;

/// A table: a title, column headers and rows of text cells.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    title: &'static str,
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// An empty table.
    pub(crate) fn new(title: &'static str, headers: &[&'static str]) -> Table {
        Table {
            title,
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row (missing cells print empty, extra cells are dropped).
    pub(crate) fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// How many rows it has.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// Prints the title, the headers, a rule and the rows.
    pub(crate) fn render(&self, out: &mut impl Write) -> io::Result<()> {
        writeln!(out, "{} ({})", self.title, self.rows.len())?;
        if self.rows.is_empty() {
            return writeln!(out, "  (none)\n");
        }
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| {
                (0..self.headers.len())
                    .map(|i| clip(row.get(i).map_or("", String::as_str)))
                    .collect()
            })
            .collect();
        let widths: Vec<usize> = (0..self.headers.len())
            .map(|i| {
                cells
                    .iter()
                    .map(|r| width(&r[i]))
                    .chain([width(self.headers[i])])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let header: Vec<String> = self.headers.iter().map(|h| (*h).to_owned()).collect();
        line(out, &header, &widths)?;
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(out, &rule, &widths)?;
        for row in &cells {
            line(out, row, &widths)?;
        }
        writeln!(out)
    }
}

fn line(out: &mut impl Write, cells: &[String], widths: &[usize]) -> io::Result<()> {
    let mut text = String::from(" ");
    for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
        text.push(' ');
        text.push_str(cell);
        if i + 1 < cells.len() {
            text.push_str(&" ".repeat(w.saturating_sub(width(cell)) + 1));
        }
    }
    writeln!(out, "{}", text.trim_end())
}

/// Printed width: characters (article text is NFC, one character per cell).
fn width(text: &str) -> usize {
    text.chars().count()
}

/// The text on one line, cut to [`MAX_CELL`] characters.
fn clip(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width(&one_line) <= MAX_CELL {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(MAX_CELL - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_characters_not_bytes() {
        let mut t = Table::new("Phiên họp", &["tên", "số"]);
        t.push(vec!["Huyện ủy Bắc Sơn".into(), "17".into()]);
        t.push(vec!["TU".into(), "3".into()]);
        let mut out = Vec::new();
        t.render(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Phiên họp (2)");
        let col = |l: &str, needle: &str| l[..l.find(needle).unwrap()].chars().count();
        assert_eq!(col(lines[1], "số"), col(lines[3], "17"));
        assert_eq!(col(lines[3], "17"), col(lines[4], "3"));
    }

    #[test]
    fn long_cells_are_cut_and_kept_on_one_line() {
        let long = "thu ngân sách\nnhà nước ".repeat(10);
        let c = clip(&long);
        assert_eq!(width(&c), MAX_CELL);
        assert!(c.ends_with('…') && !c.contains('\n'));
    }

    #[test]
    fn an_empty_table_says_so() {
        let t = Table::new("Findings", &["file"]);
        let mut out = Vec::new();
        t.render(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Findings (0)\n  (none)\n\n"
        );
    }
}
